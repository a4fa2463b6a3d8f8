"""List numbers as HTML and DOCX store them, spelt out as printed: letters, roman numerals.

Both formats store a list item's number as a counter and a style; the parser needs
the marker as printed (``(b)``, ``(iv)``), because sub-paragraph labels are what it
and the aligner key on.
"""

from __future__ import annotations

_ROMAN = (
    (1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"),
    (50, "l"), (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i"),
)  # fmt: skip


def letters(number: int) -> str:
    """1 -> a, 26 -> z, 27 -> aa, 28 -> ab (as browsers count; Word goes aa, bb past z)."""
    result = ""
    while number > 0:
        number, rest = divmod(number - 1, 26)
        result = chr(ord("a") + rest) + result
    return result


def roman(number: int) -> str:
    """Lower-case roman numeral: 4 -> iv, 14 -> xiv; empty for numbers below 1."""
    result = ""
    for value, numeral in _ROMAN:
        count, number = divmod(number, value)
        result += numeral * count
    return result


def counter(value: str | None, default: int) -> int:
    """A list counter attribute (``start``, ``value``, ``w:ilvl``); missing or malformed gives ``default``.

    Hand-edited and machine-written files carry junk here often enough that it must
    not stop the reading.
    """
    try:
        return int(value) if value is not None else default
    except ValueError:
        return default
