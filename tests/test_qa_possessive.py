"""The possessive check: the Assembly's `its` rendered `zijn` in the Dutch 72/247, on its real paragraphs."""

from __future__ import annotations

from pathlib import Path

import pytest
from test_qa_corpus import alignment_72247, known_errors

import align
from align.model import Severity
from align.qa.parallel import aligned_unit, alignment_of
from align.qa.possessive import feminine_its
from align.qa.registry import run_checks

CORPUS_72247 = Path(__file__).resolve().parents[1] / "corpus" / "a-res-72-247.en+nl-mt.md"


def possessives(*unit_ids: str) -> list[tuple[str, str]]:
    """The check's (unit, excerpt) on units of 72/247, its parsed documents (their headers) given."""
    alignment = alignment_72247(*unit_ids)
    en, nl = align.read_versions([CORPUS_72247])
    alignment.documents = {"en": en, "nl": nl}
    findings = run_checks(alignment, ["possessive"])
    assert all(f.severity is Severity.INFO for f in findings)
    return [(f.unit, f.excerpt) for f in findings]


@pytest.mark.parametrize(("unit", "excerpt"), [
    ("pp3", "zijn resolutie"),  # `Recalling its resolution 53/144`: the opening
    ("pp4", "zijn resoluties"),  # `including its resolutions 66/164`: what only the issuer has
    ("op11", "herhaalt zijn"),  # `reiterates its strong call`: a verb of the Assembly's voice
    ("op11", "zijn resolutie"),  # `by the General Assembly in its resolution 68/181`
    ("op14", "zijn drieënzeventigste zitting"),  # `of the General Assembly at its seventy-third session`
    ("op8", "Verenigde Naties, zijn"),  # `the United Nations, its special procedures`
])
def test_the_assemblys_its_rendered_zijn(unit: str, excerpt: str) -> None:
    assert (unit, excerpt) in possessives(unit)
    # each is a known error of the Dutch (the excerpt lies inside one)
    assert any(e["unit"] == unit and excerpt in e["nl"] for e in known_errors())


def test_every_zijn_of_72_247_it_reports_is_the_assemblys_or_the_organizations() -> None:
    """Nine places in the whole text, all read and confirmed; `zijn mandaat` and `zijn activiteiten` of the
    Special Rapporteur (op19), `zijn beoordeling` of the Secretary-General (op17) are right and not reported."""
    found = possessives()
    assert len(found) == 9
    assert not [f for f in found if f[0] == "op19"]


@pytest.mark.parametrize(("en", "nl"), [
    # a council is `de raad`: `zijn` is right
    ("Recalling Human Rights Council resolution 22/6, and welcoming the Council's work under its resolution 34/5,",
     "Herinnerend aan resolutie 22/6 van de Mensenrechtenraad, en verwelkomend het werk van de Raad onder zijn resolutie 34/5,"),
    # `haar` as it should be
    ("Recalling its resolution 53/144 of 9 December 1998,", "Herinnerend aan haar resolutie 53/144 van 9 december 1998,"),
    # the verb `zijn` after the Organization's name
    ("Noting that the United Nations, its agencies and its funds were established to that end,",
     "Opmerkend dat de Verenigde Naties zijn opgericht met dat doel,"),
    # an `its` whose owner is a thing, not a body (which takes `haar` too, but the rule does not judge it)
    ("Stressing the importance of the Declaration and its implementation,",
     "Benadrukkend het belang van de Verklaring en zijn uitvoering,"),
    # the Assembly's `its` and a council's in one paragraph, in the same kind of place: the Dutch `zijn` is the council's
    ("Recalling its resolution 70/161 and Human Rights Council resolution 31/32, in which the Council, at its "
     "thirty-first session, welcomed the report,",
     "Herinnerend aan haar resolutie 70/161 en resolutie 31/32 van de Mensenrechtenraad, waarin de Raad op zijn "
     "eenendertigste zitting het verslag verwelkomde,"),
    # a body named after `United Nations`, whose `its` it is
    ("Welcoming the work of the United Nations Development Programme and its country offices,",
     "Verwelkomend het werk van het Ontwikkelingsprogramma van de Verenigde Naties, en zijn landenkantoren,"),
    ("Taking note of the report of the Permanent Forum on Indigenous Issues on its twentieth session,",
     "Nota nemend van het verslag van het Permanent Forum inzake inheemse aangelegenheden over zijn twintigste zitting,"),
    # the verb `zijn` before `en besluit`
    ("Notes that the reports will be available and decides to consider them at its next session;",
     "Merkt op dat de verslagen beschikbaar zijn en besluit deze op haar volgende zitting te behandelen;"),
])
def test_what_is_left_alone(en: str, nl: str) -> None:
    en_doc, nl_doc = align.read_versions([CORPUS_72247])
    alignment = alignment_of([aligned_unit("pp1", {"en": en, "nl": nl})], ["en", "nl"], {"en": en_doc, "nl": nl_doc})
    assert run_checks(alignment, ["possessive"]) == []


def test_a_paragraph_that_opens_with_the_possessive() -> None:
    en_doc, nl_doc = align.read_versions([CORPUS_72247])
    unit = aligned_unit("pp1", {"en": "Expressing its deep concern at the situation,", "nl": "Zijn diepe bezorgdheid uitsprekend over de situatie,"})
    alignment = alignment_of([unit], ["en", "nl"], {"en": en_doc, "nl": nl_doc})
    assert [f.excerpt for f in run_checks(alignment, ["possessive"])] == ["Zijn"]


def test_an_its_with_no_body_before_it_is_the_assemblys_only_in_the_assemblys_text() -> None:
    assert feminine_its("Recalling its resolution 53/144,", assembly_text=True) == {"opening", "issuer"}
    assert feminine_its("Recalling its resolution 53/144,", assembly_text=False) == set()
    assert feminine_its("Requests the Secretary-General to report at its next session,", assembly_text=True) == set()
