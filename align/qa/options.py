"""What a QA run checks with besides the versions: the checks, and the user's glossary and
false friends on top of the shipped ones.

One value for `align qa` and every resolution of `align batch`, so that both record them
in their signatures the same way, a user file also by its content.
"""

from __future__ import annotations

from dataclasses import dataclass

from align.qa.userfiles import digest


@dataclass(frozen=True)
class QAOptions:
    """The checks (all when None), and the user's glossary and false friends as paths that
    each batch worker reads, so that the options travel to any engine."""

    checks: tuple[str, ...] | None = None
    glossary: str | None = None
    false_friends: str | None = None

    def read(self) -> None:
        """Read the user's files: a bad one fails here, before any work, and what a
        glossary's rows lack is said here (once: Python says a warning once per place)."""
        from align.qa.falsefriends import load_false_friends
        from align.qa.terminology import load_glossary

        load_glossary(self.glossary)
        load_false_friends(self.false_friends)

    def signature(self) -> dict[str, object]:
        """For the reports and a batch's manifests: a user file also by its content as it was
        read, so that a report says which edition it used and a resumed batch redoes every
        resolution when the file was edited. A file no chosen check reads is no setting:
        given or not, edited or not, it is recorded the same way."""
        from align.qa.registry import read_by

        read = read_by(self.checks)
        return {
            "checks": list(self.checks) if self.checks else "all",
            "glossary": _described(self.glossary) if "glossary" in read else _UNREAD,
            "false_friends": _described(self.false_friends) if "false_friends" in read else _UNREAD,
        }


_UNREAD = "read by none of these checks"


def _described(path: str | None) -> str:
    if path is None:
        return "shipped"
    return f"shipped + {path} (sha256 {digest(path)[:16]})"
