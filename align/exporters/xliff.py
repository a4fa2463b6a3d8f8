"""XLIFF 1.2: a QA report as a bilingual file that a CAT tool opens for revision.

A reviser works in a CAT tool (Trados, memoQ, OmegaT through Okapi, Phrase), where
a segment's status and its comments are what one filters on. `align qa -o
report.xlf` writes each aligned unit as a ``<trans-unit>`` whose ``<source>`` is the
pivot's text and whose ``<target>`` is the version's, and each finding as a
``<note>`` on it, so that the findings stand where the text is fixed:

- one ``<file>`` per version that is not the pivot (XLIFF is bilingual), with
  ``source-language`` the pivot and ``target-language`` the version;
- a unit with a warning or an error in the version is ``state="needs-review-translation"``,
  a unit the version has no text in ``needs-translation`` (a paragraph it lacks), the
  rest ``translated``; a unit only the version has keeps an empty source;
- a note's ``priority`` is 1 for an error, 2 for a warning and 3 for information
  (XLIFF's 1 is the highest), ``annotates`` says which side it is about: the target
  when the finding names the version, the source when it names the pivot alone;
- a finding on the header (session, symbol) goes on the title unit that holds its
  excerpt (`title.session`), where a CAT tool shows it; the rest of the header's go in
  the file's ``<header>``, with the report's signature (what produced it) as a note;
- a version checked alone gives one file of sources with their notes and no targets:
  something to read in a CAT tool, where a source cannot be edited, not to revise.

Every unit with text is written, flagged or not, so that the file is the whole
text and a reviser sees each finding in its context. Characters XML forbids (form feeds from
PDF text) are dropped.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Sequence

from lxml import etree

from align import __version__
from align.exporters.tmx import xml_text
from align.model import Alignment, Finding, Section, Severity
from align.qa.base import HEADER_UNIT

XLIFF_NAMESPACE = "urn:oasis:names:tc:xliff:document:1.2"
_XML_SPACE = "{http://www.w3.org/XML/1998/namespace}space"
#: A note's priority per severity: XLIFF 1.2 ranks 1 (highest) to 10.
PRIORITY = {Severity.ERROR: "1", Severity.WARNING: "2", Severity.INFO: "3"}


def render_xliff(findings: Sequence[Finding], alignment: Alignment, signature: dict[str, object]) -> str:
    """The XLIFF 1.2 document of the findings on ``alignment`` (see the module's docstring)."""
    root = etree.Element(f"{{{XLIFF_NAMESPACE}}}xliff", nsmap={None: XLIFF_NAMESPACE}, version="1.2")
    pivot = alignment.pivot
    for language in alignment.languages[1:] or [None]:
        mine = [f for f in findings if _concerns(f, language, pivot)]
        by_unit = _by_unit(mine, alignment, language)
        file = _file(root, alignment, language)
        header = etree.SubElement(file, _tag("header"))
        etree.SubElement(header, _tag("tool"), {"tool-id": "align", "tool-name": "align", "tool-version": __version__})
        _note(header, "align signature: " + json.dumps(signature, ensure_ascii=False, sort_keys=True, default=str), "general")
        for finding in by_unit.pop(None, []):
            _note(header, _said(finding), "general", finding.severity)
        body = etree.SubElement(file, _tag("body"))
        for unit in alignment.units:
            source = unit.texts.get(pivot, "")
            target = unit.texts.get(language, "") if language is not None else ""
            notes = by_unit.get(unit.id, [])
            if not source.strip() and not target.strip() and not notes:
                continue  # a paragraph all of whose text is in its sub-paragraphs' units (UDHR art. 16)
            # `preserve`: merged paragraphs keep the line break between them
            trans_unit = etree.SubElement(body, _tag("trans-unit"), {"id": unit.id, "resname": unit.id, _XML_SPACE: "preserve"})
            etree.SubElement(trans_unit, _tag("source")).text = xml_text(source)
            if language is not None:
                etree.SubElement(trans_unit, _tag("target"), state=_state(target, notes, language)).text = xml_text(target)
            for finding in notes:
                _note(trans_unit, _said(finding), "target" if language in finding.languages else "source", finding.severity)
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", pretty_print=True).decode("utf-8")


def _concerns(finding: Finding, language: str | None, pivot: str) -> bool:
    """Whether a finding goes in the ``<file>`` of ``language`` (None: a version alone): one
    that names the version, or the pivot alone (its notes annotate the source in every file)."""
    return language is None or language in finding.languages or finding.languages == [pivot]


def _by_unit(findings: list[Finding], alignment: Alignment, language: str | None) -> dict[str | None, list[Finding]]:
    """The findings by the unit whose ``<trans-unit>`` carries them; None for the file's header.

    A finding on the header as a whole (the session, the symbol) goes on the title unit
    that holds its excerpt (`Zeventig seconden sessie`, on `title.session`), where a CAT
    tool shows it and the unit's state says so; the rest of the header's, and those on
    text no unit holds, go in the file's ``<header>``."""
    units = {unit.id for unit in alignment.units}
    titles = [unit for unit in alignment.units if unit.section is Section.TITLE]
    found: dict[str | None, list[Finding]] = defaultdict(list)
    for finding in findings:
        if finding.unit in units:
            found[finding.unit].append(finding)
        elif finding.unit != HEADER_UNIT:
            found[None].append(finding)  # text no unit holds
        else:
            side = language if language in finding.languages else alignment.pivot
            quoted = finding.excerpt if side == language else finding.evidence
            found[next((u.id for u in titles if quoted and quoted in u.texts.get(side, "")), None)].append(finding)
    return found


def _file(root: etree._Element, alignment: Alignment, language: str | None) -> etree._Element:
    """A ``<file>``; its ``original`` names the version's file and language, since two versions
    may come from one file (72/247), and a tool keys units by ``original`` and id."""
    document = alignment.documents.get(language or alignment.pivot) or alignment.documents.get(alignment.pivot)
    path = str(document.path) if document is not None and document.path else "align"
    attributes = {"original": f"{path}#{language or alignment.pivot}", "source-language": alignment.pivot, "datatype": "plaintext"}
    if language is not None:
        attributes["target-language"] = language
    return etree.SubElement(root, _tag("file"), attributes)


def _state(target: str, findings: list[Finding], language: str) -> str:
    if not target.strip():
        return "needs-translation"
    serious = any(f.severity is not Severity.INFO and language in f.languages for f in findings)
    return "needs-review-translation" if serious else "translated"


def _said(finding: Finding) -> str:
    """A finding as a note's text: what a comment in a CAT tool shows."""
    said = f"{finding.severity.value} · {finding.check} · {finding.id}: {finding.message}"
    if finding.excerpt:
        said += f" | excerpt: {finding.excerpt}"
    if finding.evidence:
        said += f" | evidence: {finding.evidence}"
    return said


def _note(parent: etree._Element, text: str, annotates: str, severity: Severity | None = None) -> None:
    attributes = {"from": "align", "annotates": annotates}
    if severity is not None:
        attributes["priority"] = PRIORITY[severity]
    etree.SubElement(parent, _tag("note"), attributes).text = xml_text(text)


def _tag(name: str) -> str:
    return f"{{{XLIFF_NAMESPACE}}}{name}"
