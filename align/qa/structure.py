"""Findings from the shape of the alignment: what is missing, added, merged, split or renumbered.

The aligner records how many paragraphs of each version a unit holds
(:attr:`Unit.paragraphs`, summarised in :attr:`Unit.link`: `1-0`, `0-1`, `2-1`,
`1-2`) and flags what it noticed (`number-mismatch`, `low-confidence`); the parser
records numbering it could not make sense of (:attr:`Document.warnings`). This
check turns those into findings a reviser can act on, and adds what only the
paragraphs themselves show: sub-paragraph letters and footnote calls that differ
between the versions of a unit.

Severities follow what the fault does to the text: a paragraph missing, added,
merged, split or numbered differently breaks every cross-reference (`paragraph 14
above`), and so do sub-paragraph letters that differ: errors. A footnote call
missing from a version loses a reference, but calls are the part of a paragraph
that parsers read least reliably (a bare `12` left in the text is not recognised
as a call): a warning. A unit the aligner is unsure of is worth a look, not a fix:
info. So are line breaks inside one sentence: a preambular formula one version sets
on lines of its own (the UDHR's English `Now, therefore,` / `The General Assembly`)
and another runs into the paragraph it opens, or leaves out.

A paragraph alone next to one alone on the other side, the two the only ones between
the same links, is either a paragraph put in another's place or one that kept too little
of its text for the aligner to link: each finding names the other, so that the reader
compares them (:func:`_facing`).

Every comparison is pivot against one other version, as in the other checks.
Paragraph ids are the documents' own (`op3`, the second `op3` of a misnumbered
version `op3#2`, sub-paragraphs `op9.b`, footnotes `fn12`); where a unit names
paragraphs the documents do not hold (hand-made alignments, title units), the
unit's texts stand in for them.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field

from align.model import Alignment, Document, Finding, Paragraph, Section, Severity, SubParagraph, Unit
from align.parse.header import ADDRESSEE
from align.parse.paragraphs import OPENING
from align.qa.base import Check, QAContext, pieces
from align.qa.quantities import quantities
from align.qa.tokens import LETTER, words

#: The pseudo unit of findings on a document that no unit holds (a numbering
#: warning about a paragraph the alignment does not name).
DOCUMENT_UNIT = "document"
#: How many words of a paragraph stand for it in excerpts and evidence.
OPENING_WORDS = 12
#: A paragraph at most this long that ends no sentence is a fragment of the next one's (:func:`_line_breaks`).
FRAGMENT_WORDS = 5
#: Words that may open an enacting formula on a line of their own (`Now, therefore,`).
FORMULA_CONNECTIVES = frozenset({
    "now", "therefore", "accordingly", "thus", "hence", "en", "conséquence", "par", "conséquent", "dès", "lors",
    "donc", "derhalve", "daarom", "bijgevolg", "dienovereenkomstig", "nu",
})
#: A sentence's end, a closing quote or bracket allowed after it (a comma ends none: `Now, therefore,`).
_SENTENCE_END = re.compile(r"[.;:!?]\s*[»”\"')\]]?\s*$")


@dataclass(frozen=True)
class _Piece:
    """What the checks need to know of one paragraph, sub-paragraph or footnote."""

    text: str
    number: str | None = None
    labels: tuple[str, ...] = ()  # its sub-paragraph labels, as printed
    calls: tuple[str, ...] = ()  # the marks of its own footnote calls
    sub_calls: tuple[str, ...] = ()  # those of its sub-paragraphs


@dataclass
class _Version:
    """One language of one unit: its paragraph ids and what the document says of them."""

    language: str
    ids: list[str]
    text: str
    pieces: list[_Piece | None] = field(default_factory=list)  # None: the document does not hold that id

    @property
    def known(self) -> list[_Piece]:
        return [p for p in self.pieces if p is not None]

    @property
    def complete(self) -> bool:
        """Whether the document holds every paragraph the unit names."""
        return bool(self.pieces) and all(p is not None for p in self.pieces)

    @property
    def opening(self) -> str:
        """The opening of each paragraph (`Gravely concerned that ... / Recognizing the ...`),
        or of the unit's text when the document does not hold them."""
        return " / ".join(opening(p.text) for p in self.known) if self.complete else opening(self.text)


class StructureCheck(Check):
    name = "structure"
    description = "missing, added, merged, split or renumbered paragraphs, numbering gaps, sub-paragraph letters and footnote calls that differ"
    severity = Severity.ERROR
    alone = True  # the parser's numbering warnings

    def run(self, alignment: Alignment, context: QAContext) -> list[Finding]:
        index = {lang: _pieces(doc) for lang, doc in alignment.documents.items()}
        split = _split_paragraphs(alignment)
        findings: list[Finding] = []
        reported: set[tuple[str, str]] = set()  # (unit id, language) with a missing/added/... finding
        facing = {language: _facing(alignment, language, index) for language in alignment.languages[1:]}
        for unit in alignment.units:
            pivot = _version(unit, alignment.pivot, index)
            for language in alignment.languages[1:]:
                other = _version(unit, language, index)
                found = [
                    *self._link(unit, alignment, pivot, other, index, facing[language].get(unit.id)),
                    *self._number(unit, alignment, pivot, other),
                    *(self._letters(unit, alignment, pivot, other) if unit.id not in split else ()),
                    *self._calls(unit, alignment, pivot, other, unit.id in split),
                ]
                if any(f.severity is Severity.ERROR for f in found):
                    reported.add((unit.id, language))
                findings += found
            if "low-confidence" in unit.flags:
                findings.append(
                    self.finding(
                        unit, alignment, list(alignment.languages),
                        f"the aligner is unsure these paragraphs correspond (confidence {unit.confidence:.2f})",
                        pivot.opening, severity=Severity.INFO,
                    )
                )
        findings += self._numbering(alignment, index, reported)
        return findings

    # ------------------------------------------------------------------ per unit

    def _link(
        self, unit: Unit, alignment: Alignment, pivot: _Version, other: _Version, index: dict[str, dict[str, _Piece]],
        facing: Unit | None,
    ) -> Iterator[Finding]:
        """Missing, added, merged or split paragraphs, from how many each version holds; ``facing``, the unit
        alone on the other side beside this one (:func:`_facing`)."""
        counts = _counts(unit, alignment, other.language)
        if counts is None:
            return
        ours, theirs = counts
        languages = [pivot.language, other.language]
        pivot_ids, other_ids = _names(pivot), _names(other)
        if ours and not theirs:
            message = f"{pivot.language} {pivot_ids} has no counterpart in {other.language}"
            site = _call_site(unit, alignment, index, other.language) if unit.section is Section.FOOTNOTE else None
            # The call stands in another unit's text: named in the message, not an excerpt of this unit.
            message += f"; {other.language} {site}" if site else ""
            message += _beside(facing, other.language, pivot.language)
            yield self._alone(unit, alignment, languages, message, "", pivot.opening, pivot)
        elif theirs and not ours:
            message = f"{other.language} {other_ids} has no counterpart in {pivot.language}"
            message += _beside(facing, pivot.language, other.language)
            yield self._alone(unit, alignment, languages, message, other.opening, "", other)
        elif ours > theirs:
            shape = "one paragraph" if theirs == 1 else f"{theirs} paragraphs"
            yield self._merge_or_split(
                unit, alignment, languages, f"{pivot.language} {pivot_ids} merged into {shape} in {other.language} ({other_ids})",
                other.opening, pivot.opening, _line_breaks(pivot, theirs),
            )
        elif theirs > ours:
            yield self._merge_or_split(
                unit, alignment, languages, f"{pivot.language} {pivot_ids} split into {theirs} paragraphs in {other.language} ({other_ids})",
                other.opening, pivot.opening, _line_breaks(other, ours),
            )

    def _alone(
        self, unit: Unit, alignment: Alignment, languages: list[str], message: str, excerpt: str, evidence: str,
        version: _Version,
    ) -> Finding:
        """A paragraph one version alone has: an error, or information where it is a connective of the
        enacting formula."""
        if not _only_formula_pieces(unit, version):
            return self.finding(unit, alignment, languages, message, excerpt, evidence)
        return self.finding(
            unit, alignment, languages,
            f"{message}: a piece of the enacting formula, which versions set on a line of their own, run into the next "
            "paragraph or leave out",
            excerpt, evidence, severity=Severity.INFO,
        )

    def _merge_or_split(
        self, unit: Unit, alignment: Alignment, languages: list[str], message: str, excerpt: str, evidence: str,
        fragments: list[str],
    ) -> Finding:
        """A merge or split: an error, or information where the extra paragraphs are fragments of one sentence."""
        if not fragments:
            return self.finding(unit, alignment, languages, message, excerpt, evidence)
        quoted = " / ".join(repr(text) for text in fragments)
        return self.finding(
            unit, alignment, languages, f"{message}: line breaks inside one sentence ({quoted})", excerpt, evidence,
            severity=Severity.INFO,
        )

    def _number(self, unit: Unit, alignment: Alignment, pivot: _Version, other: _Version) -> Iterator[Finding]:
        """A unit flagged `number-mismatch` whose versions print different numbers."""
        if "number-mismatch" not in unit.flags or not other.ids:
            return
        ours, theirs = _numbers(pivot), _numbers(other)
        if ours and theirs and ours == theirs:
            return  # the mismatch is in another version
        message = (
            f"numbered {ours} in {pivot.language}, {theirs} in {other.language}"
            if ours and theirs
            else f"printed numbers differ between {pivot.language} and {other.language}"
        )
        yield self.finding(unit, alignment, [pivot.language, other.language], message, other.opening, pivot.opening)

    def _letters(self, unit: Unit, alignment: Alignment, pivot: _Version, other: _Version) -> Iterator[Finding]:
        """Sub-paragraph labels that differ, where the aligner did not align the sub-paragraphs one by one."""
        if len(pivot.ids) != 1 or len(other.ids) != 1 or not pivot.complete or not other.complete:
            return
        ours, theirs = pivot.known[0].labels, other.known[0].labels
        if _folded(ours) == _folded(theirs):
            return
        yield self.finding(
            unit, alignment, [pivot.language, other.language],
            f"sub-paragraphs {_labels(ours)} in {pivot.language}, {_labels(theirs)} in {other.language}",
            other.opening, pivot.opening,
        )

    def _calls(self, unit: Unit, alignment: Alignment, pivot: _Version, other: _Version, split: bool) -> Iterator[Finding]:
        """Footnote calls that differ in number between the versions of a unit.

        A paragraph whose sub-paragraphs have units of their own counts only its
        chapeau's calls here; the sub-paragraph units count theirs.
        """
        if not pivot.complete or not other.complete:
            return
        ours = [mark for p in pivot.known for mark in (p.calls if split else p.calls + p.sub_calls)]
        theirs = [mark for p in other.known for mark in (p.calls if split else p.calls + p.sub_calls)]
        if len(ours) == len(theirs):
            return
        message = f"{len(ours)} footnote call(s) in {pivot.language} ({_marks(ours)}), {len(theirs)} in {other.language} ({_marks(theirs)})"
        lost = [mark for mark in ours if mark not in theirs]
        bare = _bare_call(other.text, pivot.text, pivot.language, lost)
        if bare:
            mark, excerpt = bare
            message += (
                f"; {other.language} has a bare {mark!r} where {pivot.language} calls footnote {mark}: "
                f"a call without its footnote text, or a footnote the parser could not find"
            )
        # A call lost with its footnote is one fault, which the note's own unit reports as missing
        # (an error): here it is where, not a second count of it. Only where the pivot has the note.
        documents = alignment.documents
        with_its_note = (
            len(ours) - len(theirs) == len(lost) > 0
            and pivot.language in documents and other.language in documents
            and set(lost) <= {note.mark for note in documents[pivot.language].footnotes}
            and not set(lost) & {note.mark for note in documents[other.language].footnotes}
        )
        if with_its_note:
            message += f"; {other.language} has no footnote {_marks(lost)} either, reported on its own unit"
        yield self.finding(
            unit, alignment, [pivot.language, other.language], message,
            bare[1] if bare else other.opening, pivot.opening,
            severity=Severity.INFO if with_its_note else Severity.WARNING,
        )

    # ------------------------------------------------------------------ per document

    def _numbering(self, alignment: Alignment, index: dict[str, dict[str, _Piece]], reported: set[tuple[str, str]]) -> list[Finding]:
        """The parser's numbering warnings that not every version shares, and operative
        numbers printed in one version and not in another."""
        findings = []
        documents = alignment.documents
        where = {(lang, pid): unit for unit in alignment.units for lang, ids in unit.paragraphs.items() for pid in ids}
        for language, doc in documents.items():
            shared = [set(other.warnings) for lang, other in documents.items() if lang != language]
            for warning in doc.warnings:
                if shared and all(warning in other for other in shared):
                    continue
                pid = _named_paragraph(warning, doc)
                unit = where.get((language, pid)) if pid else None
                piece = index[language].get(pid) if pid else None
                findings.append(
                    self.finding(
                        unit or DOCUMENT_UNIT, alignment, [language], f"{language}: {warning}",
                        opening(piece.text) if piece else "", severity=Severity.WARNING,
                        anchor=None if unit else f"{DOCUMENT_UNIT}:{language}:{warning}",
                    )
                )
        pivot = documents.get(alignment.pivot)
        for language in alignment.languages[1:]:
            other = documents.get(language)
            if pivot is None or other is None:
                continue
            for number, holder in _unmatched_numbers(pivot, other, alignment.pivot, language):
                absent = language if holder == alignment.pivot else alignment.pivot
                unit = where.get((holder, f"op{number}"))
                if unit is not None and (unit.id, language) in reported:
                    continue
                piece = index[holder].get(f"op{number}")
                text = opening(piece.text) if piece else ""
                findings.append(
                    self.finding(
                        unit or DOCUMENT_UNIT, alignment, [alignment.pivot, language],
                        f"operative paragraph {number} is numbered in {holder} but not in {absent}",
                        "" if holder == alignment.pivot else text,
                        text if holder == alignment.pivot else "",
                        anchor=None if unit else f"{DOCUMENT_UNIT}:{language}:op{number}",
                    )
                )
        return findings


# --------------------------------------------------------------------------- helpers


def opening(text: str, count: int = OPENING_WORDS) -> str:
    """The first ``count`` words of ``text``, as printed (punctuation inside kept)."""
    found = words(text)
    if len(found) <= count:
        return text.strip()
    return text[:found[count - 1].end].strip()


def _pieces(document: Document) -> dict[str, _Piece]:
    """What the checks need to know of every paragraph, sub-paragraph and footnote of ``document``."""
    found: dict[str, _Piece] = {}
    for pid, piece in pieces(document).items():
        if isinstance(piece, Paragraph):
            found[pid] = _Piece(
                piece.full_text,
                piece.number,
                tuple(sub.label for sub in piece.subparagraphs),
                tuple(m.mark for m in piece.markers),
                tuple(m.mark for sub in piece.subparagraphs for m in sub.markers),
            )
        elif isinstance(piece, SubParagraph):
            found[pid] = _Piece(piece.text, piece.label, calls=tuple(m.mark for m in piece.markers))
        else:
            found[pid] = _Piece(piece.text, piece.mark)
    return found


def _split_paragraphs(alignment: Alignment) -> set[str]:
    """Ids of the units whose sub-paragraphs the aligner aligned one by one: those
    with units of their own named after them (`op9.b`, `op9.a+op9.b` for `op9`)."""
    return {unit.id.split(".", 1)[0] for unit in alignment.units if unit.section is not Section.TITLE and "." in unit.id}


def _version(unit: Unit, language: str, index: dict[str, dict[str, _Piece]]) -> _Version:
    ids = list(unit.paragraphs.get(language, []))
    known = index.get(language, {})
    return _Version(language, ids, unit.texts.get(language, ""), [known.get(pid) for pid in ids])


def _counts(unit: Unit, alignment: Alignment, language: str) -> tuple[int, int] | None:
    """How many paragraphs the pivot and ``language`` hold in ``unit``.

    From :attr:`Unit.paragraphs`; a unit that names no paragraphs at all falls back
    on :attr:`Unit.link` (`2-1`, or per language in order for more versions, `1-1-2`).
    """
    if any(unit.paragraphs.values()):
        return len(unit.paragraphs.get(alignment.pivot, [])), len(unit.paragraphs.get(language, []))
    parts = unit.link.split("-")
    if len(parts) != len(alignment.languages) or not all(p.isdigit() for p in parts):
        return None
    counts = dict(zip(alignment.languages, map(int, parts), strict=True))
    return counts[alignment.pivot], counts[language]


def _line_breaks(version: _Version, other_count: int) -> list[str]:
    """The fragments that open ``version``'s paragraphs in a unit, when they alone make it hold
    more paragraphs than the other version's ``other_count``; else nothing.

    An unnumbered paragraph of at most :data:`FRAGMENT_WORDS` words that ends no sentence and
    does not open as a paragraph does (`Recalling its resolution 70/1,` is a whole preambular
    paragraph), before the paragraph it introduces, is a piece of that paragraph's sentence:
    the UDHR's English sets `Now, therefore,` and `The General Assembly` on lines of their own
    above `Proclaims this Universal Declaration`, the French only `L'Assemblée générale`, the
    Dutch none. Versions break such a formula differently. Two whole paragraphs run together (`... international
    law,` then `Recognizing ...`) are still an error, and so is a paragraph run into the
    fragment after it (`... this pledge, L'Assemblée générale`).
    """
    if not version.complete:
        return []
    short = [_fragment(p) for p in version.known]
    leading = short.index(False) if False in short else len(short)
    if leading == 0 or any(short[leading:]) or len(short) - leading > other_count:
        return []
    return [" ".join(p.text.split()) for p in version.known[:leading]]


def _fragment(piece: _Piece) -> bool:
    """Whether a paragraph is a piece of the next one's sentence (:func:`_line_breaks`)."""
    return (
        piece.number is None and len(piece.text.split()) <= FRAGMENT_WORDS
        and not _SENTENCE_END.search(piece.text) and not OPENING.match(piece.text.strip())
    )


def _only_formula_pieces(unit: Unit, version: _Version) -> bool:
    """Whether the paragraphs a version alone has in a preambular unit are pieces of the enacting
    formula set on lines of their own: its connectives (the UDHR's English `Now, therefore,`, which
    the French leaves out) or its subject (`L'Assemblée générale`, which the Dutch runs into `Op
    grond daarvan proclameert de Algemene Vergadering ...`). A short paragraph of any other words
    is a paragraph (`Recordando su resolución 70/1,`, `Encouraged by the progress made,`), even
    where :data:`OPENING` does not know its verb."""
    return (
        unit.section is Section.PREAMBLE and version.complete
        and all(
            _fragment(p) and ({w.key for w in words(p.text)} <= FORMULA_CONNECTIVES or ADDRESSEE.match(p.text.strip()))
            for p in version.known
        )
    )


def _facing(alignment: Alignment, language: str, index: dict[str, dict[str, _Piece]]) -> dict[str, Unit]:
    """Units of one paragraph alone, the pivot's or ``language``'s, next to one of one paragraph alone on the
    other side, the two the only ones between the same links (or a section's ends), each mapped to the other.

    The aligner leaves such a pair unlinked, since a paragraph replaced by another and one that lost most of
    its text look alike to it (`Overwegende, dat het van het grootste belang is;`, all that is left of the
    Dutch UDHR's third recital, is less like the English one than an unrelated recital is); which it is, a
    reader sees at once with the two side by side, and the findings say where to look. A piece of the
    enacting formula alone (`Now, therefore,`) is no such paragraph and stands in no gap.
    """
    held = [u for u in alignment.units if any(_counts(u, alignment, language) or ())]
    sides = [_alone_side(u, alignment, language, index) for u in held]

    def closes(j: int, section: Section) -> bool:
        return not 0 <= j < len(held) or sides[j] is None or held[j].section is not section

    facing: dict[str, Unit] = {}
    for k in range(len(held) - 1):
        section = held[k].section
        side_by_side = {sides[k], sides[k + 1]} == {"pivot", "other"} and held[k + 1].section is section
        if side_by_side and closes(k - 1, section) and closes(k + 2, section):
            facing[held[k].id], facing[held[k + 1].id] = held[k + 1], held[k]
    return facing


def _alone_side(unit: Unit, alignment: Alignment, language: str, index: dict[str, dict[str, _Piece]]) -> str | None:
    """"pivot" or "other" for a unit of one paragraph of that side only, "several" for one of more (or of
    paragraphs it does not name), None for a link or a piece of the enacting formula alone."""
    ours, theirs = _counts(unit, alignment, language) or (0, 0)
    if bool(ours) == bool(theirs):
        return None
    side_language = alignment.pivot if ours else language
    if _only_formula_pieces(unit, _version(unit, side_language, index)):
        return None
    if len(unit.paragraphs.get(side_language, [])) != 1:
        return "several"
    return "pivot" if ours else "other"


def _beside(facing: Unit | None, language: str, other: str) -> str:
    """What a missing or added paragraph's finding says of the paragraph alone beside it, if any."""
    if facing is None:
        return ""
    (paragraph,) = facing.paragraphs[language]
    return (
        f"; {language} {paragraph}, beside it, has none in {other} either: one paragraph put in the other's place, "
        "or one that kept too little of its text to be linked (read the two together)"
    )


def _names(version: _Version) -> str:
    return " + ".join(version.ids) if version.ids else "(no paragraph)"


def _numbers(version: _Version) -> str:
    return ", ".join(p.number for p in version.known if p.number)


def _folded(labels: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(label.casefold().strip("()") for label in labels)


def _labels(labels: tuple[str, ...]) -> str:
    return ", ".join(labels) if labels else "none"


def _marks(marks: list[str]) -> str:
    return ", ".join(marks) if marks else "none"


def _bare_call(text: str, pivot_text: str, pivot: str, marks: list[str]) -> tuple[str, str] | None:
    """The first of ``marks`` that stands in ``text`` as a bare number after a word (`zitting, 12
    met`, `zitting,12 met`: a call the parser did not take, having no footnote text to match it
    with), and that excerpt; None when none does, or when the pivot's text has the number
    itself, in digits or words (`on 12 occasions`, `within two years`)."""
    numbers = {key for q in quantities(pivot_text, pivot) for key in q.keys}
    for mark in marks:
        if not mark.isdigit() or mark in numbers:
            continue
        found = re.search(rf"{LETTER}+(?:[,;:] ?| ){mark}(?:(?= {LETTER})(?: {LETTER}+)?|(?=[.;]?$))", text)
        if found:
            return mark, found.group()
    return None


_NUMBER_IN_WARNING = re.compile(r"(?:operative paragraph|to|starts at) (\d+)")


def _call_site(note: Unit, alignment: Alignment, index: dict[str, dict[str, _Piece]], language: str) -> str | None:
    """Where ``language`` left the call of the pivot's footnote that ``note`` holds and
    ``language`` lacks, said for the message. A translation that lost a footnote's text
    keeps its call as a bare number (`zitting, 12 met`: the parser takes only calls with a
    footnote text), which is where a reviser must add it back; None when there is none
    where the pivot calls it."""
    pivot = alignment.pivot
    marks = [index[pivot][pid].number for pid in note.paragraphs.get(pivot, []) if pid in index.get(pivot, {})]
    for unit in alignment.units:
        version, ours = _version(unit, language, index), _version(unit, pivot, index)
        if unit is note or not version.text or not ours.complete:
            continue
        calls = {mark for p in ours.known for mark in p.calls + p.sub_calls}
        for mark in (m for m in marks if m in calls):
            bare = _bare_call(version.text, unit.texts.get(pivot, ""), pivot, [mark])
            if bare:
                return f"has a bare {mark!r} in {unit.id} ({bare[1]!r}) where {pivot} calls it: its call without the footnote"
    return None


def _named_paragraph(warning: str, document: Document) -> str | None:
    """The id of the operative paragraph a numbering warning is about, or None.

    `operative numbering jumps from 13 to 15` names op15, `operative paragraph 15
    appears twice` the second op15 (`op15#2`), `unnumbered paragraph after
    operative 9` the paragraph after op9.
    """
    if m := re.search(r"after operative (\d+)", warning):
        numbers = [p.number for p in document.operative]
        if m[1] in numbers and numbers.index(m[1]) + 1 < len(document.operative):
            return document.operative[numbers.index(m[1]) + 1].id
        return None
    if m := _NUMBER_IN_WARNING.search(warning):
        return f"op{m[1]}#2" if "appears twice" in warning else f"op{m[1]}"
    return None


def _unmatched_numbers(pivot: Document, other: Document, pivot_language: str, language: str) -> list[tuple[str, str]]:
    """Operative numbers printed in one document and not the other, in numeric order,
    each with the language that prints it."""
    ours = {p.number for p in pivot.operative if p.number}
    theirs = {p.number for p in other.operative if p.number}
    found = [(n, pivot_language) for n in ours - theirs] + [(n, language) for n in theirs - ours]
    return sorted(found, key=lambda item: (len(item[0]), item[0]))
