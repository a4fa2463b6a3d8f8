"""align: parse, align and check the language versions of UN resolutions.

The public API is a handful of functions; each CLI command is a thin wrapper over
one of them. Nothing heavy (torch, sentence-transformers) is imported here, so
that ``import align`` and ``align parse`` start instantly.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

__version__ = "0.1.0"

if TYPE_CHECKING:  # pragma: no cover
    from align.model import Document


def read(path: str, *, language: str | None = None) -> "list[Document]":
    """Parse a file into its language versions (one :class:`Document` each, in file order)."""
    from align.parse import read_documents

    return read_documents(path, language=language)


__all__ = ["__version__", "read"]
