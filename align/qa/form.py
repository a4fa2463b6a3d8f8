"""The opening conventions of resolution paragraphs, per language.

Every preambular paragraph opens with a participle or adjective phrase
(`Recalling`, `Gravely concerned`, `Rappelant`, `Consciente`, `Herinnerend aan`,
`Indachtig`) and every operative paragraph with a capitalised verb in the present
tense (`Urges`, `Prie`, `Verzoekt`), the General Assembly being the subject of
them all. Machine translation breaks this in recognisable ways:

- the opening verb loses its capital (`herhaalt met klem dat`, `verzoekt`): info,
  a matter of style;
- the paragraph opens with an article or pronoun and the verb comes later, if at
  all (`De wezenlijke rol erkennend`, `Ze bezorgd over`, `De positieve ... rol van
  mensenrechten onderstrepen`): warning;
- the participle becomes a noun (`Verwelkoming van`, `Onderstreping van`) or the
  finite verb a participle or infinitive: warning;
- a preambular paragraph opens with a finite verb (`Erkent dat` for "Recognizing
  that"), so that it reads as a decision: warning. The official French of 76/170
  has one (`Se félicite de la contribution continue`, between `Rappelant` and
  `Prenant note`);
- the pivot's opening says `also` or `further` and the version's does not
  (`Guided also by` rendered `Geleid door`, so that it opens like the paragraph
  before): warning.

A version is judged only where the pivot itself follows the convention of its
section, so that headings, list items and paragraphs of other documents are left
alone. A version checked on its own (:func:`align.one_version`) has no pivot to ask:
its own paragraphs stand in for it, and a section is judged only where at least
:data:`ALONE_SHARE` of its paragraphs (:data:`ALONE_MIN_PARAGRAPHS` or more, lettered
items of a list left out) open by the convention, a lost capital aside, so that the odd
ones out are departures; the UDHR's `Whereas` preamble is not judged at all. A lost
capital is reported only where at least half of those openings keep theirs: a version
that writes them all in lower case has a style of its own. Only the opening is judged
alone: an `also` lost needs the pivot's.

The text the parser gives has lost its markdown emphasis, so the opening verb is
found by form, not by italics; it may sit mid-sentence.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass

from align.model import Alignment, Finding, Section, Severity, Unit
from align.parse.header import ADDRESSEE
from align.qa.base import Check, QAContext, versions
from align.qa.tokens import Word, words

#: How far into a paragraph a displaced opening verb is looked for.
_DISPLACED_REACH = 12
#: How many opening words of the version are searched for its `also`, and shown when it has none.
_ALSO_SEARCH = 8
_ALSO_REACH = 3
#: How far the version's `tevens` is looked for: Dutch puts it after the verb's object (`Verzoekt de Groep
#: van wetenschappelijke en technische deskundigen tevens`) or an aside.
_ALSO_CLAUSE = 20
#: How far after a possessive (:attr:`Conventions.object_first`) a participle stands in the object-first order.
_OBJECT_FIRST_REACH = 7
#: A version alone: the share of a section's paragraphs that must open by the convention (the first
#: letter's case aside) for the rest to be judged against it, and how many paragraphs it needs.
ALONE_SHARE = 0.6
ALONE_MIN_PARAGRAPHS = 5


@dataclass(frozen=True)
class Conventions:
    """What the opening of a paragraph looks like in one language (case-folded word lists)."""

    #: Adverbs and fixed leads that may stand before the opening verb (`also`, `gravely`, `in`).
    leads: frozenset[str]
    #: Endings of adverbs that may lead (`gravely`, `profondément`).
    lead_endings: tuple[str, ...]
    #: Endings of preambular participles and adjectives (`-ing`, `-ant`, `-end`).
    preamble_endings: tuple[str, ...]
    #: Preambular openers that no ending describes (`mindful`, `consciente`, `indachtig`).
    preamble_words: frozenset[str]
    #: Endings of a word that cannot open an operative paragraph (`-ing`, `-ant`, `-end`).
    non_finite_endings: tuple[str, ...]
    #: Articles and pronouns: a paragraph that opens with one has lost its verb.
    non_openers: frozenset[str]
    #: Endings of nouns made from the opening verb (`Verwelkoming`).
    noun_endings: tuple[str, ...]
    #: Words that follow an opening adjective as part of it (`bezorgd over`).
    particles: frozenset[str]
    #: Stems of the usual opening verbs, to find one displaced into the sentence in
    #: any form (`onderstrepen` for `Onderstrepend`).
    verb_stems: tuple[str, ...]
    #: Words that make an opening `also` or `further` (`Recalling also`, `Rappelant également`,
    #: `Herinnerend aan ... eveneens`): a resolution says so when it recalls a second time.
    also: frozenset[str] = frozenset()
    #: Those of :attr:`also` that say nothing else past the opening words, where the first clause may put
    #: them (`tevens`; not `verder`, `mede`: `verder te ontwikkelen`), unless a preposition follows
    #: (`ook door`, "including by").
    also_in_clause: frozenset[str] = frozenset()
    #: Endings of the finite opening verbs, third person singular (`Recalls`, `Erkent`, `Rappelle`): a
    #: preambular opening with a verb's stem and none of these is an adjective or a noun (`Erkentelijk`,
    #: `Met bezorgdheid`, `Supportive`).
    finite_endings: tuple[str, ...] = ()
    #: The copula, finite (`Is ernstig verontrust`, `Est consciente`): before a preambular adjective, a
    #: finite verb all the same.
    copula: str = ""
    #: Possessives that open a preambular paragraph's object put before its participle, the Dutch
    #: order of "Expressing its appreciation" (`Haar waardering betuigend aan`).
    object_first: frozenset[str] = frozenset()
    #: Stems of opening verbs that say `again` themselves (`Reaffirming`, `Réaffirmant`,
    #: `Herbevestigend`): a version that renders one without `again` (`Bevestigend`) affirms
    #: for the first time what the resolution says it affirms once more.
    again: tuple[str, ...] = ()

    def is_lead(self, word: Word) -> bool:
        return word.key in self.leads or bool(self.lead_endings and word.key.endswith(self.lead_endings))

    def is_preamble_opener(self, word: Word) -> bool:
        # the plural of a listed word (`Conscients`, States in a group)
        listed = word.key in self.preamble_words or word.key.removesuffix("s") in self.preamble_words
        return listed or word.key.endswith(self.preamble_endings)


CONVENTIONS: dict[str, Conventions] = {
    "en": Conventions(
        leads=frozenset("also further again once furthermore moreover in this regard".split()),
        lead_endings=("ly",),
        preamble_endings=("ing", "ed"),
        preamble_words=frozenset(
            "mindful aware conscious cognizant convinced determined desirous resolved guided concerned "
            "alarmed encouraged deeply gravely bearing having taking".split()
        ),
        non_finite_endings=("ing", "ed"),
        finite_endings=("s",),
        copula="is",
        non_openers=frozenset("the a an it they this that these those its their he she we".split()),
        noun_endings=("tion", "sion", "ment", "ance", "ence"),
        particles=frozenset("by about that of at with to".split()),
        verb_stems=tuple(
            "recall reaffirm reiterat note noting welcom stress underlin underscor emphasi recogni acknowledg "
            "urg call request decid encourag condemn invit express concern mindful aware convinc guid "
            "commend deplor affirm consider takes taking bear endors approv authori demand support appeal "
            "remind declar adopt regret proclaim designat establish extend continu agree accept renew "
            "appreciat recommend insist exhort direct".split()
        ),
        also=frozenset({"also", "further", "furthermore"}),
        again=("reaffirm",),
    ),
    "fr": Conventions(
        leads=frozenset(
            "également aussi en outre de nouveau profondément vivement gravement sérieusement fermement "
            "pleinement très se s'".split()
        ),
        lead_endings=("ment",),
        preamble_endings=("ant", "ante", "ants", "antes", "é", "ée", "és", "ées"),  # `Reconnaissante`
        preamble_words=frozenset(
            "consciente convaincue résolue soucieuse inquiète sensible attachée déterminée persuadée "
            "ayant sachant guidée préoccupée alarmée "
            # masculine, for the Human Rights Council (`Le Conseil des droits de l'homme, Conscient que`)
            "conscient convaincu résolu soucieux inquiet".split()
        ),
        non_finite_endings=("ant",),
        finite_endings=("e", "t", "d"),  # `Rappelle`, `Reconnaît`, `Prend`
        copula="est",
        non_openers=frozenset("le la les l' un une des il elle ils elles ce cette ces son sa ses leur leurs".split()),
        noun_endings=("tion", "sion", "ance", "ence"),
        particles=frozenset("par de que à".split()),
        verb_stems=tuple(
            "rappel réaffirm réitèr not accueil félicit soulign insist reconn consid constat pri demand "
            "exhort décid encourag engag condamn invit exprim préoccup conscient convaincu guid salu "
            "appui approuv prend prenant tenant ayant adopt autoris déclar recommand proclam continu "
            "remerci regrett déplor affirm".split()
        ),
        also=frozenset({"également", "aussi", "outre", "plus", "nouveau"}),
        also_in_clause=frozenset({"également", "outre"}),
        again=("réaffirm",),
    ),
    "nl": Conventions(
        leads=frozenset(
            "opnieuw tevens eveneens ook voorts nogmaals ernstig diep zeer sterk met in zich eraan erop "
            "daarbij".split()
        ),
        lead_endings=(),
        preamble_endings=("end", "ende"),
        preamble_words=frozenset(
            "indachtig bezorgd bewust overtuigd verontrust vastbesloten geleid gealarmeerd verheugd "
            "gesterkt verontwaardigd".split()
        ),
        non_finite_endings=("end", "ende", "ing"),
        finite_endings=("t",),
        copula="is",
        non_openers=frozenset("de het een ze zij hij wij men dit dat deze die zijn haar hun".split()),
        noun_endings=("ing",),
        particles=frozenset("over van aan door dat met om op".split()),
        verb_stems=tuple(
            "herinner bevestig herbevestig erken benadruk onderstre onderschr verwelkom overweg nem neem "
            "beklemtoon constat betreur veroordeel moedig verzoek besl roep dring herhaal verklaar spreek betuig "
            "dankt prijst steun stimul nodig bezorgd verheugd bewust indachtig overtuig geleid blijft "
            "keurt machtigt beveelt aanvaard".split()
        ),
        also=frozenset(
            {"ook", "eveneens", "tevens", "mede", "voorts", "verder", "bovendien", "opnieuw", "nogmaals", "wederom", "andermaal"}
        ),
        also_in_clause=frozenset({"tevens", "eveneens", "voorts", "ook", "bovendien"}),
        again=("herbevestig",),
        object_first=frozenset({"zijn", "haar", "hun"}),
    ),
}


class FormCheck(Check):
    name = "form"
    description = "opening verbs of preambular and operative paragraphs that break the conventions of the language"
    severity = Severity.WARNING
    alone = True  # a version's openings against its own paragraphs' convention

    def run(self, alignment: Alignment, context: QAContext) -> list[Finding]:
        if len(alignment.languages) == 1:
            return list(self._alone(alignment))
        return super().run(alignment, context)

    def _alone(self, alignment: Alignment) -> Iterator[Finding]:
        """The departures of a version checked on its own, in the sections whose paragraphs mostly
        follow the convention (see the module's docstring). Lettered sub-paragraphs are items of a
        list, which open as they please, and are neither counted nor judged."""
        language = alignment.pivot
        rules = CONVENTIONS.get(language)
        if rules is None:
            return
        after_subject = _after_the_formulas_subject(alignment, language)
        for section in (Section.PREAMBLE, Section.OPERATIVE):
            units = [
                u for u in alignment.units
                if u.section is section and "." not in u.id and u.texts.get(language, "").strip()
            ]
            conventional = [u for u in units if follows_convention(_capitalised(u.texts[language]), section, rules)]
            if len(units) < ALONE_MIN_PARAGRAPHS or len(conventional) < ALONE_SHARE * len(units):
                continue
            capitals = sum(words(u.texts[language])[0].capitalised for u in conventional)
            for unit in units:
                departure = _departure(unit.texts[language], section, rules)
                if departure is None or unit.id in after_subject:
                    continue
                message, excerpt, severity = departure
                if severity is Severity.INFO:  # the one piece of information: the opening's capital lost
                    if 2 * capitals < len(conventional):
                        continue  # most openings have none: the version's own style, no odd one out
                    why = f"{capitals} of the {len(conventional)} conventional {section.value} openings keep their capital"
                else:
                    why = (
                        f"{len(conventional)} of the {len(units)} {section.value} paragraphs of this version open by "
                        "the convention, capitals aside"
                    )
                yield self.finding(unit, alignment, [language], f"{message} ({why})", excerpt, severity=severity)

    def check_unit(self, unit: Unit, alignment: Alignment) -> Iterable[Finding]:
        pivot_rules = CONVENTIONS.get(alignment.pivot)
        section = _judged_as(unit, alignment.pivot, pivot_rules) if pivot_rules is not None else None
        if section is None:
            return
        for language, text, pivot_text in versions(unit, alignment):
            rules = CONVENTIONS.get(language)
            if rules is None or not follows_convention(pivot_text, section, pivot_rules):
                continue
            # A lost capital (information) must not hide a lost `again`; a displaced or mangled
            # opening is one finding, since its `also` may stand past the first words, with the verb.
            departure = _departure(text, section, rules)
            problems = [departure]
            if departure is None or departure[2] is Severity.INFO:
                problems.append(_lost_also(text, pivot_text, rules, pivot_rules))
            for problem in problems:
                if problem is not None:
                    message, excerpt, severity = problem
                    yield self.finding(
                        unit, alignment, [alignment.pivot, language], message, excerpt,
                        _opening(pivot_text, pivot_rules), severity=severity,
                    )


def _judged_as(unit: Unit, pivot: str, pivot_rules: Conventions) -> Section | None:
    """The section whose conventions a unit is judged by: its own, or for a paragraph of an annex, the one its
    pivot follows, opening and ending as such a paragraph does (a declaration annexed to its resolution has a
    preamble of its own, `Affirming that indigenous peoples are equal ...,`, and proclaims in the Assembly's
    voice, `Solemnly proclaims ...:`); None for the rest, the prose of reports (`Establishing strong
    institutions is ...`)."""
    if unit.section in (Section.PREAMBLE, Section.OPERATIVE):
        return unit.section
    if unit.section is not Section.ANNEX:
        return None
    text = unit.texts.get(pivot, "").rstrip()
    tokens = words(text)
    verb = _first_non_lead(tokens, pivot_rules)
    if verb is None:
        return None
    # an annex's title is no preamble (`United Nations Declaration on ...`): an opener before a name is one only
    # in -ing (`Recalling General Assembly resolution`)
    after = next((w for w in tokens if w.start > verb.start), None)
    named = after is not None and after.capitalised and not verb.key.endswith("ing")
    if text.endswith(",") and not named and follows_convention(text, Section.PREAMBLE, pivot_rules):
        return Section.PREAMBLE
    operative = text.endswith((";", ":")) and follows_convention(text, Section.OPERATIVE, pivot_rules)
    return Section.OPERATIVE if operative else None


def _after_the_formulas_subject(alignment: Alignment, language: str) -> set[str]:
    """The units right after the enacting formula's subject on its own line (`L'Assemblée générale` of
    the UDHR, `Proclame la présente Déclaration`): the resolution's operative part, whatever section the
    parser gave it, and no preambular paragraph to judge alone."""
    units = alignment.units
    return {
        after.id for before, after in zip(units, units[1:], strict=False)
        if ADDRESSEE.match(before.texts.get(language, "").strip())
    }


def follows_convention(text: str, section: Section, rules: Conventions) -> bool:
    """Whether ``text`` opens the way its section requires: in the resolution's own voice (the
    pivot's test here; the grammar check's, for a paragraph the Assembly speaks in)."""
    tokens = words(text)
    if not tokens or not tokens[0].capitalised or ADDRESSEE.match(text.strip()):
        return False  # `L'Assemblée générale` on its own line: the formula's subject (`Assemblée` is no participle)
    verb = _first_non_lead(tokens, rules)
    if verb is None or verb.key in rules.non_openers or verb.key.endswith(rules.noun_endings):
        return False
    if section is Section.PREAMBLE:
        return rules.is_preamble_opener(verb)
    # A plural noun (`Girls`) looks like a finite verb; the pivot's must be a known one.
    return verb.key.startswith(rules.verb_stems) and not verb.key.endswith(rules.non_finite_endings)


def _capitalised(text: str) -> str:
    """``text`` with its first letter a capital: a lost capital is a departure of its own, not a sign that
    the paragraph follows another convention."""
    stripped = text.lstrip()
    return stripped[:1].upper() + stripped[1:]


def _departure(text: str, section: Section, rules: Conventions) -> tuple[str, str, Severity] | None:
    """``(message, excerpt, severity)`` when ``text`` departs from the convention, else None."""
    tokens = words(text)
    if not tokens:
        return None
    first = tokens[0]
    if first.key in rules.non_openers:
        if section is Section.PREAMBLE and first.key in rules.object_first and any(
            rules.is_preamble_opener(w) for w in tokens[1:_OBJECT_FIRST_REACH]
        ):  # `Haar waardering betuigend aan`, `Haar oprechte dank en waardering betuigend`: Dutch order
            return None if first.capitalised else (f"opening word {first.text!r} not capitalised", first.text, Severity.INFO)
        verb = next((w for w in tokens[1:_DISPLACED_REACH] if _verb_like(w, section, rules)), None)
        if verb is None:
            return (f"opens with {first.text!r}: no opening verb", _through(text, tokens, 0, rules), Severity.WARNING)
        return (
            f"opening verb {verb.text!r} displaced after {first.text!r}",
            _through(text, tokens, tokens.index(verb), rules),
            Severity.WARNING,
        )
    verb = _first_non_lead(tokens, rules) or first
    if verb.key.endswith(rules.noun_endings) and not any(_verb_like(w, section, rules) for w in tokens[1:4]):
        return (f"opens with the noun {verb.text!r} where a verb form is expected", verb.text, Severity.WARNING)
    if section is Section.OPERATIVE and verb.key.endswith(rules.non_finite_endings):
        return (f"operative paragraph opens with {verb.text!r}, not a finite verb", verb.text, Severity.WARNING)
    if section is Section.PREAMBLE and verb.key == rules.copula:
        after = _first_non_lead(tokens[tokens.index(verb) + 1:], rules)  # `Is ernstig verontrust`
        if after is not None and rules.is_preamble_opener(after):
            return _finite_in_preamble(text, tokens, verb)
    if (
        section is Section.PREAMBLE
        and verb.key.startswith(rules.verb_stems)
        and verb.key.endswith(rules.finite_endings)
        and not rules.is_preamble_opener(verb)
        and not verb.key.endswith(rules.noun_endings)
        and not _opener_after(tokens, verb, rules)  # `Steun betuigend aan`, `Met bezorgdheid constaterend`
    ):
        return _finite_in_preamble(text, tokens, verb)
    if not first.capitalised:
        return (f"opening word {first.text!r} not capitalised", first.text, Severity.INFO)
    return None


def _lost_also(text: str, pivot_text: str, rules: Conventions, pivot_rules: Conventions) -> tuple[str, str, Severity] | None:
    """The pivot's opening says `also`, `further` or `again` and the version's does not.

    Resolutions mark a second recall or a further concern in the opening (`Guided also
    by`, after `Guided by` in the paragraph before); dropped, the two paragraphs open
    alike and one reads as a repeat. The pivot's word must lead its opening verb or
    follow it (`Also invites`, `Recalling further`; not `Desiring to further improve`),
    or be the verb itself when it says `again` (`Reaffirming` rendered `Bevestigend`);
    the version's may stand anywhere in its first :data:`_ALSO_SEARCH` words, or be one of
    :attr:`Conventions.also_in_clause` further on, before a `;` or `:` (:data:`_ALSO_CLAUSE` words).
    """
    if not rules.also or not pivot_rules.also:
        return None
    pivot_tokens = words(pivot_text)
    verb = _first_non_lead(pivot_tokens, pivot_rules)
    if verb is None:
        return None
    at = pivot_tokens.index(verb)
    said = next((w for w in pivot_tokens[: at + 2] if w.key in pivot_rules.also), None)
    if said is not None and _of_a_noun(said, pivot_tokens):
        said = None  # "Encourages further efforts": an adjective, which `verdere` renders
    if said is None and pivot_rules.again and verb.key.startswith(pivot_rules.again):
        said = verb
    tokens = words(text)
    if said is None or not tokens or any(
        w.key in rules.also or (rules.again and w.key.startswith(rules.again)) for w in tokens[:_ALSO_SEARCH]
    ) or any(w.key in rules.also_in_clause and not _before_a_preposition(w, tokens) for w in _first_clause(text, tokens)):
        return None
    opening = text[tokens[0].start:tokens[min(len(tokens), _ALSO_REACH) - 1].end]
    return (f"the opening says {said.text!r}, the version's does not", opening, Severity.WARNING)


def _finite_in_preamble(text: str, tokens: Sequence[Word], verb: Word) -> tuple[str, str, Severity]:
    """`Erkent dat` for "Recognizing that": the paragraph reads as a decision of the Assembly."""
    return (
        f"preambular paragraph opens with {verb.text!r}, a finite verb, where a participle is expected",
        text[tokens[0].start:verb.end], Severity.WARNING,
    )


def _word_after(tokens: Sequence[Word], word: Word) -> Word | None:
    at = tokens.index(word) + 1
    return tokens[at] if at < len(tokens) else None


def _opener_after(tokens: Sequence[Word], word: Word, rules: Conventions) -> bool:
    """Whether the word after ``word`` is a preambular opener: ``word`` is a noun of its phrase."""
    after = _word_after(tokens, word)
    return after is not None and rules.is_preamble_opener(after)


#: Words after the verb's `further` that make it an adverb (`Recalling further its resolution`); any
#: other makes it the adjective of a noun (`Encourages further efforts`).
_AFTER_FURTHER = frozenset("its their the that to his her all and in upon on with by a an also".split())
#: Prepositions after which a version's `ook` or `tevens` is "including", not "also" (`ook door`); not those
#: that are a separable verb's particle too (`Roept ... ook op`, `Moedigt ... tevens aan`).
_PREPOSITIONS_AFTER_ALSO = frozenset("door via met als tegen par pour avec".split())


def _of_a_noun(word: Word, tokens: Sequence[Word]) -> bool:
    """Whether ``word`` is the pivot's `further` after the verb and before a noun (:data:`_AFTER_FURTHER`)."""
    after = _word_after(tokens, word)
    return word.key == "further" and word is not tokens[0] and after is not None and after.key not in _AFTER_FURTHER


def _before_a_preposition(word: Word, tokens: Sequence[Word]) -> bool:
    """Whether a preposition of :data:`_PREPOSITIONS_AFTER_ALSO` follows ``word``."""
    after = _word_after(tokens, word)
    return after is not None and after.key in _PREPOSITIONS_AFTER_ALSO


def _first_clause(text: str, tokens: Sequence[Word]) -> Sequence[Word]:
    """The words of ``text`` before its first `;` or `:`, :data:`_ALSO_CLAUSE` at most: an aside between
    commas may stand before `tevens` (`Verzoekt de secretaris-generaal, in overleg met de lidstaten, tevens`)."""
    end = 1
    while end < min(_ALSO_CLAUSE, len(tokens)) and not any(c in text[tokens[end - 1].end:tokens[end].start] for c in ";:"):
        end += 1
    return tokens[:end]


def _first_non_lead(tokens: Sequence[Word], rules: Conventions) -> Word | None:
    return next((w for w in tokens if not rules.is_lead(w)), None)


def _verb_like(word: Word, section: Section, rules: Conventions) -> bool:
    """A word that could be the opening verb of a paragraph of ``section``."""
    stem = word.key.startswith(rules.verb_stems)
    return stem or (section is Section.PREAMBLE and rules.is_preamble_opener(word))


def _through(text: str, tokens: Sequence[Word], index: int, rules: Conventions) -> str:
    """The opening of ``text`` through word ``index`` and the particle that belongs to it."""
    end = index + 1 if index + 1 < len(tokens) and tokens[index + 1].key in rules.particles else index
    return text[tokens[0].start:tokens[end].end]


def _opening(text: str, rules: Conventions) -> str:
    """The pivot's opening verb with its leads, as evidence."""
    tokens = words(text)
    verb = _first_non_lead(tokens, rules)
    return _through(text, tokens, tokens.index(verb), rules) if verb else ""
