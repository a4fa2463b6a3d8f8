"""The gold files against the parser, and the tools that score alignments with them (no model needed).

Every opening of every gold file must start exactly one paragraph of the parsed
document, so a parser change that moves a paragraph break shows up here first. The
damaged copies of :mod:`align.aligner.damaged` are checked to do what they say.
"""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

import align
from align.aligner import segments
from align.aligner.baselines import document_pairs
from align.aligner.damaged import KINDS, damage, split_point
from align.aligner.evaluate import (
    GoldError,
    gold_pairs,
    gold_paragraphs,
    load_gold,
    normalise,
    score_alignment,
    score_links,
    sdg_targets,
)
from align.model import (
    Alignment,
    Document,
    Paragraph,
    Section,
    SourceSpan,
    SubParagraph,
    Unit,
)

GOLD = Path(__file__).parent / "data" / "gold"
CORPUS = Path(__file__).resolve().parents[1] / "corpus"
EXTRA = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "extra"

needs_extra = pytest.mark.skipif(not EXTRA.is_dir(), reason=f"the extra corpus is not at {EXTRA}")


@pytest.fixture(scope="module")
def res_72_247() -> dict[str, Document]:
    return {d.language: d for d in align.read_versions([CORPUS / "a-res-72-247.en+nl-mt.md"])}


def test_72_247_gold_resolves_to_the_links_read_by_hand(res_72_247):
    gold = load_gold(GOLD / "a-res-72-247.en-nl.jsonl")
    pairs = gold_pairs(gold, res_72_247, "en", "nl")
    # 48 1-1 links, the 2-1 (two pairs), footnote 12 missing from the Dutch (none) and the
    # closing, whose second Dutch line the parser runs into the first (one pair).
    assert len(gold) == 51 and len(pairs) == 48 + 2 + 0 + 1
    assert {("pp16", "pp16"), ("pp17", "pp16"), ("pp18", "pp17"), ("close1", "close1"), ("title", "title")} <= pairs
    assert not any(a == "fn12" for a, _ in pairs)
    assert "fn12" in gold_paragraphs(gold, res_72_247, "en")
    assert not {"title.organ", "title.date"} & gold_paragraphs(gold, res_72_247, "en")  # the masthead is left out


@needs_extra
def test_udhr_and_hcch_gold_resolve_against_the_parser():
    udhr = {
        d.language: d
        for d in align.read_versions([EXTRA / "udhr" / f"udhr.{lang}.html" for lang in ("en", "fr", "nl")])
    }
    gold = load_gold(GOLD / "udhr.en-fr-nl.jsonl")
    en_fr = gold_pairs(gold, udhr, "en", "fr")
    assert {("art11.2", "art11.2"), ("art11", "art11"), ("art23.4", "art23.4")} <= en_fr
    assert {(a, b) for a, b in en_fr if a.startswith("pp") and a != b} == {
        ("pp8", "pp9"),
        ("pp9", "pp8"),
        ("pp10", "pp8"),
        ("pp10", "pp9"),
    }
    assert gold_pairs(gold, udhr, "fr", "nl") >= {("pp8", "pp8"), ("pp9", "pp8")}
    hcch = {d.language: d for d in align.read_versions([EXTRA / "hcch-1956" / "hcch-1956-child-maintenance.fr+nl.md"])}
    pairs = gold_pairs(load_gold(GOLD / "hcch-1956.fr-nl.jsonl"), hcch, "fr", "nl")
    assert {("title", "title"), ("pp1", "pp1"), ("art2", "art2"), ("art2.b", "art2.b"), ("close1", "close1")} <= pairs


@needs_extra
def test_sdg_targets_read_as_numbered_articles_and_match_their_gold():
    en, fr = (sdg_targets(EXTRA / "sdg-targets" / f"targets.{lang}.yml", lang) for lang in ("en", "fr"))
    assert len(en.articles) == len(fr.articles) == 169
    assert [p.number for p in en.articles[:7]] == ["1.1", "1.2", "1.3", "1.4", "1.5", "1.a", "1.b"]
    assert en.articles[0].text.endswith("currently measured as people living on less than $1.25 a day")  # folded
    pairs = gold_pairs(load_gold(GOLD / "sdg-targets.en-fr.jsonl"), {"en": en, "fr": fr}, "en", "fr")
    assert pairs == {(p.id, p.id) for p in en.articles}


def test_sdg_loader_refuses_what_it_cannot_read(tmp_path):
    path = tmp_path / "targets.en.yml"
    path.write_text("1-1-title: >\n  folded block\n", encoding="utf-8")
    with pytest.raises(GoldError, match="targets.en.yml:1"):
        sdg_targets(path, "en")


def _document(language: str, texts: list[str], numbered: bool = True) -> Document:
    paragraphs = [
        Paragraph(Section.OPERATIVE, k, text, SourceSpan("x", k, k), str(k) if numbered else None)
        for k, text in enumerate(texts, start=1)
    ]
    return Document(language=language, path=f"{language}.md", operative=paragraphs)


def _gold(tmp_path, *lines: dict) -> Path:
    path = tmp_path / "gold.jsonl"
    path.write_text("\n".join(json.dumps(line) for line in lines), encoding="utf-8")
    return path


def test_openings_are_compared_without_case_accents_quotes_or_labels():
    assert normalise("  1.  L’Assemblée   ‐ générale") == normalise("l'assemblee - GENERALE")
    assert normalise("72/247. Twentieth") == "twentieth"
    assert normalise("24 december 2017") == "24 december 2017"  # a number is no label without its `.` or `)`


def test_an_opening_that_starts_no_paragraph_or_several_is_an_error(tmp_path):
    documents = {
        "en": _document("en", ["Urges States to act", "Urges States to report"]),
        "fr": _document("fr", ["Prie les États d'agir", "Prie les États de rendre compte"]),
    }
    operative = {"section": "operative", "number": "1"}
    ambiguous = {**operative, "en": ["Urges States"], "fr": ["Prie les États d'agir"]}
    with pytest.raises(GoldError, match="starts several paragraphs of en.md: op1, op2"):
        gold_pairs(load_gold(_gold(tmp_path, ambiguous)), documents, "en", "fr")
    missing = {**operative, "en": ["Urges States to act"], "fr": ["Demande"]}
    with pytest.raises(GoldError, match="starts no operative paragraph of fr.md"):
        gold_pairs(load_gold(_gold(tmp_path, missing)), documents, "en", "fr")
    elsewhere = {"section": "preamble", "number": None, "en": ["Urges States to act"], "fr": []}
    with pytest.raises(GoldError, match="starts no preamble paragraph"):
        gold_pairs(load_gold(_gold(tmp_path, elsewhere)), documents, "en", "fr")


def test_a_paragraph_run_into_the_one_before_it_takes_its_place_but_only_there(tmp_path):
    documents = {
        "en": _document("en", ["First part. Second part.", "Third"]),
        "fr": _document("fr", ["Un.", "Deux.", "Trois"]),
    }
    joined = {"section": "operative", "number": "1", "en": ["First part.", "Second part."], "fr": ["Un.", "Deux."]}
    assert gold_pairs(load_gold(_gold(tmp_path, joined)), documents, "en", "fr") == {("op1", "op1"), ("op1", "op2")}
    not_after = {"section": "operative", "number": "1", "en": ["Second part."], "fr": ["Un."]}
    with pytest.raises(GoldError, match="starts no operative paragraph"):
        gold_pairs(load_gold(_gold(tmp_path, not_after)), documents, "en", "fr")


def test_malformed_gold_lines_are_errors(tmp_path):
    with pytest.raises(GoldError, match="gold.jsonl:1: not a gold link"):
        load_gold(_gold(tmp_path, {"section": "body", "en": ["x"]}))
    with pytest.raises(GoldError, match="list of openings"):
        load_gold(_gold(tmp_path, {"section": "operative", "en": "x"}))


def test_scores_count_only_pairs_the_gold_speaks_about(tmp_path):
    documents = {
        "en": _document("en", ["Alpha text", "Beta text"]),
        "fr": _document("fr", ["Alpha texte", "Bêta texte"]),
    }
    path = _gold(tmp_path, {"section": "operative", "number": "1", "en": ["Alpha"], "fr": ["Alpha"]})
    gold = load_gold(path)
    out_of_scope = ("op2", "op2")  # the gold says nothing of op2 in either version
    assert score_links({("op1", "op1"), out_of_scope}, gold, documents, "en", "fr").precision == 1.0
    assert score_links({("op1", "op2")}, gold, documents, "en", "fr").f1 == 0.0
    units = [
        Unit("op1", Section.OPERATIVE, "1", {"en": ["op1"], "fr": ["op1"]}, {}, "1-1", 0.9, 1.0),
        Unit("op2", Section.OPERATIVE, "2", {"en": ["op2"], "fr": ["op2"]}, {}, "1-1", 0.9, 1.0),
    ]
    alignment = Alignment(["en", "fr"], "en", units, documents, {})
    assert score_alignment(alignment, path)["en-fr"].f1 == 1.0


def test_split_points_prefer_sentences_then_clauses_near_the_middle():
    text = "One clause, and another. Then a sentence, with a comma; and the rest of it here."
    assert text[split_point(text) :].startswith("Then a sentence")
    assert split_point("No boundary at all in this text") is None
    assert split_point("Short, then a much longer tail that runs on and on and on") is None  # halves too uneven


def test_each_damage_edits_the_gold_with_the_text(res_72_247):
    gold = load_gold(GOLD / "a-res-72-247.en-nl.jsonl")
    en, nl = res_72_247["en"], res_72_247["nl"]
    before = gold_pairs(gold, res_72_247, "en", "nl")
    for kind in KINDS:
        result = damage(gold, en, nl, Section.OPERATIVE, (kind,), 2, seed=3)
        after = gold_pairs(result.gold, {"en": en, "nl": result.document}, "en", "nl")
        count = len(result.document.operative)
        assert [p.index for p in result.document.operative] == list(range(1, count + 1))
        if kind == "delete":
            assert count == 18 and len(after) == len(before) - 2
        elif kind == "merge":  # two 1-1 links become one 2-1 link: as many pairs, fewer Dutch paragraphs
            assert count == 18 and len(after) == len(before)
            assert len({b for a, b in after if a.startswith("op")}) == 18
        elif kind == "split":
            assert count == 22 and len(after) == len(before) + 2
        else:  # swap and renumber move texts or numbers, never links
            assert count == 20 and len(after) == len(before)
        assert result.document.preamble == nl.preamble and len(result.log) == 2


def test_damage_refuses_what_it_cannot_do(res_72_247):
    gold = load_gold(GOLD / "a-res-72-247.en-nl.jsonl")
    with pytest.raises(ValueError, match="unknown damage"):
        damage(gold, res_72_247["en"], res_72_247["nl"], Section.OPERATIVE, ("shuffle",), 1)
    with pytest.raises(ValueError, match="no room"):
        damage(gold, res_72_247["en"], res_72_247["nl"], Section.OPERATIVE, ("delete",), 8)


def test_baselines_run_over_whole_documents_with_the_aligners_structure():
    en = _document("en", ["Alpha", "Beta", "Gamma"])
    fr = _document("fr", ["Alpha", "Gamma"])
    fr.operative[1].number = "3"
    vectors = np.eye(3, dtype=np.float32)
    segs_en, segs_fr = segments(en), segments(fr)
    assert document_pairs("number", segs_en, segs_fr, vectors, vectors[[0, 2]]) == {("op1", "op1"), ("op3", "op3")}
    assert document_pairs("hungarian", segs_en, segs_fr, vectors, vectors[[0, 2]]) == {("op1", "op1"), ("op3", "op3")}
    with pytest.raises(ValueError, match="unknown baseline"):
        document_pairs("oracle", segs_en, segs_fr, vectors, vectors)


def test_baselines_align_the_parts_of_paragraphs_they_link_one_to_one():
    en, fr = _document("en", ["Requests:"]), _document("fr", ["Prie :"])
    for document, parts in ((en, ["first", "second"]), (fr, ["premier", "second"])):
        span = document.operative[0].source
        document.operative[0].subparagraphs = [SubParagraph(label, text, span) for label, text in zip("ab", parts)]
    vectors = np.eye(4, dtype=np.float32)  # op1 whole, its chapeau, op1.a, op1.b
    pairs = document_pairs("number", segments(en), segments(fr), vectors, vectors)
    assert pairs == {("op1", "op1"), ("op1.a", "op1.a"), ("op1.b", "op1.b")}
