"""Sentences that open mid-clause: what a translation leaves when it loses a sentence's main clause.

`Noch het recht worden ontzegd om van nationaliteit te veranderen.` is the Dutch
of "No one shall be arbitrarily deprived of his nationality nor denied the right
to change his nationality" without its first clause. No sentence opens with
`noch` (nor) unless a second `noch` follows, nor with a relative pronoun
(`welke`, `dont`, `which`), nor with `dat` before its subject (`Dat de rechten
... kunnen worden verwezenlijkt`): what is left is the tail of a sentence whose
head is gone. The meaning check's vectors see such a loss poorly, since the tail
restates much of the head (``qa_injection.py``: a third of the dropped clauses
it missed were a sentence's first).

The words are those that open no sentence of the official texts at hand: of the
9,759 sentences of the UDHR (en, fr, nl), the SDG targets (en, fr), the whole
UNPC devset (en, fr), the HCCH convention (fr, nl) and the corpus, none opens
with one. Words that look as if they belong and are left out, because official
texts open sentences with them: `Et` and `En` (`Et surtout, la santé des
femmes`), `Qui` (the UNPC's meeting notices, `Qui se tiendra le ...`), `Nor`
(`Nor shall a heavier penalty be imposed` of UDHR art. 11.2), `Notamment`,
`Ainsi que` (`Ainsi que le résume la note`), and `die` and `dat` before a noun,
where they are demonstratives (`Dat recht omvat`).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from align.qa.clauses import Clause, sentences

#: Dutch words after which `dat` and `die` are a conjunction or a relative pronoun, not a
#: demonstrative: a determiner, a pronoun or an adverb cannot follow `Dat` as in `Dat recht`.
_NL_SUBJECT = r"(?:de|het|een|welke|zij|hij|ze|er|men|deze|dit|alle|ieder|elk|geen|daartoe|daarin|daaraan|daarvan)"

#: Per language, how a sentence opens that continues a clause begun before it.
_MID_CLAUSE: dict[str, re.Pattern[str]] = {
    "en": re.compile(r"(?:which|whose|whom)\b", re.IGNORECASE),
    "fr": re.compile(
        r"(?:ni\b(?!.*\bni\b)|dont\b|(?:le|la|les|au|aux|du|des)quel(?:le)?s?\b|y compris\b)", re.IGNORECASE | re.DOTALL
    ),
    "nl": re.compile(
        rf"(?:noch\b(?!.*\bnoch\b)|welke?\b|waar(?:in|op|van|door|mee|bij|aan|uit|over|voor|naar|tegen|toe|onder)\b|zonder welke\b"
        rf"|alsmede\b|hetgeen\b|(?:dat|die) {_NL_SUBJECT}\b)",
        re.IGNORECASE | re.DOTALL,
    ),
}


def covers(language: str) -> bool:
    """Whether this module knows how a sentence of ``language`` opens mid-clause."""
    return language in _MID_CLAUSE


def mid_clause_opener(sentence: str, language: str) -> str | None:
    """The words with which ``sentence`` continues a clause begun before it (`Noch`, `Dat de`);
    None where it opens as a sentence does, or for a language not covered."""
    pattern = _MID_CLAUSE.get(language)
    found = pattern.match(sentence.lstrip()) if pattern else None
    return found.group() if found else None


def headless(pivot_text: str, pivot: str, text: str, language: str) -> Iterator[tuple[Clause, Clause]]:
    """``(pivot sentence, version sentence)`` for each sentence of ``text`` that opens mid-clause
    where the pivot's does not: the pivot sentence's head has no counterpart. Sentences are
    compared in order where both texts have as many (cut at full stops only); otherwise only
    the first of each, since where a sentence went is not known."""
    if not (covers(pivot) and covers(language)):
        return
    pivot_sentences, version_sentences = sentences(pivot_text, stops_only=True), sentences(text, stops_only=True)
    if not (pivot_sentences and version_sentences):
        return
    paired = len(pivot_sentences) == len(version_sentences)
    for pivot_sentence, sentence in zip(pivot_sentences if paired else pivot_sentences[:1], version_sentences, strict=False):
        if mid_clause_opener(sentence.text, language) and not mid_clause_opener(pivot_sentence.text, pivot):
            yield pivot_sentence, sentence
