"""Words with their character offsets, the unit every text check counts in.

Checks report an excerpt "as it stands in the version", so they never work on a
re-joined or lower-cased copy of the text: they keep the offsets of each word and
cut excerpts out of the original string.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cached_property, lru_cache

from align.parse.footnotes import SUPERSCRIPTS

#: A word: letters and the combining accents of decomposed text (`de\u0301cent`),
#: with inner apostrophes and hyphens (`l’homme`, `seventy-second`,
#: `niet-gouvernementele`). Digits are not words: numbers are read by `quantities`;
#: nor are superscript digits, which Python counts as letters: `Rights²` is the word
#: `Rights` and a footnote call.
#: Languages that write compounds as one word (`mensenrechteninstellingen`): a glossary
#: term may stand inside one, and one written as two words is a spelling error.
COMPOUNDING = frozenset({"nl", "de"})

#: One letter: what Python's \w takes for one, less digits, `_` and superscript digits.
LETTER = rf"[^\W\d_{SUPERSCRIPTS}]"
#: Runs of each, possessive, rather than one character at a time: the regex engine repeats a
#: group of alternatives slowly, and the words of every text are read with it.
_LETTERS = rf"(?:{LETTER}++|[\u0300-\u036f]++)+"
WORD = re.compile(rf"{_LETTERS}(?:['’\-‐]{_LETTERS})*")


@dataclass(frozen=True)
class Word:
    text: str
    start: int
    end: int

    @cached_property
    def key(self) -> str:
        """The word as compared across versions: case-folded, apostrophes unified."""
        return self.text.casefold().replace("’", "'")

    @property
    def capitalised(self) -> bool:
        return self.text[:1].isupper()


@lru_cache(maxsize=4096)
def words(text: str) -> tuple[Word, ...]:
    """The words of ``text`` in order, with their offsets.

    Cached, and so a tuple: every check reads the words of the same unit texts.
    """
    return tuple(Word(m.group(), m.start(), m.end()) for m in WORD.finditer(text))


def fold(text: str) -> str:
    """Text as compared for identity: NFKC, case-folded, whitespace collapsed."""
    return " ".join(unicodedata.normalize("NFKC", text).casefold().replace("’", "'").split())


#: What ends a sentence or a clause of one, before a word that may then open with a capital.
SENTENCE_ENDS = frozenset({"", ".", "!", "?", ":", ";"})


def opens_sentence(text: str, offset: int, also: frozenset[str] = frozenset()) -> bool:
    """Whether the word at ``offset`` opens ``text`` or a sentence in it (or follows one of ``also``:
    brackets and quotation marks, for checks to which an aside's capital is no slip)."""
    last = text[:offset].rstrip()[-1:]
    return last in SENTENCE_ENDS or last in also
