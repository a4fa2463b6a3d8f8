"""The command line: data on stdout, one-line errors on stderr, exit status 2 for bad input."""

from __future__ import annotations

import json
import signal
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "align", *args], capture_output=True, text=True, cwd=ROOT)


def test_parse_json_has_the_documented_shape() -> None:
    result = run("parse", "--json", str(CORPUS / "a-res-72-247.en+nl-mt.md"), str(CORPUS / "a-res-76-170.fr.md"))
    assert result.returncode == 0, result.stderr
    documents = json.loads(result.stdout)["documents"]
    assert [d["language"] for d in documents] == ["en", "nl", "fr"]
    en = documents[0]
    assert {"language", "symbol", "title", "preamble", "operative", "footnotes", "furniture", "warnings"} <= set(en)
    assert en["preamble"][0]["index"] == 1 and en["preamble"][0]["text"].startswith("Guided by the purposes")
    assert en["operative"][8]["number"] == "9" and en["operative"][8]["subparagraphs"] == []
    assert en["footnotes"][0] == {"mark": "1", "text": "Resolution 217 A (III).", "source": en["footnotes"][0]["source"], "linked": []}


def test_parse_summary_goes_to_stdout() -> None:
    result = run("parse", str(CORPUS / "hrc-49-draft-defenders-conflict.fr.txt"))
    assert result.returncode == 0 and "24 preambular, 25 operative (10 sub-paragraphs)" in result.stdout
    assert result.stderr == ""


def _write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


BAD = {
    "missing": lambda tmp: tmp / "nowhere.txt",
    "folder": lambda tmp: tmp,
    "empty": lambda tmp: _write(tmp, "empty.txt", b""),
    "binary": lambda tmp: _write(tmp, "image.txt", bytes(range(256)) * 4),
    "not a resolution": lambda tmp: _write(tmp, "letter.txt", b"Dear colleagues,\n\nThank you for your letter of 3 May about the meeting.\n"),
    "unsupported language": lambda tmp: _write(
        tmp, "ru.txt",
        "Генеральная Ассамблея,\n\nссылаясь на свои предыдущие резолюции по этому вопросу,\n\n1. постановляет продолжить рассмотрение этого вопроса;\n".encode(),
    ),
}


@pytest.mark.parametrize("case", sorted(BAD))
def test_bad_input_is_one_line_exit_2(case: str, tmp_path: Path) -> None:
    path = BAD[case](tmp_path)
    result = run("parse", str(path))
    assert result.returncode == 2
    assert result.stdout == ""
    assert len(result.stderr.strip().splitlines()) == 1, result.stderr
    assert "Traceback" not in result.stderr and str(path) in result.stderr


USAGE_ERRORS = {
    "no file": (["qa"], "align qa: Missing argument 'FILE...' (see 'align qa --help')"),
    "unknown option": (["export", "--bogus", "x.md"], "align export: No such option: --bogus (see 'align export --help')"),
    "unknown command": (["aling"], "align: No such command 'aling' (see 'align --help')"),
    "not a number": (["batch", "corpus", "-o", "out", "--jobs", "two"], "align batch: Invalid value for '--jobs': 'two' is not a valid int"),
    "option without its value": (["parse", "x.md", "--lang"], "align parse: Option '--lang' requires an argument (see 'align parse --help')"),
    "option of a subcommand without its value": (["memory", "search", "q", "-k"], "align memory search: Option '-k' requires an argument"),
}


@pytest.mark.parametrize("case", sorted(USAGE_ERRORS))
def test_a_usage_error_is_one_line_exit_2(case: str) -> None:
    """The option parser's errors read like every other error, not as a box of several lines."""
    args, message = USAGE_ERRORS[case]
    result = run(*args)
    assert result.returncode == 2 and result.stdout == ""
    assert len(result.stderr.strip().splitlines()) == 1, result.stderr
    assert result.stderr.startswith(message)


def test_a_command_group_without_its_command_shows_its_help() -> None:
    result = run("cache")
    assert result.returncode == 2 and result.stderr == ""
    assert "info" in result.stdout and "clear" in result.stdout


@pytest.mark.parametrize("name", ["[draft] 72-247.md", "[/i].md", "notes:a:b:100:.md"])
def test_an_error_quoting_brackets_prints_them_as_they_are(name: str, tmp_path: Path) -> None:
    """Paths and texts in messages hold brackets and colons; read as rich markup or emoji codes
    they vanished, crashed or became pictures."""
    missing = tmp_path / name
    result = run("parse", str(missing))
    assert result.returncode == 2 and result.stderr == f"align: {missing}: no such file; check the path and the file name\n"


def test_parse_summary_shows_a_bracketed_file_name(tmp_path: Path) -> None:
    copy = tmp_path / "[fr] 76-170.md"
    copy.write_bytes((CORPUS / "a-res-76-170.fr.md").read_bytes())
    result = run("parse", str(copy))
    assert result.returncode == 0 and "[fr]76-170.md" in "".join(result.stdout.split())  # the path may wrap


@pytest.mark.parametrize("option", ["--glossary", "--false-friends", "--ignore"])
@pytest.mark.parametrize("content", [None, "réunion\tvergadering\n".encode("latin-1")], ids=["missing", "latin-1"])
def test_a_bad_qa_list_fails_before_the_model_loads(option: str, content: bytes | None, tmp_path: Path) -> None:
    path = tmp_path / "house.tsv"
    if content is not None:
        path.write_bytes(content)
    result = run("qa", str(CORPUS / "a-res-72-247.en+nl-mt.md"), option, str(path), "--model", str(tmp_path / "no-model"))
    assert result.returncode == 2 and result.stdout == ""
    assert len(result.stderr.strip().splitlines()) == 1 and str(path) in result.stderr and "no-model" not in result.stderr
    assert ("not UTF-8" in result.stderr) == (content is not None)


BAD_OUTPUT = {
    "qa report format": (["qa", "--format", "pdf"], "unknown report format 'pdf'"),
    "qa report folder": (["qa", "--format", "csv", "-o", "{tmp}/nowhere/report.csv"], "does not exist"),
    "qa check name": (["qa", "--checks", "numbers,sense"], "unknown check(s): sense"),
    "export format": (["export", "--format", "xml"], "unknown export format 'xml'"),
    "export suffix": (["export", "-o", "{tmp}/pairs.md"], "cannot tell the export format"),
    "export folder": (["export", "-o", "{tmp}/nowhere/pairs.csv"], "does not exist"),
    "export format against suffix": (["export", "--format", "tsv", "-o", "{tmp}/pairs.csv"], "--format tsv, but"),
    "export sidecar a folder": (["export", "-o", "{tmp}/taken.csv"], "taken.csv.meta.json: is a folder"),
    "qa sidecar a folder": (["qa", "-o", "{tmp}/taken.csv"], "taken.csv.meta.json: is a folder"),
    "export lines, unknown language": (["export", "--format", "csv", "--segments", "lines", "--lang", "xx"], "'xx' is no language code"),
    "export lines, two codes a file": (["export", "--format", "csv", "--segments", "lines", "--lang", "en,nl"], "one --lang code per file"),
    "view section": (["view", "--section", "preambule"], "no section 'preambule'"),
    "view unit": (["view", "--unit", "op21"], "no unit 'op21'"),  # 72/247 has 20
    "view sub-paragraph": (["view", "--unit", "op9.b"], "no unit 'op9.b'"),  # its op9 has none
    "view merged unit": (["view", "--unit", "pp16+pp19"], "no unit 'pp16+pp19'"),
}


@pytest.mark.parametrize("case", sorted(BAD_OUTPUT))
def test_a_bad_output_option_fails_before_the_model_loads(case: str, tmp_path: Path) -> None:
    """A typo in an option costs nothing: it is refused before the alignment, whose model
    (missing here, so that reaching it would say so) may take minutes on a new text."""
    (tmp_path / "taken.csv.meta.json").mkdir()  # where a CSV's signature would go
    command, *options = (option.format(tmp=tmp_path) for option in BAD_OUTPUT[case][0])
    result = run(command, str(CORPUS / "a-res-72-247.en+nl-mt.md"), *options, "--model", str(tmp_path / "no-model"))
    assert result.returncode == 2 and result.stdout == ""
    assert result.stderr.count("\n") == 1 and BAD_OUTPUT[case][1] in result.stderr and "no-model" not in result.stderr


@pytest.mark.skipif(not hasattr(signal, "SIGPIPE"), reason="no SIGPIPE on this system")
def test_a_reader_that_stops_early_ends_the_run_as_sigpipe_does_not_as_findings() -> None:
    """`align qa ... | head`: exit 1 would tell a script there are findings."""
    files = [str(path) for path in sorted(CORPUS.glob("*.*")) if path.suffix in (".md", ".txt") and path.name != "README.md"]
    command = [sys.executable, "-m", "align", "parse", "--json", *files]
    with subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=ROOT) as process:
        assert process.stdout is not None and process.stderr is not None
        process.stdout.read(10)  # 300 KB of JSON: far more than a pipe holds, so the writer is still writing
        process.stdout.close()
        assert process.wait() == -signal.SIGPIPE
        assert process.stderr.read() == b""


@pytest.mark.parametrize("command", [["export", "--format", "csv"], ["qa", "--format", "html"]])
def test_an_output_that_is_an_input_is_refused_before_the_model_loads(command: list[str], tmp_path: Path) -> None:
    source = tmp_path / "72-247.md"
    source.write_bytes((CORPUS / "a-res-72-247.en+nl-mt.md").read_bytes())
    result = run(command[0], str(source), *command[1:], "-o", str(source), "--model", str(tmp_path / "no-model"))
    assert result.returncode == 2 and "is one of the input files" in result.stderr
    assert source.read_bytes() == (CORPUS / "a-res-72-247.en+nl-mt.md").read_bytes()


def test_help_does_not_import_torch() -> None:
    code = "import sys; from align.cli import app; assert 'torch' not in sys.modules and 'sentence_transformers' not in sys.modules"
    assert subprocess.run([sys.executable, "-c", code], cwd=ROOT).returncode == 0


def test_align_models_fits_80_columns_and_names_every_model() -> None:
    import os

    from align.embed.registry import list_models

    done = subprocess.run(
        [sys.executable, "-m", "align", "models"], capture_output=True, text=True, cwd=ROOT, env={**os.environ, "COLUMNS": "80"}
    )
    assert done.returncode == 0
    lines = done.stdout.splitlines()
    assert all(len(line) <= 80 for line in lines)
    width = lines[0].index("status")
    names = "".join(line[:width].strip() for line in lines[1:])  # the model column, its wrapped pieces joined
    for entry in list_models():
        assert entry["name"] in names
        assert f"{entry['dimensions']} dimensions" in done.stdout
