"""The side-by-side view printed by `align view`: versions in columns, findings in place.

One row per aligned unit: a narrow label column (`pp3`, `op9 b)`, with tags such as
`merged`), then one column per language. Every row is its own small table built
from one shared :class:`Columns` layout, so the rows line up as one table while a
unit's findings can run across all the language columns beneath it (rich tables
have no column spans). The interactive app (:mod:`align.view.app`) renders its rows
with the same functions.

Styles never carry meaning alone: severities are also written as words, missing
versions as `— missing —`, and highlighted spans use `reverse`, which survives
`NO_COLOR`. Output that is not a terminal gets no styles at all from rich.
"""

from __future__ import annotations

import contextlib
import os
import re
import shutil
import signal
import subprocess
import threading
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass

from rich import box
from rich.console import Console, Group, RenderableType
from rich.pager import Pager
from rich.rule import Rule
from rich.segment import Segments
from rich.table import Table
from rich.text import Text

from align.errors import AlignError
from align.exporters.report import plural
from align.model import Alignment, Document, Finding, Paragraph, Section, Severity, Unit
from align.qa.base import DOCUMENT_UNIT, HEADER_UNIT, SEVERITY_RANK, quoted_spans

#: Style of a severity's name and of the spans its findings point at.
SEVERITY_STYLE: dict[Severity, str] = {
    Severity.ERROR: "bold red",
    Severity.WARNING: "yellow",
    Severity.INFO: "cyan",
}

#: Short tags shown under a unit's label for the aligner's flags; other flags are shown as they are.
FLAG_TAGS: dict[str, tuple[str, str]] = {
    "merged": ("merged", "yellow"),
    "split": ("split", "yellow"),
    "missing": ("missing", "red"),
    "added": ("added", "red"),
    "low-confidence": ("low conf", "magenta"),
    "number-mismatch": ("number ≠", "red"),
}

MISSING = Text("— missing —", style="dim italic")
ALL_IN_SUBPARAGRAPHS = Text("(all in its sub-paragraphs)", style="dim italic")

#: The label column never gets wider than this; longer labels fold.
MAX_LABEL_WIDTH = 14

#: The label column also holds the severity of each finding, so it fits the longest name.
MIN_LABEL_WIDTH = max(len(severity.value) for severity in Severity)

#: A language column is never narrower than this share of the widest one (see :meth:`Columns.fit`).
MIN_RATIO = 60


# --------------------------------------------------------------------------- units: labels, order, selection


def unit_label(unit: Unit) -> str:
    """The unit as a reader names it: `op9.b` -> `op9 b)`, `title.session` -> `session`."""
    if unit.section is Section.TITLE:
        return unit.id.removeprefix("title.")
    return "+".join(_part_label(part) for part in unit.id.split("+"))


#: A sub-paragraph as the view labels it (`op9 b)`), to be read back as its id (`op9.b`).
_LABELLED_PART = re.compile(r"\s+([^\s()]+)\)")
#: The id of a unit the pivot has no paragraph in: its place and the language it stands in (`pp6~nl1`).
_UNIT_WITHOUT_PIVOT = re.compile(r"^[a-z]+\d*(?:\.\w+)?~([a-z]{2,3})\d+$")


def _part_label(part: str) -> str:
    head, *subs = part.split(".")
    return " ".join([head, *(f"{sub})" for sub in subs)])


def unit_tags(unit: Unit) -> list[tuple[str, str]]:
    """``(tag, style)`` for each of the unit's flags, in the aligner's order."""
    return [FLAG_TAGS.get(flag, (flag, "yellow")) for flag in unit.flags]


def reading_order(alignment: Alignment) -> list[Unit]:
    """The units with each footnote moved to just after the first unit that cites it.

    A reviser checks a footnote against the paragraph that calls it, so that is
    where it belongs. A unit cites the marks of its paragraphs in the pivot
    document; footnotes that nothing cites (or when the pivot document is not at
    hand) keep their place at the end.
    """
    document = alignment.documents.get(alignment.pivot)
    if document is None:
        return list(alignment.units)
    paragraphs: dict[str, Paragraph] = {}
    for paragraph in document.paragraphs():
        paragraphs.setdefault(paragraph.id, paragraph)
    covered = {pid for unit in alignment.units for pid in unit.paragraphs.get(alignment.pivot, [])}
    notes: dict[str, Unit] = {}
    for unit in alignment.units:
        if unit.section is Section.FOOTNOTE and unit.number:
            notes.setdefault(unit.number, unit)
    ordered: list[Unit] = []
    placed: set[str] = set()
    for unit in alignment.units:
        if unit.section is Section.FOOTNOTE:
            continue
        ordered.append(unit)
        for pid in unit.paragraphs.get(alignment.pivot, []):
            for mark in _cited_marks(pid, paragraphs, covered):
                note = notes.get(mark)
                if note is not None and note.id not in placed:
                    ordered.append(note)
                    placed.add(note.id)
    ordered += [u for u in alignment.units if u.section is Section.FOOTNOTE and u.id not in placed]
    return ordered


def _cited_marks(pid: str, paragraphs: dict[str, Paragraph], covered: set[str]) -> list[str]:
    """The footnote marks in the pivot paragraph ``pid`` (`op9` or a sub-paragraph `op9.b`).

    A whole paragraph also cites the marks of those of its sub-paragraphs that have
    no unit of their own; those that do cite their marks from their own unit.
    """
    parent_id, _, label = pid.partition(".")
    paragraph = paragraphs.get(parent_id)
    if paragraph is None:
        return []
    if label:
        return [m.mark for sub in paragraph.subparagraphs if sub.label == label for m in sub.markers]
    marks = [m.mark for m in paragraph.markers]
    for sub in paragraph.subparagraphs:
        if f"{parent_id}.{sub.label}" not in covered:
            marks += [m.mark for m in sub.markers]
    return marks


def unit_matches(unit: Unit, wanted: str) -> bool:
    """Whether `--unit wanted` names this unit: its id or its label in the view (`op9 b)`,
    `session` for `title.session`), one of the paragraphs merged into it (`pp16` finds
    `pp16+pp17`), or a paragraph it is part of (`op9` finds `op9.b`); `header`, the unit of
    the findings on the header as a whole, names the title section's units."""
    return _names(wanted, unit.id, unit.section)


def _names(wanted: str, unit_id: str, section: Section) -> bool:
    wanted = _LABELLED_PART.sub(r".\1", wanted.strip())
    if section is Section.TITLE and wanted in (HEADER_UNIT, unit_id.removeprefix("title.")):
        return True
    return unit_id == wanted or any(part == wanted or part.startswith(f"{wanted}.") for part in unit_id.split("+"))


def check_unit_name(documents: Iterable[Document], wanted: str) -> None:
    """Raise :class:`AlignError` unless a paragraph, footnote or header line of some version
    would make a unit that `--unit wanted` names, so that a typo fails before the model
    runs; :func:`select_units` checks the units themselves."""
    from align.aligner.segments import segments

    if wanted.strip() in (HEADER_UNIT, DOCUMENT_UNIT):
        return
    documents = list(documents)
    found = [segment for document in documents for segment in segments(document)]
    languages = {document.language for document in documents}

    def named(part: str) -> bool:
        # A paragraph the pivot lacks makes a unit named after its place and language (`pp6~nl1`).
        alone = _UNIT_WITHOUT_PIVOT.match(part.strip())
        return bool(alone and alone[1] in languages) or any(_names(part, s.id, s.section) for s in found)

    # a merged unit's name (`pp16+pp17`) names each of its paragraphs
    if not all(named(part) for part in wanted.split("+")):
        raise _no_unit(wanted)


def _no_unit(wanted: str) -> AlignError:
    return AlignError(f"no unit {wanted!r} in the alignment; units are named like pp3, op9, op9.b, fn2")


def findings_by_unit(findings: Iterable[Finding]) -> dict[str, list[Finding]]:
    """Findings grouped by unit id, the worst first within each unit."""
    grouped: dict[str, list[Finding]] = {}
    for finding in sorted(findings, key=lambda f: SEVERITY_RANK[f.severity]):
        grouped.setdefault(finding.unit, []).append(finding)
    return grouped


def section_named(name: Section | str) -> Section:
    """The section ``name`` names, or an :class:`AlignError` that lists the names (the CLI
    asks before aligning, so that a typo costs no model run)."""
    try:
        return Section(name)
    except ValueError:
        raise AlignError(f"no section {name!r}; sections are {', '.join(s.value for s in Section)}") from None


def select_units(
    units: Sequence[Unit],
    grouped: dict[str, list[Finding]],
    *,
    only_flagged: bool = False,
    unit: str | None = None,
    section: Section | str | None = None,
) -> list[Unit]:
    """The units the view shows, in the given order.

    Raises :class:`AlignError` for a section name that does not exist or a unit that
    matches nothing, since an empty view would look like a clean document.
    """
    chosen = list(units)
    if section is not None:
        wanted_section = section_named(section)
        chosen = [u for u in chosen if u.section is wanted_section]
    if unit is not None:
        chosen = [u for u in chosen if unit_matches(u, unit)]
        if not chosen and unit not in grouped:  # a pseudo unit (`header`, `document`) may have findings
            raise _no_unit(unit)
    if only_flagged:
        chosen = [u for u in chosen if grouped.get(u.id)]
    return chosen


# --------------------------------------------------------------------------- layout and rows


@dataclass(frozen=True)
class Columns:
    """The column layout every row shares, so that rows rendered one by one line up.

    ``ratios`` give each language column a width in proportion to how much text the
    language has (French runs longer than English), so that rows end at about the
    same line in every column; no column gets less than :data:`MIN_RATIO` percent
    of the widest, so a nearly empty version still stays readable.
    """

    languages: tuple[str, ...]
    pivot: str
    label_width: int
    ratios: tuple[int, ...]
    show_scores: bool = False

    @classmethod
    def fit(cls, units: Sequence[Unit], languages: Sequence[str], pivot: str, *, show_scores: bool = False) -> Columns:
        """The layout for showing ``units`` in ``languages``."""
        labels = [len(unit_label(u)) for u in units] + [len(tag) for u in units for tag, _ in unit_tags(u)]
        if show_scores:
            labels.append(len("conf 0.00"))
        label_width = min(MAX_LABEL_WIDTH, max([MIN_LABEL_WIDTH, *labels]))
        sizes = [sum(len(u.texts.get(lang, "")) for u in units) for lang in languages]
        widest = max(sizes, default=0) or 1
        ratios = tuple(max(MIN_RATIO, round(100 * size / widest)) for size in sizes)
        return cls(tuple(languages), pivot, label_width, ratios, show_scores)

    def table(self) -> Table:
        """An empty row table with the label column and the language columns."""
        table = Table(box=box.MINIMAL, show_header=False, show_edge=False, pad_edge=False, expand=True)
        table.add_column(width=self.label_width, overflow="fold")
        for ratio in self.ratios:
            table.add_column(ratio=ratio, overflow="fold", vertical="top")
        return table

    def spanning_table(self) -> Table:
        """A table with the label column and one column across all the language columns."""
        table = Table(box=box.MINIMAL, show_header=False, show_edge=False, pad_edge=False, expand=True)
        table.add_column(width=self.label_width, overflow="fold")
        table.add_column(ratio=1, overflow="fold")
        return table


def header_row(columns: Columns) -> Table:
    """The language names over their columns, the pivot marked."""
    table = columns.table()
    names = [Text(lang + (" (pivot)" if lang == columns.pivot else ""), style="bold") for lang in columns.languages]
    table.add_row(Text("unit", style="bold"), *names)
    return table


def unit_row(
    unit: Unit,
    findings: Sequence[Finding],
    columns: Columns,
    *,
    query: str | None = None,
    quote_excerpts: bool = False,
    has_subparagraphs: bool = False,
) -> RenderableType:
    """One unit: its label and versions side by side, then its findings across the columns.

    ``query`` (the interactive search) is highlighted as well as the findings' spans;
    ``has_subparagraphs``: the unit's sub-paragraphs are units of their own.
    """
    row = columns.table()
    cells = [
        cell_text(unit, lang, findings, columns.pivot, query=query, has_subparagraphs=has_subparagraphs)
        for lang in columns.languages
    ]
    row.add_row(label_cell(unit, columns.show_scores), *cells)
    if not findings:
        return row
    notes = columns.spanning_table()
    for finding in findings:
        found = any(quoted_spans(unit.texts.get(lang, ""), finding.excerpt) for lang in _excerpt_languages(finding, columns.pivot))
        notes.add_row(
            Text(finding.severity.value, style=SEVERITY_STYLE[finding.severity]), finding_text(finding, found and not quote_excerpts)
        )
    return Group(row, notes)


def label_cell(unit: Unit, show_scores: bool) -> Text:
    """The unit's label, its tags below it, and its scores when asked for."""
    label = Text(unit_label(unit), style="bold")
    for tag, style in unit_tags(unit):
        label.append("\n")
        label.append(tag, style=style)
    if show_scores:
        for line in _score_lines(unit):
            label.append("\n")
            label.append(line, style="dim")
    return label


def _score_lines(unit: Unit) -> tuple[str, str]:
    similarity = "–" if unit.similarity is None else f"{unit.similarity:.2f}"
    return f"sim {similarity}", f"conf {unit.confidence:.2f}"


def cell_text(
    unit: Unit, language: str, findings: Sequence[Finding], pivot: str, *, query: str | None = None, has_subparagraphs: bool = False
) -> Text:
    """One version's text with the spans the findings point at highlighted.

    A finding's excerpt stands in the version it names (the languages other than
    the pivot, or the pivot when it names only the pivot); its evidence, the
    reference span, is underlined in the pivot.
    """
    raw = unit.texts.get(language, "")
    if not raw.strip():
        # A paragraph that is all sub-paragraphs (the UDHR's `Article 11`) is there, not missing.
        return ALL_IN_SUBPARAGRAPHS.copy() if has_subparagraphs and unit.paragraphs.get(language) else MISSING.copy()
    text = Text(raw)
    for finding in findings:
        if language in _excerpt_languages(finding, pivot):
            for start, end in quoted_spans(raw, finding.excerpt, finding.excerpt_start):
                text.stylize(f"reverse {SEVERITY_STYLE[finding.severity]}", start, end)
        elif language == pivot:
            for start, end in quoted_spans(raw, finding.evidence):
                text.stylize("underline", start, end)
    if query:
        for start, end in search_spans(raw, query):
            text.stylize("reverse bold", start, end)
    return text


def _excerpt_languages(finding: Finding, pivot: str) -> list[str]:
    return [lang for lang in finding.languages if lang != pivot] or list(finding.languages)


def search_spans(text: str, query: str) -> list[tuple[int, int]]:
    """Where a search ``query`` occurs in ``text``: anywhere, in any case, as `less` finds it."""
    return [m.span() for m in re.finditer(re.escape(query), text, flags=re.IGNORECASE)] if query else []


def finding_text(finding: Finding, excerpt_shown: bool) -> Text:
    """`check [nl] message`, with the excerpt quoted when no cell could show it highlighted."""
    text = Text()
    text.append(finding.check, style="bold")
    text.append(f" [{', '.join(finding.languages)}] ", style="dim")
    text.append(finding.message)
    if finding.excerpt and not excerpt_shown:
        text.append(f" — “{finding.excerpt}”", style=SEVERITY_STYLE[finding.severity])
    return text


# --------------------------------------------------------------------------- the whole view


def alignment_view(
    alignment: Alignment,
    findings: Iterable[Finding] = (),
    *,
    only_flagged: bool = False,
    unit: str | None = None,
    section: Section | str | None = None,
    show_scores: bool = False,
    quote_excerpts: bool = False,
) -> RenderableType:
    """The whole static view as one renderable: a summary line, the column heads, and
    the selected units separated by rules.

    Findings on units the alignment does not have (the pseudo units `header` and
    `document`) are listed first, as :func:`_shows_loose` says for a narrowed view. ``quote_excerpts``
    quotes every finding's excerpt after its message, for output that shows no
    highlight (a file, a pipe).
    """
    grouped = findings_by_unit(findings)
    parents = alignment.units_with_subparagraphs()
    units = select_units(reading_order(alignment), grouped, only_flagged=only_flagged, unit=unit, section=section)
    columns = Columns.fit(units, alignment.languages, alignment.pivot, show_scores=show_scores)
    parts: list[RenderableType] = [summary_line(alignment, units, grouped), header_row(columns), Rule(characters="━", style="dim")]
    known = {u.id for u in alignment.units}
    loose = [(unit_id, found) for unit_id, found in grouped.items() if unit_id not in known and _shows_loose(unit_id, unit, section)]
    parts += [loose_findings(unit_id, found, columns) for unit_id, found in loose]
    if not units and not loose:
        parts.append(Text("No unit has findings." if only_flagged else "No units to show.", style="italic"))
    for shown in units:
        row = unit_row(
            shown, grouped.get(shown.id, []), columns, quote_excerpts=quote_excerpts, has_subparagraphs=shown.id in parents
        )
        parts += [row, Rule(style="dim")]
    return Group(*parts)


def _shows_loose(unit_id: str, unit: str | None, section: Section | str | None) -> bool:
    """Whether the findings on a pseudo unit (`header`, `document`) stand in a view narrowed to
    ``unit`` and ``section``: all of them in the whole view, a pseudo unit's when it is asked
    for, and the header's with the title's units."""
    in_section = section is None or (unit_id == HEADER_UNIT and section_named(section) is Section.TITLE)
    return in_section and unit in (None, unit_id)


def summary_line(alignment: Alignment, units: Sequence[Unit], grouped: dict[str, list[Finding]]) -> Text:
    """`A/RES/72/247 · en nl · 38 of 38 units · 3 findings: 1 error, 2 warnings`."""
    pivot_document = alignment.documents.get(alignment.pivot)
    symbol = pivot_document.symbol if pivot_document is not None and pivot_document.symbol else ""
    counts = {severity: 0 for severity in SEVERITY_RANK}
    for found in grouped.values():
        for finding in found:
            counts[finding.severity] += 1
    total = sum(counts.values())
    text = Text(f"{symbol} · " if symbol else "", style="bold")
    text.append(f"{' '.join(alignment.languages)} · {len(units)} of {len(alignment.units)} units · ")
    text.append(plural(total, "finding"))
    details = [(plural(n, s.value), SEVERITY_STYLE[s]) for s, n in counts.items() if n]
    for k, (words, style) in enumerate(details):
        text.append(": " if k == 0 else ", ")
        text.append(words, style=style)
    return text


def loose_findings(unit_id: str, findings: Sequence[Finding], columns: Columns) -> RenderableType:
    """Findings on a pseudo unit (`header`), which has no row of its own to stand under."""
    notes = columns.spanning_table()
    for finding in findings:
        label = Text(unit_id, style="bold")
        label.append(f"\n{finding.severity.value}", style=SEVERITY_STYLE[finding.severity])
        notes.add_row(label, finding_text(finding, excerpt_shown=False))
    return Group(notes, Rule(style="dim"))


def render_alignment(
    alignment: Alignment,
    findings: Iterable[Finding] = (),
    *,
    console: Console,
    only_flagged: bool = False,
    unit: str | None = None,
    section: Section | str | None = None,
    show_scores: bool = False,
    pager: bool | None = None,
) -> None:
    """Print the side-by-side view of ``alignment`` with ``findings`` in place.

    ``pager``: True pages, False never does, None pages when the console is a
    terminal and the view is taller than it. Colour follows the console
    (`no_color`, `NO_COLOR`, not a terminal).
    """
    def built(quote_excerpts: bool) -> RenderableType:
        return alignment_view(
            alignment, findings, only_flagged=only_flagged, unit=unit, section=section, show_scores=show_scores,
            quote_excerpts=quote_excerpts,
        )

    # Without styles (a file, a pipe) a highlight is lost: the excerpt is quoted instead.
    view = built(quote_excerpts=console.color_system is None)
    if pager is None:
        if not console.is_terminal:
            console.print(view)
            return
        # Render once, then decide: the view's height is only known after rendering.
        lines = console.render_lines(view, console.options, pad=False, new_lines=True)
        view = Segments(segment for line in lines for segment in line)
        pager = len(lines) > console.height
    if not pager:
        console.print(view)
        return
    command = os.environ.get("PAGER") or ("less" if shutil.which("less") else None)
    if command is None:
        view = built(quote_excerpts=True)  # rich's own pager shows no styles
    # Rich's own pager (pydoc's `more`) as much as ours: quitting it early is no failure.
    with _pipe_signal_ignored(), console.pager(CommandPager(command) if command else None, styles=command is not None):
        console.print(view)


class CommandPager(Pager):
    """Pages through a shell command (`$PAGER` or `less`), telling `less` to show
    colours as colours (`LESS=-R`) unless `$LESS` says otherwise, as git does.

    Rich's own pager goes through pydoc, which runs `less` without `-R`, so styled
    output would show as escape codes.
    """

    def __init__(self, command: str) -> None:
        self.command = command

    def show(self, content: str) -> None:
        environment = dict(os.environ)
        environment.setdefault("LESS", "-R")
        subprocess.run(self.command, shell=True, input=content, text=True, errors="backslashreplace", env=environment, check=False)


@contextlib.contextmanager
def _pipe_signal_ignored() -> Iterator[None]:
    """SIGPIPE ignored meanwhile, so that a pager quit early is a broken pipe, which
    ``subprocess`` ignores, rather than the signal that ends the process: the CLI
    restores SIGPIPE's default (:func:`align.cli.main`). Signals belong to the main
    thread; elsewhere nothing is changed."""
    if not hasattr(signal, "SIGPIPE") or threading.current_thread() is not threading.main_thread():
        yield
        return
    previous = signal.signal(signal.SIGPIPE, signal.SIG_IGN)
    try:
        yield
    finally:
        signal.signal(signal.SIGPIPE, previous)
