"""CSV, TSV and JSONL export of an :class:`~align.model.Alignment` (TMX: :mod:`align.exporters.tmx`,
which :func:`export` hands it to), and the checks and atomic writes every output shares.

One row per unit: ``unit, section, number, <lang>..., link, similarity, confidence,
flags``, one text column per language in ``alignment.languages`` order (pivot
first), flags joined with ``;``, similarity and confidence rounded to 4 places and
left empty when unknown.

Choices, and why:

* **CSV is UTF-8 with a BOM** (and CRLF row ends, quoted cells keep their line
  breaks): without the BOM, Excel reads UTF-8 as the local code page and mangles
  every accent. The BOM is written to stdout too, so that ``> out.csv`` gives the
  same bytes as ``-o out.csv``.
* **TSV is UTF-8 without BOM, one line per unit**: tabs and line breaks inside a
  cell become spaces, so that ``cut``, ``awk`` and line-based tools read it, with no
  quoting at all.
* **Formula neutralisation (CSV and TSV only).** A cell that starts with ``=``,
  ``+``, ``-``, ``@``, a tab or a carriage return is run as a formula by spreadsheet
  programs, and paragraph text comes from documents nobody here controls. As OWASP
  recommends for CSV injection, such cells get a leading single quote (``'``),
  which spreadsheets hide and treat as "this is text". It applies to every text
  cell, legitimate ones included (a Dutch paragraph opening with ``-gebaseerde``
  gains the quote); the similarity and confidence columns are numbers written by
  this module and are never touched, even when negative. JSONL is not for
  spreadsheets and carries the texts unchanged: scripts should read that.
* **Where the signature goes** (tool version, model, thresholds, pivot: what
  produced the export). JSONL opens with a header record ``{"type": "signature",
  ...}``. A comment line would break CSV and TSV readers, so a CSV or TSV file
  written to ``OUT`` gets a sidecar ``OUT.meta.json`` holding the signature. On
  stdout there is no file to put a sidecar beside, so none is written: use JSONL
  or ``-o`` when the signature must travel with the rows. Nor beside a device or a
  pipe (``-o /dev/null``).
* Files are written to a temporary file in the target folder and renamed over the
  target, so a failed export never leaves a half-written file in place of a good one.
  A device or a pipe is written into (a rename would replace it), but for TMX, which is
  read back once written; a folder or one of the input files is refused (:func:`check_target`).
"""

from __future__ import annotations

import contextlib
import csv
import io
import json
import os
import secrets
import sys
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TextIO, cast

from align.errors import InputError
from align.model import Alignment, Unit

FORMATS = ("csv", "tsv", "jsonl", "tmx")

_SUFFIX_FORMATS = {".csv": "csv", ".tsv": "tsv", ".tab": "tsv", ".jsonl": "jsonl", ".ndjson": "jsonl", ".tmx": "tmx"}

#: Leading characters that make a spreadsheet run a cell as a formula (OWASP, CSV injection).
_FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")

_TSV_SPACE = str.maketrans({"\t": " ", "\n": " ", "\r": " "})


def columns(alignment: Alignment) -> list[str]:
    """The header row of CSV and TSV exports."""
    return ["unit", "section", "number", *alignment.languages, "link", "similarity", "confidence", "flags"]


def export(alignment: Alignment, path: str | Path | None, format: str | None = None) -> int:
    """Write ``alignment`` to ``path`` (stdout when None) as CSV, TSV, JSONL or TMX (a file only:
    :mod:`align.exporters.tmx`); return how many units were written, every one but in TMX, which
    leaves out those with text in one language only.

    The format is ``format`` when given, else the suffix of ``path``
    (``.csv``, ``.tsv``/``.tab``, ``.jsonl``/``.ndjson``, ``.tmx``).
    """
    fmt = export_format(path, format)
    if fmt == "tmx":
        from align.exporters.tmx import export_tmx

        return export_tmx(alignment, Path(cast(str, path))).units
    if path is None:
        _write_stdout(alignment, fmt)
        return len(alignment.units)
    target = Path(path)
    sidecar = sidecar_of(target) if fmt != "jsonl" else None
    write_atomically(target, lambda stream: write_rows(alignment, stream, fmt))
    write_sidecar(sidecar, alignment.signature)
    return len(alignment.units)


def write_rows(alignment: Alignment, stream: TextIO, format: str) -> None:
    """Write the export to an open text stream (opened with ``newline=""``), without any sidecar."""
    if format == "csv":
        stream.write("\ufeff")
        writer = csv.writer(stream, lineterminator="\r\n")
        writer.writerow(columns(alignment))
        writer.writerows(_cells(unit, alignment.languages) for unit in alignment.units)
    elif format == "tsv":
        for row in [columns(alignment), *(_cells(unit, alignment.languages, tsv=True) for unit in alignment.units)]:
            stream.write("\t".join(row) + "\n")
    elif format == "jsonl":
        stream.write(_json({"type": "signature", **alignment.signature}) + "\n")
        for unit in alignment.units:
            stream.write(_json(_record(unit, alignment.languages)) + "\n")
    else:
        raise InputError(f"unknown export format {format!r}; use one of: {', '.join(FORMATS)}")


def opens_like_a_formula(cell: str) -> bool:
    """Whether a spreadsheet would run ``cell`` as a formula (OWASP's list of first characters)."""
    return cell.startswith(_FORMULA_TRIGGERS)


def neutralise(cell: str) -> str:
    """Prefix a single quote to a cell a spreadsheet would run as a formula (OWASP)."""
    return "'" + cell if opens_like_a_formula(cell) else cell


def _cells(unit: Unit, languages: list[str], *, tsv: bool = False) -> list[str]:
    """One CSV/TSV row: text cells cleaned and neutralised, numeric cells as written."""

    def text(value: str) -> str:
        return neutralise(value.translate(_TSV_SPACE) if tsv else value)

    return [
        *map(text, [unit.id, unit.section.value, unit.number or ""]),
        *(text(unit.texts.get(language, "")) for language in languages),
        text(unit.link),
        _number(unit.similarity),
        _number(unit.confidence),
        text(";".join(unit.flags)),
    ]


def _number(value: float | None) -> str:
    return "" if value is None else str(round(float(value), 4))


def _record(unit: Unit, languages: list[str]) -> dict[str, object]:
    return {
        "type": "unit",
        "unit": unit.id,
        "section": unit.section.value,
        "number": unit.number,
        "texts": {language: unit.texts.get(language, "") for language in languages},
        "paragraphs": {language: unit.paragraphs.get(language, []) for language in languages},
        "link": unit.link,
        "similarity": None if unit.similarity is None else round(float(unit.similarity), 4),
        "confidence": round(float(unit.confidence), 4),
        "flags": list(unit.flags),
    }


def _json(value: object, indent: int | None = None) -> str:
    """JSON as people read it (real letters, not escapes); values JSON lacks are written as text."""
    return json.dumps(value, ensure_ascii=False, indent=indent, default=str)


def export_format(path: str | Path | None, format: str | None) -> str:
    """The export format ``format`` names, else the suffix of ``path``: an :class:`InputError`
    when neither names one, or when they name two (`--format tsv -o pairs.csv` would put
    tabs in a .csv), raised before any work by callers that check first (the CLI)."""
    if format is not None:
        fmt = format.lower().lstrip(".")
        if fmt not in FORMATS:
            raise InputError(f"unknown export format {format!r}; use one of: {', '.join(FORMATS)}")
        suffix = Path(path).suffix.lower() if path is not None else ""
        if _SUFFIX_FORMATS.get(suffix, fmt) != fmt:
            raise InputError(f"--format {fmt}, but {path} names a {suffix} file; give the one you mean")
        if fmt == "tmx" and path is None:
            raise InputError("stdout: a TMX file is checked once written: give a file with -o, not stdout")
        return fmt
    if path is None:
        raise InputError(f"no export format given for stdout; give one of: {', '.join(FORMATS)}")
    suffix = Path(path).suffix.lower()
    if suffix not in _SUFFIX_FORMATS:
        raise InputError(
            f"{path}: cannot tell the export format from the suffix {suffix or '(none)'!r}; "
            f"name it .csv, .tsv, .jsonl or .tmx, or give the format: {', '.join(FORMATS)}"
        )
    return _SUFFIX_FORMATS[suffix]


def _write_stdout(alignment: Alignment, fmt: str) -> None:
    """Write UTF-8 to stdout whatever the console's encoding, without closing stdout after."""
    buffer = getattr(sys.stdout, "buffer", None)
    if buffer is None:  # stdout replaced by a text-only stream (embedding, some IDEs)
        write_rows(alignment, sys.stdout, fmt)
        return
    sys.stdout.flush()
    stream = io.TextIOWrapper(buffer, encoding="utf-8", newline="", write_through=True)
    try:
        write_rows(alignment, stream, fmt)
        stream.flush()
    finally:
        stream.detach()


def check_target(path: str | Path | None, inputs: Iterable[str | Path] = ()) -> Path | None:
    """The path to write for the output path ``path`` (None: stdout), or an :class:`InputError`.

    Refused: a path whose folder does not exist; a folder; one of ``inputs``, which the
    run would overwrite with its own output; a loop of links. A link to a file is
    followed, so that the file is written and the link stays. What :func:`written_into`
    says is written into comes back as given. Callers check before the work, not after it.
    """
    if path is None:
        return None
    given = Path(path)
    try:
        if written_into(given):
            return given
        try:
            target = Path(os.path.realpath(given, strict=True)) if given.is_symlink() else given
        except FileNotFoundError:
            target = Path(os.path.realpath(given))  # a link to a file yet to be made
        if not target.parent.is_dir():
            raise InputError(f"{path}: the folder {target.parent} does not exist; create it or choose another output path")
        if target.is_dir():
            raise InputError(f"{path}: is a folder; give the path of a file to write")
        if target.exists() and any(Path(source).exists() and target.samefile(source) for source in inputs):
            raise InputError(f"{path}: is one of the input files, which the output would overwrite; give another path")
    except OSError as error:  # a name too long for the file system, a loop of links
        raise InputError(f"{path}: cannot be written ({error.strerror or error}); give another path") from error
    return target


#: The descriptors a shell may have opened for us (`>`, `>>`, `2>`, `3>`): an output that is
#: one of them (`/dev/stdout`, `/dev/fd/3`, `/proc/self/fd/1`, however reached) is written into.
_SHELL_DESCRIPTORS = range(10)


def written_into(path: Path) -> bool:
    """Whether the output ``path`` is opened and written into as it is, never renamed over:
    what is not a regular file (a device, a pipe), and a file this process already has
    open from the shell, told by identity, not by spelling (a rename would replace the
    file the shell opened for `>>`)."""
    try:
        if not path.exists():
            return False
        if not path.is_file():
            return not path.is_dir()
        status = path.stat()
        return any(_is_open_as(descriptor, status) for descriptor in _SHELL_DESCRIPTORS)
    except OSError:
        return False


def _is_open_as(descriptor: int, status: os.stat_result) -> bool:
    try:
        open_file = os.fstat(descriptor)
    except OSError:
        return False
    return (open_file.st_dev, open_file.st_ino) == (status.st_dev, status.st_ino)


def write_atomically(target: Path, write: Callable[[TextIO], object]) -> None:
    """Write through a temporary file in the same folder, then rename it over ``target``.

    The temporary file (:func:`temporary_beside`) gets the mode of the file it replaces,
    so that a file kept private stays so. A device, a pipe or an open file
    (:func:`written_into`) is written into instead.
    """
    target = check_target(target) or target
    if written_into(target):  # a rename would replace the device, or the file the shell opened
        _write_through(target, write)
        return
    try:
        descriptor, temp = temporary_beside(target)
    except OSError as error:
        raise InputError(f"{target}: cannot be written ({error.strerror or error}); check the folder's permissions") from error
    try:
        with open(descriptor, "w", encoding="utf-8", newline="") as stream:
            write(stream)
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(temp, target)
    except OSError as error:
        temp.unlink(missing_ok=True)
        raise InputError(
            f"{target}: cannot be written ({error.strerror or error}); check the path, its permissions and free space"
        ) from error
    except BaseException:
        temp.unlink(missing_ok=True)
        raise


def temporary_beside(target: Path) -> tuple[int, Path]:
    """A new temporary file in ``target``'s folder, open for writing: a short name (any
    name the file system takes for ``target`` fits), created, never overwritten, private
    while it is written, then given the permission bits of ``target`` where it exists (and
    its owner and group where this process may), else 0o666 less the umask as ``open()``."""
    temp = target.parent / f".align-{os.getpid()}-{secrets.token_hex(4)}.tmp"
    descriptor = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    try:  # by path, not descriptor: Windows has no fchmod (and chmod there sets read-only at most)
        if target.is_file():
            status = target.stat()
            os.chmod(temp, status.st_mode & 0o777)  # never setuid, setgid or sticky
            if hasattr(os, "chown"):
                with contextlib.suppress(OSError):  # only root, or an owner within the group, may
                    os.chown(temp, status.st_uid, status.st_gid)
        else:
            umask = os.umask(0)
            os.umask(umask)
            os.chmod(temp, 0o666 & ~umask)
    except BaseException:
        os.close(descriptor)
        temp.unlink(missing_ok=True)
        raise
    return descriptor, temp


def _write_through(target: Path, write: Callable[[TextIO], object]) -> None:
    try:  # appending: behind `/dev/fd/3` may be a file the shell opened for `>>`, which "w" would empty
        with open(target, "a", encoding="utf-8", newline="") as stream:
            write(stream)
    except OSError as error:
        raise InputError(f"{target}: cannot be written ({error.strerror or error}); check the path") from error


def sidecar_of(target: Path) -> Path | None:
    """Where the signature of a CSV or TSV file goes: ``TARGET.meta.json`` beside it; None
    where the output is :func:`written_into` (``-o /dev/null``), with no file to describe.
    Checked (:func:`check_target`) before the file is written, so that a sidecar that
    cannot be written leaves no file without its signature."""
    return None if written_into(target) else check_target(target.with_name(target.name + ".meta.json"))


def write_sidecar(sidecar: Path | None, signature: dict[str, object]) -> None:
    """The signature in the ``sidecar`` :func:`sidecar_of` gave, if any."""
    if sidecar is not None:
        write_atomically(sidecar, lambda stream: stream.write(_json(signature, indent=2) + "\n"))
