"""Sentences a reviewer wrote, without reading the code, to trap four rules of December 2026.

``tests/data/qa/new-rules-review.jsonl``: for each rule, 15 correct English/Dutch (or French)
pairs in the register of resolutions and treaties, built to look like what the rule reports,
and 8 slips of the kind it is for. The rules: a small number in words changed (A, numbers), a
preambular paragraph opening with a finite verb (B, form), a negation dropped (C, polarity), the
object after an infinitive (D, grammar). As first written, the rules reported 0, 0, 11 and 0 of
the correct sentences and found 7, 6, 8 and 7 of the slips; the guards they led to leave the
entries marked ``false_alarm`` (4, all C) and ``missed`` (1, A), each saying why.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from align.qa.parallel import aligned_unit, alignment_of
from align.qa.registry import run_checks

ENTRIES = [
    json.loads(line)
    for line in (Path(__file__).resolve().parent / "data" / "qa" / "new-rules-review.jsonl").read_text(encoding="utf-8").splitlines()
]
#: Each rule's check, and words of its message.
RULES = {
    "A": ("numbers", "number changed"),
    "B": ("form", "a finite verb"),
    "C": ("polarity", "negations"),
    "D": ("grammar", "the object after the infinitive"),
}


def reported(entry: dict, rules: dict[str, tuple[str, str]] = RULES) -> list[str]:
    """The excerpts of the findings of the entry's rule on its pair, as a one-unit alignment."""
    check, marker = rules[entry["rule"]]
    unit = aligned_unit("pp3" if entry["section"] == "preamble" else "op3", {"en": entry["en"], entry["lang"]: entry["tr"]})
    return [f.excerpt for f in run_checks(alignment_of([unit], ["en", entry["lang"]]), [check]) if marker in f.message]


def test_the_review_is_whole() -> None:
    for rule in RULES:
        kinds = [e["kind"] for e in ENTRIES if e["rule"] == rule]
        assert (kinds.count("correct"), kinds.count("slip")) == (15, 8), rule
    assert sum("false_alarm" in e for e in ENTRIES) == 4 and sum("missed" in e for e in ENTRIES) == 1


@pytest.mark.parametrize("entry", [e for e in ENTRIES if e["kind"] == "correct"], ids=lambda e: f"{e['rule']}:{e['tr'][:40]}")
def test_correct_sentences(entry: dict) -> None:
    assert bool(reported(entry)) == ("false_alarm" in entry), entry["note"]


@pytest.mark.parametrize("entry", [e for e in ENTRIES if e["kind"] == "slip"], ids=lambda e: f"{e['rule']}:{e['tr'][:40]}")
def test_slips(entry: dict) -> None:
    assert bool(reported(entry)) == ("missed" not in entry), entry["note"]
