"""The form check: opening verbs of the Dutch 72/247 against the English."""

from __future__ import annotations

from pathlib import Path

import pytest
from test_qa_corpus import EXTRA, alignment_72247, needs_extra, text_72247

import align
from align.model import Section, Severity
from align.qa.form import CONVENTIONS, follows_convention
from align.qa.parallel import aligned_unit, alignment_of
from align.qa.registry import run_checks


def form(alignment) -> list[tuple[str, str, Severity]]:
    return [(f.unit, f.excerpt, f.severity) for f in run_checks(alignment, ["form"])]


def test_mangled_and_displaced_preambular_openings() -> None:
    findings = [f for f in form(alignment_72247()) if f[2] is Severity.WARNING and f[0].startswith("pp")]
    assert findings == [
        ("pp2", "Geleid door de", Severity.WARNING),  # `Guided also by`: the `also` is lost
        ("pp4", "Herinnerend aan al", Severity.WARNING),  # `Recalling also`
        ("pp8", "Bevestigend het belang", Severity.WARNING),  # `Reaffirming`: pp6 has `Opnieuw bevestigend`
        ("pp9", "De positieve, belangrijke en legitieme rol van mensenrechten onderstrepen", Severity.WARNING),
        ("pp10", "Verwelkoming", Severity.WARNING),
        ("pp11", "De wezenlijke rol erkennend", Severity.WARNING),
        ("pp12", "Ze bezorgd over", Severity.WARNING),
        ("pp14", "Onderstreping", Severity.WARNING),
    ]


def test_a_lost_capital_does_not_hide_a_lost_again() -> None:
    """op10 `Strongly reaffirms` rendered `herhaalt met klem` ("strongly repeats"): the
    opening verb lost its capital (information) and its `again` (a warning); both are said."""
    assert set(form(alignment_72247("op10"))) == {
        ("op10", "herhaalt", Severity.INFO),
        ("op10", "herhaalt met klem", Severity.WARNING),
    }


@pytest.mark.parametrize(
    ("en", "nl"),
    [
        # a review's: `verder` of another verb, past the opening words, is no `also`
        ("Also encourages States to further develop their cooperation in the field of disarmament",
         "Moedigt de Staten aan hun samenwerking op het gebied van ontwapening verder te ontwikkelen"),
        # ... nor `ook` before a preposition, "including by", nor an adjective that renders no "also" (a review's)
        ("Also requests the Secretary-General to report",
         "Verzoekt de secretaris-generaal verslag uit te brengen over de uitvoering, ook door middel van een mondelinge briefing"),
        ("Also encourages the further development of national capacities,", "Moedigt de verdere ontwikkeling van nationale capaciteiten aan,"),
        # ... nor past a semicolon
        ("Also requests the Secretary-General to prepare a report",
         "Verzoekt de secretaris-generaal een verslag op te stellen over de stand van zaken; verzoekt tevens de lidstaten"),
    ],
)
def test_a_lost_also_is_not_found_in_other_words_or_clauses(en: str, nl: str) -> None:
    alignment = alignment_of([aligned_unit("op3", {"en": en, "nl": nl})], ["en", "nl"])
    assert [f.message for f in run_checks(alignment, ["form"])] == ["the opening says 'Also', the version's does not"]


def test_a_displaced_opening_is_one_finding() -> None:
    """The `also` of a displaced opening stands where the verb does, past the first words
    (a review's case): the displacement is reported, not a lost `also` besides."""
    en = "Also requests the Secretary-General of the United Nations to report to the Assembly;"
    nl = "De Algemene Vergadering verzoekt de secretaris-generaal van de Verenigde Naties tevens verslag uit te brengen;"
    alignment = alignment_of([aligned_unit("op3", {"en": en, "nl": nl})], ["en", "nl"])
    assert [(f.severity, f.message) for f in run_checks(alignment, ["form"])] == [
        (Severity.WARNING, "opening verb 'verzoekt' displaced after 'De'"),
    ]


def test_operative_verbs_not_capitalised() -> None:
    findings = [f for f in form(alignment_72247()) if f[2] is Severity.INFO]
    assert findings == [
        ("op10", "herhaalt", Severity.INFO),
        ("op12", "dringt", Severity.INFO),
        ("op13", "is", Severity.INFO),
        ("op14", "besluit", Severity.INFO),
        ("op16", "verzoekt", Severity.INFO),
        ("op17", "verzoekt", Severity.INFO),
        ("op18", "verzoekt", Severity.INFO),
        ("op19", "verzoekt", Severity.INFO),
        ("op20", "besluit", Severity.INFO),
    ]


def test_evidence_is_the_pivot_opening() -> None:
    [finding] = run_checks(alignment_72247("pp12"), ["form"])
    assert finding.evidence == "Gravely concerned by"
    assert "bezorgd" in finding.message


@pytest.mark.parametrize(
    ("unit", "en", "other", "language"),
    [
        # Conventional openings of the Dutch 72/247 and of official French (GA 76/170).
        ("pp3", "Recalling its resolution 53/144 of 9 December 1998,", "Herinnerend aan zijn resolutie 53/144 van 9 december 1998,", "nl"),
        ("pp6", "Reaffirming that States have the primary responsibility", "Opnieuw bevestigend dat staten de primaire verantwoordelijkheid dragen", "nl"),
        ("pp7", "Stressing, in this regard, that all human rights", "In dit verband benadrukkend dat alle mensenrechten", "nl"),
        ("pp13", "Mindful that domestic law and administrative provisions", "Indachtig dat nationale wetgeving en administratieve bepalingen", "nl"),
        ("pp18", "Strongly reaffirming that everyone has the right", "Sterk herbevestigend dat iedereen het recht heeft", "nl"),
        ("op3", "Welcomes the work and takes note of the report", "Is verheugd over het werk en neemt nota van het verslag", "nl"),
        ("op7", "Strongly condemns the violence against", "Veroordeelt krachtig het geweld tegen", "nl"),
        ("op11", "Continues to express particular concern about", "Blijft met name bezorgd over", "nl"),
        ("pp1", "Guided by the purposes and principles of the Charter", "Guidée par les buts et principes énoncés dans la Charte", "fr"),
        ("pp2", "Deeply concerned by the increasing number", "Profondément préoccupée par le nombre croissant", "fr"),
        ("op1", "Requests the Secretary-General to submit a report", "Prie le Secrétaire général de lui présenter un rapport", "fr"),
        ("op2", "Welcomes the important role", "Se félicite du rôle important", "fr"),
        # `also` and `further` kept, wherever the language puts them, or not an opening's at all
        ("pp5", "Recalling also its resolution 68/181", "Rappelant également sa résolution 68/181", "fr"),
        ("op4", "Also invites States to consider", "Verzoekt de staten tevens te overwegen", "nl"),
        # "further" of a noun, rendered by its adjective (A/RES/80/6 op. 6, held-out translation)
        ("op6", "Encourages further efforts by the United Nations", "Moedigt verdere inspanningen aan van de Verenigde Naties", "nl"),
        ("op6", "Encourages further efforts by the United Nations", "Encourage les efforts supplémentaires de l'Organisation", "fr"),
        # the object before the participle, Dutch order (A/RES/80/6 pp. 9, held-out translation)
        ("pp9", "Expressing its appreciation to the Secretary-General for providing effective and efficient assistance",
         "Haar waardering betuigend aan de Secretaris-Generaal voor het verlenen van doeltreffende en efficiënte bijstand", "nl"),
        # a review's: `ook` or `bovendien` past the opening words, and French `également`
        ("op6", "Also calls upon the Government of the Islamic Republic of Iran to release all prisoners;",
         "Roept de regering van de Islamitische Republiek Iran ook op alle gevangenen vrij te laten;", "nl"),
        ("op6", "Also calls upon the Government of the Islamic Republic of Iran to release all prisoners;",
         "Roept de regering van de Islamitische Republiek Iran bovendien op alle gevangenen vrij te laten;", "nl"),
        ("op6", "Also requests the United Nations High Commissioner for Human Rights to report",
         "Prie le Haut-Commissaire des Nations Unies aux droits de l'homme de faire également rapport", "fr"),
        # longer objects before the participle, Dutch order (a review's)
        ("pp9", "Expressing its support for the Court,", "Haar steun betuigend aan het Hof,", "nl"),
        ("pp9", "Expressing its sincere gratitude and appreciation to the Court,", "Haar oprechte dank en waardering betuigend aan het Hof,", "nl"),
        # after an aside (a review's)
        ("op6", "Also requests the Secretary-General, in consultation with Member States, to prepare a report",
         "Verzoekt de secretaris-generaal, in overleg met de lidstaten en de betrokken organisaties, tevens een verslag op te stellen", "nl"),
        # after a long object (A/RES/80/53 op. 6, held-out translation)
        ("op6", "Also requests the Group of Scientific and Technical Experts, upon its first meeting, to approve its programme of work",
         "Verzoekt de Groep van wetenschappelijke en technische deskundigen tevens tijdens haar eerste vergadering haar werkprogramma goed te keuren", "nl"),
        ("op5", "Further requests the Secretary-General", "Prie en outre le Secrétaire général", "fr"),
        ("pp6", "Desiring to further improve cooperation", "Désireux d'améliorer davantage la coopération", "fr"),
        # `again` said by the verb, or by an adverb
        ("pp6", "Reaffirming the importance of the Declaration", "Opnieuw bevestigend het belang van de Verklaring", "nl"),
        ("pp7", "Reaffirming the importance of the Declaration", "Wederom bevestigend het belang van de Verklaring", "nl"),
        ("op2", "Reaffirms its commitment to the Declaration", "Réaffirme son attachement à la Déclaration", "fr"),
    ],
)
def test_conventional_openings_are_quiet(unit: str, en: str, other: str, language: str) -> None:
    assert form(alignment_of([aligned_unit(unit, {"en": en, language: other})], ["en", language])) == []


def test_pivot_that_is_no_resolution_paragraph_is_not_judged() -> None:
    """A plural noun looks like a finite verb; only a known opening verb counts."""
    assert not follows_convention("Girls and young women in rural areas;", Section.OPERATIVE, CONVENTIONS["en"])
    assert follows_convention("Urges States to acknowledge", Section.OPERATIVE, CONVENTIONS["en"])
    alignment = alignment_of([aligned_unit("op1", {"en": "Girls and women in rural areas;", "fr": "Les filles et les femmes;"})], ["en", "fr"])
    assert form(alignment) == []


def test_the_formulas_subject_on_its_own_line_is_no_preambular_paragraph() -> None:
    """UDHR, French as the pivot: `Assemblée` ends like a participle (`Préoccupée`), but `L'Assemblée
    générale` is the enacting formula's subject, and the English `The General Assembly` beside it is right."""
    assert not follows_convention("L’Assemblée générale", Section.PREAMBLE, CONVENTIONS["fr"])
    alignment = alignment_of(
        [aligned_unit("pp8", {"fr": "L’Assemblée générale", "en": "The General Assembly"}, Section.PREAMBLE)], ["fr", "en"]
    )
    assert form(alignment) == []


def test_a_preambular_paragraph_opening_with_a_finite_verb() -> None:
    """A/RES/80/53 pp. 13, `Recognizing that` rendered as a decision (`Erkent dat`), in a held-out
    machine-translation test; and 76/170's official French, alone, whose preamble has one `Se félicite`
    among its `Se félicitant`."""
    alignment = alignment_of([aligned_unit("pp13", {
        "en": "Recognizing that the decisive factor for achieving real measures of disarmament is the political will of States,",
        "nl": "Erkent dat de beslissende factor voor het nemen van echte ontwapeningsmaatregelen de politieke wil van de Staten is,",
    })], ["en", "nl"])
    assert [(f.excerpt, f.evidence, f.severity) for f in run_checks(alignment, ["form"])] == [("Erkent", "Recognizing that", Severity.WARNING)]
    # A/RES/80/6 pp. 9, in a second held-out translation: a verb the usual openings lack a stem of
    alignment = alignment_of([aligned_unit("pp9", {
        "en": "Expressing its appreciation to the Secretary-General for providing effective and efficient assistance",
        "nl": "Betuigt haar waardering aan de Secretaris-Generaal voor het verlenen van doeltreffende en efficiënte bijstand",
    })], ["en", "nl"])
    assert [f.excerpt for f in run_checks(alignment, ["form"])] == ["Betuigt"]
    # ... and French in -d (a review's)
    alignment = alignment_of([aligned_unit("pp9", {"en": "Taking note of the report,", "fr": "Prend note du rapport,"})], ["en", "fr"])
    assert [f.excerpt for f in run_checks(alignment, ["form"])] == ["Prend"]
    # the object before the participle in lower case: the capital is all there is to say (a review's)
    alignment = alignment_of([aligned_unit("pp9", {"en": "Expressing its appreciation to the Court,", "nl": "haar waardering betuigend aan het Hof,"})], ["en", "nl"])
    assert [(f.excerpt, f.severity) for f in run_checks(alignment, ["form"])] == [("haar", Severity.INFO)]
    # the copula before the preamble's adjective (a held-out reviewer's slips)
    for language, text in (("nl", "Is ernstig verontrust over het toenemende aantal aanvallen op scholen,"),
                           ("fr", "Est consciente que les changements climatiques menacent l'existence même des petits États")):
        en = "Gravely concerned at the increasing number of attacks on schools,"
        alignment = alignment_of([aligned_unit("pp4", {"en": en, language: text})], ["en", language])
        assert [f.excerpt for f in run_checks(alignment, ["form"])] == [text.split()[0]], language
    [document] = align.read_versions([CORPUS / "a-res-76-170.fr.md"])
    [finding] = align.check(align.one_version(document), ["form"])
    assert (finding.unit, finding.excerpt, finding.severity) == ("pp25", "Se félicite", Severity.WARNING)
    assert "a finite verb, where a participle is expected" in finding.message


@pytest.mark.parametrize(
    ("en", "other", "language"),
    [
        # the Human Rights Council is masculine: `Conscient`, `Convaincu` (the corpus's HRC drafts)
        ("Conscious of the importance of the universal and indivisible character", "Conscient de l’importance du caractère universel et indivisible", "fr"),
        ("Convinced that international cooperation is essential", "Convaincu que la coopération internationale est essentielle", "fr"),
        # States in a group (UNPC devset l. 1678)
        ("Recognizing the importance of the regional dimension in ensuring energy security",
         "Conscients de l'importance de la dimension régionale dans l'action visant à assurer la sécurité énergétique", "fr"),
        # a noun of the verb's stem before the participle
        ("Recalling the Charter", "In herinnering roepend het Handvest", "nl"),
        ("Expressing its support for the Special Rapporteur", "Steun betuigend aan de speciale rapporteur", "nl"),
        # after a lead (a natural paragraph a reviewer wrote)
        ("Noting with concern that the oceans continue to be affected by pollution",
         "Met bezorgdheid constaterend dat de oceanen nog steeds te lijden hebben onder verontreiniging", "nl"),
    ],
)
def test_preambular_openings_that_only_look_finite_are_quiet(en: str, other: str, language: str) -> None:
    assert form(alignment_of([aligned_unit("pp3", {"en": en, language: other})], ["en", language])) == []


@pytest.mark.parametrize(
    ("pivot", "text", "language", "other"),
    [
        # a review's: a noun or an adjective that starts like an opening verb
        ("en", "Noting with concern the report of the Secretary-General", "nl", "Met bezorgdheid nota nemend van het verslag van de secretaris-generaal"),
        ("en", "Noting with appreciation the work of the Group", "nl", "Met erkentelijkheid kennis nemend van het werk van de Groep"),
        ("en", "Recognizing the role of the Group", "nl", "Erkentelijk voor de rol van de Groep"),
        ("en", "Expressing its gratitude to the Secretary-General for his report", "fr", "Reconnaissante au Secrétaire général de son rapport"),
        ("fr", "Appuyant les efforts du Secrétaire général", "en", "Supportive of the efforts of the Secretary-General"),
    ],
)
def test_nouns_and_adjectives_of_an_opening_verbs_stem_are_no_finite_verb(pivot: str, text: str, language: str, other: str) -> None:
    assert form(alignment_of([aligned_unit("pp3", {pivot: text, language: other})], [pivot, language])) == []


def test_operative_paragraph_opening_with_a_participle() -> None:
    alignment = alignment_of([aligned_unit("op4", {
        "en": "Urges States to acknowledge through public statements",
        "nl": "Dringend de staten te erkennen via openbare verklaringen",
    })], ["en", "nl"])
    assert form(alignment) == [("op4", "Dringend", Severity.WARNING)]


CORPUS = Path(__file__).resolve().parents[1] / "corpus"


def test_a_dutch_version_alone_is_judged_against_its_own_paragraphs() -> None:
    """72/247's Dutch with no English beside it: 11 of its 17 preambular paragraphs and 18 of its 20
    operative ones (a lost capital aside) open by the convention, so the others are departures, as
    they are against the English; 10 of those 18 keep their capital, so the 8 without are odd ones."""
    [_, dutch] = align.read_versions([CORPUS / "a-res-72-247.en+nl-mt.md"])
    alone = {(f.unit, f.excerpt, f.severity) for f in align.check(align.one_version(dutch), ["form"])}
    together = {(f.unit, f.excerpt, f.severity) for f in run_checks(alignment_72247(), ["form"])}
    assert {("pp10", "Verwelkoming", Severity.WARNING), ("pp12", "Ze bezorgd over", Severity.WARNING),
            ("op16", "verzoekt", Severity.INFO)} <= alone
    assert {(u, e, s) for u, e, s in together if "also" not in e} >= alone  # nothing the pivot would not have let pass
    assert all("(11 of the 17 preamble paragraphs of this version open by the convention" in f.message
               if f.severity is Severity.WARNING else "10 of the 18 conventional operative openings keep their capital" in f.message
               for f in align.check(align.one_version(dutch), ["form"]))


@needs_extra
def test_a_version_alone_whose_sections_follow_another_convention_is_not_judged() -> None:
    """The UDHR's preamble opens with `Whereas`, none of its paragraphs with a participle: nothing is a
    departure from a convention the text does not follow (`The General Assembly` on its own line)."""
    for language in ("en", "fr", "nl"):
        [version] = align.read_versions([EXTRA / "udhr" / f"udhr.{language}.html"])
        # the French preamble's `Considérant` are the convention; `Proclame`, after `L'Assemblée générale`, is
        # the operative part, which the parser leaves in the preamble
        assert align.check(align.one_version(version), ["form"]) == [], language


def test_lettered_items_are_neither_counted_nor_judged_alone() -> None:
    """The items of a list under an operative paragraph open as they please (`a) de uitvoering van
    deze resolutie;`): alone, with no pivot to say they are no resolution paragraphs, they are left
    out of the count and not judged. op10 and op12 of 72/247 lost their capitals; six of the others
    kept theirs (op3's `Is verheugd` is no opening the rules know)."""
    units = [aligned_unit(f"op{i}", {"nl": text_72247(f"op{i}", "nl")}) for i in (1, 2, 3, 4, 5, 6, 7, 10, 12)]
    items = ["de uitvoering van deze resolutie;", "hun toegang tot de rechter;", "het werk van de speciale rapporteur;",
             "de bescherming van vrouwelijke mensenrechtenverdedigers."]
    units[2:2] = [aligned_unit(f"op2.{letter}", {"nl": f"{letter}) {item}"}) for letter, item in zip("abcd", items)]
    found = run_checks(alignment_of(units, ["nl"]), ["form"])
    assert [(f.unit, f.excerpt, f.severity) for f in found] == [("op10", "herhaalt", Severity.INFO), ("op12", "dringt", Severity.INFO)]
    assert all("6 of the 8 conventional operative openings keep their capital" in f.message for f in found)


def test_a_version_alone_that_writes_its_openings_in_lower_case_has_no_odd_one_out() -> None:
    """76/170 in French alone, every operative opening put in lower case: a style of its own, not 29
    lost capitals (with its capitals, it is quiet too)."""
    [document] = align.read_versions([CORPUS / "a-res-76-170.fr.md"])
    alone = align.one_version(document)
    lowered = 0
    for unit in alone.units:
        if unit.section is Section.OPERATIVE and "." not in unit.id:
            text = unit.texts["fr"]
            unit.texts["fr"] = text[:1].lower() + text[1:]
            lowered += text[:1].isupper()
    assert lowered > 20
    assert [f.unit for f in align.check(alone, ["form"])] == ["pp25"]  # the preambular `Se félicite`, below


@pytest.mark.parametrize(
    ("en", "nl", "found"),
    [
        # a declaration annexed to its resolution has a preamble of its own (UNDRIP), and proclaims in the Assembly's voice
        ("Affirming that indigenous peoples are equal to all other peoples,",
         "Bevestigt dat inheemse volken gelijk zijn aan alle andere volken,", ["Bevestigt"]),
        ("Affirming that indigenous peoples are equal to all other peoples,",
         "Bevestigend dat inheemse volken gelijk zijn aan alle andere volken,", []),
        ("Solemnly proclaims the following Declaration as a standard of achievement:",
         "plechtig de volgende Verklaring als een na te streven norm:", ["plechtig"]),
        # the annex's title and its articles follow no convention, nor does the prose of a report
        ("Requests for assistance are examined by the Committee at its next session.",
         "De verzoeken om bijstand worden door het Comité tijdens zijn volgende zitting onderzocht.", []),
        ("Establishing strong institutions managed by competent individuals is essential.",
         "De oprichting van sterke instellingen die door bekwame personen worden beheerd, is essentieel.", []),
        ("United Nations Declaration on the Rights of Indigenous Peoples",
         "Verklaring van de Verenigde Naties over de rechten van inheemse volken", []),
        ("Indigenous peoples have the right to self-determination.",
         "Inheemse volken hebben het recht op zelfbeschikking.", []),
    ],
)
def test_an_annex_is_judged_by_the_convention_its_pivot_follows(en: str, nl: str, found: list[str]) -> None:
    alignment = alignment_of([aligned_unit("ax3", {"en": en, "nl": nl})], ["en", "nl"])
    assert [f.excerpt for f in run_checks(alignment, ["form"])] == found
