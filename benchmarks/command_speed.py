"""Wall time of `align export`, `align qa` and `align view` on 72/247 (en/nl), cold and cached.

Run: python benchmarks/command_speed.py [--runs 3] [--against REV]
Goals: export under 5 s cold, including the model's load, and under 0.5 s with every
vector cached (issue 4); QA under 1 s cached (issue 5); the view's first screen under
1 s cached (issue 6; ``view_speed.py`` breaks that one down).

Each run is the command itself in a new process, as a user types it, output to a file
or a pipe. "Cold": an empty embedding cache, the default model already converted (the
one-time conversion is not the command's cost): a fresh ``ALIGN_CACHE_DIR`` whose
``models`` folder links to the converted model. "Cached": the same commands again on
that cache. The fastest of ``--runs`` counts, since other jobs only ever slow a run down.

This machine's speed moves by a third within an hour (other jobs on the host): a
figure from another day says little about a change. ``--against REV`` runs the
package of another commit (``git archive``, the same interpreter and corpus) beside
this one, each run of one followed by the same run of the other, and prints both.
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


def run(arguments: list[str], cache: Path, out: Path, tree: Path = ROOT) -> float:
    """One command in a new process, with the package of ``tree`` (``python -m`` puts the
    working folder first on the path, so the command runs there; its paths are absolute)."""
    command = [sys.executable, "-m", "align", *(a.format(out=out) for a in arguments)]
    start = time.perf_counter()
    subprocess.run(command, check=True, capture_output=True, env={**os.environ, "ALIGN_CACHE_DIR": str(cache)}, cwd=tree)
    return time.perf_counter() - start


def package_of(revision: str, work: Path) -> Path:
    """A folder holding the ``align`` package of ``revision``, compiled as this tree's is."""
    archive = subprocess.run(["git", "archive", revision, "align"], cwd=ROOT, check=True, capture_output=True).stdout
    tree = work / f"at-{revision.replace('/', '-')}"
    tree.mkdir()
    subprocess.run(["tar", "-x", "-C", str(tree)], input=archive, check=True)
    for folder in (ROOT, tree):  # bytecode for both, or the first runs of one compile and the other's do not
        subprocess.run([sys.executable, "-m", "compileall", "-q", "align"], cwd=folder, check=True,
                       env={k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"})
    return tree


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
    parser.add_argument("--against", metavar="REV", help="also time the package of this commit, run by run beside this one")
    args = parser.parse_args()
    title = f"align on 72/247 en/nl, new process each run, best of {args.runs}; load average {os.getloadavg()[0]:.1f}"
    table = Table(title=title)
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        trees = {"": ROOT}
        if args.against:
            trees[f" at {args.against}"] = package_of(args.against, work)
        timed = [f"{kind}{label}" for label in trees for kind in ("cold s", "cached s")]
        columns = ["command", *timed, "goal cold", "goal cached"]
        for column in columns:
            table.add_column(column, justify="left" if column == "command" else "right")
        for name, (arguments, cold_goal, cached_goal) in COMMANDS.items():
            colds: dict[str, list[float]] = {label: [] for label in trees}
            cacheds: dict[str, list[float]] = {label: [] for label in trees}
            caches = {}
            for k in range(args.runs):
                for label, tree in trees.items():
                    caches[label] = fresh_cache(work, f"{name}{label.strip()}-{k}")
                    colds[label].append(run(arguments, caches[label], work, tree))
            for _ in range(args.runs):
                for label, tree in trees.items():
                    cacheds[label].append(run(arguments, caches[label], work, tree))
            times = [f"{min(found[label]):.2f}" for label in trees for found in (colds, cacheds)]
            table.add_row(f"align {name}", *times, f"< {cold_goal}" if cold_goal else "", f"< {cached_goal}")
    Console().print(table)

if __name__ == "__main__":
    main()
