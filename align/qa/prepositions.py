"""Prepositions that turn the meaning, or that the verb does not take (Dutch against English).

Slips of machine translation into Dutch that no sentence vector sees, since every
word is there:

- *against as van*: a noun of harm and `van` where the English has "against"
  (`alle gevallen van geweld en discriminatie van mensenrechtenverdedigers` for
  "violence and discrimination against human rights defenders"). After such a
  noun `van` names who does the harm, so the victims read as the perpetrators; the
  English "against" is `tegen` (or `jegens`). Reported where the unit's Dutch has
  fewer of those than its English has "against" (op7 of 72/247 renders two of its
  three, `geweld tegen en ...`, `inclusief tegen hun ...`), and only where the
  English has an "against" at about the same place (:data:`~align.qa.base.DRIFT`, as a
  share of each text): `schendingen van de mensenrechten` ("violations of human rights")
  elsewhere in the paragraph is right. A warning.
- *a verb's preposition*: a verb that takes `aan` for what something goes to, and
  the English "to" rendered `tot` or `naar` later in the sentence, with no `aan`
  between (`besluit een ... vergadering ... te wijden op zijn drieënzeventigste
  zitting, in 2018, ..., tot de twintigste verjaardag`, "to devote ... to the
  twentieth anniversary"), or `voor` before a name after `verslag uitbrengen`
  (`verslag uitbrengen over zijn activiteiten voor de Algemene Vergadering`, "report
  on his activities to the General Assembly", which reads as activities for it). Only
  the verbs of :data:`TAKES_AAN`, and only where the English has the verb and its
  "to". A warning.
- *in for an action*: `in` and an action as a noun, then `van` (`een essentieel
  element in het bouwen en onderhouden van duurzame samenlevingen`, `helpen staten in
  versterking van de rol`), where the English has "in" and a gerund at about the same
  place ("in building and maintaining", "assist States in strengthening"): Dutch sets
  one action in another with `bij` (`bij de opbouw van`, `bij het versterken van`).
  Information: `in` is right after a word of skill (`ervaring in het bouwen van`), and
  in fixed phrases of the same shape (`in afwachting van`, `in toepassing van`, `in
  het zuiden van`).

Shorter calques that fit in a phrase (`angst daarvan` for "fear thereof") are pairs
of :mod:`align.qa.falsefriends`. Dutch only, read against the unit's English,
whichever version is the pivot.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import NamedTuple

from align.model import Alignment, Finding, Severity, Unit
from align.qa.base import Check, QAContext, nearest
from align.qa.clauses import sentences
from align.qa.tokens import LETTER

#: Dutch nouns of harm done to someone, alone or as the tail of a compound (`mensenrechtenschendingen`),
#: then `van` and its object: `geweld en discriminatie van mensenrechtenverdedigers`.
_HARM = (
    r"geweld|discriminatie|schendingen|schending|misbruiken|misbruik|aanvallen|aanval|represailles|"
    r"bedreigingen|bedreiging|intimidatie|misdrijven|misdaden|vervolging|pesterijen|vergeldingsmaatregelen"
)
_HARM_VAN = re.compile(
    rf"(?<!{LETTER})(?:{LETTER}*(?:{_HARM}))(?:(?:,\s+|\s+(?:en|of)\s+)(?:{LETTER}*(?:{_HARM})))*"
    rf"\s+van\s+(?:(?:de|het|hun|alle|deze)\s+)?{LETTER}+",
    re.IGNORECASE,
)
#: What renders "against" in Dutch.
_TEGEN = re.compile(rf"(?<!{LETTER})(?:tegen|jegens)(?!{LETTER})", re.IGNORECASE)
_AGAINST = re.compile(r"\bagainst\b", re.IGNORECASE)


class TakesAan(NamedTuple):
    """A verb that takes `aan` for what something goes to, and the English that shows it does here."""

    forms: str  # the Dutch verb's forms, a regular expression
    english: str  # the English verb with its "to", a regular expression
    calques: str  # the prepositions machine translation puts instead, a regular expression


#: The verbs of *a verb's preposition*, by name.
TAKES_AAN = {
    "wijden": TakesAan(
        r"wijden|wijdt|wijdde|wijdden|gewijd|toewijden|toegewijd", r"\bdevot(?:e|es|ed|ing)\b[^.;]*?\bto\b", "tot|naar",
    ),
    "toewijzen": TakesAan(
        r"toewijzen|toe te wijzen|wijst\s+\w+\s+toe|toegewezen", r"\b(?:allocat|assign)(?:e|es|ed|ing)?\b[^.;]*?\bto\b",
        "tot|naar",
    ),
    "overdragen": TakesAan(
        r"overdragen|over te dragen|draagt\s+\w+\s+over|overgedragen", r"\btransfer(?:s|red|ring)?\b[^.;]*?\bto\b",
        "tot|naar",
    ),
    # `verslag uitbrengen over zijn activiteiten voor de Algemene Vergadering`, "report on his activities to the
    # General Assembly": `voor` only before a name (`voor 1 juli` is a date, `een stem uitbrengen voor` right)
    "verslag uitbrengen": TakesAan(
        r"uitbrengen|uit te brengen|uitgebracht|rapporteren|rapporteert",
        r"\breport(?:s|ed|ing)?\b[^.;]*?\bto\s+the\b", r"tot|naar|voor(?=\s+(?:de\s+|het\s+)?(?-i:[A-Z]))",
    ),
}
_AAN = re.compile(rf"(?<!{LETTER})aan(?!{LETTER})", re.IGNORECASE)
#: `in het bouwen en onderhouden van`, `in versterking van`: `in` and an action as a noun (an
#: infinitive after `het`, or a noun in -ing with no article), then `van` ...
_IN_ACTION = re.compile(
    rf"(?<!{LETTER})in\s+(?:(?P<het>het)\s+)?(?P<noun>{LETTER}+)(?:\s+en\s+{LETTER}+en)?\s+van(?!{LETTER})",
    re.IGNORECASE,
)
#: ... but for the fixed phrases of that shape (`in afwachting van`, `in toepassing van`, `in het midden van`,
#: `in het zuiden van`) ...
_IN_FIXED = frozenset(
    "afwachting uitvoering navolging verwachting opvolging aanvulling vergelijking overweging toepassing afwijking "
    "uitoefening vervanging overeenstemming midden teken leven wezen verleden noorden zuiden oosten westen".split()
)
#: ... and after a word of skill, where `in` is right (`ervaring in het bouwen van`) ...
_SKILL = re.compile(
    rf"(?<!{LETTER})(?:goed|sterk|bedreven|ervaren|ervaring|deskundig|deskundigheid|expertise|gespecialiseerd|"
    rf"geïnteresseerd|interesse|belangstelling|opleiding)\s+$",
    re.IGNORECASE,
)
#: ... where the English has "in" and a gerund (`in building and maintaining`, `in strengthening`).
_IN_GERUND = re.compile(r"\bin\s+[a-z]+ing\b", re.IGNORECASE)
#: How many words after the wrong preposition the excerpt shows (`tot de twintigste verjaardag`).
_EXCERPT_WORDS = 3


class PrepositionsCheck(Check):
    name = "prepositions"
    description = (
        "a preposition that turns the meaning ('geweld van' for 'violence against'), that the verb does not take "
        "('wijden tot'), or 'in' for an action ('in het bouwen van')"
    )
    severity = Severity.WARNING

    def run(self, alignment: Alignment, context: QAContext) -> list[Finding]:
        return [f for unit in alignment.units for f in self._unit(unit, alignment)]

    def _unit(self, unit: Unit, alignment: Alignment) -> Iterator[Finding]:
        dutch, english = unit.texts.get("nl", ""), unit.texts.get("en", "")
        if not dutch.strip() or not english.strip():
            return
        for (start, end), against in against_as_van(dutch, english):
            yield self.finding(
                unit, alignment, ["en", "nl"],
                f"{dutch[start:end]!r} for 'against': after a noun of harm 'van' names who does it; "
                "'against' is 'tegen' or 'jegens'",
                dutch[start:end], against, excerpt_start=start,
            )
        for verb, (start, end), to in wrong_preposition(dutch, english):
            yield self.finding(
                unit, alignment, ["en", "nl"],
                f"{dutch[start:end].split()[0]!r} after {verb!r}: '{verb}' takes 'aan' for what something goes to",
                dutch[start:end], to, excerpt_start=start,
            )
        for (start, end), gerund in in_for_an_action(dutch, english):
            yield self.finding(
                unit, alignment, ["en", "nl"],
                f"{dutch[start:end]!r} for {gerund!r}: an action as the setting of another takes 'bij' in Dutch "
                "('bij het opbouwen van', 'bij de versterking van')",
                dutch[start:end], gerund, severity=Severity.INFO, excerpt_start=start,
            )


def against_as_van(dutch: str, english: str) -> list[tuple[tuple[int, int], str]]:
    """The spans of ``dutch`` where a noun of harm and `van` render an English "against" (see the
    module), each with the English "against" and its object."""
    against = list(_AGAINST.finditer(english))
    if len(_TEGEN.findall(dutch)) >= len(against):
        return []
    found = []
    for m in _HARM_VAN.finditer(dutch):
        # the English "against" near where the nouns start, or else near their `van` (a long compound)
        van = m.start() + m.group().casefold().rindex("van")
        pair = nearest(against, english, m.start() / len(dutch)) or nearest(against, english, van / len(dutch))
        if pair is not None:
            found.append((m.span(), english[pair.start():_words_on(english, pair.end())]))
    return found


def wrong_preposition(dutch: str, english: str) -> list[tuple[str, tuple[int, int], str]]:
    """(verb, span, English) of each `tot` or `naar` after a verb of :data:`TAKES_AAN` in its sentence,
    with no `aan` between, where the English has the verb and its "to": the span from the
    preposition, the English "to" with what follows it."""
    found = []
    for verb, takes in TAKES_AAN.items():
        to = re.search(takes.english, english, re.IGNORECASE)
        if to is None:
            continue
        at = to.start() + to.group().casefold().rindex("to")  # the verb's "to" (`to the` of "report ... to the")
        evidence = english[at:_words_on(english, at + len("to"))]
        pattern = re.compile(rf"(?<!{LETTER})(?:{takes.forms})(?!{LETTER})", re.IGNORECASE)
        calque = re.compile(rf"(?<!{LETTER})(?:{takes.calques})(?!{LETTER})", re.IGNORECASE)
        for sentence in sentences(dutch):
            for m in pattern.finditer(dutch, sentence.start, sentence.end):
                after = dutch[m.end():sentence.end]
                wrong, right = calque.search(after), _AAN.search(after)
                if wrong is None or (right is not None and right.start() < wrong.start()):
                    continue
                start = m.end() + wrong.start()
                found.append((verb, (start, _words_on(dutch, start + len(wrong.group()), sentence.end)), evidence))
    return found


def in_for_an_action(dutch: str, english: str) -> list[tuple[tuple[int, int], str]]:
    """The spans of ``dutch`` where `in` and an action as a noun render the English "in" and a gerund at
    about the same place (see the module), each with the English."""
    gerunds = list(_IN_GERUND.finditer(english))
    found = []
    for m in _IN_ACTION.finditer(dutch) if gerunds else ():
        noun = m.group("noun").casefold()
        # an infinitive (or two) after `het`; a noun in -ing alone without it
        alone = dutch[m.end("noun"):m.end()].split() == ["van"]
        action = noun.endswith("en") if m.group("het") else noun.endswith("ing") and alone
        if not action or noun in _IN_FIXED or _SKILL.search(dutch[:m.start()]):
            continue
        pair = nearest(gerunds, english, m.start() / len(dutch))
        if pair is not None:
            found.append((m.span(), pair.group()))
    return found


def _words_on(text: str, end: int, limit: int | None = None) -> int:
    """Where the :data:`_EXCERPT_WORDS` words after ``end`` end (fewer where ``limit`` comes first)."""
    found = list(re.finditer(rf"{LETTER}+", text[end:limit]))[:_EXCERPT_WORDS]
    return end + found[-1].end() if found else end
