"""Readers: every input format to one RawText, and one clear line for every bad input.

Fixtures are built at test time from real resolution text: PDFs with reportlab
(test-only dependency: it writes real text layers, images and encrypted files),
DOCX files with python-docx, encodings by encoding an excerpt of HRC draft 49.
"""

from __future__ import annotations

import io
import re
import zipfile
from pathlib import Path

import docx
import pytest
from docx.opc.constants import CONTENT_TYPE, RELATIONSHIP_TYPE
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

from align.errors import InputError
from align.readers import RawText, language_code, read_text

DATA = Path(__file__).parent / "data"
ROOT = Path(__file__).parent.parent
UDHR = ROOT.parent / "shared" / "corpus" / "extra" / "udhr"
ENGLISH_ONLY = ROOT.parent / "shared" / "corpus" / "extra" / "english-only"

#: A real excerpt with the characters legacy encodings get wrong: é, œ, ’, « ».
EXCERPT_FR = (DATA / "hrc-49-excerpt.fr.txt").read_text(encoding="utf-8")

# Real sentences of A/RES/72/247 (corpus/a-res-72-247.en+nl-mt.md).
GUIDED = "Guided by the purposes and principles of the Charter of the United Nations,"
GUIDED_ALSO = "Guided also by the Universal Declaration of Human Rights,"
COVENANTS = " the International Covenants on Human Rights"
INSTRUMENTS = " and other relevant instruments,"
RECALLING = "Recalling its resolution 53/144 of 9 December 1998, by which it adopted by consensus"
FOOTNOTE_1 = "Resolution 217 A (III)."
FOOTNOTE_2 = "Resolution 2200 A (XXI), annex."
REISSUED = "Nouveau tirage pour raisons techniques (25 mars 2022)."


def write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def error_of(path: Path) -> str:
    with pytest.raises(InputError) as caught:
        read_text(path)
    message = str(caught.value)
    assert "\n" not in message, "error messages are one line"
    assert str(path) in message, "error messages name the file"
    return message


# --------------------------------------------------------------------------- bad input


def test_missing_file(tmp_path: Path) -> None:
    assert "no such file" in error_of(tmp_path / "a-res-72-247.md")


def test_folder(tmp_path: Path) -> None:
    assert "folder" in error_of(tmp_path)


def test_empty_file(tmp_path: Path) -> None:
    assert "empty" in error_of(write(tmp_path, "empty.txt", b""))


def test_whitespace_only_file(tmp_path: Path) -> None:
    assert "no text" in error_of(write(tmp_path, "blank.md", b" \r\n\t\n\n"))


def test_binary_file_with_nul_bytes(tmp_path: Path) -> None:
    assert "binary" in error_of(write(tmp_path, "data.txt", bytes(range(256)) * 4))


def test_binary_file_of_control_characters(tmp_path: Path) -> None:
    noise = b"".join(bytes([1 + i % 8, 65 + i % 26]) for i in range(500))  # valid UTF-8, no NUL
    assert "binary" in error_of(write(tmp_path, "noise.txt", noise))


def test_stray_control_character_becomes_a_space(tmp_path: Path) -> None:
    raw = read_text(write(tmp_path, "r.txt", EXCERPT_FR.replace("l’importance", "l’\x0bimportance").encode()))
    assert "l’ importance" in raw.text


def test_undecodable_bytes_after_a_bom(tmp_path: Path) -> None:
    data = b"\xef\xbb\xbf" + EXCERPT_FR.encode("cp1252")  # claims UTF-8, is cp1252
    assert "UTF-8" in error_of(write(tmp_path, "r.txt", data))


def test_odd_length_utf16(tmp_path: Path) -> None:
    data = b"\xff\xfe" + EXCERPT_FR.encode("utf-16-le") + b"\x00\xd8"  # ends inside a surrogate pair
    assert "UTF-16" in error_of(write(tmp_path, "r.txt", data))


def test_image_given_as_text(tmp_path: Path) -> None:
    assert "OCR" in error_of(write(tmp_path, "scan.txt", b"\x89PNG\r\n\x1a\n" + bytes(100)))


def test_pdf_suffix_without_pdf_content(tmp_path: Path) -> None:
    assert "not PDF" in error_of(write(tmp_path, "r.pdf", b"<html><body>404 Not Found</body></html>"))


def test_zip_that_is_not_a_docx(tmp_path: Path) -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("content.xml", "<office:document/>")
    assert "not a Word" in error_of(write(tmp_path, "r.odt", buffer.getvalue()))


# --------------------------------------------------------------------------- text and encodings


@pytest.mark.parametrize(
    "encoding, bom",
    [
        ("utf-8", b""),
        ("utf-8", b"\xef\xbb\xbf"),
        ("utf-16-le", b"\xff\xfe"),
        ("utf-16-be", b"\xfe\xff"),
        ("cp1252", b""),
    ],
)
def test_encodings_round_trip(tmp_path: Path, encoding: str, bom: bytes) -> None:
    data = bom + EXCERPT_FR.replace("\n", "\r\n").encode(encoding)
    raw = read_text(write(tmp_path, "r.txt", data))
    assert raw.text == EXCERPT_FR
    assert raw.format == "text" and raw.language is None and raw.line_pages is None


def test_latin1(tmp_path: Path) -> None:
    text = "Réaffirmant que tous les droits de l'homme, « universels », sont liés,\n"
    assert read_text(write(tmp_path, "r.txt", text.encode("latin-1"))).text == text


def test_cp1251(tmp_path: Path) -> None:
    text = "Мы, народы объединенных наций, преисполненные решимости избавить грядущие поколения от бедствий войны,\n"
    assert read_text(write(tmp_path, "r.txt", text.encode("cp1251"))).text == text


def test_line_ends_and_nfc(tmp_path: Path) -> None:
    decomposed = "Re\u0301affirmant l’importance\rde ce texte\r\n"
    assert read_text(write(tmp_path, "r.txt", decomposed.encode())).text == "Réaffirmant l’importance\nde ce texte\n"


def test_form_feeds_give_pages(tmp_path: Path) -> None:
    text = "A/HRC/49/L.11\nRappelant la résolution 53/144,\n\fGE.22-03868\n2/6\n\f3/6\n"
    raw = read_text(write(tmp_path, "r.txt", text.encode()))
    assert raw.text == text.replace("\f", "")
    assert raw.line_pages == [1, 1, 2, 2, 3, 3]


def test_markdown_kept_as_is_with_front_matter_language(tmp_path: Path) -> None:
    text = "---\nsymbol: A/RES/72/247\nlanguage: EN\n---\n\n4. *Urges* States to acknowledge¹\n"
    raw = read_text(write(tmp_path, "r.md", text.encode()))
    assert raw.format == "markdown"
    assert raw.language == "en"
    assert raw.text == text


def test_markdown_without_front_matter_has_no_language(tmp_path: Path) -> None:
    assert read_text(write(tmp_path, "r.md", b"language: fr\n\nThe General Assembly,\n")).language is None


@pytest.mark.skipif(not ENGLISH_ONLY.is_dir(), reason="../shared/corpus/extra is absent")
def test_front_matter_of_a_real_extract() -> None:
    raw = read_text(ENGLISH_ONLY / "a-res-80-10.en.md")
    assert raw.language == "en" and raw.text.startswith("---\nsymbol: A/RES/80/10\n")


def test_content_beats_suffix(tmp_path: Path) -> None:
    page = b"<!DOCTYPE html><html lang='fr'><body><p>Le Conseil des droits de l\xe2\x80\x99homme,</p></body></html>"
    raw = read_text(write(tmp_path, "saved.txt", page))
    assert raw.format == "html" and raw.text == "Le Conseil des droits de l’homme,\n"


@pytest.mark.parametrize(
    "declared, code",
    [("EN", "en"), ("fr-CH", "fr"), ("fra", "fr"), ("Dutch", "nl"), ("'nl'", "nl"), ("klingon", None), ("", None)],
)
def test_language_code(declared: str, code: str | None) -> None:
    assert language_code(declared) == code


# --------------------------------------------------------------------------- HTML


def blocks(raw: RawText) -> list[str]:
    return raw.text.strip("\n").split("\n\n")


UDHR_HEADINGS = {
    "en": ("Preamble", r"Article (\d+)"),
    "fr": ("Préambule", r"Article (premier|\d+)"),
    "nl": ("Preambule", r"Artikel (\d+)"),
}


@pytest.mark.skipif(not UDHR.is_dir(), reason="../shared/corpus/extra is absent")
@pytest.mark.parametrize("language, preamble", [("en", 10), ("fr", 9), ("nl", 8)])
def test_udhr_html(language: str, preamble: int) -> None:
    raw = read_text(UDHR / f"udhr.{language}.html")
    assert raw.format == "html" and raw.language == language
    parts = blocks(raw)
    preamble_heading, article_heading = UDHR_HEADINGS[language]
    articles = [i for i, block in enumerate(parts) if re.fullmatch(article_heading, block)]
    assert len(articles) == 30
    assert parts.index(preamble_heading) + 1 + preamble == articles[0]
    assert all("  " not in block and block == block.strip() for block in parts)
    # Article 11 is an <ol> of two paragraphs: browsers print them 1. and 2.
    article_11 = parts[articles[10] + 1 : articles[11]]
    assert [block[:3] for block in article_11] == ["1. ", "2. "]


UN_PAGE = """<!DOCTYPE html>
<html lang="en-US"><head><meta charset="windows-1252"><title>A/RES/72/247</title>
<style>p { color: red }</style><script>var x = "<p>not text</p>";</script></head>
<body><nav><ul><li>Home</li><li>Documents</li></ul></nav>
<div class="content">
<h1>Resolution adopted by the General Assembly on 24&nbsp;December 2017</h1>
<p>The General   Assembly,</p>
<p>Guided also by the Universal Declaration of Human Rights,<sup><a href="#fn1">1</a></sup>
   the International Covenants on Human Rights<sup>2</sup> and other relevant instruments,</p>
<!-- a comment -->
<ol start="9"><li>Calls upon States:
  <ol type="a"><li>To acknowledge the role of human rights defenders;</li>
  <li value="3">To take concrete steps;</li><li></li></ol></li></ol>
<p>Adopted in New York<br>24 December 2017</p>
<div hidden>Share this page</div>
</div></body></html>
"""


def test_un_web_page(tmp_path: Path) -> None:
    raw = read_text(write(tmp_path, "page.html", UN_PAGE.encode("cp1252")))
    assert raw.language == "en"
    assert blocks(raw) == [
        "Resolution adopted by the General Assembly on 24\u00a0December 2017",
        "The General Assembly,",
        "Guided also by the Universal Declaration of Human Rights,¹ the International Covenants on Human Rights² "
        "and other relevant instruments,",
        "9. Calls upon States:",
        "(a) To acknowledge the role of human rights defenders;",
        "(c) To take concrete steps;",
        "Adopted in New York\n24 December 2017",
    ]


def test_utf16_page_saved_by_windows(tmp_path: Path) -> None:
    page = "<html lang=fr><body><p>Réaffirmant l’importance de ce texte,</p></body></html>"
    raw = read_text(write(tmp_path, "page.htm", b"\xff\xfe" + page.encode("utf-16-le")))
    assert (raw.format, raw.language, raw.text) == ("html", "fr", "Réaffirmant l’importance de ce texte,\n")


def test_list_item_that_prints_its_own_label(tmp_path: Path) -> None:
    page = (
        '<html><body><ol type="a"><li>(a) De respecter le droit international humanitaire ;</li>'
        "<li>b) De respecter le droit des droits de l’homme ;</li>"
        "<li>a fortiori de protéger les défenseurs ;</li></ol></body></html>"
    )
    assert blocks(read_text(write(tmp_path, "p.html", page.encode()))) == [
        "(a) De respecter le droit international humanitaire ;",
        "b) De respecter le droit des droits de l’homme ;",
        "(c) a fortiori de protéger les défenseurs ;",
    ]


# --------------------------------------------------------------------------- PDF


REPORTLAB = "reportlab (a test dependency) builds the PDF fixtures"


def reportlab_canvas(path: Path, **options: object):  # reportlab has no type hints
    canvas = pytest.importorskip("reportlab.pdfgen.canvas", reason=REPORTLAB)
    return canvas.Canvas(str(path), **options)


def text_pdf(path: Path, **options: object) -> Path:
    """Two pages of 72/247 as a UN PDF sets them: footnote calls small and raised, footnotes below."""
    pdf = reportlab_canvas(path, **options)
    line = pdf.beginText(72, 720)
    line.setFont("Helvetica", 10)
    line.textLine(GUIDED)
    for part, call in ((GUIDED_ALSO, "1"), (COVENANTS, "2"), (INSTRUMENTS, None)):
        line.setFont("Helvetica", 10)
        line.textOut(part)
        if call:
            line.setFont("Helvetica", 6)
            line.setRise(4)
            line.textOut(call)
            line.setRise(0)
    line.setFont("Helvetica", 10)
    line.textLine("")
    line.textLine(RECALLING)
    pdf.drawText(line)
    for y, (mark, body) in ((100, ("1", FOOTNOTE_1)), (88, ("2", FOOTNOTE_2))):
        note = pdf.beginText(72, y)
        note.setFont("Helvetica", 5)
        note.setRise(3)
        note.textOut(mark)
        note.setRise(0)
        note.setFont("Helvetica", 8)
        note.textOut(" " + body)
        pdf.drawText(note)
    pdf.drawString(72, 60, "17-23331")
    pdf.showPage()
    pdf.drawString(72, 720, "A/RES/72/247")
    pdf.drawString(72, 700, "Réaffirmant l’importance de ce texte, « Déclaration sur les défenseurs », œuvre")
    pdf.drawString(500, 60, "2/6")
    pdf.save()
    return path


def test_pdf_text_layer(tmp_path: Path) -> None:
    raw = read_text(text_pdf(tmp_path / "a-res-72-247.pdf"))
    assert raw.format == "pdf" and raw.language is None
    lines = raw.text.split("\n")
    assert lines == [
        GUIDED,
        f"{GUIDED_ALSO}¹{COVENANTS}²{INSTRUMENTS}",
        RECALLING,
        f"¹ {FOOTNOTE_1}",
        f"² {FOOTNOTE_2}",
        "17-23331",
        "A/RES/72/247",
        "Réaffirmant l’importance de ce texte, « Déclaration sur les défenseurs », œuvre",
        "2/6",
    ]
    assert raw.line_pages == [1, 1, 1, 1, 1, 1, 2, 2, 2]


def test_pdf_without_text_layer_needs_ocr(tmp_path: Path) -> None:
    from PIL import Image, ImageDraw  # pillow comes with pdfplumber

    scan = Image.new("L", (400, 100), 255)
    ImageDraw.Draw(scan).text((10, 40), GUIDED, fill=0)
    scan_path = tmp_path / "scan.png"
    scan.save(scan_path)
    pdf = reportlab_canvas(tmp_path / "scan.pdf")
    pdf.drawImage(str(scan_path), 72, 600, width=400, height=100)
    pdf.save()
    message = error_of(tmp_path / "scan.pdf")
    assert "OCR" in message and "ocrmypdf" in message


def test_pdf_with_nothing_on_it(tmp_path: Path) -> None:
    pdf = reportlab_canvas(tmp_path / "blank.pdf")
    pdf.showPage()
    pdf.save()
    assert "no text" in error_of(tmp_path / "blank.pdf")


def test_encrypted_pdf(tmp_path: Path) -> None:
    encryption = pytest.importorskip("reportlab.lib.pdfencrypt", reason=REPORTLAB)
    path = text_pdf(tmp_path / "locked.pdf", encrypt=encryption.StandardEncryption("user-password"))
    message = error_of(path)
    assert "encrypted" in message and "password" in message


def test_encrypted_pdf_that_opens_without_password(tmp_path: Path) -> None:
    encryption = pytest.importorskip("reportlab.lib.pdfencrypt", reason=REPORTLAB)
    path = text_pdf(tmp_path / "restricted.pdf", encrypt=encryption.StandardEncryption("", ownerPassword="owner"))
    assert read_text(path).text.startswith(GUIDED)


def test_truncated_pdf(tmp_path: Path) -> None:
    data = text_pdf(tmp_path / "whole.pdf").read_bytes()
    assert "not a readable PDF" in error_of(write(tmp_path, "cut.pdf", data[: len(data) // 3]))


# --------------------------------------------------------------------------- DOCX

_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
NOTE = (
    '<w:footnote w:id="{}"><w:p><w:r><w:footnoteRef/></w:r>'
    '<w:r><w:t xml:space="preserve"> {}</w:t></w:r></w:p></w:footnote>'
)
FOOTNOTES_XML = (
    f'<w:footnotes xmlns:w="{_W}">'
    '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
    f"{NOTE.format(3, FOOTNOTE_2)}{NOTE.format(7, FOOTNOTE_1)}{NOTE.format(9, REISSUED)}</w:footnotes>"
)

#: Operative paragraphs "8." on (w:start) and sub-paragraphs "a)", as French UN documents number them.
NUMBERING_XML = f"""<w:abstractNum xmlns:w="{_W}" w:abstractNumId="90">
<w:lvl w:ilvl="0"><w:start w:val="8"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl>
<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="%2)"/></w:lvl>
</w:abstractNum>"""


def element(tag: str, text: str | None = None, **attributes: str):
    node = OxmlElement(tag)
    for name, value in attributes.items():
        node.set(qn(f"w:{name}"), value)
    if text is not None:
        node.text = text
        node.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
    return node


def numbered(document: docx.document.Document, text: str, level: int) -> None:
    paragraph = document.add_paragraph(text)
    num_pr = paragraph._p.get_or_add_pPr().get_or_add_numPr()
    num_pr.get_or_add_ilvl().val = level
    num_pr.get_or_add_numId().val = 90


def test_docx(tmp_path: Path) -> None:
    from lxml import etree

    document = docx.Document()
    document.core_properties.language = "fr-FR"
    numbering = document.part.numbering_part.element
    numbering.insert(0, etree.fromstring(NUMBERING_XML))
    numbering.append(element("w:num", numId="90"))
    numbering[-1].append(element("w:abstractNumId", val="90"))
    document.part.relate_to(
        Part(PackURI("/word/footnotes.xml"), CONTENT_TYPE.WML_FOOTNOTES, FOOTNOTES_XML.encode(), document.part.package),
        RELATIONSHIP_TYPE.FOOTNOTES,
    )

    header = document.add_table(rows=1, cols=2)
    header.cell(0, 0).text = "A/HRC/49/L.11"
    header.cell(0, 1).text = "Distr. limitée"
    title = document.add_paragraph("Reconnaître la contribution des défenseurs des droits humains")
    title.add_run()._r.append(element("w:footnoteReference", id="9", customMarkFollows="1"))
    title.add_run("*")
    document.add_paragraph("Le Conseil des droits de l’homme,")
    called = document.add_paragraph(GUIDED_ALSO)
    for note_id, rest in (("7", COVENANTS), ("3", INSTRUMENTS)):
        called.add_run()._r.append(element("w:footnoteReference", id=note_id))
        called.add_run(rest)
    tracked = document.add_paragraph("8. Réaffirme le droit de chacun, ")
    inserted = element("w:ins", id="1", author="Translator", date="2022-03-01T00:00:00Z")
    inserted.append(element("w:r"))
    inserted[0].append(element("w:t", "individuellement ou en association avec d’autres"))
    deleted = element("w:del", id="2", author="Translator", date="2022-03-01T00:00:00Z")
    deleted.append(element("w:r"))
    deleted[0].append(element("w:delText", "seul"))
    tracked._p.append(deleted)
    tracked._p.append(inserted)
    numbered(document, "Demande aux États :", 0)
    numbered(document, "De respecter, protéger et réaliser les droits de l’homme ;", 1)
    numbered(document, "De respecter le droit international humanitaire ;", 1)
    numbered(document, "Demande aux acteurs non étatiques de respecter les droits de l’homme ;", 0)
    document.add_paragraph("Invite le Haut-Commissariat à faire rapport ;", style="List Number")
    document.save(tmp_path / "hrc-49.docx")

    raw = read_text(tmp_path / "hrc-49.docx")
    assert raw.format == "docx" and raw.language == "fr" and raw.line_pages is None
    assert blocks(raw) == [
        "A/HRC/49/L.11",
        "Distr. limitée",
        "Reconnaître la contribution des défenseurs des droits humains*",
        "Le Conseil des droits de l’homme,",
        f"{GUIDED_ALSO}¹{COVENANTS}²{INSTRUMENTS}",
        "8. Réaffirme le droit de chacun, individuellement ou en association avec d’autres",
        "8. Demande aux États :",
        "a) De respecter, protéger et réaliser les droits de l’homme ;",
        "b) De respecter le droit international humanitaire ;",
        "9. Demande aux acteurs non étatiques de respecter les droits de l’homme ;",
        "1. Invite le Haut-Commissariat à faire rapport ;",  # another list: the template's List Number
        f"* {REISSUED}",  # a custom mark takes no number from the footnotes after it
        f"¹ {FOOTNOTE_1}",
        f"² {FOOTNOTE_2}",
    ]


def test_damaged_docx(tmp_path: Path) -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("word/document.xml", "<w:document")
    assert "not a readable Word document" in error_of(write(tmp_path, "r.docx", buffer.getvalue()))
