"""Link precision, recall and F1: how an alignment is scored against a gold one.

A link is a pair (pivot paragraph, other paragraph) that share a unit; a 2-1 unit holds
two such pairs, a 1-0 unit none. This is the usual measure for sentence aligners, and
it charges a wrong merge or a missed split one pair each, not a whole unit.

Gold alignments (``tests/data/gold/*.jsonl``, described in the README there) name
paragraphs by their *openings*, the first words as printed, not by the parser's ids, so
that they were written by reading the documents and stay valid when the parser changes.
:func:`gold_pairs` resolves them to the ids of a parsed document and fails loudly when an
opening starts no paragraph or several: the gold and the parser are checked against each
other every time a score is computed.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Hashable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from align.aligner.dp import Step
from align.aligner.segments import Segment, segments
from align.model import Alignment, Document, Paragraph, Section, SourceSpan, Unit


@dataclass(frozen=True)
class Score:
    precision: float
    recall: float
    f1: float


def step_pairs(steps: Iterable[Step]) -> set[tuple[int, int]]:
    """The links of a path as (pivot position, other position) pairs."""
    return {(i, j) for step in steps for i in step.pivot for j in step.other}


def unit_pairs(units: Iterable[Unit], pivot: str, other: str) -> set[tuple[str, str]]:
    """The links of an alignment between two of its languages, as paragraph id pairs."""
    return {(a, b) for unit in units for a in unit.paragraphs.get(pivot, []) for b in unit.paragraphs.get(other, [])}


def link_score(predicted: set[Hashable], gold: set[Hashable]) -> Score:
    """Precision, recall and F1 of predicted links; two empty sets score 1."""
    if not predicted and not gold:
        return Score(1.0, 1.0, 1.0)
    hits = len(predicted & gold)
    precision = hits / len(predicted) if predicted else 0.0
    recall = hits / len(gold) if gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if hits else 0.0
    return Score(precision, recall, f1)


# --------------------------------------------------------------------------- gold files


class GoldError(ValueError):
    """A gold file is malformed, or it and a parsed document disagree about a paragraph."""


#: Keys of a gold line that are not language codes.
_GOLD_FIELDS = frozenset({"section", "number", "key", "note"})


@dataclass(frozen=True)
class GoldLink:
    """One line of a gold file: the paragraphs of each version that correspond, by their openings.

    ``openings[lang]`` lists, in order, the openings of that version's paragraphs in the
    link; an empty tuple means the version has nothing here (a 1-0 link).
    """

    section: Section
    number: str | None
    openings: dict[str, tuple[str, ...]]
    line: int  # 1-based line in the gold file, for error messages
    note: str = ""


@dataclass(frozen=True)
class GoldPlace:
    """Where an opening falls in a parsed document: its top-level paragraph and its leaf segment.

    ``leaf`` is the sub-paragraph's id (`art11.2`) for an opening that starts a
    sub-paragraph, else the paragraph's own id (a chapeau shares its paragraph's id).
    """

    top: str
    leaf: str


def load_gold(path: str | Path) -> list[GoldLink]:
    """The links of a gold file, in file order; a malformed line raises :class:`GoldError`."""
    links = []
    for number, line in enumerate(Path(path).read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        where = f"{path}:{number}"
        try:
            record = json.loads(line)
            section = Section(record["section"])
        except (json.JSONDecodeError, KeyError, ValueError) as exc:
            raise GoldError(f"{where}: not a gold link ({exc})") from None
        openings = {key: value for key, value in record.items() if key not in _GOLD_FIELDS}
        if not openings or not all(
            isinstance(v, list) and all(isinstance(o, str) for o in v) for v in openings.values()
        ):
            raise GoldError(f"{where}: every language must map to a list of openings")
        links.append(
            GoldLink(
                section,
                record.get("number"),
                {lang: tuple(found) for lang, found in openings.items()},
                number,
                record.get("note", ""),
            )
        )
    return links


def gold_pairs(
    gold: Sequence[GoldLink], documents_by_language: Mapping[str, Document], pivot: str, other: str
) -> set[tuple[str, str]]:
    """The gold links between two versions as (pivot id, other id) pairs, in the ids of :func:`unit_pairs`.

    A link whose versions list as many openings as each other is made of parallel parts
    (the UDHR's numbered article parts, the HCCH's a)-c)): the n-th opening of one
    corresponds to the n-th of the other, at the level of paragraphs and, where the
    parser made sub-paragraphs of them, at the level of sub-paragraphs, as the aligner's
    sub-paragraph units list them. Any other link yields every pairing of its paragraphs,
    as a unit does: a 2-1 link two pairs. A finer pairwise alignment that a gold line's
    note spells out inside a larger unit (the UDHR's proclamation, en-fr) is not scored:
    a unit spanning three versions lists every pairing too.
    """
    return _pairs(resolve_gold(gold, documents_by_language, (pivot, other)), pivot, other)


def gold_paragraphs(gold: Sequence[GoldLink], documents_by_language: Mapping[str, Document], language: str) -> set[str]:
    """Every id of ``language`` the gold speaks about: a link to or from one of them is scored against it.

    Anything else (header fields the gold leaves out, page headings) is outside its scope.
    """
    return _ids(resolve_gold(gold, documents_by_language, (language,)), language)


def score_links(
    predicted: set[tuple[str, str]],
    gold: Sequence[GoldLink],
    documents_by_language: Mapping[str, Document],
    pivot: str,
    other: str,
) -> Score:
    """Link P/R/F1 of predicted id pairs against a gold, counting only pairs within the gold's scope.

    A predicted pair is in scope when either side is a paragraph the gold names
    (:func:`gold_paragraphs`); a pair of two paragraphs the gold leaves out (say, the
    organ lines of the masthead) is neither right nor wrong.
    """
    resolved = resolve_gold(gold, documents_by_language, (pivot, other))
    left, right = _ids(resolved, pivot), _ids(resolved, other)
    return link_score({(a, b) for a, b in predicted if a in left or b in right}, _pairs(resolved, pivot, other))


def score_alignment(alignment: Alignment, gold_path: str | Path) -> dict[str, Score]:
    """Link scores of an alignment against a gold file, per pivot–other pair the gold covers (`en-nl`)."""
    gold = load_gold(gold_path)
    covered = {lang for link in gold for lang in link.openings}
    pivot = alignment.pivot
    return {
        f"{pivot}-{other}": score_links(
            unit_pairs(alignment.units, pivot, other), gold, alignment.documents, pivot, other
        )
        for other in alignment.languages[1:]
        if pivot in covered and other in covered
    }


def _pairs(resolved: list[dict[str, list[GoldPlace]]], pivot: str, other: str) -> set[tuple[str, str]]:
    pairs: set[tuple[str, str]] = set()
    for places in resolved:
        left, right = places[pivot], places[other]
        if len(left) == len(right):
            pairs |= {pair for a, b in zip(left, right) for pair in ((a.top, b.top), (a.leaf, b.leaf))}
        else:
            pairs |= {(a.top, b.top) for a in left for b in right}
    return pairs


def _ids(resolved: list[dict[str, list[GoldPlace]]], language: str) -> set[str]:
    return {pid for places in resolved for place in places[language] for pid in (place.top, place.leaf)}


def resolve_gold(
    gold: Sequence[GoldLink], documents_by_language: Mapping[str, Document], languages: Sequence[str]
) -> list[dict[str, list[GoldPlace]]]:
    """Each link's openings as places in the documents of ``languages``, link by link.

    Raises :class:`GoldError` for an opening that starts no paragraph of its section, or
    several (see :func:`_places`).
    """
    for lang in languages:
        if lang not in documents_by_language:
            raise GoldError(f"no {lang} document to resolve the gold against: have {', '.join(documents_by_language)}")
    indexes = {lang: _index(documents_by_language[lang]) for lang in languages}
    resolved = []
    for link in gold:
        places = {}
        for lang in languages:
            if lang not in link.openings:
                raise GoldError(f"gold line {link.line} has no {lang} openings")
            places[lang] = _places(link, lang, indexes[lang].get(link.section, []), documents_by_language[lang].path)
        resolved.append(places)
    return resolved


def _index(document: Document) -> dict[Section, list[tuple[Segment, str, str]]]:
    """Per section, every segment that starts a piece of text, with its top-level id and its normalised text.

    Leaf segments are the ones whose text begins where the printed paragraph (or
    sub-paragraph) begins: plain paragraphs, chapeaux and sub-paragraphs; a paragraph's
    whole text would begin with its chapeau or first part all the same.
    """
    index: dict[Section, list[tuple[Segment, str, str]]] = {}
    for segment in segments(document):
        if segment.role.leaf:
            index.setdefault(segment.section, []).append(
                (segment, segment.parent or segment.id, normalise(segment.text))
            )
    return index


def _places(link: GoldLink, lang: str, candidates: list[tuple[Segment, str, str]], path: str) -> list[GoldPlace]:
    """Resolve one version's openings of a link, in order.

    An opening must start exactly one segment of the link's section. The one exception:
    an opening that starts none but lies inside the segment the opening before it
    resolved to is a paragraph the parser ran into its predecessor (a lost paragraph
    break); it takes that place, which leaves the link unchanged at the parser's
    granularity.
    """
    places: list[GoldPlace] = []
    for opening in link.openings[lang]:
        wanted = normalise(opening)
        where = f"gold line {link.line} ({link.section.value} {link.number or ''}), {lang} opening {opening!r}"
        if not wanted:
            raise GoldError(f"{where}: empty opening")
        found = [(segment, top) for segment, top, text in candidates if text.startswith(wanted)]
        if len(found) > 1:
            raise GoldError(f"{where} starts several paragraphs of {path}: {', '.join(s.id for s, _ in found)}")
        if found:
            segment, top = found[0]
            places.append(GoldPlace(top, segment.id))
            continue
        previous = places[-1] if places else None
        if previous is None or not any(s.id == previous.leaf and wanted in text for s, _, text in candidates):
            raise GoldError(f"{where} starts no {link.section.value} paragraph of {path}")
        places.append(previous)
    return places


_QUOTES = str.maketrans(
    {"’": "'", "‘": "'", "‛": "'", "′": "'", "`": "'", "“": '"', "”": '"', "„": '"', "«": '"', "»": '"'}
)
_DASHES = re.compile(r"[\u2010-\u2015\u2212]")
#: A label the gold leaves out of openings: `1.`, `1)`, `72/247.`, `a)`, `(iv)`.
_LABEL = re.compile(r"^(?:\(?\d+(?:[./]\d+)*[.)]|\(?[a-z]\)|\(?[ivx]{1,4}\))\s*")


def normalise(text: str) -> str:
    """Text as openings are compared: one space, plain quotes and hyphens, no accents, no case, no label.

    Accents are folded because the parser's recorded OCR repairs change some (French
    `a` to `à`) where the gold copies the text as printed; a repair that made two
    openings collide would still show as an ambiguous opening.
    """
    text = unicodedata.normalize("NFKD", text.translate(_QUOTES))
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = " ".join(_DASHES.sub("-", text).split()).casefold()
    return _LABEL.sub("", text, count=1)


# --------------------------------------------------------------------------- SDG targets


_TARGET = re.compile(r"^(\d+)-([0-9a-z]+)-title:(?:\s+(.*))?$")


def sdg_targets(path: str | Path, language: str) -> Document:
    """The SDG targets file of one language (Open SDG's `targets.<lang>.yml`) as a document.

    Each target (`1-a-title: ...`, its text folded over indented lines) becomes one
    numbered article (`1.a`): articles are numbered paragraphs with no preamble around
    them, as targets are, and the gold files list them under `article`. Only the plain
    folded scalars those files use are read; anything else (quotes, block scalars, other
    keys) raises :class:`GoldError` rather than being misread, so no YAML library is needed.
    """
    entries: list[tuple[str, list[str], int, int]] = []  # number, text parts, first and last line
    for line_number, line in enumerate(Path(path).read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        if line[0].isspace() and entries:
            number, parts, first, _ = entries[-1]
            entries[-1] = (number, [*parts, line.strip()], first, line_number)
            continue
        match = _TARGET.match(line)
        if not match or (match.group(3) or "")[:1] in {"'", '"', "|", ">"}:
            raise GoldError(f"{path}:{line_number}: not a plain `N-x-title: text` line: {line!r}")
        entries.append((f"{match.group(1)}.{match.group(2)}", [match.group(3) or ""], line_number, line_number))
    articles = [
        Paragraph(
            Section.ARTICLE, k, " ".join(filter(None, parts)), SourceSpan(str(path), first, last), number, "target"
        )
        for k, (number, parts, first, last) in enumerate(entries, start=1)
    ]
    return Document(language=language, path=str(path), articles=articles, language_source="declared")
