"""The outputs of `align qa`: the terminal table, JSON, CSV, XLSX and HTML reports, and the exit code.

Every format carries the same findings in the same order (as
:func:`align.qa.registry.run_checks` returns them: worst first, then reading
order) and the same fields, so that a reviser can move between them:
``id, severity, check, unit, languages, message, excerpt, evidence``.

Choices, and why:

* **Each report is rendered whole in memory, then written** atomically (through
  :mod:`align.exporters.tabular`'s temporary-file-and-rename), so a failed run never
  leaves half a report in place of the previous one. Reports are small: a few
  hundred findings at most.
* **JSON and HTML may go to stdout; CSV too** (with its BOM, as the tabular export
  does, so ``> out.csv`` gives the same bytes as ``-o out.csv``). XLSX is binary and
  needs a file.
* **CSV and XLSX cells are neutralised**: excerpts are text from documents nobody
  here controls, and a cell opening with ``=`` must stay text. In CSV with the
  tabular exporter's :func:`~align.exporters.tabular.neutralise` (a leading ``'``);
  in XLSX every text is a string cell, and one that opens like a formula carries
  Excel's own quote prefix, which keeps it text when edited and shows no ``'``.
  JSON and HTML carry the text unchanged (HTML escapes it instead).
* **The signature** (what produced the report) opens the JSON and HTML reports,
  has its own sheet in XLSX, and goes to a sidecar ``OUT.meta.json`` beside a CSV
  file, where a comment line would break CSV readers.
* The XLSX and HTML writers live in their own modules and are imported only when
  asked for, so the terminal output does not load xlsxwriter.
"""

from __future__ import annotations

import csv
import io
import json
import sys
from collections import Counter
from collections.abc import Iterable, Sequence
from pathlib import Path

from rich.console import Console
from rich.table import Table
from rich.text import Text

from align.errors import InputError
from align.exporters.tabular import check_target, neutralise, sidecar_of, write_atomically, write_sidecar
from align.model import Alignment, Finding, Severity
from align.qa.base import HEADER_UNIT, SEVERITY_RANK

#: The formats :func:`write_report` writes; the terminal table is :func:`render_findings_table`.
REPORT_FORMATS = ("json", "csv", "xlsx", "html", "xliff")
#: The output suffixes that name what `align qa` writes.
_SUFFIX_REPORT_FORMATS = {
    ".json": "json", ".csv": "csv", ".xlsx": "xlsx", ".html": "html", ".htm": "html", ".xlf": "xliff", ".xliff": "xliff", ".txt": "text",
}

#: The columns of one finding in CSV and XLSX, in order.
FINDING_COLUMNS = ("id", "severity", "check", "unit", "languages", "message", "excerpt", "evidence")

#: `--fail-on` values besides the severities: never fail.
NEVER = "never"

_SEVERITY_STYLE = {Severity.ERROR: "bold red", Severity.WARNING: "yellow", Severity.INFO: "cyan"}


def write_report(
    findings: Sequence[Finding],
    alignment: Alignment,
    path: str | Path | None,
    format: str,
    signature: dict[str, object],
) -> None:
    """Write the findings on ``alignment`` as a ``json``, ``csv``, ``xlsx``, ``html`` or ``xliff`` report.

    ``path`` None writes to stdout (not for ``xlsx``). ``signature`` says what
    produced the report (tool version, model, checks run, pivot); it is given
    apart from ``alignment.signature`` so that the caller can add the QA settings.
    """
    fmt = report_format(format, path)
    if fmt == "xlsx":
        from align.exporters.xlsx import render_xlsx

        data = render_xlsx(findings, alignment, signature)
        if path is None:  # stdout that is not a terminal: `-o - > report.xlsx`
            sys.stdout.flush()
            sys.stdout.buffer.write(data)
            sys.stdout.buffer.flush()
        else:
            write_atomically(Path(path), lambda stream: stream.buffer.write(data))
        return
    if fmt == "html":
        from align.exporters.html_report import render_html

        text = render_html(findings, alignment, signature)
    elif fmt == "xliff":
        from align.exporters.xliff import render_xliff

        text = render_xliff(findings, alignment, signature)
    elif fmt == "json":
        text = _json(report_record(findings, alignment, signature), indent=2) + "\n"
    else:
        text = render_csv(findings)
    if path is None:
        _to_stdout(text)
        return
    target = Path(path)
    sidecar = sidecar_of(target) if fmt == "csv" else None
    write_atomically(target, lambda stream: stream.write(text))
    write_sidecar(sidecar, signature)


def qa_output_format(format: str | None, path: str | Path | None) -> str:
    """What `align qa` writes: ``text`` (the table) or a report format. ``format`` when given,
    else the suffix of ``path`` (`-o report.html`), else the table on the terminal and JSON
    into a file of another name or to `-o -`. A ``format`` that another report format's
    suffix contradicts (`--format csv -o report.xlsx`) is an :class:`InputError`."""
    suffix = Path(path).suffix.lower() if path is not None else ""
    named = _SUFFIX_REPORT_FORMATS.get(suffix)
    if format is None:
        return "text" if path is None else named or "json"
    fmt = format.lower()
    if fmt not in ("text", *REPORT_FORMATS):
        raise InputError(f"unknown report format {format!r}; use one of: text, {', '.join(REPORT_FORMATS)}")
    if named is not None and named != fmt:
        raise InputError(f"--format {fmt}, but {path} names a {suffix} file; give the one you mean")
    return fmt


def report_format(format: str, path: str | Path | None, inputs: Iterable[str | Path] = ()) -> str:
    """``format`` as :func:`write_report` takes it, checked against ``path`` (None: stdout):
    an :class:`InputError` for an unknown format, an xlsx for the terminal or an output
    :func:`~align.exporters.tabular.check_target` refuses (``inputs``: the files read),
    which the CLI raises before the model runs rather than after."""
    fmt = format.lower()
    if fmt not in REPORT_FORMATS:
        raise InputError(f"unknown report format {format!r}; use one of: {', '.join(REPORT_FORMATS)}")
    if path is None and sys.stdout is None:  # `>&-`
        raise InputError("stdout is closed; give an output file (-o)")
    if fmt == "xlsx" and path is None and sys.stdout.isatty():
        raise InputError("an xlsx report is a binary file and cannot go to the terminal; give an output file (-o report.xlsx)")
    if (target := check_target(path, inputs)) is not None and fmt == "csv":
        sidecar_of(target)
    return fmt


def report_record(findings: Sequence[Finding], alignment: Alignment, signature: dict[str, object]) -> dict[str, object]:
    """The JSON report as a Python value: signature, findings and summary."""
    return {
        "signature": signature,
        "findings": [finding_record(f) for f in findings],
        "summary": summary(findings, alignment),
    }


def finding_record(finding: Finding) -> dict[str, object]:
    """One finding as the JSON report gives it."""
    return {
        "id": finding.id,
        "check": finding.check,
        "severity": finding.severity.value,
        "unit": finding.unit,
        "languages": list(finding.languages),
        "message": finding.message,
        "excerpt": finding.excerpt,
        "evidence": finding.evidence,
        "excerpt_start": finding.excerpt_start,
    }


def finding_row(finding: Finding) -> list[str]:
    """One finding as a CSV row, in :data:`FINDING_COLUMNS` order, every cell neutralised."""
    return [neutralise(cell) for cell in finding_cells(finding)]


def finding_cells(finding: Finding) -> list[str]:
    """One finding's cells in :data:`FINDING_COLUMNS` order, as they are."""
    return [
        finding.id,
        finding.severity.value,
        finding.check,
        finding.unit,
        ";".join(finding.languages),
        finding.message,
        finding.excerpt,
        finding.evidence,
    ]


def summary(findings: Sequence[Finding], alignment: Alignment) -> dict[str, object]:
    """Counts by severity (all three, worst first) and by check, and how many units carry a finding.

    ``units_flagged`` counts units of ``alignment`` only: findings on the header
    (a pseudo unit) do not make a unit flagged.
    """
    unit_ids = {unit.id for unit in alignment.units}
    return {
        "by_severity": severity_counts(findings),
        "by_check": check_counts(findings),
        "units": len(alignment.units),
        "units_flagged": len({f.unit for f in findings} & unit_ids),
    }


def severity_counts(findings: Sequence[Finding]) -> dict[str, int]:
    """Findings per severity, every severity present (zero included), worst first."""
    counts = Counter(f.severity for f in findings)
    return {severity.value: counts[severity] for severity in sorted(Severity, key=SEVERITY_RANK.__getitem__)}


def check_counts(findings: Sequence[Finding]) -> dict[str, int]:
    """Findings per check, most frequent first, ties by name."""
    counts = Counter(f.check for f in findings)
    return dict(sorted(counts.items(), key=lambda item: (-item[1], item[0])))


def summary_line(findings: Sequence[Finding], not_reported: int = 0, ignored: int = 0) -> str:
    """The one line the terminal output ends with: `13 findings: 2 errors, ... ; by check: form 9, ...`,
    and how many findings `--min-severity` and `--ignore` left out, so that a count of 0 info
    is not taken for none."""
    reasons = []
    if not_reported:
        reasons.append(f"{plural(not_reported, 'finding')} below --min-severity not reported")
    if ignored:
        reasons.append(f"{plural(ignored, 'accepted finding')} left out (--ignore)")
    left_out = "; ".join(reasons)
    if not findings:
        return f"No findings reported; {left_out}." if left_out else "No findings."
    total = len(findings)
    severities = ", ".join(plural(n, name) for name, n in severity_counts(findings).items())
    checks = ", ".join(f"{name} {n}" for name, n in check_counts(findings).items())
    return f"{plural(total, 'finding')}: {severities}; by check: {checks}" + (f"; {left_out}" if left_out else "")


def exit_code(findings: Sequence[Finding], fail_on: str = "error") -> int:
    """1 when a finding is at or above ``fail_on`` (a severity, or `never`), else 0."""
    if fail_on == NEVER:
        return 0
    threshold = _rank(fail_on, "--fail-on", [*(s.value for s in Severity), NEVER])
    return int(any(SEVERITY_RANK[f.severity] <= threshold for f in findings))


def validate_severity_options(fail_on: str, min_severity: str) -> None:
    """Refuse a bad `--fail-on` or `--min-severity` value before anything is read or embedded."""
    exit_code([], fail_on)
    at_or_above([], min_severity)


def at_or_above(findings: Sequence[Finding], severity: str) -> list[Finding]:
    """The findings at or above ``severity`` (a severity name): what `--min-severity` reports."""
    threshold = _rank(severity, "--min-severity", [s.value for s in Severity])
    return [f for f in findings if SEVERITY_RANK[f.severity] <= threshold]


def _rank(name: str, option: str, choices: list[str]) -> int:
    try:
        return SEVERITY_RANK[Severity(name)]
    except ValueError:
        raise InputError(f"unknown {option} value {name!r}; use one of: {', '.join(choices)}") from None


#: Narrower consoles get one column per finding instead of one per field: at 80 columns
#: the fields that must not wrap (unit, severity, check, languages, id) leave nothing for the
#: message and the excerpt.
WIDE_TABLE = 140


def render_findings_table(
    findings: Sequence[Finding], alignment: Alignment, console: Console, not_reported: int = 0, ignored: int = 0
) -> None:
    """Print the findings as a table grouped by unit, worst unit first, then the summary line.

    Units are ordered by their worst finding, then in reading order (the header
    first), so that the first screen shows what most needs fixing. Every cell is a
    :class:`~rich.text.Text`, never markup: excerpts such as `[on the report ...]`
    would otherwise be read as rich tags. From :data:`WIDE_TABLE` columns each field
    has its column; below, each finding is one cell, its fields one below the other.
    """
    if findings:
        wide = console.width >= WIDE_TABLE
        table = Table(show_lines=False, expand=True)
        table.add_column("unit", no_wrap=True)
        table.add_column("severity", no_wrap=True)
        if wide:
            table.add_column("check", no_wrap=True)
            table.add_column("lang", no_wrap=True)
            table.add_column("message", ratio=3)
            table.add_column("excerpt", ratio=2, overflow="fold")
            table.add_column("evidence", ratio=2, overflow="fold")
            table.add_column("id", no_wrap=True, style="dim")
        else:
            table.add_column("finding", ratio=1, overflow="fold")
        for group in group_by_unit(findings, alignment):
            table.add_section()
            for i, finding in enumerate(group):
                cells = [
                    Text(finding.unit if i == 0 else "", style="bold"),
                    Text(finding.severity.value, style=_SEVERITY_STYLE[finding.severity]),
                ]
                table.add_row(*cells, *(_wide_cells(finding) if wide else [_finding_cell(finding)]))
        console.print(table)
    console.print(Text(summary_line(findings, not_reported, ignored)))


def _wide_cells(finding: Finding) -> list[Text]:
    return [
        Text(finding.check),
        Text(",".join(finding.languages)),
        Text(finding.message),
        Text(finding.excerpt),
        Text(finding.evidence),
        Text(finding.id),
    ]


def _finding_cell(finding: Finding) -> Text:
    """One finding in one cell: what, then where, then its excerpt and evidence."""
    cell = Text(f"{finding.check} · {','.join(finding.languages)} · {finding.id}", style="dim")
    cell.append(f"\n{finding.message}", style="")
    for label, value in (("excerpt", finding.excerpt), ("evidence", finding.evidence)):
        if value:
            cell.append(f"\n{label}: ", style="dim")
            cell.append(value, style="")
    return cell


def group_by_unit(findings: Sequence[Finding], alignment: Alignment) -> list[list[Finding]]:
    """Findings grouped by unit, each group worst first; groups by their worst finding, then reading order."""
    position = {unit.id: i for i, unit in enumerate(alignment.units)}
    position[HEADER_UNIT] = -1
    groups: dict[str, list[Finding]] = {}
    for finding in sorted(findings, key=lambda f: SEVERITY_RANK[f.severity]):
        groups.setdefault(finding.unit, []).append(finding)
    return sorted(
        groups.values(),
        key=lambda group: (SEVERITY_RANK[group[0].severity], position.get(group[0].unit, len(position))),
    )


def render_csv(findings: Sequence[Finding]) -> str:
    """The CSV report: a BOM (for Excel), a header row, one row per finding, CRLF row ends."""
    stream = io.StringIO(newline="")
    stream.write("\ufeff")
    writer = csv.writer(stream, lineterminator="\r\n")
    writer.writerow(FINDING_COLUMNS)
    writer.writerows(finding_row(f) for f in findings)
    return stream.getvalue()


def signature_items(signature: dict[str, object]) -> list[tuple[str, str]]:
    """The signature as key/value text pairs; nested values (thresholds) as compact JSON."""
    return [(str(key), value if isinstance(value, str) else _json(value)) for key, value in signature.items()]


def plural(n: int, noun: str) -> str:
    """`1 finding`, `2 findings`; `info` is the same in both."""
    return f"{n} {noun}" if n == 1 or noun == "info" else f"{n} {noun}s"


def _json(value: object, indent: int | None = None) -> str:
    """JSON as people read it (real letters, not escapes); values JSON lacks are written as text."""
    return json.dumps(value, ensure_ascii=False, indent=indent, default=str)


def _to_stdout(text: str) -> None:
    """Write UTF-8 to stdout whatever the console's encoding and without newline translation."""
    buffer = getattr(sys.stdout, "buffer", None)
    if buffer is None:  # stdout replaced by a text-only stream (embedding, some IDEs, tests)
        sys.stdout.write(text)
        return
    sys.stdout.flush()
    buffer.write(text.encode("utf-8"))
    buffer.flush()
