"""The markup check: links one version marks up and the pivot does not."""

from __future__ import annotations

import pytest
from test_qa_corpus import alignment_72247
from test_qa_known_errors import CORPUS_72247

import align
from align.model import Severity
from align.parse import parse_text
from align.qa.parallel import aligned_unit, alignment_of
from align.qa.registry import run_checks

#: Recalling also, pp4 of 72/247, as the corpus file marks it up in each language (the
#: Dutch without its last bare footnote call, which alone would open the footnotes).
EN_PP4 = (
    "Recalling also all its other previous resolutions on this subject, including its resolutions [66/164](#) of "
    "19 December 2011, [68/181](#) of 18 December 2013 and [70/161](#) of 17 December 2015, and Human Rights Council "
    "resolutions [22/6](#) of 21 March 2013,³ [31/32](#) of 24 March 2016⁴ and [34/5](#) of 23 March 2017,⁵"
)
NL_PP4 = (
    "Herinnerend aan al zijn andere eerdere resoluties over dit onderwerp, inclusief zijn resoluties [66/164](#) van "
    "19 december 2011, [68/181](#) van 18 december 2013 en [70/161](#) van 17 december 2015 en resoluties [22/6](#) "
    "van de [Mensenrechtenraad](#) van 21 maart 2013, 3 [31/32](#) van 24 maart 2016 4 en [34/5](#) van 23 maart 2017,"
)


def markup(alignment) -> list[tuple[str, str, str, Severity]]:
    return [(f.unit, f.excerpt, f.evidence, f.severity) for f in run_checks(alignment, ["markup"])]


def _pair(en: str, other: str, language: str):
    """A preambular paragraph per language, parsed from markdown as a resolution file holds it
    (an operative paragraph after it, since a text without one is no resolution)."""
    documents = {
        lang: parse_text(f"# Title\n\n*The General Assembly*,\n\n{text}\n\n1. *Decides* ...;\n", "x.md", language=lang)[0]
        for lang, text in (("en", en), (language, other))
    }
    texts = {lang: doc.preamble[0].text for lang, doc in documents.items()}
    return alignment_of([aligned_unit("pp1", texts)], ["en", language], documents)


def test_the_link_the_dutch_72_247_moved_onto_a_name() -> None:
    alignment = alignment_72247()
    alignment.documents = dict(zip(["en", "nl"], align.read_versions([CORPUS_72247])))
    assert markup(alignment) == [("pp4", "Mensenrechtenraad", "", Severity.WARNING)]


def test_the_parser_keeps_the_linked_texts() -> None:
    en, nl = align.read_versions([CORPUS_72247])
    assert en.preamble[3].linked == ["66/164", "68/181", "70/161", "22/6", "31/32", "34/5"]
    assert nl.preamble[3].linked == ["66/164", "68/181", "70/161", "22/6", "Mensenrechtenraad", "31/32", "34/5"]
    assert [note.linked for note in nl.footnotes if note.mark == "8"] == [["A / 72/170 ."]]


def test_a_footnote_link_moved_onto_a_word() -> None:
    """Dutch fn8 edited as a translation tool could leave it: `[Verslag](#) A / 72/170 .`."""
    text = CORPUS_72247.read_text(encoding="utf-8").replace("8 [A / 72/170 .](#)", "8 [Verslag](#) A / 72/170 .")
    alignment = alignment_72247()
    alignment.documents = dict(zip(["en", "nl"], parse_text(text, str(CORPUS_72247))))
    assert [f for f in markup(alignment) if f[0] == "fn8"] == [
        ("fn8", "Verslag", "", Severity.WARNING), ("fn8", "", "A/72/170", Severity.INFO),
    ]


def test_a_misplaced_link_is_a_warning_with_the_pivot_links_in_its_message() -> None:
    [finding] = run_checks(_pair(EN_PP4, NL_PP4, "nl"), ["markup"])
    assert (finding.excerpt, finding.severity) == ("Mensenrechtenraad", Severity.WARNING)
    assert "22/6" in finding.message and "no words" in finding.message


@pytest.mark.parametrize(
    ("en", "other", "language"),
    [
        # The same symbols, spaced and stopped by the machine translation (fn8 of 72/247).
        ("Recalling the report of the Special Rapporteur ([A/72/170](#)),", "Herinnerend aan het verslag ([A / 72/170 .](#)),", "nl"),
        # A linked title, translated.
        (
            "Recalling the [Universal Declaration of Human Rights](#) and resolution [70/1](#),",
            "Rappelant la [Déclaration universelle des droits de l'homme](#) et la résolution [70/1](#),",
            "fr",
        ),
        # A link wrapped over a line break of a hard-wrapped file.
        (
            "Recalling the [Universal Declaration of\nHuman Rights](#) and resolution [70/1](#),",
            "Rappelant la [Déclaration universelle des droits de l'homme](#) et la résolution [70/1](#),",
            "fr",
        ),
        # A version with no links at all: plain text carries none.
        (EN_PP4, NL_PP4.replace("[", "").replace("](#)", ""), "nl"),
    ],
)
def test_matching_links_are_quiet(en: str, other: str, language: str) -> None:
    assert markup(_pair(en, other, language)) == []


def test_symbols_are_matched_whole_not_by_their_numbers() -> None:
    """`E/72/170` is another document than `A/72/170`."""
    found = markup(_pair("Recalling the report ([A/72/170](#)),", "Herinnerend aan het verslag ([E/72/170](#)),", "nl"))
    assert sorted(found) == [("pp1", "", "A/72/170", Severity.INFO), ("pp1", "E/72/170", "", Severity.INFO)]


def test_a_unit_one_version_lacks_is_left_to_the_structure_check() -> None:
    documents = {
        lang: parse_text(f"# Title\n\n*The General Assembly*,\n\n{text}\n\n1. *Decides* ...;\n", "x.md", language=lang)[0]
        for lang, text in (("en", EN_PP4), ("nl", NL_PP4))
    }
    alone = aligned_unit("pp1", {"en": documents["en"].preamble[0].text, "nl": ""})
    alone.paragraphs["nl"] = []
    assert markup(alignment_of([alone], ["en", "nl"], documents)) == []


def test_a_symbol_linked_on_one_side_only_is_information() -> None:
    """The pivot's link on 31/32 dropped, a link put on 34/5 that the pivot leaves plain."""
    nl = NL_PP4.replace("[31/32](#)", "31/32").replace("[Mensenrechtenraad](#)", "Mensenrechtenraad")
    en = EN_PP4.replace("[34/5](#)", "34/5")
    assert sorted(markup(_pair(en, nl, "nl"))) == [
        ("pp1", "", "31/32", Severity.INFO),
        ("pp1", "34/5", "", Severity.INFO),
    ]


def _operative(en: str, nl: str) -> dict:
    return {
        lang: parse_text(f"# Title\n\n*The General Assembly*,\n\n*Recalling* resolution [70/1](#),\n\n{text}\n", "x.md", language=lang)[0]
        for lang, text in (("en", en), ("nl", nl))
    }


EN_OP = "1. *Calls upon* States:\n\n(a) To implement resolution [70/1](#) in full;\n\n(b) To report to the Human Rights Council;"
NL_OP = "1. *Roept* de staten *op*:\n\n(a) Resolutie 70/1 volledig uit te voeren;\n\n(b) Verslag uit te brengen aan de [Mensenrechtenraad](#);"


def test_sub_paragraphs_count_with_their_paragraph_or_in_their_own_units() -> None:
    documents = _operative(EN_OP, NL_OP)
    whole = aligned_unit("op1", {lang: doc.operative[0].full_text for lang, doc in documents.items()})
    assert sorted(markup(alignment_of([whole], ["en", "nl"], documents))) == [
        ("op1", "", "70/1", Severity.INFO),
        ("op1", "Mensenrechtenraad", "", Severity.WARNING),
    ]
    one_by_one = [
        aligned_unit(f"op1.{sub.label}", {lang: doc.operative[0].subparagraphs[k].text for lang, doc in documents.items()})
        for k, sub in enumerate(documents["en"].operative[0].subparagraphs)
    ]
    chapeau = aligned_unit("op1", {lang: doc.operative[0].text for lang, doc in documents.items()})
    assert sorted(markup(alignment_of([chapeau, *one_by_one], ["en", "nl"], documents))) == [
        ("op1.a", "", "70/1", Severity.INFO),
        ("op1.b", "Mensenrechtenraad", "", Severity.WARNING),
    ]
