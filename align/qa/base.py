"""What a QA check is, what it is given, and how its findings are named.

A check compares the versions of an :class:`~align.model.Alignment` and returns
:class:`~align.model.Finding` objects. Most checks look at one unit at a time and
override :meth:`Check.check_unit`; checks that need the whole alignment (header
fields, cross-unit structure) override :meth:`Check.run`. Checks that need more
than texts (an embedder for meaning, a glossary for terminology) take it from the
:class:`QAContext` and declare it in :attr:`Check.needs`, so that the registry can
tell the user what a check could not run without.

A finding's ``id`` is a fingerprint that users paste into an ignore file, so it must
survive re-runs and edits elsewhere in the document: it hashes the check, where the
unit sits (its section and printed number, or for unnumbered preambular
paragraphs the opening words of the pivot text), the languages and the normalised
excerpt, and never a position or a unit index.
"""

from __future__ import annotations

import hashlib
import re
from abc import ABC
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import ClassVar

from align.model import Alignment, Document, Finding, Footnote, Paragraph, Severity, SubParagraph, Unit
from align.qa.tokens import fold, words

#: Severity order, worst first; used to sort findings and to compare with `--fail-on`.
SEVERITY_RANK: dict[Severity, int] = {Severity.ERROR: 0, Severity.WARNING: 1, Severity.INFO: 2}

#: The pseudo unit id of findings on the header fields (session, agenda item, symbol, dates).
HEADER_UNIT = "header"
#: The pseudo unit id of findings on a version's text that no unit of the alignment holds.
DOCUMENT_UNIT = "document"

#: How many opening words of the pivot text stand for an unnumbered unit in fingerprints.
_ANCHOR_WORDS = 8
#: How far apart, as a share of each text's length, a phrase and its rendering in another version may stand.
DRIFT = 0.2


@dataclass(frozen=True)
class QAContext:
    """What checks may need besides the alignment; text checks need nothing from it.

    ``embedder`` is the object `align.embed` provides (meaning checks compare
    sentence vectors); ``glossary`` maps a source term to its expected target terms
    per language (terminology checks).
    """

    embedder: object | None = None
    glossary: object | None = None
    false_friends: object | None = None  # the pairs of :mod:`align.qa.falsefriends`; None: the shipped ones


class Check(ABC):
    """One kind of QA check. Subclasses set the class attributes and override
    :meth:`check_unit` (per unit) or :meth:`run` (whole alignment)."""

    #: Short name used in `--checks`, in the `check` field of findings and in fingerprints.
    name: ClassVar[str]
    #: One line for `align qa --help` and reports.
    description: ClassVar[str]
    #: The severity of the check's usual finding; individual findings may differ.
    severity: ClassVar[Severity]
    #: What the check needs from the :class:`QAContext` ("embedder", "glossary").
    needs: ClassVar[frozenset[str]] = frozenset()
    #: What it reads from the context when it is there ("glossary", "false_friends"), so that
    #: a report records a user's file only where a check read it.
    reads: ClassVar[frozenset[str]] = frozenset()
    #: Whether the check finds something in a version on its own (OCR damage, a numbering gap, a symbol
    #: broken apart): the checks a single version is given (:func:`align.one_version`); the rest compare.
    alone: ClassVar[bool] = False

    def run(self, alignment: Alignment, context: QAContext) -> list[Finding]:
        """All findings of this check on ``alignment``."""
        return [f for unit in alignment.units for f in self.check_unit(unit, alignment)]

    def check_unit(self, unit: Unit, alignment: Alignment) -> Iterable[Finding]:
        """The findings of one unit; per-unit checks override this."""
        raise NotImplementedError(f"check {self.name!r} overrides neither run() nor check_unit()")

    def finding(
        self,
        unit: Unit | str,
        alignment: Alignment,
        languages: list[str],
        message: str,
        excerpt: str,
        evidence: str = "",
        *,
        severity: Severity | None = None,
        anchor: str | None = None,
        excerpt_start: int | None = None,
    ) -> Finding:
        """A finding of this check with its fingerprint.

        ``unit`` is a :class:`Unit` or a pseudo unit id (:data:`HEADER_UNIT`); for a
        pseudo unit, ``anchor`` says where in it (`header:session`). ``excerpt_start``
        says which occurrence of the excerpt is meant, when the version's text has it twice.
        """
        if isinstance(unit, Unit):
            unit_id = unit.id
            anchor = anchor or unit_anchor(unit, alignment.pivot)
        else:
            unit_id = unit
            anchor = anchor or unit
        return Finding(
            id=fingerprint(self.name, anchor, languages, excerpt or evidence),
            check=self.name,
            severity=severity or self.severity,
            unit=unit_id,
            languages=list(languages),
            message=message,
            excerpt=excerpt,
            evidence=evidence,
            excerpt_start=excerpt_start,
        )


def quoted_spans(text: str, quoted: str, start: int | None = None) -> list[tuple[int, int]]:
    """Where ``quoted``, a finding's excerpt or evidence, stands in ``text``, so that a
    view or report can mark it.

    Whole words or numbers first, whatever the spacing between them (a merged text may
    join with a line break what the check quotes with a space); anywhere only when no
    whole-word occurrence exists (an excerpt cut inside a word). Case counts: an excerpt
    is quoted as it stands, and a capitalised `EEN` must not light up every `een`. When
    ``start`` is one of the occurrences (:attr:`Finding.excerpt_start`), only that one.
    """
    words = quoted.split()
    if not words:
        return []
    body = r"\s+".join(map(re.escape, words))
    lead = r"(?<!\w)" if re.match(r"\w", words[0]) else ""
    tail = r"(?!\w)" if re.search(r"\w$", words[-1]) else ""
    found = [m.span() for m in re.finditer(lead + body + tail, text)] or [m.span() for m in re.finditer(body, text)]
    chosen = [span for span in found if span[0] == start]
    return chosen or found


def unit_anchor(unit: Unit, pivot: str) -> str:
    """Where a unit sits, independent of how many paragraphs come before it.

    Numbered units (operative paragraphs, articles, footnotes) are anchored by their
    number; unnumbered ones (preambular paragraphs) by the opening words of the pivot
    text, which do not change when a paragraph is inserted elsewhere.
    """
    section = unit.section.value
    if unit.number:
        return f"{section}:{unit.number}"
    opening = " ".join(w.key for w in words(unit.texts.get(pivot, ""))[:_ANCHOR_WORDS])
    return f"{section}:{opening or unit.id}"


def fingerprint(check: str, anchor: str, languages: list[str], excerpt: str) -> str:
    """A 16-hex-digit id from the check, the unit anchor, the languages and the excerpt."""
    key = "\x1f".join([check, anchor, "+".join(languages), fold(excerpt)])
    return hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]


def pieces(document: Document) -> dict[str, Paragraph | SubParagraph | Footnote]:
    """Every paragraph, sub-paragraph and footnote of ``document`` by the id units use.

    A number or letter printed twice gives the second one `#2` (`op3#2`, `op9.f#2`), as
    the aligner does.
    """
    found: dict[str, Paragraph | SubParagraph | Footnote] = {}
    seen: Counter[str] = Counter()
    for paragraph in document.paragraphs():
        seen[paragraph.id] += 1
        pid = paragraph.id if seen[paragraph.id] == 1 else f"{paragraph.id}#{seen[paragraph.id]}"
        found[pid] = paragraph
        labels: Counter[str] = Counter()
        for sub in paragraph.subparagraphs:
            labels[sub.label] += 1
            label = sub.label if labels[sub.label] == 1 else f"{sub.label}#{labels[sub.label]}"
            found[f"{pid}.{label}"] = sub
    for note in document.footnotes:
        found.setdefault(f"fn{note.mark}", note)
    return found


def versions(unit: Unit, alignment: Alignment) -> Iterator[tuple[str, str, str]]:
    """``(language, text, pivot_text)`` for each non-pivot version that has text here.

    Comparisons are always pivot against one other version: the pivot is the
    original, and a finding names the version that departs from it.
    """
    pivot_text = unit.texts.get(alignment.pivot, "")
    if not pivot_text.strip():
        return
    for language in alignment.languages:
        text = unit.texts.get(language, "")
        if language != alignment.pivot and text.strip():
            yield language, text, pivot_text


def nearest(matches: Iterable[re.Match[str]], other: str, at: float) -> re.Match[str] | None:
    """Of ``matches`` in the text ``other``, the one nearest ``at`` (a share of another version's
    length) if it stands within :data:`DRIFT` of it: the phrase rendered there, not one elsewhere in
    the paragraph, nor, where a pattern is loose (`and` and a word), another one in reach (`and
    relevant agencies` before `and take into account`)."""
    near = [m for m in matches if abs(m.start() / len(other) - at) <= DRIFT]
    return min(near, key=lambda m: abs(m.start() / len(other) - at), default=None)


def paired(
    dutch: re.Pattern[str], text: str, pivot: re.Pattern[str], other: str
) -> Iterator[tuple[re.Match[str], re.Match[str]]]:
    """Each match of ``dutch`` in ``text`` with the match of ``pivot`` in the ``other`` version's text that
    stands at about the same place (:func:`nearest`): a rule that needs the other version to say it too."""
    found = list(pivot.finditer(other))
    for m in dutch.finditer(text) if found else ():
        pair = nearest(found, other, m.start() / len(text))
        if pair is not None:
            yield m, pair
