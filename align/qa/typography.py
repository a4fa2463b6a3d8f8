"""Spacing around punctuation that one version has and another has not (`Resolutie 53/144 , bijlage.`).

Machine translation and text extraction leave spaces where no style puts one:
before a comma or a full stop, inside brackets (`( A / 68/53 )`). Translation QA
tools check this first because it is cheap and never a matter of taste, except
where a language's own rules differ: French puts a (thin) space before `;`, `:`,
`!`, `?` and inside guillemets, so those are left alone in French.

A semicolon inside a preambular or operative paragraph, which is one sentence,
where the pivot's paragraph has none, is reported as information: machine
translation cuts a sentence in two that way (`te stoppen; willekeurige
arrestatie`), though a translator may also split a long sentence on purpose.

The page furniture of each kind (the distribution line `Distr. : Algemeen`, the
symbol) is compared across versions in the same way, and reported in the header.

A space is reported in a version only when another version of the same unit has
no space of that kind at all: a habit that the source shares (a pivot typed with
`word ,` throughout) is not the translation's fault, and a version's own
oddities show up against the others, the pivot's included (a space the source has
and its translations have not is a slip in the source). French never counts as
clean of the spaces its typography wants, so an English `word ;` is reported only
against a version that could show it, not against the French alone.

A version checked on its own (:func:`align.one_version`) is the text being revised, so
each such space in it is reported, except where its language's typography wants one.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass

from align.model import Alignment, Document, Finding, Section, Severity, Unit
from align.qa.base import HEADER_UNIT, Check, QAContext


@dataclass(frozen=True)
class Rule:
    """One kind of misplaced space, the languages where it is wrong, and how to read it."""

    name: str  # what is wrong, for the message
    pattern: re.Pattern[str]  # the span reported: the word before, the space, the mark
    exempt: frozenset[str] = frozenset()  # languages whose typography wants the space


#: The word before a misplaced space: it holds a letter or a digit, so that a dash closing
#: an aside (`– sous toutes ses formes – , de`) or the dots of a spaced ellipsis (`. . .`)
#: are not words here. It is tried only where a word starts: the same matches, three
#: times faster than trying every offset of the text.
_WORD = r"(?<![^\s.])[^\s.]*[^\W_][^\s.]*"
_SPACE = r"[ \t\u00a0\u202f]+"

RULES: tuple[Rule, ...] = (
    Rule("space before a comma", re.compile(rf"{_WORD}{_SPACE},")),
    # Not an ellipsis (`...`, `…`, `. . .`) nor a decimal without its zero (`.5`).
    Rule("space before a full stop", re.compile(rf"{_WORD}{_SPACE}\.(?![.\d])(?!{_SPACE}\.)")),
    # Not a ratio (`1 : 2`); after an abbreviation too (`Distr. : Algemeen`).
    Rule("space before a semicolon or colon", re.compile(rf"{_WORD}\.?{_SPACE}[;:](?!\s?\d)"), frozenset({"fr"})),
    Rule("space before a closing bracket", re.compile(rf"{_WORD}{_SPACE}[)\]]")),
    Rule("space after an opening bracket", re.compile(rf"[(\[]{_SPACE}(?![.…]){_WORD}")),
)


#: Sections whose paragraphs are one sentence, ending with `,` or `;`.
_ONE_SENTENCE = frozenset({Section.PREAMBLE, Section.OPERATIVE})
#: A semicolon inside a text (French puts a space before it), with two words either side for the
#: excerpt; a word follows it (not the footnote call of a paragraph's last `;`: `rechten; 9`).
_INNER_SEMICOLON = re.compile(rf"(?<!\S)(?:\S+ ){{0,2}}\S+(?:{_SPACE})?;\s+(?=\S*[^\W\d_])\S+(?: \S+)?")


class TypographyCheck(Check):
    name = "typography"
    description = "spaces before punctuation or inside brackets that another version does not have, semicolons that cut a sentence"
    severity = Severity.WARNING
    alone = True  # a version's own spaces, where no style wants them

    def run(self, alignment: Alignment, context: QAContext) -> list[Finding]:
        if len(alignment.languages) == 1:
            return self._alone(alignment)
        findings = [f for unit in alignment.units for f in self._spaces(unit, unit.texts, alignment)]
        findings += [f for unit in alignment.units if unit.section in _ONE_SENTENCE for f in self._semicolons(unit, alignment)]
        for kind in sorted({f.kind for doc in alignment.documents.values() for f in doc.furniture}):
            # Each kind of page furniture (the distribution line, the symbol) across versions, like a unit.
            texts = {language: _furniture(doc, kind) for language, doc in alignment.documents.items()}
            findings += self._spaces(HEADER_UNIT, texts, alignment, f"page furniture ({kind})")
        return findings

    def _semicolons(self, unit: Unit, alignment: Alignment) -> Iterator[Finding]:
        """Semicolons inside a resolution paragraph that the pivot's has none of: a sentence
        cut in two (`te stoppen; willekeurige arrestatie` for "put an end to arbitrary arrest")."""
        if _INNER_SEMICOLON.search(unit.texts.get(alignment.pivot, "").rstrip(" ;.,")):
            return
        for language, text in unit.texts.items():
            if language == alignment.pivot:
                continue
            for m in _INNER_SEMICOLON.finditer(text.rstrip(" ;.,")):
                yield self.finding(
                    unit, alignment, [language],
                    f"semicolon inside the paragraph in {language}, where {alignment.pivot} has none: a sentence cut in two?",
                    m.group(), severity=Severity.INFO,
                )

    def _alone(self, alignment: Alignment) -> list[Finding]:
        """The spaces of a version checked on its own, in its units and its page furniture: no other
        version to ask, so each counts."""
        language = alignment.pivot
        findings = [f for unit in alignment.units for f in self._own_spaces(unit, unit.texts.get(language, ""), alignment)]
        document = alignment.documents.get(language)
        for kind in sorted({f.kind for f in document.furniture}) if document else ():
            findings += self._own_spaces(HEADER_UNIT, _furniture(document, kind), alignment, f"page furniture ({kind})")
        return findings

    def _own_spaces(self, unit: Unit | str, text: str, alignment: Alignment, where: str = "") -> Iterator[Finding]:
        language = alignment.pivot
        for rule in RULES:
            if language in rule.exempt:
                continue
            for m in rule.pattern.finditer(text):
                yield self.finding(
                    unit, alignment, [language], f"{rule.name} in {language}{' ' + where if where else ''}", m.group(),
                    anchor=f"{HEADER_UNIT}:{where}" if where else None,
                )

    def _spaces(
        self, unit: Unit | str, texts: Mapping[str, str], alignment: Alignment, where: str = ""
    ) -> Iterator[Finding]:
        present = {language: text for language, text in texts.items() if text.strip()}
        if len(present) < 2:
            return
        for rule in RULES:
            found = {
                language: [] if language in rule.exempt else list(rule.pattern.finditer(text))
                for language, text in present.items()
            }
            clean = [language for language, spans in found.items() if not spans and language not in rule.exempt]
            if not clean:
                continue
            for language, spans in found.items():
                for m in spans:
                    yield self.finding(
                        unit, alignment, [language],
                        f"{rule.name} in {language}{' ' + where if where else ''} ({', '.join(clean)} has none here)",
                        m.group(), anchor=f"{HEADER_UNIT}:{where}" if where else None,
                    )


def _furniture(document: Document, kind: str) -> str:
    """The page furniture of one kind in ``document``, each distinct line once, as one text."""
    return "\n".join(sorted({f.text for f in document.furniture if f.kind == kind}))
