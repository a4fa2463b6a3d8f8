"""A term that a version renders one way throughout but once: `landen` where every other unit has `staten`.

A reviser's first check after terminology is consistency: a term of art is
rendered the same way wherever it stands. The glossary covers the names it
lists (:mod:`align.qa.terminology`); this check learns the rest from the
document itself, with no word alignment: a pivot term that stands in at least
:data:`MIN_UNITS` units, and a version word that stands in at least
:data:`MIN_UNITS` of them and :data:`SHARE` of them all (and no more often
elsewhere), is the term's rendering. A unit that has the term and lacks that
word, where the version does not keep the term as it is, renders it otherwise,
which is what machine translation does (72/247's op13 `sommige landen` for
"some States", where 14 other units have `staten`).

Only a term that is a word of its own with a capital inside a sentence (`the
Declaration`, `States`, `Rapporteur`) is followed: in UN texts that capital
marks a term of art, where a lower-case word is ordinary vocabulary, which a
good translation varies. A capitalised word beside another one, after one
across a preposition (`Torture` of `Committee against Torture`, `Elimination`
of `Committee on the Elimination`), or joined to one by `and` where the name goes
on (`Economic and Social Council`, not `States and Governments`) is part of a
name (:func:`_neighbour`), which the glossary covers with its variants; the word
that opens a sentence is a name's first word only where the document also writes
the two together inside a sentence (`Urges States` is a verb and a term). Only
pivots and versions whose words the tool can read are followed (:func:`follows`:
not Russian, whose cases inflect every rendering, nor a German pivot, which
capitalises every noun). The version's words are compared without their plural
ending (`staat` and `staten`, `État` and `États`), and a rendering counts inside
a word joined by a hyphen (`États-Unis`) and, in languages that compound, inside
a compound (`lidstaten`); not in a word that merely starts as it does
(`gouvernementales`). The rendering may be spelt as the term is (French `Convention`).
Of words as regular, a cognate of the term wins (`comité` over the `rapport` of
"the report of the Committee"), and a cognate of another word the pivot has
with the term is that word's (`nucléaires`, of the Non-Proliferation Treaty's name).

Official translations do vary a term now and then (the UDHR's French renders
"each State" as `chaque pays` once), and a careful translator renders it with a
pronoun or builds the sentence otherwise, which this cannot tell from a slip: every
finding is information. The word shown as the other rendering is the version's
word, near the term's place (:data:`~align.qa.base.DRIFT`), whose vector is
closest to the term's, where it stands out (:data:`STANDS_OUT`); the message says
it is a guess, and says so when no word stands out.
"""

from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, cast

import numpy as np
from rapidfuzz.distance import Indel

from align.model import Alignment, Finding, Severity, Unit
from align.qa.base import DRIFT, Check, QAContext
from align.qa.lexicon import FUNCTION_WORDS, aligns, content_words
from align.qa.tokens import COMPOUNDING, Word, fold, opens_sentence, words

if TYPE_CHECKING:  # pragma: no cover
    from align.embed.embedder import Embedder

#: A term is followed from this many units on, and its rendering must stand in this many of them ...
MIN_UNITS = 4
#: ... and in this share of them.
SHARE = 0.75
#: How much closer to the term's vector than the next word's a word must be to be shown as its rendering
#: (multilingual-e5-small, words alone). Of round 1's 24 slips in ``tests/data/qa/consistency-review.jsonl``
#: (`landen`, `Kantoor`, `Commission` for a term rendered otherwise elsewhere), 16 show the word used, 1
#: another word and 7 none; of the 9 variations reported there (a pronoun, a sentence built otherwise),
#: none shows a word but, at the margin (in bf16, not fp32), the `landen` one of them uses.
STANDS_OUT = 0.02
#: Spelling similarity (Indel, case-folded, accents as written) from which a version's word is a cognate of the term.
COGNATE = 0.5
#: The lower-case words that join the words of one name, per pivot language: a preposition, alone or
#: with an article, before a name's complement (`Office of the High Commissioner`, `Committee against
#: Torture`), and a conjunction between two words of a name that goes on (`Economic and Social Council`).
_PREPOSITIONS = {
    "en": frozenset({"of", "on", "for", "against"}),
    "fr": frozenset({"de", "du", "des", "pour", "sur", "contre"}),
    "nl": frozenset({"van", "voor", "inzake", "over", "tegen"}),
    "es": frozenset({"de", "del", "para", "sobre", "contra"}),
}
_ARTICLES = {
    "en": frozenset({"the"}),
    "fr": frozenset({"la", "le", "les"}),
    "nl": frozenset({"de", "het"}),
    "es": frozenset({"la", "el", "los", "las"}),
}
_CONJUNCTIONS = {"en": "and", "fr": "et", "nl": "en", "es": "y"}
#: A French article or preposition elided onto the word (`l'Organisation`, `d'États`).
_ELIDED = re.compile(r"^(?:l|d|qu)['’]", re.IGNORECASE)
#: What ends a name: a capitalised word after one of these is not its neighbour's (`Council, States`).
_BREAK = re.compile(r"[,;:.()\[\]«»“”\"]")
#: The parts of a word joined by hyphens (`États-Unis`).
_HYPHEN = re.compile(r"[-‐]")


class ConsistencyCheck(Check):
    name = "consistency"
    description = "a capitalised term rendered one way in most units and otherwise in a few (learnt from the document)"
    severity = Severity.INFO
    needs = frozenset({"embedder"})  # to show which word renders the term instead

    def run(self, alignment: Alignment, context: QAContext) -> list[Finding]:
        embedder = cast("Embedder", context.embedder)  # the registry saw to it: needs
        return [
            self._finding(alignment, odd, embedder)
            for language in alignment.languages
            if language != alignment.pivot
            for odd in inconsistent(alignment, language)
        ]

    def _finding(self, alignment: Alignment, odd: OddRendering, embedder: Embedder) -> Finding:
        text = odd.unit.texts[odd.language]
        guess = _likeliest_rendering(odd, alignment.pivot, embedder)
        shown = ", ".join(odd.elsewhere[:3]) + (" ..." if len(odd.elsewhere) > 3 else "")
        message = (
            f"{odd.term.text!r} is rendered {odd.rendering!r} in {len(odd.elsewhere)} of the "
            f"{len(odd.elsewhere) + odd.others} units that have it ({shown}), not here"
        )
        message += f"; rendered {guess.text!r}?" if guess else "; no word near its place stands out as its rendering"
        return self.finding(
            odd.unit, alignment, [alignment.pivot, odd.language], message + ": one term, one rendering",
            guess.text if guess else "", odd.term.text, excerpt_start=guess.start if guess else None,
        )


@dataclass(frozen=True)
class OddRendering:
    """A unit whose version lacks the rendering the rest of the document gives a term."""

    unit: Unit
    language: str
    term: Word  # its first occurrence in the pivot's text of the unit
    rendering: str  # the version's word for it elsewhere (case-folded, the form it writes most)
    elsewhere: list[str]  # the units that have the term and that word
    others: int  # the units, this one among them, that have the term and not that word


def follows(pivot: str, language: str) -> bool:
    """Whether terms of a ``pivot`` text can be followed into ``language``: both have function-word
    lists and spaces between words (:func:`align.qa.lexicon.aligns`; not Russian, whose cases inflect
    every rendering, nor Chinese), and the pivot capitalises terms of art only (not German, which
    capitalises every noun)."""
    return aligns(pivot, language) and pivot != "de"


def inconsistent(alignment: Alignment, language: str) -> Iterator[OddRendering]:
    """The units where ``language`` renders a pivot term otherwise than it does in most units (see the module)."""
    pivot = alignment.pivot
    if not follows(pivot, language):
        return
    units = [u for u in alignment.units if u.texts.get(pivot, "").strip() and u.texts.get(language, "").strip()]
    names = _names_inside_sentences([unit.texts[pivot] for unit in units], pivot)
    term_units: dict[str, list[tuple[Unit, Word]]] = defaultdict(list)  # per term, where it stands
    pivot_words: dict[str, frozenset[str]] = {}  # per unit, the pivot's content words
    version_words: dict[str, _Lemmas] = {}  # per unit, the lemmas of the version's content words
    written: dict[str, Counter[str]] = defaultdict(Counter)  # per lemma, the forms the version writes
    for unit in units:
        for key, word in _terms(unit.texts[pivot], pivot, names).items():
            term_units[key].append((unit, word))
        pivot_words[unit.id] = frozenset(key for key, _ in content_words(unit.texts[pivot], pivot))
        lemmas = set()
        for key, _ in content_words(unit.texts[language], language):
            lemma = _lemma(key, language)
            lemmas.add(lemma)
            written[lemma][key] += 1
        version_words[unit.id] = _Lemmas.of(lemmas)
    for key, found in term_units.items():
        if len(found) < MIN_UNITS:
            continue
        rendering = _rendering(key, found, pivot_words, version_words, language)
        if rendering is None:
            continue
        having = {unit.id for unit, _ in found if _has(rendering, version_words[unit.id], language)}
        lacking = [(unit, word) for unit, word in found if unit.id not in having]
        shown = written[rendering].most_common(1)[0][0]
        elsewhere = [unit.id for unit, _ in found if unit.id in having]
        for unit, word in lacking:
            # the term kept as it is, where the version renders it otherwise elsewhere: untranslated, or a name
            if _lemma(word.key, language) not in version_words[unit.id].words:
                yield OddRendering(unit, language, word, shown, elsewhere, len(lacking))


def _terms(text: str, language: str, names: frozenset[tuple[str, str]]) -> dict[str, Word]:
    """The pivot's terms in ``text`` (case-folded, with their first occurrence; singular and plural
    apart, since a singular term is often a noun's qualifier, `State officials`): words of their own
    with a capital inside a sentence (after an elided article: `l'Organisation`), not acronyms, not
    function words, not part of a name (:func:`_neighbour`). The capitalised word that opens a sentence
    is a name's first word only where the document writes the two in one name inside a sentence too
    (``names``): `United Nations` is a name, the operative verb of `Urges States` is not."""
    function_words = FUNCTION_WORDS.get(language, frozenset())
    found = words(text)
    terms: dict[str, Word] = {}
    for k, word in enumerate(found):
        bare = _ELIDED.sub("", word.text)
        if not _capitalised(word) or bare.isupper() or len(bare) < 3 or bare.casefold() in function_words:
            continue
        if opens_sentence(text, word.start):
            continue
        before = _neighbour(text, found, k, -1, language)
        after = _neighbour(text, found, k, +1, language)
        first_of_name = before is not None and (
            not opens_sentence(text, before.start) or (before.key, word.key) in names
        )
        if not first_of_name and after is None:
            elided = len(word.text) - len(bare)
            terms.setdefault(bare.casefold(), Word(bare, word.start + elided, word.end))
    return terms


def _capitalised(word: Word) -> bool:
    return _ELIDED.sub("", word.text)[:1].isupper()


def _neighbour(text: str, found: tuple[Word, ...], k: int, step: int, language: str) -> Word | None:
    """The capitalised word one name joins to ``found[k]`` on one side (``step`` -1 or +1), or None.

    Beside it, with nothing that ends a name between (:data:`_BREAK`); or before it across a
    preposition and an article (:data:`_PREPOSITIONS`), whose complement ``found[k]`` is (`Elimination`
    of `Committee on the Elimination`, `Torture` of `Committee against Torture`); or on either side
    across a conjunction, where the name goes on after the second word (`Economic and Social Council`,
    not `States and Governments`). A preposition after the word opens the complement of a term that
    also stands alone (`the Office of the High Commissioner`, `the Office`): no link."""
    conjunction = _CONJUNCTIONS.get(language)
    j, gap = k + step, []
    while 0 <= j < len(found) and len(gap) < 2 and not _capitalised(found[j]):
        gap.append(found[j].key)
        j += step
    if not 0 <= j < len(found) or not (_capitalised(found[k]) and _capitalised(found[j])):
        return None
    first, second = sorted((j, k))
    if _BREAK.search(text[found[first].end:found[second].start]):
        return None
    if not gap:
        return found[j]
    if gap == [conjunction]:
        goes_on = second + 1 < len(found) and _capitalised(found[second + 1]) and not text[found[second].end:found[second + 1].start].strip()
        return found[j] if goes_on else None
    prepositions, articles = _PREPOSITIONS.get(language, frozenset()), _ARTICLES.get(language, frozenset())
    if step < 0 and (gap[-1] in prepositions and all(w in articles for w in gap[:-1])):
        return found[j]
    return None


def _names_inside_sentences(texts: list[str], language: str) -> frozenset[tuple[str, str]]:
    """The pairs of capitalised words (case-folded) that ``texts`` write in one name inside a sentence."""
    names = set()
    for text in texts:
        found = words(text)
        for k, second in enumerate(found):
            first = _neighbour(text, found, k, -1, language)
            if first is not None and not opens_sentence(text, first.start):
                names.add((first.key, second.key))
    return frozenset(names)


def _rendering(
    term: str,
    found: list[tuple[Unit, Word]],
    pivot_words: dict[str, frozenset[str]],
    version_words: dict[str, _Lemmas],
    language: str,
) -> str | None:
    """The version's word for ``term`` (its :func:`_lemma`), from the units that have the term (``found``).

    It stands in at least :data:`MIN_UNITS` and :data:`SHARE` of them, in no more units without the
    term, and is no cognate of another word the pivot has in :data:`MIN_UNITS` of them too
    (``pivot_words``: the `nucléaires` of the Non-Proliferation Treaty's name is "Nuclear"'s). Of
    several, the one in most units wins, then a cognate of the term (:data:`COGNATE`: `comité` for
    "Committee" before the `rapport` of "the report of the Committee"), then the one in fewest units
    without it. It may be the term itself (French `Convention`). None when no word is that regular,
    or when every unit has it (nothing to report).
    """
    ids = {unit.id for unit, _ in found}
    counts: dict[str, int] = defaultdict(int)
    for unit_id in ids:
        for word in version_words[unit_id].words:
            counts[word] += 1
    needed = max(MIN_UNITS, math.ceil(SHARE * len(ids)))
    candidates = [word for word, count in counts.items() if count >= needed]
    inside = {w: sum(_has(w, version_words[u], language) for u in ids) for w in candidates}
    outside = {w: sum(_has(w, ws, language) for u, ws in version_words.items() if u not in ids) for w in candidates}
    alike = {w: Indel.normalized_similarity(fold(w), fold(term)) for w in candidates}
    beside: dict[str, int] = defaultdict(int)
    for unit_id in ids:
        for word in pivot_words[unit_id] - {term}:
            beside[word] += 1
    others = [word for word, count in beside.items() if count >= MIN_UNITS]
    regular = [
        w for w in candidates
        # a word as common without the term (`mensenrechten`, in every compound of it) renders something else
        if outside[w] <= inside[w]
        and not any(Indel.normalized_similarity(fold(w), word) >= max(COGNATE, alike[w] + 1e-9) for word in others)
    ]
    ranked = sorted(regular, key=lambda w: (inside[w], alike[w] >= COGNATE, -outside[w], alike[w], w), reverse=True)
    if not ranked:
        return None
    best = ranked[0]
    if inside[best] == len(ids) and alike[best] < COGNATE:
        # a word of every unit that is no cognate of the term (the `roept` of the `Calls upon States`
        # each unit opens with) may render another word: a cognate as regular but for a few units renders it
        best = next((w for w in ranked if alike[w] >= COGNATE), best)
    return best if inside[best] < len(ids) else None


#: Plural endings, per kind of language: `staten`, `États`.
_PLURALS = {"compounding": ("en", "s"), "other": ("s", "x")}
_DOUBLED_VOWEL = re.compile(r"(aa|ee|oo|uu)(?=[^aeiou]+$)")


def _lemma(word: str, language: str) -> str:
    """``word`` (case-folded) without a plural ending, so that a singular and a plural are one
    rendering: `état` and `états` are `état`; in Dutch and German, where a vowel written double in
    a closed syllable is written once when the plural opens it, `staat` and `staten` are `stat`."""
    compounding = language in COMPOUNDING
    ending = next((e for e in _PLURALS["compounding" if compounding else "other"] if word.endswith(e)), "")
    if ending and len(word) - len(ending) >= 3:
        word = word[: len(word) - len(ending)]
    return _DOUBLED_VOWEL.sub(lambda m: m.group()[0], word) if compounding else word


@dataclass(frozen=True)
class _Lemmas:
    """The lemmas of a unit's words, and the same in one string, which any way :func:`_has` finds a
    rendering in them contains: a test at C speed before the word by word one."""

    words: frozenset[str]
    joined: str

    @classmethod
    def of(cls, lemmas: set[str]) -> _Lemmas:
        return cls(frozenset(lemmas), " ".join(sorted(lemmas)))


def _has(rendering: str, lemmas: _Lemmas, language: str) -> bool:
    """Whether a unit's words (their :func:`_lemma`) hold ``rendering``: as a word, a part of a
    hyphenated word, or a compound's head or tail. Not a word that merely starts as it does:
    `gouvernementales` is no `gouvernement`, nor `traitement` a `traité` (a country's adjective,
    `yéménite` for `Yémen`, is then another rendering, which the check reports)."""
    if rendering in lemmas.words:
        return True
    if rendering not in lemmas.joined:
        return False
    for word in lemmas.words:
        if rendering in _HYPHEN.split(word):
            return True
        if language in COMPOUNDING and (word.endswith(rendering) or word.startswith(rendering)):
            return True
    return False


def _likeliest_rendering(odd: OddRendering, pivot: str, embedder: Embedder) -> Word | None:
    """Of the version's content words near the term's place, the one whose vector is closest to the
    term's, where it is closer by :data:`STANDS_OUT` than the next one; None where no word stands
    out (a pronoun or a sentence built otherwise renders the term, and any word shown would mislead)."""
    pivot_text, text = odd.unit.texts[pivot], odd.unit.texts[odd.language]
    at = odd.term.start / len(pivot_text)
    near = {start: key for key, start in content_words(text, odd.language) if abs(start / len(text) - at) <= DRIFT}
    if not near:
        return None
    keys = list(dict.fromkeys(near.values()))
    vectors = embedder.embed([odd.term.key, *keys], role="passage")
    similarity = vectors[1:] @ vectors[0]
    ranked = np.argsort(-similarity)
    if len(keys) > 1 and similarity[ranked[0]] - similarity[ranked[1]] < STANDS_OUT:
        return None
    closest = keys[int(ranked[0])]
    start = min((s for s, key in near.items() if key == closest), key=lambda s: abs(s / len(text) - at))
    return next(w for w in words(text) if w.start <= start < w.end)
