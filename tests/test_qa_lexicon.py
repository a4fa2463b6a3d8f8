"""The document's word alignment (IBM model 1 over the units), with a toy embedder that knows a small lexicon."""

from __future__ import annotations

import hashlib
from itertools import combinations

import numpy as np
import pytest

from align.qa import lexicon
from align.qa import meaning
from align.qa.lexicon import WordAlignment, aligns, content_words
from align.qa.parallel import aligned_unit, alignment_of

#: English word -> Dutch word: each pair gets one vector; words outside get vectors of their own.
LEXICON = {
    "council": "raad", "rights": "rechten", "human": "menselijke", "states": "staten", "welcomes": "verwelkomt",
    "report": "verslag", "urges": "dringt", "protect": "beschermen", "defenders": "verdedigers", "women": "vrouwen",
    "freedom": "vrijheid", "expression": "meningsuiting", "children": "kinderen", "education": "onderwijs",
    "health": "gezondheid", "water": "water", "peace": "vrede", "security": "veiligheid",
}


class LexiconEmbedder:
    """Unit vectors: a pair of the lexicon shares one direction (cosine 1), every other word its own."""

    signature = "lexicon-test"
    dimension = 64

    def embed(self, texts: list[str], role: str = "passage") -> np.ndarray:
        index = {w: i for i, w in enumerate(LEXICON)} | {d: i for i, d in enumerate(LEXICON.values())}
        rows = []
        for text in texts:
            seed = index.get(text, int(hashlib.sha1(text.encode()).hexdigest()[:8], 16) + 100)  # the same in every process
            rng = np.random.default_rng(seed)
            v = rng.standard_normal(self.dimension)
            rows.append(v / np.linalg.norm(v))
        return np.array(rows, dtype=np.float32)


def _units() -> list[tuple[str, str, str]]:
    english = [" ".join(pair) for pair in zip(list(LEXICON)[::2], list(LEXICON)[1::2], strict=True)]
    dutch = [" ".join(pair) for pair in zip(list(LEXICON.values())[::2], list(LEXICON.values())[1::2], strict=True)]
    return [(f"u{i}", e, d) for i, (e, d) in enumerate(zip(english, dutch, strict=True))]


def test_content_words_leave_out_function_words_and_cut_elisions() -> None:
    found = content_words("Condemns all acts of intimidation", "en")
    assert found == [("condemns", 0), ("acts", 13), ("intimidation", 21)]
    assert content_words("l’homme et la femme", "fr") == [("homme", 2), ("femme", 14)]


def test_words_that_translate_each_other_are_linked() -> None:
    words = WordAlignment.fit(_units(), "en", "nl", LexiconEmbedder())
    for uid, english, dutch in _units():
        assert words.unlinked(uid, "pivot", 0, len(english))[1] < 0.2
        assert words.unlinked(uid, "version", 0, len(dutch))[1] < 0.2


def test_a_dropped_and_an_added_clause_leave_their_words_unlinked() -> None:
    units = _units()
    units[0] = ("u0", "council rights, peace security", "raad rechten")  # the version lacks `peace security`
    units[1] = ("u1", "human states", "menselijke staten, kinderen onderwijs")  # and adds `kinderen onderwijs`
    words = WordAlignment.fit(units, "en", "nl", LexiconEmbedder())
    assert words.unlinked("u0", "pivot", 0, 14) == (2, pytest.approx(0.0, abs=0.2))
    count, unlinked = words.unlinked("u0", "pivot", 15, 30)
    assert count == 2 and unlinked > 1.6
    count, unlinked = words.unlinked("u1", "version", 19, 37)
    assert count == 2 and unlinked > 1.6


def test_a_repeated_word_shares_its_one_counterpart() -> None:
    units = _units()
    units[0] = ("u0", "council rights council", "raad rechten")
    words = WordAlignment.fit(units, "en", "nl", LexiconEmbedder())
    count, unlinked = words.unlinked("u0", "pivot", 0, 100)
    assert count == 3 and 0.7 < unlinked < 1.3  # half of each `council`


def test_blocks_give_what_one_block_gives(monkeypatch) -> None:
    whole = WordAlignment.fit(_units(), "en", "nl", LexiconEmbedder())
    monkeypatch.setattr(lexicon, "_BLOCK", 3)
    blocked = WordAlignment.fit(_units(), "en", "nl", LexiconEmbedder())
    for key, (offsets, shares) in whole.words.items():
        assert np.array_equal(blocked.words[key][0], offsets)
        # float32 products summed in another order, through five rounds of re-estimation: equal to a few parts in
        # 100,000 (numpy 2.4's matrix products differ by that much between a block of 3 rows and the whole)
        assert np.allclose(blocked.words[key][1], shares, rtol=1e-4, atol=1e-6)


def test_texts_without_content_words_have_nothing_unlinked() -> None:
    words = WordAlignment.fit([("u0", "of the", "van de")], "en", "nl", LexiconEmbedder())
    assert words.unlinked("u0", "pivot", 0, 6) == (0, 0.0)


def test_the_meaning_check_reads_each_direction_s_own_words() -> None:
    """The check's wiring: a dropped clause is judged on the pivot's unlinked words, an added one
    on the version's. Fifteen units of four words each, one that lacks `freedom expression
    children education` and one that adds `gezondheid water vrede veiligheid`: the word signal
    raises their evidence."""
    english, dutch = list(LEXICON)[:6], list(LEXICON.values())[:6]
    units = [aligned_unit(f"op{k}", {"en": f"{english[i]} {english[j]} {english[j]} {english[i]}", "nl": f"{dutch[i]} {dutch[j]} {dutch[j]} {dutch[i]}"})
             for k, (i, j) in enumerate(combinations(range(6), 2), start=1)]
    units[0] = aligned_unit("op1", {"en": "council rights human states, freedom expression children education", "nl": "raad rechten menselijke staten"})
    units[1] = aligned_unit("op2", {"en": "human states welcomes report", "nl": "menselijke staten verwelkomt verslag, gezondheid water vrede veiligheid"})
    alignment = alignment_of(units, ["en", "nl"])

    def evidence(weight: float) -> dict[tuple[str, str], float]:
        before, meaning.UNLINKED_WEIGHT = meaning.UNLINKED_WEIGHT, weight
        try:
            return {(e.unit, e.direction): e.evidence for e in meaning.MeaningCheck().clause_evidence(alignment, LexiconEmbedder())}
        finally:
            meaning.UNLINKED_WEIGHT = before

    without, with_words = evidence(0.0), evidence(1.5)
    assert with_words[("op1", "omission")] > without[("op1", "omission")] + 0.5
    assert with_words[("op2", "addition")] > without[("op2", "addition")] + 0.5


def test_only_pairs_with_function_words_and_spaces_are_aligned() -> None:
    assert aligns("en", "nl") and aligns("fr", "de")
    assert not aligns("en", "zh") and not aligns("ru", "en")
