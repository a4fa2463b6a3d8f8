"""The Assembly's possessive: `its resolution` of the General Assembly is `haar resolutie` in Dutch.

A General Assembly resolution speaks of the Assembly's own resolutions, sessions
and calls (`Recalling its resolution 53/144`, `at its seventy-third session`,
`Reiterates its strong call`), and of the United Nations' organs (`the United
Nations, its special procedures`). Dutch gives a possessive the gender of what it
stands for: the Assembly, `de Algemene Vergadering`, and the United Nations take
`haar`. Machine translation renders `its` as `zijn`, which is right for a council
(`de Mensenrechtenraad in zijn resolutie`), a State or a rapporteur, not here.

The rule reads the unit's English, whichever version is the pivot. An `its` is the
Assembly's or the Organization's when the body named last before it in its sentence
is one of them (:data:`FEMININE_OWNERS`: `by the General Assembly in its
resolutions`, `the United Nations, its representatives`), or when no body is named
before it and the text is the Assembly's own (its header's addressee), in the
paragraph's opening (`Recalling also all its other previous resolutions`), after a
verb it speaks with (`reiterates its strong call`) or before what only the issuing
body has (`its resolution`, `its seventy-third session`). An `its` after another
body (`the Human Rights Council ... its resolution`) or with a noun for an owner
(`the Declaration and its implementation`) is left alone, and so is a kind of place
where the paragraph also has another body's `its` (`Recalling its resolution ... in
which the Council, at its thirty-first session`: `zijn ... zitting` is the
Council's). The Dutch `zijn` is then reported where it stands in the same kind of
place: in the opening, after such a verb (`herhaalt zijn`), before `zitting`,
`resolutie` or `besluit`, or after the name of the Assembly or the Organization.

Information: formal Dutch writes `haar` for a feminine noun (`vergadering`), but in
the Netherlands `zijn` for a thing is heard more and more, and the reviser decides.
Dutch only.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from align.model import Alignment, Finding, Severity, Unit
from align.qa.base import Check, QAContext
from align.qa.clauses import sentences

#: Bodies whose `its` is `haar` in Dutch: the Assembly and the Organization.
FEMININE_OWNERS = re.compile(r"General Assembly|Assembly|United Nations|Organization")
#: Any body an English `its` may belong to, as UN English capitalises them (`Organization` is the
#: United Nations, `organizations` are not); the last one named before an `its` is its owner.
_BODY = re.compile(
    r"\b(?:General Assembly|Assembly|United Nations|Organization|Council|Committee|Commission|Conference|"
    r"Secretary-General|Secretariat|Rapporteur|Commissioner|Office|States?|Court|Board|Mission|Declaration|"
    r"Programme|Fund|Forum|Mechanism|Group|Panel|Agency|Entity|Tribunal|Bank|Union|system|report)\b"
)
#: What only the issuing body has: its resolutions, decisions and sessions.
_ISSUER_THINGS = r"(?:\w+[\s-]){0,2}(?:sessions?|resolutions?|decisions?)\b"
#: How many words after a paragraph's first one its opening reaches (`Recalling also all its`).
_OPENING_WORDS = 4
#: The Dutch `zijn` in the places the rule reads, each named by its kind.
_DUTCH = {
    "issuer": re.compile(
        r"(?<!\w)zijn\s+(?:(?!(?:en|of)\s)\w+\s+){0,2}(?:zittingen|zitting|resoluties|resolutie|besluiten|besluit)\b",
        re.IGNORECASE,
    ),
    # a comma or a conjunction before it: `de Verenigde Naties zijn opgericht` is the verb
    "owner": re.compile(
        r"(?:Algemene Vergadering|Verenigde Naties|Organisatie)(?:,\s+(?:en\s+)?|\s+(?:en|in|op)\s+)zijn\b"
    ),
    # `Herinnerend aan zijn resolutie`, `11. Herhaalt zijn krachtige oproep`
    "opening": re.compile(r"^\W*(?:\d+\.\s*)?(?:[^\W\d]+\s+){0,%d}?zijn\b" % _OPENING_WORDS, re.IGNORECASE),
    # `en herhaalt zijn krachtige oproep`: a verb the Assembly speaks with, then its possessive
    "voice": re.compile(
        r"\b(?:herhaalt|hernieuwt|bevestigt|herbevestigt|betuigt|drukt|spreekt|vestigt|richt|herinnert aan)\s+"
        r"(?:\w+\s+)?zijn\b",
        re.IGNORECASE,
    ),
}
#: An English verb in the Assembly's voice straight before `its` (`reiterates its strong call`).
_VOICE = re.compile(
    r"\b(?:reiterates|renews|reaffirms|expresses|extends|conveys|recalls|draws|directs)\s+$", re.IGNORECASE
)
#: Addressees that make a text the Assembly's own.
_ASSEMBLY = re.compile(r"General Assembly|Algemene Vergadering|Assemblée générale", re.IGNORECASE)


class PossessiveCheck(Check):
    name = "possessive"
    description = "the Assembly's or the Organization's 'its' rendered 'zijn' in Dutch, where they take 'haar'"
    severity = Severity.INFO

    def run(self, alignment: Alignment, context: QAContext) -> list[Finding]:
        assembly_text = issued_by_the_assembly(alignment)  # the header's, once for every unit
        return [f for unit in alignment.units for f in self._unit(unit, alignment, assembly_text)]

    def _unit(self, unit: Unit, alignment: Alignment, assembly_text: bool) -> Iterator[Finding]:
        dutch, english = unit.texts.get("nl", ""), unit.texts.get("en", "")
        if not dutch.strip() or "its" not in english:
            return
        kinds = feminine_its(english, assembly_text)
        places: dict[int, tuple[int, int]] = {}  # where the `zijn` stands -> the excerpt's span, the first found
        for kind in sorted(kinds):
            for m in _DUTCH[kind].finditer(dutch):
                zijn = m.start() + m.group().casefold().rindex("zijn") if kind != "issuer" else m.start()
                places.setdefault(zijn, m.span())
        for start, end in sorted(places.values()):
            excerpt = dutch[start:end]
            yield self.finding(
                unit, alignment, ["en", "nl"],
                f"'zijn' for the {'Organization' if 'Naties' in excerpt or 'Organisatie' in excerpt else 'Assembly'}'s "
                "'its': de Algemene Vergadering and de Verenigde Naties take 'haar'",
                excerpt, "its", excerpt_start=start,
            )


def feminine_its(english: str, assembly_text: bool) -> set[str]:
    """The kinds of place (``opening``, ``voice``, ``issuer``, ``owner``) where ``english`` has an `its` of the
    Assembly or the Organization (see the module's docstring), less those where it also has an `its` of
    another body, whose Dutch `zijn` is right and stands in the same kind of place (`Recalling its
    resolution ... in which the Council, at its thirty-first session`); ``assembly_text``: the text is the
    Assembly's own, so that an `its` with no body before it is the Assembly's."""
    feminine: set[str] = set()
    other: set[str] = set()
    opening_end = _end_of_words(english, _OPENING_WORDS + 1)
    starts = [sentence.start for sentence in sentences(english)]
    for m in re.finditer(r"\bits\b", english):
        sentence_start = max((start for start in starts if start <= m.start()), default=0)
        bodies = list(_BODY.finditer(english, sentence_start, m.start()))
        issuer = {"issuer"} if re.match(_ISSUER_THINGS, english[m.end():].lstrip()) else set()
        if bodies:
            kinds = {"owner"} | issuer
            (feminine if FEMININE_OWNERS.fullmatch(bodies[-1].group()) else other).update(kinds)
        elif assembly_text:
            feminine.update(issuer)
            if m.start() < opening_end:
                feminine.add("opening")
            if _VOICE.search(english, sentence_start, m.start()):
                feminine.add("voice")
    return feminine - other


def issued_by_the_assembly(alignment: Alignment) -> bool:
    """Whether a version's header names the General Assembly as the addressee (`The General Assembly,`)."""
    return any(
        document.header is not None and document.header.addressee and _ASSEMBLY.search(document.header.addressee)
        for document in alignment.documents.values()
    )


def _end_of_words(text: str, count: int) -> int:
    """Where the first ``count`` words of ``text`` end."""
    found = list(re.finditer(r"\S+", text))
    return found[min(count, len(found)) - 1].end() if found else 0
