"""How long `align batch` takes, cold and cached, on the local engine and on Ray: prints tables.

The batch is the corpus folder plus ``../shared/corpus/extra/`` (whatever of it is
here). Every run is the real command in its own process, with its own output
folder:

- ``cold``: a fresh ``ALIGN_CACHE_DIR`` holding a copy of the converted default
  model but no embeddings, so every text is embedded (the model is loaded once);
- ``cached``: the same cache again, now full: no model is loaded;
- ``resume``: the cached run's output folder again with ``--resume``: nothing redone;
- the same cold and cached runs with ``--engine ray`` (a local Ray instance the
  command starts itself, with its own fresh cache), when Ray is installed.

The Ray runs' outputs are compared with the local runs' (every file, timings left
out), and the difference in wall time between the engines on the cached runs is
Ray's overhead on one machine.

Run: ``python benchmarks/batch_speed.py`` (``--jobs N`` for the local pool; default: all cores).
"""

from __future__ import annotations

import argparse
import csv
import io
import os
import shutil
import subprocess
import sys
import tempfile
import time
from importlib.util import find_spec
from pathlib import Path

from align.batch.outputs import without_timings
from align.paths import cache_root

ROOT = Path(__file__).resolve().parent.parent
INPUTS = [ROOT / "corpus", ROOT.parent / "shared" / "corpus" / "extra"]


def fresh_cache(folder: Path) -> Path:
    """A cache folder with the converted model (copied from the user's) and no embeddings."""
    from align.embed.convert import prepare_default_model

    model = prepare_default_model()
    target = folder / model.relative_to(cache_root())
    shutil.copytree(model, target)
    return folder


def run(inputs: list[Path], out: Path, cache: Path, *options: str) -> float:
    """Run `align batch` in its own process; its wall time in seconds."""
    env = {**os.environ, "ALIGN_CACHE_DIR": str(cache), "NO_COLOR": "1"}
    start = time.perf_counter()
    result = subprocess.run(
        [sys.executable, "-m", "align", "batch", *map(str, inputs), "-o", str(out), "--fail-on", "never", *options],
        capture_output=True,
        text=True,
        env=env,
        check=False,
    )
    wall = time.perf_counter() - start
    if result.returncode != 0:
        sys.exit(f"align batch {' '.join(options)} failed ({result.returncode}): {result.stderr.strip()[-2000:]}")
    return wall


def summary(out: Path) -> dict[str, dict[str, str]]:
    rows = csv.DictReader(io.StringIO((out / "summary.csv").read_bytes().decode("utf-8-sig")))
    return {row["group"]: row for row in rows}


def table(title: str, header: list[str], rows: list[list[str]]) -> None:
    widths = [max(len(str(cell)) for cell in column) for column in zip(header, *rows)]
    print(f"\n{title}")
    for i, row in enumerate([header, *rows]):
        print("  ".join(str(cell).ljust(width) if j == 0 else str(cell).rjust(width) for j, (cell, width) in enumerate(zip(row, widths))))
        if i == 0:
            print("  ".join("-" * width for width in widths))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--jobs", type=int, default=None, help="worker processes of the local engine")
    args = parser.parse_args()
    inputs = [path for path in INPUTS if path.is_dir()]
    jobs = ["--jobs", str(args.jobs)] if args.jobs else []
    engines = {"local": jobs, **({"ray": ["--engine", "ray"]} if find_spec("ray") else {})}
    walls: dict[str, float] = {}
    with tempfile.TemporaryDirectory(prefix="align-batch-bench-") as temp:
        work = Path(temp)
        for engine, options in engines.items():
            cache = fresh_cache(work / f"cache-{engine}")
            walls[f"{engine} cold"] = run(inputs, work / f"{engine}-cold", cache, *options)
            walls[f"{engine} cached"] = run(inputs, work / f"{engine}-cached", cache, *options)
            walls[f"{engine} resume"] = run(inputs, work / f"{engine}-cached", cache, *options, "--resume")
        runs = {name: summary(work / name.replace(" ", "-")) for name in walls if not name.endswith("resume")}
        local = runs["local cold"]
        print(f"align batch over {', '.join(str(p) for p in inputs)}")
        print(f"{len(local)} resolutions, {sum(r['status'] == 'done' for r in local.values())} aligned; cores: {os.cpu_count()}")
        done = [g for g, row in local.items() if row["status"] == "done"]
        table(
            "Per resolution (seconds to align, check and render, in the worker; embedding is batch-wide, below)",
            ["resolution", "languages", "units", "findings", *runs],
            [
                [
                    group,
                    local[group]["languages"],
                    local[group]["units"],
                    str(sum(int(local[group][k]) for k in ("errors", "warnings", "info"))),
                    *(run[group]["seconds"] for run in runs.values()),
                ]
                for group in done
            ],
        )
        table("Whole batch (wall time of the command, seconds)", ["run", "seconds"], [[name, f"{wall:.1f}"] for name, wall in walls.items()])
        if "ray cached" in walls:
            same = all(without_timings(work / f"ray-{kind}") == without_timings(work / f"local-{kind}") for kind in ("cold", "cached"))
            print(f"\nRay outputs identical to the local engine's (timings aside): {'yes' if same else 'NO'}")
            overhead = walls["ray cached"] - walls["local cached"]
            print(f"Ray overhead on this machine (cached runs): {overhead:+.1f} s")


if __name__ == "__main__":
    main()
