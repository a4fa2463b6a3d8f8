"""The embedding layer: texts in, L2-normalised vectors out, cached on disk.

Import-light on purpose: nothing here loads numpy, torch or sentence-transformers until
:func:`get_embedder` is called, so that ``align --help`` stays fast.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:  # pragma: no cover
    from align.embed.embedder import Embedder


def get_embedder(
    model: str | None = None, device: str = "auto", precision: str = "auto", cache: bool = True
) -> Embedder:
    """The embedder for ``model`` (None: the default), behind the on-disk cache unless ``cache`` is False.

    No model is loaded here: that happens on the first :meth:`embed` that misses the cache.
    A model that is not on this machine raises :class:`~align.errors.ModelError` at once.
    """
    from align.embed.embedder import SentenceTransformerEmbedder

    embedder = SentenceTransformerEmbedder(model, device=device, precision=precision)
    if not cache:
        return embedder
    from align.embed.cache import CachedEmbedder, EmbeddingCache

    return CachedEmbedder(embedder, EmbeddingCache())


__all__ = ["get_embedder"]
