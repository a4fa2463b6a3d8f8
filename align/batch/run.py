"""`align batch`: a whole folder of resolutions, from files to reports, in four phases.

1. **find and parse** every input file (in the engine), and group the versions
   into resolutions (:mod:`align.batch.grouping`);
2. **decide** what to do with each resolution: unchanged since the last run
   (``resume``, :mod:`align.batch.outputs`), or to be done (a resolution in one
   version is checked alone, :func:`align.one_version`);
3. **embed** every text the resolutions to be done need, across the whole batch,
   in large batches through the embedding cache (:meth:`Engine.embed`);
4. **align, check and render** each resolution (in the engine), writing its
   files and manifest as soon as it comes back, then `summary.csv`, `rejected.csv`
   and `index.html` (:mod:`align.batch.summary`).

Only this module writes to the output folder, and everything it writes is
atomic, so an interrupted batch leaves every resolution either complete or
absent; the summary is written even then, listing what was finished.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from align.batch.engines import Engine, shard_texts
from align.batch.grouping import Group, Rejected, find_files, group_files
from align.batch.outputs import clear_group, completed_row, write_group
from align.batch.progress import Progress, SilentProgress
from align.batch.resolution import GroupResult, texts_to_embed
from align.batch.summary import Status, SummaryRow, write_summary
from align.errors import InputError
from align.model import Severity
from align.qa.options import QAOptions


@dataclass
class BatchResult:
    """What a batch did: one row per resolution (sorted by group), and the files it could not use."""

    outdir: Path
    rows: list[SummaryRow]
    rejected: list[Rejected]

    def exit_code(self, fail_on: str = "error") -> int:
        """1 when a resolution has a finding at or above ``fail_on``, or could not be checked at
        all (a resolution that failed is not a pass); 0 otherwise, and always with ``never``."""
        from align.exporters.report import NEVER, exit_code
        from align.qa.base import SEVERITY_RANK

        exit_code([], fail_on)  # refuses an unknown value with the message `align qa` gives
        if fail_on == NEVER:
            return 0
        counted = [s for s in Severity if SEVERITY_RANK[s] <= SEVERITY_RANK[Severity(fail_on)]]
        names = {Severity.ERROR: "errors", Severity.WARNING: "warnings", Severity.INFO: "info"}
        return int(
            any(row.status == Status.FAILED or any(getattr(row, names[s]) for s in counted) for row in self.rows)
        )


def run_batch(
    inputs: Sequence[str | Path],
    outdir: str | Path,
    engine: Engine,
    *,
    resume: bool = False,
    progress: Progress | None = None,
    qa: QAOptions = QAOptions(),
) -> BatchResult:
    """Parse, align and check every resolution in ``inputs`` (with ``qa``: the checks, the
    user's glossary and false friends); write their outputs into ``outdir``.

    ``engine`` is entered already (see :func:`~align.batch.engines.make_engine`).
    Raises :class:`InputError` before writing anything when ``outdir`` is a file,
    an input does not exist, or no input file is a resolution, and an error of the
    user's glossary or false friends when one cannot be read.
    """
    progress = progress or SilentProgress()
    qa.read()  # here, once: the workers read the files again, in silence
    outdir = Path(outdir)
    if outdir.exists() and not outdir.is_dir():
        raise InputError(f"{outdir}: is a file, not a folder; give a folder for the outputs (-o)")
    files = find_files(inputs, exclude=outdir)
    progress.start("parse", len(files))
    parsed = []
    for item in engine.parse(files):
        parsed.append(item)
        progress.advance("parse")
    groups, rejected = group_files(parsed)
    if not groups:
        raise InputError(_no_resolution(rejected))
    try:
        outdir.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise InputError(f"{outdir}: cannot be created ({error.strerror or error}); choose another output folder") from error

    settings = {"tool": _tool(), "model": engine.signature, **qa.signature()}
    rows: dict[str, SummaryRow] = {}
    pending: list[Group] = []
    for group in groups:
        if resume and (row := completed_row(outdir / group.name, group, settings)) is not None:
            row.status = Status.UNCHANGED
            rows[group.name] = row
        else:
            pending.append(group)
    try:
        # A resolution in one version is checked alone: nothing of it is embedded.
        shards = shard_texts({group.name: texts_to_embed(group) for group in pending if len(group.documents) > 1}, engine.shards)
        progress.start("embed", sum(len(texts) for texts in shards))
        for done in engine.embed(shards):
            progress.advance("embed", done)
        progress.start("resolutions", len(pending))
        by_name = {group.name: group for group in pending}
        for result in engine.process(pending, qa):
            _save(outdir, by_name[result.row.group], result, settings)
            rows[result.row.group] = result.row
            progress.advance("resolutions", findings=result.row.errors + result.row.warnings + result.row.info, errors=result.row.errors)
    finally:
        ordered = [rows[name] for name in sorted(rows)]
        write_summary(ordered, rejected, outdir)
    return BatchResult(outdir, ordered, rejected)


def _save(outdir: Path, group: Group, result: GroupResult, settings: dict[str, object]) -> None:
    """Write a resolution's files and manifest, or clear what an earlier run left if it failed now."""
    folder = outdir / group.name
    if not result.files:  # failed, or a single version none of the chosen checks could be given
        clear_group(folder)
    else:
        write_group(folder, result.files, group, settings, result.row)


def _no_resolution(rejected: Sequence[Rejected]) -> str:
    """The one line for a batch without a single resolution: how many files, and the first one's reason."""
    first = rejected[0]
    if len(rejected) == 1:
        return f"no resolution to check: {first.path}: {first.reason}"
    return f"no resolution to check among the {len(rejected)} files given; the first, {first.path}: {first.reason}"


def _tool() -> str:
    from align import __version__

    return f"align {__version__}"
