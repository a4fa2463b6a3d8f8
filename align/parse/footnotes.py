"""Footnote bodies and the calls to them.

Footnote bodies are taken out of the running text (a paragraph cut by a footnote
block joins up again). Calls are found in each of the forms the corpus prints:
superscripts (`Rights,¹`), markdown (`[^4]`), digits glued to a word
(`générale1,`), bare digits left by machine translation (`verdedigers, 8 en`) and
OCR misreadings (`session?,`, `homme* ;`). Bare digits and OCR marks are only
taken as calls in footnote order, so that dates and numbers stay text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from align.parse.lines import MARK_CLOSE, MARK_OPEN, MARKER_RE, Line

SUPERSCRIPTS = "⁰¹²³⁴⁵⁶⁷⁸⁹"
_SUPER_TO_DIGIT = str.maketrans(SUPERSCRIPTS, "0123456789")

_BODY_SUPER = re.compile(rf"^([{SUPERSCRIPTS}]+)\s*(\S.*)$")
_BODY_MARKDOWN = re.compile(r"^\[\^(\w+)\]:\s*(.*)$")
_BODY_DIGIT = re.compile(r"^(\d{1,3})\s+(\S.*)$")
_BODY_STAR = re.compile(r"^(\*{1,3})\s*(\S.*)$")

MONTHS = {
    # en, fr, nl: a number followed by a month is a date, never a footnote.
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december", "janvier", "février", "mars", "avril", "mai", "juin",
    "juillet", "août", "septembre", "octobre", "novembre", "décembre", "januari", "februari",
    "maart", "mei", "juni", "juli", "augustus", "oktober",
}
_COUNTED_NOUNS = {
    # a number after these words is a reference, not a footnote call
    "resolution", "resolutions", "résolution", "résolutions", "resolutie", "resoluties",
    "paragraph", "paragraphs", "paragraphe", "paragraphes", "paragraaf", "par.", "para.",
    "article", "articles", "artikel", "artikelen", "item", "point", "punt", "agendapunt",
    "no.", "nr.", "n°", "chap.", "hfst.", "annex", "decision", "décision", "besluit",
    "session", "sessie", "zitting", "rule", "règle", "regel", "principle", "principe",
}


_CONJUNCTIONS = {"and", "to", "et", "au", "à", "en", "tot", "-", "–"}

#: A footnote line ending in one of these abbreviations has not ended its sentence (`Supplement No.`).
_ABBREVIATION_AT_END = re.compile(
    r"(?:^|[\s(./])(?:no|nos|n°|nr|p|pp|para|paras|chap|sect|vol|art|arts|add|rev|corr|suppl|hfst|blz|afd|"
    r"e\.g|i\.e|cf|op|cit|ibid|etc|mr|mrs|ms|dr|st|o\.a|i\.a|et al|p\. ex|vgl|bzw|z\.b|u\.a|enz|bijv|resp|zie)\.$",
    re.IGNORECASE,
)


#: ... and those of them that a number follows: a line after one that opens with a digit goes on.
_NUMBERED_BY = re.compile(
    r"(?:^|[\s(./])(?:no|nos|n°|nr|p|pp|para|paras|chap|sect|vol|art|arts|suppl|hfst|blz|afd)\.$", re.IGNORECASE
)

#: A number in digits or Roman numerals (`chap.` / `I, resolution 1, annex.`).
_A_NUMBER = re.compile(r"\d|[IVXLC]+\b")


@dataclass
class FootnoteBody:
    mark: str
    lines: list[int]  # indexes into the document's line list

    def text(self, lines: list[Line]) -> str:
        first = lines[self.lines[0]].text
        for pattern in (_BODY_SUPER, _BODY_MARKDOWN, _BODY_STAR, _BODY_DIGIT):
            m = pattern.match(first)
            if m:
                first = m.group(2)
                break
        return " ".join([first] + [lines[i].text for i in self.lines[1:]]).strip()


def _body_start(line: Line, expected: int, markdown: bool) -> str | None:
    """The mark of a footnote body starting on this line, or None."""
    text = line.text
    if m := _BODY_MARKDOWN.match(line.raw.strip()):
        return m.group(1)
    if m := _BODY_SUPER.match(text):
        return m.group(1).translate(_SUPER_TO_DIGIT)
    if not markdown and (m := _BODY_STAR.match(text)):
        return m.group(1)
    if m := _BODY_DIGIT.match(text):
        number = int(m.group(1))
        first_word = m.group(2).split()[0].lower().strip(".,")
        if number == expected and first_word not in MONTHS and not first_word.startswith(("er", "st")):
            return m.group(1)
    return None


def find_bodies(lines: list[Line], skip: set[int], markdown: bool) -> list[FootnoteBody]:
    """Footnote bodies in order; `skip` holds furniture lines, which neither start nor continue one."""
    bodies: list[FootnoteBody] = []
    expected = 1
    current: FootnoteBody | None = None
    after_blank = True  # whether the line before this one was blank
    tight = False  # whether the notes being read came straight after body text, with no blank line
    for i, line in enumerate(lines):
        if i in skip:
            continue
        was_after_blank, after_blank = after_blank, line.blank
        if line.blank:
            current = None
            continue
        mark = _body_start(line, expected, markdown)
        if mark is not None:
            tight = tight if current is not None else not was_after_blank
            current = FootnoteBody(mark, [i])
            bodies.append(current)
            if mark.isdigit():
                expected = int(mark) + 1
            continue
        if current is not None:
            previous = lines[current.lines[-1]].text
            if tight and previous.endswith(".") and not _ABBREVIATION_AT_END.search(previous):
                # No blank line ends these notes (a text copied from a PDF viewer): a note whose
                # sentence has ended ends, and a line in lower case after it is the body going on
                # across the page.
                continues = line.text[:1] in "(["
            else:
                continues = (
                    not previous.endswith(".")
                    # `Supplement No.` then `53 (A/68/53) ...`; not `Ibid.` then the body going on
                    or (bool(_NUMBERED_BY.search(previous)) and bool(_A_NUMBER.match(line.text)))
                    or line.text[:1].islower()
                    or line.text[:1] in "(["
                )
            if continues and line.indent == 0 and not re.match(r"^\d{1,3}[.,]\s", line.text):
                current.lines.append(i)
                continue
            current = None
    return bodies


def _wrap(mark: str, style: str) -> str:
    """Carry a call inline until paragraphs are assembled; `style` is its first character."""
    return f"{MARK_OPEN}{style[0]}{mark}{MARK_CLOSE}"


_SUPER_CALL = re.compile(rf"[{SUPERSCRIPTS}]+")
_GLUED_CALL = re.compile(r"(?<=[a-zà-ÿ\)»”])([,;.]?)(\d{1,2})(?=[\s,;.:)]|$)")
_BARE_CALL = re.compile(r"(?<=\S) (\d{1,2})(?=[\s,;.:]|$)")
_OCR_CALL = re.compile(r"(?<=[\wà-ÿ»”)])([?*®°])(?=\s*[,;.]|\s|$)")


def mark_calls(lines: list[Line], body_lines: list[int], marks: list[str], *, markdown: bool) -> None:
    """Rewrite footnote calls in the given lines as MARK_OPEN n MARK_CLOSE; return warnings.

    `marks` are the numbered footnote marks the document has bodies for, in order.
    Superscripts and markdown calls are explicit; glued digits are taken when the
    mark exists (or when the document has no bodies at all, as in a PDF whose
    footnotes were cut off); bare digits and OCR marks only as the next call due.
    """
    known = set(marks)
    due = iter(sorted({int(m) for m in marks if m.isdigit()}))
    next_due = next(due, None)
    def advance(mark: str) -> None:
        nonlocal next_due
        while next_due is not None and next_due <= int(mark):
            next_due = next(due, None)

    for k, i in enumerate(body_lines):
        line = lines[i]
        following_line = lines[body_lines[k + 1]].plain if k + 1 < len(body_lines) else ""
        text = _SUPER_CALL.sub(lambda m: _wrap(m.group(0).translate(_SUPER_TO_DIGIT), "superscript"), line.text)

        def glued(m: re.Match[str]) -> str:
            mark = m.group(2)
            if (mark in known) or (not known and int(mark) < 100):
                advance(mark)
                return m.group(1) + _wrap(mark, "glued")
            return m.group(0)

        text = _GLUED_CALL.sub(glued, text)
        if next_due is not None:
            text = _mark_bare(text, following_line, lambda: next_due, advance)
        if not markdown and next_due is not None:

            def ocr(m: re.Match[str]) -> str:
                if next_due is None:
                    return m.group(0)
                mark = str(next_due)
                advance(mark)
                return _wrap(mark, "ocr")

            text = _OCR_CALL.sub(ocr, text)
        for m in re.finditer(f"{MARK_OPEN}\\w(\\d+){MARK_CLOSE}", text):
            advance(m.group(1))
        line.text = text


def _mark_bare(text: str, following_line: str, due, advance) -> str:
    """Bare-digit calls (`verdedigers, 8 en ook`): only the call due next, never a date or a reference."""
    out = []
    last = 0
    for m in _BARE_CALL.finditer(text):
        expected = due()
        if expected is None:
            break
        if int(m.group(1)) != expected:
            continue
        before = text[: m.start()].split()
        after = text[m.end():].split() + following_line.split()[:2]
        previous = before[-1].lower() if before else ""
        following = after[0].lower().strip(",;.") if after else ""
        if previous in _COUNTED_NOUNS or previous.strip(",;.") in _COUNTED_NOUNS or following in MONTHS:
            continue
        if previous[-1:].isdigit() and not re.fullmatch(r"\d{4},?", previous):
            continue  # part of a number (`2 000`), but a year before a call is fine
        if following in _CONJUNCTIONS and len(after) > 1 and after[1].strip(",;.").isdigit():
            continue  # a range of days: `les 3 et 4 décembre`
        out.append(text[last:m.start()])
        out.append(_wrap(m.group(1), "digit"))
        last = m.end()
        advance(m.group(1))
    out.append(text[last:])
    return "".join(out)


STYLES = {"s": "superscript", "m": "markdown", "g": "glued", "d": "digit", "o": "ocr"}


def lift_calls(text: str) -> tuple[str, list[tuple[str, int, str]]]:
    """Take the inline calls out of assembled text: the clean text and (mark, offset, style) of each."""
    calls: list[tuple[str, int, str]] = []
    out: list[str] = []
    last = 0
    length = 0
    for m in MARKER_RE.finditer(text):
        piece = text[last:m.start()]
        out.append(piece)
        length += len(piece)
        code = m.group(1)
        calls.append((code[1:], length, STYLES.get(code[:1], "superscript")))
        last = m.end()
    out.append(text[last:])
    return "".join(out), calls
