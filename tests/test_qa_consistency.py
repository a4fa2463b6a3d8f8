"""The consistency check on real text: the Dutch 72/247, and official translations that must stay quiet."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

import pytest
from test_qa_corpus import alignment_72247
from test_qa_false_alarms import sdg_alignment, unpc_sample

from align.model import Alignment, Severity
from align.qa.base import QAContext
from align.qa.consistency import ConsistencyCheck, inconsistent
from align.qa.parallel import aligned_unit, alignment_of

REVIEW = Path(__file__).parent / "data" / "qa" / "dutch-rules-review.jsonl"


def _edited(alignment: Alignment, unit_id: str, old: str, new: str) -> Alignment:
    """``alignment`` with ``old`` replaced by ``new`` in the Dutch of one unit."""
    units = []
    for unit in alignment.units:
        if unit.id == unit_id:
            assert old in unit.texts["nl"], (unit_id, old)
            unit = dataclasses.replace(unit, texts={**unit.texts, "nl": unit.texts["nl"].replace(old, new)})
        units.append(unit)
    return dataclasses.replace(alignment, units=units)


def _odd(alignment: Alignment) -> list[tuple[str, str, str]]:
    return [(odd.unit.id, odd.term.text, odd.rendering) for odd in inconsistent(alignment, "nl")]


def test_the_one_unit_of_72247_that_calls_the_states_landen() -> None:
    """op13 `sommige landen` for "some States"; 13 other units with the term say `staten` (op14's
    `lidstaten` counts, a compound)."""
    assert _odd(alignment_72247()) == [("op13", "States", "staten")]
    (odd,) = inconsistent(alignment_72247(), "nl")
    assert len(odd.elsewhere) == 13 and odd.others == 1 and "pp10" in odd.elsewhere


@pytest.mark.parametrize(
    ("unit", "old", "new", "expected"),
    [
        # a second unit renders the term otherwise: both are reported
        ("op2", "staten", "landen", [("op2", "States", "staten"), ("op13", "States", "staten")]),
        # a compound holds the rendering: `lidstaten` is the States too
        ("op2", "staten", "lidstaten", [("op13", "States", "staten")]),
        # op13 corrected: nothing left
        ("op13", "landen", "staten", []),
        # the term left in English is the untranslated check's, not a rendering
        ("op13", "landen", "States", []),
    ],
    ids=["another unit", "compound", "corrected", "kept in English"],
)
def test_edits_of_the_real_text(unit: str, old: str, new: str, expected: list) -> None:
    assert _odd(_edited(alignment_72247(), unit, old, new)) == expected


def test_names_are_left_to_the_glossary() -> None:
    """op17's `generaal Assemblée` for "General Assembly", where other units have `Algemene
    Vergadering`: a name of two capitalised words, which the terminology check knows with its variants."""
    alignment = alignment_72247()
    assert "generaal Assemblée" in next(u for u in alignment.units if u.id == "op17").texts["nl"]
    assert all(term not in {"General", "Assembly"} for _, term, _ in _odd(alignment))


@pytest.mark.model
def test_the_finding_shows_the_word_that_renders_the_term_instead(cached_embedder) -> None:
    (finding,) = ConsistencyCheck().run(alignment_72247(), QAContext(embedder=cached_embedder))
    assert (finding.unit, finding.severity, finding.excerpt, finding.evidence) == ("op13", Severity.INFO, "landen", "States")
    assert "'staten' in 13 of the 14 units" in finding.message


@pytest.mark.parametrize(("build", "most"), [(sdg_alignment, 0), (unpc_sample, 1)], ids=["SDG targets", "UNPC sample"])
def test_official_translations_are_quiet(build, most: int) -> None:
    """The SDG targets vary no term; the UNPC sample, 400 lines of unrelated documents, once
    (`l'État` for "the Government", which the check should show a reviser)."""
    alignment = build()
    found = [odd for language in alignment.languages[1:] for odd in inconsistent(alignment, language)]
    assert len(found) <= most, [(o.unit.id, o.term.text, o.rendering) for o in found]


def test_the_correct_dutch_of_the_reviews_is_quiet() -> None:
    """The 355 correct sentences and paragraphs the reviews of the Dutch rules wrote
    (``tests/data/qa/dutch-rules-review.jsonl``), read as one text of 355 units: written
    without this check in view, none renders a term otherwise in a few units."""
    rows = [json.loads(line) for line in REVIEW.read_text(encoding="utf-8").splitlines() if line.strip()]
    units = [aligned_unit(f"op{k}", {"en": r["en"], "nl": r["nl"]}) for k, r in enumerate(rows) if r["kind"] == "correct"]
    assert len(units) == 355
    assert _odd(alignment_of(units, ["en", "nl"])) == []
