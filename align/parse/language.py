"""Language identification, and the split of a file that holds several versions.

The identifier is lingua, whose models ship inside its wheel (nothing to
download). A file such as 72/247 (English, then a Dutch machine translation) is
cut where the language of its long blocks changes for good; short blocks between
two versions (a symbol line, `Verenigde Naties`) go with the version that follows,
since they open its header.

Loading lingua's models takes 0.1 s at the first text, as long as parsing a
resolution. Its answers depend only on the text and lingua's version, so the
embedding cache keeps them as it keeps a model's vectors (:class:`Confidences`),
and a second run over the same file loads no models.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from align.parse.furniture import furniture_kind
from align.parse.header import ORGAN
from align.parse.lines import Line

if TYPE_CHECKING:
    import numpy as np

#: Languages the parser knows the conventions of; others are refused with a clear error.
SUPPORTED = ("en", "fr", "nl", "es", "de")
NAMES = {
    "en": "English", "fr": "French", "nl": "Dutch", "es": "Spanish", "de": "German",
    "it": "Italian", "pt": "Portuguese", "ru": "Russian", "ar": "Arabic", "zh": "Chinese",
}
_MIN_LETTERS = 40  # blocks shorter than this are too short to identify reliably
_MIN_VERSION_BLOCKS = 4  # fewer long blocks than this in one language is a quotation, not a version
#: The versions of one text are of a length: a run with less than this share of the longest
#: run's letters is no version (a translation is 0.8 to 1.3 times its original's length).
_MIN_VERSION_SHARE = 0.25
_MIN_SHORT_LETTERS = 8  # a short block between two versions is read for its language from this many letters
_MAX_BLOCK_LINES = 30  # more lines than this between blank lines is no paragraph (1,500 characters at 50 a line)


#: Lingua's mode, which the cached answers' signature names (:class:`Confidences`): change it
#: with :func:`_detector`. Low accuracy loads in 0.2 s instead of 2.6 s; whole blocks of a
#: resolution are long enough for it, and a version is a run of many blocks, so one misread
#: block changes nothing.
_MODE = "low-accuracy"


@lru_cache(maxsize=1)
def _detector():
    from lingua import Language, LanguageDetectorBuilder

    languages = [getattr(Language, name.upper()) for name in NAMES.values()]
    return LanguageDetectorBuilder.from_languages(*languages).with_low_accuracy_mode().build()


def is_language_code(code: str) -> bool:
    """Whether ``code`` is an ISO 639-1 code of a language the identifier knows (75 of them)."""
    from lingua import IsoCode639_1

    try:
        IsoCode639_1.from_str(code)
    except ValueError:
        return False
    return True


def identify(text: str) -> str | None:
    """ISO 639-1 code of the language of `text`, or None when it cannot be told."""
    return identify_all([text])[0]


def identify_all(texts: Sequence[str]) -> list[str | None]:
    """:func:`identify` for each text, with one cache lookup for all."""
    if not texts:
        return []  # no question, no cache file
    return [_most_likely(row) for row in _confidences([text[:400] for text in texts])]


def _most_likely(confidences: np.ndarray) -> str | None:
    """The language of the highest confidence; None when two tie (all are 0 when lingua finds
    no language), as lingua's ``detect_language_of`` answers. Decided on the cached float32
    values, so that a first run and a second agree."""
    ranked = sorted(zip(confidences.tolist(), NAMES), reverse=True)
    (best, code), (second, _) = ranked[0], ranked[1]
    return code if best != second else None


class Confidences:
    """Lingua's confidence that a text is in each language of :data:`NAMES`, in that order: the
    identifier's answer as a vector, for :func:`~align.embed.cache.cached_answers`."""

    dimension = len(NAMES)

    def __init__(self) -> None:
        from importlib.metadata import version

        self.signature = f"lingua {version('lingua-language-detector')} {_MODE} confidences over {','.join(NAMES)}"

    def embed(self, texts: Sequence[str], role: str = "passage") -> np.ndarray:
        import numpy as np

        rows = np.zeros((len(texts), len(NAMES)), dtype=np.float32)
        codes = list(NAMES)
        for row, text in zip(rows, texts):
            for value in _detector().compute_language_confidence_values(text):
                row[codes.index(value.language.iso_code_639_1.name.lower())] = value.value
        return rows


def _confidences(texts: list[str]) -> np.ndarray:
    """:class:`Confidences` of ``texts``, from the cache when it can."""
    from align.embed.cache import cached_answers

    return cached_answers(_model(), texts)


@lru_cache(maxsize=1)
def _model() -> Confidences:
    return Confidences()  # once: its signature reads lingua's metadata


@dataclass
class _Run:
    """Consecutive long blocks identified as one language."""

    language: str
    start: int
    end: int
    blocks: int
    letters: int


@dataclass
class VersionSpan:
    """A run of lines holding one language version."""

    language: str
    start: int  # index of the first line
    end: int  # index after the last line


def _blocks(lines: list[Line]) -> list[tuple[int, int, str]]:
    """The runs of lines between blank lines; a run longer than any paragraph's, as in text
    copied without blank lines, is taken line by line, since a version can only change
    between blocks."""
    blocks, start = [], None
    for i, line in enumerate(lines + [Line(0, "", "")]):
        if line.blank and start is not None:
            if i - start > _MAX_BLOCK_LINES:
                blocks.extend((j, j + 1, lines[j].plain) for j in range(start, i))
            else:
                blocks.append((start, i, " ".join(lines[j].plain for j in range(start, i))))
            start = None
        elif not line.blank and start is None:
            start = i
    return blocks


def _boundary(
    lines: list[Line], blocks: list[tuple[int, int, str]], after: int, before: int, previous: str, following: str
) -> int:
    """The line where the version in ``following`` begins, between the end of the last long
    block of the version before it (``after``) and its own first long block (``before``).

    Short blocks there go with the version that follows, since they open its header (the
    banner, the symbol), except those that still read as ``previous``, up to the first that
    reads as ``following``: a last operative paragraph too short to identify (`20. Decides to
    remain seized of the matter.`) and the closing (`76th plenary meeting`) end their version.
    """
    boundary = after
    for start, end, text in blocks:
        if start < after or end > before:
            continue
        if _opens_a_header(lines[start]):
            break  # the banner, the symbol, the organ: the next version's header, in whatever language
        if len(re.findall(r"[^\W\d_]", text)) < _MIN_SHORT_LETTERS:
            continue
        language = _reads_as(text, previous, following)
        if language == following:
            break
        if language == previous:
            boundary = end
    return boundary


def _opens_a_header(line: Line) -> bool:
    """Whether a short block opens with a line a header opens with: a machine translation may
    leave it in the language of the version before (`United Nations`, `General Assembly`)."""
    return furniture_kind(line) in {"banner", "symbol", "distribution"} or bool(ORGAN.match(line.plain.strip()))


def _reads_as(text: str, one: str, other: str) -> str | None:
    """Which of two languages a short text is in, when it clearly is in one of them. Read on
    the cached float32 confidences: one exactly twice the other may round either way."""
    row = dict(zip(NAMES, _confidences([text])[0].tolist()))
    confidence = {code: row[code] for code in (one, other) if code in NAMES}
    for code, value in confidence.items():
        if value >= 0.5 and all(value >= 2 * v for c, v in confidence.items() if c != code):
            return code
    return None


def split_versions(lines: list[Line]) -> list[VersionSpan]:
    """Cut the lines of a file into its language versions, in file order."""
    blocks = _blocks(lines)
    measured = [(start, end, text, len(re.findall(r"[^\W\d_]", text))) for start, end, text in blocks]
    measured = [block for block in measured if block[3] >= _MIN_LETTERS]
    languages = identify_all([text for _, _, text, _ in measured])
    long_blocks = [  # (start, end, language, letters)
        (start, end, language, letters)
        for (start, end, _, letters), language in zip(measured, languages, strict=True)
        if language
    ]
    if not long_blocks:
        return [VersionSpan("und", 0, len(lines))]

    runs: list[_Run] = []
    for start, end, language, letters in long_blocks:
        if runs and runs[-1].language == language:
            runs[-1].end, runs[-1].blocks, runs[-1].letters = end, runs[-1].blocks + 1, runs[-1].letters + letters
        else:
            runs.append(_Run(language, start, end, 1, letters))
    # A run too short to be a version is a quotation or misread lines (front matter, titles of
    # reports in English in a French text, web addresses): left out, the shortest first, so that
    # the runs of one language it interrupted join up again. Merged into a neighbour instead,
    # misread lines at the top of a version could add up to a version of their own.
    while len(runs) > 1:
        largest = max(run.letters for run in runs)
        k = min(range(len(runs)), key=lambda i: runs[i].letters)
        if runs[k].blocks >= _MIN_VERSION_BLOCKS and runs[k].letters >= _MIN_VERSION_SHARE * largest:
            break
        del runs[k]
        for i in range(len(runs) - 1, 0, -1):
            if runs[i].language == runs[i - 1].language:
                previous = runs[i - 1]
                previous.end, previous.blocks, previous.letters = runs[i].end, previous.blocks + runs[i].blocks, previous.letters + runs[i].letters
                del runs[i]

    spans = []
    for k, run in enumerate(runs):
        lang, start = run.language, run.start
        if k == 0:
            start = 0
        else:
            previous_long = [e for s, e, _, _ in long_blocks if e <= start and s >= runs[k - 1].start]
            after = max(previous_long) if previous_long else start
            start = _boundary(lines, blocks, after, start, runs[k - 1].language, lang)
        spans.append(VersionSpan(lang, start, len(lines)))
        if k:
            spans[k - 1].end = start
    return spans
