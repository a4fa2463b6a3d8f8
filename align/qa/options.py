"""What a QA run checks with besides the versions: the checks, and the user's glossary and
false friends on top of the shipped ones.

One value for `align qa` and every resolution of `align batch`, so that both record them
in their signatures the same way, a user file also by its content.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class QAOptions:
    """The checks (all when None), and the user's glossary and false friends as paths that
    each batch worker reads, so that the options travel to any engine."""

    checks: tuple[str, ...] | None = None
    glossary: str | None = None
    false_friends: str | None = None

    def signature(self) -> dict[str, object]:
        """For the reports and a batch's manifests: a user file also by its content, so that
        a report says which glossary it used and a resumed batch redoes every resolution
        when the file was edited."""
        from align.qa.registry import read_by

        read = read_by(self.checks)
        return {
            "checks": list(self.checks) if self.checks else "all",
            "glossary": _described(self.glossary, "glossary" in read),
            "false_friends": _described(self.false_friends, "false_friends" in read),
        }


def _described(path: str | None, read: bool) -> str:
    if path is None:
        return "shipped"
    if not read:  # nor does its edition count for a resumed batch
        return f"{path}, read by none of these checks"
    digest = hashlib.sha256(Path(path).read_bytes()).hexdigest()[:16]
    return f"shipped + {path} (sha256 {digest})"
