"""Page furniture and footnote text that a paragraph should not contain.

When a paragraph runs across a page break, the extracted text between its halves
holds the page's furniture (the document symbol `A / RES / 72/247`, the job number
`17-23331`, the page number `4/6`, the running title) and the footnotes printed at
the foot of the page (`¹⁰ Resolution 48/134, annex.`). A parser removes what it
recognises and records it in :attr:`Document.furniture` and
:attr:`Document.footnotes`; what it missed stays in the paragraph text. This module
finds those leftovers. The damage check reports them; the numbers check ignores
them, so that a job number is not also reported as a number missing from the pivot.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from align.model import Document, Section, Unit
from align.qa.symbols import find_symbols, resolution_core
from align.qa.tokens import words

#: A job number, with the language letter and the date stamp that may follow it:
#: `17-23331`, `17-23331 (E) 300118`.
_JOB_NUMBER = re.compile(r"(?<![\w/-])\d{2}-\d{5}(?:\s*\([A-Z]\))?(?:\s+\d{6})?(?![\w-])")
#: The barcode line under the job number: `* 1723331 *`.
_BARCODE = re.compile(r"\*\s?\d{7}\s?\*")
#: A page number `4/6`; only furniture next to other furniture (`22/6` is a resolution).
_PAGE_NUMBER = re.compile(r"(?<![\w/.,])(\d{1,2})/(\d{1,2})(?![\w/]|[.,]\d)")
#: How close (in characters) a page number must be to other furniture to count as one.
_PAGE_NUMBER_REACH = 200
#: A footnote body left in the text: a marker, then how footnotes open.
_FOOTNOTE_BODY = re.compile(
    r"(?:(?<=\s)|^)(?:\d{1,2}|[¹²³⁴⁵⁶⁷⁸⁹⁰]{1,3})\s+"
    r"(?:Resolution|Résolution|Resolutie|See|Voir|Zie|Ibid\.|Ibidem)\s[^;]*?\.(?=\s|$)"
)
#: Kinds of :class:`Furniture` that never belong in running text (an organ name does).
_PAGE_KINDS = frozenset({"symbol", "job-number", "barcode", "page-number", "running-title"})
#: How many opening words of the title must recur for a running title to be recognised.
_RUNNING_TITLE_WORDS = 6
#: Footnote bodies shorter than this are too common to be recognised inside a paragraph.
_MIN_FOOTNOTE_CHARS = 12


@dataclass(frozen=True)
class Leftover:
    """A piece of furniture or footnote text found inside a paragraph."""

    kind: str  # "job-number", "barcode", "page-number", "symbol", "running-title", "footnote", or a Furniture.kind
    text: str
    start: int
    end: int


def unit_leftovers(unit: Unit, text: str, document: Document | None) -> list[Leftover]:
    """:func:`leftovers` in one version's text of ``unit``; none in a footnote, which is footnote
    text, nor in the title, which is what running titles repeat."""
    if unit.section in (Section.FOOTNOTE, Section.TITLE):
        return []
    return leftovers(text, document)


def leftovers(text: str, document: Document | None) -> list[Leftover]:
    """Furniture and footnote text inside ``text``, in order, not overlapping."""
    found = _page_furniture(text, document) + _footnote_text(text, document)
    found.sort(key=lambda s: (s.start, -s.end))
    kept: list[Leftover] = []
    for span in found:
        if not kept or span.start >= kept[-1].end:
            kept.append(span)
    return kept


def _page_furniture(text: str, document: Document | None) -> list[Leftover]:
    found = [Leftover("job-number", m.group(), m.start(), m.end()) for m in _JOB_NUMBER.finditer(text)]
    found += [Leftover("barcode", m.group(), m.start(), m.end()) for m in _BARCODE.finditer(text)]
    if document is not None:
        if document.symbol:
            # Only the prefixed form: a resolution may cite `72/247` in its title or text.
            own = resolution_core(document.symbol)
            found += [
                Leftover("symbol", s.text, s.start, s.end)
                for s in find_symbols(text)
                if s.normalised[0].isalpha() and resolution_core(s.text) == own
            ]
        for item in document.furniture:
            if item.kind in _PAGE_KINDS and len(item.text.strip()) >= 3:
                found += _find(item.kind, item.text, text)
        found += _running_title(text, document)
    anchors = [(s.start, s.end) for s in found]
    for m in _PAGE_NUMBER.finditer(text):
        page, pages = int(m[1]), int(m[2])
        near = any(abs(m.start() - b) < _PAGE_NUMBER_REACH or abs(a - m.end()) < _PAGE_NUMBER_REACH for a, b in anchors)
        if 0 < page <= pages and near:
            found.append(Leftover("page-number", m.group(), m.start(), m.end()))
    return found


def _running_title(text: str, document: Document) -> list[Leftover]:
    """The opening words of the document title repeated inside a paragraph.

    Only in a document printed on pages, one in which the parser found page
    furniture: elsewhere (a web page) the title recurs in the text as the name of
    what it proclaims (`Proclame la présente Déclaration universelle des droits
    de l’homme`), and nothing runs along the top of a page.
    """
    if not any(item.kind in _PAGE_KINDS for item in document.furniture):
        return []
    keys = _title_keys(document.title or "")
    if len(keys) < _RUNNING_TITLE_WORDS:
        return []
    body = words(text)
    found = []
    i = 0
    while i < len(body):
        n = 0
        while i + n < len(body) and n < len(keys) and body[i + n].key == keys[n]:
            n += 1
        if n >= _RUNNING_TITLE_WORDS:
            found.append(Leftover("running-title", text[body[i].start:body[i + n - 1].end], body[i].start, body[i + n - 1].end))
            i += n
        else:
            i += 1
    return found


@lru_cache(maxsize=256)
def _title_keys(title: str) -> tuple[str, ...]:
    """The word keys of a title without its resolution number; cached, since every paragraph asks."""
    return tuple(w.key for w in words(re.sub(r"^\s*\d+/\d+\.\s*", "", title)))


def _footnote_text(text: str, document: Document | None) -> list[Leftover]:
    found = [Leftover("footnote", m.group(), m.start(), m.end()) for m in _FOOTNOTE_BODY.finditer(text)]
    for note in document.footnotes if document is not None else []:
        if len(note.text.strip()) >= _MIN_FOOTNOTE_CHARS:
            found += _find("footnote", note.text, text)
    return found


def _find(kind: str, fragment: str, text: str) -> list[Leftover]:
    """Where ``fragment`` stands in ``text``, with any run of whitespace between its words."""
    # A match holds the fragment's first word as it is: testing for it rules out most
    # paragraphs at once, where the pattern, opening with a look-behind, tries every offset.
    if fragment.split(None, 1)[0] not in text:
        return []
    return [Leftover(kind, m.group(), m.start(), m.end()) for m in _flexible(fragment).finditer(text)]


@lru_cache(maxsize=4096)
def _flexible(fragment: str) -> re.Pattern[str]:
    """A pattern for ``fragment`` that allows any run of whitespace between its words.

    Cached: every paragraph of a document is searched for the same furniture and
    footnotes, several times by several checks, and building the pattern costs more
    than searching with it.
    """
    return re.compile(r"(?<![\w/])" + r"\s+".join(re.escape(part) for part in fragment.split()) + r"(?![\w/])")
