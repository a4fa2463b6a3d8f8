"""How the aligner's cost grows with document length: prints a table.

Two synthetic versions of n paragraphs (384-dimensional vectors shaped like e5-small's,
1 % of paragraphs deleted, inserted, merged or split) are aligned at n = 100, 1,000 and
10,000. Columns:

- ``knn``: the margin's background: the 4 nearest neighbours in the other version
  (faiss, exact) of each paragraph and of each pair of neighbours pooled as one (for
  2-1 and 1-2 links); and the anchors of the band. It grows as ``n * m``;
- ``dp``: the banded search, scoring its cells as it goes (what the 1 s target is about);
- ``full dp``: the same search over every cell, for comparison (skipped at 10,000);
- ``cells``: cells the banded search visits; ``F1``: link F1 against the known truth.

Run: ``python benchmarks/alignment_speed.py`` (``--sizes 100 1000`` to choose).
"""

from __future__ import annotations

import argparse
import time

import numpy as np

from align.aligner import synthetic
from align.aligner.config import DEFAULT_CONFIG
from align.aligner.dp import Band, search
from align.aligner.evaluate import link_score, step_pairs
from align.aligner.pairwise import moves
from align.aligner.scores import SectionScorer, Version, VersionPair


def damaged_pair(n: int, seed: int = 0) -> tuple[VersionPair, set[tuple[int, int]]]:
    rng = np.random.default_rng(seed)
    source = synthetic.make_source(n, rng)
    pivot, other = synthetic.draft(source), synthetic.draft(source)
    for _ in range(max(1, n // 100)):
        for damage in (synthetic.delete, synthetic.merge, synthetic.split):
            damage(other, int(rng.integers(1, len(other.paragraphs) - 2)))
        synthetic.insert(other, int(rng.integers(1, len(other.paragraphs) - 2)), source, rng)
    versions = []
    for language, draft in ((1, pivot), (2, other)):
        vectors, lengths = synthetic.render(source, draft, language, rng)
        versions.append(Version(vectors, lengths, draft.keys, DEFAULT_CONFIG.neighbours))
    return VersionPair(versions[0], versions[1], DEFAULT_CONFIG), synthetic.gold_pairs(pivot, other, source)


def measure(n: int, full: bool) -> dict[str, str]:
    pair, gold = damaged_pair(n)
    start = time.perf_counter()
    pair = VersionPair(pair.pivot, pair.other, DEFAULT_CONFIG)  # the background search, timed
    p_items, o_items = np.arange(len(pair.pivot)), np.arange(len(pair.other))
    anchors = pair.mutual_nearest(p_items, o_items)
    scorer = SectionScorer(pair, p_items, o_items)  # pools merged neighbours and searches their background
    knn = time.perf_counter() - start
    band = Band.between(len(p_items), len(o_items), anchors, DEFAULT_CONFIG.band)
    start = time.perf_counter()
    steps = search(band, scorer.gain, moves(DEFAULT_CONFIG.longest))
    dp = time.perf_counter() - start
    full_dp = "-"
    if full:
        start = time.perf_counter()
        search(Band.full(len(p_items), len(o_items)), scorer.gain, moves(DEFAULT_CONFIG.longest))
        full_dp = f"{time.perf_counter() - start:.3f}"
    cells = int((band.hi - band.lo).sum())
    f1 = link_score(step_pairs(steps), gold).f1
    return {
        "n": f"{n:,}",
        "knn s": f"{knn:.3f}",
        "dp s": f"{dp:.3f}",
        "full dp s": full_dp,
        "cells": f"{cells:,}",
        "F1": f"{f1:.4f}",
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[100, 1000, 10000])
    args = parser.parse_args()
    rows = [measure(n, full=n <= 2000) for n in args.sizes]
    widths = {key: max(len(key), *(len(row[key]) for row in rows)) for key in rows[0]}
    print("  ".join(key.rjust(width) for key, width in widths.items()))
    for row in rows:
        print("  ".join(row[key].rjust(width) for key, width in widths.items()))


if __name__ == "__main__":
    main()
