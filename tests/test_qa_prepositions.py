"""The prepositions check: `van` for "against" and a verb's `aan` made `tot`, on the Dutch 72/247 and beside it."""

from __future__ import annotations

import pytest
from test_qa_corpus import alignment_72247, known_errors

from align.model import Severity
from align.qa.parallel import aligned_unit, alignment_of
from align.qa.registry import run_checks


def prepositions(alignment) -> list[tuple[str, str, str]]:
    return [(f.unit, f.excerpt, f.evidence) for f in run_checks(alignment, ["prepositions"])]


def test_the_slips_of_the_dutch_72_247() -> None:
    """Every finding of the whole text, each a known error: the victims read as the perpetrators in op4,
    "against" made `van` before the Dutch's own `inclusief tegen` in op7, "devote ... to" made `wijden
    ... tot` in op14, "report ... to the General Assembly" made `voor` in op19, "in" and a gerund kept in
    op1 and op16. Not op8's `represailles van staten ... tegen individuen`, "reprisal by State ...
    against individuals"."""
    found = prepositions(alignment_72247())
    assert found == [
        ("op4", "geweld en discriminatie van mensenrechtenverdedigers", "against human rights defenders"),
        ("op7", "schendingen en misbruik van mensenrechtenverdedigers", "against human rights defenders"),
        ("op1", "in het bouwen en onderhouden van", "in building"),
        ("op14", "tot de twintigste verjaardag", "to the twentieth anniversary"),
        ("op16", "in versterking van", "in strengthening"),
        ("op19", "voor de Algemene Vergadering", "to the General Assembly"),
    ]
    for unit, excerpt, _ in found:
        assert any(e["unit"] == unit and excerpt in e["nl"] for e in known_errors())
    # `van` for "against" is a warning; a verb's preposition and `in` for an action information (right in
    # places the rules cannot tell)
    severities = [f.severity for f in run_checks(alignment_72247(), ["prepositions"])]
    assert severities == [Severity.WARNING] * 2 + [Severity.INFO] * 4


@pytest.mark.parametrize(
    ("en", "nl", "found"),
    [
        # `tegen` or `jegens` for each "against"; `van` where the English has "of" or "by"
        ("condemning all cases of violence and discrimination against human rights defenders",
         "alle gevallen van geweld en discriminatie tegen mensenrechtenverdedigers te veroordelen", []),
        ("condemning all cases of violence and discrimination against human rights defenders",
         "alle gevallen van geweld en discriminatie jegens mensenrechtenverdedigers te veroordelen", []),
        ("Condemns the violations of human rights committed by the parties, and violence against women",
         "Veroordeelt de schendingen van de mensenrechten door de partijen, en geweld tegen vrouwen", []),
        # an "against" left out elsewhere: only a `van` where the English has its "against" counts (`aanvallen van de
        # rebellen` is "the rebels' attacks", far from "the fight against impunity")
        ("Condemns the rebels' attacks during the elections in the north of the country last year, "
         "and calls for the fight against impunity",
         "Veroordeelt de aanvallen van de rebellen tijdens de verkiezingen in het noorden van het land vorig jaar, "
         "en roept op tot de bestrijding van straffeloosheid", []),
        ("Condemns the violations of the rights of the child, which continue, and attacks against journalists",
         "Veroordeelt de schendingen van de rechten van het kind, die voortduren, en aanvallen van journalisten",
         ["aanvallen van journalisten"]),
        # a `van` of kind, whatever stands between (a review's: `van de ernstigste aard`)
        ("Condemns violence against women of the most serious kind", "Veroordeelt geweld van de ernstigste aard tegen vrouwen",
         []),
        ("Condemns violence against women, of whatever kind", "Veroordeelt geweld van een seksuele aard jegens vrouwen", []),
        # a noun of harm as the tail of a compound
        ("Condemns police violence against protesters", "Veroordeelt politiegeweld van betogers",
         ["politiegeweld van betogers"]),
        # after a noun whose `van` names the victim, `van` renders "against": only with one whose `van` names the doer
        ("Condemns human rights violations against defenders", "Veroordeelt mensenrechtenschendingen van verdedigers", []),
        ("Condemns violence and abuses against defenders", "Veroordeelt geweld en misbruik van verdedigers",
         ["geweld en misbruik van verdedigers"]),
        # ... or where the Dutch repeats the preposition as `tegen` ("including against"), which shows what it was
        ("Condemns abuses against journalists, including against their families",
         "Veroordeelt misbruik van journalisten, met inbegrip van tegen hun families", ["misbruik van journalisten"]),
        ("Condemns discrimination against women and girls, in particular against girls with disabilities",
         "Veroordeelt discriminatie van vrouwen en meisjes, in het bijzonder tegen meisjes met een handicap",
         ["discriminatie van vrouwen"]),
        ("Condemns abuses against migrants in transit (including against unaccompanied children)",
         "Veroordeelt misbruiken van migranten op doorreis (inclusief tegen niet-begeleide kinderen)",
         ["misbruiken van migranten"]),
        ("Condemns discrimination against women, including in employment",
         "Veroordeelt discriminatie van vrouwen, ook in de werkgelegenheid", []),
        ("Condemns violations of human rights, including against women, and attacks against the press",
         "Veroordeelt schendingen van de mensenrechten, ook tegen vrouwen, en aanvallen op de pers", []),
    ],
)
def test_against_as_van(en: str, nl: str, found: list[str]) -> None:
    alignment = alignment_of([aligned_unit("op4", {"en": en, "nl": nl})], ["en", "nl"])
    assert [excerpt for _, excerpt, _ in prepositions(alignment)] == found


@pytest.mark.parametrize(
    ("en", "nl", "found"),
    [
        ("Decides to devote a plenary meeting, in 2018, to the anniversary of the Declaration",
         "besluit een plenaire vergadering te wijden, in 2018, tot de verjaardag van de Verklaring",
         ["tot de verjaardag van"]),
        ("Decides to devote a plenary meeting, in 2018, to the anniversary of the Declaration",
         "besluit een plenaire vergadering, in 2018, te wijden aan de verjaardag van de Verklaring", []),
        # `aan` first, then a `tot` of its own; `tot` in the next sentence
        ("Decides to devote a meeting to the Declaration, to be held until its anniversary",
         "besluit een vergadering te wijden aan de Verklaring, te houden tot haar verjaardag", []),
        ("Decides to devote a meeting to the Declaration. It will last for the afternoon",
         "besluit een vergadering te wijden. Zij duurt tot de middag", []),
        ("Requests that the funds be transferred to the trust fund",
         "verzoekt dat de middelen worden overgedragen naar het trustfonds", ["naar het trustfonds"]),
        # an `aan` of an earlier clause names no recipient of this verb (a review's)
        ("Recalling resolution 53/144, decides to devote a meeting to the anniversary",
         "Herinnerend aan resolutie 53/144, besluit een vergadering te wijden tot de verjaardag", ["tot de verjaardag"]),
        # no "devote ... to" in the English: `wijden tot` is the English's business, not this rule's
        ("Decides to hold a meeting on the anniversary", "besluit een vergadering te wijden tot de verjaardag", []),
        # `voor` after `verslag uitbrengen` only before a name: a date, or `aan` first, is right
        ("Requests the Special Rapporteur to report on his activities to the General Assembly",
         "verzoekt de speciale rapporteur verslag uit te brengen over zijn activiteiten voor de Algemene Vergadering",
         ["voor de Algemene Vergadering"]),
        ("Requests the Special Rapporteur to report on his activities to the General Assembly",
         "verzoekt de speciale rapporteur verslag uit te brengen aan de Algemene Vergadering over zijn activiteiten", []),
        ("Requests the Special Rapporteur to report to the General Assembly before 1 July",
         "verzoekt de speciale rapporteur voor 1 juli verslag uit te brengen aan de Algemene Vergadering", []),
        ("Requests the Special Rapporteur to report to the General Assembly by 1 July",
         "verzoekt de speciale rapporteur verslag uit te brengen voor 1 juli", []),
    ],
)
def test_a_verb_that_takes_aan(en: str, nl: str, found: list[str]) -> None:
    alignment = alignment_of([aligned_unit("op14", {"en": en, "nl": nl})], ["en", "nl"])
    assert [excerpt for _, excerpt, _ in prepositions(alignment)] == found


@pytest.mark.parametrize(
    ("en", "nl", "found"),
    [
        ("is an essential element in building and maintaining democratic societies",
         "is een essentieel element in het bouwen en onderhouden van democratische samenlevingen",
         ["in het bouwen en onderhouden van"]),
        ("and assist States in strengthening the role of defenders", "en helpen staten in versterking van de rol van verdedigers",
         ["in versterking van"]),
        # `bij`, as Dutch says it; `in` after a word of skill; fixed phrases of the same shape
        ("is an essential element in building and maintaining democratic societies",
         "is een essentieel element bij het opbouwen en in stand houden van democratische samenlevingen", []),
        ("draws on their experience in building peace", "steunt op hun ervaring in het bouwen van vrede", []),
        ("pending the outcome, and in assisting the parties", "in afwachting van de uitkomst, en bij het helpen van de partijen",
         []),
        ("in the south of the country, in strengthening the institutions",
         "in het zuiden van het land, bij de versterking van de instellingen", []),
        # no "in" and a gerund in the English
        ("is an essential element of democratic societies", "is een essentieel element in het bouwen van democratische samenlevingen",
         []),
        # with an article the rule leaves a noun in -ing alone: `in de versterking van de rol ligt de sleutel`
        ("in strengthening the role", "in de versterking van de rol", []),
    ],
)
def test_in_for_an_action(en: str, nl: str, found: list[str]) -> None:
    alignment = alignment_of([aligned_unit("op1", {"en": en, "nl": nl})], ["en", "nl"])
    assert [excerpt for _, excerpt, _ in prepositions(alignment)] == found


def test_only_dutch_beside_english_is_read() -> None:
    units = [aligned_unit("op4", {"en": "violence against defenders", "fr": "la violence des défenseurs"})]
    assert prepositions(alignment_of(units, ["en", "fr"])) == []
