"""Words that turn a sentence's sense, in the pivot and missing from a version.

"Acts of intimidation intended to prevent their cooperation" rendered as
`intimidatie bedoeld voor hun samenwerking` (intended for their cooperation)
says the opposite of the source, and reads well: no sentence vector, no rule on
the words alone sees it. What it loses is one word, `prevent`, that turns the
sense of what follows. Such words are few, and a language has few ways to say
each: to prevent, avoid, avert, hinder, impede, obstruct, refrain, prohibit, ban,
deter (:data:`LEXICON`).

The check counts them in the pivot and in each version of a unit, and reports
a version with fewer: a word the version dropped. The pivot's words are paired
with the version's in reading order, by where they stand in each text, so that
the one left unpaired is named, and the excerpt is the version's text about
where its counterpart should stand (`... ook door vermindering van
criminalisering` where the pivot says "including by avoiding any
criminalization"): a pointer, since a rule cannot tell where a dropped word was.

Only drops are reported. A version with more such words is most often a
translator's choice (`afin d'éviter`, `s'abstenir` for "not to"), and the
counts would cry wolf; so is a version that says the same with other words
(`lutter contre` for "prevent", `n'a pas pu` for "was prevented from"), which
is why a drop is information, though a reversed sense is as bad as an error: on
4,000 official English/French line pairs of the UN Parallel Corpus it fires on
14 of them (0.35%), all such paraphrases, and official translations leave no room
for that in the 2% of units that may carry a warning (two of the 400 pairs
`tests/test_qa_false_alarms.py` samples). In the Dutch 72/247 it finds three,
all real. Languages without a lexicon here are not checked.

Negations are counted apart (:data:`NEGATIONS`), between English and Dutch only:
French restructures them too often (`No one shall` as `Nul ne`, a `ne` with no
negation in it, `sans` for "not"), in 42 of the 71 UDHR units by count. English
and Dutch keep them: no unit of the official Dutch UDHR has fewer than the
English (`Nor shall` is `Evenmin zal`; `without prejudice to` is `onverminderd`,
left out of the count, as is `without delay`), and no unit of a careful Dutch
translation of A/RES/80/53; a machine translation of it that drops the `not` of "is
not an end in itself and is not a prerequisite" has one fewer. Only from an English pivot: Dutch says again
for each item what English says once for a list (`noch aan ... noch aan` for "No
one shall be subjected to torture or to cruel ..."), so with the Dutch UDHR as the
pivot six of its units have more negations than the English, rightly. A reviewer's 15
correct sentences built to trap the count had 11 reported as it was first written; the
idioms of :data:`NEGATIONS` leave 4, where Dutch says the negation inside a word
(`ongeldig`, `onverenigbaar`, `verzuimd` for "have not complied", `bij gebrek aan` for
"were not available"), which a count of words cannot tell. Its 8 slips are all found.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Iterator
from itertools import combinations

from align.model import Alignment, Finding, Severity, Unit
from align.qa.base import Check, versions
from align.qa.tokens import LETTER, words

#: Per language, the forms of the words that turn a sentence's sense, as one pattern. Dutch
#: matches inside compounds (`conflictpreventie`), but not after `on-` (`onbelemmerd`,
#: `ongehinderd`, as English `unhindered` is not matched), nor `voorkomend` ("occurring", `in
#: voorkomend geval`); French `prévenu` is the accused, not "prevented", `interdisciplinaire`
#: no ban.
LEXICON: dict[str, re.Pattern[str]] = {
    "en": re.compile(
        rf"(?<!{LETTER})(?:prevent\w*|avoid\w*|avert\w*|hinder\w*|hindrance\w*|imped\w*|obstruct\w*|obstacle\w*|"
        rf"preclud\w*|refrain\w*|abstain\w*|abstention\w*|prohibit\w*|forbid\w*|forbade|(?<!General )(?<!Mr\. )(?<!M\. )ban(?![\s\-‐‑–]*ki[\s\-‐‑–]*moon)|bans|banned|banning|"
        rf"deter|deters|deterr\w*)(?!{LETTER})",
        re.IGNORECASE,
    ),
    "fr": re.compile(
        rf"(?<!{LETTER})(?:prév(?:en|ien)(?!u)\w*|évit\w*|empêch\w*|entrav\w*|obstacle\w*|obstruction\w*|"
        rf"abst(?:en|ien|int|inr)\w*|interdi(?!scipl)\w*|prohib\w*|dissua\w*)(?!{LETTER})",
        re.IGNORECASE,
    ),
    "nl": re.compile(
        rf"(?<!on)(?<!onge)(?:voorkom(?!end)\w*|voorkwam\w*|voorkoming\w*|preventie\w*|preventief\w*|vermijd\w*|vermeden|vermeed\w*|"
        rf"verhinder\w*|belemmer\w*|belet\w*|hinder\w*|obstructie\w*|obstakel\w*|weerhoud\w*|weerhouden|weerhield\w*|"
        rf"onthoud\w*|onthouden|onthield\w*|verbied\w*|verbod\w*|verboden|verbood\w*|afschrik\w*)(?!{LETTER})",
        re.IGNORECASE,
    ),
}
#: Per language, the words that negate (see the module's docstring). In English, not those that Dutch
#: says without a negation: `No.` or `No` before a number ("number"), a bound (`no later than`, `not
#: exceeding`, `shall not exceed`: `uiterlijk`, `ten hoogste`), `not only ... but` (`zowel ... als`),
#: `whether or not` (`ongeacht`), `neither` (its `nor` is counted: `noch` once or twice), `no-` of a
#: compound (`vliegverbodszone`), the treaty formula `Nothing in this Convention shall affect` (`laat
#: onverlet`; not "shall prejudge"), `never before` (`ongekend`), `cannot be overemphasized` and "without"
#: in phrases Dutch says in one word (`onverminderd`, `onverwijld`). In Dutch, not `niet-` of a compound
#: (`niet-gouvernementele`), as English `non-` is not.
NEGATIONS: dict[str, re.Pattern[str]] = {
    "en": re.compile(
        rf"(?<!{LETTER})(?<!whether or )(?:not(?!\s+only\b[^.;]*\bbut\b|\s+exceed|\s+to\s+exceed)"
        rf"|cannot(?!\s+be\s+over(?:emphasi[sz]ed|stated|estimated))|no(?!\.?\s*\d|[-‐‑](?!one))"
        rf"|never(?!\s+before)|nor|none|nobody|nothing(?!\s+in\s+th[^.;]{{0,40}}\s+shall\s+affect)"
        rf"|without(?!\s+prejudice\s+to|\s+(?:further\s+|undue\s+)?delay))"
        rf"(?!{LETTER})(?!\s+(?:later|earlier|less|more|fewer)\s+than)"
        rf"|(?<={LETTER})n't(?!{LETTER})",
        re.IGNORECASE,
    ),
    "nl": re.compile(
        rf"(?<!{LETTER})(?:niet|geen|nooit|nimmer|noch|evenmin|niemand|niets|nergens|zonder|geenszins)(?![-‐‑]|{LETTER})",
        re.IGNORECASE,
    ),
}
#: Words that may render one of a version's, but say less than one in a pivot: Dutch `tegengaan` is
#: "to counter" (`mensenhandel tegen te gaan` for "to combat trafficking"), `afzien van` "to forgo".
COUNTERPARTS: dict[str, re.Pattern[str]] = {
    "nl": re.compile(
        rf"(?<!{LETTER})(?:tegen te gaan|tegengaan|tegengaat|tegengegaan|gaa[tn] \w+ tegen|afzien|"
        rf"zien af(?! en toe)|ziet af(?! en toe))(?!{LETTER})",
        re.IGNORECASE,
    ),
}
#: How many words either side of where a dropped word's counterpart should stand make the excerpt.
_EXCERPT_REACH = 4
#: Above this many such words in one pivot text, the dropped one is not looked for (the pairings grow fast).
_MAX_TO_PAIR = 12


#: Each lexicon, the words that only render one of its words, what the message calls them, and the
#: pivots it is read from (None: any).
_LEXICONS = ((LEXICON, COUNTERPARTS, "words that turn the sense", None), (NEGATIONS, {}, "negations", {"en"}))


class PolarityCheck(Check):
    name = "polarity"
    description = "a word that turns the sense (prevent, avoid, hinder, prohibit, refrain, not) in the pivot and not in a version"
    severity = Severity.INFO

    def check_unit(self, unit: Unit, alignment: Alignment) -> Iterable[Finding]:
        pivot = alignment.pivot
        for language, text, pivot_text in versions(unit, alignment):
            for lexicon, counterparts, kind, pivots in _LEXICONS:
                if pivot in lexicon and language in lexicon and (pivots is None or pivot in pivots):
                    said = _occurrences(pivot_text, lexicon[pivot])
                    kept = _occurrences(text, lexicon[language], counterparts.get(language))
                    yield from self._report(unit, alignment, language, text, said, kept, kind)

    def _report(
        self, unit: Unit, alignment: Alignment, language: str, text: str,
        said: list[tuple[float, str]], kept: list[tuple[float, str]], kind: str,
    ) -> Iterator[Finding]:
        pivot = alignment.pivot
        if len(kept) >= len(said):
            return
        dropped = _dropped(said, kept)
        if dropped is None:  # too many to pair: the counts alone
            named = ", ".join(dict.fromkeys(w for _, w in said))
            yield self.finding(
                unit, alignment, [pivot, language],
                f"{len(said)} {kind} in {pivot}, {len(kept)} in {language}: "
                "some dropped, reversing the sense, or said another way?",
                "", named,
            )
            return
        for at, word in dropped:
            yield self.finding(
                unit, alignment, [pivot, language],
                f"{word!r} in {pivot}, nothing like it in {language} ({len(said)} {kind} against "
                f"{len(kept)}): dropped, reversing the sense? The excerpt is about where it would stand",
                words_around(text, at), word,
            )


def _occurrences(text: str, pattern: re.Pattern[str], counterparts: re.Pattern[str] | None = None) -> list[tuple[float, str]]:
    """Where each word of ``pattern`` stands in ``text`` (as a share of its length), and the word; with
    ``counterparts``, also the words that only render one (:data:`COUNTERPARTS`)."""
    text = unicodedata.normalize("NFC", text)  # extracted French often has its accents apart
    patterns = [pattern, *([counterparts] if counterparts else [])]
    found = [(m.start() / len(text), m.group()) for p in patterns for m in p.finditer(text)]
    return sorted(found)


def _dropped(said: list[tuple[float, str]], kept: list[tuple[float, str]]) -> list[tuple[float, str]] | None:
    """The pivot's words (each with where it stands, as a share of its text's length) left unpaired when they are
    paired with the version's in reading order, as close in place as can be; None when there are too many to try
    every pairing."""
    if len(said) > _MAX_TO_PAIR:
        return None
    best: tuple[float, tuple[int, ...]] | None = None
    for paired in combinations(range(len(said)), len(kept)):
        cost = sum(abs(said[i][0] - kept[k][0]) for k, i in enumerate(paired))
        if best is None or cost < best[0]:
            best = (cost, paired)
    assert best is not None  # combinations of fewer than there are always yield one
    return [said[i] for i in range(len(said)) if i not in best[1]]


def words_around(text: str, at: float) -> str:
    """The words of ``text`` about ``at`` (a share of its length)."""
    tokens = words(text)
    if not tokens:
        return ""
    middle = min(range(len(tokens)), key=lambda k: abs(tokens[k].start - at * len(text)))
    first, last = max(0, middle - _EXCERPT_REACH), min(len(tokens) - 1, middle + _EXCERPT_REACH)
    return text[tokens[first].start:tokens[last].end]

