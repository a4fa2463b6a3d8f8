"""Fixtures shared across the test suite."""

from __future__ import annotations

from pathlib import Path

import pytest


@pytest.fixture(scope="session")
def default_model_dir() -> Path:
    """The real default model, converted once per session into align's cache (``$ALIGN_CACHE_DIR``
    or the user cache), or found there already converted, as CI prepares it."""
    from align.embed.convert import prepare_default_model

    return prepare_default_model()


@pytest.fixture(scope="session")
def default_embedder(default_model_dir: Path):
    """The default model on CPU in fp32 (the reference precision), loaded once per session."""
    from align.embed.embedder import SentenceTransformerEmbedder

    return SentenceTransformerEmbedder(device="cpu", precision="fp32")


@pytest.fixture(scope="session")
def sentence_transformer(default_model_dir: Path):
    """The default model loaded by sentence-transformers itself, in fp32: the reference the
    embedder's own BERT encoder (align.embed.bert) must reproduce."""
    from sentence_transformers import SentenceTransformer

    return SentenceTransformer(str(default_model_dir), device="cpu", local_files_only=True)


@pytest.fixture(scope="module")
def cached_embedder(default_embedder, tmp_path_factory):
    """The session's model behind a cache of the test module's own, so that texts a module
    embeds several times (the same documents aligned with different pivots, faulted copies)
    are embedded once, and no test reads or fills the user's cache."""
    from align.embed.cache import CachedEmbedder, EmbeddingCache

    cache = EmbeddingCache(tmp_path_factory.mktemp("embeddings") / "embeddings.sqlite3")
    yield CachedEmbedder(default_embedder, cache)
    cache.close()
