"""Simple aligners the real one is measured against, each isolating one idea.

- :func:`by_number`: what a careful script does: pair paragraphs that print the same
  number, unnumbered ones by position. No meaning at all.
- :func:`hungarian`: meaning only: the one-to-one matching of highest total cosine,
  with no order, no merges and no numbers.
- :func:`gale_church`: length only: Gale & Church (1993), the classic length-based
  sentence aligner, on paragraphs.

All return :class:`~align.aligner.dp.Step` lists in pivot order, as the DP does, so one
scorer (:mod:`align.aligner.evaluate`) serves every method; :func:`document_pairs` runs
one of them over two whole documents. scipy, used here for the assignment problem and
the normal tail, is a dependency of sentence-transformers; the aligner itself does not
need it.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from align.aligner.dp import MOVES, Band, Move, Step, search
from align.aligner.segments import SECTIONS, Role, Segment

#: The baselines by name, as :func:`document_pairs` takes them.
METHODS: tuple[str, ...] = ("number", "hungarian", "gale-church")

#: Gale & Church's priors of link types (1-1, 1-0 / 0-1, 2-1 / 1-2, 2-2), from their Table 5.
_GC_PRIORS = {(1, 1): 0.89, (1, 0): 0.0099 / 2, (0, 1): 0.0099 / 2, (2, 1): 0.089 / 2, (1, 2): 0.089 / 2, (2, 2): 0.011}
_GC_VARIANCE = 6.8  # variance of the length difference per character, Gale & Church's estimate


def by_number(pivot_keys: Sequence[str | None], other_keys: Sequence[str | None]) -> list[Step]:
    """Link paragraphs printing the same number; the n-th unnumbered paragraph with the n-th unnumbered one."""
    place = {key: j for j, key in reversed(list(enumerate(_ordinal_keys(other_keys))))}
    return [
        Step(range(i, i + 1), range(place[key], place[key] + 1))
        for i, key in enumerate(_ordinal_keys(pivot_keys))
        if key in place
    ]


def _ordinal_keys(keys: Sequence[str | None]) -> list[str]:
    unnumbered = 0
    found = []
    for key in keys:
        if key is None:
            unnumbered += 1
            found.append(f"#{unnumbered}")
        else:
            found.append(key)
    return found


def hungarian(similarity: np.ndarray) -> list[Step]:
    """The one-to-one matching maximising total similarity (rows: pivot, columns: other)."""
    from scipy.optimize import linear_sum_assignment

    rows, cols = linear_sum_assignment(similarity, maximize=True)
    return [Step(range(i, i + 1), range(j, j + 1)) for i, j in sorted(zip(rows.tolist(), cols.tolist()))]


def gale_church(pivot_lengths: Sequence[float], other_lengths: Sequence[float]) -> list[Step]:
    """Gale & Church's length-based alignment, solved by the same DP as the aligner (full band)."""
    from scipy.special import log_ndtr

    p = np.concatenate(([0.0], np.cumsum(np.asarray(pivot_lengths, dtype=np.float64))))
    o = np.concatenate(([0.0], np.cumsum(np.asarray(other_lengths, dtype=np.float64))))
    ratio = o[-1] / p[-1] if p[-1] and o[-1] else 1.0

    def gain(move: Move, i: int, js: np.ndarray) -> np.ndarray:
        lp = p[i] - p[i - move.pivot]
        lo = o[js] - o[js - move.other]
        mean = np.maximum((lp + lo / ratio) / 2, 1e-9)
        delta = (lo - lp * ratio) / np.sqrt(mean * _GC_VARIANCE)
        return np.log(2.0) + log_ndtr(-np.abs(delta)) + np.log(_GC_PRIORS[(move.pivot, move.other)])

    return search(Band.full(len(p) - 1, len(o) - 1), gain, MOVES + (Move(2, 2),))


def document_pairs(
    method: str, pivot: Sequence[Segment], other: Sequence[Segment], pivot_rows: np.ndarray, other_rows: np.ndarray
) -> set[tuple[str, str]]:
    """A baseline's links between two documents, as (pivot id, other id) pairs named as units name them.

    The baselines get the aligner's structure, so that only the linking idea differs:
    each section is aligned on its own, whole paragraphs first, then the sub-paragraphs
    of two paragraphs linked one to one (the aligner's sub-paragraph units). ``pivot`` and
    ``other`` are :func:`~align.aligner.segments.segments` of the two documents and the
    rows their vectors, in the same order.
    """
    if method not in METHODS:
        raise ValueError(f"unknown baseline {method!r}: choose among {', '.join(METHODS)}")

    def link(mine: list[int], theirs: list[int]) -> set[tuple[str, str]]:
        left, right = [pivot[k] for k in mine], [other[k] for k in theirs]
        pairs: set[tuple[str, str]] = set()
        for step in _steps(method, left, right, pivot_rows[mine], other_rows[theirs]):
            found = [(left[i], right[j]) for i in step.pivot for j in step.other]
            pairs |= {(a.id, b.id) for a, b in found}
            if len(found) == 1 and found[0][0].role is Role.WHOLE and found[0][1].role is Role.WHOLE:
                pairs |= link(_parts(pivot, found[0][0].id), _parts(other, found[0][1].id))
        return pairs

    return {
        pair
        for section in SECTIONS
        for pair in link(
            [k for k, s in enumerate(pivot) if s.role.top and s.section is section],
            [k for k, s in enumerate(other) if s.role.top and s.section is section],
        )
    }


def _parts(found: Sequence[Segment], parent: str) -> list[int]:
    return [k for k, s in enumerate(found) if s.role is Role.SUB and s.parent == parent]


def _steps(
    method: str, pivot: list[Segment], other: list[Segment], pivot_rows: np.ndarray, other_rows: np.ndarray
) -> list[Step]:
    if not pivot or not other:
        return []
    if method == "number":
        return by_number([s.key for s in pivot], [s.key for s in other])
    if method == "hungarian":
        return hungarian(pivot_rows @ other_rows.T)
    return gale_church([max(len(s.text), 1) for s in pivot], [max(len(s.text), 1) for s in other])
