"""Page furniture: the lines a printed UN document repeats on every page.

Symbol lines (`A / RES / 72/247`), job numbers (`17-23331`, `GE.23-12345(F)`),
bar codes (`* 1723331 *`), page numbers (`2/6`) and running titles are taken out
of the text before paragraphs are assembled, so that a paragraph cut by a page
break joins up again and no paragraph carries them.
"""

from __future__ import annotations

import re

from align.parse.lines import Line

_SYMBOL = re.compile(
    r"^(?:A|E|S|ST|TD|UNEP|A\s*/\s*HRC|E\s*/\s*CN\.\s*\d+)\s*/\s*(?:RES\s*/\s*)?[\w.]+(?:\s*/\s*[\w.]+)*$"
)
_JOB = re.compile(r"^(?:GE\.)?\d{2}-\d{4,6}(?:\s*\([A-Z]\))?(?:\s+\d{6})?(?:\s*\*\d+\*)?$")
_BARCODE = re.compile(r"^\*\s*\d{6,}\s*\*$")
_PAGE = re.compile(r"^(?:\d{1,3}\s*/\s*\d{1,3}|-\s*\d{1,3}\s*-|Page \d+(?: of \d+)?)$")
_BANNER = re.compile(r"^(?:United Nations|Nations Unies|Verenigde Naties|Naciones Unidas|Vereinte Nationen)$", re.I)
_DISTRIBUTION = re.compile(r"^Distr\.?\s*:?\s*\w+", re.I)
#: Words no sentence ends on (en/fr/nl): a line after one goes on with the sentence.
_LEADS_ON = frozenset(
    "the of and or between by for in on to with at from all its their his her our these those this "
    "that any every each such other both including within "
    "de des du la le les et ou entre par pour en au aux à tous toutes leur leurs ses son sa ce cette ces "
    "van der het tussen door voor met op aan bij alle zijn haar hun deze dit elke waaronder".split()
)
#: A page number as PDF text prints it at the foot of a page: digits alone.
_LONE_NUMBER = re.compile(r"^\d{1,3}$")
#: A footnote as a page prints it: its number, then its text (`3 Voir la résolution 74/2`).
_NOTE = re.compile(r"^(?:\d{1,3}|[¹²³⁴⁵⁶⁷⁸⁹⁰]+|\*+)\s+[^\W\d_]")
_ORIGINAL = re.compile(r"^(?:Original|Orig(?:ine|ineel))\s*:", re.I)


def furniture_kind(line: Line) -> str | None:
    """Classify one line as page furniture, or return None for running text.

    Only shapes that running text never takes are recognised here: a line that is
    nothing but a symbol, a job number, a page number. Running titles need the
    whole document and are found by :func:`running_titles`.
    """
    if line.heading < 0:
        return "markup"
    text = line.plain.strip()
    if not text:
        return None
    if _BARCODE.match(text):
        return "barcode"
    if _JOB.match(text):
        return "job-number"
    if _PAGE.match(text):
        return "page-number"
    if _SYMBOL.match(text) and "/" in text and len(text) <= 40:
        return "symbol"
    if _BANNER.match(text):
        return "banner"
    if _DISTRIBUTION.match(text) and len(text) <= 40:
        return "distribution"
    if _ORIGINAL.match(text) and len(text) <= 40:
        return "original-language"
    return None


def page_furniture(lines: list[Line]) -> dict[int, str]:
    """The furniture lines of a document by index, with their kind (:func:`furniture_kind`);
    running titles are added by :func:`running_titles`.

    A banner line inside a sentence is the text going on (`the Charter of the` / `United
    Nations` / `and its Declaration,`), not the banner: taken out, those words were lost.
    A number alone on a line, the page number of text taken from a PDF, is furniture
    beside other furniture (the job number under it), or between blank lines where no
    paragraph number or footnote call stands alone: inside a sentence (`les promouvoir
    et les` / `2` / `réaliser`, the page's footnotes between them or not), before a
    paragraph that prints its own number (`tâche ;` / `4` / `7. Condamne`), or between
    preambular paragraphs (`décembre 2021,` / `2` / `Réaffirmant`).
    """
    furniture = {i: kind for i, line in enumerate(lines) if (kind := furniture_kind(line))}
    for i in [i for i, kind in furniture.items() if kind == "banner"]:
        before, after = _text_around(lines, i)
        if (before.split() or [""])[-1] in _LEADS_ON or after[:1].islower():
            del furniture[i]
    for i, line in enumerate(lines):
        if _LONE_NUMBER.match(line.text) and (_beside_furniture(lines, furniture, i) or _between_pages(lines, i)):
            furniture[i] = "page-number"
    return furniture


def _text_around(lines: list[Line], i: int, *, past_notes: bool = False) -> tuple[str, str]:
    """The nearest lines of text before and after line ``i``; with ``past_notes``, past the
    footnotes printed at the foot of the page, on either side of its number."""

    def text(j: int) -> bool:
        return not lines[j].blank and not (past_notes and _NOTE.match(lines[j].plain))

    before = next((lines[j].plain for j in range(i - 1, -1, -1) if text(j)), "")
    after = next((lines[j].plain for j in range(i + 1, len(lines)) if text(j)), "")
    return before, after


def _beside_furniture(lines: list[Line], furniture: dict[int, str], i: int) -> bool:
    """Line ``i`` is next to a symbol, job number or bar code, blank lines apart."""
    for step in (-1, 1):
        j = i + step
        while 0 <= j < len(lines) and lines[j].blank:
            j += step
        if furniture.get(j) in {"symbol", "job-number", "barcode"}:
            return True
    return False


def _between_pages(lines: list[Line], i: int) -> bool:
    """Line ``i`` stands between blank lines where a sentence goes on across it (after a word or
    a comma), where the next paragraph opens with a number of its own, or where a paragraph
    ending on a comma (the preamble's) is followed by another: no paragraph there has a number
    to lose, but for the first operative one (`1`, whose stop OCR may drop)."""
    from align.parse.paragraphs import NUMBERED  # here: it imports the header module, which imports this one

    alone = all(0 <= j < len(lines) and lines[j].blank for j in (i - 1, i + 1))
    before, after = _text_around(lines, i, past_notes=True)
    # the line just before too: a line of text may look like a note (`18 décembre 2019 et ...,`)
    ends = {text.rstrip()[-1:] for text in (before, _text_around(lines, i)[0])}
    goes_on = any(end.isalpha() or end == "," for end in ends) and after[:1].islower()
    next_preambular = "," in ends and after[:1].isupper() and lines[i].text.strip() != "1"
    return alone and bool(before) and (goes_on or next_preambular or bool(NUMBERED.match(after)))


def normalise_symbol(text: str) -> str:
    """`A / RES / 72/247` -> `A/RES/72/247`: the symbol as it should be written."""
    return re.sub(r"\s*/\s*", "/", text.strip())


def _key(text: str) -> str:
    return re.sub(r"\W+", " ", text).strip().lower()


def running_titles(lines: list[Line], furniture: dict[int, str]) -> set[int]:
    """Indexes of lines that form running titles.

    A running title is a block (lines without a blank between them) that stands
    next to other furniture, in a zone of furniture and blank lines, and whose text
    recurs in such a zone at least twice in the document. A title wrapped over three
    lines in one place and printed on one line in another is the same title, so
    blocks are compared on their joined text.
    """
    blocks: list[list[int]] = []
    current: list[int] = []
    for i, line in enumerate(lines):
        if line.blank or i in furniture:
            if current:
                blocks.append(current)
                current = []
        else:
            current.append(i)
    if current:
        blocks.append(current)

    def beside_furniture(first: int, last: int, steps: tuple[int, ...] = (-1, 1)) -> bool:
        for step in steps:
            j = first - 1 if step < 0 else last + 1
            while 0 <= j < len(lines) and lines[j].blank:
                j += step
            if 0 <= j < len(lines) and furniture.get(j) in {"symbol", "job-number", "page-number", "barcode"}:
                return True
        return False

    candidates = [b for b in blocks if beside_furniture(b[0], b[-1]) and len(b) <= 4]
    counts: dict[str, int] = {}
    for block in candidates:
        key = _key(" ".join(lines[i].plain for i in block))
        counts[key] = counts.get(key, 0) + 1
    titles = {key for key, count in counts.items() if count >= 2 and len(key) >= 10}
    found = {i for block in candidates if _key(" ".join(lines[i].plain for i in block)) in titles for i in block}
    # Without blank lines a title also prints against the text of the page (`7 Resolutie 70/1.`
    # then the title, then the symbol): the first or last line of a longer block, on the side
    # of the furniture.
    for block in blocks:
        if beside_furniture(block[0], block[0], (-1,)) and _key(lines[block[0]].plain) in titles:
            found.add(block[0])
        if beside_furniture(block[-1], block[-1], (1,)) and _key(lines[block[-1]].plain) in titles:
            found.add(block[-1])
    return found
