"""Links that one version marks up and another does not (`[Mensenrechtenraad](#)`).

Translation tools carry a segment's markup over to the translation and place it by
guesswork: the link on the symbol `22/6` can land on the word beside it. Translation
QA tools check tags first for that reason. Markdown input keeps its links
(:attr:`~align.model.Paragraph.linked`), and the links of each version of a unit are
matched with the pivot's: a link on a symbol with the pivot's link on the same
symbol (normalised, since `A / 72/170 .` is `A/72/170`), a link on words with one of
the pivot's links on words, in order, since a linked title is translated. What is
left over is reported:

- a version's link on words where the pivot links no words in the unit: a warning,
  since that text is a link in no other version (a symbol's link moved onto a name);
- any other link that one side has and the other has not (a symbol linked in one
  version only, words linked in the pivot only): information, since a converter or
  a plain-text source can drop links without harm to the text.

A pair of versions is compared only when both mark links up somewhere: plain text,
PDF and HTML as read carry none, and their lack of links is no finding. Units where
one side has no paragraph are the structure check's. The header's links are not
compared: the parser keeps those of paragraphs, sub-paragraphs and footnotes.
"""

from __future__ import annotations

from collections.abc import Iterator

from align.model import Alignment, Finding, Footnote, Paragraph, Severity, SubParagraph, Unit
from align.qa.base import Check, QAContext, pieces
from align.qa.symbols import find_symbols, normalise


class MarkupCheck(Check):
    name = "markup"
    description = "links one version marks up and the pivot does not (a symbol's link moved onto a word)"
    severity = Severity.WARNING

    def run(self, alignment: Alignment, context: QAContext) -> list[Finding]:
        pivot = alignment.documents.get(alignment.pivot)
        if pivot is None or not _has_links(pivot_pieces := pieces(pivot)):
            return []
        theirs = _links_by_unit(alignment, alignment.pivot, pivot_pieces)
        findings: list[Finding] = []
        for language in alignment.languages:
            document = alignment.documents.get(language)
            if language == alignment.pivot or document is None or not _has_links(by_id := pieces(document)):
                continue
            own = _links_by_unit(alignment, language, by_id)
            for unit in alignment.units:
                if unit.paragraphs.get(language) and unit.paragraphs.get(alignment.pivot):
                    findings += self._compare(unit, alignment, language, own[unit.id], theirs[unit.id])
        return findings

    def _compare(self, unit: Unit, alignment: Alignment, language: str, own: list[str], theirs: list[str]) -> Iterator[Finding]:
        languages = [alignment.pivot, language]
        shown = ", ".join(theirs) or "none"
        own, theirs = list(own), list(theirs)
        for text in [t for t in own if _symbol(t)]:
            match = next((t for t in theirs if _symbol(t) == _symbol(text)), None)
            if match is not None:
                own.remove(text)
                theirs.remove(match)
        own_words, their_words = [t for t in own if not _symbol(t)], [t for t in theirs if not _symbol(t)]
        paired = min(len(own_words), len(their_words))
        for text in own_words[paired:]:
            yield self.finding(
                unit, alignment, languages,
                f"{text!r} is marked up as a link in {language}, where {alignment.pivot} links "
                f"{'no words' if not their_words else 'fewer words'} (its links here: {shown}): a link moved off its symbol?",
                text, "", severity=Severity.WARNING if not their_words else Severity.INFO,
            )
        for text in [t for t in own if _symbol(t)]:
            yield self.finding(
                unit, alignment, languages, f"{text!r} is a link in {language}, not in {alignment.pivot} (its links here: {shown})",
                text, "", severity=Severity.INFO,
            )
        for text in their_words[paired:] + [t for t in theirs if _symbol(t)]:
            yield self.finding(
                unit, alignment, languages, f"{alignment.pivot} marks {text!r} up as a link; {language} has no link for it here",
                "", text, severity=Severity.INFO,
            )


def _symbol(text: str) -> str | None:
    """The symbol a link is put on, normalised (`A / 72/170 .` -> `A/72/170`), or None for words
    (`Mensenrechtenraad`, `resolutie 22/6 van 21 maart 2013`)."""
    found = find_symbols(text.strip())
    return normalise(found[0].text) if len(found) == 1 and found[0].text == text.strip() else None


def _has_links(by_id: dict[str, Paragraph | SubParagraph | Footnote]) -> bool:
    return any(p.linked for p in by_id.values())


def _links_by_unit(alignment: Alignment, language: str, by_id: dict[str, Paragraph | SubParagraph | Footnote]) -> dict[str, list[str]]:
    """The linked texts of the paragraphs each unit holds in ``language``, in order; a
    paragraph's sub-paragraphs count with it unless units of their own hold them."""
    held = {pid for unit in alignment.units for pid in unit.paragraphs.get(language, [])}
    # `op9` of `op9.b` (`art1` of `art1.1.a`, whose label has a dot of its own)
    split = {pid[:i] for pid in held if isinstance(by_id.get(pid), SubParagraph) for i, c in enumerate(pid) if c == "."}
    found: dict[str, list[str]] = {}
    for unit in alignment.units:
        links = found.setdefault(unit.id, [])
        for pid in unit.paragraphs.get(language, []):
            piece = by_id.get(pid)
            if isinstance(piece, Paragraph):
                links += piece.linked
                if pid not in split:
                    links += [text for sub in piece.subparagraphs for text in sub.linked]
            elif piece is not None:
                links += piece.linked  # a sub-paragraph or a footnote
    return found
