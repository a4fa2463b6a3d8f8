"""Text -> Documents: the parser.

`read_documents` reads a file in any supported format, splits it into its
language versions and parses each into a :class:`~align.model.Document`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from align.errors import InputError
from align.model import Document
from align.parse.language import NAMES, SUPPORTED, VersionSpan, split_versions
from align.parse.lines import split_front_matter, to_lines
from align.parse.structure import parse_version

if TYPE_CHECKING:  # pragma: no cover
    from align.readers import RawText


def parse_text(
    text: str,
    path: str = "<text>",
    *,
    markdown: bool | None = None,
    language: str | list[str] | None = None,
    declared_language: str | None = None,
    line_pages: list[int] | None = None,
    blocks_are_paragraphs: bool = False,
) -> list[Document]:
    """Parse text holding one or more language versions of a resolution.

    `language` overrides identification: one code makes the text one version in that
    language (a quotation or misread lines cannot split it); several, comma-separated,
    name the versions the text holds, in file order. `declared_language` is what the
    file itself says (an HTML `lang`, YAML front matter) and is trusted for a
    single-version file.
    """
    if markdown is None:
        markdown = path.endswith((".md", ".markdown"))
    raw_lines = text.split("\n")
    front, skip = split_front_matter(raw_lines)
    lines = to_lines(text, markdown=markdown, line_pages=line_pages)
    for line in lines[:skip]:
        line.text = ""  # front matter is recorded as furniture below, not parsed as text
    codes = _codes(language)
    spans = [VersionSpan(codes[0], 0, len(lines))] if codes is not None and len(codes) == 1 else split_versions(lines)
    overrides = _overrides(codes, len(spans), path)
    documents = []
    for k, span in enumerate(spans):
        lang = overrides[k] if overrides else (declared_language if declared_language and len(spans) == 1 else span.language)
        _check_language(lang, path, overridden=bool(overrides))
        doc = parse_version(_slice(lines, span), path, lang, markdown=markdown, blocks_are_paragraphs=blocks_are_paragraphs)
        doc.language_source = "override" if overrides else ("declared" if declared_language and len(spans) == 1 else "detected")
        if k == 0 and front:
            from align.model import Furniture, SourceSpan

            doc.furniture.insert(0, Furniture("front-matter", "\n".join(front), SourceSpan(path, 1, skip)))
        _check_is_resolution(doc, path)
        documents.append(doc)
    return documents


def _check_is_resolution(doc: Document, path: str) -> None:
    """A resolution has numbered operative paragraphs or articles, or an addressee and what it decides."""
    numbered = sum(p.number is not None for p in doc.operative)
    unnumbered = len(doc.operative) - numbered
    name = NAMES.get(doc.language, doc.language)
    if not numbered and not doc.articles and not (doc.header.addressee and doc.operative):
        raise InputError(
            f"{path}: not a resolution: no numbered operative paragraphs or articles in the {name} text; "
            "give the text of a resolution, declaration or convention"
        )
    if unnumbered > max(3, numbered):
        raise InputError(
            f"{path}: not a resolution: {unnumbered} paragraphs stand outside any numbered paragraph in the {name} text; "
            "give one resolution per file"
        )


def _slice(lines, span: VersionSpan):
    """The lines of one version, renumbered from 0 but keeping their file line numbers."""
    return lines[span.start : span.end]


def _codes(language: str | list[str] | None) -> list[str] | None:
    if language is None:
        return None
    return [c.strip().lower() for c in (language.split(",") if isinstance(language, str) else language)]


def _overrides(codes: list[str] | None, count: int, path: str) -> list[str] | None:
    if codes is None:
        return None
    if len(codes) != count:
        raise InputError(f"{path}: --lang gives {len(codes)} languages but the file holds {count} versions")
    return codes


def _check_language(lang: str, path: str, *, overridden: bool) -> None:
    if lang in SUPPORTED:
        return
    name = NAMES.get(lang, lang)
    how = "as given with --lang" if overridden else "as detected; pass --lang if the detection is wrong"
    raise InputError(f"{path}: unsupported language {name!r} ({how}); supported: {', '.join(SUPPORTED)}")


def read_documents(path: str, *, language: str | list[str] | None = None) -> list[Document]:
    """Read a file (text, markdown, HTML, PDF, DOCX) and parse its language versions."""
    from align.readers import read_text

    return parse_raw(read_text(path), language=language)


def parse_raw(raw: RawText, *, language: str | list[str] | None = None) -> list[Document]:
    """Parse the language versions of a file already read (:func:`align.readers.read_text`)."""
    return parse_text(
        raw.text,
        raw.path,
        markdown=raw.format == "markdown",
        language=language,
        declared_language=raw.language,
        line_pages=raw.line_pages,
        blocks_are_paragraphs=raw.format in {"html", "docx"},
    )
