"""The side-by-side viewer (issue 6) on real paragraphs: 72/247 in English and Dutch,
the UDHR in English, French and Dutch.

Alignments are built by hand from the parsed documents, so these tests do not
depend on the aligner: 72/247's preamble is paired by position except English
pp16 and pp17, which the Dutch merges into its pp16; operative paragraphs and
footnotes by number. Output is rendered to recording consoles of fixed width.
"""

from __future__ import annotations

import asyncio
import io
import os
import re
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest
from rich.console import Console
from rich.style import Style

from align.errors import AlignError
from align.model import (
    Alignment,
    Document,
    Finding,
    FootnoteMarker,
    Link,
    Paragraph,
    Section,
    Severity,
    SourceSpan,
    SubParagraph,
    Unit,
)
from align.parse import read_documents
from align.qa.parallel import aligned_unit, alignment_of
from align.view.static import (
    alignment_view,
    cell_text,
    check_unit_name,
    label_cell,
    reading_order,
    render_alignment,
    unit_label,
    unit_matches,
)

ROOT = Path(__file__).resolve().parent.parent
RES_72_247 = ROOT / "corpus" / "a-res-72-247.en+nl-mt.md"
UDHR = ROOT.parent / "shared" / "corpus" / "extra" / "udhr"


# --------------------------------------------------------------------------- alignments built by hand


def _unit(unit_id: str, texts: dict[str, str], paragraphs: dict[str, list[str]], link: str, flags: list[str]) -> Unit:
    section, number = {"pp": (Section.PREAMBLE, None), "fn": (Section.FOOTNOTE, unit_id[2:])}[unit_id[:2]]
    return Unit(unit_id, section, number, paragraphs, texts, link, similarity=0.8, confidence=0.6, flags=flags)


def alignment_72_247(en: Document, nl: Document) -> Alignment:
    """72/247 en/nl as the aligner should align it: pp16+pp17 merged in Dutch, fn12 missing in Dutch."""
    units = [aligned_unit(e.id, {"en": e.full_text, "nl": n.full_text}) for e, n in zip(en.preamble[:15], nl.preamble)]
    merged = {"en": f"{en.preamble[15].full_text}\n{en.preamble[16].full_text}", "nl": nl.preamble[15].full_text}
    units.append(_unit("pp16+pp17", merged, {"en": ["pp16", "pp17"], "nl": ["pp16"]}, Link.TWO_ONE.value, ["merged"]))
    units.append(Unit("pp18", Section.PREAMBLE, None, {"en": ["pp18"], "nl": ["pp17"]},
                      {"en": en.preamble[17].full_text, "nl": nl.preamble[16].full_text}, "1-1", 0.9, 0.9))
    units += [aligned_unit(e.id, {"en": e.full_text, "nl": n.full_text}) for e, n in zip(en.operative, nl.operative)]
    dutch_notes = {note.mark: note.text for note in nl.footnotes}
    for note in en.footnotes:
        if note.mark in dutch_notes:
            units.append(aligned_unit(f"fn{note.mark}", {"en": note.text, "nl": dutch_notes[note.mark]}))
        else:
            units.append(_unit(f"fn{note.mark}", {"en": note.text, "nl": ""}, {"en": [f"fn{note.mark}"], "nl": []},
                               Link.ONE_ZERO.value, ["missing"]))
    return alignment_of(units, ["en", "nl"], {"en": en, "nl": nl})


@pytest.fixture(scope="module")
def res_72_247() -> Alignment:
    en, nl = read_documents(str(RES_72_247))
    return alignment_72_247(en, nl)


@pytest.fixture(scope="module")
def udhr() -> Alignment:
    paths = {lang: UDHR / f"udhr.{lang}.html" for lang in ("en", "fr", "nl")}
    if not all(p.exists() for p in paths.values()):
        pytest.skip(f"UDHR versions not found under {UDHR}")
    documents = {lang: read_documents(str(path))[0] for lang, path in paths.items()}
    articles = zip(*(documents[lang].articles for lang in paths))
    units = [aligned_unit(group[0].id, {lang: p.full_text for lang, p in zip(paths, group)}) for group in articles]
    return alignment_of(units, list(paths), documents)


LOWER_CASE = Finding("f1", "form", Severity.WARNING, "op10", ["en", "nl"], "opens in lower case", "herhaalt", "Strongly reaffirms")
SPACED_SYMBOL = Finding("f2", "numbers", Severity.ERROR, "fn8", ["nl"], "symbol A/72/170 broken apart by spaces", "A / 72/170", "A/72/170")
HEADER = Finding("f3", "header", Severity.ERROR, "header", ["en", "nl"], "session reads 70 in nl, 72 in en", "Zeventig", "Seventy-second")
FINDINGS = (LOWER_CASE, SPACED_SYMBOL, HEADER)


def render(alignment: Alignment, findings=(), *, width: int = 220, **options) -> list[str]:
    """The view's lines, as a no-colour terminal of ``width`` columns shows them."""
    console = Console(width=width, record=True, no_color=True, file=io.StringIO())
    render_alignment(alignment, findings, console=console, **options)
    return console.export_text().splitlines()


def row(lines: list[str], label: str) -> int:
    """The index of the line where the row of the unit labelled ``label`` starts."""
    starts = [k for k, line in enumerate(lines) if line.split(" ", 1)[0] == label]
    assert len(starts) == 1, f"{label}: {starts}"
    return starts[0]


def opening(text: str, words: int = 3) -> str:
    return " ".join(text.split()[:words])


# --------------------------------------------------------------------------- static view


def test_openings_of_every_unit_stand_on_one_line(res_72_247: Alignment) -> None:
    lines = render(res_72_247)
    assert "Geleid door de doelen" in lines[row(lines, "pp1")]
    assert "Guided by the purposes" in lines[row(lines, "pp1")]
    assert "Roept alle staten" in lines[row(lines, "op2")]
    assert "Calls upon all States" in lines[row(lines, "op2")]
    for unit in res_72_247.units:
        first = lines[row(lines, unit_label(unit))]
        for text in unit.texts.values():
            if text:
                assert opening(text) in first, (unit.id, opening(text), first)


def test_merged_paragraph_sits_against_both_english_paragraphs(res_72_247: Alignment) -> None:
    lines = render(res_72_247)
    start, end = row(lines, "pp16+pp17"), row(lines, "pp18")
    assert "Gravely concerned that" in lines[start] and "Zeer bezorgd over" in lines[start]
    assert lines[start + 1].startswith("merged")
    assert any("Recognizing the pressing importance" in line for line in lines[start:end])


def test_narrow_console_wraps_and_loses_no_word(res_72_247: Alignment) -> None:
    lines = render(res_72_247, width=80)
    assert all(len(line) <= 80 for line in lines)
    shown = Counter(word for line in lines for word in line.replace("│", " ").split())
    wanted = Counter(word for unit in res_72_247.units for text in unit.texts.values() for word in text.split())
    assert not wanted - shown
    assert "…" not in "".join(lines)


def test_cells_wrap_on_the_command_line_console(res_72_247: Alignment) -> None:
    """`align` prints through a soft-wrapping console; the cells must wrap all the same."""
    out = io.StringIO()
    render_alignment(res_72_247, console=Console(width=80, soft_wrap=True, file=out), unit="pp1")
    lines = out.getvalue().splitlines()
    assert all(len(line) <= 80 for line in lines) and "Naties," in lines[row(lines, "pp1") + 2]


def test_three_versions_side_by_side(udhr: Alignment) -> None:
    lines = render(udhr)
    assert all(name in lines[1] for name in ("en (pivot)", "fr", "nl"))
    first = lines[row(lines, "art1")]
    assert "All human beings" in first and "Tous les êtres" in first and "Alle mensen worden" in first
    for unit in udhr.units:
        first = lines[row(lines, unit.id)]
        assert all(opening(text) in first for text in unit.texts.values()), unit.id
    narrow = render(udhr, width=80)
    shown = Counter(word for line in narrow for word in line.replace("│", " ").split())
    wanted = Counter(word for unit in udhr.units for text in unit.texts.values() for word in text.split())
    assert not wanted - shown


def test_footnotes_follow_the_units_that_cite_them(res_72_247: Alignment) -> None:
    order = [u.id for u in reading_order(res_72_247)]
    assert order[order.index("op3") + 1 : order.index("op3") + 3] == ["fn8", "fn9"]
    assert order[order.index("pp4") + 1 : order.index("pp4") + 4] == ["fn3", "fn4", "fn5"]
    assert order.index("fn12") == order.index("op17") + 1
    assert sorted(order) == sorted(u.id for u in res_72_247.units)


def test_footnotes_of_sub_paragraphs_follow_their_own_unit() -> None:
    span = SourceSpan("<hand>", 1, 1)
    subs = [SubParagraph(label, "text", span, [FootnoteMarker(mark, 0, "digit")]) for label, mark in (("a", "1"), ("b", "2"))]
    op1 = Paragraph(Section.OPERATIVE, 1, "Decides:", span, number="1", subparagraphs=subs)
    document = Document("en", "<hand>", operative=[op1])

    def order(ids: list[str]) -> list[str]:
        units = [aligned_unit(i, {"en": i}) for i in ids]
        return [u.id for u in reading_order(alignment_of(units, ["en"], {"en": document}))]

    assert order(["op1", "op1.a", "op1.b", "fn1", "fn2"]) == ["op1", "op1.a", "fn1", "op1.b", "fn2"]
    assert order(["op1", "op1.a", "fn1", "fn2"]) == ["op1", "fn2", "op1.a", "fn1"]


def test_missing_version_is_marked(res_72_247: Alignment) -> None:
    lines = render(res_72_247)
    start = row(lines, "fn12")
    assert "— missing —" in lines[start] and "Including a presentation" in lines[start]
    assert lines[start + 1].startswith("missing")


def test_findings_stand_under_their_unit(res_72_247: Alignment) -> None:
    lines = render(res_72_247, FINDINGS)
    start, end = row(lines, "op10"), row(lines, "op11")
    notes = [line for line in lines[start:end] if line.startswith("warning")]
    assert len(notes) == 1 and "form" in notes[0] and "opens in lower case" in notes[0]
    assert any(line.startswith("header") and "session reads 70" in line for line in lines[: row(lines, "pp1")])
    assert "3 findings: 2 errors, 1 warning" in lines[0]
    notes = [Finding(f"i{k}", "grammar", Severity.INFO, "op10", ["en", "nl"], "a note", "herhaalt", "") for k in range(2)]
    first = render(res_72_247, (*FINDINGS, *notes))[0]
    assert "5 findings: 2 errors, 1 warning, 2 info" in first and "infos" not in first


def test_excerpt_is_highlighted_in_its_language_and_evidence_in_the_pivot(res_72_247: Alignment) -> None:
    console = Console(width=220, no_color=True, file=io.StringIO())
    segments = list(console.render(alignment_view(res_72_247, FINDINGS)))
    styles: dict[str, list[Style]] = {}
    for segment in segments:
        styles.setdefault(segment.text, []).append(segment.style or Style())
    assert any(s.reverse and s.color and s.color.name == "yellow" for s in styles["herhaalt"])
    assert any(s.underline for s in styles["Strongly reaffirms"])
    assert any(s.reverse and s.color and s.color.name == "red" for s in styles["A / 72/170"])
    assert not any(s.reverse for s in styles.get("A/72/170", [])), "the pivot's evidence is not the excerpt"


def test_an_excerpt_the_check_placed_is_highlighted_there_only(res_72_247: Alignment) -> None:
    """pp12 has `mensenrechtenverdedigers` twice; only the second lost its "women"."""
    unit = next(u for u in res_72_247.units if u.id == "pp12")
    raw = unit.texts["nl"]
    second = raw.index("waaronder mensenrechtenverdedigers") + len("waaronder ")
    finding = Finding("f4", "terminology", Severity.INFO, "pp12", ["en", "nl"], "not rendered as expected",
                      "mensenrechtenverdedigers", "women human rights defenders", excerpt_start=second)

    def marked(found: Finding) -> list[int]:
        text = cell_text(unit, "nl", [found], "en")
        return [span.start for span in text.spans if "reverse" in str(span.style)]

    assert marked(finding) == [second]
    assert len(marked(Finding(**{**vars(finding), "excerpt_start": None}))) == 2  # unplaced: every occurrence


def test_no_color_keeps_highlights_as_reverse_video(res_72_247: Alignment) -> None:
    out = io.StringIO()
    console = Console(width=120, no_color=True, force_terminal=True, file=out)
    render_alignment(res_72_247, FINDINGS, console=console, unit="op10", pager=False)
    codes = set(re.findall(r"\x1b\[([0-9;]*)m", out.getvalue()))
    parameters = {p for code in codes for p in code.split(";")}
    assert "7" in parameters, "highlight survives as reverse video"
    assert not parameters & {str(n) for n in [*range(30, 39), *range(40, 49), *range(90, 98)]}, codes


def test_without_styles_the_excerpt_is_quoted(res_72_247: Alignment) -> None:
    """Written to a file or a pipe, the view shows no highlight: the finding quotes its excerpt."""
    assert "opens in lower case — “herhaalt”" in "\n".join(render(res_72_247, FINDINGS, unit="op10"))
    out = io.StringIO()
    render_alignment(res_72_247, FINDINGS, console=Console(width=120, force_terminal=True, file=out), unit="op10", pager=False)
    assert "“herhaalt”" not in out.getvalue()  # highlighted in its cell instead


def test_a_paragraph_that_is_all_sub_paragraphs_is_not_missing() -> None:
    """The UDHR's `Article 11` holds only `1.` and `2.`: its own unit has no text in any
    version, and every cell said `— missing —`. A paragraph left empty (`20.` alone) without
    sub-paragraphs of its own is missing text all the same."""
    article = Unit("art11", Section.ARTICLE, "11", {"en": ["art11"], "fr": ["art11"]}, {"en": "", "fr": ""}, "1-1", None, 1.0)
    part = Unit("art11.1", Section.ARTICLE, "11", {"en": ["art11.1"], "fr": ["art11.1"]}, {"en": "Everyone", "fr": "Toute personne"}, "1-1", None, 1.0)
    empty = Unit("op20", Section.OPERATIVE, "20", {"en": ["op20"], "fr": ["op20"]}, {"en": "Decides", "fr": ""}, "1-1", None, 1.0)
    alignment = alignment_of([article, part, empty], ["en", "fr"])
    assert alignment.units_with_subparagraphs() == {"art11"}
    lines = "\n".join(render(alignment))
    assert lines.count("(all in its sub-paragraphs)") == 2  # en and fr of art11
    assert lines.count("— missing —") == 1  # op20 in fr


def test_rich_s_own_pager_shows_no_styles_so_the_excerpt_is_quoted(
    res_72_247: Alignment, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """With no $PAGER and no `less`, rich pages through pydoc, without styles: neither a
    highlight nor a quote showed where a finding points."""
    monkeypatch.delenv("PAGER", raising=False)
    monkeypatch.setattr("align.view.static.shutil.which", lambda name: None)
    console = Console(width=120, force_terminal=True, file=io.StringIO())
    render_alignment(res_72_247, FINDINGS, console=console, unit="op10", pager=True)
    assert "opens in lower case — “herhaalt”" in capsys.readouterr().out


def test_only_flagged_shows_only_units_with_findings(res_72_247: Alignment) -> None:
    lines = render(res_72_247, FINDINGS, only_flagged=True)
    text = "\n".join(lines)
    assert "Guided by the purposes" not in text
    assert "herhaalt" in lines[row(lines, "op10")]
    assert "A / 72/170" in lines[row(lines, "fn8")]
    assert "2 of 49 units" in lines[0]
    assert "No unit has findings." in "\n".join(render(res_72_247, only_flagged=True))


def test_unit_and_section_narrow_the_view(res_72_247: Alignment) -> None:
    assert "1 of 49 units" in render(res_72_247, unit="pp17")[0]
    assert "20 of 49 units" in render(res_72_247, section="operative")[0]
    assert "12 of 49 units" in render(res_72_247, section=Section.FOOTNOTE)[0]
    with pytest.raises(AlignError, match="no unit 'op99'"):
        render(res_72_247, unit="op99")
    with pytest.raises(AlignError, match="no section 'annexe'"):
        render(res_72_247, section="annexe")


@pytest.mark.parametrize("wanted", ["op9", "pp16+pp17", "pp17", "session", "header", "fn12", "title", "pp6~nl1", "op9.0~nl1"])
def test_a_unit_the_versions_would_make_passes_the_check_before_aligning(res_72_247: Alignment, wanted: str) -> None:
    check_unit_name(res_72_247.documents.values(), wanted)


@pytest.mark.parametrize("wanted", ["op21", "op9.b", "pp16+pp19", "fn13", "pp", "pp6~fr1"])
def test_a_unit_no_version_would_make_is_refused_before_aligning(res_72_247: Alignment, wanted: str) -> None:
    with pytest.raises(AlignError, match=re.escape(f"no unit {wanted!r}")):
        check_unit_name(res_72_247.documents.values(), wanted)


@pytest.mark.parametrize(
    ("unit_id", "wanted", "named"),
    [
        ("op9.b", "op9 b)", True),  # as the view labels it
        ("op9.b", "op9 a)", False),
        ("title.session", "session", True),
        ("title.session", "header", True),  # the findings on the header as a whole stand with the title
        ("op9.b", "header", False),
        ("pp16+pp17", "pp17", True),
    ],
)
def test_a_unit_is_named_by_its_id_or_its_label(unit_id: str, wanted: str, named: bool) -> None:
    section = Section.TITLE if unit_id.startswith("title") else Section.OPERATIVE
    assert unit_matches(Unit(unit_id, section, None, {}, {}, "1-1", None, 1.0), wanted) is named


def test_unit_header_shows_the_findings_on_the_header(res_72_247: Alignment) -> None:
    """`qa` reports findings on unit `header`; `view --unit header` refused the name. Any
    pseudo unit with findings (`document`) is shown when asked for, never an empty view."""
    lines = "\n".join(render(res_72_247, FINDINGS, unit="header"))
    assert "session reads 70 in nl" in lines and "opens in lower case" not in lines
    cut = Finding("f4", "damage", Severity.INFO, "document", ["nl"], "paragraph cut in two by a blank line", "", "")
    lines = "\n".join(render(res_72_247, [*FINDINGS, cut], unit="document"))
    assert "paragraph cut in two" in lines and "session reads" not in lines and "No units to show" not in lines
    assert "session reads" not in "\n".join(render(res_72_247, FINDINGS, section="operative"))


def test_scores_are_shown_on_request(res_72_247: Alignment) -> None:
    lines = render(res_72_247, show_scores=True)
    start = row(lines, "pp16+pp17")
    assert lines[start + 2].startswith("sim 0.80") and lines[start + 3].startswith("conf 0.60")
    assert not any(line.startswith("conf") for line in render(res_72_247))


@pytest.mark.parametrize(
    ("unit_id", "label"), [("op9.b", "op9 b)"), ("pp16+pp17", "pp16+pp17"), ("title.session", "session"), ("fn3", "fn3")]
)
def test_unit_labels(unit_id: str, label: str) -> None:
    section = Section.TITLE if unit_id.startswith("title") else Section.OPERATIVE
    assert unit_label(Unit(unit_id, section, None, {}, {}, "1-1", None, 1.0)) == label


def test_flags_become_short_tags_under_the_label() -> None:
    unit = Unit("op4", Section.OPERATIVE, "4", {}, {}, "0-1", None, 0.3, ["added", "low-confidence", "reordered"])
    assert label_cell(unit, show_scores=True).plain.splitlines() == ["op4", "added", "low conf", "reordered", "sim –", "conf 0.30"]


def test_pager_takes_long_output_on_a_terminal(res_72_247: Alignment, tmp_path: Path, monkeypatch) -> None:
    paged = tmp_path / "paged.txt"
    monkeypatch.setenv("PAGER", f"cat > {paged}")
    monkeypatch.delenv("LESS", raising=False)
    short_screen = io.StringIO()
    render_alignment(res_72_247, console=Console(width=100, height=20, force_terminal=True, file=short_screen))
    assert short_screen.getvalue() == "" and "Geleid door de doelen" in paged.read_text()
    paged.unlink()
    tall_screen = io.StringIO()
    render_alignment(res_72_247, console=Console(width=100, height=100_000, force_terminal=True, file=tall_screen))
    assert "Geleid door de doelen" in tall_screen.getvalue() and not paged.exists()
    not_a_terminal = io.StringIO()
    render_alignment(res_72_247, console=Console(width=100, height=20, file=not_a_terminal))
    assert "Geleid door de doelen" in not_a_terminal.getvalue() and not paged.exists()


@pytest.mark.skipif(not hasattr(os, "openpty"), reason="needs a pseudo-terminal")
@pytest.mark.parametrize("pager", ["$PAGER", "pydoc's more"])
def test_quitting_the_pager_early_is_no_failure(pager: str, tmp_path: Path) -> None:
    """`align view` on a terminal pages; a pager that stops reading (the user quits `less` on
    the first screen, here a command that exits at once) leaves the rest of the view unwritten,
    which is no error: exit 0, nothing on stderr (the CLI lets SIGPIPE end a run that writes
    into a closed pipe). With no $PAGER and no `less`, rich hands the view to pydoc, which
    finds `more`."""
    controller, terminal = os.openpty()
    environment = {**os.environ, "LINES": "20", "COLUMNS": "100", "TERM": "xterm"}
    if pager == "$PAGER":
        environment["PAGER"] = "true"
    else:
        (tmp_path / "more").write_text("#!/bin/sh\nexit 0\n")
        (tmp_path / "more").chmod(0o755)
        environment.pop("PAGER", None)
        environment.pop("MANPAGER", None)
        environment["PATH"] = str(tmp_path)  # no `less`; Python is called by its full path
    with subprocess.Popen(
        [sys.executable, "-m", "align", "view", str(RES_72_247)],
        stdin=terminal, stdout=terminal, stderr=subprocess.PIPE, env=environment, cwd=ROOT,
    ) as process:
        os.close(terminal)
        assert process.stderr is not None
        assert process.wait(timeout=120) == 0 and process.stderr.read() == b""
    os.close(controller)


def test_static_view_does_not_import_textual() -> None:
    code = "import sys, align.view.static; print('textual' in sys.modules)"
    assert subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.strip() == "False"


# --------------------------------------------------------------------------- interactive app


def drive(alignment: Alignment, findings, script) -> None:
    """Run the app headless at 160×50 and hand its pilot to the async ``script``."""
    pytest.importorskip("textual")
    from align.view.app import AlignmentApp

    async def main() -> None:
        app = AlignmentApp(alignment, findings)
        async with app.run_test(size=(160, 50)) as pilot:
            await pilot.pause()
            await script(app, pilot)

    asyncio.run(main())


def test_app_jumps_between_findings(res_72_247: Alignment) -> None:
    async def script(app, pilot) -> None:
        assert app.current.id == "pp1"
        await pilot.press("n")
        assert app.current.id == "fn8"  # after op3, which cites it
        await pilot.press("n")
        assert app.current.id == "op10"
        await pilot.press("n")  # wraps around
        assert app.current.id == "fn8"
        await pilot.press("p")
        assert app.current.id == "op10"
        await pilot.press("f", "f")  # errors only: the lower-case opening is a warning
        await pilot.press("n")
        assert app.current.id == "fn8"
        await pilot.press("n")
        assert app.current.id == "fn8"

    drive(res_72_247, FINDINGS, script)


def test_app_browses_a_single_version_and_its_findings() -> None:
    """The OCR'd HRC 53 draft on its own (:func:`align.one_version`): one column, and `n` goes
    from one OCR finding to the next."""
    import align

    alignment = align.one_version(align.read(Path(__file__).resolve().parents[1] / "corpus" / "hrc-53-intl-cooperation.fr.ocr.txt")[0])
    findings = align.check(alignment)
    flagged = list(dict.fromkeys(f.unit for f in findings if f.unit in {u.id for u in alignment.units}))

    async def script(app, pilot) -> None:
        assert "Renforcement" in app.export_screenshot()  # the title
        await pilot.press("n")
        first = app.current.id
        await pilot.press("n")
        assert [first, app.current.id] == flagged[:2]

    drive(alignment, findings, script)


def test_app_hides_a_language_and_shows_scores(res_72_247: Alignment) -> None:
    async def script(app, pilot) -> None:
        assert "Geleid" in app.export_screenshot()
        await pilot.press("2")
        await pilot.pause()
        screen = app.export_screenshot()
        assert "Geleid" not in screen and "Guided" in screen
        await pilot.press("1")  # the last language shown stays
        assert app.languages == ["en"]
        await pilot.press("2", "s")
        await pilot.pause()
        assert "Geleid" in app.export_screenshot() and "conf&#160;1.00" in app.export_screenshot()

    drive(res_72_247, FINDINGS, script)


def test_app_searches_filters_opens_a_unit_and_quits(res_72_247: Alignment) -> None:
    async def script(app, pilot) -> None:
        from align.view.app import UnitScreen

        await pilot.press("slash", *"roept alle", "enter")
        assert app.current.id == "op2"
        await pilot.press("o")
        await pilot.pause()
        assert [item.unit.id for item in app.rows] == ["fn8", "op10"]
        await pilot.press("c")  # the first check alone: form
        assert app.check == "form"
        await pilot.pause()
        assert [item.unit.id for item in app.rows] == ["op10"]
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, UnitScreen)
        assert "Strongly&#160;reaffirms" in app.export_screenshot()
        await pilot.press("escape")
        assert not isinstance(app.screen, UnitScreen)
        await pilot.press("q")
        await pilot.pause()
        assert not app.is_running

    drive(res_72_247, FINDINGS, script)
