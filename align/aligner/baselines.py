"""Simple aligners the real one is measured against, each isolating one idea.

- :func:`by_number`: what a careful script does: pair paragraphs that print the same
  number, unnumbered ones by position. No meaning at all.
- :func:`hungarian`: meaning only: the one-to-one matching of highest total cosine,
  with no order, no merges and no numbers.
- :func:`gale_church`: length only: Gale & Church (1993), the classic length-based
  sentence aligner, on paragraphs.

All return :class:`~align.aligner.dp.Step` lists in pivot order, as the DP does, so one
scorer (:mod:`align.aligner.evaluate`) serves every method. scipy, used here for the
assignment problem and the normal tail, is a dependency of sentence-transformers; the
aligner itself does not need it.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from align.aligner.dp import MOVES, Band, Move, Step, search

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
