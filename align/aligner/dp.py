"""Dynamic programming over monotone alignments of two sequences, inside a band.

The search knows nothing of texts or vectors: a gain function says how good each move
is, and :func:`search` returns the best-scoring monotone path from (0, 0) to (n, m),
where row ``i`` and column ``j`` are prefix lengths of the pivot and the other
sequence. Only cells inside a :class:`Band` are visited, so the cost grows with
``n * width`` rather than ``n * m``; rows are processed with numpy, one row at a time.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Sequence
from dataclasses import dataclass

import numpy as np


@dataclass(frozen=True)
class Move:
    """One step of a path: ``pivot`` paragraphs of the pivot against ``other`` of the other version."""

    pivot: int
    other: int

    @property
    def name(self) -> str:
        """The link type as exported: `1-1`, `2-1`, `0-1`, ..."""
        return f"{self.pivot}-{self.other}"


ONE_ONE, ONE_ZERO, ZERO_ONE = Move(1, 1), Move(1, 0), Move(0, 1)
TWO_ONE, ONE_TWO = Move(2, 1), Move(1, 2)
MOVES: tuple[Move, ...] = (ONE_ONE, ONE_ZERO, ZERO_ONE, TWO_ONE, ONE_TWO)


@dataclass(frozen=True)
class Step:
    """One link of a path: pivot items ``pivot`` against other items ``other`` (half-open ranges)."""

    pivot: range
    other: range

    @property
    def move(self) -> Move:
        return Move(len(self.pivot), len(self.other))


#: ``gain(move, i, js)``: gains of ``move`` ending at row ``i`` and each column of ``js``
#: (it consumes pivot items ``i - move.pivot .. i - 1`` and other items ``j - move.other .. j - 1``).
#: Only called with ``i >= move.pivot`` and ``js >= move.other``.
GainFunction = Callable[[Move, int, np.ndarray], np.ndarray]


@dataclass(frozen=True)
class Band:
    """The cells searched: row ``i`` (0..n) holds the columns ``lo[i] <= j < hi[i]``.

    ``lo`` and ``hi`` never decrease and each row overlaps the one before it, so every
    row is reachable; row 0 starts at column 0 and row n ends at column m.
    """

    lo: np.ndarray
    hi: np.ndarray

    @property
    def n(self) -> int:
        return len(self.lo) - 1

    @property
    def m(self) -> int:
        return int(self.hi[-1]) - 1

    @classmethod
    def full(cls, n: int, m: int) -> Band:
        """Every cell: exact, and fine while ``n * m`` stays in the hundreds of thousands."""
        return cls(np.zeros(n + 1, dtype=np.int64), np.full(n + 1, m + 1, dtype=np.int64))

    @classmethod
    def between(cls, n: int, m: int, anchors: Sequence[tuple[int, int]], width: int) -> Band:
        """The cells between consecutive anchors, widened by ``width`` columns.

        ``anchors`` are (pivot item, other item) pairs believed to correspond (mutual
        nearest neighbours); the longest chain of them that does not cross is kept. A
        monotone path from one anchor to the next stays in the rectangle they span, so
        the band holds the true path whatever happens between anchors (a block present
        in one version only, a run of garbled paragraphs) as long as the anchors are
        right and ``width`` absorbs the odd wrong one. Dense anchors make it a narrow
        band of about ``n * (2 * width + 1)`` cells; no anchors make it the full matrix.
        """
        chain = longest_increasing_chain(anchors)
        xs = np.array([0.0] + [p + 0.5 for p, _ in chain] + [float(n)])
        ys = np.array([0.0] + [q + 0.5 for _, q in chain] + [float(m)])
        rows = np.arange(n + 1)  # row i spans from the last anchor above it to the first below it
        before = ys[np.maximum(np.searchsorted(xs, rows, side="left") - 1, 0)]
        after = ys[np.minimum(np.searchsorted(xs, rows, side="right"), len(xs) - 1)]
        lo = np.clip(np.floor(before).astype(np.int64) - width, 0, m)
        hi = np.clip(np.ceil(after).astype(np.int64) + width + 1, 1, m + 1)
        lo[0], hi[-1] = 0, m + 1
        return cls(lo, hi)


def longest_increasing_chain(pairs: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """The longest sub-sequence of ``pairs`` strictly increasing in both items (patience sorting).

    Sorting by first item ascending and second descending makes a chain that increases
    strictly in the second item increase strictly in the first as well.
    """
    ordered = sorted(pairs, key=lambda pq: (pq[0], -pq[1]))
    ends: list[int] = []  # ends[k]: smallest second item ending a chain of length k + 1
    tails: list[int] = []  # ... and the index of that pair
    parent = [-1] * len(ordered)
    for index, (_, q) in enumerate(ordered):
        k = bisect.bisect_left(ends, q)
        parent[index] = tails[k - 1] if k else -1
        if k == len(ends):
            ends.append(q)
            tails.append(index)
        else:
            ends[k], tails[k] = q, index
    chain = []
    index = tails[-1] if tails else -1
    while index >= 0:
        chain.append(ordered[index])
        index = parent[index]
    return chain[::-1]


def search(band: Band, gain: GainFunction, moves: Sequence[Move] = MOVES) -> list[Step]:
    """The highest-gain monotone path through ``band``, as steps in order.

    Moves that consume pivot items read earlier rows; the 0-1 move (an item of the
    other version alone) runs along the row and is solved for the whole row at once
    as a running maximum, so no Python loop runs over columns.
    """
    n = band.n
    starts = np.concatenate(([0], np.cumsum(band.hi - band.lo)))
    score = np.full(int(starts[-1]), -np.inf)
    back = np.full(int(starts[-1]), -1, dtype=np.int8)
    vertical = [(k, move) for k, move in enumerate(moves) if move.pivot > 0]
    along = next((k for k, move in enumerate(moves) if move.pivot == 0), None)
    for i in range(n + 1):
        lo, hi = int(band.lo[i]), int(band.hi[i])
        js = np.arange(lo, hi)
        best = np.where(js == 0, 0.0, -np.inf) if i == 0 else np.full(hi - lo, -np.inf)
        arg = np.full(hi - lo, -1, dtype=np.int8)
        for k, move in vertical:
            if i < move.pivot:
                continue
            row = i - move.pivot
            cols = js - move.other
            ok = (cols >= band.lo[row]) & (cols < band.hi[row])
            if not ok.any():
                continue
            cand = score[starts[row] + cols[ok] - band.lo[row]] + gain(move, i, js[ok])
            better = cand > best[ok]
            best[ok] = np.where(better, cand, best[ok])
            arg[ok] = np.where(better, k, arg[ok])
        if along is not None:
            best, arg = _run_along(best, arg, js, i, gain, moves[along], along)
        score[starts[i] : starts[i + 1]] = best
        back[starts[i] : starts[i + 1]] = arg
    return _trace(band, starts, back, moves)


def _run_along(
    best: np.ndarray, arg: np.ndarray, js: np.ndarray, i: int, gain: GainFunction, move: Move, k: int
) -> tuple[np.ndarray, np.ndarray]:
    """Add 0-1 moves to a row: ``D[j] = max(best[j], D[j-1] + g[j])`` for all j at once.

    With ``C`` the running sum of ``g``, ``D[j] = C[j] + max over t <= j of (best[t] - C[t])``.
    """
    g = np.zeros(len(js))
    movable = js >= 1
    g[movable] = gain(move, i, js[movable])  # g[0] is never used: nothing enters a row's first cell along it
    total = np.cumsum(g)
    lifted = best - total
    running = np.maximum.accumulate(lifted)
    along = running > lifted
    return np.where(along, running + total, best), np.where(along, np.int8(k), arg)


def _trace(band: Band, starts: np.ndarray, back: np.ndarray, moves: Sequence[Move]) -> list[Step]:
    """Follow the back-pointers from (n, m) to (0, 0)."""
    i, j = band.n, band.m
    steps = []
    while i > 0 or j > 0:
        k = int(back[starts[i] + j - band.lo[i]])
        if k < 0:
            raise AssertionError(f"no path reaches ({i}, {j}): the band is not connected")
        move = moves[k]
        steps.append(Step(range(i - move.pivot, i), range(j - move.other, j)))
        i, j = i - move.pivot, j - move.other
    return steps[::-1]
