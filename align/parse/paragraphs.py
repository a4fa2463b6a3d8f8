"""Body lines -> paragraphs: where a paragraph starts, and how wrapped lines join.

The corpus wraps lines in every way a conversion can: one line per paragraph
with blank lines between (markdown), hard wraps with no blank lines (PDF text), a
blank line after every wrapped line (hrc-49), and paragraphs cut by page breaks
and footnote blocks. So a blank line alone never decides; these do, in order:

- a numbered line (`4.`, OCR `4,`, a number alone on its line), a lettered line
  (`a)`, `(a)`, `(i)`), a heading (`Article 3`) starts a unit;
- a line that opens in lower case, or follows text that has not ended (no
  `, ; : .` at its end), continues the paragraph: this rejoins page breaks;
- after an ended line, a capitalised line starts a paragraph when blank lines
  separate paragraphs in this document, when it opens like a paragraph
  (`Recalling`, `Rappelant`, `Herinnerend`, ...), or when the line before it was
  short (a paragraph's last line) or too long to be a wrapped line.
"""

from __future__ import annotations

import re
from collections.abc import Container, Iterable
from dataclasses import dataclass, field

from align.parse.header import ADDRESSEE, ENACTING_LINK
from align.parse.lines import Line

NUMBERED = re.compile(r"^(\d{1,3})\s*[.,](?:\s+(\S.*))?$")
DOTTED = re.compile(r"^(\d{1,2}\.(?:\d{1,2}|[a-z]))\.?\s+(\S.*)$")  # SDG targets: `1.1`, `1.a`
LETTERED = re.compile(r"^\(?((?:[a-z]|[ivx]{1,4}))\)\s*(\S.*)$")
ARTICLE = re.compile(
    r"^(?:Article|Artikel|Artículo|Artigo)\s+(\d+|premier|first|1er|eerste)\s*\.?\s*$", re.I
)
ANNEX = re.compile(r"^(?:Annex|Annexe|Bijlage|Anexo|Anlage)(?:\s+[IVX]+)?\s*$", re.I)
PREAMBLE_HEADING = re.compile(r"^(?:Preamble|Préambule|Preambule|Preámbulo|Präambel)$", re.I)
CLOSING = re.compile(r"plenary meeting|séance plénière|plenaire vergadering|plenaire zitting|sesión plenaria", re.I)
_TERMINAL = re.compile(r"[,;:.!?]\s*[»”\"')\]]?\s*$")
#: The words that open a preambular paragraph in en/fr/nl (`Recalling`, `Considérant`, `Indachtig`).
OPENING = re.compile(
    r"^(?:[A-Z][a-z]+ing|[A-ZÀ-Ý][a-zà-ÿ]+ant|[A-Z][a-z]+end|Also|Further|Deeply|Gravely|Seriously|"
    r"Strongly|Mindful|Aware|Conscious|Convinced|Concerned|Alarmed|Determined|Guided|Whereas|"
    r"Conscient|Consciente|Convaincu|Convaincue|Profondément|Vivement|Gravement|Alarmé|Alarmée|"
    r"Préoccupé|Préoccupée|Déterminé|Déterminée|Résolu|Résolue|Guidé|Guidée|Se félicitant|Se déclarant|"
    r"Considérant|Indachtig|Bezorgd|Ernstig|Zeer|Diep|Overtuigd|Vastbesloten|Geleid|Opnieuw|Tevens|"
    r"In dit verband|Verwelkoming|Onderstreping|Erkenning|Ten zeerste)\b"
)
_HYPHEN_END = re.compile(r"[^\W\d_]-$")
_HYPHENATED = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)+")
#: Words after a hyphen that ends a line which show it is no word break: a conjunction after a
#: suspended hyphen (`pre-` / `and post-conflict`), and the endings French always hyphenates
#: (`celui-` / `ci`, `eux-` / `mêmes`).
_SUSPENDED_BEFORE = frozenset({"and", "or", "et", "ou", "en", "of", "und", "y", "o"})
_HYPHENATED_TAILS = frozenset({"ci", "là", "même", "mêmes"})
#: A line this many times the document's wrap width is no wrapped line.
_TOO_LONG_TO_WRAP = 1.3
#: The share of such lines above which the document's lines are whole paragraphs.
_UNWRAPPED_SHARE = 0.1


@dataclass
class RawParagraph:
    """A paragraph as assembled from lines, before it is placed in a section."""

    kind: str  # "text", "numbered", "lettered", "article-heading", "annex-heading", "preamble-heading", "closing"
    lines: list[int]
    number: str | None  # operative or article number; the label of a lettered sub-paragraph
    text: str
    subparagraphs: list["RawParagraph"] = field(default_factory=list)


@dataclass
class Layout:
    """What this document's line breaks mean, measured on the document itself."""

    blank_separates: bool  # a blank line ends a paragraph (markdown), or is just wrapping (hrc-49)
    wrap_width: int | None  # typical length of a wrapped line; None when lines are whole paragraphs
    blocks_are_paragraphs: bool = False  # HTML and DOCX: every block is a paragraph, whatever its punctuation


def measure_layout(lines: list[Line], body: list[int], *, blocks_are_paragraphs: bool = False) -> Layout:
    """Learn from the document whether blank lines separate paragraphs and how wide its wrapped lines are."""
    wrapped, before_blank, open_before_blank = [], 0, 0
    for a, b in zip(body, body[1:]):
        text = lines[a].plain
        if not text:
            continue
        ended = bool(_TERMINAL.search(text))
        if not ended:
            wrapped.append(len(text))
        if b - a > 1:
            before_blank += 1
            open_before_blank += not ended
    blank_separates = before_blank == 0 or open_before_blank / before_blank < 0.4
    wrap_width = None
    if len(wrapped) >= 5:
        wrapped.sort()
        wrap_width = wrapped[int(len(wrapped) * 0.8)]
        # Where many lines are far longer than that and the lines that did not end have no
        # common width, the lines are whole paragraphs and those that did not end were cut by
        # a page break or a footnote block: nothing was wrapped. Hard-wrapped text has no such
        # long lines (corpus and its rewrapped copies: 0%; a line to a paragraph: 24% to 67%);
        # text wrapped in part (the preamble) has them, but its unended lines share a width.
        lengths = [len(lines[i].plain) for i in body if lines[i].plain]
        too_long = sum(length > _TOO_LONG_TO_WRAP * wrap_width for length in lengths)
        if too_long > _UNWRAPPED_SHARE * len(lengths) and wrapped[int(len(wrapped) * 0.2)] < 0.75 * wrap_width:
            wrap_width = None
    return Layout(blank_separates, wrap_width, blocks_are_paragraphs)


def starts_lower(text: str) -> bool:
    stripped = text.lstrip("«“\"'([ ")
    return bool(stripped) and stripped[0].islower()


def starts_new(previous: str, previous_line: str, line: Line, blank_before: bool, layout: Layout) -> bool:
    """Whether `line` opens a new paragraph after a paragraph whose text so far is `previous`."""
    text = line.plain
    if blank_before and layout.blocks_are_paragraphs:
        return True
    if starts_lower(text):
        return False
    if ADDRESSEE.match(previous) or ADDRESSEE.match(text) or ENACTING_LINK.match(text):
        # `Now, therefore` / `The General Assembly` / `Proclaims ...`: lines of their own, stop or none
        return True
    if not _TERMINAL.search(previous) or _HYPHEN_END.search(previous):
        return False
    if blank_before and layout.blank_separates:
        return True
    if OPENING.match(text):
        return True
    if layout.wrap_width is None:
        return True
    length = len(previous_line)
    return length < 0.75 * layout.wrap_width or length > _TOO_LONG_TO_WRAP * layout.wrap_width


def hyphenated_words(texts: Iterable[str]) -> set[str]:
    """The words written with a hyphen inside them (`capacity-building`), case-folded: a line
    that breaks after their hyphen keeps it (:func:`join`)."""
    return {word.casefold() for text in texts for word in _HYPHENATED.findall(text)}


def join(previous: str, addition: str, record, hyphenated: Container[str] = ()) -> str:
    """Join a wrapped line to the text before it, undoing end-of-line hyphenation, except
    in a word the document writes with its hyphen elsewhere (``hyphenated``)."""
    if not previous:
        return addition
    if _HYPHEN_END.search(previous) and addition[:1].islower():
        head = previous.rsplit(" ", 1)[-1]
        tail = addition.split(" ", 1)[0]
        if tail.casefold() in _SUSPENDED_BEFORE:
            return f"{previous} {addition}"  # `pre-` / `and post-conflict`: a hyphen that waits for its word
        compound = _HYPHENATED.search(head + tail)
        if compound and (compound.group().casefold() in hyphenated or tail.casefold().rstrip(",;:.") in _HYPHENATED_TAILS):
            return previous + addition
        joined = head[:-1] + tail
        record(f"{head}{tail}", joined, "hyphenation")
        return previous[:-1] + addition
    if previous.endswith("-") and addition[:1].isupper():
        return previous + addition  # `Haut-` + `Commissariat`: a real hyphen
    return f"{previous} {addition}"


def classify(line: Line, expected_number: int) -> tuple[str, re.Match[str] | None]:
    """What kind of unit a line opens, if any."""
    text = line.plain
    if m := ARTICLE.match(text):
        return "article-heading", m
    if ANNEX.match(text):
        return "annex-heading", None
    if PREAMBLE_HEADING.match(text):
        return "preamble-heading", None
    if CLOSING.search(text) and len(text) < 60:
        return "closing", None
    if m := DOTTED.match(text):
        return "numbered", m
    if (m := NUMBERED.match(text)) and plausible_number(m.group(1), expected_number):
        return "numbered", m
    if m := LETTERED.match(text):
        return "lettered", m
    return "text", None


def plausible_number(number: str, expected: int) -> bool:
    """An operative number is taken when it fits the sequence (a gap or a repeat is reported later)."""
    return expected - 1 <= int(number) <= expected + 3
