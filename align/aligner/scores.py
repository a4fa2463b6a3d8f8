"""Evidence that paragraphs of two versions correspond, in log-odds.

Three kinds of evidence add up, all calibrated in :mod:`align.aligner.config`:

- meaning: the cosine of the two embeddings, corrected by a *margin* against each side's
  k nearest neighbours in the other version (``cos - (knn_x + knn_y) / 2``; Artetxe &
  Schwenk 2019). Raw cosines favour "hub" paragraphs that resemble everything (short
  formulaic ones), and a resolution's paragraphs all resemble each other; the margin
  asks instead whether this pair stands out from each side's best alternatives;
- numbers: the operative number, article number, sub-paragraph label, footnote mark or
  header field printed on both sides: strong evidence, never a rule, so a misnumbered
  paragraph still aligns by meaning (and is then flagged);
- length: a weak prior against links whose length ratio is far from the document's.

Several consecutive paragraphs (one side of a 2-1 or 1-2 link) are scored as one: their
vectors are summed weighted by text length and renormalised, which approximates the
embedding of the joined text (mean pooling over its tokens). Measured with e5-small on
SDG targets en/fr: merged vectors came within cosine 0.984 of the real embedding of the
joined text (0.975 unweighted), and against the real embedding of the joined
translation the approximation beat the best single part in 97.6 % of merges (the real
joined embedding: 98.2 %). That is close enough to spare the caller embedding every
pair of neighbours, which would double the embedding time of every run.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

import numpy as np

from align.aligner.config import AlignerConfig
from align.aligner.dp import Move, Step

if TYPE_CHECKING:  # pragma: no cover
    import faiss


class Neighbours:
    """Exact k-nearest-neighbour search (inner product) among one version's vectors.

    Small searches (a resolution: hundreds of them per alignment, a few thousand
    products each) run in numpy, since an index call costs about 1 ms whatever its
    size: UDHR en/fr/nl took 0.74 s with faiss alone, 0.21 s so. Large ones go to faiss
    (``IndexFlatIP``, exact), about 4x faster than numpy at 10,000 x 10,000; it is
    imported only then, since its import alone costs 45 ms of every short run.
    """

    LARGE = 1 << 20  # query-vector products from which faiss takes over

    def __init__(self, vectors: np.ndarray, k: int, run: int = 1) -> None:
        self.k = min(k, len(vectors))
        self.run = run
        self._vectors = np.ascontiguousarray(vectors, dtype=np.float32)
        self._index: faiss.IndexFlatIP | None = None

    def search(self, queries: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """For each query: the mean cosine of its k nearest, the nearest's index and its cosine.

        When the vectors are runs of ``run`` consecutive segments (row r pools segments
        r..r+run-1), the k nearest are taken among runs that share no segment: runs
        overlapping a close one resemble the query through that same segment, and
        counting them again would raise the background of every run holding a long
        paragraph (a short `The General Assembly` merged into its `Proclaims ...`).
        """
        count = len(queries)
        if self.k == 0 or count == 0:
            return np.zeros(count), np.full(count, -1), np.full(count, -np.inf)
        queries = np.ascontiguousarray(queries, dtype=np.float32)
        wanted = min(self.k * (2 * self.run - 1), len(self._vectors))
        if count * len(self._vectors) < self.LARGE:
            sims = queries @ self._vectors.T
            order = np.argsort(-sims, axis=1)[:, :wanted]
            top = np.take_along_axis(sims, order, axis=1)
        else:
            if self._index is None:
                import faiss

                self._index = faiss.IndexFlatIP(self._vectors.shape[1])
                self._index.add(self._vectors)
            top, order = self._index.search(queries, wanted)
        if self.run > 1:
            top = self._apart(top, order)
        return top.mean(axis=1).astype(np.float64), order[:, 0].astype(np.int64), top[:, 0].astype(np.float64)

    def _apart(self, top: np.ndarray, order: np.ndarray) -> np.ndarray:
        """The k best cosines of each row among runs that do not overlap a better one.

        Greedy, best first, for all rows at once: one pass per candidate column, so that
        10,000 queries cost a few dozen numpy operations, not a Python loop each. Where
        fewer than k runs lie apart (a tiny version), the last one kept is repeated.
        """
        rows = np.arange(len(top))
        kept = np.empty((len(top), self.k), dtype=top.dtype)
        starts = np.full((len(top), self.k), np.iinfo(np.int64).min // 2, dtype=np.int64)  # far from any run
        count = np.zeros(len(top), dtype=np.int64)
        for column in range(top.shape[1]):
            start = order[:, column].astype(np.int64)
            free = (count < self.k) & (np.abs(starts - start[:, None]) >= self.run).all(axis=1)
            chosen = rows[free]
            kept[chosen, count[free]] = top[free, column]
            starts[chosen, count[free]] = start[free]
            count[free] += 1
        short = count < self.k
        for row in rows[short]:  # rare: fewer runs apart than k
            kept[row, count[row]:] = kept[row, count[row] - 1]
        return kept


@dataclass
class Version:
    """One version's segments at one level (top or leaf), with their vectors: a margin's pool."""

    vectors: np.ndarray  # (n, d), L2-normalised
    lengths: np.ndarray  # (n,) characters, at least 1
    keys: list[str | None]
    k: int
    neighbours: Neighbours = field(init=False)

    def __post_init__(self) -> None:
        self.neighbours = Neighbours(self.vectors, self.k)

    def __len__(self) -> int:
        return len(self.lengths)


def pool(vectors: np.ndarray, lengths: np.ndarray) -> np.ndarray:
    """Several consecutive segments as one text: vectors (..., k, d) summed by length (..., k), renormalised."""
    summed = (vectors * lengths[..., None]).sum(axis=-2)
    return (summed / np.linalg.norm(summed, axis=-1, keepdims=True)).astype(np.float32)


def similarity_evidence(margin: np.ndarray, config: AlignerConfig) -> np.ndarray:
    """Log-odds that a pair is a true link, from its margin (fitted logistic, capped)."""
    raw = config.margin_slope * (np.asarray(margin, dtype=np.float64) - config.margin_zero)
    return np.clip(raw, -config.max_evidence, config.max_evidence)


def confidence(evidence: np.ndarray | float) -> np.ndarray | float:
    """The logistic of log-odds: a probability in [0, 1]."""
    return 1.0 / (1.0 + np.exp(-np.asarray(evidence, dtype=np.float64)))


class VersionPair:
    """Document-level facts about a pivot and another version: backgrounds, best candidates, length ratio."""

    def __init__(self, pivot: Version, other: Version, config: AlignerConfig) -> None:
        self.pivot, self.other, self.config = pivot, other, config
        self.pivot_background, self.pivot_nearest, pivot_best = other.neighbours.search(pivot.vectors)
        self.other_background, self.other_nearest, other_best = pivot.neighbours.search(other.vectors)
        self.pivot_best = self._best(pivot_best, self.pivot_background, self.pivot_nearest, self.other_background)
        self.other_best = self._best(other_best, self.other_background, self.other_nearest, self.pivot_background)
        total_p, total_o = pivot.lengths.sum(), other.lengths.sum()
        self.length_ratio = float(np.log(total_o / total_p)) if total_p and total_o else 0.0
        self._run_pools: dict[tuple[str, int], Neighbours] = {}

    def run_pool(self, side: str, size: int) -> Neighbours:
        """Search among all runs of ``size`` consecutive segments of one version, pooled: a margin's background.

        A pooled run sits nearer the document's centre than a single paragraph does, so a
        run is compared with runs: a paragraph's candidates for a 1-2 link are the other
        version's pairs, and its background must come from those pairs, not from singles.
        """
        version = self.pivot if side == "pivot" else self.other
        if size == 1:
            return version.neighbours
        if (side, size) not in self._run_pools:
            count = max(len(version) - size + 1, 0)
            members = np.arange(count)[:, None] + np.arange(size)[None, :]
            vectors = pool(version.vectors[members], version.lengths[members]).reshape(count, version.vectors.shape[1])
            self._run_pools[side, size] = Neighbours(vectors, self.config.neighbours, run=size)
        return self._run_pools[side, size]

    def _best(self, sims: np.ndarray, own: np.ndarray, nearest: np.ndarray, theirs: np.ndarray) -> np.ndarray:
        """Evidence for each segment's nearest neighbour anywhere in the other version."""
        if len(theirs) == 0:
            return np.full(len(sims), -self.config.max_evidence)
        return similarity_evidence(sims - (own + theirs[nearest]) / 2, self.config)

    def mutual_nearest(self, pivot_items: np.ndarray, other_items: np.ndarray) -> list[tuple[int, int]]:
        """(pivot, other) positions within the given items that are each other's nearest: DP anchors."""
        where_other = {int(item): pos for pos, item in enumerate(other_items)}
        anchors = []
        for pos, item in enumerate(pivot_items):
            match = int(self.pivot_nearest[item])
            if match in where_other and int(self.other_nearest[match]) == item:
                anchors.append((pos, where_other[match]))
        return anchors


@dataclass(frozen=True)
class _Runs:
    """All runs of ``size`` consecutive items of one side, each scored as one text."""

    vectors: np.ndarray
    lengths: np.ndarray
    codes: np.ndarray  # (runs,): code of the key the run prints first (its first item's), -1 for none


class SectionScorer:
    """Gains for the DP between two item sequences of a :class:`VersionPair` (one section, or one paragraph's parts).

    Runs of up to ``config.longest`` consecutive items are pooled and, for each link
    shape, each side's background is searched among the other version's runs of the
    matching size, all up front (the one step that costs ``n * m``), so that the DP only
    looks values up.
    """

    def __init__(self, pair: VersionPair, pivot_items: np.ndarray, other_items: np.ndarray) -> None:
        self.pair, self.config = pair, pair.config
        self.pivot_items, self.other_items = pivot_items, other_items
        keys = {pair.pivot.keys[i] for i in pivot_items} | {pair.other.keys[j] for j in other_items}
        self._codes = {key: code for code, key in enumerate(sorted(k for k in keys if k is not None))}
        sizes = range(1, pair.config.longest + 1)
        self._runs = {(side, size): self._make_runs(side, size) for side in ("pivot", "other") for size in sizes}
        shapes = {(a, 1) for a in sizes} | {(1, b) for b in sizes}
        self._background = {
            (side, a, b): self._search_background(side, a, b) for side in ("pivot", "other") for a, b in shapes
        }

    def gain(self, move: Move, i: int, js: np.ndarray) -> np.ndarray:
        """The DP's gain function: evidence plus the prior of the link type."""
        prior = self.config.prior(move.pivot, move.other)
        if move.pivot == 0 or move.other == 0:
            return np.full(len(js), prior)
        return self.evidence(move, i, js) + prior

    def evidence(self, move: Move, i: int, js: np.ndarray) -> np.ndarray:
        """Log-odds that pivot items ``i-a..i-1`` and other items ``j-b..j-1`` correspond, for each j."""
        a, b = move.pivot, move.other
        p, o = self._runs["pivot", a], self._runs["other", b]
        r, cs = i - a, js - b
        cos = o.vectors[cs] @ p.vectors[r]
        background = (self._background["pivot", a, b][r] + self._background["other", a, b][cs]) / 2
        total = similarity_evidence(cos - background, self.config)
        total += self._number_evidence(p.codes[r], o.codes[cs])
        return total + self._length_evidence(p.lengths[r], o.lengths[cs])

    def step_evidence(self, step: Step) -> float:
        """Evidence for one step of a path (a link with items on both sides)."""
        return float(self.evidence(step.move, step.pivot.stop, np.array([step.other.stop]))[0])

    def similarity(self, step: Step) -> float:
        """Cosine between the two sides of a step, each scored as one text."""
        p = self._runs["pivot", len(step.pivot)].vectors[step.pivot.start]
        o = self._runs["other", len(step.other)].vectors[step.other.start]
        return float(p @ o)

    def unmatched_confidence(self, step: Step) -> float:
        """For a 1-0 or 0-1 step: the chance its item has no counterpart anywhere in the other version."""
        if len(step.pivot):
            best = self.pair.pivot_best[self.pivot_items[step.pivot.start]]
        else:
            best = self.pair.other_best[self.other_items[step.other.start]]
        return float(1.0 - confidence(best))

    def number_mismatch(self, step: Step) -> bool:
        """Both sides print a number (label, mark) where the link starts, and they differ."""
        p, o = self._first_codes(step)
        return bool(p >= 0 and o >= 0 and p != o)

    def same_number(self, step: Step) -> bool:
        """Both sides print a number (label, mark) where the link starts, and it is the same."""
        p, o = self._first_codes(step)
        return bool(p >= 0 and p == o)

    def _first_codes(self, step: Step) -> tuple[int, int]:
        return (
            int(self._runs["pivot", len(step.pivot)].codes[step.pivot.start]),
            int(self._runs["other", len(step.other)].codes[step.other.start]),
        )

    def _number_evidence(self, pivot_code: int, other_codes: np.ndarray) -> np.ndarray:
        """Evidence from the numbers both sides print where the link starts.

        Only the first number counts: a merged paragraph prints the number of its first
        part, the second half of a split one prints none. Counting any number of a merged
        run would reward merges that re-synchronise a numbering slip.
        """
        if pivot_code < 0:
            return np.zeros(len(other_codes))
        c = self.config
        return np.where(other_codes == pivot_code, c.number_agree, np.where(other_codes >= 0, c.number_disagree, 0.0))

    def _length_evidence(self, pivot_length: float, other_lengths: np.ndarray) -> np.ndarray:
        """A weak penalty for length ratios far from the document's ratio (Gale & Church's idea, softened)."""
        c = self.config
        deviation = (np.log(other_lengths / pivot_length) - self.pair.length_ratio) / c.length_sigma
        return np.maximum(-c.length_weight * deviation**2 / 2, -c.max_length_penalty)

    def _make_runs(self, side: str, size: int) -> _Runs:
        version, items = (self.pair.pivot, self.pivot_items) if side == "pivot" else (self.pair.other, self.other_items)
        count = max(len(items) - size + 1, 0)
        members = items[np.arange(count)[:, None] + np.arange(size)[None, :]]
        lengths = version.lengths[members]
        codes = np.array([self._code(version.keys[i]) for i in members[:, 0]], dtype=np.int64)
        if size == 1:
            return _Runs(version.vectors[members[:, 0]], lengths[:, 0], codes)
        vectors = pool(version.vectors[members], lengths).reshape(count, version.vectors.shape[1])
        return _Runs(vectors, lengths.sum(axis=1), codes)

    def _search_background(self, side: str, a: int, b: int) -> np.ndarray:
        """Background of one side's runs in a link of shape a-b: among the other side's runs of its size."""
        if a == b == 1:
            singles = self.pair.pivot_background if side == "pivot" else self.pair.other_background
            return singles[self.pivot_items if side == "pivot" else self.other_items]
        own, theirs, opposite = (a, b, "other") if side == "pivot" else (b, a, "pivot")
        return self.pair.run_pool(opposite, theirs).search(self._runs[side, own].vectors)[0]

    def _code(self, key: str | None) -> int:
        return -1 if key is None else self._codes[key]
