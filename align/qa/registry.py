"""Every QA check, registered in one place, and the one function that runs them.

`align qa --checks LIST` names checks from :data:`CHECKS`; findings come back
worst first, then in reading order, so that the first screen of a report is the
one that matters. `--ignore FILE` lists the fingerprints of findings a reviser has
accepted, so that a re-run shows only what is new.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from pathlib import Path

from align.errors import AlignError
from align.model import Alignment, Finding, Section, Severity
from align.qa.base import HEADER_UNIT, SEVERITY_RANK, Check, QAContext
from align.qa.acts import ActsCheck
from align.qa.consistency import ConsistencyCheck
from align.qa.damage import DamageCheck
from align.qa.falsefriends import FalseFriendsCheck
from align.qa.form import FormCheck
from align.qa.grammar import GrammarCheck
from align.qa.header import HeaderCheck
from align.qa.markup import MarkupCheck
from align.qa.meaning import MeaningCheck
from align.qa.numbers import NumbersCheck
from align.qa.polarity import PolarityCheck
from align.qa.possessive import PossessiveCheck
from align.qa.prepositions import PrepositionsCheck
from align.qa.structure import StructureCheck
from align.qa.terminology import TerminologyCheck
from align.qa.typography import TypographyCheck
from align.qa.untranslated import UntranslatedCheck
from align.qa.userfiles import read_user_file

#: The checks by name, in the order a report lists them when severities tie.
CHECKS: dict[str, type[Check]] = {
    check.name: check
    for check in (
        StructureCheck, HeaderCheck, NumbersCheck, UntranslatedCheck, MeaningCheck, PolarityCheck, ActsCheck, FormCheck,
        TerminologyCheck, ConsistencyCheck, FalseFriendsCheck, PrepositionsCheck, GrammarCheck, PossessiveCheck,
        TypographyCheck, DamageCheck, MarkupCheck,
    )
}


class CheckError(AlignError):
    """A check was asked for that does not exist, or cannot run without what it needs."""


def check_names(names: Sequence[str] | None) -> None:
    """Raise :class:`CheckError` unless every one of ``names`` is a check (None: all of them),
    so that a typo fails before any work is done."""
    if names is not None and not names:
        raise CheckError(f"no check named; available: {', '.join(CHECKS)}")  # not a silent run of nothing
    unknown = sorted(set(names or ()) - set(CHECKS))
    if unknown:
        raise CheckError(f"unknown check(s): {', '.join(unknown)}; available: {', '.join(CHECKS)}")


def runnable_alone(names: Sequence[str] | None) -> list[str]:
    """Of the named checks (all when None), in registry order, those a version alone can be given
    (:func:`align.one_version`): the ones that find something in a version on its own
    (:attr:`Check.alone`); the rest, the meaning check among them, compare versions."""
    return [name for name, cls in CHECKS.items() if (names is None or name in names) and cls.alone]


def read_by(names: Sequence[str] | None) -> frozenset[str]:
    """What the named checks (all when None) read from the context when it is there."""
    return frozenset().union(*(cls.reads for name, cls in CHECKS.items() if names is None or name in names))


def select(names: Sequence[str] | None, context: QAContext | None = None) -> list[Check]:
    """Instances of the named checks (all when ``names`` is None), in registry order.

    Without ``names``, checks whose needs the context does not meet are left out;
    named explicitly, such a check is an error, since the user asked for it.
    """
    context = context or QAContext()
    check_names(names)
    chosen = [cls for name, cls in CHECKS.items() if names is None or name in names]
    runnable = []
    for cls in chosen:
        missing = sorted(need for need in cls.needs if getattr(context, need, None) is None)
        if missing and names is not None:
            raise CheckError(f"check {cls.name!r} needs {', '.join(missing)}, which this run does not have")
        if not missing:
            runnable.append(cls())
    return runnable


def run_checks(
    alignment: Alignment,
    checks: Sequence[str] | None = None,
    *,
    context: QAContext | None = None,
    ignore: Iterable[str] = (),
) -> list[Finding]:
    """The findings of the chosen checks on ``alignment``, worst first, ignored ones left out.

    Fingerprints are made unique within a run: the second finding with the same
    fingerprint (the same excerpt twice in one unit) gets `-2` appended, and so on,
    in reading order, so that each can be ignored on its own.
    """
    context = context or QAContext()
    findings = _once(alignment, [f for check in select(checks, context) for f in check.run(alignment, context)])
    _terms_with_a_fault_of_their_own(findings, alignment.pivot)
    order = {unit.id: i for i, unit in enumerate(alignment.units)}
    order[HEADER_UNIT] = -1
    check_order = {name: i for i, name in enumerate(CHECKS)}
    findings.sort(key=lambda f: (order.get(f.unit, len(order)), check_order.get(f.check, len(check_order))))
    seen: Counter[str] = Counter()
    for finding in findings:
        seen[finding.id] += 1
        if seen[finding.id] > 1:
            finding.id = f"{finding.id}-{seen[finding.id]}"
    findings.sort(key=lambda f: SEVERITY_RANK[f.severity])  # stable: reading order within a severity
    ignored = set(ignore)
    return [f for f in findings if f.id not in ignored]


def _once(alignment: Alignment, findings: list[Finding]) -> list[Finding]:
    """The findings less those that say again what a header finding says: a header field's
    line (`Zeventig seconden sessie`) is also a title unit, where the numbers check reads
    the same change. Only when the header check did report it: a line it cannot read as
    its field (`Drieënzeventigste vergadering`) is left to the other checks."""
    header_lines = {(language, f.excerpt) for f in findings if f.check == "header" for language in f.languages}
    if not header_lines:
        return findings
    units = {unit.id: unit for unit in alignment.units}

    def said_again(finding: Finding) -> bool:
        unit = units.get(finding.unit)
        return (
            finding.check == "numbers"
            and unit is not None
            and unit.section is Section.TITLE
            and any((language, unit.texts.get(language, "")) in header_lines for language in finding.languages if language != alignment.pivot)
        )

    return [f for f in findings if not said_again(f)]


def _terms_with_a_fault_of_their_own(findings: list[Finding], pivot: str) -> None:
    """A glossary term not rendered because a span of its rendering has a fault another check
    reports (`mens Rights Council` for "Human Rights Council", left in English; `Bureau van de ECB
    Hoge Commissaris`, an acronym nothing accounts for) is one fault counted twice: the term's
    finding becomes information, still saying what the glossary expects, and names that check."""
    serious = [f for f in findings if f.check != "terminology" and f.severity is not Severity.INFO and f.excerpt]
    for term in findings:
        if term.check != "terminology" or term.severity is Severity.INFO:
            continue
        cause = next(
            (f for f in serious if f.unit == term.unit and f.excerpt in term.excerpt
             and set(f.languages) & (set(term.languages) - {pivot})),  # a fault of the same version
            None,
        )
        if cause is not None:
            term.severity = Severity.INFO
            term.message += f"; its {cause.excerpt!r} is reported by the {cause.check} check"


def read_ignore_file(path: str | Path) -> frozenset[str]:
    """The fingerprints in an ignore file: one per line, `#` starts a comment, blank lines skipped."""
    lines = read_user_file(Path(path), "ignore file", CheckError, "a UTF-8 text file of fingerprints, one per line").splitlines()
    return frozenset(token for line in lines if (token := line.split("#", 1)[0].strip()))
