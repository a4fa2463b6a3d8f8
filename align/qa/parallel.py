"""Alignments of texts that are aligned already, for QA without the aligner.

Line-aligned corpora (the UN Parallel Corpus, SDG targets), hand-made test cases
and the fault-injection benchmark all have their units before any aligner runs;
this builds the :class:`Alignment` the checks expect from them, one unit per row,
with the section and number read from the unit id the way `align export` writes
it (`pp3`, `op10`, `fn3`, `title`).
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from align.model import SECTION_PREFIX, Alignment, Document, Link, Section, Unit

_PREFIXES = sorted(((p, s) for s, p in SECTION_PREFIX.items()), key=lambda ps: -len(ps[0]))


def section_of(unit_id: str) -> tuple[Section, str | None]:
    """`op10` -> (OPERATIVE, "10"); `pp3` -> (PREAMBLE, None); `fn3` -> (FOOTNOTE, "3").

    Preambular paragraphs carry no printed number, so their index is not a number.
    """
    for prefix, section in _PREFIXES:
        m = re.fullmatch(rf"{prefix}(\S*)", unit_id.split("+")[0])
        if m:
            rest = m.group(1) or None
            return section, None if section is Section.PREAMBLE else rest
    raise ValueError(f"unit id {unit_id!r} does not start with a section prefix ({', '.join(p for p, _ in _PREFIXES)})")


def aligned_unit(
    unit_id: str, texts: Mapping[str, str], section: Section | None = None, number: str | None = None
) -> Unit:
    """A one-to-one unit holding ``texts`` (one paragraph per language).

    Without ``section`` the section and number are read from ``unit_id``; with it,
    ``unit_id`` may be anything (a corpus line number).
    """
    if section is None:
        section, number = section_of(unit_id)
    return Unit(
        id=unit_id,
        section=section,
        number=number,
        paragraphs={lang: [unit_id] for lang in texts},
        texts=dict(texts),
        link=Link.ONE_ONE.value,
        similarity=None,
        confidence=1.0,
    )


def alignment_of(
    units: Sequence[Unit],
    languages: Sequence[str],
    documents: Mapping[str, Document] | None = None,
) -> Alignment:
    """An alignment of ``units`` with ``languages[0]`` as the pivot."""
    return Alignment(
        languages=list(languages),
        pivot=languages[0],
        units=list(units),
        documents=dict(documents or {}),
        signature={"aligner": "given"},
    )
