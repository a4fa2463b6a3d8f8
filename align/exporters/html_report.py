"""The HTML report of `align qa`: one self-contained page a reviser can open, mail or archive.

The versions stand side by side, one row per unit in reading order (the header
fields first), and each finding is highlighted where it stands: its excerpt is
wrapped in ``<mark class="sev-error">`` (or ``sev-warning``, ``sev-info``) in the
cell of the version that departs, and its evidence in ``<mark class="evidence
sev-error">`` (underlined, not filled) in the pivot's cell. Every finding is also listed under its unit with its
fingerprint, marked "not located" when its excerpt could not be found in the text.

Choices, and why:

* **Self-contained, no JavaScript**: inline CSS only, so the page renders the
  same offline, as a mail attachment or under a strict content policy. The two
  filters (only units with findings, hide info) are checkboxes styled with CSS
  sibling selectors.
* **Everything that comes from the documents, the findings or the signature goes
  through** :func:`html.escape`; the page's own markup is the only unescaped text.
* **Excerpts are found by words, not bytes**: the excerpt's words joined by any
  whitespace, preferring whole-word matches (`is` must not mark the `is` of
  `this`), and skipping occurrences another finding already marked, so that two
  findings on the same word twice in a unit mark both.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from html import escape
from typing import cast

from align.exporters.report import (
    check_counts,
    group_by_unit,
    severity_counts,
    signature_items,
    summary,
    summary_line,
)
from align.model import Alignment, Document, Finding, Severity
from align.qa.base import HEADER_UNIT, SEVERITY_RANK, quoted_spans

#: Header fields shown in the header row, in the order a resolution prints them (the title has its own unit).
_HEADER_FIELDS = ("symbol", "date", "session", "agenda_item", "adoption")

_CSS = """
body { font: 14px/1.45 system-ui, sans-serif; margin: 1.5em; color: #1a1a1a; }
h1 { font-size: 1.4em; } h2 { font-size: 1.15em; margin-top: 1.5em; }
table { border-collapse: collapse; }
th, td { border: 1px solid #ccc; padding: .35em .5em; vertical-align: top; text-align: left; }
table.versions { width: 100%; table-layout: fixed; }
table.versions th.unit, table.versions td.unit { width: 7em; }
td.text { white-space: pre-wrap; } td.missing { background: #f2f2f2; } td.own { color: #666; font-style: italic; }
.meta { color: #666; font-size: .85em; }
mark { padding: 0 .1em; border-radius: 2px; }
mark.sev-error { background: #ffc9c9; } mark.sev-warning { background: #ffe8a3; } mark.sev-info { background: #d6e8ff; }
mark.evidence { background: none; border-bottom: 2px dotted #555; }
tr.findings td { background: #fafafa; }
tr.findings ul { margin: 0; padding-left: 1.2em; }
tr.findings li { margin: .2em 0; }
.badge { display: inline-block; min-width: 4.5em; font-weight: bold; }
li.sev-error .badge { color: #b00000; } li.sev-warning .badge { color: #8a6100; } li.sev-info .badge { color: #1f5fa8; }
q { font-style: italic; } code { font-size: .85em; color: #555; }
.controls label { margin-right: 1.5em; }
#only-flagged:checked ~ table tr.clean { display: none; }
#hide-info:checked ~ table li.sev-info { display: none; }
#hide-info:checked ~ table mark.sev-info { background: none; border: none; }
"""


@dataclass
class _Row:
    """One row of the side-by-side table: a unit, or the header fields."""

    id: str
    texts: dict[str, str]
    note: str = ""  # link and flags when they say something (`2-1 merged`)
    findings: list[Finding] = field(default_factory=list)
    present: frozenset[str] = frozenset()  # the languages whose paragraph is all in its sub-paragraphs' rows


@dataclass(frozen=True)
class _Mark:
    start: int
    end: int
    css: str
    title: str


def render_html(findings: Sequence[Finding], alignment: Alignment, signature: dict[str, object]) -> str:
    """The whole report page."""
    rows = _rows(findings, alignment)
    placed = {row.id for row in rows}
    elsewhere = [f for f in findings if f.unit not in placed]
    title = "QA report" + (f": {name}" if (name := _name(alignment)) else "")
    parts = [
        "<!DOCTYPE html>",
        '<html lang="en"><head><meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{escape(title)}</title><style>{_CSS}</style></head><body>",
        f"<h1>{escape(title)}</h1>",
        _signature(signature),
        _summary(findings, alignment, int(cast(int, signature.get("not_reported", 0))), int(cast(int, signature.get("ignored", 0)))),
        _worst_first(findings, placed),
        "<h2>Versions</h2>",
        '<section class="controls">',
        '<input type="checkbox" id="only-flagged"><label for="only-flagged">only units with findings</label>',
        '<input type="checkbox" id="hide-info"><label for="hide-info">hide info</label>',
        _versions(rows, alignment),
        "</section>",
    ]
    if elsewhere:
        parts += ["<h2>Findings outside the aligned units</h2>", _finding_list(elsewhere, set())]
    parts.append("</body></html>\n")
    return "\n".join(parts)


def _rows(findings: Sequence[Finding], alignment: Alignment) -> list[_Row]:
    """The header row (when there are header fields or header findings), then one row per unit."""
    by_unit = {group[0].unit: group for group in group_by_unit(findings, alignment)}
    parents = alignment.units_with_subparagraphs()
    rows = []
    header_findings = by_unit.get(HEADER_UNIT, [])
    header = {
        lang: _header_text(doc, [f.excerpt for f in header_findings if lang in f.languages and f.excerpt])
        for lang, doc in alignment.documents.items()
    }
    if any(header.values()) or HEADER_UNIT in by_unit:
        rows.append(_Row(HEADER_UNIT, header, findings=by_unit.get(HEADER_UNIT, [])))
    for unit in alignment.units:
        note = " ".join([unit.link] + unit.flags) if unit.flags or unit.link != "1-1" else ""
        present = frozenset(lang for lang, ids in unit.paragraphs.items() if ids and unit.id in parents)
        rows.append(_Row(unit.id, unit.texts, note, by_unit.get(unit.id, []), present))
    return rows


def _header_text(document: Document, excerpts: Sequence[str]) -> str:
    """The header fields, then the lines of page furniture that a header finding quotes
    (`Distr. : Algemeen`), so that every excerpt is marked where it stands."""
    fields = [value for name in _HEADER_FIELDS if (value := getattr(document.header, name))]
    quoted = [f.text for f in document.furniture if any(e in f.text for e in excerpts)]
    return "\n".join(fields + [line for line in dict.fromkeys(quoted) if not any(line in v for v in fields)])


def _name(alignment: Alignment) -> str | None:
    """What the report is about: the resolution's symbol, else the title of a text that has none
    (the UDHR, a convention)."""
    document = alignment.documents.get(alignment.pivot)
    if document is None:
        return None
    return document.header.symbol or document.title or None


def _worst_first(findings: Sequence[Finding], placed: set[str]) -> str:
    """The errors and warnings in one list, worst first, each linked to its unit's row, so that
    what most needs fixing is not found by scrolling; info stays in place in the rows."""
    listed = [f for f in findings if f.severity is not Severity.INFO]
    if not listed:
        return ""
    items = "".join(
        f'<li class="sev-{escape(f.severity.value)}"><span class="badge">{escape(f.severity.value)}</span> '
        + (f'<a href="#unit-{escape(f.unit)}">{escape(f.unit)}</a>' if f.unit in placed else escape(f.unit))
        + f" <b>{escape(f.check)}</b> [{escape(', '.join(f.languages))}] {escape(f.message)}</li>"
        for f in sorted(listed, key=lambda f: SEVERITY_RANK[f.severity])
    )
    rest = len(findings) - len(listed)
    tail = f"<p>{rest} info finding{'s' * (rest != 1)} in place below.</p>" if rest else ""
    return f'<h2>Errors and warnings, worst first</h2><ol class="worst-first">{items}</ol>{tail}'


def _signature(signature: dict[str, object]) -> str:
    rows = "".join(f"<tr><th>{escape(key)}</th><td>{escape(value)}</td></tr>" for key, value in signature_items(signature))
    return f'<h2>Signature</h2><table class="signature">{rows}</table>'


def _summary(findings: Sequence[Finding], alignment: Alignment, not_reported: int, ignored: int) -> str:
    counts = summary(findings, alignment)
    severity_rows = "".join(
        f'<tr class="sev-{escape(name)}"><th>{escape(name)}</th><td>{n}</td></tr>'
        for name, n in severity_counts(findings).items()
    )
    check_rows = "".join(f"<tr><th>{escape(name)}</th><td>{n}</td></tr>" for name, n in check_counts(findings).items())
    return (
        f"<h2>Summary</h2><p>{escape(summary_line(findings, not_reported, ignored))}</p>"
        f"<p>{counts['units']} units, {counts['units_flagged']} with findings.</p>"
        f'<table class="by-severity"><tr><th>severity</th><th>findings</th></tr>{severity_rows}</table><br>'
        f'<table class="by-check"><tr><th>check</th><th>findings</th></tr>{check_rows}</table>'
    )


def _versions(rows: list[_Row], alignment: Alignment) -> str:
    languages = alignment.languages
    head = "".join(f"<th>{escape(lang)}</th>" for lang in languages)
    body = []
    for row in rows:
        marks, located = _place(row, alignment.pivot)
        cells = "".join(_cell(row.texts.get(lang, ""), lang, marks.get(lang, []), lang in row.present) for lang in languages)
        note = f'<div class="meta">{escape(row.note)}</div>' if row.note else ""
        css = "flagged" if row.findings else "clean"
        body.append(f'<tr class="{css}" id="unit-{escape(row.id)}"><td class="unit">{escape(row.id)}{note}</td>{cells}</tr>')
        if row.findings:
            body.append(
                f'<tr class="{css} findings"><td colspan="{len(languages) + 1}">{_finding_list(row.findings, located)}</td></tr>'
            )
    return (
        f'<table class="versions"><thead><tr><th class="unit">unit</th>{head}</tr></thead>'
        f"<tbody>{''.join(body)}</tbody></table>"
    )


def _cell(text: str, language: str, marks: list[_Mark], present: bool) -> str:
    if not text.strip() and present:  # a paragraph that is all sub-paragraphs (the UDHR's `Article 11`)
        return f'<td class="text own" lang="{escape(language)}">(all in its sub-paragraphs)</td>'
    if not text.strip():
        return f'<td class="missing" lang="{escape(language)}"></td>'
    return f'<td class="text" lang="{escape(language)}" dir="auto">{_highlight(text, marks)}</td>'


def _finding_list(findings: Sequence[Finding], located: set[str]) -> str:
    items = []
    for f in findings:
        spans = [f"excerpt <q>{escape(f.excerpt)}</q>"] if f.excerpt else []
        spans += [f"evidence <q>{escape(f.evidence)}</q>"] if f.evidence else []
        where = "" if f.id in located or not f.excerpt else ' <span class="meta">(not located in the text)</span>'
        items.append(
            f'<li class="sev-{escape(f.severity.value)}"><span class="badge">{escape(f.severity.value)}</span> '
            f"<b>{escape(f.check)}</b> [{escape(', '.join(f.languages))}] {escape(f.message)}{where}"
            f"<br>{' · '.join(spans)} <code>{escape(f.id)}</code></li>"
        )
    return f"<ul>{''.join(items)}</ul>"


def _place(row: _Row, pivot: str) -> tuple[dict[str, list[_Mark]], set[str]]:
    """Where each finding of ``row`` is marked, per language, and the ids of those whose excerpt was found.

    The excerpt is marked in the versions the finding names other than the pivot
    (in the pivot itself when it names only the pivot); the evidence in the pivot
    when the finding compares it with another version. Findings come worst first,
    so where two would overlap the worse one keeps the mark.
    """
    marks: dict[str, list[_Mark]] = {}
    located: set[str] = set()
    for f in row.findings:
        title = f"{f.check} ({f.severity.value}): {f.message}"
        others = [lang for lang in f.languages if lang != pivot] or [lang for lang in f.languages if lang == pivot]
        css = f"sev-{f.severity.value}"
        for lang in others:
            if _mark(marks.setdefault(lang, []), row.texts.get(lang, ""), f.excerpt, css, title, f.excerpt_start):
                located.add(f.id)
        if pivot in f.languages and len(f.languages) > 1:
            _mark(marks.setdefault(pivot, []), row.texts.get(pivot, ""), f.evidence, f"evidence {css}", f"evidence: {title}")
    return marks, located


def _mark(marks: list[_Mark], text: str, span: str, css: str, title: str, start: int | None = None) -> bool:
    """Mark the first occurrence of ``span`` in ``text`` (the one at ``start``, when the
    check said which) that no mark covers yet.

    Returns whether the span is in the text at all: an occurrence already inside a
    worse finding's mark is located (the reader sees it marked), just not marked twice.
    """
    located = False
    for begin, end in quoted_spans(text, span, start):
        located = True
        if all(end <= m.start or begin >= m.end for m in marks):
            marks.append(_Mark(begin, end, css, title))
            return True
    return located


def _highlight(text: str, marks: list[_Mark]) -> str:
    """``text`` escaped, with its marks wrapped in ``<mark>``."""
    out, position = [], 0
    for m in sorted(marks, key=lambda m: m.start):
        out.append(escape(text[position : m.start]))
        out.append(f'<mark class="{m.css}" title="{escape(m.title)}">{escape(text[m.start : m.end])}</mark>')
        position = m.end
    out.append(escape(text[position:]))
    return "".join(out)
