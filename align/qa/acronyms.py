"""Acronyms that a version has and nothing in the pivot accounts for (`Bureau van de ECB`).

An acronym is copied or translated, never invented: `UNESCO` stays `UNESCO`,
`UNDP` becomes `PNUD`, `United Nations` may become `ONU`. Machine translation
sometimes produces one that no source word stands for (`ECB`, the European
Central Bank, where the English has "the Office of the High Commissioner"), and
no similarity score sees it, since one short token barely moves a sentence
vector. The test is cheap and precise: an acronym of a version is unexplained
when it is

- in no other version of the unit, and nowhere in the whole pivot document;
- not the glossary's rendering of a term the pivot unit has (`ONU` for "United
  Nations", `HCDH` for "OHCHR");
- not defined on the spot, in brackets after the name it stands for
  (`universités autochtones (UNIBOLES)`);
- not the translation of an acronym of the pivot unit that the version lacks
  (`PNUD` where the English has `UNDP`): a pivot acronym without a counterpart
  in the version explains any acronym of the version.

Roman numerals (`XXI`), single capitals (`A`, `G20`), words of more than eight
capitals (`STOCKHOLM`) and words in an all-capitals heading are not acronyms; nor
is an article or a conjunction of the version's language set in capitals (`sekte.
EEN` for "sect. A", which the damage check reports as what it is).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from align.qa.terminology import Glossary
from align.qa.tokens import fold

#: A token of two or more capitals and digits, with an optional plural `s` (`NGOs`).
_ACRONYM = re.compile(r"(?<![\w\-/.])([A-Z][A-Z0-9]*[A-Z0-9])s?(?![\w\-/])")
_ROMAN = re.compile(r"[IVXLCDM]+")
#: Capitalised words in a row from which a text is a heading, not running text.
_HEADING_RUN = 3
#: Longer runs of capitals are words set in capitals (`STOCKHOLM`), not acronyms (`UNIBOLES`).
_MAX_LETTERS = 8
#: Articles and conjunctions in capitals, per language: words, not acronyms (`UN` stays one).
_WORDS_IN_CAPITALS = {
    "en": frozenset({"AN", "THE", "AND", "OF"}),
    "fr": frozenset({"UNE", "LE", "LA", "LES", "DES", "DU", "ET"}),
    "nl": frozenset({"EEN", "DE", "HET", "EN", "VAN"}),
}


@dataclass(frozen=True)
class Acronym:
    text: str  # without the plural `s`
    start: int
    end: int  # of the token as printed, plural included


def acronyms(text: str) -> list[Acronym]:
    """The acronyms of ``text`` in order."""
    found = []
    tokens = list(re.finditer(r"\S+", text))
    upper = [t.group().strip(".,;:()[]«»\"“”'’").isupper() for t in tokens]
    for m in _ACRONYM.finditer(text):
        core = m.group(1)
        letters = sum(c.isalpha() for c in core)
        if _ROMAN.fullmatch(core) or not 2 <= letters <= _MAX_LETTERS:
            continue
        index = next(i for i, t in enumerate(tokens) if t.start() <= m.start() < t.end())
        if _in_heading(upper, index):
            continue
        found.append(Acronym(core, m.start(), m.end()))
    return found


def _in_heading(upper: list[bool], index: int) -> bool:
    """Whether token ``index`` stands in a run of all-capitals words (`LA CONFÉRENCE DES PARTIES`)."""
    if not upper[index]:
        return False
    start = end = index
    while start > 0 and upper[start - 1]:
        start -= 1
    while end + 1 < len(upper) and upper[end + 1]:
        end += 1
    return end - start + 1 >= _HEADING_RUN


def unexplained(
    text: str,
    language: str,
    others: Iterable[str],
    pivot_text: str,
    pivot_language: str,
    pivot_document: frozenset[str],
    glossary: Glossary,
) -> list[Acronym]:
    """The acronyms of ``text`` that nothing accounts for (see the module docstring).

    ``others`` are the texts of the unit's other versions, ``pivot_document`` the
    acronyms of the whole pivot document.
    """
    others = list(others)
    elsewhere = {a.text for other in others for a in acronyms(other)} | pivot_document
    mine = acronyms(text)
    own = {a.text for a in mine}
    if any(a.text not in own for a in acronyms(pivot_text)):
        return []  # the pivot has an acronym the version renders otherwise (`UNDP`, `PNUD`)
    return [
        a for a in mine
        if a.text not in elsewhere
        and a.text not in _WORDS_IN_CAPITALS.get(language, ())
        and not any(re.search(rf"(?<!\w){re.escape(a.text)}(?!\w)", other) for other in others)
        and not _defined(text, a)
        and not _glossary_rendering(a.text, language, pivot_text, pivot_language, glossary)
    ]


def document_acronyms(texts: Iterable[str]) -> frozenset[str]:
    """Every acronym of a document, given the texts of its units."""
    return frozenset(a.text for text in texts for a in acronyms(text))


def _defined(text: str, acronym: Acronym) -> bool:
    """Whether the acronym stands alone in brackets, after the name it abbreviates."""
    return text[acronym.start - 1:acronym.start] == "(" and text[acronym.end:acronym.end + 1] == ")"


def _glossary_rendering(acronym: str, language: str, pivot_text: str, pivot_language: str, glossary: Glossary) -> bool:
    """Whether the glossary gives ``acronym`` for a term that the pivot text has."""
    folded_pivot = fold(pivot_text)
    for entry in glossary.entries:
        if acronym in entry.terms.get(language, ()):
            for term in entry.terms.get(pivot_language, ()):
                if re.search(rf"(?<!\w){re.escape(fold(term))}(?!\w)", folded_pivot):
                    return True
    return False
