"""A held-out test: `align qa` on a Dutch translation of A/RES/80/53 that nobody tuned a rule on.

A reviewer who had not read the code translated the English A/RES/80/53 (nuclear disarmament
verification, 2025; ``extra/english-only``) into careful Dutch (``a-res-80-53.nl.md``), then
put 30 errors of the kinds a machine translation or a hurried translator makes into a copy
(``a-res-80-53.nl-mt.md``), each listed in ``a-res-80-53.nl-errors.jsonl`` with its unit, its
Dutch span and the English it stands for (``tests/data/qa/heldout-80-53``).

Measured once as written, at e6859cf, before any change: 14 of the 30 named by a finding in
their unit (13 by a warning or an error, op. 7 by information), and a 15th by coincidence (a
terminology false alarm in the unit that lost its `alle`); all 8 errors of the run real. On the
careful translation, 3 units with a warning, all false alarms (a term's other word order,
`tevens` past the first words, a length). The changes made from what it missed (a small
cardinal changed, a preambular finite verb, two false friends, a dropped negation, an object
after its infinitive, those two false alarms) make it no longer held out: 20 of 30 now (17 by
a warning or an error), 1 unit with a warning on the careful translation. These tests keep
that, and say what is still missed.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from test_qa_corpus import EXTRA, needs_extra

import align
from align.model import Finding, Severity

pytestmark = [needs_extra, pytest.mark.model]

DATA = Path(__file__).resolve().parent / "data" / "qa" / "heldout-80-53"
ENGLISH = EXTRA / "english-only" / "a-res-80-53.en.md"
ERRORS = [json.loads(line) for line in (DATA / "a-res-80-53.nl-errors.jsonl").read_text(encoding="utf-8").splitlines()]

#: The errors reported (unit, kind), and by which check.
FOUND = {
    ("header", "untranslated"): "untranslated",  # `Eightieth session`
    ("header", "number"): "header",  # adopted on `12 januari 2025` for 1 December 2025
    ("pp2", "number"): "numbers",
    ("pp3", "untranslated"): "untranslated",
    ("pp4", "number"): "numbers",
    ("pp5", "structure"): "structure",  # run into pp4: reported as missing, pp4's extra clause as meaning's
    ("pp6", "number"): "numbers",
    ("pp11", "terminology"): "terminology",
    ("pp13", "form"): "form",  # `Erkent dat` for "Recognizing that"
    ("pp15", "omission"): "polarity",  # the `not` of "not an end in itself" (information)
    ("pp19", "form"): "grammar",  # `om te beschermen anderszins gevoelige informatie` (information)
    ("pp20", "untranslated"): "untranslated",
    ("pp24", "omission"): "structure",  # a whole paragraph
    ("op1", "mistranslation"): "false-friends",  # `zonder vooroordeel` for "without prejudice to"
    ("op2", "mistranslation"): "false-friends",  # `uitstaande` for "outstanding"
    ("op3", "number"): "numbers",  # `drie` for "four"
    # "through the Office for Disarmament Affairs of the Secretariat" dropped: the Secretariat's name is
    # missing (information); the meaning check's evidence for the phrase, 11.5, is under its 12.8
    ("op7", "omission"): "terminology",
    ("op8", "untranslated"): "untranslated",
    ("op10", "form"): "form",  # `Wij verzoeken`
    ("op12", "structure"): "structure",  # numbered 11
}
#: Not reported: a term with no sourced Dutch form in the glossary (`speciale sessie`), words that
#: keep their look but lose or turn their sense (`dubbelzinnige` for "unequivocal", `komende` for
#: "ongoing", `verplicht` for "entitled", `waarderen` for "appraise", `gecategoriseerde` for
#: "classified"), short omissions and additions under the meaning check's threshold of 12.8 (`alle`,
#: `en wapenbeperking`, an invented IAEA in op. 11 at 9.6) and an added phrase of four words.
MISSED = {
    ("pp1", "terminology"), ("pp8", "omission"), ("pp10", "mistranslation"), ("pp12", "omission"),
    ("pp17", "addition"), ("pp21", "mistranslation"), ("op4", "mistranslation"), ("op5", "mistranslation"),
    ("op6", "mistranslation"), ("op11", "addition"),
}


def _check(version: str, embedder) -> list[Finding]:
    documents = align.read_versions([ENGLISH, DATA / f"a-res-80-53.{version}.md"])
    return align.check(align.align(documents, embedder=embedder), embedder=embedder)


def _units(finding: Finding) -> set[str]:
    parts = finding.unit.split("+")
    return {"header" if p.startswith("title") or p == "header" else p.split(".")[0] for p in parts}


def _reports(finding: Finding, error: dict) -> bool:
    """Whether ``finding`` names ``error``: in its unit (pp5's run into pp4 is reported in both),
    with an excerpt that overlaps the error's Dutch, or, for what is missing, evidence that
    overlaps its English."""
    unit = error["unit"].split("(")[0]
    if not _units(finding) & ({unit, "pp4"} if unit == "pp5" else {unit}):
        return False
    if finding.check == "structure":
        return True
    dutch, english = error["nl"].casefold(), error["en"].casefold()
    excerpt, evidence = finding.excerpt.casefold(), finding.evidence.casefold()
    return bool(excerpt) and (excerpt in dutch or dutch in excerpt or _share_words(excerpt, dutch)) or (
        bool(evidence) and bool(english) and (evidence in english or english in evidence)  # an addition has no English
    )


def _share_words(a: str, b: str) -> bool:
    """Two spans that share a run of three words: the error's span and the excerpt cut differently."""
    words = b.split()
    return any(" ".join(words[k:k + 3]) in a for k in range(len(words) - 2))


def test_the_errors_file_is_whole() -> None:
    assert len(ERRORS) == 30 and {(e["unit"].split("(")[0], e["kind"]) for e in ERRORS} == set(FOUND) | MISSED
    mt = (DATA / "a-res-80-53.nl-mt.md").read_text(encoding="utf-8")
    assert all(e["nl"] in mt for e in ERRORS)


def test_what_is_found_in_the_machine_translation(cached_embedder) -> None:
    findings = _check("nl-mt", cached_embedder)
    found = {}
    for error in ERRORS:
        named = [f for f in findings if _reports(f, error)]
        key = (error["unit"].split("(")[0], error["kind"])
        if named:
            found[key] = sorted({f.check for f in named})
        print(f"{'found' if named else 'MISSED':6} {key[0]:6} {key[1]:14} {error['nl'][:50]:50} {', '.join(found.get(key, []))}")
    print(f"{len(found)} of {len(ERRORS)}")
    assert found.keys() == FOUND.keys()
    assert all(FOUND[key] in found[key] for key in FOUND)
    assert all(f.severity is not Severity.ERROR or any(_reports(f, e) for e in ERRORS) for f in findings)  # every error is one


def test_the_careful_translation_is_nearly_quiet(cached_embedder) -> None:
    """No error; one warning, the meaning check's on pp15, whose Dutch is 26% longer than the
    document's ratio predicts (`geen vereiste, voorafgaande voorwaarde of vervanging vormen voor`)."""
    findings = _check("nl", cached_embedder)
    assert [(f.check, f.unit) for f in findings if f.severity is not Severity.INFO] == [("meaning", "pp15")]
