"""A resolution's output folder: its files, and the manifest that says they are complete.

`<outdir>/<group>/` holds the export, the reports and `manifest.json`. The manifest
is what makes `--resume` safe and an interrupted run harmless:

* every file is written to a temporary name and renamed into place, and the
  manifest is written last, the same way; so a folder whose manifest exists has
  every file the manifest lists, whole, whenever the run was stopped;
* the manifest records what the outputs were made from (each input's resolved
  path and SHA-256, the tool version and the model signature) and each output's
  SHA-256, so that a resumed run redoes a resolution whose inputs, settings or
  outputs changed (an edited version, a new model, a report someone overwrote)
  and keeps every other one.

A folder without a valid manifest is simply redone; nothing reads half a folder.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
from collections.abc import Mapping
from pathlib import Path

from align.batch.grouping import Group
from align.batch.summary import SummaryRow
from align.exporters.tabular import write_atomically

MANIFEST_FILE = "manifest.json"

#: Bump when the manifest's layout changes; older manifests then count as absent.
MANIFEST_VERSION = 1


def write_group(folder: Path, files: Mapping[str, bytes], group: Group, settings: Mapping[str, object], row: SummaryRow) -> None:
    """Write ``files`` into ``folder``, then the manifest that vouches for them."""
    folder.mkdir(parents=True, exist_ok=True)
    for name, data in files.items():
        _write_bytes(folder / name, data)
    manifest = {
        "version": MANIFEST_VERSION,
        "settings": dict(settings),
        "inputs": input_records(group),
        "outputs": {name: _sha256(data) for name, data in files.items()},
        "row": row.record(),
    }
    _write_bytes(folder / MANIFEST_FILE, (json.dumps(manifest, ensure_ascii=False, indent=1) + "\n").encode("utf-8"))


def completed_row(folder: Path, group: Group, settings: Mapping[str, object]) -> SummaryRow | None:
    """The summary row recorded by an earlier run, if its outputs are complete and still current.

    Current means: the same inputs (resolved paths and content hashes), the same
    settings, and every output present with the hash the manifest recorded.
    """
    try:
        manifest = json.loads((folder / MANIFEST_FILE).read_text(encoding="utf-8"))
        if (
            manifest.get("version") != MANIFEST_VERSION
            or manifest["settings"] != dict(settings)
            or manifest["inputs"] != input_records(group)
        ):
            return None
        for name, digest in manifest["outputs"].items():
            if _sha256((folder / name).read_bytes()) != digest:
                return None
        return SummaryRow.from_record(manifest["row"])
    except (OSError, ValueError, KeyError, TypeError):
        return None


def clear_group(folder: Path) -> None:
    """Remove what an earlier run left for a resolution that now failed, so no stale report stands
    beside a `failed` row. Only the manifest's own files are removed, never anything else."""
    try:
        manifest = json.loads((folder / MANIFEST_FILE).read_text(encoding="utf-8"))
        names = list(manifest["outputs"])
    except (OSError, ValueError, KeyError, TypeError):
        return
    (folder / MANIFEST_FILE).unlink(missing_ok=True)  # first: the folder is no longer vouched for
    for name in names:
        (folder / Path(name).name).unlink(missing_ok=True)


def input_records(group: Group) -> list[dict[str, str]]:
    """The inputs as the manifest records them: resolved path and SHA-256, sorted by path."""
    return sorted(({"path": str(Path(s.path).resolve()), "sha256": s.sha256} for s in group.sources), key=lambda r: r["path"])


def without_timings(outdir: Path) -> dict[str, object]:
    """Every file of a batch's output folder by relative path, its timings taken out (the
    `seconds` of `summary.csv` and of each manifest): what two runs over the same inputs
    must share, whatever the engine, so that the Ray test and the batch benchmark can say
    the engines wrote the same outputs."""
    from align.batch.summary import SUMMARY_FILE

    files: dict[str, object] = {}
    for path in sorted(outdir.rglob("*")):
        name = path.relative_to(outdir).as_posix()
        if path.name == SUMMARY_FILE:
            rows = csv.DictReader(io.StringIO(path.read_bytes().decode("utf-8-sig")))
            files[name] = [{**row, "seconds": None} for row in rows]
        elif path.name == MANIFEST_FILE:
            manifest = json.loads(path.read_text(encoding="utf-8"))
            manifest["row"]["seconds"] = None
            files[name] = manifest
        elif path.is_file():
            files[name] = path.read_bytes()
    return files


def _write_bytes(target: Path, data: bytes) -> None:
    write_atomically(target, lambda stream: stream.buffer.write(data))


def _sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()
