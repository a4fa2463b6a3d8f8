"""Lines of the input, with markdown markup taken off and remembered.

The parser works on :class:`Line` objects rather than on raw strings so that every
paragraph can point back to the line range it came from, and so that markup that
carries meaning (italic opening verbs, markdown footnote calls, headings) is kept
as a fact about the line instead of being lost with the characters.
"""

from __future__ import annotations

import html
import re
from bisect import bisect_right
from dataclasses import dataclass, field

#: Footnote calls are carried inside line text between these two private-use
#: characters until the paragraph is assembled, then lifted out into
#: FootnoteMarker records (see :mod:`align.parse.footnotes`).
MARK_OPEN = "\ue000"
MARK_CLOSE = "\ue001"
MARKER_RE = re.compile(f"{MARK_OPEN}([^{MARK_CLOSE}]*){MARK_CLOSE}")


@dataclass
class Line:
    """One line of input after markup removal."""

    number: int  # 1-based line number in the file
    raw: str  # as read
    text: str  # markup removed, whitespace collapsed; footnote calls as MARK_OPEN n MARK_CLOSE
    indent: int = 0  # leading spaces of the raw line (PDF text marks page starts with them)
    page: int | None = None
    heading: int = 0  # markdown heading level (#, ##, ...), 0 for body text
    emphasis: list[str] = field(default_factory=list)  # italic/bold spans, without their marks
    links: list[str] = field(default_factory=list)  # targets of the markdown links opening here, but `#`: furniture
    linked: list[str] = field(default_factory=list)  # the texts of those links, `#` ones too: what the markup check compares

    @property
    def blank(self) -> bool:
        return not self.text

    @property
    def plain(self) -> str:
        """The text without footnote calls: what the decisions about wrapping look at."""
        return MARKER_RE.sub("", self.text).strip()


_LINK = re.compile(r"\[([^\]\[]*)\]\((?:[^()]|\([^()]*\))*\)")
_MD_FOOTNOTE_CALL = re.compile(r"\s?\[\^(\w+)\](?!:)")
_HEADING = re.compile(r"^\s{0,3}(#{1,6})\s*")
_STRONG = re.compile(r"\*\*(.+?)\*\*|__(.+?)__")
_EM_STAR = re.compile(r"(?<![\w*])\*(?![\s*])(.+?)(?<![\s*])\*(?![\w*])")
_EM_UNDERSCORE = re.compile(r"(?<![\w])_(?![\s_])(.+?)(?<![\s_])_(?![\w])")
_SUPERSCRIPT_CARET = re.compile(r"(\d)\^(\w{1,3})")
_SPACES = re.compile(r"[ \t\u00a0\u2007\u202f]+")
_HTML_TAG = re.compile(r"^\s*<[^>]+>\s*$")


#: A markdown link, its text run over at most one line break (a hard-wrapped paragraph) that opens
#: no heading or list item; not an image, not an escaped bracket.
_ANY_LINK = re.compile(
    r"(?<![!\\])\[([^\]\[\n]*(?:\n(?![ \t]*(?:#|\d+[.)][ \t]|[-*+][ \t]))[^\]\[\n]*)?)\]\(((?:[^()\n]|\([^()\n]*\))*)\)"
)


def _read_links(text: str) -> tuple[str, dict[int, list[tuple[str, str]]]]:
    """The text with links wrapped over a line break replaced by their text, the break kept so
    that lines stay lines (links on one line are for :func:`clean_markdown`), and the text and
    target of each link (`[A/76/246](https://...)`), entities read, by the 0-based line it opens on."""
    starts = [0] + [m.end() for m in re.finditer("\n", text)]
    found: dict[int, list[tuple[str, str]]] = {}

    def read(m: re.Match[str]) -> str:
        found.setdefault(bisect_right(starts, m.start()) - 1, []).append((html.unescape(m.group(1)), html.unescape(m.group(2))))
        return m.group(1) if "\n" in m.group(1) else m.group()

    return _ANY_LINK.sub(read, text), found


def clean_markdown(text: str) -> tuple[str, list[str]]:
    """Strip markdown links, emphasis and escapes from one line; return the text and its emphasised spans.

    Emphasis that opens on one line and closes on a later one (a whole italic
    paragraph hard-wrapped in a PDF conversion) leaves single marks behind; they
    are dropped too, since a lone `*` or `_` at a word edge is markup, not text.
    """
    text = _LINK.sub(r"\1", text)
    text = _MD_FOOTNOTE_CALL.sub(lambda m: f"{MARK_OPEN}m{m.group(1)}{MARK_CLOSE}", text)
    text = _SUPERSCRIPT_CARET.sub(r"\1\2", text)
    spans: list[str] = []

    def keep(match: re.Match[str]) -> str:
        inner = next(g for g in match.groups() if g is not None)
        spans.append(inner.strip())
        return inner

    text = _STRONG.sub(keep, text)
    text = _EM_STAR.sub(keep, text)
    text = _EM_UNDERSCORE.sub(keep, text)
    # Unpaired marks left by emphasis wrapped over several lines.
    text = re.sub(r"(?<!\w)\*{1,2}(?=\w)|(?<=[\w.,;:)»”])\*{1,2}(?!\w)", "", text)
    text = re.sub(r"(?<!\w)_(?=\w)|(?<=[\w.,;:)»”])_(?!\w)", "", text)
    text = text.replace("\\*", "*").replace("\\_", "_").replace("\\[", "[").replace("\\]", "]")
    return text, spans


def split_front_matter(lines: list[str]) -> tuple[list[str], int]:
    """Return the YAML front matter lines (with their fences) and how many lines they take."""
    if not lines or lines[0].strip() != "---":
        return [], 0
    for i in range(1, min(len(lines), 80)):
        if lines[i].strip() == "---":
            return lines[: i + 1], i + 1
    return [], 0


def to_lines(text: str, *, markdown: bool, line_pages: list[int] | None = None) -> list[Line]:
    """Split text into :class:`Line` objects, cleaning markdown when the input is markdown."""
    out: list[Line] = []
    unwrapped, links_at = _read_links(text) if markdown else (text, {})
    bodies = unwrapped.split("\n")
    for i, raw in enumerate(text.split("\n")):
        page = line_pages[i] if line_pages and i < len(line_pages) else None
        indent = len(raw) - len(raw.lstrip(" "))
        body = bodies[i]
        body = html.unescape(body) if ("&" in body and ";" in body) else body
        heading = 0
        spans: list[str] = []
        links = [target for _, target in links_at.get(i, []) if target.strip() not in {"", "#"}]
        linked = [_SPACES.sub(" ", linked.replace("\n", " ")).strip() for linked, _ in links_at.get(i, [])]
        if markdown:
            m = _HEADING.match(body)
            if m:
                heading = len(m.group(1))
                body = body[m.end():]
            body, spans = clean_markdown(body)
            if _HTML_TAG.match(body):
                # `<meta ...>` left by a web page save: markup, kept as furniture.
                heading = -1
        cleaned = _SPACES.sub(" ", body).strip()
        out.append(Line(i + 1, raw, cleaned, indent, page, heading, spans, links, linked))
    return out
