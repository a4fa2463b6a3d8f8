"""What the aligner aligns: the segments of a document, and the texts to embed for them.

The seam with the embedding stage: :func:`segments` lists, in a fixed order, every
piece of a :class:`~align.model.Document` the aligner needs a vector for; the caller
embeds ``[s.text for s in segments(doc)]`` (with any model, cached or not) and hands
the rows back in that order. The aligner itself never sees a model.

Two levels are aligned. Top-level segments are header fields, paragraphs (with their
sub-paragraphs, :attr:`~align.model.Paragraph.full_text`) and footnotes; inside an
operative paragraph matched in every version, its chapeau and sub-paragraphs are
aligned again as leaf segments.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from enum import Enum

from align.model import Document, Header, Paragraph, Section, SourceSpan

#: Sections made of paragraphs, in reading order.
PARAGRAPH_SECTIONS: tuple[Section, ...] = (
    Section.PREAMBLE,
    Section.OPERATIVE,
    Section.ANNEX,
    Section.ARTICLE,
    Section.CLOSING,
)

#: Sections in the order their units appear in an alignment: header fields first, footnotes last.
SECTIONS: tuple[Section, ...] = (Section.TITLE, *PARAGRAPH_SECTIONS, Section.FOOTNOTE)

#: Header fields aligned as title units, in reading order (the symbol is an identifier, not text).
HEADER_FIELDS: tuple[str, ...] = (
    "organ",
    "date",
    "session",
    "agenda_item",
    "adoption",
    "title",
    "sponsors",
    "addressee",
)


class Role(str, Enum):
    """Which level(s) a segment is aligned at."""

    PARAGRAPH = "paragraph"  # a top-level segment with no parts: aligned at both levels
    WHOLE = "whole"  # a paragraph with sub-paragraphs, as one text: top level only
    CHAPEAU = "chapeau"  # the text before its sub-paragraphs: leaf level only
    SUB = "sub"  # a sub-paragraph: leaf level only

    @property
    def top(self) -> bool:
        return self in (Role.PARAGRAPH, Role.WHOLE)

    @property
    def leaf(self) -> bool:
        return self is not Role.WHOLE


@dataclass(frozen=True)
class Segment:
    """One piece of a document to align, with what the aligner needs to know about it."""

    id: str  # as in Unit.paragraphs: `pp3`, `op9`, `op9.b`, `fn2`, `title`, `title.session`
    section: Section
    text: str
    role: Role
    key: str | None  # must agree between versions when both have one: number, label, mark, field
    number: str | None  # shown in the unit's number column: printed number, preamble index, ...
    parent: str | None = None  # the paragraph a chapeau or sub-paragraph belongs to


def segments(document: Document) -> list[Segment]:
    """Every segment of ``document`` the aligner needs a vector for, in a fixed order.

    Ids are the document's own (:attr:`Paragraph.id`); where a misnumbered version
    prints the same number twice, the second gets `#2` (`op3`, `op3#2`) so that every
    id names one paragraph.
    """
    ids = _Ids()
    found = _header(document.header)
    for section in PARAGRAPH_SECTIONS:
        for paragraph in document.section(section):
            found += _paragraph(paragraph, ids.unique(paragraph.id))
    found += [
        Segment(ids.unique(f"fn{note.mark}"), Section.FOOTNOTE, note.text, Role.PARAGRAPH, note.mark, note.mark)
        for note in document.footnotes
    ]
    return found


def line_document(text: str, language: str, path: str = "<text>") -> Document:
    """A document with one paragraph per non-empty line: the `--segments lines` mode.

    Sentence aligners are benchmarked on line-aligned files; reading such a file this way
    (no parsing) lets the same aligner run on them. Lines become unnumbered preambular
    paragraphs (`pp1`, `pp2`, ... by non-empty line), the section with no number evidence.
    """
    paragraphs = []
    # Lines end at \n alone: str.splitlines() also cuts at U+2028 and the like, which a
    # line-aligned file may hold inside a line, and every later line would pair wrongly.
    for number, line in enumerate(text.split("\n"), start=1):
        if line.strip():
            paragraphs.append(
                Paragraph(
                    section=Section.PREAMBLE,
                    index=len(paragraphs) + 1,
                    text=line.strip(),
                    source=SourceSpan(path, number, number),
                    kind="line",
                )
            )
    return Document(language=language, path=path, preamble=paragraphs, language_source="declared")


def _header(header: Header) -> list[Segment]:
    found = []
    for name in HEADER_FIELDS:
        value = getattr(header, name)
        if value:
            sid = "title" if name == "title" else f"title.{name.replace('_', '-')}"
            found.append(Segment(sid, Section.TITLE, value, Role.PARAGRAPH, name, None))
    found += [
        Segment(f"title.other{k}", Section.TITLE, line, Role.PARAGRAPH, None, None)
        for k, line in enumerate(header.other, start=1)
        if line.strip()
    ]
    return found


def _paragraph(paragraph: Paragraph, pid: str) -> list[Segment]:
    """The paragraph as one segment, plus its chapeau and sub-paragraphs when it has some."""
    number = paragraph.number
    shown = number if number is not None else (str(paragraph.index) if paragraph.section is Section.PREAMBLE else None)
    if not paragraph.subparagraphs:
        return [Segment(pid, paragraph.section, paragraph.text, Role.PARAGRAPH, number, shown)]
    found = [Segment(pid, paragraph.section, paragraph.full_text, Role.WHOLE, number, shown)]
    if paragraph.text.strip():
        found.append(Segment(pid, paragraph.section, paragraph.text, Role.CHAPEAU, number, shown, pid))
    labels = _Ids()
    found += [
        Segment(
            f"{pid}.{labels.unique(sub.label)}",
            paragraph.section,
            sub.text,
            Role.SUB,
            sub.label,
            f"{shown}.{sub.label}" if shown else sub.label,
            pid,
        )
        for sub in paragraph.subparagraphs
    ]
    return found


class _Ids:
    """Hands out ids, renaming the second `x` to `x#2`, the third to `x#3`."""

    def __init__(self) -> None:
        self._seen: Counter[str] = Counter()

    def unique(self, wanted: str) -> str:
        self._seen[wanted] += 1
        count = self._seen[wanted]
        return wanted if count == 1 else f"{wanted}#{count}"
