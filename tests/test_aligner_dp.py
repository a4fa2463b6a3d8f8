"""The aligner's parts on plain arrays: the banded DP, the evidence, the baselines, the scoring."""

from __future__ import annotations

import itertools

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from align.aligner import baselines
from align.aligner.config import DEFAULT_CONFIG, AlignerConfig
from align.aligner.dp import MOVES, Band, Move, Step, longest_increasing_chain, search
from align.aligner.evaluate import link_score, step_pairs, unit_pairs
from align.aligner.pairwise import _by_number
from align.aligner.pairwise import moves
from align.aligner.scores import (
    SectionScorer,
    Version,
    VersionPair,
    confidence,
    pool,
    similarity_evidence,
)
from align.model import Section, Unit


def dense_gain(gains: dict[Move, np.ndarray]):
    """A gain function reading ``gains[move][i, j]`` for a move ending at (i, j)."""
    return lambda move, i, js: gains[move][i, js]


def reference_best(n: int, m: int, gain, moves_: tuple[Move, ...]) -> float:
    """The optimum by the textbook recurrence, cell by cell."""
    best = np.full((n + 1, m + 1), -np.inf)
    best[0, 0] = 0.0
    for i in range(n + 1):
        for j in range(m + 1):
            for move in moves_:
                a, b = i - move.pivot, j - move.other
                if (move.pivot or move.other) and a >= 0 and b >= 0 and best[a, b] > -np.inf:
                    best[i, j] = max(best[i, j], best[a, b] + float(gain(move, i, np.array([j]))[0]))
    return float(best[n, m])


def path_gain(steps: list[Step], gain) -> float:
    return sum(float(gain(s.move, s.pivot.stop, np.array([s.other.stop]))[0]) for s in steps)


@settings(max_examples=60, deadline=None)
@given(st.integers(0, 7), st.integers(0, 7), st.integers(0, 2**32 - 1))
def test_full_search_finds_the_optimum(n, m, seed):
    rng = np.random.default_rng(seed)
    all_moves = MOVES + (Move(3, 1), Move(1, 3))
    gains = {move: rng.normal(size=(n + 1, m + 1)) for move in all_moves}
    gain = dense_gain(gains)
    steps = search(Band.full(n, m), gain, all_moves)
    assert [s.pivot.start for s in steps if s.pivot] == sorted(s.pivot.start for s in steps if s.pivot)
    assert sum(len(s.pivot) for s in steps) == n and sum(len(s.other) for s in steps) == m
    assert path_gain(steps, gain) == pytest.approx(reference_best(n, m, gain, all_moves))


@settings(max_examples=60, deadline=None)
@given(
    st.integers(1, 60),
    st.integers(1, 60),
    st.lists(st.tuples(st.integers(0, 59), st.integers(0, 59)), max_size=30),
    st.integers(0, 6),
)
def test_a_band_around_any_anchors_is_connected(n, m, anchors, width):
    anchors = [(p, q) for p, q in anchors if p < n and q < m]
    band = Band.between(n, m, anchors, width)
    assert band.lo[0] == 0 and band.hi[-1] == m + 1
    assert (np.diff(band.lo) >= 0).all() and (np.diff(band.hi) >= 0).all()
    steps = search(band, lambda move, i, js: np.zeros(len(js)))  # raises if (n, m) is unreachable
    assert sum(len(s.pivot) for s in steps) == n


def test_the_band_follows_the_anchors_across_a_long_insertion():
    """200 paragraphs only the other version has, in the middle: far off the diagonal."""
    n, m = 100, 300
    truth = {i: i if i < 50 else i + 200 for i in range(n)}
    gains = {move: np.full((n + 1, m + 1), -5.0) for move in MOVES}
    for i, j in truth.items():
        gains[Move(1, 1)][i + 1, j + 1] = 5.0
    gains[Move(1, 0)][:] = gains[Move(0, 1)][:] = -1.0
    band = Band.between(n, m, list(truth.items())[::10], 5)
    assert int((band.hi - band.lo).sum()) < (n + 1) * (m + 1) / 5
    steps = search(band, dense_gain(gains))
    assert step_pairs(steps) == set(truth.items())


@settings(max_examples=100, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 8), st.integers(0, 8)), max_size=9, unique=True))
def test_longest_increasing_chain(pairs):
    chain = longest_increasing_chain(pairs)
    assert all(a[0] < b[0] and a[1] < b[1] for a, b in itertools.pairwise(chain))
    assert set(chain) <= set(pairs)
    best = max(
        (
            len(c)
            for r in range(len(pairs) + 1)
            for c in itertools.combinations(sorted(pairs), r)
            if all(a[0] < b[0] and a[1] < b[1] for a, b in itertools.pairwise(c))
        ),
        default=0,
    )
    assert len(chain) == best


# --------------------------------------------------------------------------- evidence


def versions(
    pivot: np.ndarray,
    other: np.ndarray,
    keys_p=None,
    keys_o=None,
    lengths_p=None,
    lengths_o=None,
    config=DEFAULT_CONFIG,
):
    def make(vectors, keys, lengths):
        keys = keys or [None] * len(vectors)
        lengths = np.full(len(vectors), 100.0) if lengths is None else np.asarray(lengths, dtype=float)
        return Version(vectors.astype(np.float32), lengths, keys, config.neighbours)

    return VersionPair(make(pivot, keys_p, lengths_p), make(other, keys_o, lengths_o), config)


def unit(x: np.ndarray) -> np.ndarray:
    return x / np.linalg.norm(x, axis=-1, keepdims=True)


def test_the_margin_sees_past_a_hub():
    """A paragraph close to everything (a formula) outranks the true match by cosine, not by margin.

    e5-like geometry: every paragraph is mostly the document's topic; a translation keeps
    a little of its paragraph's own content; the hub is the topic with a bit of everything.
    """
    basis = np.linalg.qr(np.random.default_rng(0).standard_normal((64, 64)))[0].T
    topic, own, noise = basis[0], basis[1:7], basis[7:13]
    pivot = np.sqrt(0.8) * topic + np.sqrt(0.2) * own
    other = np.sqrt(0.8) * topic + np.sqrt(0.2) * (np.sqrt(0.2) * own + np.sqrt(0.8) * noise)
    other[5] = unit(topic + 0.15 * own.sum(axis=0))  # the hub replaces the sixth translation
    cos = pivot @ other.T
    assert cos[2].argmax() == 5  # raw cosine picks the hub
    scorer = SectionScorer(versions(pivot, other), np.arange(6), np.arange(6))
    evidence = scorer.evidence(Move(1, 1), 3, np.arange(1, 7))  # pivot item 2 against each other item
    assert evidence.argmax() == 2


def test_numbers_are_evidence_not_law():
    rng = np.random.default_rng(1)
    pivot = unit(rng.standard_normal((3, 32)))
    other = unit(pivot + 0.3 * unit(rng.standard_normal((3, 32))))
    pair = versions(pivot, other, ["1", "2", "3"], ["1", "3", "2"])  # numbers swapped on 2 and 3
    scorer = SectionScorer(pair, np.arange(3), np.arange(3))
    same = scorer.evidence(Move(1, 1), 1, np.array([1]))[0]
    plain = SectionScorer(versions(pivot, other), np.arange(3), np.arange(3)).evidence(Move(1, 1), 1, np.array([1]))[0]
    assert same == pytest.approx(plain + DEFAULT_CONFIG.number_agree)
    steps = search(Band.full(3, 3), scorer.gain, moves(3))
    assert step_pairs(steps) == {(0, 0), (1, 1), (2, 2)}  # meaning wins over the swapped numbers
    assert scorer.number_mismatch(Step(range(1, 2), range(1, 2)))
    assert not scorer.number_mismatch(Step(range(1), range(1)))


def test_length_is_a_weak_penalty_only():
    pair = versions(np.eye(2, 8), np.eye(2, 8), lengths_p=[100, 100], lengths_o=[100, 400])
    scorer = SectionScorer(pair, np.arange(2), np.arange(2))
    penalties = scorer._length_evidence(100.0, np.array([100.0 * np.exp(pair.length_ratio), 1000.0, 1.0]))
    assert penalties[0] == pytest.approx(0.0)
    assert -DEFAULT_CONFIG.max_length_penalty <= penalties[1] < 0 and penalties[2] == -DEFAULT_CONFIG.max_length_penalty


def test_pooled_vectors_weigh_by_length():
    a, b = np.eye(2, 4, dtype=np.float32)
    pooled = pool(np.stack([a, b]), np.array([3.0, 1.0]))
    assert np.linalg.norm(pooled) == pytest.approx(1.0)
    assert pooled @ a > pooled @ b


def test_evidence_is_calibrated_log_odds():
    config = AlignerConfig()
    assert float(similarity_evidence(config.margin_zero, config)) == pytest.approx(0.0)
    assert float(confidence(similarity_evidence(config.margin_zero, config))) == pytest.approx(0.5)
    assert float(similarity_evidence(1.0, config)) == config.max_evidence
    assert 0.0 <= float(confidence(-50.0)) < float(confidence(50.0)) <= 1.0


# --------------------------------------------------------------------------- baselines and scores


def test_by_number_pairs_numbers_then_positions():
    steps = baselines.by_number(["1", "2", None, "3"], [None, "1", "3"])
    assert step_pairs(steps) == {(0, 1), (2, 0), (3, 2)}


def test_hungarian_matches_a_permutation():
    perm = [2, 0, 1, 3]
    sim = np.full((4, 4), 0.1)
    sim[np.arange(4), perm] = 0.9
    assert step_pairs(baselines.hungarian(sim)) == set(enumerate(perm))


def test_gale_church_finds_a_merge_by_length():
    pivot = [100, 220, 80, 300, 150]
    other = [110, 330, 310, 160]  # the second and third pivot paragraphs run together
    steps = baselines.gale_church(pivot, other)
    assert step_pairs(steps) == {(0, 0), (1, 1), (2, 1), (3, 2), (4, 3)}


def test_link_score():
    assert link_score({(0, 0), (1, 1)}, {(0, 0), (1, 2)}).f1 == pytest.approx(0.5)
    assert link_score(set(), set()).f1 == 1.0
    assert link_score(set(), {(0, 0)}).recall == 0.0
    units = [Unit("pp1+pp2", Section.PREAMBLE, None, {"en": ["pp1", "pp2"], "fr": ["pp1"]}, {}, "2-1", 0.9, 0.9)]
    assert unit_pairs(units, "en", "fr") == {("pp1", "pp1"), ("pp2", "pp1")}


class _Numbers:
    """Stands in for the scorer where only the numbers each paragraph prints matter."""

    def __init__(self, pivot: list[str | None], other: list[str | None]) -> None:
        self.pivot, self.other = pivot, other

    def same_number(self, step: Step) -> bool:
        number = self.pivot[step.pivot.start]
        return number is not None and number == self.other[step.other.start]


def _step(pivot: tuple[int, int], other: tuple[int, int]) -> Step:
    return Step(range(*pivot), range(*other))


@pytest.mark.parametrize(
    ("pivot", "other", "path", "relinked"),
    [
        # `4.` alone beside the version's `4.` alone, in either order: one link
        (["4"], ["4"], [((0, 1), (0, 0)), ((1, 1), (0, 1))], [((0, 1), (0, 1))]),
        (["4"], ["4"], [((0, 0), (0, 1)), ((0, 1), (1, 1))], [((0, 1), (0, 1))]),
        # pivot 5 alone after a split that took the version's `5.` as its second half
        (["4", "5"], ["4", "5"], [((0, 1), (0, 2)), ((1, 2), (2, 2))], [((0, 1), (0, 1)), ((1, 2), (1, 2))]),
        # the version's `4.` alone before a merge that starts with the pivot's 4
        (["4", "5"], ["4", "5"], [((0, 0), (0, 1)), ((0, 2), (1, 2))], [((0, 1), (0, 1)), ((1, 2), (1, 2))]),
        # other numbers, or none, leave the path as it is
        (["4", "5"], ["4", "6"], [((0, 1), (0, 2)), ((1, 2), (2, 2))], None),
        ([None, None], [None, None], [((0, 1), (0, 2)), ((1, 2), (2, 2))], None),
    ],
)
def test_a_paragraph_alone_is_linked_to_its_namesake_beside_it(pivot, other, path, relinked) -> None:
    steps = [_step(*s) for s in path]
    expected = steps if relinked is None else [_step(*s) for s in relinked]
    assert _by_number(_Numbers(pivot, other), steps) == expected
