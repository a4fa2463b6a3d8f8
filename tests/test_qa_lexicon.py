"""The document's word alignment (IBM model 1 over the units), with a toy embedder that knows a small lexicon."""

from __future__ import annotations

import numpy as np
import pytest

from align.qa import lexicon
from align.qa.lexicon import WordAlignment, content_words

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
            rng = np.random.default_rng(index.get(text, abs(hash(text)) % 10_000 + 100))
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
        assert np.allclose(blocked.words[key][1], shares)


def test_texts_without_content_words_have_nothing_unlinked() -> None:
    words = WordAlignment.fit([("u0", "of the", "van de")], "en", "nl", LexiconEmbedder())
    assert words.unlinked("u0", "pivot", 0, 6) == (0, 0.0)
