"""Sentences that open mid-clause: what a translation leaves when it loses a sentence's main clause.

`Noch het recht worden ontzegd om van nationaliteit te veranderen.` is the Dutch
of "No one shall be arbitrarily deprived of his nationality nor denied the right
to change his nationality" without its first clause. No sentence opens with
`noch` (nor) unless a second `noch` follows, nor with a relative pronoun
(`welke`, `dont`, `which`), nor with `dat` before its subject (`Dat de rechten
... kunnen worden verwezenlijkt`): what is left is the tail of a sentence whose
head is gone. The meaning check's vectors see such a loss poorly, since the tail
restates much of the head (``qa_injection.py``: a third of the dropped clauses
it missed on the benchmark's seed were a paragraph's first clause).

The words are those that open no sentence of the official texts at hand: of the
9,208 sentences of the UDHR (en, fr, nl), the SDG targets (en, fr), the whole
UNPC devset (en, fr) and the HCCH convention (fr, nl), none opens with one
(``tests/test_qa_fragments.py``), nor does one of the corpus's resolutions. Words that look as if they belong and are left out, because official
texts open sentences with them: `Et` and `En` (`Et surtout, la santé des
femmes`), `Qui` (the UNPC's meeting notices, `Qui se tiendra le ...`), `Nor`
(`Nor shall a heavier penalty be imposed` of UDHR art. 11.2), `Notamment`,
`Ainsi que` (`Ainsi que le résume la note`), and `die` and `dat` before a noun,
where they are demonstratives (`Dat recht omvat`).

A reviewer's held-out sentences (``tests/data/qa/fragments-review.jsonl``) drew
10 false alarms from 62 correct ones and found 12 of 32 slips in the first
version; the guards they led to (a question, `Dont acte`, a clause that is the
subject of the main clause after its comma, list labels, a broader excuse on the
pivot's side than the accusation on the version's) make it 0 and 15, fitted on
those very sentences. What it misses is what official texts also open with
(`Et`, `Qui`, `Afin de`, a fronted participle or `om ... te` clause).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import NamedTuple

from align.qa.clauses import Clause, sentences

#: Dutch words after which `dat` and `die` are a conjunction or a relative pronoun, not a
#: demonstrative: a determiner, a pronoun or an adverb cannot follow `Dat` as in `Dat recht`.
_NL_SUBJECT = r"(?:de|het|een|welke|zij|hij|ze|er|men|zich|deze|dit|alle|ieder|elk|geen|nog|reeds|niet|daartoe|daarin|daaraan|daarvan)"
#: A clause that is the subject of the main clause after its comma (`Hetgeen in het vorige lid
#: is bepaald, is van overeenkomstige toepassing`, `Dat de Staat ... niet heeft gereageerd, doet
#: niets af aan`) opens a whole sentence. Not `zijn`, which is also "his" (`Dat de Staat, zijn organen
#: inbegrepen, ...`).
_NL_SUBJECT_CLAUSE = r"(?!.*,\s*(?:is|wordt|worden|kan|kunnen|mag|mogen|moet|moeten|zal|zullen|blijft|blijven|doet|doen|heeft|hebben|geldt|gelden|vormt|vormen|betekent)\b)"
#: Dutch relative adverbs (`waarin`, `waartegen`); not `waarom`, which opens questions.
_NL_WAAR = r"waar(?:in|op|van|door|mee|bij|aan|uit|over|voor|naar|na|tegen|toe|onder)"
#: French prepositions that may stand before `lequel` (`Selon lesquelles`, `À laquelle`), and those
#: ending in `de`, which may be joined to it (`En vertu de laquelle`, `Au cours duquel`).
_FR_PREPOSITION = (
    r"(?:(?:à|selon|dans|par|pour|sur|sous|avec|contre|entre|parmi|après)\s+"
    r"|(?:en vertu|au cours|au sein|lors|en application|à l['’]égard)\s+(?:de\s+)?)"
)
_FR_LEQUEL = rf"{_FR_PREPOSITION}?(?:le|la|les|au|aux|du|des)quel(?:le)?s?"

#: A French main clause after a fronted phrase (`Y compris ses annexes, le rapport compte 240
#: pages`): a subject pronoun, or an article, a noun and a common verb; not the next item of a list
#: (`Y compris la pauvreté, les inégalités et le chômage`).
_FR_SUBJECT_AND_VERB = (
    r"(?:(?:il|elle|ils|elles|on|nous)\b|(?:le|la|les|l['’])\s*\w+\s+(?:\w+\s+)?"
    r"(?:est|sont|a|ont|doit|doivent|peut|peuvent|reste|restent|compte|comptent|fait|font)\b)"
)

#: Per language, how a sentence of a version opens that continues a clause begun before it.
#: Narrow, since it accuses the version: words that open official sentences too are left out.
_MID_CLAUSE: dict[str, re.Pattern[str]] = {
    "en": re.compile(r"(?:which\b(?!\s+of\b)|whose\b|whom\b)", re.IGNORECASE),
    "fr": re.compile(
        rf"(?:ni\b(?!.*\bni\b)|dont\b(?!\s+acte\b)|{_FR_LEQUEL}\b"
        rf"|y compris\b(?![^,]*,\s*{_FR_SUBJECT_AND_VERB}))",
        re.IGNORECASE | re.DOTALL,
    ),
    "nl": re.compile(
        rf"(?:noch\b(?!.*\bnoch\b)|welke?\b|wiens\b|wier\b|{_NL_WAAR}\b"
        rf"|zonder welke\b|alsmede\b|(?:hetgeen\b|(?:dat|die)\s+{_NL_SUBJECT}\b){_NL_SUBJECT_CLAUSE})",
        re.IGNORECASE | re.DOTALL,
    ),
}
#: Per language, words with which a pivot's sentence may itself go on from the one before (a
#: coordinator, an apposition, a relative pronoun, after a preposition or three: `(b) In respect
#: of whom a removal order has been issued;`): broad, since it excuses the version (`Nor shall a
#: heavier penalty be imposed` may be rendered `Noch zal ...`). Not :data:`align.qa.clauses.OPENERS`
#: whole: its subordinators open whole sentences (`Whereas`, `To`, `If`) and would excuse the loss of
#: a head under them (the Dutch UDHR's preamble 6, `Welke Lid zijn ...` for "Whereas Member States").
_MAY_CONTINUE: dict[str, re.Pattern[str]] = {
    "en": re.compile(
        r"(?:(?:[\w’']+\s+){0,3}(?:which|whose|whom)|and|or|nor|but"
        r"|including|in particular|as well as|whereby|wherein)\b",
        re.IGNORECASE,
    ),
    "fr": re.compile(
        rf"(?:et|ou|ni|mais|qui|que|qu['’]|où|dont|{_FR_LEQUEL}"
        r"|notamment|y compris|ainsi que|en particulier)\b",
        re.IGNORECASE,
    ),
    "nl": re.compile(
        rf"(?:en|of|noch|maar|die|dat|welke?|wiens|wier|{_NL_WAAR}|inclusief|met inbegrip van|met name|alsmede"
        r"|evenals|hetgeen|zonder welke)\b",
        re.IGNORECASE,
    ),
}
#: List labels (`a)`, `(iv)`, `2)`) and opening quotes or brackets before a sentence's first word.
_LEAD = re.compile(r"(?:\(?(?:[a-z]|[ivx]{1,4}|\d{1,2})\)\s+|[«“„‘'\"(]\s*)*", re.IGNORECASE)
#: Closing quotes and brackets after a question mark (`... saisi ?»`).
_CLOSING = " »”’'\")"


def covers(language: str) -> bool:
    """Whether this module knows how a sentence of ``language`` opens mid-clause."""
    return language in _MID_CLAUSE


def mid_clause_opener(sentence: str, language: str) -> str | None:
    """The words with which ``sentence`` continues a clause begun before it (`Noch`, `Dat de`);
    None where it opens as a sentence does, for a question (`Welke maatregelen heeft ...?`,
    `Lequel de ces instruments ...?`), or for a language not covered."""
    pattern = _MID_CLAUSE.get(language)
    if pattern is None or sentence.rstrip(_CLOSING).endswith("?"):
        return None
    found = pattern.match(sentence, _first_word(sentence))
    return found.group() if found else None


class Headless(NamedTuple):
    """A version's sentence that opens mid-clause, and the pivot's sentence whose head it lacks."""

    pivot: Clause
    version: Clause
    opener: str  # the version's words that continue a clause (`Noch`)


def headless(pivot_text: str, pivot: str, text: str, language: str) -> Iterator[Headless]:
    """Each sentence of ``text`` that opens mid-clause where the pivot's does not and may not
    (:data:`_MAY_CONTINUE`): the pivot sentence's head has no counterpart. Sentences are compared
    in order where both texts have as many (cut at full stops only: a `;` of one language is often
    a comma of the other); otherwise only the first of each, since where a sentence went is not known."""
    if not (covers(pivot) and covers(language)):
        return
    pivot_sentences, version_sentences = sentences(pivot_text, stops_only=True), sentences(text, stops_only=True)
    if not (pivot_sentences and version_sentences):
        return
    if len(pivot_sentences) != len(version_sentences):
        pivot_sentences, version_sentences = pivot_sentences[:1], version_sentences[:1]
    for pivot_sentence, sentence in zip(pivot_sentences, version_sentences, strict=True):
        opener = mid_clause_opener(sentence.text, language)
        if opener and not _MAY_CONTINUE[pivot].match(pivot_sentence.text, _first_word(pivot_sentence.text)):
            yield Headless(pivot_sentence, sentence, opener)


def _first_word(sentence: str) -> int:
    """Where the first word of ``sentence`` starts, past blanks, a list label and opening quotes."""
    return _LEAD.match(sentence, len(sentence) - len(sentence.lstrip())).end()
