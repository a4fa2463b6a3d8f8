"""The header of a resolution: what stands before `The General Assembly,`.

Each header line goes into exactly one field (symbol, session, agenda item, date,
organ, adoption, title, sponsors, addressee) or into `other`, so nothing in the
header is lost even when it is not understood.
"""

from __future__ import annotations

import re

from align.model import Header, SourceSpan
from align.parse.footnotes import MONTHS
from align.parse.furniture import normalise_symbol
from align.parse.lines import Line

ADDRESSEE = re.compile(
    # The article capitalised, or the line ended by a comma: `the Security Council` ends a title wrapped
    # over two lines, `the General Assembly,` (OCR, a lower-case export) is the addressee.
    r"^(?:(?-i:The|THE|L[ae]s?|L[AE]S?|L['’]|De|DE|Het|HET|El|EL|Die|DIE|Der|DER)|(?=.*[,:]\s*$)(?:the|l[ae]s?|l['’]|de|het|el|die|der))\s*"
    r"(?:(?:General Assembly|Human Rights Council|Security Council|Economic and Social Council|"
    r"Assemblée générale|Conseil des droits de (?:l['’]|\| ?['’]?)\s*homme|Conseil de sécurité|Conseil économique et social|"
    r"Algemene Vergadering|Mensenrechtenraad|Raad voor de mensenrechten|Veiligheidsraad|"
    r"Asamblea General|Generalversammlung|Commission[\w\s]*|Commissie[\w\s]*)\s*[,:]?|"
    # other bodies that adopt resolutions and decisions, only with their comma: `REPORT OF` / `THE
    # EXECUTIVE BOARD` is a title
    r"(?:Conference of the Parties|Conférence des Parties|Conferentie van de Partijen|Executive Board|"
    r"Conseil d['’]administration|Governing Council|Board of Governors|Trade and Development Board|"
    r"(?:[\w-]+ )?(?:World Health Assembly|Assemblée mondiale de la santé|Wereldgezondheidsvergadering)|"  # `Seventy-sixth`
    r"United Nations Environment Assembly|Assemblée des Nations Unies pour l['’]environnement)\s*[,:])\s*$",
    re.I,
)
TITLE = re.compile(r"^(\d{1,3}/(?:\d{1,4}|\.{3}|…))\s*\.?\s+(\S.*)$")
_SESSION = re.compile(r"\b(session|sessie|zitting|período de sesiones|Tagung)\b", re.I)
_AGENDA = re.compile(r"^(Agenda item|Point|Agendapunt|Tema|Tagesordnungspunkt)\b.*\d", re.I)
#: `Resolution adopted by ...`, and the lines that say who adopted a text (`Adopted by the Security Council
#: at its 9520th meeting`, OHCHR's `Adopted by General Assembly resolution 53/144`, `Adopted and opened for
#: signature ... by General Assembly resolution 2200A (XXI)`).
_ADOPTION = re.compile(
    r"^(Resolution adopted|Résolution adoptée|Resolutie aangenomen|Resolución aprobada|"
    r"(?:Adopted|Adoptée?s?|Aangenomen)(?: (?:and|et|en) [^.]*?)? (?:by|par|door)\b)",
    re.I,
)
_DATE = re.compile(
    r"^\d{1,2}(?:er)?\s+[^\W\d_]+\s+\d{4}$|^\d{1,2}(?:er)?\s*[^\W\d_]*\s*-\s*\d{1,2}(?:er)?\s+[^\W\d_]+\s+\d{4}$"
)
#: A line that is a sentence of its own (a capital, five words or more, a full stop): a note
#: under the title (`The present text is issued without formal editing.`), which no title is.
_A_SENTENCE = re.compile(r"^[A-ZÀ-Ý]\S*(?:\s+\S+){4,}[^.\s]\.$")
ORGAN = re.compile(
    r"^(General Assembly|Assemblée générale|Algemene vergadering|Human Rights Council|"
    r"Conseil des droits de l['’]homme|Mensenrechtenraad|Security Council|Conseil de sécurité)$",
    re.I,
)
_DRAFT = re.compile(r":\s*(draft resolution|projet de résolution|ontwerpresolutie|ontwerp-resolutie)\s*$", re.I)
_REPORT = re.compile(r"^\[.*\]$")


def resolution_symbol(number: str, organ: str | None) -> str | None:
    """`72/247` adopted by the General Assembly is `A/RES/72/247`; a draft (`49/...`) has no symbol yet."""
    if not re.fullmatch(r"\d+/\d+", number):
        return None
    if organ and re.search(r"general assembly|assemblée générale|algemene vergadering", organ, re.I):
        return f"A/RES/{number}"
    return number


def parse_header(lines: list[Line], furniture: dict[int, str], path: str) -> Header:
    """Fill a :class:`Header` from the header lines (furniture already set aside)."""
    header = Header()
    texts = [(i, lines[i].plain) for i in range(len(lines)) if not lines[i].blank and i not in furniture]
    if texts:
        header.source = SourceSpan(path, lines[texts[0][0]].number, lines[texts[-1][0]].number)
    for i, kind in furniture.items():
        if kind == "symbol" and header.symbol is None:
            header.symbol = normalise_symbol(lines[i].plain)

    title_at = next((k for k, (_, text) in enumerate(texts) if TITLE.match(text)), None)
    number: str | None = None
    draft_at = next((k for k, (_, text) in enumerate(texts) if _DRAFT.search(text)), None)
    other: list[tuple[int, str]] = []  # (line index, text): a title wrapped over lines is told by their adjacency
    k = 0
    while k < len(texts):
        i, text = texts[k]
        if title_at is not None and k == title_at:
            m = TITLE.match(text)
            assert m
            parts = [m.group(2)]
            k += 1
            while k < len(texts) and not ADDRESSEE.match(texts[k][1]) and not _A_SENTENCE.match(texts[k][1]):
                parts.append(texts[k][1])
                k += 1
            header.title = " ".join(parts)
            number = header.number = m.group(1)
            continue
        if draft_at is not None and k <= draft_at and _starts_sponsors(texts, k, draft_at):
            header.sponsors = " ".join(t for _, t in texts[k : draft_at + 1])
            k = draft_at + 1
            continue
        if ADDRESSEE.match(text):
            header.addressee = text
        elif _ADOPTION.match(text) and header.adoption is None:
            header.adoption = text
            # wrapped: `Adopted by the Security Council at its 9520th meeting, on` / `21 December 2023`
            while k + 1 < len(texts) and not _ends_field(texts[k + 1][1]) and _continues_adoption(header.adoption, texts[k + 1][1]):
                k += 1
                header.adoption = _joined(header.adoption, texts[k][1])
        elif ORGAN.match(text) and header.organ is None:
            header.organ = text
        elif _SESSION.search(text) and header.session is None and len(text) < 60:
            header.session = text
        elif _AGENDA.match(text) and header.agenda_item is None:
            header.agenda_item = text
        elif _DATE.match(text) and header.date is None:
            header.date = text
        elif other and other[-1][0] == i - 1 and _continues_adoption(other[-1][1], text):
            # an agenda item's title wrapped over lines: `Human rights questions, including` / `alternative approaches`
            other[-1] = (i, _joined(other[-1][1], text))
        else:
            other.append((i, text))
        k += 1
    if number and header.symbol is None:
        adopted_by = " ".join(filter(None, [header.organ, header.adoption, header.addressee]))
        header.symbol = resolution_symbol(number, adopted_by)
    if header.title is None and other:
        # No numbered title line (a declaration, a convention): the last heading-like line is the title.
        header.title = _unnumbered_title(other)
    header.other = [text for _, text in other]
    return header


#: Words a line does not end on unless its field goes on in the next line.
_LINKS = frozenset(
    "and or of the to for in on at with by against through between from into within among its their a an "
    "et ou de des du la le les à au aux pour sur dans par contre avec entre sa son ses leur leurs "
    "en van het voor op met door tegen een aan tussen tijdens zijn haar hun".split()
)
#: The line that joins a preamble to its addressee: `Now, therefore,` / `The General Assembly,` (the UDHR).
ENACTING_LINK = re.compile(r"^(?:Now,? therefore|Op grond daarvan|En conséquence|Par conséquent),?$", re.IGNORECASE)
#: A page number on a line of its own (`2`, `- 2 -`, `2/6`), which no furniture rule caught.
PAGE_NUMBER = re.compile(r"[-–—\s]*\d{1,3}(?:\s*/\s*\d{1,3})?[-–—\s]*")


def _unnumbered_title(other: list[tuple[int, str]]) -> str:
    """The last heading-like line, with the lines before it that it continues: a title wrapped with
    no blank line between (`Protecting human rights defenders,` / `including women human rights
    defenders`; `Promotion and protection of human rights and` / `Fundamental Freedoms`). The lines
    joined are taken off ``other``; a link line (`Now, therefore,`) or a page number left above the
    addressee stays there, for it is no title."""
    links = []
    while len(other) > 1 and (ENACTING_LINK.match(other[-1][1]) or PAGE_NUMBER.fullmatch(other[-1][1])):
        links.insert(0, other.pop())
    at, title = other.pop()
    while other and other[-1][0] == at - 1 and _continues_title(other[-1][1], title):
        at, line = other.pop()
        title = _joined(line, title)
    other += links
    return title


def _continues_title(line: str, following: str) -> bool:
    """Whether ``following`` carries on the title begun in ``line``: as an adoption line carries on
    (:func:`_continues_adoption`), or it opens with a number after a word (`resolution` / `1325
    (2000)`), or ``line`` ends with a hyphen, or both are in capitals (`CONVENTION ON THE RIGHTS` / `OF
    PERSONS WITH DISABILITIES`). A line that opens with a capital after a comma starts anew (`...,
    entitled ... and targets,` / `Reaffirming ...`: a pasted preamble; `Note by the Secretariat` / `On
    the protection of defenders`)."""
    numbered = following[:1].isdigit() and line[-1:].isalpha()
    capitals = _in_capitals(line) and _in_capitals(following)
    # `... to National or Ethnic,` / `Religious and Linguistic Minorities`: a title set in title case
    title_case = line.endswith(",") and _in_title_case(line) and _in_title_case(following)
    return _continues_adoption(line, following) or numbered or line.endswith(("-", "–")) or capitals or title_case


def _continues_adoption(line: str, following: str) -> bool:
    """Whether ``following`` carries on the header field in ``line``: it opens in lower case, or
    ``line`` ends on a word that links to more (not a line of that word alone: the part letter `A`
    above `UNIVERSAL DECLARATION OF HUMAN RIGHTS`) or on a day before its month (`..., on 21` /
    `December 2023`). An addressee never carries anything on."""
    if ADDRESSEE.match(following):
        return False
    words = line.split()
    linked = len(words) > 1 and words[-1].casefold() in _LINKS
    # a day before its month: `..., on 21` / `December 2023`
    dated = line[-1:].isdigit() and following.split(maxsplit=1)[0].casefold().rstrip(",.") in MONTHS
    return following[:1].islower() or linked or dated


def _in_capitals(text: str) -> bool:
    """A line of several words in capitals (`DECLARATION ON THE RIGHT AND RESPONSIBILITY`), as titles are set."""
    letters = [c for c in text if c.isalpha()]
    return len(text.split()) > 1 and len(letters) >= 8 and all(c.isupper() for c in letters)


def _in_title_case(text: str) -> bool:
    """A line whose longer words are mostly capitalised (`Religious and Linguistic Minorities`), as titles
    are set and a preamble's sentences are not."""
    longer = [w for w in re.findall(r"[^\W\d_]+", text) if len(w) >= _TITLE_WORD]
    return len(longer) >= 2 and sum(w[0].isupper() for w in longer) >= _TITLE_CASE_SHARE * len(longer)


#: The words that title case capitalises: the longer ones, and most of them.
_TITLE_WORD = 4
_TITLE_CASE_SHARE = 0.75


def _joined(line: str, following: str) -> str:
    """Two lines of a header field as one: a word hyphenated at the wrap is whole again (`assis-` /
    `tance`), a real hyphen kept (`Centraal-` / `Afrikaanse`), an elision kept whole (`l’` / `homme`)."""
    if line.endswith("-"):
        return (line[:-1] if following[:1].islower() else line) + following
    if line.endswith(("’", "'")):
        return line + following
    return f"{line} {following}"


def _ends_field(text: str) -> bool:
    return bool(_SESSION.search(text) or _AGENDA.match(text) or TITLE.match(text) or _REPORT.match(text))


def _starts_sponsors(texts: list[tuple[int, str]], k: int, draft_at: int) -> bool:
    """The sponsor list is the run of lines ending in `: draft resolution` after the agenda title."""
    text = texts[k][1]
    return bool(re.search(r"\w\*", text)) or k == draft_at or text.count(",") >= 3
