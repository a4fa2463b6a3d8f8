"""The parser on the real corpus: counts read off the documents by hand, and nothing lost."""

from __future__ import annotations

import html
import re
import textwrap
from collections import Counter
from dataclasses import asdict
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import align
from align.errors import InputError
from align.model import Document
from align.parse import parse_text, read_documents
from align.parse.lines import to_lines
from align.readers import read_text

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"
EXTRA = ROOT.parent / "shared" / "corpus" / "extra"
needs_extra = pytest.mark.skipif(not EXTRA.is_dir(), reason="../shared/corpus/extra is absent on this machine")


def parse(name: str) -> list[Document]:
    return read_documents(str(CORPUS / name))


# Counts verified by reading each document: (file, language, preambular, operative numbers).
FLOORS = [
    ("a-res-72-247.en+nl-mt.md", "en", 18, 20),
    ("a-res-72-247.en+nl-mt.md", "nl", 17, 20),  # two English paragraphs run together in the Dutch
    ("a-res-76-170.fr.md", "fr", 26, 29),
    ("hrc-49-draft-defenders-conflict.fr.txt", "fr", 24, 25),
    ("hrc-53-intl-cooperation.fr.ocr.txt", "fr", 33, 37),
]


@pytest.mark.parametrize(("name", "language", "preamble", "operative"), FLOORS)
def test_corpus_counts(name: str, language: str, preamble: int, operative: int) -> None:
    doc = next(d for d in parse(name) if d.language == language)
    assert len(doc.preamble) == preamble
    assert [p.number for p in doc.operative] == [str(n) for n in range(1, operative + 1)]
    assert doc.warnings == []


def test_versions_in_one_file_are_split_in_file_order() -> None:
    assert [d.language for d in parse("a-res-72-247.en+nl-mt.md")] == ["en", "nl"]


def test_lettered_subparagraphs_of_operative_9() -> None:
    doc = parse("hrc-49-draft-defenders-conflict.fr.txt")[0]
    op9 = doc.operative[8]
    assert op9.text == "Demande aux États :"
    assert [s.label for s in op9.subparagraphs] == list("abcdefghij")
    assert op9.subparagraphs[0].text.startswith("De respecter, protéger et réaliser les droits de l’homme")
    assert op9.subparagraphs[-1].text.endswith("œuvrant dans le domaine des droits de l’homme ;")


FORBIDDEN = [
    r"17-23331", r"A / RES / 72/247", r"Resolution 217 A \(III\)", r"Resolutie 217 A \(III\)",
    r"(?<![\d/])[2-6]/6(?![\d/])", r"\*", r"(?<!\w)_|_(?!\w)", r"\[", r"\]\(#\)", r"\ue000",
]


@pytest.mark.parametrize("name", sorted({f[0] for f in FLOORS}))
def test_no_furniture_footnotes_or_markup_in_paragraphs(name: str) -> None:
    for doc in parse(name):
        for paragraph in doc.paragraphs():
            for forbidden in FORBIDDEN:
                assert not re.search(forbidden, paragraph.full_text), (paragraph.id, forbidden)


def test_paragraph_cut_by_page_break_and_footnotes_is_rejoined() -> None:
    doc = parse("a-res-76-170.fr.md")[0]
    pp3 = doc.preamble[2]
    assert "de par leur fonction consultative auprès des autorités compétentes et de par leur rôle" in pp3.text
    assert [m.mark for m in pp3.markers] == ["4"]


def test_without_blank_lines_a_footnote_ends_with_its_sentence() -> None:
    """76/170 with its blank lines taken out, as text copied from a PDF viewer comes: a
    footnote used to run on into the text after it (`... chap. III.` then `des autorités
    compétentes ...`, the body going on across the page), swallowing 22 preambular
    paragraphs and operative 14. Its sentence ended, the note ends (`Supplément n°` and
    the like have not ended it)."""
    text = (CORPUS / "a-res-76-170.fr.md").read_text(encoding="utf-8")
    (whole,) = parse("a-res-76-170.fr.md")
    (run_on,) = parse_text("\n".join(line for line in text.splitlines() if line.strip()), "76-170-no-blank-lines.md")
    assert [f.text for f in run_on.footnotes] == [f.text for f in whole.footnotes]
    assert [p.text for p in run_on.operative] == [p.text for p in whole.operative]
    assert "de par leur fonction consultative auprès des autorités compétentes" in run_on.preamble[2].text
    # A line to a paragraph is no wrapped text: the preambular paragraph that opens like an
    # operative one (`Se félicite de la contribution ...`) no longer joins the one before it.
    assert [p.text for p in run_on.preamble] == [p.text for p in whole.preamble]


def _without_blank_lines(name: str) -> str:
    return "\n".join(line for line in (CORPUS / name).read_text(encoding="utf-8").splitlines() if line.strip())


ENGLISH_TITLES = (
    "« The Belgrade Principles on the Relationship between National Human Rights Institutions and Parliaments »,\n"
    "« The Marrakech Declaration: Expanding the civic space and promoting and protecting human rights defenders »,\n"
    "« The Paris Principles relating to the Status of National Institutions for the Promotion of Human Rights »,\n"
    "« The Edinburgh Declaration on national human rights institutions and business and human rights »,\n"
)
WEB_ADDRESSES = "".join(f"https://digitallibrary.un.org/record/409477{k}/files/A_RES_76_17{k}-FR.pdf\n" for k in range(5))


@pytest.mark.parametrize("inserted", [ENGLISH_TITLES, WEB_ADDRESSES], ids=["English titles", "web addresses"])
def test_a_few_lines_in_another_language_make_no_version(inserted: str) -> None:
    """Taken line by line (no blank lines), four English titles quoted in the French 76/170 made
    an English version between two French ones, and web addresses a Portuguese one."""
    text = _without_blank_lines("a-res-76-170.fr.md")
    at = text.index("Prenant note de la Déclaration de Marrakech")
    (whole,) = parse("a-res-76-170.fr.md")
    docs = parse_text(text[:at] + inserted + text[at:], "76-170-quoting.md")
    assert [d.language for d in docs] == ["fr"]
    assert [p.number for p in docs[0].operative] == [p.number for p in whole.operative]


@pytest.mark.parametrize("without_note_12", [False, True])
def test_a_header_left_in_the_language_before_opens_its_own_version(without_note_12: bool) -> None:
    """A machine translation may leave the banner and the organ in English (`United Nations`,
    `General Assembly`): read as English, they went to the English version, and the Dutch
    header lost its organ."""
    text = (CORPUS / "a-res-72-247.en+nl-mt.md").read_text(encoding="utf-8")
    text = text.replace("\nVerenigde Naties\n", "\nUnited Nations\n").replace("\nAlgemene vergadering\n", "\nGeneral Assembly\n")
    if without_note_12:
        start = text.index("¹² Including a presentation")
        text = text[:start] + text[text.index("\n\n", start):]
    en, nl = parse_text(text, "72-247-english-banner.md")
    whole_en, _ = parse("a-res-72-247.en+nl-mt.md")
    assert [p.text for p in en.closing] == [p.text for p in whole_en.closing]
    assert nl.header.organ == "General Assembly" and nl.header.symbol == "A/RES/72/247"
    assert "United Nations" in [f.text for f in nl.furniture]


def test_a_version_keeps_its_short_last_paragraphs() -> None:
    """Without note 12, nothing long stood between the English op20 and the Dutch header:
    `20. Decides to remain seized of the matter.` (too short to identify) and the closing
    went to the Dutch version, which reported its English closing date."""
    text = (CORPUS / "a-res-72-247.en+nl-mt.md").read_text(encoding="utf-8")
    start = text.index("¹² Including a presentation")
    end = text.index("\n\n", start)
    en, nl = parse_text(text[:start] + text[end:], "72-247-cut.md")
    whole_en, whole_nl = parse("a-res-72-247.en+nl-mt.md")
    assert [p.text for p in en.operative] == [p.text for p in whole_en.operative]
    assert [p.text for p in en.closing] == [p.text for p in whole_en.closing]
    assert nl.header.date == whole_nl.header.date == "25 januari 2018"
    assert [f.kind for f in nl.furniture if f.kind == "other-language"] == []


def test_one_language_code_makes_the_file_one_version() -> None:
    """`--lang fr` says what the file is: a long English quotation (72/247's whole preamble in
    the French 76/170) split it into versions, and the file was refused whatever --lang said.
    Two codes name the versions the split finds."""
    french = (CORPUS / "a-res-76-170.fr.md").read_text(encoding="utf-8")
    text = (CORPUS / "a-res-72-247.en+nl-mt.md").read_text(encoding="utf-8")
    at = french.index("Prenant note de la Déclaration de Marrakech")
    quoting = french[:at] + text[text.index("Guided by the purposes") : text.index("1. *Stresses*")] + french[at:]
    with pytest.raises(InputError, match="not a resolution"):
        parse_text(quoting, "76-170-quoting.md")
    (doc,) = parse_text(quoting, "76-170-quoting.md", language="fr")
    assert doc.language == "fr" and [p.number for p in doc.operative] == [p.number for p in parse("a-res-76-170.fr.md")[0].operative]
    assert [d.language for d in parse_text(text, "72-247.md", language="en,nl")] == ["en", "nl"]
    with pytest.raises(InputError, match="--lang gives 3 languages but the file holds 2 versions"):
        parse_text(text, "72-247.md", language="en,nl,fr")


def test_language_codes_are_shared_out_over_the_files_in_order(tmp_path: Path) -> None:
    """`--lang en,nl` for `en.md nl.md` gave each file both codes, and a file of one version
    was refused. The codes name the versions in the order of the files and of the versions
    in each; as many codes as files give one to each where identification counts the
    versions otherwise (76/170 quoting an English preamble reads as three)."""
    text = (CORPUS / "a-res-72-247.en+nl-mt.md").read_text(encoding="utf-8")
    at = text.index("\nVerenigde Naties\n")
    (en := tmp_path / "en.md").write_text(text[:at], encoding="utf-8")
    (nl := tmp_path / "nl.md").write_text(text[at:], encoding="utf-8")
    found = align.read_versions([en, nl], language="en,nl")
    assert [(d.language, d.language_source, Path(d.path).name) for d in found] == [("en", "override", "en.md"), ("nl", "override", "nl.md")]
    both = align.read_versions([CORPUS / "a-res-72-247.en+nl-mt.md", CORPUS / "a-res-76-170.fr.md"], language="en,nl,fr")
    assert [d.language for d in both] == ["en", "nl", "fr"]
    french = (CORPUS / "a-res-76-170.fr.md").read_text(encoding="utf-8")
    cut = french.index("Prenant note de la Déclaration de Marrakech")
    (quoting := tmp_path / "76-170-quoting.md").write_text(
        french[:cut] + text[text.index("Guided by the purposes") : text.index("1. *Stresses*")] + french[cut:], encoding="utf-8"
    )
    with pytest.raises(InputError, match="not a resolution"):  # read as French, English, French
        align.read(quoting)
    assert [d.language for d in align.read_versions([quoting, en], language="fr,en")] == ["fr", "en"]
    # what the other files leave: 72/247 holds two
    both = align.read_versions([quoting, CORPUS / "a-res-72-247.en+nl-mt.md"], language="fr,en,nl")
    assert [d.language for d in both] == ["fr", "en", "nl"]
    with pytest.raises(InputError, match=r"--lang gives 3 languages but the files hold .*en.md: 1, .*nl.md: 1"):
        align.read_versions([en, nl], language="en,nl,fr")
    # two codes for three versions well identified: an error that says so, not one version forced on 72/247
    with pytest.raises(InputError, match=r"--lang gives 2 languages but the files hold .*72-247.en\+nl-mt.md: 2, .*76-170.fr.md: 1"):
        align.read_versions([CORPUS / "a-res-72-247.en+nl-mt.md", CORPUS / "a-res-76-170.fr.md"], language="en,nl")
    with pytest.raises(InputError, match="no such file"):
        align.read_versions([en, tmp_path / "missing.md"], language="en,nl")


def test_two_versions_without_blank_lines_are_still_two() -> None:
    """72/247 (English, then Dutch) with its blank lines taken out was one block, read as one
    language, and refused as no resolution. A block longer than any paragraph is identified
    line by line, and both versions parse as they do with their blank lines; so does the
    Dutch running title printed against the text of its page (`7 Resolutie 70/1.`, the
    title, `A / RES / 72/247`), which opened the preambular paragraph after it."""
    whole = parse("a-res-72-247.en+nl-mt.md")
    run_on = parse_text(_without_blank_lines("a-res-72-247.en+nl-mt.md"), "72-247-no-blank-lines.md")
    assert [d.language for d in run_on] == ["en", "nl"]
    for ours, theirs in zip(run_on, whole):
        assert [(p.number, p.text) for p in ours.operative] == [(p.number, p.text) for p in theirs.operative]
        assert [p.text for p in ours.preamble] == [p.text for p in theirs.preamble]
        assert [f.text for f in ours.footnotes] == [f.text for f in theirs.footnotes]


@pytest.mark.parametrize(
    ("name", "phrase", "broken"),
    [
        ("hrc-49-draft-defenders-conflict.fr.txt", "peuvent eux-mêmes parfois", "peuvent eux-\nmêmes parfois"),
        ("a-res-76-170.fr.md", "et entre ceux-ci et les institutions", "et entre ceux-\nci et les institutions"),
    ],
)
def test_a_hyphen_french_always_writes_survives_a_line_break(name: str, phrase: str, broken: str) -> None:
    """`ceux-` at a line's end, `ci` on the next: no word break, though the text writes
    `ceux-ci` nowhere else (it became `ceuxci`)."""
    text = (CORPUS / name).read_text(encoding="utf-8")
    assert text.count(phrase) == 1
    doc = parse_text(text.replace(phrase, broken), name)[0]
    assert any(phrase in p.text for p in (*doc.preamble, *doc.operative))


def test_a_suspended_hyphen_at_a_line_break_keeps_its_space() -> None:
    """`pre-` / `and post-conflict situations` is not the word `preand`."""
    text = (CORPUS / "hrc-49-draft-defenders-conflict.fr.txt").read_text(encoding="utf-8")
    phrase = "opérant dans des situations de conflit et d’après conflit"
    assert text.count(phrase) == 1
    doc = parse_text(text.replace(phrase, "opérant dans des situations de pré-\net post-conflit"), "hrc-49.txt")[0]
    assert any("situations de pré- et post-conflit" in p.text for p in (*doc.preamble, *doc.operative))


def test_a_note_that_ends_in_ibid_ends_there_without_blank_lines() -> None:
    """A note ending in an abbreviation went on into the body when the next line held a
    number; `Ibid.` then `Reaffirming ...` must not (it swallowed eight preambular paragraphs)."""
    text = _without_blank_lines("a-res-72-247.en+nl-mt.md")
    note = "⁵ Ibid., *Seventy-second Session* ([A/72/53](#)), chap. IV, sect. A."
    assert note in text
    english = text[: text.index("Verenigde Naties")].replace(note, "⁵ Ibid.")
    doc, whole = parse_text(english, "72-247-ibid.md")[0], parse("a-res-72-247.en+nl-mt.md")[0]
    assert doc.footnotes[4].text == "Ibid."
    assert [p.text for p in doc.preamble] == [p.text for p in whole.preamble]


def test_a_preamble_wrapped_above_operative_paragraphs_a_line_each() -> None:
    """Text wrapped in part (the preamble at 68 columns) and a line to a paragraph after: the
    long lines are not reason enough to read the wrapped lines as paragraphs."""
    text = (CORPUS / "a-res-72-247.en+nl-mt.md").read_text(encoding="utf-8")
    english = text[: text.index("Verenigde Naties")]
    at = english.index("1. *Stresses*")
    head = "\n\n".join("\n".join(textwrap.wrap(block.replace("\n", " "), 68)) for block in english[:at].split("\n\n") if block.strip())
    doc, whole = parse_text(head + "\n\n" + english[at:], "72-247-mixed.md")[0], parse("a-res-72-247.en+nl-mt.md")[0]
    assert [p.text for p in doc.preamble] == [p.text for p in whole.preamble]


def test_a_note_under_the_title_is_no_part_of_it() -> None:
    """A numbered title took every line up to the addressee, so a note set under it joined
    the title (`... Fundamental Freedoms The present text is issued without formal editing.`)."""
    text = (CORPUS / "a-res-72-247.en+nl-mt.md").read_text(encoding="utf-8")
    note = "The present text is issued without formal editing. It reproduces the draft as adopted by the Third Committee."
    english = text[: text.index("Verenigde Naties")].replace("The General Assembly,", f"{note}\n\nThe General Assembly,", 1)
    doc, whole = parse_text(english, "72-247-noted.md")[0], parse("a-res-72-247.en+nl-mt.md")[0]
    assert doc.title == whole.title and note in doc.header.other
    assert [p.text for p in doc.preamble] == [p.text for p in whole.preamble]


@pytest.mark.parametrize(
    "wrapped",
    [
        "Guided by the purposes and principles of the\nUnited Nations\nCharter,",  # after `the`
        "Guided by the purposes and principles of the Charter of the\nUnited Nations\nand of the Charter,",
        "Guided by the purposes and principles of the Charter, as reaffirmed by all\nUnited Nations\nMember States,",
    ],
)
def test_united_nations_on_a_line_of_its_own_inside_a_sentence_is_no_banner(wrapped: str) -> None:
    """A wrapped line that is just `United Nations` was taken for the banner of page 1 and
    dropped from its sentence (`the Charter of the and of the Charter,`)."""
    text = (CORPUS / "a-res-72-247.en+nl-mt.md").read_text(encoding="utf-8")
    pp1 = "Guided by the purposes and principles of the Charter of the United Nations,"
    english = text[: text.index("Verenigde Naties")].replace(pp1, wrapped.rstrip("\n,") + ",")
    doc = parse_text(english, "72-247-en.md")[0]
    assert doc.preamble[0].text == " ".join(wrapped.split()).rstrip(",") + ","


@pytest.mark.parametrize(
    ("name", "cut", "page_break"),
    [
        # the page number alone, inside the sentence
        ("hrc-49-draft-defenders-conflict.fr.txt", "il faut les promouvoir et les \n", "\n\n2\n\n"),
        # between two preambular paragraphs, and inside a sentence after a comma
        ("hrc-49-draft-defenders-conflict.fr.txt", "et 76/174 du 16 décembre 2021, \n", "\n\n2\n\n"),
        ("hrc-53-intl-cooperation.fr.ocr.txt", "de I’Article premier de celle-ci,\n", "\n2\n\n"),
        # above the job number and the next page's symbol
        ("hrc-49-draft-defenders-conflict.fr.txt", "il faut les promouvoir et les \n", "\n\n2\nGE.22-01234\n\nA/HRC/49/L.12\n\n"),
        # between two operative paragraphs, the next printing its number, on its line or not
        ("hrc-49-draft-defenders-conflict.fr.txt", "et à  l’aider dans sa tâche ; \n", "\n\n4\n\n"),
        ("hrc-53-intl-cooperation.fr.ocr.txt", "I’intolérance religieuse sous toutes leurs formes ;\n", "\n3\n\n"),  # `4, Souligne`
        # under the page's footnote, inside the sentence the footnote interrupts ...
        ("hrc-53-intl-cooperation.fr.ocr.txt", "3 Voir la résolution 74/2 de I’ Assemblée générale.\n", "\n4\n\n"),
        # ... and above it
        ("hrc-53-intl-cooperation.fr.ocr.txt", "qui serait administré conjointement avec le fonds\n", "\n4\n"),
    ],
)
def test_a_page_number_alone_on_a_line_is_furniture(name: str, cut: str, page_break: str) -> None:
    """PDF and OCR text with a page break: the page number stayed in the paragraph
    (`les promouvoir et les 2 réaliser`), or stood before the next one and took the place
    of its number (`4 7. Condamne`, no operative 7)."""
    text = (CORPUS / name).read_text(encoding="utf-8")
    assert cut in text
    doc, whole = parse_text(text.replace(cut, cut + page_break, 1), f"paged-{name}")[0], parse(name)[0]
    assert [p.text for p in doc.preamble] == [p.text for p in whole.preamble]
    assert [(p.number, p.text) for p in doc.operative] == [(p.number, p.text) for p in whole.operative]
    assert [f.text for f in doc.footnotes] == [f.text for f in whole.footnotes]
    assert ("page-number", page_break.split()[0]) in [(f.kind, f.text) for f in doc.furniture]


def test_a_page_number_before_a_number_on_a_line_of_its_own_is_furniture() -> None:
    """The Dutch 72/247 prints `7.` alone on its line; a page number before it took its place."""
    text = (CORPUS / "a-res-72-247.en+nl-mt.md").read_text(encoding="utf-8")
    cut = "aanbevelingen;\n\n7.\n"
    assert cut in text
    doc, whole = parse_text(text.replace(cut, "aanbevelingen;\n\n4\n\n7.\n", 1), "72-247-paged.md")[1], parse("a-res-72-247.en+nl-mt.md")[1]
    assert [(p.number, p.text) for p in doc.operative] == [(p.number, p.text) for p in whole.operative]
    assert ("page-number", "4") in [(f.kind, f.text) for f in doc.furniture]


def test_the_english_72_247_hard_wrapped_parses_as_it_is() -> None:
    """72/247 rewrapped at 85 columns, as a PDF prints it:
    - note 3 breaks after `Supplement No.`; the note ended there, and `53 (A/68/53), chap.
      IV, sect. A.` became a preambular paragraph;
    - operative 17 breaks after `capacity-`; the hyphen was taken for a word break
      (`capacitybuilding`), though the text writes `capacity-building` elsewhere."""
    text = (CORPUS / "a-res-72-247.en+nl-mt.md").read_text(encoding="utf-8")
    rewrapped = "\n\n".join("\n".join(textwrap.wrap(block.replace("\n", " "), 85)) for block in text.split("\n\n") if block.strip())
    assert "Supplement No.\n53" in rewrapped and "capacity-\nbuilding" in rewrapped
    whole, wrapped = parse("a-res-72-247.en+nl-mt.md")[0], parse_text(rewrapped, "72-247-rewrapped.md")[0]
    assert [f.text for f in wrapped.footnotes] == [f.text for f in whole.footnotes]
    assert [p.text for p in wrapped.preamble] == [p.text for p in whole.preamble]
    assert [p.text for p in wrapped.operative] == [p.text for p in whole.operative]


def test_with_blank_lines_a_wrapped_footnote_line_still_continues_it() -> None:
    """Notes set off by blank lines keep the old rule: a line in lower case goes on with the
    note, even after a full stop the abbreviation list does not know (`VN-doc.`)."""
    text = (CORPUS / "a-res-72-247.en+nl-mt.md").read_text(encoding="utf-8")
    wrapped = text.replace("\n2 Resolutie 2200 A (XXI), bijlage.\n", "\n2 Zie ook VN-doc.\nresolutie 2200 A (XXI), bijlage.\n")
    assert wrapped != text
    nl = parse_text(wrapped, "72-247-wrapped.md")[1]
    assert nl.footnotes[1].text == "Zie ook VN-doc. resolutie 2200 A (XXI), bijlage."


def test_dutch_operative_10_and_11_are_whole() -> None:
    nl = parse("a-res-72-247.en+nl-mt.md")[1]
    assert nl.operative[9].text.endswith("onder meer door verantwoording van bedrijven;")
    op11 = nl.operative[10].text
    assert op11.startswith("Blijft met name bezorgd over systemische en structurele problemen discriminatie")
    assert "herhaalt zijn krachtige oproep" in op11 and op11.endswith("68/181 ;")


def test_paragraphs_cut_by_a_blank_line_are_rejoined_and_recorded() -> None:
    """The Dutch cuts op10 after `te vergemakkelijken en` (and five more); the English, whose
    blank lines all end paragraphs, and hrc-49, with a blank after every wrapped line, cut nothing."""
    en, nl = parse("a-res-72-247.en+nl-mt.md")
    cuts = [(r.original, r.repaired) for r in nl.repairs if r.reason == "blank-line-cut"]
    assert ("te vergemakkelijken en\n\nhet werk bevorderen", "te vergemakkelijken en het werk bevorderen") in cuts
    assert len(cuts) == 7
    assert all(r.reason != "blank-line-cut" for r in en.repairs)
    assert all(r.reason != "blank-line-cut" for r in parse("hrc-49-draft-defenders-conflict.fr.txt")[0].repairs)


def test_footnote_calls_in_every_printed_form() -> None:
    en, nl = parse("a-res-72-247.en+nl-mt.md")
    styles = {(m.mark, m.style) for p in en.paragraphs() for m in p.markers}
    assert ("1", "superscript") in styles and ("10", "superscript") in styles
    op3 = nl.operative[2]
    assert [(m.mark, m.style) for m in op3.markers] == [("8", "digit"), ("9", "digit")]
    assert "mensenrechtenverdedigers, en ook neemt kennis" in op3.text  # the bare `8` is gone from the text
    ocr = parse("hrc-53-intl-cooperation.fr.ocr.txt")[0]
    assert [m.mark for p in ocr.paragraphs() for m in p.markers] == ["1", "2", "3", "4", "5"]
    # `les 3 et 4 décembre 2020` is a date, not footnote 3
    assert "les 3 et 4 décembre 2020" in ocr.preamble[13].text


def test_footnote_bodies_are_footnotes() -> None:
    en, nl = parse("a-res-72-247.en+nl-mt.md")
    assert [f.mark for f in en.footnotes] == [str(n) for n in range(1, 13)]
    assert en.footnotes[0].text == "Resolution 217 A (III)."
    assert nl.footnotes[3].text.endswith("hfst. IV, sekte. EEN.")


def test_italic_opening_verbs_wherever_they_sit() -> None:
    en, nl = parse("a-res-72-247.en+nl-mt.md")
    assert [p.opening for p in en.operative[:3]] == ["Stresses", "Calls upon", "Welcomes"]
    assert nl.preamble[8].opening == "onderstrepen"  # `... rol van mensenrechten *onderstrepen* verdedigers`
    assert nl.preamble[11].opening == "bezorgd"  # `Ze *bezorgd* over`


@pytest.mark.parametrize(
    ("original", "repaired", "reason"),
    [("I’homme", "l’homme", "ocr-l-apostrophe"), ("ceuvre", "œuvre", "ocr-oe"), ("a", "à", "ocr-a-grave"), ("&", "à", "ocr-a-grave")],
)
def test_ocr_repairs_are_made_and_recorded(original: str, repaired: str, reason: str) -> None:
    doc = parse("hrc-53-intl-cooperation.fr.ocr.txt")[0]
    assert any(r.original == original and r.repaired == repaired and r.reason == reason for r in doc.repairs)
    text = " ".join(p.full_text for p in doc.paragraphs())
    assert "I’homme" not in text and "ceuvre" not in text and " & " not in text
    assert "conformément à la Charte" in text and "l’Assemblée a adopté" in text  # `a` the verb stays


def test_letters_split_by_a_space_are_joined() -> None:
    doc = parse("hrc-49-draft-defenders-conflict.fr.txt")[0]
    assert {(r.original, r.repaired) for r in doc.repairs if r.reason == "split-word"} == {
        ("ha rcèlement", "harcèlement"),
        ("da ns", "dans"),
    }


def test_header_fields() -> None:
    en, nl = parse("a-res-72-247.en+nl-mt.md")
    assert (en.header.symbol, en.header.session, en.header.agenda_item) == (
        "A/RES/72/247", "Seventy-second session", "Agenda item 72 (b)",
    )
    assert (nl.header.symbol, nl.header.session, nl.header.date) == ("A/RES/72/247", "Zeventig seconden sessie", "25 januari 2018")
    hrc = parse("hrc-49-draft-defenders-conflict.fr.txt")[0]
    assert hrc.header.sponsors.endswith("Uruguay* et Vanuatu* : projet de résolution")


# ----------------------------------------------------------------- nothing lost

_WORD = re.compile(r"[^\W\d_]+|\d+")
_SUPERSCRIPT = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹", "0123456789")


def _words(text: str) -> Counter[str]:
    """Words and numbers as separate tokens: `générale1` is the word and its footnote call."""
    text = re.sub("[⁰¹²³⁴⁵⁶⁷⁸⁹]+", lambda m: " " + m.group(0).translate(_SUPERSCRIPT), text)
    return Counter(w.casefold() for w in _WORD.findall(text))


def accounted(documents: list[Document]) -> Counter[str]:
    """Every word the documents hold: paragraphs, footnotes, header, furniture, repairs, footnote marks."""
    words: Counter[str] = Counter()
    for doc in documents:
        for paragraph in doc.paragraphs():
            words += _words(f"{paragraph.number or ''} {paragraph.full_text}")
            words += _words(" ".join(m.mark for m in paragraph.markers))
            for sub in paragraph.subparagraphs:
                words += _words(" ".join([sub.label] + [m.mark for m in sub.markers]))
        for footnote in doc.footnotes:
            words += _words(f"{footnote.mark} {footnote.text}")
        header = asdict(doc.header)
        header.pop("source")
        words += _words(" ".join(str(v) for v in header.values() if v))
        words += _words(" ".join(f.text for f in doc.furniture))
        words += _words(" ".join(r.original for r in doc.repairs))
    return words


def assert_nothing_lost(text: str, documents: list[Document]) -> None:
    missing = _words(html.unescape(text)) - accounted(documents)  # `&#91;` is markup, `[` the text
    assert not missing, f"words dropped: {sorted(missing.items())[:20]}"


def _corpus_and_extra() -> list[Path]:
    files = [p for p in sorted(CORPUS.iterdir()) if p.name != "README.md"]
    if EXTRA.is_dir():
        files += [
            p for p in sorted(EXTRA.glob("*/*"))
            if p.suffix in {".md", ".txt", ".html"} and p.name != "LICENSE.txt"
        ]
    return files


@pytest.mark.parametrize("path", _corpus_and_extra(), ids=lambda p: p.name)
def test_every_word_of_the_input_is_somewhere(path: Path) -> None:
    raw = read_text(path)
    documents = read_documents(str(path))
    assert_nothing_lost(raw.text, documents)


# Counts verified by reading the extra documents: (file, [(language, preamble, operative, articles)]).
EXTRA_COUNTS = [
    ("udhr/udhr.en.html", [("en", 10, 0, 30)]),
    ("udhr/udhr.fr.html", [("fr", 9, 0, 30)]),
    ("udhr/udhr.nl.html", [("nl", 8, 0, 30)]),
    ("hcch-1956/hcch-1956-child-maintenance.fr+nl.md", [("fr", 1, 0, 12), ("nl", 1, 0, 12)]),
    ("english-only/a-res-61-295-undrip.en.md", [("en", 2, 1, 46)]),
    ("english-only/a-c3-56-draft-right-to-development.en.txt", [("en", 14, 25, 0)]),
    ("english-only/a-res-80-10.en.md", [("en", 11, 3, 0)]),
]


@needs_extra
@pytest.mark.parametrize(("name", "expected"), EXTRA_COUNTS)
def test_extra_documents_parse(name: str, expected: list[tuple[str, int, int, int]]) -> None:
    documents = read_documents(str(EXTRA / name))
    assert [(d.language, len(d.preamble), len(d.operative), len(d.articles)) for d in documents] == expected


@needs_extra
@pytest.mark.parametrize("name", ["unpc-devset/devset.en", "sdg-targets/LICENSE.txt"])
def test_texts_that_are_not_resolutions_are_refused(name: str) -> None:
    with pytest.raises(InputError, match="not a resolution"):
        read_documents(str(EXTRA / name))


# ------------------------------------------------------ generated damage, real text

_EN = parse_text((CORPUS / "a-res-72-247.en+nl-mt.md").read_text(encoding="utf-8"), "x.md")[0]
_PREAMBLE = [p.text for p in _EN.preamble]
_OPERATIVE = [p.text for p in _EN.operative]
_FURNITURE = ["A/RES/72/247", "17-23331", "3/6", "* 1723331 *"]


@st.composite
def damaged_resolutions(draw):
    """A real resolution re-laid out: random hard wraps, page breaks with furniture, footnotes in between."""
    n_pre = draw(st.integers(2, 6))
    n_op = draw(st.integers(2, 6))
    width = draw(st.integers(50, 120))
    paragraphs = _PREAMBLE[:n_pre] + [f"{k}. {t}" for k, t in enumerate(_OPERATIVE[:n_op], 1)]
    blank_between = draw(st.booleans())
    lines = ["General Assembly", "", "72/247. Twentieth anniversary of the Declaration", "", "The General Assembly,", ""]
    footnote = 0
    for text in paragraphs:
        words, line = text.split(), ""
        for word in words:
            if line and len(line) + len(word) + 1 > width:
                lines.append(line)
                if draw(st.integers(0, 30)) == 0:  # a page break inside the paragraph
                    footnote += 1
                    lines += ["", f"{footnote} See document A/{footnote}/1.", "", draw(st.sampled_from(_FURNITURE)), ""]
                line = word
            else:
                line = f"{line} {word}".strip()
        lines.append(line)
        if blank_between:
            lines.append("")
    return "\n".join(lines)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(damaged_resolutions())
def test_generated_layouts_never_crash_or_drop_a_word(text: str) -> None:
    documents = parse_text(text, "generated.txt", language="en")
    assert_nothing_lost(text, documents)
    assert documents[0].operative, "the numbered paragraphs are found"


@needs_extra
def test_clean_french_keeps_the_verb_a() -> None:
    """`a` -> `à` is an OCR repair: a text without OCR damage keeps `Chacun a le droit`."""
    doc = read_documents(str(EXTRA / "udhr/udhr.fr.html"))[0]
    assert not [r for r in doc.repairs if r.reason == "ocr-a-grave"]
    assert doc.articles[5].text.startswith("Chacun a le droit")


@needs_extra
def test_a_list_after_an_open_chapeau_and_a_heading_in_the_other_language() -> None:
    """HCCH 1956 art. 2: `... sa propre loi, si` + `a)la demande ...`; the page's Dutch heading above the French text."""
    fr, nl = read_documents(str(EXTRA / "hcch-1956/hcch-1956-child-maintenance.fr+nl.md"))
    for doc in (fr, nl):
        assert [s.label for s in doc.articles[1].subparagraphs] == ["a", "b", "c"]
    assert fr.articles[1].subparagraphs[0].text.startswith("la demande est portée")
    assert fr.header.other == []
    assert any(f.kind == "other-language" and f.text.startswith("Verdrag nopens") for f in fr.furniture)


def test_a_heading_joined_to_its_text_is_not_a_cut() -> None:
    """An annex heading without punctuation runs on into its text, but nothing was cut there."""
    paragraphs = [f"Recalling its resolution {k}/1 of 1 January 2000," for k in range(1, 6)]
    operative = [f"{k}. Requests the Secretary-General to report thereon;" for k in range(1, 4)]
    annex = ["Annex", "Programme of action", "The programme of action aims at promoting the rights of all."]
    text = "\n\n".join(["The General Assembly,", *paragraphs, *operative, *annex]) + "\n"
    (doc,) = parse_text(text, "annex.md", language="en")
    assert [r for r in doc.repairs if r.reason == "blank-line-cut"] == []


def test_a_link_wrapped_over_a_line_break_leaves_its_text_and_is_kept() -> None:
    text = (
        "# Title\n\n*The General Assembly*,\n\n*Recalling* the [Universal Declaration of\nHuman Rights](#) and "
        "resolution [70/1](https://undocs.org/A/RES/70/1),\n\n1. *Decides* to remain seized of the matter;\n"
    )
    [doc] = parse_text(text, "x.md", language="en")
    assert doc.preamble[0].text == "Recalling the Universal Declaration of Human Rights and resolution 70/1,"
    assert doc.preamble[0].linked == ["Universal Declaration of Human Rights", "70/1"]
    assert [f.text for f in doc.furniture if f.kind == "link"] == ["https://undocs.org/A/RES/70/1"]


@pytest.mark.parametrize(
    ("markdown", "texts", "linked"),
    [
        # entities inside a link are read, as outside one
        ("x [Rights &amp; Freedoms](https://x?a=1&amp;b=2) y", ["x Rights & Freedoms y"], [["Rights & Freedoms"]]),
        # an escaped bracket opens no link; a heading and a list item are not one link
        ("the text \\[sic\nfoo](https://x) end", ["the text [sic", "foo](https://x) end"], [[], []]),
        ("## Annex [draft\n1. Text](#)", ["Annex [draft", "1. Text](#)"], [[], []]),
    ],
)
def test_what_is_not_a_wrapped_link(markdown: str, texts: list[str], linked: list[list[str]]) -> None:
    lines = to_lines(markdown, markdown=True)
    assert [line.text for line in lines] == texts and [line.linked for line in lines] == linked



@pytest.mark.parametrize(
    ("text", "language", "title", "first"),
    [
        # a body pasted without its title, in each language
        ("Reaffirming its resolution 53/144,\n\n1. Urges States to act;\n\n2. Decides to remain seized of the matter.\n",
         "en", None, "Reaffirming its resolution 53/144,"),
        ("Réaffirmant sa résolution 53/144,\n\n1. Prie instamment les États d'agir ;\n", "fr", None, "Réaffirmant sa résolution 53/144,"),
        ("Herinnerend aan resolutie 53/144,\n\n1. Dringt er bij de staten op aan te handelen;\n", "nl", None, "Herinnerend aan resolutie 53/144,"),
        # its first paragraph wrapped, or followed by a footnote call
        ("Recalling its resolution 53/144, by which it adopted the Declaration on\nthe Right and Responsibility of Individuals,\n\n"
         "Reaffirming the importance,\n\n1. Urges States to act;\n", "en", None, "Recalling its resolution 53/144, by which"),
        ("Recalling the Universal Declaration of Human Rights,¹\n\n1. Urges States to act;\n", "en", None, "Recalling the Universal"),
        # with a title but no `The General Assembly,`: the title stays the title, even one that opens
        # with a gerund and ends with a comma
        ("# Human rights defenders\n\nRecalling its resolution 70/4,\n\n1. Urges States to act;\n",
         "en", "Human rights defenders", "Recalling its resolution 70/4,"),
        # a review's: openers in each language that a closed English list lacked
        ("# Défenseurs des droits humains\n\nS'inspirant des buts et principes de la Charte,\n\nRappelant sa résolution 53/144,\n\n"
         "1. Prie les États d'agir ;\n", "fr", "Défenseurs des droits humains", "S'inspirant des buts"),
        ("# Mensenrechtenverdedigers\n\nIn herinnering brengend resolutie 53/144,\n\n1. Dringt aan;\n",
         "nl", "Mensenrechtenverdedigers", "In herinnering brengend"),
        # a numbered title still to come is where the body begins, not a preambular line before it
        ("Resolution adopted by the Human Rights Council on 1 April 2022\n\nHaving regard to rule 117 of the rules of "
         "procedure,\n\n49/18. Human rights defenders\n\nGuided by the purposes and principles of the Charter,\n\n"
         "1. Urges States to act;\n", "en", "Human rights defenders", "Guided by the purposes"),
        ("Strengthening of the coordination of emergency humanitarian assistance of the United Nations,\n\n"
         "Recalling its resolution 46/182,\n\n1. Urges States to act;\n",
         "en", "Strengthening of the coordination of emergency humanitarian assistance of the United Nations,",
         "Recalling its resolution 46/182,"),
    ],
)
def test_a_short_first_preambular_paragraph_is_no_title(text: str, language: str, title: str | None, first: str) -> None:
    """Without `The General Assembly,` before it, a short first preambular paragraph was taken for the
    title (and the real title pushed into the header): a reviser who pastes only the paragraphs."""
    [doc] = parse_text(text, "pasted.md", language=language)
    assert doc.title == title
    assert doc.preamble[0].text.startswith(first)


@pytest.mark.parametrize(
    "addressee",
    ["The Seventy-sixth World Health Assembly,", "The Conference of the Parties,", "La Conférence des Parties,", "The Executive Board,"],
)
def test_other_bodies_that_adopt_resolutions_are_addressees(addressee: str) -> None:
    """The body's own line is the addressee, not the title, and the body starts after it."""
    text = f"# Strengthening preparedness\n\n{addressee}\n\nRecalling its decision 1/1,\n\n1. Urges the parties to act;\n"
    [doc] = parse_text(text, "x.md", language="fr" if addressee.startswith("La") else "en")
    assert (doc.title, doc.header.addressee) == ("Strengthening preparedness", addressee)
    assert [p.id for p in doc.paragraphs()] == ["pp1", "op1"]


@pytest.mark.parametrize(
    ("text", "language", "title", "ids"),
    [
        # a third review's: an addressee in an annex is the annex's, not where the body begins
        ("# Protection of global climate\n\nRecalling its resolution 75/217,\n\n1. Takes note of the decision annexed;\n\n"
         "2. Decides to remain seized.\n\n# Annex\n\nThe Conference of the Parties,\n\nRecalling decision 1/CP.21,\n",
         "en", "Protection of global climate", ["pp1", "op1", "op2"]),
        # a title wrapped before a body's name in lower case
        ("76/200. Implementation of the decisions adopted by\nthe Conference of the Parties\n\nThe General Assembly,\n\n"
         "Recalling its resolution 75/1,\n\n1. Urges States to act;\n",
         "en", "Implementation of the decisions adopted by the Conference of the Parties", ["pp1", "op1"]),
        # a Main Committee's line is no addressee
        ("Verslag van de Derde Commissie\n\nDe Derde Commissie beveelt de Algemene Vergadering aan de volgende "
         "ontwerpresolutie aan te nemen:\n\nDe rechten van het kind\n\nDe Algemene Vergadering,\n\n"
         "Herinnerend aan resolutie 75/1,\n\n1. Dringt aan;\n", "nl", "De rechten van het kind", ["pp1", "op1"]),
        # a fourth review's: a committee's report numbers its paragraphs before the draft it recommends;
        # reflexive and other openers the lists lacked
        ("Report of the Third Committee\n\nI. Introduction\n\n1. At its 2nd plenary meeting, the General Assembly "
         "decided to allocate the item.\n\n2. The Third Committee recommends the following draft resolution:\n\n"
         "Protection of migrants\n\nThe General Assembly,\n\nRecalling its resolution 75/1,\n\n1. Urges States to act;\n",
         "en", "Protection of migrants", ["pp1", "op1"]),
        ("Défenseurs des droits de l'homme\n\nS'appuyant sur la résolution 51/1 du Conseil des droits de l'homme,\n\n"
         "1. Demande aux États d'agir ;\n", "fr", "Défenseurs des droits de l'homme", ["pp1", "op1"]),
        ("Mensenrechtenverdedigers\n\nOpmerkend dat de staten,\n\n1. Dringt aan;\n", "nl", "Mensenrechtenverdedigers", ["pp1", "op1"]),
        # a fifth review's: a note carries its draft in an annex; an addressee in lower case with its comma;
        # a title wrapped onto a body's name with no comma
        ("Note by the Secretary-General\n\n1. The Secretary-General has the honour to transmit the draft.\n\nAnnex\n\n"
         "Draft resolution\n\nThe General Assembly,\n\nRecalling its resolution 75/1,\n\n1. Calls upon States to act;\n",
         "en", "Draft resolution", ["pp1", "op1"]),
        ("74/146. Human rights defenders\n\nthe General Assembly,\n\nRecalling its resolution 53/144,\n\n1. Urges States to act;\n",
         "en", "Human rights defenders", ["pp1", "op1"]),
        ("74/146. REPORT OF\nTHE EXECUTIVE BOARD\n\nTHE GENERAL ASSEMBLY,\n\nRecalling its resolution 53/144,\n\n"
         "1. Urges States to act;\n", "en", "REPORT OF THE EXECUTIVE BOARD", ["pp1", "op1"]),
        # a pasted excerpt whose first paragraph opens with a Council's verb
        ("Determining that the situation constitutes a threat to international peace and security,\n\n"
         "Recalling its resolution 2250 (2015),\n\n2. Calls upon States to act;\n", "en", None, ["pp1", "pp2", "op2"]),
        # a heading after the body; a preambular line right under the title; titles that end like participles
        ("# Human rights defenders\n\nRecalling its resolution 53/144,\n\n1. Urges States to act;\n\n# Annex\n\nText.\n",
         "en", "Human rights defenders", ["pp1", "op1"]),
        ("# Human rights defenders\nRecalling its resolution 53/144,\n\n1. Urges States to act;\n", "en", "Human rights defenders", ["pp1", "op1"]),
        ("Migrant workers,\n\nRecalling its resolution 53/144,\n\n1. Urges States to act;\n", "en", "Migrant workers,", ["pp1", "op1"]),
        ("Aanvullend protocol bij het Verdrag,\n\nHerinnerend aan resolutie 53/144,\n\n1. Dringt aan;\n",
         "nl", "Aanvullend protocol bij het Verdrag,", ["pp1", "op1"]),
    ],
)
def test_where_the_body_begins(text: str, language: str, title: str, ids: list[str]) -> None:
    [doc] = parse_text(text, "x.md", language=language)
    assert doc.title == title
    assert [p.id for p in doc.preamble + doc.operative] == ids


@pytest.mark.parametrize(
    ("title_lines", "language", "title", "other"),
    [
        # wrapped with no blank line: the next line opens in lower case, or the line ends on a link word
        (["Protecting human rights defenders,", "including women human rights defenders"], "en",
         "Protecting human rights defenders, including women human rights defenders", []),
        (["Protection of human rights defenders in the context of the", "Convention on the Elimination of All Forms "
          "of Discrimination against Women"], "en",
         "Protection of human rights defenders in the context of the Convention on the Elimination of All Forms of "
         "Discrimination against Women", []),
        (["Mandat permanent permettant à l’Assemblée générale de tenir un débat lorsqu’un veto", "est opposé au Conseil "
          "de sécurité"], "fr", "Mandat permanent permettant à l’Assemblée générale de tenir un débat lorsqu’un veto est "
          "opposé au Conseil de sécurité", []),
        (["Bescherming van mensenrechtenverdedigers in het kader van het", "Verdrag inzake de uitbanning van alle vormen "
          "van discriminatie van vrouwen"], "nl", "Bescherming van mensenrechtenverdedigers in het kader van het Verdrag "
          "inzake de uitbanning van alle vormen van discriminatie van vrouwen", []),
        # a word hyphenated at the wrap is whole again, a real hyphen kept
        (["Strengthening of the coordination of emergency humanitarian assis-", "tance of the United Nations"], "en",
         "Strengthening of the coordination of emergency humanitarian assistance of the United Nations", []),
        (["Samenwerking tussen de Verenigde Naties en de Gemeenschap van Centraal-", "Afrikaanse Staten"], "nl",
         "Samenwerking tussen de Verenigde Naties en de Gemeenschap van Centraal-Afrikaanse Staten", []),
        # a review's: a next line that opens with a linking word or a number, a title set in capitals
        (["Women and peace and security: implementation of resolution", "1325 (2000)"], "en",
         "Women and peace and security: implementation of resolution 1325 (2000)", []),
        (["DECLARATION ON THE RIGHT AND RESPONSIBILITY OF INDIVIDUALS, GROUPS", "AND ORGANS OF SOCIETY"], "en",
         "DECLARATION ON THE RIGHT AND RESPONSIBILITY OF INDIVIDUALS, GROUPS AND ORGANS OF SOCIETY", []),
        (["CONVENTION ON THE RIGHTS", "OF PERSONS WITH DISABILITIES"], "en", "CONVENTION ON THE RIGHTS OF PERSONS WITH DISABILITIES",
         []),
        (["PROTÉGER LES DÉFENSEURS DES DROITS HUMAINS,", "Y COMPRIS LES FEMMES DÉFENSEUSES"], "fr",
         "PROTÉGER LES DÉFENSEURS DES DROITS HUMAINS, Y COMPRIS LES FEMMES DÉFENSEUSES", []),
        # in title case, after a comma
        (["Declaration on the Rights of Persons Belonging to National or Ethnic,", "Religious and Linguistic Minorities"],
         "en", "Declaration on the Rights of Persons Belonging to National or Ethnic, Religious and Linguistic Minorities", []),
        # a line that ends with a comma before a capital, or a line of its own, is not the title's; nor is
        # a part letter alone on its line (a review's: `A` is also a link word)
        (["A", "UNIVERSAL DECLARATION OF HUMAN RIGHTS"], "en", "UNIVERSAL DECLARATION OF HUMAN RIGHTS", ["A"]),
        # a line that opens with an article starts anew
        (["Note by the Secretary-General", "The right to development"], "en", "The right to development",
         ["Note by the Secretary-General"]),
        (["Note by the Secretariat", "Human rights defenders"], "en", "Human rights defenders", ["Note by the Secretariat"]),
        (["Recalling its resolution 70/1 of 25 September 2015,", "Human rights defenders"], "en",
         "Human rights defenders", ["Recalling its resolution 70/1 of 25 September 2015,"]),
    ],
)
def test_an_unnumbered_title_wrapped_over_lines(title_lines: list[str], language: str, title: str, other: list[str]) -> None:
    addressee = {"en": "The General Assembly,", "fr": "L’Assemblée générale,", "nl": "De Algemene Vergadering,"}[language]
    opener = {"en": "Recalling its resolution 53/144,", "fr": "Rappelant sa résolution 53/144,",
              "nl": "Herinnerend aan resolutie 53/144,"}[language]
    text = "\n".join(title_lines) + f"\n\n{addressee}\n\n{opener}\n\n1. Urges States to act;\n"
    [doc] = parse_text(text, "x.txt", language=language)
    assert (doc.title, doc.header.other) == (title, other)
    assert [p.id for p in doc.paragraphs()] == ["pp1", "op1"]


def test_a_header_line_wrapped_over_lines_is_one() -> None:
    """A Third Committee draft's agenda item title (the right to development, 2001), wrapped as its PDF prints it: one line of the header, as a
    translation that prints it whole has it, so the two versions' headers align."""
    text = (
        "Third Committee\nAgenda item 119 (b)\nHuman rights questions: human rights questions, including\n"
        "alternative approaches for improving the effective enjoyment\nof human rights and fundamental freedoms\n"
        "South Africa:* draft resolution\nThe right to development\nThe General Assembly,\n\n"
        "Guided by the Charter of the United Nations,\n\n1. Urges States to act;\n"
    )
    [doc] = parse_text(text, "x.txt", language="en")
    assert "Human rights questions: human rights questions, including alternative approaches for improving the effective "\
        "enjoyment of human rights and fundamental freedoms" in doc.header.other


@pytest.mark.parametrize(
    "adoption",
    [
        "Adopted by the Security Council at its 9520th meeting, on\n21 December 2023",
        "Adopted by the Security Council at its\n9520th meeting, on 21 December 2023",
        "Adopted by the Security Council at its 9520th meeting, on 21\nDecember 2023",
    ],
)
def test_a_security_council_header(adoption: str) -> None:
    """The adoption line, wrapped where it may be, is the adoption; the resolution's number line the title."""
    text = (
        "United Nations S/RES/2719 (2023)\n\nSecurity Council Distr.: General\n21 December 2023\n\n"
        f"Resolution 2719 (2023)\n\n{adoption}\n\n"
        "The Security Council,\n\nRecalling its previous resolutions,\n\n1. Decides to remain seized of the matter.\n"
    )
    [doc] = parse_text(text, "x.txt", language="en")
    assert doc.header.adoption == "Adopted by the Security Council at its 9520th meeting, on 21 December 2023"
    assert doc.title == "Resolution 2719 (2023)"
    assert [p.id for p in doc.paragraphs()] == ["pp1", "op1"]


def test_an_adoption_line_in_capitals_takes_no_title() -> None:
    """A code review's: two lines in capitals are one title, not an adoption line and its title."""
    text = ("RESOLUTION ADOPTED BY THE GENERAL ASSEMBLY\nDECLARATION ON HUMAN RIGHTS DEFENDERS\n\n"
            "The General Assembly,\n\nRecalling the Charter,\n\n1. Urges States to act;\n")
    [doc] = parse_text(text, "x.txt", language="en")
    assert (doc.header.adoption, doc.title) == ("RESOLUTION ADOPTED BY THE GENERAL ASSEMBLY", "DECLARATION ON HUMAN RIGHTS DEFENDERS")


def test_a_link_line_is_no_title() -> None:
    """`Now, therefore,` above the addressee with no preamble found above it stays in the header."""
    text = ("Universal Declaration of Human Rights\n\nWhereas recognition of dignity is the foundation.\n\n"
            "Now, therefore,\n\nThe General Assembly,\n\nProclaims this,\n\nArticle 1\n\nAll free.\n")
    [doc] = parse_text(text, "x.txt", language="en")
    assert doc.title != "Now, therefore,"
    assert "Now, therefore," in doc.header.other


@pytest.mark.parametrize(
    ("title", "adoption", "language"),
    [
        # as OHCHR publishes the instruments: who adopted the text, under its title
        ("Declaration on Human Rights Defenders", "Adopted by General Assembly resolution 53/144 of 9 December 1998", "en"),
        ("Déclaration sur les droits des minorités",
         "Adoptée par l’Assemblée générale dans sa résolution 47/135 du 18 décembre 1992", "fr"),
        ("International Covenant on Civil and Political Rights",
         "Adopted and opened for signature, ratification and accession by General Assembly\nresolution 2200A (XXI) "
         "of 16 December 1966", "en"),
    ],
)
def test_an_adoption_line_under_the_title(title: str, adoption: str, language: str) -> None:
    opener = {"en": "Recalling the Charter,", "fr": "Rappelant la Charte,"}[language]
    [doc] = parse_text(f"{title}\n{adoption}\n\n{opener}\n\nArticle 1\n\nText.\n", "x.txt", language=language)
    assert (doc.title, doc.header.adoption) == (title, adoption.replace("\n", " "))


@pytest.mark.parametrize(
    ("text", "language", "first", "addressee"),
    [
        ("Universal Declaration of Human Rights\n\nWhereas recognition of the inherent dignity is the foundation of "
         "freedom,\n\nWhereas disregard and contempt for human rights have resulted in barbarous acts,\n\nNow, therefore,\n\n"
         "The General Assembly,\n\nProclaims this Universal Declaration of Human Rights,\n\nArticle 1\n\n"
         "All human beings are born free.\n", "en", "Whereas recognition", "The General Assembly,"),
        ("Déclaration universelle des droits de l’homme\n\nConsidérant que la reconnaissance de la dignité constitue le "
         "fondement de la liberté,\n\nConsidérant que la méconnaissance des droits de l’homme a conduit à des actes de "
         "barbarie,\n\nL’Assemblée générale\n\nProclame la présente Déclaration universelle des droits de l’homme,\n\n"
         "Article premier\n\nTous les êtres humains naissent libres.\n", "fr", "Considérant que la reconnaissance",
         "L’Assemblée générale"),
        # the semicolons of the official Dutch
        ("Universele Verklaring van de Rechten van de Mens\n\nOverwegende, dat erkenning van de inherente waardigheid "
         "grondslag is voor de vrijheid;\n\nOverwegende, dat terzijdestelling van de rechten van de mens geleid heeft "
         "tot barbaarse handelingen;\n\nDe Algemene Vergadering,\n\nAfkondigt deze Universele Verklaring als het "
         "gemeenschappelijk ideaal,\n\nArtikel 1\n\n"
         "Alle mensen worden vrij geboren.\n", "nl", "Overwegende, dat erkenning", "De Algemene Vergadering,"),
        # a review's: the link line and the addressee without their commas
        ("Universal Declaration of Human Rights\n\nWhereas recognition of the inherent dignity is the foundation of "
         "freedom,\n\nNow, therefore\n\nThe General Assembly\n\nProclaims this Universal Declaration of Human Rights,"
         "\n\nArticle 1\n\nAll human beings are born free.\n", "en", "Whereas recognition", "The General Assembly"),
        # copied with no blank lines: one line a paragraph (a web page), or wrapped (a PDF)
        ("Universal Declaration of Human Rights\nWhereas recognition of the inherent dignity is the foundation of "
         "freedom,\nWhereas disregard and contempt for human rights have resulted in barbarous acts,\nNow, therefore,\n"
         "The General Assembly,\nProclaims this Universal Declaration of Human Rights,\nArticle 1\n"
         "All human beings are born free.\n", "en", "Whereas recognition", "The General Assembly,"),
        ("Universele Verklaring van de Rechten van de Mens\nOverwegende, dat erkenning van de inherente waardigheid en\n"
         "van de gelijke rechten grondslag is voor de vrijheid;\nOverwegende, dat terzijdestelling van de rechten van de\n"
         "mens geleid heeft tot barbaarse handelingen;\nOp grond daarvan\nDe Algemene Vergadering\n"
         "Afkondigt deze Universele Verklaring als het gemeenschappelijk ideaal,\nArtikel 1\nAlle mensen worden vrij "
         "geboren.\n", "nl", "Overwegende, dat erkenning", "De Algemene Vergadering"),
    ],
)
def test_a_preamble_before_its_addressee(text: str, language: str, first: str, addressee: str) -> None:
    """The UDHR pasted without its `Preamble` heading: its `Whereas` paragraphs come before `The General
    Assembly,`, which stands above the proclamation. They are the preamble, not the header, and the
    addressee's line is a paragraph of its own, as with the heading."""
    [doc] = parse_text(text, "x.txt", language=language)
    assert doc.title == text.split("\n", 1)[0]
    assert doc.preamble[0].text.startswith(first)
    assert addressee in [p.text for p in doc.preamble]
    assert doc.preamble[-1].text.split()[0] in {"Proclaims", "Proclame", "Afkondigt"}
    assert [p.id for p in doc.articles] == ["art1"]


def test_a_cover_note_above_the_title_is_no_preamble() -> None:
    """A review's: a note that opens like a preambular paragraph, above a title and its addressee,
    stays in the header; only preambular paragraphs right above the addressee begin the body."""
    text = (
        "Revised text as of 3 March 2024\n\nReferring to the informal consultations held on 1 March, the core group "
        "circulates the revised text below,\n\nProtecting human rights defenders,\nincluding women human rights "
        "defenders\n\nThe Human Rights Council,\n\nRecalling its previous resolutions,\n\n1. Calls upon States to act;\n"
    )
    [doc] = parse_text(text, "x.txt", language="en")
    assert doc.title == "Protecting human rights defenders, including women human rights defenders"
    assert doc.header.addressee == "The Human Rights Council,"
    assert [p.id for p in doc.paragraphs()] == ["pp1", "op1"]
