"""PDF: the text layer, page by page and line by line, with each line's page.

Lines are kept as printed (wraps, hyphens, running heads, page numbers): the parser
repairs and classifies them, and ``line_pages`` lets it point back to the page.
Pages follow one another without a blank line, because a page break does not end
a paragraph; the page of each line is what tells where the break was.

Two things are done here because only the PDF knows them: footnote calls set as
small raised digits become superscript characters (``Rights,¹``), which is how
the parser recognises them, rather than digits glued to the word; and typographic
ligatures (``ﬁ``) are spelt out, since no reader of the text wants them.

A PDF without a text layer is a scan: it needs OCR before anything can be read.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pdfplumber
from pdfminer.pdfdocument import PDFPasswordIncorrect
from pdfminer.psexceptions import PSException
from pdfplumber.utils import extract_text
from pdfplumber.utils.exceptions import PdfminerException

from align.errors import InputError
from align.readers import RawText, normalise

Char = dict[str, Any]  # a pdfplumber character: text, size, x0, x1, top, bottom, ...

_SUPERSCRIPT = str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")
_LIGATURES = str.maketrans({"ﬀ": "ff", "ﬁ": "fi", "ﬂ": "fl", "ﬃ": "ffi", "ﬄ": "ffl", "ﬅ": "st", "ﬆ": "st"})

#: A footnote call is set at most this fraction of the size of the text it follows.
_CALL_SIZE_RATIO = 0.85
#: ... and its baseline is raised by at least this fraction of its own size.
_CALL_RISE_RATIO = 0.2


def read_pdf(file: Path) -> RawText:
    """Read the text layer of a PDF; raise InputError for scans and locked files."""
    lines: list[str] = []
    line_pages: list[int] = []
    images = 0
    try:
        with pdfplumber.open(file) as pdf:
            for number, page in enumerate(pdf.pages, start=1):
                page_text = normalise(extract_text(_mark_footnote_calls(page.chars)).translate(_LIGATURES))
                images += len(page.images)
                page_lines = page_text.split("\n") if page_text else []
                lines += page_lines
                line_pages += [number] * len(page_lines)
    except PdfminerException as error:
        raise _open_error(file, error.args[0] if error.args else error) from error
    except PSException as error:  # raised while pages are parsed, after opening
        raise _open_error(file, error) from error
    text = "\n".join(lines)
    if not text.strip():
        if images:
            raise InputError(
                f"{file}: the PDF has no text layer, only images (a scan); run OCR on it first "
                f"(e.g. `ocrmypdf -l eng+fra {file} ocr.pdf`) and give the result"
            )
        raise InputError(f"{file}: the PDF holds no text; give the file that holds the resolution text")
    return RawText(path=str(file), text=text, format="pdf", language=None, line_pages=line_pages)


def _open_error(file: Path, cause: object) -> InputError:
    if isinstance(cause, PDFPasswordIncorrect):
        return InputError(
            f"{file}: the PDF is encrypted and needs a password; save an unprotected copy "
            "(e.g. `qpdf --decrypt --password=PASSWORD in.pdf out.pdf`) and give that"
        )
    return InputError(f"{file}: is not a readable PDF ({cause or 'damaged or truncated'}); download it again")


def _mark_footnote_calls(chars: list[Char]) -> list[Char]:
    """Turn runs of small raised digits that follow or precede normal text into superscripts.

    The run is also moved onto the line of the text it belongs to, so that line
    grouping cannot split it off. Characters come in content-stream order, which in
    the PDFs of UN resolutions is reading order.
    """
    marked = list(chars)
    i = 0
    while i < len(marked):
        end = i
        while end < len(marked) and _is_digit(marked[end]) and marked[end]["size"] == marked[i]["size"]:
            end += 1
        if end == i:
            i += 1
            continue
        neighbours = (_nearest_text(marked, i - 1, -1), _nearest_text(marked, end, 1))
        anchor = next((c for c in neighbours if c and _raised_against(marked[i], c)), None)
        if anchor is not None:
            for j in range(i, end):
                marked[j] = {
                    **marked[j],
                    "text": marked[j]["text"].translate(_SUPERSCRIPT),
                    "top": anchor["top"],
                    "bottom": anchor["bottom"],
                    "doctop": anchor["doctop"],
                }
        i = end
    return marked


def _nearest_text(chars: list[Char], start: int, step: int) -> Char | None:
    """The first character from ``start`` on (going ``step``) that is not a space."""
    index = start
    while 0 <= index < len(chars):
        if not chars[index]["text"].isspace():
            return chars[index]
        index += step
    return None


def _is_digit(char: Char) -> bool:
    return char["text"] in "0123456789" and len(char["text"]) == 1


def _raised_against(call: Char, text: Char) -> bool:
    """True when ``call`` is set smaller than ``text``, on its line, with a raised baseline."""
    if call["size"] > _CALL_SIZE_RATIO * text["size"]:
        return False
    same_line = call["top"] < text["bottom"] and call["bottom"] > text["top"]
    raised = call["bottom"] < text["bottom"] - _CALL_RISE_RATIO * call["size"]
    return same_line and raised
