"""The aligner on documents: recovery of known links under damage, n-way units, ids, flags, errors.

Documents are built from :mod:`align.aligner.synthetic` sources, whose vectors behave
like e5-small's on UN texts; every test knows the true links from the atoms each
paragraph holds.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import align
from align.aligner import (
    AlignerConfig,
    align_documents,
    line_document,
    segments,
    synthetic,
)
from align.aligner.documents import same_symbol
from align.aligner.evaluate import link_score, unit_pairs
from align.aligner.segments import Role
from align.errors import AlignmentError, InputError
from align.model import (
    Alignment,
    Document,
    Footnote,
    Header,
    Paragraph,
    Section,
    SourceSpan,
    SubParagraph,
)

SPAN = SourceSpan("<synthetic>", 1, 1)
FLAGS = {"merged", "split", "missing", "added", "moved", "number-mismatch", "low-confidence", "inconsistent"}


@dataclass
class Entry:
    """One top-level piece of a synthetic document: what it holds and how it is printed."""

    section: Section
    key: str | None
    atoms: tuple[int, ...]
    parts: bool = False  # an operative paragraph printed as a chapeau (first atom) and sub-paragraphs a), b) ...


def text_of(lang: str, atoms: tuple[int, ...], length: float) -> str:
    head = f"[{lang} {'.'.join(map(str, atoms))}]"
    return (head + " lorem ipsum" * 400)[: max(int(length), len(head))]


def build(source: synthetic.Source, entries: dict[str, list[Entry]], seed: int = 0) -> tuple[list[Document], dict]:
    """Documents (one per language, in order) and their vectors, rows in the order of :func:`segments`."""
    rng = np.random.default_rng(seed)
    docs, vectors = [], {}
    for number, (lang, found) in enumerate(entries.items(), start=1):
        doc = Document(lang, f"{lang}.txt")
        lengths = synthetic.render(source, synthetic.Draft([e.atoms for e in found], [None] * len(found)), number, rng)[
            1
        ]
        for entry, length in zip(found, lengths):
            _add(doc, lang, entry, length)
        groups = [_atoms_of(segment) for segment in segments(doc)]
        vectors[lang] = synthetic.render(source, synthetic.Draft(groups, [None] * len(groups)), number, rng)[0]
        docs.append(doc)
    return docs, vectors


def _add(doc: Document, lang: str, entry: Entry, length: float) -> None:
    text = text_of(lang, entry.atoms, length)
    if entry.section is Section.TITLE:
        doc.header = Header(title=text)
    elif entry.section is Section.FOOTNOTE:
        doc.footnotes.append(Footnote(entry.key or "*", text, SPAN))
    else:
        found = doc.section(entry.section)
        paragraph = Paragraph(entry.section, len(found) + 1, text, SPAN, number=entry.key)
        if entry.parts and len(entry.atoms) > 1:
            paragraph.text = text_of(lang, entry.atoms[:1], 60)
            paragraph.subparagraphs = [
                SubParagraph(chr(ord("a") + k), text_of(lang, (atom,), 80), SPAN)
                for k, atom in enumerate(entry.atoms[1:])
            ]
        found.append(paragraph)


def _atoms_of(segment) -> tuple[int, ...]:
    """The atoms a segment holds, read back from the marker its text starts with."""
    return tuple(int(a) for a in segment.text.split("]")[0].split(" ")[1].split("."))


def drafts_to_entries(drafts: dict[str, synthetic.Draft], section: Section) -> dict[str, list[Entry]]:
    return {
        lang: [Entry(section, key, group) for group, key in zip(d.paragraphs, d.keys)] for lang, d in drafts.items()
    }


def damaged(
    source: synthetic.Source, kinds: tuple[str, ...], ops: int, rng: np.random.Generator, numbered: bool = True
):
    """A copy of the source's paragraphs with ``ops`` random damages of the given kinds."""
    version = synthetic.draft(source, numbered)
    for _ in range(ops):
        kind = kinds[int(rng.integers(len(kinds)))]
        i = int(rng.integers(1, len(version.paragraphs) - 2))
        if kind == "insert":
            synthetic.insert(version, i, source, rng)
        elif kind == "renumber":
            synthetic.renumber(version, i, 1)
        else:
            getattr(synthetic, kind)(version, i)
    return version


def gold_ids(docs: list[Document], pivot: synthetic.Draft, other: synthetic.Draft, source: synthetic.Source) -> set:
    ids = [[s.id for s in segments(d) if s.role.top] for d in docs]
    return {(ids[0][i], ids[1][j]) for i, j in synthetic.gold_pairs(pivot, other, source)}


# --------------------------------------------------------------------------- recovery


KINDS = ["delete", "insert", "merge", "split", "swap", "renumber"]


@pytest.mark.parametrize("numbered", [True, False], ids=["operative", "preamble"])
@pytest.mark.parametrize("kinds", [(k,) for k in KINDS] + [tuple(KINDS)], ids=KINDS + ["mixed"])
def test_recovers_the_true_links_under_damage(kinds, numbered):
    predicted, gold = set(), set()
    section = Section.OPERATIVE if numbered else Section.PREAMBLE
    for seed in range(4):
        rng = np.random.default_rng(seed)
        source = synthetic.make_source(120, rng)
        pivot, other = synthetic.draft(source, numbered), damaged(source, kinds, 4, rng, numbered)
        docs, vectors = build(source, drafts_to_entries({"en": pivot, "fr": other}, section), seed)
        alignment = align_documents(docs, vectors)
        predicted |= {(seed, *pair) for pair in unit_pairs(alignment.units, "en", "fr")}
        gold |= {(seed, *pair) for pair in gold_ids(docs, pivot, other, source)}
    assert link_score(predicted, gold).f1 >= 0.98


def test_three_versions_agree_with_each_other():
    """French merges, Dutch splits: units are the smallest groups on which all three agree."""
    rng = np.random.default_rng(11)
    source = synthetic.make_source(100, rng)
    drafts = {
        "en": synthetic.draft(source),
        "fr": damaged(source, ("merge", "delete"), 4, rng),
        "nl": damaged(source, ("split", "insert"), 4, rng),
    }
    docs, vectors = build(source, drafts_to_entries(drafts, Section.OPERATIVE))
    alignment = align_documents(docs, vectors)
    assert alignment.languages == ["en", "fr", "nl"]
    gold = true_groups(docs, drafts, source)
    for a, b in [("en", "fr"), ("en", "nl"), ("fr", "nl")]:
        pairs = {(x, y) for group in gold for x in group.get(a, []) for y in group.get(b, [])}
        assert link_score(unit_pairs(alignment.units, a, b), pairs).f1 >= 0.98, (a, b)
    assert {u.link for u in alignment.units} >= {"1-1-1", "2-1-2", "1-1-2"}


def true_groups(docs: list[Document], drafts: dict[str, synthetic.Draft], source: synthetic.Source) -> list[dict]:
    """The true n-way units: paragraphs of any version linked, directly or not, by shared content."""
    parent: dict = {}

    def find(x):
        while parent.setdefault(x, x) != x:
            x = parent[x]
        return x

    holder: dict[int, tuple] = {}
    for doc in docs:
        ids = [s.id for s in segments(doc) if s.role.top]
        for j, group in enumerate(drafts[doc.language].paragraphs):
            find((doc.language, ids[j]))
            for atom in set(group) - source.phrases:
                parent[find((doc.language, ids[j]))] = find(holder.setdefault(atom, (doc.language, ids[j])))
    groups: dict = {}
    for node in list(parent):
        groups.setdefault(find(node), {}).setdefault(node[0], []).append(node[1])
    return list(groups.values())


def test_versions_that_disagree_with_each_other_are_flagged():
    """The pivot's paragraph 3 resembles French 3 and Dutch 3, which resemble nothing of each other."""
    basis = np.linalg.qr(np.random.default_rng(3).standard_normal((64, 64)))[0].T
    pivot = basis[:8].copy()
    fr, nl = pivot.copy(), pivot.copy()
    fr[3] = (basis[3] + basis[20]) / np.sqrt(2)
    nl[3] = (basis[3] - basis[20]) / np.sqrt(2)
    docs = [
        Document(
            lang, f"{lang}.txt", preamble=[Paragraph(Section.PREAMBLE, i + 1, f"{lang} {i}", SPAN) for i in range(8)]
        )
        for lang in ("en", "fr", "nl")
    ]
    alignment = align_documents(docs, {"en": pivot, "fr": fr, "nl": nl})
    flagged = {u.id: u.flags for u in alignment.units}
    assert "inconsistent" in flagged["pp4"] and "low-confidence" in flagged["pp4"]
    assert all("inconsistent" not in flags for uid, flags in flagged.items() if uid != "pp4")


# --------------------------------------------------------------------------- nothing dropped


@st.composite
def documents(draw):
    """Two or three versions with a title, a preamble, an operative section (some paragraphs with
    sub-paragraphs) and footnotes, each version damaged at random."""
    seed = draw(st.integers(0, 2**32 - 1))
    rng = np.random.default_rng(seed)
    sizes = {
        Section.PREAMBLE: draw(st.integers(0, 8)),
        Section.OPERATIVE: draw(st.integers(0, 10)),
        Section.FOOTNOTE: draw(st.integers(0, 3)),
    }
    source = synthetic.make_source(sum(sizes.values()) + 1, rng, dim=32)
    parts = draw(st.lists(st.booleans(), min_size=sizes[Section.OPERATIVE], max_size=sizes[Section.OPERATIVE]))
    languages = ["en", "fr", "nl"][: draw(st.integers(2, 3))]
    entries: dict[str, list[Entry]] = {lang: [] for lang in languages}
    start = 1
    if draw(st.booleans()):
        for lang in languages:
            entries[lang].append(Entry(Section.TITLE, "title", source.paragraphs[0]))
    for section, size in sizes.items():
        base = synthetic.Draft(
            source.paragraphs[start : start + size],
            [str(k + 1) if section is not Section.PREAMBLE else None for k in range(size)],
        )
        start += size
        for lang in languages:
            version = synthetic.Draft(list(base.paragraphs), list(base.keys))
            for kind, where in draw(
                st.lists(
                    st.tuples(st.sampled_from(["delete", "insert", "merge", "split", "swap"]), st.integers(0, 20)),
                    max_size=3,
                )
            ):
                if len(version.paragraphs) >= 2:
                    i = where % (len(version.paragraphs) - 1)
                    synthetic.insert(version, i, source, rng) if kind == "insert" else getattr(synthetic, kind)(
                        version, i
                    )
            flags = parts if section is Section.OPERATIVE else []
            entries[lang] += [
                Entry(section, key, group, flags[k % len(flags)] if flags else False)
                for k, (group, key) in enumerate(zip(version.paragraphs, version.keys))
            ]
    return build(source, entries, seed)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(documents())
def test_every_paragraph_is_in_exactly_one_unit(built):
    docs, vectors = built
    alignment = align_documents(docs, vectors, force=True)
    check_coverage(alignment, docs)


def check_coverage(alignment: Alignment, docs: list[Document]) -> None:
    ids = Counter(u.id for u in alignment.units)
    assert not [uid for uid, count in ids.items() if count > 1]
    for doc in docs:
        lang = doc.language
        listed = Counter(pid for u in alignment.units for pid in u.paragraphs[lang])
        assert not [pid for pid, count in listed.items() if count > 1], lang
        segs = segments(doc)
        top = {s.id for s in segs if s.role.top}
        assert top <= set(listed), (lang, top - set(listed))
        for parent in {s.parent for s in segs if s.role is Role.SUB}:
            subs = {s.id for s in segs if s.role is Role.SUB and s.parent == parent}
            assert not subs & set(listed) or subs <= set(listed), (lang, parent)
        assert set(listed) <= {s.id for s in segs}
    for u in alignment.units:
        assert set(u.paragraphs) == set(alignment.languages) == set(u.texts)
        assert u.link == "-".join(str(len(u.paragraphs[lang])) for lang in alignment.languages)
        assert 0.0 <= u.confidence <= 1.0
        assert u.similarity is None or -1.0 <= u.similarity <= 1.0
        assert set(u.flags) <= FLAGS


# --------------------------------------------------------------------------- units


def simple_pair(numbered: bool = True, n: int = 12, seed: int = 5, damage=None, section=Section.OPERATIVE):
    rng = np.random.default_rng(seed)
    source = synthetic.make_source(n, rng, shared=0.0)
    pivot, other = synthetic.draft(source, numbered), synthetic.draft(source, numbered)
    if damage:
        damage(other, source, rng)
    return build(source, drafts_to_entries({"en": pivot, "fr": other}, section))


def test_ids_of_merged_and_added_units():
    def damage(version, source, rng):
        synthetic.merge(version, 3)  # pivot op4 and op5 become one
        synthetic.insert(version, 7, source, rng)  # a new paragraph after pivot op8
        synthetic.insert(version, 0, source, rng)  # and one before everything

    docs, vectors = simple_pair(damage=damage)
    units = {u.id: u for u in align_documents(docs, vectors).units}
    assert units["op4+op5"].link == "2-1" and units["op4+op5"].flags == ["merged"]
    assert units["op4+op5"].paragraphs == {"en": ["op4", "op5"], "fr": ["op4"]}
    assert units["op4+op5"].texts["en"] == docs[0].operative[3].text + "\n" + docs[0].operative[4].text
    added = [u for u in units.values() if "added" in u.flags]
    assert sorted(u.id for u in added) == ["op0~fr1", "op8~fr1"]
    assert all(u.link == "0-1" and u.similarity is None for u in added)
    assert [u.id for u in align_documents(docs, vectors).units][:2] == ["op0~fr1", "op1"]


def test_a_misnumbered_paragraph_aligns_by_meaning_and_is_flagged():
    docs, vectors = simple_pair(damage=lambda version, source, rng: synthetic.renumber(version, 5, 1))
    units = align_documents(docs, vectors).units
    assert all(u.paragraphs["en"] and u.paragraphs["fr"] for u in units)
    assert [u.paragraphs["fr"] for u in units][5] == ["op7"]  # pivot op6, printed 7 in French
    assert "number-mismatch" in units[5].flags and "number-mismatch" not in units[4].flags


def test_a_repeated_number_gets_its_own_id():
    docs, vectors = simple_pair(damage=lambda version, source, rng: synthetic.renumber(version, 5, -1))
    ids = [s.id for s in segments(docs[1])]
    assert ids[4:6] == ["op5", "op5#2"]
    fr = [pid for u in align_documents(docs, vectors).units for pid in u.paragraphs["fr"]]
    assert fr.count("op5") == 1 and fr.count("op5#2") == 1


def test_subparagraphs_of_a_matched_paragraph_are_aligned_too():
    rng = np.random.default_rng(2)
    source = synthetic.make_source(6, rng, shared=0.0, atoms=(4, 4))
    base = [Entry(Section.OPERATIVE, str(k + 1), group, parts=True) for k, group in enumerate(source.paragraphs)]
    merged = list(base)
    atoms = base[2].atoms
    merged[2] = Entry(Section.OPERATIVE, "3", atoms[:2] + (atoms[2] + 0,), parts=True)  # sub c of op3 gone
    docs, vectors = build(source, {"en": base, "fr": merged})
    units = {u.id: u for u in align_documents(docs, vectors).units}
    assert units["op3"].texts["en"] == docs[0].operative[2].text  # the chapeau only
    assert units["op3.a"].link == "1-1" and units["op3.b"].link == "1-1"
    assert units["op3.c"].flags == ["missing"]
    assert units["op1.a"].number == "1.a"
    check_coverage(align_documents(docs, vectors), docs)


def test_title_fields_align_by_name():
    rng = np.random.default_rng(4)
    source = synthetic.make_source(5, rng, shared=0.0)
    docs, vectors = build(
        source,
        {
            lang: [Entry(Section.TITLE, "title", source.paragraphs[0])]
            + [Entry(Section.PREAMBLE, None, g) for g in source.paragraphs[1:]]
            for lang in ("en", "fr")
        },
    )
    units = align_documents(docs, vectors).units
    assert units[0].id == "title" and units[0].section is Section.TITLE and units[0].link == "1-1"


def test_header_fields_pair_by_name_and_a_missing_one_is_reported():
    rng = np.random.default_rng(6)
    source = synthetic.make_source(4, rng, shared=0.0)
    headers = {
        "en": Header(
            organ="General Assembly", session="Seventy-second session", title="Defenders", other=["Distr.: General"]
        ),
        "fr": Header(organ="Assemblée générale", title="Défenseurs", other=["Distr. générale"]),
    }
    held = {"en": [0, 1, 2, 3], "fr": [0, 2, 3]}
    docs = [Document(lang, f"{lang}.txt", header=header) for lang, header in headers.items()]
    rows = {
        lang: synthetic.render(source, synthetic.Draft([source.paragraphs[k] for k in held[lang]], []), n, rng)[0]
        for n, lang in enumerate(headers, start=1)
    }
    units = {u.id: u for u in align_documents(docs, rows).units}
    assert list(units) == ["title.organ", "title.session", "title", "title.other1"]
    assert units["title.session"].flags == ["missing"] and units["title"].link == "1-1"
    assert units["title.other1"].texts == {"en": "Distr.: General", "fr": "Distr. générale"}


def test_pivot_defaults_to_english_else_the_first():
    docs, vectors = simple_pair()
    docs[0].language, docs[1].language = "fr", "en"
    swapped = {"fr": vectors["en"], "en": vectors["fr"]}
    assert align_documents(docs, swapped).languages == ["en", "fr"]
    docs[1].language = "nl"
    assert align_documents(docs, {"fr": vectors["en"], "nl": vectors["fr"]}).pivot == "fr"
    assert align_documents(docs, {"fr": vectors["en"], "nl": vectors["fr"]}, pivot="nl").languages == ["nl", "fr"]


def test_confidence_is_calibrated_on_damaged_pairs():
    """Of the links the aligner is sure of, nearly all are right; of those it doubts, fewer."""
    right = {True: [], False: []}
    for seed in range(6):
        rng = np.random.default_rng(100 + seed)
        source = synthetic.make_source(120, rng)
        pivot, other = synthetic.draft(source, False), damaged(source, tuple(KINDS[:-1]), 8, rng, False)
        docs, vectors = build(source, drafts_to_entries({"en": pivot, "fr": other}, Section.PREAMBLE), seed)
        gold = gold_ids(docs, pivot, other, source)
        for u in align_documents(docs, vectors).units:
            pairs = {(a, b) for a in u.paragraphs["en"] for b in u.paragraphs["fr"]}
            if pairs:
                right[u.confidence >= 0.9].append(pairs <= gold)
    assert np.mean(right[True]) >= 0.98
    assert right[False] and np.mean(right[False]) < 0.9


def test_lines_mode_makes_one_segment_per_line():
    doc = line_document("First line.\n\n  Second line.  \nThird.\n", "en", "a.txt")
    assert [p.text for p in doc.preamble] == ["First line.", "Second line.", "Third."]
    assert [p.source.first_line for p in doc.preamble] == [1, 3, 4]
    assert [s.id for s in segments(doc)] == ["pp1", "pp2", "pp3"]


def test_lines_mode_cuts_at_line_feeds_only_and_says_so_in_the_signature():
    """`str.splitlines` also cut at U+2028 (and form feeds), which a line-aligned file may hold
    inside a line: every later line paired with the wrong one. And the export's signature
    did not say the file had not been parsed."""
    doc = line_document("First line\u2028still the first.\r\nSecond\x0cline.\n", "en", "a.txt")
    assert [p.text for p in doc.preamble] == ["First line\u2028still the first.", "Second\x0cline."]
    docs, vectors = simple_pair()
    assert "segments" not in align_documents(docs, vectors).signature
    lines = [line_document("\n".join(p.text for p in d.paragraphs()), d.language, d.path) for d in docs]
    assert align_documents(lines, {d.language: vectors[d.language][: len(d.preamble)] for d in lines}).signature["segments"] == "lines"


def test_lines_mode_reads_the_file_s_own_lines_in_any_language(tmp_path):
    """Through read_versions, as `align export --segments lines` reads: the readers made
    U+2028 a line end before the lines were cut, and Russian (no parsing, so any language
    goes) was refused as a language align does not parse; a code must still be one."""
    english, russian = tmp_path / "un.en", tmp_path / "un.ru"
    english.write_text("The General Assembly,\u2028 recalling its resolutions,\nDecides to remain seized.\n", encoding="utf-8")
    russian.write_text("Генеральная Ассамблея, ссылаясь на свои резолюции,\nпостановляет продолжать заниматься этим вопросом.\n", encoding="utf-8")
    en, ru = align.read_versions([english, russian], segments="lines")
    assert (en.language, ru.language) == ("en", "ru")
    assert [p.text for p in en.preamble] == ["The General Assembly,\u2028 recalling its resolutions,", "Decides to remain seized."]
    assert len(ru.preamble) == 2
    with pytest.raises(InputError, match="'xx' is no language code"):
        align.read_versions([english, russian], segments="lines", language="en,xx")


def test_lines_mode_aligns_like_paragraphs():
    rng = np.random.default_rng(8)
    source = synthetic.make_source(40, rng, atoms=(1, 1))
    other = synthetic.draft(source, False)
    synthetic.merge(other, 10)
    docs, vectors = [], {}
    for lang, draft in (("en", synthetic.draft(source, False)), ("fr", other)):
        vecs, lengths = synthetic.render(source, draft, len(docs) + 1, rng)
        docs.append(line_document("\n".join(text_of(lang, g, n) for g, n in zip(draft.paragraphs, lengths)), lang))
        vectors[lang] = vecs
    units = align_documents(docs, vectors).units
    assert len(units) == 39 and next(u for u in units if u.link == "2-1").id == "pp11+pp12"


def test_one_version_on_its_own_has_a_unit_for_each_of_its_parts():
    """The English and the Dutch of 72/247 and the HRC 49 draft (sub-paragraphs `a)` to `j)`),
    each alone: every paragraph in one unit, under the id the aligner gives it with a second
    version, and nothing embedded (no model)."""
    root = Path(__file__).resolve().parents[1] / "corpus"
    en, nl = align.read(root / "a-res-72-247.en+nl-mt.md")
    draft = align.read(root / "hrc-49-draft-defenders-conflict.fr.txt")[0]
    for document in (en, nl, draft):
        alone = align.one_version(document)
        check_coverage(alone, [document])
        assert alone.languages == [document.language] and alone.signature["model"] is None
        assert all(u.link == "1" and u.confidence == 1.0 and u.similarity is None for u in alone.units)
    assert any(u.id == "op9.j" for u in align.one_version(draft).units)
    vectors = {d.language: np.eye(len(segments(d)), 64, dtype=np.float32) for d in (en, nl)}
    together = align_documents([en, nl], vectors)
    english_ids = {u.id for u in together.units if len(u.paragraphs["en"]) == 1}  # `pp17+pp18`: merged in Dutch
    assert len(english_ids) > 50 and english_ids <= {u.id for u in align.one_version(en).units}


# --------------------------------------------------------------------------- errors


def test_errors_name_the_problem():
    docs, vectors = simple_pair()
    with pytest.raises(AlignmentError, match=r"only one version was given \(en.txt \(en\)\)"):
        align_documents(docs[:1], vectors)
    docs[1].language = "en"
    with pytest.raises(AlignmentError, match=r"two versions are in en \(en.txt, fr.txt\)"):
        align_documents(docs, vectors)
    docs[1].language = "fr"
    with pytest.raises(AlignmentError, match="pivot 'de' is not among the versions found: en, fr"):
        align_documents(docs, vectors, pivot="de")
    assert align_documents(docs, vectors, pivot=" FR").pivot == "fr"  # `--pivot FR`
    with pytest.raises(ValueError, match="expected"):
        align_documents(docs, {"en": vectors["en"], "fr": vectors["fr"][:3]})


def test_versions_that_cannot_be_aligned_are_refused_before_anything_is_embedded():
    """Embedding a long resolution takes minutes: `align.align` says what is wrong first."""

    class NoEmbedding:
        signature = "none"

        def embed(self, texts, role="passage"):
            raise AssertionError("embedded before the versions were checked")

    docs, _ = simple_pair()
    docs[1].language = "en"
    with pytest.raises(AlignmentError, match="two versions are in en"):
        align.align(docs, embedder=NoEmbedding())
    docs[1].language = "fr"
    with pytest.raises(AlignmentError, match="pivot 'de' is not among"):
        align.align(docs, embedder=NoEmbedding(), pivot="de")


def test_different_resolutions_are_refused_unless_forced():
    docs, vectors = simple_pair()
    docs[0].header = Header(symbol="A/RES/72/247")
    docs[1].header = Header(symbol="A/RES/76/170")
    with pytest.raises(
        AlignmentError, match="A/RES/72/247 but fr.txt \\(fr\\) is A/RES/76/170: not the same resolution"
    ):
        align_documents(docs, vectors)
    assert align_documents(docs, vectors, force=True).units
    docs[1].header = Header(symbol="72/247")
    assert align_documents(docs, vectors).units


def test_unrelated_texts_are_refused_unless_forced():
    rng = np.random.default_rng(9)
    docs, vectors = simple_pair(n=30)
    unrelated = synthetic.make_source(30, rng)
    vectors["fr"] = synthetic.render(unrelated, synthetic.draft(unrelated), 2, rng)[0]
    with pytest.raises(
        AlignmentError,
        match=r"fr.txt \(fr\) does not read as a version of en.txt \(en\): only \d of 30 paragraphs match",
    ):
        align_documents(docs, vectors)
    assert len(align_documents(docs, vectors, force=True).units) >= 30


def test_same_symbol():
    assert same_symbol("A/RES/72/247", "72/247") and same_symbol("a/res/72/247 ", "A/RES/72/247")
    assert not same_symbol("A/RES/72/247", "A/RES/72/24") and not same_symbol("72/247", "2/247")


def test_the_signature_records_the_thresholds():
    docs, vectors = simple_pair()
    config = AlignerConfig(skip=-2.5)
    alignment = align_documents(docs, vectors, model="e5-small@abc", config=config)
    assert alignment.signature["model"] == "e5-small@abc" and alignment.signature["pivot"] == "en"
    assert alignment.signature["aligner"]["skip"] == -2.5


def test_a_run_background_counts_runs_that_share_no_paragraph():
    """Runs overlapping the nearest one resemble the query through the same paragraph:
    they must not raise the background that a merge's margin is measured against."""
    from align.aligner.scores import Neighbours, pool

    rng = np.random.default_rng(3)
    singles = rng.normal(size=(8, 16))
    singles /= np.linalg.norm(singles, axis=1, keepdims=True)
    lengths = np.array([20.0, 20.0, 400.0, 20.0, 20.0, 20.0, 20.0, 20.0])  # paragraph 2 dominates its runs
    starts = np.arange(7)
    runs = pool(singles[np.stack([starts, starts + 1], axis=1)], lengths[np.stack([starts, starts + 1], axis=1)])
    query = singles[2:3]
    apart, _, nearest = Neighbours(runs, k=2, run=2).search(query)
    anyhow, _, _ = Neighbours(runs, k=2).search(query)
    cosines = sorted((runs @ query[0]).tolist(), reverse=True)
    assert nearest[0] == pytest.approx(cosines[0], abs=1e-6)
    assert anyhow[0] == pytest.approx((cosines[0] + cosines[1]) / 2, abs=1e-6)  # the two runs holding paragraph 2
    best = int(np.argmax(runs @ query[0]))
    far = max(float(runs[r] @ query[0]) for r in starts if abs(r - best) >= 2)
    assert apart[0] == pytest.approx((cosines[0] + far) / 2, abs=1e-6)
    assert apart[0] < anyhow[0]
