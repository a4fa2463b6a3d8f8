"""The XLSX report of `align qa`: sheets `findings`, `signature` and `units`.

Written with xlsxwriter rather than openpyxl, because:

* every text cell goes through ``write_string``, which stores the value as a
  string whatever it looks like. openpyxl decides by content: a value assigned to
  a cell that starts with ``=`` becomes a formula, which is exactly what excerpts
  from untrusted documents must never become;
* it writes a workbook in one pass with no dependencies of its own.

On top of that, a text cell that opens like a formula (``=``, ``+``, ``-``, ``@``)
carries Excel's quote prefix (the cell format's, not a ``'`` in the text), so that
editing it in Excel does not turn it into a formula either, while it shows the
text as it is (`-5 per cent ...`, not `'-5 per cent ...`).

A cell holds at most :data:`CELL_LIMIT` characters (Excel's limit; xlsxwriter
cuts longer strings without a word). A longer text, a run-on paragraph, is cut
with a note in the cell that says how much is missing and where it is whole, and
an :class:`~align.errors.AlignWarning` that the CLI prints.
"""

from __future__ import annotations

import io
import warnings
from collections.abc import Sequence

import xlsxwriter
from xlsxwriter.format import Format
from xlsxwriter.worksheet import Worksheet

from align.errors import AlignWarning
from align.exporters.report import FINDING_COLUMNS, finding_cells, signature_items
from align.exporters.tabular import columns, opens_like_a_formula
from align.model import Alignment, Finding, Unit

#: Column widths (in characters) of the findings sheet, in :data:`FINDING_COLUMNS` order.
_FINDING_WIDTHS = (18, 9, 13, 12, 9, 50, 40, 40)
#: Findings columns whose text is long enough to wrap.
_FINDING_WRAPPED = {"message", "excerpt", "evidence"}
#: Width of each language column of the units sheet.
_TEXT_WIDTH = 60
#: The most characters Excel keeps in a cell.
CELL_LIMIT = 32_767


def render_xlsx(findings: Sequence[Finding], alignment: Alignment, signature: dict[str, object]) -> bytes:
    """The workbook as bytes, ready to be written to a file."""
    buffer = io.BytesIO()
    workbook = xlsxwriter.Workbook(buffer, {"in_memory": True})
    bold = workbook.add_format({"bold": True})
    wrapped = _Formats(workbook, {"text_wrap": True, "valign": "top"})
    top = _Formats(workbook, {"valign": "top"})

    sheet = workbook.add_worksheet("findings")
    _header(sheet, FINDING_COLUMNS, bold)
    formats = [wrapped if name in _FINDING_WRAPPED else top for name in FINDING_COLUMNS]
    for col, (column, width) in enumerate(zip(formats, _FINDING_WIDTHS, strict=True)):
        sheet.set_column(col, col, width, column.plain)
    for row, finding in enumerate(findings, 1):
        for col, cell in enumerate(finding_cells(finding)):
            _write_text(sheet, row, col, cell, formats[col], "the JSON report")
    sheet.autofilter(0, 0, len(findings), len(FINDING_COLUMNS) - 1)

    sheet = workbook.add_worksheet("signature")
    _header(sheet, ("key", "value"), bold)
    sheet.set_column(0, 0, 20, top.plain)
    sheet.set_column(1, 1, 80, wrapped.plain)
    for row, (key, value) in enumerate(signature_items(signature), 1):
        _write_text(sheet, row, 0, key, top, "the JSON report")
        _write_text(sheet, row, 1, value, wrapped, "the JSON report")

    _units_sheet(workbook.add_worksheet("units"), alignment, bold, wrapped, top)
    workbook.close()
    return buffer.getvalue()


class _Formats:
    """A column's cell format, and the same with Excel's quote prefix for a text that opens
    like a formula: a cell's own format replaces its column's, so both are needed."""

    def __init__(self, workbook: xlsxwriter.Workbook, properties: dict[str, object]) -> None:
        self.plain = workbook.add_format(properties)
        self.quoted = workbook.add_format({**properties, "quote_prefix": True})


def _units_sheet(sheet: Worksheet, alignment: Alignment, bold: Format, wrapped: _Formats, top: _Formats) -> None:
    """The aligned units with the columns of `align export`; similarity and confidence as numbers."""
    header = columns(alignment)
    _header(sheet, header, bold)
    first_text, last_text = 3, 2 + len(alignment.languages)
    sheet.set_column(0, first_text - 1, 10, top.plain)
    sheet.set_column(first_text, last_text, _TEXT_WIDTH, wrapped.plain)
    sheet.set_column(last_text + 1, len(header) - 1, 11, top.plain)
    for row, unit in enumerate(alignment.units, 1):
        for col, value in enumerate(_unit_cells(unit, alignment.languages)):
            if isinstance(value, float):
                sheet.write_number(row, col, value)
            elif value:
                _write_text(sheet, row, col, value, wrapped if first_text <= col <= last_text else top, "`align export`")
    sheet.autofilter(0, 0, len(alignment.units), len(header) - 1)


def _unit_cells(unit: Unit, languages: list[str]) -> list[str | float]:
    """One units-sheet row in :func:`~align.exporters.tabular.columns` order; unknown numbers left as ''."""
    return [
        unit.id,
        unit.section.value,
        unit.number or "",
        *(unit.texts.get(language, "") for language in languages),
        unit.link,
        "" if unit.similarity is None else round(float(unit.similarity), 4),
        round(float(unit.confidence), 4),
        ";".join(unit.flags),
    ]


def _write_text(sheet: Worksheet, row: int, col: int, text: str, formats: _Formats, whole_in: str) -> None:
    """``text`` as a string cell, quote-prefixed where it opens like a formula, cut to
    :data:`CELL_LIMIT` with a note and a warning where longer."""
    if len(text) > CELL_LIMIT:
        note = f" [… cut here: {{}} more characters; a cell holds {CELL_LIMIT:,}; whole in {whole_in}]"
        kept = CELL_LIMIT - len(note.format(len(text)))
        text = text[:kept] + note.format(len(text) - kept)
        warnings.warn(
            f"xlsx report: a cell of sheet {sheet.name!r} (row {row + 1}) cut to {CELL_LIMIT:,} characters; "
            f"the whole text is in {whole_in}",
            AlignWarning,
            stacklevel=2,
        )
    sheet.write_string(row, col, text, formats.quoted if opens_like_a_formula(text) else formats.plain)


def _header(sheet: Worksheet, names: Sequence[str], bold: Format) -> None:
    """A bold header row that stays in view when scrolling."""
    for col, name in enumerate(names):
        sheet.write_string(0, col, name, bold)
    sheet.freeze_panes(1, 0)
