"""Damage to the text itself, left by OCR, PDF extraction or machine translation.

Three kinds, each reported in the version that has it (the pivot included):

- OCR misreadings that no French word has: `I’homme` (capital I for l),
  `ceuvre` (ce for œ), `&` for `à`, and words broken into letters (`p r o t e c t i o n`)
  or in two (`ha rcèlement`, when the whole word occurs elsewhere in the same version);
  and, in a version the parser read as OCR text (:attr:`Document.ocr`), any word that
  the language's word list lacks, or has as a rare misspelling, an accent or a letter
  from a common word (:mod:`align.qa.wordlist`: `systéme`, `aolt` for `août`, `rdle`
  for `rôle`). Elsewhere such a word is as often a rare word, or a spelling of its
  time, as a typo (`préfectural`, `testifiers`, `nedergelegd` in the Dutch of 1956),
  and a list costs 0.4 s to load;
- page furniture and footnote text inside a paragraph (:mod:`align.qa.furniture`);
- footnote furniture translated as words: `sect. A` machine-translated into
  Dutch as `sekte. EEN` ("a cult. ONE"). Unlike the others this corrupts a
  reference, so it is an error; the rest are warnings.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from align.model import Alignment, Document, Finding, Repair, Severity, Unit
from align.qa.base import DOCUMENT_UNIT, Check, QAContext
from align.qa.furniture import unit_leftovers
from align.qa import wordlist
from align.qa.grammar import PLURAL_ENDINGS
from align.qa.tokens import COMPOUNDING, words

#: OCR misreadings, per language: (pattern, what it stands for).
OCR: dict[str, list[tuple[re.Pattern[str], str]]] = {
    "fr": [
        (re.compile(r"(?<!\w)I['’] ?(?=[aeiouyhéèêâîôûAEIOUYHÉ])"), "`I’` read for `l’`"),
        (re.compile(r"(?<=\bchap\. )Il\b"), "`Il` read for `II`"),
        (re.compile(r"\w*ceuvr\w*|(?<!\w)s?ceurs?(?!\w)", re.IGNORECASE), "`ce` read for `œ`"),
        (re.compile(r"(?<=[a-zàâçéèêëîïôûù] )&(?= [^\W\d_])"), "`&` read for `à`"),
    ],
}
#: Footnote furniture translated as words, per language.
TRANSLATED_FURNITURE: dict[str, re.Pattern[str]] = {
    # `sect. A` -> `sekte. EEN`; `afd. A` -> `afd. EEN`
    "nl": re.compile(r"\bsekte\b\.?(?:\s+(?:EEN|[A-Z])\b)?(?=[\s.,;)]|$)|\b(?:afd|hfst|hfdst)\.\s+EEN\b"),
    # `sect. A` -> `secte. UN`
    "fr": re.compile(r"\bsecte\b\.?(?:\s+(?:UN|UNE|[A-Z])\b)?(?=[\s.,;)]|$)|\b(?:sect|chap)\.\s+UNE?\b"),
    # `sect. A` translated back: `cult. ONE`
    "en": re.compile(r"\b(?:sect|chap)\.\s+ONE\b"),
}
#: Four or more single letters in a row: a word printed letter-spaced.
_LETTER_SPACED = re.compile(r"(?<!\S)(?:[^\W\d_] ){3,}[^\W\d_](?!\S)")
#: The longest first half of a word broken in two that is recognised (`ha rcèlement`).
_MAX_FRAGMENT = 3
#: The shortest part of a compound written as two words that is looked at: shorter words
#: (`er voor`, `in stand`) are the parts of separable verbs and fixed phrases.
_MIN_COMPOUND_PART = 4
#: Endings only nouns have (plurals, agent nouns): the second half of a compound headed by a
#: word the version compounds elsewhere (`mensenrechten verplichtingen`), never a verb after its object.
_NOUN_ENDINGS = (*PLURAL_ENDINGS, "ers")
#: Articles of a singular: before two words whose second is a plural they make no compound (`het recht prioriteiten
#: te bepalen`: the right, and the object of its infinitive).
_SINGULAR_ARTICLES = frozenset({"het", "een"})
#: Prepositions, adverbs, quantifiers and numerals that head compounds (`voorzitter`,
#: `meerderheid`, `tweejaarlijks`) but stand alone before a noun (`voor schendingen`, `meer
#: investeringen`, `twee resoluties`).
_PARTICLES = frozenset(
    "voor over door onder tegen samen achter boven binnen buiten tussen naast rond terug mede zelf "
    "vanuit zonder sinds rondom tijdens vanaf meer minder veel vele weinig alle beide andere enkele "
    "zulke welke twee drie vier vijf zeven acht negen tien twaalf twintig honderd duizend".split()
)
#: What joins the parts of a compound (`mens` + `en` + `rechten`).
_LINKS = ("", "s", "en")


class DamageCheck(Check):
    name = "damage"
    description = "OCR damage, page furniture or footnote text inside a paragraph, footnote furniture translated as words"
    severity = Severity.WARNING
    alone = True

    def run(self, alignment: Alignment, context: QAContext) -> list[Finding]:
        # The whole alignment is needed for the vocabulary that confirms broken words.
        vocabulary = {lang: _vocabulary(alignment, lang) for lang in alignment.languages}
        findings = [f for unit in alignment.units for f in self._unit(unit, alignment, vocabulary)]
        return findings + list(self._cuts(alignment))

    def _cuts(self, alignment: Alignment) -> Iterator[Finding]:
        """Paragraphs the source file cut with a blank line mid-sentence, which the parser
        rejoined (:class:`~align.model.Repair` ``blank-line-cut``): reported where the join
        stands, as information, since the text itself is whole again."""
        for language, document in alignment.documents.items():
            for repair in (r for r in document.repairs if r.reason == "blank-line-cut"):
                before, after = repair.original.split("\n\n")
                unit, excerpt = _where_rejoined(alignment, language, document, repair)
                yield self.finding(
                    unit, alignment, [language],
                    f"paragraph cut in two by a blank line in the {language} source, mid-sentence "
                    f"(line {repair.source.first_line}: '{before}' / '{after}'); rejoined",
                    excerpt,
                    severity=Severity.INFO,
                    anchor=None if excerpt else f"{DOCUMENT_UNIT}:{repair.repaired}",
                )

    def _unit(self, unit: Unit, alignment: Alignment, vocabulary: dict[str, dict[str, int]]) -> Iterator[Finding]:
        for language in alignment.languages:
            text = unit.texts.get(language, "")
            found = list(_damage(unit, text, language, alignment, vocabulary[language]))
            document = alignment.documents.get(language)
            found += [
                w for w in (_unknown_words(text, language) if document is not None and document.ocr else ())
                if not any(start < w[2] and w[1] < end for _, start, end, _ in found)  # one finding a span
            ]
            found.sort(key=lambda d: d[1])
            for message, start, end, severity in found:
                yield self.finding(unit, alignment, [language], message, text[start:end], severity=severity)


def _where_rejoined(alignment: Alignment, language: str, document: Document, repair: Repair) -> tuple[Unit | str, str]:
    """The unit holding the paragraph a repair was made in, and the words around the join
    as they stand in its text; :data:`DOCUMENT_UNIT` and no excerpt when no unit holds it."""
    line = repair.source.first_line
    paragraph = next((p for p in document.paragraphs() if p.source.first_line <= line <= p.source.last_line), None)
    if paragraph is None:
        return DOCUMENT_UNIT, ""
    holders = [
        u for u in alignment.units
        if any(pid == paragraph.id or pid.startswith(f"{paragraph.id}.") for pid in u.paragraphs.get(language, []))
    ]
    before, after = repair.original.split("\n\n")
    for unit in holders:
        for span in (repair.repaired, after, before):  # the join, else either side of it
            if span in unit.texts.get(language, ""):
                return unit, span
    return (holders[0], "") if holders else (DOCUMENT_UNIT, "")


def _damage(
    unit: Unit, text: str, language: str, alignment: Alignment, vocabulary: dict[str, int]
) -> Iterator[tuple[str, int, int, Severity]]:
    """``(message, start, end, severity)`` of each damaged span of one version's text."""
    for span in unit_leftovers(unit, text, alignment.documents.get(language)):
        what = "footnote text" if span.kind == "footnote" else f"page furniture ({span.kind})"
        yield f"{what} inside the paragraph", span.start, span.end, Severity.WARNING
    for pattern, meaning in OCR.get(language, []):
        for m in pattern.finditer(text):
            yield f"OCR damage: {meaning}", m.start(), m.end(), Severity.WARNING
    for m in _LETTER_SPACED.finditer(text):
        yield "word printed letter-spaced", m.start(), m.end(), Severity.WARNING
    yield from _split_words(text, vocabulary)
    yield from _split_compounds(text, language, vocabulary)
    pattern = TRANSLATED_FURNITURE.get(language)
    for m in pattern.finditer(text) if pattern else ():
        yield "footnote furniture translated as words ('sect. A' is not a cult)", m.start(), m.end(), Severity.ERROR


def _split_words(text: str, vocabulary: dict[str, int]) -> Iterator[tuple[str, int, int, Severity]]:
    """Words broken in two by a space, recognised by the whole word occurring elsewhere."""
    tokens = words(text)
    for a, b in zip(tokens, tokens[1:], strict=False):
        if b.start - a.end != 1 or len(a.text) > _MAX_FRAGMENT or not b.text.islower():
            continue
        whole = a.key + b.key
        if vocabulary.get(whole, 0) and not vocabulary.get(a.key, 0) > 1 and not vocabulary.get(b.key, 0) > 1:
            yield f"word broken in two: {a.text + b.text!r}", a.start, b.end, Severity.WARNING


def _split_compounds(text: str, language: str, vocabulary: dict[str, int]) -> Iterator[tuple[str, int, int, Severity]]:
    """Compounds written as two words (`mens rechten`, `mensenrechten instellingen`), in a
    language that writes them as one, recognised by the compound occurring elsewhere in
    the same version, with or without its linking `s` or `en` (`mensenrechten`), or by
    a first word the version heads other compounds with and a noun after it."""
    if language not in COMPOUNDING:
        return
    tokens = words(text)
    for k, (a, b) in enumerate(zip(tokens, tokens[1:], strict=False)):
        if b.start - a.end != 1 or min(len(a.text), len(b.text)) < _MIN_COMPOUND_PART:
            continue
        if not (a.text.islower() and b.text.islower()):
            continue
        whole = next((a.key + link + b.key for link in _LINKS if vocabulary.get(a.key + link + b.key, 0)), None)
        if whole is not None:
            yield f"compound written as two words: {whole!r}", a.start, b.end, Severity.WARNING
        elif b.key.endswith(_NOUN_ENDINGS) and _compound_head(a.key, vocabulary) and not (
            k and tokens[k - 1].key in _SINGULAR_ARTICLES
        ):
            message = f"compound written as two words? {a.text!r} opens compounds elsewhere in this version, {b.text!r} is a noun"
            yield message, a.start, b.end, Severity.WARNING


def _unknown_words(text: str, language: str) -> Iterator[tuple[str, int, int, Severity]]:
    for misread in wordlist.misread_words(text, language):
        message = f"OCR damage: {misread.text!r} is no {language} word; perhaps {misread.reading!r}"
        yield message, misread.start, misread.end, Severity.WARNING


def _compound_head(key: str, vocabulary: dict[str, int]) -> bool:
    """Whether the version opens two or more of its compounds with ``key`` (`mensenrechten` in
    `mensenrechtenverdedigers`, `mensenrechteninstellingen`): it then writes it as one word
    with a noun after it (`mensenrechten verplichtingen`)."""
    if key in _PARTICLES:
        return False
    return sum(w.startswith(key) and len(w) >= len(key) + _MIN_COMPOUND_PART for w in vocabulary) >= 2


def _vocabulary(alignment: Alignment, language: str) -> dict[str, int]:
    """How often each word occurs in one version, to tell a broken word from two words."""
    counts: dict[str, int] = {}
    for unit in alignment.units:
        for w in words(unit.texts.get(language, "")):
            counts[w.key] = counts.get(w.key, 0) + 1
    return counts
