"""Damaged copies of a real parallel pair, with their gold: the synthetic sets of the quality floors.

:mod:`align.aligner.synthetic` fakes the vectors; this edits the texts. One version of
a pair that has a gold alignment gets paragraphs deleted, merged (texts joined), split
(cut at a sentence or clause boundary), swapped or renumbered, and the gold is edited
alongside. The damaged texts are then embedded for real, so that a merge is judged on
the vector of the joined text, as it would be in a real document. The gold stays in
openings (:class:`~align.aligner.evaluate.GoldLink`), so a damaged pair is resolved,
checked and scored exactly as a hand-made gold is.

Only 1-1 links between paragraphs without sub-paragraphs are damaged, each site at
least three paragraphs from the next, so that every damage stays what it says it is
(a merge of two neighbours that were already a 2-1 link would be a 3-1 link).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field, replace

import numpy as np

from align.aligner.evaluate import GoldLink, gold_pairs, resolve_gold
from align.aligner.segments import segments
from align.model import Document, FootnoteMarker, Paragraph, Section, SourceSpan

#: The kinds of damage, in the order a mixed damage cycles through them.
KINDS: tuple[str, ...] = ("delete", "merge", "split", "swap", "renumber")

#: Paragraphs a renumbering slip runs over: each prints its successor's number, so the
#: last of them and the paragraph after it print the same one.
RENUMBER_RUN = 4

#: Where a text may be cut, best first: after a sentence, a semicolon or colon, a comma.
_BOUNDARIES = (re.compile(r"[.!?]\s+(?=[A-ZÀ-Ý])"), re.compile(r"[;:]\s+"), re.compile(r",\s+"))

#: Neither half of a split is shorter than this share of the text.
_SHORTEST_HALF = 0.25

#: Document attributes holding each section's paragraphs.
_ATTRIBUTE = {
    Section.PREAMBLE: "preamble",
    Section.OPERATIVE: "operative",
    Section.ANNEX: "annex",
    Section.ARTICLE: "articles",
    Section.CLOSING: "closing",
}


@dataclass
class Damaged:
    """A damaged version, the gold of the pair after the damage, and what was done (for failure messages)."""

    document: Document
    gold: list[GoldLink]
    log: list[str] = field(default_factory=list)


@dataclass
class _Row:
    """A paragraph of the damaged section, and the gold link it is the only other-side paragraph of."""

    paragraph: Paragraph
    link: int | None
    opening: str = ""  # the link's opening of this paragraph: a split must not cut through it


def damage(
    gold: Sequence[GoldLink],
    pivot: Document,
    other: Document,
    section: Section,
    kinds: Sequence[str],
    sites: int,
    seed: int = 0,
) -> Damaged:
    """Damage ``sites`` places of ``other``'s ``section``, cycling through ``kinds``; the pivot is untouched.

    Sites are drawn at random (``seed``) among the places each kind can apply to; asking
    for more than the section holds raises :class:`ValueError`. The damaged gold is
    resolved against the damaged document before it is returned, so a damage that made
    an opening ambiguous fails here, not in a score.
    """
    unknown = set(kinds) - set(KINDS)
    if unknown or not kinds:
        raise ValueError(f"unknown damage {sorted(unknown)}: choose among {', '.join(KINDS)}")
    links = list(gold)  # damage replaces links, never edits one
    rows = _rows(links, pivot, other, section)
    rng = np.random.default_rng(seed)
    plan = _plan(rows, [kinds[k % len(kinds)] for k in range(sites)], rng)
    log = []
    for position, kind in sorted(plan, reverse=True):  # from the end, so earlier positions stay put
        log.append(f"{kind} {section.value} {position + 1}")
        _APPLY[kind](rows, links, position, pivot.language, other.language)
    paragraphs = [replace(row.paragraph, index=k) for k, row in enumerate(rows, start=1)]
    document = replace(other, **{_ATTRIBUTE[section]: paragraphs})
    kept = [link for link in links if any(link.openings.values())]
    gold_pairs(kept, {pivot.language: pivot, other.language: document}, pivot.language, other.language)
    return Damaged(document, kept, log[::-1])


def split_point(text: str, after: int = 0) -> int | None:
    """Where to cut a text in two: the best kind of boundary nearest its middle, past ``after``, or None."""
    for boundary in _BOUNDARIES:
        cuts = [m.end() for m in boundary.finditer(text)]
        cuts = [c for c in cuts if max(after, _SHORTEST_HALF * len(text)) <= c <= (1 - _SHORTEST_HALF) * len(text)]
        if cuts:
            return min(cuts, key=lambda c: abs(c - len(text) / 2))
    return None


def _rows(links: list[GoldLink], pivot: Document, other: Document, section: Section) -> list[_Row]:
    """The other version's paragraphs of ``section``, each with its 1-1 link when it may be damaged."""
    paragraphs = other.section(section)
    ids = [s.id for s in segments(other) if s.role.top and s.section is section]  # one per paragraph, in order
    documents = {pivot.language: pivot, other.language: other}
    rows = [_Row(p, None) for p in paragraphs]
    for k, places in enumerate(resolve_gold(links, documents, (pivot.language, other.language))):
        mine, theirs = places[other.language], places[pivot.language]
        if links[k].section is not section or len(mine) != 1 or len(theirs) != 1 or mine[0].leaf not in ids:
            continue  # not 1-1, or a sub-paragraph (`op9.b`)
        position = ids.index(mine[0].leaf)
        if not paragraphs[position].subparagraphs:
            rows[position] = _Row(paragraphs[position], k, links[k].openings[other.language][0])
    return rows


def _plan(rows: list[_Row], kinds: list[str], rng: np.random.Generator) -> list[tuple[int, str]]:
    """A position for each damage, drawn among those it applies to, each three or more from the others."""
    taken: list[int] = []
    plan = []
    for kind in kinds:
        free = [k for k in range(len(rows)) if _applies(kind, rows, k) and all(abs(k - t) >= 3 for t in taken)]
        if not free:
            raise ValueError(f"no room for {len(kinds)} damages in {len(rows)} paragraphs")
        position = int(rng.choice(free))
        taken.append(position)
        plan.append((position, kind))
    return plan


def _applies(kind: str, rows: list[_Row], k: int) -> bool:
    here = rows[k].link is not None
    after = k + 1 < len(rows) and rows[k + 1].link is not None
    if kind == "delete":
        return here
    if kind in ("merge", "swap"):
        return here and after
    if kind == "split":
        return here and _cut(rows[k]) is not None
    numbers = [row.paragraph.number for row in rows[k : k + RENUMBER_RUN + 1]]
    return here and len(numbers) == RENUMBER_RUN + 1 and None not in numbers


def _delete(rows: list[_Row], links: list[GoldLink], k: int, pivot: str, other: str) -> None:
    """The paragraph is gone: its link keeps the pivot's side only (1-0)."""
    link = _link(rows.pop(k))
    links[link] = replace(links[link], openings={**links[link].openings, other: ()})


def _merge(rows: list[_Row], links: list[GoldLink], k: int, pivot: str, other: str) -> None:
    """The paragraph runs into the next one (its number stays): their two links become one 2-1 link."""
    first, second = rows[k], rows.pop(k + 1)
    a, b = first.paragraph, second.paragraph
    shift = len(a.text) + 1
    rows[k] = _Row(
        replace(
            a,
            text=f"{a.text} {b.text}",
            source=SourceSpan(a.source.path, a.source.first_line, b.source.last_line, a.source.page),
            markers=a.markers + [replace(m, offset=m.offset + shift) for m in b.markers],
        ),
        first.link,
    )
    kept, gone = _link(first), _link(second)
    openings = links[kept].openings
    links[kept] = replace(links[kept], openings={**openings, pivot: openings[pivot] + links[gone].openings[pivot]})
    links[gone] = replace(links[gone], openings={lang: () for lang in links[gone].openings})


def _split(rows: list[_Row], links: list[GoldLink], k: int, pivot: str, other: str) -> None:
    """The paragraph is cut at a boundary; the second half prints no number: its link becomes 1-2."""
    row = rows[k]
    paragraph = row.paragraph
    cut = _cut(row)
    if cut is None:
        raise AssertionError("split planned on a paragraph with no boundary")  # _applies checked it
    head, tail = paragraph.text[:cut].rstrip(), paragraph.text[cut:].lstrip()
    offset = len(paragraph.text) - len(tail)
    rows[k] = _Row(replace(paragraph, text=head, markers=_markers(paragraph.markers, 0, len(head))), row.link)
    rows.insert(
        k + 1,
        _Row(replace(paragraph, text=tail, number=None, markers=_markers(paragraph.markers, offset, len(tail))), None),
    )
    link = links[_link(row)]
    links[_link(row)] = replace(link, openings={**link.openings, other: link.openings[other] + (_opening(tail),)})


def _swap(rows: list[_Row], links: list[GoldLink], k: int, pivot: str, other: str) -> None:
    """The paragraph and the next change places, numbers and all; the links, made of openings, stand."""
    rows[k], rows[k + 1] = rows[k + 1], rows[k]


def _renumber(rows: list[_Row], links: list[GoldLink], k: int, pivot: str, other: str) -> None:
    """A numbering slip: RENUMBER_RUN paragraphs print their successors' numbers; the links stand."""
    numbers = [row.paragraph.number for row in rows[k + 1 : k + RENUMBER_RUN + 1]]
    for row, number in zip(rows[k : k + RENUMBER_RUN], numbers):
        row.paragraph = replace(row.paragraph, number=number)


def _cut(row: _Row) -> int | None:
    """Where a split cuts the row's text: past its gold opening, so that the first half still starts with it."""
    return split_point(row.paragraph.text, after=len(row.opening) + 1)


def _link(row: _Row) -> int:
    """The row's link; damage is only planned on rows that have one (see :func:`_applies`)."""
    if row.link is None:
        raise AssertionError("damage planned on a paragraph with no 1-1 link")
    return row.link


_APPLY = {"delete": _delete, "merge": _merge, "split": _split, "swap": _swap, "renumber": _renumber}


def _markers(markers: list[FootnoteMarker], start: int, length: int) -> list[FootnoteMarker]:
    """The footnote markers that fall in one piece of a split text, with offsets into that piece."""
    return [replace(m, offset=m.offset - start) for m in markers if start <= m.offset <= start + length]


def _opening(text: str, words: int = 8) -> str:
    """A gold opening for a text: its first words, as the gold files write them."""
    return " ".join(text.split()[:words])
