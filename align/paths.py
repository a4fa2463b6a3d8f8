"""Where align keeps what it builds: the converted default model, the embedding cache."""

from __future__ import annotations

import os
from pathlib import Path


def cache_root() -> Path:
    """align's cache folder: ``$ALIGN_CACHE_DIR`` if set, else the platform's user cache."""
    override = os.environ.get("ALIGN_CACHE_DIR")
    if override:
        return Path(override).expanduser()
    import platformdirs

    return Path(platformdirs.user_cache_dir("align"))
