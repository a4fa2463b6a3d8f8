"""`align view --interactive`: the side-by-side view as a Textual app.

The rows are the static view's rows (:func:`align.view.static.unit_row`) in a
list with a cursor, so both views show a unit the same way. Keys: `n`/`p` next and
previous finding, `/` search, `c` and `f` cycle the check and severity filters,
`o` only units with findings, `1`–`9` show or hide a language, `s` similarity and
confidence, `enter` a unit's detail with its findings, `q` quit.

Textual is imported here only, so that the static view and the rest of the
command line start without it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import ClassVar

from rich.console import Group, RenderableType
from rich.text import Text
from textual.app import App, ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Footer, Header, Input, ListItem, ListView, Static

from align.model import Alignment, Finding, Severity, Unit
from align.qa.base import SEVERITY_RANK
from align.view.static import (
    SEVERITY_STYLE,
    Columns,
    cell_text,
    finding_text,
    findings_by_unit,
    header_row,
    loose_findings,
    reading_order,
    search_spans,
    unit_label,
    unit_row,
)

#: The severity filter's steps: everything, then warnings and worse, then errors only.
SEVERITY_STEPS: tuple[Severity | None, ...] = (None, Severity.WARNING, Severity.ERROR)
SEVERITY_NAMES: dict[Severity | None, str] = {
    None: "all severities",
    Severity.WARNING: "warnings and errors",
    Severity.ERROR: "errors only",
}


class UnitItem(ListItem):
    """One unit's row in the list; keeps its unit so the app can find it again."""

    def __init__(self, unit: Unit, row: RenderableType) -> None:
        super().__init__(Static(row))
        self.unit = unit


class UnitScreen(ModalScreen[None]):
    """A unit in full: every version one below the other, its scores and its findings."""

    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape,enter", "dismiss", "Back")]

    def __init__(self, detail: RenderableType) -> None:
        super().__init__()
        self.detail = detail

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="detail"):
            yield Static(self.detail)
        yield Footer()


class AlignmentApp(App[None]):
    """Scroll the aligned units with their findings, filter them, search them."""

    TITLE = "align view"
    CSS = """
    #head, #loose { padding-right: 2; }
    #loose { height: auto; max-height: 8; }
    #units { height: 1fr; }
    #units > UnitItem { padding: 0 0 1 0; }
    #search { dock: bottom; display: none; }
    #search.open { display: block; }
    UnitScreen { align: center middle; }
    #detail { width: 90%; height: 90%; border: round $accent; background: $surface; padding: 0 1; }
    """
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("n", "next_finding", "Next finding"),
        Binding("p", "previous_finding", "Previous"),
        Binding("slash", "open_search", "Search", key_display="/"),
        Binding("c", "cycle_check", "Check"),
        Binding("f", "cycle_severity", "Severity"),
        Binding("o", "toggle_only_flagged", "Only flagged"),
        Binding("s", "toggle_scores", "Scores"),
        Binding("escape", "close_search", "Close search", show=False),
        Binding("q", "quit", "Quit"),
        *(Binding(str(k), f"toggle_language({k - 1})", show=False) for k in range(1, 10)),
    ]

    def __init__(self, alignment: Alignment, findings: Iterable[Finding] = (), *, show_scores: bool = False) -> None:
        super().__init__()
        self.alignment = alignment
        self.units = reading_order(alignment)
        self.grouped = findings_by_unit(findings)
        self.checks = sorted({f.check for found in self.grouped.values() for f in found})
        self.hidden: set[str] = set()
        self.check: str | None = None
        self.severity: Severity | None = None
        self.only_flagged = False
        self.show_scores = show_scores
        self.query_text: str | None = None

    # ------------------------------------------------------------------ layout

    def compose(self) -> ComposeResult:
        yield Header()
        yield Static(id="head")
        yield Static(id="loose")
        yield ListView(id="units")
        yield Input(placeholder="search the visible versions; enter finds the next match", id="search")
        yield Footer()

    async def on_mount(self) -> None:
        document = self.alignment.documents.get(self.alignment.pivot)
        self.title = f"align view · {document.symbol}" if document is not None and document.symbol else "align view"
        await self.rebuild()
        self.query_one("#units", ListView).focus()

    @property
    def languages(self) -> list[str]:
        """The languages shown, in the alignment's order."""
        return [lang for lang in self.alignment.languages if lang not in self.hidden]

    @property
    def rows(self) -> list[UnitItem]:
        return list(self.query_one("#units", ListView).query(UnitItem))

    @property
    def current(self) -> Unit | None:
        """The unit under the cursor."""
        item = self.query_one("#units", ListView).highlighted_child
        return item.unit if isinstance(item, UnitItem) else None

    def shown_findings(self, unit_id: str) -> list[Finding]:
        """The unit's findings that pass the check and severity filters."""
        return [
            f
            for f in self.grouped.get(unit_id, [])
            if (self.check is None or f.check == self.check)
            and (self.severity is None or SEVERITY_RANK[f.severity] <= SEVERITY_RANK[self.severity])
        ]

    async def rebuild(self) -> None:
        """Lay the rows out again after a filter or display setting changed, keeping the cursor's unit."""
        keep = self.current
        units = [u for u in self.units if not self.only_flagged or self.shown_findings(u.id)]
        columns = Columns.fit(units, self.languages, self.alignment.pivot, show_scores=self.show_scores)
        self.query_one("#head", Static).update(header_row(columns))
        known = {u.id for u in self.units}
        loose = [
            loose_findings(uid, found, columns)
            for uid in self.grouped
            if uid not in known and (found := self.shown_findings(uid))
        ]
        self.query_one("#loose", Static).update(Group(*loose))
        listing = self.query_one("#units", ListView)
        await listing.clear()
        await listing.extend(
            UnitItem(u, unit_row(u, self.shown_findings(u.id), columns, query=self.query_text)) for u in units
        )
        ids = [u.id for u in units]
        listing.index = ids.index(keep.id) if keep is not None and keep.id in ids else (0 if ids else None)
        self.sub_title = self.status()

    def status(self) -> str:
        """What the filters and toggles are set to, and which key shows or hides which language."""
        keys = " ".join(
            f"{k}:{lang}" + ("(hidden)" if lang in self.hidden else "") for k, lang in enumerate(self.alignment.languages, 1)
        )
        severity = SEVERITY_NAMES[self.severity]
        shown = sum(len(self.shown_findings(uid)) for uid in self.grouped)
        return f"{keys} · {self.check or 'all checks'} · {severity} · {shown} findings"

    # ------------------------------------------------------------------ actions

    def action_next_finding(self) -> None:
        if not self._seek(+1, lambda unit: bool(self.shown_findings(unit.id))):
            self.notify("no findings")

    def action_previous_finding(self) -> None:
        if not self._seek(-1, lambda unit: bool(self.shown_findings(unit.id))):
            self.notify("no findings")

    def _seek(self, step: int, wanted: Callable[[Unit], bool]) -> bool:
        """Move the cursor to the next row in ``step``'s direction whose unit is
        ``wanted``, wrapping around at either end as `less` does; False when none is."""
        listing = self.query_one("#units", ListView)
        rows = self.rows
        start = listing.index if listing.index is not None else (-1 if step > 0 else len(rows))
        for k in range(1, len(rows) + 1):
            index = (start + step * k) % len(rows)
            if wanted(rows[index].unit):
                if (step > 0) != (index > start):
                    self.notify("wrapped around")
                listing.index = index
                return True
        return False

    def action_open_search(self) -> None:
        search = self.query_one("#search", Input)
        search.add_class("open")
        search.value = self.query_text or ""
        search.focus()

    def action_close_search(self) -> None:
        self.query_one("#search", Input).remove_class("open")
        self.query_one("#units", ListView).focus()

    async def on_input_submitted(self, event: Input.Submitted) -> None:
        """Highlight the query and move to the next unit whose visible text holds it."""
        self.query_text = event.value.strip() or None
        self.action_close_search()
        await self.rebuild()
        if self.query_text is None:
            return
        query = self.query_text
        if not self._seek(+1, lambda unit: any(search_spans(unit.texts.get(lang, ""), query) for lang in self.languages)):
            self.notify(f"not found: {query}", markup=False)

    async def action_cycle_check(self) -> None:
        steps: list[str | None] = [None, *self.checks]
        self.check = steps[(steps.index(self.check) + 1) % len(steps)]
        await self.rebuild()

    async def action_cycle_severity(self) -> None:
        self.severity = SEVERITY_STEPS[(SEVERITY_STEPS.index(self.severity) + 1) % len(SEVERITY_STEPS)]
        await self.rebuild()

    async def action_toggle_only_flagged(self) -> None:
        self.only_flagged = not self.only_flagged
        await self.rebuild()

    async def action_toggle_scores(self) -> None:
        self.show_scores = not self.show_scores
        await self.rebuild()

    async def action_toggle_language(self, position: int) -> None:
        """Show or hide the language at ``position``; the last one shown stays."""
        if position >= len(self.alignment.languages):
            return
        language = self.alignment.languages[position]
        if language in self.hidden:
            self.hidden.remove(language)
        elif len(self.languages) > 1:
            self.hidden.add(language)
        else:
            self.notify("at least one language stays shown")
            return
        await self.rebuild()

    def on_list_view_selected(self, event: ListView.Selected) -> None:
        if isinstance(event.item, UnitItem):
            self.push_screen(UnitScreen(self.detail(event.item.unit)))

    def detail(self, unit: Unit) -> RenderableType:
        """The unit in full, for :class:`UnitScreen`: all versions, scores, flags and every finding."""
        pivot = self.alignment.pivot
        findings = self.grouped.get(unit.id, [])
        similarity = "–" if unit.similarity is None else f"{unit.similarity:.2f}"
        head = Text(unit_label(unit), style="bold")
        head.append(
            f"  {unit.section.value} · link {unit.link} · similarity {similarity} · confidence {unit.confidence:.2f}",
            style="dim",
        )
        if unit.flags:
            head.append(f" · {', '.join(unit.flags)}", style="yellow")
        parts: list[RenderableType] = [head]
        for lang in self.alignment.languages:
            title = Text(f"\n{lang}" + (" (pivot)" if lang == pivot else ""), style="bold")
            title.append(f"  {', '.join(unit.paragraphs.get(lang, [])) or '—'}", style="dim")
            parts += [title, cell_text(unit, lang, findings, pivot, query=self.query_text)]
        parts.append(Text(f"\n{len(findings)} finding{'s' * (len(findings) != 1)}", style="bold"))
        parts += [_finding_detail(f) for f in findings]
        return Group(*parts)


def _finding_detail(finding: Finding) -> RenderableType:
    """A finding with everything a reviser needs to act on it or ignore it."""
    lines = [Text.assemble((finding.severity.value, SEVERITY_STYLE[finding.severity]), " ", finding_text(finding, True))]
    if finding.excerpt:
        lines.append(Text(f"  excerpt:  “{finding.excerpt}”"))
    if finding.evidence:
        lines.append(Text(f"  evidence: “{finding.evidence}”"))
    lines.append(Text(f"  id: {finding.id}", style="dim"))
    return Group(*lines)
