"""Time to the first screen of `align view` on 72/247 (en/nl).

Run: python benchmarks/view_speed.py
Goal (issue 6): the first screen in under 1 s when embeddings are cached.

Until the aligner lands, the alignment is built by hand from the parsed documents
(preamble by position with English pp16+pp17 against Dutch pp16, operative
paragraphs and footnotes by number), which stands in for an aligner run whose
embeddings all come from the cache; the aligner's own time must be added to these
numbers. "Fresh process" rows run the whole path (start-up, imports, parse, QA
text checks, render) in a new interpreter, as `align view` would.
"""

from __future__ import annotations

import asyncio
import io
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

from rich.console import Console
from rich.table import Table

from align.model import Alignment, Document, Finding, Section, Unit
from align.parse import read_documents
from align.qa.parallel import aligned_unit, alignment_of
from align.qa.registry import run_checks
from align.view.static import render_alignment

RESOLUTION = Path(__file__).resolve().parent.parent / "corpus" / "a-res-72-247.en+nl-mt.md"


def hand_alignment(en: Document, nl: Document) -> Alignment:
    """72/247 aligned as the aligner should: Dutch pp16 holds English pp16 and pp17."""
    units = [aligned_unit(e.id, {"en": e.full_text, "nl": n.full_text}) for e, n in zip(en.preamble[:15], nl.preamble)]
    merged = {"en": f"{en.preamble[15].full_text}\n{en.preamble[16].full_text}", "nl": nl.preamble[15].full_text}
    units.append(Unit("pp16+pp17", Section.PREAMBLE, None, {"en": ["pp16", "pp17"], "nl": ["pp16"]}, merged, "2-1", 0.8, 0.6, ["merged"]))
    units.append(aligned_unit("pp18", {"en": en.preamble[17].full_text, "nl": nl.preamble[16].full_text}))
    units += [aligned_unit(e.id, {"en": e.full_text, "nl": n.full_text}) for e, n in zip(en.operative, nl.operative)]
    dutch = {note.mark: note.text for note in nl.footnotes}
    units += [aligned_unit(f"fn{note.mark}", {"en": note.text, "nl": dutch.get(note.mark, "")}) for note in en.footnotes]
    return alignment_of(units, ["en", "nl"], {"en": en, "nl": nl})


def first_screen(width: int) -> None:
    """What `align view` does before its first screen, printed to stdout (the child process)."""
    alignment = hand_alignment(*read_documents(str(RESOLUTION)))
    console = Console(width=width, force_terminal=True)
    render_alignment(alignment, run_checks(alignment), console=console, pager=False)


def best_of(runs: int, action: Callable[[], object]) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return min(times)


def fresh_process(width: int) -> float:
    """Wall time of a new interpreter producing the first screen (best of 3)."""
    command = [sys.executable, __file__, "--first-screen", str(width)]
    return best_of(3, lambda: subprocess.run(command, capture_output=True, check=True))


def import_time(module: str) -> float:
    """Wall time of a new interpreter importing ``module``, less that of a bare one (best of 3)."""
    bare = best_of(3, lambda: subprocess.run([sys.executable, "-c", "pass"], check=True))
    loaded = best_of(3, lambda: subprocess.run([sys.executable, "-c", f"import {module}"], check=True))
    return loaded - bare


def app_first_screen(alignment: Alignment, findings: list[Finding]) -> float:
    """Seconds from creating the interactive app to its first laid-out screen (headless, 160×50)."""
    from align.view.app import AlignmentApp

    async def run() -> float:
        start = time.perf_counter()
        async with AlignmentApp(alignment, findings).run_test(size=(160, 50)) as pilot:
            await pilot.pause()
            return time.perf_counter() - start

    return asyncio.run(run())


def main() -> None:
    en, nl = read_documents(str(RESOLUTION))
    alignment = hand_alignment(en, nl)
    findings = run_checks(alignment)

    def render(width: int) -> None:
        console = Console(width=width, force_terminal=True, file=io.StringIO())
        render_alignment(alignment, findings, console=console, pager=False)

    table = Table(title=f"align view: 72/247 en/nl, {len(alignment.units)} units, {len(findings)} findings")
    table.add_column("step")
    table.add_column("seconds", justify="right")
    table.add_row("import align.view.static, fresh process", f"{import_time('align.view.static'):.3f}")
    table.add_row("parse (warm, best of 5)", f"{best_of(5, lambda: read_documents(str(RESOLUTION))):.3f}")
    table.add_row("QA text checks (best of 5)", f"{best_of(5, lambda: run_checks(alignment)):.3f}")
    table.add_row("render static view, 220 columns (best of 5)", f"{best_of(5, lambda: render(220)):.3f}")
    table.add_row("render static view, 80 columns (best of 5)", f"{best_of(5, lambda: render(80)):.3f}")
    table.add_row("[bold]first screen, fresh process, 220 columns (goal < 1)", f"[bold]{fresh_process(220):.3f}")
    table.add_row("first screen, fresh process, 80 columns", f"{fresh_process(80):.3f}")
    table.add_row("interactive app mounted, in process (headless)", f"{app_first_screen(alignment, findings):.3f}")
    Console().print(table)


if __name__ == "__main__":
    if sys.argv[1:2] == ["--first-screen"]:
        first_screen(int(sys.argv[2]))
    else:
        main()
