"""Spans of a version left in the pivot's language (`Rights Council`, `Fundamental Freedoms`).

Machine translation leaves source text behind inside otherwise translated
sentences, most often in capitalised names (`Office of the United Nations High
Commissaris`). Whole-paragraph language identification cannot see a two-word
span, so this works at span level. A candidate is a run of words that stands,
in that order, in the pivot text (read as runs of shared word bigrams) and that
the language identifier (lingua, restricted to the languages of the alignment)
scores as the pivot's language.

Official translations keep names in the original too (`Human Rights Watch`,
`New York`, the English title of a report), and the two look alike. What tells a
left-over apart is one of:

- *partial*: the span is a fragment of a longer capitalised name in the pivot,
  the rest of which was translated (`mens Rights Council` for "Human Rights
  Council"; `... High Commissaris`); translators keep names whole;
- *number*: the span spells a number (`Seventy-first Session`); ordinals in
  names of sessions and committees are always translated;
- *elsewhere*: the same phrase is translated in another unit of the alignment
  (`fundamental freedoms` is `fundamentele vrijheden` everywhere else);
- *running text*: the span has lower-case content words (`due diligence`): not a
  name; a warning, since some loanwords stay. Information only where the span
  opens with two capitalised words inside a sentence: the name of a body kept in
  its language, lower-case words and all (`National Youth Consortium on the
  post-2015 development agenda`).

Never flagged: acronyms, numbers and symbols (not words here), Latin phrases
(`inter alia`), quoted titles, and spans of fewer than two content words.

A version checked on its own (:func:`align.one_version`) has no pivot to share spans
with, and English is what machine translation leaves behind. Its capitalised names are
read word by word against the word lists (:mod:`align.qa.wordlist`): a name that spells
a number in English and not in the version's language (`Seventy-first Session`), or
that holds two English words and one of the version's own (`United Nations High
Commissaris`), is a warning. A name all in English (`Human Rights Watch`) is a name
kept, and says nothing. On the 4,000 French lines of the UNPC devset, the French texts
of the corpus and the Dutch UDHR, each alone: nothing; on the Dutch 72/247 alone: its
two sessions in English and the half-translated High Commissioner.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib.metadata import version

import numpy as np
from lingua import IsoCode639_1, Language, LanguageDetector, LanguageDetectorBuilder

from align.embed.cache import cached_answers
from align.model import Alignment, Finding, Severity, Unit
from align.qa import wordlist
from align.qa.base import Check, QAContext, versions
from align.qa.quantities import quantities
from align.qa.tokens import Word, fold, opens_sentence, words

#: Latin phrases that UN texts keep in every language.
LATIN = frozenset(
    """inter alia|ad hoc|mutatis mutandis|de facto|de jure|bona fide|ex officio|per se|prima facie|
    sui generis|vice versa|a priori|a posteriori|status quo|in situ|ex post facto|erga omnes|jus cogens|
    habeas corpus|pro bono|et al|ibid|ibidem|op cit|sine die|ad interim|in absentia|ex gratia|pro rata|
    ultra vires|in extenso|ad referendum|motu proprio|persona non grata|non bis in idem|ne bis in idem|
    in limine|amicus curiae|inter se|per capita|modus operandi|ratione materiae|ratione personae|
    ratione temporis|ratione loci|in camera|lex specialis|de lege ferenda|in fine|proprio motu|de novo|ab initio|
    ex ante|ex post|in toto|inter partes|pacta sunt servanda""".replace("\n", "").split("|")
)
#: Lower-case words that prove nothing at the edge of a span.
CONNECTORS = frozenset(
    "of the and for on in to de du des la le les et pour sur d' l' van het en voor der op".split()
)
#: Lower-case words that may stand inside one capitalised name (`Office of the United
#: Nations`); not `and`, which joins two names (`Philadelphia and New York`).
NAME_LINKS = frozenset("of the for on de du des la le les pour sur d' l' van het voor der op".split())
#: The most lower-case words that end a name kept in its language (`on the post-2015 development agenda`).
_NAME_TAIL = 4
#: A version alone: a word reads as English when the English list has it at least once in a million words
#: and ten times as often as the version's (`United`, `High`; web text has English in every list) ...
ALONE_ENGLISH = (1e-6, 10.0)
#: ... and as the version's own when its list has it thirty times as often as the English one (`Commissaris`).
ALONE_OWN = (3e-7, 30.0)
#: Lingua's confidence for the pivot language from which a shared span is a candidate.
MIN_CONFIDENCE = 0.7
#: From this confidence a span that is a name fragment, a number or translated elsewhere is an error.
ERROR_CONFIDENCE = 0.9
_QUOTES = re.compile(r"[\"“«]|<<")
_CLOSING_QUOTES = re.compile(r"[\"”»]|>>")


@dataclass(frozen=True)
class Untranslated:
    start: int
    end: int
    confidence: float  # lingua's, for the pivot language
    reason: str  # "partial", "number", "elsewhere", "running text", "name" (info: a name with lower-case words)
    evidence: str  # the pivot's phrase


class UntranslatedCheck(Check):
    name = "untranslated"
    description = "spans of a version left in the language of the pivot"
    severity = Severity.ERROR
    alone = True  # English names left in a version alone, read by the word lists

    def run(self, alignment: Alignment, context: QAContext) -> list[Finding]:
        if len(alignment.languages) == 1:
            return self._alone(alignment)
        # The whole alignment is needed to know what is translated elsewhere.
        languages = tuple(sorted(alignment.languages))
        if _lingua(languages) is None:
            return []
        findings = []
        folded = {
            language: [(u, fold(u.texts.get(alignment.pivot, "")), fold(u.texts.get(language, ""))) for u in alignment.units]
            for language in alignment.languages
        }
        common = _common_words(alignment)
        for unit in alignment.units:
            for language, text, pivot_text in versions(unit, alignment):
                context = _Context(common, _translated_elsewhere(folded[language], unit))
                for span in untranslated_spans(text, pivot_text, alignment.pivot, languages, context):
                    findings.append(self._finding(unit, alignment, language, text, span))
        return findings

    def _alone(self, alignment: Alignment) -> list[Finding]:
        """English names left in a version checked on its own (see the module's docstring)."""
        language = alignment.pivot
        if language == "en" or not (wordlist.supports(language) and wordlist.supports("en")):
            return []
        findings = []
        for unit in alignment.units:
            text = unit.texts.get(language, "")
            for name in _names(text):
                span = text[name[0].start:name[-1].end]
                keys = [w.key for w in name if w.key not in NAME_LINKS]
                english = [k for k in keys if _reads(k, "en", language, ALONE_ENGLISH)]
                own = [k for k in keys if _reads(k, language, "en", ALONE_OWN)]
                if english and _spells_a_number(span, "en") and not _spells_a_number(span, language):
                    reason = "number"
                elif len(english) >= 2 and own:
                    reason = "partial"
                else:
                    continue
                findings.append(
                    self.finding(
                        unit, alignment, [language],
                        f"left in en ({reason}, read by word lists, no pivot beside it): {span!r}", span,
                        severity=Severity.WARNING,
                    )
                )
        return findings

    def _finding(self, unit: Unit, alignment: Alignment, language: str, text: str, span: Untranslated) -> Finding:
        excerpt = text[span.start:span.end]
        severe = span.reason not in {"running text", "name"} and span.confidence >= ERROR_CONFIDENCE
        severity = Severity.INFO if span.reason == "name" else Severity.ERROR if severe else Severity.WARNING
        return self.finding(
            unit, alignment, [alignment.pivot, language],
            f"left in {alignment.pivot} ({span.reason}, {span.confidence:.0%} {alignment.pivot}): {excerpt!r}",
            excerpt, span.evidence, severity=severity,
        )


@dataclass(frozen=True)
class _Context:
    """What the rest of the alignment says about a candidate span."""

    common: frozenset[str]  # words the pivot writes in lower case somewhere: not names
    translated_elsewhere: Callable[[str], bool]


def untranslated_spans(
    text: str, pivot_text: str, pivot: str, languages: tuple[str, ...], context: _Context
) -> list[Untranslated]:
    """The spans of ``text`` left in the ``pivot`` language, in order, not overlapping;
    ``languages`` are the alignment's, sorted, all known to lingua (:func:`_lingua`)."""
    tokens, pivot_tokens = words(text), words(pivot_text)
    spans: list[Untranslated] = []
    for i, j in _shared_runs(tokens, pivot_tokens):
        run = _trim(tokens[i:j])
        if not run or _latin(run) or _quoted(text, run[0].start) or _address(text, run):
            continue
        core = text[run[0].start:run[-1].end]
        a, b = _widen(text, tokens, tokens.index(run[0]), tokens.index(run[-1]))
        evidence = _pivot_phrase(run, pivot_text, pivot_tokens)
        reason = _reason(run, core, text[tokens[a].start:tokens[b].end], evidence, pivot, context)
        if reason == "running text" and _opens_with_name(text, run):
            reason = "name"
        if reason is None:
            continue
        # Lingua is asked last, so that its detector is built only when a span needs it.
        confidence = pivot_confidence(core, languages, pivot)
        if not _reads_as_pivot(run, reason, confidence, context):
            continue
        start, end = tokens[a].start, tokens[b].end
        if spans and start < spans[-1].end:
            continue
        spans.append(Untranslated(start, end, confidence, reason, evidence))
    return spans


def _reason(run: Sequence[Word], core: str, span: str, evidence: str, pivot: str, context: _Context) -> str | None:
    """Why the shared span would be a left-over rather than a name kept on purpose, or None."""
    if any(not w.capitalised for w in run if w.key not in CONNECTORS):
        return "running text"
    if any(q.kind == "number" for q in quantities(core, pivot)):
        return "number"
    if len(words(evidence)) > len(run) and fold(span) != fold(evidence):
        return "partial"
    if context.translated_elsewhere(core):
        return "elsewhere"
    return None


def _opens_with_name(text: str, run: Sequence[Word]) -> bool:
    """Whether a run with lower-case words opens, inside a sentence, with two capitalised
    words and ends with a few lower-case ones: the name of a body kept in its own
    language, lower-case words and all (`au nom du National Youth Consortium on the
    post-2015 development agenda`). A sentence left untranslated starts at a sentence
    boundary; a name stands inside one, and does not go on into capitals again
    (`United Nations Office on Drugs and Crime to provide technical assistance to States`)."""
    strong = [w for w in run if not _weak(w)]
    if opens_sentence(text, run[0].start) or len(strong) < 2 or not (strong[0].capitalised and strong[1].capitalised):
        return False
    tail = [w.capitalised for w in strong[2:]]
    first_lower = tail.index(False) if False in tail else len(tail)
    return not any(tail[first_lower:]) and len(tail) - first_lower <= _NAME_TAIL


def _reads_as_pivot(run: Sequence[Word], reason: str, confidence: float, context: _Context) -> bool:
    """Whether the span reads as the pivot's language, as it must to be a left-over.

    A capitalised span counts only when one of its words is a common word of the
    pivot (written in lower case somewhere in it), or the identifier is sure of it.
    `Rights Council` and `Office of the United Nations High` do; `Halefom Moges`
    after a translated `Major General` does not.
    """
    if confidence < MIN_CONFIDENCE:
        return False
    if reason in {"running text", "name"} or confidence >= ERROR_CONFIDENCE:
        return True
    return any(w.key in context.common for w in run if w.key not in CONNECTORS)


def _names(text: str) -> list[Sequence[Word]]:
    """The capitalised names of ``text`` of two strong words or more, as :func:`_widen` makes them, not
    quoted, not a Latin phrase, not in an address."""
    tokens = words(text)
    names: list[Sequence[Word]] = []
    k = 0
    while k < len(tokens):
        if not tokens[k].capitalised or _weak(tokens[k]):
            k += 1
            continue
        _, end = _widen(text, tokens, k, k)
        run = _trim(tokens[k:end + 1])
        if run and not _latin(run) and not _quoted(text, run[0].start) and not _address(text, run):
            names.append(run)
        k = end + 1
    return names


def _reads(key: str, language: str, other: str, bar: tuple[float, float]) -> bool:
    """Whether ``key`` (each part of it, between hyphens) is a word of ``language`` rather than of ``other``:
    at least ``bar[0]`` per word of running text in its list, and ``bar[1]`` times as often as in ``other``'s."""
    parts = [p for p in key.split("-") if p]
    return bool(parts) and all(
        wordlist.frequency(p, language) >= bar[0] and wordlist.frequency(p, language) >= bar[1] * wordlist.frequency(p, other)
        for p in parts
    )


def _spells_a_number(span: str, language: str) -> bool:
    return any(q.kind == "number" for q in quantities(span, language))


def _common_words(alignment: Alignment) -> frozenset[str]:
    """The words the pivot writes in lower case in some unit."""
    return frozenset(
        w.key for unit in alignment.units for w in words(unit.texts.get(alignment.pivot, "")) if not w.capitalised
    )


def _translated_elsewhere(folded: list[tuple[Unit, str, str]], unit: Unit) -> Callable[[str], bool]:
    """Whether the other units mostly translate a phrase of the pivot rather than keep it.

    ``folded`` holds each unit with its pivot and version text, folded once.
    """
    def test(phrase: str) -> bool:
        key = fold(phrase)
        pattern = re.compile(rf"(?<!\w){re.escape(key)}(?!\w)")
        kept = translated = 0
        for other, source, target in folded:
            if other is not unit and target and key in source and pattern.search(source):
                if pattern.search(target):
                    kept += 1
                else:
                    translated += 1
        return translated > kept
    return test


def _shared_runs(tokens: Sequence[Word], pivot: Sequence[Word]) -> list[tuple[int, int]]:
    """Maximal runs ``[i, j)`` of ``tokens`` whose consecutive pairs are all pivot bigrams."""
    bigrams = {(a.key, b.key) for a, b in zip(pivot, pivot[1:], strict=False)}
    runs, start = [], None
    for k in range(len(tokens) - 1):
        if (tokens[k].key, tokens[k + 1].key) in bigrams:
            start = k if start is None else start
        elif start is not None:
            runs.append((start, k + 1))
            start = None
    if start is not None:
        runs.append((start, len(tokens)))
    return runs


def _weak(word: Word) -> bool:
    """Words that prove nothing alone: acronyms, single letters, connectors, Latin."""
    return _acronym(word) or len(word.text) == 1 or word.key in CONNECTORS or word.key in LATIN


def _trim(run: Sequence[Word]) -> Sequence[Word]:
    """The run without weak words at its edges; empty when fewer than two strong words remain."""
    while run and _weak(run[0]):
        run = run[1:]
    while run and _weak(run[-1]):
        run = run[:-1]
    return run if sum(not _weak(w) for w in run) >= 2 else []


def _acronym(word: Word) -> bool:
    return len(word.text) >= 2 and word.text.isupper()


def _latin(run: Sequence[Word]) -> bool:
    """Whether the run is a Latin phrase, with at most one other word around it."""
    rest = f" {' '.join(w.key.replace('.', '') for w in run)} "
    for phrase in LATIN:
        rest = rest.replace(f" {phrase} ", " ")
    return sum(key not in CONNECTORS for key in rest.split()) < 2


def _address(text: str, run: Sequence[Word]) -> bool:
    """Whether the run is part of a web or e-mail address (`www.unpog.org`). A slash alone joins words
    (`human immunodeficiency virus/acquired immunodeficiency syndrome`, `and/or`)."""
    return any(text[w.end:w.end + 1] in {".", "@"} and text[w.end + 1:w.end + 2].isalnum() for w in run)


def _quoted(text: str, offset: int) -> bool:
    """Whether ``offset`` is inside quotation marks (a title cited as published)."""
    before = text[:offset]
    return len(_QUOTES.findall(before)) > len(_CLOSING_QUOTES.findall(before)) or before.count('"') % 2 == 1


def _widen(text: str, tokens: Sequence[Word], i: int, j: int) -> tuple[int, int]:
    """Widen ``[i, j]`` to the capitalised name around it.

    Capitalised words joined by single spaces belong to the name, and so do
    :data:`NAME_LINKS` between two of them (`Office of the United Nations`); acronyms,
    single letters and Latin words (`Ibid.`) do not.
    """
    def name_word(w: Word) -> bool:
        return w.capitalised and not _weak(w)

    def spaced(a: int, b: int) -> bool:
        return all(text[tokens[k].end:tokens[k + 1].start] == " " for k in range(a, b))

    def reach(k: int, step: int) -> int:
        n = k + step
        while 0 <= n < len(tokens) and tokens[n].key in NAME_LINKS:
            n += step
        ok = 0 <= n < len(tokens) and name_word(tokens[n]) and spaced(min(k, n), max(k, n))
        return n if ok else k

    if name_word(tokens[j]):
        while (n := reach(j, 1)) != j:
            j = n
    if name_word(tokens[i]):
        while (n := reach(i, -1)) != i:
            i = n
    return i, j


def _pivot_phrase(run: Sequence[Word], pivot_text: str, pivot: Sequence[Word]) -> str:
    """The pivot's words that the run repeats, widened to the capitalised name they sit in."""
    keys = [w.key for w in run]
    for p in range(len(pivot) - len(keys) + 1):
        if [w.key for w in pivot[p:p + len(keys)]] == keys:
            a, b = _widen(pivot_text, pivot, p, p + len(keys) - 1)
            return pivot_text[pivot[a].start:pivot[b].end]
    return ""


def _language(code: str) -> Language:
    return Language.from_iso_code_639_1(getattr(IsoCode639_1, code.upper()))


def _lingua(codes: tuple[str, ...]) -> list[Language] | None:
    """Lingua's languages for these codes; None when it lacks one, or when fewer than two remain."""
    try:
        chosen = [_language(code) for code in codes]
    except AttributeError:
        return None
    return chosen if len(set(chosen)) >= 2 else None


class PivotConfidence:
    """Lingua's confidence that a text is in ``pivot`` (among ``codes``), as a one-number vector.

    Loading lingua's models takes a third of a second, as long as all the rest of a
    cached `align view`; its answers, like the embeddings, depend only on the text and
    the model, so the embedding cache keeps them (:func:`pivot_confidence`) and a
    second run over the same documents loads no models at all. Answers are float32
    whether computed or cached, so that a first and a second run agree to the bit.
    """

    dimension = 1

    def __init__(self, codes: tuple[str, ...], pivot: str) -> None:
        self.codes, self.pivot = codes, pivot
        self.signature = f"lingua {version('lingua-language-detector')} confidence of {pivot} among {','.join(codes)}"

    def embed(self, texts: Sequence[str], role: str = "passage") -> np.ndarray:
        detector, target = _detector(self.codes), _language(self.pivot)
        return np.array([[detector.compute_language_confidence(t, target)] for t in texts], dtype=np.float32)


def pivot_confidence(text: str, codes: tuple[str, ...], pivot: str) -> float:
    """Lingua's confidence that ``text`` is in ``pivot``, from the cache when it can."""
    return float(cached_answers(_confidence_of(codes, pivot), [text])[0, 0])


@lru_cache(maxsize=8)
def _confidence_of(codes: tuple[str, ...], pivot: str) -> PivotConfidence:
    return PivotConfidence(codes, pivot)  # one a pair: its signature reads lingua's metadata


@lru_cache(maxsize=8)
def _detector(codes: tuple[str, ...]) -> LanguageDetector:
    """A lingua detector for exactly these languages (ones :func:`_lingua` knows).

    Built when a span first needs it rather than for every alignment: loading its
    models takes a third of a second, which versions with nothing left over never need.
    """
    return LanguageDetectorBuilder.from_languages(*(_lingua(codes) or [])).with_preloaded_language_models().build()
