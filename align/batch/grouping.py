"""Which files a batch is made of, and which of them are versions of the same resolution.

A batch starts from what the user typed (folders, files, globs) and ends with
:class:`Group` objects, one per resolution, each holding the parsed versions of
that resolution, plus a :class:`Rejected` entry for every file that could not be
used and why. No file is dropped without an entry: a reviser must be able to tell
"checked, nothing found" from "never looked at".

Choices, and why:

* **Folders are searched recursively** (archives are filed by session or year), in
  sorted order so that a batch is the same whatever the file system returns.
  Hidden files and folders (`.git`, editor swap files) are left out, and so is the
  output folder, so that running a batch over `.` twice does not read its own
  reports.
* **Versions are grouped by a key that the symbol and the file name share.** The
  key is the header symbol made into a file-name-like slug (`A/RES/72/247` ->
  `a-res-72-247`); a file whose header has no symbol (drafts, declarations) falls
  back on its file name with the language part removed (`udhr.fr.html` -> `udhr`,
  `hrc-53-intl-cooperation.fr.ocr.txt` -> `hrc-53-intl-cooperation`). As UN files
  are named after their symbols, a version whose symbol was not recognised still
  joins the versions whose symbol was. The key is also the name of the group's
  output folder.
* **A file is never split**: when one file holds several versions
  (`a-res-72-247.en+nl-mt.md`), the first symbol among them decides the key of all.
* **A copy is left out**: a file with the same bytes as one before it (in path
  order) is a :class:`Rejected` entry naming that file. Two different versions in
  the same language in one group are not resolved here: the aligner refuses them
  with a message naming both files, and the batch reports that resolution as
  failed.
"""

from __future__ import annotations

import glob
import hashlib
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from align.errors import AlignError, InputError
from align.model import Alignment, Document

#: The characters that make an input a glob pattern rather than a path.
_GLOB_CHARS = re.compile(r"[*?\[]")

#: A dotted part of a file name that names languages or how the text was made, not the
#: resolution: `fr`, `en+nl-mt`, `ocr`, `fr-ca`. Whole names are longer (`udhr`, `draft`).
_LANGUAGE_PART = re.compile(r"^[a-z]{2,3}(?:[+-][a-z0-9]{2,3})*$", re.IGNORECASE)

_NOT_SLUG = re.compile(r"[^a-z0-9]+")


@dataclass(frozen=True)
class Source:
    """One input file of a group: where it is, its content hash, the languages it gave."""

    path: str
    sha256: str
    languages: tuple[str, ...]


@dataclass(frozen=True)
class ParsedFile:
    """A file after parsing: its versions, or the one-line reason it cannot be used."""

    path: str
    sha256: str
    documents: tuple[Document, ...] = ()
    error: str | None = None


@dataclass
class Group:
    """The versions of one resolution, in input order (files sorted by path, versions in file order)."""

    name: str  # the grouping key, also the output folder's name: `a-res-72-247`, `udhr`
    symbol: str | None  # the normalised header symbol, when any version printed one
    sources: list[Source] = field(default_factory=list)
    documents: list[Document] = field(default_factory=list)

    @property
    def languages(self) -> list[str]:
        return [doc.language for doc in self.documents]


@dataclass(frozen=True)
class Rejected:
    """A file that is in no group, and why."""

    path: str
    reason: str


def find_files(inputs: Sequence[str | Path], exclude: Path | None = None) -> list[Path]:
    """The files named by ``inputs`` (folders searched recursively, globs expanded), each once.

    Raises :class:`InputError` for an input that does not exist, a glob that matches
    nothing and a folder with no files: those are typing mistakes the user wants to
    hear about before anything runs.
    """
    excluded = exclude.resolve() if exclude is not None else None
    found: dict[Path, Path] = {}  # resolved path -> the path as given: ordered, each file once
    for item in inputs:
        text = str(item)
        path = Path(text).expanduser()
        if path.is_dir():
            files = [f for f in _walk(path) if excluded is None or not f.resolve().is_relative_to(excluded)]
            if not files:
                raise InputError(f"{path}: the folder holds no files; give a folder of resolutions")
        elif path.exists():
            files = [path]
        elif _GLOB_CHARS.search(text):
            files = [Path(p) for p in sorted(glob.glob(text, recursive=True)) if Path(p).is_file()]
            if not files:
                raise InputError(f"{text}: the pattern matches no file")
        else:
            raise InputError(f"{path}: no such file or folder")
        for file in files:
            found.setdefault(file.resolve(), file)
    return list(found.values())


def _walk(folder: Path) -> list[Path]:
    """Every non-hidden file under ``folder``, in sorted order, hidden folders not entered."""
    files = []
    for entry in sorted(folder.iterdir()):
        if entry.name.startswith("."):
            continue
        if entry.is_dir():
            files += _walk(entry)
        elif entry.is_file():
            files.append(entry)
    return files


def parse_file(path: str | Path) -> ParsedFile:
    """Hash and parse one file; every failure becomes the file's reason, never an exception.

    Unexpected errors (a parser bug on an odd input) are caught too and named by
    their type: one strange file must not stop a batch of a thousand.
    """
    import align

    text = str(path)
    try:
        sha256 = hashlib.sha256(Path(text).read_bytes()).hexdigest()
    except OSError as error:
        return ParsedFile(text, "", error=f"cannot be read ({error.strerror or error})")
    try:
        documents = tuple(align.read(text))
    except AlignError as error:
        return ParsedFile(text, sha256, error=_without_path(str(error), text))
    except Exception as error:  # noqa: BLE001 - see the docstring
        return ParsedFile(text, sha256, error=f"the parser failed: {type(error).__name__}: {error}")
    return ParsedFile(text, sha256, documents)


def _without_path(message: str, path: str) -> str:
    """The parser's one-line message without its leading ``PATH: ``, which the listing already shows."""
    return message[len(path) + 2 :] if message.startswith(f"{path}: ") else message


def group_files(parsed: Iterable[ParsedFile]) -> tuple[list[Group], list[Rejected]]:
    """The groups of the parsed files, sorted by name, and the files that could not be parsed."""
    groups: dict[str, Group] = {}
    rejected = []
    first_of: dict[str, str] = {}  # content hash -> the first file with that content
    for item in sorted(parsed, key=lambda p: p.path):
        if item.error is not None:
            rejected.append(Rejected(item.path, item.error))
            continue
        # An archive often files one document twice (by session and by topic): the copy adds
        # nothing, and kept it would make its resolution fail as two versions in one language.
        first = first_of.setdefault(item.sha256, item.path)
        if first != item.path:
            rejected.append(Rejected(item.path, f"the same bytes as {first}: a copy, left out"))
            continue
        symbol = next((normalise_symbol(d.symbol) for d in item.documents if d.symbol), None)
        name = slug(symbol) if symbol else file_key(item.path)
        group = groups.setdefault(name, Group(name, symbol))
        group.symbol = group.symbol or symbol
        group.sources.append(Source(item.path, item.sha256, tuple(d.language for d in item.documents)))
        group.documents.extend(item.documents)
    return [groups[name] for name in sorted(groups)], rejected


def normalise_symbol(symbol: str) -> str:
    """A document symbol as one spelling: upper case, no spaces (`a/res/72/ 247` -> `A/RES/72/247`)."""
    return re.sub(r"\s+", "", symbol).upper()


def slug(text: str) -> str:
    """Lower case letters and digits joined by single hyphens: a safe folder name on any system."""
    return _NOT_SLUG.sub("-", text.lower()).strip("-") or "unnamed"


def resolution_key(alignment: Alignment) -> str:
    """What a memory and a TMX file know a resolution by: the symbol in its pivot's header (else
    any version's), else the pivot's file name less its language parts (:func:`file_key`:
    `udhr.en.html` and `udhr.fr.html` are `udhr`), so that versions aligned later with another
    pivot are known as the same resolution's."""
    documents = sorted(alignment.documents.values(), key=lambda document: document.language != alignment.pivot)
    for document in documents:
        if document.header.symbol:
            return document.header.symbol
    if documents:
        return file_key(documents[0].path)
    raise InputError("an alignment without documents names no resolution: its symbol and its files are unknown")


def file_key(path: str | Path) -> str:
    """The grouping key of a file without a symbol: its name less extension and language parts.

    `a-res-76-170.fr.md` -> `a-res-76-170`; `hrc-53-intl-cooperation.fr.ocr.txt` ->
    `hrc-53-intl-cooperation`; `udhr.en.html` -> `udhr`. The first part is always kept.
    """
    parts = Path(path).name.split(".")
    if len(parts) > 1:
        parts = parts[:-1]  # the extension
    while len(parts) > 1 and _LANGUAGE_PART.match(parts[-1]):
        parts.pop()
    return slug(".".join(parts))
