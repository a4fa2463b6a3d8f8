"""The work on one resolution: align its versions, check them, render its outputs.

This is what an engine runs on a worker, so it is a plain function of picklable
values (a :class:`~align.batch.grouping.Group` and an embedder) that returns
plain values: the summary row and the output files as bytes. Workers never write
to the output folder; the driver does, which keeps the files and the manifest
that vouches for them in one process, and lets a Ray cluster run without a
shared file system for outputs.

The outputs are rendered by the same public functions as `align export -o` and
`align qa -o` (into a private temporary folder, then read back), so a batch report
is byte for byte what those commands write for the same files.
"""

from __future__ import annotations

import tempfile
import time
import warnings
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING

from align.batch.grouping import Group
from align.batch.summary import Status, SummaryRow
from align.errors import AlignError, AlignWarning
from align.qa.options import QAOptions

if TYPE_CHECKING:  # pragma: no cover
    from align.embed.embedder import Embedder
    from align.model import Alignment, Finding


@dataclass
class GroupResult:
    """What a worker sends back for one resolution: its row, and its files when it succeeded."""

    row: SummaryRow
    files: dict[str, bytes]


def texts_to_embed(group: Group) -> list[str]:
    """Every text :func:`align.align` and the meaning check will embed for ``group``, so that
    the batch can embed them all up front and each resolution finds them in the cache.

    The meaning check embeds the parts (clauses and pieces between commas) of every
    unit's text and the text without each of them; those of a one-to-one unit are its
    segment's. Units that join paragraphs (merged, split) have parts of their own,
    embedded when they are checked. Its word alignment embeds each content word alone
    (:func:`align.qa.lexicon.content_words`), the same whichever unit the word stands in.
    """
    from align.aligner import segments
    from align.qa.clauses import parts_and_rests
    from align.qa.lexicon import content_words

    texts = []
    for doc in group.documents:
        for segment in segments(doc):
            texts.append(segment.text)
            for part, rest in parts_and_rests(segment.text, doc.language):
                texts.append(part.text)
                if rest:  # None: the whole text; "": not made (a run-on text, MAX_REST_CHARACTERS)
                    texts.append(rest)
            texts.extend(word for word, _ in content_words(segment.text, doc.language))
    return texts


def process_group(group: Group, embedder: Embedder | None, qa: QAOptions = QAOptions()) -> GroupResult:
    """Align, check and render one resolution; a failure becomes a `failed` row, never an exception.

    A resolution in one version is checked alone (:func:`align.one_version`: no
    embedder needed), by the chosen checks that read a version alone: a `single` row.
    :class:`AlignError` (versions that are not the same resolution, two versions in
    one language) gives its own one-line reason; any other exception is named by
    its type, so that one resolution that trips a bug does not stop a batch of a
    thousand.
    """
    import align
    from align.exporters.report import severity_counts
    from align.qa.registry import runnable_alone

    start = time.perf_counter()
    row = SummaryRow(group.name, group.symbol or "", group.languages, Status.DONE, files=[s.path for s in group.sources])
    checks = list(qa.checks) if qa.checks else None  # the user's files are read again: a few ms
    try:
        if len(group.documents) == 1:
            row.status, row.reason = Status.SINGLE, f"one version only ({group.languages[0]}): checked alone, nothing compared"
            alignment = align.one_version(group.documents[0])
            checks = runnable_alone(checks)
            if not checks:
                row.reason = f"one version only ({group.languages[0]}): every check chosen compares versions"
                return GroupResult(row, {})
            qa = replace(qa, checks=tuple(checks))  # what ran, for the report's signature
        else:
            alignment = align.align(group.documents, embedder=embedder)
        with warnings.catch_warnings():
            # The driver read them before the batch and said once what a glossary's rows lack.
            warnings.filterwarnings("ignore", message=".*which check nothing", category=AlignWarning)
            findings = align.check(alignment, checks, glossary=qa.glossary, false_friends=qa.false_friends, embedder=embedder)
        files = render_outputs(group.name, alignment, findings, qa)
    except AlignError as error:
        return GroupResult(_failed(row, str(error), start), {})
    except Exception as error:  # noqa: BLE001 - see the docstring
        return GroupResult(_failed(row, f"{type(error).__name__}: {error}", start), {})
    counts = severity_counts(findings)
    row.units = len(alignment.units)
    row.errors, row.warnings, row.info = counts["error"], counts["warning"], counts["info"]
    row.seconds = time.perf_counter() - start
    return GroupResult(row, files)


def render_outputs(name: str, alignment: Alignment, findings: list[Finding], qa: QAOptions = QAOptions()) -> dict[str, bytes]:
    """The resolution's files by name: `NAME.csv` (and its `.meta.json` signature; not for a version
    alone, which has no pairs, as `align export` refuses one), `NAME.findings.json`, `NAME.html`."""
    from align import export
    from align.exporters.report import write_report

    signature = {**alignment.signature, **qa.signature()}
    with tempfile.TemporaryDirectory(prefix="align-batch-") as temp:
        folder = Path(temp)
        if len(alignment.languages) > 1:
            export(alignment, folder / f"{name}.csv")
        write_report(findings, alignment, folder / f"{name}.findings.json", "json", signature)
        write_report(findings, alignment, folder / f"{name}.html", "html", signature)
        return {path.name: path.read_bytes() for path in sorted(folder.iterdir())}


def _failed(row: SummaryRow, reason: str, start: float) -> SummaryRow:
    row.status, row.reason, row.seconds = Status.FAILED, reason, time.perf_counter() - start
    return row
