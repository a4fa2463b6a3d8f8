"""The text of a file the user gives QA (a glossary, false friends, accepted findings), or one line saying why not.

All are UTF-8 text that a spreadsheet or an editor may have saved with a byte-order
mark; what goes wrong reading them is the user's to fix, so it is an error of the
library's own type, never a traceback.
"""

from __future__ import annotations

from pathlib import Path

from align.errors import AlignError


def read_user_file(path: Path, what: str, error: type[AlignError], wanted: str = "a UTF-8 TSV file") -> str:
    """The text of ``path`` (a BOM dropped), or ``error`` naming the file, ``what`` it is
    and the kind of file ``wanted``."""
    try:
        return path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        reason = exc.strerror if isinstance(exc, OSError) else "not UTF-8 text"
        raise error(f"{path}: cannot read the {what} ({reason}); give {wanted}") from exc
