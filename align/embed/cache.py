"""Embeddings on disk, so that a second run over the same documents does no model work.

One SQLite file in align's cache folder holds every vector, keyed by the model's
signature, the role (which decides the prompt) and the SHA-256 of the text: sentence
embeddings, and any other model's per-text answers that cost more to compute than to
look up (the language identifier's confidences, :mod:`align.parse.language` and
:mod:`align.qa.untranslated`, through :func:`cached_answers`). SQLite in WAL mode with
a busy timeout lets several align processes read and write it at once, and one lock
lets the threads of a process share a cache object. A cache is never worth an error:
a damaged file is moved aside with a warning and an empty one takes its place.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import sqlite3
import threading
import time
import warnings
from collections.abc import Callable, Collection, Mapping, Sequence
from pathlib import Path
from typing import Any, TypeVar

import numpy as np

from align.embed.embedder import Embedder, Role
from align.errors import AlignWarning

T = TypeVar("T")

FILE_NAME = "embeddings.sqlite3"

#: How long a writer waits for another process's write to finish before failing.
BUSY_TIMEOUT_S = 60.0

#: Rows fetched per query; SQLite limits the number of bound parameters.
_LOOKUP_CHUNK = 500

_SCHEMA = """
CREATE TABLE IF NOT EXISTS vectors (
    model TEXT NOT NULL,
    role TEXT NOT NULL,
    text_sha256 BLOB NOT NULL,
    vector BLOB NOT NULL,
    PRIMARY KEY (model, role, text_sha256)
) WITHOUT ROWID
"""

#: Primary result codes that mean the file itself is damaged, not busy or unwritable.
_DAMAGED = {sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB}


def text_key(text: str) -> bytes:
    """The cache key of a text: its SHA-256, so keys stay small and texts stay out of the cache."""
    return hashlib.sha256(text.encode("utf-8")).digest()


def default_cache_path() -> Path:
    """``embeddings.sqlite3`` in align's cache folder (``$ALIGN_CACHE_DIR`` or the user cache)."""
    from align.paths import cache_root

    return cache_root() / FILE_NAME


def _enable_wal(conn: sqlite3.Connection) -> None:
    """Switch a connection's file to WAL, waiting for other processes that hold it.

    Changing the journal mode needs the file to itself, and SQLite answers `database
    is locked` at once instead of waiting its busy timeout when another process is
    opening the same new file: two align processes starting on an empty cache.
    """
    deadline = time.monotonic() + BUSY_TIMEOUT_S
    while True:
        try:
            conn.execute("PRAGMA journal_mode=WAL")
            return
        except sqlite3.OperationalError as exc:
            if "locked" not in str(exc) or time.monotonic() > deadline:
                raise
            time.sleep(0.02)


class EmbeddingCache:
    """The vectors in one SQLite file; opened on first use."""

    def __init__(self, path: Path | None = None) -> None:
        self.path = Path(path) if path is not None else default_cache_path()
        self._conn: sqlite3.Connection | None = None
        self._inode: int | None = None  # of the file we opened, to tell it from a replacement
        self._lock = threading.RLock()  # one connection, used by one thread at a time

    def get(self, signature: str, role: Role, keys: Collection[bytes]) -> dict[bytes, np.ndarray]:
        """The cached vectors among ``keys`` (from :func:`text_key`)."""

        def select(conn: sqlite3.Connection) -> dict[bytes, np.ndarray]:
            found = {}
            wanted = list(keys)
            for start in range(0, len(wanted), _LOOKUP_CHUNK):
                chunk = wanted[start : start + _LOOKUP_CHUNK]
                rows = conn.execute(
                    "SELECT text_sha256, vector FROM vectors WHERE model = ? AND role = ? "
                    f"AND text_sha256 IN ({','.join('?' * len(chunk))})",
                    (signature, role, *chunk),
                )
                found.update((key, np.frombuffer(blob, dtype="<f4")) for key, blob in rows)
            return found

        return self._run(select)

    def put(self, signature: str, role: Role, vectors: Mapping[bytes, np.ndarray]) -> None:
        """Store vectors; a key another process stored meanwhile is left as it is."""
        rows = [(signature, role, key, np.asarray(v, dtype="<f4").tobytes()) for key, v in vectors.items()]

        def insert(conn: sqlite3.Connection) -> None:
            conn.execute("BEGIN IMMEDIATE")  # take the write lock now, waiting up to the busy timeout
            try:
                conn.executemany("INSERT OR IGNORE INTO vectors VALUES (?, ?, ?, ?)", rows)
                conn.execute("COMMIT")
            except BaseException:
                with contextlib.suppress(sqlite3.Error):
                    conn.execute("ROLLBACK")
                raise

        self._run(insert)

    def dimension(self, signature: str) -> int | None:
        """The size of the vectors cached for a model, or None if it has none."""
        query = "SELECT length(vector) FROM vectors WHERE model = ? LIMIT 1"
        row = self._run(lambda conn: conn.execute(query, (signature,)).fetchone())
        return row[0] // 4 if row else None

    def info(self) -> dict[str, Any]:
        """Where the cache is, its size on disk, and how many vectors it holds per model."""
        if not self.path.exists():  # do not create an empty cache just to describe it
            counts = []
        else:
            counts = self._run(
                lambda conn: conn.execute("SELECT model, count(*) FROM vectors GROUP BY model").fetchall()
            )
        return {
            "path": str(self.path),
            "bytes": sum(f.stat().st_size for f in self._files()),
            "vectors": sum(n for _, n in counts),
            "models": dict(counts),
            "set_aside": [str(f) for f in self._set_aside_files()],
        }

    def clear(self) -> int:
        """Delete the cache (and damaged copies set aside); return how many vectors it held.

        An align process that has the cache open at that moment goes on writing to the
        deleted file, so its vectors are lost: harmless for a cache.
        """
        held = self.info()["vectors"]
        self.close()
        for file in [*self._files(), *self._set_aside_files()]:
            file.unlink(missing_ok=True)
        return held

    def close(self) -> None:
        with self._lock:
            if self._conn is not None:
                self._conn.close()
                self._conn = None

    # ------------------------------------------------------------------ internals

    def _files(self) -> list[Path]:
        candidates = [self.path, *(self.path.with_name(self.path.name + s) for s in ("-wal", "-shm"))]
        return [f for f in candidates if f.exists()]

    def _set_aside_files(self) -> list[Path]:
        return sorted(self.path.parent.glob(f"{self.path.name}.damaged-*"))

    def _connection(self) -> sqlite3.Connection:
        if self._conn is None:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            conn = sqlite3.connect(self.path, timeout=BUSY_TIMEOUT_S, isolation_level=None, check_same_thread=False)
            try:
                self._inode = os.stat(self.path).st_ino
                _enable_wal(conn)
                conn.execute("PRAGMA synchronous=NORMAL")  # durable enough for a cache, and fast with WAL
                conn.execute(_SCHEMA)
            except BaseException:
                conn.close()
                raise
            self._conn = conn
        return self._conn

    def _run(self, operation: Callable[[sqlite3.Connection], T]) -> T:
        """Run ``operation``; if the file turns out damaged, set it aside and run it on a new one."""
        with self._lock:
            try:
                return operation(self._connection())
            except sqlite3.DatabaseError as exc:
                if getattr(exc, "sqlite_errorcode", 0) & 0xFF not in _DAMAGED:
                    raise
                self._set_aside(exc)
                return operation(self._connection())

    def _set_aside(self, exc: sqlite3.DatabaseError) -> None:
        """Move the damaged file (and its WAL) out of the way, unless another process already did."""
        self.close()
        try:
            replaced = self._inode is not None and os.stat(self.path).st_ino != self._inode
        except FileNotFoundError:
            replaced = True
        self._inode = None
        if replaced:
            return
        aside = self.path.with_name(f"{self.path.name}.damaged-{time.strftime('%Y%m%d-%H%M%S')}-{os.getpid()}")
        for suffix in ("", "-wal", "-shm"):
            try:
                os.replace(f"{self.path}{suffix}", f"{aside}{suffix}")
            except FileNotFoundError:
                pass
        warnings.warn(
            f"the embedding cache {self.path} is damaged ({exc}); moved it to {aside} and started an empty one",
            AlignWarning,
            stacklevel=4,
        )


class CachedEmbedder:
    """An :class:`Embedder` that answers from the cache and asks ``inner`` only for the rest.

    ``inner`` must not load its model until it has to embed (as
    :class:`~align.embed.embedder.SentenceTransformerEmbedder` does): when every vector
    is cached, no model is loaded at all.
    """

    def __init__(self, inner: Embedder, cache: EmbeddingCache) -> None:
        self.inner = inner
        self.cache = cache

    @property
    def signature(self) -> str:
        return self.inner.signature

    @property
    def dimension(self) -> int:
        return self.cache.dimension(self.signature) or self.inner.dimension

    def embed(self, texts: Sequence[str], role: Role = "passage") -> np.ndarray:
        keys = [text_key(text) for text in texts]
        found = self.cache.get(self.signature, role, set(keys))
        missing = {key: text for key, text in zip(keys, texts) if key not in found}  # each text once
        if missing:
            vectors = self.inner.embed(list(missing.values()), role)
            computed = dict(zip(missing, vectors))
            self.cache.put(self.signature, role, computed)
            found.update(computed)
        if not keys:
            return np.zeros((0, self.dimension), dtype=np.float32)
        return np.stack([found[key] for key in keys])


def cached_answers(inner: Embedder, texts: Sequence[str]) -> np.ndarray:
    """``inner.embed(texts)`` through the cache at :func:`default_cache_path` as it is now:
    for the answers of a model other than the embedder, read where they are needed (the
    language identifier's, :mod:`align.parse.language`, :mod:`align.qa.untranslated`).

    A cache that cannot be opened or written (a read-only folder, a full disk) costs only
    the time: the answers are computed, never an error.
    """
    key = (inner.signature, default_cache_path())
    try:
        cached = _ANSWERING.get(key) or _ANSWERING.setdefault(key, CachedEmbedder(inner, EmbeddingCache(key[1])))
        return cached.embed(texts)
    except (sqlite3.Error, OSError):
        return inner.embed(texts)


#: The :class:`CachedEmbedder` of each answering model and cache file, made at its first question.
_ANSWERING: dict[tuple[str, Path], CachedEmbedder] = {}


def cache_info() -> dict[str, Any]:
    """``align cache info``: see :meth:`EmbeddingCache.info`."""
    return EmbeddingCache().info()


def cache_clear() -> int:
    """``align cache clear``: delete the embedding cache; return how many vectors it held."""
    return EmbeddingCache().clear()
