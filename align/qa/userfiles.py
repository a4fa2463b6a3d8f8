"""The text of a file the user gives QA (a glossary, false friends, accepted findings), or one line saying why not.

All are UTF-8 text that a spreadsheet or an editor may have saved with a byte-order
mark; what goes wrong reading them is the user's to fix, so it is an error of the
library's own type, never a traceback.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from align.errors import AlignError

#: The SHA-256 of each file as this process last read it, by path: what a report vouches
#: for is what the checks read (a pipe cannot be read twice, a file may change meanwhile).
_DIGESTS: dict[str, str] = {}


def read_user_file(path: Path, what: str, error: type[AlignError], wanted: str = "a UTF-8 TSV file") -> str:
    """The text of ``path`` (a BOM dropped), or ``error`` naming the file, ``what`` it is
    and the kind of file ``wanted``."""
    try:
        data = path.read_bytes()
        text = data.decode("utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        reason = exc.strerror if isinstance(exc, OSError) else "not UTF-8 text"
        raise error(f"{path}: cannot read the {what} ({reason}); give {wanted}") from exc
    _DIGESTS[str(path)] = hashlib.sha256(data).hexdigest()
    return text


def digest(path: str | Path) -> str:
    """The SHA-256 of ``path`` as :func:`read_user_file` last read it, else as it is now."""
    key = str(Path(path))
    return _DIGESTS.get(key) or hashlib.sha256(Path(key).read_bytes()).hexdigest()
