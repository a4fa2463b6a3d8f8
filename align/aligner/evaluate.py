"""Link precision, recall and F1: how an alignment is scored against a gold one.

A link is a pair (pivot paragraph, other paragraph) that share a unit; a 2-1 unit holds
two such pairs, a 1-0 unit none. This is the usual measure for sentence aligners, and
it charges a wrong merge or a missed split one pair each, not a whole unit.
"""

from __future__ import annotations

from collections.abc import Hashable, Iterable
from dataclasses import dataclass

from align.aligner.dp import Step
from align.model import Unit


@dataclass(frozen=True)
class Score:
    precision: float
    recall: float
    f1: float


def step_pairs(steps: Iterable[Step]) -> set[tuple[int, int]]:
    """The links of a path as (pivot position, other position) pairs."""
    return {(i, j) for step in steps for i in step.pivot for j in step.other}


def unit_pairs(units: Iterable[Unit], pivot: str, other: str) -> set[tuple[str, str]]:
    """The links of an alignment between two of its languages, as paragraph id pairs."""
    return {(a, b) for unit in units for a in unit.paragraphs.get(pivot, []) for b in unit.paragraphs.get(other, [])}


def link_score(predicted: set[Hashable], gold: set[Hashable]) -> Score:
    """Precision, recall and F1 of predicted links; two empty sets score 1."""
    if not predicted and not gold:
        return Score(1.0, 1.0, 1.0)
    hits = len(predicted & gold)
    precision = hits / len(predicted) if predicted else 0.0
    recall = hits / len(gold) if gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if hits else 0.0
    return Score(precision, recall, f1)
