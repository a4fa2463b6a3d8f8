"""The XLSX report of `align qa`: sheets `findings`, `signature` and `units`.

Written with xlsxwriter rather than openpyxl, because:

* every text cell goes through ``write_string``, which stores the value as a
  string whatever it looks like. openpyxl decides by content: a value assigned to
  a cell that starts with ``=`` becomes a formula, which is exactly what excerpts
  from untrusted documents must never become;
* it writes a workbook in one pass with no dependencies of its own.

On top of that, text cells are neutralised as in CSV (a leading ``'`` before
``=``, ``+``, ``-``, ``@``), so that editing a cell in Excel does not turn it into
a formula either, and a cell reads the same in the CSV and the XLSX report.

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
from align.exporters.report import FINDING_COLUMNS, finding_row, signature_items
from align.exporters.tabular import columns, neutralise
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
    wrapped = workbook.add_format({"text_wrap": True, "valign": "top"})
    top = workbook.add_format({"valign": "top"})

    sheet = workbook.add_worksheet("findings")
    _header(sheet, FINDING_COLUMNS, bold)
    for col, (name, width) in enumerate(zip(FINDING_COLUMNS, _FINDING_WIDTHS, strict=True)):
        sheet.set_column(col, col, width, wrapped if name in _FINDING_WRAPPED else top)
    for row, finding in enumerate(findings, 1):
        for col, cell in enumerate(finding_row(finding)):
            _write_text(sheet, row, col, cell, "the JSON report")
    sheet.autofilter(0, 0, len(findings), len(FINDING_COLUMNS) - 1)

    sheet = workbook.add_worksheet("signature")
    _header(sheet, ("key", "value"), bold)
    sheet.set_column(0, 0, 20, top)
    sheet.set_column(1, 1, 80, wrapped)
    for row, (key, value) in enumerate(signature_items(signature), 1):
        sheet.write_string(row, 0, neutralise(key))
        sheet.write_string(row, 1, neutralise(value))

    _units_sheet(workbook.add_worksheet("units"), alignment, bold, wrapped, top)
    workbook.close()
    return buffer.getvalue()


def _units_sheet(sheet: Worksheet, alignment: Alignment, bold: Format, wrapped: Format, top: Format) -> None:
    """The aligned units with the columns of `align export`; similarity and confidence as numbers."""
    header = columns(alignment)
    _header(sheet, header, bold)
    first_text, last_text = 3, 2 + len(alignment.languages)
    sheet.set_column(0, first_text - 1, 10, top)
    sheet.set_column(first_text, last_text, _TEXT_WIDTH, wrapped)
    sheet.set_column(last_text + 1, len(header) - 1, 11, top)
    for row, unit in enumerate(alignment.units, 1):
        for col, value in enumerate(_unit_cells(unit, alignment.languages)):
            if isinstance(value, float):
                sheet.write_number(row, col, value)
            elif value:
                _write_text(sheet, row, col, neutralise(value), "`align export`")
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


def _write_text(sheet: Worksheet, row: int, col: int, text: str, whole_in: str) -> None:
    """``text`` as a string cell, cut to :data:`CELL_LIMIT` with a note and a warning where longer."""
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
    sheet.write_string(row, col, text)


def _header(sheet: Worksheet, names: Sequence[str], bold: Format) -> None:
    """A bold header row that stays in view when scrolling."""
    for col, name in enumerate(names):
        sheet.write_string(0, col, name, bold)
    sheet.freeze_panes(1, 0)
