"""Held-out tests: `align qa` on Dutch translations of resolutions that nobody tuned a rule on.

For each, a reviewer who had not read the code translated the English resolution
(``extra/english-only``) into careful Dutch (``<symbol>.nl.md``), then put about 30 errors of the
kinds a machine translation or a hurried translator makes into a copy (``<symbol>.nl-mt.md``),
each listed in ``<symbol>.nl-errors.jsonl`` with its unit, its Dutch span and the English it
stands for (``tests/data/qa/heldout-*``).

A/RES/80/53 (nuclear disarmament verification), measured once as written, at e6859cf: 14 of
its 30 errors named by a finding in their unit (13 by a warning or an error), and a 15th by
coincidence (a terminology false alarm in the unit that lost its `alle`); all 8 errors of the
run real. On the careful translation, 3 units with a warning, all false alarms.

A/RES/80/6 (the International Criminal Court), measured once as written, at fa76d24, with the
rules written from 80/53's misses: 14 of its 31 named (10 by a warning or an error), the run's 11
errors real; on the careful translation, 5 units with a warning, all false alarms (`proprio
motu`, `Haar waardering betuigend`, `verdere inspanningen` twice, `Secretaris-Generaal`).

A Third Committee draft of 2001 (the right to development), measured once as written, at 3beb91f:
17 of its 33 named (13 by a warning or an error; one by coincidence), the run's 13 errors real but
2; on the careful translation, 11 units with a warning or an error, all false alarms (the agenda
item's title, wrapped in the English; three years with a footnote call glued after the comma;
seven `onafhankelijke deskundige` for the glossary's `onafhankelijke expert`).

Rules were then written from what each missed, and the false alarms fixed but the last, so none of
these three is held out any more. A/RES/80/10 (the International Day of the World's Indigenous Women
and Girls), written and measured after all of that and not tuned on, is: 17 of its 27 errors named,
14 if 3 the structure check names only by being in a merged or misnumbered paragraph are left out
(10 by a warning or an error); the run's 5 errors all real; 4 units of the careful translation with
a warning, all false alarms (two renderings the glossary lacks, two lengths the meaning check reads
as a missing clause).

A/RES/61/295 (the Declaration on the Rights of Indigenous Peoples: a resolution whose annex has a
preamble of its own and 46 articles), written after the rules of 6334b31 and measured once at that
commit: 21 of its 33 errors named, one of them by coincidence (art. 29's word order, in the article
whose paragraph is misnumbered) and one by consequence (a preambular paragraph opened in lower case,
which the parser read as a line cut mid-sentence and joined to the one before); the run's 10 errors
all listed but one, footnote 1's citation kept in English, which the careful translation keeps too
(``disputed``). On the careful translation, 7 units with a warning or an error: that citation (2),
three lengths the meaning check read as a clause missing or added (the addressee formula twice,
art. 27) and two `het recht prioriteiten ... te bepalen` read as a compound written apart. Then the
form check was taught to read an annex's preamble (ax4's `Bevestigt` is found), and the compound
and the formula lines were guarded: 22 named, 3 units of the careful translation. These tests keep
what is found now, and say what is still missed.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

import pytest
from test_qa_corpus import EXTRA, needs_extra

import align
from align.model import Finding, Severity

pytestmark = [needs_extra, pytest.mark.model]

DATA = Path(__file__).resolve().parent / "data" / "qa"


@dataclass(frozen=True)
class HeldOut:
    symbol: str  # the file names' stem: `a-res-80-53`
    folder: str  # under tests/data/qa
    extension: str  # the English file's and the translations': `md`, `txt`
    found: dict[tuple[str, str], str]  # (unit, kind) of each error reported -> a check that reports it
    missed: set[tuple[str, str]]
    warned: list[tuple[str, str]]  # (check, unit) of the warnings and errors on the careful translation
    # (check, unit) of errors the run reports in text both translations share, which the reviewer left as it is
    disputed: frozenset[tuple[str, str]] = frozenset()

    def path(self, version: str) -> Path:
        return DATA / self.folder / f"{self.symbol}.{version}.{self.extension}"

    def errors(self) -> list[dict]:
        lines = (DATA / self.folder / f"{self.symbol}.nl-errors.jsonl").read_text(encoding="utf-8").splitlines()
        return [json.loads(line) for line in lines]

    def check(self, version: str, embedder) -> list[Finding]:
        documents = align.read_versions([EXTRA / "english-only" / f"{self.symbol}.en.{self.extension}", self.path(version)])
        return align.check(align.align(documents, embedder=embedder), embedder=embedder)


DOCUMENTS = [
    HeldOut(
        "a-res-80-53", "heldout-80-53", "md",
        found={
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
            # "through the Office for Disarmament Affairs of the Secretariat" dropped: the Secretariat's name
            # is missing (information); the meaning check's evidence for the phrase, 11.5, is under its 12.8
            ("op7", "omission"): "terminology",
            ("op8", "untranslated"): "untranslated",
            ("op10", "form"): "form",  # `Wij verzoeken`
            ("op12", "structure"): "structure",  # numbered 11
        },
        # A term with no sourced Dutch form in the glossary (`speciale sessie`), words that keep their look but
        # lose or turn their sense (`dubbelzinnige` for "unequivocal", `komende` for "ongoing", `verplicht` for
        # "entitled", `waarderen` for "appraise", `gecategoriseerde` for "classified"), short omissions and
        # additions under the meaning check's threshold of 12.8 (`alle`, `en wapenbeperking`, an invented IAEA
        # in op. 11 at 9.6) and an added phrase of four words.
        missed={
            ("pp1", "terminology"), ("pp8", "omission"), ("pp10", "mistranslation"), ("pp12", "omission"),
            ("pp17", "addition"), ("pp21", "mistranslation"), ("op4", "mistranslation"), ("op5", "mistranslation"),
            ("op6", "mistranslation"), ("op11", "addition"),
        },
        # pp15's Dutch is 26% longer than the document's ratio predicts (`geen vereiste, voorafgaande
        # voorwaarde of vervanging vormen voor`): the length signal reads it as an addition
        warned=[("meaning", "pp15")],
    ),
    HeldOut(
        "a-res-80-6", "heldout-80-6", "md",
        found={
            ("header", "number"): "header",  # `Achttiende zitting` for the eightieth
            ("pp3", "mistranslation"): "false-friends",  # `juridische instelling` for a judicial institution
            ("pp6", "form"): "form",  # `Wij zijn ervan overtuigd` for "Convinced"
            ("pp7", "omission"): "terminology",  # "and by the Security Council" dropped: its name missing (information)
            ("pp9", "form"): "form",  # `Betuigt haar waardering` in the preamble
            ("pp10", "number"): "numbers",
            ("pp14", "mistranslation"): "false-friends",  # `reparaties`
            ("op2", "mistranslation"): "polarity",  # "not yet Parties" as `reeds partij` (information)
            ("op3", "form"): "form",  # `verwelkomt` in lower case (information)
            ("op4", "untranslated"): "untranslated",
            ("op6", "terminology"): "false-friends",  # `nationaal bezit` for national ownership
            ("op9", "form"): "grammar",  # `moeten kunnen uitvoeren hun mandaat` (information)
            ("op10", "omission"): "polarity",  # "not yet" dropped (information)
            ("op11", "terminology"): "false-friends",  # `uitlevering` for the Court's surrender
            ("op12", "untranslated"): "untranslated",
            ("op14", "structure"): "structure",  # numbered 13 twice
            ("op16", "structure"): "structure",  # op. 16 and 17 run together
            ("op22", "number"): "numbers",
            ("op23", "untranslated"): "untranslated",
            ("op24", "mistranslation"): "false-friends",  # `vertrouwensfonds`
            ("op30", "number"): "numbers",  # `58 / 318`
            ("op31", "terminology"): "terminology",  # `minder ontwikkelde landen` (information)
        },
        # Omissions and additions of a word or a short phrase (`illegal`, `genocide` from a list, `en
        # onvoorwaardelijke`, "called for the strengthening of", an added `António Guterres`), the meaning check's
        # threshold again; and verbs whose sense shifts (`kunnen` for "need to", `Bevestigt de ontvangst van` for
        # "Acknowledges", `Verplicht` for "Invites").
        missed={
            ("pp2", "omission"), ("pp11", "omission"), ("pp13", "addition"), ("op5", "mistranslation"),
            ("op8", "addition"), ("op20", "addition"), ("op25", "omission"), ("op28", "mistranslation"),
            ("op32", "mistranslation"),
        },
        warned=[],
    ),
    HeldOut(
        "a-c3-56-draft-right-to-development", "heldout-c3-56", "txt",
        found={
            ("header", "number"): "header",  # `Zesenzestigste zitting` for the fifty-sixth
            ("pp2", "number"): "numbers",  # `41 / 128`
            ("pp4", "number"): "numbers",  # `1996,2` for 1995 and its footnote call
            ("pp5", "terminology"): "terminology",  # `minder ontwikkelde landen` (information)
            ("pp6", "untranslated"): "untranslated",  # `Financing for Development`
            ("pp9", "form"): "form",  # `Verwelkomt` in the preamble
            ("pp12", "form"): "form",  # `Verdere onderstreping dat`
            ("pp13", "structure"): "structure",  # pp13 and pp14 run together
            ("op5", "omission"): "terminology",  # non-governmental organizations dropped: the name missing (information)
            ("op8", "structure"): "structure",  # numbered 9
            ("op9", "mistranslation"): "false-friends",  # `nationale bezit` for national ownership
            ("op11", "terminology"): "terminology",  # `menselijke rechten` (information)
            ("op12", "form"): "form",  # `Zij beklemtoont`
            ("op15", "terminology"): "terminology",  # `machtiging van vrouwen` for empowerment (information)
            ("op16", "untranslated"): "untranslated",  # the disease's English name
            ("op19", "omission"): "meaning",  # a clause
            ("op21", "omission"): "structure",  # sub-paragraph (b)
            # by coincidence: the structure check's finding on the dropped (b) of the same paragraph
            ("op21", "mistranslation"): "structure",
            ("op25", "number"): "numbers",
        },
        # Words whose sense shifts (`bepaling` for "determination", `discriminerend` for non-discriminatory,
        # `verplichtend` for "binding", `landelijke` for "country", `effectief` for "effectively", "should"
        # dropped), short omissions and additions under the meaning check's threshold (`universeel`,
        # `permanent`, `dringende`, `vakbonden`, `waaronder de Wereldbank`), a name with no sourced Dutch form
        # (`Werkgroep met open einde`), English in quotation marks (`development compact`, which may be a
        # title as published), and garbled word order the grammar rules do not know (`dat dient ook aandacht
        # te worden`).
        missed={
            ("pp1", "mistranslation"), ("pp3", "omission"), ("pp8", "terminology"), ("pp10", "mistranslation"),
            ("op1", "addition"), ("op2", "mistranslation"), ("op3", "untranslated"), ("op4", "mistranslation"),
            ("op5", "mistranslation"), ("op10", "omission"), ("op13", "addition"), ("op17", "form"),
            ("op20", "mistranslation"), ("op23", "addition"),
        },
        # The glossary's one sourced Dutch form of "Independent Expert" is `onafhankelijke expert`; the careful
        # translation writes `onafhankelijke deskundige` (a house glossary can add it: `--glossary`)
        warned=[("terminology", u) for u in ("pp7", "op3", "op5", "op9", "op22", "op23", "op24")],
    ),
    # Written and measured after every change above, and not tuned on: held out.
    HeldOut(
        "a-res-80-10", "heldout-80-10", "md",
        found={
            ("header", "number"): "header",  # adopted `op 16 november 2025`
            ("pp1", "form"): "form",  # `Bevestigt opnieuw` in the preamble
            ("pp2", "terminology"): "false-friends",  # `Internationaal Convenant inzake civiele ... rechten`
            ("pp3", "omission"): "terminology",  # the Universal Declaration without `Universele`
            ("pp5", "number"): "numbers",
            ("pp5", "omission"): "polarity",  # a negation dropped (information)
            ("pp6", "omission"): "meaning",  # a list item; the careful translation's pp6 is reported too
            ("pp7", "terminology"): "grammar",  # a capital inside the garbled name (information)
            ("pp7", "number"): "numbers",
            ("pp9", "omission"): "structure",  # by coincidence: pp9 and pp10 run together
            ("pp9", "terminology"): "structure",  # by coincidence, likewise
            ("pp10", "structure"): "structure",
            ("pp11", "mistranslation"): "false-friends",  # `reparatie`
            ("op1", "form"): "form",  # `besluit` in lower case (information)
            ("op2", "terminology"): "terminology",  # `gespecialiseerde agentschappen` (information)
            ("op3", "structure"): "structure",  # numbered 2
            ("op3", "mistranslation"): "structure",  # by coincidence: the numbering
        },
        missed={
            ("header", "untranslated"), ("title", "omission"), ("pp2", "addition"), ("pp3", "untranslated"),
            ("pp4", "mistranslation"), ("pp5", "mistranslation"), ("pp6", "mistranslation"), ("pp8", "mistranslation"),
            ("pp8", "addition"), ("op2", "mistranslation"),
        },
        # Two renderings the glossary lacks (`lidstaten van de Verenigde Naties`, the SDGs as `doelen voor
        # duurzame ontwikkeling`) and two lengths the meaning check reads as a clause missing
        # Two renderings the glossary lacks (`lidstaten van de Verenigde Naties`, the SDGs as `doelen voor
        # duurzame ontwikkeling`) and a length the meaning check reads as a clause missing; the committee
        # reference in brackets, a third, is no longer judged by length
        warned=[("terminology", "pp4"), ("meaning", "pp6"), ("terminology", "op2")],
    ),
    HeldOut(
        "a-res-61-295-undrip", "heldout-61-295", "md",
        found={
            ("header", "number"): "header",  # adopted `op 13 september 2006`
            ("header", "terminology"): "terminology",  # `inheemse bevolkingsgroepen` in the title (information)
            ("pp1", "mistranslation"): "terminology",  # `Mensenrechtencommissie` for the Human Rights Council
            ("pp2", "number"): "numbers",
            ("close1", "number"): "numbers",  # `170e plenaire vergadering`
            ("ax3", "omission"): "meaning",
            ("ax4", "form"): "form",  # `Bevestigt` in the declaration's preamble (found once annexes were read)
            ("ax11", "form"): "structure",  # a lower-case opening, read as a line cut mid-sentence: the paragraphs merged
            ("ax17", "structure"): "structure",
            ("ax18", "terminology"): "false-friends",  # `civiele en politieke rechten`
            ("ax22", "omission"): "structure",  # a whole paragraph
            ("ax24", "omission"): "polarity",  # "without discrimination" dropped (information)
            ("art14", "structure"): "structure",
            ("art16", "addition"): "meaning",
            ("art29", "form"): "structure",  # by coincidence: the article's misnumbered paragraph
            ("art29", "structure"): "structure",
            ("art30", "omission"): "polarity",  # the `not` of "shall not take place" (information)
            ("art36", "untranslated"): "untranslated",
            ("art41", "terminology"): "terminology",  # `gespecialiseerde agentschappen` (information)
            ("art43", "form"): "meaning",  # a sentence that opens mid-clause (`Dat de hierin erkende rechten ...`)
            ("fn1", "number"): "numbers",
            ("fn2", "untranslated"): "untranslated",
        },
        # Words that shift the sense (`moreel twijfelachtig` for "morally condemnable", `controle` for "control",
        # `gebied` for "group"), an invented phrase and one added word (`door Europese mogendheden`,
        # `voorafgaande`), short omissions (a final clause, "legal status"), word order the grammar rules do not
        # know (`Krachtens dat recht zij bepalen`, `zal bevorderen harmonieuze betrekkingen`), a sub-paragraph
        # letter repeated, and a body's English name kept (`Permanent Forum on Indigenous Issues`)
        missed={
            ("ax6", "mistranslation"), ("ax8", "addition"), ("ax12", "mistranslation"), ("ax20", "form"),
            ("art3", "form"), ("art7", "mistranslation"), ("art8", "structure"), ("art10", "omission"),
            ("art28", "omission"), ("art32", "addition"), ("art42", "untranslated"),
        },
        # The careful translation keeps footnote 1's citation in English (`Zie Official Records of the General
        # Assembly, ...`), which the checks rightly report; art. 27's Dutch is longer than the document's ratio
        # predicts, which the meaning check reads as a clause added
        warned=[("untranslated", "fn1"), ("meaning", "art27"), ("terminology", "fn1")],
        # ... and so in the machine translation, where it is an error of the run that the reviewer did not list
        disputed=frozenset({("untranslated", "fn1")}),
    ),
]


def _units(finding: Finding) -> set[str]:
    parts = finding.unit.split("+")
    return {"header" if p.startswith("title") or p == "header" else p.split(".")[0] for p in parts}


def _key(error: dict) -> tuple[str, str]:
    """The error's paragraph, as :func:`_units` names a finding's (`op21(b)`, `art14.3`: `op21`, `art14`)."""
    return error["unit"].split("(")[0].split(".")[0], error["kind"]


def _reports(finding: Finding, error: dict) -> bool:
    """Whether ``finding`` names ``error``: in its unit (a paragraph run into the one before is reported
    in both), with an excerpt that overlaps the error's Dutch, or, for what is missing, evidence that
    overlaps its English."""
    unit = _key(error)[0]
    merged = {unit, f"pp{int(unit[2:]) - 1}"} if error["kind"] == "structure" and unit.startswith("pp") else {unit}
    if not _units(finding) & merged:
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


@pytest.mark.parametrize("document", DOCUMENTS, ids=lambda d: d.symbol)
def test_the_errors_file_is_whole(document: HeldOut) -> None:
    errors = document.errors()
    assert {_key(e) for e in errors} == set(document.found) | document.missed
    assert not set(document.found) & document.missed
    mt = document.path("nl-mt").read_text(encoding="utf-8")
    assert all(e["nl"] in mt for e in errors)


@pytest.mark.parametrize("document", DOCUMENTS, ids=lambda d: d.symbol)
def test_what_is_found_in_the_machine_translation(document: HeldOut, cached_embedder) -> None:
    findings = document.check("nl-mt", cached_embedder)
    errors = document.errors()
    found: dict[tuple[str, str], set[str]] = {}
    for error in errors:
        named = [f for f in findings if _reports(f, error)]
        if named:
            found.setdefault(_key(error), set()).update(f.check for f in named)
        print(f"{'found' if named else 'MISSED':6} {error['unit']:7} {error['kind']:14} {error['nl'][:50]:50} "
              f"{', '.join(sorted(found.get(_key(error), [])))}")
    print(f"{document.symbol}: {len(found)} of {len(errors)}")
    assert found.keys() == document.found.keys()
    assert all(document.found[key] in found[key] for key in document.found)
    assert all(  # every error is one
        f.severity is not Severity.ERROR or any(_reports(f, e) for e in errors) or (f.check, f.unit) in document.disputed
        for f in findings
    )


@pytest.mark.parametrize("document", DOCUMENTS, ids=lambda d: d.symbol)
def test_the_careful_translation_is_nearly_quiet(document: HeldOut, cached_embedder) -> None:
    findings = document.check("nl", cached_embedder)
    assert [(f.check, f.unit) for f in findings if f.severity is not Severity.INFO] == document.warned
