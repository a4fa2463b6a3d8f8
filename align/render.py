"""Documents as JSON and as a readable terminal outline (what `align parse` prints)."""

from __future__ import annotations

from dataclasses import asdict
from typing import Any

from rich.console import Console
from rich.table import Table
from rich.text import Text

from align import __version__
from align.model import Document, Paragraph


def _paragraph_json(paragraph: Paragraph) -> dict[str, Any]:
    data: dict[str, Any] = {
        "id": paragraph.id,
        "index": paragraph.index,
        "number": paragraph.number,
        "kind": paragraph.kind,
        "text": paragraph.text,
        "opening": paragraph.opening,
        "markers": [asdict(m) for m in paragraph.markers],
        "linked": paragraph.linked,
        "source": asdict(paragraph.source),
    }
    if paragraph.subparagraphs:
        data["subparagraphs"] = [
            {
                "label": s.label, "text": s.text, "markers": [asdict(m) for m in s.markers], "linked": s.linked,
                "source": asdict(s.source),
            }
            for s in paragraph.subparagraphs
        ]
    else:
        data["subparagraphs"] = []
    return data


def document_json(doc: Document) -> dict[str, Any]:
    """One document in the shape of `align parse --json` (issue 2), with more fields than required."""
    return {
        "language": doc.language,
        "language_source": doc.language_source,
        "path": doc.path,
        "symbol": doc.symbol,
        "title": doc.title,
        "header": asdict(doc.header),
        "preamble": [_paragraph_json(p) for p in doc.preamble],
        "operative": [_paragraph_json(p) for p in doc.operative],
        "annex": [_paragraph_json(p) for p in doc.annex],
        "articles": [_paragraph_json(p) for p in doc.articles],
        "closing": [_paragraph_json(p) for p in doc.closing],
        "footnotes": [asdict(f) for f in doc.footnotes],
        "furniture": [asdict(f) for f in doc.furniture],
        "repairs": [asdict(r) for r in doc.repairs],
        "ocr": doc.ocr,
        "warnings": list(doc.warnings),
    }


def documents_json(documents: list[Document]) -> dict[str, Any]:
    return {"tool": {"name": "align", "version": __version__}, "documents": [document_json(d) for d in documents]}


def document_summary(doc: Document, console: Console) -> None:
    """A rich summary of one document: what was found, what was repaired, what looks wrong."""
    header = Table.grid(padding=(0, 2))
    header.add_row("file", Text(doc.path))
    header.add_row("language", f"{doc.language} ({doc.language_source})")
    for name in ("symbol", "session", "agenda_item", "date", "title"):
        value = getattr(doc.header, name)
        if value:
            header.add_row(name.replace("_", " "), Text(value))
    counts = (
        f"{len(doc.preamble)} preambular, {len(doc.operative)} operative "
        f"({sum(len(p.subparagraphs) for p in doc.operative)} sub-paragraphs), "
        f"{len(doc.annex)} annex, {len(doc.articles)} articles, {len(doc.footnotes)} footnotes, "
        f"{len(doc.furniture)} furniture lines, {len(doc.repairs)} repairs"
    )
    header.add_row("found", counts)
    console.rule(Text.assemble((doc.symbol or doc.path, "bold"), f" · {doc.language}"))
    console.print(header)
    for warning in doc.warnings:
        console.print(Text(f"warning: {warning}", style="yellow"))
    outline = Table(show_header=True, header_style="bold", box=None, pad_edge=False)
    outline.add_column("id", no_wrap=True, style="cyan")
    outline.add_column("opening")
    for paragraph in doc.paragraphs():
        opening = " ".join(paragraph.text.split()[:12])
        subs = f"  [{', '.join(s.label + ')' for s in paragraph.subparagraphs)}]" if paragraph.subparagraphs else ""
        outline.add_row(paragraph.id, Text(opening + (" …" if len(paragraph.text.split()) > 12 else "") + subs))
    console.print(outline)
