"""UN document symbols and resolution numbers in running text.

A symbol (`A/HRC/36/31`, `A/72/439/Add.2`, `E/CN.4/2005/L.10`) or a resolution
number (`72/247`, `22/6`) is copied, never translated, so every version must carry
the same ones. Machine translation and PDF extraction break them apart
(`A / HRC / 36/31 .`), which makes them unsearchable in the Official Document
System: they are read here with the spaces allowed, normalised for comparison,
and reported as broken where the spaces were there.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# A series symbol: an upper-case series (`A`, `E`, `S`, `ST`, `CEDAW`, `E/CN.4`) and
# slash-separated parts (`72`, `HRC`, `L.39`, `Add.2`, `Rev.1`), spaces allowed
# around the slashes, and a detached full stop (`36/31 .`) that belongs to the
# break, not to the sentence.
_SERIES = r"[A-Z]{1,8}(?:\.\d{1,3})?"
_PART = r"[A-Za-z0-9]+(?:\.[A-Za-z0-9]+)*"
_SYMBOL = re.compile(
    rf"(?<![\w/]){_SERIES}(?:[ \t]*/[ \t]*{_PART})+(?:[ \t]+\.(?!\w))?"
)
# A resolution or decision number: session/number (`72/247`, `22/6`, `2200/1`).
_RESOLUTION = re.compile(r"(?<![\w/.,])\d{1,4}/\d{1,4}(?![\w/]|[.,]\d)")


@dataclass(frozen=True)
class Symbol:
    text: str  # as it stands
    start: int
    end: int

    @property
    def normalised(self) -> str:
        """`A / HRC / 36/31 .` -> `A/HRC/36/31`."""
        return normalise(self.text)

    @property
    def broken(self) -> bool:
        """Whether spaces were put inside the symbol (`A / RES / 72/247`)."""
        return any(c.isspace() for c in self.text)


def normalise(symbol: str) -> str:
    """A symbol without the spaces and the trailing full stop that breaking added."""
    return re.sub(r"\s+", "", symbol).rstrip(".")


def resolution_core(symbol: str) -> str:
    """The part that names a resolution whatever the prefix: `A/RES/72/247` -> `72/247`."""
    return re.sub(r"^[A-Z]/RES/", "", normalise(symbol))


def find_symbols(text: str) -> list[Symbol]:
    """Document symbols and resolution numbers in ``text``, in order.

    A series symbol needs a digit (`A/72/170`), so that `and/or` or `UN/DESA` are
    not symbols; what a series symbol covers is not read again as a resolution number.
    """
    found = [Symbol(m.group(), m.start(), m.end()) for m in _SYMBOL.finditer(text) if re.search(r"\d", m.group())]
    taken = [(s.start, s.end) for s in found]
    for m in _RESOLUTION.finditer(text):
        if not any(a <= m.start() < b for a, b in taken):
            found.append(Symbol(m.group(), m.start(), m.end()))
    return sorted(found, key=lambda s: s.start)
