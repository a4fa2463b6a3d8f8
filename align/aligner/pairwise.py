"""Align one sequence of pivot segments with one sequence of another version's segments."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from align.aligner.dp import ONE_ONE, ONE_ZERO, ZERO_ONE, Band, Move, Step, search
from align.aligner.scores import SectionScorer, VersionPair, confidence


@dataclass(frozen=True)
class PairLink:
    """One link between the pivot and another version: positions in the two sequences aligned."""

    pivot: range
    other: range
    similarity: float | None  # cosine of the two sides, each scored as one text; None for 1-0 and 0-1
    confidence: float  # calibrated: that the link is right (for 1-0 / 0-1: that nothing corresponds)
    evidence: float | None = None  # log-odds that the two sides say the same, on their own; None for 1-0 and 0-1
    number_mismatch: bool = False
    moved: bool = False  # linked across the order of the other links: a paragraph moved elsewhere


def align_items(pair: VersionPair, pivot_items: np.ndarray, other_items: np.ndarray) -> list[PairLink]:
    """The best monotone alignment of two item sequences (indices into the pair's versions).

    The band runs between mutual nearest neighbours (:meth:`Band.between`), so a block
    of paragraphs present in one version only does not push the true path out of it.
    """
    scorer = SectionScorer(pair, pivot_items, other_items)
    band = Band.between(
        len(pivot_items), len(other_items), pair.mutual_nearest(pivot_items, other_items), pair.config.band
    )
    steps = _by_number(scorer, search(band, scorer.gain, moves(pair.config.longest)))
    return _relink_moved(scorer, [_link(scorer, steps, k) for k in range(len(steps))])


def moves(longest: int) -> tuple[Move, ...]:
    """1-1, 1-0, 0-1, and k-1 and 1-k for k up to ``longest``."""
    return (ONE_ONE, ONE_ZERO, ZERO_ONE) + tuple(m for k in range(2, longest + 1) for m in (Move(k, 1), Move(1, k)))


def _by_number(scorer: SectionScorer, steps: list[Step]) -> list[Step]:
    """The path, with a paragraph left alone linked to its namesake beside it.

    A translation that lost most of a paragraph, or gained a long clause, can score so
    low that the path leaves the pivot's `(a)` alone next to the version's `(a)`, or lets
    the paragraph next door take the version's `(a)` as the second half of a split:
    "missing" beside "added" or "split" for what is one paragraph, badly translated. Where
    a paragraph alone and a paragraph of the other side next to it (alone too, or at the
    near end of the next link) print the same number, they are linked, so that the text
    checks read the pair; the link's confidence is what its own evidence gives (low: the
    unit is flagged `low-confidence`). Only the numbers decide, and only side by side.
    """
    out = list(steps)
    k = 0
    while k + 1 < len(out):
        out[k:k + 2] = _namesakes(scorer, out[k], out[k + 1]) or out[k:k + 2]
        k += 1
    return out


def _namesakes(scorer: SectionScorer, first: Step, second: Step) -> list[Step] | None:
    """``first`` and ``second`` relinked by the numbers they print, or None when they need not be."""
    if {first.move, second.move} == {ONE_ZERO, ZERO_ONE}:
        joined = Step(first.pivot or second.pivot, first.other or second.other)
        return [joined] if scorer.same_number(joined) else None
    for alone, link, before in ((first, second, True), (second, first, False)):
        if alone.move not in (ONE_ZERO, ZERO_ONE):
            continue
        side = "other" if alone.move == ONE_ZERO else "pivot"  # the side the lone paragraph lacks
        held = getattr(link, side)
        if len(held) < 2:
            continue
        near = held.start if before else held.stop - 1  # the link's paragraph next to the lone one
        rest = range(held.start + 1, held.stop) if before else range(held.start, held.stop - 1)
        if side == "other":
            pair, kept = Step(alone.pivot, range(near, near + 1)), Step(link.pivot, rest)
        else:
            pair, kept = Step(range(near, near + 1), alone.other), Step(rest, link.other)
        if scorer.same_number(pair):
            return [pair, kept] if before else [kept, pair]
    return None


def _relink_moved(scorer: SectionScorer, links: list[PairLink]) -> list[PairLink]:
    """Link paragraphs left alone on both sides that are each other's best match.

    A monotone path cannot cross: a paragraph the other version moved elsewhere comes
    out of the DP as one paragraph missing here and one added there. Two such leftovers
    that are each other's best match in the section (by evidence) are linked after all,
    flagged as moved, with the confidence their own evidence gives; the other version's
    paragraph then sits out of its reading order.
    """
    alone_p = [k for k, link in enumerate(links) if not link.other]
    alone_o = [k for k, link in enumerate(links) if not link.pivot]
    if not alone_p or not alone_o:
        return links
    n, m = len(scorer.pivot_items), len(scorer.other_items)
    ends = np.array([links[k].other.stop for k in alone_o])
    by_column = np.array([scorer.evidence(ONE_ONE, i, ends) for i in range(1, n + 1)])  # (n, alone others)
    replaced: dict[int, PairLink | None] = {}
    for k in alone_p:
        row = scorer.evidence(ONE_ONE, links[k].pivot.stop, np.arange(1, m + 1))
        best = int(row.argmax())
        column = next((c for c, o in enumerate(alone_o) if links[o].other.start == best), None)
        if column is not None and int(by_column[:, column].argmax()) == links[k].pivot.start:
            step = Step(links[k].pivot, links[alone_o[column]].other)
            evidence = float(row[best])
            moved = PairLink(
                step.pivot,
                step.other,
                scorer.similarity(step),
                float(confidence(evidence)),
                evidence,
                scorer.number_mismatch(step),
                True,
            )
            replaced[k], replaced[alone_o[column]] = moved, None
    return [replaced.get(k, link) for k, link in enumerate(links) if replaced.get(k, link) is not None]


def _link(scorer: SectionScorer, steps: list[Step], k: int) -> PairLink:
    step = steps[k]
    if not step.pivot or not step.other:
        return PairLink(step.pivot, step.other, None, _alone_confidence(scorer, steps, k))
    evidence = scorer.step_evidence(step)
    return PairLink(
        step.pivot,
        step.other,
        scorer.similarity(step),
        float(confidence(_decision_margin(scorer, step, evidence))),
        evidence,
        scorer.number_mismatch(step),
    )


def _alone_confidence(scorer: SectionScorer, steps: list[Step], k: int) -> float:
    """For a 1-0 or 0-1 step: the chance that its paragraph has no counterpart.

    It could have one in two ways: a paragraph anywhere in the other version matches it
    (its nearest neighbour), or it belongs with the step beside it: a link it could join
    (a merge or split the path did not take), or a paragraph alone on the other side it
    could pair with. Each is weighed as the DP weighed it; the lower chance counts.
    """
    config = scorer.config
    chance = scorer.unmatched_confidence(steps[k])
    for beside in steps[max(k - 1, 0) : k] + steps[k + 1 : k + 2]:
        joined = Step(_union(steps[k].pivot, beside.pivot), _union(steps[k].other, beside.other))
        a, b = len(joined.pivot), len(joined.other)
        if min(a, b) != 1 or max(a, b) > config.longest:
            continue  # beside is alone on the same side, or the two would make no allowed link
        kept = config.prior(len(beside.pivot), len(beside.other)) + config.skip
        if beside.pivot and beside.other:
            kept += scorer.step_evidence(beside)
        chance = min(chance, float(confidence(kept - scorer.step_evidence(joined) - config.prior(a, b))))
    return chance


def _union(x: range, y: range) -> range:
    """Two adjacent ranges as one."""
    return range(min(x.start, y.start), max(x.stop, y.stop)) if x and y else (x or y)


def _decision_margin(scorer: SectionScorer, step: Step, evidence: float) -> float:
    """Log-odds of a link against the other ways of covering the same paragraphs.

    The alternatives are leaving them all unlinked, or linking only part of them (any
    smaller link inside this one) and leaving the rest unlinked. Evidence alone would
    judge a 1-1 link between two faithful neighbours by its similarity only, and a merge
    that swallowed an unrelated paragraph by a pooled text that still looks like a match;
    on damaged copies of real and synthetic texts, the first made confidence too low and
    the second too high.
    """
    config = scorer.config
    a, b = len(step.pivot), len(step.other)
    chosen = evidence + config.prior(a, b)
    alternative = (a + b) * config.skip
    for part_a, part_b in ((x, y) for x in range(1, a + 1) for y in range(1, b + 1) if x + y < a + b):
        ends = np.arange(step.other.start + part_b, step.other.stop + 1)
        for end in range(step.pivot.start + part_a, step.pivot.stop + 1):
            part = scorer.evidence(Move(part_a, part_b), end, ends).max() + config.prior(part_a, part_b)
            alternative = max(alternative, float(part) + (a + b - part_a - part_b) * config.skip)
    return chosen - alternative
