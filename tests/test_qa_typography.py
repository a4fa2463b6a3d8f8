"""The typography check on real paragraphs: spaces the machine-translated Dutch put before punctuation."""

from __future__ import annotations

from pathlib import Path

import pytest
from test_qa_corpus import alignment_72247, text_72247

import align
from align.model import Severity
from align.qa.base import QAContext
from align.qa.parallel import aligned_unit, alignment_of
from align.qa.registry import run_checks
from align.qa.typography import TypographyCheck


def typography(alignment) -> list[tuple[str, list[str], str]]:
    return [(f.unit, f.languages, f.excerpt) for f in TypographyCheck().run(alignment, QAContext())]


@pytest.mark.parametrize(
    ("unit", "excerpts"),
    [
        ("fn8", ["72/170 ."]),  # `A / 72/170 .`
        ("fn9", ["36/31 ."]),
        ("fn11", ["53/144 ,"]),  # `Resolutie 53/144 , bijlage.`
        ("op16", ["66/164 ,", "70/161 ,"]),
    ],
)
def test_spaces_before_punctuation_in_the_dutch_are_reported(unit: str, excerpts: list[str]) -> None:
    assert typography(alignment_72247(unit)) == [(unit, ["nl"], excerpt) for excerpt in excerpts]


def test_clean_paragraphs_are_left_alone() -> None:
    assert typography(alignment_72247("pp1", "pp2", "op1", "op3", "fn10")) == []


def test_a_space_the_source_shares_is_not_the_translation_s_fault() -> None:
    """The same Dutch footnote against an English typed the same way."""
    nl = text_72247("fn11", "nl")
    alignment = alignment_of([aligned_unit("fn11", {"en": "Resolution 53/144 , annex.", "nl": nl})], ["en", "nl"])
    assert typography(alignment) == []


def test_french_spaces_before_semicolons_and_colons_are_its_typography() -> None:
    """Operative 1 of A/RES/76/170 in French against its English, which has none."""
    fr = (
        "Prend note avec satisfaction du rapport du Secrétaire général et se félicite d'y trouver davantage "
        "d'exemples de bonnes pratiques mises en place par des institutions nationales de défense des droits humains ;"
    )
    en = (
        "Takes note with appreciation of the report of the Secretary-General and welcomes the greater number of "
        "examples of good practices by national human rights institutions;"
    )
    alignment = alignment_of([aligned_unit("op1", {"en": en, "fr": fr})], ["en", "fr"])
    assert typography(alignment) == []
    broken = alignment_of([aligned_unit("op1", {"en": en, "fr": fr.replace("général et", "général , et")})], ["en", "fr"])
    assert typography(broken) == [("op1", ["fr"], "général ,")]


@pytest.mark.parametrize(
    "fr",
    [
        "la violence – sous toutes ses formes – , de même que",  # a dash closing an aside
        "comme indiqué . . . dans le rapport",  # a spaced ellipsis
        "comme indiqué ( . . . ) dans le rapport",
        "comme indiqué ... dans le rapport, à raison de .5 pour cent",
        "dans un rapport de 1 : 2 entre les deux",
    ],
)
def test_dashes_ellipses_ratios_and_decimals_are_not_misplaced_spaces(fr: str) -> None:
    alignment = alignment_of([aligned_unit("pp1", {"en": "as noted in the report, at a ratio of 1:2", "fr": fr})], ["en", "fr"])
    assert typography(alignment) == []


def test_a_space_inside_a_decimal_is_reported() -> None:
    alignment = alignment_of(
        [aligned_unit("pp1", {"en": "A rise of 2.5 per cent, as noted.", "nl": "Een stijging van 2 ,5 procent, zoals vermeld."})],
        ["en", "nl"],
    )
    assert typography(alignment) == [("pp1", ["nl"], "2 ,")]


def test_the_page_furniture_is_compared_across_versions() -> None:
    """The Dutch 72/247 prints its distribution line `Distr. : Algemeen`; the English `Distr.: General`."""
    en, nl = align.read_versions([Path(__file__).resolve().parents[1] / "corpus" / "a-res-72-247.en+nl-mt.md"])
    alignment = alignment_of([], ["en", "nl"])
    alignment.documents = {"en": en, "nl": nl}
    findings = run_checks(alignment, ["typography"])
    assert [(f.unit, f.languages, f.excerpt) for f in findings] == [("header", ["nl"], "Distr. :")]
    assert "page furniture (distribution)" in findings[0].message


def test_a_semicolon_that_cuts_a_resolution_sentence_is_information() -> None:
    """op9 and op15 of the Dutch 72/247 put a semicolon inside the sentence; op3's last `;` carries
    its footnote call (`mensenrechten; 9`), which is no cut."""
    found = [(f.unit, f.excerpt, f.severity) for f in TypographyCheck().run(alignment_72247(), QAContext()) if "semicolon inside" in f.message]
    assert found == [
        ("op9", "en te stoppen; willekeurige arrestatie", Severity.INFO),
        ("op15", "deel te nemen; nationaal, regionaal", Severity.INFO),
    ]


@pytest.mark.parametrize(
    ("pivot", "other", "languages"),
    [
        ("Decides to remain seized of the matter; and requests the Secretary-General to report;",
         "Besluit de kwestie te blijven behandelen; en verzoekt de secretaris-generaal verslag uit te brengen;", ["en", "nl"]),
        # French spaces its semicolon
        ("Décide de rester saisie de la question ; et prie le Secrétaire général de faire rapport ;",
         "Decides to remain seized of the matter; and requests the Secretary-General to report;", ["fr", "en"]),
    ],
)
def test_a_semicolon_the_pivot_has_too_is_quiet(pivot: str, other: str, languages: list[str]) -> None:
    unit = aligned_unit("op1", {languages[0]: pivot, languages[1]: other})
    assert TypographyCheck().run(alignment_of([unit], languages), QAContext()) == []


def test_a_version_alone_has_each_misplaced_space_reported() -> None:
    """72/247's Dutch with no English beside it: its spaces before a comma, a full stop or a semicolon,
    in its paragraphs and its page furniture (`Distr. : Algemeen`), are its own slips, as they are
    beside the English (which has none of them)."""
    [_, dutch] = align.read_versions([Path(__file__).resolve().parents[1] / "corpus" / "a-res-72-247.en+nl-mt.md"])
    alone = [(f.unit, f.excerpt) for f in align.check(align.one_version(dutch), ["typography"])]
    together = [(f.unit, f.excerpt) for f in align.check(align.align(align.read_versions(
        [Path(__file__).resolve().parents[1] / "corpus" / "a-res-72-247.en+nl-mt.md"])), ["typography"])
        if "nl" in f.message and "semicolon inside" not in f.message]
    assert ("op16", "66/164 ,") in alone and ("op11", "68/181 ;") in alone and ("header", "Distr. :") in alone
    assert sorted(alone) == sorted(together)


def test_a_version_alone_without_its_document_is_checked_all_the_same() -> None:
    """An alignment made of units alone (`alignment_of`, as a Python user builds one) has no page
    furniture to read: the units' spaces are still reported."""
    alone = alignment_of([aligned_unit("op16", {"nl": text_72247("op16", "nl")})], ["nl"])
    assert [f.excerpt for f in run_checks(alone, ["typography"])] == ["66/164 ,", "70/161 ,"]
