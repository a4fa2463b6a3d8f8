"""The structure check on the parsed 72/247 and on the French HRC draft with lettered sub-paragraphs.

Units are built by hand in the shape the aligner gives them (ids, paragraph ids
per language, link, flags), from the documents the parser reads out of the
corpus: English 72/247 has 18 preambular paragraphs, the Dutch 17 (English pp16
and pp17 run together as Dutch pp16), operative 1-20 in both, 12 footnotes in
English and 11 in Dutch (the body of footnote 12 is missing; its call is left in
Dutch op17 as a bare `12` the parser does not take for a call).
"""

from __future__ import annotations

import copy
from dataclasses import replace
from functools import lru_cache
from pathlib import Path

import pytest
from test_qa_corpus import EXTRA, needs_extra

from align.model import Alignment, Document, Section, Severity, Unit
from align.parse import parse_text, read_documents
from align.qa.base import QAContext
from align.qa.parallel import alignment_of
from align.qa.registry import run_checks
from align.qa.structure import StructureCheck, _bare_call, _line_breaks, _Piece, _Version

CORPUS = Path(__file__).resolve().parents[1] / "corpus"
MT = CORPUS / "a-res-72-247.en+nl-mt.md"


@lru_cache(maxsize=4)
def documents(text: str | None = None) -> tuple[Document, Document]:
    """English and Dutch 72/247, from the corpus file or from an edited copy of it."""
    en, nl = read_documents(str(MT)) if text is None else parse_text(text, str(MT))
    return en, nl


def texts(doc: Document, ids: list[str]) -> str:
    """The texts of paragraphs by the ids the aligner gives them (the second `op15` is `op15#2`)."""
    by_id: dict[str, str] = {}
    for paragraph in doc.paragraphs():
        pid = paragraph.id if paragraph.id not in by_id else f"{paragraph.id}#2"
        by_id[pid] = paragraph.full_text
    by_id |= {f"fn{note.mark}": note.text for note in doc.footnotes}
    return " ".join(by_id[i] for i in ids)


def unit(docs: tuple[Document, Document], uid: str, en: list[str], nl: list[str], flags: tuple[str, ...] = (), confidence: float = 0.9) -> Unit:
    section = {"pp": Section.PREAMBLE, "op": Section.OPERATIVE, "fn": Section.FOOTNOTE}[uid[:2]]
    return Unit(
        id=uid,
        section=section,
        number=None if section is Section.PREAMBLE else uid[2:],
        paragraphs={"en": en, "nl": nl},
        texts={"en": texts(docs[0], en), "nl": texts(docs[1], nl)},
        link=f"{len(en)}-{len(nl)}",
        similarity=None,
        confidence=confidence,
        flags=list(flags),
    )


def alignment_72247(docs: tuple[Document, Document] | None = None, **overrides: Unit) -> Alignment:
    """Every unit of 72/247 as the aligner links them; ``overrides`` replace units by id."""
    docs = docs or documents()
    links = [(f"pp{i}", [f"pp{i}"], [f"pp{i}"], ()) for i in range(1, 16)]
    links += [("pp16+pp17", ["pp16", "pp17"], ["pp16"], ("merged",)), ("pp18", ["pp18"], ["pp17"], ())]
    links += [(f"op{i}", [f"op{i}"], [f"op{i}"], ()) for i in range(1, 21)]
    links += [(f"fn{i}", [f"fn{i}"], [f"fn{i}"], ()) for i in range(1, 12)] + [("fn12", ["fn12"], [], ("missing",))]
    units = [overrides.get(uid) or unit(docs, uid, en, nl, flags) for uid, en, nl, flags in links]
    return alignment_of(units, ["en", "nl"], {"en": docs[0], "nl": docs[1]})


def structure(alignment: Alignment) -> list[tuple[str, Severity, str]]:
    return [(f.unit, f.severity, f.message) for f in run_checks(alignment, ["structure"])]


def test_the_parsed_documents_are_as_described() -> None:
    en, nl = documents()
    assert (len(en.preamble), len(nl.preamble), len(en.operative), len(nl.operative)) == (18, 17, 20, 20)
    assert (len(en.footnotes), len(nl.footnotes)) == (12, 11)
    assert [m.mark for m in en.operative[16].markers] == ["12"] and nl.operative[16].markers == []


def test_the_dutch_72_247() -> None:
    """The merged preambular paragraphs, the lost footnote body and the call left as text; nothing else."""
    assert structure(alignment_72247()) == [
        ("pp16+pp17", Severity.ERROR, "en pp16 + pp17 merged into one paragraph in nl (pp16)"),
        (
            "fn12", Severity.ERROR,
            "en fn12 has no counterpart in nl; nl has a bare '12' in op17 ('zitting, 12 met') where en calls it: "
            "its call without the footnote",
        ),
        (
            "op17", Severity.INFO,
            "1 footnote call(s) in en (12), 0 in nl (none); nl has a bare '12' where en calls footnote 12: "
            "a call without its footnote text, or a footnote the parser could not find; "
            "nl has no footnote 12 either, reported on its own unit",
        ),
    ]


def test_a_call_lost_alone_is_a_warning() -> None:
    """A call lost with its footnote is one fault, an error on the note (above); a call lost while
    the version keeps the note is a fault of the calling paragraph itself, and so is one whose note
    neither version has (a review's: no unit reports it then)."""
    en, nl = copy.deepcopy(documents())  # the parsed documents are shared by the module's tests
    nl.preamble[1].markers = [m for m in nl.preamble[1].markers if m.mark != "1"]  # pp2 keeps footnote 1
    alignment = alignment_72247((en, nl))
    assert [(f.severity, f.message) for f in run_checks(alignment, ["structure"]) if f.unit == "pp2"] == [
        (Severity.WARNING, "2 footnote call(s) in en (1, 2), 1 in nl (2)")
    ]
    en.footnotes = [note for note in en.footnotes if note.mark != "1"]  # after the units were made of them
    nl.footnotes = [note for note in nl.footnotes if note.mark != "1"]
    calls = [f for f in run_checks(alignment, ["structure"]) if f.unit == "pp2"]
    assert [(f.severity, "reported on its own unit" in f.message) for f in calls] == [(Severity.WARNING, False)]


def test_a_call_left_as_a_bare_number_is_quoted() -> None:
    """op17: `... zitting, 12 met conclusies`, the Dutch call of the footnote it lost."""
    calls = next(f for f in run_checks(alignment_72247(), ["structure"]) if f.unit == "op17")
    assert calls.excerpt == "zitting, 12 met"



@pytest.mark.parametrize(
    ("nl", "en", "bare"),
    [
        ("de zitting, 12 met", "the session,¹² with", "zitting, 12 met"),
        ("de zitting,12 met", "the session,¹² with", "zitting,12 met"),
        ("tijdens de zitting 12.", "at the session.¹²", "zitting 12"),
        # a number the pivot's own text has, in digits or words, is a number, not a call
        ("bij 12 gelegenheden", "on 12 occasions¹²", None),
        ("met 2 procent verhoogd", "raised by 2%²", None),
        ("binnen 2 jaar na", "within two years²", None),
    ],
)
def test_what_is_taken_for_a_bare_call(nl: str, en: str, bare: str | None) -> None:
    mark = "2" if "²" in en and "¹²" not in en else "12"
    assert _bare_call(nl, en, "en", [mark]) == ((mark, bare) if bare else None)


def test_merged_excerpt_and_evidence() -> None:
    merged = next(f for f in run_checks(alignment_72247(), ["structure"]) if f.unit == "pp16+pp17")
    assert merged.excerpt == "Zeer bezorgd over de wetgeving inzake nationale veiligheid en terrorismebestrijding en Andere"
    assert merged.evidence.startswith("Gravely concerned that national security")
    assert " / Recognizing the pressing importance of addressing, and taking concrete steps" in merged.evidence


def test_a_missing_footnote_names_where_the_version_calls_it() -> None:
    """fn12 has no Dutch text; its call stands in op17 as a bare `12`, where a reviser must put it
    back. That is op17's text, so it is in the message, not the excerpt (an excerpt is of the unit)."""
    missing = next(f for f in run_checks(alignment_72247(), ["structure"]) if f.unit == "fn12")
    assert missing.excerpt == "" and "in op17 ('zitting, 12 met')" in missing.message
    assert missing.evidence == "Including a presentation for the high-level plenary meeting referred to in paragraph 14."


def test_a_missing_paragraph_has_no_excerpt() -> None:
    """pp4 dropped from the Dutch: no footnote, nothing of the version to quote."""
    docs = documents()
    missing = next(f for f in run_checks(alignment_72247(pp4=unit(docs, "pp4", ["pp4"], [])), ["structure"]) if f.unit == "pp4")
    assert missing.excerpt == "" and missing.evidence.startswith("Recalling also")


def test_renumbered_paragraph() -> None:
    """Dutch op14 printed as `15.`: the unit flagged number-mismatch is an error, and the
    parser's numbering warnings point at the paragraphs they name."""
    text = MT.read_text(encoding="utf-8").replace("\n14. *besluit* een algemene", "\n15. *besluit* een algemene")
    docs = documents(text)
    assert [p.number for p in docs[1].operative][12:15] == ["13", "15", "15"]
    alignment = alignment_72247(
        docs,
        op14=unit(docs, "op14", ["op14"], ["op15"], ("number-mismatch",)),
        op15=unit(docs, "op15", ["op15"], ["op15#2"]),
    )
    found = structure(alignment)
    assert ("op14", Severity.ERROR, "numbered 14 in en, 15 in nl") in found
    assert ("op14", Severity.WARNING, "nl: operative numbering jumps from 13 to 15") in found
    assert ("op15", Severity.WARNING, "nl: operative paragraph 15 appears twice") in found
    assert not any("is numbered in" in message for _, _, message in found)  # op14's absence is the mismatch already


def test_dropped_paragraph() -> None:
    """Dutch op14 deleted: a missing paragraph, and the gap it leaves in the numbering."""
    en_text, nl_text = MT.read_text(encoding="utf-8").split("\n14. *besluit* een algemene", 1)
    docs = documents(en_text + "\n" + nl_text.split("\n", 1)[1])
    assert [p.number for p in docs[1].operative][12:14] == ["13", "15"]
    alignment = alignment_72247(docs, **{f"op{i}": unit(docs, f"op{i}", [f"op{i}"], [f"op{i}"] if i != 14 else []) for i in range(14, 21)})
    findings = run_checks(alignment, ["structure"])
    missing = next(f for f in findings if f.unit == "op14" and f.severity is Severity.ERROR)
    assert missing.message == "en op14 has no counterpart in nl" and missing.excerpt == ""
    assert missing.evidence == "Decides to devote a high-level plenary meeting of the General Assembly at"
    assert ("op15", Severity.WARNING, "nl: operative numbering jumps from 13 to 15") in [(f.unit, f.severity, f.message) for f in findings]
    assert not any("is numbered in" in f.message for f in findings)


def test_operative_numbers_in_one_version_only() -> None:
    """Dutch op14 printed as `21.`: the parser keeps it unnumbered (id `op14` by position),
    so the aligner links it 1-1 without a flag; the number 14 printed in English only
    and the parser's warnings still show it."""
    text = MT.read_text(encoding="utf-8").replace("\n14. *besluit* een algemene", "\n21. *besluit* een algemene")
    docs = documents(text)
    assert docs[1].operative[13].number is None
    found = structure(alignment_72247(docs))
    assert ("op14", Severity.ERROR, "operative paragraph 14 is numbered in en but not in nl") in found
    assert ("op15", Severity.WARNING, "nl: operative numbering jumps from 13 to 15") in found
    unnumbered = [m for u, s, m in found if u == "op14" and s is Severity.WARNING]
    assert len(unnumbered) == 1 and unnumbered[0].startswith("nl: unnumbered paragraph after operative 13: '21. besluit")


def test_split_and_added_paragraphs() -> None:
    """Shapes the Dutch 72/247 does not have, injected on its paragraphs."""
    docs = documents()
    alignment = alignment_72247(
        docs,
        pp15=unit(docs, "pp15", ["pp15"], ["pp15", "pp16"]),
        op20=unit(docs, "op20", [], ["op20"]),
    )
    found = structure(alignment)
    assert ("pp15", Severity.ERROR, "en pp15 split into 2 paragraphs in nl (pp15 + pp16)") in found
    assert ("op20", Severity.ERROR, "nl op20 has no counterpart in en") in found
    added = next(f for f in run_checks(alignment, ["structure"]) if f.unit == "op20")
    assert added.excerpt == "besluit om in beslag te blijven nemen." and added.evidence == ""


def _with_alone(alone: dict[str, list[Unit]]) -> Alignment:
    """72/247 with the units named in ``alone`` each replaced by the units given (paragraphs left alone)."""
    docs = documents()
    base = alignment_72247(docs)
    units = [replacement for u in base.units for replacement in alone.get(u.id, [u])]
    return alignment_of(units, ["en", "nl"], {"en": docs[0], "nl": docs[1]})


@pytest.mark.parametrize(
    ("alone", "facing"),
    [
        # English pp3 and Dutch pp3 each alone, side by side between pp2 and pp4: each names the other
        ({"pp3": [("pp3", ["pp3"], []), ("pp3~nl", [], ["pp3"])]}, {"pp3": "nl pp3", "pp3~nl": "en pp3"}),
        # the same, the Dutch one first
        ({"pp3": [("pp3~nl", [], ["pp3"]), ("pp3", ["pp3"], [])]}, {"pp3": "nl pp3", "pp3~nl": "en pp3"}),
        # a link between them: each is its own gap
        ({"pp3": [("pp3", ["pp3"], [])], "pp5": [("pp5", [], ["pp5"])]}, {"pp3": None, "pp5": None}),
        # two English paragraphs alone beside one Dutch: which one the Dutch is, place does not say
        (
            {"pp3": [("pp3", ["pp3"], []), ("pp4", ["pp4"], []), ("pp3~nl", [], ["pp3"])], "pp4": []},
            {"pp3": None, "pp4": None, "pp3~nl": None},
        ),
        # ... nor where the two English ones are one unit
        ({"pp3": [("pp3+pp4", ["pp3", "pp4"], []), ("pp3~nl", [], ["pp3"])], "pp4": []}, {"pp3+pp4": None, "pp3~nl": None}),
        # a section's end closes the gap, whatever stands alone on the other side of it
        (
            {"pp18": [("pp18", ["pp18"], [])], "op1": [("op1", ["op1"], []), ("op1~nl", [], ["op1"])]},
            {"pp18": None, "op1": "nl op1", "op1~nl": "en op1"},
        ),
    ],
    ids=["english-first", "dutch-first", "apart", "two-to-one", "two-in-one-unit", "section-end"],
)
def test_a_paragraph_alone_beside_one_alone_on_the_other_side_names_it(alone, facing) -> None:
    """A paragraph replaced by another and one that lost most of its text both leave one paragraph
    alone on each side of the same gap; the findings of both say so, so that the reader compares them."""
    docs = documents()
    replaced = {uid: [unit(docs, new, en, nl) for new, en, nl in news] for uid, news in alone.items()}
    found = {u: m for u, s, m in structure(_with_alone(replaced)) if s is Severity.ERROR and "no counterpart" in m}
    for uid, other in facing.items():
        if other is None:
            assert "beside it" not in found[uid]
        else:
            assert f"; {other}, beside it, has none in " in found[uid] and "read the two together" in found[uid]


@pytest.mark.model
@needs_extra
def test_a_piece_of_the_enacting_formula_alone_stands_in_no_gap(default_embedder) -> None:
    """The UDHR en/fr: English pp8, `Now, therefore,`, is alone (the French leaves it out: information).
    With pp7 unlinked, English and French each alone before it, the two name each other, and the
    formula's finding names neither."""
    import align

    documents = align.read_versions([EXTRA / "udhr" / f"udhr.{language}.html" for language in ("en", "fr")])
    aligned = align.align(documents, embedder=default_embedder)
    k = next(k for k, u in enumerate(aligned.units) if u.id == "pp7")
    linked = aligned.units[k]
    assert linked.paragraphs == {"en": ["pp7"], "fr": ["pp7"]} and aligned.units[k + 1].paragraphs == {"en": ["pp8"], "fr": []}
    alone = [
        replace(linked, id=f"pp7~{language}", paragraphs={"en": [], "fr": []} | {language: ["pp7"]},
                texts={"en": "", "fr": ""} | {language: linked.texts[language]}, link=link)
        for language, link in (("en", "1-0"), ("fr", "0-1"))
    ]
    units = [*aligned.units[:k], *alone, *aligned.units[k + 1:]]
    found = structure(alignment_of(units, ["en", "fr"], aligned.documents))
    named = {u: m.split("; ")[1].split(",")[0] for u, s, m in found if s is Severity.ERROR and u.startswith("pp7~")}
    assert named == {"pp7~en": "fr pp7", "pp7~fr": "en pp7"}
    (formula,) = [m for _, s, m in found if s is Severity.INFO and "enacting formula" in m]
    assert formula.startswith("en pp8 has no counterpart in fr: a piece") and "beside" not in formula


def test_a_unit_alone_that_names_no_paragraph_is_named_by_no_neighbour() -> None:
    """A hand-made unit alone with no paragraph ids has nothing to name: the paragraph alone beside it
    is reported as it is."""
    gone = Unit("op20", Section.OPERATIVE, "20", {}, {"en": "Decides to remain seized of the matter.", "nl": ""}, "1-0", None, 0.9)
    added = Unit("op20~nl", Section.OPERATIVE, None, {"en": [], "nl": ["op20"]},
                 {"en": "", "nl": "besluit om in beslag te blijven nemen."}, "0-1", None, 0.9)
    found = [f.message for f in StructureCheck().run(alignment_of([gone, added], ["en", "nl"]), QAContext())]
    assert found == ["en (no paragraph) has no counterpart in nl", "nl op20 has no counterpart in en"]


def test_link_without_paragraph_ids() -> None:
    """Units that name no paragraphs fall back on their link, per language for more versions."""
    texts_ = {"en": "Decides to remain seized of the matter.", "fr": "", "nl": "besluit om in beslag te blijven nemen."}
    bare = Unit("op20", Section.OPERATIVE, "20", {}, texts_, "1-0-1", None, 0.9, ["missing"])
    found = [(f.unit, f.languages, f.message) for f in StructureCheck().run(alignment_of([bare], ["en", "fr", "nl"]), QAContext())]
    assert found == [("op20", ["en", "fr"], "en (no paragraph) has no counterpart in fr")]


def test_low_confidence_is_info() -> None:
    docs = documents()
    alignment = alignment_72247(docs, pp9=unit(docs, "pp9", ["pp9"], ["pp9"], ("low-confidence",), confidence=0.31))
    [finding] = [f for f in run_checks(alignment, ["structure"]) if f.unit == "pp9"]
    assert finding.severity is Severity.INFO and "confidence 0.31" in finding.message
    assert finding.excerpt == "Underscoring the positive, important and legitimate role of human rights defenders in"


# --------------------------------------------------------------------------- sub-paragraph letters

DRAFT = CORPUS / "hrc-49-draft-defenders-conflict.fr.txt"


def _draft(text: str, language: str) -> Document:
    [doc] = parse_text(text, str(DRAFT), language=language)
    return doc


def test_sub_paragraph_letters_that_differ() -> None:
    """HRC/49 draft op9 has a) to j); a copy that prints e) as f) stands in for a second
    version: the check compares labels, not words."""
    original = DRAFT.read_text(encoding="utf-8")
    fr, other = _draft(original, "fr"), _draft(original.replace("e) De promouvoir, au moyen", "f) De promouvoir, au moyen"), "en")
    assert [s.label for s in other.operative[8].subparagraphs] == list("abcdffghij")
    op9 = Unit("op9", Section.OPERATIVE, "9", {"fr": ["op9"], "en": ["op9"]},
               {"fr": fr.operative[8].full_text, "en": other.operative[8].full_text}, "1-1", None, 0.9, [])
    alignment = alignment_of([op9], ["fr", "en"], {"fr": fr, "en": other})
    [finding] = StructureCheck().run(alignment, QAContext())
    assert finding.severity is Severity.ERROR
    assert finding.message == "sub-paragraphs a, b, c, d, e, f, g, h, i, j in fr, a, b, c, d, f, f, g, h, i, j in en"
    assert finding.excerpt == finding.evidence == "Demande aux États : a) De respecter, protéger et réaliser les droits de"

    # When the aligner aligned the sub-paragraphs one by one, their own units say what differs.
    sub = Unit("op9.e", Section.OPERATIVE, "9.e", {"fr": ["op9.e"], "en": []}, {"fr": fr.operative[8].subparagraphs[4].text, "en": ""}, "1-0", None, 0.9, ["missing"])
    found = StructureCheck().run(alignment_of([op9, sub], ["fr", "en"], {"fr": fr, "en": other}), QAContext())
    assert [(f.unit, f.message) for f in found] == [("op9.e", "fr op9.e has no counterpart in en")]


@pytest.mark.parametrize(
    ("paragraphs", "other_count", "fragments"),
    [
        # the UDHR's English above its proclamation; the French has one paragraph, or two
        (["Now, therefore,", "The General Assembly", "Proclaims this Universal Declaration of Human Rights"], 1, ["Now, therefore,", "The General Assembly"]),
        (["Now, therefore,", "The General Assembly", "Proclaims this Universal Declaration of Human Rights"], 2, ["Now, therefore,", "The General Assembly"]),
        # a whole paragraph run into the fragment after it, and two whole paragraphs run together
        (["Whereas a common understanding of these rights and freedoms is of the greatest importance,", "Now, therefore,"], 1, []),
        (["Gravely concerned that national security legislation has been misused,", "Recognizing the pressing importance of addressing,"], 1, []),
        # a short paragraph that ends a sentence, or opens as a preambular paragraph does, is a paragraph
        (["Decides to adjourn;", "Requests the Secretary-General to report to it"], 1, []),
        (["Adopts the declaration.”", "Requests the Secretary-General to report to it"], 1, []),
        (["Recalling its resolution 70/1,", "Reaffirming the Universal Declaration of Human Rights,"], 1, []),
    ],
)
def test_line_breaks_inside_one_sentence(paragraphs: list[str], other_count: int, fragments: list[str]) -> None:
    version = _Version("en", [f"pp{k}" for k in range(len(paragraphs))], " ".join(paragraphs), [_Piece(p) for p in paragraphs])
    assert _line_breaks(version, other_count) == fragments


@pytest.mark.parametrize(
    ("en", "severity"),
    [
        # The UDHR's English sets `Now, therefore,` on a line of its own above `The General
        # Assembly`; the French has no such words: a piece of a sentence, not a paragraph lost.
        ("Now, therefore,", Severity.INFO),
        # A whole preambular paragraph, however short, is a paragraph lost.
        ("Recalling its resolution 70/1,", Severity.ERROR),
        ("Encouraged by the progress made,", Severity.ERROR),
        ("Inspired by the Charter,", Severity.ERROR),
        ("Gravely concerned that national security legislation has been misused,", Severity.ERROR),
    ],
)
def test_a_paragraph_one_version_alone_has(en: str, severity: Severity) -> None:
    doc = parse_text(f"# Title\n\n*The General Assembly*,\n\n{en}\n\n1. *Decides* to remain seized of the matter;\n", "en.md", language="en")[0]
    other = parse_text("# Titre\n\n*L'Assemblée générale*,\n\n1. *Décide* de rester saisie de la question;\n", "fr.md", language="fr")[0]
    alone = Unit("pp1", Section.PREAMBLE, None, {"en": ["pp1"], "fr": []}, {"en": doc.preamble[0].text, "fr": ""}, "1-0", None, 0.9, ["missing"])
    [finding] = StructureCheck().run(alignment_of([alone], ["en", "fr"], {"en": doc, "fr": other}), QAContext())
    assert finding.severity is severity and "en pp1 has no counterpart in fr" in finding.message
    # the same paragraph in the version, against a pivot without it
    added = Unit("pp1", Section.PREAMBLE, None, {"fr": [], "en": ["pp1"]}, {"fr": "", "en": doc.preamble[0].text}, "0-1", None, 0.9, ["added"])
    [finding] = StructureCheck().run(alignment_of([added], ["fr", "en"], {"fr": other, "en": doc}), QAContext())
    assert finding.severity is severity and finding.excerpt == doc.preamble[0].text
