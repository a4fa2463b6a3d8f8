"""Align two or more language versions of one resolution: the aligner's entry point.

The caller embeds the texts the aligner asks for and passes the arrays; a sketch of the
public wrapper::

    from align.aligner import align_documents, segments
    vectors = {d.language: embedder.embed([s.text for s in segments(d)]) for d in documents}
    alignment = align_documents(documents, vectors, pivot=pivot, model=embedder.signature)
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import numpy as np

from align import __version__
from align.aligner.config import DEFAULT_CONFIG, AlignerConfig, config_for_model
from align.aligner.pairwise import PairLink
from align.aligner.scores import Version, VersionPair
from align.aligner.segments import SECTIONS, Segment, segments
from align.aligner.units import Level, align_level, split_subparagraphs
from align.errors import AlignmentError
from align.model import SECTION_PREFIX, Alignment, Document, Section, Unit

#: Sections whose paragraphs say whether two versions are the same resolution.
BODY = (Section.PREAMBLE, Section.OPERATIVE, Section.ANNEX, Section.ARTICLE)

FORCE_HINT = "use --force (force=True) to align them anyway"


def align_documents(
    documents: Sequence[Document],
    vectors: Mapping[str, np.ndarray],
    *,
    pivot: str | None = None,
    model: str | None = None,
    config: AlignerConfig | None = None,
    force: bool = False,
) -> Alignment:
    """Align the versions in ``documents``, one per language, into units spanning all of them.

    ``vectors[lang]`` holds one L2-normalised row per segment of that language's
    document, in the order of :func:`segments`. The pivot defaults to English when
    present, else the first document. Every paragraph of every version ends up in
    exactly one unit. Versions that are not the same resolution (different symbols, or
    fewer than ``config.min_matched`` of the body paragraphs matched) raise
    :class:`AlignmentError` unless ``force``; so do a single version, two versions in one
    language and an unknown pivot.

    ``model`` is the signature of the embedder that made ``vectors``; without ``config``,
    the aligner takes that model's similarity calibration (:func:`config_for_model`).
    """
    config = config or config_for_model(model)
    by_language, languages = check_versions(documents, pivot, force=force)
    return _align(by_language, languages, vectors, model, config, force)


def one_version(document: Document, *, pivot: str | None = None) -> Alignment:
    """A version on its own, as an alignment of one language: a unit for each of its parts,
    with the ids the aligner gives them, for the checks that read a version alone (OCR
    damage, numbering) and for the viewer. Nothing is compared, so nothing is embedded:
    the model is None in the signature. A ``pivot`` other than its language is refused
    as :func:`align_documents` refuses it."""
    language = _pivot({document.language: document}, pivot)
    placeholder = np.ones((len(segments(document)), 1), dtype=np.float32)  # never compared: no other version
    alignment = _align({language: document}, [language], {language: placeholder}, None, DEFAULT_CONFIG, True)
    del alignment.signature["aligner"]  # nothing was aligned
    return alignment


def _align(
    by_language: dict[str, Document], languages: list[str], vectors: Mapping[str, np.ndarray],
    model: str | None, config: AlignerConfig, force: bool,
) -> Alignment:
    pivot = languages[0]
    documents = list(by_language.values())
    segs = {lang: segments(by_language[lang]) for lang in languages}
    rows = {lang: _rows(vectors, lang, len(segs[lang])) for lang in languages}
    top = _level(languages, segs, rows, config, leaf=False)
    leaf = _level(languages, segs, rows, config, leaf=True)
    units: list[Unit] = []
    body_links: dict[str, list[PairLink]] = {lang: [] for lang in languages[1:]}
    for section in SECTIONS:
        items = {lang: _in_section(top.segments[lang], section) for lang in languages}
        if not any(len(found) for found in items.values()):
            continue
        aligned = align_level(top, section, items, f"{SECTION_PREFIX[section]}0")
        for unit in aligned.units:
            units += split_subparagraphs(top, leaf, unit) or [unit]
        if section in BODY:
            for lang, links in aligned.links.items():
                body_links[lang] += links
    if not force:
        _check_matches(by_language, pivot, body_links, config)
    signature = {"tool": f"align {__version__}", "model": model, "pivot": pivot, "aligner": config.signature()}
    lines = [p.kind == "line" for document in documents for p in document.paragraphs()]
    if lines and all(lines):
        signature["segments"] = "lines"  # `--segments lines`: no parsing, one line a segment
    return Alignment(languages, pivot, units, by_language, signature)


def check_versions(
    documents: Sequence[Document], pivot: str | None = None, *, force: bool = False
) -> tuple[dict[str, Document], list[str]]:
    """The versions by language, and the languages with the pivot first; an :class:`AlignmentError`
    for what :func:`align_documents` refuses before it looks at a vector (a single version, two in
    one language, an unknown pivot, different symbols unless ``force``), so that a caller can
    refuse them before it embeds anything."""
    by_language = _versions(documents)
    pivot = _pivot(by_language, pivot)
    languages = [pivot] + [lang for lang in by_language if lang != pivot]
    if not force:
        _check_symbols(by_language, languages)
    return by_language, languages


def _versions(documents: Sequence[Document]) -> dict[str, Document]:
    if len(documents) < 2:
        found = ", ".join(f"{d.path} ({d.language})" for d in documents) or "no document"
        raise AlignmentError(f"only one version was given ({found}): there is nothing to align it with")
    by_language: dict[str, Document] = {}
    for document in documents:
        if document.language in by_language:
            first = by_language[document.language]
            raise AlignmentError(
                f"two versions are in {document.language} ({first.path}, {document.path}): give one version per language"
            )
        by_language[document.language] = document
    return by_language


def _pivot(by_language: dict[str, Document], pivot: str | None) -> str:
    if pivot is None:
        return "en" if "en" in by_language else next(iter(by_language))
    pivot = pivot.strip().lower()  # `--pivot NL`
    if pivot not in by_language:
        raise AlignmentError(f"pivot {pivot!r} is not among the versions found: {', '.join(by_language)}")
    return pivot


def _check_symbols(by_language: dict[str, Document], languages: list[str]) -> None:
    """Two versions that print different document symbols are different resolutions."""
    pivot = by_language[languages[0]]
    for lang in languages[1:]:
        other = by_language[lang]
        if pivot.symbol and other.symbol and not same_symbol(pivot.symbol, other.symbol):
            raise AlignmentError(
                f"{pivot.path} ({pivot.language}) is {pivot.symbol} but {other.path} ({lang}) is {other.symbol}: "
                f"not the same resolution; {FORCE_HINT}"
            )


def same_symbol(a: str, b: str) -> bool:
    """`A/RES/72/247` and `72/247` name the same resolution: equal, or one ends the other after a slash."""
    x, y = ("".join(s.upper().split()) for s in (a, b))
    short, long = sorted((x, y), key=len)
    return short == long or long.endswith("/" + short)


def _check_matches(
    by_language: dict[str, Document], pivot: str, body_links: dict[str, list[PairLink]], config: AlignerConfig
) -> None:
    """Fewer than ``config.min_matched`` of the body paragraphs match: not versions of one text.

    A paragraph counts as matched when its link's own evidence says the two sides say
    the same (log-odds above 0), whatever the order around it made of it.
    """
    for lang, links in body_links.items():
        total = sum(len(link.pivot) for link in links)
        matched = sum(len(link.pivot) for link in links if link.evidence is not None and link.evidence > 0)
        if total and matched < config.min_matched * total:
            raise AlignmentError(
                f"{by_language[lang].path} ({lang}) does not read as a version of {by_language[pivot].path} ({pivot}): "
                f"only {matched} of {total} paragraphs match; {FORCE_HINT}"
            )


def _rows(vectors: Mapping[str, np.ndarray], lang: str, count: int) -> np.ndarray:
    """The language's vectors, checked against its segments and normalised again (bf16 drifts)."""
    if lang not in vectors:
        raise ValueError(f"no vectors for {lang}: embed the texts of segments(document) for every version")
    rows = np.asarray(vectors[lang], dtype=np.float32)
    if rows.ndim != 2 or len(rows) != count:
        raise ValueError(f"vectors for {lang} have shape {rows.shape}; expected ({count}, dim), one row per segment")
    norms = np.linalg.norm(rows, axis=1, keepdims=True)
    return rows / np.where(norms > 0, norms, 1.0)


def _level(
    languages: list[str], segs: dict[str, list[Segment]], rows: dict[str, np.ndarray], config: AlignerConfig, leaf: bool
) -> Level:
    """Every version's segments at one level, with their pools and pairings with the pivot."""
    chosen, versions = {}, {}
    for lang in languages:
        keep = [k for k, s in enumerate(segs[lang]) if (s.role.leaf if leaf else s.role.top)]
        chosen[lang] = [segs[lang][k] for k in keep]
        lengths = np.array([max(len(s.text), 1) for s in chosen[lang]], dtype=np.float64)
        versions[lang] = Version(rows[lang][keep], lengths, [s.key for s in chosen[lang]], config.neighbours)
    pairs = {lang: VersionPair(versions[languages[0]], versions[lang], config) for lang in languages[1:]}
    return Level(languages, chosen, versions, pairs, config)


def _in_section(found: list[Segment], section: Section) -> np.ndarray:
    return np.array([k for k, s in enumerate(found) if s.section is section], dtype=np.int64)
