"""Spacing around punctuation that one version has and another has not (`Resolutie 53/144 , bijlage.`).

Machine translation and text extraction leave spaces where no style puts one:
before a comma or a full stop, inside brackets (`( A / 68/53 )`). Translation QA
tools check this first because it is cheap and never a matter of taste, except
where a language's own rules differ: French puts a (thin) space before `;`, `:`,
`!`, `?` and inside guillemets, so those are left alone in French.

A space is reported in a version only when another version of the same unit has
no space of that kind at all: a habit that the source shares (a pivot typed with
`word ,` throughout) is not the translation's fault, and a version's own
oddities show up against the others.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from align.model import Alignment, Finding, Severity, Unit
from align.qa.base import Check


@dataclass(frozen=True)
class Rule:
    """One kind of misplaced space, the languages where it is wrong, and how to read it."""

    name: str  # what is wrong, for the message
    pattern: re.Pattern[str]  # the span reported: the word before, the space, the mark
    exempt: frozenset[str] = frozenset()  # languages whose typography wants the space


RULES: tuple[Rule, ...] = (
    # A comma after a space, except the decimal comma of a number printed with spaces.
    Rule("space before a comma", re.compile(r"\S+[ \t\u00a0\u202f]+,(?!\d)")),
    # A full stop after a space, not an ellipsis (`...`, `…`) nor a decimal (`.5`).
    Rule("space before a full stop", re.compile(r"[^\s.]+[ \t\u00a0\u202f]+\.(?![.\d])")),
    Rule("space before a semicolon or colon", re.compile(r"\S+[ \t\u00a0\u202f]+[;:](?!\d)"), frozenset({"fr"})),
    Rule("space before a closing bracket", re.compile(r"\S+[ \t\u00a0\u202f]+[)\]]")),
    Rule("space after an opening bracket", re.compile(r"[(\[][ \t\u00a0\u202f]+\S+")),
)


class TypographyCheck(Check):
    name = "typography"
    description = "spaces before punctuation or inside brackets that another version of the unit does not have"
    severity = Severity.WARNING

    def check_unit(self, unit: Unit, alignment: Alignment) -> Iterator[Finding]:
        present = {language: text for language, text in unit.texts.items() if text.strip()}
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
                        f"{rule.name} in {language} ({', '.join(clean)} has none here)",
                        m.group(),
                    )
