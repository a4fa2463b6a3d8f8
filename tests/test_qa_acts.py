"""The acts check: `acting` before an adverbial, and the `acts` of "acts of intimidation", left out of the Dutch."""

from __future__ import annotations

import pytest
from test_qa_corpus import alignment_72247, known_errors

from align.model import Severity
from align.qa.parallel import aligned_unit, alignment_of
from align.qa.registry import run_checks


def acts(alignment) -> list[tuple[str, str]]:
    return [(f.unit, f.excerpt) for f in run_checks(alignment, ["acts"])]


def test_the_slips_of_the_dutch_72_247() -> None:
    """Every finding of the whole text, each a known error: "acting individually" in pp15, "acts of intimidation
    and reprisal" in pp12 and op8."""
    found = run_checks(alignment_72247(), ["acts"])
    assert [(f.unit, f.excerpt) for f in found] == [
        ("pp12", "van strafrechtelijke of civielrechtelijke procedures of intimidatie en represaille"),
        ("pp15", "individueel"),
        ("op8", "Veroordeelt alle intimidatie en represailles van"),
    ]
    assert all(f.severity is Severity.INFO for f in found)
    for f in found:
        assert any(e["unit"] == f.unit and (e["nl"] in f.excerpt or f.excerpt in e["nl"]) for e in known_errors())


def pair(en: str, nl: str):
    return alignment_of([aligned_unit("op3", {"en": en, "nl": nl})], ["en", "nl"])


@pytest.mark.parametrize(
    ("en", "nl", "found"),
    [
        # the adverbial rendered, no verb of acting near it
        ("Recalls that everyone, acting individually or collectively, may address the Committee;",
         "Herinnert eraan dat eenieder, individueel of collectief, zich tot het Comité kan wenden;", ["individueel"]),
        ("Acting under Chapter VII of the Charter of the United Nations,",
         "Krachtens hoofdstuk VII van het Handvest van de Verenigde Naties,", ["Krachtens"]),
        ("Stressing the role of indigenous peoples, acting through their own institutions, in decision-making,",
         "Benadrukkend de rol van inheemse volken, via hun eigen instellingen, bij de besluitvorming,", ["via"]),
        # a verb of acting, before or after the adverbial, as a participle or in a relative clause
        ("Acting under Chapter VII of the Charter of the United Nations,",
         "Handelend krachtens hoofdstuk VII van het Handvest van de Verenigde Naties,", []),
        ("Recalls that everyone, acting individually or collectively, may address the Committee;",
         "Herinnert eraan dat eenieder die individueel of collectief optreedt, zich tot het Comité kan wenden;", []),
        ("Recognizing that individuals acting alone or collectively face particular risks,",
         "Erkennend dat personen die alleen of collectief ageren, bijzondere risico's lopen,", []),
        # `acting` as a title, `on behalf of`, `as`: Dutch renders them with no verb
        ("Takes note of the letter from the representative of Egypt, acting on behalf of the Group of African States;",
         "Neemt kennis van de brief van de vertegenwoordiger van Egypte namens de Groep van Afrikaanse staten;", []),
        ("Decides that the acting Chair of the working group shall report to the Council;",
         "Besluit dat de waarnemend voorzitter van de werkgroep aan de Raad verslag uitbrengt;", []),
        # the adverbial not rendered where `acting` stood: no telling what became of it
        ("Recalls that everyone, acting individually or collectively, may address the Committee;",
         "Herinnert eraan dat eenieder zich tot het Comité kan wenden;", []),
    ],
)
def test_acting(en: str, nl: str, found: list[str]) -> None:
    assert [excerpt for _, excerpt in acts(pair(en, nl))] == found


@pytest.mark.parametrize(
    ("en", "nl", "found"),
    [
        ("Condemns all acts of violence and harassment against women journalists;",
         "Veroordeelt alle geweld en intimidatie tegen vrouwelijke journalisten;", ["Veroordeelt alle geweld en intimidatie tegen"]),
        ("Deplores acts of vandalism against places of worship;", "Betreurt vandalisme tegen gebedshuizen;",
         ["Betreurt vandalisme tegen gebedshuizen"]),
        # `daden van`, a compound in -daden, `handelingen`, a plural that names acts, `gevallen van`
        ("Condemns all acts of intimidation and reprisal;", "Veroordeelt alle daden van intimidatie en represailles;", []),
        ("Condemns all acts of violence against journalists;", "Veroordeelt alle gewelddaden tegen journalisten;", []),
        ("Calls upon States to prohibit acts of discrimination;", "Roept de staten op discriminerende handelingen te verbieden;",
         []),
        ("Urges States to investigate all acts of torture;", "Dringt er bij de staten op aan alle martelingen te onderzoeken;",
         []),
        ("Deploring acts of intolerance and violence based on religion or belief,",
         "Betreurend de uitingen van onverdraagzaamheid en gewelddaden op grond van godsdienst of overtuiging,", []),
        ("Expresses concern at the reported acts of sexual violence;",
         "Spreekt haar bezorgdheid uit over de gemelde gevallen van seksueel geweld;", []),
        # not an act that counts: an organ's decisions, a doer's conduct; nor `behandeling` ("treatment")
        ("Recalling the resolutions and other acts of the General Assembly,",
         "Herinnerend aan de resoluties en andere besluiten van de Algemene Vergadering,", []),
        ("Reaffirming that States are responsible for the acts of their agents,",
         "Opnieuw bevestigend dat de staten verantwoordelijk zijn voor het handelen van hun functionarissen,", []),
        ("Condemns acts of cruelty and torture against detainees in the prisons of the north;",
         "Veroordeelt wrede behandeling en marteling van gedetineerden in de gevangenissen van het noorden;",
         ["Veroordeelt wrede behandeling en marteling van"]),
        # a word for an act far from where "acts of" stands does not render it
        ("Condemns acts of intimidation against defenders, and calls upon States to investigate all the killings and "
         "enforced disappearances of journalists and to bring those responsible to justice without delay;",
         "Veroordeelt intimidatie van verdedigers, en roept de staten op alle moorden en gedwongen verdwijningen van "
         "journalisten te onderzoeken en de verantwoordelijken onverwijld voor de rechter te brengen;",
         ["Veroordeelt intimidatie van verdedigers, en roept"]),
    ],
)
def test_acts_of(en: str, nl: str, found: list[str]) -> None:
    assert [excerpt for _, excerpt in acts(pair(en, nl))] == found


def test_dutch_only() -> None:
    """French has its `actes de` and `agissant`, unread: the check reads Dutch against English."""
    alignment = alignment_of(
        [aligned_unit("op3", {"en": "Condemns all acts of intimidation;", "fr": "Condamne toute intimidation;"})],
        ["en", "fr"],
    )
    assert run_checks(alignment, ["acts"]) == []
