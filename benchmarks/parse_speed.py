"""Parse time of each corpus file (warm, best of 5) and `align --help` start-up.

Run: python benchmarks/parse_speed.py
Goals (issue 2): the four reference documents together under 0.3 s warm; `align --help` under 0.3 s.
"""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

from rich.console import Console
from rich.table import Table
from timing import best_of

from align.parse import read_documents

CORPUS = Path(__file__).resolve().parent.parent / "corpus"


def main() -> None:
    files = sorted(p for p in CORPUS.iterdir() if p.name != "README.md")
    start = time.perf_counter()
    read_documents(str(files[0]))
    cold = time.perf_counter() - start
    table = Table(title="align parse: time per file (warm, best of 5)")
    table.add_column("file")
    table.add_column("documents", justify="right")
    table.add_column("seconds", justify="right")
    total = 0.0
    for path in files:
        seconds = best_of(5, lambda p=path: read_documents(str(p)))
        total += seconds
        table.add_row(path.name, str(len(read_documents(str(path)))), f"{seconds:.3f}")
    table.add_row("[bold]all four (goal < 0.3)", "", f"[bold]{total:.3f}")
    table.add_row("first file, cold (language models load)", "", f"{cold:.3f}")
    help_time = best_of(5, lambda: subprocess.run([sys.executable, "-m", "align", "--help"], capture_output=True, check=True))
    table.add_row("[bold]align --help (goal < 0.3)", "", f"[bold]{help_time:.3f}")
    Console().print(table)


if __name__ == "__main__":
    main()
