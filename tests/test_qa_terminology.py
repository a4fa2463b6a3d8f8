"""The terminology check and its glossary, on the Dutch 72/247 and on official translations."""

from __future__ import annotations

import re
from html import unescape
from pathlib import Path

import pytest
from test_qa_corpus import (
    EXTRA,
    FLOOR,
    alignment_72247,
    known_errors,
    needs_extra,
    sdg_alignment,
    _units_72247,
    text_72247,
    unpc_alignment,
)

from align.errors import AlignWarning
from align.model import Section, Severity
from align.qa.base import QAContext
from align.qa.parallel import aligned_unit, alignment_of
from align.qa.registry import run_checks
from align.qa.terminology import (
    LONG_TEXT,
    SHIPPED,
    GlossaryError,
    TerminologyCheck,
    _rules,
    _unpaired,
    load_glossary,
    match_terms,
    read_glossary,
)

#: Where the shipped glossary's terms were checked; the machine-translated Dutch
#: of 72/247 is never one of them.
SOURCES = ("devset", "SDG", "UDHR", "A/RES/", "HRC-4", "HRC-5", "OHCHR")


def terminology(alignment, glossary=None) -> list[tuple[str, str, Severity]]:
    context = QAContext(glossary=glossary) if glossary is not None else None
    return [(f.unit, f.excerpt, f.severity) for f in run_checks(alignment, ["terminology"], context=context)]


def pair(en: str, other: str, language: str, unit: str = "op1"):
    return alignment_of([aligned_unit(unit, {"en": en, language: other})], ["en", language])


# --------------------------------------------------------------------------- the glossary


def test_shipped_glossary_has_a_verified_entry_for_each_term() -> None:
    glossary = load_glossary(None)
    assert len(glossary) >= 100
    ids = [entry.id for entry in glossary.entries]
    assert len(set(ids)) == len(ids)
    for entry in glossary.entries:
        assert entry.terms.get("en") and entry.terms.get("fr"), entry.id
        en_fr, _, nl = entry.source.partition(" | nl: ")
        assert any(s in en_fr for s in SOURCES), entry.id
        assert bool(entry.terms.get("nl")) == bool(nl), entry.id  # a Dutch term has its own source
        assert "72-247" not in entry.source and "72/247 nl" not in entry.source
        if not entry.terms.get("nl"):
            assert "nl left empty" in entry.note, entry.id
    assert sum(bool(entry.terms.get("nl")) for entry in glossary.entries) >= 90


def test_user_glossary_overrides_and_extends(tmp_path: Path) -> None:
    path = tmp_path / "house.tsv"
    path.write_text(
        "# house style\nen\tnl\tnote\n"
        "Special Rapporteur\tbijzondere rapporteur\thouse style\n"
        "twentieth anniversary\ttwintigste verjaardag\n",
        encoding="utf-8",
    )
    glossary = load_glossary(str(path))
    assert len(glossary) == len(load_glossary(None)) + 1
    special = next(e for e in glossary.entries if e.id == "sr")
    assert special.terms["nl"] == ("bijzondere rapporteur",) and special.terms["fr"][0] == "Rapporteur spécial"
    op3 = alignment_72247("op3")
    assert [f.excerpt for f in run_checks(op3, ["terminology"], context=QAContext(glossary=glossary))] == ["speciale rapporteur"]
    assert terminology(op3) == []


@pytest.mark.parametrize(
    ("content", "complaint"),
    [
        ("id\ten\tdomain\nun\tUnited Nations\torgans\n", "at least two language columns"),
        ("en\tfrench\nUnited Nations\tNations Unies\n", "at least two language columns"),
        ("en\tfr\nUnited Nations\tNations Unies\tONU\n", ":2: 3 tab-separated fields"),
        ("\n# nothing\n", "the glossary is empty"),
        ("xx\tyy\nfoo\tbar\n", r"languages \(xx, yy\) must include two that align reads"),
        ("en\tnl\n", "the glossary holds no term"),
    ],
)
def test_bad_glossaries_are_user_errors(tmp_path: Path, content: str, complaint: str) -> None:
    path = tmp_path / "bad.tsv"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(GlossaryError, match=complaint):
        read_glossary(path)


def test_a_row_in_one_language_overrides_a_shipped_entry_or_is_named_in_a_warning(tmp_path: Path) -> None:
    """A house glossary being filled in: a row that names a shipped entry (by id or by a term)
    overrides the cells it fills; one that names nothing checks nothing, and is said to."""
    path = tmp_path / "house.tsv"
    path.write_text("id\ten\tnl\nga\t\tAlgemene Vergadering der VN\nnew\tquantum bodies\t\n", encoding="utf-8")
    with pytest.warns(AlignWarning, match=r"1 row\(s\) with terms in fewer than two languages align reads, which check nothing \(new\)"):
        glossary = load_glossary(str(path))
    assert next(e for e in glossary.entries if e.id == "ga").terms["nl"] == ("Algemene Vergadering der VN",)
    assert all(e.id != "new" for e in glossary.entries)
    alone = tmp_path / "alone.tsv"
    alone.write_text("en\tnl\nquantum bodies\t\n", encoding="utf-8")
    with pytest.raises(GlossaryError, match="no row gives a term in two languages align reads, nor overrides"):
        load_glossary(str(alone))


def test_unreadable_glossary(tmp_path: Path) -> None:
    with pytest.raises(GlossaryError, match="cannot read the glossary"):
        load_glossary(str(tmp_path / "missing.tsv"))
    assert SHIPPED.is_file()


# --------------------------------------------------------------------------- the Dutch 72/247


def test_recall_on_the_dutch_72_247() -> None:
    """The garbled names of the Dutch 72/247, each in its unit, with the mangled span as excerpt."""
    warnings = [(u, e) for u, e, s in terminology(alignment_72247()) if s is Severity.WARNING]
    for expected in [
        ("pp12", "mens Rights Council"),
        ("op13", "Office of the United Nations High Commissaris voor de mensenrechten"),
        ("op15", "Bureau van de ECB Hoge Commissaris"),
        ("op17", "generaal Assemblée"),
        ("op18", "Special te bieden Rapporteur"),
    ]:
        assert expected in warnings
    errors = {(e["unit"], e["nl"]) for e in known_errors()}
    assert ("op15", "aan het Bureau van de ECB") in errors and ("op18", "aan de Special te bieden Rapporteur") in errors


@pytest.mark.parametrize(
    ("unit", "excerpt", "severity"),
    [
        ("pp2", "Internationale Verbonden voor mensenrechten", Severity.WARNING),  # 'Verbonden' (alliances) for Covenants
        ("op8", "niet-staten actoren", Severity.INFO),  # niet-statelijke actoren
        ("op12", "niet-gouvernementele actoren", Severity.INFO),  # non-governmental for non-State: 0.67 alike, sharing 'actoren'
        ("pp12", "gebied van mensenrechten", Severity.INFO),  # 'in het gebied' (the territory) for 'op het gebied'
        ("pp18", "vrouwen mensenrechtenverdedigers", Severity.INFO),  # vrouwelijke mensenrechtenverdedigers
        ("pp3", "mensenrechten genoemd verdedigers", Severity.INFO),  # the Declaration's short name torn by 'genoemd'
        ("op14", "algemene plenaire vergadering", Severity.INFO),  # 'high-level' (op hoog niveau) made 'algemene'
        ("op15", "algemene plenaire vergadering", Severity.INFO),  # the same meeting, referred to again
        ("pp15", "individueel en in samenwerking met anderen", Severity.INFO),  # the Declaration's 'in vereniging met'
        ("op8", "individueel en in samenwerking met anderen", Severity.INFO),
    ],
)
def test_mistranslated_terms_of_the_dutch_72_247(unit: str, excerpt: str, severity: Severity) -> None:
    """Terms the machine translation rendered word by word, each found by a sourced glossary entry:
    a common term (defenders, actors) is information, a name (the Covenants) a warning."""
    # the test data keeps the Dutch footnote calls (`mensenrechten 2`), which the parser takes out
    assert any(u == unit and e.startswith(excerpt) and s is severity for u, e, s in terminology(alignment_72247(unit)))
    assert any(e["unit"] == unit and excerpt.split()[-1] in e["nl"] for e in known_errors())


def test_the_declarations_formula_with_and_for_or_is_its_rendering() -> None:
    """pp18 renders 'individually and in association with others' as the Declaration does,
    with the English 'and' (`individueel en in vereniging met anderen`): nothing to report."""
    assert not [e for u, e, s in terminology(alignment_72247("pp18")) if "vereniging" in e or "individu" in e]


def test_a_name_rendered_two_ways_in_one_version_is_information_where_it_is_the_odd_one() -> None:
    """op19 of 72/247: `de Raad voor de mensenrechten`, which the glossary allows, where pp4 and op3 write
    `Mensenrechtenraad`: one name throughout. Only the odd rendering is reported, once."""
    found = [
        (f.unit, f.excerpt, f.evidence, f.severity) for f in run_checks(alignment_72247(), ["terminology"])
        if "one name throughout" in f.message
    ]
    assert found == [("op19", "Raad voor de mensenrechten", "Mensenrechtenraad", Severity.INFO)]


def test_the_name_to_keep_is_the_one_the_glossary_lists_first(tmp_path: Path) -> None:
    """A house glossary that lists `Raad voor de mensenrechten` first wants the council called that: in
    72/247, pp4 and op3 write `Mensenrechtenraad` and op19 the house name, so pp4 and op3 are the odd
    ones, however often a draft calls it otherwise."""
    house = tmp_path / "house.tsv"
    house.write_text("id\ten\tnl\nhrc\tHuman Rights Council\tRaad voor de mensenrechten|Mensenrechtenraad\n", encoding="utf-8")
    found = [
        (f.unit, f.excerpt, f.evidence) for f in run_checks(alignment_72247(), ["terminology"], context=QAContext(glossary=load_glossary(str(house))))
        if "one name throughout" in f.message
    ]
    assert found == [("pp4", "Mensenrechtenraad", "Raad voor de mensenrechten"), ("op3", "Mensenrechtenraad", "Raad voor de mensenrechten")]


def test_a_short_form_listed_first_does_not_hide_two_full_names(tmp_path: Path) -> None:
    """A row that lists the short form `Raad` first: where op3 writes it and pp4 and op19 write the two
    full names, the full name listed first is kept, and pp4's is the odd one. Kept, the short form
    would have let the two full names pass, neither being distinct from it."""
    house = tmp_path / "house.tsv"
    house.write_text(
        "id\ten\tnl\nhrc\tHuman Rights Council\tRaad|Raad voor de mensenrechten|Mensenrechtenraad\n",
        encoding="utf-8",
    )
    units = [
        aligned_unit(u, {"en": text_72247(u, "en"), "nl": text_72247(u, "nl")}) for u in ("pp4", "op19")
    ] + [aligned_unit("op3", {"en": text_72247("op3", "en"),
                              "nl": text_72247("op3", "nl").replace("Mensenrechtenraad", "Raad")})]
    found = [
        (f.unit, f.excerpt, f.evidence, f.message)
        for f in run_checks(alignment_of(units, ["en", "nl"]), ["terminology"], context=QAContext(glossary=load_glossary(str(house))))
        if "one name throughout" in f.message
    ]
    assert [(u, e, v) for u, e, v, _ in found] == [("pp4", "Mensenrechtenraad", "Raad voor de mensenrechten")]
    assert "lists 'Raad voor de mensenrechten' before 'Mensenrechtenraad'" in found[0][3]


def test_a_common_term_may_be_rendered_two_ways() -> None:
    """`human rights` is no name: `mensenrechten` and `rechten van de mens` are both Dutch for it, in one text."""
    units = [
        aligned_unit("op1", {"en": "Calls upon States to respect human rights;", "nl": "Roept de staten op de mensenrechten te eerbiedigen;"}),
        aligned_unit("op2", {"en": "Stresses that human rights are universal;", "nl": "Benadrukt dat de rechten van de mens universeel zijn;"}),
    ]
    assert not [f for f in run_checks(alignment_of(units, ["en", "nl"]), ["terminology"]) if "throughout" in f.message]


@pytest.mark.parametrize(("term", "first", "second"), [
    # a short form or an acronym beside the full name is how a text goes on, not two names
    ("the States Members of the United Nations", "les États Membres de l'Organisation des Nations Unies",
     "les États Membres de l'ONU"),
    ("the United Nations", "l'Organisation des Nations Unies", "l'Organisation"),
    ("the United Nations", "l'Organisation des Nations Unies", "les Nations Unies"),
])
def test_a_short_form_beside_the_full_name_is_no_inconsistency(term: str, first: str, second: str) -> None:
    units = [
        aligned_unit("op1", {"en": f"Calls upon {term} to act;", "fr": f"Demande à {first} d'agir;"}),
        aligned_unit("op2", {"en": f"Invites {term} to report;", "fr": f"Invite {second} à rendre compte;"}),
    ]
    findings = run_checks(alignment_of(units, ["en", "fr"]), ["terminology"])
    assert findings == []  # rendered both times, the same name


def test_a_longer_term_does_not_answer_a_shorter_one() -> None:
    """op15: the `Bureau van de Hoge Commissaris` of the full OHCHR name is taken by it;
    the later `Office of the High Commissioner` has only `Bureau van de ECB Hoge Commissaris`."""
    [finding] = [f for f in run_checks(alignment_72247("op15"), ["terminology"]) if f.severity is Severity.WARNING]
    assert finding.evidence == "Office of the High Commissioner"
    assert finding.excerpt == "Bureau van de ECB Hoge Commissaris"
    assert "(glossary ohc)" in finding.message and "closest" in finding.message
    assert "Bureau van de Hoge Commissaris voor de mensenrechten van de Verenigde Naties" in text_72247("op15", "nl")


def test_each_occurrence_has_its_own_closest_span() -> None:
    """op11 says "women human rights defenders" twice: `waarmee vrouwen worden geconfronteerd,
    mensenrechtenverdedigers` tears the first apart, `vrouwenrechtenverdedigers` (women's rights
    defenders) renders the second. Each is reported, paired in the order of the text."""
    found = [(f.evidence, f.excerpt) for f in run_checks(alignment_72247("op11"), ["terminology"]) if "(glossary whrd)" in f.message]
    assert found == [
        ("women human rights defenders", "mensenrechtenverdedigers"),
        ("women human rights defenders", "vrouwenrechtenverdedigers"),
    ]
    text = text_72247("op11", "nl")
    assert text.index("geconfronteerd, mensenrechtenverdedigers") < text.index("vrouwenrechtenverdedigers")


def test_the_excerpt_names_the_occurrence_it_means() -> None:
    """pp12: `mensenrechtenverdedigers, waaronder mensenrechtenverdedigers` renders "human rights
    defenders, including women human rights defenders": the first renders the shorter term, the
    second lost the "women". op11: each of its two closest spans starts where it stands."""
    [pp12] = [f for f in run_checks(alignment_72247("pp12"), ["terminology"]) if "(glossary whrd)" in f.message]
    text = text_72247("pp12", "nl")
    assert pp12.excerpt == "mensenrechtenverdedigers"
    assert pp12.excerpt_start == text.index("waaronder mensenrechtenverdedigers") + len("waaronder ")
    op11 = [f for f in run_checks(alignment_72247("op11"), ["terminology"]) if "(glossary whrd)" in f.message]
    text = text_72247("op11", "nl")
    assert [text[f.excerpt_start:f.excerpt_start + len(f.excerpt)] for f in op11 if f.excerpt_start is not None] == [
        f.excerpt for f in op11
    ]


def test_a_calque_is_shown_word_for_word() -> None:
    """pp1: `the purposes and principles of the Charter` is `de doelen en principes van het Handvest`,
    too unlike `doelstellingen en beginselen` as a whole (`principes` is the English's word), yet each
    word a cognate of the variant's word (`doelen`, `doeleinden`) or of the English's."""
    [finding] = [f for f in run_checks(alignment_72247("pp1"), ["terminology"]) if f.evidence == "purposes and principles"]
    assert finding.excerpt == "doelen en principes" and finding.severity is Severity.INFO
    assert any(e["unit"] == "pp1" and finding.excerpt in e["nl"] for e in known_errors())


@pytest.mark.parametrize("nl", [
    "Geleid door de idealen van het Handvest van de Verenigde Naties,",  # nothing alike
    "Geleid door de doelen van het Handvest van de Verenigde Naties,",  # one word alike is no rendering
    "Geleid door de doelen, principes van het Handvest van de Verenigde Naties,",  # nor words the term does not join
])
def test_nothing_similar_leaves_the_excerpt_empty(nl: str) -> None:
    alignment = alignment_of(
        [aligned_unit("pp1", {"en": "Guided by the purposes and principles of the Charter of the United Nations,", "nl": nl})],
        ["en", "nl"],
    )
    [finding] = [f for f in run_checks(alignment, ["terminology"]) if f.evidence == "purposes and principles"]
    assert finding.excerpt == "" and "no similar span" in finding.message and finding.severity is Severity.INFO


@pytest.mark.parametrize(("unit", "term", "rendering"), [
    ("op17", "treaty bodies", "relevante verdragsorganen"),  # as the VVN and the College voor de Rechten van de Mens write
    ("op7", "torture", "marteling"),  # beside the treaties' `foltering`, as Amnesty Vlaanderen and the NVVN write
])
def test_a_rendering_the_glossary_allows_is_not_reported(unit: str, term: str, rendering: str) -> None:
    """A reading of all 213 findings on 72/247 found these reported as not rendered, with "no similar span",
    though each is a standard Dutch rendering; the glossary now has them."""
    assert rendering in text_72247(unit, "nl")
    assert not [f for f in run_checks(alignment_72247(unit), ["terminology"]) if f.evidence == term]


def test_a_mention_beyond_the_renderings_is_reported_where_a_mangled_span_stands_for_it() -> None:
    """op12 names "transnational corporations and other business enterprises" twice: the Dutch renders the
    second whole and tears the first (`transnationale ondernemingen en andere, op aan zakelijke
    ondernemingen`). The first is reported with its closest span."""
    found = [(f.excerpt, f.severity) for f in run_checks(alignment_72247("op12"), ["terminology"]) if f.evidence.startswith("transnational")]
    assert found == [("transnationale ondernemingen en andere", Severity.INFO)]


@needs_extra
def test_a_mention_beyond_the_renderings_with_one_word_of_the_term_is_not_reported() -> None:
    """SDG target 4.7 says "sustainable development" three times; the official French renders two and
    spreads the third over `du développement et de modes de vie durables`: one word of the term is no
    mangled rendering."""
    assert not [f for f in run_checks(sdg_alignment(), ["terminology"]) if f.unit == "target4-7"]


def test_a_term_torn_apart_shows_both_halves() -> None:
    """pp11: `sustainable development` became `duurzaamheid te versterken / ontwikkeling`; the
    span reaches over the words put inside the term to its other half, in another form."""
    [finding] = [f for f in run_checks(alignment_72247("pp11"), ["terminology"])]
    assert (finding.excerpt, finding.evidence) == ("duurzaamheid te versterken ontwikkeling", "sustainable development")
    assert "closest: 'duurzaamheid te versterken ontwikkeling'" in finding.message


def test_a_torn_term_stays_within_its_clause() -> None:
    """UNPC devset l.2570 (official French): the halves around another adjective; op11 of 72/247:
    not across the comma of `vrouwen worden geconfronteerd, mensenrechtenverdedigers`; not to
    `duurzame` of `duurzame consumptie`."""
    [finding] = run_checks(pair("a peaceful and sustainable development", "un développement pacifique et durable", "fr"), ["terminology"])
    assert finding.excerpt == "développement pacifique et durable"
    op11 = [f.excerpt for f in run_checks(alignment_72247("op11"), ["terminology"]) if "women human rights defenders" in f.message]
    assert op11 == ["mensenrechtenverdedigers", "vrouwenrechtenverdedigers"]
    # ... nor to an adjective of another noun
    other = pair("Promotes sustainable development through sustainable consumption", "bevordert ontwikkeling via duurzame consumptie", "nl")
    assert [f.excerpt for f in run_checks(other, ["terminology"])] == ["ontwikkeling"]


# --------------------------------------------------------------------------- tolerance


@pytest.mark.parametrize(
    ("en", "other", "language"),
    [
        # UNPC devset l.1212 (official French): elision, plural.
        (
            "Noting the report of the Special Rapporteur of the Human Rights Council on the promotion and protection of human rights and fundamental freedoms while countering terrorism",
            "Prenant note du rapport du Rapporteur spécial du Conseil des droits de l'homme sur la promotion et la protection des droits de l'homme et des libertés fondamentales dans la lutte antiterroriste",
            "fr",
        ),
        # The English 72/247 op15 and the French HRC/49 draft op6: the feminine form, the paired noun.
        (
            "the Special Rapporteur on the situation of human rights defenders",
            "Salue les travaux de la Rapporteuse spéciale sur la situation des défenseurs et défenseuses des droits humains",
            "fr",
        ),
        # A/RES/76/170 (official French): articles inside the name.
        ("Recalling also the Vienna Declaration and Programme of Action", "Rappelant en outre la Déclaration et le Programme d’action de Vienne", "fr"),
        # UNPC devset l.147: a letter and a number inside the term.
        ("Agenda item 113 (b)", "Point 113 b) de l’ordre du jour", "fr"),
        # The Dutch 72/247 op3 and op19: Dutch plural and compound, a verified variant.
        (
            "takes note of the report of the Special Rapporteur of the Human Rights Council on the situation of human rights defenders",
            "neemt nota van het verslag van de speciale rapporteur van de Mensenrechtenraad over de situatie van mensenrechtenverdedigers",
            "nl",
        ),
        ("to the General Assembly and the Human Rights Council", "voor de Algemene Vergadering en de Raad voor de mensenrechten", "nl"),
        ("Member States of the UN Human Rights Council", "de lidstaten van de VN-Mensenrechtenraad", "nl"),
        # The sources of the glossary's entries covenants, non-state-actors and promotion-protection-hr:
        # EP resolution P7_TA(2010)0226 (nl), UNPC devset l.3514 (fr), kst-32735-47 and UNRIC's Dutch ABC (nl).
        (
            "the Universal Declaration of Human Rights, the International Covenants on Human Rights",
            "de Universele Verklaring van de Rechten van de Mens, de Internationale Verdragen voor de Rechten van de Mens",
            "nl",
        ),
        ("chemical weapons to other States or non-State actors", "des armes chimiques à d'autres États ou à des acteurs non étatiques", "fr"),
        ("threatened by Governments and non-State actors", "bedreigd door overheden en niet-statelijke actoren", "nl"),
        ("Promotion and protection of human rights", "Bevordering en bescherming van de mensenrechten", "nl"),
        # the long form, which a review's natural paragraph wrote (December 2026)
        ("Requests the United Nations High Commissioner for Human Rights to submit a report",
         "Verzoekt de Hoge Commissaris van de Verenigde Naties voor de Mensenrechten een verslag voor te leggen", "nl"),
        ("the Office of the United Nations High Commissioner for Human Rights",
         "het Bureau van de Hoge Commissaris van de Verenigde Naties voor de Mensenrechten", "nl"),
        # the treaty's Dutch title (Trb. 1968, 126), which a review's natural paragraph wrote
        ("Recalling the Treaty on the Non-Proliferation of Nuclear Weapons,",
         "Herinnerend aan het Verdrag inzake de niet-verspreiding van kernwapens,", "nl"),
        # a sourced variant with the `van` phrase after the relative clause's verb (A/RES/80/53 pp. 8, held out)
        ("and that all States Members of the United Nations should be enabled to actively engage",
         "alsook dat alle Staten die lid zijn van de Verenigde Naties in staat moeten worden gesteld zich actief in te zetten", "nl"),
    ],
)
def test_official_renderings_are_quiet(en: str, other: str, language: str) -> None:
    assert terminology(pair(en, other, language)) == []


def test_the_other_order_of_a_relative_clause_is_no_other_term() -> None:
    """Only the order moves: the Members of another body are no States Members of the United Nations."""
    alignment = pair(
        "and that all States Members of the United Nations should be enabled to actively engage",
        "alsook dat alle staten die lid zijn van de Europese Unie in staat moeten worden gesteld zich actief in te zetten", "nl",
    )
    [finding] = run_checks(alignment, ["terminology"])
    assert finding.severity is Severity.WARNING and finding.evidence == "States Members of the United Nations"
    assert finding.excerpt == "staten die lid zijn van de Europese"


def test_the_other_order_of_a_relative_clause_is_the_same_name_throughout() -> None:
    """A review's: one unit in the glossary's order, one in the other, is no name written two ways."""
    en = "Calls upon all States Members of the United Nations to cooperate"
    units = [
        aligned_unit("op1", {"en": en, "nl": "Roept alle Staten die Lid van de Verenigde Naties zijn op samen te werken"}),
        aligned_unit("op2", {"en": en, "nl": "Roept alle Staten die lid zijn van de Verenigde Naties op samen te werken"}),
    ]
    assert run_checks(alignment_of(units, ["en", "nl"]), ["terminology"]) == []


def test_pronoun_for_a_name_rendered_elsewhere_is_info() -> None:
    """UNPC devset l.69: the later sentences of a presidential statement open with `Il`;
    l.21 names the Council."""
    named = ("Provisional agenda for the 7364th meeting of the Security Council",
             "Ordre du jour provisoire de la 7364e séance du Conseil de sécurité")
    pronoun = ("The Security Council recalls its decision to place Boko Haram on the Al-Qaida sanctions list.",
               "Il rappelle la décision qu'il a placé Boko Haram sur la Liste relative aux sanctions contre Al-Qaida.")
    alone = alignment_of([aligned_unit("op1", {"en": pronoun[0], "fr": pronoun[1]})], ["en", "fr"])
    assert terminology(alone) == [("op1", "", Severity.WARNING)]  # rendered nowhere: the official name is not known
    both = alignment_of(
        [aligned_unit("op1", {"en": named[0], "fr": named[1]}), aligned_unit("op2", {"en": pronoun[0], "fr": pronoun[1]})],
        ["en", "fr"],
    )
    assert terminology(both) == [("op2", "", Severity.INFO)]


def test_common_terms_are_info() -> None:
    """UNPC devset l.524: `renforcer les capacités` for "capacity-building" is a paraphrase."""
    alignment = pair(
        "and expressed a desire for increased communication, coordination and capacity-building to meet the needs",
        "et a exprimé le désir d'améliorer la communication et la coordination et de renforcer les capacités pour répondre aux besoins",
        "fr",
    )
    assert terminology(alignment) == [("op1", "renforcer les capacités", Severity.INFO)]


# --------------------------------------------------------------------------- the floor


def _udhr(language: str) -> dict[str, str]:
    """The preamble, the proclamation and the 30 articles of the UDHR in one language."""
    text = unescape(re.sub(r"<[^>]+>", "\n", (EXTRA / "udhr" / f"udhr.{language}.html").read_text(encoding="utf-8")))
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    start = next(i for i, line in enumerate(lines) if line.lower() in {"preamble", "préambule", "preambule"})
    units: dict[str, list[str]] = {"pp": [], "proclamation": []}
    current = "pp"
    for line in lines[start + 1:]:
        if m := re.fullmatch(r"(?:Article|Artikel)\s+(\d+|premier)", line):
            current = f"art{1 if m[1] == 'premier' else m[1]}"
            units[current] = []
        elif current == "pp" and not re.match(r"(Whereas|Considérant|Overwegende)", line):
            units["proclamation"].append(line)
        else:
            units[current].append(line)
    found = {f"pp{k}": p for k, p in enumerate(units.pop("pp"), 1)}
    return found | {key: " ".join(value) for key, value in units.items()}


@needs_extra
@pytest.mark.parametrize("language", ["fr", "nl"])
def test_false_alarms_on_the_udhr(language: str) -> None:
    en, other = _udhr("en"), _udhr(language)
    assert list(en) == list(other) and len(en) == 38
    units = [aligned_unit(k, {"en": en[k], language: other[k]}, Section.ARTICLE if k.startswith("art") else Section.PREAMBLE) for k in en]
    findings = TerminologyCheck().run(alignment_of(units, ["en", language]), QAContext())
    flagged = {f.unit for f in findings if f.severity is not Severity.INFO}
    assert len(flagged) / len(units) <= FLOOR


# --------------------------------------------------------------------------- official en/fr pairs


def _unpc_terminology(line: int) -> list:
    """The warnings on devset line ``line``, aligned with l.64, which renders `States parties`
    as the glossary says (a name rendered elsewhere and nowhere garbled is info)."""
    units = [aligned_unit(f"ax{n}", unpc_alignment().units[n - 1].texts) for n in (line, 64)]
    alignment = alignment_of(units, ["en", "fr"])
    return [f for f in TerminologyCheck().run(alignment, QAContext()) if f.severity is not Severity.INFO]


@needs_extra
@pytest.mark.parametrize(
    "line",
    [
        631,  # "the national Security Council" / `Conseil national de sécurité`
        1981,  # "Non-Aligned States Parties" / `États non alignés parties`
        3541,  # the same
        2891,  # "States Members of the United Nations" / `États Membres de l'ONU`
        2521,  # "Group of Non-Aligned States Parties" / `Groupe des États membres du Mouvement des pays non alignés parties`
    ],
)
def test_accepted_renderings_on_unpc_devset_are_not_warned(line: int) -> None:
    assert _unpc_terminology(line) == []


@needs_extra
@pytest.mark.parametrize(
    ("line", "closest"),
    [
        (560, "closest: 'Conseil'"),  # `les résolutions du Conseil`: the Council named short, rightly
        (1279, "no similar span"),  # not `général d'` of `Secrétaire général d'élaborer`: a word of the pivot's term
    ],
)
def test_a_span_that_only_shares_a_word_leaves_a_name_information(line: int, closest: str) -> None:
    """Official French, where the glossary's name is not spelled out: a span found only by a
    word it shares with the expected name is shown, but is no sign of a garbled name."""
    findings = [f for f in TerminologyCheck().run(unpc_alignment(), QAContext()) if f.unit == f"line{line}"]
    assert findings and all(f.severity is Severity.INFO for f in findings)
    assert any(closest in f.message for f in findings)


def test_a_garbled_name_after_a_glossary_name_is_still_warned() -> None:
    """`United Nations` ends a glossary term: the `Human Rights Council` after it is not the end
    of some longer name the translation could render whole."""
    alignment = pair(
        "Welcoming the work of the United Nations Human Rights Council,",
        "Verwelkomend het werk van de Verenigde Naties mens Rights Council,",
        "nl",
    )
    assert terminology(alignment) == [("op1", "mens Rights Council", Severity.WARNING)]


def test_a_modifier_moves_inside_the_french_term_but_nothing_else_does() -> None:
    rules = _rules(load_glossary(None), "en", "fr")
    moved = match_terms("under the leadership of the national Security Council.", "sous l'égide du Conseil national de sécurité.", "en", "fr", rules)
    assert "sc" in moved.rendered
    other = match_terms("under the leadership of the Security Council.", "sous l'égide du Conseil national de sécurité.", "en", "fr", rules)
    assert "sc" not in other.rendered


def test_a_name_written_without_its_capitals_is_information() -> None:
    """Operative 14 of the Dutch 72/247 writes `van de algemene vergadering`."""
    findings = [f for f in TerminologyCheck().run(alignment_72247("op14"), QAContext()) if "is a name" in f.message]
    assert [(f.unit, f.excerpt, f.severity) for f in findings] == [("op14", "algemene vergadering", Severity.INFO)]
    assert "'Algemene Vergadering'" in findings[0].message


@pytest.mark.parametrize(
    ("en", "other", "language"),
    [
        # usage varies after the head of a name
        ("to the Office of the High Commissioner for Human Rights;", "aan het Bureau van de Hoge Commissaris voor de mensenrechten;", "nl"),
        # a one-word head is a common noun too
        ("the Secretariat shall report;", "le secrétariat fera rapport ;", "fr"),
        # the glossary's own form
        ("the General Assembly decides;", "l’Assemblée générale décide ;", "fr"),
    ],
)
def test_names_written_as_usage_allows_are_quiet(en: str, other: str, language: str) -> None:
    findings = TerminologyCheck().run(pair(en, other, language), QAContext())
    assert [f for f in findings if "is a name" in f.message] == []


@pytest.mark.parametrize(
    ("pivot", "text", "other", "language"),
    [
        # UDHR art. 22, French as the pivot: the organisation of each country, not the United Nations.
        (
            "fr", "compte tenu de l’organisation et des ressources de chaque pays",
            "overeenkomstig de organisatie en de hulpbronnen van de betreffende Staat", "nl",
        ),
        # UNPC devset l.2408: a convention's secretariat functions, not the UN Secretariat.
        (
            "en", "to further improve the relationship between the Convention and UNEP in the provision of secretariat functions",
            "d'améliorer davantage la relation entre la Convention et le Programme des Nations Unies pour l'environnement", "fr",
        ),
    ],
)
def test_a_one_word_name_in_lower_case_is_a_common_noun(pivot: str, text: str, other: str, language: str) -> None:
    assert terminology(alignment_of([aligned_unit("op1", {pivot: text, language: other})], [pivot, language])) == []


def test_a_one_word_name_with_its_capital_is_still_the_name() -> None:
    """UDHR preamble, French as the pivot: `l'Organisation` refers back to the United Nations."""
    found = terminology(alignment_of([aligned_unit("pp1", {"fr": "en coopération avec l’Organisation", "nl": "in samenwerking met de organisatie"})], ["fr", "nl"]))
    assert [severity for _, _, severity in found] == [Severity.WARNING]


@pytest.mark.parametrize(
    ("pivot", "text", "language", "other"),
    [
        # UDHR preamble, French as the pivot: `Organisation des Nations Unies` must leave the Dutch
        # `Staten, welke Lid zijn van de Verenigde Naties` to `États Membres` and take the second
        # `Verenigde Naties`; its three matching variants are one mention, which takes one rendering.
        (
            "fr",
            "Considérant que les États Membres se sont engagés à assurer, en coopération avec l’Organisation des Nations Unies, "
            "le respect universel et effectif des droits de l’homme et des libertés fondamentales,",
            "nl",
            "Overwegende, dat de Staten, welke Lid zijn van de Verenigde Naties, zich plechtig verbonden hebben om, in "
            "samenwerking met de Organisatie van de Verenigde Naties, overal de eerbied voor en inachtneming van de rechten "
            "van de mens en de fundamentele vrijheden te bevorderen;",
        ),
        # UNPC devset l.2621: `violence against women` leaves `femmes et des filles` to "women and girls"
        # and takes the second `violence à l'égard des femmes`.
        (
            "en",
            "the need to develop a model to eradicate violence against indigenous women and girls with an intercultural and "
            "human rights approach, including through the national commission to prevent and eradicate violence against women",
            "fr",
            "la nécessité d'élaborer un modèle d'éradication de la violence à l'égard des femmes et des filles autochtones basé "
            "sur une approche interculturelle et soucieuse des droits de l'homme, dont le maître d'œuvre serait la Commission "
            "nationale pour la prévention et l'élimination de la violence à l'égard des femmes",
        ),
    ],
)
def test_a_term_gives_up_a_rendering_another_term_needs(pivot: str, text: str, language: str, other: str) -> None:
    assert terminology(alignment_of([aligned_unit("pp1", {pivot: text, language: other})], [pivot, language])) == []


def test_a_pivot_form_two_entries_share_is_answered_by_either() -> None:
    """UDHR preamble, Dutch as the pivot: `Staten, welke Lid zijn van de Verenigde Naties` is how the
    Dutch renders "Member States" and "States Members of the United Nations"; the French `États
    Membres` answers it, whichever entry the mention falls to."""
    alignment = alignment_of([aligned_unit("pp6", {
        "nl": "Overwegende, dat de Staten, welke Lid zijn van de Verenigde Naties, zich plechtig verbonden hebben",
        "fr": "Considérant que les États Membres se sont engagés à assurer",
    })], ["nl", "fr"])
    assert terminology(alignment) == []


def test_a_name_the_version_writes_where_the_pivot_has_no_text_is_known() -> None:
    """UDHR, Dutch as the pivot: the French sets `L'Assemblée générale` on a line of its own, which
    the Dutch runs into its proclamation; the name missing beside the proclamation is information."""
    proclamation = aligned_unit("pp8", {
        "nl": "Op grond daarvan proclameert de Algemene Vergadering deze Universele Verklaring",
        "fr": "Proclame la présente Déclaration universelle des droits de l’homme",
    })
    alone = aligned_unit("pp7~fr1", {"nl": "", "fr": "L’Assemblée générale"})
    assert terminology(alignment_of([proclamation], ["nl", "fr"])) == [("pp8", "", Severity.WARNING)]
    assert terminology(alignment_of([alone, proclamation], ["nl", "fr"])) == [("pp8", "", Severity.INFO)]


@pytest.mark.parametrize(
    ("text", "language", "other"),
    [
        # a review's: a variant only one entry has (`Plate-forme d'action`), and one alike to another's
        # only once folded (`défenseuses`, women defenders): neither is answered by the other entry
        ("Rappelant la Plate-forme d'action adoptée à Beijing,", "en", "Recalling the Programme of Action adopted at Beijing,"),
        ("Condamne les représailles contre les défenseuses des droits humains ;", "en", "Condemns reprisals against human rights defenders;"),
        ("Condamne les représailles contre les défenseuses des droits humains ;", "nl", "Veroordeelt represailles tegen mensenrechtenverdedigers;"),
    ],
)
def test_only_a_variant_two_entries_share_word_for_word_is_answered_by_either(text: str, language: str, other: str) -> None:
    assert len(terminology(alignment_of([aligned_unit("pp1", {"fr": text, language: other})], ["fr", language]))) == 1


def test_a_name_in_an_unpaired_footnote_does_not_excuse_a_wrong_organ() -> None:
    """Only the organ's own line (the formula's subject) counts as the version knowing its name."""
    body = aligned_unit("op3", {
        "en": "Requests the Secretary-General to submit a report to the Human Rights Council at its fifty-fifth session;",
        "fr": "Prie le Secrétaire général de présenter un rapport à l'Assemblée générale à sa cinquante-cinquième session ;",
    })
    footnote = aligned_unit("fn1", {"en": "", "fr": "Voir la résolution 5/1 du Conseil des droits de l'homme."}, Section.FOOTNOTE)
    assert [severity for _, _, severity in terminology(alignment_of([body, footnote], ["en", "fr"]))] == [Severity.WARNING]


def test_a_shared_variant_does_not_excuse_an_unshared_one() -> None:
    """A review's: `Programme d'action` may be either entry's, `Plate-forme d'action` only the Platform's."""
    alignment = alignment_of([aligned_unit("pp1", {
        "fr": "Rappelant la Plate-forme d'action adoptée à Beijing et le Programme d'action adopté au Caire,",
        "en": "Recalling the Programme of Action adopted at Beijing and the Programme of Action adopted at Cairo,",
    })], ["fr", "en"])
    assert [severity for _, _, severity in terminology(alignment)] == [Severity.WARNING]
    alignment = alignment_of([aligned_unit("op1", {"nl": "Verzoekt de VN-lidstaten om bij te dragen;", "en": "Requests Member States to contribute;"})], ["nl", "en"])
    assert terminology(alignment) == []


def test_a_shared_variant_left_out_is_information_where_either_rendering_is_known() -> None:
    """A review's: the Cairo Programme of Action dropped once, rendered in the next paragraph."""
    alignment = alignment_of([
        aligned_unit("pp1", {"fr": "Rappelant le Programme d'action,", "en": "Recalling the plan,"}),
        aligned_unit("pp2", {"fr": "Rappelant encore le Programme d'action,", "en": "Recalling again the Programme of Action,"}),
    ], ["fr", "en"])
    assert [(unit, severity) for unit, _, severity in terminology(alignment)] == [("pp1", Severity.INFO)]


@pytest.mark.parametrize(("mentions", "renderings", "unpaired"), [
    ([0, 50], [48], [0]),  # op12's two mentions, the second rendered whole near its place
    ([0, 50, 90], [1, 88], [50]),
    (list(range(0, 250, 10)), list(range(0, 250, 20)), list(range(10, 250, 20))),  # 25 mentions, 13 rendered
])
def test_renderings_pair_with_the_mentions_at_their_places(mentions: list[int], renderings: list[int], unpaired: list[int]) -> None:
    """Words at the same share of their texts (both 250 words long here) are paired, in reading order."""
    spans = [range(m, m + 2) for m in mentions]
    assert [s.start for s in _unpaired(spans, [range(r, r + 2) for r in renderings], 250, 250)] == unpaired


@pytest.mark.parametrize(("pivot", "language", "pivot_text", "text", "found"), [
    # a mention beyond the renderings is information: the unit renders the name elsewhere
    ("en", "nl", "Urges States parties to report, invites States parties to cooperate, and requests States parties to "
     "inform the Committee.", "Dringt er bij de Staten die partij zijn op aan verslag uit te brengen, nodigt de Staten "
     "die partij zijn uit samen te werken en verzoekt de Staten die daarbij partij zijn het Comité in te lichten.",
     [("Staten die daarbij partij zijn", Severity.INFO)]),
    # the words of another term's rendering (`droits de l'homme`, for "human rights") answer no mention
    ("en", "fr", "Takes note of the report of the Human Rights Council and requests the Human Rights Council to report "
     "on the promotion of human rights.", "Prend note du rapport du Conseil des droits de l'homme et prie le Conseil de "
     "faire rapport sur la promotion des droits de l'homme.", []),
    # the mention that ends a longer name is left to it (UNPC devset l.64, reordered as a translation may)
    ("en", "fr", "Reiterates that obligations under article III provide credible assurances for States parties to "
     "engage in the transfer of nuclear technology, as the Group of Non-Aligned States Parties to the Treaty has long "
     "held.", "Le Groupe des États membres du Mouvement des pays non alignés parties au Traité réitère depuis longtemps "
     "que les obligations découlant de l'article III doivent permettre aux États parties de procéder aux échanges de "
     "technologies nucléaires.", []),
])
def test_mentions_beyond_the_renderings_in_correct_translations(pivot, language, pivot_text, text, found) -> None:
    """A review's sentences, each a correct translation that names a term fewer times than the pivot: no
    warning, and no closest span taken from another term or from a longer name."""
    alignment = alignment_of([aligned_unit("op1", {pivot: pivot_text, language: text})], [pivot, language])
    assert [(f.excerpt, f.severity) for f in run_checks(alignment, ["terminology"])] == found


def test_a_one_word_name_written_in_lower_case_against_the_versions_habit() -> None:
    """op16 of 72/247: `de twintigste verjaardag van de verklaring` for "the Declaration", where the Dutch writes
    `Verklaring` with its capital eleven times; pp3 likewise. A one-word name is a common noun too, so only the
    version's own habit tells a capital lost."""
    found = [(f.unit, f.excerpt, f.severity) for f in run_checks(alignment_72247(), ["terminology"]) if "in lower case" in f.message]
    assert found == [("pp3", "verklaring", Severity.INFO), ("op16", "verklaring", Severity.INFO)]
    assert any(e["unit"] == "op16" and "verklaring" in e["nl"] for e in known_errors())


def test_a_one_word_name_the_version_writes_small_half_the_time_is_no_lost_capital() -> None:
    """pp3 and op16 of 72/247 alone write `Verklaring` twice and `verklaring` twice: no habit to break. With
    pp7 and pp8 beside op16, four capitals against one lower case: op16's is reported."""
    units = [aligned_unit(u, {"en": text_72247(u, "en"), "nl": text_72247(u, "nl")}) for u in ("pp3", "op16")]
    assert not [f for f in run_checks(alignment_of(units, ["en", "nl"]), ["terminology"]) if "in lower case" in f.message]
    more = [aligned_unit(u, {"en": text_72247(u, "en"), "nl": text_72247(u, "nl")}) for u in ("pp7", "pp8", "op16")]
    assert [f.unit for f in run_checks(alignment_of(more, ["en", "nl"]), ["terminology"]) if "in lower case" in f.message] == ["op16"]


@needs_extra
def test_an_inflected_form_is_no_lost_capital() -> None:
    """The UNPC devset in French writes `l'Organisation` for the United Nations and `organisations` for
    other organizations: a plural is another word, never the name's capital lost (ten lines of the devset
    were reported so before)."""
    lost = [f.excerpt for f in run_checks(unpc_alignment(), ["terminology"]) if "in lower case" in f.message]
    assert lost and "organisations" not in lost


def test_a_name_of_one_word_missing_is_information() -> None:
    """UNPC devset l.641: the English line names the `Manama Declaration`, the French line (cut elsewhere)
    has none of it. `Declaration` alone is a common noun too: information, not a warning, and not a
    false alarm on an official text."""
    unit = aligned_unit("op1", {
        "en": "Manama Declaration adopted at the First International Entrepreneurs Investment Forum",
        "fr": "du premier Forum international sur l'entrepreneuriat et l'investissement international",
    })
    assert [severity for _, _, severity in terminology(alignment_of([unit], ["en", "fr"]))] == [Severity.INFO]


def test_a_run_on_text_is_searched_near_each_term_s_place() -> None:
    """72/247 run together into one paragraph of 2,600 words, as a file that lost its blank lines
    reads: each term's closest span is looked for near its place (:data:`LONG_TEXT`), which finds
    the spans each paragraph on its own shows (`mens Rights Council`, `doelen en principes`), where
    the whole text offered alike spans far from the term (`gebied van de mens rechten`) and took
    eleven times as long at four times the text."""
    units = _units_72247()["units"]
    one = aligned_unit("op1", {"en": " ".join(u["en"] for u in units), "nl": " ".join(u["nl"] for u in units)})
    assert len(one.texts["nl"].split()) > LONG_TEXT
    shown = {f.excerpt for f in run_checks(alignment_of([one], ["en", "nl"]), ["terminology"])}
    assert {"mens Rights Council", "doelen en principes", "Special te bieden Rapporteur"} <= shown
    assert "gebied van de mens rechten" not in shown
