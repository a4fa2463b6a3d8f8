"""Glossary terms of the pivot that a version does not render as the glossary says.

UN bodies, instruments, posts and mechanisms have one official name in each
language (`Human Rights Council`, `Conseil des droits de l’homme`,
`Mensenrechtenraad`); a version that says something else has either
mistranslated the name or left part of the sentence out (`Bureau van de ECB`
where the English has "the Office of the High Commissioner"). The check reads
a glossary (the one shipped with the package, :data:`SHIPPED`, merged with the
user's `--glossary TSV`): where a term of the pivot occurs, one of the term's
variants in the other language is expected in the same unit.

Matching is deliberately tolerant, since a false alarm costs more than a miss:
case, accents, hyphens, articles, French elision and simple plural and feminine
endings are ignored (`Rapporteuse spéciale` matches `Rapporteur spécial`,
`verdragsorgaan` matches `verdragsorganen`), a few prepositions or a letter may
stand inside a term (`paix et de la sécurité internationales`), and a Dutch term
also matches inside a compound (`Wereldbank` in `Wereldbankgroep`). Longer terms
are matched first and take their words with them, on both sides: `Office of the
High Commissioner` is not answered by the `Bureau van de Hoge Commissaris` that is
part of the rendering of the longer `Office of the United Nations High
Commissioner for Human Rights` in the same paragraph.

Official translations do not always repeat a name: they refer back to the issuing
body with a pronoun (`Il rappelle` for "The Security Council recalls", `à sa
soixante-dixième session` for "at the seventieth session of the General
Assembly") and paraphrase common terms (`renforcer les capacités` for
"capacity-building"). So a missing name (a term with a capitalised word: bodies,
instruments, posts) is a warning only when the version garbles it (a span like the
term is there: `Bureau van de ECB Hoge Commissaris`) or renders it nowhere in the
alignment (the translator does not know the official name); otherwise, for a
name of one word only (`Secretariat`, `Declaration`, common nouns too) and for common
terms, it is info. A term the pivot names more often than the version renders
it is missing, as information, only where a span of two words or more like it stands
that no term renders (`transnationale ondernemingen en andere, op aan zakelijke
ondernemingen`, torn, beside a whole rendering of the second mention): a pronoun or
one word of the term for a second mention is how translations go on, and a mention
that ends a longer name is left to that name.

A name that ends a longer name the glossary lacks (`States Parties` in "Group of
Non-Aligned States Parties") is info when missing: the translation may render the
longer name whole (`Groupe des États membres du Mouvement des pays non alignés
parties`).

A name the glossary allows in several variants is still one name in one text: where a
version renders the same pivot variant in two of them (`Mensenrechtenraad` in pp4 and
op3 of 72/247, `de Raad voor de mensenrechten` in op19), the renderings unlike the one
the glossary lists first (of those the version writes) are information: a row puts its
preferred variant first, and a house glossary's order is its house style. A short form
or an acronym beside the full name (`l'Organisation`, `l'ONU` after `l'Organisation des
Nations Unies`) is how a text goes on, and is left alone.

A one-word name is a common noun too (`le secrétariat` of a
convention, `une déclaration`), so its capital is judged by the version's own habit: a
rendering in lower case inside a sentence, where the version writes it with its capital
at least :data:`CAPITALS_KEPT` times as often, is information (`de verjaardag van de
verklaring` in op16 of 72/247, `Verklaring` eleven times elsewhere).

The glossary's `source` column says where each entry was checked, its `note`
what was left out (a Dutch cell is empty where no official Dutch source was found).
"""

from __future__ import annotations

import csv
import difflib
import math
import re
import unicodedata
import warnings
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping, Sequence, Set
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path

import numpy as np
from rapidfuzz.distance import Indel

from align.errors import AlignError, AlignWarning
from align.model import Alignment, Finding, Section, Severity, Unit
from align.parse.header import ADDRESSEE
from align.parse.language import SUPPORTED
from align.qa.base import DRIFT, Check, QAContext, versions
from align.qa.tokens import COMPOUNDING, WORD, opens_sentence, words
from align.qa.userfiles import read_user_file

#: The glossary shipped with the package.
SHIPPED = Path(__file__).with_name("glossary.tsv")
#: Columns that are not languages; every other column is an ISO 639-1 code.
META_COLUMNS = ("id", "domain", "source", "note")
#: Separates the variants of a term in one cell, the preferred one first.
VARIANT_SEPARATOR = "|"
#: Articles, dropped on both sides before matching (`la Déclaration et le Programme`).
ARTICLES: dict[str, frozenset[str]] = {
    "en": frozenset({"the", "a", "an"}),
    "fr": frozenset({"le", "la", "les", "l", "un", "une"}),
    "nl": frozenset({"de", "het", "een"}),
}
#: Words that may stand inside a term in running text (`paix et de la sécurité`).
GAP_WORDS: dict[str, frozenset[str]] = {
    "en": frozenset({"of", "for", "on", "in", "and", "to"}),
    "fr": frozenset({"de", "du", "des", "a", "au", "aux", "en", "et", "pour", "sur"}),
    "nl": frozenset({"van", "voor", "in", "en", "op", "inzake"}),
}
#: The gap words and articles of every language: what a mangled name may have
#: between its words, whichever language they were left in (`Office of the United`).
_ALL_GAP_WORDS = frozenset(word for table in (GAP_WORDS, ARTICLES) for words_ in table.values() for word in words_)
#: How many of them, or of single letters, may stand between two words of a term.
_MAX_GAP = 2
#: The shortest term stem that is looked for inside a compound.
_MIN_COMPOUND_PART = 5
#: French elided words (`l’`, `d’`, `qu’`) and what they stand for; `l` is an article.
_ELISION = re.compile(r"^(l|d|j|m|n|s|t|c|qu|jusqu|lorsqu|puisqu)'(?=\w)")
#: The hyphens a word is split at, captured so that the offsets of its parts add up.
_HYPHEN = re.compile(r"([\-‐])")
#: A word of a term: letters as :mod:`align.qa.tokens` reads them, or digits (`2030 Agenda`).
_TERM_WORD = re.compile(rf"{WORD.pattern}|\d+")
#: Languages that put adjectives after the noun: an English modifier before a term
#: moves inside its rendering (:func:`_moved_modifiers`).
POSTPOSED = frozenset({"fr", "es", "it", "pt"})
#: How many times as often a version must write a one-word name with its capital for a lower-case rendering
#: of it to be reported (:meth:`TerminologyCheck._lost_capitals`).
CAPITALS_KEPT = 2
#: How many first letters two words share to be taken for cognates.
_COGNATE_PREFIX = 5
#: Punctuation a torn term does not reach across (:func:`_torn`).
_CLAUSE_BREAK = re.compile(r"[,;:.()]")
#: How close (difflib ratio of the folded spans) a span of the version must be to a
#: variant of the expected term to be shown as the most similar span.
SIMILAR = 0.75
#: ... and from how close when the span has one of the expected term's content words of
#: :data:`_SHARED_WORD` letters or more: `niet-gouvernementele actoren` where the glossary
#: wants `niet-statelijke actoren` (0.67) is the rendering to show, not "no similar span".
#: Such a span is shown only: it does not make a missing name a warning, since a common
#: word (`Conseil` of `Conseil de sécurité`) is shared by many spans that render nothing.
SIMILAR_SHARING_A_WORD = 0.6
_SHARED_WORD = 5
#: A text of more words than this is searched near a term's place only, this many words either side
#: (:func:`_search_span`): far above any paragraph of the corpus (72/247's longest has about 140).
LONG_TEXT = 600
SEARCH_RADIUS = 200


class GlossaryError(AlignError):
    """A glossary file cannot be read or is not a glossary."""


@dataclass(frozen=True)
class Entry:
    """One glossary row: the same term in each language, variants preferred first."""

    id: str
    terms: Mapping[str, tuple[str, ...]]
    domain: str = ""
    source: str = ""
    note: str = ""


@dataclass(frozen=True)
class Glossary:
    """Entries in file order; the shipped glossary first, then the user's additions."""

    entries: tuple[Entry, ...] = ()

    def __len__(self) -> int:
        return len(self.entries)


def read_glossary(path: str | Path) -> Glossary:
    """One TSV glossary: a header row naming the columns, at least two of them languages.

    Columns are `id`, `domain`, `source`, `note` and language codes (`en`, `fr`,
    `nl`, ...), in any order; only two language columns are required. Variants in
    a cell are separated by `|`. Blank lines and lines starting with `#` are skipped.
    Rows without an `id` are numbered by their line.
    """
    path = Path(path)
    text = read_user_file(path, "glossary", GlossaryError)
    rows = [
        (number, row)
        for number, row in enumerate(csv.reader(text.splitlines(), delimiter="\t", quoting=csv.QUOTE_NONE), 1)
        if row and any(cell.strip() for cell in row) and not row[0].startswith("#")
    ]
    if not rows:
        raise GlossaryError(f"{path}: the glossary is empty; give a header row (id, en, fr, ...) and one term a row")
    _, header = rows[0]
    columns = [cell.strip().lower() for cell in header]
    languages = [c for c in columns if c not in META_COLUMNS]
    bad = [c for c in languages if not re.fullmatch(r"[a-z]{2}", c)]
    if bad or len(languages) < 2:
        raise GlossaryError(
            f"{path}: the header row must name at least two language columns (ISO 639-1 codes such as en, fr, nl)"
            f" besides {', '.join(META_COLUMNS)}; found {', '.join(columns)}"
        )
    if len(set(languages) & set(SUPPORTED)) < 2:  # a column in no language align reads matches no version
        raise GlossaryError(
            f"{path}: the glossary's languages ({', '.join(languages)}) must include two that align reads "
            f"({', '.join(SUPPORTED)})"
        )
    entries = []
    for number, row in rows[1:]:
        if len(row) > len(columns):
            raise GlossaryError(f"{path}:{number}: {len(row)} tab-separated fields where the header has {len(columns)}")
        cells = dict(zip(columns, [cell.strip() for cell in row], strict=False))
        terms = {
            language: variants
            for language in languages
            if (variants := tuple(v.strip() for v in cells.get(language, "").split(VARIANT_SEPARATOR) if v.strip()))
        }
        if terms:  # one language may be enough: a row can override one cell of a shipped entry
            entries.append(
                Entry(
                    id=cells.get("id") or f"{path.name}:{number}",
                    terms=terms,
                    domain=cells.get("domain", ""),
                    source=cells.get("source", ""),
                    note=cells.get("note", ""),
                )
            )
    if not entries:
        raise GlossaryError(f"{path}: the glossary holds no term; give one term a row, in two languages or more")
    return Glossary(tuple(entries))


@lru_cache(maxsize=1)
def _shipped() -> Glossary:
    return read_glossary(SHIPPED)


def load_glossary(path: str | None) -> Glossary:
    """The shipped glossary, merged with the user's TSV at ``path`` when given.

    A user row that has the id of a shipped entry, or shares a term with one in
    some language, overrides that entry's cells for the languages it fills (a
    house style wins over the shipped default); any other user row is added when
    it has terms in two languages align reads. The rest check nothing: a warning
    names them (a house glossary being filled in), and a file of nothing else is
    refused.
    """
    shipped = _shipped()
    if path is None:
        return shipped
    entries = list(shipped.entries)
    user = read_glossary(path).entries
    idle = []
    for extra in user:
        index = next((i for i, entry in enumerate(entries) if _same_term(entry, extra)), None)
        if index is not None:
            base = entries[index]
            entries[index] = replace(base, terms={**base.terms, **extra.terms}, source=extra.source or base.source, note=extra.note or base.note)
        elif len(set(extra.terms) & set(SUPPORTED)) >= 2:
            entries.append(extra)
        else:
            idle.append(extra.id)
    if len(idle) == len(user):
        raise GlossaryError(f"{path}: no row gives a term in two languages align reads, nor overrides a shipped entry")
    if idle:
        named = ", ".join(idle[:5]) + (", ..." if len(idle) > 5 else "")
        warnings.warn(
            f"{path}: {len(idle)} row(s) with terms in fewer than two languages align reads, which check nothing ({named})",
            AlignWarning,
            stacklevel=2,
        )
    return Glossary(tuple(entries))


def _same_term(entry: Entry, other: Entry) -> bool:
    if entry.id == other.id:
        return True
    return any(
        {_fold(v) for v in variants} & {_fold(v) for v in other.terms.get(language, ())}
        for language, variants in entry.terms.items()
    )


# --------------------------------------------------------------------------- matching


@dataclass(frozen=True)
class _Token:
    word: str  # folded
    key: str  # folded and stemmed
    start: int
    end: int


@lru_cache(maxsize=1 << 16)
def _fold(text: str) -> str:
    """Case, accents and apostrophe forms removed: `États` -> `etats`, `l’homme` -> `l'homme`."""
    decomposed = unicodedata.normalize("NFKD", text.casefold().replace("’", "'"))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


@lru_cache(maxsize=1 << 16)
def _stem(key: str, language: str) -> str:
    """A folded word without the plural, feminine and possessive endings that terms take.

    Light on purpose: both sides go through the same function, so all it must do
    is bring the forms of one term together (`spéciaux`, `spéciale` -> `special`;
    `organen`, `orgaan` -> `organ`), never tell words apart.
    """
    key = key.removesuffix("'s")
    key = key.rstrip("'")
    if len(key) <= 3:
        return key
    if language == "en":
        if key.endswith("ies") and len(key) > 4:
            return key[:-3] + "y"
        return key[:-1] if key.endswith("s") and not key.endswith(("ss", "us", "is")) else key
    if language == "fr":
        if key.endswith("aux"):
            key = key[:-3] + "al"
        elif key.endswith(("s", "x")):
            key = key[:-1]
        for feminine, masculine in (("euse", "eur"), ("rice", "eur"), ("ive", "if")):
            if key.endswith(feminine) and len(key) > len(feminine) + 2:
                key = key[: -len(feminine)] + masculine
        key = key.removesuffix("ee" if key.endswith("ee") else "e")  # `envoyée`, `envoyé` -> `envoy`
        return key[:-1] if len(key) > 3 and key[-1] == key[-2] and key[-1] not in "aeiou" else key
    if language == "nl":
        if key.endswith("en") and len(key) > 5:
            key = key[:-2]
        elif key.endswith("s") and len(key) > 4:
            key = key[:-1]
        key = key.removesuffix("e")
        key = re.sub(r"(?<=[^aeiou])(aa|ee|oo|uu)(?=[^aeiou]$)", lambda m: m.group(1)[0], key)
        return key[:-1] if len(key) > 3 and key[-1] == key[-2] and key[-1] not in "aeiou" else key
    return key


def _tokens(text: str, language: str) -> list[_Token]:
    """The words of ``text`` as matched against terms: split at hyphens and elisions,
    folded, stemmed, articles left out; each with its offsets in ``text``."""
    articles = ARTICLES.get(language, frozenset())
    tokens = []
    for word in _TERM_WORD.finditer(text):
        offset = word.start()
        for part in _HYPHEN.split(word.group()):
            start, offset = offset, offset + len(part)
            if not part or part in "-‐":
                continue
            key = _fold(part)
            if language == "fr" and (m := _ELISION.match(key)):
                elided = m.group(1)
                if elided not in articles:
                    tokens.append(_Token(elided, "de" if elided == "d" else elided, start, start + len(elided)))
                key, start = key[m.end():], start + m.end()
            if key not in articles:
                tokens.append(_Token(key, _stem(key, language), start, offset))
    return tokens


@lru_cache(maxsize=1 << 12)
def _pattern(term: str, language: str) -> tuple[str, ...]:
    return tuple(t.key for t in _tokens(term, language))


@lru_cache(maxsize=16)
def _gap_keys(language: str) -> frozenset[str]:
    return frozenset(_stem(_fold(word), language) for word in GAP_WORDS.get(language, ()))


def _same(pattern_key: str, token_key: str, compounding: bool) -> bool:
    if pattern_key == token_key:
        return True
    return (
        compounding
        and len(pattern_key) >= _MIN_COMPOUND_PART
        and (token_key.startswith(pattern_key) or token_key.endswith(pattern_key))
    )


def _positions(tokens: list[_Token]) -> dict[str, list[int]]:
    """Where each key stands in ``tokens``, in order: terms are looked for from their first word."""
    positions: dict[str, list[int]] = {}
    for i, token in enumerate(tokens):
        positions.setdefault(token.key, []).append(i)
    return positions


def _starts(first: str, positions: dict[str, list[int]], compounding: bool) -> list[int]:
    """The positions, in order, of the words that ``_same`` takes for the key ``first``."""
    if not compounding or len(first) < _MIN_COMPOUND_PART:
        return positions.get(first, [])
    return sorted(i for key, at in positions.items() if key.startswith(first) or key.endswith(first) for i in at)


def _occurrences(
    pattern: tuple[str, ...],
    tokens: list[_Token],
    positions: dict[str, list[int]],
    taken: set[int],
    compounding: bool,
    gaps: frozenset[str],
) -> Iterator[range]:
    """Where ``pattern`` stands in ``tokens`` (whose :func:`_positions` are given), as
    ranges of token indices none of which is taken.

    Between two words of the pattern the text may have up to :data:`_MAX_GAP` words
    of ``gaps`` (prepositions, conjunctions), single letters or numbers: `paix et de la
    sécurité internationales`, `Point 113 b) de l’ordre du jour`. A content word
    in between breaks the match (`Bureau van de ECB Hoge Commissaris`).
    """
    end = 0
    for i in _starts(pattern[0], positions, compounding):
        if i >= end and (stop := _match_at(pattern, tokens, i, taken, compounding, gaps)) is not None:
            yield range(i, stop)
            end = stop


def _gap(key: str, gaps: frozenset[str]) -> bool:
    """Whether a word may stand inside a term: a gap word, a single letter or a number."""
    return key in gaps or len(key) == 1 or key.isdigit()


def _match_at(
    pattern: tuple[str, ...], tokens: list[_Token], i: int, taken: set[int], compounding: bool, gaps: frozenset[str]
) -> int | None:
    """The end (exclusive) of ``pattern`` matched from token ``i``, or None."""
    if i in taken or not _same(pattern[0], tokens[i].key, compounding):
        return None
    k = i + 1
    for wanted in pattern[1:]:
        skipped = 0
        while k < len(tokens) and k not in taken and not _same(wanted, tokens[k].key, compounding):
            if skipped == _MAX_GAP or not _gap(tokens[k].key, gaps):
                return None
            skipped += 1
            k += 1
        if k == len(tokens) or k in taken:
            return None
        k += 1
    return k


@dataclass(frozen=True)
class _Rule:
    """One entry compiled for a pivot and a target language."""

    entry: Entry
    source: tuple[tuple[str, ...], ...]  # the pivot's variants, as patterns
    target: tuple[tuple[str, ...], ...]  # the version's variants, as patterns
    variants: tuple[str, ...]  # ... and as the glossary writes them
    name: bool  # a proper name (some word capitalised): a warning when missing, else info
    # The pivot's one-word variants written with a capital (`Organisation`, `Secrétariat`): in lower
    # case they are common nouns (`compte tenu de l'organisation ... de chaque pays`).
    capitalised: frozenset[tuple[str, ...]] = frozenset()
    # Per pivot variant that another entry has too, word for word, that entry's renderings: with Dutch
    # as the pivot, the UDHR's `Staten, welke Lid zijn van de Verenigde Naties` is "Member States" and
    # "States Members of the United Nations", and either's rendering answers it; French `Programme
    # d'action` is the Platform for Action or a Programme of Action. Variants alike only once folded
    # (`défenseuses`, `défenseurs`) are not shared: "women" is a word to render.
    shared: tuple[tuple[tuple[str, ...], tuple[tuple[str, ...], ...]], ...] = ()


def _rules(glossary: Glossary, pivot: str, language: str) -> list[_Rule]:
    """The entries that have both languages, longest pivot term first, then longest
    rendering: `Member States` before `United Nations`, so that the UDHR's Dutch
    `Staten, welke Lid zijn van de Verenigde Naties` answers "Member States" rather than
    lose its `Verenigde Naties` to "United Nations"."""
    rules = []
    for entry in glossary.entries:
        if pivot in entry.terms and language in entry.terms:
            source = tuple(p for v in entry.terms[pivot] if (p := _pattern(v, pivot)))
            orders = _word_orders(entry.terms[language], language)
            targets = [(v, p) for v, written in orders if (p := _pattern(written, language))]
            target, variants = tuple(p for _, p in targets), tuple(v for v, _ in targets)
            if source and target:
                name = any(w.capitalised for v in entry.terms[pivot] for w in words(v))
                capitalised = frozenset(
                    _pattern(v, pivot) for v in entry.terms[pivot] if len(found := words(v)) == 1 and found[0].capitalised
                )
                rules.append(_Rule(entry, source, target, variants, name, capitalised))
    variants = {rule.entry.id: {v.casefold() for v in rule.entry.terms[pivot]} for rule in rules}
    rules = [replace(rule, shared=_shared_variants(rule, rules, pivot, variants)) for rule in rules]
    return sorted(rules, key=lambda r: (-max(len(p) for p in r.source), -max(len(p) for p in r.target)))


#: A Dutch relative clause whose verb closes it after a `van` phrase (`Staten die Lid van de Verenigde
#: Naties zijn`), which Dutch may as well put after the verb (`Staten die lid zijn van de Verenigde Naties`).
_VERB_LAST = re.compile(r"^(?P<head>.+ (?:die|welke) \w+) (?P<phrase>van .+) (?P<verb>zijn|is)$")


def _word_orders(variants: tuple[str, ...], language: str) -> list[tuple[str, str]]:
    """Each of ``variants`` as ``(variant, how it may be written)``: as the glossary writes it and, in Dutch,
    with its relative clause in the other order (:data:`_VERB_LAST`), which is still that variant (messages
    name it, and one name throughout is not broken by it)."""
    written = [(v, v) for v in variants]
    if language == "nl":
        written += [(v, f"{m['head']} {m['verb']} {m['phrase']}") for v in variants if (m := _VERB_LAST.match(v))]
    return written


def _shared_variants(
    rule: _Rule, rules: list[_Rule], pivot: str, variants: dict[str, set[str]],
) -> tuple[tuple[tuple[str, ...], tuple[tuple[str, ...], ...]], ...]:
    """For each pivot variant of ``rule`` that another entry has word for word, that entry's renderings
    (``variants``: each entry's pivot variants, case-folded)."""
    shared = []
    for variant in rule.entry.terms[pivot]:
        key = variant.casefold()
        others = tuple(p for other in rules if other is not rule and key in variants[other.entry.id] for p in other.target)
        if others and (pattern := _pattern(variant, pivot)):
            shared.append((pattern, others))
    return tuple(shared)


@dataclass(frozen=True)
class Missing:
    """A pivot term whose expected rendering the version lacks."""

    entry: Entry
    name: bool
    term: str  # as it stands in the pivot text
    closest: str  # the span of the version most like the expected term or the pivot's, or ""
    closest_start: int | None = None  # where closest starts in the version's text: it may stand there twice
    weak: bool = False  # closest only shares a word with the expected term: shown, but no sign of a mangled name
    in_longer_name: bool = False  # the term ends a longer name the glossary lacks (`Non-Aligned States Parties`)
    shared: bool = False  # in a variant another entry has too: either's rendering elsewhere shows the name known
    rendered_here: bool = False  # the unit renders the term at another mention: the name is known, information


@dataclass(frozen=True)
class Miscased:
    """A name rendered with the glossary's words but without its capitals (`algemene vergadering`)."""

    entry: Entry
    span: str  # as it stands in the version
    expected: str  # the glossary's form


@dataclass(frozen=True)
class Matches:
    """What one version of one unit does with the glossary terms of the pivot."""

    rendered: frozenset[str]  # ids of the entries the version renders
    missing: tuple[Missing, ...]
    miscased: tuple[Miscased, ...] = ()
    borrowed: frozenset[str] = frozenset()  # ids of the entries answered by another's rendering of a shared variant
    renderings: tuple[Rendering, ...] = ()  # each rendering of a name, with the variant it is


@dataclass(frozen=True)
class Rendering:
    """Where the version renders a glossary name, and which of the entry's variants it writes."""

    entry: Entry
    said: tuple[str, ...]  # the pivot's variant it renders, as a pattern
    variant: str  # the version's, as the glossary writes it
    span: str  # as it stands in the version
    start: int  # in the version's text


def match_terms(pivot_text: str, text: str, pivot: str, language: str, rules: list[_Rule]) -> Matches:
    """The glossary terms of ``pivot_text`` that ``text`` renders and those it does not, in rule order."""
    source, target = _tokens(pivot_text, pivot), _tokens(text, language)
    source_at, target_at = _positions(source), _positions(target)
    source_compounding, target_compounding = pivot in COMPOUNDING, language in COMPOUNDING
    source_gaps, target_gaps = _gap_keys(pivot), _gap_keys(language)
    source_taken: set[int] = set()
    target_taken: set[int] = set()
    # Terms are taken in the glossary's order, longest pivot term first, so that a longer term
    # keeps its words (`Office of the High Commissioner`, not `High Commissioner`).
    found: list[_Found] = []
    for rule in rules:
        if not source_compounding and not any(p[0] in source_at for p in rule.source):
            continue
        mentions = [
            (p, s) for p in rule.source
            for s in _occurrences(p, source, source_at, source_taken, source_compounding, source_gaps)
            if p not in rule.capitalised or pivot_text[source[s.start].start].isupper()
        ]
        if not mentions:
            continue
        # one mention matched by two variants (`Organisation des Nations Unies`, `Nations Unies`) is one
        spans = _disjoint(sorted((s for _, s in mentions), key=lambda s: (s.start, -len(s))))
        for span in spans:
            source_taken.update(span)
        gaps = target_gaps | _moved_modifiers(source, spans, source_taken, target, pivot) if language in POSTPOSED else target_gaps
        took = _renderings(rule.target, target, target_at, target_taken, target_compounding, gaps)[:len(spans)]
        unanswered: list[range] = []
        borrowing = False
        shared = dict(rule.shared)
        ambiguous = [s for s in spans if any(p in shared and m == s for p, m in mentions)]
        if not took and ambiguous:
            # a mention in a variant another entry has too is answered by either's rendering; the
            # others still want this entry's (`Plate-forme d'action` beside a `Programme d'action`)
            also = [t for p, m in mentions if p in shared and m in ambiguous for t in shared[p]]
            took = _renderings(also, target, target_at, target_taken, target_compounding, gaps)[:len(ambiguous)]
            if took:
                unanswered = [s for s in spans if s not in ambiguous]
                spans, borrowing = ambiguous, True
        for span in took:
            target_taken.update(span)
        said = {p for p, _ in mentions}
        only = said.pop() if len(said) == 1 else None
        longer = {k for k, span in enumerate(spans) if rule.name and _in_longer_name(pivot_text, source, span.start, rules)}
        short = [] if borrowing or not took else _unpaired(spans, took, len(source), len(target), longer)
        if short:
            spans = [s for s in spans if s not in short]
        found.append(_Found(rule, spans, gaps, took, borrowing, frozenset(ambiguous), only))
        if unanswered:
            found.append(_Found(rule, unanswered, gaps, []))
        if short:
            found.append(_Found(rule, short, gaps, [], mangled_only=True))
    _give_back(found, target, target_at, target_compounding)
    rendered: set[str] = set()
    borrowed: set[str] = set()
    missing: list[Missing] = []
    miscased: list[Miscased] = []
    renderings: list[Rendering] = []
    before: set[int] = set()  # what the terms before this one rendered
    rendering = {k for term_found in found for span in term_found.took for k in span}  # what any term rendered
    for term_found in found:
        rule, spans, took = term_found.rule, term_found.spans, term_found.took
        taken_before = set(before)
        before.update(k for span in took for k in span)
        if took and term_found.borrowed:
            borrowed.add(rule.entry.id)
            continue  # another entry's rendering: no sign of how this one is written
        if took:
            rendered.add(rule.entry.id)
            renderings += [
                Rendering(rule.entry, term_found.said, variant, text[target[span.start].start:target[span.stop - 1].end],
                          target[span.start].start)
                for span in took
                if rule.name and term_found.said
                and (variant := _variant(rule, target, span, target_compounding, term_found.gaps))
            ]
            if rule.name:
                for span in took:
                    miscased += _miscased(rule.entry, text[target[span.start].start:target[span.stop - 1].end], language)
            continue
        # Each occurrence is reported with a closest span of its own, paired in the order of
        # the text (`women human rights defenders` twice in a paragraph, torn apart once and
        # made `vrouwenrechtenverdedigers` once); one with none to show adds nothing to the first.
        occurrences = sorted(spans, key=lambda s: s.start)
        variants = [_words_of(v, language) for v in rule.entry.terms[language]]
        reported: list[tuple[range, str, bool]] = []
        shown: list[_Closest] = []
        for span in occurrences:
            term = pivot_text[source[span.start].start:source[span.stop - 1].end]
            longer = rule.name and _in_longer_name(pivot_text, source, span.start, rules)
            if term_found.mangled_only and longer:
                continue  # the end of a longer name, which the version may render whole
            # a mention beyond the renderings is answered only by words no term renders, this one included
            taken = (rendering if term_found.mangled_only else taken_before).union(*(c.at for c in shown))
            near = span.start / len(source)
            closest = _closest(text, target, taken, variants, _words_of(term, pivot), _Ties(rendering, near))
            if shown and not closest.span:
                break
            if term_found.mangled_only and (not closest.span or closest.weak or len(closest.at) < 2):
                continue  # rendered some other way: a pronoun, one word of the term (tokens: `Haut-Commissariat` is two)
            reported.append((span, term, longer))
            shown.append(closest)
        shown.sort(key=lambda c: c.at.start if c.at else -1)
        for (span, term, longer), closest in zip(reported, shown, strict=True):
            start = target[closest.at.start].start if closest.at else None
            missing.append(
                Missing(rule.entry, rule.name, term, closest.span, start, closest.weak, longer, span in term_found.ambiguous,
                        term_found.mangled_only)
            )
    return Matches(frozenset(rendered), tuple(missing), tuple(miscased), frozenset(borrowed), tuple(renderings))


def _distinct(variant: str, other: str, variants: Sequence[str], language: str) -> bool:
    """Whether two of a term's ``variants`` are two names, rather than one of them a short form
    (:func:`_short`), which a text mixes with the full name."""
    return not _short(variant, variants, language) and not _short(other, variants, language)


def _short(variant: str, variants: Sequence[str], language: str) -> bool:
    """Whether ``variant`` is an acronym, a name with an acronym in it (`États Membres de l'ONU`) or a
    short form of another of the term's ``variants`` (`Nations Unies`, `Organisation` beside
    `Organisation des Nations Unies`)."""
    mine = set(_pattern(variant, language))
    acronym = any(len(part) > 1 and part.isupper() for w in words(variant) for part in re.split(r"['’\-]", w.text))
    return acronym or any(mine < set(_pattern(o, language)) for o in variants)


def _variant(rule: _Rule, target: list[_Token], span: range, compounding: bool, gaps: frozenset[str]) -> str | None:
    """The glossary variant of ``rule`` that the version's tokens ``span`` are (the first that matches them)."""
    for variant, pattern in zip(rule.variants, rule.target, strict=True):
        if _match_at(pattern, target, span.start, set(), compounding, gaps) == span.stop:
            return variant
    return None


def _renderings(
    patterns: Iterable[tuple[str, ...]], target: list[_Token], target_at: dict[str, list[int]], taken: set[int],
    compounding: bool, gaps: frozenset[str],
) -> list[range]:
    """Where any of ``patterns`` stands in the version, untaken, in reading order, each place once: the
    longest where two start together (`Raad voor de mensenrechten`, not the `Raad` a row lists first)."""
    spans = (s for p in patterns for s in _occurrences(p, target, target_at, taken, compounding, gaps))
    return _disjoint(sorted(spans, key=lambda s: (s.start, -len(s))))


@dataclass
class _Found:
    """A glossary term in the pivot text: where it stands and the renderings it took."""

    rule: _Rule
    spans: list[range]  # in the pivot's tokens
    gaps: frozenset[str]  # words its rendering may hold between its own
    took: list[range]  # in the version's tokens
    borrowed: bool = False  # took another entry's rendering of a variant both have: no sign this one is known
    ambiguous: frozenset[range] = frozenset()  # the spans in a variant another entry has too
    said: tuple[str, ...] | None = None  # the pivot's variant, when every mention is in the same one
    # mentions beyond the term's renderings in a text that renders it elsewhere: reported only where a
    # span of two words or more much like the term stands for them (`transnationale ondernemingen en
    # andere, op aan zakelijke ondernemingen` beside a whole rendering), since a second mention may be a
    # pronoun or one word of the term (`le développement et des modes de vie durables`)
    mangled_only: bool = False


def _unpaired(
    mentions: list[range], renderings: list[range], source_words: int, target_words: int, longer: Set[int] = frozenset()
) -> list[range]:
    """The mentions no rendering answers, where there are fewer renderings than mentions: each rendering
    is paired, in reading order, with a mention, the pairs chosen to stand at the most alike places
    in their texts (as shares of their lengths), by dynamic programming over the two sequences. A
    mention that ends a longer name (indices ``longer``) is paired last, since the version may render
    the longer name whole (`Groupe des États membres du Mouvement des pays non alignés parties`)."""
    if len(renderings) >= len(mentions):
        return []
    at = [s.start / max(source_words, 1) for s in mentions]
    where = [r.start / max(target_words, 1) for r in sorted(renderings, key=lambda r: r.start)]
    n, k = len(at), len(where)

    def _distance(i: int, j: int) -> float:
        return abs(at[i] - where[j]) + (1.0 if i in longer else 0.0)  # 1: farther than any two places

    # cost[i][j]: the least distance pairing the first j renderings with j of the first i mentions
    cost = [[0.0] + [math.inf] * k for _ in range(n + 1)]
    for i in range(1, n + 1):
        for j in range(1, min(i, k) + 1):
            cost[i][j] = min(cost[i - 1][j], cost[i - 1][j - 1] + _distance(i - 1, j - 1))
    unpaired, j = [], k
    for i in range(n, 0, -1):
        if j and cost[i][j] == cost[i - 1][j - 1] + _distance(i - 1, j - 1):
            j -= 1
        else:
            unpaired.append(mentions[i - 1])
    return unpaired[::-1]


def _give_back(found: list[_Found], target: list[_Token], target_at: dict[str, list[int]], compounding: bool) -> None:
    """Let a term with no rendering take one from the one term holding it, when that term finds another.

    Taken in the glossary's order, a term may take the words another's only rendering
    needs: with French as the pivot, `Organisation des Nations Unies` takes the first
    `Verenigde Naties` of the UDHR's Dutch, inside `Staten, welke Lid zijn van de Verenigde
    Naties`, which is how it renders `États Membres`; the second, in `Organisatie van de
    Verenigde Naties`, is free. One exchange per term; the holder keeps a rendering.
    """
    for term in found:
        if term.took:
            continue
        for wanted in (s for p in term.rule.target for s in _occurrences(p, target, target_at, set(), compounding, term.gaps)):
            holders = [other for other in found if any(set(span) & set(wanted) for span in other.took)]
            if len(holders) != 1:
                continue
            [holder] = holders
            kept = [span for span in holder.took if not set(span) & set(wanted)]
            others = {k for other in found if other is not holder for span in other.took for k in span}
            taken = others | set(wanted) | {k for span in kept for k in span}
            instead = next(
                (s for p in holder.rule.target for s in _occurrences(p, target, target_at, taken, compounding, holder.gaps)),
                None,
            )
            if instead is not None:
                holder.took = sorted([*kept, instead], key=lambda s: s.start)
                term.took = [wanted]
                break


def _alone_in(alignment: Alignment, language: str, rules: list[_Rule]) -> Iterator[_Rule]:
    """The rules whose rendering ``language`` writes on a line of its own naming the issuing organ (`L'Assemblée
    générale`) where the pivot has no text: the formula's subject, which the pivot runs into its next paragraph.
    Not any text the pivot lacks: a footnote naming the Human Rights Council says nothing of a paragraph that
    names the wrong organ."""
    alone = " \n".join(
        text for unit in alignment.units
        if unit.section is Section.PREAMBLE and not unit.texts.get(alignment.pivot, "").strip()
        and ADDRESSEE.match(text := unit.texts.get(language, "").strip())
    )
    if not alone.strip():
        return
    tokens = _tokens(alone, language)
    at = _positions(tokens)
    compounding, gaps = language in COMPOUNDING, _gap_keys(language)
    for rule in rules:
        if _renderings(rule.target, tokens, at, set(), compounding, gaps):
            yield rule


def _in_longer_name(text: str, tokens: list[_Token], start: int, rules: list[_Rule]) -> bool:
    """Whether the name starting at token ``start`` is the end of a longer one: the word before
    it is capitalised inside a sentence and ends no glossary term (`Group of Non-Aligned States
    Parties`, not `United Nations Human Rights Council`). A translation may render the longer
    name as a whole (`États membres du Mouvement des pays non alignés parties`)."""
    if start == 0:
        return False
    before = tokens[start - 1]
    word = text[before.start:before.end]
    return (
        word[:1].isupper() and not opens_sentence(text, before.start)
        and all(p[-1] != before.key for rule in rules for p in rule.source)
    )


def _miscased(entry: Entry, span: str, language: str) -> list[Miscased]:
    """The span, when a glossary form has its very words but capitalises one it does not.

    Only the same words count (a plural or an inflected form is left alone), only
    capitals missing from the span (one it adds may open a sentence or a title), and
    only in the name's head, the words before its first lower-case one, and only when
    the head has two words or more: usage varies after the head (`Hoge Commissaris voor
    de Mensenrechten` or `... mensenrechten`), and a one-word head is often a common
    noun too (`le secrétariat`), but not `Algemene Vergadering` or `Verenigde Naties`.
    Information only: official texts do not all follow one house style.
    """
    if span in entry.terms[language]:
        return []  # one of its forms, as written
    for form in entry.terms[language]:
        if _fold(form) != _fold(span) or len(form) != len(span):
            continue
        head = next((w.start for w in words(form) if not w.text[0].isupper()), len(form))
        if len(words(form[:head])) < 2:
            continue  # `Secrétariat`, `Groupe de travail`: also common nouns, written small when generic
        if any(a.isupper() and b.islower() for a, b in zip(form[:head], span[:head], strict=True)):
            return [Miscased(entry, span, form)]
    return []


def _moved_modifiers(
    source: list[_Token], spans: list[range], taken: set[int], target: list[_Token], pivot: str
) -> frozenset[str]:
    """The keys of the version's words that render a modifier standing just before
    the pivot's term: they may stand inside the rendering, where a language that puts
    its adjectives after the noun puts them (`national Security Council` ->
    `Conseil national de sécurité`, `Non-Aligned States Parties` -> `États non alignés
    parties`). A word renders a modifier when it is its cognate (same first letters),
    so that a content word that has nothing to do with the pivot still breaks a match."""
    gaps = _gap_keys(pivot)
    modifiers = set()
    for span in spans:
        for k in range(span.start - 1, max(span.start - 1 - _MAX_GAP, -1), -1):
            if k in taken or source[k].key in gaps or len(source[k].word) < 3:
                break
            modifiers.add(source[k].word)
    if not modifiers:
        return frozenset()
    return frozenset(t.key for t in target if any(_cognate(t.word, m) for m in modifiers))


def _cognate(word: str, other: str) -> bool:
    """Whether two folded words of two languages look like the same word (`alignes`, `aligned`)."""
    n = min(len(word), len(other), _COGNATE_PREFIX)
    return n >= 3 and word[:n] == other[:n]


def _disjoint(spans: list[range]) -> list[range]:
    """``spans`` (sorted by start) without those overlapping an earlier one: two
    variants of one term can match the same words."""
    kept: list[range] = []
    for span in spans:
        if not kept or span.start >= kept[-1].stop:
            kept.append(span)
    return kept


def _words_of(term: str, language: str) -> tuple[str, ...]:
    return tuple(t.word for t in _tokens(term, language))


@dataclass(frozen=True)
class _Closest:
    """The span of the version most like an expected term, the indices of its words, and
    whether it was found only by a word it shares with the term (:data:`SIMILAR_SHARING_A_WORD`)."""

    span: str
    at: range
    weak: bool


@dataclass(frozen=True)
class _Ties:
    """How :func:`_closest` chooses between spans as alike: first one whose words no other
    term renders (``rendering``: in `mensenrechtenverdedigers, waaronder
    mensenrechtenverdedigers`, the first renders "human rights defenders", and the second
    lost the "women" of "women human rights defenders"), then the one that stands nearest
    where the term stands in the pivot (``near``, as a share of its words), as a rendering does."""

    rendering: set[int]
    near: float

    def rank(self, i: int, j: int, words: int) -> tuple[bool, float]:
        """The rank of the run of words ``[i, j)`` of ``words``: higher wins a tie."""
        return self.rendering.isdisjoint(range(i, j)), -abs(i / words - self.near)


def _closest(
    text: str, tokens: list[_Token], taken: set[int], variants: list[tuple[str, ...]], term: tuple[str, ...], ties: _Ties
) -> _Closest:
    """The span of ``text``, among the words no term took, most like one of the expected
    term's ``variants`` or the pivot's ``term`` itself, so that a mangled rendering (`Bureau
    van de ECB Hoge Commissaris`) and a term left half in the pivot's language (`Special te
    bieden Rapporteur`) are both found; failing that, one that shares a content word with a
    variant (not with the pivot's term: `général` of `Secrétaire général` is no rendering of
    "General Assembly"); failing that, one alike word for word where the pivot has the term
    (:func:`_word_for_word`: `doelen en principes` for `doeleinden en beginselen`, "purposes and
    principles"). Empty when none is alike.
    """
    folded = [t.word for t in tokens]
    lo, hi = _search_span(len(folded), ties.near)
    part, part_taken = folded[lo:hi], {k - lo for k in taken if lo <= k < hi}
    part_ties = _Ties({k - lo for k in ties.rendering if lo <= k < hi}, (ties.near * len(folded) - lo) / max(hi - lo, 1))
    windows = _Windows(part, part_taken)
    wanted = [*variants, term]
    best = _most_similar(part, windows, wanted, SIMILAR, part_ties)
    weak = best is None
    if best is None:
        best = _most_similar(part, windows, variants, SIMILAR_SHARING_A_WORD, part_ties, sharing_a_word=True)
    if best is None:
        best = _word_for_word(part, part_taken, variants, term, part_ties)
    if best is None:
        return _Closest("", range(0), False)
    i, j = best[0] + lo, best[1] + lo
    while j - i > 1 and tokens[i].word in _ALL_GAP_WORDS:
        i += 1
    while j - i > 1 and tokens[j - 1].word in _ALL_GAP_WORDS:
        j -= 1
    i, j = _widen(tokens, taken, (i, j), {word for phrase in wanted for word in phrase} - _ALL_GAP_WORDS)
    i, j = _torn(text, tokens, taken, (i, j), variants)
    return _Closest(text[tokens[i].start:tokens[j - 1].end], range(i, j), weak)


def _search_span(words: int, near: float) -> tuple[int, int]:
    """The words ``[lo, hi)`` of a text of ``words`` words where :func:`_closest` looks for a term
    that stands at ``near`` (a share of the pivot's words): all of them, but in a text longer than
    :data:`LONG_TEXT` words (a file that lost its blank lines, read as one paragraph) the
    :data:`SEARCH_RADIUS` words either side of its place, so that each term is not looked for in
    the whole text, a cost that grows with the square of its length."""
    if words <= LONG_TEXT:
        return 0, words
    centre = round(near * words)
    lo = max(0, min(centre - SEARCH_RADIUS, words - 2 * SEARCH_RADIUS))
    return lo, min(words, lo + 2 * SEARCH_RADIUS)


def _most_similar(
    folded: list[str], windows: _Windows, wanted: list[tuple[str, ...]], floor: float, ties: _Ties,
    *, sharing_a_word: bool = False,
) -> tuple[int, int] | None:
    """The run of words ``[i, j)`` most like one of ``wanted``, above ``floor``; with
    ``sharing_a_word``, only among runs that have one of its content words. Of runs as
    alike, the one ``ties`` ranks first."""
    best: tuple[int, int] | None = None
    best_score = floor
    best_rank = (True, 0.0)  # nothing ranks above it: no run merely as alike as the floor is taken
    matcher = difflib.SequenceMatcher(autojunk=False)
    for phrase in wanted:
        target = " ".join(phrase)
        content = {w for w in phrase if len(w) >= _SHARED_WORD and w not in _ALL_GAP_WORDS}
        matcher.set_seq2(target)
        for i, j, bound in windows.near(target, range(max(1, len(phrase) - 1), len(phrase) + 3), floor):
            if sharing_a_word and not content.intersection(folded[i:j]):
                continue
            window = " ".join(folded[i:j])
            # difflib's bounds first, then 2 x the longest common subsequence / both lengths,
            # which is at least difflib's ratio (its matching blocks are a common subsequence)
            # and is computed in C++: a long name, such as the 1998 Declaration's, has hundreds
            # of windows within the first bounds, and each difflib ratio is costly.
            rank = ties.rank(i, j, len(folded))
            tie_wins = rank > best_rank
            if _below(bound, best_score, tie_wins) or _below(Indel.normalized_similarity(window, target), best_score, tie_wins):
                continue
            matcher.set_seq1(window)
            score = matcher.ratio()
            if score > best_score or (score == best_score and tie_wins):
                best, best_score, best_rank = (i, j), score, rank
    return best


def _word_for_word(
    folded: list[str], taken: set[int], variants: list[tuple[str, ...]], term: tuple[str, ...], ties: _Ties,
) -> tuple[int, int] | None:
    """The run of words ``[i, j)`` no term took that renders the term word for word where the pivot has
    it (within :data:`~align.qa.base.DRIFT`): as many words as a variant, each the variant's word or a
    cognate of it or of the pivot's word at its place (:func:`_cognate`: `doelen` for `doeleinden`,
    `principes` for "principles"), gap words exactly, two content words at least. A calque (`doelen en
    principes` for `doelstellingen en beginselen`) is too unlike the whole variant for
    :func:`_most_similar`. Of such runs, the one ``ties`` ranks first."""
    def alike(word: str, wanted: str, pivot: str | None) -> bool:
        if word == wanted or wanted in _ALL_GAP_WORDS:
            return word == wanted
        if len(word) < _COGNATE_PREFIX:
            return False  # five letters shared, not a short word's three or four (`doel`)
        return _cognate(word, wanted) or (pivot is not None and _cognate(word, pivot))

    runs = []
    for variant in variants:
        size = len(variant)
        pivot = term if len(term) == size else (None,) * size
        if sum(w not in _ALL_GAP_WORDS for w in variant) < 2:
            continue  # one word alike is no rendering
        for i in range(len(folded) - size + 1):
            if abs(i / len(folded) - ties.near) > DRIFT or not taken.isdisjoint(range(i, i + size)):
                continue
            if all(alike(w, v, p) for w, v, p in zip(folded[i:i + size], variant, pivot, strict=True)):
                runs.append((i, i + size))
    return max(runs, key=lambda run: ties.rank(*run, len(folded)), default=None)


def _below(score: float, best: float, tie_wins: bool) -> bool:
    """Whether ``score`` (or a bound on it) loses to ``best``: a tie loses unless it ranks higher."""
    return score < best if tie_wins else score <= best


class _Windows:
    """The runs of consecutive words of a text that no term took, as difflib would
    see them: joined by single spaces.

    :meth:`near` leaves out, all at once with numpy, the runs that cannot come
    within :data:`SIMILAR` of a target by difflib's own upper bounds (lengths, then
    shared characters): most are nothing like it, and those bounds computed in Python
    for every run cost more than the rest of the check.
    """

    def __init__(self, words: Sequence[str], taken: set[int]) -> None:
        lengths = np.array([len(w) for w in words], dtype=np.int64)
        self.ends = np.cumsum(lengths + 1) - 1  # of each word in the joined text
        self.starts = self.ends - lengths
        self.codes = np.frombuffer(" ".join(words).encode("utf-32-le"), dtype=np.uint32)
        self.taken = np.concatenate(([0], np.cumsum([k in taken for k in range(len(words))], dtype=np.int64)))

    def near(self, target: str, sizes: Iterable[int], floor: float = SIMILAR) -> list[tuple[int, int, float]]:
        """``(i, j, bound)`` of each run of words ``[i, j)`` of one of ``sizes`` that may be more
        like ``target`` than ``floor``, in the order of ``sizes``, then of ``i``; ``bound`` is
        the least of difflib's two upper bounds on its ratio to ``target``."""
        counts = Counter(target)
        chars = np.array([ord(c) for c in counts], dtype=np.uint32)
        wanted = np.array(list(counts.values()), dtype=np.int64)
        # How many of each character of the target stand before each offset of the text.
        before = np.zeros((len(self.codes) + 1, len(chars)), dtype=np.int64)
        np.cumsum(self.codes[:, None] == chars, axis=0, out=before[1:])
        found = []
        for size in sizes:
            i = np.arange(len(self.starts) - size + 1)
            start, end = self.starts[i], self.ends[i + size - 1]
            total = end - start + len(target)
            shared = np.minimum(before[end] - before[start], wanted).sum(axis=1)
            free = self.taken[i + size] == self.taken[i]
            with np.errstate(divide="ignore", invalid="ignore"):
                # difflib's real_quick_ratio and quick_ratio; `not <=` keeps the 0/0 that difflib reads as 1.
                bound = np.fmin(2.0 * np.minimum(end - start, len(target)) / total, 2.0 * shared / total)
                hopeless = bound <= floor
            keep = free & ~hopeless
            found += [(k, k + size, b) for k, b in zip(i[keep].tolist(), np.nan_to_num(bound[keep], nan=1.0).tolist())]
        return found


def _widen(tokens: list[_Token], taken: set[int], span: tuple[int, int], content: set[str]) -> tuple[int, int]:
    """``span`` widened over neighbouring content words of the term, across gap words,
    so that the excerpt is the whole mangled name (`Office of the United Nations High
    Commissaris`), not the part most like the expected one."""
    def reach(k: int, step: int) -> int | None:
        for _ in range(_MAX_GAP + 1):
            if not 0 <= k < len(tokens) or k in taken:
                return None
            if tokens[k].word in content:
                return k
            if tokens[k].word not in _ALL_GAP_WORDS:
                return None
            k += step
        return None

    i, j = span
    while (k := reach(i - 1, -1)) is not None:
        i = k
    while (k := reach(j, 1)) is not None:
        j = k + 1
    return i, j


def _torn(
    text: str, tokens: list[_Token], taken: set[int], span: tuple[int, int], variants: list[tuple[str, ...]],
) -> tuple[int, int]:
    """``span`` widened over at most :data:`_MAX_GAP` words, within a clause, to a word of an
    expected variant it lacks, in another form (same first letters): the term torn apart by
    the words a translation put inside it, `duurzaamheid te versterken ontwikkeling` for
    `duurzame ontwikkeling`, so that the excerpt shows both halves. The word must end its
    own phrase (:func:`_ends_phrase`)."""
    i, j = span
    inside = [tokens[k].word for k in range(i, j)]

    def has(word: str) -> bool:
        return any(w == word or _cognate(w, word) for w in inside)

    for variant in variants:
        if not any(word in inside for word in variant):
            continue
        lacking = [w for w in variant if len(w) >= _COGNATE_PREFIX and w not in _ALL_GAP_WORDS and not has(w)]
        for k in [*range(i - 1, max(i - 2 - _MAX_GAP, -1), -1), *range(j, min(j + 1 + _MAX_GAP, len(tokens)))]:
            a, b = min(k, i), max(k + 1, j)
            if any(m in taken for m in range(a, b)) or _CLAUSE_BREAK.search(text[tokens[a].end:tokens[b - 1].start]):
                continue
            if len(tokens[k].word) >= _COGNATE_PREFIX and any(_cognate(tokens[k].word, w) for w in lacking) and _ends_phrase(
                text, tokens, k, -1 if k < i else 1,
            ):
                return a, b
    return i, j


def _ends_phrase(text: str, tokens: list[_Token], k: int, step: int) -> bool:
    """Whether word ``k`` ends its phrase away from the term: nothing follows it there but a
    clause break, a gap word or a short one (`durable si`); `duurzame consumptie` is another
    phrase's (`ontwikkeling via duurzame consumptie`)."""
    n = k + step
    if not 0 <= n < len(tokens) or tokens[n].word in _ALL_GAP_WORDS or len(tokens[n].word) <= 3:
        return True
    between = text[tokens[n].end:tokens[k].start] if step < 0 else text[tokens[k].end:tokens[n].start]
    return bool(_CLAUSE_BREAK.search(between))


# --------------------------------------------------------------------------- the check


class TerminologyCheck(Check):
    """Needs no glossary from the context: without one it uses the shipped glossary,
    so that `align qa` checks terminology by default and `--glossary` only adds."""

    name = "terminology"
    description = "glossary terms of the pivot not rendered as the glossary says (shipped glossary plus --glossary)"
    severity = Severity.WARNING
    reads = frozenset({"glossary"})

    def run(self, alignment: Alignment, context: QAContext) -> list[Finding]:
        glossary = context.glossary if context.glossary is not None else load_glossary(None)
        assert isinstance(glossary, Glossary), "QAContext.glossary must be a terminology.Glossary"
        others = [language for language in alignment.languages if language != alignment.pivot]
        rules = {language: _rules(glossary, alignment.pivot, language) for language in others}
        matches = [
            (unit, language, match_terms(pivot_text, text, alignment.pivot, language, rules[language]))
            for unit in alignment.units
            for language, text, pivot_text in versions(unit, alignment)
        ]
        rendered = {(language, entry) for _, language, m in matches for entry in m.rendered}
        # ... and the organ a version names on a line of its own where the pivot has none: the UDHR's French
        # sets `L'Assemblée générale` apart, which the Dutch runs into its next paragraph
        rendered |= {
            (language, rule.entry.id)
            for language in others
            for rule in _alone_in(alignment, language, rules[language])
        }
        # a mention in a variant two entries share is known where either's rendering answered it
        answered = rendered | {(language, entry) for _, language, m in matches for entry in m.borrowed}
        findings = []
        for unit, language, m in matches:
            for missing in m.missing:
                known = answered if missing.shared else rendered
                # a name of one word (`Secretariat`, `Declaration`) is a common noun too: missing, it is information;
                # not the one-word short form of a longer name (`l'Organisation` for the United Nations)
                one_word = all(len(words(v)) == 1 for v in missing.entry.terms[alignment.pivot])
                severe = missing.name and not one_word and not missing.in_longer_name and not missing.rendered_here and (
                    (bool(missing.closest) and not missing.weak) or (language, missing.entry.id) not in known
                )
                findings.append(self._finding(unit, alignment, language, missing, Severity.WARNING if severe else Severity.INFO))
            for wrong in m.miscased:
                findings.append(
                    self.finding(
                        unit, alignment, [language],
                        f"{wrong.span!r} is a name: the glossary writes it {wrong.expected!r} (glossary {wrong.entry.id})",
                        wrong.span, severity=Severity.INFO,
                    )
                )
        return findings + list(self._inconsistent(alignment, matches)) + list(self._lost_capitals(alignment, matches))

    def _inconsistent(self, alignment: Alignment, matches: list[tuple[Unit, str, Matches]]) -> Iterator[Finding]:
        """Each rendering of a term in a variant other than the one to keep, where the two are distinct
        names (:func:`_distinct`): one name throughout. The one to keep is the variant, of those the
        version writes, that the glossary lists first: its rows put the preferred variant first, and
        a house glossary that says `Mensenrechtenraad|Raad voor de mensenrechten` wants the council
        called that, however often a draft calls it otherwise. A short form is kept only where the
        version writes no full name."""
        by_term: dict[tuple[str, str, tuple[str, ...]], list[tuple[Unit, Rendering]]] = {}
        for unit, language, m in matches:
            for rendering in m.renderings:
                by_term.setdefault((language, rendering.entry.id, rendering.said), []).append((unit, rendering))
        for (language, _, _), found in by_term.items():
            variants = found[0][1].entry.terms[language]
            used = list(dict.fromkeys(rendering.variant for _, rendering in found))
            # a short form kept would hide two full names, each distinct from the other but not from it
            full = [v for v in used if not _short(v, variants, language)] or used
            kept = min(full, key=lambda v: variants.index(v) if v in variants else len(variants))
            where = list(dict.fromkeys(unit.id for unit, rendering in found if rendering.variant == kept))
            for unit, rendering in found:
                if rendering.variant != kept and _distinct(rendering.variant, kept, variants, language):
                    shown = ", ".join(where[:3]) + (" ..." if len(where) > 3 else "")
                    yield self.finding(
                        unit, alignment, [alignment.pivot, language],
                        f"{rendering.span!r} here, {kept!r} in {shown}: one name throughout "
                        f"(glossary {rendering.entry.id} allows both, and lists {kept!r} before {rendering.variant!r})",
                        rendering.span, kept, severity=Severity.INFO, excerpt_start=rendering.start,
                    )

    def _lost_capitals(self, alignment: Alignment, matches: list[tuple[Unit, str, Matches]]) -> Iterator[Finding]:
        """Renderings of a one-word name (`Verklaring` for the Declaration a resolution refers back to) in
        lower case inside a sentence, where the version writes it with its capital at least
        :data:`CAPITALS_KEPT` times as often: the capital lost here. A one-word name is a common noun too
        (`le secrétariat`, `une déclaration`), so only the version's own habit can tell."""
        by_entry: dict[tuple[str, str], list[tuple[Unit, Rendering]]] = {}
        for unit, language, m in matches:
            text = unit.texts.get(language, "")
            for rendering in m.renderings:
                one_word = len(words(rendering.variant)) == 1 and rendering.variant[:1].isupper()
                # the form itself, not an inflected one: `organisations` is other organizations, not the Organization
                as_written = _fold(rendering.span) == _fold(rendering.variant) and len(rendering.span) == len(rendering.variant)
                if one_word and as_written and not opens_sentence(text, rendering.start):
                    by_entry.setdefault((language, rendering.entry.id), []).append((unit, rendering))
        for (language, _), found in by_entry.items():
            kept = [unit.id for unit, rendering in found if rendering.span[:1].isupper()]
            lost = [(unit, rendering) for unit, rendering in found if not rendering.span[:1].isupper()]
            if len(kept) < 2 or len(kept) < CAPITALS_KEPT * len(lost):
                continue
            shown = ", ".join(dict.fromkeys(kept[:3])) + (" ..." if len(kept) > 3 else "")
            for unit, rendering in lost:
                yield self.finding(
                    unit, alignment, [alignment.pivot, language],
                    f"{rendering.span!r} in lower case, where this version writes {rendering.variant!r} with its capital "
                    f"{len(kept)} times ({shown}): the name's capital lost? (glossary {rendering.entry.id})",
                    rendering.span, rendering.variant, severity=Severity.INFO, excerpt_start=rendering.start,
                )

    def _finding(self, unit: Unit, alignment: Alignment, language: str, missing: Missing, severity: Severity) -> Finding:
        expected = " | ".join(missing.entry.terms[language])
        message = f"{missing.term!r} is not rendered as {expected!r} (glossary {missing.entry.id})"
        message += f"; closest: {missing.closest!r}" if missing.closest else "; no similar span in the version"
        message += "; it ends a longer name, which may be rendered as a whole" if missing.in_longer_name else ""
        return self.finding(
            unit, alignment, [alignment.pivot, language], message, missing.closest, missing.term,
            severity=severity, excerpt_start=missing.closest_start,
        )
