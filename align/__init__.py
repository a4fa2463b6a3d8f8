"""align: parse, align and check the language versions of UN resolutions.

The public API is a handful of functions, one per stage of the flow
(text -> documents -> alignment -> findings -> output); each CLI command is a thin
wrapper over them. Nothing heavy (torch, sentence-transformers) is imported here,
so that ``import align`` and ``align parse`` start instantly::

    import align
    documents = align.read_versions(["a-res-72-247.en+nl-mt.md"])
    alignment = align.align(documents)
    findings = align.check(alignment)
    align.export(alignment, "72-247.csv")
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, cast

__version__ = "0.1.0"

if TYPE_CHECKING:  # pragma: no cover
    from align.embed.embedder import Embedder
    from align.model import Alignment, Document, Finding
    from align.qa.falsefriends import FalseFriend
    from align.qa.terminology import Glossary


def read(path: str | Path, *, language: str | None = None) -> list[Document]:
    """Parse one file into its language versions (one :class:`Document` each, in file order)."""
    from align.parse import read_documents

    return read_documents(str(path), language=language)


def read_versions(paths: Sequence[str | Path], *, language: str | None = None, segments: str = "paragraphs") -> list[Document]:
    """The language versions held by several files, in file order.

    ``language`` overrides identification: one code makes each file one version in
    that language; several, comma-separated, name the versions in the order of the
    files and of the versions in each (``en,nl`` for one file holding both, or for
    ``en.txt nl.txt``). A file whose versions identification cannot tell (the text
    fails to parse as it splits it) takes what the others leave; failing that, as many
    codes as files give each file one version.

    ``segments="lines"`` makes each non-empty line a segment (no parsing), so that the
    aligner can be compared with sentence aligners on their own line-aligned data.
    """
    if segments not in ("paragraphs", "lines"):
        from align.errors import InputError

        raise InputError(f"unknown --segments {segments!r}; use paragraphs or lines")
    codes = [code.strip() for code in language.split(",")] if language else []
    if segments == "lines":
        if len(codes) > 1 and len(codes) != len(paths):
            from align.errors import InputError

            raise InputError(f"--segments lines reads each file as one version: give one --lang code per file, not {language!r}")
        per_file = codes if len(codes) == len(paths) else [language] * len(paths)
        return [_line_document(path, code) for path, code in zip(paths, per_file, strict=True)]
    return [doc for path, code in zip(paths, _codes_per_file(paths, codes), strict=True) for doc in read(path, language=code)]


def _codes_per_file(paths: Sequence[str | Path], codes: list[str]) -> list[str | None]:
    """Each file's share of the ``--lang`` codes, as :func:`read_versions` says."""
    if len(codes) < 2 or len(paths) < 2:
        return [",".join(codes) or None] * len(paths)
    from align.errors import AlignError, InputError
    from align.parse import parse_raw
    from align.readers import read_text

    counts: list[int | None] = []
    for path in paths:
        raw = read_text(path)  # a missing, binary or mis-encoded file says so itself
        try:
            counts.append(len(parse_raw(raw)))
        except AlignError:  # an unknown language, a text that splits wrongly: the codes are what names it
            counts.append(None)
    known = sum(count for count in counts if count is not None)
    if counts.count(None) == 1 and len(codes) > known:
        counts[counts.index(None)] = len(codes) - known
    if None not in counts and sum(cast(list[int], counts)) == len(codes):
        shares, start = [], 0
        for count in cast(list[int], counts):
            shares.append(",".join(codes[start : start + count]))
            start += count
        return shares
    if len(codes) == len(paths) and None in counts:
        return list(codes)
    held = ", ".join(f"{path}: {'?' if count is None else count}" for path, count in zip(paths, counts, strict=True))
    raise InputError(
        f"--lang gives {len(codes)} languages but the files hold other numbers of versions ({held}); "
        "give one code per version, in file order"
    )


def _line_document(path: str | Path, language: str | None) -> Document:
    """One version of one segment a line. No parsing, so any language goes: a code only
    has to be one (`xx` is refused), and a text no language is found in is `und`."""
    import unicodedata

    from align.aligner import line_document
    from align.errors import InputError
    from align.parse.language import identify, is_language_code
    from align.readers import read_text
    from align.readers.textfile import decode

    raw = read_text(path)  # its errors: missing, empty, binary, undecodable
    given = (language or "").strip().lower()
    if given and not is_language_code(given):
        raise InputError(f"{raw.path}: --lang {given!r} is no language code; give an ISO 639-1 code (en, fr, ru, zh)")
    code = given or raw.language or identify(raw.text) or "und"
    text = raw.text
    if raw.format in ("text", "markdown"):
        # Lines are what a line feed ends in the file: the readers make a Unicode line
        # separator (U+2028) a line end too, which would cut one line of a pair in two.
        file = Path(path)
        text = unicodedata.normalize("NFC", decode(file, file.read_bytes()).removeprefix("\ufeff").replace("\r\n", "\n"))
    return line_document(text, code, raw.path)


def align(
    documents: Sequence[Document],
    *,
    model: str | None = None,
    embedder: Embedder | None = None,
    pivot: str | None = None,
    force: bool = False,
    device: str = "auto",
) -> Alignment:
    """Align the versions paragraph by paragraph; embeddings come from the cache when they can.

    All texts of all versions are embedded in one call, so that batches are as large
    as they can be and a fully cached run loads no model at all.
    """
    from align.aligner import align_documents, check_versions, segments
    from align.embed import get_embedder

    check_versions(documents, pivot, force=force)  # before the model loads and embeds for minutes
    embedder = embedder or get_embedder(model, device=device)
    texts = {doc.language: [s.text for s in segments(doc)] for doc in documents}
    rows = embedder.embed([text for group in texts.values() for text in group], role="passage")
    vectors, start = {}, 0
    for language, group in texts.items():
        vectors[language] = rows[start : start + len(group)]
        start += len(group)
    return align_documents(documents, vectors, pivot=pivot, model=embedder.signature, force=force)


def one_version(document: Document, *, pivot: str | None = None) -> Alignment:
    """A version on its own, as an alignment of one language, for :func:`check` to find what a
    version shows alone (OCR damage, page furniture in the text, numbering, grammar, openings,
    spaces, the session against its symbol, English names left in it) and for the viewer: :func:`align` refuses a single
    version, having nothing to align it with. A ``pivot``
    other than its language is an :class:`~align.errors.AlignmentError`, as :func:`align` says it."""
    from align.aligner import one_version as _one_version

    return _one_version(document, pivot=pivot)


def check(
    alignment: Alignment,
    checks: Sequence[str] | None = None,
    *,
    glossary: str | Path | Glossary | None = None,
    false_friends: str | Path | tuple[FalseFriend, ...] | None = None,
    embedder: Embedder | None = None,
    ignore: Sequence[str] = (),
) -> list[Finding]:
    """Run the QA checks on an alignment: findings worst first, accepted fingerprints left out.

    ``glossary`` and ``false_friends`` are the user's TSV files, used on top of the shipped
    ones, or what :func:`~align.qa.terminology.load_glossary` and
    :func:`~align.qa.falsefriends.load_false_friends` made of them: read once, they serve
    every alignment checked against them.

    Without ``embedder``, the checks that embed (meaning) use the default model, as
    :func:`align` does; an alignment made with another model needs its embedder
    passed, since its vectors and the check's would not be comparable. A version alone
    (:func:`one_version`) is given only the checks that find something in a version on
    its own (:attr:`~align.qa.base.Check.alone`); one that compares versions, named in
    ``checks``, is a :class:`~align.qa.registry.CheckError`.
    """
    from align.qa.base import QAContext
    from align.qa.falsefriends import load_false_friends
    from align.qa.registry import CHECKS, CheckError, check_names, run_checks, runnable_alone
    from align.qa.terminology import Glossary, load_glossary

    checks = None if checks is None else list(checks)
    check_names(checks)
    if len(alignment.languages) == 1:  # one version (:func:`one_version`): only the checks that need no other
        alone = runnable_alone(checks)
        if checks is not None and (compare := [name for name in checks if name not in alone]):
            raise CheckError(f"check {compare[0]!r} compares versions, and {alignment.pivot} is the only one here")
        checks, embedder = alone, None  # given an embedder, the meaning check would embed every part for nothing
    elif embedder is None and any("embedder" in CHECKS[name].needs for name in checks or CHECKS):
        embedder = _default_embedder_for(alignment)
    context = QAContext(
        embedder=embedder,
        glossary=glossary if isinstance(glossary, Glossary) else load_glossary(str(glossary) if glossary else None),
        false_friends=false_friends if isinstance(false_friends, tuple) else load_false_friends(false_friends),
    )
    return run_checks(alignment, checks, context=context, ignore=ignore)


def _default_embedder_for(alignment: Alignment) -> Embedder:
    from align.embed import get_embedder
    from align.errors import ModelError

    default = get_embedder()
    made_with = alignment.signature.get("model")
    if made_with not in (None, default.signature):
        raise ModelError(
            f"this alignment was made with {made_with}, not the default model: "
            "pass its embedder, align.check(alignment, embedder=...)"
        )
    return default


def export(alignment: Alignment, path: str | Path | None, format: str | None = None) -> int:
    """Write the aligned pairs as CSV, TSV, JSONL (stdout when ``path`` is None) or TMX; return
    how many units were written (TMX leaves out those with text in one language only)."""
    from align.exporters import export as _export

    return _export(alignment, path, format)


__all__ = ["__version__", "align", "check", "export", "one_version", "read", "read_versions"]
