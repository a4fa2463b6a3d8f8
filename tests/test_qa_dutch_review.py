"""Held-out sentences a review wrote against the Dutch rules that read a version beside its English.

``tests/data/qa/dutch-rules-review.jsonl`` holds the sentences of two reviews of the
prepositions check and the grammar rules and false-friend pairs added with it
(December 2026), each written without tuning to the code: correct Dutch, in the
register of resolutions, treaties and government texts, that holds what a rule might
take for its slip (`discriminatie van vrouwen`, CEDAW's official title, for
"discrimination against women"; `te weten de regering`; `de Conferentie te Wenen`;
`overgedragen naar het volgende begrotingsjaar`), and slips of the family the rule is
for. The first round, on the rules as written: 35 of 68 correct sentences reported,
19 of 32 slips found. The second, held out from the guards the first led to: 33 of 73
reported (4 of them by the older rule on a list cut by `te`, in the commonest
operative shape, `te ratificeren en verwelkomt`), 28 of 36 found. Both rounds are quiet
now, after the guards each led to; what a third would find is not known. A slip the
rules still miss says why in ``missed``.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from align.qa.parallel import aligned_unit, alignment_of
from align.qa.registry import run_checks

REVIEW = Path(__file__).parent / "data" / "qa" / "dutch-rules-review.jsonl"
#: Per rule of the review, its check and what its message says.
RULES = {
    "a": ("prepositions", "for 'against'"),
    "b": ("prepositions", "takes 'aan'"),
    "c": ("prepositions", "an action as the setting"),
    "d": ("grammar", "'terwijl' opens"),
    "e": ("grammar", "takes no 'van'"),
    "f": ("grammar", "the object after the infinitive"),
    "g": ("grammar", "a phrase put first"),
    "h": ("grammar", "the verbal noun"),
    "i": ("grammar", "no verb for"),
    "ff": ("false-friends", "'"),  # the three pairs added with them: any finding of the check
}
ENTRIES = [json.loads(line) for line in REVIEW.read_text(encoding="utf-8").splitlines() if line.strip()]


def reported(entry: dict) -> list[str]:
    """The excerpts the entry's rule reports in its sentence, read beside its English."""
    check, marker = RULES[entry["rule"]]
    alignment = alignment_of([aligned_unit("op1", {"en": entry["en"], "nl": entry["nl"]})], ["en", "nl"])
    return [f.excerpt for f in run_checks(alignment, [check]) if marker in f.message]


@pytest.mark.parametrize("entry", [e for e in ENTRIES if e["kind"] == "correct"], ids=lambda e: e["nl"][:40])
def test_correct_dutch_is_quiet(entry: dict) -> None:
    assert reported(entry) == [], entry["note"]


@pytest.mark.parametrize("entry", [e for e in ENTRIES if e["kind"] == "wrong" and "missed" not in e], ids=lambda e: e["nl"][:40])
def test_slips_are_found(entry: dict) -> None:
    assert reported(entry), entry["note"]


def test_the_review_is_whole() -> None:
    rounds = [(e["round"], e["kind"]) for e in ENTRIES]
    assert (rounds.count((1, "correct")), rounds.count((1, "wrong"))) == (68, 32)
    assert (rounds.count((2, "correct")), rounds.count((2, "wrong"))) == (73, 36)
    assert {e["rule"] for e in ENTRIES} == set(RULES)
