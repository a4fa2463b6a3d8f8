"""The batch-level outputs: one summary row per resolution, `summary.csv`, `rejected.csv` and `index.html`.

The per-resolution reports say what is wrong inside a resolution; these say which
resolutions need a reviser's attention first and where their reports are.

Choices, and why:

* **CSV as the rest of align writes it**: UTF-8 with a BOM and CRLF row ends, so
  that Excel opens it with the accents intact, and every text cell neutralised
  against formulas (file names and symbols come from outside).
* **Rows are sorted by group name**, never by completion order, so that two runs
  over the same files (or the local and the Ray engine) write the same files;
  ``seconds`` is the only column that differs between runs, and `index.html`
  leaves it out so that it is the same byte for byte.
* **Files that were not used get their own file**, `rejected.csv` (path and
  reason), rather than rows among the resolutions: they are not resolutions, and
  a reader of `summary.csv` counts rows as resolutions. `index.html` lists both.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass, field
from enum import Enum
from html import escape
from pathlib import Path

from align.batch.grouping import Rejected
from align.exporters.report import plural
from align.exporters.tabular import neutralise, write_atomically

SUMMARY_FILE = "summary.csv"
REJECTED_FILE = "rejected.csv"
INDEX_FILE = "index.html"

SUMMARY_COLUMNS = ("group", "symbol", "languages", "units", "errors", "warnings", "info", "seconds", "status", "reason", "files")


class Status(str, Enum):
    """What happened to a resolution in this run."""

    DONE = "done"  # aligned and checked now
    UNCHANGED = "unchanged"  # --resume: inputs and outputs as the last run left them, not redone
    SINGLE = "single"  # one version only: checked alone (OCR damage, numbering), nothing compared
    FAILED = "failed"  # could not be aligned or checked; ``reason`` says why


@dataclass
class SummaryRow:
    """One resolution of the batch, as `summary.csv` gives it."""

    group: str
    symbol: str
    languages: list[str]
    status: Status
    reason: str = ""
    units: int | None = None
    errors: int = 0
    warnings: int = 0
    info: int = 0
    seconds: float | None = None
    files: list[str] = field(default_factory=list)

    @property
    def reported(self) -> bool:
        """Whether the resolution has reports on disk (done now or in an earlier run; a single
        version has them when a chosen check could be given it alone)."""
        return self.status in (Status.DONE, Status.UNCHANGED) or (self.status is Status.SINGLE and self.units is not None)

    def record(self) -> dict[str, object]:
        """The row as JSON, for the group's manifest."""
        return {**asdict(self), "status": self.status.value}

    @classmethod
    def from_record(cls, record: dict[str, object]) -> SummaryRow:
        return cls(**{**record, "status": Status(record["status"])})  # type: ignore[arg-type]


def write_summary(rows: Sequence[SummaryRow], rejected: Sequence[Rejected], outdir: Path) -> None:
    """Write `summary.csv`, `rejected.csv` and `index.html` into ``outdir``, each atomically."""
    ordered = sorted(rows, key=lambda row: row.group)
    for name, text in (
        (SUMMARY_FILE, render_summary_csv(ordered)),
        (REJECTED_FILE, render_rejected_csv(rejected)),
        (INDEX_FILE, render_index(ordered, rejected)),
    ):
        write_atomically(outdir / name, lambda stream, text=text: stream.write(text))


def render_summary_csv(rows: Sequence[SummaryRow]) -> str:
    return _csv(SUMMARY_COLUMNS, ([
        row.group,
        row.symbol,
        ";".join(row.languages),
        "" if row.units is None else str(row.units),
        str(row.errors),
        str(row.warnings),
        str(row.info),
        "" if row.seconds is None else f"{row.seconds:.2f}",
        row.status.value,
        row.reason,
        ";".join(row.files),
    ] for row in rows))


def render_rejected_csv(rejected: Sequence[Rejected]) -> str:
    return _csv(("path", "reason"), ([item.path, item.reason] for item in rejected))


def _csv(header: Sequence[str], rows: Iterable[Sequence[str]]) -> str:
    stream = io.StringIO(newline="")
    stream.write("\ufeff")
    writer = csv.writer(stream, lineterminator="\r\n")
    writer.writerow(header)
    writer.writerows([neutralise(cell) for cell in row] for row in rows)
    return stream.getvalue()


_CSS = """
body { font: 14px/1.45 system-ui, sans-serif; margin: 1.5em; color: #1a1a1a; }
table { border-collapse: collapse; } th, td { border: 1px solid #ccc; padding: .3em .5em; text-align: left; }
td.n { text-align: right; } .error { color: #b00020; font-weight: bold; } .warning { color: #8a6100; }
.failed { color: #b00020; } .meta { color: #666; }
"""


def render_index(rows: Sequence[SummaryRow], rejected: Sequence[Rejected]) -> str:
    """A self-contained page (no script) linking each resolution's HTML report, worst first by errors."""
    totals = {name: sum(getattr(row, name) for row in rows) for name in ("errors", "warnings", "info")}
    lines = [
        "<!DOCTYPE html>",
        '<html lang="en"><head><meta charset="utf-8"><title>align batch</title>',
        f"<style>{_CSS}</style></head><body>",
        "<h1>align batch</h1>",
        (
            f'<p class="meta">{plural(len(rows), "resolution")}; {plural(totals["errors"], "error")}, '
            f'{plural(totals["warnings"], "warning")}, {totals["info"]} info; '
            + (
                f'<a href="#not-used">{plural(len(rejected), "file")} not used</a> (<a href="{REJECTED_FILE}">{REJECTED_FILE}</a>)'
                if rejected
                else "every file used"
            )
            + f'. Details in <a href="{SUMMARY_FILE}">{SUMMARY_FILE}</a>.</p>'
        ),
        (
            "<table><thead><tr><th>resolution</th><th>symbol</th><th>languages</th><th>units</th>"
            "<th>errors</th><th>warnings</th><th>info</th><th>status</th><th>outputs</th></tr></thead><tbody>"
        ),
    ]
    for row in sorted(rows, key=lambda r: (-r.errors, -r.warnings, r.group)):
        name = escape(row.group)
        if row.reported:
            title = f'<a href="{name}/{name}.html">{name}</a>'
            pairs = "" if len(row.languages) == 1 else f'<a href="{name}/{name}.csv">csv</a> '  # a version alone has no pairs
            outputs = pairs + f'<a href="{name}/{name}.findings.json">json</a>'
        else:
            title, outputs = name, ""
        status = escape(row.status.value) + (f": {escape(row.reason)}" if row.reason else "")
        lines.append(
            f"<tr><td>{title}</td><td>{escape(row.symbol)}</td><td>{escape(', '.join(row.languages))}</td>"
            f'<td class="n">{"" if row.units is None else row.units}</td>'
            f'<td class="n{" error" if row.errors else ""}">{row.errors}</td>'
            f'<td class="n{" warning" if row.warnings else ""}">{row.warnings}</td>'
            f'<td class="n">{row.info}</td><td class="{escape(row.status.value)}">{status}</td><td>{outputs}</td></tr>'
        )
    lines.append("</tbody></table>")
    if rejected:
        lines.append('<h2 id="not-used">Files not used</h2><ul>')
        lines += [f"<li><code>{escape(item.path)}</code>: {escape(item.reason)}</li>" for item in rejected]
        lines.append("</ul>")
    lines.append("</body></html>")
    return "\n".join(lines) + "\n"


def summary_line(rows: Sequence[SummaryRow], rejected: Sequence[Rejected]) -> str:
    """The line a batch ends with: `4 resolutions (1 done, 3 single): 2 errors, 30 warnings, 7 info; 1 file not used`."""
    statuses = ", ".join(
        f"{n} {status.value}" for status in Status if (n := sum(row.status == status for row in rows))
    )
    totals = [sum(getattr(row, name) for row in rows) for name in ("errors", "warnings", "info")]
    counts = f"{plural(totals[0], 'error')}, {plural(totals[1], 'warning')}, {totals[2]} info"
    unused = f"; {plural(len(rejected), 'file')} not used" if rejected else ""
    return f"{plural(len(rows), 'resolution')} ({statuses}): {counts}{unused}"

