"""Writes that survive a crash: a file or folder is renamed into place only once its data is on disk.

Without the syncs, a crash soon after a rename can leave the new name pointing at a
file whose data never reached the disk (ext4 and XFS do not order the two), which is
exactly the half-written state the temporary-then-rename dance exists to prevent.
"""

from __future__ import annotations

import os
from pathlib import Path


def fsync(path: Path) -> None:
    """Flush a file, or a folder's entries, to disk."""
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def replace(temporary: Path, path: Path) -> None:
    """Put ``temporary`` (a finished file, or a folder of files) in place at ``path``, durably.

    ``path`` may be an empty folder, which is replaced.
    """
    for item in [*temporary.iterdir(), temporary] if temporary.is_dir() else [temporary]:
        fsync(item)
    if path.is_dir():
        path.rmdir()
    os.replace(temporary, path)
    fsync(path.parent)
