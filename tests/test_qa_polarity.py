"""The polarity check: a word that turns the sense, in the pivot and dropped from a version."""

from __future__ import annotations

import pytest
from test_qa_corpus import alignment_72247, needs_extra, sdg_alignment, unpc_alignment

from align.model import Severity
from align.qa.parallel import aligned_unit, alignment_of
from align.qa.registry import run_checks

# 72/247 pp12, its end: "acts of intimidation and reprisal intended to prevent their cooperation"
PP12_EN = (
    "or through abuse of criminal or civil proceedings, or acts of intimidation and reprisal intended to prevent "
    "their cooperation with the United Nations and other international bodies in the field of human rights,"
)
PP12_NL = (
    "of via misbruik van strafrechtelijke of civielrechtelijke procedures of intimidatie en represaille bedoeld voor "
    "hun samenwerking met de Verenigde Naties en andere internationale instanties in het gebied van mensenrechten,"
)
# 72/247 pp13: four words that turn the sense, three rendered; "avoiding" is the one dropped
PP13_EN = (
    "Mindful that domestic law and administrative provisions and their application should not hinder but enable the "
    "work of human rights defenders, including by avoiding any criminalization, stigmatization, impediments, "
    "obstructions or restrictions thereof contrary to the obligations and commitments of States under international "
    "human rights law,"
)
PP13_NL = (
    "Indachtig dat nationale wetgeving en administratieve bepalingen en hun toepassing mag het werk van "
    "mensenrechtenverdedigers niet verhinderen, maar mogelijk maken, ook door vermindering van criminalisering, "
    "stigmatisering, belemmeringen, obstructies of beperkingen daarvan in strijd met de verplichtingen en "
    "verbintenissen van de staten in het kader van internationale mensenrechtenwetgeving,"
)


def polarity(alignment) -> list[tuple[str, str, str, Severity]]:
    return [(f.unit, f.excerpt, f.evidence, f.severity) for f in run_checks(alignment, ["polarity"])]


def pair(en: str, other: str, language: str = "nl"):
    return alignment_of([aligned_unit("pp12", {"en": en, language: other})], ["en", language])


def test_the_dropped_words_of_the_dutch_72_247() -> None:
    """Each read against the English: the sense of the Dutch is reversed or lost."""
    found = polarity(alignment_72247())
    assert [(unit, evidence, severity) for unit, _, evidence, severity in found] == [
        ("pp12", "prevent", Severity.INFO),  # `intimidatie en represaille bedoeld voor hun samenwerking`
        ("pp13", "avoiding", Severity.INFO),  # `ook door vermindering van criminalisering`
        ("op9", "prevent", Severity.INFO),  # "to prevent and put an end to" as `een einde te maken en te stoppen`
    ]
    excerpts = {unit: excerpt for unit, excerpt, _, _ in found}
    assert "bedoeld voor hun samenwerking" in excerpts["pp12"]
    assert "ook door vermindering van criminalisering" in excerpts["pp13"]
    assert "een einde te maken" in excerpts["op9"]


def test_the_unpaired_word_is_named_where_several_are_kept() -> None:
    [(_, excerpt, evidence, _)] = polarity(pair(PP13_EN, PP13_NL))
    assert evidence == "avoiding"
    assert "vermindering" in excerpt


@pytest.mark.parametrize(
    ("en", "other", "language"),
    [
        # the sense kept, by a verb, inside a compound, by another of the words
        (PP12_EN, PP12_NL.replace("bedoeld voor hun samenwerking", "bedoeld om hun samenwerking te voorkomen"), "nl"),
        ("to strengthen conflict prevention, peace and sustainable development", "om conflictpreventie en vrede te versterken", "nl"),
        ("should not hinder the work", "mag het werk niet belemmeren", "nl"),
        ("Calls upon States to prevent and combat trafficking", "Roept de staten op mensenhandel tegen te gaan en te bestrijden", "nl"),
        ("States shall refrain from the threat or use of force", "De staten zien af van bedreiging met of gebruik van geweld", "nl"),
        ("which prevented it from acting", "die haar weerhield van optreden", "nl"),
        ("to avert a humanitarian crisis", "pour éviter une crise humanitaire", "fr"),
        ("Comprehensive Nuclear-Test-Ban Treaty", "Traité d'interdiction complète des essais nucléaires", "fr"),
        ("Recalling the Anti-Personnel Mine Ban Convention,", "Rappelant la Convention sur l'interdiction des mines antipersonnel,", "fr"),
        ("to prevent discrimination", "De staten gaan discriminatie tegen", "nl"),
        ("Secretary-General Ban Ki-moon welcomed the event", "Le Secrétaire général, Ban Ki-moon, a salué l'événement", "fr"),
        # `unhindered` is no hindrance, in either language
        ("to unhindered access to international bodies", "om onbelemmerde toegang tot internationale instanties", "nl"),
        ("to ensure safe and unhindered access", "om veilige en ongehinderde toegang te waarborgen", "nl"),
        # a version with more such words is not reported
        ("to ensure their safety", "om te voorkomen dat hun veiligheid in gevaar komt", "nl"),
        # French written with its accents apart, as PDF extraction leaves it
        ("By 2025, prevent and significantly reduce marine pollution",
         "D’ici à 2025, pre\u0301venir et re\u0301duire nettement la pollution marine", "fr"),
        ("States shall refrain from the threat", "Les États s'abstiennent de recourir à la menace", "fr"),
        # no lexicon for German: not checked
        ("to prevent violence", "Gewalt zu bekämpfen", "de"),
    ],
)
def test_kept_or_not_read(en: str, other: str, language: str) -> None:
    assert polarity(pair(en, other, language)) == []


@pytest.mark.parametrize(
    ("en", "other", "language"),
    [
        # words that only look like the ones that turn the sense: `voorkomend` is "occurring",
        # `ongehinderd` "unhindered", `interdisciplinaire` no ban
        ("to prevent violence and, where appropriate, to prosecute", "geweld te bestrijden en in voorkomend geval te vervolgen", "nl"),
        ("the most common forms of violence, which States must prevent", "de meest voorkomende vormen van geweld, die de staten moeten bestrijden", "nl"),
        ("to prevent attacks and to ensure unhindered access", "aanvallen te bestrijden en ongehinderde toegang te waarborgen", "nl"),
        ("an interdisciplinary approach to prevent violence", "une approche interdisciplinaire pour mettre fin à la violence", "fr"),
    ],
)
def test_look_alikes_do_not_hide_a_drop(en: str, other: str, language: str) -> None:
    assert [evidence for _, _, evidence, _ in polarity(pair(en, other, language))] == ["prevent"]


@pytest.mark.parametrize(
    ("pivot", "text", "language", "other"),
    [
        # a review's: `tegengaan` renders "prevent" but is "to counter" in a pivot; `af en toe` is "now and then";
        # `Ban` the Secretary-General, whatever the hyphen
        ("nl", "Roept de staten op mensenhandel tegen te gaan", "en", "Calls upon States to combat trafficking"),
        ("nl", "Sommige staten zien af en toe nieuwe risico's", "en", "Some States see new risks from time to time"),
        ("en", "Secretary-General Ban Ki\u2011moon welcomed the event", "fr", "Le Secrétaire général, Ban Ki-moon, a salué l'événement"),
        ("en", "as Secretary-General Ban, said", "fr", "comme l'a dit le Secrétaire général, M. Ban"),
        ("fr", "Rappelant la Convention sur l'interdiction des mines antipersonnel,", "en", "Recalling the Anti-Personnel Mine Ban Convention,"),
    ],
)
def test_words_that_only_render_one_are_no_pivot_word(pivot: str, text: str, language: str, other: str) -> None:
    assert polarity(alignment_of([aligned_unit("op1", {pivot: text, language: other})], [pivot, language])) == []


def test_the_french_accused_are_not_prevention() -> None:
    """`prévenu` is the accused: with French as the pivot, "the accused" drops nothing."""
    alignment = alignment_of(
        [aligned_unit("op1", {"fr": "Les prévenus ont été libérés", "en": "The accused were released"})], ["fr", "en"]
    )
    assert polarity(alignment) == []
    alignment = alignment_of(
        [aligned_unit("op1", {"fr": "afin de prévenir la violence", "en": "so as to end the violence"})], ["fr", "en"]
    )
    assert [evidence for _, _, evidence, _ in polarity(alignment)] == ["prévenir"]


def test_a_dropped_word_is_found_in_a_short_text() -> None:
    [(_, excerpt, evidence, _)] = polarity(pair("intended to prevent their cooperation", "bedoeld voor hun samenwerking"))
    assert (excerpt, evidence) == ("bedoeld voor hun samenwerking", "prevent")


# A/RES/80/53 pp. 15, and a machine translation of it (held out) that drops the first `not`
PP15_EN = (
    "Underlining that work on nuclear disarmament verification is not an end in itself and is not a prerequisite, "
    "precondition or substitute for progress in nuclear disarmament,"
)
PP15_NL = (
    "Onderstrepend dat de werkzaamheden inzake de verificatie van nucleaire ontwapening een doel op zich zijn en geen "
    "vereiste, voorafgaande voorwaarde of vervanging vormen voor vooruitgang op het gebied van nucleaire ontwapening,"
)


def test_a_dropped_negation() -> None:
    [(_, excerpt, evidence, severity)] = polarity(pair(PP15_EN, PP15_NL))
    assert (evidence, severity) == ("not", Severity.INFO)
    assert "een doel op zich" in excerpt
    assert polarity(pair(PP15_EN, PP15_NL.replace("een doel op zich", "geen doel op zich"))) == []


@pytest.mark.parametrize(
    ("en", "nl"),
    [
        ("without prejudice to the implementation of each of those rights", "onverminderd de uitvoering van elk van die rechten"),
        ("to inform the Council without delay of any such decision", "de Raad onverwijld in kennis te stellen van elk dergelijk besluit"),
        ("to submit its report no later than 31 December 2027", "zijn verslag uiterlijk op 31 december 2027 voor te leggen"),
        ("Official Records of the General Assembly, Supplement No. 36", "Officiële documenten van de Algemene Vergadering, Supplement nr. 36"),
        ("Nor shall a heavier penalty be imposed", "Evenmin zal een zwaardere straf worden opgelegd"),
        # a held-out reviewer's sentences built to trap the rule (December 2026)
        ("may be held in police custody for a period not exceeding forty-eight hours",
         "ten hoogste achtenveertig uur in verzekering mag worden gesteld"),
        ("for a period not to exceed six months", "voor een periode van ten hoogste zes maanden"),
        ("the term of office shall not exceed five years", "de ambtstermijn bedraagt ten hoogste vijf jaar"),  # a review's
        ("to release all detainees without further delay", "alle gedetineerden onverwijld vrij te laten"),
        ("to release all detainees without undue delay", "alle gedetineerden onverwijld vrij te laten"),
        ("Stresses that development is not only a national responsibility but also a shared international one;",
         "Benadrukt dat ontwikkeling zowel een nationale als een gedeelde internationale verantwoordelijkheid is;"),
        ("applies to all States, whether or not they are parties", "geldt voor alle Staten, ongeacht of zij partij zijn"),
        ("to ratify the Indigenous and Tribal Peoples Convention, 1989 (No 169)", "het Verdrag betreffende inheemse en in stamverband levende volken, 1989 (nr. 169), te bekrachtigen"),
        ("Decides to establish a no-fly zone over the territory of the country;", "Besluit een vliegverbodszone in te stellen boven het grondgebied van het land;"),
        ("Nothing in this Convention shall affect the rights and obligations of States under international humanitarian law.",
         "Dit Verdrag laat de rechten en verplichtingen van Staten krachtens het internationaal humanitair recht onverlet."),
        ("Neither the Committee nor its members shall disclose confidential information",
         "Het Comité noch zijn leden maken vertrouwelijke informatie openbaar"),
        ("Expresses grave concern at the displacement of civilians on a scale never before seen in the region;",
         "Spreekt haar ernstige bezorgdheid uit over de ontheemding van burgers op een in de regio ongekende schaal;"),
        ("Stresses that the importance of early warning and early action cannot be overemphasized;",
         "Benadrukt dat vroegtijdige waarschuwing en vroegtijdig optreden van het allergrootste belang zijn;"),
    ],
)
def test_negations_said_another_way_are_kept(en: str, nl: str) -> None:
    assert polarity(pair(en, nl)) == []


def test_the_negation_dropped_is_named_beside_one_dutch_says_in_a_word() -> None:
    """A/RES/80/6 op. 2, in a held-out machine translation: "not yet Parties" as `reeds partij`,
    "without delay" as `onverwijld`, rightly."""
    [(_, excerpt, evidence, _)] = polarity(pair(
        "calls upon all States that are not yet Parties to the Rome Statute to consider acceding to it without delay;",
        "roept alle Staten die reeds partij zijn bij het Statuut van Rome op te overwegen er onverwijld toe toe te treden;",
    ))
    assert evidence == "not" and "reeds partij" in excerpt


@pytest.mark.parametrize(
    ("en", "nl"),
    [
        # the treaty formula's `Nothing ... shall affect` is left out, not "shall prejudge" (a reviewer's slip)
        ("Stresses that nothing in the present resolution shall prejudge the outcome of the final status negotiations;",
         "Benadrukt dat deze resolutie vooruitloopt op de uitkomst van de onderhandelingen over de definitieve status;"),
        # a review's: "cannot be overridden" is no "cannot be overemphasized"; `not only` with no `but`; "no-one"
        ("Recalls that these rights cannot be overridden by national law;",
         "Herinnert eraan dat deze rechten door nationaal recht terzijde kunnen worden geschoven;"),
        ("Deplores these acts, which are not only regrettable;", "Betreurt deze daden, die alleen betreurenswaardig zijn;"),
        ("Affirms that no-one shall be arbitrarily detained;", "Bevestigt dat eenieder willekeurig kan worden vastgehouden;"),
        # a review's: `niet-` of a compound is no negation, as English `non-` is none
        ("Notes that this is not a precondition for cooperation with non-governmental organizations;",
         "Merkt op dat dit een voorwaarde is voor samenwerking met niet-gouvernementele organisaties;"),
    ],
)
def test_negations_dropped_beside_words_left_out_of_the_count(en: str, nl: str) -> None:
    assert [severity for *_, severity in polarity(pair(en, nl))] == [Severity.INFO]


def test_negations_are_read_from_an_english_pivot_only() -> None:
    """Dutch says again for each item what English says once for a list (UDHR art. 5)."""
    nl = "Niemand zal onderworpen worden aan folteringen, noch aan een wrede, onmenselijke of onterende behandeling of bestraffing."
    en = "No one shall be subjected to torture or to cruel, inhuman or degrading treatment or punishment."
    assert polarity(alignment_of([aligned_unit("art5", {"nl": nl, "en": en})], ["nl", "en"])) == []
    assert polarity(pair(en, nl.replace("Niemand zal", "Iedereen zal").replace("noch aan", "en aan"))) != []


@needs_extra
def test_official_translations_rarely_say_it_otherwise() -> None:
    """SDG targets: quiet. UNPC devset, 4,000 line pairs: 14 (0.35%), each the French saying it with
    other words (`lutter contre` for "prevent", `n'a pas pu` for "was prevented from", `freinée` for
    "hindered") or leaving out a name that holds the word ("Commission on Crime Prevention")."""
    assert polarity(sdg_alignment()) == []
    unpc = unpc_alignment()
    assert len({unit for unit, *_ in polarity(unpc)}) / len(unpc.units) <= 0.005
