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
from align.qa.consistency import ConsistencyCheck, _terms, follows, inconsistent
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
    """op13 `sommige landen` for "some States"; 14 other units with the term say `staten`, op4's
    "Urges States" among them (the operative verb that opens it is no name's first word)."""
    assert _odd(alignment_72247()) == [("op13", "States", "staten")]
    (odd,) = inconsistent(alignment_72247(), "nl")
    assert len(odd.elsewhere) == 14 and odd.others == 1 and {"pp10", "op4"} <= set(odd.elsewhere)


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
    assert "'staten' in 14 of the 15 units" in finding.message


@pytest.mark.parametrize(("build", "most"), [(sdg_alignment, 0), (unpc_sample, 3)], ids=["SDG targets", "UNPC sample"])
def test_official_translations_are_quiet(build, most: int) -> None:
    """The SDG targets vary no term. The UNPC sample, 400 lines of unrelated documents, which share
    no house style, three times: `l'État` for "the Government" (line 2581), `Il` and `La Commission`
    for "The Committee" (lines 961 and 2751): information a reviser of one document may want; of
    these documents, variation."""
    alignment = build()
    found = [odd for language in alignment.languages[1:] for odd in inconsistent(alignment, language)]
    assert len(found) <= most, [(o.unit.id, o.term.text, o.rendering) for o in found]


def test_the_correct_dutch_of_the_reviews_is_quiet() -> None:
    """The 449 correct sentences and paragraphs the reviews of the Dutch rules wrote
    (``tests/data/qa/dutch-rules-review.jsonl``), read as one text of 449 units: written
    without this check in view, none renders a term otherwise in a few units."""
    rows = [json.loads(line) for line in REVIEW.read_text(encoding="utf-8").splitlines() if line.strip()]
    units = [aligned_unit(f"op{k}", {"en": r["en"], "nl": r["nl"]}) for k, r in enumerate(rows) if r["kind"] == "correct"]
    assert len(units) == 449
    assert _odd(alignment_of(units, ["en", "nl"])) == []


# --------------------------------------------------------------------------- a review's documents

#: Resolutions written for this check by reviewers who had not read it, English with a careful Dutch
#: or French translation, each with 12 slips a machine translation makes (a term rendered with another
#: word once: `landen`, `Kantoor`, `pays`, `Commission`, `Pacte`) and 6 variations a careful translator
#: makes (a pronoun, an acronym, a sentence built otherwise, a compound), each put alone into its
#: document. Round 1 (documents A, nl, and B, fr), on the check as first written: nothing reported on
#: the clean texts, 19 of 24 slips found, 11 of 12 variations reported; what it showed (an operative
#: verb taken for a name's first word, a rendering spelt as the term, singulars) is mended since, and
#: those numbers are no longer held out (now 24, and 9 of 12). Round 2 (C, nl, and D, fr), held out
#: from every change and measured once as written: 1 of 67 clean paragraphs reported (`lui` for the
#: Security Council), 21 of 24 slips found (the 3 missed say why), 6 of 12 variations reported, all
#: French (a pronoun, an acronym, `autorités` for the Government).
REVIEWED = [json.loads(line) for line in (REVIEW.parent / "consistency-review.jsonl").read_text(encoding="utf-8").splitlines()]


def _document(doc: str, changed: dict | None = None) -> tuple[Alignment, str]:
    rows = [r for r in REVIEWED if r["kind"] == "paragraph" and r["doc"] == doc]
    language = rows[0]["lang"]
    units = [
        aligned_unit(r["id"], {"en": r["en"], language: changed["tr"] if changed and changed["id"] == r["id"] else r["tr"]})
        for r in rows
    ]
    return alignment_of(units, ["en", language]), language


@pytest.mark.parametrize(("doc", "reported"), [("A", []), ("B", []), ("C", []), ("D", [("op21", "Council")])])
def test_the_review_s_clean_documents_are_reported_as_expected(doc: str, reported: list) -> None:
    """D's op21 asks the Secretary-General to report to the Council as Security Council French does,
    `lui faire rapport`: a pronoun, which the check cannot tell from a slip."""
    alignment, language = _document(doc)
    assert [(o.unit.id, o.term.text) for o in inconsistent(alignment, language)] == reported


def _reported(entry: dict) -> bool:
    alignment, language = _document(entry["doc"], entry)
    return any(o.unit.id == entry["id"] and o.term.text == entry["term"] for o in inconsistent(alignment, language))


@pytest.mark.parametrize(
    "entry", [e for e in REVIEWED if e["kind"] == "slip"], ids=lambda e: f"{e['doc']} {e['id']} {e['term']} {e['used']}"
)
def test_each_slip_of_the_review_is_reported_in_its_unit_but_those_marked_missed(entry: dict) -> None:
    """All but the three the data file marks `missed`, each with why."""
    assert _reported(entry) is ("missed" not in entry)


@pytest.mark.parametrize(
    "entry", [e for e in REVIEWED if e["kind"] == "variation"], ids=lambda e: f"{e['doc']} {e['id']} {e['term']} {e['used'][:20]}"
)
def test_the_review_s_variations_are_reported_as_the_data_file_says(entry: dict) -> None:
    """Fifteen of the twenty-four are reported (information): the check cannot tell a pronoun, an
    acronym or a sentence built otherwise from a slip. The file says which; a change that moves one
    shows here."""
    assert _reported(entry) is entry["reported"]


@pytest.mark.model
def test_the_word_shown_is_the_one_used_or_none(cached_embedder) -> None:
    """The check shows the word that renders the term instead only where one stands out: for round 1's
    slips, mostly the word used (16 of 24 measured, `organisations` once for an `États` that renders
    "Governments", nothing for the rest); for the variations, nothing, or at the margin (fp32 and
    bf16 differ there) the `landen` one of them uses."""
    shown: dict[str, list[str]] = {"slip": [], "variation": []}
    for entry in [e for e in REVIEWED if e["kind"] != "paragraph" and e["round"] == 1]:
        alignment, _ = _document(entry["doc"], entry)
        for finding in ConsistencyCheck().run(alignment, QAContext(embedder=cached_embedder)):
            if finding.unit == entry["id"] and finding.excerpt:
                shown[entry["kind"]].append("used" if finding.excerpt == entry["used"] else finding.excerpt)
    assert shown["slip"].count("used") >= 14 and set(shown["slip"]) <= {"used", "organisations"}
    assert set(shown["variation"]) <= {"used"}


# --------------------------------------------------------------------------- the rules, one by one


@pytest.mark.parametrize(
    ("language", "text", "terms"),
    [
        # two terms joined by `and`, where a name with `and` goes on (`Economic and Social Council`)
        ("en", "Invites States and Governments to cooperate fully with the mandate holder,", {"states", "governments"}),
        ("en", "Notes that the Secretary-General and States have agreed on the arrangements,", {"secretary-general", "states"}),
        ("en", "Recalling the resolutions of the Economic and Social Council on the matter,", set()),
        # a preposition before a word makes it a name's complement; after one, the term stands alone too
        ("en", "Recalls the last report of the Committee against Torture to the Assembly,", {"committee", "assembly"}),
        ("en", "Requests the Office of the High Commissioner to assist States in this regard,", {"office", "states"}),
        ("en", "Welcomes the assistance given by the Office to States in this regard,", {"office", "states"}),
        # a French pivot: terms after an elided article; `en` is no conjunction in French
        ("fr", "Prie le Secrétaire général de l'Organisation de faire rapport à l'Assemblée et invite l'État partie à coopérer,",
         {"secrétaire", "organisation", "assemblée", "état"}),
        ("fr", "Prie la Mission en Iraq de poursuivre ses activités,", {"mission", "iraq"}),
    ],
)
def test_terms_and_names(language: str, text: str, terms: set[str]) -> None:
    assert set(_terms(text, language, frozenset())) == terms


def _pairs(english: list[str], version: list[str], language: str) -> list[tuple[str, str, str]]:
    units = [aligned_unit(f"op{k}", {"en": e, language: v}) for k, (e, v) in enumerate(zip(english, version, strict=True), 1)]
    return [(o.unit.id, o.term.text, o.rendering) for o in inconsistent(alignment_of(units, ["en", language]), language)]


def test_a_word_of_every_unit_that_is_no_cognate_does_not_hide_the_rendering() -> None:
    """Every unit opens with "Calls upon States", `Roept de staten op`: `roept` is in all six, `staten`
    in five; the cognate is the rendering, and the sixth unit's `landen` is reported."""
    english = [f"Calls upon States to {verb};" for verb in ("cooperate", "report", "act", "ratify", "implement", "comply")]
    dutch = [f"Roept de staten op {verb};" for verb in ("samen te werken", "verslag uit te brengen", "op te treden", "te ratificeren", "uit te voeren")]
    assert _pairs(english, [*dutch, "Roept de landen op zich te houden aan hun verplichtingen;"], "nl") == [("op6", "States", "staten")]


def test_a_word_that_merely_starts_as_the_rendering_does_not_hold_it() -> None:
    """`organisations non gouvernementales` is no rendering of "the Government" (nor `traitement` of a treaty)."""
    english = [f"Urges the Government to {verb};" for verb in ("act", "report", "cooperate", "protect civilians", "comply")]
    french = [f"Exhorte le Gouvernement à {verb};" for verb in ("agir", "faire rapport", "coopérer", "protéger les civils", "se conformer")]
    english.append("Urges the Government and non-governmental organizations to cooperate;")
    french.append("Exhorte les autorités et les organisations non gouvernementales à coopérer;")
    assert _pairs(english, french, "fr") == [("op6", "Government", "gouvernement")]


@pytest.mark.parametrize(
    ("pivot", "language", "followed"),
    [("en", "nl", True), ("fr", "es", True), ("nl", "de", True), ("de", "nl", False), ("en", "ru", False), ("en", "zh", False)],
)
def test_the_pairs_whose_terms_are_followed(pivot: str, language: str, followed: bool) -> None:
    """Not into Russian (cases inflect every rendering) or Chinese (no spaces), nor from German (every noun has a capital)."""
    assert follows(pivot, language) is followed
