"""Header fields that must agree across versions: session, agenda item, symbol, dates.

The header is where a reader checks which document they hold; machine translation
mangles it (`Zeventig seconden sessie`, "seventy seconds session", for "Seventy-second
session"). Each field is read into a language-independent value (the session's
ordinal, the agenda item's number and letter, the symbol, the date) and compared
with the pivot's. A field is compared only when both versions have it: a field the
parser did not find is not evidence of a missing one.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from align.model import Alignment, Document, Finding, Severity
from align.qa.base import HEADER_UNIT, Check, QAContext
from align.qa.quantities import quantities
from align.qa.symbols import resolution_core


def session_value(text: str, language: str) -> str | None:
    """The session's ordinal (`Seventy-second session` -> `72`), or None when it has none."""
    numbers = [q for q in quantities(text, language) if q.kind == "number"]
    return numbers[0].key if numbers else None


def agenda_value(text: str, language: str) -> str | None:
    """The agenda item's numbers and letters: `Agenda item 72 (b)`, `Point 72 b)` -> `72(b)`."""
    items = re.findall(r"(\d+)(?:\s*\(?\s*([a-z])\s*\))?", text)
    return ", ".join(f"{n}({letter})" if letter else n for n, letter in items) or None


def symbol_value(text: str, language: str) -> str | None:
    """The symbol without spacing and prefix: `A / RES / 72/247` -> `72/247`."""
    return resolution_core(text) or None


def date_value(text: str, language: str) -> str | None:
    """The first date of the field with its year (`on 24 December 2017` -> `2017-12-24`)."""
    found = quantities(text, language)
    for i, q in enumerate(found):
        if q.kind == "date":
            year = next((y.key for y in found[i + 1:] if y.kind == "number" and len(y.key) == 4), "?")
            return f"{year}-{q.key}"
    return None


#: Header field -> how to read its value.
FIELDS: dict[str, Callable[[str, str], str | None]] = {
    "session": session_value,
    "agenda_item": agenda_value,
    "symbol": symbol_value,
    "date": date_value,
    "adoption": date_value,
}


class HeaderCheck(Check):
    name = "header"
    description = "session, agenda item, symbol and dates of the header differ between versions"
    severity = Severity.ERROR

    def run(self, alignment: Alignment, context: QAContext) -> list[Finding]:
        pivot = alignment.documents.get(alignment.pivot)
        if pivot is None:
            return []
        findings = []
        for language in alignment.languages:
            other = alignment.documents.get(language)
            if language != alignment.pivot and other is not None:
                findings += self._compare(alignment, pivot, other)
        return findings

    def _compare(self, alignment: Alignment, pivot: Document, other: Document) -> list[Finding]:
        findings = []
        for field_name, read in FIELDS.items():
            theirs, ours = getattr(pivot.header, field_name), getattr(other.header, field_name)
            if not theirs or not ours:
                continue
            expected, found = read(theirs, pivot.language), read(ours, other.language)
            if expected is None or expected == found:
                continue
            label = field_name.replace("_", " ")
            message = (
                f"{label} reads {found} in {other.language}, {expected} in {pivot.language}"
                if found is not None
                else f"{label} has no readable value in {other.language} ({expected} in {pivot.language})"
            )
            findings.append(
                self.finding(
                    HEADER_UNIT, alignment, [pivot.language, other.language], message, ours, theirs,
                    severity=Severity.ERROR if found is not None else Severity.WARNING,
                    anchor=f"{HEADER_UNIT}:{field_name}",
                )
            )
        return findings
