"""Header fields that must agree across versions: session, agenda item, symbol, dates.

The header is where a reader checks which document they hold; machine translation
mangles it (`Zeventig seconden sessie`, "seventy seconds session", for "Seventy-second
session"). Each field is read into a language-independent value (the session's
ordinal, the agenda item's number and letter, the symbol, the date) and compared
with the pivot's. A field is compared only when both versions have it: a field the
parser did not find is not evidence of a missing one.

A version checked on its own (:func:`align.one_version`) has no pivot, but its symbol
names the session its document belongs to (`A/RES/72/247`, `A/HRC/RES/49/2`,
`A/C.3/72/L.39`: the number after the body), and so does its resolution number (`72/247`, a
draft's `49/...`) where no symbol was found: its session field is read against that.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from align.model import Alignment, Document, Finding, Severity
from align.qa.base import HEADER_UNIT, Check, QAContext
from align.qa.quantities import quantities
from align.qa.symbols import normalise, resolution_core


def session_value(text: str, language: str) -> str | None:
    """The session's ordinal (`Seventy-second session` -> `72`), or None when it has none."""
    numbers = [q for q in quantities(text, language) if q.kind == "number"]
    return numbers[0].key if numbers else None


#: The session a General Assembly or Human Rights Council symbol belongs to: the number after the body
#: and its organ (`A/RES/72/247`, `A/HRC/RES/49/2`, `A/HRC/49/L.3`, `A/C.3/72/L.39`); not a special or
#: emergency session's (`A/RES/ES-10/19`), whose header names it otherwise.
_SYMBOL_SESSION = re.compile(r"^A/(?:HRC/|C\.\d/)?(?:RES/)?(\d{1,3})/")
#: ... and the one a resolution number printed before the title belongs to (`72/247`, a draft's `49/...`).
_NUMBER_SESSION = re.compile(r"^(\d{1,3})/")


def symbol_session(symbol: str) -> str | None:
    """The session the document of ``symbol`` belongs to (`A / RES / 72/247` -> `72`), or None."""
    m = _SYMBOL_SESSION.match(normalise(symbol))
    return m.group(1) if m else None


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
    alone = True  # the session against the version's own symbol

    def run(self, alignment: Alignment, context: QAContext) -> list[Finding]:
        pivot = alignment.documents.get(alignment.pivot)
        if pivot is None:
            return []
        if len(alignment.languages) == 1:
            return self._own_session(alignment, pivot)
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

    def _own_session(self, alignment: Alignment, document: Document) -> list[Finding]:
        """A version alone: its session field against the session its symbol names (`Zeventig seconden
        sessie`, read as 70, above `A/RES/72/247`), or, with no symbol, its resolution number (a draft's
        `49/...`)."""
        header = document.header
        session, reference = None, ""
        if header.symbol:
            session, reference = symbol_session(header.symbol), f"symbol {header.symbol}"
        if session is None and header.number and (m := _NUMBER_SESSION.match(header.number)):
            session, reference = m.group(1), f"number {header.number}"
        if not header.session or session is None:
            return []
        found = session_value(header.session, document.language)
        if found == session:
            return []
        message = (
            f"session reads {found} in {document.language}, where its {reference} is of session {session}"
            if found is not None
            else f"session has no readable value in {document.language} (its {reference} is of session {session})"
        )
        return [
            self.finding(
                HEADER_UNIT, alignment, [document.language], message, header.session, header.symbol or header.number or "",
                severity=Severity.ERROR if found is not None else Severity.WARNING, anchor=f"{HEADER_UNIT}:session",
            )
        ]
