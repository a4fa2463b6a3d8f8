"""The translation memory: every aligned unit so far, searchable by meaning or by exact phrase.

A memory is a folder of two files::

    memory.sqlite   the store (align.memory.store): units, texts, vectors, model; the truth
    index.faiss     the vector index (align.memory.index): a cache rebuilt from the store

Every language version of every unit is embedded, one vector per (unit, language),
rather than the pivot alone or a mean of the versions: a translator searches in the
language they are reading, a query is nearest to text in its own language even with a
multilingual model, and a mean of versions matches none of them well. A hit is a unit,
shown with all its language versions, whichever version matched, ranked by the cosine
and given its fuzzy match as well, the percentage a CAT tool shows; the segment itself
comes first. The query is embedded as e5's `query:`: it ranks the unit a fragment comes
from first more often (24 of 40 sampled units from their first eight words, against 14
as a `passage:`), though a text then scores about 0.93 against itself.

The memory records the signature of the embedding model that built it and refuses
(:class:`~align.errors.ModelError`) to add or search with any other model, since
vectors of two models are not comparable. Exact search goes through SQLite FTS and
needs no model.

Writes are crash-safe: :func:`build_memory` builds in a temporary folder renamed into
place at the end; :func:`add_to_memory` commits the store in one transaction, then
replaces the index file atomically; :func:`open_memory` repairs an index that disagrees
with the store (see :mod:`align.memory.index`).
"""

from __future__ import annotations

import math
import os
import secrets
import shutil
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Self

import numpy as np
from rapidfuzz.distance import Indel

from align import durable
from align.errors import InputError, ModelError
from align.exporters.tabular import check_target
from align.exporters.tmx import TmxSummary, check_tmx, write_tmx
from align.memory.index import VectorIndex, open_index, save_index
from align.memory.store import Store, StoredUnit
from align.model import Alignment, Section

if TYPE_CHECKING:  # pragma: no cover
    from align.embed.embedder import Embedder

STORE_FILE = "memory.sqlite"
INDEX_FILE = "index.faiss"

#: Texts per call to the embedder: large enough for a GPU batch, small enough to hold.
_EMBED_BATCH = 1024


@dataclass(frozen=True)
class Hit:
    """A unit found by a search, with every language version of its text."""

    score: float  # cosine between the query and the matched version; 1.0 for an exact match
    symbol: str  # the resolution: `A/RES/72/247`
    unit: str  # the unit id within it: `op9`, `pp16+pp17`
    section: Section
    number: str | None
    language: str  # the version that matched
    texts: dict[str, str]  # every language version, in the resolution's language order
    # The fuzzy match of the query against the version most like it letter for letter
    # (``fuzzy_language``), as CAT tools count it: the share of characters both have (Indel
    # similarity, case and spacing aside), 1.0 for the same text; None for a search by
    # vector. The cosine is no percentage: e5 rates an unrelated paragraph of the same kind
    # above 0.8, and the same text, as a query, about 0.93.
    fuzzy: float | None = None
    fuzzy_language: str | None = None


@dataclass(frozen=True)
class AddReport:
    """What a build or an add put into the memory."""

    added: list[str]  # resolution symbols, in the order given
    skipped: list[str]  # symbols already in the memory (or given twice) in every language given: left as they were
    units: int
    texts: int  # hence vectors
    # Resolutions already in the memory that were given in languages it lacked: the versions
    # added to them (:func:`_merge`) ...
    languages_added: dict[str, list[str]] = field(default_factory=dict)
    # ... and of those versions' texts, how many found no unit of the memory to join (a paragraph
    # run into the next in the new alignment, where the memory holds them apart): left out, said.
    texts_not_added: dict[str, int] = field(default_factory=dict)


@dataclass(frozen=True)
class MemoryInfo:
    """What a memory holds and how it was made."""

    path: Path
    model: str  # the signature of the embedding model
    dimension: int
    index_kind: str  # `flat` or `ivfN` (align.memory.index)
    resolutions: int
    units: int
    texts: int
    languages: list[str]


class Memory:
    """An open memory; get one from :func:`open_memory`, and close it (or use ``with``)."""

    def __init__(self, path: Path, store: Store, index: VectorIndex) -> None:
        self.path = path
        self._store = store
        self._index = index
        self._languages = store.languages()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self._store.close()

    def info(self) -> MemoryInfo:
        resolutions, units = self._store.sizes()
        return MemoryInfo(
            path=self.path,
            model=self._store.model,
            dimension=self._store.dimension,
            index_kind=str(self._index.kind),
            resolutions=resolutions,
            units=units,
            texts=self._store.count,
            languages=self._languages,
        )

    # ------------------------------------------------------------------ searching

    def search(
        self, query: str, embedder: Embedder | None, *, lang: str | None = None, k: int = 5, exact: bool = False
    ) -> list[Hit]:
        """The ``k`` units nearest to ``query`` (or, ``exact``, holding its words in order), best first.

        ``lang`` restricts the match to that language's versions; hits still show all
        of them. ``embedder`` may be None for an exact search.
        """
        query = query.strip()
        if not query:
            raise InputError("the search query is empty: give the text to look for")
        if k < 1:
            raise InputError(f"-k must be at least 1, not {k}")
        lang = lang.strip().lower() if lang is not None else None  # `--lang NL`
        if lang is not None and lang not in self._languages:
            raise InputError(f"the memory {self.path} has no {lang!r} texts: it has {', '.join(self._languages)}")
        if exact:
            return self._search_exact(query, lang, k)
        if embedder is None:
            raise ValueError("a search by meaning needs an embedder")
        self._check_model(embedder)
        hits = self.search_vector(embedder.embed([query], role="query")[0], lang=lang, k=k)
        hits = [_with_fuzzy(hit, query, lang) for hit in hits]
        # The query's own segment first, as a translation memory gives an exact match.
        return sorted(hits, key=lambda hit: hit.fuzzy != 1.0)

    def search_vector(self, vector: np.ndarray, *, lang: str | None = None, k: int = 5) -> list[Hit]:
        """The ``k`` units nearest to an already embedded query, best first.

        The index holds one vector per (unit, language), so it is asked for more than
        ``k`` and the answer folded into units (each scored by its best version); where
        ``lang`` filters most of them out, it is asked again for four times as many.
        """
        wanted = k * max(len(self._languages), 1) * 2
        while True:
            scores, ids = self._index.search(vector, wanted)
            found = ids >= 0
            refs = self._store.text_refs(ids[found].tolist())
            best: dict[int, tuple[float, str]] = {}
            for score, text_id in zip(scores[found], ids[found]):
                unit_id, text_lang = refs[int(text_id)]
                if (lang is None or text_lang == lang) and unit_id not in best:
                    best[unit_id] = (float(score), text_lang)
            if len(best) >= k or int(found.sum()) < wanted or wanted >= self._index.size:
                break
            wanted *= 4
        chosen = list(best)[:k]
        return [_hit(unit, *best[unit.id]) for unit in self._store.units(chosen)]

    def _search_exact(self, phrase: str, lang: str | None, k: int) -> list[Hit]:
        matched: dict[int, str] = {}
        for unit_id, text_lang in self._store.find_exact(phrase, lang):
            matched.setdefault(unit_id, text_lang)
            if len(matched) == k:
                break
        hits = [_hit(unit, 1.0, matched[unit.id]) for unit in self._store.units(list(matched))]
        return [_with_fuzzy(hit, phrase, lang) for hit in hits]

    # ------------------------------------------------------------------ adding

    def add(self, alignments: Iterable[Alignment], embedder: Embedder) -> AddReport:
        """Append ``alignments`` without a rebuild: the store in one transaction, then the index.

        A resolution whose symbol is already in the memory is skipped and reported, unless it
        comes in languages the memory lacks: their texts join its units (:func:`_merge`).
        """
        self._check_model(embedder)
        with self._store.transaction():
            report = _ingest(self._store, alignments, embedder)
        if report.texts:
            self._index = self._index.updated(self._store)
            self._languages = self._store.languages()
            try:
                save_index(self._index, self.path / INDEX_FILE, self._store)
            except OSError as exc:
                raise InputError(
                    f"added to the store of {self.path} but could not write its index ({exc.strerror or exc}): "
                    "it will be rebuilt when the memory is next opened"
                ) from exc
        return report

    def export_tmx(self, path: str | os.PathLike[str]) -> TmxSummary:
        """Write the memory as TMX 1.4b, checked before it is put in place (see :mod:`align.exporters.tmx`).

        Never over the memory's own files, which the rename would replace."""
        target = check_target(path) or Path(path)
        own = {STORE_FILE, INDEX_FILE, *(f"{STORE_FILE}{suffix}" for suffix in ("-wal", "-shm", "-journal"))}
        # First: the store is open here, and would read as a file the shell opened for us.
        if target.name.casefold() in own and os.path.samefile(target.resolve().parent, self.path):  # case folded: macOS
            raise InputError(f"{path}: is a file of the memory {self.path}; write the TMX file elsewhere")
        return write_tmx(self._store.all_units(), target, pivots=self._store.pivots(), model=self._store.model)

    def _check_model(self, embedder: Embedder) -> None:
        if embedder.signature != self._store.model:
            raise ModelError(
                f"the memory {self.path} was built with the model {self._store.model}, not {embedder.signature}: "
                "use that model, or build a new memory with this one"
            )


def check_memory(memdir: str | os.PathLike[str]) -> Path:
    """``memdir`` as a path, or an :class:`InputError` when it holds no memory: the CLI asks
    before aligning what is to be added, which may take minutes."""
    path = Path(memdir)
    if not path.is_dir():
        raise InputError(f"no memory at {path}: build one with `align memory build`")
    if not (path / STORE_FILE).is_file():
        raise InputError(f"{path} is not an align memory (no {STORE_FILE}): build one with `align memory build`")
    return path


def check_new_memory(memdir: str | os.PathLike[str]) -> Path:
    """``memdir`` as a path, or an :class:`InputError` when a memory cannot be built there
    (it exists and is not an empty folder); asked before aligning, as :func:`check_memory`."""
    path = Path(memdir)
    if path.is_dir() and (path / STORE_FILE).is_file():
        raise InputError(f"{path} already holds a memory: add to it with `align memory add`, or give a new folder")
    if path.exists() and (not path.is_dir() or any(path.iterdir())):
        what = "a folder that is not empty" if path.is_dir() else "a file"
        raise InputError(f"{path} is {what}: give a new folder for the memory")
    return path


def open_memory(memdir: str | os.PathLike[str]) -> Memory:
    """Open the memory in ``memdir``, repairing its index (with a warning) if it disagrees with the store."""
    path = check_memory(memdir)
    store = Store.open(path / STORE_FILE)
    try:
        index = open_index(path / INDEX_FILE, store)
    except BaseException:
        store.close()
        raise
    return Memory(path, store, index)


def build_memory(alignments: Iterable[Alignment], memdir: str | os.PathLike[str], embedder: Embedder) -> AddReport:
    """Build a new memory of ``alignments`` in ``memdir``, which must not exist or be empty.

    Built in a temporary folder beside ``memdir`` and renamed into place at the end, so
    an interrupted build leaves no memory rather than half of one. ``alignments`` is
    read once, lazily: a generator keeps a large archive out of memory.
    """
    path = check_new_memory(memdir)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        # mkdir, not mkdtemp: a folder as any other, the umask's mode (mkdtemp's is private)
        building = path.parent / f".{path.name}.building-{secrets.token_hex(4)}"
        building.mkdir()
    except OSError as exc:
        raise InputError(
            f"cannot create the memory {path} ({exc.strerror or exc}): check the folder is writable"
        ) from exc
    try:
        store = Store.create(building / STORE_FILE, model=embedder.signature, dimension=embedder.dimension)
        try:
            with store.transaction():  # one transaction: FTS5 writes its segments once, not per batch
                report = _ingest(store, alignments, embedder)
            if not report.units:
                raise InputError(f"nothing to put in the memory {path}: the alignments given hold no units")
            store.finish_bulk_load()
            save_index(VectorIndex.build(store), building / INDEX_FILE, store)
        finally:
            store.close()
        durable.replace(building, path)
    except OSError as exc:
        shutil.rmtree(building, ignore_errors=True)
        raise InputError(f"cannot write the memory {path} ({exc.strerror or exc}): check the disk has room") from exc
    except BaseException:
        shutil.rmtree(building, ignore_errors=True)
        raise
    return report


def add_to_memory(alignments: Iterable[Alignment], memdir: str | os.PathLike[str], embedder: Embedder) -> AddReport:
    """Append ``alignments`` to the memory in ``memdir``; see :meth:`Memory.add`."""
    with open_memory(memdir) as memory:
        return memory.add(alignments, embedder)


def search_memory(
    query: str,
    memdir: str | os.PathLike[str],
    embedder: Embedder | None,
    *,
    lang: str | None = None,
    k: int = 5,
    exact: bool = False,
) -> list[Hit]:
    """Search the memory in ``memdir``; see :meth:`Memory.search`."""
    with open_memory(memdir) as memory:
        return memory.search(query, embedder, lang=lang, k=k, exact=exact)


def export_tmx(memdir: str | os.PathLike[str], path: str | os.PathLike[str]) -> TmxSummary:
    """Write the memory in ``memdir`` as TMX 1.4b to ``path``; see :meth:`Memory.export_tmx`."""
    with open_memory(memdir) as memory:
        return memory.export_tmx(path)


def _ingest(store: Store, alignments: Iterable[Alignment], embedder: Embedder) -> AddReport:
    """Insert resolutions, units and embedded texts into ``store`` (inside a transaction or a bulk load)."""
    from align.batch.grouping import resolution_key  # the batch package is slow to import, and search needs none of it

    added: list[str] = []
    skipped: list[str] = []
    languages_added: dict[str, list[str]] = {}
    texts_not_added: dict[str, int] = {}
    units = texts = 0
    pending: list[tuple[int, str, str]] = []  # (unit row id, language, text) awaiting their vectors
    for alignment in alignments:
        symbol = resolution_key(alignment)
        if store.has_resolution(symbol):
            kept = store.resolution_languages(symbol)
            new = [lang for lang in alignment.languages if lang not in kept]
            merged, left_out, new_units = _merge(store, symbol, alignment, new) if new else ([], 0, 0)
            joined = [lang for lang in new if any(row[1] == lang for row in merged)]
            pending += merged
            units += new_units
            if joined:
                store.add_languages(symbol, joined)
                languages_added[symbol] = joined
            else:
                skipped.append(symbol)
            if left_out:
                texts_not_added[symbol] = left_out
        else:
            added.append(symbol)
            resolution_id = store.add_resolution(symbol, alignment.pivot, alignment.languages)
            for unit in alignment.units:
                unit_id = store.add_unit(resolution_id, unit)
                units += 1
                pending += [
                    (unit_id, lang, unit.texts[lang]) for lang in alignment.languages if unit.texts.get(lang, "").strip()
                ]
        while len(pending) >= _EMBED_BATCH:
            texts += _embed_into(store, pending[:_EMBED_BATCH], embedder)
            del pending[:_EMBED_BATCH]
    if pending:
        texts += _embed_into(store, pending, embedder)
    return AddReport(added, skipped, units, texts, languages_added, texts_not_added)


def _merge(store: Store, symbol: str, alignment: Alignment, new: list[str]) -> tuple[list[tuple[int, str, str]], int, int]:
    """The texts of ``alignment`` in the ``new`` languages, to go into the memory's units of
    ``symbol``: (rows awaiting their vectors, texts left out, units added).

    A unit of the alignment joins the memory's unit whose text, in a language both hold,
    is the same (spaces aside): the versions of that language are the same file, whatever
    the pivot. A unit with text in the new languages only (a paragraph the new version
    adds) becomes a unit of its own. A unit whose texts in the held languages are no unit
    of the memory (the new alignment ran two paragraphs together that the memory holds
    apart, or its file was edited since) has its new texts left out and counted.
    """
    held = [lang for lang in alignment.languages if lang not in new]
    if not held:  # no version in common: nothing to join the units by
        return [], sum(bool(unit.texts.get(lang, "").strip()) for unit in alignment.units for lang in new), 0
    by_text = {
        (lang, " ".join(text.split())): stored.id
        for stored in store.resolution_units(symbol) for lang, text in stored.texts.items()
    }
    rows: list[tuple[int, str, str]] = []
    left_out = added_units = 0
    resolution_id = store.resolution_id(symbol)
    for unit in alignment.units:
        texts = {lang: unit.texts[lang] for lang in new if unit.texts.get(lang, "").strip()}
        if not texts:
            continue
        anchors = {by_text.get((lang, " ".join(unit.texts[lang].split()))) for lang in held if unit.texts.get(lang, "").strip()}
        if not anchors:
            target = store.add_unit(resolution_id, unit)
            added_units += 1
        elif len(anchors) == 1 and None not in anchors:
            target = anchors.pop()
        else:
            left_out += len(texts)
            continue
        rows += [(target, lang, text) for lang, text in texts.items()]
    return rows, left_out, added_units


def _embed_into(store: Store, rows: list[tuple[int, str, str]], embedder: Embedder) -> int:
    vectors = embedder.embed([text for _, _, text in rows], role="passage")
    if vectors.shape != (len(rows), store.dimension):
        raise ModelError(
            f"the model {embedder.signature} returned vectors of shape {vectors.shape} for {len(rows)} texts; "
            f"the memory {store.path.parent} holds vectors of dimension {store.dimension}"
        )
    store.add_texts(rows, vectors)
    return len(rows)


def _with_fuzzy(hit: Hit, query: str, lang: str | None) -> Hit:
    """``hit`` with the fuzzy match of ``query`` against its version in ``lang``, else the
    version most like it. Rounded down, as CAT tools do: 1.0 is the same text only, never
    a text one figure apart (`in 2018` for `in 2019` in 427 characters is 0.998)."""
    folded = " ".join(query.casefold().split())
    texts = {language: " ".join(text.casefold().split()) for language, text in hit.texts.items() if lang in (None, language)}
    similarity = {language: Indel.normalized_similarity(folded, text) for language, text in texts.items()}
    language = max(similarity, key=similarity.__getitem__)
    fuzzy = 1.0 if texts[language] == folded else min(math.floor(similarity[language] * 1000) / 1000, 0.999)
    return replace(hit, fuzzy=fuzzy, fuzzy_language=language)


def _hit(unit: StoredUnit, score: float, language: str) -> Hit:
    return Hit(score, unit.symbol, unit.unit, unit.section, unit.number, language, unit.texts)


__all__ = [
    "AddReport",
    "Hit",
    "Memory",
    "MemoryInfo",
    "TmxSummary",
    "add_to_memory",
    "build_memory",
    "check_memory",
    "check_new_memory",
    "check_tmx",
    "export_tmx",
    "open_memory",
    "search_memory",
]
