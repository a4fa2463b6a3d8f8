"""The lines of one language version -> a :class:`Document`.

The order of the steps matters: furniture first (it interrupts everything else),
then footnote bodies (so that a paragraph cut by a footnote block rejoins), then
the header, then footnote calls and OCR repairs on the body lines, then paragraphs,
and last the sections they belong to.
"""

from __future__ import annotations

import re
from collections.abc import Container

from align.model import (
    Document,
    Footnote,
    FootnoteMarker,
    Furniture,
    Paragraph,
    Repair,
    Section,
    SourceSpan,
    SubParagraph,
)
from align.parse import ocr
from align.parse.footnotes import find_bodies, lift_calls, mark_calls
from align.parse.furniture import page_furniture, running_titles
from align.parse.header import ADDRESSEE, ENACTING_LINK, PAGE_NUMBER, TITLE, parse_header
from align.parse.language import identify
from align.parse.lines import Line
from align.parse.paragraphs import (
    ANNEX,
    ARTICLE,
    PREAMBLE_HEADING,
    RawParagraph,
    classify,
    hyphenated_words,
    join,
    measure_layout,
    starts_lower,
    starts_new,
)

_ENDED = re.compile(r"[,;:.!?]\s*[»”\"')\]]?\s*$")
_CLOSING_FORMULA = re.compile(r"^(?:En foi de quoi|In witness whereof|Ten blijke waarvan|Fait à|Done at|Gedaan te)", re.I)
_ARTICLE_WORDS = {"premier": "1", "first": "1", "1er": "1", "eerste": "1"}


def parse_version(lines: list[Line], path: str, language: str, *, markdown: bool, blocks_are_paragraphs: bool = False) -> Document:
    """Parse the lines of one language version into a Document."""
    doc = Document(language=language, path=path)
    furniture = page_furniture(lines)
    for i in running_titles(lines, furniture):
        furniture[i] = "running-title"
    bodies = find_bodies(lines, set(furniture), markdown)
    in_footnote = {i for body in bodies for i in body.lines}

    start = _body_start(lines, furniture, in_footnote)
    body = [i for i in range(start, len(lines)) if i not in furniture and i not in in_footnote]
    mark_calls(lines, body, [b.mark for b in bodies], markdown=markdown)
    _repair_lines(doc, lines, [i for i in range(len(lines)) if i not in furniture and not lines[i].blank], path)
    header_lines = [line if i not in in_footnote else Line(line.number, line.raw, "") for i, line in enumerate(lines[:start])]
    doc.header = parse_header(header_lines, {i: k for i, k in furniture.items() if i < start}, path)
    _set_aside_other_languages(doc, path)
    raw = _assemble(doc, lines, body, path, blocks_are_paragraphs)
    _place(doc, raw, lines, path)
    _number_warnings(doc)

    for body_ in bodies:
        text, _ = lift_calls(body_.text(lines))
        linked = [t for i in body_.lines for t in lines[i].linked]
        doc.footnotes.append(Footnote(body_.mark, text, _span(lines, body_.lines, path), linked))
    for i, kind in sorted(furniture.items()):
        doc.furniture.append(Furniture(kind, lines[i].plain or lines[i].raw.strip(), _span(lines, [i], path)))
    for i, line in enumerate(lines):
        doc.furniture += [Furniture("link", target, _span(lines, [i], path)) for target in line.links]
    return doc


def _set_aside_other_languages(doc: Document, path: str) -> None:
    """Header lines in another language (a web page's heading of the other version) are furniture, not header."""
    kept = []
    for text in doc.header.other:
        letters = sum(ch.isalpha() for ch in text)
        language = identify(text) if letters >= 30 else None
        if language and language != doc.language:
            doc.furniture.append(Furniture("other-language", text, doc.header.source or SourceSpan(path, 0, 0)))
        else:
            kept.append(text)
    doc.header.other = kept


def _span(lines: list[Line], indexes: list[int], path: str) -> SourceSpan:
    first, last = lines[indexes[0]], lines[indexes[-1]]
    return SourceSpan(path, first.number, last.number, first.page)


#: The words a preambular paragraph opens with, as closed lists: a title may open with a gerund
#: (`Strengthening of the coordination ...`) or a word that ends like a participle (`Migrant workers`,
#: `Aanvullend protocol`). `Also`, `Further`, `Tevens` ... may stand before them.
_PREAMBLE_OPENERS = re.compile(
    r"^(?:(?:Also|Further|Furthermore|Once again|Strongly|Firmly|Fully|Tevens|Voorts|Eveneens) )?(?:"
    r"Determining|Keeping in mind|Pursuant to|Encouraging|Supporting|Endorsing|Resolving|Looking forward|Paying tribute|"
    r"Recalling|Reaffirming|Reiterating|Recogni[sz]ing|Noting|Taking note|Taking into (?:account|consideration)|"
    r"Acknowledging|Affirming|Welcoming|Expressing|Emphasi[sz]ing|Stressing|Underlining|Underscoring|Bearing in mind|"
    r"Considering|Having|Acting|Guided|Inspired|Mindful|Aware|Convinced|Concerned|Deeply|Gravely|Seriously|Alarmed|"
    r"Determined|Desirous|Desiring|Committed|Encouraged|Deploring|Condemning|Believing|Appreciating|Commending|"
    r"Observing|Reali[sz]ing|Referring|Regretting|Highlighting|Cognizant|Conscious|Whereas|"
    r"Rappelant|Réaffirmant|Réitérant|Reconnaissant|Notant|Prenant|Considérant|Constatant|Soulignant|Insistant|"
    r"Saluant|Accueillant|Ayant|Tenant compte|Sachant|Affirmant|Exprimant|Déplorant|Condamnant|Estimant|Observant|"
    r"Appréciant|Félicitant|Remerciant|Regrettant|Mettant l['’]accent|Étant donné|(?:S['’]|Se )[a-zà-ÿ]+ant|"
    r"Gardant|Agissant|Encourageant|Rendant hommage|Tenant dûment compte|Guidé|Guidée|Conscient|Consciente|Convaincu|Convaincue|"
    r"Préoccupé|Préoccupée|Inquiet|Inquiète|Désireux|Désireuse|Profondément|Vivement|Gravement|Alarmé|Alarmée|"
    r"Déterminé|Déterminée|Résolu|Résolue|Encouragé|Encouragée|"
    r"Herinnerend|Eraan herinnerend|In herinnering brengend|Opnieuw bevestigend|Herbevestigend|Bevestigend|"
    r"Erkennend|Erkennende|Kennis nemend|Kennis genomen hebbende|Nota nemend|Overwegende|Indachtig|Bezorgd|"
    r"Ernstig bezorgd|Zeer bezorgd|Diep bezorgd|Overtuigd|Ervan overtuigd|Zich ervan bewust|Zich bewust|Vastbesloten|"
    r"Geleid|Gelet op|Verheugd|Ingenomen met|Met voldoening|Benadrukkend|Onderstrepend|Verwelkomend|Vaststellend|"
    r"Rekening houdend|Verwijzend|Beseffend|Betreurend|Veroordelend|Uiting gevend|Handelend|Opmerkend|Constaterend|"
    r"Herhalend|Overwegend|Voortbouwend|Nogmaals bevestigend)\b",
    re.IGNORECASE,  # `Further recalling`
)


#: A comma at a line's end, a footnote call after it allowed (`Human Rights,¹`, `Human Rights, 1`), or
#: the semicolon of older texts (the Dutch UDHR's `Overwegende, dat ... in de wereld;`).
_ENDS_A_PREAMBULAR_PARAGRAPH = re.compile(r"[,;]\s*(?:\d{1,2}|[⁰¹²³⁴⁵⁶⁷⁸⁹]+)?$")


def _opens_a_pasted_body(lines: list[Line], i: int) -> bool:
    """Whether line ``i``, after a blank line, opens a preambular paragraph that ends with a comma (or a
    semicolon) before the next blank line: the first paragraph of a body pasted without `The General
    Assembly,`."""
    if (i and not lines[i - 1].blank and not _is_title(lines[i - 1])) or not _PREAMBLE_OPENERS.match(lines[i].plain):
        return False
    end = i
    while end + 1 < len(lines) and not lines[end + 1].blank:
        end += 1
    return _ENDS_A_PREAMBULAR_PARAGRAPH.search(lines[end].plain) is not None


def _preamble_above(lines: list[Line], addressee: int, furniture: Container[int]) -> int | None:
    """The first line of the preambular paragraphs right above the addressee, or None: the UDHR's
    `Whereas ...,` paragraphs, then `Now, therefore,` and `The General Assembly,` above the
    proclamation, pasted without the `Preamble` heading. Only a run of paragraphs that each open
    like a preambular paragraph and end with a comma, up to the addressee (its link line between),
    counts: a cover note above a title (`Referring to the consultations, ... circulates the text
    below,`) is no preamble. Page furniture between them (a page number) is passed over."""
    top = addressee  # the addressee, or the link line right above it
    if top > 0 and not lines[top - 1].blank and ENACTING_LINK.match(lines[top - 1].plain):
        top -= 1
    if top > 0 and not lines[top - 1].blank:
        first = _preamble_lines_above(lines, top)
        if first is None or first == 0 or not lines[first - 1].blank:
            return first
        top = first  # blank lines above the lines read: the blocks above them may be preambular too
    else:
        first = None
        k = _block_above(lines, top, furniture)
        if k is not None and ENACTING_LINK.match(lines[k].plain):
            top = k
    k = _block_above(lines, top, furniture)
    while k is not None and _opens_a_pasted_body(lines, k):
        first = k
        k = _block_above(lines, k, furniture)
    return first


def _preamble_lines_above(lines: list[Line], top: int) -> int | None:
    """:func:`_preamble_above` in a text with no blank lines (copied from a web page or a PDF) above
    line ``top``: each paragraph is its opening line and the lines in lower case that carry it on, the
    last ending with a comma; all of them, or none, so that no paragraph is left in the header (one
    that ends with a comma above the first read, or opens with a capital inside: `... with the
    United` / `Nations, the promotion of ...,`)."""
    k = top - 1
    first, end = None, k  # `end`: the last line of the paragraph being read upwards
    while k >= 0 and not lines[k].blank:
        text = lines[k].plain
        if _PREAMBLE_OPENERS.match(text) and _ENDS_A_PREAMBULAR_PARAGRAPH.search(lines[end].plain):
            first, end = k, k - 1
        elif not starts_lower(text):
            break
        k -= 1
    if first is None or end != first - 1:
        return None
    above = first - 1
    left_behind = above >= 0 and not lines[above].blank and _ENDS_A_PREAMBULAR_PARAGRAPH.search(lines[above].plain)
    return None if left_behind else first


def _block_above(lines: list[Line], i: int, furniture: Container[int] = ()) -> int | None:
    """The first line of the block of lines (between blank lines) that ends above line ``i``; blocks
    of page furniture alone, or a page number no furniture rule caught, are passed over."""
    k = i - 1
    while True:
        while k >= 0 and lines[k].blank:
            k -= 1
        if k < 0:
            return None
        end = k
        while k > 0 and not lines[k - 1].blank:
            k -= 1
        if not all(j in furniture or PAGE_NUMBER.fullmatch(lines[j].plain) for j in range(k, end + 1)):
            return k
        k -= 1


def _body_start(lines: list[Line], furniture: dict[int, str], in_footnote: set[int]) -> int:
    """Index of the first body line: after `The General Assembly,`, or where the body visibly begins."""
    candidates = [i for i, line in enumerate(lines) if not line.blank and i not in furniture and i not in in_footnote]
    # an addressee past `Preamble`, `Article 1` or `Annex` is an annex's (`The Conference of the Parties,`
    # above an annexed decision); one past a `1.` is not: a committee's report numbers its paragraphs
    # before the draft it recommends
    annexed = next(
        (i for i in candidates if _opens_the_body(lines[i].plain, numbered=False) or ANNEX.match(lines[i].plain)), len(lines)
    )
    # ... where a body visibly opens before it: a note or a letter carries its draft in an annex
    if not any(_opens_a_pasted_body(lines, j) for j in candidates if j < annexed):
        annexed = len(lines)
    for i in candidates:
        if PREAMBLE_HEADING.match(lines[i].plain):
            return i
        if i < annexed and ADDRESSEE.match(lines[i].plain):
            before = _preamble_above(lines, i, furniture)
            return i + 1 if before is None else before
    # without one, the header ends at the latest where the body visibly does, and a title heading past
    # that is an annex's
    visible = next((i for i in candidates if _opens_the_body(lines[i].plain)), len(lines))
    header = [i for i in candidates if i < visible]
    seen_title = False
    # a numbered title or a heading still to come is where the body begins, not a line before it
    last_title = max((i for i in header if _is_title(lines[i])), default=-1)
    for i in header:
        text = lines[i].plain
        if _is_title(lines[i]):
            seen_title = True
            continue
        if seen_title and len(text) > 60 and _ENDED.search(text):
            return i
        if i > last_title and _opens_a_pasted_body(lines, i):
            return i
    return visible if visible < len(lines) else (candidates[0] if candidates else len(lines))


def _opens_the_body(text: str, *, numbered: bool = True) -> bool:
    """`Preamble`, `Article 1` or (``numbered``) an operative paragraph 1: the body has begun."""
    return bool(PREAMBLE_HEADING.match(text) or ARTICLE.match(text) or (numbered and re.match(r"^1\s*[.,](\s|$)", text)))


def _is_title(line: Line) -> bool:
    return line.heading > 0 or TITLE.match(line.plain) is not None


def _repair_lines(doc: Document, lines: list[Line], indexes: list[int], path: str) -> None:
    """OCR repairs and split words, recorded line by line (the next line's first word gives context)."""
    vocab = ocr.vocabulary([lines[i].plain for i in indexes])
    damaged = doc.language == "fr" and ocr.shows_ocr_damage([lines[i].plain for i in indexes])
    doc.ocr = doc.ocr or damaged
    for k, i in enumerate(indexes):
        line = lines[i]

        def record(original: str, repaired: str, reason: str, line: Line = line) -> None:
            doc.repairs.append(Repair(original, repaired, reason, SourceSpan(path, line.number, line.number, line.page)))

        text = line.text
        if doc.language == "fr":
            following = lines[indexes[k + 1]].plain.split(" ", 1)[0] if k + 1 < len(indexes) else ""
            text = ocr.repair_french(text, record, following, ocr=damaged)
        line.text = ocr.join_split_words(text, vocab, record)


def _assemble(doc: Document, lines: list[Line], body: list[int], path: str, blocks_are_paragraphs: bool) -> list[RawParagraph]:
    """Join body lines into raw paragraphs (with lettered sub-paragraphs)."""
    layout = measure_layout(lines, body, blocks_are_paragraphs=blocks_are_paragraphs)
    hyphenated = hyphenated_words(lines[i].plain for i in body)
    raw: list[RawParagraph] = []
    current: RawParagraph | None = None
    sub: RawParagraph | None = None
    expected = 1
    article_expected = 1
    in_article = False
    previous_index: int | None = None
    previous_line = ""
    after_blank = 0  # lines after a blank line (or furniture)
    cuts: list[tuple[int, str, str]] = []  # (line, words before, words after) of paragraphs rejoined across blanks
    blank_joins = 0  # lines after a blank that carry on the paragraph before it

    def record(original: str, repaired: str, reason: str) -> None:
        doc.repairs.append(Repair(original, repaired, reason, _span(lines, [i], path)))

    for i in body:
        line = lines[i]
        if line.blank:
            continue
        blank_before = previous_index is not None and i - previous_index > 1
        after_blank += blank_before
        target = sub or current
        kind, m = classify(line, article_expected if in_article else expected)
        if kind in {"numbered", "lettered"} and target is not None and target.text and not _ENDED.search(_plain(target.text)):
            # A number or letter inside a running sentence, unless it is the next label
            # due: `si` + `a) la demande ...` opens a list though the chapeau has no colon.
            if not (kind == "lettered" and m and m.group(1) == _next_label(current)):
                kind = "text"
        if kind == "numbered":
            assert m
            current = RawParagraph("numbered", [i], m.group(1), _after(line, m))
            sub = None
            raw.append(current)
            if m.group(1).isdigit():
                if in_article:
                    article_expected = int(m.group(1)) + 1
                else:
                    expected = int(m.group(1)) + 1
        elif kind == "lettered" and current is not None:
            assert m
            sub = RawParagraph("lettered", [i], m.group(1), _after(line, m))
            current.subparagraphs.append(sub)
        elif kind in {"article-heading", "annex-heading", "preamble-heading", "closing"}:
            in_article = kind == "article-heading" or (in_article and kind == "closing")
            article_expected = 1
            number = (m.group(1) if m else None)
            heading = RawParagraph(kind, [i], _ARTICLE_WORDS.get((number or "").lower(), number), line.text)
            raw.append(heading)
            # A heading never runs on into the text under it; a closing line takes its date line.
            current = heading if kind == "closing" else None
            sub = None
        elif target is None or starts_new(_plain(target.text), previous_line, line, blank_before, layout) or (
            _CLOSING_FORMULA.match(line.plain) and _ENDED.search(_plain(target.text))
        ):
            current = RawParagraph("closing" if _CLOSING_FORMULA.match(line.plain) else "text", [i], None, line.text)
            sub = None
            raw.append(current)
        else:
            blank_joins += blank_before
            if (
                blank_before
                and target.text
                and target.kind != "closing"
                and all(lines[j].blank for j in range(previous_index + 1, i))
                # a heading without punctuation is joined to its text, but it was not cut
                and (starts_lower(line.plain) or len(_plain(target.text).split()) > _HEADING_WORDS)
            ):
                cuts.append((i, _last_words(target.text), _first_words(line.text)))
            target.lines.append(i)
            target.text = join(target.text, line.text, record, hyphenated)
        previous_index = i
        previous_line = line.plain
    if layout.blank_separates and len(cuts) <= _MAX_CUT_SHARE * (after_blank - blank_joins):
        # Blank lines end this document's paragraphs, yet these lines carry on the sentence
        # before a blank: the source file cuts a paragraph in two, by mistake or where a
        # converter dropped a page break's furniture (76/170 fr). Where that is common, it
        # is the layout (hrc-49), not a cut.
        for i, before, after in cuts:
            doc.repairs.append(Repair(f"{before}\n\n{after}", f"{before} {after}", "blank-line-cut", _span(lines, [i], path)))
    return raw


#: Text before a blank line of at most this many words may be a heading, which its paragraph follows.
_HEADING_WORDS = 12
#: Paragraphs rejoined across blank lines are reported as cuts only while they stay this rare
#: against paragraphs, headings and numbers that open after one (hrc-49 puts a blank after
#: every wrapped line).
_MAX_CUT_SHARE = 0.25


def _last_words(text: str, count: int = 3) -> str:
    return " ".join(text.split()[-count:])


def _first_words(text: str, count: int = 3) -> str:
    return " ".join(text.split()[:count])


def _next_label(paragraph: RawParagraph | None) -> str | None:
    """The sub-paragraph label that would come next in `paragraph`: `a` first, then the letter after the last."""
    if paragraph is None:
        return None
    if not paragraph.subparagraphs:
        return "a"
    last = paragraph.subparagraphs[-1].number or ""
    return chr(ord(last) + 1) if len(last) == 1 and last.isalpha() else None


def _after(line: Line, m: re.Match[str]) -> str:
    """The line's text after its number or label, footnote calls kept (the match ran on the plain text)."""
    return line.text[m.start(2):] if m.group(2) else ""


def _plain(text: str) -> str:
    return lift_calls(text)[0].strip()


def _paragraph(section: Section, index: int, rp: RawParagraph, lines: list[Line], path: str, kind: str) -> Paragraph:
    text, calls = lift_calls(_squeeze(rp.text))
    paragraph = Paragraph(
        section=section,
        index=index,
        text=text,
        source=_span(lines, rp.lines + [j for s in rp.subparagraphs for j in s.lines], path),
        number=rp.number if rp.kind in {"numbered", "article-heading"} else None,
        kind=kind,
        markers=[FootnoteMarker(mark, offset, style) for mark, offset, style in calls],
        opening=_opening(lines, rp),
        linked=[text for i in rp.lines for text in lines[i].linked],
    )
    for s in rp.subparagraphs:
        paragraph.subparagraphs.append(_subparagraph(s, lines, path))
    return paragraph


def _subparagraph(rp: RawParagraph, lines: list[Line], path: str) -> SubParagraph:
    text, calls = lift_calls(_squeeze(rp.text))
    return SubParagraph(
        rp.number or "", text, _span(lines, rp.lines, path), [FootnoteMarker(m, o, s) for m, o, s in calls],
        [linked for i in rp.lines for linked in lines[i].linked],
    )


def _squeeze(text: str) -> str:
    return re.sub(r"\s{2,}", " ", text).strip()


def _opening(lines: list[Line], rp: RawParagraph) -> str | None:
    """The italic opening verb of a markdown paragraph (`*Urges*`), wherever it stands in the paragraph."""
    for i in rp.lines[:3]:
        for span in lines[i].emphasis:
            if 0 < len(span.split()) <= 5:
                return span.strip(" ,;")
    return None


def _place(doc: Document, raw: list[RawParagraph], lines: list[Line], path: str) -> None:
    """Put raw paragraphs into sections: preamble, operative, annex, articles, closing."""
    resolution_part = next((k for k, rp in enumerate(raw) if rp.kind in {"annex-heading", "article-heading"}), len(raw))
    numbered = any(rp.kind == "numbered" for rp in raw[:resolution_part])
    explicit_preamble = any(rp.kind == "preamble-heading" for rp in raw)
    last_preamble_like = max(
        (k for k, rp in enumerate(raw[:resolution_part]) if rp.kind == "text" and _plain(rp.text).endswith(",")), default=-1
    )
    state = "preamble"
    article: Paragraph | None = None
    for k, rp in enumerate(raw):
        if rp.kind in {"preamble-heading", "annex-heading"}:
            doc.furniture.append(Furniture("heading", rp.text, _span(lines, rp.lines, path)))
            state = "preamble" if rp.kind == "preamble-heading" else "annex"
            article = None
        elif rp.kind == "article-heading":
            doc.furniture.append(Furniture("heading", rp.text, _span(lines, rp.lines, path)))
            article = _paragraph(Section.ARTICLE, len(doc.articles) + 1, RawParagraph("article-heading", rp.lines, rp.number, ""), lines, path, "article")
            doc.articles.append(article)
            state = "article"
        elif rp.kind == "closing":
            doc.closing.append(_paragraph(Section.CLOSING, len(doc.closing) + 1, rp, lines, path, "closing"))
            article = None
        elif state == "article" and article is not None:
            _extend_article(article, rp, lines, path)
        elif rp.kind == "numbered":
            doc.operative.append(_paragraph(Section.OPERATIVE, len(doc.operative) + 1, rp, lines, path, "operative"))
            state = "operative"
        elif state == "annex":
            doc.annex.append(_paragraph(Section.ANNEX, len(doc.annex) + 1, rp, lines, path, "preambular"))
        elif state == "operative":
            doc.operative.append(_paragraph(Section.OPERATIVE, len(doc.operative) + 1, rp, lines, path, "operative"))
            doc.warnings.append(f"unnumbered paragraph after operative {doc.operative[-2].number if len(doc.operative) > 1 else '?'}: {_plain(rp.text)[:60]!r}")
        elif not numbered and not explicit_preamble and last_preamble_like >= 0 and k > last_preamble_like and re.search(r"[.;]$", _plain(rp.text)):
            # A resolution with a single unnumbered operative paragraph (`Adopts the Declaration ...`).
            doc.operative.append(_paragraph(Section.OPERATIVE, len(doc.operative) + 1, rp, lines, path, "operative"))
        else:
            doc.preamble.append(_paragraph(Section.PREAMBLE, len(doc.preamble) + 1, rp, lines, path, "preambular"))


def _extend_article(article: Paragraph, rp: RawParagraph, lines: list[Line], path: str) -> None:
    """An article's paragraphs: unnumbered ones join its text, numbered and lettered ones become sub-paragraphs."""
    part = _paragraph(Section.ARTICLE, article.index, rp, lines, path, "article")
    article.source.last_line = max(article.source.last_line, part.source.last_line)
    if rp.kind == "numbered" or article.subparagraphs:
        label = rp.number or str(len(article.subparagraphs) + 1)
        article.subparagraphs.append(SubParagraph(label, part.text, part.source, part.markers))
        article.subparagraphs.extend(part.subparagraphs)
        return
    offset = len(article.text) + 1 if article.text else 0
    article.text = f"{article.text} {part.text}".strip()
    article.markers += [FootnoteMarker(m.mark, m.offset + offset, m.style) for m in part.markers]
    article.subparagraphs.extend(part.subparagraphs)


def _number_warnings(doc: Document) -> None:
    """Gaps and repeats in operative numbering are reported, never renumbered."""
    previous: int | None = None
    for paragraph in doc.operative:
        if paragraph.number is None or not paragraph.number.isdigit():
            continue
        value = int(paragraph.number)
        if previous is not None and value == previous:
            doc.warnings.append(f"operative paragraph {value} appears twice")
        elif previous is not None and value != previous + 1:
            doc.warnings.append(f"operative numbering jumps from {previous} to {value}")
        elif previous is None and value != 1:
            doc.warnings.append(f"operative numbering starts at {value}")
        previous = value
