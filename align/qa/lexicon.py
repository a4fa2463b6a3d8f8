"""Words of one version that nothing in the other version translates: a word alignment of the whole document.

The meaning check's clause vectors miss a dropped or added clause when the rest
of the paragraph outweighs it. Words show it more directly: the content words of
a dropped clause have no counterpart in the version's unit text, and those of an
added clause none in the pivot's. What a word translates to is learnt from the
document itself, in the manner of IBM model 1 (Brown et al., 1993):

- *prior*: each content word is embedded alone (the model's vectors, cached),
  and a pivot word's translations start as a softmax over the version's words of
  the document, on the hubness-corrected cosine (CSLS: twice the cosine less each
  word's mean cosine to its :data:`CSLS_NEIGHBOURS` nearest words on the other
  side), at :data:`TEMPERATURE`, with :data:`COGNATE_BONUS` added where the two
  words share their first five letters (accents folded). On their own these are
  weak: for e5-small a true pair is only 0.01 to 0.07 above the next candidate,
  and `charge` lands on `faire`.
- *re-estimation*: :data:`ITERATIONS` rounds of expectation-maximisation over
  all units of the document, one model in each direction (version words
  generated from the unit's pivot words, and the reverse), each word also free
  to come from nothing (:data:`NULL_WEIGHT`). The prior stays in as
  :data:`PRIOR_WEIGHT` pseudo-counts, since most words stand in one or two units
  and co-occurrence alone cannot pick their translation; what co-occurrence adds
  is that a word's translation elsewhere explains it away here, which sharpens
  the weak prior (without the rounds the signal finds nothing the check does not
  find already). Of 2, 5, 10 and 20 rounds (``qa_threshold.py --trials 8 --seed
  11``), 2 find fewer dropped clauses at the check's threshold (0.73 against 0.81);
  10 find a few more (0.83) and flag two more UNPC lines, which that floor has no
  room for; 20 find 0.80.
- *what is unlinked*: a word's *fertility*, how much of the other text's words
  the model that generates them from this side assigns to it (expected counts
  summed over them). A word that nothing in the other text chooses has none, and
  a word the paragraph repeats shares its counterpart's single occurrence, so a
  dropped clause that restates words of the rest of the text still shows.
  ``1 - fertility`` (clipped to [0, 1]) is the word's share of "unlinked".

Model 1 knows nothing of word order. A diagonal prior, fast_align's ``exp(-λ |i/m -
j/n|)`` on each link between the i-th of m words and the j-th of n, was measured and
left out (``benchmarks/qa_threshold.py --trials 8 --seed 11``, December 2026): at the
check's threshold dropped clauses fell from 0.81 to 0.79, 0.77 and 0.71 (λ = 2, 4, 8)
and added clauses from 0.90 to 0.88-0.90, for about as many official units flagged. A
clause lost from a paragraph shifts every later word's place, which is likely why: the
diagonal favours, for the lost clause's words, the next clause's, standing where it stood.

Only word pairs that stand in one unit together are kept, and the softmax's
normalisers and the pairs' cosines are computed in blocks: the cost grows with
the pairs, the product of each unit's word counts, not with the square of the
document. The 4,000 UNPC lines (1.2 million pairs) take about five seconds and
0.4 GiB once their words are cached (each content word is embedded once: 72/247's
1,100 words take under two seconds on a CPU the first time); one unit of 1,000
words a side, a million pairs, about 0.25 GiB.

Only languages with a list of :data:`FUNCTION_WORDS` and spaces between words
are aligned (:func:`aligns`): without the list, function words count as
content; without spaces (Chinese), a "word" is a whole phrase.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy as np

from align.qa.tokens import WORD

if TYPE_CHECKING:  # pragma: no cover
    from align.embed.embedder import Embedder

#: Softmax temperature of the prior over CSLS scores (their gaps between candidates are a few hundredths).
TEMPERATURE = 0.01
#: Logit bonus of a pair of words that share their first five letters (accents folded): `criminal`/`criminelle`.
COGNATE_BONUS = 3.0
#: How many pseudo-counts the prior weighs in each re-estimation (a word's own occurrences weigh one each).
PRIOR_WEIGHT = 3.0
#: Rounds of expectation-maximisation.
ITERATIONS = 5
#: The weight of "generated from nothing" beside the unit's words (the unnormalised NULL of model 1).
NULL_WEIGHT = 0.05
#: Neighbours in CSLS's hubness term.
CSLS_NEIGHBOURS = 10
#: Words shorter than this are left out with the function words.
MIN_LETTERS = 3
#: Rows of the similarity matrix computed at once (bounds the memory on long documents).
_BLOCK = 1024
#: Word pairs whose cosines are computed at once: few enough that their gathered rows stay in
#: the CPU's cache (72/247's 38,000 pairs took 25 ms in chunks of 65,536, 5 ms in chunks of 256).
_PAIR_CHUNK = 256

#: Function words (case-folded): they translate loosely or not at all and would only add noise.
FUNCTION_WORDS: dict[str, frozenset[str]] = {
    "en": frozenset("""
        a about above after again against all also am an and any are as at be because been before being below
        between both but by can could did do does doing down during each either few for from further had has have
        having he her here hers herself him himself his how i if in into is it its itself just may me might more
        most must my myself neither no nor not now of off on once only or other others ought our ours ourselves out
        over own same shall she should so some such than that the their theirs them themselves then there these
        they this those through thus to too under until up upon very was we were what when where whereas which while
        who whom whose why will with within without would you your yours yourself yourselves one ones every whether
        well inter alia including thereof therein thereby hereby etc ensure
    """.split()),
    "fr": frozenset("""
        a à au aux avec ce ces cet cette ceux celle celles celui dans de des du elle elles en entre et eux il ils je
        la le les leur leurs lui ma mais me même mes moi mon ne ni nos notre nous on ou où par pas pour qu que qui sa
        se ses si son sont sur ta te tes toi ton tu un une vos votre vous y été être est sera seront serait soit
        soient ont ait avoir ayant aussi ainsi afin dont lequel laquelle lesquels lesquelles auquel auxquels
        auxquelles duquel desquels desquelles toute toutes tout tous autre autres cela ceci sans sous vers chez
        alors lorsque puis plus moins très peut peuvent doit doivent notamment compris chaque aucun aucune nul nulle
        non celui-ci celle-ci sauf selon pendant depuis fait
    """.split()),
    "nl": frozenset("""
        aan al alle alles als alsmede andere bij daar dan dat de deze die dit doch door dus een en er evenals geen
        haar hem het hen hier hij hoe hun ieder iedere in is ja je kan kon kunnen maar me meer men met mij mijn moet
        moeten na naar niet niets noch nog nu of om omdat ons onder ook op over reeds te tegen toch toen tot u uit uw
        van veel voor waar wanneer want waren was wat welke werd wie wij wil worden wordt zal ze zelf zich zij zijn
        zo zonder zou zullen inclusief waaronder waarbij waarin waarmee waarvan waardoor name bijzonder elk elke
        enig enige ander hebben heeft had hadden zodat terwijl indien hoewel wel eens ter ten des der
    """.split()),
    "es": frozenset("""
        a al algo algún alguna algunas alguno algunos ante antes así aun aunque cada como con contra cual cuales
        cuando de del desde donde durante el ella ellas ellos en entre era eran es esa esas ese eso esos esta estas
        este esto estos están fue fueron ha han hasta hay la las le les lo los más mediante mismo mismos muy ni no
        nos o otra otras otro otros para pero por porque que quien quienes se sea sean según ser si sin sobre son
        su sus también tanto toda todas todo todos tras un una unas uno unos ya incluso inclusive
    """.split()),
    "de": frozenset("""
        aber alle allem allen aller alles als also am an auch auf aus bei beim bis da damit dass de dem den denen
        der des die dies diese diesem diesen dieser dieses doch durch ein eine einem einen einer eines er es für
        gegen hat haben hatte ihr ihre ihrem ihren ihrer im in ins ist jede jedem jeden jeder jedes kann können mit muss müssen nach nicht
        noch nur ob oder ohne sein seine seiner seinen sich sie sind so sowie über um und unter vom von vor war
        waren was weil welche welchem welchen welcher wenn werden wird wie wo zu zum zur zwischen insbesondere
    """.split()),
}
#: Elided articles and pronouns cut off a word's start (`l'homme` is `homme`).
_ELISIONS = ("l'", "d'", "qu'", "n'", "s'", "j'", "c'", "m'", "t'", "jusqu'", "lorsqu'", "puisqu'", "quelqu'")


def aligns(pivot: str, language: str) -> bool:
    """Whether the words of a ``pivot``/``language`` pair can be aligned here (see the module's docstring)."""
    return pivot in FUNCTION_WORDS and language in FUNCTION_WORDS


def content_words(text: str, language: str) -> list[tuple[str, int]]:
    """The content words of ``text`` as (case-folded key, offset): function words and short words left out."""
    function_words = FUNCTION_WORDS.get(language, frozenset())
    out = []
    for match in WORD.finditer(text):
        key, start = match.group().casefold().replace("’", "'"), match.start()
        for elision in _ELISIONS:
            if key.startswith(elision) and len(key) > len(elision):
                key, start = key[len(elision):], start + len(elision)
                break
        if len(key) >= MIN_LETTERS and key not in function_words:
            out.append((key, start))
    return out


@dataclass(frozen=True)
class WordAlignment:
    """Per unit and side (``"pivot"`` or ``"version"``): each content word's offset and how unlinked it is."""

    words: dict[tuple[str, str], tuple[np.ndarray, np.ndarray]]  # (unit, side) -> (offsets, unlinked share per word)

    @classmethod
    def fit(
        cls, texts: Sequence[tuple[str, str, str]], pivot: str, language: str, embedder: Embedder
    ) -> WordAlignment:
        """The alignment of ``(unit id, pivot text, version text)`` triples, one document's units."""
        sides = {"pivot": (pivot, 1), "version": (language, 2)}
        types: dict[str, dict[str, int]] = {"pivot": {}, "version": {}}
        tokens: dict[str, list[np.ndarray]] = {"pivot": [], "version": []}
        offsets: dict[tuple[str, str], np.ndarray] = {}
        for entry in texts:
            for side, (lang, field) in sides.items():
                found = content_words(entry[field], lang)
                ids = types[side]
                tokens[side].append(np.array([ids.setdefault(w, len(ids)) for w, _ in found], dtype=np.int64))
                offsets[(entry[0], side)] = np.array([o for _, o in found], dtype=np.int64)
        empty = {key: (offs, np.zeros(len(offs))) for key, offs in offsets.items()}
        if not types["pivot"] or not types["version"]:
            return cls(empty)
        pivot_vectors = embedder.embed(list(types["pivot"]), role="passage").astype(np.float32)
        version_vectors = embedder.embed(list(types["version"]), role="passage").astype(np.float32)
        prior = _Prior(pivot_vectors, version_vectors, list(types["pivot"]), list(types["version"]))
        pairs = _Pairs.of(tokens["pivot"], tokens["version"], len(types["version"]))
        if not len(pairs.pair):
            return cls(empty)
        logits = prior.logits(pairs.pivot_type, pairs.version_type)
        # version words generated from pivot words: t(v | p), normalised over the version's words
        forward = _fertility(np.exp(logits - prior.row_norm[pairs.pivot_type]), pairs, generated="version")
        # pivot words generated from version words: t(p | v), normalised over the pivot's words
        backward = _fertility(np.exp(logits - prior.column_norm[pairs.version_type]), pairs, generated="pivot")
        unlinked = {"pivot": np.clip(1.0 - forward, 0.0, 1.0), "version": np.clip(1.0 - backward, 0.0, 1.0)}
        words = {}
        for side in sides:
            start = 0
            for entry, toks in zip(texts, tokens[side], strict=True):
                words[(entry[0], side)] = (offsets[(entry[0], side)], unlinked[side][start:start + len(toks)])
                start += len(toks)
        return cls(words)

    def unlinked(self, unit: str, side: str, start: int, end: int) -> tuple[int, float]:
        """The content words of the unit's ``side`` text in ``[start, end)``, and how many of them are unlinked."""
        offsets, shares = self.words.get((unit, side), (np.zeros(0, np.int64), np.zeros(0)))
        inside = (offsets >= start) & (offsets < end)
        return int(inside.sum()), float(shares[inside].sum())


@dataclass(frozen=True)
class _Pairs:
    """Every (pivot token, version token) pair of a unit, over all units, and the word-type pairs they make."""

    pivot_token: np.ndarray  # per token pair: the pivot token's index over the document
    version_token: np.ndarray
    pair: np.ndarray  # per token pair: its type pair's index
    pivot_type: np.ndarray  # per type pair
    version_type: np.ndarray
    pivot_tokens: int
    version_tokens: int

    @classmethod
    def of(cls, pivot: list[np.ndarray], version: list[np.ndarray], version_types: int) -> _Pairs:
        p_tok, v_tok, p_type, v_type = [], [], [], []
        p_start = v_start = 0
        for p, v in zip(pivot, version, strict=True):
            if len(p) and len(v):
                p_tok.append(np.repeat(np.arange(p_start, p_start + len(p)), len(v)))
                v_tok.append(np.tile(np.arange(v_start, v_start + len(v)), len(p)))
                p_type.append(np.repeat(p, len(v)))
                v_type.append(np.tile(v, len(p)))
            p_start, v_start = p_start + len(p), v_start + len(v)
        if not p_tok:
            nothing = np.zeros(0, np.int64)
            return cls(nothing, nothing, nothing, nothing, nothing, p_start, v_start)
        keys = np.concatenate(p_type) * version_types + np.concatenate(v_type)
        unique, pair = np.unique(keys, return_inverse=True)
        return cls(
            np.concatenate(p_tok), np.concatenate(v_tok), pair.ravel(),
            unique // version_types, unique % version_types, p_start, v_start,
        )


class _Prior:
    """The softmax prior's logits at given word pairs, and its normalisers over each side (in blocks)."""

    def __init__(
        self, pivot: np.ndarray, version: np.ndarray, pivot_words: list[str], version_words: list[str]
    ) -> None:
        self.pivot, self.version = pivot, version
        stems: dict[str, int] = {}
        self.pivot_stem = np.array([stems.setdefault(_stem(w), len(stems)) for w in pivot_words])
        self.version_stem = np.array([stems.setdefault(_stem(w), len(stems)) for w in version_words])
        n_pivot, n_version = len(pivot), len(version)
        k_row, k_column = min(CSLS_NEIGHBOURS, n_version), min(CSLS_NEIGHBOURS, n_pivot)
        self.pivot_hub = np.zeros(n_pivot)
        best_columns = np.full((0, n_version), -np.inf, dtype=np.float32)
        for start in range(0, n_pivot, _BLOCK):
            block = pivot[start:start + _BLOCK] @ version.T
            nearest = np.partition(block, n_version - k_row, axis=1)[:, -k_row:]
            self.pivot_hub[start:start + len(block)] = nearest.mean(1)
            stacked = np.concatenate([best_columns, block])
            if len(stacked) > k_column:
                stacked = np.partition(stacked, len(stacked) - k_column, axis=0)[-k_column:]
            best_columns = stacked
        self.version_hub = best_columns.mean(0).astype(np.float64)
        self.row_norm = np.zeros(n_pivot)
        column_max = np.full(n_version, -np.inf)
        column_sum = np.zeros(n_version)
        for start in range(0, n_pivot, _BLOCK):
            rows = np.arange(start, min(start + _BLOCK, n_pivot))
            block = self._block(rows)
            row_max = block.max(1)
            self.row_norm[rows] = row_max + np.log(np.exp(block - row_max[:, None]).sum(1))
            new_max = np.maximum(column_max, block.max(0))
            column_sum = column_sum * np.exp(column_max - new_max) + np.exp(block - new_max).sum(0)
            column_max = new_max
        self.column_norm = column_max + np.log(column_sum)

    def _block(self, rows: np.ndarray) -> np.ndarray:
        cosine = (self.pivot[rows] @ self.version.T).astype(np.float64)
        csls = 2 * cosine - self.pivot_hub[rows, None] - self.version_hub[None, :]
        cognate = self.pivot_stem[rows, None] == self.version_stem[None, :]
        return csls / TEMPERATURE + COGNATE_BONUS * cognate

    def logits(self, pivot_type: np.ndarray, version_type: np.ndarray) -> np.ndarray:
        # In chunks: the rows of every pair at once would be pairs x dimensions (2.4 GiB for the UNPC devset).
        cosine = np.empty(len(pivot_type), dtype=np.float64)
        for start in range(0, len(pivot_type), _PAIR_CHUNK):
            chunk = slice(start, start + _PAIR_CHUNK)
            cosine[chunk] = np.einsum("ij,ij->i", self.pivot[pivot_type[chunk]], self.version[version_type[chunk]])
        csls = 2 * cosine - self.pivot_hub[pivot_type] - self.version_hub[version_type]
        cognate = self.pivot_stem[pivot_type] == self.version_stem[version_type]
        return csls / TEMPERATURE + COGNATE_BONUS * cognate


def _fertility(prior: np.ndarray, pairs: _Pairs, generated: str) -> np.ndarray:
    """Model 1 re-estimated over the document, generating the ``generated`` side's words from the other's;
    returns, per token of the other side, its fertility: the expected number of words it generates."""
    if generated == "version":
        target, source, source_type, n_target, n_source = (
            pairs.version_token, pairs.pivot_token, pairs.pivot_type, pairs.version_tokens, pairs.pivot_tokens)
    else:
        target, source, source_type, n_target, n_source = (
            pairs.pivot_token, pairs.version_token, pairs.version_type, pairs.pivot_tokens, pairs.version_tokens)
    t = prior.copy()
    for _ in range(ITERATIONS):
        posterior = _posterior(t, pairs.pair, target, n_target)
        counts = np.bincount(pairs.pair, posterior, minlength=len(t))
        totals = np.bincount(source_type, counts, minlength=int(source_type.max()) + 1)
        t = (counts + PRIOR_WEIGHT * prior) / (totals[source_type] + PRIOR_WEIGHT)
    return np.bincount(source, _posterior(t, pairs.pair, target, n_target), minlength=n_source)


def _posterior(t: np.ndarray, pair: np.ndarray, target: np.ndarray, n_target: int) -> np.ndarray:
    """Per token pair: the probability that the target token was generated by the pair's source token."""
    values = t[pair]
    return values / (np.bincount(target, values, minlength=n_target) + NULL_WEIGHT)[target]


def _stem(word: str) -> str:
    """The first five letters with accents folded; a word under four letters is its own stem, shared only
    by the same word on the other side."""
    folded = "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))
    return folded[:5] if len(folded) >= 4 else "\0" + folded
