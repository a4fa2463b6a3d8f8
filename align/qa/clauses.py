"""Clauses: the pieces of a paragraph that a translation may drop or invent whole.

A paragraph of a resolution is one long sentence; what machine translation and
tired translators lose or add is a piece of it (`, including women human rights
defenders,`, `; and to report thereon to the Office of the High Commissioner`), so
the meaning check compares versions clause by clause. A clause ends at `;` or `:`,
at the end of a sentence, and at a comma followed by a word that opens a new
clause in that language: a conjunction (`and`, `et`, `en`), a relative pronoun
(`which`, `dont`, `waarmee`) or a word that opens an apposition (`including`,
`notamment`, `waaronder`).

The cut is the same in every language only roughly (`, which` may be rendered
`, dont` or with no comma at all), which is why the check matches each clause
with one or several adjacent clauses of the other version. Pieces shorter than
:data:`MIN_WORDS` words (`Stressing,`, `inter alia,`) carry too little meaning to be
compared alone: they join the clause before them, or the one after at the start
of a paragraph, so that the clauses always cover the whole text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from align.qa.tokens import WORD

#: A clause has at least this many words; shorter pieces join a neighbour.
MIN_WORDS = 4

#: Words that open a new clause after a comma, per language (case-folded; several
#: words are matched as a phrase).
OPENERS: dict[str, tuple[str, ...]] = {
    "en": (
        "and", "or", "but", "nor", "which", "who", "whom", "whose", "where", "when", "while", "whereas",
        "including", "in particular", "particularly", "especially", "as well as", "so that", "in order to",
        "thereby", "whereby", "wherein", "whereupon", "if", "unless", "provided that", "although", "since", "because",
        "inter alia", "to",
    ),
    "fr": (
        "et", "ou", "mais", "ni", "qui", "que", "qu'", "dont", "où", "lequel", "laquelle", "lesquels", "lesquelles",
        "auquel", "auxquels", "auxquelles", "duquel", "desquels", "desquelles", "notamment", "y compris",
        "en particulier", "ainsi que", "afin de", "afin que", "pour que", "tandis que", "alors que", "lorsque",
        "si", "sauf", "bien que", "puisque", "parce que", "entre autres", "pour",
    ),
    "nl": (
        "en", "of", "maar", "noch", "die", "dat", "waar", "waarin", "waarmee", "waarbij", "waardoor", "waarvan",
        "waarop", "waaraan", "waarvoor", "welke", "wat", "wie", "inclusief", "waaronder", "met inbegrip van",
        "met name", "in het bijzonder", "alsmede", "evenals", "zodat", "om", "terwijl", "wanneer", "indien",
        "als", "hoewel", "omdat", "onder meer", "onder andere",
    ),
}

#: Relative pronouns that open a clause after a comma with a preposition before them
#: (`, by which`, `, dans lesquels`); Dutch joins the two (`waarmee`, in :data:`OPENERS`).
RELATIVES: dict[str, tuple[str, ...]] = {
    "en": ("which", "whom", "whose"),
    "fr": ("lequel", "laquelle", "lesquels", "lesquelles", "quoi", "qui"),
    "nl": ("welke", "wie"),
}

#: Abbreviations after which a full stop does not end a sentence (case-folded, without the stop).
ABBREVIATIONS = frozenset(
    "no nos nr nrs n para paras chap chaps sect art arts vol p pp cf e.g i.e ibid op cit etc mr mrs ms dr st "
    "rev add corr suppl annex hfst afd blz par bijv enz mw dhr m mme mmes mm vs resp ca trb stb pb prof mevr drs ir jl dd "
    "mln mld vgl".split()
)

#: A `;` with no space after it between two words (`godsdienst;dit recht` of the Dutch UDHR's art. 18)
#: is a slip of typing, and still ends a clause; not inside an address or an entity (:data:`_TOKEN_WITH_SEMICOLON`).
#: The lookahead first passes over the offsets that end nothing at a third of the cost of the lookbehind.
_HARD = re.compile(r"(?=[;:.!?])(?:[;:]\s+|(?<=[^\W\d_]);(?=[^\W\d_])|[.!?][\"”»)]*\s+(?=[\"“«(]?[A-Z\dÀ-Ý]))")
#: A `;` inside a web address (`Issues;jsessionid=`) or an HTML entity left escaped (`&amp;`) ends nothing.
_TOKEN_WITH_SEMICOLON = re.compile(r"\S*[/=&]\S*")
#: A comma and the footnote call that may follow it (`Freedoms,¹¹ as well as`, `, 11 en ook`).
_COMMA = re.compile(r",(?:[⁰¹²³⁴⁵⁶⁷⁸⁹]+|\s+\d{1,2}(?=\s))?\s+")


@dataclass(frozen=True)
class Clause:
    """A clause of a text, with its offsets, so that excerpts are cut from the original."""

    text: str
    start: int
    end: int

    @property
    def size(self) -> int:
        """How many words it has (counted without making :class:`Word` objects)."""
        return len(WORD.findall(self.text))


def clauses(text: str, language: str) -> list[Clause]:
    """The clauses of ``text`` in order, covering it whole (leading and trailing blanks aside).

    Languages without rules in :data:`OPENERS` are cut at hard boundaries only.
    """
    return _join_short(text, _cut(text, {*_hard_cuts(text), *_comma_cuts(text, language)}))


def sentences(text: str, *, stops_only: bool = False) -> list[Clause]:
    """``text`` cut only where a sentence ends or at `;` and `:`, as :func:`clauses` cuts hardest;
    with ``stops_only``, only where a sentence ends: one language puts a `;` or a `:` where another
    has a comma (the UNPC's French quoting the Universal Declaration), a full stop rarely."""
    return _cut(text, set(_hard_cuts(text, stops_only=stops_only)))


def parts(text: str, language: str) -> list[Clause]:
    """The clauses of ``text`` and, inside them, the pieces between any two commas, in order, each once.

    What a translation drops or adds is often less than a clause: `, including his
    own,` inside `the right to leave any country, including his own, and to return`,
    or a clause put after a comma that opens no clause (`, mettre un terme à ...`).
    The meaning check judges every part; pieces shorter than :data:`MIN_WORDS` words
    join a neighbour, as in :func:`clauses`.
    """
    found = clauses(text, language)
    spans = {(c.start, c.end) for c in found}
    for piece in _join_short(text, _cut(text, {*_hard_cuts(text), *(m.end() for m in _COMMA.finditer(text))})):
        if (piece.start, piece.end) not in spans:
            found.append(piece)
            spans.add((piece.start, piece.end))
    return sorted(found, key=lambda c: (c.start, -c.end))


def _cut(text: str, cuts: set[int]) -> list[Clause]:
    pieces = []
    start = 0
    for cut in [*sorted(cuts), len(text)]:
        if text[start:cut].strip():
            pieces.append(_strip(text, start, cut))
        start = cut
    return pieces


def _hard_cuts(text: str, *, stops_only: bool = False) -> list[int]:
    """Offsets after `;`, `:` (unless ``stops_only``) and full stops that end a sentence (not `No.`,
    `chap.`, `A.`)."""
    cuts = []
    for m in _HARD.finditer(text):
        if text[m.start()] == "." and _abbreviation(text, m.start()):
            continue
        if stops_only and text[m.start()] in ";:":
            continue
        if m.end() - m.start() == 1 and _in_address(text, m.start()):  # the `;` with no space after it
            continue
        cuts.append(m.end())
    return cuts


def _in_address(text: str, semicolon: int) -> bool:
    """Whether the `;` at ``semicolon``, with no space after it, stands in a web address or an entity."""
    token = text[:semicolon].split()[-1:] + text[semicolon:].split()[:1]
    return _TOKEN_WITH_SEMICOLON.fullmatch("".join(token)) is not None


def _abbreviation(text: str, dot: int) -> bool:
    """Whether the full stop at ``dot`` closes an abbreviation or a single letter (`sect. A.`)."""
    m = re.search(r"([\w.]+)$", text[:dot])
    if m is None:
        return False
    token = m.group(1).casefold()
    return token in ABBREVIATIONS or len(token) == 1 or "." in token


def _comma_cuts(text: str, language: str) -> list[int]:
    """Offsets of the words that open a clause after a comma."""
    openers = OPENERS.get(language, ())
    relatives = RELATIVES.get(language, ())
    cuts = []
    for m in _COMMA.finditer(text):
        following = text[m.end():m.end() + 40].casefold().replace("’", "'")
        second = following.split(" ", 2)[1:2]
        if any(following.startswith(o) and _word_ends(following, len(o), o) for o in openers) or (
            second and second[0].strip(",") in relatives
        ):
            cuts.append(m.end())
    return cuts


def _word_ends(text: str, at: int, opener: str) -> bool:
    """Whether ``opener`` ends a word in ``text`` (elided `qu'` always does)."""
    return opener.endswith("'") or at >= len(text) or not text[at].isalnum()


def _strip(text: str, start: int, end: int) -> Clause:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return Clause(text[start:end], start, end)


def _join_short(text: str, pieces: list[Clause]) -> list[Clause]:
    """Pieces of fewer than :data:`MIN_WORDS` words joined to the clause before them
    (the first ones to the clause after them)."""
    out: list[Clause] = []
    pending: Clause | None = None  # short pieces at the start, waiting for a clause
    for piece in pieces:
        if pending is not None:
            piece = _strip(text, pending.start, piece.end)
            pending = None
        if piece.size >= MIN_WORDS:
            out.append(piece)
        elif out:
            out[-1] = _strip(text, out[-1].start, piece.end)
        else:
            pending = piece
    if pending is not None:
        out.append(pending)  # the whole text is shorter than a clause
    return out


#: Most characters of texts-without-a-part made for one text. Their total grows with the text's
#: length times its parts: a run-on paragraph (a file that lost its blank lines: 36,000
#: characters, 420 parts) would be hours of embedding. A real paragraph of 5,000 characters and
#: 80 parts makes 400,000; 72/247's longest, op8, 17,400.
MAX_REST_CHARACTERS = 500_000


def parts_and_rests(text: str, language: str) -> list[tuple[Clause, str | None]]:
    """Each of :func:`parts` with ``text`` without it (None for a part that is the whole text):
    everything the meaning check embeds for one text besides the text itself. Past
    :data:`MAX_REST_CHARACTERS` the texts-without-a-part are not made: each is ""."""
    whole = text.strip()
    found = parts(text, language)
    pieces = [part for part in found if part.text != whole]
    if len(whole) * len(pieces) - sum(len(part.text) for part in pieces) > MAX_REST_CHARACTERS:
        return [(part, "" if part.text != whole else None) for part in found]
    return [(part, without(text, part) if part.text != whole else None) for part in found]


def without(text: str, clause: Clause) -> str:
    """``text`` with ``clause`` cut out and the seam tidied: no double blanks, no comma before a stop.

    The meaning check embeds it to see whether the other version is closer to the
    text without the clause than with it (:mod:`align.qa.meaning`).
    """
    rest = re.sub(r"\s+", " ", text[:clause.start] + " " + text[clause.end:]).strip()
    rest = re.sub(r"\s*[,;:]\s*([,;:.])", r"\1", rest)
    return re.sub(r"^[,;:]\s*", "", rest)
