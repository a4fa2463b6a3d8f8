"""Plain text and markdown: decoding, binary detection, declared language, form-feed pages.

Text reaches translators in whatever encoding the tool before them wrote: UTF-8
with or without BOM, UTF-16 with BOM (Windows "Unicode"), or a legacy code page
(cp1252 for Western languages; cp1251, cp1256 or GB18030 for Russian, Arabic and
Chinese). UTF-8 is tried first because it almost never decodes by accident; only
then does charset-normalizer choose among the legacy code pages a UN text can be
in. Markdown is kept as it is: the parser handles emphasis, footnote syntax and
front matter, and only the declared language is read here.
"""

from __future__ import annotations

import codecs
import re
from pathlib import Path

from align.errors import InputError
from align.readers import RawText, language_code, normalise

#: Byte order marks, longest first (the UTF-32 LE mark starts with the UTF-16 LE one).
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

#: Legacy code pages of the UN's languages (and of Central European ones), for
#: charset-normalizer to choose from. Latin-1 is left out: where it differs from
#: cp1252 (bytes 0x80-0x9F) it only holds control characters, so a real Latin-1
#: text decodes the same as cp1252.
_LEGACY_ENCODINGS = ["cp1252", "cp1250", "cp1251", "koi8_r", "cp1256", "gb18030"]

#: Western texts are the commonest legacy case, and on short samples cp1250 often
#: scores as well as cp1252 while decoding œ or ’ wrongly: on a tie, cp1252 wins.
_PREFERRED_LEGACY = "cp1252"

#: Control characters (Unicode category Cc) except those a text file may hold:
#: tab, line feed and form feed (a page break in text extracted from PDF).
_STRAY_CONTROLS = re.compile("[\x00-\x08\x0b\x0d-\x1f\x7f-\x9f]")

#: Above this share of control characters the file is taken for binary data.
_BINARY_CONTROL_SHARE = 0.01

_FRONT_MATTER = re.compile(r"\A---[ \t]*\n(.*?\n)(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.DOTALL)
_LANGUAGE_KEY = re.compile(r"^(?:language|lang):[ \t]*(.+?)[ \t]*$", re.MULTILINE | re.IGNORECASE)


def read_plain(file: Path, fmt: str) -> RawText:
    """Read a text or markdown file (``fmt`` is ``"text"`` or ``"markdown"``)."""
    text = normalise(decode(file, file.read_bytes()))
    text = _clear_controls(file, text)
    text, line_pages = _split_pages(text)
    language = front_matter_language(text) if fmt == "markdown" else None
    return RawText(path=str(file), text=text, format=fmt, language=language, line_pages=line_pages)


def decode(file: Path, data: bytes) -> str:
    """Decode the bytes of a text file; raise InputError for binary or undecodable data."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data[len(bom) :].decode(encoding)
            except UnicodeDecodeError as error:
                raise InputError(
                    f"{file}: starts with a {encoding.upper()} byte order mark but has invalid bytes "
                    f"at offset {error.start + len(bom)}; save it again as UTF-8"
                ) from error
    if b"\x00" in data:
        raise InputError(
            f"{file}: looks like a binary file, not text (it holds NUL bytes); give a .txt, .md, .html, .pdf "
            "or .docx file (UTF-16 text needs a byte order mark)"
        )
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return _decode_legacy(file, data)


def _decode_legacy(file: Path, data: bytes) -> str:
    from charset_normalizer import from_bytes  # 10 ms to import, for the rare file that is not UTF-8

    matches = list(from_bytes(data, cp_isolation=_LEGACY_ENCODINGS))
    if not matches:
        raise InputError(
            f"{file}: cannot tell the text's encoding (not UTF-8, UTF-16 with BOM or a known code page); "
            "save it as UTF-8"
        )
    least_chaos = min(match.chaos for match in matches)
    tied = [match for match in matches if match.chaos <= least_chaos + 0.01]
    chosen = next((m for m in tied if m.encoding == _PREFERRED_LEGACY), tied[0])
    return str(chosen)


def _clear_controls(file: Path, text: str) -> str:
    """Reject binary data; replace the odd stray control character with a space.

    A few stray controls (Word's vertical tab, a DOS end-of-file mark) are noise in an
    otherwise good text and are invisible in editors, so they become spaces; many of
    them mean the file is not text at all.
    """
    strays = len(_STRAY_CONTROLS.findall(text))
    if strays > _BINARY_CONTROL_SHARE * len(text):
        raise InputError(
            f"{file}: looks like a binary file, not text ({strays} control characters); "
            "give a .txt, .md, .html, .pdf or .docx file"
        )
    return _STRAY_CONTROLS.sub(" ", text) if strays else text


def _split_pages(text: str) -> tuple[str, list[int] | None]:
    """Take form feeds (page breaks in text extracted from PDF) out, recording each line's page.

    A form feed stays on the line where it stood, so line numbers still match the file.
    """
    if "\f" not in text:
        return text, None
    lines = text.split("\n")
    pages: list[int] = []
    page = 1
    for line in lines:
        leading = len(line) - len(line.lstrip("\f"))
        page += leading
        pages.append(page)
        page += line.count("\f") - leading
    return "\n".join(line.replace("\f", "") for line in lines), pages


def front_matter_language(text: str) -> str | None:
    """The ``language:`` (or ``lang:``) of a YAML front matter block at the top, as ISO 639-1."""
    block = _FRONT_MATTER.match(text)
    if not block:
        return None
    key = _LANGUAGE_KEY.search(block.group(1))
    return language_code(key.group(1)) if key else None
