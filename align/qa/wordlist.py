"""A language's own word list: which words of a text it lacks, and the common word each stands for.

The parser repairs only the OCR damage whose repair is certain (`I’homme`, `ceuvre`,
:mod:`align.parse.ocr`). What OCR leaves besides is a word that the language does not
have, an accent or a letter away from one it uses often: `genérale`, `systéme`,
`soixantieme`, `aolt` for `août`, `rdle` and `réle` for `rôle`, `renforgant`.
No pattern lists those, but a word list does. The lists are wordfreq's (frequencies
over large mixed corpora, shipped inside the package, so nothing is downloaded),
loaded on first use, one language at a time.

A word's reading is looked for in two steps:

- *accents*: the commonest word spelt with the same letters once accents are set
  aside (`systéme`, `système`). The word may be in the list, since web text, which
  the lists count, holds misspellings too, but only as a rarer word (:data:`RARE`)
  than its reading by far (:data:`COMMONER`; :data:`COMMONER_ACCENTS_LOST` where it
  only lacks accents, `progres`), and only where it lacks an accent of
  its reading or has another one: an accent where the reading has none makes a word
  of its own (`arriéré`, "arrears", beside `arrière`). An unknown word's reading need
  only be in use (:data:`COMMON_ACCENTED`: `soixantième` is no frequent word);
- *one edit*, for a word the list lacks altogether: the commonest common word
  (:data:`COMMON`) one edit away, accents set aside (a letter dropped, added,
  changed, or two swapped: `aolt`, `août`; `modeéle`, `modèle`), or one OCR
  confusion of letter shapes (`rn` for `m`: `nernen`, `nemen`).

A word the list has is never read as another through any edit (Dutch `erkennend` is
a letter from `erkennen`), but OCR makes some words the list holds, rare misspellings
or names, out of common ones: `fagon`, `cing` for `façon`, `cinq`. So a rare word of
the list (:data:`RARE`) is also read through one letter that OCR takes for another
(:data:`OCR_LETTERS`: `g` for `ç` and for `q`) where that gives a word a thousand times
as frequent (:data:`OCR_COMMONER`); `colt` for `coût` (`l` for `û`, 44 times) is not.

Words of a link, and words beside an English one (:data:`ENGLISH_MARKERS`), are not
judged: a French footnote cites reports by their English titles, whose `prevention` and
`resolution` are French words less their accents.

A reading is the likeliest word, not a certainty (`gréce` is read `grèce`, a letter
from the `grâce` it was): the finding says what the word is not, and offers it as a
"perhaps". Ties between readings go to the first in a fixed order (alphabetical for
one edit), so that a report does not change from one run to the next.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

from align.parse.language import SUPPORTED
from align.qa.tokens import Word, words

#: The parser's languages: each has a wordfreq list large enough to say that a word is not a word.
LANGUAGES = frozenset(SUPPORTED)
#: How often (per word of running text) a word must occur to be the reading of a word one edit
#: away: about once in a million words (Zipf 3), a word of everyday use ...
COMMON = 1e-6
#: ... and once in ten million (Zipf 2) to be the reading of an unknown word that differs by accents alone.
COMMON_ACCENTED = 1e-7
#: A word the list has, but less often than this (Zipf 4), may still be a misspelling ...
RARE = 1e-5
#: ... of a word that differs by accents alone and is this many times as frequent (`étre`, `être`) ...
COMMONER = 100
#: ... or this many, where the word only lacks accents of the other (`progres`, `progrès`, 93 times):
#: an accent wrong may make another form of a verb (`libères`, `libérés`), an accent lost seldom does,
#: but for a final `é`: the present of a verb in -er is its participle less that accent (`affilie`).
COMMONER_ACCENTS_LOST = 30
#: English words beside which a word of another language's text is English too (a report's title
#: in a French footnote: `Guidance on the prevention of detention`), and not judged; none is a
#: French or Dutch word.
ENGLISH_MARKERS = frozenset({"the", "and", "for", "with", "from", "by", "to"})
#: A link's words are no words of the text (`.../resolution-cooperation-declaration`).
_LINK = re.compile(r"(?:https?://|www\.)\S+")
#: Letter shapes OCR takes for others, each one edit: `rn` read for `m` and back, `cl` for `d`, `vv` for `w`.
OCR_CONFUSIONS = (("rn", "m"), ("m", "rn"), ("cl", "d"), ("d", "cl"), ("vv", "w"))
#: Letters OCR reads for others that make words a list holds as rare ones (`fagon`, `cing`) ...
OCR_LETTERS = (("g", "ç"), ("g", "q"))
#: ... read back only where that gives a word this many times as frequent (`façon`, 4,300 times `fagon`).
OCR_COMMONER = 1000
_ASCII_LETTERS = "abcdefghijklmnopqrstuvwxyz"
#: Shorter parts of words are left alone: most are a letter from some common word.
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
    """The words of ``text`` that have a reading (:func:`common_reading`), in order; none in a
    language without a list (:data:`LANGUAGES`).

    Each part of a word between apostrophes and hyphens is a word (`l’étre`, `non-sélectivite`).
    A capitalised word is judged only where it opens the text (an opening verb, `Reaffirme`):
    elsewhere, even after a full stop, a capital opens a name as often as not (`Ercan`), and no
    list holds names; nor does it hold a word with a capital inside it.
    """
    if not supports(language):
        return
    links = [m.span() for m in _LINK.finditer(text)]
    tokens = words(text)
    for k, word in enumerate(tokens):
        if any(a <= word.start < b for a, b in links) or _beside_english(tokens, k, language):
            continue
        start = word.start
        for p, part in enumerate(word.text.replace("’", "'").replace("‐", "-").replace("'", "-").split("-")):
            end = start + len(part)
            opens = k == 0 and p == 0  # a capital elsewhere, `d’Hawari` included, opens a name
            if len(part) >= _MIN_LETTERS and (part[:1].islower() or opens) and part[1:] == part[1:].lower():
                key = unicodedata.normalize("NFC", part).casefold()  # a library caller's decomposed accents
                if (reading := common_reading(key, language)) is not None:
                    reading = reading[:1].upper() + reading[1:] if part[:1].isupper() else reading
                    yield MisreadWord(part, start, end, reading)
            start = end + 1


def _beside_english(tokens: tuple[Word, ...], k: int, language: str) -> bool:
    """Whether word ``k`` stands beside one of :data:`ENGLISH_MARKERS` in a text of another language."""
    return language != "en" and any(
        0 <= j < len(tokens) and tokens[j].text.casefold() in ENGLISH_MARKERS for j in (k - 1, k + 1)
    )


def frequency(word: str, language: str) -> float:
    """How often ``word`` (in lower case) occurs in ``language``'s list, per word of running text; 0 if never."""
    return _lexicon(language)[0].get(word, 0.0)


@lru_cache(maxsize=65536)
def common_reading(word: str, language: str) -> str | None:
    """The common word of ``language`` that ``word`` (in lower case) likely stands for, when the
    list lacks ``word`` or has it as a rare misspelling (see the module's docstring); None when
    ``word`` is a word of its own, or no common word is near."""
    frequencies, commonest = _lexicon(language)
    own = frequencies.get(word, 0.0)
    if own >= RARE:
        return None
    bare = _without_accents(word)
    accented = commonest.get(bare)
    if accented is not None and accented != word and (not own or _accents_lost_or_confused(word, accented)):
        if frequencies[accented] >= max(COMMON_ACCENTED, own * _commoner(word, accented)):
            return accented
    if own:
        return _letter_misread(word, own, frequencies)
    best, best_frequency = None, 0.0
    for candidate in sorted(_one_edit(bare)):  # in order: frequencies tie, and a set's order is the process's
        reading = commonest.get(candidate)
        if reading is not None and reading != word and frequencies[reading] >= COMMON and frequencies[reading] > best_frequency:
            best, best_frequency = reading, frequencies[reading]
    return best


def _commoner(word: str, reading: str) -> int:
    """How many times as frequent as ``word`` its reading by accents must be: :data:`COMMONER_ACCENTS_LOST`
    where ``word`` only lacks accents, but not the final `é` (`affilie`, a verb's present, `affilié`
    its participle), :data:`COMMONER` otherwise."""
    final_e = reading.removesuffix("s").endswith("é") and word.removesuffix("s").endswith("e")
    return COMMONER_ACCENTS_LOST if _accents_lost(word, reading) and not final_e else COMMONER


def _letter_misread(word: str, own: float, frequencies: dict[str, float]) -> str | None:
    """The commonest word that one of :data:`OCR_LETTERS` read back makes of ``word`` (a word of the
    list, ``own`` its frequency), if it is :data:`OCR_COMMONER` times as frequent; None otherwise."""
    candidates = [
        word[:i] + meant + word[i + 1:] for seen, meant in OCR_LETTERS for i, letter in enumerate(word) if letter == seen
    ]
    best = max(candidates, key=lambda candidate: frequencies.get(candidate, 0.0), default=None)  # ties: the first
    return best if best is not None and frequencies.get(best, 0.0) >= max(COMMON, own * OCR_COMMONER) else None


@lru_cache(maxsize=None)
def _lexicon(language: str) -> tuple[dict[str, float], dict[str, str]]:
    """The list's frequencies, and per spelling without accents its commonest word (0.1 s to import
    wordfreq, 0.3 s a language: only when a check asks)."""
    from wordfreq import get_frequency_dict

    frequencies = get_frequency_dict(language, wordlist="best")
    commonest: dict[str, str] = {}
    for word in frequencies:  # commonest first
        commonest.setdefault(word if word.isascii() else _without_accents(word), word)
    return frequencies, commonest


def _one_edit(word: str) -> set[str]:
    """Every string one deletion, transposition, substitution or insertion of an unaccented letter
    away from ``word`` (Norvig's edits1), or one OCR confusion (:data:`OCR_CONFUSIONS`)."""
    splits = [(word[:i], word[i:]) for i in range(len(word) + 1)]
    found = {a + b[1:] for a, b in splits if b}
    found |= {a + b[1] + b[0] + b[2:] for a, b in splits if len(b) > 1}
    found |= {a + c + b[1:] for a, b in splits if b for c in _ASCII_LETTERS}
    found |= {a + c + b for a, b in splits for c in _ASCII_LETTERS}
    for seen, meant in OCR_CONFUSIONS:
        found |= {word[:i] + meant + word[i + len(seen):] for i in range(len(word)) if word.startswith(seen, i)}
    found.discard(word)
    return found


def _accents_lost_or_confused(word: str, reading: str) -> bool:
    """Whether ``word`` differs from ``reading`` only by accents it lacks or has wrong (`étre`, `être`;
    `financiere`), never by an accent where ``reading`` has none: a word of the list with such an
    accent is a word of its own (`arriéré`, `arrière`; `œuvré`, `œuvre`)."""
    word, reading = unicodedata.normalize("NFC", word), unicodedata.normalize("NFC", reading)
    return len(word) == len(reading) and all(
        a == b or a == _without_accents(a) or b != _without_accents(b) for a, b in zip(word, reading, strict=True)
    )


def _accents_lost(word: str, reading: str) -> bool:
    """Whether ``word`` is ``reading`` with some of its accents left out, and no other change
    (`progres`, `etrangères`)."""
    word, reading = unicodedata.normalize("NFC", word), unicodedata.normalize("NFC", reading)
    return len(word) == len(reading) and word != reading and all(
        a == b or a == _without_accents(b) for a, b in zip(word, reading, strict=True)
    )


def _without_accents(word: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", word) if not unicodedata.combining(c))
