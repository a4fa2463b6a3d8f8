"""The commands that embed: export, qa, view, on the real corpus and the real default model.

Each command runs in its own process, as a user runs it; the embedding cache makes
every run after the first do no model work.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
RES_72_247 = str(ROOT / "corpus" / "a-res-72-247.en+nl-mt.md")

pytestmark = pytest.mark.model


@pytest.fixture(scope="module", autouse=True)
def _model_ready(default_model_dir: Path) -> None:
    """Convert the default model once, before the first command needs it."""


def run(*args: str, columns: int = 220) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "COLUMNS": str(columns), "NO_COLOR": "1"}
    return subprocess.run([sys.executable, "-m", "align", *args], capture_output=True, text=True, cwd=ROOT, env=env)


def test_export_csv_has_the_documented_columns_and_a_signature(tmp_path: Path) -> None:
    target = tmp_path / "72-247.csv"
    result = run("export", RES_72_247, "-o", str(target))
    assert result.returncode == 0, result.stderr
    raw = target.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # BOM, so spreadsheets read UTF-8
    rows = list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"))))
    assert list(rows[0]) == ["unit", "section", "number", "en", "nl", "link", "similarity", "confidence", "flags"]
    merged = next(r for r in rows if r["unit"] == "pp16+pp17")
    assert merged["link"] == "2-1" and "merged" in merged["flags"]
    assert merged["nl"].startswith("Zeer bezorgd over de wetgeving inzake nationale veiligheid")
    op11 = next(r for r in rows if r["unit"] == "op11")
    assert op11["link"] == "1-1" and "herhaalt zijn krachtige oproep" in op11["nl"]
    signature = json.loads((tmp_path / "72-247.csv.meta.json").read_text())
    assert signature["pivot"] == "en" and "multilingual-e5-small" in signature["model"]


@pytest.mark.parametrize("stdout", [[], ["-o", "-"], ["-o", "/dev/stdout"]], ids=["no -o", "-o -", "-o /dev/stdout"])
def test_export_jsonl_starts_with_its_signature(stdout: list[str], tmp_path: Path) -> None:
    env = {**os.environ, "COLUMNS": "220"}
    command = [sys.executable, "-m", "align", "export", RES_72_247, "--format", "jsonl", *stdout]
    result = subprocess.run(command, capture_output=True, text=True, cwd=tmp_path, env=env)
    assert result.returncode == 0, result.stderr
    assert list(tmp_path.iterdir()) == []  # stdout, not a file named '-'
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert lines[0]["type"] == "signature" and lines[0]["pivot"] == "en"
    ids = [line["unit"] for line in lines[1:]]
    assert len(ids) == len(set(ids)) and "op20" in ids


def test_a_file_named_dash_is_written_as_dot_slash_dash(tmp_path: Path) -> None:
    """`-o -` is stdout; `-o ./-` is the shell's way of naming a file `-`, which a path made of
    the option had turned into stdout too."""
    command = [sys.executable, "-m", "align", "export", RES_72_247, "--format", "jsonl", "-o", "./-"]
    result = subprocess.run(command, capture_output=True, text=True, cwd=tmp_path)
    assert result.returncode == 0 and result.stdout == "", result.stderr
    assert json.loads((tmp_path / "-").read_text(encoding="utf-8").splitlines()[0])["type"] == "signature"


def test_qa_json_reports_the_known_errors_and_exits_1() -> None:
    result = run("qa", RES_72_247, "--format", "json")
    assert result.returncode == 1, result.stderr
    report = json.loads(result.stdout)
    findings = report["findings"]
    assert report["signature"]["pivot"] == "en"
    excerpts = {(f["unit"], f["excerpt"]) for f in findings}
    assert ("header", "Zeventig seconden sessie") in excerpts
    assert any(unit == "op15" and "Bureau van de ECB" in excerpt for unit, excerpt in excerpts)
    assert any(f["unit"] == "pp16+pp17" and f["check"] == "structure" for f in findings)
    # a footnote unit is footnote text and the title is what running titles repeat: no leftovers there
    assert not [f for f in findings if f["check"] == "damage" and f["unit"].startswith(("fn", "title")) and "inside" in f["message"]]
    again = json.loads(run("qa", RES_72_247, "--format", "json").stdout)["findings"]
    assert [f["id"] for f in again] == [f["id"] for f in findings]  # fingerprints are stable across runs


@pytest.mark.parametrize(("fmt", "opening"), [([], "{"), (["--format", "text"], "┏"), (["--format", "xlsx"], "PK")])
def test_qa_report_to_stdout_is_a_report(fmt: list[str], opening: str) -> None:
    """`-o -` asks for a report, as `-o FILE` does (JSON unless --format says otherwise: `text`
    is the table); an xlsx report may go to stdout when it is not a terminal (`-o - > r.xlsx`)."""
    command = [sys.executable, "-m", "align", "qa", RES_72_247, *fmt, "-o", "-"]
    result = subprocess.run(command, capture_output=True, cwd=ROOT)
    assert result.returncode == 1 and result.stdout.startswith(opening.encode()), result.stderr


@pytest.mark.parametrize(("name", "opening"), [("report.html", "<!doctype html"), ("report.xlf", "<?xml"), ("report.xliff", "<?xml")])
def test_qa_report_takes_its_format_from_the_output_suffix(tmp_path: Path, name: str, opening: str) -> None:
    result = run("qa", RES_72_247, "-o", str(tmp_path / name))
    assert result.returncode == 1, result.stderr
    written = (tmp_path / name).read_text(encoding="utf-8")
    assert written.lstrip().lower().startswith(opening)
    if opening == "<?xml":
        assert 'target-language="nl"' in written and "Zeventig seconden sessie" in written


@pytest.mark.skipif(not Path("/proc/thread-self/fd").is_dir(), reason="Linux /proc only")
@pytest.mark.parametrize("name", ["/dev/stdout", "/proc/thread-self/fd/1"])
def test_an_output_that_is_the_shells_open_file_is_appended_to(name: str, tmp_path: Path) -> None:
    """`align export ... -o /dev/stdout >> log`: the file the shell opened for appending is
    told by identity, however the path reaches it, and written into, never renamed over."""
    log = tmp_path / "log.jsonl"
    log.write_text("an earlier line\n", encoding="utf-8")
    command = [sys.executable, "-m", "align", "export", RES_72_247, "--format", "jsonl", "-o", name]
    with open(log, "a", encoding="utf-8") as appended:
        result = subprocess.run(command, stdout=appended, stderr=subprocess.PIPE, text=True, cwd=ROOT)
    assert result.returncode == 0, result.stderr
    lines = log.read_text(encoding="utf-8").splitlines()
    assert lines[0] == "an earlier line" and json.loads(lines[1])["type"] == "signature"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["log.jsonl"]


def test_qa_ignore_file_leaves_only_what_is_new(tmp_path: Path) -> None:
    findings = json.loads(run("qa", RES_72_247, "--format", "json").stdout)["findings"]
    ignore = tmp_path / "accepted.txt"
    ignore.write_text("# accepted by the reviser\n" + "\n".join(f["id"] for f in findings) + "\n")
    result = run("qa", RES_72_247, "--format", "json", "--ignore", str(ignore))
    assert result.returncode == 0
    report = json.loads(result.stdout)
    assert report["findings"] == []
    # what was left out, and why, is on record: in the signature and in the table's last line
    assert report["signature"]["ignored"] == len(findings) and report["signature"]["ignore_file"] == str(ignore)
    assert f"{len(findings)} accepted findings left out (--ignore)" in run("qa", RES_72_247, "--ignore", str(ignore)).stdout


def test_qa_says_which_accepted_fingerprints_match_nothing(tmp_path: Path) -> None:
    """A stale fingerprint (the paragraph was fixed) or a line that is none was taken in silence."""
    findings = json.loads(run("qa", RES_72_247, "--format", "json").stdout)["findings"]
    ignore = tmp_path / "accepted.txt"
    ignore.write_text(f"{findings[0]['id']}\n0123456789abcdef\nnot a fingerprint\n")
    result = run("qa", RES_72_247, "--format", "json", "--ignore", str(ignore))
    assert "2 of the 3 fingerprints" in result.stderr and json.loads(result.stdout)["signature"]["ignored"] == 1
    assert "0123456789abcdef" in result.stderr and "not a fingerprint" in result.stderr  # named, so they can be removed


def test_qa_takes_the_users_false_friends_and_records_them_in_the_signature(tmp_path: Path) -> None:
    """A house list that replaces a shipped pair by its id and adds one; a file without the
    columns is bad input: one line, exit 2."""
    pairs = tmp_path / "house.tsv"
    pairs.write_text(
        "id\tfrom\tto\tsource\tavoid\tunless\tuse\tseverity\twhy\n"
        "realization\ten\tnl\trealization\trealisatie\t\tverwezenlijking\twarning\thouse style\n"
        "inclusive\ten\tnl\tincluding\tinclusief\t\twaaronder, met inbegrip van\tinfo\thouse style\n",
        encoding="utf-8",
    )
    result = run("qa", RES_72_247, "--format", "json", "--checks", "false-friends", "--false-friends", str(pairs))
    report = json.loads(result.stdout)
    digest = hashlib.sha256(pairs.read_bytes()).hexdigest()[:16]  # by content too, as `align batch` records it
    assert report["signature"]["false_friends"] == f"shipped + {pairs} (sha256 {digest})"
    found = {(f["unit"], f["excerpt"], f["severity"]) for f in report["findings"]}
    assert ("op1", "realisatie", "warning") in found and ("op2", "inclusief", "info") in found
    assert ("op4", "promotie", "warning") in found  # the shipped pairs still count
    bad = tmp_path / "bad.tsv"
    bad.write_text("id\tsource\nx\ty\n", encoding="utf-8")
    result = run("qa", RES_72_247, "--checks", "false-friends", "--false-friends", str(bad))
    assert result.returncode == 2 and len(result.stderr.strip().splitlines()) == 1 and "Traceback" not in result.stderr
    assert str(bad) in result.stderr and "missing" in result.stderr


def test_qa_min_severity_reports_less_and_says_how_much_and_exits_as_before() -> None:
    everything = json.loads(run("qa", RES_72_247, "--format", "json").stdout)["findings"]
    result = run("qa", RES_72_247, "--format", "json", "--min-severity", "warning", "--fail-on", "info")
    assert result.returncode == 1, result.stderr
    report = json.loads(result.stdout)
    info = sum(f["severity"] == "info" for f in everything)
    assert info and [f["id"] for f in report["findings"]] == [f["id"] for f in everything if f["severity"] != "info"]
    assert report["signature"]["min_severity"] == "warning" and report["signature"]["not_reported"] == info
    table = run("qa", RES_72_247, "--min-severity", "warning").stdout
    assert f"{info} findings below --min-severity not reported" in table.splitlines()[-1]
    result = run("qa", RES_72_247, "--min-severity", "severe")
    assert result.returncode == 2 and "unknown --min-severity value 'severe'" in result.stderr


def test_view_puts_the_openings_of_each_unit_on_one_line() -> None:
    result = run("view", RES_72_247, "--no-color", "--no-pager")
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    for english, dutch in [("Guided by the purposes", "Geleid door de doelen"), ("Calls upon all States", "Roept alle staten")]:
        assert any(english in line and dutch in line for line in lines), (english, dutch)
    assert any("Gravely concerned that national security" in line and "Zeer bezorgd over de wetgeving" in line for line in lines)


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["corpus/a-res-76-170.fr.md", "corpus/hrc-49-draft-defenders-conflict.fr.txt"], "two versions are in fr"),
        (["corpus/a-res-76-170.fr.md"], "only one version"),
        ([RES_72_247, "--pivot", "de"], "en, nl"),
        ([RES_72_247, "--model", "/nowhere/model"], "/nowhere/model"),
    ],
)
def test_alignment_errors_are_one_line_exit_2(args: list[str], message: str) -> None:
    result = run("export", *args)
    assert result.returncode == 2
    assert len(result.stderr.strip().splitlines()) == 1 and message in result.stderr, result.stderr


HRC_53 = "corpus/hrc-53-intl-cooperation.fr.ocr.txt"


def test_qa_and_view_of_a_single_version_find_what_it_shows_alone() -> None:
    """The OCR'd HRC 53 draft has no other version here: its OCR damage is found all the same,
    with no model, and the run says on stderr that nothing was compared."""
    result = run("qa", HRC_53, "--format", "json", "--fail-on", "warning")
    assert result.returncode == 1, result.stderr  # warnings: OCR damage
    report = json.loads(result.stdout)
    assert {"aolt", "rdle", "renforgant"} <= {f["excerpt"] for f in report["findings"]}
    assert {f["check"] for f in report["findings"]} == {"damage"} and report["signature"]["model"] is None
    assert "meaning" not in report["signature"]["checks"]  # what ran
    assert len(result.stderr.strip().splitlines()) == 1 and "nothing to compare it with" in result.stderr
    shown = run("view", HRC_53, "--no-color", "--no-pager", "--only-flagged")
    assert shown.returncode == 0, shown.stderr
    assert "aolt" in shown.stdout and "OCR damage" in shown.stdout


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--checks", "meaning"], "check 'meaning' compares versions, and fr is the only one here"),
        (["--pivot", "en"], "pivot 'en' is not among the versions found: fr"),
        (["--model", "/nowhere/model"], "/nowhere/model"),
    ],
)
def test_qa_of_a_single_version_refuses_what_needs_two(args: list[str], message: str) -> None:
    result = run("qa", HRC_53, *args)
    assert result.returncode == 2 and len(result.stderr.strip().splitlines()) == 1 and message in result.stderr, result.stderr


def test_versions_of_different_resolutions_are_refused_unless_forced(tmp_path: Path) -> None:
    english = tmp_path / "a-res-72-247.en.md"
    text = Path(RES_72_247).read_text(encoding="utf-8")
    english.write_text(text[: text.index("Verenigde Naties")], encoding="utf-8")
    refused = run("export", str(english), "corpus/a-res-76-170.fr.md")
    assert refused.returncode == 2 and "A/RES/72/247" in refused.stderr and "A/RES/76/170" in refused.stderr
    forced = run("export", str(english), "corpus/a-res-76-170.fr.md", "--force")
    assert forced.returncode == 0, forced.stderr


def test_export_to_tmx_says_what_it_left_out(tmp_path: Path) -> None:
    """fn12 has no Dutch text: no translation unit, and the count says so."""
    result = run("export", RES_72_247, "-o", str(tmp_path / "72-247.tmx"))
    assert result.returncode == 0, result.stderr
    assert result.stderr.strip().endswith("units written to " + str(tmp_path / "72-247.tmx") + "; 1 unit in one language only left out (a translation unit needs two)")
    assert run("export", RES_72_247, "--format", "tmx").returncode == 2  # not to stdout, and said before the model runs


def test_memory_build_search_and_tmx_export(tmp_path: Path) -> None:
    # among the inputs: a copy of 72/247, left out, and 76/170 in two different French versions,
    # which cannot be aligned: each is named and skipped, and the memory holds 72/247
    archive = tmp_path / "archive"
    archive.mkdir()
    (archive / "a-res-72-247.en+nl-mt.md").write_bytes(Path(RES_72_247).read_bytes())
    french = Path("corpus/a-res-76-170.fr.md").read_text(encoding="utf-8")
    (archive / "a-res-76-170.fr.md").write_text(french, encoding="utf-8")
    (archive / "a-res-76-170.revised.fr.md").write_text(french.replace("Rappelant", "Rappelant en outre", 1), encoding="utf-8")
    memory = tmp_path / "memory"
    built = run("memory", "build", RES_72_247, str(archive), "-o", str(memory))
    assert built.returncode == 0, built.stderr
    [copy] = [line for line in built.stderr.splitlines() if "a copy, left out" in line]
    assert str(archive / "a-res-72-247.en+nl-mt.md") in copy and RES_72_247 in copy  # the later path is the copy
    assert "skipped a-res-76-170: two versions are in fr" in built.stderr
    assert "1 resolution, " in built.stderr
    result = run("memory", "search", "intimidation and reprisal against human rights defenders", "--memory", str(memory), "-k", "3", "--format", "json")
    hits = json.loads(result.stdout)
    assert hits and {"en", "nl"} <= set(hits[0]["texts"]) and hits[0]["symbol"] == "A/RES/72/247"
    assert "op8" in [hit["unit"] for hit in hits]  # "Condemns all acts of intimidation and reprisal ..."
    exact = json.loads(run("memory", "search", "Bureau van de ECB", "--memory", str(memory), "--exact", "--format", "json").stdout)
    assert [hit["unit"] for hit in exact] == ["op15"]
    shown = run("memory", "search", "on the report of the Third Committee", "--memory", str(memory), "--exact", "-k", "1")
    assert "[on the report of the Third Committee (A/72/439/Add.2)]" in shown.stdout  # brackets are text, not markup
    assert run("memory", "search", "x", "--memory", str(memory), "--exact", "--format", "yaml").returncode == 2
    nothing = run("memory", "search", "quantum chromodynamics", "--memory", str(memory), "--exact")
    assert nothing.returncode == 0 and nothing.stdout == "" and "no unit matches 'quantum chromodynamics'" in nothing.stderr
    tmx = tmp_path / "memory.tmx"
    assert run("memory", "export", "--memory", str(memory), "-o", str(tmx)).returncode == 0
    from lxml import etree

    units = etree.parse(str(tmx)).findall(".//tu")
    assert units and all(len(tu.findall("tuv")) == 2 for tu in units)
    not_a_memory = run("memory", "search", "x", "--memory", str(tmp_path))
    assert not_a_memory.returncode == 2 and "not an align memory" in not_a_memory.stderr
