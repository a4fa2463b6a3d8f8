"""Time to the first screen of `align view` on 72/247 (en/nl), embeddings cached.

Run: python benchmarks/view_speed.py
Goal (issue 6): the first screen in under 1 s when embeddings are cached.

The headline row runs the real command in a new process, as a user would:
`align view corpus/a-res-72-247.en+nl-mt.md --no-pager` at 220 and 80 columns, with
every vector already in align's embedding cache (a first run fills it if needed; the
table says whether it had to). The other rows break the same path down in this
process: import, parse, alignment (vectors from the cache), every QA check (the
meaning check's clause vectors from the cache too), render; and the interactive app's
first laid-out screen.
"""

from __future__ import annotations

import asyncio
import io
import os
import subprocess
import sys
import time
from pathlib import Path

from rich.console import Console
from rich.table import Table
from timing import best_of

RESOLUTION = Path(__file__).resolve().parent.parent / "corpus" / "a-res-72-247.en+nl-mt.md"
COMMAND = [sys.executable, "-m", "align", "view", str(RESOLUTION), "--no-pager"]


def fresh_process(width: int) -> float:
    """Wall time of `align view` in a new interpreter, output to a pipe (best of 5)."""
    env = {**os.environ, "COLUMNS": str(width)}
    return best_of(5, lambda: subprocess.run(COMMAND, capture_output=True, check=True, env=env))


def import_time(module: str) -> float:
    """Wall time of a new interpreter importing ``module``, less that of a bare one (best of 5)."""
    bare = best_of(5, lambda: subprocess.run([sys.executable, "-c", "pass"], check=True))
    loaded = best_of(5, lambda: subprocess.run([sys.executable, "-c", f"import {module}"], check=True))
    return loaded - bare


def app_first_screen(alignment, findings) -> float:
    """Seconds from creating the interactive app to its first laid-out screen (headless, 160×50)."""
    from align.view.app import AlignmentApp

    async def run() -> float:
        start = time.perf_counter()
        async with AlignmentApp(alignment, findings).run_test(size=(160, 50)) as pilot:
            await pilot.pause()
            return time.perf_counter() - start

    return asyncio.run(run())


def main() -> None:
    start = time.perf_counter()
    subprocess.run(COMMAND, capture_output=True, check=True)  # fills the cache if it must
    filling = time.perf_counter() - start

    import align
    from align.embed import get_embedder
    from align.view.static import render_alignment

    embedder = get_embedder(None)
    documents = align.read_versions([RESOLUTION])
    alignment = align.align(documents, embedder=embedder)
    findings = align.check(alignment, embedder=embedder)

    def render(width: int) -> None:
        console = Console(width=width, force_terminal=True, file=io.StringIO())
        render_alignment(alignment, findings, console=console, pager=False)

    table = Table(title=f"align view: 72/247 en/nl, {len(alignment.units)} units, {len(findings)} findings")
    table.add_column("step")
    table.add_column("seconds", justify="right")
    table.add_row("first run (fills the embedding cache if it is empty)", f"{filling:.3f}")
    table.add_row("import align.cli, fresh process", f"{import_time('align.cli'):.3f}")
    table.add_row("parse (warm, best of 5)", f"{best_of(5, lambda: align.read_versions([RESOLUTION])):.3f}")
    table.add_row("align, vectors cached (best of 5)", f"{best_of(5, lambda: align.align(documents, embedder=embedder)):.3f}")
    table.add_row("QA checks, all (best of 5)", f"{best_of(5, lambda: align.check(alignment, embedder=embedder)):.3f}")
    table.add_row("render static view, 220 columns (best of 5)", f"{best_of(5, lambda: render(220)):.3f}")
    table.add_row("render static view, 80 columns (best of 5)", f"{best_of(5, lambda: render(80)):.3f}")
    table.add_row("[bold]align view, fresh process, 220 columns (goal < 1)", f"[bold]{fresh_process(220):.3f}")
    table.add_row("align view, fresh process, 80 columns", f"{fresh_process(80):.3f}")
    table.add_row("interactive app mounted, in process (headless)", f"{app_first_screen(alignment, findings):.3f}")
    Console().print(table)


if __name__ == "__main__":
    main()
