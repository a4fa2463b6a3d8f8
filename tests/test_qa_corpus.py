"""The texts the QA tests run on, and the false-alarm floor on official translations.

Two sources:

- ``tests/data/qa/a-res-72-247.units.json``: the English and machine-translated
  Dutch paragraphs of GA resolution 72/247 (``corpus/a-res-72-247.en+nl-mt.md``),
  one unit per paragraph number, as a parser gives them;
- ``../shared/corpus/extra``: official en/fr pairs (UN Parallel Corpus devset, SDG
  targets), on which a check must stay quiet: the issue's floor is at most 2% of
  units with a warning or an error. Those tests skip when the folder is absent.

The other ``test_qa_*`` modules import the loaders from here.

Per-check rates on the clean pairs: ``pytest tests/test_qa_corpus.py -s``.
"""

from __future__ import annotations

import json
import re
from collections import defaultdict
from functools import lru_cache
from pathlib import Path

import pytest

from align.model import Alignment, Section, Severity
from align.qa.parallel import aligned_unit, alignment_of
from align.qa.registry import CHECKS, run_checks

DATA = Path(__file__).parent / "data" / "qa"
EXTRA = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "extra"
#: The issue's floor: at most this share of units with a warning or an error.
FLOOR = 0.02

needs_extra = pytest.mark.skipif(not EXTRA.is_dir(), reason=f"{EXTRA} is absent: no official pairs to measure false alarms on")


@lru_cache(maxsize=1)
def _units_72247() -> dict:
    return json.loads((DATA / "a-res-72-247.units.json").read_text(encoding="utf-8"))


def text_72247(unit_id: str, language: str) -> str:
    """One paragraph of 72/247 as the parser gives it."""
    return next(u[language] for u in _units_72247()["units"] if u["id"] == unit_id)


def raw_72247(unit_id: str, language: str) -> str:
    """One paragraph of 72/247 with the furniture and footnotes printed between its halves."""
    return _units_72247()["raw"][unit_id][language]


def alignment_72247(*unit_ids: str) -> Alignment:
    """The en/nl alignment of 72/247 (all units, or the named ones), English the pivot."""
    units = [
        aligned_unit(u["id"], {"en": u["en"], "nl": u["nl"]})
        for u in _units_72247()["units"]
        if not unit_ids or u["id"] in unit_ids
    ]
    return alignment_of(units, ["en", "nl"])


def known_errors() -> list[dict]:
    """The errors found by reading the Dutch 72/247 against the English."""
    path = DATA / "a-res-72-247.nl-errors.jsonl"
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def _strip_numbering(line: str) -> str:
    """A corpus line without its paragraph number, as a parser would give it (`10. La Commission`,
    and `2.26 The Office` as the parser's ``DOTTED`` numbers read it)."""
    return re.sub(r"^\s*(?:\d+(?:\.\d+)*\.|\d{1,2}\.(?:\d{1,2}|[a-z])|\([a-z0-9]+\)|[a-z]\))\s+", "", line.strip())


def _section(english: str) -> Section:
    """Resolution paragraphs end with a comma (preambular) or a semicolon (operative)."""
    english = english.rstrip()
    return Section.PREAMBLE if english.endswith(",") else Section.OPERATIVE if english.endswith(";") else Section.ANNEX


@lru_cache(maxsize=1)
def unpc_alignment() -> Alignment:
    """The UNPC devset, one unit per line pair."""
    en = (EXTRA / "unpc-devset" / "devset.en").read_text(encoding="utf-8").splitlines()
    fr = (EXTRA / "unpc-devset" / "devset.fr").read_text(encoding="utf-8").splitlines()
    units = [
        aligned_unit(f"line{i}", {"en": _strip_numbering(e), "fr": _strip_numbering(f)}, _section(e))
        for i, (e, f) in enumerate(zip(en, fr, strict=True), 1)
    ]
    return alignment_of(units, ["en", "fr"])


def _read_targets(path: Path) -> dict[str, str]:
    """`1-a-title: text` keys with their folded continuation lines (no YAML library needed)."""
    targets: dict[str, str] = {}
    key = None
    for line in path.read_text(encoding="utf-8").splitlines():
        if m := re.match(r"^([\w-]+)-title:\s*(.*)$", line):
            key = m[1]
            targets[key] = m[2]
        elif line.startswith("  ") and key:
            targets[key] += " " + line.strip()
    return targets


@lru_cache(maxsize=1)
def sdg_alignment() -> Alignment:
    """The 169 SDG targets, one unit per target."""
    en = _read_targets(EXTRA / "sdg-targets" / "targets.en.yml")
    fr = _read_targets(EXTRA / "sdg-targets" / "targets.fr.yml")
    units = [aligned_unit(f"target{k}", {"en": en[k], "fr": fr[k]}, Section.ANNEX) for k in en]
    return alignment_of(units, ["en", "fr"])


def false_alarm_rates(alignment: Alignment) -> dict[str, float]:
    """Per check, and for all together (`any`), the share of units with a warning or an error."""
    flagged: dict[str, set[str]] = defaultdict(set)
    for finding in run_checks(alignment):
        if finding.severity is not Severity.INFO:
            flagged[finding.check].add(finding.unit)
            flagged["any"].add(finding.unit)
    n = len(alignment.units)
    return {name: len(flagged[name]) / n for name in [*CHECKS, "any"]}


# --------------------------------------------------------------------------- the data


def test_units_cover_every_paragraph_of_72_247() -> None:
    ids = [u["id"] for u in _units_72247()["units"]]
    assert ids[:19] == ["title", *[f"pp{i}" for i in range(1, 16)], "pp16+pp17", "pp18", "op1"]
    assert [i for i in ids if i.startswith("op")] == [f"op{i}" for i in range(1, 21)]
    assert [i for i in ids if i.startswith("fn")] == [f"fn{i}" for i in range(1, 13)]
    assert text_72247("pp12", "nl").startswith("Ze bezorgd over")
    assert "17-23331" in raw_72247("op4", "nl") and "17-23331" not in text_72247("op4", "nl")


@needs_extra
def test_clean_pairs_load() -> None:
    assert len(unpc_alignment().units) == 4000
    assert len(sdg_alignment().units) == 169
    assert sdg_alignment().units[0].texts["fr"].startswith("D’ici")


# --------------------------------------------------------------------------- the floor


@needs_extra
def test_false_alarms_on_sdg_targets() -> None:
    rates = false_alarm_rates(sdg_alignment())
    print("\nSDG targets en/fr, share of units with a warning or error:", {k: f"{v:.2%}" for k, v in rates.items()})
    assert rates["any"] <= FLOOR


@needs_extra
def test_false_alarms_on_unpc_devset() -> None:
    """Every check stays under the floor on the 4,000 line pairs; numbers only just (1.98%).

    Of the numbers findings on the devset, many are real: `55 per cent` rendered
    `35 %`, `31 December 2014` as `31 décembre 1014`, `22 countries` as `21 pays`,
    `$1,731.5 million` as `1 731,3 millions`; others come from the corpus (dashes
    lost in `15-64` -> `1564`, footnote numbers printed at the start of a line,
    sentence pairs cut differently). Numbers written differently but equal
    (`1960s` / `années 60`, `U-235` / `235U`, `18246` / `18.246`, `s.10.103`,
    `10-Year` / `décennal` in decomposed accents) are read alike.
    """
    rates = false_alarm_rates(unpc_alignment())
    print("\nUNPC devset en/fr, share of units with a warning or error:", {k: f"{v:.2%}" for k, v in rates.items()})
    for name in CHECKS:
        assert rates[name] <= FLOOR, name
