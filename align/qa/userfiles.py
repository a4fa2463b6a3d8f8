"""The text of a file the user gives QA (a glossary, false friends), or one line saying why not.

Both are UTF-8 TSV files that a spreadsheet may have saved with a byte-order mark;
what goes wrong reading them is the user's to fix, so it is an error of the
library's own type, never a traceback.
"""

from __future__ import annotations

from pathlib import Path

from align.errors import AlignError


def read_user_tsv(path: Path, what: str, error: type[AlignError]) -> str:
    """The text of ``path`` (a BOM dropped), or ``error`` naming the file and ``what`` it should hold."""
    try:
        return path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        reason = exc.strerror if isinstance(exc, OSError) else "not UTF-8 text"
        raise error(f"{path}: cannot read the {what} ({reason}); give a UTF-8 TSV file") from exc
