"""HTML: the "UDHR in Unicode" files and resolution pages saved from UN web sites.

The parser reads paragraphs as blocks of lines separated by a blank line, so every
block element (headings, ``<p>``, ``<li>``, ``<div>`` text, table cells) becomes
its own block, and inline markup melts into the running text. What a browser would
print in front of a list item (``1.``, ``(a)``) is written out, because operative
numbers and sub-paragraph letters are what the parser and the aligner key on.
Footnote calls (``<sup>1</sup>``) become superscript digits, the form the parser
already knows from text extracted from PDF. Scripts, styles, navigation and hidden
elements are dropped: they are the site, not the resolution.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import lxml.html
from lxml import etree

from align.errors import InputError
from align.readers import RawText, language_code, normalise
from align.readers.markers import counter, letters, roman
from align.readers.textfile import decode

#: Elements whose content is never resolution text.
_DROPPED = frozenset(
    {"head", "script", "style", "noscript", "template", "nav", "svg", "form", "button", "select", "iframe", "object"}
)

#: Elements that start and end a block of text.
_BLOCKS = frozenset(
    {
        "address", "article", "aside", "blockquote", "body", "caption", "center", "dd", "details", "div", "dl",
        "dt", "fieldset", "figcaption", "figure", "footer", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr",
        "legend", "li", "main", "ol", "p", "pre", "section", "summary", "table", "td", "th", "tr", "ul",
    }
)  # fmt: skip

#: The list marker styles of ``<ol type>`` and CSS ``list-style-type``, by ``type`` letter.
_CSS_LIST_TYPES = {
    "decimal": "1",
    "lower-alpha": "a",
    "lower-latin": "a",
    "upper-alpha": "A",
    "upper-latin": "A",
    "lower-roman": "i",
    "upper-roman": "I",
    "none": "",
}

#: A ``<br>`` inside a block: a character no HTML whitespace rule touches, turned
#: into a line end once the block's whitespace is collapsed.
_LINE_BREAK = "\u2028"
_HTML_SPACE = re.compile(r"[ \t\n\r\f]+")
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([A-Za-z0-9_:.-]+)""", re.IGNORECASE)
_XML_DECLARATION = re.compile(r"\A\s*<\?xml[^>]*\?>")
_FOOTNOTE_CALL = re.compile(r"\s*(\d+|\*)\s*")
_SUPERSCRIPT = str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")
_LIST_STYLE = re.compile(r"list-style(?:-type)?\s*:\s*([a-z-]+)")
_DISPLAY_NONE = re.compile(r"display\s*:\s*none")


def read_html(file: Path) -> RawText:
    """Read an HTML page into blocks of text separated by blank lines."""
    source = _decode_html(file, file.read_bytes())
    source = _XML_DECLARATION.sub("", source)  # lxml refuses a str that declares an encoding
    try:
        root = lxml.html.document_fromstring(source)
    except (etree.ParserError, ValueError) as error:
        raise InputError(f"{file}: is not a readable HTML page ({error}); save the page again") from error
    blocks = _Blocks()
    blocks.visit(root)
    text = normalise("\n\n".join(blocks.blocks) + "\n")
    return RawText(path=str(file), text=text, format="html", language=_declared_language(root))


def _decode_html(file: Path, data: bytes) -> str:
    """Decode as text files are, except that a page's own ``<meta charset>`` beats guessing."""
    declared = _META_CHARSET.search(data[:4096])
    if declared and not data.startswith((b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode(declared.group(1).decode("ascii"))
        except (LookupError, UnicodeDecodeError):
            pass  # a wrong or unknown declaration: fall back on detection
    return decode(file, data)


def _declared_language(root: etree._Element) -> str | None:
    for element in (root, root.find("body")):
        if element is None:
            continue
        for attribute in ("lang", "xml:lang"):
            if code := language_code(element.get(attribute)):
                return code
    for meta in root.iterfind(".//meta[@http-equiv]"):
        if meta.get("http-equiv", "").lower() == "content-language":
            return language_code(meta.get("content"))
    return None


class _Blocks:
    """Walks the tree in document order, cutting the text into blocks at block elements."""

    def __init__(self) -> None:
        self.blocks: list[str] = []
        self._pieces: list[str] = []
        self._label: str | None = None  # list marker waiting for the list item's first block

    def visit(self, element: etree._Element, label: str | None = None) -> None:
        if not isinstance(element.tag, str) or _hidden(element):
            return  # comments and processing instructions (their tail is the parent's business)
        tag = element.tag.lower()
        if tag == "br":
            self._pieces.append(_LINE_BREAK)
            return
        if tag == "sup" and (call := _FOOTNOTE_CALL.fullmatch(element.text_content())):
            self._pieces.append(call.group(1).translate(_SUPERSCRIPT))
            return
        is_block = tag in _BLOCKS
        if is_block:
            self._flush()
        if label:
            self._label = label
        if element.text:
            self._pieces.append(element.text)
        labels = _item_labels(element) if tag == "ol" else {}
        for child in element:
            self.visit(child, labels.get(child))
            if child.tail:
                self._pieces.append(child.tail)
        if is_block:
            self._flush()
        if label:
            self._label = None  # an empty item: its marker must not land on the next block

    def _flush(self) -> None:
        text = _HTML_SPACE.sub(" ", "".join(self._pieces))
        text = re.sub(f" ?{_LINE_BREAK} ?", "\n", text).strip()
        self._pieces.clear()
        if not text:
            return
        if self._label:
            if not text.startswith((self._label, self._label.strip("().") + ")")):  # printed in the text too
                text = f"{self._label} {text}"
            self._label = None
        self.blocks.append(text)


def _hidden(element: etree._Element) -> bool:
    if element.tag in _DROPPED or element.get("hidden") is not None:
        return True
    if element.get("aria-hidden") == "true" or element.get("role") == "navigation":
        return True
    return bool(_DISPLAY_NONE.search(element.get("style", "")))


def _item_labels(ol: etree._Element) -> dict[etree._Element, str]:
    """The marker a browser prints before each ``<li>`` of an ``<ol>``: ``1.``, ``(a)``, ``(iv)``."""
    list_type = _list_type(ol) or "1"
    number = counter(ol.get("start"), 1)
    labels: dict[etree._Element, str] = {}
    for item in _list_items(ol):
        number = counter(item.get("value"), number)
        if marker := _marker(number, _list_type(item) or list_type):
            labels[item] = marker
        number += 1
    return labels


def _list_items(ol: etree._Element) -> Iterator[etree._Element]:
    return (child for child in ol if isinstance(child.tag, str) and child.tag.lower() == "li")


def _list_type(element: etree._Element) -> str | None:
    style = _LIST_STYLE.search(element.get("style", ""))
    if style and style.group(1) in _CSS_LIST_TYPES:
        return _CSS_LIST_TYPES[style.group(1)]
    list_type = element.get("type")
    return list_type if list_type in ("1", "a", "A", "i", "I") else None


def _marker(number: int, list_type: str) -> str:
    """UN style: operative paragraphs ``1.``, sub-paragraphs ``(a)``, sub-sub-paragraphs ``(i)``."""
    if list_type == "1" or (number < 1 and list_type):
        return f"{number}."
    if list_type in ("a", "A"):
        return f"({letters(number).upper() if list_type == 'A' else letters(number)})"
    if list_type in ("i", "I"):
        return f"({roman(number).upper() if list_type == 'I' else roman(number)})"
    return ""
