"""The translation memory on real paragraphs: 72/247 in English and machine-translated Dutch, 76/170 in French.

The embedder is a stand-in (hashed bags of words): what is tested here is the memory,
not the model, so a query finds the version that shares its words.
"""

from __future__ import annotations

import hashlib
import os
import re
import shutil
import sqlite3
import subprocess
import sys
import warnings
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import replace
from pathlib import Path

import numpy as np
import pytest
from lxml import etree
from rapidfuzz.distance import Indel

import align.memory
import align.exporters.tmx
from align.errors import AlignWarning, InputError, ModelError
from align.memory import (
    INDEX_FILE,
    STORE_FILE,
    add_to_memory,
    build_memory,
    check_tmx,
    export_tmx,
    open_memory,
    search_memory,
)
from align.memory import index as index_module
from align.memory.index import Kind, VectorIndex
from align.model import Alignment, Header, Section, Unit
from align.parse import read_documents

CORPUS = Path(__file__).parent.parent / "corpus"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"


class HashedWords:
    """A deterministic stand-in for a model: each lower-cased word hashed to a signed coordinate, L2-normalised."""

    def __init__(self, name: str = "hashed-words", dimension: int = 512) -> None:
        self.signature = f"test:{name}:{dimension}"
        self.dimension = dimension
        self.embedded: list[str] = []  # every text embedded, to see what an add embeds

    def embed(self, texts: Sequence[str], role: str = "passage") -> np.ndarray:
        self.embedded += texts
        vectors = np.zeros((len(texts), self.dimension), dtype=np.float32)
        for row, text in enumerate(texts):
            for word in re.findall(r"\w+", text.lower()):
                digest = int.from_bytes(hashlib.blake2b(word.encode(), digest_size=8).digest(), "little")
                vectors[row, digest % self.dimension] += 1.0 if digest >> 63 else -1.0
        norms = np.linalg.norm(vectors, axis=1, keepdims=True)
        return vectors / np.where(norms == 0, 1, norms)


class FailingAfter(HashedWords):
    """Embeds ``calls`` batches, then fails as a model running out of memory would."""

    def __init__(self, calls: int) -> None:
        super().__init__()
        self.calls = calls

    def embed(self, texts: Sequence[str], role: str = "passage") -> np.ndarray:
        if self.calls == 0:
            raise RuntimeError("CUDA out of memory")
        self.calls -= 1
        return super().embed(texts, role)


# --------------------------------------------------------------------------- real alignments


def _unit(uid: str, section: Section, number: str | None, texts: dict[str, str]) -> Unit:
    return Unit(
        id=uid,
        section=section,
        number=number,
        paragraphs={lang: [uid] for lang in texts},
        texts=texts,
        link="1-1" if len(texts) == 2 else "1-0",
        similarity=0.8 if len(texts) == 2 else None,
        confidence=0.9,
    )


@pytest.fixture(scope="module")
def res_72_247() -> Alignment:
    """The title and the 20 operative paragraphs of 72/247, paired by number."""
    en, nl = read_documents(str(CORPUS / "a-res-72-247.en+nl-mt.md"))
    dutch = {p.number: p for p in nl.operative}
    units = [_unit("title", Section.TITLE, None, {"en": str(en.title), "nl": str(nl.title)})]
    units += [
        _unit(p.id, Section.OPERATIVE, p.number, {"en": p.full_text, "nl": dutch[p.number].full_text})
        for p in en.operative
    ]
    return Alignment(["en", "nl"], "en", units, {"en": en, "nl": nl}, {"tool": "test"})


@pytest.fixture(scope="module")
def res_76_170() -> Alignment:
    """The 29 operative paragraphs of 76/170 in French, the only version there is."""
    (fr,) = read_documents(str(CORPUS / "a-res-76-170.fr.md"))
    units = [_unit(p.id, Section.OPERATIVE, p.number, {"fr": p.full_text}) for p in fr.operative]
    return Alignment(["fr"], "fr", units, {"fr": fr}, {"tool": "test"})


def text_of(alignment: Alignment, uid: str, lang: str) -> str:
    return next(u for u in alignment.units if u.id == uid).texts[lang]


@pytest.fixture
def memdir(tmp_path: Path, res_72_247: Alignment) -> Path:
    build_memory([res_72_247], tmp_path / "tm", HashedWords())
    return tmp_path / "tm"


@contextmanager
def no_warnings() -> Iterator[None]:
    """A context in which any warning fails the test."""
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        yield


# --------------------------------------------------------------------------- build


def test_build_holds_every_unit_and_language(memdir: Path, res_72_247: Alignment) -> None:
    assert sorted(p.name for p in memdir.iterdir()) == [INDEX_FILE, STORE_FILE]
    assert [p.name for p in memdir.parent.iterdir()] == ["tm"]  # no temporary folder left
    with open_memory(memdir) as memory:
        info = memory.info()
    assert (info.resolutions, info.units, info.texts) == (1, 21, 42)
    assert info.languages == ["en", "nl"]
    assert info.model == HashedWords().signature
    assert (info.dimension, info.index_kind) == (512, "flat")


def test_build_reports_what_it_added(tmp_path: Path, res_72_247: Alignment) -> None:
    report = build_memory([res_72_247, res_72_247], tmp_path / "tm", HashedWords())
    assert (report.added, report.skipped, report.units, report.texts) == (["A/RES/72/247"], ["A/RES/72/247"], 21, 42)


def test_build_refuses_a_folder_in_use(memdir: Path, res_72_247: Alignment) -> None:
    with pytest.raises(InputError, match="already holds a memory"):
        build_memory([res_72_247], memdir, HashedWords())


def test_build_into_an_empty_folder(tmp_path: Path, res_72_247: Alignment) -> None:
    (tmp_path / "tm").mkdir()
    build_memory([res_72_247], tmp_path / "tm", HashedWords())
    assert (tmp_path / "tm" / STORE_FILE).is_file()


def test_interrupted_build_leaves_nothing(
    tmp_path: Path, res_72_247: Alignment, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(align.memory, "_EMBED_BATCH", 8)
    with pytest.raises(RuntimeError, match="out of memory"):
        build_memory([res_72_247], tmp_path / "tm", FailingAfter(calls=2))
    assert list(tmp_path.iterdir()) == []


def test_build_of_nothing_is_refused(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="hold no units"):
        build_memory([], tmp_path / "tm", HashedWords())
    assert list(tmp_path.iterdir()) == []


# --------------------------------------------------------------------------- search


def test_search_finds_the_unit_with_all_its_versions(memdir: Path, res_72_247: Alignment) -> None:
    query = "invites all stakeholders to report thereon to the Office of the High Commissioner"
    hits = search_memory(query, memdir, HashedWords(), k=3)
    assert len(hits) == 3
    best = hits[0]
    assert (best.symbol, best.unit, best.section, best.number, best.language) == (
        "A/RES/72/247",
        "op15",
        Section.OPERATIVE,
        "15",
        "en",
    )
    assert best.texts == {"en": text_of(res_72_247, "op15", "en"), "nl": text_of(res_72_247, "op15", "nl")}
    assert best.score > hits[1].score >= hits[2].score
    assert len({hit.unit for hit in hits}) == 3  # one hit per unit, not per version


def test_a_hit_says_its_fuzzy_match_as_a_translation_memory_counts_it(memdir: Path, res_72_247: Alignment) -> None:
    """The cosine of a search by meaning is no match percentage (the default model scores a
    text against itself about 0.93): each hit also gives the share of characters the query
    has in common with its most alike version, 100% for the segment itself."""
    dutch = text_of(res_72_247, "op15", "nl")
    [same] = search_memory("  " + dutch.upper() + " ", memdir, HashedWords(), k=1)  # case and spacing aside
    assert (same.unit, same.fuzzy, same.fuzzy_language) == ("op15", 1.0, "nl")
    query = dutch.replace("van de ECB", "van de Hoge Commissaris")  # the segment, corrected: a near match
    hits = search_memory(query, memdir, HashedWords(), k=3)
    assert (hits[0].unit, hits[0].fuzzy_language) == ("op15", "nl") and 0.95 < hits[0].fuzzy < 1.0
    assert hits[0].fuzzy == round(Indel.normalized_similarity(query.casefold(), dutch.casefold()), 3)
    assert all(hit.fuzzy < 0.6 for hit in hits[1:])
    [phrase] = search_memory("Bureau van de ECB", memdir, None, k=1, exact=True)
    assert phrase.score == 1.0 and phrase.fuzzy < 0.2  # a phrase found is no segment matched
    # one figure apart in a long segment: never 1.0, which sorts first as the segment itself
    english = text_of(res_72_247, "op14", "en")
    [near] = search_memory(english.replace("2018", "2019"), memdir, HashedWords(), k=1)
    assert near.unit == "op14" and 0.99 < near.fuzzy < 1.0
    [dutch_only] = search_memory(english, memdir, HashedWords(), lang="nl", k=1)  # --lang: against that version
    assert dutch_only.fuzzy_language == "nl" and dutch_only.fuzzy < 0.6


def test_search_in_dutch_finds_the_english_too(memdir: Path, res_72_247: Alignment) -> None:
    hits = search_memory(
        "verslag uit te brengen aan het Bureau van de ECB Hoge Commissaris", memdir, HashedWords(), k=1
    )
    assert (hits[0].unit, hits[0].language) == ("op15", "nl")
    assert hits[0].texts["en"] == text_of(res_72_247, "op15", "en")


def test_search_restricted_to_one_language(memdir: Path) -> None:
    hits = search_memory("the Office of the High Commissioner", memdir, HashedWords(), lang="NL", k=4)  # any case
    assert len(hits) == 4
    assert {hit.language for hit in hits} == {"nl"}
    with pytest.raises(InputError, match="has no 'fr' texts: it has en, nl"):
        search_memory("the Office", memdir, HashedWords(), lang="fr")


def test_search_asks_again_when_the_language_filter_leaves_too_few(
    memdir: Path, res_76_170: Alignment, monkeypatch: pytest.MonkeyPatch
) -> None:
    add_to_memory([res_76_170], memdir, HashedWords())
    asked: list[int] = []
    search = VectorIndex.search
    monkeypatch.setattr(VectorIndex, "search", lambda self, vector, k: asked.append(k) or search(self, vector, k))
    hits = search_memory(text_of(res_76_170, "op3", "fr"), memdir, HashedWords(), lang="en", k=3)
    assert [hit.language for hit in hits] == ["en"] * 3
    assert asked == [18, 72]  # the 18 nearest versions were all French


def test_search_asks_for_more_than_there_is(memdir: Path) -> None:
    assert len(search_memory("human rights defenders", memdir, HashedWords(), k=50)) == 21


@pytest.mark.parametrize("query, k, problem", [("  ", 5, "query is empty"), ("defenders", 0, "at least 1")])
def test_search_refuses_bad_requests(memdir: Path, query: str, k: int, problem: str) -> None:
    with pytest.raises(InputError, match=problem):
        search_memory(query, memdir, HashedWords(), k=k)


def test_exact_search_finds_the_phrase(memdir: Path, res_72_247: Alignment) -> None:
    hits = search_memory("bureau van de ECB", memdir, None, exact=True)  # case-insensitive, no model needed
    assert [(hit.unit, hit.language, hit.score) for hit in hits] == [("op15", "nl", 1.0)]
    assert hits[0].texts["en"] == text_of(res_72_247, "op15", "en")
    assert (
        search_memory("Bureau van de Hoge Commissaris voor de mensenrechten", memdir, None, exact=True, lang="en") == []
    )
    assert search_memory("not in any resolution", memdir, None, exact=True) == []


def test_exact_search_is_a_phrase_search(memdir: Path) -> None:
    """Whole words in order; case and punctuation between them do not count; quotes in the query do no harm."""
    hits = search_memory("States national human rights institutions", memdir, None, exact=True, lang="en", k=50)
    assert [hit.unit for hit in hits] == ["op15", "op5"]  # `States, national human rights institutions,`; newest first
    assert search_memory("Commissione", memdir, None, exact=True) == []  # not a part of a word
    assert search_memory('the "Office', memdir, None, exact=True)
    assert search_memory("...", memdir, None, exact=True) == []


# --------------------------------------------------------------------------- add


def test_add_appends_without_rebuilding(memdir: Path, res_76_170: Alignment, monkeypatch: pytest.MonkeyPatch) -> None:
    def no_rebuild(store: object) -> VectorIndex:
        raise AssertionError("the index was rebuilt")

    monkeypatch.setattr(VectorIndex, "build", staticmethod(no_rebuild))
    embedder = HashedWords()
    report = add_to_memory([res_76_170], memdir, embedder)
    assert (report.added, report.units, report.texts) == (["A/RES/76/170"], 29, 29)
    assert embedder.embedded == [u.texts["fr"] for u in res_76_170.units]  # only the new texts
    with open_memory(memdir) as memory:
        info = memory.info()
        assert (info.resolutions, info.units, info.texts, info.languages) == (2, 50, 71, ["en", "nl", "fr"])
        hits = memory.search(text_of(res_76_170, "op3", "fr"), embedder, k=1)
    assert (hits[0].symbol, hits[0].unit, hits[0].texts) == (
        "A/RES/76/170",
        "op3",
        {"fr": text_of(res_76_170, "op3", "fr")},
    )


def test_add_skips_a_resolution_already_there(memdir: Path, res_72_247: Alignment) -> None:
    before = (memdir / INDEX_FILE).stat().st_mtime_ns
    report = add_to_memory([res_72_247], memdir, HashedWords())
    assert (report.added, report.skipped, report.texts) == ([], ["A/RES/72/247"], 0)
    assert (memdir / INDEX_FILE).stat().st_mtime_ns == before
    with open_memory(memdir) as memory:
        assert memory.info().units == 21


def test_add_keys_a_resolution_without_symbol_by_its_file(memdir: Path, res_76_170: Alignment) -> None:
    fr = replace(res_76_170.documents["fr"], header=Header())
    report = add_to_memory([replace(res_76_170, documents={"fr": fr})], memdir, HashedWords())
    assert report.added == ["a-res-76-170"]  # its name less the language part


def test_failed_add_changes_nothing(memdir: Path, res_76_170: Alignment, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(align.memory, "_EMBED_BATCH", 8)
    with pytest.raises(RuntimeError, match="out of memory"):
        add_to_memory([res_76_170], memdir, FailingAfter(calls=2))  # two batches stored, then the crash
    with no_warnings(), open_memory(memdir) as memory:  # store rolled back, index untouched: they agree
        assert (memory.info().units, memory.info().texts) == (21, 42)


def test_add_past_the_flat_limit_switches_to_ivf(
    memdir: Path, res_76_170: Alignment, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(index_module, "FLAT_LIMIT", 50)
    add_to_memory([res_76_170], memdir, HashedWords())  # 71 vectors
    with open_memory(memdir) as memory:
        assert memory.info().index_kind == "ivf8-sq8"
        hits = memory.search(text_of(res_76_170, "op7", "fr"), HashedWords(), k=1)
    assert hits[0].unit == "op7"
    store = sqlite3.connect(memdir / STORE_FILE)
    assert store.execute("SELECT value FROM meta WHERE key = 'index_kind'").fetchone() == ("ivf8-sq8",)


def test_ivf_is_appended_to_until_it_needs_twice_the_lists(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(index_module, "FLAT_LIMIT", 100)
    assert Kind.for_count(100) == Kind(0) and Kind.for_count(101) == Kind(10)
    assert Kind(0).fits(100) and not Kind(0).fits(101)
    assert Kind(10).fits(101) and Kind(10).fits(360) and not Kind(10).fits(400)


# --------------------------------------------------------------------------- the model


def test_another_model_is_refused(memdir: Path, res_76_170: Alignment) -> None:
    other = HashedWords(name="another-model")
    with pytest.raises(ModelError, match=f"built with the model test:hashed-words:512, not {other.signature}"):
        search_memory("human rights defenders", memdir, other)
    with pytest.raises(ModelError, match="built with the model"):
        add_to_memory([res_76_170], memdir, other)
    assert other.embedded == []  # refused before any work
    assert search_memory("defenders", memdir, other, exact=True)  # exact search involves no model


def test_a_model_that_changes_its_dimension_is_refused(memdir: Path, res_76_170: Alignment) -> None:
    liar = HashedWords(dimension=256)
    liar.signature = HashedWords().signature
    with pytest.raises(ModelError, match=r"returned vectors of shape \(29, 256\)"):
        add_to_memory([res_76_170], memdir, liar)


# --------------------------------------------------------------------------- crashes and damage


def test_missing_index_is_rebuilt(memdir: Path) -> None:
    (memdir / INDEX_FILE).unlink()
    with pytest.warns(AlignWarning, match="index.faiss is missing: rebuilt it from the store"):
        hits = search_memory("the Office of the High Commissioner", memdir, HashedWords(), k=1)
    assert hits[0].unit == "op15"
    with no_warnings():  # saved: the next open finds it whole
        open_memory(memdir).close()


@pytest.mark.parametrize("damage", [b"", b"not an index at all", "truncate"])
def test_damaged_index_is_rebuilt(memdir: Path, damage: bytes | str) -> None:
    index = memdir / INDEX_FILE
    index.write_bytes(index.read_bytes()[:1000] if damage == "truncate" else damage)  # type: ignore[arg-type]
    with pytest.warns(AlignWarning, match="cannot be read"):
        memory = open_memory(memdir)
    with memory:
        assert memory.info().texts == 42
        assert memory.search("the Office of the High Commissioner", HashedWords(), k=1)[0].unit == "op15"


@pytest.mark.parametrize("flat_limit", [100_000, 30], ids=["flat", "ivf"])
def test_crash_between_store_and_index_is_caught_up(
    tmp_path: Path, res_72_247: Alignment, res_76_170: Alignment, monkeypatch: pytest.MonkeyPatch, flat_limit: int
) -> None:
    monkeypatch.setattr(index_module, "FLAT_LIMIT", flat_limit)
    memdir = tmp_path / "tm"
    build_memory([res_72_247], memdir, HashedWords())
    old_index = (memdir / INDEX_FILE).read_bytes()
    add_to_memory([res_76_170], memdir, HashedWords())
    (memdir / INDEX_FILE).write_bytes(old_index)  # as if the crash came before the index was renamed

    def no_rebuild(store: object) -> VectorIndex:
        raise AssertionError("the index was rebuilt, not caught up")

    monkeypatch.setattr(VectorIndex, "build", staticmethod(no_rebuild))
    with pytest.warns(AlignWarning, match=r"is behind the store \(42 of 71 vectors\)"):
        hits = search_memory(text_of(res_76_170, "op3", "fr"), memdir, HashedWords(), k=1)
    assert (hits[0].symbol, hits[0].unit) == ("A/RES/76/170", "op3")


def test_index_of_another_memory_is_rebuilt(tmp_path: Path, memdir: Path, res_76_170: Alignment) -> None:
    build_memory([res_76_170], tmp_path / "other", HashedWords())
    shutil.copy(tmp_path / "other" / INDEX_FILE, memdir / INDEX_FILE)  # 29 vectors where the store has 42
    with pytest.warns(AlignWarning, match=r"does not match the store \(29 vectors, the store has 42\)"):
        hits = search_memory("the Office of the High Commissioner", memdir, HashedWords(), k=1)
    assert hits[0].symbol == "A/RES/72/247"


def test_index_of_another_dimension_is_rebuilt(tmp_path: Path, memdir: Path, res_76_170: Alignment) -> None:
    build_memory([res_76_170], tmp_path / "other", HashedWords(dimension=64))
    shutil.copy(tmp_path / "other" / INDEX_FILE, memdir / INDEX_FILE)
    with pytest.warns(AlignWarning, match="has dimension 64 where the store has 512"):
        open_memory(memdir).close()


@pytest.mark.parametrize(
    "make, problem",
    [
        (lambda d: None, "no memory at"),
        (lambda d: d.mkdir(), r"is not an align memory \(no memory.sqlite\)"),
        (lambda d: (d.mkdir(), (d / STORE_FILE).write_text("hello")), "file is not a database"),
        (
            lambda d: (d.mkdir(), sqlite3.connect(d / STORE_FILE).execute("CREATE TABLE t(x)")),
            "is not an align memory store",
        ),
    ],
)
def test_a_folder_that_is_not_a_memory(tmp_path: Path, make, problem: str) -> None:
    make(tmp_path / "tm")
    with pytest.raises(InputError, match=problem) as caught:
        search_memory("defenders", tmp_path / "tm", HashedWords())
    assert "\n" not in str(caught.value)


def test_damaged_store_is_one_line(memdir: Path) -> None:
    store = memdir / STORE_FILE
    data = bytearray(store.read_bytes())
    data[4096:] = b"\xff" * (len(data) - 4096)  # every page but the first overwritten
    store.write_bytes(bytes(data))
    with pytest.raises(InputError, match="memory.sqlite cannot be used .*rebuild it") as caught:
        search_memory("defenders", memdir, HashedWords())
    assert "\n" not in str(caught.value)


def no_space(self: VectorIndex, path: Path) -> None:
    raise OSError(28, "No space left on device")


def test_build_that_cannot_write_leaves_nothing(
    tmp_path: Path, res_72_247: Alignment, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(VectorIndex, "save", no_space)
    with pytest.raises(InputError, match=r"cannot write the memory .*tm \(No space left on device\)"):
        build_memory([res_72_247], tmp_path / "tm", HashedWords())
    assert list(tmp_path.iterdir()) == []


def test_add_that_cannot_write_its_index_is_caught_up_later(
    memdir: Path, res_76_170: Alignment, monkeypatch: pytest.MonkeyPatch
) -> None:
    with monkeypatch.context() as patch:
        patch.setattr(VectorIndex, "save", no_space)
        with pytest.raises(InputError, match="added to the store .* could not write its index"):
            add_to_memory([res_76_170], memdir, HashedWords())
    with pytest.warns(AlignWarning, match=r"is behind the store \(42 of 71 vectors\)"):
        hits = search_memory(text_of(res_76_170, "op3", "fr"), memdir, HashedWords(), k=1)
    assert hits[0].unit == "op3"


def test_repaired_index_that_cannot_be_saved_is_used_anyway(memdir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (memdir / INDEX_FILE).unlink()
    monkeypatch.setattr(VectorIndex, "save", no_space)
    with pytest.warns(AlignWarning) as caught:
        hits = search_memory("the Office of the High Commissioner", memdir, HashedWords(), k=1)
    assert hits[0].unit == "op15"
    assert [str(w.message).split(" (")[0] for w in caught][-1].startswith("could not save the rebuilt index")


def test_store_whose_count_disagrees_with_its_rows_is_refused(memdir: Path) -> None:
    store = sqlite3.connect(memdir / STORE_FILE)
    with store:
        store.execute("UPDATE meta SET value = '40' WHERE key = 'count'")
    store.close()
    with pytest.raises(InputError, match=r"is damaged \(count 40, last text 42, last vector 42\)"):
        open_memory(memdir)


def test_store_of_another_schema_is_refused(memdir: Path) -> None:
    store = sqlite3.connect(memdir / STORE_FILE)
    with store:
        store.execute("UPDATE meta SET value = '99' WHERE key = 'schema_version'")
    store.close()
    with pytest.raises(InputError, match="schema version 99, this align reads 1"):
        open_memory(memdir)


# --------------------------------------------------------------------------- TMX


def test_tmx_export(memdir: Path, tmp_path: Path, res_72_247: Alignment) -> None:
    summary = export_tmx(memdir, tmp_path / "memory.tmx")
    assert (summary.units, summary.languages, summary.srclang) == (21, ["en", "nl"], "en")
    root = etree.parse(str(tmp_path / "memory.tmx")).getroot()
    header = root.find("header")
    assert (root.tag, root.get("version")) == ("tmx", "1.4")
    assert (header.get("creationtool"), header.get("srclang"), header.get("segtype")) == ("align", "en", "paragraph")
    assert [(p.get("type"), p.text) for p in header.findall("prop")] == [("x-model", HashedWords().signature)]
    tus = root.findall("body/tu")
    assert len(tus) == 21
    for tu, unit in zip(tus, res_72_247.units):
        assert tu.get("tuid") == f"A/RES/72/247#{unit.id}"
        assert [tuv.get(XML_LANG) for tuv in tu.findall("tuv")] == ["en", "nl"]
        assert [tuv.findtext("seg") for tuv in tu.findall("tuv")] == [unit.texts["en"], unit.texts["nl"]]
        assert {prop.get("type"): prop.text for prop in tu.findall("prop")}["x-unit"] == unit.id


def test_tmx_of_several_pivots_names_each_source(memdir: Path, tmp_path: Path, res_72_247: Alignment) -> None:
    dutch_pivot = replace(res_72_247, languages=["nl", "en"], pivot="nl")
    dutch_pivot.documents = {
        lang: replace(doc, header=Header(symbol="A/RES/72/247-nl")) for lang, doc in res_72_247.documents.items()
    }
    add_to_memory([dutch_pivot], memdir, HashedWords())
    summary = export_tmx(memdir, tmp_path / "memory.tmx")
    assert (summary.units, summary.srclang) == (42, "*all*")
    tus = etree.parse(str(tmp_path / "memory.tmx")).getroot().findall("body/tu")
    assert [tu.get("srclang") for tu in tus] == ["en"] * 21 + ["nl"] * 21


def test_tmx_leaves_out_single_language_units_and_control_characters(
    memdir: Path, tmp_path: Path, res_76_170: Alignment, res_72_247: Alignment
) -> None:
    add_to_memory([res_76_170], memdir, HashedWords())  # French only: no translation units
    page_break = replace(
        res_72_247, units=[replace(res_72_247.units[1], texts={"en": "Stresses\x0cthat", "nl": "Benadrukt\x00dat"})]
    )
    page_break.documents = {"en": replace(res_72_247.documents["en"], header=Header(symbol="X/1"))}
    add_to_memory([page_break], memdir, HashedWords())
    summary = export_tmx(memdir, tmp_path / "memory.tmx")
    assert (summary.units, summary.left_out) == (22, len(res_76_170.units))
    last = etree.parse(str(tmp_path / "memory.tmx")).getroot().findall("body/tu")[-1]
    assert [tuv.findtext("seg") for tuv in last.findall("tuv")] == ["Stressesthat", "Benadruktdat"]


def test_a_version_added_after_its_resolution_joins_its_units(
    memdir: Path, res_72_247: Alignment, res_76_170: Alignment
) -> None:
    """A memory of the English and Dutch 72/247; its French version comes later, aligned with the
    English (here 76/170's French paragraphs by number, to stand in for it). Each French text joins
    the memory's unit whose English text is the same: the memory is not rebuilt, nor the resolution
    added twice. Given again in languages the memory holds, the resolution is skipped."""
    french = {u.number: u.texts["fr"] for u in res_76_170.units}
    with_french = replace(
        res_72_247,
        languages=["en", "fr"],
        units=[replace(u, texts={"en": u.texts["en"], "fr": french.get(u.number, "")}) for u in res_72_247.units],
    )
    embedder = HashedWords()
    report = add_to_memory([with_french, res_72_247], memdir, embedder)
    assert (report.added, report.skipped, report.units, report.texts) == ([], ["A/RES/72/247"], 0, 20)
    assert report.languages_added == {"A/RES/72/247": ["fr"]} and report.texts_not_added == {}
    assert embedder.embedded == [french[str(n)] for n in range(1, 21)]  # only the new texts
    with open_memory(memdir) as memory:
        info = memory.info()
        assert (info.resolutions, info.units, info.texts, info.languages) == (1, 21, 62, ["en", "nl", "fr"])
        [hit] = memory.search(french["9"], embedder, k=1, lang="fr")
    assert (hit.unit, hit.texts) == ("op9", {"en": text_of(res_72_247, "op9", "en"), "nl": text_of(res_72_247, "op9", "nl"), "fr": french["9"]})


def test_a_later_version_whose_units_the_memory_holds_otherwise_is_left_out_and_counted(
    memdir: Path, res_72_247: Alignment
) -> None:
    """The later version's alignment ran op1 and op2 into one unit, which the memory holds apart:
    that German text has no unit to join, is left out and counted; the rest join theirs."""
    units = [replace(u, texts={"en": u.texts["en"], "de": f"Deutsch {u.id}"}) for u in res_72_247.units]
    op1, op2 = units[1], units[2]
    merged = replace(op1, id="op1+op2", texts={"en": f"{op1.texts['en']}\n{op2.texts['en']}", "de": "Deutsch op1+op2"})
    report = add_to_memory([replace(res_72_247, languages=["en", "de"], units=[units[0], merged, *units[3:]])], memdir, HashedWords())
    assert report.languages_added == {"A/RES/72/247": ["de"]} and report.texts_not_added == {"A/RES/72/247": 1}
    assert report.texts == len(units) - 2
    with open_memory(memdir) as memory:
        assert memory.info().texts == 42 + len(units) - 2


def test_a_resolution_without_a_symbol_is_known_by_its_file_name_whatever_the_pivot(
    tmp_path: Path, res_72_247: Alignment
) -> None:
    """The UDHR prints no symbol: built from `udhr.en.html udhr.fr.html`, then given
    `udhr.nl.html udhr.fr.html` (French the pivot), it was keyed by the pivot's file name
    and went in a second time, every French text twice."""
    def unsymbolled(pivot: str, names: dict[str, str]) -> Alignment:
        documents = {lang: replace(doc, header=Header(), path=f"/corpus/{names[lang]}") for lang, doc in res_72_247.documents.items()}
        return replace(res_72_247, pivot=pivot, languages=[pivot, *(l for l in res_72_247.languages if l != pivot)], documents=documents)

    build_memory([unsymbolled("en", {"en": "udhr.en.html", "nl": "udhr.nl.html"})], tmp_path / "tm", HashedWords())
    again = add_to_memory([unsymbolled("nl", {"en": "udhr.en.html", "nl": "udhr.nl.html"})], tmp_path / "tm", HashedWords())
    assert (again.added, again.skipped) == ([], ["udhr"])


def test_a_unit_the_pivot_lacks_names_a_source_it_has(
    memdir: Path, tmp_path: Path, res_72_247: Alignment, res_76_170: Alignment
) -> None:
    """A paragraph the English version lost, still paired in Dutch and French: its <tu> had
    no <tuv> in the header's `en`, and the whole export was refused as invalid TMX."""
    op2 = res_72_247.units[2]
    lost = replace(res_72_247, languages=["en", "nl", "fr"], units=[replace(op2, texts={"nl": op2.texts["nl"], "fr": res_76_170.units[1].texts["fr"]})])
    lost.documents = {"en": replace(res_72_247.documents["en"], header=Header(symbol="X/2"))}
    add_to_memory([lost], memdir, HashedWords())
    summary = export_tmx(memdir, tmp_path / "memory.tmx")
    assert summary.units == 22 and summary.srclang == "en"
    last = etree.parse(str(tmp_path / "memory.tmx")).getroot().findall("body/tu")[-1]
    assert last.get("srclang") == "nl" and [tuv.get(XML_LANG) for tuv in last.findall("tuv")] == ["nl", "fr"]


def test_an_invalid_tmx_is_named_by_the_output_not_its_temporary_file(memdir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(align.exporters.tmx, "_HEADER_ATTRIBUTES", (*align.exporters.tmx._HEADER_ATTRIBUTES, "x-never-written"))
    with pytest.raises(InputError, match=re.escape(f"{tmp_path / 'memory.tmx'} is not valid TMX 1.4b: <header> lacks x-never-written")):
        export_tmx(memdir, tmp_path / "memory.tmx")
    assert list(tmp_path.glob("*.tmp")) == [] and not (tmp_path / "memory.tmx").exists()


def test_a_memory_folder_is_made_as_any_folder_is_not_private(tmp_path: Path, res_72_247: Alignment) -> None:
    umask = os.umask(0o022)
    try:
        build_memory([res_72_247], tmp_path / "tm", HashedWords())
    finally:
        os.umask(umask)
    assert (tmp_path / "tm").stat().st_mode & 0o777 == 0o755


@pytest.mark.parametrize(
    ("command", "problem"),
    [
        (["build", "-o", "{memdir}"], "already holds a memory: add to it"),
        (["build", "-o", "{memdir}/memory.sqlite"], "is a file: give a new folder"),
        (["add", "--memory", "{tmp}/no-memory"], "no memory at"),
    ],
)
def test_a_memory_folder_that_cannot_serve_is_refused_before_the_model_runs(
    memdir: Path, tmp_path: Path, command: list[str], problem: str
) -> None:
    options = [option.format(memdir=memdir, tmp=tmp_path) for option in command[1:]]
    argv = [sys.executable, "-m", "align", "memory", command[0], str(CORPUS / "a-res-72-247.en+nl-mt.md"), *options,
            "--model", str(tmp_path / "no-model")]
    result = subprocess.run(argv, capture_output=True, text=True, cwd=CORPUS.parent)
    assert result.returncode == 2 and problem in result.stderr and "no-model" not in result.stderr, result.stderr


def test_the_store_as_a_tmx_output_is_named_as_the_memory_s_file_from_the_command_line(memdir: Path) -> None:
    """In a fresh process the open store is descriptor 3, which read as a file the shell
    opened for us: it was refused as 'a device or a pipe'."""
    argv = [sys.executable, "-m", "align", "memory", "export", "--memory", str(memdir), "-o", str(memdir / STORE_FILE)]
    result = subprocess.run(argv, capture_output=True, text=True, cwd=CORPUS.parent)
    assert result.returncode == 2 and "is a file of the memory" in result.stderr, result.stderr


def test_tmx_into_a_missing_folder_is_one_line(memdir: Path, tmp_path: Path) -> None:
    with pytest.raises(InputError, match="the folder .*nowhere does not exist"):
        export_tmx(memdir, tmp_path / "nowhere" / "memory.tmx")
    assert not (tmp_path / "nowhere").exists()


@pytest.mark.parametrize(
    ("inside", "problem"),
    [
        ("memory.sqlite", "is a file of the memory"),
        ("Memory.SQLITE-wal", "is a file of the memory"),  # case folded, as macOS would; the store's journal
        ("index.faiss", "is a file of the memory"),
        ("", "is a folder"),
    ],
)
def test_tmx_never_replaces_the_memory_or_a_folder(memdir: Path, inside: str, problem: str) -> None:
    """The TMX file is renamed into place: over the memory's store it would destroy the memory.
    A new file in the memory's folder harms nothing and is written."""
    before = sorted((p.name, p.stat().st_size) for p in memdir.iterdir())
    with pytest.raises(InputError, match=problem):
        export_tmx(memdir, memdir / inside if inside else memdir)
    assert sorted((p.name, p.stat().st_size) for p in memdir.iterdir()) == before
    assert export_tmx(memdir, memdir / "memory.sqlite.tmx").units > 0  # a name like the store's is no store
    umask = os.umask(0)
    os.umask(umask)
    assert (memdir / "memory.sqlite.tmx").stat().st_mode & 0o777 == 0o666 & ~umask  # as open() makes it


TU = '<tu><tuv xml:lang="en"><seg>a</seg></tuv><tuv xml:lang="nl"><seg>b</seg></tuv></tu>'
HEADER = (
    '<header creationtool="align" creationtoolversion="1" segtype="paragraph" o-tmf="align" '
    'adminlang="en" srclang="en" datatype="plaintext"/>'
)


def tmx(body: str, header: str = HEADER, version: str = "1.4") -> str:
    return f'<tmx version="{version}">{header}<body>{body}</body></tmx>'


@pytest.mark.parametrize(
    "text, problem",
    [
        (tmx(TU + TU), None),
        (tmx(TU)[: -len("</tmx>")], "not well-formed"),
        (tmx(TU, version="1.1"), "not <tmx"),
        (tmx(TU, header=HEADER.replace(' srclang="en"', "")), "lacks srclang"),
        (f'<tmx version="1.4"><body>{TU}</body>{HEADER}</tmx>', "a <header> then a <body>"),
        (tmx(TU + "<seg/>" + TU), "<body> holds a <seg>"),
        (tmx('<tu><prop type="x">p</prop></tu>'), r"not \(note\|prop\)\* then <tuv>\+"),
        (tmx(TU.replace(' xml:lang="nl"', "")), "has no xml:lang"),
        (tmx(TU.replace("<seg>b</seg>", "<seg>b</seg><seg>c</seg>")), "then one <seg>"),
        (tmx(TU.replace("nl", "en")), "a language twice"),
        (tmx(TU, header=HEADER.replace('srclang="en"', 'srclang="fr"')), "no <tuv> in its source language 'fr'"),
    ],
)
def test_tmx_check_finds_what_is_wrong(tmp_path: Path, text: str, problem: str | None) -> None:
    path = tmp_path / "test.tmx"
    path.write_text(text, encoding="utf-8")
    if problem is None:
        assert check_tmx(path).units == 2
        return
    with pytest.raises(InputError, match=problem):
        check_tmx(path)
