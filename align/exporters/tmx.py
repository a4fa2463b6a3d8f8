"""TMX 1.4b: aligned units as CAT tools import them, and a structural check of what was written.

CAT tools (Trados, memoQ, OmegaT, Wordfast) import TMX, so this is how aligned
pairs reach them: `align export -o pairs.tmx` for one resolution, `align memory
export` for a whole memory. One ``<tu>`` per unit that has text in at least two
languages (a unit in one language is no translation and CAT tools drop it;
:attr:`TmxSummary.left_out` counts them), one ``<tuv xml:lang>`` per language. The
header's ``srclang`` is the pivot when every resolution shares one, else ``*all*``
with each ``<tu>`` naming its own pivot. A unit the pivot has no text in (a
paragraph its version lacks, where the others still pair) names the first language
it has. Where each unit came from travels in ``<prop type="x-...">`` elements, which
CAT tools keep as attributes of the segment; the header says what produced the file
(the model, and for an export the aligner's settings).

The file is streamed (a memory of a million units does not fit in a DOM), written to
a temporary file, checked with :func:`check_tmx`, and only then renamed into place.
The check is structural and needs no DTD: TMX 1.4b's DTD is not bundled with lxml
and a validating parser would fetch it from the network.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, cast

from lxml import etree

from align import __version__, durable
from align.errors import InputError
from align.exporters.tabular import check_target, temporary_beside, written_into
from align.model import Alignment, Section

if TYPE_CHECKING:  # pragma: no cover
    from align.memory.store import StoredUnit

#: Characters XML 1.0 forbids (C0 controls but tab and newlines, lone surrogates, U+FFFE/U+FFFF).
#: PDF and OCR text brings form feeds and the like; they are dropped, not escaped, as XML allows no escape.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def xml_text(text: str) -> str:
    """``text`` without the characters XML 1.0 forbids (:data:`_NOT_XML`), for an element's content."""
    return _NOT_XML.sub("", text)

_XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"

_HEADER_ATTRIBUTES = ("creationtool", "creationtoolversion", "segtype", "o-tmf", "adminlang", "srclang", "datatype")
_SEGTYPES = {"block", "paragraph", "sentence", "phrase"}


@dataclass(frozen=True)
class TmxSummary:
    """What a TMX file holds, as :func:`check_tmx` counted it."""

    path: Path
    units: int  # <tu> elements
    languages: list[str]  # xml:lang values, in order of first appearance
    srclang: str
    left_out: int = 0  # units with text in one language only: no <tu>


@dataclass(frozen=True)
class AlignedUnit:
    """A unit of one alignment as a ``<tu>`` is written from it: the fields of a memory's unit
    (:class:`~align.memory.store.StoredUnit`, which a memory's export writes), and the flags the
    aligner set, which a memory does not keep."""

    symbol: str
    pivot: str
    unit: str
    section: Section
    link: str
    confidence: float
    texts: dict[str, str]
    flags: tuple[str, ...] = ()


def units_of(alignment: Alignment, symbol: str) -> Iterator[AlignedUnit]:
    """The units of ``alignment`` to write, each named ``symbol#unit`` (the resolution's key, as a
    memory names it), or ``unit`` where ``symbol`` is empty."""
    for unit in alignment.units:
        texts = {lang: unit.texts[lang] for lang in alignment.languages if unit.texts.get(lang, "").strip()}
        yield AlignedUnit(
            symbol, alignment.pivot, unit.id, unit.section, unit.link, unit.confidence, texts, tuple(unit.flags)
        )


def export_tmx(alignment: Alignment, path: Path) -> TmxSummary:
    """Write the units of one alignment to ``path``, named as a memory names them (the
    resolution's symbol, or its file name less the language parts; the unit id alone for an
    alignment without documents), with the aligner's flags. Lines (``--segments lines``) are
    blocks, not paragraphs."""
    from align.batch.grouping import resolution_key  # the batch package is slow to import

    signature = alignment.signature
    return write_tmx(
        units_of(alignment, resolution_key(alignment) if alignment.documents else ""), path, pivots={alignment.pivot},
        model=str(signature.get("model", "")), aligner=cast("dict | None", signature.get("aligner")),
        segtype="block" if signature.get("segments") == "lines" else "paragraph",
    )


def check_tmx_target(path: Path) -> Path:
    """The path a TMX file is written to, checked as any output is
    (:func:`~align.exporters.tabular.check_target`), and never a device or a pipe: the file is
    read back before it is put in place. Callers check before the work, not after it."""
    target = check_target(path) or path
    if written_into(target):
        raise InputError(f"{path}: is a device or a pipe; the TMX file is checked once written, so give a file")
    return target


def write_tmx(
    units: Iterable[AlignedUnit | StoredUnit], path: Path, *, pivots: set[str], model: str, aligner: dict | None = None,
    segtype: str = "paragraph",
) -> TmxSummary:
    """Write every unit with two or more languages to ``path`` (:func:`check_tmx_target`); nothing is
    left half written.

    ``pivots`` are those of the resolutions the units come from, ``model`` the signature of the
    model that aligned them, ``aligner`` the aligner's settings when known (an export)."""
    path = check_tmx_target(path)
    srclang = next(iter(pivots)) if len(pivots) == 1 else "*all*"
    try:
        descriptor, temporary = temporary_beside(path)
    except OSError as exc:
        raise InputError(f"cannot write the TMX file {path} ({exc.strerror or exc}): check the folder exists and is writable") from exc
    try:
        with open(descriptor, "wb") as stream, etree.xmlfile(stream, encoding="utf-8") as xml:
            xml.write_declaration()
            xml.write_doctype('<!DOCTYPE tmx SYSTEM "tmx14.dtd">')
            left_out = 0
            with xml.element("tmx", version="1.4"):
                xml.write(_header(srclang, model, aligner, segtype), pretty_print=True)
                with xml.element("body"):
                    for unit in units:
                        if len(unit.texts) >= 2:
                            xml.write(_tu(unit, srclang), pretty_print=True)
                        else:
                            left_out += 1
        summary = check_tmx(temporary, shown_as=path)
        durable.replace(temporary, path)
    except OSError as exc:
        raise InputError(
            f"cannot write the TMX file {path} ({exc.strerror or exc}): check the folder exists and is writable"
        ) from exc
    finally:
        temporary.unlink(missing_ok=True)
    return TmxSummary(path, summary.units, summary.languages, summary.srclang, left_out)


def _header(srclang: str, model: str, aligner: dict | None, segtype: str) -> etree._Element:
    """The header, with the model that aligned the units (and the aligner's settings) as
    properties: the file says what produced it, as every output of align does."""
    header = etree.Element(
        "header",
        {
            "creationtool": "align",
            "creationtoolversion": __version__,
            "segtype": segtype,
            "o-tmf": "align",
            "adminlang": "en",
            "srclang": srclang,
            "datatype": "plaintext",
            "creationdate": datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ"),
        },
    )
    etree.SubElement(header, "prop", type="x-model").text = xml_text(model)
    if aligner:
        etree.SubElement(header, "prop", type="x-aligner").text = json.dumps(aligner, sort_keys=True)
    return header


def _tu(unit: AlignedUnit | StoredUnit, srclang: str) -> etree._Element:
    tu = etree.Element("tu", tuid=f"{unit.symbol}#{unit.unit}" if unit.symbol else unit.unit)
    source = unit.pivot if srclang == "*all*" else srclang
    if source not in unit.texts:
        source = next(iter(unit.texts))
    if source != srclang:
        tu.set("srclang", source)
    props = {
        **({"x-symbol": unit.symbol} if unit.symbol else {}),
        "x-unit": unit.unit,
        "x-section": unit.section.value,
        "x-link": unit.link,
        "x-confidence": f"{unit.confidence:.3f}",
    }
    if isinstance(unit, AlignedUnit) and unit.flags:
        props["x-flags"] = ";".join(unit.flags)
    for kind, value in props.items():
        etree.SubElement(tu, "prop", type=kind).text = xml_text(value)
    for lang, text in unit.texts.items():
        tuv = etree.SubElement(tu, "tuv", {_XML_LANG: lang})
        etree.SubElement(tuv, "seg").text = xml_text(text)
    return tu


def check_tmx(path: Path, *, shown_as: Path | None = None) -> TmxSummary:
    """Check that ``path`` is well-formed XML with the structure of TMX 1.4b; raise InputError if not.

    Checked: root ``<tmx version="1.4">`` holding a ``<header>`` with every required
    attribute, then a ``<body>`` of ``<tu>`` only; each ``<tu>`` is ``(note|prop)*``
    then one or more ``<tuv>``, each with an ``xml:lang``, no language twice, and one
    in ``srclang`` unless that is ``*all*``; each ``<tuv>`` is ``(note|prop)*`` then
    exactly one ``<seg>``. Read as a stream, one ``<tu>`` at a time. Errors name
    ``shown_as`` when given (the output a temporary file is written for).
    """
    name = shown_as or path
    units = 0
    languages: dict[str, None] = {}
    srclang = ""
    try:
        events = etree.iterparse(str(path), events=("start", "end"), load_dtd=False, resolve_entities=False)
        for event, element in events:
            parent = element.getparent()
            if event == "start":
                if parent is None and (element.tag != "tmx" or element.get("version") != "1.4"):
                    _bad(
                        name, f'the root is <{element.tag} version={element.get("version")!r}>, not <tmx version="1.4">'
                    )
                if element.tag == "body" and (element.getprevious() is None or element.getprevious().tag != "header"):
                    _bad(name, "<tmx> does not hold a <header> then a <body>")
                continue
            if parent is not None and parent.tag == "body" and element.tag != "tu":
                _bad(name, f"<body> holds a <{element.tag}>")
            if element.tag == "header":
                srclang = _check_header(name, element)
            elif element.tag == "tu":
                units += 1
                for lang in _check_tu(name, element, srclang, units):
                    languages.setdefault(lang)
                element.clear(keep_tail=False)
                while element.getprevious() is not None:  # keep memory flat on large files
                    del element.getparent()[0]
            elif parent is None and [child.tag for child in element] != ["header", "body"]:
                _bad(name, f"<tmx> holds {[child.tag for child in element]}, not a <header> then a <body>")
    except etree.XMLSyntaxError as exc:
        _bad(name, f"not well-formed XML ({exc})")
    return TmxSummary(path, units, list(languages), srclang)


def _check_header(path: Path, header: etree._Element) -> str:
    missing = [name for name in _HEADER_ATTRIBUTES if not header.get(name)]
    if missing:
        _bad(path, f"<header> lacks {', '.join(missing)}")
    if header.get("segtype") not in _SEGTYPES:
        _bad(path, f"<header> has segtype {header.get('segtype')!r}")
    return str(header.get("srclang"))


def _check_tu(path: Path, tu: etree._Element, srclang: str, number: int) -> list[str]:
    if tu.getparent() is None or tu.getparent().tag != "body":
        _bad(path, f"<tu> {number} is not inside <body>")
    children = [child.tag for child in tu]
    tuvs = [child for child in tu if child.tag == "tuv"]
    if (
        not tuvs
        or children[len(children) - len(tuvs) :] != ["tuv"] * len(tuvs)
        or not _notes_props(children[: -len(tuvs)])
    ):
        _bad(path, f"<tu> {number} is not (note|prop)* then <tuv>+: {children}")
    languages = []
    for tuv in tuvs:
        lang = tuv.get(_XML_LANG)
        if not lang:
            _bad(path, f"a <tuv> of <tu> {number} has no xml:lang")
        inner = [child.tag for child in tuv]
        if not inner or inner[-1] != "seg" or not _notes_props(inner[:-1]):
            _bad(path, f"<tuv xml:lang={lang!r}> of <tu> {number} is not (note|prop)* then one <seg>: {inner}")
        languages.append(str(lang))
    if len(set(languages)) != len(languages):
        _bad(path, f"<tu> {number} has a language twice: {languages}")
    unit_srclang = tu.get("srclang", srclang)
    if unit_srclang != "*all*" and unit_srclang not in languages:
        _bad(path, f"<tu> {number} has no <tuv> in its source language {unit_srclang!r}")
    return languages


def _notes_props(tags: list[str]) -> bool:
    return all(tag in ("note", "prop") for tag in tags)


def _bad(path: Path, problem: str) -> None:
    raise InputError(f"{path} is not valid TMX 1.4b: {problem}")
