"""The header check on the header fields of 72/247, English and machine-translated Dutch."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

import align
from align.model import Document, Header, Severity
from align.qa.base import HEADER_UNIT, QAContext
from align.qa.header import HeaderCheck, agenda_value, date_value, session_value, symbol_session
from align.qa.parallel import alignment_of

CORPUS = Path(__file__).resolve().parents[1] / "corpus"

#: As printed in corpus/a-res-72-247.en+nl-mt.md (lines 5-17 and 130-156).
ENGLISH = Header(
    symbol="72/247",
    session="Seventy-second session",
    agenda_item="Agenda item 72 (b)",
    date="25 January 2018",
    organ="General Assembly",
    adoption="Resolution adopted by the General Assembly on 24 December 2017",
)
DUTCH = Header(
    symbol="A/RES/72/247",
    session="Zeventig seconden sessie",
    agenda_item="Agendapunt 72 (b)",
    date="25 januari 2018",
    organ="Algemene vergadering",
    adoption="Resolutie aangenomen door de Algemene Vergadering op 24 december 2017",
)


def header_alignment(english: Header, other: Header, language: str = "nl"):
    documents = {"en": Document("en", "en.md", english), language: Document(language, f"{language}.md", other)}
    return alignment_of([], ["en", language], documents)


def test_seventy_seconds_is_not_seventy_second() -> None:
    [finding] = HeaderCheck().run(header_alignment(ENGLISH, DUTCH), QAContext())
    assert finding.unit == HEADER_UNIT
    assert (finding.excerpt, finding.evidence) == ("Zeventig seconden sessie", "Seventy-second session")
    assert finding.severity is Severity.ERROR
    assert "70" in finding.message and "72" in finding.message


def test_a_correct_dutch_header_is_quiet() -> None:
    correct = replace(DUTCH, session="Tweeënzeventigste zitting")
    assert HeaderCheck().run(header_alignment(ENGLISH, correct), QAContext()) == []


def test_french_header_agrees() -> None:
    french = Header(
        symbol="A/RES/72/247",
        session="Soixante-douzième session",
        agenda_item="Point 72 b) de l’ordre du jour",
        date="25 janvier 2018",
        adoption="Résolution adoptée par l’Assemblée générale le 24 décembre 2017",
    )
    assert HeaderCheck().run(header_alignment(ENGLISH, french, "fr"), QAContext()) == []


def test_each_field_is_compared() -> None:
    wrong = replace(DUTCH, session="Tweeënzeventigste zitting", agenda_item="Agendapunt 72 (a)",
                    symbol="A / RES / 72/274", date="25 januari 2017", adoption="aangenomen op 24 november 2017")
    findings = HeaderCheck().run(header_alignment(ENGLISH, wrong), QAContext())
    assert [f.excerpt for f in findings] == ["Agendapunt 72 (a)", "A / RES / 72/274", "25 januari 2017", "aangenomen op 24 november 2017"]
    assert len({f.id for f in findings}) == 4  # one fingerprint per field


def test_a_field_the_version_lacks_is_not_a_finding() -> None:
    assert HeaderCheck().run(header_alignment(ENGLISH, replace(DUTCH, session=None)), QAContext()) == []


def test_field_values() -> None:
    assert session_value("Tweeënzeventigste zitting", "nl") == "72"
    assert session_value("Soixante-seizième session", "fr") == "76"
    assert agenda_value("Point 72 b) de l’ordre du jour", "fr") == agenda_value("Agenda item 72 (b)", "en") == "72(b)"
    assert date_value("24 December 2017", "en") == date_value("24 décembre 2017", "fr") == date_value("24 december 2017", "nl")


@pytest.mark.parametrize(
    ("symbol", "session"),
    [("A/RES/72/247", "72"), ("A / RES / 72/247", "72"), ("A/HRC/RES/49/2", "49"), ("A/HRC/49/L.3", "49"),
     ("A/C.3/72/L.39", "72"), ("A/72/170", "72"), ("A/RES/ES-10/19", None), ("S/RES/2334 (2016)", None)],
)
def test_the_session_a_symbol_names(symbol: str, session: str | None) -> None:
    assert symbol_session(symbol) == session


@pytest.mark.parametrize(("name", "language", "found"), [
    # the machine-translated Dutch alone: 'Zeventig seconden sessie' above A/RES/72/247
    ("a-res-72-247.en+nl-mt.md", "nl", [("Zeventig seconden sessie", "A/RES/72/247", Severity.ERROR)]),
    ("a-res-72-247.en+nl-mt.md", "en", []),
    ("a-res-76-170.fr.md", "fr", []),  # `Soixante-seizième session` above A/RES/76/170
    ("hrc-49-draft-defenders-conflict.fr.txt", "fr", []),  # `Quarante-neuvième session`, no symbol, number `49/...`
])
def test_a_version_alone_has_its_session_read_against_its_symbol(name: str, language: str, found: list) -> None:
    [document] = [d for d in align.read_versions([CORPUS / name]) if d.language == language]
    findings = align.check(align.one_version(document), ["header"])
    assert [(f.excerpt, f.evidence, f.severity) for f in findings] == found
    assert [f.message for f in findings] == ["session reads 70 in nl, where its symbol A/RES/72/247 is of session 72"] * len(found)


def test_a_draft_alone_has_its_session_read_against_its_resolution_number() -> None:
    """The HRC 49 draft prints no symbol but its number, `49/...`: a session field that says another
    session is an error there too."""
    [document] = align.read_versions([CORPUS / "hrc-49-draft-defenders-conflict.fr.txt"])
    document.header = replace(document.header, session="Cinquantième session")
    [finding] = align.check(align.one_version(document), ["header"])
    assert (finding.excerpt, finding.evidence, finding.severity) == ("Cinquantième session", "49/...", Severity.ERROR)
    assert finding.message == "session reads 50 in fr, where its number 49/... is of session 49"
