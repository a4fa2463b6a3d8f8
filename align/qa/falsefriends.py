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
from align.qa.userfiles import read_user_file

SHIPPED = Path(__file__).with_name("false_friends.tsv")
#: The columns a false-friends TSV has (``unless`` may be left empty).
COLUMNS = ("id", "from", "to", "source", "avoid", "unless", "use", "severity", "why")
#: The severity of a user's pair that switches off the shipped pair of its id.
OFF = "off"


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
    """The pairs of a TSV file (those switched off left out): see :func:`_read`."""
    return tuple(pair for pair in _read(Path(path)).values() if pair is not None)


def _read(path: Path) -> dict[str, FalseFriend | None]:
    """The pairs of a TSV file by id, None for a pair switched off. The file has the columns
    of ``false_friends.tsv`` (:data:`COLUMNS`, in any order, in any case); `#` lines are
    comments and blank lines are skipped.

    Every cell is checked, and a fault is named with its line: a blank form would match
    everywhere (`|` as the look-alike reports every word), and a pair that never fires (`EN`
    as a language) is as wrong as one that fires on everything. A pair whose severity is
    :data:`OFF` switches off the shipped pair of its id and needs no other cell.
    """
    text = read_user_file(path, "false friends", FalseFriendsError)
    numbered = [(k, line) for k, line in enumerate(text.splitlines(), 1) if line.strip() and not line.startswith("#")]
    if not numbered:
        raise FalseFriendsError(f"{path}: no pairs; give a header row ({', '.join(COLUMNS)}) and one pair a row")
    header = [cell.strip().lower() for cell in numbered[0][1].split("\t")]
    missing = [c for c in COLUMNS if c != "unless" and c not in header]
    if missing:
        raise FalseFriendsError(f"{path}: the header row must name the columns {', '.join(COLUMNS)}; missing {', '.join(missing)}")
    pairs: dict[str, FalseFriend | None] = {}
    for number, line in numbered[1:]:
        row = dict(zip(header, (cell.strip() for cell in line.split("\t")), strict=False))
        where = f"{path}:{number}"
        pair_id = row.get("id", "")
        if not pair_id:
            raise FalseFriendsError(f"{where}: a pair needs an id")
        if pair_id in pairs:
            raise FalseFriendsError(f"{where}: pair {pair_id!r} is listed twice")
        pairs[pair_id] = None if row.get("severity") == OFF else _pair(row, where)
    return pairs


def _pair(row: dict[str, str], where: str) -> FalseFriend:
    severities = [s.value for s in Severity]
    if row.get("severity") not in severities:
        raise FalseFriendsError(f"{where}: severity {row.get('severity', '')!r}; use {', '.join(severities)} or {OFF}")
    for column in ("from", "to"):
        if not re.fullmatch(r"[a-z]{2}", row.get(column, "")):
            raise FalseFriendsError(f"{where}: {column} {row.get(column, '')!r} is not a language code such as en, fr, nl")
    for column in ("source", "avoid", "use", "why"):
        if not _has_forms(row.get(column, "")):
            raise FalseFriendsError(f"{where}: the {column} column is empty")
    unless = row.get("unless", "")
    return FalseFriend(
        row["id"], row["from"], row["to"], _words(row["source"]), _words(row["avoid"], hyphen_joins=True),
        _words(unless) if _has_forms(unless) else None, row["use"], Severity(row["severity"]), row["why"],
    )


def _has_forms(cell: str) -> bool:
    """Whether a cell names anything: `|` or blanks alone would make a pattern that matches everywhere."""
    return any(form.strip() for form in cell.split("|"))


@lru_cache(maxsize=1)
def shipped() -> tuple[FalseFriend, ...]:
    """The pairs shipped with the package, read once."""
    return read_false_friends(SHIPPED)


def load_false_friends(path: str | Path | None) -> tuple[FalseFriend, ...]:
    """The shipped pairs and the user's at ``path`` when given. A user pair with a shipped
    pair's id replaces it, or with severity :data:`OFF` switches it off: a house style may
    allow what the shipped list reports."""
    if path is None:
        return shipped()
    extra = _read(Path(path))
    return tuple(pair for pair in shipped() if pair.id not in extra) + tuple(p for p in extra.values() if p is not None)


class FalseFriendsCheck(Check):
    name = "false-friends"
    description = "a pivot word rendered by its look-alike that means something else (promotion -> promotie)"
    severity = Severity.WARNING
    reads = frozenset({"false_friends"})

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
        sources = [(m.group(), m.start() / len(pivot_text)) for m in pair.source.finditer(pivot_text)]
        if not sources or (pair.unless is not None and pair.unless.search(pivot_text)):
            return []
        findings = []
        for found in pair.avoid.finditer(text):
            word = found.group().rstrip(",.;:")  # a form may end with the punctuation that makes it wrong (`even,`)
            at = found.start() / len(text)
            # the pivot's form most like the look-alike (`promoten` renders "Promote", `promotie` "promotion"),
            # and of those alike the one standing nearest (pp17's "international human rights law", not pp16's
            # "international law", in a unit that merges the two)
            source, _ = max(
                sources, key=lambda s: (len(commonprefix([s[0].casefold(), word.casefold()])), -abs(s[1] - at))
            )
            findings.append(
                self.finding(
                    unit, alignment, [pair.pivot, pair.language],
                    f"{word!r} for {source!r}: {pair.why}; use {pair.use!r}",
                    word, source, severity=pair.severity,
                )
            )
        return findings
