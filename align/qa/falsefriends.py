"""False friends and calques: a version renders a pivot word by its look-alike.

Machine translation, and a hurried translator, turn `promotion` into `promotie`
(advertising, a step up in a career) where the text means furthering
(`bevordering`), `remedies` into `oplossingen` (solutions) where it means legal
redress, `implement` into `implémenter`. The glossary cannot say this: it lists
what a term must become, and these are everyday words with several good
renderings; what is known is the one bad one.

The pairs are shipped in ``false_friends.tsv`` (:data:`SHIPPED`): the pivot's word
forms, the look-alike forms of the version, what to use instead and why. A pair is
reported only in a unit whose pivot text has the source word, and not where the
pivot also has a word the look-alike renders rightly (``unless``): `promotie` is
right for the promotion of staff, `attendre` where the English also expects
something. Words are matched whole, in any case, and a hyphen joins: `promotie`
inside `promotiecampagne` or `promotie- en voorlichtingscampagne` is not the
false friend.
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from functools import lru_cache
from os.path import commonprefix
from pathlib import Path
from typing import cast

from align.errors import AlignError
from align.model import Alignment, Finding, Severity, Unit
from align.qa.base import Check, QAContext, versions
from align.qa.tokens import LETTER
from align.qa.userfiles import read_user_tsv

SHIPPED = Path(__file__).with_name("false_friends.tsv")
#: The columns a false-friends TSV has (``unless`` may be left empty).
COLUMNS = ("id", "from", "to", "source", "avoid", "unless", "use", "severity", "why")


class FalseFriendsError(AlignError):
    """A false-friends file that cannot be read or lacks what a pair needs."""


@dataclass(frozen=True)
class FalseFriend:
    """A pivot word (``source``, any of its forms) and the version's look-alike (``avoid``)."""

    id: str
    pivot: str  # the pivot's language
    language: str  # the version's language
    source: re.Pattern[str]
    avoid: re.Pattern[str]
    unless: re.Pattern[str] | None  # pivot words the look-alike renders rightly (`expects` for `attend`)
    use: str
    severity: Severity
    why: str


def _words(forms: str, *, hyphen_joins: bool = False) -> re.Pattern[str]:
    """Any of the `|`-separated forms, as whole words, in any case; blanks match any run of
    blanks. Where ``hyphen_joins``, a form is not a word before or after a hyphen: the
    look-alike inside a compound (`promotie- en voorlichtingscampagne`) is another word, while
    the pivot's `gender-sensitive` still says "sensitive"."""
    alternatives = "|".join(r"\s+".join(map(re.escape, form.split())) for form in forms.split("|") if form.strip())
    edge = f"{LETTER}|-" if hyphen_joins else LETTER
    return re.compile(rf"(?<!{edge})(?:{alternatives})(?!{edge})", re.IGNORECASE)


def read_false_friends(path: str | Path) -> tuple[FalseFriend, ...]:
    """The pairs of a TSV file with the columns of ``false_friends.tsv`` (:data:`COLUMNS`;
    `#` lines are comments)."""
    path = Path(path)
    text = read_user_tsv(path, "false friends", FalseFriendsError)
    lines = [line for line in text.splitlines() if line.strip() and not line.startswith("#")]
    rows = list(csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE))
    missing = [c for c in COLUMNS if c != "unless" and (not lines or c not in lines[0].split("\t"))]
    if missing:
        raise FalseFriendsError(f"{path}: the header row must name the columns {', '.join(COLUMNS)}; missing {', '.join(missing)}")
    pairs = []
    for number, row in enumerate(rows, 2):
        if not all(row.get(c) for c in COLUMNS if c != "unless") or row["severity"] not in {s.value for s in Severity}:
            raise FalseFriendsError(
                f"{path}: pair {number} ({row.get('id') or 'no id'}) needs every column but unless filled, "
                f"and a severity of {', '.join(s.value for s in Severity)}"
            )
        pairs.append(
            FalseFriend(
                row["id"], row["from"], row["to"], _words(row["source"]), _words(row["avoid"], hyphen_joins=True),
                _words(row["unless"]) if row.get("unless") else None, row["use"], Severity(row["severity"]), row["why"],
            )
        )
    return tuple(pairs)


@lru_cache(maxsize=1)
def shipped() -> tuple[FalseFriend, ...]:
    """The pairs shipped with the package, read once."""
    return read_false_friends(SHIPPED)


def load_false_friends(path: str | Path | None) -> tuple[FalseFriend, ...]:
    """The shipped pairs and the user's at ``path`` when given; a user pair with a shipped
    pair's id replaces it (a house style may allow what the shipped list does not)."""
    if path is None:
        return shipped()
    extra = read_false_friends(path)
    ids = {pair.id for pair in extra}
    return tuple(pair for pair in shipped() if pair.id not in ids) + extra


class FalseFriendsCheck(Check):
    name = "false-friends"
    description = "a pivot word rendered by its look-alike that means something else (promotion -> promotie)"
    severity = Severity.WARNING

    def run(self, alignment: Alignment, context: QAContext) -> list[Finding]:
        known = context.false_friends if context.false_friends is not None else shipped()
        pairs = [pair for pair in cast("tuple[FalseFriend, ...]", known) if pair.pivot == alignment.pivot]
        return [
            finding
            for unit in alignment.units
            for language, text, pivot_text in versions(unit, alignment)
            for pair in pairs
            if pair.language == language
            for finding in self._pair(unit, alignment, pair, text, pivot_text)
        ]

    def _pair(self, unit: Unit, alignment: Alignment, pair: FalseFriend, text: str, pivot_text: str) -> list[Finding]:
        sources = [m.group() for m in pair.source.finditer(pivot_text)]
        if not sources or (pair.unless is not None and pair.unless.search(pivot_text)):
            return []
        findings = []
        for found in pair.avoid.finditer(text):
            # the pivot's form most like the look-alike: `promoten` renders "Promote", `promotie` "promotion"
            source = max(sources, key=lambda s: len(commonprefix([s.casefold(), found.group().casefold()])))
            findings.append(
                self.finding(
                    unit, alignment, [pair.pivot, pair.language],
                    f"{found.group()!r} for {source!r}: {pair.why}; use {pair.use!r}",
                    found.group(), source, severity=pair.severity,
                )
            )
        return findings
