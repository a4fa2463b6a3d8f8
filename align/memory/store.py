"""The memory's SQLite store: the one source of truth for units, texts and vectors.

One file, ``memory.sqlite``, in WAL mode so that searches read while an ``add`` writes::

    meta(key, value)                      schema version, model signature, dimension,
                                          index kind, vector count
    resolutions(id, symbol, pivot, languages, added_at)
    units(id, resolution_id, unit, section, number, link, similarity, confidence)
    texts(id, unit_id, lang, text)        one row per (unit, language); id = vector id
    vectors(id, vector)                   the float32 vector of the text row with that id
    texts_fts                             FTS5 word index over texts.text

The full-text index splits words the unicode61 way (case folded, accents kept, as an
exact search should): a search is for a phrase of whole words. A trigram index would
find any substring, but took eight times as long to fill and about three times the
disk; translators look up terms and phrases, not parts of words.

Resolutions have their own table because the pivot, the languages and the date they
were added belong to a resolution, not to each of its units.

The vectors are kept here, as float32 blobs beside their texts, and not in a ``.npy``
next to the index: they are written in the same transaction as the texts, so no crash
can leave a text without its vector or the reverse, and appending costs no rewrite of
a large array. The faiss index is then a cache that can always be rebuilt from this
file (:mod:`align.memory.index`): at a million units (two million vectors) that took
under a minute here, index training included.

Text ids are assigned here as ``1..count`` in insertion order (nothing is ever
deleted): the index can then be checked against the store by comparing its ids with
``arange(1, count + 1)``, without reading the whole store.

Every SQLite failure (a file that is not a database, a damaged page, a full disk) is
turned into one :class:`~align.errors.InputError` line that names the file.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import numpy as np

from align.errors import InputError
from align.model import Section, Unit

SCHEMA_VERSION = 1

#: Written into the SQLite header, so that any other database is told apart at once ("algn").
APPLICATION_ID = 0x616C676E

_SCHEMA = """
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE resolutions (
    id INTEGER PRIMARY KEY,
    symbol TEXT NOT NULL UNIQUE,
    pivot TEXT NOT NULL,
    languages TEXT NOT NULL,  -- comma-separated, the pivot first
    added_at TEXT NOT NULL    -- ISO 8601, UTC
);
CREATE TABLE units (
    id INTEGER PRIMARY KEY,
    resolution_id INTEGER NOT NULL REFERENCES resolutions(id),
    unit TEXT NOT NULL,
    section TEXT NOT NULL,
    number TEXT,
    link TEXT NOT NULL,
    similarity REAL,
    confidence REAL NOT NULL
);
CREATE TABLE texts (
    id INTEGER PRIMARY KEY,
    unit_id INTEGER NOT NULL REFERENCES units(id),
    lang TEXT NOT NULL,
    text TEXT NOT NULL
);
CREATE INDEX texts_unit ON texts(unit_id);
CREATE TABLE vectors (id INTEGER PRIMARY KEY REFERENCES texts(id), vector BLOB NOT NULL);
CREATE VIRTUAL TABLE texts_fts USING fts5(
    text, content='texts', content_rowid='id', tokenize='unicode61 remove_diacritics 0'
);
"""

#: Page cache while a store is filled: FTS5 merges its segments in it (SQLite's default is 2 MiB).
_BULK_CACHE_KIB = 256 * 1024

#: Rows per SELECT when vectors are read back in bulk (about 75 MB at dimension 384).
_CHUNK = 50_000

#: Host parameters per ``IN (...)`` list, well under SQLite's limit of 32766.
_IN_LIMIT = 10_000


@dataclass(frozen=True)
class StoredUnit:
    """One unit as the store holds it, with every language version of its text."""

    id: int  # row id in the units table
    symbol: str
    pivot: str
    unit: str  # the Unit id: `op9`, `pp16+pp17`
    section: Section
    number: str | None
    link: str
    similarity: float | None
    confidence: float
    texts: dict[str, str]  # language -> text, in the resolution's language order


class Store:
    """An open ``memory.sqlite``; create one with :meth:`create`, open one with :meth:`open`."""

    def __init__(self, path: Path, connection: sqlite3.Connection) -> None:
        self.path = path
        self._db = connection

    # ------------------------------------------------------------------ opening

    @classmethod
    def create(cls, path: Path, *, model: str, dimension: int) -> Store:
        """A new, empty store at ``path`` (which must not exist), set up for a bulk load.

        The caller builds it inside a temporary folder that is thrown away on any
        failure, so the load runs without a journal; :meth:`finish_bulk_load` switches
        the file to WAL before it is put in place.
        """
        with _errors(path):
            db = _connect(path)
            db.executescript(f"PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF; PRAGMA cache_size=-{_BULK_CACHE_KIB};")
            db.execute(f"PRAGMA application_id={APPLICATION_ID}")
            db.executescript(_SCHEMA)
            db.executemany(
                "INSERT INTO meta(key, value) VALUES (?, ?)",
                [
                    ("schema_version", str(SCHEMA_VERSION)),
                    ("model", model),
                    ("dimension", str(dimension)),
                    ("index_kind", "none"),
                    ("count", "0"),
                ],
            )
        return cls(path, db)

    @classmethod
    def open(cls, path: Path) -> Store:
        """The store at ``path``, checked to be an align memory of this schema."""
        if not path.is_file():
            raise InputError(
                f"{path.parent} is not an align memory (no {path.name}): build one with `align memory build`"
            )
        with _errors(path):
            db = _connect(path)
        store = cls(path, db)
        try:
            with _errors(path):
                if db.execute("PRAGMA application_id").fetchone()[0] != APPLICATION_ID:
                    raise InputError(f"{path} is not an align memory store: give the folder `align memory build` wrote")
                db.executescript("PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL;")
            version = store._meta("schema_version")
            if version != str(SCHEMA_VERSION):
                raise InputError(
                    f"the memory {path.parent} has schema version {version}, this align reads {SCHEMA_VERSION}: "
                    "rebuild it with `align memory build`"
                )
            store._check_count()
        except BaseException:
            db.close()
            raise
        return store

    def finish_bulk_load(self) -> None:
        """Switch a freshly loaded store to the journal it is used with from then on (WAL, fully synced)."""
        with _errors(self.path):
            self._db.executescript("PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL;")

    def close(self) -> None:
        self._db.close()

    # ------------------------------------------------------------------ meta

    @property
    def model(self) -> str:
        """The signature of the embedding model every vector was made with."""
        return self._meta("model")

    @property
    def dimension(self) -> int:
        return int(self._meta("dimension"))

    @property
    def count(self) -> int:
        """The number of texts, hence of vectors; their ids are ``1..count``."""
        return int(self._meta("count"))

    @property
    def index_kind(self) -> str:
        """The kind of faiss index last written for this store, as :mod:`align.memory.index` names it."""
        return self._meta("index_kind")

    def record_index_kind(self, kind: str) -> None:
        with self.transaction():
            self._db.execute("UPDATE meta SET value = ? WHERE key = 'index_kind'", (kind,))

    def _meta(self, key: str) -> str:
        with _errors(self.path):
            row = self._db.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        if row is None:
            raise InputError(f"the memory store {self.path} has no {key!r} in its meta table: rebuild the memory")
        return str(row[0])

    def _check_count(self) -> None:
        """The recorded count must be the last text id and the last vector id (see the module doc)."""
        count = self.count
        with _errors(self.path):
            last_text = self._db.execute("SELECT coalesce(max(id), 0) FROM texts").fetchone()[0]
            last_vector = self._db.execute("SELECT coalesce(max(id), 0) FROM vectors").fetchone()[0]
        if not count == last_text == last_vector:
            raise InputError(
                f"the memory store {self.path} is damaged (count {count}, last text {last_text}, "
                f"last vector {last_vector}): rebuild it with `align memory build`"
            )

    # ------------------------------------------------------------------ writing

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """Everything inside is committed together or not at all."""
        with _errors(self.path):
            self._db.execute("BEGIN IMMEDIATE")
            try:
                yield
            except BaseException:
                self._db.execute("ROLLBACK")
                raise
            self._db.execute("COMMIT")

    def has_resolution(self, symbol: str) -> bool:
        with _errors(self.path):
            return self._db.execute("SELECT 1 FROM resolutions WHERE symbol = ?", (symbol,)).fetchone() is not None

    def resolution_languages(self, symbol: str) -> list[str]:
        """The languages the memory holds resolution ``symbol`` in (none when it is not there)."""
        with _errors(self.path):
            row = self._db.execute("SELECT languages FROM resolutions WHERE symbol = ?", (symbol,)).fetchone()
        return row[0].split(",") if row else []

    def resolution_units(self, symbol: str) -> list[StoredUnit]:
        """The units of resolution ``symbol`` with all their texts, in the order they were added."""
        with _errors(self.path):
            rows = self._db.execute(f"{_UNITS_SQL} WHERE r.symbol = ? ORDER BY u.id", (symbol,)).fetchall()
            texts = self._db.execute(
                "SELECT t.unit_id, t.lang, t.text FROM texts t JOIN units u ON u.id = t.unit_id "
                "JOIN resolutions r ON r.id = u.resolution_id WHERE r.symbol = ? ORDER BY t.id",
                (symbol,),
            ).fetchall()
        return list(_stored_units(rows, texts).values())

    def resolution_id(self, symbol: str) -> int:
        with _errors(self.path):
            return int(self._db.execute("SELECT id FROM resolutions WHERE symbol = ?", (symbol,)).fetchone()[0])

    def add_languages(self, symbol: str, languages: Sequence[str]) -> None:
        """Record that resolution ``symbol`` is now held in ``languages`` too (inside a :meth:`transaction`)."""
        held = self.resolution_languages(symbol)
        with _errors(self.path):
            self._db.execute(
                "UPDATE resolutions SET languages = ? WHERE symbol = ?",
                (",".join([*held, *(lang for lang in languages if lang not in held)]), symbol),
            )

    def add_resolution(self, symbol: str, pivot: str, languages: Sequence[str]) -> int:
        """Insert a resolution row (inside a :meth:`transaction`) and return its id."""
        added_at = datetime.now(UTC).isoformat(timespec="seconds")
        with _errors(self.path):
            cursor = self._db.execute(
                "INSERT INTO resolutions(symbol, pivot, languages, added_at) VALUES (?, ?, ?, ?)",
                (symbol, pivot, ",".join(languages), added_at),
            )
        return _rowid(cursor)

    def add_unit(self, resolution_id: int, unit: Unit) -> int:
        """Insert a unit row (inside a :meth:`transaction`) and return its id."""
        with _errors(self.path):
            cursor = self._db.execute(
                "INSERT INTO units(resolution_id, unit, section, number, link, similarity, confidence) "
                "VALUES (?, ?, ?, ?, ?, ?, ?)",
                (
                    resolution_id,
                    unit.id,
                    Section(unit.section).value,
                    unit.number,
                    unit.link,
                    unit.similarity,
                    unit.confidence,
                ),
            )
        return _rowid(cursor)

    def add_texts(self, texts: Sequence[tuple[int, str, str]], vectors: np.ndarray) -> None:
        """Insert (unit id, language, text) rows with their vectors (inside a :meth:`transaction`).

        They get the ids ``count + 1 ..`` in order, and the count moves on with them.
        """
        first = self.count + 1
        ids = range(first, first + len(texts))
        blobs = np.ascontiguousarray(vectors, dtype=np.float32)
        with _errors(self.path):
            self._db.executemany(
                "INSERT INTO texts(id, unit_id, lang, text) VALUES (?, ?, ?, ?)",
                ((i, unit_id, lang, text) for i, (unit_id, lang, text) in zip(ids, texts)),
            )
            self._db.executemany("INSERT INTO texts_fts(rowid, text) VALUES (?, ?)", zip(ids, (t[2] for t in texts)))
            self._db.executemany(
                "INSERT INTO vectors(id, vector) VALUES (?, ?)", zip(ids, (row.tobytes() for row in blobs))
            )
            self._db.execute("UPDATE meta SET value = ? WHERE key = 'count'", (str(first + len(texts) - 1),))

    # ------------------------------------------------------------------ reading

    def vectors(self, after: int = 0) -> Iterator[tuple[np.ndarray, np.ndarray]]:
        """(ids, vectors) in chunks, for every text id greater than ``after``, in id order."""
        dimension = self.dimension
        while True:
            with _errors(self.path):
                rows = self._db.execute(
                    "SELECT id, vector FROM vectors WHERE id > ? ORDER BY id LIMIT ?", (after, _CHUNK)
                ).fetchall()
            if not rows:
                return
            ids = np.fromiter((row[0] for row in rows), dtype=np.int64, count=len(rows))
            yield ids, _decode((row[1] for row in rows), dimension)
            after = int(ids[-1])

    def vectors_at(self, ids: Sequence[int]) -> np.ndarray:
        """The vectors of the given text ids, in the order given."""
        found: dict[int, bytes] = {}
        for chunk in _chunks(list(ids)):
            with _errors(self.path):
                found.update(
                    self._db.execute(
                        f"SELECT id, vector FROM vectors WHERE id IN ({','.join('?' * len(chunk))})", chunk
                    ).fetchall()
                )
        return _decode((found[int(i)] for i in ids), self.dimension)

    def text_refs(self, ids: Sequence[int]) -> dict[int, tuple[int, str]]:
        """Text id -> (unit id, language) for the given text ids."""
        refs: dict[int, tuple[int, str]] = {}
        for chunk in _chunks(list(ids)):
            with _errors(self.path):
                rows = self._db.execute(
                    f"SELECT id, unit_id, lang FROM texts WHERE id IN ({','.join('?' * len(chunk))})", chunk
                ).fetchall()
            refs.update((text_id, (unit_id, lang)) for text_id, unit_id, lang in rows)
        return refs

    def find_exact(self, phrase: str, lang: str | None) -> Iterator[tuple[int, str]]:
        """(unit id, language) of texts holding the words of ``phrase`` in order, newest first.

        Case and punctuation between the words do not count; accents do.
        Exact matches are all equally exact, so the newest comes first: UN terminology
        changes, and the latest rendering is the one a translator usually wants.
        """
        query = '"' + phrase.replace('"', '""') + '"'
        sql = "SELECT t.unit_id, t.lang FROM texts_fts JOIN texts t ON t.id = texts_fts.rowid WHERE texts_fts MATCH ?"
        params: tuple[str, ...] = (query,)
        if lang is not None:
            sql += " AND t.lang = ?"
            params += (lang,)
        with _errors(self.path):
            yield from self._db.execute(sql + " ORDER BY texts_fts.rowid DESC", params)

    def units(self, unit_ids: Sequence[int]) -> list[StoredUnit]:
        """The given units with all their texts, in the order given."""
        found: dict[int, StoredUnit] = {}
        for chunk in _chunks(list(unit_ids)):
            marks = ",".join("?" * len(chunk))
            with _errors(self.path):
                rows = self._db.execute(f"{_UNITS_SQL} WHERE u.id IN ({marks})", chunk).fetchall()
                texts = self._db.execute(
                    f"SELECT unit_id, lang, text FROM texts WHERE unit_id IN ({marks}) ORDER BY id", chunk
                ).fetchall()
            found.update(_stored_units(rows, texts))
        return [found[i] for i in unit_ids]

    def all_units(self) -> Iterator[StoredUnit]:
        """Every unit in the order it was added, read in chunks."""
        after = 0
        while True:
            with _errors(self.path):
                rows = self._db.execute(
                    f"{_UNITS_SQL} WHERE u.id > ? ORDER BY u.id LIMIT ?", (after, _CHUNK)
                ).fetchall()
                if not rows:
                    return
                texts = self._db.execute(
                    "SELECT unit_id, lang, text FROM texts WHERE unit_id > ? AND unit_id <= ? ORDER BY id",
                    (after, rows[-1][0]),
                ).fetchall()
            yield from _stored_units(rows, texts).values()
            after = rows[-1][0]

    def languages(self) -> list[str]:
        """Every language in the memory, in order of first appearance."""
        with _errors(self.path):
            rows = self._db.execute("SELECT languages FROM resolutions ORDER BY id").fetchall()
        return list(dict.fromkeys(lang for (languages,) in rows for lang in languages.split(",")))

    def pivots(self) -> set[str]:
        with _errors(self.path):
            return {pivot for (pivot,) in self._db.execute("SELECT DISTINCT pivot FROM resolutions")}

    def sizes(self) -> tuple[int, int]:
        """(resolutions, units) in the store."""
        with _errors(self.path):
            resolutions = self._db.execute("SELECT count(*) FROM resolutions").fetchone()[0]
            units = self._db.execute("SELECT count(*) FROM units").fetchone()[0]
        return int(resolutions), int(units)


_UNITS_SQL = (
    "SELECT u.id, r.symbol, r.pivot, u.unit, u.section, u.number, u.link, u.similarity, u.confidence "
    "FROM units u JOIN resolutions r ON r.id = u.resolution_id"
)


def _stored_units(rows: list[tuple], texts: list[tuple[int, str, str]]) -> dict[int, StoredUnit]:
    by_unit: dict[int, dict[str, str]] = {}
    for unit_id, lang, text in texts:
        by_unit.setdefault(unit_id, {})[lang] = text
    return {
        row[0]: StoredUnit(
            id=row[0],
            symbol=row[1],
            pivot=row[2],
            unit=row[3],
            section=Section(row[4]),
            number=row[5],
            link=row[6],
            similarity=row[7],
            confidence=row[8],
            texts=by_unit.get(row[0], {}),
        )
        for row in rows
    }


def _connect(path: Path) -> sqlite3.Connection:
    """Autocommit connection: transactions are opened explicitly by :meth:`Store.transaction`."""
    db = sqlite3.connect(path, isolation_level=None, timeout=30)
    db.execute("PRAGMA foreign_keys=ON")
    return db


def _rowid(cursor: sqlite3.Cursor) -> int:
    assert cursor.lastrowid is not None  # an INSERT into a rowid table always sets it
    return cursor.lastrowid


def _decode(blobs: Iterable[bytes], dimension: int) -> np.ndarray:
    return np.frombuffer(b"".join(blobs), dtype=np.float32).reshape(-1, dimension)


def _chunks(values: list[int]) -> Iterator[list[int]]:
    for start in range(0, len(values), _IN_LIMIT):
        yield values[start : start + _IN_LIMIT]


@contextmanager
def _errors(path: Path) -> Iterator[None]:
    """Turn any SQLite failure into one line naming the file."""
    try:
        yield
    except sqlite3.DatabaseError as exc:
        raise InputError(
            f"the memory store {path} cannot be used ({exc}): if it is damaged, rebuild it with `align memory build`"
        ) from exc
