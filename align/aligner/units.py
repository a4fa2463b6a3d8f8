"""Units: the rows of an alignment, built from pivot-to-other links so that all versions agree.

Each other version is aligned with the pivot on its own (:func:`align_items`). A unit is
then the smallest set of pivot paragraphs that no version's link cuts through, with every
paragraph each version links to them: if French merges pivot 7 and 8 while Dutch keeps
them apart, the unit holds pivot 7+8, the French paragraph and both Dutch ones (`2-1-2`).
A paragraph of another version that sits between two links into the same unit joins it;
any other paragraph missing from the pivot becomes a unit of its own, placed after the
unit before it. Versions that the pivot links but that do not match each other are
flagged `inconsistent` rather than forced apart.

Flags: `merged` (a version holds fewer paragraphs than the pivot here), `split` (more),
`missing` (none), `added` (the pivot has none), `moved` (linked out of reading order),
`number-mismatch` (the numbers printed where the link starts differ), `inconsistent`,
`low-confidence` (below ``config.low_confidence``). A unit's confidence is the lowest of
the links and implied links it is made of.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from itertools import combinations

import numpy as np

from align.aligner.config import AlignerConfig
from align.aligner.pairwise import PairLink, align_items
from align.aligner.scores import (
    Version,
    VersionPair,
    confidence,
    pool,
    similarity_evidence,
)
from align.aligner.segments import Role, Segment
from align.model import Section, Unit


@dataclass
class Level:
    """Every version's segments at one level (top or leaf), with vectors, and their pairings with the pivot."""

    languages: list[str]  # the pivot first
    segments: dict[str, list[Segment]]
    versions: dict[str, Version]
    pairs: dict[str, VersionPair]  # each non-pivot language against the pivot
    config: AlignerConfig
    _where: dict[str, dict[tuple[str, Role], int]] = field(init=False, repr=False)
    _children: dict[str, dict[tuple[str, Role], list[int]]] = field(init=False, repr=False)

    def __post_init__(self) -> None:
        self._where = {lang: {(s.id, s.role): k for k, s in enumerate(found)} for lang, found in self.segments.items()}
        self._children = {lang: {} for lang in self.segments}
        for lang, found in self.segments.items():
            for k, s in enumerate(found):
                if s.parent is not None:
                    self._children[lang].setdefault((s.parent, s.role), []).append(k)

    def has(self, lang: str, sid: str, role: Role) -> bool:
        return (sid, role) in self._where[lang]

    def parts(self, lang: str, parent: str | None, role: Role) -> np.ndarray:
        """Positions of a paragraph's chapeau or sub-paragraphs (none for no paragraph)."""
        return np.array(self._children[lang].get((parent, role), []) if parent else [], dtype=np.int64)

    @property
    def pivot(self) -> str:
        return self.languages[0]

    @property
    def others(self) -> list[str]:
        return self.languages[1:]


@dataclass
class Aligned:
    """The units of one section (or of one paragraph's parts), and the pairwise links they came from."""

    units: list[Unit]
    links: dict[str, list[PairLink]]


@dataclass
class _Group:
    """Positions of one unit in each version's item sequence, and the pairwise links inside it."""

    members: dict[str, list[int]]
    links: list[PairLink] = field(default_factory=list)


def align_level(level: Level, section: Section, items: dict[str, np.ndarray], start: str) -> Aligned:
    """Units for one sequence of items per language (indices into ``level``'s segments).

    ``start`` names the place before the first unit, for ids of paragraphs missing from
    the pivot there (`pp0~fr1`).
    """
    links = {lang: align_items(level.pairs[lang], items[level.pivot], items[lang]) for lang in level.others}
    groups, added = _groups(len(items[level.pivot]), links, level.languages)
    units = [_unit(level, section, items, group, start, k) for (k, group) in _added_at(added, -1)]
    for g, group in enumerate(groups):
        unit = _unit(level, section, items, group)
        units.append(unit)
        units += [_unit(level, section, items, extra, unit.id, k) for (k, extra) in _added_at(added, g)]
    return Aligned(units, links)


def _groups(
    n: int, links: dict[str, list[PairLink]], languages: list[str]
) -> tuple[list[_Group], dict[int, list[tuple[str, _Group]]]]:
    """Pivot groups in order, and the other versions' unmatched paragraphs by the group they follow."""
    joined = np.zeros(max(n - 1, 0), dtype=bool)
    for lang_links in links.values():
        for link in lang_links:
            if len(link.pivot) > 1:
                joined[link.pivot.start : link.pivot.stop - 1] = True
    group_of = np.concatenate(([0], np.cumsum(~joined))) if n else np.zeros(0, dtype=np.int64)
    groups = [_Group({lang: [] for lang in languages}) for _ in range(int(group_of[-1]) + 1 if n else 0)]
    for i in range(n):
        groups[group_of[i]].members[languages[0]].append(i)
    added: dict[int, list[tuple[str, _Group]]] = {}
    for lang, lang_links in links.items():
        last, pending = -1, []
        for link in lang_links:
            if not link.pivot:
                pending.append(link)
                continue
            g = int(group_of[link.pivot.start])
            if g != last:
                for extra in pending:
                    added.setdefault(last, []).append((lang, _Group({lang: list(extra.other)}, [extra])))
            else:
                for extra in pending:  # between two links into the same unit: part of it
                    groups[g].members[lang] += list(extra.other)
            pending = []
            groups[g].members[lang] += list(link.other)
            groups[g].links.append(link)
            last = g
        for extra in pending:
            added.setdefault(last, []).append((lang, _Group({lang: list(extra.other)}, [extra])))
    return groups, added


def _added_at(added: dict[int, list[tuple[str, _Group]]], anchor: int) -> Iterator[tuple[int, _Group]]:
    """The unmatched paragraphs after one group, with their ordinal per language (`op9~fr1`, `op9~fr2`)."""
    seen: Counter[str] = Counter()
    for lang, group in added.get(anchor, []):
        seen[lang] += 1
        yield seen[lang], group


def _unit(
    level: Level, section: Section, items: dict[str, np.ndarray], group: _Group, anchor: str = "", ordinal: int = 0
) -> Unit:
    """A :class:`Unit` from a group; ``anchor`` and ``ordinal`` name a unit with nothing from the pivot."""
    segs = {
        lang: [level.segments[lang][int(items[lang][p])] for p in group.members.get(lang, [])]
        for lang in level.languages
    }
    pivot_segs = segs[level.pivot]
    if pivot_segs:
        uid = "+".join(s.id for s in pivot_segs)
        numbers = [s.number for s in pivot_segs if s.number]
    else:
        lang = next(lang for lang in level.languages if segs[lang])
        uid = f"{anchor}~{lang}{ordinal}"
        numbers = [s.number for s in segs[lang] if s.number]
    vectors = {lang: _pooled(level, lang, items, group) for lang in level.languages if segs[lang]}
    implied = _implied_confidences(level, vectors)
    confidences = [link.confidence for link in group.links] + implied
    conf = min(confidences) if len(level.languages) > 1 else 1.0  # one version (one_version): nothing to doubt
    similarity = _similarity(level.pivot, vectors)
    return Unit(
        id=uid,
        section=section,
        number="+".join(numbers) or None,
        paragraphs={lang: [s.id for s in segs[lang]] for lang in level.languages},
        texts={lang: "\n".join(s.text for s in segs[lang]) for lang in level.languages},
        link="-".join(str(len(segs[lang])) for lang in level.languages),
        similarity=similarity,
        confidence=round(conf, 6),
        flags=_flags(level, segs, group, conf, implied),
    )


def _pooled(level: Level, lang: str, items: dict[str, np.ndarray], group: _Group) -> np.ndarray:
    version = level.versions[lang]
    positions = items[lang][group.members[lang]]
    return pool(version.vectors[positions], version.lengths[positions])


def _similarity(pivot: str, vectors: dict[str, np.ndarray]) -> float | None:
    """Mean cosine between the pivot's side of a unit and each other version's side."""
    if pivot not in vectors or len(vectors) < 2:
        return None
    return round(float(np.mean([vectors[pivot] @ v for lang, v in vectors.items() if lang != pivot])), 6)


def _implied_confidences(level: Level, vectors: dict[str, np.ndarray]) -> list[float]:
    """Confidence that each two non-pivot versions of a unit match each other, as the pivot implies."""
    found = []
    for a, b in combinations([lang for lang in level.others if lang in vectors], 2):
        va, vb = vectors[a][None, :], vectors[b][None, :]
        background = (level.versions[b].neighbours.search(va)[0] + level.versions[a].neighbours.search(vb)[0]) / 2
        found.append(float(confidence(similarity_evidence(va @ vb.T - background, level.config))[0, 0]))
    return found


def _flags(level: Level, segs: dict[str, list[Segment]], group: _Group, conf: float, implied: list[float]) -> list[str]:
    n = len(segs[level.pivot])
    counts = [len(segs[lang]) for lang in level.others]
    flags = []
    if n and any(0 < c < n for c in counts):
        flags.append("merged")
    if n and any(c > n for c in counts):
        flags.append("split")
    if n and 0 in counts:
        flags.append("missing")
    if not n:
        flags.append("added")
    if any(link.moved for link in group.links):
        flags.append("moved")
    if any(link.number_mismatch for link in group.links):
        flags.append("number-mismatch")
    if any(c < level.config.low_confidence for c in implied):
        flags.append("inconsistent")
    if conf < level.config.low_confidence:
        flags.append("low-confidence")
    return flags


def split_subparagraphs(level: Level, leaf: Level, unit: Unit) -> list[Unit] | None:
    """A matched paragraph's chapeau unit and its sub-paragraph units, or None when it cannot be split.

    Splitting needs every version present to hold exactly one paragraph with
    sub-paragraphs, and at least one version besides the pivot where the alignment has
    one (a version on its own, :func:`~align.aligner.documents.one_version`, is split too).
    """
    present = {lang: ids[0] for lang, ids in unit.paragraphs.items() if len(ids) == 1}
    shapes = [len(ids) for ids in unit.paragraphs.values() if ids]
    if level.pivot not in present or len(present) < min(2, len(level.languages)) or len(present) != len(shapes):
        return None
    if not all(level.has(lang, pid, Role.WHOLE) for lang, pid in present.items()):
        return None
    subs = {lang: leaf.parts(lang, present.get(lang), Role.SUB) for lang in leaf.languages}
    chapeaux = {lang: leaf.parts(lang, pid, Role.CHAPEAU) for lang, pid in present.items()}
    return [_chapeau_unit(leaf, unit, chapeaux)] + align_level(leaf, unit.section, subs, f"{unit.id}.0").units


def _chapeau_unit(leaf: Level, unit: Unit, chapeaux: dict[str, np.ndarray]) -> Unit:
    """The paragraph's own unit, now holding only the text before its sub-paragraphs."""
    texts = {lang: "\n".join(leaf.segments[lang][k].text for k in chapeaux.get(lang, [])) for lang in leaf.languages}
    vectors = {lang: leaf.versions[lang].vectors[chapeaux[lang][0]] for lang in chapeaux if len(chapeaux[lang])}
    return Unit(
        id=unit.id,
        section=unit.section,
        number=unit.number,
        paragraphs=unit.paragraphs,
        texts=texts,
        link=unit.link,
        similarity=_similarity(leaf.pivot, vectors),
        confidence=unit.confidence,
        flags=unit.flags,
    )
