"""The on-disk embedding cache: hits without a model, two writers, damaged files."""

from __future__ import annotations

import hashlib
import multiprocessing
import subprocess
import sys
import textwrap
from collections.abc import Sequence
from pathlib import Path

import numpy as np
import pytest

from align.errors import AlignWarning

from align.embed import get_embedder
from align.embed.cache import (
    CachedEmbedder,
    EmbeddingCache,
    cache_clear,
    cache_info,
    cached_answers,
    text_key,
)

DIM = 8


class FakeEmbedder:
    """Vectors derived from each text's hash; counts model loads and the texts it embeds.

    The model is beside the point here: the cache only has to hand back what it was given.
    """

    def __init__(self, signature: str = "fake@1") -> None:
        self.signature = signature
        self.dimension = DIM
        self.loads = 0
        self.embedded: list[str] = []

    def embed(self, texts: Sequence[str], role: str = "passage") -> np.ndarray:
        if not self.loads:
            self.loads = 1
        self.embedded += texts
        return np.stack([fake_vector(text, role) for text in texts])


def fake_vector(text: str, role: str = "passage") -> np.ndarray:
    seed = int.from_bytes(hashlib.sha256(f"{role}:{text}".encode()).digest()[:8], "little")
    vector = np.random.default_rng(seed).standard_normal(DIM).astype(np.float32)
    return vector / np.linalg.norm(vector)


DOCS = [f"Paragraph {i}: the General Assembly recalls resolution {i}/1." for i in range(50)]
DOCS_MANY = [f"text {i}" for i in range(3000)]


def test_a_second_run_over_the_same_texts_loads_no_model(tmp_path):
    first = FakeEmbedder()
    expected = CachedEmbedder(first, EmbeddingCache(tmp_path / "c.sqlite3")).embed(DOCS)
    assert first.loads == 1

    second = FakeEmbedder()
    again = CachedEmbedder(second, EmbeddingCache(tmp_path / "c.sqlite3")).embed(DOCS)
    assert second.loads == 0 and second.embedded == []
    np.testing.assert_array_equal(again, expected)
    assert again.dtype == np.float32 and again.shape == (50, DIM)


def test_only_missing_texts_are_embedded_each_once_and_order_is_kept(tmp_path):
    cache = EmbeddingCache(tmp_path / "c.sqlite3")
    CachedEmbedder(FakeEmbedder(), cache).embed(DOCS[:30])
    inner = FakeEmbedder()
    texts = [DOCS[40], DOCS[0], DOCS[40], DOCS[35], DOCS[1]]
    vectors = CachedEmbedder(inner, cache).embed(texts)
    assert inner.embedded == [DOCS[40], DOCS[35]]
    np.testing.assert_array_equal(vectors, np.stack([fake_vector(t) for t in texts]))


def test_roles_and_models_are_kept_apart(tmp_path):
    cache = EmbeddingCache(tmp_path / "c.sqlite3")
    CachedEmbedder(FakeEmbedder("a@1"), cache).embed(DOCS[:5], "passage")
    for signature, role in (("a@1", "query"), ("b@1", "passage")):
        inner = FakeEmbedder(signature)
        vectors = CachedEmbedder(inner, cache).embed(DOCS[:5], role)
        assert inner.embedded == DOCS[:5]
        np.testing.assert_array_equal(vectors[0], fake_vector(DOCS[0], role))
    assert cache.dimension("a@1") == DIM and cache.dimension("c@1") is None


def test_no_texts_give_an_empty_array_without_loading(tmp_path):
    inner = FakeEmbedder()
    assert CachedEmbedder(inner, EmbeddingCache(tmp_path / "c.sqlite3")).embed([]).shape == (0, DIM)
    assert inner.loads == 0


def _write_many(path: str, start: int, stop: int, barrier) -> None:
    cache = EmbeddingCache(Path(path))
    barrier.wait()  # both processes open the new file and write at the same moment
    for first in range(start, stop, 25):
        keys = range(first, min(first + 25, stop))
        cache.put("fake@1", "passage", {text_key(DOCS_MANY[i]): fake_vector(DOCS_MANY[i]) for i in keys})
        cache.get("fake@1", "passage", [text_key(DOCS_MANY[i]) for i in keys])


def test_threads_can_share_one_cache(tmp_path):
    """One cache object, opened in this thread, read and written from eight others."""
    from concurrent.futures import ThreadPoolExecutor

    cached = CachedEmbedder(FakeEmbedder(), EmbeddingCache(tmp_path / "e.sqlite3"))
    cached.embed(DOCS[:5])
    with ThreadPoolExecutor(max_workers=8) as pool:
        results = list(pool.map(lambda k: cached.embed(DOCS[k : k + 20]), range(0, 40, 5)))
    for k, vectors in zip(range(0, 40, 5), results):
        np.testing.assert_array_equal(vectors, np.stack([fake_vector(t) for t in DOCS[k : k + 20]]))


def test_two_processes_can_write_the_same_new_cache_at_once(tmp_path):
    path = tmp_path / "c.sqlite3"
    context = multiprocessing.get_context("spawn")
    barrier = context.Barrier(2)
    workers = [
        context.Process(target=_write_many, args=(str(path), 0, 2000, barrier)),
        context.Process(target=_write_many, args=(str(path), 1000, 3000, barrier)),
    ]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join(timeout=120)
    assert [worker.exitcode for worker in workers] == [0, 0]

    found = EmbeddingCache(path).get("fake@1", "passage", [text_key(t) for t in DOCS_MANY])
    assert len(found) == 3000
    np.testing.assert_array_equal(found[text_key(DOCS_MANY[1500])], fake_vector(DOCS_MANY[1500]))


def test_a_file_that_is_not_a_database_is_set_aside_with_a_warning(tmp_path):
    path = tmp_path / "c.sqlite3"
    path.write_bytes(b"this is not SQLite\n" * 200)
    cache = EmbeddingCache(path)
    inner = FakeEmbedder()
    with pytest.warns(AlignWarning, match="damaged"):
        vectors = CachedEmbedder(inner, cache).embed(DOCS[:3])
    np.testing.assert_array_equal(vectors[1], fake_vector(DOCS[1]))
    assert len(cache.info()["set_aside"]) == 1
    assert len(cache.get("fake@1", "passage", [text_key(t) for t in DOCS[:3]])) == 3


def test_a_truncated_database_is_rebuilt_with_a_warning(tmp_path):
    path = tmp_path / "c.sqlite3"
    cache = EmbeddingCache(path)
    keys = [text_key(t) for t in DOCS_MANY]
    cache.put("fake@1", "passage", {key: np.ones(384, np.float32) for key in keys})
    cache.close()  # the last connection checkpoints the WAL into the main file
    size = path.stat().st_size
    assert size > 1_000_000
    with path.open("r+b") as file:
        file.truncate(size // 2)

    cache = EmbeddingCache(path)
    with pytest.warns(AlignWarning, match="damaged"):
        assert cache.get("fake@1", "passage", keys) == {}
    cache.put("fake@1", "passage", {keys[0]: np.zeros(384, np.float32)})
    assert list(cache.get("fake@1", "passage", keys)) == [keys[0]]


def test_cache_info_and_clear_use_align_cache_dir(tmp_path, monkeypatch):
    monkeypatch.setenv("ALIGN_CACHE_DIR", str(tmp_path))
    info = cache_info()
    assert info["path"] == str(tmp_path / "embeddings.sqlite3")
    assert info["vectors"] == 0 and not (tmp_path / "embeddings.sqlite3").exists()

    embedder = get_embedder()
    assert isinstance(embedder, CachedEmbedder) and embedder.cache.path.parent == tmp_path
    CachedEmbedder(FakeEmbedder(), embedder.cache).embed(DOCS[:7])
    embedder.cache.close()
    info = cache_info()
    assert info["vectors"] == 7 and info["models"] == {"fake@1": 7} and info["bytes"] > 0

    assert cache_clear() == 7
    assert not list(tmp_path.glob("embeddings.sqlite3*"))
    assert cache_info()["vectors"] == 0


@pytest.mark.model
def test_a_cached_run_of_the_real_model_never_imports_torch(default_model_dir, tmp_path):
    """Two separate runs, as a user would make them: the second finds every vector cached."""
    script = textwrap.dedent(
        """
        import sys
        from pathlib import Path
        from align.embed.cache import CachedEmbedder, EmbeddingCache
        from align.embed.embedder import SentenceTransformerEmbedder

        cache = EmbeddingCache(Path(sys.argv[1]))
        vectors = CachedEmbedder(SentenceTransformerEmbedder(device="cpu"), cache).embed(sys.argv[2:])
        print("torch" in sys.modules, vectors.shape)
        """
    )
    texts = ["Réaffirmant sa résolution 48/134.", "Recalling its resolution 48/134.", "Herinnerend aan 48/134."]

    def run() -> str:
        command = [sys.executable, "-c", script, str(tmp_path / "c.sqlite3"), *texts]
        return subprocess.run(command, check=True, capture_output=True, text=True).stdout.strip()

    assert run() == "True (3, 384)"
    assert run() == "False (3, 384)"


def test_answers_follow_the_cache_folder_and_survive_one_that_cannot_be_written(tmp_path, monkeypatch):
    """A model's answers read where they are needed (lingua's) go to the cache of
    ``$ALIGN_CACHE_DIR`` as it is at each question: a second question in the same folder asks
    the model nothing, one in another folder fills that folder, and a folder that is a file
    costs only the time."""
    model = FakeEmbedder("answers@1")
    for folder in ("one", "two"):
        monkeypatch.setenv("ALIGN_CACHE_DIR", str(tmp_path / folder))
        first = cached_answers(model, DOCS[:5])
        asked = len(model.embedded)
        assert np.array_equal(cached_answers(model, DOCS[:5]), first) and len(model.embedded) == asked
        assert EmbeddingCache(tmp_path / folder / "embeddings.sqlite3").info()["models"] == {"answers@1": 5}
    blocked = tmp_path / "a-file-not-a-folder"
    blocked.write_text("")
    monkeypatch.setenv("ALIGN_CACHE_DIR", str(blocked))
    assert np.array_equal(cached_answers(model, DOCS[:5]), first)
