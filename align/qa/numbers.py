"""Numbers, dates and symbols that one version has and another has not, or has changed.

Figures, dates, years, percentages, resolution numbers and document symbols are
the part of a resolution that no translation may change; a changed one changes
what the text says (an error). Each version's quantities are read into keys
(:mod:`align.qa.quantities`) and the pivot's and the version's keys are matched as
sets: a pivot key the version lacks and a version key the pivot lacks are
reported together as a change when they are of the same kind, otherwise each on
its own. Symbols broken apart by spaces (`A / HRC / 36/31 .`) still match, but are
reported in every version (a warning), since they cannot be searched for; so are
those of the page furniture (`A / RES / 72/247` atop every page), in the header.

Numbers in words below ten are weak (:mod:`align.qa.quantities`) and never missing
alone; a plain cardinal of one version changed for another of the other still is
a change (:data:`PLAIN_CARDINALS`).

Left alone: page furniture inside a paragraph (the damage check reports it), and
numbers in a version that are footnote marks of the pivot (`verdedigers, 8 en ook`
where the English has a superscript ⁸).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterator, Sequence

from align.model import Alignment, Finding, Severity, Unit
from align.qa.base import HEADER_UNIT, Check, QAContext, versions
from align.qa.furniture import unit_leftovers
from align.qa.quantities import Quantity, quantities
from align.qa.symbols import find_symbols

_SUPERSCRIPT_DIGITS = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹", "0123456789")
_SUPERSCRIPT_RUN = re.compile("[⁰¹²³⁴⁵⁶⁷⁸⁹]+")
#: Cardinals from three to nine that are nothing but numbers in running text. Numbers
#: in words below ten are weak (:mod:`align.qa.quantities`), never reported missing,
#: but one of these in each version, each answered by nothing in the other, is a
#: number changed (`four 2-week sessions`, `drie zittingen van 2 weken`). Not one and
#: two (also articles, and "both"), `acht` (`in acht nemen`), `neuf` ("new"), nor
#: ordinals (`a third of`, `derde landen`).
PLAIN_CARDINALS: dict[str, frozenset[str]] = {
    "en": frozenset("three four five six seven eight nine".split()),
    "fr": frozenset("trois quatre cinq six sept huit".split()),
    "nl": frozenset("drie vier vijf zes zeven negen".split()),
}


class NumbersCheck(Check):
    name = "numbers"
    description = "numbers, dates, years, percentages and document symbols that differ between versions"
    severity = Severity.ERROR
    alone = True  # symbols broken apart (`A / RES / 72/247`)

    def run(self, alignment: Alignment, context: QAContext) -> list[Finding]:
        # The footnote marks of the pivot's paragraphs, gathered once: looked for
        # among all the paragraphs for each unit, they made the check quadratic.
        paragraph_marks = _paragraph_marks(alignment)
        findings = [f for unit in alignment.units for f in self._unit(unit, alignment, paragraph_marks)]
        return findings + list(self._furniture(alignment))

    def _furniture(self, alignment: Alignment) -> Iterator[Finding]:
        """Symbols broken apart in the page furniture (`A / RES / 72/247` atop every page), in the header."""
        for language, document in alignment.documents.items():
            for text, times in Counter(f.text for f in document.furniture).items():
                where = f" in the page furniture ({times} times)"
                yield from self._broken(HEADER_UNIT, alignment, language, text, where=where, anchor=f"{HEADER_UNIT}:furniture")

    def _broken(
        self, unit: Unit | str, alignment: Alignment, language: str, text: str,
        skip: Sequence[tuple[int, int]] = (), where: str = "", anchor: str | None = None,
    ) -> Iterator[Finding]:
        """The symbols of ``text`` broken apart by spaces, but for those inside the ``skip`` spans."""
        for symbol in find_symbols(text):
            if symbol.broken and not any(a <= symbol.start < b for a, b in skip):
                yield self.finding(
                    unit, alignment, [language], f"symbol {symbol.normalised} broken apart by spaces{where}",
                    symbol.text, symbol.normalised, severity=Severity.WARNING, anchor=anchor,
                )

    def _unit(self, unit: Unit, alignment: Alignment, paragraph_marks: dict[str, set[str]]) -> Iterator[Finding]:
        furniture = {
            language: [(s.start, s.end) for s in unit_leftovers(unit, unit.texts.get(language, ""), alignment.documents.get(language))]
            for language in alignment.languages
        }
        for language in alignment.languages:
            yield from self._broken(unit, alignment, language, unit.texts.get(language, ""), furniture[language])
        marks = _footnote_marks(unit, alignment, paragraph_marks)
        for language, text, pivot_text in versions(unit, alignment):
            yield from self._compare(unit, alignment, language, text, pivot_text, furniture, marks)

    def _compare(
        self,
        unit: Unit,
        alignment: Alignment,
        language: str,
        text: str,
        pivot_text: str,
        furniture: dict[str, list[tuple[int, int]]],
        marks: set[str],
    ) -> Iterator[Finding]:
        pivot = alignment.pivot
        ours = _readable(text, language, furniture[language], also_words_in=(pivot,))
        theirs = _readable(pivot_text, pivot, furniture[pivot])
        missing = _unanswered(theirs, ours)
        added = [q for q in _unanswered(ours, theirs) if q.key not in marks]
        languages = [pivot, language]
        for before in missing:
            after = next((q for q in added if q.kind == before.kind), None)
            if after is not None:
                added.remove(after)
                yield self.finding(
                    unit, alignment, languages,
                    f"{before.kind} changed: {before.text!r} in {pivot}, {after.text!r} in {language}",
                    after.text, before.text,
                )
            else:
                yield self.finding(
                    unit, alignment, languages,
                    f"{before.kind} {before.text!r} of {pivot} is missing in {language}",
                    "", before.text,
                )
        plain_missing = _plain_unanswered(theirs, ours, pivot)
        for before, after in zip(plain_missing, _plain_unanswered(ours, theirs, language) if plain_missing else []):
            yield self.finding(
                unit, alignment, languages,
                f"number changed: {before.text!r} in {pivot}, {after.text!r} in {language}",
                after.text, before.text,
            )
        for after in added:
            if _leading_number(after, text) and not _LEADING_NUMBER.match(pivot_text):
                yield self.finding(
                    unit, alignment, languages,
                    f"number {after.text!r} opens the {language} text and is nowhere in {pivot}: "
                    "a paragraph or footnote number printed with the text?",
                    after.text, "", severity=Severity.INFO,
                )
                continue
            yield self.finding(
                unit, alignment, languages,
                f"{after.kind} {after.text!r} in {language} is not in {pivot}",
                after.text, "",
            )


#: A number of up to three digits that opens a text before a capitalised word (`6 Il est entendu`).
_LEADING_NUMBER = re.compile(r"\s*\d{1,3}\s+[A-ZÀ-Ý]")


def _leading_number(quantity: Quantity, text: str) -> bool:
    """Whether ``quantity`` is a bare number opening ``text`` before a new sentence: UN style
    spells out a number that begins a sentence, so this is the paragraph or footnote number
    of a line cut from a page (`6 Il est entendu que la Croatie`), not part of the text."""
    return quantity.kind == "number" and not text[:quantity.start].strip() and bool(_LEADING_NUMBER.match(text))


def _readable(text: str, language: str, spans: list[tuple[int, int]], also_words_in: tuple[str, ...] = ()) -> list[Quantity]:
    """The quantities of a version, less those inside the page furniture at ``spans``."""
    found = quantities(text, language, also_words_in=also_words_in)
    return [q for q in found if not any(a <= q.start < b for a, b in spans)]


def _unanswered(
    these: list[Quantity], those: list[Quantity], counted: Callable[[Quantity], bool] = lambda q: q.strong,
) -> list[Quantity]:
    """The ``counted`` quantities of ``these`` (the strong ones) whose key ``those`` lacks, each key once.

    Keys are compared as sets, not counts: translations legitimately avoid
    repeating a figure (`resolution 1807 (2008)` twice, then `ladite résolution`).
    Weak quantities answer but are never themselves unanswered.
    """
    keys = {k for q in those for k in q.keys}
    out: dict[str, Quantity] = {}
    for q in these:
        if counted(q) and keys.isdisjoint(q.keys):
            out.setdefault(q.key, q)
    return list(out.values())


def _plain_unanswered(these: list[Quantity], those: list[Quantity], language: str) -> list[Quantity]:
    """The :data:`PLAIN_CARDINALS` of ``these`` (in ``language``) whose key ``those`` lacks, each key once."""
    plain = PLAIN_CARDINALS.get(language, frozenset())
    return _unanswered(these, those, lambda q: not q.strong and q.text.casefold() in plain)


def _paragraph_marks(alignment: Alignment) -> dict[str, set[str]]:
    """The footnote marks the parser found in the pivot's paragraphs, by paragraph id."""
    marks: dict[str, set[str]] = {}
    document = alignment.documents.get(alignment.pivot)
    for paragraph in document.paragraphs() if document is not None else []:
        marks.setdefault(paragraph.id, set()).update(m.mark for m in paragraph.markers)
    return marks


def _footnote_marks(unit: Unit, alignment: Alignment, paragraph_marks: dict[str, set[str]]) -> set[str]:
    """The footnote marks of the pivot paragraphs: from the parser, or superscripts left in the text."""
    marks = {m.group().translate(_SUPERSCRIPT_DIGITS) for m in _SUPERSCRIPT_RUN.finditer(unit.texts.get(alignment.pivot, ""))}
    for paragraph in unit.paragraphs.get(alignment.pivot, []):
        marks |= paragraph_marks.get(paragraph, set())
    return marks
