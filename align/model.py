"""The document and alignment model: plain dataclasses that every stage passes on.

Data flows one way: text -> :class:`Document` -> embeddings -> :class:`Alignment`
-> :class:`Finding` -> output. Stages talk through these classes only, so each
stage can be tested with hand-made instances.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum


class Section(str, Enum):
    """Where a paragraph sits in a resolution; also the `section` column of exports."""

    TITLE = "title"
    PREAMBLE = "preamble"
    OPERATIVE = "operative"
    ARTICLE = "article"
    ANNEX = "annex"
    FOOTNOTE = "footnote"
    CLOSING = "closing"


#: Short prefixes of paragraph and unit ids (`pp3`, `op9`, `art12`, ...).
SECTION_PREFIX: dict[Section, str] = {
    Section.TITLE: "title",
    Section.PREAMBLE: "pp",
    Section.OPERATIVE: "op",
    Section.ARTICLE: "art",
    Section.ANNEX: "ax",
    Section.FOOTNOTE: "fn",
    Section.CLOSING: "close",
}


@dataclass
class SourceSpan:
    """Where a piece of text came from, so that any finding can point back to the input."""

    path: str
    first_line: int  # 1-based, inclusive
    last_line: int  # 1-based, inclusive
    page: int | None = None  # page number when the input says (PDF, `2/6` furniture)


@dataclass
class FootnoteMarker:
    """A footnote call inside paragraph text, as it was printed."""

    mark: str  # the footnote it refers to, normalised to digits or `*` (`"8"`, `"*"`)
    offset: int  # character offset in the paragraph's cleaned text
    style: str  # "superscript" (¹), "digit" (bare 8), "ocr" (? or * read for a digit), "markdown" ([^4])


@dataclass
class SubParagraph:
    """A lettered or roman sub-paragraph: `a)`, `(a)`, `(i)`."""

    label: str  # as printed, without brackets: "a", "i", "1.a"
    text: str
    source: SourceSpan
    markers: list[FootnoteMarker] = field(default_factory=list)
    linked: list[str] = field(default_factory=list)  # texts marked up as links in the input, in order


@dataclass
class Paragraph:
    """A preambular paragraph, a numbered operative paragraph, or an article.

    Operative paragraphs and articles carry the number printed before them;
    preambular paragraphs carry none. ``text`` is the paragraph's own text: for an
    operative paragraph with sub-paragraphs it is the chapeau only (`Demande aux
    États :`), and :attr:`full_text` joins the sub-paragraphs back in.
    """

    section: Section
    index: int  # 1-based position within its section
    text: str
    source: SourceSpan
    number: str | None = None
    kind: str = ""  # "preambular", "operative", "article", "closing", ... (finer than section)
    subparagraphs: list[SubParagraph] = field(default_factory=list)
    markers: list[FootnoteMarker] = field(default_factory=list)
    opening: str | None = None  # the opening verb as marked in the input (`*Urges*`), wherever it stands
    # Texts marked up as links in the input (`[22/6](#)`), in order, the sub-paragraphs' left to them:
    # a translation tool can move a symbol's link onto a word.
    linked: list[str] = field(default_factory=list)

    @property
    def id(self) -> str:
        """Stable id within the document: `pp3`, `op9`, `art12`."""
        prefix = SECTION_PREFIX[self.section]
        return f"{prefix}{self.number if self.number is not None else self.index}"

    @property
    def full_text(self) -> str:
        """The paragraph with its sub-paragraphs, as one text for embedding and display."""
        if not self.subparagraphs:
            return self.text
        parts = [self.text] if self.text else []
        parts += [f"{sub.label}) {sub.text}" for sub in self.subparagraphs]
        return " ".join(parts)


@dataclass
class Footnote:
    """A footnote body, taken out of the running text."""

    mark: str
    text: str
    source: SourceSpan
    linked: list[str] = field(default_factory=list)  # texts marked up as links in the input, in order


@dataclass
class Furniture:
    """Page furniture removed from the text: symbol lines, job numbers, page numbers, running titles."""

    kind: str  # "symbol", "job-number", "barcode", "page-number", "running-title", "organ", "distribution", "markup", ...
    text: str
    source: SourceSpan


@dataclass
class Repair:
    """A change the parser made to the text, recorded so that nothing is changed silently."""

    original: str
    repaired: str
    reason: str  # "hyphenation", "ocr-l-apostrophe", "ocr-oe", "ocr-a-grave", "split-word", ...
    source: SourceSpan


@dataclass
class Header:
    """The header fields of a resolution, as printed in its language."""

    symbol: str | None = None  # normalised: `A/RES/72/247`, `72/247`, `A/HRC/49/L.xx`
    number: str | None = None  # the resolution number printed before the title: `72/247`, `49/...`
    session: str | None = None  # `Seventy-second session`
    agenda_item: str | None = None  # `Agenda item 72 (b)`
    date: str | None = None  # as printed: `25 January 2018`
    organ: str | None = None  # `General Assembly`, `Conseil des droits de l’homme`
    title: str | None = None  # `Twentieth anniversary and promotion of ...`
    adoption: str | None = None  # `Resolution adopted by the General Assembly on 24 December 2017`
    sponsors: str | None = None  # draft resolutions: the sponsor list
    addressee: str | None = None  # `The General Assembly,`
    other: list[str] = field(default_factory=list)  # header lines kept but not classified
    source: SourceSpan | None = None


@dataclass
class Document:
    """One language version of one resolution."""

    language: str  # ISO 639-1: en, fr, nl, ...
    path: str
    header: Header = field(default_factory=Header)
    preamble: list[Paragraph] = field(default_factory=list)
    operative: list[Paragraph] = field(default_factory=list)
    annex: list[Paragraph] = field(default_factory=list)  # preamble of an annexed declaration
    articles: list[Paragraph] = field(default_factory=list)
    closing: list[Paragraph] = field(default_factory=list)  # `76th plenary meeting`, signatures
    footnotes: list[Footnote] = field(default_factory=list)
    furniture: list[Furniture] = field(default_factory=list)
    repairs: list[Repair] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    language_source: str = "detected"  # "detected", "declared" (--lang, front matter, html lang)
    ocr: bool = False  # the parser read the marks of OCR in it (`I’homme`, `ceuvre`) and repaired it as OCR text

    @property
    def symbol(self) -> str | None:
        return self.header.symbol

    @property
    def title(self) -> str | None:
        return self.header.title

    def section(self, section: Section) -> list[Paragraph]:
        """The paragraphs of one section, in order (footnotes and title excluded)."""
        return {
            Section.PREAMBLE: self.preamble,
            Section.OPERATIVE: self.operative,
            Section.ANNEX: self.annex,
            Section.ARTICLE: self.articles,
            Section.CLOSING: self.closing,
        }.get(section, [])

    def paragraphs(self) -> list[Paragraph]:
        """Every body paragraph in reading order."""
        return self.preamble + self.operative + self.annex + self.articles + self.closing


# --------------------------------------------------------------------------- alignment


class Link(str, Enum):
    """How many paragraphs of the pivot and of the other version one unit holds."""

    ONE_ONE = "1-1"
    ONE_ZERO = "1-0"  # in the pivot only: missing from the other version
    ZERO_ONE = "0-1"  # in the other version only: added
    TWO_ONE = "2-1"  # two pivot paragraphs rendered as one: merged
    ONE_TWO = "1-2"  # one pivot paragraph rendered as two: split


@dataclass
class Unit:
    """One row of the alignment: the paragraphs of every version that say the same thing.

    ``paragraphs`` maps each language to the paragraph ids it contributes (empty when
    the version has nothing here); ``texts`` to their joined text.
    """

    id: str  # stable: `pp3`, `op9`, `op9.b`, `pp16+pp17`, `title`, `fn3`
    section: Section
    number: str | None
    paragraphs: dict[str, list[str]]
    texts: dict[str, str]
    link: str  # paragraphs per language, pivot first: `1-1`, `2-1`, `1-0`, `3-1`; `1-1-2` for three versions
    similarity: float | None  # mean cosine between the pivot and the others; None for 1-0/0-1
    confidence: float  # calibrated, in [0, 1]
    # merged, split, missing, added, moved (out of reading order), number-mismatch,
    # low-confidence, inconsistent (two non-pivot versions of the unit disagree)
    flags: list[str] = field(default_factory=list)


@dataclass
class Alignment:
    """The aligned units of two or more versions of one resolution, in reading order."""

    languages: list[str]  # the pivot first
    pivot: str
    units: list[Unit]
    documents: dict[str, Document]
    signature: dict[str, object]  # tool version, model, thresholds, pivot

    def units_with_subparagraphs(self) -> set[str]:
        """The ids of the units whose sub-paragraphs are units of their own (`op9` of `op9.b`):
        such a unit may have no text (the UDHR's `Article 11`: `1.`, `2.`), and is not missing."""
        return {
            part.split(".")[0] for unit in self.units if unit.section is not Section.TITLE for part in unit.id.split("+") if "." in part
        }


# --------------------------------------------------------------------------- QA


class Severity(str, Enum):
    INFO = "info"
    WARNING = "warning"
    ERROR = "error"


@dataclass
class Finding:
    """One place where a version departs from the others."""

    id: str  # fingerprint stable across runs and across edits elsewhere in the document
    check: str
    severity: Severity
    unit: str  # the Unit id
    languages: list[str]
    message: str
    excerpt: str  # the offending span as it stands in the version
    evidence: str  # the corresponding span of the reference version
    # Where the excerpt starts in the version's text of the unit, when the check knows which
    # of its occurrences it means (a word the paragraph has twice, wrong only once).
    excerpt_start: int | None = None
