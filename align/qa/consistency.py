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
"some States", where 13 other units have `staten`).

Only a term that is a word of its own with a capital inside a sentence (`the
Declaration`, `States`, `Rapporteur`) is followed: in UN texts that capital
marks a term of art, where a lower-case word is ordinary vocabulary, which a
good translation varies. A capitalised word beside another one is part of a
name (`United Nations`, `General Assembly`), which the glossary covers with its
variants. A rendering counts inside a word joined by a hyphen (`États-Unis`) and,
in languages that compound, inside a compound (`lidstaten`).

Official translations do vary a term now and then (the UDHR's French renders
"each State" as `chaque pays` once), so every finding is information. The word
shown as the other rendering is the version's word, near the term's place
(:data:`~align.qa.base.DRIFT`), whose vector is closest to the term's: a guess,
and the message says so.
"""

from __future__ import annotations

import math
import re
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, cast

from align.model import Alignment, Finding, Severity, Unit
from align.qa.base import DRIFT, Check, QAContext
from align.qa.lexicon import FUNCTION_WORDS, content_words
from align.qa.tokens import COMPOUNDING, Word, opens_sentence, words

if TYPE_CHECKING:  # pragma: no cover
    from align.embed.embedder import Embedder

#: A term is followed from this many units on, and its rendering must stand in this many of them ...
MIN_UNITS = 4
#: ... and in this share of them.
SHARE = 0.75
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
        message += f"; rendered {guess.text!r}?" if guess else ""
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
    rendering: str  # the version's word for it elsewhere (case-folded)
    elsewhere: list[str]  # the units that have the term and that word
    others: int  # the units, this one among them, that have the term and not that word


def inconsistent(alignment: Alignment, language: str) -> Iterator[OddRendering]:
    """The units where ``language`` renders a pivot term otherwise than it does in most units (see the module)."""
    pivot = alignment.pivot
    units = [u for u in alignment.units if u.texts.get(pivot, "").strip() and u.texts.get(language, "").strip()]
    term_units: dict[str, list[tuple[Unit, Word]]] = defaultdict(list)
    version_words: dict[str, frozenset[str]] = {}
    for unit in units:
        for key, word in _terms(unit.texts[pivot], pivot).items():
            term_units[key].append((unit, word))
        version_words[unit.id] = frozenset(key for key, _ in content_words(unit.texts[language], language))
    for key, found in term_units.items():
        if len(found) < MIN_UNITS:
            continue
        rendering = _rendering(key, found, version_words, language)
        if rendering is None:
            continue
        having = [unit.id for unit, _ in found if _has(rendering, version_words[unit.id], language)]
        lacking = [(unit, word) for unit, word in found if unit.id not in having]
        for unit, word in lacking:
            if key not in version_words[unit.id]:  # the term kept as it is: untranslated, or a name
                yield OddRendering(unit, language, word, rendering, having, len(lacking))


def _terms(text: str, language: str) -> dict[str, Word]:
    """The pivot's terms in ``text`` (case-folded, with their first occurrence): words of their own
    with a capital inside a sentence, not acronyms, not function words, not part of a name."""
    function_words = FUNCTION_WORDS.get(language, frozenset())
    found = words(text)
    terms: dict[str, Word] = {}
    for k, word in enumerate(found):
        if not word.capitalised or word.text.isupper() or len(word.text) < 3 or word.key in function_words:
            continue
        if opens_sentence(text, word.start):
            continue
        before = found[k - 1] if k else None
        after = found[k + 1] if k + 1 < len(found) else None
        in_name = (before is not None and before.capitalised and not _BREAK.search(text[before.end:word.start])) or (
            after is not None and after.capitalised and not _BREAK.search(text[word.end:after.start])
        )
        if not in_name:
            terms.setdefault(word.key, word)
    return terms


def _rendering(
    term: str, found: list[tuple[Unit, Word]], version_words: dict[str, frozenset[str]], language: str
) -> str | None:
    """The version's word for ``term``: in at least :data:`MIN_UNITS` and :data:`SHARE` of the units
    that have the term, in no more units without it; of several, the one in most units. None when no
    word is that regular, or when every unit has it (nothing to report)."""
    ids = {unit.id for unit, _ in found}
    counts: dict[str, int] = defaultdict(int)
    for unit_id in ids:
        for word in version_words[unit_id]:
            counts[word] += 1
    needed = max(MIN_UNITS, math.ceil(SHARE * len(ids)))
    candidates = [word for word, count in counts.items() if count >= needed and word != term]
    if not candidates:
        return None
    inside = {w: sum(_has(w, version_words[u], language) for u in ids) for w in candidates}
    outside = {w: sum(_has(w, ws, language) for u, ws in version_words.items() if u not in ids) for w in candidates}
    # a word as common without the term (`mensenrechten`, in every compound of it) renders something else
    regular = [w for w in candidates if outside[w] <= inside[w]]
    best = max(regular, key=lambda w: (inside[w], -outside[w], w), default=None)
    return best if best is not None and inside[best] < len(ids) else None


def _has(rendering: str, version_words: frozenset[str], language: str) -> bool:
    """Whether a unit's words hold ``rendering``: as a word, a part of a hyphenated word, or a compound's head or tail."""
    if rendering in version_words:
        return True
    for word in version_words:
        if rendering in _HYPHEN.split(word):
            return True
        if language in COMPOUNDING and (word.endswith(rendering) or word.startswith(rendering)):
            return True
    return False


def _likeliest_rendering(odd: OddRendering, pivot: str, embedder: Embedder) -> Word | None:
    """Of the version's content words near the term's place, the one whose vector is closest to the term's."""
    pivot_text, text = odd.unit.texts[pivot], odd.unit.texts[odd.language]
    at = odd.term.start / len(pivot_text)
    near = {start: key for key, start in content_words(text, odd.language) if abs(start / len(text) - at) <= DRIFT}
    if not near:
        return None
    keys = list(dict.fromkeys(near.values()))
    vectors = embedder.embed([odd.term.key, *keys], role="passage")
    closest = keys[int((vectors[1:] @ vectors[0]).argmax())]
    start = min((s for s, key in near.items() if key == closest), key=lambda s: abs(s / len(text) - at))
    return next(w for w in words(text) if w.start <= start < w.end)
