"""The faiss index over the store's vectors: a cache, rebuilt from the store whenever they disagree.

Its ids are the store's text ids (an ``IndexIDMap2`` around the index proper), so a
search answers text ids that the store turns into units. Two kinds, chosen from the
number of vectors and recorded in the store's meta table:

- ``flat`` up to :data:`FLAT_LIMIT` vectors: exact inner product (``IndexFlatIP``);
  a query scans every vector (about 10 ms at 100k on one core).
- ``ivfN-sq8`` past it: an inverted file of N = sqrt(count) lists, :data:`NPROBE` of
  them searched per query, vectors stored as 8-bit codes. IVF rather than HNSW: on
  this 2-core machine HNSW (M=16, efConstruction=40) took 60 s to insert 100k vectors
  of dimension 384, so over ten minutes for a million and long catch-ups after each
  add, where IVF trains in seconds on a sample and appends at the cost of one scan of
  the centroids per vector. 8-bit codes rather than floats: the file and the memory it
  takes are 4x smaller (an add rewrites the file), scans 2-3x faster, and the scores
  move by about 0.001, which changes no ranking a translator would notice; the exact
  vectors stay in the store.

Consistency: the store is committed first, then the index is written to a temporary
file renamed over the old one. After a crash the index can only be behind the store
(its ids a prefix of the store's ``1..count``, and a spot check of its vectors equal
to the store's), and :func:`open_index` appends what is missing; an index that is
missing, unreadable, ahead or otherwise different is rebuilt from the store. Both with
a warning.
"""

from __future__ import annotations

import math
import os
import warnings
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import faiss
import numpy as np

from align.errors import AlignWarning
from align import durable
from align.memory.store import Store

#: Up to this many vectors the index is exact; past it, IVF.
FLAT_LIMIT = 100_000

#: IVF lists searched per query: 9% of the vectors at two million (a million units in
#: two languages), a p50 of 7 ms on one core here; benchmarks/memory_speed.py measures
#: what that finds.
NPROBE = 128

#: Vectors compared with the store's when an index is checked.
_SPOT_CHECKS = 8

#: Training points per IVF list (faiss asks for at least 39).
_TRAIN_PER_LIST = 64


class DamagedIndex(Exception):
    """The index file exists but is not an index this module wrote."""


@dataclass(frozen=True)
class Kind:
    """The kind of index: ``lists == 0`` for flat, else the number of IVF lists."""

    lists: int

    def __str__(self) -> str:
        return "flat" if self.lists == 0 else f"ivf{self.lists}-sq8"

    @staticmethod
    def for_count(count: int) -> Kind:
        """The kind built for ``count`` vectors."""
        return Kind(0 if count <= FLAT_LIMIT else round(math.sqrt(count)))

    def fits(self, count: int) -> bool:
        """Whether ``count`` vectors may be appended to an index of this kind rather than rebuilt.

        A flat index is rebuilt as IVF once past :data:`FLAT_LIMIT`; an IVF index once
        the memory has grown to want twice its lists (four times the vectors it was
        trained for), since its lists, and so its search time, grow with every append.
        """
        wanted = Kind.for_count(count)
        if self.lists == 0 or wanted.lists == 0:
            return wanted == self
        return wanted.lists < 2 * self.lists


class VectorIndex:
    """A faiss ``IndexIDMap2`` whose ids are the store's text ids."""

    def __init__(self, index: faiss.IndexIDMap2) -> None:
        self._index = index
        inner = self._inner = faiss.downcast_index(index.index)
        if isinstance(inner, faiss.IndexIVF):
            inner.nprobe = NPROBE
            if inner.direct_map.type == faiss.DirectMap.NoMap:
                inner.make_direct_map()  # lets vectors be read back by id (see _holds_vectors_of)
            self.kind = Kind(inner.nlist)
        else:
            self.kind = Kind(0)

    @property
    def dimension(self) -> int:
        return int(self._index.d)

    @property
    def size(self) -> int:
        return int(self._index.ntotal)

    def ids(self) -> np.ndarray:
        return faiss.vector_to_array(self._index.id_map)

    # ------------------------------------------------------------------ building

    @classmethod
    def build(cls, store: Store) -> VectorIndex:
        """A new index of every vector in the store, of the kind its size calls for."""
        count, dimension = store.count, store.dimension
        kind = Kind.for_count(count)
        if kind.lists == 0:
            index = faiss.IndexIDMap2(faiss.IndexFlatIP(dimension))
        else:
            quantizer = faiss.IndexFlatIP(dimension)
            ivf = faiss.IndexIVFScalarQuantizer(
                quantizer, dimension, kind.lists, faiss.ScalarQuantizer.QT_8bit, faiss.METRIC_INNER_PRODUCT
            )
            index = faiss.IndexIDMap2(ivf)
            # Evenly spread ids: a sample of every period of the memory, read by primary key.
            sample = np.unique(np.linspace(1, count, min(count, kind.lists * _TRAIN_PER_LIST)).round().astype(np.int64))
            index.train(store.vectors_at(sample.tolist()))
        built = cls(index)
        built._append(store, after=0)
        return built

    def updated(self, store: Store) -> VectorIndex:
        """This index with the store's newer vectors appended, or a rebuilt one where appending won't do."""
        count = store.count
        if self.dimension == store.dimension and self.kind.fits(count) and self._is_prefix(store):
            self._append(store, after=self.size)
            return self
        return VectorIndex.build(store)

    def _append(self, store: Store, after: int) -> None:
        for ids, vectors in store.vectors(after=after):
            self._index.add_with_ids(vectors, ids)

    # ------------------------------------------------------------------ checking

    def disagreement(self, store: Store) -> str | None:
        """None when the index holds exactly the store's vectors, else what is wrong, as a phrase."""
        if self.dimension != store.dimension:
            return f"has dimension {self.dimension} where the store has {store.dimension}"
        count = store.count
        if not self._is_prefix(store):
            return f"does not match the store ({self.size} vectors, the store has {count})"
        if self.size < count:
            return f"is behind the store ({self.size} of {count} vectors)"
        return None

    def _is_prefix(self, store: Store) -> bool:
        """Whether the index holds the store's first vectors, ids ``1..size``, and no others."""
        return (
            self.size <= store.count
            and np.array_equal(self.ids(), np.arange(1, self.size + 1))
            and self._holds_vectors_of(store)
        )

    def _holds_vectors_of(self, store: Store) -> bool:
        """A spot check that the index's vectors are the store's: a few, spread over all ids.

        The ids alone would not tell an index copied from another memory, or left from
        before the store was replaced: both number their vectors from 1 too. The store's
        vectors go through the index's own encoding first (8-bit codes are not exact).
        """
        if not self.size:
            return True
        ids = np.unique(np.linspace(1, self.size, _SPOT_CHECKS).round().astype(np.int64)).tolist()
        mine = np.stack([self._index.reconstruct(i) for i in ids])
        expected = self._inner.sa_decode(self._inner.sa_encode(store.vectors_at(ids)))
        return np.allclose(mine, expected, rtol=0, atol=1e-6)

    # ------------------------------------------------------------------ searching

    def search(self, vector: np.ndarray, k: int) -> tuple[np.ndarray, np.ndarray]:
        """(scores, text ids) of the ``k`` nearest vectors, best first; ids of -1 pad a short answer.

        One thread: a single query is too small to share out, and waiting on a second
        OpenMP thread of a busy machine cost 6x the time in measurements here.
        """
        query = np.ascontiguousarray(vector, dtype=np.float32).reshape(1, -1)
        with _one_thread():
            scores, ids = self._index.search(query, min(k, max(self.size, 1)))
        return scores[0], ids[0]

    # ------------------------------------------------------------------ files

    @classmethod
    def load(cls, path: Path) -> VectorIndex:
        """The index at ``path``; FileNotFoundError if there is none, :class:`DamagedIndex` if unreadable."""
        if not path.is_file():
            raise FileNotFoundError(path)
        try:
            index = faiss.read_index(str(path))
        except RuntimeError as exc:
            raise DamagedIndex(str(exc).strip().splitlines()[-1]) from exc
        inner = faiss.downcast_index(index.index) if isinstance(index, faiss.IndexIDMap2) else None
        if (
            not isinstance(inner, (faiss.IndexFlatIP, faiss.IndexIVFScalarQuantizer))
            or inner.metric_type != faiss.METRIC_INNER_PRODUCT
        ):
            raise DamagedIndex("not an index align writes")
        return cls(index)

    def save(self, path: Path) -> None:
        """Write to a temporary file, sync it, then rename it over ``path``: readers see the old index or the new."""
        temporary = path.with_name(f"{path.name}.tmp-{os.getpid()}")
        try:
            try:
                faiss.write_index(self._index, str(temporary))
            except RuntimeError as exc:  # faiss reports a failed write (disk full, no permission) so
                raise OSError(str(exc).strip().splitlines()[-1]) from exc
            durable.replace(temporary, path)
        finally:
            temporary.unlink(missing_ok=True)


def open_index(path: Path, store: Store) -> VectorIndex:
    """The index at ``path``, made to agree with ``store`` (with a warning) if it does not.

    A repaired index is saved; where it cannot be (a read-only folder) it is used from
    memory and repaired again next time.
    """
    index: VectorIndex | None
    try:
        index = VectorIndex.load(path)
        problem = index.disagreement(store)
    except FileNotFoundError:
        index, problem = None, "is missing"
    except DamagedIndex as exc:
        index, problem = None, f"cannot be read ({exc})"
    if index is not None and problem is None:
        if store.index_kind != str(index.kind):  # a crash between the rename and the meta update
            store.record_index_kind(str(index.kind))
        return index
    repaired = VectorIndex.build(store) if index is None else index.updated(store)
    warnings.warn(f"the memory index {path} {problem}: rebuilt it from the store", AlignWarning, stacklevel=3)
    try:
        save_index(repaired, path, store)
    except OSError as exc:
        warnings.warn(f"could not save the rebuilt index {path} ({exc})", AlignWarning, stacklevel=3)
    return repaired


def save_index(index: VectorIndex, path: Path, store: Store) -> None:
    """Save ``index`` and record its kind in the store (after it: the meta never names an index not on disk)."""
    index.save(path)
    store.record_index_kind(str(index.kind))


@contextmanager
def _one_thread() -> Iterator[None]:
    threads = faiss.omp_get_max_threads()
    faiss.omp_set_num_threads(1)
    try:
        yield
    finally:
        faiss.omp_set_num_threads(threads)
