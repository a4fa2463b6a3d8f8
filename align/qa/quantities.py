"""Numbers and dates in running text, read per language into comparable values.

The same quantity is written differently in each language: `1.25` / `1,25`,
`10,000` / `10 000` / `10.000`, `24 December 2017` / `24 décembre 2017` /
`24 december 2017`, `seventy-second` / `soixante-douzième` / `tweeënzeventigste`.
Each is read into a key (`1.25`, `10000`, `12-24` for the day and month, `2017` for the year, `72`) that is equal across
versions when the quantity is, so that a check compares keys and reports spans.

Numbers written in words are read with text2num (MIT), which parses cardinals and
ordinals in running text for en, fr and nl and says which tokens it read; a
hand-kept table could not follow compounds such as `soixante et onzième`.
Small numbers in words are ambiguous (`un`, `een` are also articles, `les deux`
means "both", `second` is also a unit of time, `neuf` also "new"): they are read
as *weak* quantities, which may answer a quantity of another version but are never
reported missing themselves.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, replace
from decimal import Decimal, InvalidOperation
from functools import cache

from text_to_num import find_numbers

from align.parse.footnotes import SUPERSCRIPTS as _SUPERSCRIPTS
from align.qa.symbols import find_symbols
from align.qa.tokens import WORD

#: Languages text2num reads numbers in words for.
WORD_NUMBER_LANGUAGES = frozenset({"en", "fr", "nl", "es", "de", "it", "pt"})

#: Numbers in words below this are weak (see the module docstring).
STRONG_WORD_NUMBER = 10

MONTHS: dict[str, dict[str, int]] = {
    "en": {m: i for i, m in enumerate(
        ["January", "February", "March", "April", "May", "June", "July", "August",
         "September", "October", "November", "December"], 1)},
    "fr": {m: i for i, m in enumerate(
        ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
         "septembre", "octobre", "novembre", "décembre"], 1)},
    "nl": {m: i for i, m in enumerate(
        ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
         "september", "oktober", "november", "december"], 1)},
}

#: Words that multiply a number written in digits (`1.5 million`, `2 milliards`).
#: French and Dutch `billion`/`biljoen` are 10^12, English `billion` 10^9.
SCALES: dict[str, dict[str, int]] = {
    "en": {"thousand": 10**3, "million": 10**6, "millions": 10**6, "billion": 10**9, "billions": 10**9, "trillion": 10**12},
    "fr": {"mille": 10**3, "million": 10**6, "millions": 10**6, "milliard": 10**9, "milliards": 10**9, "billion": 10**12, "billions": 10**12},
    "nl": {"duizend": 10**3, "miljoen": 10**6, "miljoenen": 10**6, "miljard": 10**9, "miljarden": 10**9, "biljoen": 10**12},
}

#: Words that mean a number without spelling it: approximations (`une quarantaine
#: d'experts`, "about 40 experts") and periods (`Cadre décennal`, "10-Year
#: Framework"). Weak: they answer a number, they are never missing.
LEXICAL_NUMBERS: dict[str, dict[str, int]] = {
    "fr": {"dizaine": 10, "douzaine": 12, "quinzaine": 15, "vingtaine": 20, "trentaine": 30, "quarantaine": 40,
           "cinquantaine": 50, "soixantaine": 60, "centaine": 100, "biennal": 2, "biennale": 2, "biennaux": 2,
           "triennal": 3, "triennale": 3, "quadriennal": 4, "quadriennale": 4, "quinquennal": 5, "quinquennale": 5,
           "décennal": 10, "décennale": 10, "décennie": 10, "cinquantenaire": 50, "centenaire": 100},
    "en": {"dozen": 12, "biennial": 2, "biennium": 2, "triennial": 3, "quadrennial": 4, "quinquennial": 5,
           "decade": 10, "decennial": 10, "centenary": 100},
    "nl": {"tiental": 10, "dozijn": 12, "twintigtal": 20, "dertigtal": 30, "veertigtal": 40, "vijftigtal": 50,
           "honderdtal": 100, "decennium": 10, "tweejaarlijks": 2, "driejaarlijks": 3, "vierjaarlijks": 4,
           "vijfjaarlijks": 5},
}
#: Roman ordinals (`XXIe siècle`, "twenty-first century"; `XVIIe`): weak.
_ROMAN_ORDINAL = re.compile(r"(?<!\w)(?P<roman>[IVXLC]+)(?:e|er|re|ème|ᵉ|th|st|nd|rd|de|ste)(?!\w)")
_ROMAN = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100}

#: "per cent" spelled out: its `cent` is not the number 100.
_PERCENT_WORDS = re.compile(r"\b(?:pour|per)\s+cent\b", re.IGNORECASE)

# Digits with the thousands and decimal separators of each language. Group
# separators: en comma; fr space, no-break or narrow no-break space; nl full stop.
# A dotted number in a decimal-comma language is a reference (`par. 140.2`), read
# as it stands, which is how English reads it too.
_DIGITS = {
    "en": r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?",
    "fr": r"\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?:,\d+)?|\d+\.\d+(?=[^\d.]|$)|\d+(?:,\d+)?",
    "nl": r"\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+\.\d+(?=[^\d.]|$)|\d+(?:,\d+)?",
}
#: Currency codes written against the amount (`Euro1.5 million`, `$A45,000`).
_CURRENCY_PREFIX = "|".join(rf"(?<={re.escape(c)})" for c in ("Euro", "$A", "US$", "SwF", "EUR", "USD", "CHF"))
_DECIMAL_COMMA = {"fr", "nl"}
_ORDINAL_SUFFIX = r"(?:st|nd|rd|th|er|re|e|ème|ᵉ|de|ste)?"
#: Abbreviations written against the number they introduce (`s.10.103(d)` for
#: section 10.103(d), `No.5`): after them a full stop does not end a number.
_ABBREVIATION_DOT = "|".join(rf"(?<=\b{a}\.)" for a in ("s", "ss", "art", "arts", "para", "paras", "sect", "No", "Nos", "n", "no", "p", "pp"))
#: Element symbols an isotope's mass number is written against (`235U`, `239Pu`,
#: `137Cs`), the notation French texts use for "U-235".
_ELEMENTS = "U|Pu|Th|Cs|Sr|Co|Am|Np|Ra|Rn|Kr|Xe|Tc|Po|I|H|C"


@dataclass(frozen=True)
class Quantity:
    """A number or date as it stands in a text, with the key it compares by."""

    kind: str  # "number", "date", "time", "symbol"
    key: str  # `1.25`, `12-24` (day and month; years are numbers), `15:00`, `A/HRC/36/31`
    text: str
    start: int
    end: int
    strong: bool = True  # weak quantities answer others but are never reported missing
    aliases: tuple[str, ...] = ()  # other keys it answers to: `18 heures` is 18:00 or 18 hours

    @property
    def keys(self) -> tuple[str, ...]:
        return (self.key, *self.aliases)


def quantities(text: str, language: str, *, also_words_in: tuple[str, ...] = ()) -> list[Quantity]:
    """Symbols, dates and numbers of ``text``, each span read once, in order.

    Symbols are read first, then dates, then numbers in digits, then numbers in
    words, each masking what it took from the later readers, so that `72/247` is
    not also 72 and 247 and `24 December 2017` not also 24 and 2017. Superscript
    digits are footnote markers, not numbers. ``also_words_in`` names further
    languages to read numbers in words in, as weak quantities: a number left
    untranslated (`Seventy-first Session` in Dutch) still has its value and is the
    untranslated check's finding, not a missing number; weak, because a word of one
    language may be a number in another (Dutch `ten`, English "ten").
    """
    found: list[Quantity] = []
    masked = list(text)

    def take(q: Quantity) -> None:
        found.append(q)
        masked[q.start:q.end] = " " * (q.end - q.start)

    for s in find_symbols(text):
        take(Quantity("symbol", s.normalised, s.text, s.start, s.end))
    for reader in (_dates, _times):
        for q in reader("".join(masked), language):
            take(replace(q, text=text[q.start:q.end]))
    for q in _digit_numbers("".join(masked), text, language):
        take(q)
    for q in _word_numbers("".join(masked), text, language):
        take(q)
    for m in _lexical_pattern(language).finditer("".join(masked)):
        value = LEXICAL_NUMBERS[language][_nfc(m["word"]).casefold()]
        take(Quantity("number", str(value), m.group(), m.start(), m.end(), strong=False))
    for m in _ROMAN_ORDINAL.finditer("".join(masked)):
        take(Quantity("number", str(_roman(m["roman"])), m.group(), m.start(), m.end(), strong=False))
    for other in also_words_in:
        for q in _word_numbers("".join(masked), text, other):
            take(replace(q, strong=False))
    return sorted(found, key=lambda q: q.start)


def _accents_either_way(word: str) -> str:
    """A regex for ``word`` that matches it with its accents composed or decomposed
    (`décennal` typed as `de` + U+0301, as copies from some PDFs and Macs give it)."""
    out = []
    for c in word:
        decomposed = unicodedata.normalize("NFD", c)
        out.append(f"(?:{re.escape(c)}|{re.escape(decomposed)})" if decomposed != c else re.escape(c))
    return "".join(out)


def _nfc(word: str) -> str:
    return unicodedata.normalize("NFC", word)


@cache
def _lexical_pattern(language: str) -> re.Pattern[str]:
    names = "|".join(_accents_either_way(w) for w in sorted(LEXICAL_NUMBERS.get(language, {}), key=len, reverse=True)) or "(?!)"
    return re.compile(rf"\b(?P<word>{names})s?(?!\w)", re.IGNORECASE)


def _roman(numeral: str) -> int:
    values = [_ROMAN[c] for c in numeral]
    return sum(-v if i + 1 < len(values) and v < values[i + 1] else v for i, v in enumerate(values))


def number_key(value: Decimal) -> str:
    """`Decimal('1.50')` -> `1.5`, `Decimal('2E+3')` -> `2000`."""
    return format(value.normalize(), "f").rstrip(".") if value % 1 else str(int(value))


@cache
def _date_pattern(language: str) -> re.Pattern[str] | None:
    months = MONTHS.get(language)
    if not months:
        return None
    # English month names are capitalised; lower-case `may` is a verb.
    flags = 0 if language == "en" else re.IGNORECASE
    names = "|".join(_accents_either_way(m) for m in sorted(months, key=len, reverse=True))
    return re.compile(
        rf"(?<![\w/])(?P<day>\d{{1,2}}){_ORDINAL_SUFFIX}[ \u00a0]+(?P<month>{names})\b"
        rf"|\b(?P<month2>{names})[ \u00a0]+(?P<day2>\d{{1,2}})(?=,?[ \u00a0]+\d{{4}}(?!\d))"
        rf"|\b(?P<month3>{names})(?=[ \u00a0]+\d{{4}}(?!\d))",
        flags,
    )


def _dates(text: str, language: str) -> list[Quantity]:
    """Day and month (`24 December` -> `12-24`), or a month before a year (`12`).

    The year is left to be read as a number: `11-24 February, 2014` and
    `du 11 au 24 février 2014` then agree although only one has a full date.
    """
    pattern = _date_pattern(language)
    if pattern is None:
        return []
    months = {k.casefold(): v for k, v in MONTHS[language].items()}
    out = []
    for m in pattern.finditer(text):
        month = months[_nfc(m["month"] or m["month2"] or m["month3"]).casefold()]
        day = m["day"] or m["day2"]
        key = f"{month:02d}-{int(day):02d}" if day else f"{month:02d}"
        out.append(Quantity("date", key, m.group(), m.start(), m.end()))
    return out


#: Clock times: `3 p.m.`, `12.40 p.m.`; `15 heures`, `12 h 40`; `15.00 uur`.
_TIMES: dict[str, re.Pattern[str]] = {
    "en": re.compile(r"(?<![\w.])(?P<h>\d{1,2})(?:[.:](?P<m>\d{2}))?\s*(?P<half>a\.m\.|p\.m\.)"),
    "fr": re.compile(r"(?<![\w.])(?P<h>\d{1,2})\s*(?:heures?|h)(?:\s*(?P<m>\d{2}))?(?!\w)"),
    "nl": re.compile(r"(?<![\w.])(?P<h>\d{1,2})(?:[.:](?P<m>\d{2}))?\s*uur\b"),
}


def _times(text: str, language: str) -> list[Quantity]:
    """Clock times on a 24-hour key (`3 p.m.` and `15 heures` -> `15:00`)."""
    pattern = _TIMES.get(language)
    out = []
    for m in pattern.finditer(text) if pattern else ():
        hour, minute = int(m["h"]), int(m["m"] or 0)
        if m.groupdict().get("half"):
            hour = hour % 12 + (12 if m["half"] == "p.m." else 0)
        # Without a.m./p.m. a whole hour may be a duration (`jusqu'à 18 heures`, "up to 18 hours").
        aliases = (str(hour),) if not m.groupdict().get("half") and not m["m"] else ()
        out.append(Quantity("time", f"{hour:02d}:{minute:02d}", m.group(), m.start(), m.end(), aliases=aliases))
    return out


def _digit_numbers(masked: str, text: str, language: str) -> list[Quantity]:
    """Numbers in digits. Digits glued to a word or to closing punctuation
    (`Crime1`, `Rules)16`, `Yugoslavia;1`) are footnote calls, not numbers."""
    digits = _DIGITS.get(language, _DIGITS["en"])
    scales = SCALES.get(language, {})
    scale_names = "|".join(scales) or "(?!)"
    # `(?=\d)` first, as every number opens with a digit: tried at every offset, the
    # lookbehinds cost twenty times the rest of the search.
    pattern = re.compile(
        rf"(?=\d)(?:(?<![\w.,;:)\]{_SUPERSCRIPTS}])|{_CURRENCY_PREFIX}|{_ABBREVIATION_DOT})(?P<n>{digits})"
        rf"(?:(?P<decade>'?s)(?!\w)|{_ORDINAL_SUFFIX}(?!\d|[^\W\d_{_SUPERSCRIPTS}])|(?=(?:{_ELEMENTS})(?![^\W\d_])))"
        rf"(?:[ \u00a0]+(?P<scale>{scale_names})\b)?",
        re.IGNORECASE,
    )
    out = []
    for m in pattern.finditer(masked):
        raw = re.sub(r"[ \u00a0\u202f]", "", m["n"])
        aliases: tuple[str, ...] = ()
        if m["decade"] and not re.fullmatch(r"(?:1[5-9]|20)\d0", m["n"]):
            continue  # `1960s` is a decade; other digits glued to an `s` are not a number
        if language in _DECIMAL_COMMA and not re.fullmatch(r"\d+\.\d+", raw):
            if re.fullmatch(r"(?:19|20)\d\d,\d{1,2}", raw):
                # `maart 1995,2`: a year and the footnote call a PDF's text glues to it after the comma
                aliases = (raw.split(",")[0],)
            raw = raw.replace(".", "").replace(",", ".")
        else:
            if language in _DECIMAL_COMMA and re.fullmatch(r"\d{1,3}\.\d{3}", raw):
                # `loi n° 18.246`: a reference as it stands, or 18246 with a full stop
                # between the groups, as Spanish and Dutch write it ("Act No. 18246").
                aliases = (raw.replace(".", ""),)
            raw = raw.replace(",", "")
        try:
            value = Decimal(raw)
        except InvalidOperation:  # pragma: no cover - the pattern only admits digits
            continue
        if m["scale"]:
            value *= scales[m["scale"].casefold()]
        if m["decade"]:
            aliases = (m["n"][2:],)  # `the 1960s`, `les années 60`
        out.append(Quantity("number", number_key(value), text[m.start():m.end()], m.start(), m.end(), aliases=aliases))
    return out


#: Words and punctuation marks for text2num (punctuation separates numbers).
_TOKEN = re.compile(rf"{WORD.pattern}|[^\w\s]")


class _Token:
    """A word for text2num's ``find_numbers``, which reads tokens, not strings."""

    def __init__(self, text: str, start: int, end: int) -> None:
        self._text, self.start, self.end = text, start, end

    def text(self) -> str:
        return self._text

    def nt_separated(self, previous: _Token) -> bool:
        return False

    def not_a_number_part(self) -> bool:
        return False


def _word_numbers(masked: str, text: str, language: str) -> list[Quantity]:
    if language not in WORD_NUMBER_LANGUAGES:
        return []
    masked = _PERCENT_WORDS.sub(lambda m: " " * len(m.group()), masked)
    # Punctuation is a token too, so that `vingt, un` is not read as 21.
    tokens = [_Token(_nfc(m.group()), m.start(), m.end()) for m in _TOKEN.finditer(masked)]
    out = []
    for occurrence in find_numbers(tokens, language, 0.0):
        first, last = tokens[occurrence.start], tokens[occurrence.end - 1]
        value = Decimal(str(occurrence.value))
        # `hundreds`, `thousands`, `mille` alone are orders of magnitude, not counts.
        lone_scale = occurrence.end - occurrence.start == 1 and value >= 100 and str(int(value)).strip("0") == "1"
        strong = value >= STRONG_WORD_NUMBER and not lone_scale
        out.append(Quantity("number", number_key(value), text[first.start:last.end], first.start, last.end, strong))
    return out
