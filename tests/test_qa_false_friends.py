"""The false-friends check on the machine-translated Dutch 72/247, and its silence on official texts."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from test_qa_corpus import alignment_72247, needs_extra, sdg_alignment, unpc_alignment

from align.model import Severity
from align.qa.falsefriends import FalseFriendsError, load_false_friends, read_false_friends, shipped
from align.qa.parallel import aligned_unit, alignment_of
from align.qa.registry import run_checks


def false_friends(alignment) -> list[tuple[str, str, str, Severity]]:
    return [(f.unit, f.excerpt, f.evidence, f.severity) for f in run_checks(alignment, ["false-friends"])]


def test_the_false_friends_of_the_dutch_72_247() -> None:
    """Every finding read against the English: each is the look-alike rendering it names."""
    assert sorted(false_friends(alignment_72247())) == sorted([
        ("title", "promotie", "promotion", Severity.WARNING),  # `Twintigste verjaardag en promotie`
        ("title", "promoten", "Promote", Severity.WARNING),  # `om universeel te promoten`
        ("pp11", "promotie", "promotion", Severity.WARNING),  # `bijdragen aan de promotie en bescherming`
        ("op4", "promotie", "promotion", Severity.WARNING),
        ("op14", "promotie", "promotion", Severity.WARNING),
        ("pp12", "in het gebied van", "in the field of", Severity.WARNING),
        ("pp15", "gewoon vereisten", "just requirements", Severity.WARNING),  # `aan de gewoon vereisten van moraliteit`
        ("op7", "gerichtheid", "targeting", Severity.WARNING),
        ("op1", "angst daarvan", "fear thereof", Severity.WARNING),  # `zonder vergelding of angst daarvan` ("daarvoor")
        ("pp16+pp17", "aan te vallen", "to target", Severity.INFO),  # "misused to target": singled out, not attacked
        ("op9", "voor uitoefening van", "for exercising", Severity.INFO),  # detained "for exercising": because of it
        ("op8", "effect", "give effect to", Severity.WARNING),  # `op te geven effect op het recht` (to give effect to the right)
        # `volledige en gepast effect op de Verklaring te geven`, at the end, renders the last of op13's two
        ("op13", "effect", "appropriate effect to", Severity.WARNING),
        ("pp14", "internationale mensenrechten wet", "human rights law", Severity.WARNING),
        # legislation for a body of law; in pp16+pp17 it stands in pp17's place, not where pp16 says
        # `international law` (`het internationale recht`, right)
        ("pp13", "internationale mensenrechtenwetgeving", "international human rights law", Severity.WARNING),
        ("op9", "internationale mensenrechtenwetgeving", "international human rights law", Severity.WARNING),
        ("pp16+pp17", "internationale mensenrechtenwetgeving", "international human rights law", Severity.WARNING),
        ("pp11", "civiele, politieke", "civil, political", Severity.WARNING),  # `alle civiele, politieke ... rechten`
        ("op16", "respectieve machtigt", "mandates", Severity.WARNING),  # `binnen hun respectieve machtigt`
        # Information: renderings a context could allow, wrong in each of these.
        ("pp9", "realisatie", "realization", Severity.INFO),
        ("pp18", "realisatie", "realization", Severity.INFO),
        ("op1", "realisatie", "realization", Severity.INFO),
        ("op10", "realisatie", "realization", Severity.INFO),
        ("pp12", "communicatie", "allegations and communications", Severity.INFO),  # complaints to special procedures
        ("pp15", "beveiliging", "securing", Severity.INFO),  # `ter beveiliging gepaste erkenning`
        ("pp16+pp17", "adresseren", "addressing", Severity.INFO),
        ("op12", "oplossingen", "remedies", Severity.INFO),  # `adequate oplossingen` for legal redress
        ("fn3", "gegevens", "Official Records", Severity.INFO),
        ("pp18", "bemoedigend", "encouraging", Severity.INFO),  # `bemoedigend leiders in alle sectoren`
        ("pp6", "onder de verplichting", "under the obligation", Severity.INFO),  # `dragen en onder de verplichting om ...`
        ("pp7", "even", "equally,", Severity.INFO),  # `van toepassing zijn voor alle personen even, inclusief`
        ("pp5", "geïmplementeerd", "implemented", Severity.INFO),  # `moet worden bevorderd en geïmplementeerd`
        ("op17", "implementatie", "implementation", Severity.INFO),
        ("op20", "in beslag", "remain seized", Severity.WARNING),  # `besluit om in beslag te blijven nemen`
        ("pp7", "vervuld", "respected, protected and fulfilled", Severity.INFO),  # rights `verwezenlijkt`
        ("pp12", "onzekerheid", "insecurity", Severity.INFO),  # `onzekerheid lijden` for a lack of safety
        ("pp18", "overtredingen", "offences", Severity.INFO),  # minor offences, for acts that include killings
        ("op7", "wettelijke vertegenwoordigers", "legal representatives", Severity.INFO),  # a child's, not a defender's
        ("op8", "wettelijke vertegenwoordigers", "legal representatives", Severity.INFO),
    ])


@pytest.mark.parametrize(
    ("en", "other", "language"),
    [
        # The look-alike where the pivot does not have the source word: a career step is a promotie.
        ("Welcomes the appointment of the new Director", "Verwelkomt de promotie van de nieuwe directeur", "nl"),
        # Whole words only, a hyphen joining: `promotiecampagne`, `promotie- en voorlichtingscampagne`.
        ("the promotion campaign", "de promotiecampagne", "nl"),
        ("the promotion campaign and the information campaign", "de promotie- en voorlichtingscampagne", "nl"),
        # The look-alike is right for another word of the pivot (`unless`): a career step, a territory,
        # "currently", "trillions", "consisting in", "any", "sensitive", a reception of communications technology.
        ("recruitment, placement and promotion of staff", "werving, plaatsing en promotie van personeel", "nl"),
        ("in the field of human rights in the Abyei Area", "op het gebied van de mensenrechten in het gebied van Abyei", "nl"),
        ("the actual number of staff currently deployed", "le nombre de fonctionnaires actuellement déployés", "fr"),
        ("moving from billions to trillions in development finance", "van miljarden naar biljoenen in ontwikkelingsfinanciering", "nl"),
        ("moving from billions to trillions in development finance", "passer des milliards aux billions", "fr"),
        (
            "Reaffirms the objective of achieving general disarmament, consistent with the Charter,",
            "Réaffirme l'objectif consistant à parvenir au désarmement général, conformément à la Charte,",
            "fr",
        ),
        ("any measures taken should eventually lead to peace", "eventuele maatregelen moeten uiteindelijk tot vrede leiden", "nl"),
        ("a sensible and gender-sensitive approach", "une approche raisonnable et sensible au genre", "fr"),
        ("information and communications technologies", "informatie- en communicatietechnologie en communicatie", "nl"),
        ("Calls upon States to secure nuclear material", "Roept de staten op nucleair materiaal te beveiligen", "nl"),
        # "on the report of" is about the report outside a heading's formula, a Main Committee's report too
        (
            "Takes note of the comments on the report of the Secretary-General",
            "Neemt kennis van de opmerkingen over het verslag van de secretaris-generaal",
            "nl",
        ),
        (
            "Decides to defer the debate on the report of the Sixth Committee",
            "Besluit het debat over het verslag van de Zesde Commissie uit te stellen",
            "nl",
        ),
        # the heading rendered rightly, and a report of another body discussed in the same unit
        (
            "[on the report of the Third Committee (A/72/439)] Takes note of the comments on the report of the Secretary-General",
            "[op basis van het verslag van de Derde Commissie (A/72/439)] Neemt kennis van de opmerkingen over het verslag "
            "van de secretaris-generaal",
            "nl",
        ),
        ("at its resumed seventy-second session", "à la reprise de sa soixante-douzième session", "fr"),
        # `instanties` renders "authorities", which the English also says
        (
            "instances of abuse reported to the competent authorities",
            "gevallen van misbruik gemeld bij de bevoegde instanties",
            "nl",
        ),
        # The participle `verbonden` (linked, pledged) is everyday Dutch; the glossary reports the Covenants' name.
        (
            "Recalling that the States parties to the Covenant have undertaken to respect the rights",
            "Eraan herinnerend dat de Staten die partij zijn bij het Verdrag zich hebben verbonden de rechten te eerbiedigen",
            "nl",
        ),
        # Heartening results; Dutch `consequent` for "consistent"; an effect that is one.
        ("Welcoming the encouraging results of the review", "Verheugd over de bemoedigende resultaten van de evaluatie", "nl"),
        ("a consistent approach, consequently applied", "een consequente aanpak, bijgevolg toegepast", "nl"),
        ("the limited effect to date of the measures", "het beperkte effect van de maatregelen tot nu toe", "nl"),
        # obligations are `vervuld`; food insecurity is `voedselonzekerheid`; a child's legal representative
        # is its `wettelijke vertegenwoordiger`; minor offences are `overtredingen`
        ("to respect, protect and fulfil their obligations under the Covenant",
         "hun verplichtingen uit hoofde van het Verdrag na te komen, te beschermen en te vervullen", "nl"),
        ("food insecurity and insecurity of tenure", "voedselonzekerheid en onzekerheid over grondrechten", "nl"),
        ("the child's legal representative", "de wettelijke vertegenwoordiger van het kind", "nl"),
        ("minor traffic offences", "kleine verkeersovertredingen en overtredingen", "nl"),
        # legislation where the English says so too; civil proceedings are `civiel`
        (
            "in line with international human rights law and with national human rights legislation",
            "in overeenstemming met het internationale recht inzake de mensenrechten en de nationale mensenrechtenwetgeving",
            "nl",
        ),
        # civil law, civil remedies; national human rights laws
        (
            "the International Covenant on Civil and Political Rights and civil and criminal accountability",
            "het Internationaal Verdrag inzake burgerrechten en politieke rechten en civiele en strafrechtelijke aansprakelijkheid",
            "nl",
        ),
        (
            "bring their laws on human rights into line with international human rights law",
            "hun mensenrechtenwetgeving in overeenstemming te brengen met het internationale recht inzake de mensenrechten",
            "nl",
        ),
        ("insecurity and uncertainty", "onveiligheid en onzekerheid", "nl"),
        ("breaches of the rules and criminal offences", "overtredingen van de regels en strafbare feiten", "nl"),
        (
            "the abuse of criminal or civil proceedings against civil and political rights defenders",
            "het misbruik van strafrechtelijke of civiele procedures tegen verdedigers van burgerrechten en politieke rechten",
            "nl",
        ),
        ("to give effect to the Declaration and to assess its impact", "uitvoering te geven aan de Verklaring en het effect ervan te beoordelen", "nl"),
        ("the consequent need for a coherent approach", "de daaruit voortvloeiende behoefte aan een consequente aanpak", "nl"),
        ("companies that fall under the obligation to report", "bedrijven die onder de verplichting vallen om te rapporteren", "nl"),
        # A statute beside the body of law; mandates given by a verb; `even` before its adjective.
        (
            "restrictions prescribed by law and consistent with international law",
            "beperkingen die bij de wet zijn voorgeschreven en verenigbaar zijn met het internationaal recht",
            "nl",
        ),
        ("Authorizes the mission, within its mandate, to use all necessary means", "Machtigt de missie om binnen haar mandaat alle nodige middelen te gebruiken", "nl"),
        ("Considers both goals equally important", "Acht beide doelen even belangrijk", "nl"),
        ("apply equally, and are equally important", "gelden in gelijke mate en zijn even belangrijk", "nl"),
        # A statute the English also names; the verb `machtigen` beside the noun mandate.
        (
            "to adopt legislation consistent with international human rights law",
            "een wet aan te nemen die verenigbaar is met het internationaal recht inzake de mensenrechten",
            "nl",
        ),
        (
            "the Act on the Protection of Defenders, consistent with international law",
            "de Wet op de bescherming van verdedigers, in overeenstemming met het internationaal recht",
            "nl",
        ),
        ("Grants the Secretary-General authority, within his mandate, to", "Machtigt de secretaris-generaal om binnen zijn mandaat", "nl"),
        # The right word where the pivot has the source word.
        ("to give effect to the Declaration", "om uitvoering te geven aan de Verklaring", "nl"),
        ("in accordance with international human rights law", "overeenkomstig het internationaal recht inzake de mensenrechten", "nl"),
        ("within their respective mandates", "binnen hun respectieve mandaten", "nl"),
        ("to implement the Declaration", "om de Verklaring uit te voeren", "nl"),
        ("apply to all persons equally", "zijn in gelijke mate op alle personen van toepassing", "nl"),
        ("the promotion and protection of human rights", "de bevordering en bescherming van de mensenrechten", "nl"),
        ("to implement the Programme of Action", "de mettre en œuvre le Programme d'action", "fr"),
        ("an estimated 1.5 billion people", "naar schatting 1,5 miljard mensen", "nl"),
        ("without retaliation or fear thereof", "zonder represailles of angst daarvoor", "nl"),
        ("the fear of the population grows", "de angst van de bevolking groeit", "nl"),  # whose fear, not of what
        ("targeted attacks on defenders", "gerichte aanvallen op verdedigers", "nl"),  # the English has its attacks
        ("the conditions for the exercise of rights", "de voorwaarden voor de uitoefening van rechten", "nl"),  # a purpose
        ("Decides to remain seized of the matter.", "Besluit de kwestie in behandeling te houden.", "nl"),
        # the look-alike where the pivot's `seized` is a seizure: not this pair's source, or beside it (a review's case)
        ("Notes that the assets seized by the authorities", "Merkt op dat de door de autoriteiten in beslag genomen tegoeden", "nl"),
        ("Decides to remain seized of the question of the property seized by the occupying Power;",
         "Besluit de kwestie van de door de bezettende mogendheid in beslag genomen eigendommen in behandeling te houden;", "nl"),
        ("treated without prejudice or discrimination", "zonder vooroordelen of discriminatie behandeld", "nl"),  # bias
        ("Urges Member States to pay their outstanding assessed contributions", "Dringt er bij de lidstaten op aan hun uitstaande bijdragen te betalen", "nl"),
        ("Notes the outstanding balance of the account", "Neemt nota van het uitstaande saldo van de rekening", "nl"),
        # the look-alike where the unit also says what it means: legal, extradition, repairs
        ("Calls for legal and judicial reform", "Roept op tot juridische en gerechtelijke hervorming", "nl"),
        ("to conclude a legally binding instrument and to strengthen judicial cooperation",  # a review's
         "een juridisch bindend instrument te sluiten en de justitiële samenwerking te versterken", "nl"),
        ("on extradition and the surrender of persons to the Court", "inzake uitlevering en de overlevering van personen aan het Hof", "nl"),
        ("reparations to victims and the repair of damaged schools", "herstelbetalingen aan slachtoffers en de reparatie van beschadigde scholen", "nl"),
        # a review's: money owed, beside anything else in the unit
        ("Notes the outstanding advances and receivables and the need for gender balance",
         "Neemt nota van de uitstaande voorschotten en vorderingen en van de noodzaak van genderevenwicht", "nl"),
        ("The Council also expects the Secretary-General to attend", "Le Conseil attend aussi du Secrétaire général qu'il assiste", "fr"),
    ],
)
def test_right_renderings_are_quiet(en: str, other: str, language: str) -> None:
    alignment = alignment_of([aligned_unit("op1", {"en": en, language: other})], ["en", language])
    assert false_friends(alignment) == []


@pytest.mark.parametrize(
    ("en", "fr", "severity"),
    [
        ("Calls upon States to implement the recommendations", "Demande aux États d'implémenter les recommandations", Severity.WARNING),
        ("which may eventually lead to", "qui peut éventuellement conduire à", Severity.WARNING),
        ("in a manner consistent with international law", "d'une manière consistante avec le droit international", Severity.WARNING),
        ("an estimated 1.5 billion people", "environ 1,5 billion de personnes", Severity.WARNING),
        ("the Dag Hammarskjöld Library", "la Librairie Dag Hammarskjöld", Severity.WARNING),
        ("the social fabric of communities", "la fabrique sociale des communautés", Severity.WARNING),
        ("at its resumed seventy-second session", "lors de sa soixante-douzième session résumée", Severity.WARNING),
        # information: `attendre` renders "expect", which the English here does not say
        ("Invites all Member States to attend the meeting", "Invite tous les États Membres à attendre la réunion", Severity.INFO),
    ],
)
def test_french_false_friends(en: str, fr: str, severity: Severity) -> None:
    alignment = alignment_of([aligned_unit("op1", {"en": en, "fr": fr})], ["en", "fr"])
    [(_, excerpt, _, found)] = false_friends(alignment)
    assert excerpt in fr and found is severity


@needs_extra
def test_official_french_is_quiet() -> None:
    """The 4,000 line pairs of the UNPC devset (240 with `implement`, 22 with `consistent`, 12 with
    `evidence`, 11 with `attend`) and the SDG targets."""
    assert false_friends(unpc_alignment()) == []
    assert false_friends(sdg_alignment()) == []


def test_the_shipped_pairs_read_and_each_pair_is_whole(tmp_path: Path) -> None:
    pairs = shipped()
    assert len({p.id for p in pairs}) == len(pairs) >= 10
    assert all(p.use and p.why and p.pivot != p.language for p in pairs)
    custom = tmp_path / "ff.tsv"
    custom.write_text(
        "# a comment\nid\tfrom\tto\tsource\tavoid\tunless\tuse\tseverity\twhy\n"
        "library\ten\tfr\tlibrary\tlibrairie\t\tbibliothèque\twarning\ta librairie sells books\n",
        encoding="utf-8",
    )
    [pair] = read_false_friends(custom)
    assert pair.avoid.search("la Librairie des Nations Unies") and not pair.avoid.search("librairies")
    assert pair.unless is None


HEADER = "id\tfrom\tto\tsource\tavoid\tunless\tuse\tseverity\twhy\n"


@pytest.mark.parametrize(
    ("content", "complaint"),
    [
        (b"\xff\xfe\x00binary", "not UTF-8 text"),
        (b"# nothing but a comment\n", "no pairs"),
        ("id\tsource\nx\ty\n".encode(), "missing from, to, avoid, use, severity, why"),
        # each fault named with its line, comments counted
        ((HEADER + "# a comment\nx\ten\tfr\ty\tz\t\tw\tWarning\tbecause\n").encode(), "ff.tsv:3: severity 'Warning'"),
        ((HEADER + "x\tEN\tfr\ty\tz\t\tw\twarning\tbecause\n").encode(), "ff.tsv:2: from 'EN' is not a language code"),
        # a blank form would match everywhere
        ((HEADER + "x\ten\tfr\ty\t|\t\tw\twarning\tbecause\n").encode(), "ff.tsv:2: the avoid column is empty"),
        ((HEADER + "x\ten\tfr\ty\tz\t\tw\twarning\tbecause\nx\ten\tfr\ty\tz\t\tw\tinfo\tbecause\n").encode(), "ff.tsv:3: pair 'x' is listed twice"),
    ],
)
def test_bad_false_friends_files_are_user_errors(tmp_path: Path, content: bytes, complaint: str) -> None:
    path = tmp_path / "ff.tsv"
    path.write_bytes(content)
    with pytest.raises(FalseFriendsError, match=re.escape(complaint)):
        load_false_friends(path)


def test_a_house_list_replaces_and_switches_off_shipped_pairs(tmp_path: Path) -> None:
    """Header in another order and case, a BOM and CRLF as a spreadsheet saves them, a blank `unless`."""
    path = tmp_path / "house.tsv"
    path.write_bytes(
        "\ufeffID\tFrom\tTo\tSeverity\tSource\tAvoid\tUnless\tUse\tWhy\r\n"
        "realization\ten\tnl\twarning\trealization\trealisatie\t \tverwezenlijking\thouse style\r\n"
        "promote\t\t\toff\t\t\t\t\t\r\n".encode()
    )
    pairs = {pair.id: pair for pair in load_false_friends(path)}
    assert "promote" not in pairs and pairs["realization"].severity is Severity.WARNING and pairs["realization"].unless is None
    assert len(pairs) == len(shipped()) - 1


@pytest.mark.parametrize(
    ("en", "nl", "severity"),
    [
        ("in instances of violence against women", "in instanties van geweld tegen vrouwen", Severity.WARNING),
        ("the social fabric of society", "de sociale fabriek van de samenleving", Severity.WARNING),
        ("the eventual outcome of the negotiations", "de eventuele uitkomst van de onderhandelingen", Severity.WARNING),
        ("the consequent loss of income", "het consequente verlies van inkomen", Severity.WARNING),
        ("to give full effect to the right to privacy", "om volledig effect te geven aan het recht op privacy", Severity.WARNING),
        ("to strengthen the rule of law", "om de regel van de wet te versterken", Severity.WARNING),
        ("in accordance with international humanitarian law", "overeenkomstig de internationale humanitaire wet", Severity.WARNING),
        ("Requests the special procedures, within their mandates, to", "Verzoekt de speciale procedures, binnen hun machtigen, om", Severity.WARNING),
        ("Decides to remain seized of the matter.", "Besluit de kwestie in beslag te blijven nemen.", Severity.WARNING),
        ("to act without fear of reprisal", "zonder angst van represailles te handelen", Severity.WARNING),
        ("laws misused to target human rights defenders", "wetten misbruikt om mensenrechtenverdedigers aan te vallen",
         Severity.INFO),
        ("persons detained for exercising their rights", "personen vastgehouden voor het uitoefenen van hun rechten",
         Severity.INFO),
        # information: `even` before a comma; before an adjective the translation adds it would be right (`even groot`)
        ("apply to all persons equally, including defenders", "gelden voor alle personen even, inclusief verdedigers", Severity.INFO),
        # information: Dutch policy texts say `implementatie` too, where UN and legal texts say `uitvoering`
        ("the implementation of the Declaration", "de implementatie van de Verklaring", Severity.INFO),
        ("[on the report of the Sixth Committee (A/73/497)]", "[over het verslag van de Zesde Commissie (A/73/497)]",
         Severity.WARNING),
        # A/RES/80/53 op. 1 and 2, in a held-out machine translation
        ("serving in their personal capacity and without prejudice to national positions,",
         "die op persoonlijke titel zitting hebben en zonder vooroordeel jegens de nationale standpunten,", Severity.WARNING),
        # A/RES/80/6 pp. 3, 14, 24, op. 6 and 11, in a second held-out machine translation
        ("Recognizing the International Criminal Court as an independent permanent judicial institution",
         "Erkennend dat het Internationaal Strafhof een onafhankelijke permanente juridische instelling is", Severity.WARNING),
        ("their right to participate in judicial proceedings and to claim reparations",
         "hun recht om deel te nemen aan gerechtelijke procedures en om reparaties te eisen", Severity.WARNING),
        ("Encourages States to contribute to the trust fund established for the benefit of victims",
         "Moedigt Staten aan bij te dragen aan het vertrouwensfonds dat is opgericht ten behoeve van slachtoffers", Severity.WARNING),
        ("in particular in the arrest and surrender of suspects", "in het bijzonder bij de aanhouding en uitlevering van verdachten", Severity.WARNING),
        ("underlines the importance of national ownership", "onderstreept het belang van nationaal bezit", Severity.WARNING),
        ("Commends the outstanding professionals of the Court", "Prijst de uitstaande professionals van het Hof", Severity.WARNING),
        # beside another sense of a word of the `unless` list (`gender balance`)
        ("to select the experts on the basis of their outstanding technical expertise and giving due regard to gender balance",
         "de deskundigen te selecteren op basis van hun uitstaande technische deskundigheid en met aandacht voor genderevenwicht",
         Severity.WARNING),
    ],
)
def test_dutch_false_friends(en: str, nl: str, severity: Severity) -> None:
    alignment = alignment_of([aligned_unit("op1", {"en": en, "nl": nl})], ["en", "nl"])
    [(_, excerpt, _, found)] = false_friends(alignment)
    assert excerpt in nl and found is severity
