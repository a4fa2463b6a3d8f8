"""Omissions, additions and invented content: parts of a text that one version has and another has not.

Each unit's versions are cut into parts (:func:`align.qa.clauses.parts`): the
clauses, and inside them the pieces between commas, since what a translation
drops or adds is often less than a clause (`, including his own,`) or a clause
put after a comma that opens none. Every part, every unit text and every unit
text with one of its parts taken out (:func:`align.qa.clauses.without`) is
embedded, in one call. A part is judged by signals that are all measured against
the alignment's own distribution rather than a fixed threshold, because their
scale depends on the model, the language pair and the kind of text (a fixed
cosine misses the `ECB` of the Dutch 72/247 and rates English left in a Dutch
text higher than correct Dutch). Below, "clause" stands for any part:

- *leave-one-out*: whether the other version is closer to the clause's own text
  without the clause than to the whole of it, ``cos(other, own without clause) -
  cos(other, own)``, divided by how far taking the clause out moves the own text
  (:func:`leave_one_out`; so that a short clause, which moves the text little,
  counts as much as a long one). For a clause the other version has, taking it
  out moves away from the other version (below zero); for a clause it lacks,
  towards it. It needs no clause of the other version to be matched, so it does
  not depend on where each language cuts its clauses. A clause that is the whole
  text has no such score. The score becomes a robust z-score (median and MAD
  over every clause of the language pair): how unusually much the other version
  prefers the text without it, for this document.
- *similarity*: how much closer the clause is to its own version's text than to
  the other version's text of the unit, ``cos(clause, other) - cos(clause, own)``
  (compared with the whole other text, not with one of its clauses, for the same
  reason), as a robust z-score in the same way.
- *unit similarity*: how far the cosine of the unit's two texts lies below the
  document's median, as a robust z-score over the units (only below counts): a
  unit whose versions differ in content is less alike as a whole.
- *length*: whether the lengths of the two texts fit better once the clause, or
  part of it, is taken out. The alignment's own length ratio and spread are
  estimated robustly (Gale and Church's model: the difference from the expected
  length grows with the square root of the length), and the evidence is the
  log-likelihood ratio of "up to this clause is missing (or added)" against
  "nothing is". Part of a clause counts because clauses are cut differently in
  each language: a French clause dropped from a target may be half of an English
  clause (`including birth registration` inside `By 2030, provide legal identity
  for all, including birth registration`). A gloss, a bracketed copy of words
  the other version has (a French text giving a report's English title after
  translating it), adds no length. Where the two texts have the same number of
  sentences, two or more, the lengths compared are those of the clause's sentence
  and the other text's sentence in the same place (:func:`_paired_sentences`):
  translations keep their original's sentences, and a clause lost from one of two
  sentences shortens that sentence by a share twice what it takes from the whole
  text (the model's spread is per square root of length, so the evidence grows
  with it). The model is the one fitted on whole units.

- *unlinked words*: the share of the clause's content words that nothing in the
  other version's unit text translates, by a word alignment of the whole document
  re-estimated in the manner of IBM model 1 (:mod:`align.qa.lexicon`), as a robust
  z-score over the document's clauses (only above counts; scaled down below
  :data:`UNLINKED_FULL_WORDS` words). It sees a dropped clause that the rest of a
  long paragraph hides from the vectors, and one that restates the paragraph's
  words (a repeated word shares its counterpart's one occurrence). Only for pairs
  of languages whose words it can align (:func:`align.qa.lexicon.aligns`: en, fr,
  nl, es, de); other pairs keep the threshold they had without it
  (:data:`WARNING_EVIDENCE_WITHOUT_WORDS`).

The weighted sum is the clause's *evidence* (:data:`LOO_WEIGHT`,
:data:`SIMILARITY_WEIGHT`, :data:`UNIT_WEIGHT`, :data:`UNLINKED_WEIGHT`,
:data:`LENGTH_WEIGHT`). A unit is
reported, in each direction, when one of its clauses has
:data:`WARNING_EVIDENCE`; it is an error only when the evidence reaches
:data:`ERROR_EVIDENCE` and the similarity agrees. The clause named is the one
whose signals and whole length (not a part of it) best account for the
difference; when the length carries the evidence alone, the unit is right but
the clause is only the likeliest one, and the message says so. An omission
names the pivot clause (``evidence``) that the version lacks; an addition the
version's clause (``excerpt``) that the pivot lacks. A version's whole text is
never judged all added, even when it is one clause: the aligner linked it, so it
paraphrases (a pivot's whole text may still lack something, and is judged). Below :data:`MIN_UNITS`
comparable units there is no distribution to be an outlier of, and clauses are
not judged.

Weights and thresholds were chosen together on faults injected into the UDHR
and the SDG targets (``benchmarks/qa_injection.py``, seeds other than the
benchmark's own: 11 and 23, 24 trials a corpus) and on the false alarms on
official texts (the UDHR, the SDG targets and the UNPC devset,
``tests/test_qa_false_alarms.py``): the most recall on dropped and added
clauses whose false-alarm rates stay at or below those of the check without
the leave-one-out signal. Judging parts rather than clauses kept them (a grid
over the weights found nothing better at the same false alarms) and raised the
recall on dropped clauses from 0.63 to 0.69 on seeds 11 and 23 (12 trials a
corpus; added clauses 0.82 to 0.83), on the benchmark's seed 7 (4 trials) from
0.72 to 0.78 (added clauses 0.84 to 0.81, one fault). Units flagged on the UNPC
sample: 1.25% before, 0.75% with parts, no whole-text additions and glosses;
SDG 0.59%, UDHR en/fr/nl 0%. Since the aligner links a paragraph left alone to
the one beside it that prints the same number (:func:`align.aligner.pairwise.align_items`),
the faults that used to leave a pair unlinked come here too: dropped clauses 0.79
and added clauses 0.88 on seeds 11 and 23 (12 trials), 0.81 and 0.84 on seed 7.
A dropped clause is still missed where the pivot is one part and the rest of the
signals are weak; the finer pieces cost a false alarm on the UDHR aligned in
English and French alone (`dans des conditions d’égalité` for "equal").
``benchmarks/qa_threshold.py`` prints the trade-off per threshold. Since the
benchmark also faults the Dutch UDHR and leaves a cut text as a translator would
(a capital at the start and after a stop, the stop kept), seed 7 gives 0.81 on
dropped and 0.83 on added clauses at the threshold of 10 (4 trials); the floor of
0.9 on both needs a threshold near 6, where 14% of the UDHR units are flagged.
More signals were measured (the fifth and sixth on the French pairs before
that change) and left out, since none raised recall by enough to keep without more false alarms:

- e5's asymmetric retrieval score, the part embedded as a `query:` ("does the
  other text contain it?"): no gain;
- word alignment of the unit's texts (SimAlign's mutual best matches on the
  model's layer-8 token vectors), the words of a clause left unlinked as a
  binomial likelihood ratio: at its best weighting +2 points on seeds 11 and 23,
  0.94 and 0.88 on seed 7, but two more UNPC units flagged (paraphrases it cannot
  link), which breaks that floor;
- a second model's signals averaged in (USE multilingual): nothing better at the
  same false alarms;
- pieces cut at `and`/`et`/`en` inside a comma piece: added clauses fell from
  0.89 to 0.81 on seeds 11 and 23;
- cognates: the share of a clause's words whose first five letters (accents
  folded) stand in the other text, as a binomial likelihood ratio against the
  document's rate: no gain (many clauses the other version has share none);
- sentences (:func:`align.qa.clauses.sentences`) the pivot has more of than the
  version, where the clause is a whole one, by how rare that is in the document:
  29% of dropped clauses change the count against 1% of official units, yet at
  most +2 points on seeds 11 and 23, since most of those clauses are found
  already and the rest share the threshold with official units that also
  differ in count;
- each part of twelve words or more also judged as its two halves, so that the
  lost tail of a one-part pivot (`aimed at the destruction of any of the rights`
  of UDHR art. 30) is a part of its own: +2.5 points on dropped clauses and -0.7
  on added ones on seeds 11 and 23 with the Dutch pair (12 trials) at the same
  false alarms, for twice the parts to embed;
- leave-one-out inside a sentence: the part taken out of its sentence (a whole
  sentence out of it and the one beside it), against the version's sentence or
  two sentences that best match it, so that the rest of a long paragraph does not
  dilute the change: +1 point on dropped clauses on seed 7 (8 trials) at the
  same false alarms. Half the dropped clauses the check misses sit in paragraphs
  of one sentence, where this is the signal the check has already;
- the part against its best match among runs of one to three comma pieces of the
  other version (rather than the other version's whole text), as a robust
  z-score, in place of the similarity signal or beside it: on seeds 7 and 11 (8
  trials) at most +3 points on added clauses and none on dropped ones at the same
  false alarms; where it found more, it flagged official units in proportion. A
  third of the dropped clauses missed on seed 7 are a paragraph's first clause,
  all signals a little short of the threshold, so the same was measured at the
  edges alone (the first and last piece against the other version's opening and
  closing runs, where translations almost always correspond): no gain either.
- three more made from the vectors the check already has, measured on seeds 7,
  11 and 23 (8 trials) at the false alarms the floor allows this check (one unit
  of each UDHR alignment, three SDG targets, two UNPC lines), where the check as
  it is finds 0.77 of the dropped clauses on seed 7 and 0.70 on 11 and 23 (added:
  0.87 and 0.84): the part taken out together with the other version's part whose
  removal best keeps the two texts alike (a counterpart's absence shows as no such
  part), +2 points on dropped clauses on both; the part's leave-one-out against
  the next best part of its text, +2 on seed 7 and none on 11 and 23; the part's
  best match among the other version's parts, +1 and none. A logistic regression
  over the check's four signals and these three, with the part's place and share
  of the text, fitted on seeds 11 and 23 and the official units, reaches 0.75 on
  their dropped clauses (from 0.70) and 0.75 on seed 7's: no gain where it was not fitted. What the
  misses lack is not a better weighting of these signals (the script was not kept:
  it was ``qa_threshold.py``'s faults with each part's signals written out).
- a lexical count balance: each content word embedded alone (cached), pivot and
  version words of a unit paired one to one (an optimal assignment on a
  hubness-corrected cosine, CSLS over the document, plus the words'
  co-occurrence across units), so that a word the rest of the paragraph repeats
  cannot hide its lost occurrence; a part's mean pairing score as a robust z-score
  added to the evidence. Weights chosen on seed 11 and measured on seeds 7 and 23
  (8 trials) at the same false-alarm budget (one unit of each UDHR alignment, three
  SDG targets, two UNPC lines, which needs the threshold raised to 11.3 or 13.3):
  dropped clauses 0.77 to 0.82 on seed 7 and 0.76 to 0.78 on seed 23, added 0.87 to
  0.88 and 0.81 to 0.84-0.87. Consistent but small, and it spends the SDG and UNPC
  budget the check left unused. On the dropped clauses the check misses (restating
  clauses, first clauses) it scores half what it scores on those it finds: e5-small
  translates words on their own too weakly (a true pair is 0.01 to 0.07 above the
  next candidate; `clothing`/`habillement`, `charter`/`handvest` unmatched). Not
  adopted; a better word lexicon (document-level word alignment re-estimated in the
  manner of IBM model 1) was the step not yet tried, and is the *unlinked words*
  signal above. Chosen on seed 11 (8 trials; the prior's temperature, its weight,
  the NULL weight, the statistic and :data:`UNLINKED_WEIGHT` in a grid, then the
  threshold with the same budget, :data:`WARNING_EVIDENCE` raised from 10 to 12.8,
  a little above the UDHR unit it must leave out). ``qa_threshold.py`` (8 trials),
  before and after: dropped clauses 0.64 to 0.79 on seed 11, 0.75 to 0.83 on seed 7,
  0.76 to 0.81 on seed 23; added clauses 0.86 to 0.89, 0.86 to 0.85, 0.81 to 0.86.
  (The faulted paragraphs are those the check leaves clean, so the two runs fault
  partly different ones; on the same faults as before, dropped clauses 0.77 to 0.87
  on seed 7 and 0.76 to 0.82 on seed 23, added ones 0.87 to 0.89 and 0.81 to 0.89.)
  The rounds of re-estimation are what finds them: with the prior alone (no round)
  the gain is nil. A lexicon estimated on 3,600 UNPC lines mixed into the prior of
  the French pairs added nothing; the model's NULL posterior (``nu / (nu + sum of
  t)``) in place of the fertility found half as much. It spends the budget: units flagged by
  the meaning check on the UDHR with French or Dutch as the pivot 0% to 1.4% (art.
  25.2, `qu’ils soient nés dans le mariage ou hors mariage`), SDG targets 0.59% to
  1.18% (17.2), UNPC sample 0.25% to 0.5% (l. 81, `remain on the list of matters of
  which the Council is seized` cut elsewhere in French), the last one that its floor
  allows. It reports none of the word-level omissions of 72/247: it marks `acting`,
  `prevent` and the added `aanvaarden` unlinked (0.95, 0.75, 0.67; `acts` 0.21), but
  one word weighs little in a long part, and words of correct clauses (`due`,
  `meeting` in the same paragraph) score as high.
- a monotone alignment of each unit's comma pieces, as vecalign aligns sentences
  (1-1, 2-1, 1-2 and a piece with no counterpart; cosine cost corrected for pieces
  near everything, plus the length model), a part's evidence being how much cheaper
  the best path is that leaves its pieces out: chosen on seed 11 among about 200
  settings (+6 faults there at first, with the thresholds raised to keep the same
  false alarms), then 258 to 258 on seed 7, 257 to 259 on seed 23 and 257 to 256 on
  seed 11 once the faults were drawn again; scored on the same faults under both,
  +1 over 576. A dropped piece is absorbed into a 2-1 step, whose summed vector still
  matches: the dilution the other signals suffer from.
- runs of two and three adjacent comma pieces of a sentence judged as parts of their
  own (an added clause of several pieces, `een ieder heeft recht op arbeid, op vrije
  keuze van beroep, ...`, being one part), scored against the distributions of the
  parts alone: on the same faults, +1 on seed 11, +1 on seed 7 and none on seed 23
  (576 faults on the last two), for 74% more texts to embed on 72/247 and one more
  UDHR unit flagged (art. 18 in Dutch), the last its floor allowed. A run scores about
  the mean of its pieces, not their sum: leave-one-out is measured per unit of
  movement and unlinked words as a share, and the length signal already sees the
  whole insertion from any one part. A summed signal is what a run would need.
- the weights again, with the signals as they are now: a grid over the four weights,
  :data:`UNLINKED_FULL_WORDS` and the unlinked-word statistic (the share as it is, the
  count of unlinked words, a binomial likelihood ratio against the document's rate),
  the threshold refitted each time to the false alarms the floor allows (one unit of
  each UDHR alignment, three SDG targets, no new UNPC line), chosen on seeds 11 and 23
  (8 trials): at best +4 of 384 faults there and +1 on seed 7; the count and the
  likelihood ratio find fewer than the share. The threshold alone at 12.6 gains 1, 1
  and 3 on seeds 7, 11 and 23, and flags UDHR art. 18 with English as the pivot, the
  last unit of that budget; 259 of 288 on seed 7 is still under the floor, so it stays.
- a place prior in the word alignment, as fast_align's (each pair weighted by
  ``exp(-tension * |i/m - j/n|)``, the words' places as shares of their texts), so that
  an added clause's words are not explained by words far from them: with the grid
  above at tensions 2, 4 and 8, the best settings found 3 to 20 fewer faults on seeds
  11 and 23 than model 1 and 2 to 4 more on seed 7; all three seeds together, fewer.
  The halves of long parts (above), measured the same way: 5 fewer on seeds 11 and 23,
  4 more on seed 7. What seed 7's misses would need, the other seeds' do not.
- two more, measured the same way (seeds 7, 11 and 23, 8 trials, the threshold refitted to
  the same budget): the run of consecutive content words that are most unlinked beyond a
  baseline (a maximal segment sum over each unit text, as a scan statistic finds a
  cluster), added to the parts it overlaps, so that half of a long part lost (`They are
  endowed with reason and conscience` of UDHR art. 1 in Dutch) is not diluted by the
  other half: at best +4 on seeds 11 and 23 and +1 on seed 7, since official
  translations that paraphrase leave runs unlinked too. And pivot parts cut again at
  `and`, `or`, `which`, `that`, `than`, `to` (and their French and Dutch kin) inside
  comma pieces, judged for omissions only: 4 fewer on seeds 11 and 23 at their best
  weights, 3 more on seed 7.
- one threshold per direction, omissions and additions (dropped clauses are found by the
  first, added ones by the second; a missed fault scores low in both): chosen on seeds 11
  and 23 (8 trials) within the same false-alarm budget, 12.55 and 12.62 find 326 of 384
  faults there (322 at 12.8) and 163 of 192 on seed 7 (162). End to end, with the faults
  drawn again under the new thresholds: 260, 259 and 257 of 288 on seeds 7, 11 and 23
  (258, 257, 257). Each threshold sits within 0.01 of an official unit (the UNPC sample's
  line 11 at 12.545 for omissions, the UDHR's art. 18 with English as the pivot at 12.610
  for additions), which is the single threshold near 12.6 again, rejected above. Not
  adopted.

The length of the clause's sentence, where the two texts pair sentence by sentence
(the *length* signal above), was the first change in a while to find more at no cost:
no weight or threshold moved, and on the benchmark's own seed and the two the weights
were chosen on, 262, 260 and 260 of 288 faults found (258, 257, 257 before; dropped
clauses 0.865, 0.812, 0.823 from 0.833, 0.792, 0.812 on seeds 7, 11, 23; added 0.865,
0.896, 0.885 from 0.854, 0.885, 0.865); on two seeds drawn afresh, 31 and 43, 251 and 257
(250 and 255 before): the floor of 0.9 is met on the benchmark's seed, not on every
seed. The official units with most evidence are of one sentence and keep it; the UDHR's
art. 25.2, two sentences with French or Dutch as the pivot, has less (13.10 to 11.77 with
French), and so the UDHR aligned from French has no unit flagged (1.37% before). Sentences cut at `;` and `:` too (263, 261, 260) paired a
UNPC line whose English has a `:` where the French has a `;`, and flagged it; cut at full
stops only, the Dutch UDHR's art. 26.1 pairs with the English though both are cut
elsewhere, which :data:`MISPAIRED` catches. The word alignment fitted on the paired
sentences rather than the whole units, the same way, moved the faults found to 267, 261
and 258: not kept, since it gives on one seed what it takes on another.

The second part needs no statistics: a sentence of the version that opens
mid-clause where the pivot's does not (:mod:`align.qa.fragments`: `Noch het recht
worden ontzegd ...`, the Dutch UDHR's art. 15.2 without `Aan niemand mag
willekeurig zijn nationaliteit worden ontnomen,`) has lost its head, which the
clause evidence often misses, since the tail restates much of it. It is reported
where the clause evidence reports no omission in the unit already. On the
benchmark's five seeds it finds 18 dropped clauses more, 1310 of 1440 faults
from 1292, with no official unit flagged; 16 of the 18 are the Dutch UDHR's (dropped
clauses 104 to 120 of 160 there). The French texts' missed drops mostly leave a
sentence that opens as one does (`Toute personne`, `Chacun`, `Considérant`).

And acronyms that the version has and nothing in the pivot accounts for
(:mod:`align.qa.acronyms`), such as the `ECB` of `Bureau van de ECB` where the
English has "the Office of the High Commissioner".

Word-level omissions (`Guided also by` rendered `Geleid door`, `including women
human rights defenders` rendered `waaronder mensenrechtenverdedigers`) are below
what clause vectors can see, and the model's token vectors do not show them
either: on 72/247, mutual best matches on layer 8 leave several English content
words a unit unlinked, most of them halves of Dutch compounds (`human rights`,
`mensenrechten`), the real omissions (`acts of`, `to prevent`) among them.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from statistics import median
from typing import TYPE_CHECKING, NamedTuple, cast

import numpy as np

from align.model import Alignment, Finding, Severity, Unit
from align.parse.header import ADDRESSEE
from align.qa.acronyms import document_acronyms, unexplained
from align.qa.base import Check, QAContext, versions
from align.qa.clauses import MAX_REST_CHARACTERS, Clause, clauses, parts_and_rests, sentences
from align.qa.fragments import headless
from align.qa.lexicon import WordAlignment, aligns
from align.qa.terminology import Glossary, load_glossary

if TYPE_CHECKING:  # pragma: no cover
    from align.embed.embedder import Embedder

#: Fewer comparable units than this give no distribution to be an outlier of.
MIN_UNITS = 10
#: How much the length log-likelihood ratio counts in the evidence.
LENGTH_WEIGHT = 1.0
#: Evidence from which a clause is reported (a warning), where the pair's words are aligned
#: (:func:`align.qa.lexicon.aligns`), and where they are not (the threshold before that signal) ...
WARNING_EVIDENCE = 12.8
WARNING_EVIDENCE_WITHOUT_WORDS = 10.0
#: ... and from which it is an error, when the clause's own similarity is an outlier too
#: (at least :data:`ERROR_SIMILARITY` spreads below the median): both signals agree.
ERROR_EVIDENCE = 15.0
ERROR_SIMILARITY = 2.0
#: How much the leave-one-out z-score counts in the evidence, and how much the similarity z-score.
LOO_WEIGHT = 2.0
SIMILARITY_WEIGHT = 0.5
#: How much the unit's own dissimilarity (how far below this document's median the versions' cosine is) counts.
UNIT_WEIGHT = 1.0
#: How much the part's unlinked words count: the share of its content words that the document's word
#: alignment (:mod:`align.qa.lexicon`) finds no counterpart for, as a robust z-score ...
UNLINKED_WEIGHT = 1.5
#: ... in full from this many content words, less (by the square root of the share) for fewer: the
#: share of two or three words is too noisy to count as much (headings: `C. Policy issues`).
UNLINKED_FULL_WORDS = 4
#: Sentences paired in order are taken not to correspond when one pair is longer than the length model
#: predicts by this many spreads and another shorter by as many: a text cut into sentences elsewhere (the
#: Dutch UDHR's art. 26.1 ends its first sentence at a `;` and cuts the English last one in two: +9.0
#: and -5.8). Not 2: the other sentence of one a clause was cut from may lie 2 spreads off on its own
#: (the Dutch UDHR's art. 11.2: +1.97 beside -5.5).
MISPAIRED = 3.0
#: Consistency constant that makes the MAD estimate a standard deviation.
_MAD_TO_SD = 1.4826
#: Floors on the robust spreads, so that identical texts (a test, a copy) do not divide by zero.
_MIN_SIMILARITY_SPREAD = 1e-3
_MIN_LENGTH_SPREAD = 1e-2
_MIN_LOO_SPREAD = 1e-4
_MIN_UNLINKED_SPREAD = 0.02
#: Floor on the squared distance a text moves when a clause is taken out (a clause that changes nothing).
_MIN_MOVE = 1e-6


#: The committee reference in brackets under a resolution's heading (`[without reference to a Main Committee
#: (A/80/L.11)]`).
_COMMITTEE_REFERENCE = re.compile(r"\s*\[[^\]]*\]\s*")


def _formula_line(text: str) -> bool:
    """Whether a pivot text is one of the header's formula lines, which the clause evidence does not judge: the
    addressee (`The General Assembly,`) or the committee reference. A few words rendered by formula, which the
    header check reads; a length or a vector has nothing to go on there (the careful translations of 80/10 and
    UNDRIP had both reported as a clause missing)."""
    return ADDRESSEE.match(text.strip()) is not None or _COMMITTEE_REFERENCE.fullmatch(text) is not None


class MeaningCheck(Check):
    name = "meaning"
    description = (
        "clauses a version lacks or adds (outliers for this document), sentences that open mid-clause, "
        "acronyms nothing in the pivot accounts for"
    )
    severity = Severity.WARNING
    needs = frozenset({"embedder"})
    reads = frozenset({"glossary"})  # its names explain acronyms

    def run(self, alignment: Alignment, context: QAContext) -> list[Finding]:
        embedded = _Embedded.of(alignment, cast("Embedder", context.embedder))  # the registry saw to it: needs
        reported = [
            judged for judged in self._judge(alignment, embedded)
            if judged.evidence >= warning_evidence(alignment.pivot, judged.language)
            and not _formula_line(judged.scored.unit.texts.get(alignment.pivot, ""))
        ]
        findings = [self._clause_finding(alignment, judged) for judged in reported]
        omissions = {(judged.scored.unit.id, judged.language) for judged in reported if judged.scored.direction == "omission"}
        findings += self._headless(alignment, omissions)
        findings += self._too_long(alignment, embedded)
        glossary = context.glossary if isinstance(context.glossary, Glossary) else load_glossary(None)
        findings += self._acronyms(alignment, glossary, embedded)
        return findings

    def clause_evidence(self, alignment: Alignment, embedder: Embedder) -> list[ClauseEvidence]:
        """The strongest evidence of an omission and of an addition in every unit and version,
        reported or not: what :data:`WARNING_EVIDENCE` is set against (``benchmarks/qa_threshold.py``)."""
        return [
            ClauseEvidence(judged.scored.unit.id, judged.language, judged.scored.direction, judged.evidence)
            for judged in self._judge(alignment, _Embedded.of(alignment, embedder))
        ]

    # ------------------------------------------------------------------ clauses

    def _judge(self, alignment: Alignment, embedded: _Embedded) -> Iterator[_Judged]:
        """Per version, unit and direction: the most evidence of any clause, and the clause to name."""
        for language in alignment.languages[1:]:
            yield from self._judge_version(alignment, language, embedded)

    def _judge_version(self, alignment: Alignment, language: str, embedded: _Embedded) -> Iterator[_Judged]:
        pivot = alignment.pivot
        units = [u for u in alignment.units if embedded.clauses(u, pivot) and embedded.clauses(u, language)]
        if len(units) < MIN_UNITS:
            return
        lengths = LengthModel.fit([_lengths(u, pivot, language) for u in units])
        scored = [s for u in units for s in _score(u, pivot, language, embedded, lengths)]
        similarity = _robust([s.similarity for s in scored], _MIN_SIMILARITY_SPREAD)
        loo = _robust([s.loo for s in scored if s.loo is not None] or [0.0], _MIN_LOO_SPREAD)
        whole = {u.id: float(embedded.vector(u.texts[pivot]) @ embedded.vector(u.texts[language])) for u in units}
        unit_similarity = _robust(list(whole.values()), _MIN_SIMILARITY_SPREAD)
        texts = [(u.id, u.texts[pivot], u.texts[language]) for u in units]
        unlinked = (
            _unlinked(scored, WordAlignment.fit(texts, pivot, language, embedded.embedder))
            if aligns(pivot, language)
            else [0.0] * len(scored)
        )
        strongest: dict[tuple[str, str], float] = {}  # (unit, direction) -> the most evidence of any clause
        likeliest: dict[tuple[str, str], tuple[float, float, _Scored]] = {}  # -> (rank, z, the clause to report)
        for s, z_words in zip(scored, unlinked, strict=True):
            z = similarity.below(s.similarity)
            z_loo = -loo.below(s.loo) if s.loo is not None else 0.0
            z_unit = max(unit_similarity.below(whole[s.unit.id]), 0.0)
            signal = SIMILARITY_WEIGHT * z + LOO_WEIGHT * z_loo + UNIT_WEIGHT * z_unit + UNLINKED_WEIGHT * z_words
            evidence = signal + LENGTH_WEIGHT * max(s.length, 0.0)
            rank = signal + LENGTH_WEIGHT * max(s.exact, 0.0)
            key = (s.unit.id, s.direction)
            strongest[key] = max(strongest.get(key, -math.inf), evidence)
            if key not in likeliest or rank > likeliest[key][0]:
                likeliest[key] = (rank, z, s)
        for key, (_, z, s) in likeliest.items():
            yield _Judged(language, s, strongest[key], z, lengths)

    def _clause_finding(self, alignment: Alignment, judged: _Judged) -> Finding:
        language, s, evidence, z, lengths = judged.language, judged.scored, judged.evidence, judged.z, judged.lengths
        pivot, unit = alignment.pivot, s.unit
        pivot_length, length = s.compared
        change = length / lengths.expected(pivot_length) - 1
        direction = "shorter" if change < 0 else "longer"
        what = "text" if s.sentence is None else f"sentence {s.sentence[0]} of {s.sentence[1]}"
        deviation = f"{language} {what} {abs(change):.0%} {direction} than this document's length ratio predicts"
        clause = (
            f"the clause is {z:.1f} spreads less like the other version than this document's clauses are"
            if z >= 1 else "the clause that best accounts for the difference"
        )
        why = f"{deviation}; {clause}"
        severity = Severity.ERROR if evidence >= ERROR_EVIDENCE and z >= ERROR_SIMILARITY else Severity.WARNING
        if s.direction == "omission":
            return self.finding(
                unit, alignment, [pivot, language],
                f"clause of {pivot} with no counterpart in {language} ({why})", "", s.clause.text, severity=severity,
            )
        return self.finding(
            unit, alignment, [pivot, language],
            f"clause of {language} with no counterpart in {pivot} ({why})", s.clause.text, "", severity=severity,
        )

    def _headless(self, alignment: Alignment, omissions: set[tuple[str, str]]) -> Iterator[Finding]:
        """Sentences of a version that open mid-clause where the pivot's do not (:mod:`align.qa.fragments`),
        in the units and versions whose omissions the clause evidence has not reported already (one
        fault, one finding). It needs no model, but belongs with the omissions: without the model,
        this check does not run."""
        pivot = alignment.pivot
        for unit in alignment.units:
            for language, text, pivot_text in versions(unit, alignment):
                if (unit.id, language) in omissions:
                    continue
                for found in headless(pivot_text, pivot, text, language):
                    tail = clauses(found.version.text, language)[0]
                    yield self.finding(
                        unit, alignment, [pivot, language],
                        f"{language} sentence opens mid-clause, with {found.opener!r}: the head of the {pivot} "
                        "sentence has no counterpart",
                        tail.text, clauses(found.pivot.text, pivot)[0].text, excerpt_start=found.version.start + tail.start,
                    )

    def _too_long(self, alignment: Alignment, embedded: _Embedded) -> Iterator[Finding]:
        for unit in alignment.units:
            for language, text in unit.texts.items():
                if (unit.id, language) in embedded.unweighed:
                    parts = len(embedded.clauses(unit, language))
                    yield self.finding(
                        unit, alignment, [language],
                        f"{language} text too long to weigh each of its {parts} parts against the text without it "
                        f"({len(text)} characters, past {MAX_REST_CHARACTERS:,} to embed): that signal is left out here",
                        "", severity=Severity.INFO,
                    )

    # ------------------------------------------------------------------ acronyms

    def _acronyms(self, alignment: Alignment, glossary: Glossary, embedded: _Embedded) -> Iterator[Finding]:
        pivot = alignment.pivot
        in_pivot = document_acronyms(u.texts.get(pivot, "") for u in alignment.units)
        for unit in alignment.units:
            for language, text, pivot_text in versions(unit, alignment):
                others = [t for lang, t in unit.texts.items() if lang != language and t.strip()]
                for acronym in unexplained(text, language, others, pivot_text, pivot, in_pivot, glossary):
                    excerpt = text[acronym.start:acronym.end]
                    yield self.finding(
                        unit, alignment, [pivot, language],
                        f"acronym {excerpt!r} in {language} stands for nothing in {pivot}: not in the unit, "
                        f"nor anywhere in the {pivot} text",
                        excerpt, embedded.counterpart(unit, language, pivot, acronym.start),
                    )


@dataclass(frozen=True)
class ClauseEvidence:
    """The most evidence of any clause of one unit, version and direction (see :class:`MeaningCheck`)."""

    unit: str
    language: str
    direction: str  # "omission": of a pivot clause the version lacks; "addition": of a version clause the pivot lacks
    evidence: float


@dataclass(frozen=True)
class _Judged:
    language: str
    scored: _Scored  # the clause to name
    evidence: float  # the most evidence of any clause of the unit in this direction
    z: float  # the named clause's similarity z-score
    lengths: LengthModel


@dataclass(frozen=True)
class _Scored:
    unit: Unit
    direction: str  # "omission": a pivot clause the version lacks; "addition": a version clause the pivot lacks
    clause: Clause
    similarity: float  # cos(clause, other version) - cos(clause, own version)
    length: float  # log-likelihood ratio of "up to this clause has no counterpart" against "the texts correspond"
    exact: float  # the same for "exactly this clause": which of the clauses that could explain the lengths does
    loo: float | None  # how much closer the other version is to the own text without the clause (leave_one_out)
    compared: tuple[int, int]  # the lengths the length signal compares: the pivot's and the version's ...
    sentence: tuple[int, int] | None  # ... of the clause's sentence, (its number, of how many), or of the whole texts


def _score(unit: Unit, pivot: str, language: str, embedded: _Embedded, lengths: LengthModel) -> Iterator[_Scored]:
    paired = _paired_sentences(unit.texts[pivot], unit.texts[language], lengths)
    whole = _lengths(unit, pivot, language)
    for direction, own, other in (("omission", pivot, language), ("addition", language, pivot)):
        own_vector, other_vector = embedded.vector(unit.texts[own]), embedded.vector(unit.texts[other])
        for clause, rest in zip(embedded.clauses(unit, own), embedded.rests(unit, own), strict=True):
            if rest is None and direction == "addition":
                continue  # a version's whole text is not all added: the aligner linked it; it paraphrases
            vector = embedded.vector(clause.text)
            size = len(clause.text)
            k = _sentence_of(clause, paired, side=0 if direction == "omission" else 1)
            pivot_length, length = whole if k is None else paired[k].lengths
            shortfall, excess = lengths.shortfall(pivot_length, length), lengths.excess(pivot_length, length)
            if direction == "omission":
                up_to = lengths.evidence(pivot_length, length, pivot_cut=min(shortfall, size))
                exactly = lengths.evidence(pivot_length, length, pivot_cut=size)
            else:
                up_to = lengths.evidence(pivot_length, length, version_cut=min(excess, size))
                exactly = lengths.evidence(pivot_length, length, version_cut=size)
            loo = leave_one_out(own_vector, embedded.vector(rest), other_vector) if rest else None
            yield _Scored(
                unit, direction, clause, float(vector @ other_vector - vector @ own_vector), up_to, exactly, loo,
                (pivot_length, length), None if k is None else (k + 1, len(paired)),
            )


class _SentencePair(NamedTuple):
    pivot: Clause
    version: Clause
    lengths: tuple[int, int]  # without glosses (:func:`_text_lengths`)


def _paired_sentences(pivot_text: str, text: str, lengths: LengthModel) -> list[_SentencePair]:
    """The sentences of two texts paired in order, where both have the same number of them, two or
    more, each with some length besides its glosses; none otherwise. Translations keep the sentences
    of what they translate, and in two texts that correspond sentence by sentence a clause lost from
    one sentence shortens that sentence by a share of it, not only the whole text by a smaller one.
    Sentences end at full stops only (:func:`align.qa.clauses.sentences`): a `;` or a `:` of one
    language is often a comma of the other, and pieces cut there need not correspond. Nor do
    sentences as many as the other text's but cut elsewhere: where one pair is much longer than the
    length model predicts and another much shorter (:data:`MISPAIRED`), none are paired."""
    pivot_sentences, version_sentences = sentences(pivot_text, stops_only=True), sentences(text, stops_only=True)
    if len(pivot_sentences) != len(version_sentences) or len(version_sentences) < 2:
        return []
    pairs = [_SentencePair(a, b, _text_lengths(a.text, b.text)) for a, b in zip(pivot_sentences, version_sentences, strict=True)]
    if any(min(pair.lengths) <= 0 for pair in pairs):
        return []  # a sentence that is all gloss (a report's title in brackets) has no length to compare
    deviations = [lengths.deviation(*pair.lengths) for pair in pairs]
    if max(deviations) > MISPAIRED and min(deviations) < -MISPAIRED:
        return []
    return pairs


def _sentence_of(clause: Clause, paired: list[_SentencePair], side: int) -> int | None:
    """Which of the paired sentences holds ``clause`` on ``side`` (0: the pivot's, 1: the version's);
    None for a clause across two sentences, or when the sentences are not paired."""
    return next((k for k, pair in enumerate(paired) if pair[side].start <= clause.start and clause.end <= pair[side].end), None)


def warning_evidence(pivot: str, language: str) -> float:
    """The evidence from which a clause of this pair is reported: higher where the words are aligned,
    which adds a signal to the sum."""
    return WARNING_EVIDENCE if aligns(pivot, language) else WARNING_EVIDENCE_WITHOUT_WORDS


def _unlinked(scored: Sequence[_Scored], words: WordAlignment) -> list[float]:
    """Per scored part: how unusually large a share of its content words has no counterpart in the other
    version's unit text, as a robust z-score over the document's parts of its direction (only above counts),
    scaled down for parts of fewer than :data:`UNLINKED_FULL_WORDS` words."""
    counts = [
        words.unlinked(s.unit.id, "pivot" if s.direction == "omission" else "version", s.clause.start, s.clause.end)
        for s in scored
    ]
    out = [0.0] * len(scored)
    for direction in ("omission", "addition"):
        judged = [i for i, s in enumerate(scored) if s.direction == direction and counts[i][0]]
        if not judged:
            continue
        robust = _robust([counts[i][1] / counts[i][0] for i in judged], _MIN_UNLINKED_SPREAD)
        for i in judged:
            size, unlinked = counts[i]
            scale = math.sqrt(min(size, UNLINKED_FULL_WORDS) / UNLINKED_FULL_WORDS)
            out[i] = max(-robust.below(unlinked / size), 0.0) * scale
    return out


#: A bracketed span: a gloss when the other version has its words (`(United Nations Compendium ...)`).
_BRACKETED = re.compile(r"\(([^()]{8,})\)")


def _lengths(unit: Unit, pivot: str, language: str) -> tuple[int, int]:
    """The lengths of the unit's pivot and version texts that the length model compares: each
    without its glosses, the bracketed copies of words the other version has (a French text
    giving a report's English title in brackets after translating it adds no content)."""
    return _text_lengths(unit.texts[pivot], unit.texts[language])


def _text_lengths(pivot_text: str, text: str) -> tuple[int, int]:
    """The lengths of two corresponding texts, each without its glosses (see :func:`_lengths`)."""
    return len(pivot_text) - _glosses(pivot_text, text), len(text) - _glosses(text, pivot_text)


def _glosses(text: str, other: str) -> int:
    """How many characters of ``text`` are bracketed spans whose words stand as they are in ``other``."""
    other = " ".join(other.casefold().split())
    return sum(len(m.group()) for m in _BRACKETED.finditer(text) if " ".join(m.group(1).casefold().split()) in other)


def leave_one_out(own: np.ndarray, rest: np.ndarray, other: np.ndarray) -> float:
    """How much closer ``other`` is to a text without one of its clauses (``rest``) than to the whole (``own``).

    ``cos(other, rest) - cos(other, own)`` divided by how far the text moved, ``|rest - own|``
    (unit vectors): the cosine gained per unit of movement, so that a short clause, which
    moves the text little, is not drowned by long ones. Negative when the other version
    has the clause (taking it out moves away from it), positive when it lacks it.
    """
    moved = math.sqrt(max(2.0 - 2.0 * float(own @ rest), _MIN_MOVE))
    return (float(other @ rest) - float(other @ own)) / moved


@dataclass(frozen=True)
class LengthModel:
    """Gale and Church's length model, fitted on one alignment's units.

    The version's length is ``ratio`` times the pivot's; the difference from that,
    divided by the square root of the pivot's length, is spread around ``centre``
    with robust standard deviation ``spread``.
    """

    ratio: float
    centre: float
    spread: float

    @classmethod
    def fit(cls, lengths: Sequence[tuple[int, int]]) -> LengthModel:
        """The model of ``(pivot length, version length)`` pairs, all positive."""
        ratio = median(b / a for a, b in lengths)
        residuals = [(b - ratio * a) / math.sqrt(a) for a, b in lengths]
        robust = _robust(residuals, _MIN_LENGTH_SPREAD)
        return cls(ratio, robust.centre, robust.spread)

    def expected(self, pivot_length: int) -> float:
        return self.ratio * pivot_length

    def deviation(self, pivot_length: float, length: float) -> float:
        """How many spreads the version's length is from what the pivot's predicts."""
        pivot_length = max(pivot_length, 1.0)
        return ((length - self.ratio * pivot_length) / math.sqrt(pivot_length) - self.centre) / self.spread

    def shortfall(self, pivot_length: int, length: int) -> float:
        """How many characters of the pivot the version lacks, by the alignment's length ratio."""
        return max(pivot_length - length / self.ratio, 0.0)

    def excess(self, pivot_length: int, length: int) -> float:
        """How many characters the version has beyond what the pivot's length predicts."""
        return max(length - self.ratio * pivot_length, 0.0)

    def evidence(self, pivot_length: int, length: int, *, pivot_cut: float = 0.0, version_cut: float = 0.0) -> float:
        """Log-likelihood ratio of "the cut characters have no counterpart" against "the texts correspond"."""
        before = self.deviation(pivot_length, length)
        after = self.deviation(pivot_length - pivot_cut, length - version_cut)
        return (before**2 - after**2) / 2


@dataclass(frozen=True)
class _Robust:
    centre: float  # the median
    spread: float  # the MAD, scaled to a standard deviation

    def below(self, value: float) -> float:
        """How many spreads ``value`` lies below the centre (negative above it)."""
        return (self.centre - value) / self.spread


def _robust(values: Sequence[float], floor: float) -> _Robust:
    centre = median(values)
    spread = _MAD_TO_SD * median(abs(v - centre) for v in values)
    return _Robust(centre, max(spread, floor))


@dataclass
class _Embedded:
    """Every unit's parts, and the vectors of all parts, unit texts and unit texts without one part (one call)."""

    split: dict[tuple[str, str], list[Clause]]
    rests_: dict[tuple[str, str], list[str | None]]
    vectors: dict[str, np.ndarray]
    unweighed: set[tuple[str, str]]  # (unit, language) of texts too long for the leave-one-out
    embedder: Embedder  # for the word alignment's word vectors

    @classmethod
    def of(cls, alignment: Alignment, embedder: Embedder) -> _Embedded:
        judged = {
            (unit.id, language): parts_and_rests(text, language)
            for unit in alignment.units
            for language, text in unit.texts.items()
            if text.strip()
        }
        # Past MAX_REST_CHARACTERS a text's parts come with "" (None is the whole text): no leave-one-out.
        unweighed = {key for key, pairs in judged.items() if any(rest == "" for _, rest in pairs)}
        split = {key: [part for part, _ in pairs] for key, pairs in judged.items() if pairs}
        rests = {key: [rest for _, rest in pairs] for key, pairs in judged.items() if pairs}
        whole = {text for unit in alignment.units for text in unit.texts.values() if text.strip()}
        left = {r for rs in rests.values() for r in rs if r}
        texts = sorted({c.text for cs in split.values() for c in cs} | whole | left)
        rows = embedder.embed(texts, role="passage") if texts else []
        return cls(split, rests, dict(zip(texts, rows, strict=True)), unweighed, embedder)

    def clauses(self, unit: Unit, language: str) -> list[Clause]:
        return self.split.get((unit.id, language), [])

    def rests(self, unit: Unit, language: str) -> list[str | None]:
        """Per part, the text without it (None for the part that is the whole text, "" where
        the text is too long to embed without each part: :data:`~align.qa.clauses.MAX_REST_CHARACTERS`)."""
        return self.rests_.get((unit.id, language), [])

    def vector(self, text: str) -> np.ndarray:
        return self.vectors[text]

    def counterpart(self, unit: Unit, language: str, pivot: str, offset: int) -> str:
        """The pivot clause closest to the version's clause at ``offset``: where to look in the pivot."""
        own = next((c for c in self.clauses(unit, language) if c.start <= offset < c.end), None)
        candidates = self.clauses(unit, pivot)
        if own is None or not candidates:
            return ""
        vector = self.vector(own.text)
        return max(candidates, key=lambda c: float(vector @ self.vector(c.text))).text
