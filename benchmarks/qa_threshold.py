"""The meaning check's trade-off: recall on injected clauses against units flagged on official texts, per threshold.

    python benchmarks/qa_threshold.py [--trials 4] [--seed 7 | --seed 7,11,23]

The issue sets two floors that pull against each other: recall >= 0.9 on dropped
and added clauses (``qa_injection.py``) and at most 2% of units with a warning or
an error on official translations (``tests/test_qa_false_alarms.py``). The meaning
check reports a unit when the evidence of one of its clauses reaches
:data:`align.qa.meaning.WARNING_EVIDENCE`. This prints, for a range of values of
that threshold, both sides at once:

- the recall on the faults of ``qa_injection.py`` (the same seeds, trials and
  faulted paragraphs; several seeds pooled as there): a fault counts as found
  when the most evidence of any clause of its unit, in either direction, reaches
  the threshold;
- the share of units whose clause evidence reaches it on the three official
  corpora of the false-alarm test (the same builders: UDHR en/fr/nl, the SDG
  targets, the UNPC devset sample). That test counts every check; its other checks
  flag some units too (UNPC: 5 of 400, see its docstring), so the meaning check's
  own share here must stay below 2% by that much.

The check's acronym findings are left out of both sides: they do not depend on the
threshold. Needs ``../shared/corpus/extra`` and the test modules (run from the
repository root).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterable
from pathlib import Path

import qa_injection as injection

import align
from align.embed import get_embedder
from align.embed.embedder import Embedder
from align.model import Alignment
from align.qa.meaning import WARNING_EVIDENCE, MeaningCheck

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))
from test_qa_false_alarms import CORPORA  # noqa: E402  (the false-alarm test's own corpora)

THRESHOLDS = (6.0, 7.0, 8.0, 9.0, 10.0, 11.0, 12.0, 14.0)
FAULTS = ("drop-clause", "add-clause")


def main() -> None:
    args = injection.arguments(__doc__, trials=4)
    embedder = get_embedder()
    pairs = injection.clean_pairs(embedder)
    faults = {kind: _fault_evidence(pairs, kind, args, embedder) for kind in FAULTS}
    official = {name: _unit_evidence(build(embedder), embedder) for name, build in CORPORA.items()}
    _print(faults, official, args)


def _fault_evidence(
    pairs: list[injection.Pair], kind: str, args: argparse.Namespace, embedder: Embedder
) -> list[float]:
    """The most clause evidence in the unit of each fault of ``kind`` that ``qa_injection.py`` puts in."""
    found = []
    for pair in pairs:
        for trial in injection.trials(pair, kind, args):
            alignment = align.align([trial.en, trial.version], embedder=embedder)
            evidence = _unit_evidence(alignment, embedder)
            for ids in trial.faulted:
                units = injection.units_of(alignment, ids)
                found.append(max((evidence[u] for u in units), default=float("-inf")))
    return found


def _unit_evidence(alignment: Alignment, embedder: Embedder) -> dict[str, float]:
    """Per unit, the most evidence of any clause in any version and direction."""
    out: dict[str, float] = {unit.id: float("-inf") for unit in alignment.units}
    for judged in MeaningCheck().clause_evidence(alignment, embedder):
        out[judged.unit] = max(out[judged.unit], judged.evidence)
    return out


def _share(values: Iterable[float], threshold: float) -> float:
    values = list(values)
    return sum(v >= threshold for v in values) / len(values) if values else float("nan")


def _print(faults: dict[str, list[float]], official: dict[str, dict[str, float]], args: argparse.Namespace) -> None:
    from rich.console import Console
    from rich.table import Table

    table = Table(title=f"Meaning check per warning threshold ({injection.seeds(args)}, {args.trials} trials x "
                        f"{args.per_trial} faults per kind and corpus; now {WARNING_EVIDENCE:g})")
    table.add_column("threshold", justify="right")
    for kind in FAULTS:
        table.add_column(f"{kind} recall ({len(faults[kind])})", justify="right")
    for name, units in official.items():
        table.add_column(f"{name} flagged ({len(units)})", justify="right")
    for threshold in sorted({*THRESHOLDS, WARNING_EVIDENCE}):
        mark = " (now)" if threshold == WARNING_EVIDENCE else ""
        table.add_row(
            f"{threshold:g}{mark}",
            *(f"{_share(faults[kind], threshold):.2f}" for kind in FAULTS),
            *(f"{_share(units.values(), threshold):.2%}" for units in official.values()),
        )
    Console(width=160).print(table)


if __name__ == "__main__":
    main()
