"""The numbers check, and the readers under it, on real paragraphs."""

from __future__ import annotations

from pathlib import Path

import pytest
from test_qa_corpus import alignment_72247, needs_extra, sdg_alignment, text_72247, unpc_alignment

import align
from align.model import Severity
from align.parse import parse_text
from align.qa.base import QAContext
from align.qa.numbers import NumbersCheck
from align.qa.parallel import aligned_unit, alignment_of
from align.qa.quantities import quantities
from align.qa.registry import run_checks
from align.qa.symbols import find_symbols

CORPUS_72247 = Path(__file__).resolve().parents[1] / "corpus" / "a-res-72-247.en+nl-mt.md"


def keys(text: str, language: str) -> list[tuple[str, str]]:
    return [(q.kind, q.key) for q in quantities(text, language)]


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("en", "Recalling its resolution 53/144 of 9 December 1998,", [("symbol", "53/144"), ("date", "12-09"), ("number", "1998")]),
        ("nl", "Herinnerend aan zijn resolutie 53/144 van 9 december 1998,", [("symbol", "53/144"), ("date", "12-09"), ("number", "1998")]),
        ("en", "at its seventy-third session, in 2018,", [("number", "73"), ("number", "2018")]),
        ("fr", "à sa soixante-treizième session, en 2018,", [("number", "73"), ("number", "2018")]),
        ("nl", "op zijn drieënzeventigste zitting, in 2018,", [("number", "73"), ("number", "2018")]),
        ("nl", "Zeventig seconden sessie", [("number", "70")]),
        ("en", "less than $1.25 a day", [("number", "1.25")]),
        ("fr", "moins de 1,25 dollar des États‐Unis par jour", [("number", "1.25")]),
        ("fr", "au total 45 000 dollars australiens", [("number", "45000")]),
        ("en", "amounted to $1,731.5 million.", [("number", "1731500000")]),
        ("fr", "était de 1 731,3 millions de dollars", [("number", "1731300000")]),
        ("en", "at 12.40 p.m.", [("time", "12:40")]),
        ("fr", "à 12 h 40", [("time", "12:40")]),
        ("en", "4. Decides", [("number", "4")]),
        ("en", "the 76th plenary meeting", [("number", "76")]),
        ("nl", "76e plenaire vergadering", [("number", "76")]),
    ],
)
def test_quantities_read_the_same_value_in_each_language(language: str, text: str, expected: list) -> None:
    assert keys(text, language) == expected


def test_footnote_calls_are_not_numbers() -> None:
    assert keys("Human Rights Council resolutions 22/6 of 21 March 2013,³", "en") == [
        ("symbol", "22/6"), ("date", "03-21"), ("number", "2013"),
    ]
    assert keys("the Office on Drugs and Crime1 provides", "en") == []


def test_small_numbers_in_words_are_weak() -> None:
    """`les deux` is "both", `un` an article: they may answer, never be missing."""
    assert [(q.key, q.strong) for q in quantities("dans les deux cas, l'un des", "fr")] == [("2", False)]


def test_symbols_broken_apart_are_read_whole() -> None:
    [symbol] = find_symbols("[over het verslag van de Derde Commissie (A / 72/439 / Add.2)]")
    assert symbol.text == "A / 72/439 / Add.2" and symbol.normalised == "A/72/439/Add.2" and symbol.broken
    [symbol] = find_symbols(text_72247("fn9", "nl"))
    assert symbol.text == "A / HRC / 36/31 ." and symbol.normalised == "A/HRC/36/31"
    assert [s.broken for s in find_symbols(text_72247("fn9", "en"))] == [False]


def test_72_247_broken_symbols_are_warnings_in_the_right_footnotes() -> None:
    findings = NumbersCheck().run(alignment_72247(), QAContext())
    assert [(f.unit, f.excerpt, f.evidence, f.severity) for f in findings] == [
        ("fn3", "A / 68/53", "A/68/53", Severity.WARNING),
        ("fn4", "A / 71/53", "A/71/53", Severity.WARNING),
        ("fn5", "A / 72/53", "A/72/53", Severity.WARNING),
        ("fn8", "A / 72/170 .", "A/72/170", Severity.WARNING),
        ("fn9", "A / HRC / 36/31 .", "A/HRC/36/31", Severity.WARNING),
    ]


def test_72_247_numbers_left_in_english_are_not_also_missing() -> None:
    """`Seventy-first Session` in the Dutch footnote is the untranslated check's finding."""
    findings = run_checks(alignment_72247("fn4"), ["numbers"])
    assert [f.excerpt for f in findings] == ["A / 71/53"]


def unit_of(en: str, fr: str):
    return alignment_of([aligned_unit("op1", {"en": en, "fr": fr})], ["en", "fr"])


@pytest.mark.parametrize(
    ("en", "fr", "excerpt", "evidence"),
    [
        # Real pairs from the UN Parallel Corpus devset, where the official French differs.
        (
            "Of the 82 recommendations issued, 37 (45 per cent) were considered to be high importance and 45 (55 per cent) of medium importance",
            "Sur les 82 recommandations formulées, 37 (45 %) sont considérées de grande importance et 45 (35 %) de moyenne importance",
            "35", "55",
        ),
        (
            "With the deactivation of the last four remaining humanitarian cluster mechanisms on 31 December 2014,",
            "Avec la désactivation, le 31 décembre 1014, des quatre derniers mécanismes groupés d'aide humanitaire,",
            "1014", "2014",
        ),
        (
            "Similarly, only 22 countries provided national reports for the ninth session of the Forum.",
            "De même, seuls 21 pays ont présenté un rapport à l'occasion de la neuvième session du Forum.",
            "21", "22",
        ),
    ],
)
def test_changed_numbers_are_errors(en: str, fr: str, excerpt: str, evidence: str) -> None:
    [finding] = run_checks(unit_of(en, fr), ["numbers"])
    assert (finding.excerpt, finding.evidence, finding.severity, finding.languages) == (excerpt, evidence, Severity.ERROR, ["en", "fr"])


def test_changed_session_number_in_words_is_an_error() -> None:
    [finding] = run_checks(alignment_of([aligned_unit("op14", {
        "en": "Decides to devote a high-level plenary meeting of the General Assembly at its seventy-third session, in 2018,",
        "nl": "besluit een algemene plenaire vergadering van de algemene vergadering te wijden op zijn tweeënzeventigste zitting, in 2018,",
    })], ["en", "nl"]), ["numbers"])
    assert (finding.excerpt, finding.evidence) == ("tweeënzeventigste", "seventy-third")


#: A/RES/80/53 op. 3.
FOUR_SESSIONS = "Decides that the Group of Scientific and Technical Experts will hold four 2-week sessions in Geneva and Vienna, from January 2027 to September 2029;"


@pytest.mark.parametrize(
    ("en", "version", "language", "excerpt", "evidence"),
    [
        (
            FOUR_SESSIONS,
            "Besluit dat de Groep van wetenschappelijke en technische deskundigen van januari 2027 tot september 2029 drie zittingen van 2 weken zal houden in Genève en Wenen;",
            "nl", "drie", "four",
        ),
        (
            "With the deactivation of the last four remaining humanitarian cluster mechanisms on 31 December 2014,",
            "Avec la désactivation, le 31 décembre 2014, des trois derniers mécanismes groupés d'aide humanitaire,",
            "fr", "trois", "four",
        ),
    ],
)
def test_a_small_number_in_words_changed_for_another_is_an_error(en: str, version: str, language: str, excerpt: str, evidence: str) -> None:
    """Weak numbers are never missing alone, but one in each version, neither answered, is a change."""
    [finding] = run_checks(alignment_of([aligned_unit("op3", {"en": en, language: version})], ["en", language]), ["numbers"])
    assert (finding.excerpt, finding.evidence, finding.severity) == (excerpt, evidence, Severity.ERROR)


@pytest.mark.parametrize(
    ("en", "nl"),
    [
        # the number dropped: weak, so not missing; `acht` of `in acht nemen` is no eight
        (FOUR_SESSIONS, "Besluit dat de Groep van januari 2027 tot september 2029 zittingen van 2 weken zal houden in Genève en Wenen, en neemt de regels in acht;"),
        # `een`, `twee` are articles and "both" too; ordinals are fractions and "third parties"
        ("Notes that three of the five experts and a third of the States attended", "Merkt op dat een tweetal deskundigen en derde staten aanwezig waren"),
    ],
)
def test_a_small_number_in_words_without_a_plain_counterpart_is_quiet(en: str, nl: str) -> None:
    assert run_checks(alignment_of([aligned_unit("op3", {"en": en, "nl": nl})], ["en", "nl"]), ["numbers"]) == []


@pytest.mark.parametrize(
    ("nl", "reported"),
    [
        ("Voorts herinnerend aan de resultaten van de Wereldtop voor Sociale Ontwikkeling, gehouden in Kopenhagen van 6 tot en met "
         "12 maart 1995,2 en van de vierentwintigste bijzondere zitting", []),
        ("Voorts herinnerend aan de resultaten van de Wereldtop voor Sociale Ontwikkeling, gehouden in Kopenhagen van 6 tot en met "
         "12 maart 1996,2 en van de vierentwintigste bijzondere zitting", ["1996,2"]),
    ],
)
def test_a_year_and_the_footnote_call_glued_to_it_after_a_comma(nl: str, reported: list[str]) -> None:
    """A PDF's text glues a footnote call to a year after its comma (a Third Committee draft of 2001,
    and a careful Dutch translation written for a held-out test): in Dutch or French that reads as a
    decimal, 1995.2, which the English `1995,2` is not."""
    en = ("Recalling further the outcome of the World Summit for Social Development, held at Copenhagen from 6 to 12 March "
          "1995,2 and the twenty-fourth special session")
    findings = run_checks(alignment_of([aligned_unit("pp4", {"en": en, "nl": nl})], ["en", "nl"]), ["numbers"])
    assert [f.excerpt for f in findings] == reported


@pytest.mark.parametrize(
    ("dutch", "reported"),
    [
        ("Zeventig seconden sessie", ("header", "Zeventig seconden sessie")),
        # a line the parser does not take for the session: the header check cannot compare it
        ("Drieënzeventigste vergadering", ("numbers", "Drieënzeventigste")),
    ],
)
def test_a_wrong_session_in_the_header_is_one_finding_not_two(dutch: str, reported: tuple[str, str]) -> None:
    """`Zeventig seconden sessie` is the header check's error; the numbers check reported the
    same fault again on the session's title unit. Where the header check has nothing to say,
    the numbers check's finding stays."""
    text = CORPUS_72247.read_text(encoding="utf-8").replace("\nZeventig seconden sessie\n", f"\n{dutch}\n")
    en, nl = parse_text(text, CORPUS_72247.name)
    session = aligned_unit("title.session", {"en": "Seventy-second session", "nl": dutch})
    findings = run_checks(alignment_of([session], ["en", "nl"], {"en": en, "nl": nl}), ["header", "numbers"])
    assert [(f.check, f.excerpt) for f in findings if "session" in f.message or f.unit == "title.session"] == [reported]


def test_missing_number_has_the_pivot_as_evidence() -> None:
    [finding] = run_checks(unit_of(
        "The amount of $4,000 has been identified for absorption under the programme budget for 2014-2015.",
        "Il a été déterminé que ce montant pourrait être financé au titre du budget-programme de l'exercice biennal 2014-2015.",
    ), ["numbers"])
    assert (finding.excerpt, finding.evidence) == ("", "4,000")


@pytest.mark.parametrize(
    ("en", "fr"),
    [
        ("To be held on Tuesday, 17 February 2015, at 3 p.m.", "Qui se tiendra le mardi 17 février 2015, à 15 heures"),
        ("The Commission for Social Development, 52nd Session, 11-24 February, 2014", "À sa cinquante-deuxième session tenue du 11 au 24 février 2014,"),
        ("Recalling its resolution 1807 (2008) and reaffirms paragraphs 10 and 12 of resolution 1807 (2008);", "Rappelant sa résolution 1807 (2008) et réaffirme les paragraphes 10 et 12 de ladite résolution;"),
        ("About 40 experts participated in the workshop.", "Une quarantaine d'experts ont participé à l'atelier."),
        ("in accordance with the 10‐Year Framework of Programmes", "comme prévu dans le Cadre décennal de programmation"),
        ("twenty-first century national and regional political conditions", "des politiques nationales et régionales du XXIe siècle"),
        ("up to 18 hours a day", "pouvant durer jusqu'à 18 heures"),
    ],
)
def test_same_quantities_written_differently_are_quiet(en: str, fr: str) -> None:
    assert run_checks(unit_of(en, fr), ["numbers"]) == []


def test_72_247_is_otherwise_quiet() -> None:
    """Dates, years, resolution numbers and session ordinals of the Dutch all agree."""
    findings = run_checks(alignment_72247(), ["numbers"])
    assert all(f.severity is Severity.WARNING and "broken apart" in f.message for f in findings)


# --------------------------------------------------------------------------- forms seen on official en/fr pairs


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        # UNPC devset l.281: "the early 1960s" / `au début des années 60`.
        ("en", "dating back to the early 1960s, which", [("1960", ("60",))]),
        ("fr", "remontant au début des années 60, en réaction", [("60", ())]),
        # l.3721: "20% U-235" / `20 % en 235U` (an isotope's mass number against its symbol).
        ("fr", "enrichi jusqu'à 20 % en 235U, l'Iran", [("20", ()), ("235", ())]),
        # l.3881: "Act No. 18246" / `loi n° 18.246` (groups cut by a full stop).
        ("fr", "La loi n° 18.246 de 2007 sur le concubinage", [("18.246", ("18246",)), ("2007", ())]),
        # l.691: "(s.10.103(d), Title 18 of PNC)": a section number against its abbreviation.
        ("en", "(s.10.103(d), Title 18 of PNC).", [("10.103", ()), ("18", ())]),
        # SDG target 12-1 as the French YAML spells it, its accents decomposed.
        ("fr", "Mettre en œuvre le Cadre de\u0301cennal de programmation", [("10", ())]),
        ("fr", "le 3 de\u0301cembre 2014", [("12-03", ()), ("2014", ())]),
    ],
)
def test_quantities_read_forms_of_official_translations(language: str, text: str, expected: list) -> None:
    assert [(q.key, q.aliases) for q in quantities(text, language)] == expected


def test_digits_glued_to_other_letters_are_still_not_numbers() -> None:
    assert keys("the Office on Drugs and Crime1 provides 5s and 1000s", "en") == []


@needs_extra
@pytest.mark.parametrize("line", [281, 691, 3721, 3881])
def test_numbers_written_differently_but_equal_on_unpc_devset(line: int) -> None:
    unit = unpc_alignment().units[line - 1]
    alignment = alignment_of([unit], ["en", "fr"])
    assert NumbersCheck().run(alignment, QAContext()) == []


@needs_extra
@pytest.mark.parametrize("target", ["target12-1", "target8-4"])
def test_decennal_in_decomposed_accents_answers_10_year(target: str) -> None:
    """`10‐Year Framework` / `Cadre décennal`, the é of the SDG YAML decomposed."""
    [unit] = [u for u in sdg_alignment().units if u.id == target]
    assert "e\u0301cennal" in unit.texts["fr"]
    assert NumbersCheck().run(alignment_of([unit], ["en", "fr"]), QAContext()) == []


@needs_extra
def test_a_changed_decade_or_isotope_is_still_reported() -> None:
    unit = unpc_alignment().units[280]
    changed = aligned_unit("ax1", {"en": unit.texts["en"], "fr": unit.texts["fr"].replace("années 60", "années 50")})
    [finding] = NumbersCheck().run(alignment_of([changed], ["en", "fr"]), QAContext())
    assert "'50'" in finding.message
    unit = unpc_alignment().units[3720]
    changed = aligned_unit("ax2", {"en": unit.texts["en"], "fr": unit.texts["fr"].replace("en 235U", "en 238U")})
    assert any("'238'" in f.message for f in NumbersCheck().run(alignment_of([changed], ["en", "fr"]), QAContext()))


@needs_extra
def test_paragraph_numbers_of_the_devset_are_stripped_as_the_parser_does() -> None:
    """l.771 `2.26 The Office ...`: the parser's DOTTED numbers; the number is not text."""
    assert unpc_alignment().units[770].texts["en"].startswith("The Office furthermore")


@needs_extra
def test_a_number_opening_a_line_before_a_sentence_is_information() -> None:
    """l.701: the French line opens with its footnote number (`6 Il est entendu que la Croatie`), which
    the English line does not print; UN style spells out a number that begins a sentence."""
    unit = unpc_alignment().units[700]
    assert unit.texts["fr"].startswith("6 Il est entendu")
    [finding] = NumbersCheck().run(alignment_of([unit], ["en", "fr"]), QAContext())
    assert (finding.excerpt, finding.severity) == ("6", Severity.INFO)
    assert "paragraph or footnote number" in finding.message


@pytest.mark.parametrize(
    ("en", "fr"),
    [
        # The same French line with the English opening with a number of its own: a changed number.
        (
            "5 Croatia's QELRC for a second commitment period under the Kyoto Protocol is based on the understanding.",
            "6 Il est entendu que la Croatie remplira son engagement au titre du Protocole de Kyoto.",
        ),
        # A number inside the text is reported wherever it stands.
        (
            "Croatia's QELRC for a second commitment period under the Kyoto Protocol is based on the understanding.",
            "Il est entendu que 6 pays rempliront leur engagement au titre du Protocole de Kyoto.",
        ),
    ],
)
def test_other_added_numbers_stay_errors(en: str, fr: str) -> None:
    findings = run_checks(unit_of(en, fr), ["numbers"])
    assert [(f.excerpt, f.severity) for f in findings] == [("6", Severity.ERROR)]


def test_symbols_broken_apart_in_the_page_furniture_are_reported_in_the_header() -> None:
    """The Dutch 72/247 prints `A / RES / 72/247` atop its pages; the text's own symbols are whole."""
    en, nl = align.read_versions([Path(__file__).resolve().parents[1] / "corpus" / "a-res-72-247.en+nl-mt.md"])
    alignment = alignment_of([], ["en", "nl"])
    alignment.documents = {"en": en, "nl": nl}
    [finding] = NumbersCheck().run(alignment, QAContext())
    assert (finding.unit, finding.languages, finding.excerpt, finding.evidence) == ("header", ["nl"], "A / RES / 72/247", "A/RES/72/247")
    assert finding.severity is Severity.WARNING and "page furniture" in finding.message
