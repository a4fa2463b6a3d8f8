"""A language's own word list: which words of a text it lacks, and the common word each stands for.

The parser repairs only the OCR damage whose repair is certain (`I’homme`, `ceuvre`,
:mod:`align.parse.ocr`). What OCR leaves besides is a word that the language does not
have, a letter or an accent away from one it uses often: `aolt` for `août`, `rdle` and
`réle` for `rôle`, `genérale`, `renforgant`, `soixantieme`. No pattern lists those, but a
word list does. The lists are wordfreq's (frequencies over large mixed corpora, shipped
inside the package, so nothing is downloaded), loaded on first use, one language at a time.

A word is judged when its list does not have it, or has it only as a rare word
(:data:`RARE`): web text, which the lists count, holds misspellings too (`huitieme`,
`intérét`). An unknown word's reading is the commonest word one edit away (a letter
dropped, added, changed, or two letters swapped); it must be common (:data:`COMMON`),
less so (:data:`COMMON_ACCENTED`) when the two differ by accents alone, since a lost or
wrong accent is the commonest misreading and `soixantième` is not a frequent word. A rare
word's reading must differ from it by accents alone and be far commoner (:data:`COMMONER`):
`huitieme` for `huitième`, never one rare word read as another.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

from align.qa.tokens import words

#: Languages whose wordfreq list is large enough to say that a word is not a word, and
#: whose script has case (a word list cannot judge the words of a text it cannot cut into them).
LANGUAGES = frozenset({"ca", "cs", "de", "en", "es", "fi", "fr", "it", "mk", "nb", "nl", "pl", "pt", "ru", "sv", "uk"})
#: How often (per word of running text) a word must occur to be the reading of a word one edit
#: away: about once in a million words (Zipf 3), a word of everyday use ...
COMMON = 1e-6
#: ... and once in ten million (Zipf 2) when the two differ by accents alone (`soixantieme`).
COMMON_ACCENTED = 1e-7
#: A word the list has but less often than this (Zipf 2) may still be a misspelling ...
RARE = 1e-7
#: ... of a common word with other accents that is this many times as frequent (`huitieme`, `huitième`).
COMMONER = 100
#: The letters an edit may put in: Latin ones with the accents of the languages above, and Cyrillic.
_LATIN = "abcdefghijklmnopqrstuvwxyzàáâäçèéêëìíîïñòóôöøùúûüýÿœæšžčřěůåõ"
_CYRILLIC = "абвгдеёжзийклмнопрстуфхцчшщъыьэюяіїєґјљњћџѓќѕ"
_ALPHABETS = {"ru": _CYRILLIC, "uk": _CYRILLIC, "mk": _CYRILLIC}
#: The parts of a word that are judged: between apostrophes and hyphens (`l’hnomme`, `non-sélectivite`).
_WORD_PART = re.compile(r"[^'’\-‐]+")
#: Shorter parts are left alone: most are a letter from some common word.
_MIN_LETTERS = 4


@dataclass(frozen=True)
class MisreadWord:
    """A word of a text that its language lacks (or has as a rare misspelling), and the common word it likely stands for."""

    text: str
    start: int
    end: int
    reading: str


def supports(language: str) -> bool:
    return language in LANGUAGES


def misread_words(text: str, language: str) -> Iterator[MisreadWord]:
    """The words of ``text`` that have a common reading (:func:`common_reading`), words its
    language lacks or has as rare misspellings, in order; none in a language without a list
    (:data:`LANGUAGES`).

    Only words in lower case, and the text's first word (an opening verb, `Reaffirme`):
    a capital inside a text opens a name, which no list holds. Parts in mixed case
    (`McDonald`, `iPhone`) are names too.
    """
    if not supports(language):
        return
    for k, word in enumerate(words(text)):
        if word.capitalised and k > 0:
            continue
        for part in _WORD_PART.finditer(word.text):
            found = part.group()
            if len(found) < _MIN_LETTERS or found[1:] != found[1:].lower():
                continue
            if (reading := common_reading(found.casefold(), language)) is not None:
                reading = reading[:1].upper() + reading[1:] if found[:1].isupper() else reading  # `Reaffirme`
                yield MisreadWord(found, word.start + part.start(), word.start + part.end(), reading)


def common_reading(word: str, language: str) -> str | None:
    """The common word of ``language`` that ``word`` (lower case, `'` for apostrophes) likely
    stands for, when the list lacks ``word`` or has it as a rare misspelling (see the module's
    docstring); None when ``word`` is a word of its own, or no common word is near."""
    frequencies = _frequencies(language)
    own = frequencies.get(word, 0.0)
    if own >= RARE:
        return None
    bare = _without_accents(word)
    best, best_frequency = None, 0.0
    for candidate in _one_edit(word, _ALPHABETS.get(language, _LATIN)):
        frequency = frequencies.get(candidate, 0.0)
        accents_only = _without_accents(candidate) == bare
        if own:
            floor = max(COMMON, own * COMMONER) if accents_only else math.inf
        else:
            floor = COMMON_ACCENTED if accents_only else COMMON
        if frequency >= floor and frequency > best_frequency:
            best, best_frequency = candidate, frequency
    return best


@lru_cache(maxsize=None)
def _frequencies(language: str) -> dict[str, float]:
    from wordfreq import get_frequency_dict  # 0.1 s to import and 0.07 s a language: only when a check asks

    return get_frequency_dict(language, wordlist="best")


def _one_edit(word: str, alphabet: str) -> set[str]:
    """Every string one deletion, transposition, substitution or insertion away from ``word`` (Norvig's edits1)."""
    splits = [(word[:i], word[i:]) for i in range(len(word) + 1)]
    found = {a + b[1:] for a, b in splits if b}
    found |= {a + b[1] + b[0] + b[2:] for a, b in splits if len(b) > 1}
    found |= {a + c + b[1:] for a, b in splits if b for c in alphabet}
    found |= {a + c + b for a, b in splits for c in alphabet}
    found.discard(word)
    return found


def _without_accents(word: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", word) if not unicodedata.combining(c))
