"""Wall time of `align export`, `align qa` and `align view` on 72/247 (en/nl), cold and cached.

Run: python benchmarks/command_speed.py [--runs 3]
Goals: export under 5 s cold, including the model's load, and under 0.5 s with every
vector cached (issue 4); QA under 1 s cached (issue 5); the view's first screen under
1 s cached (issue 6; ``view_speed.py`` breaks that one down).

Each run is the command itself in a new process, as a user types it, output to a file
or a pipe. "Cold": an empty embedding cache, the default model already converted (the
one-time conversion is not the command's cost): a fresh ``ALIGN_CACHE_DIR`` whose
``models`` folder links to the converted model. "Cached": the same commands again on
that cache. The fastest of ``--runs`` counts, since other jobs only ever slow a run down.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from rich.console import Console
from rich.table import Table

ROOT = Path(__file__).resolve().parents[1]
RESOLUTION = ROOT / "corpus" / "a-res-72-247.en+nl-mt.md"
COMMANDS = {
    "export": (["export", str(RESOLUTION), "-o", "{out}/72-247.csv"], 5.0, 0.5),
    "qa": (["qa", str(RESOLUTION), "--fail-on", "never"], None, 1.0),
    "view": (["view", str(RESOLUTION), "--no-pager"], None, 1.0),
}


def run(arguments: list[str], cache: Path, out: Path) -> float:
    command = [sys.executable, "-m", "align", *(a.format(out=out) for a in arguments)]
    start = time.perf_counter()
    subprocess.run(command, check=True, capture_output=True, env={**os.environ, "ALIGN_CACHE_DIR": str(cache)}, cwd=ROOT)
    return time.perf_counter() - start


def fresh_cache(work: Path, name: str) -> Path:
    """An empty cache folder whose converted default model is the user's."""
    from align.embed.convert import default_model_dir, prepare_default_model

    prepare_default_model()
    cache = work / name
    (cache / "models").mkdir(parents=True)
    model = default_model_dir()
    (cache / "models" / model.name).symlink_to(model, target_is_directory=True)
    return cache


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    table = Table(title=f"align on 72/247 en/nl, new process each run, best of {args.runs}; load average {os.getloadavg()[0]:.1f}")
    for column in ("command", "cold s", "goal", "cached s", "goal"):
        table.add_column(column, justify="left" if column == "command" else "right")
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        for name, (arguments, cold_goal, cached_goal) in COMMANDS.items():
            colds = []
            for k in range(args.runs):
                cache = fresh_cache(work, f"{name}-{k}")
                colds.append(run(arguments, cache, work))
            cached = min(run(arguments, cache, work) for _ in range(args.runs))
            table.add_row(
                f"align {name}", f"{min(colds):.2f}", f"< {cold_goal}" if cold_goal else "",
                f"{cached:.2f}", f"< {cached_goal}",
            )
    Console().print(table)


if __name__ == "__main__":
    main()
