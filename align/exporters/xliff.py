"""XLIFF 1.2: a QA report as a bilingual file that a CAT tool opens for revision.

A reviser works in a CAT tool (Trados, memoQ, OmegaT through Okapi, Phrase), where
a segment's status and its comments are what one filters on. `align qa -o
report.xlf` writes each aligned unit as a ``<trans-unit>`` whose ``<source>`` is the
pivot's text and whose ``<target>`` is the version's, and each finding as a
``<note>`` on it, so that the findings stand where the text is fixed:

- one ``<file>`` per version that is not the pivot (XLIFF is bilingual), with
  ``source-language`` the pivot and ``target-language`` the version; a version
  checked alone (:func:`align.one_version`) gives one file with no target;
- a unit with a warning or an error in the version is ``state="needs-review-translation"``,
  a unit the version has no text in ``needs-translation`` (a paragraph it lacks), the
  rest ``translated``; a unit only the version has keeps an empty source;
- a note's ``priority`` is 1 for an error, 2 for a warning and 3 for information
  (XLIFF's 1 is the highest), ``annotates`` says which side it is about: the target
  when the finding names the version, the source when it names the pivot alone;
- findings on the header (session, symbol) go in the file's ``<header>``, with the
  report's signature (what produced it) as a note of its own.

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
from align.model import Alignment, Finding, Severity

XLIFF_NAMESPACE = "urn:oasis:names:tc:xliff:document:1.2"
_XML_SPACE = "{http://www.w3.org/XML/1998/namespace}space"
#: A note's priority per severity: XLIFF 1.2 ranks 1 (highest) to 10.
PRIORITY = {Severity.ERROR: "1", Severity.WARNING: "2", Severity.INFO: "3"}


def render_xliff(findings: Sequence[Finding], alignment: Alignment, signature: dict[str, object]) -> str:
    """The XLIFF 1.2 document of the findings on ``alignment`` (see the module's docstring)."""
    root = etree.Element(f"{{{XLIFF_NAMESPACE}}}xliff", nsmap={None: XLIFF_NAMESPACE}, version="1.2")
    pivot = alignment.pivot
    units = {unit.id for unit in alignment.units}
    by_unit: dict[str, list[Finding]] = defaultdict(list)
    elsewhere: list[Finding] = []  # on the header, or text no unit holds
    for finding in findings:
        (by_unit[finding.unit] if finding.unit in units else elsewhere).append(finding)
    for language in alignment.languages[1:] or [None]:
        file = _file(root, alignment, language)
        header = etree.SubElement(file, _tag("header"))
        etree.SubElement(header, _tag("tool"), {"tool-id": "align", "tool-name": "align", "tool-version": __version__})
        _note(header, "align signature: " + json.dumps(signature, ensure_ascii=False, sort_keys=True, default=str), "general")
        for finding in elsewhere:
            if language is None or language in finding.languages or finding.languages == [pivot]:
                _note(header, _said(finding), "general", finding.severity)
        body = etree.SubElement(file, _tag("body"))
        for unit in alignment.units:
            source, target = unit.texts.get(pivot, ""), unit.texts.get(language, "") if language else ""
            mine = [f for f in by_unit.get(unit.id, []) if language is None or language in f.languages or f.languages == [pivot]]
            if not source.strip() and not target.strip() and not mine:
                continue  # a paragraph all of whose text is in its sub-paragraphs' units (UDHR art. 16)
            # `preserve`: merged paragraphs keep the line break between them
            trans_unit = etree.SubElement(body, _tag("trans-unit"), {"id": unit.id, "resname": unit.id, _XML_SPACE: "preserve"})
            etree.SubElement(trans_unit, _tag("source")).text = xml_text(source)
            if language is not None:
                etree.SubElement(trans_unit, _tag("target"), state=_state(target, mine, language)).text = xml_text(target)
            for finding in mine:
                _note(trans_unit, _said(finding), "target" if language in finding.languages else "source", finding.severity)
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", pretty_print=True).decode("utf-8")


def _file(root: etree._Element, alignment: Alignment, language: str | None) -> etree._Element:
    document = alignment.documents.get(language or alignment.pivot) or alignment.documents.get(alignment.pivot)
    attributes = {
        "original": str(document.path) if document is not None and document.path else "align",
        "source-language": alignment.pivot,
        "datatype": "plaintext",
    }
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
