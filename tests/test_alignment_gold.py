"""The aligner against the hand-made gold sets, with the default model: issue 4's quality floors.

Link F1 >= 0.98 on every gold set of ``tests/data/gold`` (how they were made: the README
there) and on damaged copies of real pairs (:mod:`align.aligner.damaged`: paragraphs
deleted, merged, split, swapped, renumbered, the damaged texts embedded for real). The
same sets, with three baselines beside ours, are in ``benchmarks/alignment_quality.py``.
A floor that is not met is an expected failure that names the measured value: strict,
so that it is noticed when the floor starts to hold.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from pathlib import Path

import pytest

import align
from align.aligner import segments
from align.aligner.damaged import KINDS, damage
from align.aligner.evaluate import (
    GoldLink,
    load_gold,
    score_alignment,
    score_links,
    sdg_targets,
    unit_pairs,
)
from align.aligner.segments import Role
from align.model import Alignment, Document, Section

GOLD = Path(__file__).parent / "data" / "gold"
CORPUS = Path(__file__).resolve().parents[1] / "corpus"
EXTRA = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "extra"
FLOOR = 0.98

pytestmark = pytest.mark.model
needs_extra = pytest.mark.skipif(not EXTRA.is_dir(), reason=f"the extra corpus is not at {EXTRA}")

GoldSet = tuple[list[Document], list[GoldLink]]


def res_72_247() -> GoldSet:
    return align.read_versions([CORPUS / "a-res-72-247.en+nl-mt.md"]), load_gold(GOLD / "a-res-72-247.en-nl.jsonl")


def udhr() -> GoldSet:
    documents = align.read_versions([EXTRA / "udhr" / f"udhr.{lang}.html" for lang in ("en", "fr", "nl")])
    return documents, load_gold(GOLD / "udhr.en-fr-nl.jsonl")


def hcch_1956() -> GoldSet:
    documents = align.read_versions([EXTRA / "hcch-1956" / "hcch-1956-child-maintenance.fr+nl.md"])
    return documents, load_gold(GOLD / "hcch-1956.fr-nl.jsonl")


def sdg() -> GoldSet:
    documents = [sdg_targets(EXTRA / "sdg-targets" / f"targets.{lang}.yml", lang) for lang in ("en", "fr")]
    return documents, load_gold(GOLD / "sdg-targets.en-fr.jsonl")


def damaged(base: GoldSet, steps: list[tuple[Section, tuple[str, ...], int]], seed: int) -> GoldSet:
    """The base pair with its second version damaged by each (section, kinds, sites) step in turn."""
    (pivot, other), gold = base
    for k, (section, kinds, sites) in enumerate(steps):
        result = damage(gold, pivot, other, section, kinds, sites, seed + k)
        other, gold = result.document, result.gold
    return [pivot, other], gold


#: The sets by name, as benchmarks/alignment_quality.py builds them (same damage, same seeds).
SETS: dict[str, Callable[[], GoldSet]] = {
    "72/247": res_72_247,
    "72/247 damaged": lambda: damaged(res_72_247(), [(Section.PREAMBLE, KINDS, 4), (Section.OPERATIVE, KINDS, 5)], 1),
    "UDHR": udhr,
    "HCCH 1956": hcch_1956,
    "SDG": sdg,
    **{
        f"SDG damaged: {kind}": (lambda kind=kind, k=k: damaged(sdg(), [(Section.ARTICLE, (kind,), 8)], 10 + k))
        for k, kind in enumerate(KINDS)
    },
    "SDG damaged: mixed": lambda: damaged(sdg(), [(Section.ARTICLE, KINDS, 15)], 7),
}

#: (set, pivot, other) scored against the floor; the UDHR is aligned three ways, once per pivot.
PAIRS = [
    pytest.param("72/247", "en", "nl", id="72/247 en-nl"),
    pytest.param("72/247 damaged", "en", "nl", id="72/247 damaged en-nl"),
    pytest.param("UDHR", "en", "fr", id="UDHR en-fr", marks=needs_extra),
    pytest.param("UDHR", "en", "nl", id="UDHR en-nl", marks=needs_extra),
    pytest.param("UDHR", "fr", "nl", id="UDHR fr-nl", marks=needs_extra),
    pytest.param("HCCH 1956", "fr", "nl", id="HCCH 1956 fr-nl", marks=needs_extra),
    pytest.param("SDG", "en", "fr", id="SDG en-fr", marks=needs_extra),
    *[pytest.param(f"SDG damaged: {kind}", "en", "fr", id=f"SDG damaged {kind}", marks=needs_extra) for kind in KINDS],
    pytest.param("SDG damaged: mixed", "en", "fr", id="SDG damaged mixed", marks=needs_extra),
]


@pytest.fixture(scope="module")
def aligned(cached_embedder) -> Callable[[str, str], tuple[Alignment, list[GoldLink]]]:
    """``aligned(set, pivot)``: the set aligned with that pivot, and its gold; each alignment made once."""
    done: dict[tuple[str, str], tuple[Alignment, list[GoldLink]]] = {}

    def get(name: str, pivot: str) -> tuple[Alignment, list[GoldLink]]:
        if (name, pivot) not in done:
            documents, gold = SETS[name]()
            done[name, pivot] = align.align(documents, embedder=cached_embedder, pivot=pivot), gold
        return done[name, pivot]

    return get


@pytest.mark.parametrize(("name", "pivot", "other"), PAIRS)
def test_link_f1_meets_the_floor(aligned, name, pivot, other):
    alignment, gold = aligned(name, pivot)
    score = score_links(unit_pairs(alignment.units, pivot, other), gold, alignment.documents, pivot, other)
    assert score.f1 >= FLOOR, f"P {score.precision:.3f} R {score.recall:.3f} F1 {score.f1:.3f}"


def test_score_alignment_reads_the_gold_file(aligned):
    alignment, _ = aligned("72/247", "en")
    scores = score_alignment(alignment, GOLD / "a-res-72-247.en-nl.jsonl")
    assert list(scores) == ["en-nl"] and scores["en-nl"].f1 >= FLOOR


def test_72_247_english_pp16_and_pp17_are_one_2_1_unit_with_dutch_pp16(aligned):
    alignment, _ = aligned("72/247", "en")
    unit = next(u for u in alignment.units if "pp16" in u.paragraphs["en"])
    assert unit.paragraphs == {"en": ["pp16", "pp17"], "nl": ["pp16"]}
    assert unit.link == "2-1" and "merged" in unit.flags


@pytest.mark.parametrize(
    ("number", "pieces"),
    [
        ("10", ["het werk bevorderen van mensen"]),  # the Dutch paragraph is cut by a blank line
        (
            "11",
            [
                "discriminatie en geweld",
                "herhaalt zijn krachtige oproep",
                "vrouwenrechtenverdedigers beschermen",
                "waarop de Algemene",
            ],
        ),
    ],
)
def test_72_247_operative_10_and_11_are_whole_1_1_units_despite_the_breaks(aligned, number, pieces):
    alignment, _ = aligned("72/247", "en")
    unit = next(u for u in alignment.units if f"op{number}" in u.paragraphs["en"])
    assert unit.paragraphs == {"en": [f"op{number}"], "nl": [f"op{number}"]} and unit.link == "1-1"
    assert all(piece in unit.texts["nl"] for piece in pieces)


@pytest.mark.parametrize(
    ("name", "pivot"),
    [
        pytest.param("72/247", "en"),
        pytest.param("72/247 damaged", "en"),
        pytest.param("UDHR", "en", marks=needs_extra),
        pytest.param("HCCH 1956", "fr", marks=needs_extra),
        pytest.param("SDG damaged: mixed", "en", marks=needs_extra),
    ],
)
def test_every_paragraph_of_every_version_is_in_exactly_one_unit(aligned, name, pivot):
    """Top-level paragraphs once each; a sub-paragraph in a unit of its own once, or (parent not split) in none."""
    alignment, _ = aligned(name, pivot)
    for lang, document in alignment.documents.items():
        listed = Counter(pid for unit in alignment.units for pid in unit.paragraphs[lang])
        assert max(listed.values()) == 1, f"{lang}: {[pid for pid, n in listed.items() if n > 1]} in several units"
        found = segments(document)
        assert {s.id for s in found if s.role.top} <= set(listed), f"{lang}: a paragraph in no unit"
        parts: dict[str, set[str]] = {}
        for s in found:
            if s.role is Role.SUB and s.parent:
                parts.setdefault(s.parent, set()).add(s.id)
        assert set(listed) <= {s.id for s in found}
        for parent, subs in parts.items():
            assert subs & set(listed) in (set(), subs), f"{lang} {parent}: only some sub-paragraphs in units"
