"""Readers: turn an input file into one plain text for the parser.

Every format ends up as the same :class:`RawText` — ``"\\n"`` line ends, no BOM,
NFC — so the parser has one kind of input to handle. Readers keep the text as it
stands (wraps, hyphens, furniture, footnote bodies); repairing it is the parser's
job, where every change is recorded.

The format is decided by the file's content first and its suffix second, because
users rename files and browsers save HTML as ``.txt``. Format modules (and their
heavy libraries, pdfplumber above all) are imported only when a file of that kind
is read, so that ``import align`` stays fast.

Every failure a user can cause raises :class:`~align.errors.InputError` with one
line that names the file and says what to do.
"""

from __future__ import annotations

import unicodedata
import zipfile
from dataclasses import dataclass
from pathlib import Path

from align.errors import InputError

FORMATS = ("text", "markdown", "html", "pdf", "docx")

#: How many leading bytes are enough to tell a format by its content.
_SNIFF_BYTES = 1024

_SUFFIX_FORMATS = {
    ".md": "markdown",
    ".markdown": "markdown",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".pdf": "pdf",
    ".docx": "docx",
}

#: Binary containers users mistake for documents, with what to do about each.
_FOREIGN_MAGIC = {
    b"\xd0\xcf\x11\xe0": "an old Word .doc (or a password-protected Office file); save it as .docx without a password",
    b"{\\rtf": "an RTF file; save it as .docx or plain text",
    b"\x89PNG": "a PNG image; run OCR on it first (e.g. tesseract) and give the text",
    b"\xff\xd8\xff": "a JPEG image; run OCR on it first (e.g. tesseract) and give the text",
    b"\x1f\x8b": "a gzip archive; unpack it and give the document inside",
}


@dataclass
class RawText:
    """The whole text of one input file, as the parser receives it."""

    path: str
    text: str  # whole text, "\n" line ends, no BOM, NFC-normalised
    format: str  # one of FORMATS
    language: str | None  # declared by the file itself (html lang, front matter), ISO 639-1, else None
    line_pages: list[int] | None = None  # 1-based page of each line of `text`, when the format knows


def read_text(path: str | Path) -> RawText:
    """Read ``path`` (text, markdown, HTML, PDF or DOCX) into a :class:`RawText`."""
    file = Path(path)
    if file.is_dir():
        raise InputError(f"{file}: is a folder, not a file; give the resolution files inside it (e.g. {file}/*.md)")
    if not file.exists():
        raise InputError(f"{file}: no such file; check the path and the file name")
    try:
        with file.open("rb") as handle:
            head = handle.read(_SNIFF_BYTES)
    except OSError as error:
        raise InputError(f"{file}: cannot be read ({error.strerror}); check its permissions") from error
    if not head:
        raise InputError(f"{file}: the file is empty; give the file that holds the resolution text")

    fmt = _sniff(file, head)
    if fmt == "pdf":
        from align.readers.pdffile import read_pdf

        raw = read_pdf(file)
    elif fmt == "docx":
        from align.readers.docxfile import read_docx

        raw = read_docx(file)
    elif fmt == "html":
        from align.readers.htmlfile import read_html

        raw = read_html(file)
    else:
        from align.readers.textfile import read_plain

        raw = read_plain(file, fmt)
    if not raw.text.strip():
        raise InputError(f"{file}: holds no text (only whitespace); give the file that holds the resolution text")
    return raw


def _sniff(file: Path, head: bytes) -> str:
    """Tell the format from the leading bytes, falling back on the suffix."""
    suffix = file.suffix.lower()
    if head.startswith(b"%PDF-") or (suffix == ".pdf" and b"%PDF-" in head):
        return "pdf"  # readers accept junk before the header within the first KiB; so do we for .pdf
    if head.startswith(b"PK\x03\x04"):
        if _is_docx(file):
            return "docx"
        raise InputError(
            f"{file}: is a zip archive but not a Word .docx document; save the resolution as .docx, PDF or text"
        )
    for magic, what in _FOREIGN_MAGIC.items():
        if head.startswith(magic):
            raise InputError(f"{file}: is {what}")
    fmt = _SUFFIX_FORMATS.get(suffix, "text")
    if fmt in ("pdf", "docx"):  # often an error page a download saved under the document's name
        raise InputError(
            f"{file}: is named {suffix} but its content is not {fmt.upper()}; "
            "it may be damaged or a saved web page: download it again"
        )
    return "html" if _looks_like_html(head) else fmt


def _is_docx(file: Path) -> bool:
    try:
        with zipfile.ZipFile(file) as archive:
            return "word/document.xml" in archive.namelist()
    except zipfile.BadZipFile as error:
        raise InputError(f"{file}: is a damaged zip archive ({error}); download or save it again") from error


def _looks_like_html(head: bytes) -> bool:
    """True for bytes that open like an HTML page, in ASCII-compatible encodings or UTF-16."""
    for encoding in ("utf-8", "utf-16"):
        try:
            start = head.decode(encoding, errors="ignore").lstrip("\ufeff \t\r\n").lower()
        except UnicodeDecodeError:  # pragma: no cover - errors="ignore" never raises
            continue
        if start.startswith(("<!doctype html", "<html")):
            return True
        if start.startswith("<?xml") and "<html" in start:
            return True
    return False


def normalise(text: str) -> str:
    """The text conventions every reader ends with: no BOM, ``"\\n"`` line ends, NFC.

    Unicode line and paragraph separators become a line end and a blank line, so the
    parser only ever splits on ``"\\n"``.
    """
    text = text.removeprefix("\ufeff")
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = text.replace("\u2028", "\n").replace("\u2029", "\n\n")
    return unicodedata.normalize("NFC", text)


#: Language names and ISO 639-2/3 codes files use, mapped to ISO 639-1.
_LANGUAGE_ALIASES = {
    "eng": "en", "english": "en",
    "fra": "fr", "fre": "fr", "french": "fr", "français": "fr", "francais": "fr",
    "spa": "es", "spanish": "es", "español": "es",
    "rus": "ru", "russian": "ru",
    "ara": "ar", "arabic": "ar",
    "zho": "zh", "chi": "zh", "chinese": "zh",
    "nld": "nl", "dut": "nl", "dutch": "nl", "nederlands": "nl",
    "deu": "de", "ger": "de", "german": "de", "deutsch": "de",
    "por": "pt", "portuguese": "pt",
}  # fmt: skip


def language_code(declared: str | None) -> str | None:
    """ISO 639-1 code for a declared language (``EN``, ``fr-CH``, ``fra``, ``French``), else None.

    A value that cannot be mapped gives None, so the parser detects the language
    rather than trusting a label it cannot read.
    """
    if not declared:
        return None
    value = declared.strip().strip("\"'").lower().replace("_", "-")
    primary = value.split("-", 1)[0]
    if len(primary) == 2 and primary.isascii() and primary.isalpha():
        return primary
    return _LANGUAGE_ALIASES.get(primary) or _LANGUAGE_ALIASES.get(value)


__all__ = ["FORMATS", "RawText", "language_code", "normalise", "read_text"]
