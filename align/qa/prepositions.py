"""Prepositions that turn the meaning, or that the verb does not take (Dutch against English).

Slips of machine translation into Dutch that no sentence vector sees, since every
word is there:

- *against as van*: a noun of harm and `van` where the English has "against"
  (`alle gevallen van geweld en discriminatie van mensenrechtenverdedigers` for
  "violence and discrimination against human rights defenders"). After `geweld`,
  `aanvallen`, `represailles`, `misdaden` (:data:`_DONE_BY`) `van` names who does the
  harm (`het geweld van gewapende groepen`), so the victims read as the perpetrators;
  the English "against" is `tegen` (or `jegens`). After `discriminatie`, `schending`,
  `misbruik`, `intimidatie` it names the victim, and renders "against" rightly (`het
  Verdrag inzake de uitbanning van alle vormen van discriminatie van vrouwen`, CEDAW's
  official Dutch title): those count only in a list with one of the first, or where the
  Dutch repeats the preposition as `tegen` after the victims (`schendingen en misbruik
  van mensenrechtenverdedigers, inclusief tegen hun familieleden`, "including against
  their family members"): the repetition shows it was "against". Reported
  where the unit's Dutch has fewer renderings of "against" (`tegen`, `jegens`,
  `tegenover`, `ten aanzien van`; not `tegen 2030`) than its English has "against",
  and only where the English has an "against" at about the same place
  (:data:`~align.qa.base.DRIFT`, as a share of each text) and no "violence of",
  "attacks by" or "committed by" there. `aanvallen op` renders "attacks against" too.
  Not `van en` (`de intimidatie van en represailles tegen`), a `van` of kind (`van welke
  aard ook`), nor a doer with the victim after `tegen` a few words on
  (`vergeldingsmaatregelen van de autoriteiten tegen hun families`, `ten aanzien van`). A
  warning.
- *a verb's preposition*: a verb that takes `aan` for what something goes to, and
  the English "to" rendered `tot` or `naar` later in its clause (`besluit een ...
  vergadering ... te wijden op zijn drieënzeventigste zitting, in 2018, ..., tot de
  twintigste verjaardag`, "to devote ... to the twentieth anniversary"), or `voor`
  before a name after `verslag uitbrengen` (`verslag uitbrengen over zijn activiteiten
  voor de Algemene Vergadering`, "report on his activities to the General Assembly",
  which reads as activities for it). Only the verbs of :data:`TAKES_AAN`, only where the
  English has the verb and its "to"; not where the clause has an `aan`, before the verb
  (Dutch puts the verb last: `aan de verjaardag te wijden`) or after the calque, where
  `tot` or `naar` open a time or a measure (`tot 2030`, `naar gelang van`, `naar rato`,
  `naar het volgende begrotingsjaar`, `tot vijftig`), where the English has "for",
  "before", "until" or "towards" at the calque's place (`toegewezen tot de verkiezingen zijn
  gehouden`), nor a `voor` inside a name (`de Raad voor de Mensenrechten`), a noun's
  (`de kosten voor de Organisatie`) or after a comma. The English verb and its "to" are
  not read across a clause of their own (`dedicated and are deployed to`). The search stops at a clause joined by a comma and `en` or `of`.
  Information: a second review's held-out sentences drew false alarms from 6 of 10
  correct ones before these guards (budget Dutch, `naar rato`, `tot` for "until").
- *in for an action*: `in` and an action as a noun, then `van` (`een essentieel
  element in het bouwen en onderhouden van duurzame samenlevingen`, `helpen staten in
  versterking van de rol`), where the English has "in" and a gerund at about the same
  place ("in building and maintaining", "assist States in strengthening"): Dutch sets
  one action in another with `bij` (`bij de opbouw van`, `bij het versterken van`).
  Information: `in` is right after a word that takes it (`ervaring in het bouwen van`,
  `investeren in het opleiden van`, `vrij in het bepalen van`) or a participle (`belemmerd
  in het uitoefenen van`), and in fixed phrases of the same shape (`in afwachting van`,
  `in toepassing van`, `in het zuiden van`).

Shorter calques that fit in a phrase (`angst daarvan` for "fear thereof") are pairs
of :mod:`align.qa.falsefriends`. Dutch only, read against the unit's English,
whichever version is the pivot.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import NamedTuple

from align.model import Alignment, Finding, Severity, Unit
from align.qa.base import Check, QAContext, nearest, paired
from align.qa.clauses import sentences
from align.qa.tokens import LETTER

#: Dutch nouns of harm after which `van` names who does it (`het geweld van gewapende groepen`) ...
_DONE_BY = (
    r"geweld|gewelddaden|geweldpleging|aanvallen|aanval|represailles|misdaden|misdrijven|"
    r"vergeldingsmaatregelen|vergelding"
)
#: ... and those after which it names the victim (`discriminatie van vrouwen`, as the official Dutch title
#: of CEDAW renders "discrimination against women"), which count only in a list with one of the first
#: (`geweld en discriminatie van`).
_DONE_TO = (
    r"discriminatie|schendingen|schending|misbruiken|misbruik|intimidatie|bedreigingen|bedreiging|vervolging|"
    r"pesterijen"
)
_HARM_NOUN = rf"{LETTER}*(?:{_DONE_BY}|{_DONE_TO})(?!{LETTER})"
#: The nouns, one or a list of them; searched as whole lists, so that a long list is read once, not
#: again from each of its nouns ...
_HARM_NOUNS = re.compile(rf"(?<!{LETTER}){_HARM_NOUN}(?>(?:,\s+|\s+(?:en|of)\s+){_HARM_NOUN})*", re.IGNORECASE)
#: ... then `van` and its object after them; not `van en` (two prepositions, one object: `de intimidatie
#: van en represailles tegen`), nor a `van` of kind (`van welke aard ook`, `van niet-politieke aard`).
_VAN_OBJECT = re.compile(
    rf"\s+(van)\s+(?!(?:en|of|welke)(?!{LETTER})|niet-|(?:{LETTER}+\s+){{0,2}}aard(?!{LETTER}))"
    rf"(?:(?:de|het|hun|alle|deze)\s+)?{LETTER}+(?!{LETTER})",
    re.IGNORECASE,
)
_DONE_BY_WORD = re.compile(rf"(?:{_DONE_BY})(?!{LETTER})", re.IGNORECASE)
#: What renders "against" in Dutch (not `tegen 2030`, "by 2030" in Belgian Dutch) ...
_TEGEN = re.compile(
    rf"(?<!{LETTER})(?:tegen(?!\s+\d)|jegens|tegenover|ten aanzien van|ertegen|(?:aanvallen|aanval|aanslagen|aanslag)\s+op)"
    rf"(?!{LETTER})",
    re.IGNORECASE,
)
_AGAINST = re.compile(r"\bagainst\b", re.IGNORECASE)
#: ... and English that has the doer after the noun, which `van` renders rightly (`violence of armed groups`).
_DONE_BY_ENGLISH = re.compile(
    r"\b(?:violence|attacks?|reprisals?|retaliation|crimes?)\s+(?:of|by|from)\b|\b(?:committed|perpetrated|carried out)\s+by\b",
    re.IGNORECASE,
)
#: `de vergeldingsmaatregelen van de autoriteiten tegen hun families`: the doer after `van`, the victim after
#: `tegen` a few words on.
_TEGEN_AFTER = re.compile(rf"(?:\s+{LETTER}+){{0,3}}\s+(?:tegen|jegens|tegenover|ten aanzien van)(?!{LETTER})", re.IGNORECASE)
#: The Dutch's own "including against" after the victims, after a comma or in brackets (`schendingen en misbruik van
#: mensenrechtenverdedigers, inclusief tegen hun familieleden`): the preposition it repeats was "against", so after
#: the nouns of :data:`_DONE_TO` too the `van` renders it wrongly.
_AGAINST_ECHO = re.compile(
    rf"(?:\s+{LETTER}+){{0,6}}\s*(?:,\s+|\s\()(?:inclusief|waaronder|met inbegrip van|ook|met name|in het bijzonder|vooral|"
    rf"onder meer)\s+(?:ook\s+)?(?:tegen|jegens)(?!{LETTER})",
    re.IGNORECASE,
)


class TakesAan(NamedTuple):
    """A verb that takes `aan` for what something goes to, and the English that shows it does here."""

    forms: str  # the Dutch verb's forms, a regular expression
    english: str  # the English verb with its "to", a regular expression
    calques: str  # the prepositions machine translation puts instead, a regular expression
    before_a_name: str = ""  # calques that count only before a name (`voor de Algemene Vergadering`)

    @property
    def every_calque(self) -> str:
        return "|".join(c for c in (self.calques, self.before_a_name) if c)


#: What may stand between an English verb and its "to": not a clause of its own (`dedicated and are deployed to`).
_UP_TO = r"(?:(?!\band\s+(?:is|are|was|were|be|been|has|have|will)\b)[^.;])*?"
#: The verbs of *a verb's preposition*, by name.
TAKES_AAN = {
    "wijden": TakesAan(
        r"wijden|wijdt|wijdde|wijdden|gewijd|toewijden|toegewijd", rf"\b(?:devot|dedicat)(?:e|es|ed|ing)\b{_UP_TO}\bto\b",
        "tot|naar",
    ),
    "toewijzen": TakesAan(
        r"toewijzen|toe te wijzen|wijst\s+\w+\s+toe|toegewezen",
        rf"\b(?:allocat(?:e|es|ed|ing)|assign(?:s|ed|ing)?)\b{_UP_TO}\bto\b", "tot|naar",
    ),
    "overdragen": TakesAan(
        r"overdragen|over te dragen|draagt\s+\w+\s+over|overgedragen", rf"\btransfer(?:s|red|ring)?\b{_UP_TO}\bto\b",
        "tot|naar",
    ),
    # `verslag uitbrengen over zijn activiteiten voor de Algemene Vergadering`, "report on his activities to the
    # General Assembly"; `voor 1 juli` is a date, `een stem uitbrengen voor` right
    "verslag uitbrengen": TakesAan(
        r"uitbrengen|uit te brengen|uitgebracht|rapporteren|rapporteert",
        rf"\breport(?:s|ed|ing)?\b{_UP_TO}\bto\s+the\b", "tot|naar", before_a_name="voor",
    ),
}
#: Per verb, compiled once: its English cue, its Dutch forms, and its calques.
_TAKES_AAN_PATTERNS = {
    verb: (
        re.compile(takes.english, re.IGNORECASE),
        re.compile(rf"(?<!{LETTER})(?:{takes.forms})(?!{LETTER})", re.IGNORECASE),
        re.compile(rf"(?<!{LETTER})(?:{takes.every_calque})(?!{LETTER})", re.IGNORECASE),
    )
    for verb, takes in TAKES_AAN.items()
}
_AAN = re.compile(rf"(?<!{LETTER})aan(?!{LETTER})", re.IGNORECASE)
_TO = re.compile(r"to", re.IGNORECASE)
#: A participle or a verb straight before an `aan`, which governs it (`Herinnerend aan`, `bij te dragen aan`).
_GOVERNED = re.compile(r"(?:en|ende|end)\s+$", re.IGNORECASE)
#: The word after a preposition (past `de` or `het`), and the one before it: is it a name?
_FOLLOWING_WORD = re.compile(rf"\s+(?:(?:de|het)\s+)?({LETTER})")
_WORD_BEFORE = re.compile(rf"({LETTER}){LETTER}*\s+$")
#: A `voor` that is a noun's (`de kosten voor de Organisatie`) or opens a clause after a comma (`, voor de Derde
#: Commissie haar debat aanvat`): not the verb's.
_VOOR_NOT_THE_VERBS = re.compile(
    rf"(?:(?<!{LETTER})(?:kosten|gevolgen|implicaties|middelen|aanbevelingen|voorstellen|betekenis|belang)\s+|,\s+)voor$",
    re.IGNORECASE,
)
_LOOK_BACK = 30
#: How far before the verb an `aan` may name its recipient: the object between (`aan de twintigste verjaardag
#: van de aanneming van de Verklaring te wijden`), not an earlier clause's (`Herinnerend aan ...`).
_AAN_LOOK_BACK = 100
#: Where the search for a calque stops: a clause joined by a comma and `en` or `of` (`te wijden, en nodigt
#: ... uit tot`) ...
_NEXT_CLAUSE = re.compile(r",\s+(?:en|of)\s")
#: ... and what `tot` and `naar` open that no "to" renders: a time (`tot 2030`, `tot 31 december`), a measure
#: (`naar gelang van`, `naar behoren`).
_NO_CALQUE = re.compile(
    rf"(?:tot\s+(?:\d|en met|nu|dusver|dusverre|op heden|op zekere hoogte|nader order|slot|stand|dan|een|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|"
    rf"{LETTER}+tig|honderd|duizend|miljoen)|naar\s+(?:gelang|behoren|aanleiding|verluidt|"
    rf"schatting|analogie|rato|evenredigheid|verhouding|(?:het|de)\s+(?:volgende|komende|nieuwe)))(?!{LETTER})",
    re.IGNORECASE,
)
#: English at the calque's place that `voor`, `tot` or `naar` render rightly: "for" (`aanbevelingen voor de
#: Raad`), "until" (`toegewezen tot de verkiezingen zijn gehouden`).
_RENDERED_RIGHTLY = {
    "voor": re.compile(r"\b(?:for|before)\b", re.IGNORECASE),
    "tot": re.compile(r"\b(?:until|till|up to|pending)\b", re.IGNORECASE),
    "naar": re.compile(r"\b(?:towards?|according to)\b", re.IGNORECASE),
}
#: `in het bouwen en onderhouden van`, `in versterking van`: `in` and an action as a noun (infinitives
#: after `het`, or a noun in -ing with no article), then `van` ...
_IN_ACTION = re.compile(
    rf"(?<!{LETTER})in\s+(?:(?P<het>het)\s+)?(?P<noun>{LETTER}+)(?:(?:,\s+|\s+(?:en|of)\s+){LETTER}+en)*\s+van(?!{LETTER})",
    re.IGNORECASE,
)
#: ... but for the fixed phrases of that shape (`in afwachting van`, `in toepassing van`, `in het midden van`,
#: `in het zuiden van`) ...
_IN_FIXED = frozenset(
    "afwachting uitvoering navolging verwachting opvolging aanvulling vergelijking overweging toepassing afwijking "
    "uitoefening vervanging overeenstemming midden teken leven wezen verleden noorden zuiden oosten westen".split()
)
#: ... and after a word that takes `in` (`ervaring in het bouwen van`, `investeren in het opleiden van`, a
#: word between: `moedigt investeringen aan in`, `autonomie genieten in`, `standvastig blijven in`) ...
_TAKES_IN = re.compile(
    rf"(?<!{LETTER})(?:goed|sterk|bedreven|ervaren|ervaring|deskundig|deskundigheid|expertise|gespecialiseerd|"
    rf"geïnteresseerd|interesse|belangstelling|opleiding|investeren|investeert|investering|investeringen|"
    rf"kentering|verschuiving|verandering|veranderingen|verbetering|verbeteringen|verschil|verschillen|"
    rf"transparantie|participatie|betrokkenheid|vooruitgang|vorderingen|succes|succesvol|vrij|zelfstandig|autonoom|"
    rf"consequent|terughoudend|standvastig|onvermoeibaar|autonomie|participeren|actief|consistentie|flexibiliteit|"
    rf"bekwaam|(?:ge|be|ver|ont|her){LETTER}+[dt])(?:\s+(?:te\s+)?{LETTER}+)?\s+"  # a verb between: `blijven`
    rf"(?:in\s+(?:het\s+)?[^,;:.]*?\s+en\s+)?$",  # and the second of two: `bekwaam in het afnemen ... en in het`
    re.IGNORECASE,
)
#: ... where the English has "in" and a gerund (`in building and maintaining`, `in strengthening`; not a
#: place, `in Beijing`).
_IN_GERUND = re.compile(r"\b[Ii]n\s+[a-z]+ing\b")
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
                dutch[start:end], to, severity=Severity.INFO, excerpt_start=start,
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
    doers = list(_DONE_BY_ENGLISH.finditer(english))
    found = []
    for nouns in _HARM_NOUNS.finditer(dutch):
        m = _VAN_OBJECT.match(dutch, nouns.end())
        if m is None or _TEGEN_AFTER.match(dutch, m.end()) or not (
            _DONE_BY_WORD.search(dutch, nouns.start(), m.start(1)) or _AGAINST_ECHO.match(dutch, m.end())
        ):
            continue  # `van` after these nouns names the victim: a rendering of "against"; or the doer, a `tegen` after
        # the English "against" near where the nouns start, or else near their `van` (a long compound)
        start, van = nouns.start() / len(dutch), m.start(1) / len(dutch)
        pair = nearest(against, english, start) or nearest(against, english, van)
        if pair is not None and not (nearest(doers, english, start) or nearest(doers, english, van)):
            found.append(((nouns.start(), m.end()), english[pair.start():_words_on(english, pair.end())]))
    return found


def wrong_preposition(dutch: str, english: str) -> list[tuple[str, tuple[int, int], str]]:
    """(verb, span, English) of each calque of "to" after a verb of :data:`TAKES_AAN` in its clause,
    where the English has the verb and its "to" and the clause no `aan` (see the module for the rest of
    the guards): the span from the preposition, the English "to" with what follows it."""
    found: dict[tuple[int, int], tuple[str, str]] = {}  # one finding a span: a verb has several forms
    rightly = {word: list(pattern.finditer(english)) for word, pattern in _RENDERED_RIGHTLY.items()}
    dutch_sentences = sentences(dutch)
    for verb, takes in TAKES_AAN.items():
        cue, pattern, calque = _TAKES_AAN_PATTERNS[verb]
        # the "to" of each English verb and its "to" (`to the` of "report ... to the"), as a match where it stands
        tos = [_TO.match(english, c.start() + c.group().casefold().rindex("to")) for c in cue.finditer(english)]
        if not tos:
            continue
        for sentence in dutch_sentences:
            for m in pattern.finditer(dutch, sentence.start, sentence.end):
                stop = _NEXT_CLAUSE.search(dutch, m.end(), sentence.end)
                end = stop.start() if stop else sentence.end
                wrong = calque.search(dutch, m.end(), end)
                to = nearest(tos, english, wrong.start() / len(dutch)) if wrong else None  # the "to" it renders
                aan = _names_the_recipient(dutch, max(sentence.start, m.start() - _AAN_LOOK_BACK), m, end)
                if to is None or aan or _NO_CALQUE.match(dutch, wrong.start()):
                    continue
                word = wrong.group().casefold()
                if nearest(rightly[word], english, wrong.start() / len(dutch)) or _VOOR_NOT_THE_VERBS.search(
                    dutch, max(wrong.start() - _LOOK_BACK, 0), wrong.end()
                ) or (
                    re.fullmatch(takes.before_a_name, word) and not _before_a_name(dutch, wrong.start(), wrong.end())
                ):
                    continue
                span = (wrong.start(), _words_on(dutch, wrong.end(), sentence.end))
                found.setdefault(span, (verb, english[to.start():_words_on(english, to.end())]))
    return [(verb, span, evidence) for span, (verb, evidence) in sorted(found.items())]


def _names_the_recipient(text: str, start: int, verb: re.Match[str], end: int) -> bool:
    """Whether an `aan` names the verb's recipient: after the verb in its clause, or before it from
    ``start`` (Dutch puts the verb last: `een vergadering aan de verjaardag te wijden`), but not one a
    participle or another verb governs (`Herinnerend aan resolutie 53/144,`, `bij te dragen aan`)."""
    if _AAN.search(text, verb.end(), end):
        return True
    return any(
        not _GOVERNED.search(text, max(start, m.start() - _LOOK_BACK), m.start())
        for m in _AAN.finditer(text, start, verb.start())
    )


def _before_a_name(text: str, start: int, end: int) -> bool:
    """Whether a name follows the word at ``start:end`` (after `de` or `het`), and the word is not inside one:
    `voor de Algemene Vergadering`, not `de Raad voor de Mensenrechten`."""
    following = _FOLLOWING_WORD.match(text, end)
    before = _WORD_BEFORE.search(text, 0, start)
    inside = before is not None and before.group(1).isupper()
    return following is not None and following.group(1).isupper() and not inside


def in_for_an_action(dutch: str, english: str) -> list[tuple[tuple[int, int], str]]:
    """The spans of ``dutch`` where `in` and an action as a noun render the English "in" and a gerund at
    about the same place (see the module), each with the English."""
    found = []
    for m, pair in paired(_IN_ACTION, dutch, _IN_GERUND, english):
        noun = m.group("noun").casefold()
        # an infinitive (or two) after `het`; a noun in -ing alone without it
        alone = dutch[m.end("noun"):m.end()].split() == ["van"]
        action = noun.endswith("en") if m.group("het") else noun.endswith("ing") and alone
        clause_start = max(dutch.rfind(stop, 0, m.start()) for stop in ".;:") + 1  # read within the sentence
        if action and noun not in _IN_FIXED and not _TAKES_IN.search(dutch, clause_start, m.start()):
            found.append((m.span(), pair.group()))
    return found


def _words_on(text: str, end: int, limit: int | None = None) -> int:
    """Where the :data:`_EXCERPT_WORDS` words after ``end`` end (fewer where ``limit`` comes first)."""
    found = list(re.finditer(rf"{LETTER}+", text[end:limit]))[:_EXCERPT_WORDS]
    return end + found[-1].end() if found else end
