"""Recall of the text checks on the errors found by reading the Dutch 72/247 against the English.

``tests/data/qa/a-res-72-247.nl-errors.jsonl`` lists every error a reader found,
of every kind; most (omissions, mistranslations) are for the meaning checks. Nine
were first reported by ``align qa`` and added once a reading confirmed them (their
notes say so), so that a change that loses them fails here too; 52 were added by a
second reading of the whole text (December 2026), which found the first list far from
complete. The entries below are those the text checks (numbers, header, untranslated,
form, grammar, damage, typography, false friends, terminology, possessive,
prepositions, acts) are responsible for: each must be reported in its unit with an
excerpt inside the entry's Dutch text (or containing it).
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from test_qa_corpus import alignment_72247, known_errors

import align
from align.qa.registry import run_checks

CORPUS_72247 = Path(__file__).resolve().parents[1] / "corpus" / "a-res-72-247.en+nl-mt.md"

#: (unit, start of the entry's Dutch text) of the entries in the scope of the text checks.
IN_SCOPE = [
    ("header", "Zeventig seconden sessie"),
    ("pp9", "De positieve, belangrijke"),
    ("pp10", "Verwelkoming van de stappen"),
    ("pp12", "Ze bezorgd over"),
    ("pp12", "Rights Council"),
    ("pp14", "Onderstreping van het wettelijk kader"),
    ("op10", "10. herhaalt met klem"),
    ("op12", "12. dringt er bij"),
    ("op13", "13. is verheugd over"),
    ("op14", "14. besluit een"),
    ("op16", "16. verzoekt de"),
    ("op17", "17. verzoekt tevens"),
    ("op18", "18. verzoekt alle"),
    ("op19", "19. verzoekt de speciale"),
    ("op20", "20. besluit om"),
    ("op13", "te bevorderen en te beschermen Fundamental Freedoms"),
    ("op13", "het Office of the United Nations High Commissaris"),
    ("fn3", "(A / 68/53), hfst. IV, sekte. EEN."),
    ("fn4", "(A / 71/53), hfst. IV, sekte. EEN."),
    ("fn5", "(A / 72/53), hfst. IV, sekte. EEN."),
    ("fn4", "Ibid., Seventy-first Session"),
    ("fn5", "Ibid., Seventy-second Session"),
    ("fn3", "(A / 68/53)"),
    ("fn4", "(A / 71/53)"),
    ("fn5", "(A / 72/53)"),
    ("fn8", "A / 72/170 ."),
    ("fn9", "A / HRC / 36/31 ."),
    # grammar: inflection, articles, `om` without `te`, capitals inside a sentence
    ("pp9", "op lokaal, nationale"),
    ("op6", "de status van nationaal instellingen"),
    ("op13", "om het Verklaring"),
    ("op13", "de noodzaak om volledige"),
    ("op13", "groepen en organen van Samenleving"),
    ("op14", "om overleg met de lidstaten"),
    ("op14", "om de reikwijdte"),
    ("pp16", "in strijd is met het internationale recht, Erkenning"),
    # grammar: the infinitive's "to" rendered as `aan`, two infinitives in a row after `en`
    ("pp18", "aan een duidelijke houding"),
    ("op16", "schenken en aanvaarden"),
    # grammar: a `te` lost after a first `te` infinitive and its phrase, or in a list after a verb that asks for one
    ("pp9", "en bijdragen aan"),
    ("op12", "respecteren, bevorderen"),
    # grammar: main-clause order in a subordinate clause
    ("pp15", "anderen zijn alleen onderworpen"),
    ("pp15", "en worden door de wet bepaald"),
    ("pp13", "en hun toepassing mag"),
    ("pp12", "waarmee wordt geconfronteerd"),
    # form: `Reaffirming` rendered without its `again`
    ("pp8", "Bevestigend het belang"),
    # typography: semicolons that cut a sentence, spaces in the page furniture; damage: a split compound
    ("op9", "te stoppen; willekeurige arrestatie"),
    ("op15", "op lokaal niveau op te zetten"),
    ("header", "Distr. : Algemeen"),
    ("header", "A / RES / 72/247"),
    ("op17", "relevante mensenrechten verplichtingen"),
    ("op5", "maatregelen ter verbetering de erkenning"),
    ("pp15", "in een democratisch maatschappij"),
    # false friends: a body of law made a statute, a noun made a verb, `even` for "equally"
    ("pp14", "de internationale mensenrechten wet"),
    ("op16", "binnen hun respectieve machtigt"),
    ("pp7", "voor alle personen even"),
    # ... legislation for a body of law, `civiele` for civil rights
    ("pp13", "in het kader van internationale mensenrechtenwetgeving"),
    ("op9", "op grond van de internationale mensenrechtenwetgeving"),
    ("pp17", "om naleving te waarborgen met internationale mensenrechtenwetgeving"),
    ("pp11", "alle civiele, politieke"),
    ("pp7", "zonder discriminatie vervuld"),
    ("pp12", "onzekerheid lijden"),
    ("pp18", "praktijken en overtredingen"),
    ("op7", "hun wettelijke vertegenwoordigers, medewerkers"),
    ("op8", "hun wettelijke vertegenwoordigers, medewerkers"),
    # found by these checks and confirmed by reading: an opening participle after its object,
    # inflection, `om` for the right's `op`, spaces before commas
    ("pp11", "De wezenlijke rol erkennend"),
    ("op5", "nationaal mensenrechtenmechanismen"),
    ("op8", "om onbelemmerde toegang"),
    ("op16", "66/164 , 68/181"),
    # terminology: the Declaration's `in association with` made `in samenwerking met`
    ("pp15", "individueel en in samenwerking met anderen"),
    ("op8", "individueel en in samenwerking met anderen"),
    ("op19", "de Raad voor de mensenrechten"),  # a name the version writes another way elsewhere
    # possessive: the Assembly's and the Organization's `its` rendered `zijn`
    ("pp3", "Herinnerend aan zijn resolutie"),
    ("pp4", "inclusief zijn resoluties"),
    ("pp4", "al zijn andere eerdere resoluties"),
    ("op8", "de Verenigde Naties, zijn speciale procedures"),
    ("op11", "herhaalt zijn krachtige oproep"),
    ("op11", "Algemene Vergadering in zijn resolutie"),
    ("op14", "op zijn drieënzeventigste zitting"),
    ("op16", "Algemene Vergadering in zijn resoluties"),
    ("op17", "op zijn drieënzeventigste zitting"),
    # prepositions: `van` for "against" after a noun of harm, a verb's `aan` made `tot` or `voor`, `in` for an action
    ("op4", "geweld en discriminatie van"),
    ("op14", "tot de twintigste verjaardag"),
    ("op19", "over zijn activiteiten voor"),
    ("op1", "in het bouwen en onderhouden"),
    ("op16", "helpen staten in versterking"),
    # false friends: `angst daarvan` for "fear thereof", `aanvallen` for "target", `voor` for a cause
    ("op1", "angst daarvan"),
    ("pp16", "om mensenrechtenverdedigers aan te vallen"),
    ("op9", "voor uitoefening van"),
    # grammar: `terwijl` and a participle, a verb inside its object or before it
    ("op5", "terwijl volledig erkennend"),
    ("pp6", "te beschermen van alle personen"),
    ("op18", "om de bescherming te waarborgen"),
    ("op4", "te onderzoeken en publiekelijk"),
    # grammar: a fronted phrase with no subject, a verb joined to a noun across an aside, a mixed list
    ("op9", "en in dit verband dringt"),
    ("pp17", "door na te gaan en"),
    ("op5", "bij het bevorderen, bescherming"),
    # terminology: a calque of a term, shown word for word
    ("pp1", "de doelen en principes"),
    # grammar: the copula after the first of the predicates the English lists
    ("pp5", "universeel zijn, ondeelbaar"),
    # grammar: the infinitive before its adjunct and its object, in the English order
    ("op4", "op aan te erkennen via"),
    # grammar: a verb and a modal before their object ("give and can give"), a separable verb split in a relative
    # clause's list ("who seek to cooperate, are cooperating or have cooperated")
    ("op16", "geeft en kan de nodige aandacht"),
    ("op8", "werken samen of hebben samengewerkt"),
    # prepositions: `van` for "against" before the Dutch's own "including against"
    ("op7", "schendingen en misbruik van mensenrechtenverdedigers"),
    # acts: "acting individually" with no verb of acting, "acts of intimidation" made a phenomenon
    ("pp15", "mensenrechtenverdedigers, individueel"),
    ("op8", "Veroordeelt alle intimidatie en represailles"),
    ("pp12", "of intimidatie en represaille"),
]
#: In scope but not found: a single English word, and a French one in a Dutch text
#: of which only English and Dutch are known.
MISSED = [("op18", "aan de Special te bieden Rapporteur"), ("op17", "aan de generaal Assemblée")]


def _findings():
    """The text checks on the corpus's units, with the parsed documents (their headers and
    page furniture)."""
    alignment = alignment_72247()
    en, nl = align.read_versions([CORPUS_72247])
    alignment.documents = {"en": en, "nl": nl}
    return run_checks(alignment)


def _located(entry: dict, findings) -> bool:
    """Strictly: a finding in the entry's unit whose excerpt contains its Dutch or lies inside it
    (a missing footnote: see :func:`_overlaps`)."""
    return any(
        _in_unit(entry, f) and (
            f.check == "structure" if entry["kind"] == "footnote"
            else bool(f.excerpt) and (_inside(f.excerpt, entry["nl"]) or _inside(entry["nl"], f.excerpt))
        )
        for f in findings
    )


def test_in_scope_entries_are_in_the_errors_file() -> None:
    entries = {(e["unit"], e["nl"]) for e in known_errors()}
    for unit, start in IN_SCOPE + MISSED:
        assert any(u == unit and nl.startswith(start) for u, nl in entries), (unit, start)


def test_each_in_scope_error_is_reported_in_its_unit_with_its_excerpt() -> None:
    findings = _findings()
    entries = [e for e in known_errors() if any(e["unit"] == u and e["nl"].startswith(s) for u, s in IN_SCOPE)]
    missed = [(e["unit"], e["nl"]) for e in entries if not _located(e, findings)]
    assert missed == []
    assert len(entries) == len(IN_SCOPE)


def test_recall_over_the_whole_list() -> None:
    """All kinds together, for the record: the text checks alone locate 186 of 207 (strict
    matching, no model); a floor a little under that catches a check that stops working."""
    findings = _findings()
    entries = known_errors()
    located = sum(_located(e, findings) for e in entries)
    print(f"\ntext checks locate {located} of {len(entries)} known errors of the Dutch 72/247")
    assert located >= 178


# --------------------------------------------------------------------------- the real pipeline

#: (unit, start of the entry's Dutch text) of the errors the corpus README lists.
README_ERRORS = [
    ("header", "Zeventig seconden sessie"),
    ("fn3", "(A / 68/53), hfst. IV, sekte. EEN."),
    ("op15", "aan het Bureau van de ECB"),
    ("pp12", "Rights Council"),
    ("fn4", "Ibid., Seventy-first Session"),
    ("op13", "te bevorderen en te beschermen Fundamental Freedoms"),
    ("op13", "het Office of the United Nations High Commissaris"),
    ("op10", "te beschermen, te vergemakkelijken en"),  # cut by a blank line
    ("op11", "discriminatie en geweld waarmee vrouwen"),  # cut by blank lines
    ("pp9", "De positieve, belangrijke"),  # `onderstrepen` displaced
    ("pp12", "Ze bezorgd over"),
]


def _overlaps(entry: dict, finding) -> bool:
    """The finding's unit holds the entry's (header fields are `title.*` units) and its excerpt
    contains the entry's Dutch, lies inside it, or shares three words in a row with it, all as
    whole words. A footnote the version lacks has no text there to quote: the structure check's
    finding in its unit locates it."""
    if not _in_unit(entry, finding):
        return False
    if entry["kind"] == "footnote":
        return finding.check == "structure"
    if not finding.excerpt:
        return False
    nl, excerpt = " ".join(entry["nl"].split()), " ".join(finding.excerpt.split())
    if _inside(excerpt, nl) or _inside(nl, excerpt):
        return True
    words = excerpt.split()
    return any(_inside(" ".join(words[k : k + 3]), nl) for k in range(len(words) - 2))


def _in_unit(entry: dict, finding) -> bool:
    """The finding's unit holds the entry's; header fields are `title.*` units."""
    units = entry["unit"].split("+")
    return any(u in finding.unit.split("+") or (u == "header" and finding.unit.startswith("title")) for u in units)


def _inside(part: str, text: str) -> bool:
    """``part`` in ``text`` without cutting a word: the excerpt `wet` is not inside `wetgeving`."""
    if not part:
        return False
    before = r"(?<!\w)" if re.match(r"\w", part) else ""
    after = r"(?!\w)" if re.search(r"\w$", part) else ""
    return re.search(before + re.escape(part) + after, text) is not None


@pytest.fixture(scope="module")
def pipeline_findings(cached_embedder):
    """`align qa` on the corpus file: parsed, aligned and checked with every check and the default model."""
    alignment = align.align(align.read_versions([CORPUS_72247]), embedder=cached_embedder)
    return align.check(alignment, embedder=cached_embedder)


@pytest.mark.model
@pytest.mark.parametrize(("unit", "start"), README_ERRORS, ids=[f"{u} {s[:24]}" for u, s in README_ERRORS])
def test_each_error_the_corpus_readme_lists_is_found_by_align_qa(pipeline_findings, unit: str, start: str) -> None:
    entry = next(e for e in known_errors() if e["unit"] == unit and e["nl"].startswith(start))
    assert any(_overlaps(entry, f) for f in pipeline_findings), entry


@pytest.mark.model
def test_the_heading_s_committee_formula_rendered_about_the_report_is_found(pipeline_findings) -> None:
    """`[over het verslag van de Derde Commissie ...]`: in a heading line of its own, which only the
    parsed document has (the units of the text checks above do not)."""
    entry = next(e for e in known_errors() if e["unit"] == "header" and e["nl"].startswith("over het verslag"))
    assert [f.check for f in pipeline_findings if _overlaps(entry, f)] == ["false-friends"]


@pytest.mark.model
def test_the_two_english_paragraphs_run_together_in_dutch_are_one_merged_unit(pipeline_findings) -> None:
    merged = [f for f in pipeline_findings if f.check == "structure" and f.unit == "pp16+pp17"]
    assert [(f.severity.value, f.excerpt.split()[:3]) for f in merged] == [("error", ["Zeer", "bezorgd", "over"])]
    assert "merged" in merged[0].message


@pytest.mark.model
def test_recall_of_align_qa_over_the_whole_list(pipeline_findings) -> None:
    """Every check on the real pipeline, for the record, per kind of error; the issue asks for
    all of them, and most mistranslations and one-word omissions are beyond these checks.

    A finding can lie inside two entries: `besluit`, the opening verb in lower case, inside
    op14's `14. besluit een` and inside `besluit een algemene plenaire vergadering`, whose
    error is `algemene` for "high-level" (which the terminology check names too). Counted
    with one finding to an entry at most (a maximum matching), such coincidences drop out:
    207 of 207 located, 204 that way. The floor holds the stricter count."""
    entries = known_errors()
    by_kind: dict[str, list[int]] = {}
    for entry in entries:
        found = any(_overlaps(entry, f) for f in pipeline_findings)
        by_kind.setdefault(entry["kind"], [0, 0])[0] += found
        by_kind[entry["kind"]][1] += 1
    located = sum(found for found, _ in by_kind.values())
    strict = _one_finding_to_an_entry(entries, pipeline_findings)
    print(f"\nalign qa locates {located} of {len(entries)} known errors ({strict} with one finding to an entry):",
          {k: f"{f}/{n}" for k, (f, n) in by_kind.items()})
    assert strict >= 195  # 204 measured; a floor a little under it catches a check that stops working


def _one_finding_to_an_entry(entries: list[dict], findings) -> int:
    """How many entries a maximum matching locates, each finding used for one entry at most
    (augmenting paths: the lists are small)."""
    candidates = [[k for k, f in enumerate(findings) if _overlaps(entry, f)] for entry in entries]
    owner: dict[int, int] = {}  # finding -> the entry it locates

    def place(entry: int, tried: set[int]) -> bool:
        for k in candidates[entry]:
            if k not in tried:
                tried.add(k)
                if k not in owner or place(owner[k], tried):
                    owner[k] = entry
                    return True
        return False

    return sum(place(entry, set()) for entry in range(len(entries)))
