"""DOCX: paragraphs, tables, list numbers and footnotes of a Word document, in reading order.

python-docx opens the package, but its ``paragraph.text`` is not enough for a
resolution: it skips tracked insertions (runs inside ``w:ins``), footnote calls and
automatic list numbers, and Word renders operative numbers and sub-paragraph
letters as automatic numbering more often than as typed text. So the body XML is
walked directly:

* every ``w:p`` is a block; table cells and content controls are walked in place,
  text boxes become blocks after the paragraph that anchors them;
* deleted text (``w:del``) and the fallback copy of alternate content are skipped,
  so that nothing is read twice;
* a numbered paragraph gets the number Word would print, computed from its
  ``w:numPr`` (directly or through its style) and the numbering definitions;
* footnote calls become superscript numbers in order of appearance, and footnote
  bodies follow the body as ``¹ text`` blocks, the shape the parser knows from text
  extracted from PDF. Endnotes, headers and footers (page furniture) are not read.
"""

from __future__ import annotations

import zipfile
from collections.abc import Iterator
from pathlib import Path

import docx
from docx.opc.constants import RELATIONSHIP_TYPE
from docx.opc.exceptions import PackageNotFoundError
from lxml import etree

from align.errors import InputError
from align.readers import RawText, language_code, normalise
from align.readers.markers import counter, letters, roman

_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_NS = {"w": _W, "mc": "http://schemas.openxmlformats.org/markup-compatibility/2006"}
_SUPERSCRIPT = str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")
_LEVELS = 9  # Word lists have levels 0-8


def _w(tag: str) -> str:
    return f"{{{_W}}}{tag}"


def _val(element: etree._Element | None, default: str | None = None) -> str | None:
    return element.get(_w("val"), default) if element is not None else default


#: Text boxes anchored in a paragraph at box nesting ``$depth`` (deeper ones are reached
#: through their own anchors); the fallback copy of alternate content is excluded.
_TEXT_BOXES = etree.XPath(
    ".//w:txbxContent[not(ancestor::mc:Fallback)][count(ancestor::w:txbxContent) = $depth]", namespaces=_NS
)
_BOX_DEPTH = etree.XPath("count(ancestor::w:txbxContent)", namespaces=_NS)

#: Containers whose runs are not part of the text as it now reads.
_SKIPPED_ANCESTORS = frozenset({_w("del"), _w("moveFrom"), f"{{{_NS['mc']}}}Fallback"})


def read_docx(file: Path) -> RawText:
    """Read a .docx file into blocks of text separated by blank lines."""
    try:
        document = docx.Document(str(file))
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError, ValueError, etree.XMLSyntaxError) as error:
        raise InputError(
            f"{file}: is not a readable Word document ({error}); open and save it again in Word"
        ) from error
    writer = _Writer(_Numbering(document), _footnotes(document))
    blocks = list(writer.blocks(document.element.body))
    blocks += writer.footnote_blocks()
    return RawText(
        path=str(file),
        text=normalise("\n\n".join(blocks) + "\n"),
        format="docx",
        language=language_code(document.core_properties.language),
    )


def _footnotes(document: docx.document.Document) -> dict[str, etree._Element]:
    """Footnote bodies by id, when the document has a footnotes part."""
    for rel in document.part.rels.values():
        if rel.reltype == RELATIONSHIP_TYPE.FOOTNOTES and not rel.is_external:
            root = etree.fromstring(rel.target_part.blob)
            return {note.get(_w("id")): note for note in root.iterfind("w:footnote", _NS)}
    return {}


class _Writer:
    """Renders body elements as text blocks, numbering lists and footnote calls as it goes."""

    def __init__(self, numbering: _Numbering, footnotes: dict[str, etree._Element]) -> None:
        self._numbering = numbering
        self._footnotes = footnotes
        self._marks: dict[str, str] = {}  # footnote id -> mark as printed, in order of first call
        self._numbered_notes = 0  # footnotes with an automatic number (custom marks take none)

    def blocks(self, container: etree._Element) -> Iterator[str]:
        for child in container:
            if child.tag == _w("p"):
                text = self._paragraph(child)
                if text.strip():
                    yield text
                for box in _TEXT_BOXES(child, depth=_BOX_DEPTH(child)):
                    yield from self.blocks(box)
            elif child.tag == _w("tbl"):
                for cell in child.iterfind("w:tr/w:tc", _NS):
                    yield from self.blocks(cell)
            elif child.tag in (_w("sdt"), _w("customXml")):
                content = child.find("w:sdtContent", _NS)
                yield from self.blocks(content if content is not None else child)

    def footnote_blocks(self) -> list[str]:
        """The bodies of the footnotes called in the text, each opening with its mark."""
        blocks = []
        for note_id, mark in self._marks.items():
            note = self._footnotes.get(note_id)
            if note is None:
                continue
            text = "\n".join(self.blocks(note)).strip()
            blocks.append(f"{mark} {text}")
        return blocks

    def _paragraph(self, paragraph: etree._Element) -> str:
        pieces = []
        custom_mark_for: str | None = None  # a footnote whose mark is the text that follows
        for run in paragraph.iter(_w("r")):
            if not self._belongs_to(run, paragraph):
                continue
            superscript = _val(run.find("w:rPr/w:vertAlign", _NS)) == "superscript"
            for item in run:
                tag = item.tag
                if tag == _w("t"):
                    text = item.text or ""
                    if custom_mark_for is not None and text.strip():
                        self._marks[custom_mark_for] = text.strip()
                        custom_mark_for = None
                    pieces.append(text.translate(_SUPERSCRIPT) if superscript else text)
                elif tag == _w("tab"):
                    pieces.append("\t")
                elif tag in (_w("br"), _w("cr")):
                    pieces.append("\n")
                elif tag == _w("noBreakHyphen"):
                    pieces.append("-")
                elif tag == _w("footnoteReference"):
                    note_id = item.get(_w("id"))
                    if item.get(_w("customMarkFollows")) in ("1", "true", "on"):
                        custom_mark_for = note_id
                    else:
                        pieces.append(self._mark(note_id))
        text = "".join(pieces).strip()
        label = self._numbering.label(paragraph)
        return f"{label} {text}" if label and text else text

    def _mark(self, note_id: str) -> str:
        """The superscript number of a footnote, numbered in order of first call."""
        if note_id not in self._marks:
            self._numbered_notes += 1
            self._marks[note_id] = str(self._numbered_notes).translate(_SUPERSCRIPT)
        return self._marks[note_id]

    @staticmethod
    def _belongs_to(run: etree._Element, paragraph: etree._Element) -> bool:
        """False for runs of nested paragraphs (text boxes), deleted text and fallback copies."""
        for ancestor in run.iterancestors():
            if ancestor is paragraph:
                return True
            if ancestor.tag in _SKIPPED_ANCESTORS or ancestor.tag == _w("p"):
                return False
        return False


class _Numbering:
    """Word's automatic list numbers, counted as Word counts them.

    Counters belong to the abstract list definition, so that two list instances on
    the same definition continue one another unless an instance restarts with a
    ``w:startOverride``; using a level restarts the levels below it.
    """

    def __init__(self, document: docx.document.Document) -> None:
        root = document.part.numbering_part.element
        styles = document.styles.element
        self._styles = {style.get(_w("styleId")): style for style in styles.iterfind("w:style", _NS)}
        abstract_levels = {
            abstract.get(_w("abstractNumId")): {
                counter(level.get(_w("ilvl")), 0): level for level in abstract.iterfind("w:lvl", _NS)
            }
            for abstract in root.iterfind("w:abstractNum", _NS)
        }
        self._instances: dict[str, tuple[str, dict[int, etree._Element], dict[int, int]]] = {}
        for num in root.iterfind("w:num", _NS):
            abstract_id = _val(num.find("w:abstractNumId", _NS)) or ""
            overrides = {
                counter(override.get(_w("ilvl")), 0): counter(_val(override.find("w:startOverride", _NS)), 1)
                for override in num.iterfind("w:lvlOverride", _NS)
                if override.find("w:startOverride", _NS) is not None
            }
            self._instances[num.get(_w("numId"))] = (abstract_id, abstract_levels.get(abstract_id, {}), overrides)
        self._counters: dict[str, list[int | None]] = {}
        self._started: set[str] = set()  # instances whose start overrides have been applied

    def label(self, paragraph: etree._Element) -> str:
        """The number Word prints before ``paragraph`` (``3.``, ``(b)``), or "" when it has none."""
        num_id, level = self._num_pr(paragraph)
        if num_id is None or num_id == "0" or num_id not in self._instances:
            return ""
        abstract_id, levels, overrides = self._instances[num_id]
        if level not in levels:
            return ""
        counters = self._counters.setdefault(abstract_id, [None] * _LEVELS)
        if num_id not in self._started:
            self._started.add(num_id)
            for overridden, start in overrides.items():
                counters[overridden] = start - 1
        current = counters[level]
        counters[level] = _start(levels[level]) if current is None else current + 1
        for deeper in range(level + 1, _LEVELS):
            counters[deeper] = None
        return _level_text(levels, counters, level)

    def _num_pr(self, paragraph: etree._Element) -> tuple[str | None, int]:
        """``(numId, ilvl)`` set on the paragraph, completed from its style chain."""
        num_id: str | None = None
        level: str | None = None
        sources = [paragraph.find("w:pPr", _NS)]
        style_id = _val(paragraph.find("w:pPr/w:pStyle", _NS))
        seen: set[str] = set()
        while style_id and style_id in self._styles and style_id not in seen:
            seen.add(style_id)
            style = self._styles[style_id]
            sources.append(style.find("w:pPr", _NS))
            style_id = _val(style.find("w:basedOn", _NS))
        for properties in sources:
            if properties is None:
                continue
            num_id = num_id or _val(properties.find("w:numPr/w:numId", _NS))
            level = level or _val(properties.find("w:numPr/w:ilvl", _NS))
        return num_id, counter(level, 0)


def _start(level: etree._Element) -> int:
    return counter(_val(level.find("w:start", _NS)), 1)


def _level_text(levels: dict[int, etree._Element], counters: list[int | None], level: int) -> str:
    """Fill a level's ``w:lvlText`` (``%1.``, ``(%2)``) with the counters, each in its level's format."""
    if _val(levels[level].find("w:numFmt", _NS), "decimal") in ("bullet", "none"):
        return ""
    text = _val(levels[level].find("w:lvlText", _NS), "") or ""
    for i in range(_LEVELS):
        placeholder = f"%{i + 1}"
        if placeholder not in text:
            continue
        definition = levels.get(i)
        counter = counters[i]
        value = counter if counter is not None else (_start(definition) if definition is not None else 1)
        fmt = _val(definition.find("w:numFmt", _NS), "decimal") if definition is not None else "decimal"
        text = text.replace(placeholder, _format(value, fmt or "decimal"))
    return text.strip()


def _format(value: int, fmt: str) -> str:
    """One counter in a Word number format; formats a resolution never uses fall back to digits."""
    if fmt == "lowerLetter":
        return letters(value)
    if fmt == "upperLetter":
        return letters(value).upper()
    if fmt == "lowerRoman":
        return roman(value)
    if fmt == "upperRoman":
        return roman(value).upper()
    if fmt == "decimalZero":
        return f"{value:02d}"
    return str(value)
