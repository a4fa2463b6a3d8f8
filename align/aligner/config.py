"""The aligner's settings: every threshold in one frozen object, recorded in each output.

All evidence is expressed in log-odds (natural log) that a candidate link is right, so
that meaning, numbers, lengths and the priors on link types add up on one scale and
the dynamic programme maximises the total. A link's confidence is the logistic of its
margin over the other ways of covering the same paragraphs (see
:mod:`align.aligner.pairwise`); on damaged real and synthetic copies, links at 0.9 or
more were right 99.9 % of the time, those below 0.9 about 80 %.

The similarity calibration was fitted for the default model (multilingual-e5-small):
on real parallel texts (UDHR articles en/fr/nl, the 169 SDG targets en/fr, 300
UN Parallel Corpus sentence pairs; 559 true pairs and 3,294 false pairs within three
positions of them), a class-balanced logistic regression of "true pair" on the margin
(cosine minus the mean of both sides' 4 nearest neighbours) gave a slope of 326 and a
zero at 0.0022: 99.6 % of those pairs fall on the right side. e5 packs every cosine
into 0.75-0.95 (true pairs about 0.90, unrelated ones 0.82), hence the steep slope; a
model with a wider spread needs its own fit (:attr:`margin_slope`, :attr:`margin_zero`):
``benchmarks/margin_calibration.py --model NAME`` makes it, and the registry entry's
``aligner`` object holds it (:func:`config_for_model`). Refitted by that script, e5-small
gives 290 and 0.0040 (99.7 % on the right side), close to the 326 and 0.0022 kept here.

The priors and the weights of numbers and lengths were chosen on damaged copies of
parallel texts (paragraphs deleted, inserted, merged, split, swapped, renumbered): real
e5 vectors of the SDG targets en/fr, with real embeddings of the joined texts for merges,
and the synthetic versions of :mod:`align.aligner.synthetic`. With skip -3, link F1 was
0.997-0.998 on both for merge priors from -1 to -2.5: lower values lose real merges,
higher ones let merges swallow inserted paragraphs. -2.5, the end of that range, is
what keeps a short connective with no counterpart (the UDHR's `Now, therefore,`,
absent from the French) alone rather than merged into the paragraph before it: a
strong link's evidence is capped, so joining a few words to it costs nothing but the
prior, and a merge must cost more than a skip would save.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, replace

from align.embed import registry


@dataclass(frozen=True)
class AlignerConfig:
    """Thresholds and weights of the aligner; see the module docstring for the units."""

    neighbours: int = 4  # k of the margin's k-nearest-neighbour background
    margin_slope: float = 326.0  # log-odds per unit of margin (fitted, e5-small)
    margin_zero: float = 0.0022  # margin at which a link is as likely right as wrong
    max_evidence: float = 12.0  # |log-odds| cap of the similarity evidence: no single cell decides alone
    number_agree: float = 2.0  # both sides print the same number (label, footnote mark, header field)
    number_disagree: float = -1.0  # both print one and they differ: weak, since one numbering slip
    #   shifts every later number and would otherwise pull the rest of the document off its meaning
    length_sigma: float = 0.25  # spread of log(length ratio) of true links around the document's ratio
    length_weight: float = 0.5  # weak: a link 2x longer than expected loses about 1.9 log-odds
    max_length_penalty: float = 3.0
    skip: float = -3.0  # prior log-odds of leaving one paragraph unlinked (1-0, 0-1)
    merge: float = -2.5  # prior log-odds of a 2-1 or 1-2 link, on top of its evidence
    merge3: float = -3.5  # ... of a 3-1 or 1-3 link
    longest: int = 3  # most paragraphs one side of a link may hold (1-1, 2-1, 3-1 and mirrors)
    band: int = 25  # columns the DP band reaches beyond the rectangles between anchors
    low_confidence: float = 0.5  # units below this confidence are flagged `low-confidence`
    min_matched: float = 0.5  # share of body paragraphs whose link has positive evidence, below which two
    #   versions are not the same resolution. Corpus, e5-small: 72/247 en/nl 97-100 %; different
    #   resolutions on related subjects (72/247, 76/170, the two HRC drafts) 10-42 %

    def prior(self, pivot: int, other: int) -> float:
        """Prior log-odds of a link of ``pivot`` paragraphs against ``other``."""
        if not pivot or not other:
            return self.skip
        return {1: 0.0, 2: self.merge, 3: self.merge3}[max(pivot, other)]

    def signature(self) -> dict[str, object]:
        """The settings as a plain dict, for :attr:`align.model.Alignment.signature`."""
        return asdict(self)


DEFAULT_CONFIG = AlignerConfig()


def config_for_model(signature: str | None) -> AlignerConfig:
    """The settings for vectors of the model with this embedder signature: the defaults,
    with the model's own similarity calibration where its registry entry has one (the
    ``aligner`` object). Unknown models, and e5-small, get :data:`DEFAULT_CONFIG`.

    A signature starts with the model's name (``NAME@what pins it;...``), which is how the
    registry entry is found without the embedder at hand.
    """
    entry = registry.lookup(signature.split("@")[0]) if signature else None
    calibration = (entry or {}).get("aligner")
    return replace(DEFAULT_CONFIG, **calibration) if calibration else DEFAULT_CONFIG
