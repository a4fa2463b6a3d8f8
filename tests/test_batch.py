"""`align batch`: grouping files into resolutions, the outputs, resume, interruption, and the engines.

Tests marked ``model`` run the real default model (or its cached vectors); the
rest parse only. The local engine's run over the corpus is done once per module
and is what the Ray engine's outputs are compared with.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import logging
import os
import subprocess
import sys
from pathlib import Path

import pytest

from align.batch import BatchResult, EngineError, LocalEngine, make_engine, run_batch
from align.batch.engines import shard_of, shard_texts
from align.batch.grouping import file_key, find_files, group_files, parse_file
from align.batch.outputs import MANIFEST_FILE, without_timings
from align.batch.resolution import texts_to_embed
from align.errors import AlignWarning, InputError
from align.qa.options import QAOptions

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"
RES_72_247 = CORPUS / "a-res-72-247.en+nl-mt.md"
RES_76_170 = CORPUS / "a-res-76-170.fr.md"
HRC_53 = CORPUS / "hrc-53-intl-cooperation.fr.ocr.txt"
UDHR = ROOT.parent / "shared" / "corpus" / "extra" / "udhr"
needs_udhr = pytest.mark.skipif(not UDHR.is_dir(), reason=f"the UDHR versions are not here ({UDHR})")

#: The groups of the corpus folder: 72/247 has two versions, the rest one each.
CORPUS_GROUPS = ["a-res-72-247", "a-res-76-170", "hrc-49-draft-defenders-conflict", "hrc-53-intl-cooperation"]


def cli(*args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "COLUMNS": "200", "NO_COLOR": "1"}
    return subprocess.run([sys.executable, "-m", "align", "batch", *args], capture_output=True, text=True, cwd=ROOT, env=env, check=False)


def read_csv(path: Path) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(path.read_bytes().decode("utf-8-sig"))))


TINY_EN = """General Assembly

Seventy-fourth session

Resolution adopted by the General Assembly on 18 December 2019

{number}. Cooperation between the United Nations and regional organizations

The General Assembly,

Recalling its resolution 70/1 of 25 September 2015, entitled "Transforming our world: the 2030 Agenda for Sustainable Development",

Noting with appreciation the work of regional organizations in the maintenance of international peace and security,

1. Welcomes the strengthened cooperation between the United Nations and regional organizations;

2. Requests the Secretary-General to submit to the General Assembly at its seventy-sixth session a report on the implementation of the present resolution;

3. Decides to include in the provisional agenda of its seventy-sixth session the item entitled "Cooperation between the United Nations and regional and other organizations".
"""

TINY_FR = """Assemblée générale

Soixante-quatorzième session

Résolution adoptée par l'Assemblée générale le 18 décembre 2019

{number}. Coopération entre l'Organisation des Nations Unies et les organisations régionales

L'Assemblée générale,

Rappelant sa résolution 70/1 du 25 septembre 2015, intitulée « Transformer notre monde : le Programme de développement durable à l'horizon 2030 »,

Notant avec satisfaction le travail des organisations régionales dans le maintien de la paix et de la sécurité internationales,

1. Se félicite du renforcement de la coopération entre l'Organisation des Nations Unies et les organisations régionales ;

2. Prie le Secrétaire général de lui présenter, à sa soixante-seizième session, un rapport sur l'application de la présente résolution ;

3. Décide d'inscrire à l'ordre du jour provisoire de sa soixante-seizième session la question intitulée « Coopération entre l'Organisation des Nations Unies et les organisations régionales et autres ».
"""


def tiny_resolutions(folder: Path, *numbers: str) -> Path:
    """Short English and French versions of resolutions ``numbers`` (`74/998`), in files named
    unlike their symbols (`draft-74-998.en.md`, `projet-74-998.fr.md`): quick to embed."""
    folder.mkdir(parents=True, exist_ok=True)
    for number in numbers:
        name = number.replace("/", "-")
        (folder / f"draft-{name}.en.md").write_text(TINY_EN.format(number=number), encoding="utf-8")
        (folder / f"projet-{name}.fr.md").write_text(TINY_FR.format(number=number), encoding="utf-8")
    return folder


# --------------------------------------------------------------------------- grouping (no model)


@pytest.mark.parametrize(
    ("name", "key"),
    [
        ("a-res-76-170.fr.md", "a-res-76-170"),
        ("a-res-72-247.en+nl-mt.md", "a-res-72-247"),
        ("hrc-53-intl-cooperation.fr.ocr.txt", "hrc-53-intl-cooperation"),
        ("udhr.en.html", "udhr"),
        ("A.RES.72.247.en.md", "a-res-72-247"),
        ("devset.en", "devset"),
        ("report.final.en.md", "report-final"),
        ("notes", "notes"),
    ],
)
def test_file_key_drops_extension_and_language_parts(name: str, key: str) -> None:
    assert file_key(name) == key


def test_corpus_groups_by_symbol_or_file_name_and_lists_what_it_cannot_use() -> None:
    groups, rejected = group_files(parse_file(path) for path in find_files([CORPUS]))
    assert [g.name for g in groups] == CORPUS_GROUPS
    res_72_247 = groups[0]
    assert res_72_247.symbol == "A/RES/72/247" and res_72_247.languages == ["en", "nl"]
    assert len(res_72_247.sources) == 1  # two versions, one file
    assert [g.languages for g in groups[1:]] == [["fr"], ["fr"], ["fr"]]
    assert [(Path(r.path).name, r.reason.split(":")[0]) for r in rejected] == [("README.md", "not a resolution")]


def test_a_version_without_symbol_joins_its_symbol_group_by_file_name(tmp_path: Path) -> None:
    # a file named after the symbol but whose header lost it (as OCR does) joins the versions that kept it
    (tmp_path / "a-res-76-170.fr.md").write_bytes(RES_76_170.read_bytes())
    headless = RES_72_247.read_text(encoding="utf-8").replace("72/247", "")
    (tmp_path / "a-res-76-170.en.md").write_text(headless, encoding="utf-8")
    groups, _ = group_files(parse_file(path) for path in find_files([tmp_path]))
    assert [(g.name, g.symbol, sorted(g.languages)) for g in groups] == [("a-res-76-170", "A/RES/76/170", ["en", "fr", "nl"])]


def test_a_copy_of_a_file_is_left_out_and_named(tmp_path: Path) -> None:
    """An archive filed by session and by topic holds the same file twice: the copy would make
    its resolution fail as two versions in one language. A file that differs is kept."""
    inputs = tiny_resolutions(tmp_path / "by-session", "74/998")
    (tmp_path / "by-topic").mkdir()
    (tmp_path / "by-topic" / "projet-74-998.fr.md").write_bytes((inputs / "projet-74-998.fr.md").read_bytes())
    groups, rejected = group_files(parse_file(path) for path in find_files([tmp_path]))
    assert [(g.name, g.languages) for g in groups] == [("a-res-74-998", ["en", "fr"])]
    assert [(Path(r.path).parent.name, r.reason) for r in rejected] == [
        ("by-topic", f"the same bytes as {inputs / 'projet-74-998.fr.md'}: a copy, left out")  # the later in path order
    ]
    (inputs / "projet-74-998.fr.md").write_text(TINY_FR.format(number="74/998") + "\n", encoding="utf-8")
    groups, rejected = group_files(parse_file(path) for path in find_files([tmp_path]))
    assert rejected == [] and [g.languages for g in groups] == [["en", "fr", "fr"]]


@needs_udhr
def test_udhr_versions_are_one_group_by_file_stem() -> None:
    groups, rejected = group_files(parse_file(path) for path in find_files([UDHR]))
    assert [(g.name, g.symbol, g.languages) for g in groups] == [("udhr", None, ["en", "fr", "nl"])]
    assert [Path(r.path).name for r in rejected] == ["LICENSE.txt"]


def test_find_files_walks_folders_expands_globs_and_skips_hidden_files_and_the_output(tmp_path: Path) -> None:
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "b.fr.md").write_text("x")
    (tmp_path / "a.en.md").write_text("x")
    (tmp_path / ".a.en.md.swp").write_text("x")
    (tmp_path / "out").mkdir()
    (tmp_path / "out" / "summary.csv").write_text("x")
    names = [p.relative_to(tmp_path).as_posix() for p in find_files([tmp_path, tmp_path / "a.en.md"], exclude=tmp_path / "out")]
    assert names == ["a.en.md", "sub/b.fr.md"]  # each file once
    assert [p.name for p in find_files([str(tmp_path / "**" / "*.fr.md")])] == ["b.fr.md"]
    with pytest.raises(InputError, match="matches no file"):
        find_files([str(tmp_path / "*.docx")])
    with pytest.raises(InputError, match="no such file"):
        find_files([tmp_path / "nowhere"])


def test_texts_are_sharded_by_resolution_and_each_once() -> None:
    texts = {"a": ["x", "y", "x"], "b": ["y", "z"], "c": ["w"]}
    shards = shard_texts(texts, 3)
    for group, group_texts in texts.items():
        assert set(group_texts) <= set(shards[shard_of(group, 3)])
    assert all(len(shard) == len(set(shard)) for shard in shards)
    assert shard_texts(texts, 1) == [["x", "y", "z", "w"]]


# --------------------------------------------------------------------------- bad input (no model)


def test_ray_missing_is_one_line_saying_what_to_install(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "ray", None)  # `import ray` now fails, as without the extra
    with pytest.raises(EngineError, match=r"pip install 'align\[ray\]'"):
        make_engine("ray")


@pytest.mark.parametrize(
    ("case", "message"),
    [
        ("outdir is a file", "is a file, not a folder"),
        ("no resolution", "no resolution to check"),
        ("empty folder", "holds no files"),
        ("unknown engine", "unknown engine"),
        ("bad fail-on", "unknown --fail-on"),
    ],
)
def test_bad_input_is_one_line_exit_2_and_writes_nothing(case: str, message: str, tmp_path: Path) -> None:
    inputs = tmp_path / "in"
    inputs.mkdir()
    out = tmp_path / "out"
    options: list[str] = []
    if case == "outdir is a file":
        out.write_text("not a folder")
        (inputs / "a-res-76-170.fr.md").write_bytes(RES_76_170.read_bytes())
    elif case == "no resolution":
        (inputs / "letter.txt").write_text("Dear colleagues,\n\nThank you for your letter of 3 May.\n")
        (inputs / "image.txt").write_bytes(bytes(range(256)) * 4)
    elif case == "unknown engine":
        options = ["--engine", "spark"]
    elif case == "bad fail-on":
        options = ["--fail-on", "critical"]
    result = cli(str(inputs), "-o", str(out), "--jobs", "1", *options)
    assert result.returncode == 2, result.stderr
    lines = result.stderr.splitlines()  # not stripped: a blank line first (the bars' last frame) is a second line
    assert len(lines) == 1 and message in lines[0], result.stderr
    assert not out.is_dir()


# --------------------------------------------------------------------------- a corpus batch (model)


def _session_model(default_embedder, calls: list[int]):
    """A stand-in for SentenceTransformerEmbedder.embed that counts the texts of each call and
    answers with the session's model, so that no run loads a model of its own."""
    from align.embed.embedder import SentenceTransformerEmbedder

    embed = SentenceTransformerEmbedder.embed

    def counted(self, texts, role="passage"):
        calls.append(len(texts))
        return embed(default_embedder, texts, role)

    return counted


@pytest.fixture
def model_calls(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, default_embedder) -> list[int]:
    """In-process runs (``jobs=1``) embed with the session's model into an empty cache of their
    own; the list receives the number of texts of every model call."""
    from align.embed.embedder import SentenceTransformerEmbedder

    calls: list[int] = []
    monkeypatch.setattr(SentenceTransformerEmbedder, "embed", _session_model(default_embedder, calls))
    monkeypatch.setattr("align.embed.cache.default_cache_path", lambda: tmp_path / "cache.sqlite3")
    return calls


@pytest.fixture(scope="module")
def corpus_run(tmp_path_factory: pytest.TempPathFactory, default_embedder) -> BatchResult:
    """The corpus folder (and the UDHR when here) through the local engine's process pool, with
    the user's embedding cache, which the pool's workers and the Ray engine's actor share."""
    from align.embed.embedder import SentenceTransformerEmbedder

    out = tmp_path_factory.mktemp("local") / "out"
    inputs = [CORPUS, *([UDHR] if UDHR.is_dir() else [])]
    with pytest.MonkeyPatch.context() as patch, LocalEngine(jobs=2) as engine:
        patch.setattr(SentenceTransformerEmbedder, "embed", _session_model(default_embedder, []))
        return run_batch(inputs, out, engine)


@pytest.mark.model
def test_corpus_batch_writes_reports_for_what_aligns_and_says_why_for_the_rest(corpus_run: BatchResult) -> None:
    out = corpus_run.outdir
    rows = {row["group"]: row for row in read_csv(out / "summary.csv")}
    assert set(CORPUS_GROUPS) <= set(rows)
    done = rows["a-res-72-247"]
    assert (done["status"], done["symbol"], done["languages"]) == ("done", "A/RES/72/247", "en;nl")
    assert int(done["units"]) > 40 and int(done["errors"]) > 0 and float(done["seconds"]) > 0
    for name in CORPUS_GROUPS[1:]:  # one version each: checked alone, with reports
        assert rows[name]["status"] == "single" and "checked alone, nothing compared" in rows[name]["reason"]
        assert (out / name / f"{name}.findings.json").is_file() and int(rows[name]["units"]) > 50
        assert not (out / name / f"{name}.csv").exists()  # no pairs: `align export` refuses one version too
    alone = json.loads((out / "hrc-53-intl-cooperation" / "hrc-53-intl-cooperation.findings.json").read_text(encoding="utf-8"))
    assert {"aolt", "rdle"} <= {f["excerpt"] for f in alone["findings"]} and alone["signature"]["model"] is None
    assert "meaning" not in alone["signature"]["checks"] and "damage" in alone["signature"]["checks"]  # what ran
    assert int(rows["hrc-53-intl-cooperation"]["warnings"]) == alone["summary"]["by_severity"]["warning"] > 0
    folder = out / "a-res-72-247"
    export = read_csv(folder / "a-res-72-247.csv")
    assert len(export) == int(done["units"]) and list(export[0])[3:5] == ["en", "nl"]
    report = json.loads((folder / "a-res-72-247.findings.json").read_text(encoding="utf-8"))
    assert report["summary"]["by_severity"]["error"] == int(done["errors"])
    assert report["signature"]["pivot"] == "en" and "multilingual-e5-small" in report["signature"]["model"]
    assert "Zeventig seconden sessie" in (folder / "a-res-72-247.html").read_text(encoding="utf-8")
    index = (out / "index.html").read_text(encoding="utf-8")
    assert 'href="a-res-72-247/a-res-72-247.html"' in index and "checked alone" in index
    assert 'href="hrc-53-intl-cooperation/hrc-53-intl-cooperation.html"' in index
    assert 'href="#not-used"' in index and 'id="not-used"' in index and 'href="rejected.csv"' in index
    assert "README.md" in [Path(row["path"]).name for row in read_csv(out / "rejected.csv")]
    assert corpus_run.exit_code("error") == 1 and corpus_run.exit_code("never") == 0


@needs_udhr
@pytest.mark.model
def test_udhr_batch_aligns_three_versions(corpus_run: BatchResult) -> None:
    row = next(row for row in corpus_run.rows if row.group == "udhr")
    assert row.status == "done" and row.languages == ["en", "fr", "nl"] and row.units and row.units > 30
    export = read_csv(corpus_run.outdir / "udhr" / "udhr.csv")
    assert list(export[0])[3:6] == ["en", "fr", "nl"]


@pytest.mark.model
def test_texts_are_embedded_once_for_the_whole_batch(tmp_path: Path, model_calls: list[int]) -> None:
    """One model call for every distinct text of every resolution; the alignments then only read
    the cache, and a second run makes no model call at all."""
    inputs = tiny_resolutions(tmp_path / "in", "74/998", "74/999")
    with LocalEngine(jobs=1) as engine:
        result = run_batch([inputs], tmp_path / "out", engine)
    assert [(row.group, row.status, row.languages) for row in result.rows] == [
        ("a-res-74-998", "done", ["en", "fr"]),  # grouped by symbol across differently named files
        ("a-res-74-999", "done", ["en", "fr"]),
    ]
    groups, _ = group_files(parse_file(path) for path in find_files([inputs]))
    assert model_calls == [len({text for group in groups for text in texts_to_embed(group)})]
    with LocalEngine(jobs=1) as engine:
        run_batch([inputs], tmp_path / "again", engine)
    assert len(model_calls) == 1


@pytest.mark.model
def test_resume_keeps_unchanged_resolutions_and_redoes_an_edited_one(tmp_path: Path, model_calls: list[int]) -> None:
    inputs = tiny_resolutions(tmp_path / "in", "74/998", "74/999")
    out = tmp_path / "out"
    with LocalEngine(jobs=1) as engine:
        first = run_batch([inputs], out, engine)
        written = {p: p.stat().st_mtime_ns for p in out.glob("*/*")}
        again = run_batch([inputs], out, engine, resume=True)
        assert [row.status for row in again.rows] == ["unchanged", "unchanged"]
        assert [row.seconds for row in again.rows] == [row.seconds for row in first.rows]  # the rows as recorded
        assert {p: p.stat().st_mtime_ns for p in out.glob("*/*")} == written  # nothing rewritten
        edited = inputs / "projet-74-999.fr.md"
        edited.write_text(edited.read_text(encoding="utf-8").replace("Se félicite", "Accueille avec satisfaction"), encoding="utf-8")
        third = run_batch([inputs], out, engine, resume=True)
    assert {row.group: row.status for row in third.rows} == {"a-res-74-998": "unchanged", "a-res-74-999": "done"}
    assert "Accueille avec satisfaction" in (out / "a-res-74-999" / "a-res-74-999.csv").read_text(encoding="utf-8-sig")
    assert [row["status"] for row in read_csv(out / "summary.csv")] == ["unchanged", "done"]


@pytest.mark.model
def test_a_batch_checks_with_the_users_glossary_and_checks_and_redoes_all_when_the_glossary_changes(
    tmp_path: Path, model_calls: list[int]
) -> None:
    """`align batch --glossary --checks`, as `align qa` takes them; the glossary counts by its
    content, so a resumed batch redoes every resolution once it is edited."""
    inputs = tiny_resolutions(tmp_path / "in", "74/998")
    glossary = tmp_path / "house.tsv"
    glossary.write_text("en\tfr\tsource\nregional organizations\torganismes régionaux\thouse style\n", encoding="utf-8")
    qa = QAOptions(("terminology",), str(glossary))
    out = tmp_path / "out"
    with LocalEngine(jobs=1) as engine:
        run_batch([inputs], out, engine, qa=qa)
        report = json.loads((out / "a-res-74-998" / "a-res-74-998.findings.json").read_text(encoding="utf-8"))
        assert {f["check"] for f in report["findings"]} == {"terminology"}
        assert any("organismes régionaux" in f["message"] for f in report["findings"])
        assert report["signature"]["checks"] == ["terminology"] and str(glossary) in report["signature"]["glossary"]
        assert [row.status for row in run_batch([inputs], out, engine, resume=True, qa=qa).rows] == ["unchanged"]
        glossary.write_text("en\tfr\tsource\nregional organizations\torganisations régionales\thouse style\n", encoding="utf-8")
        assert [row.status for row in run_batch([inputs], out, engine, resume=True, qa=qa).rows] == ["done"]
    report = json.loads((out / "a-res-74-998" / "a-res-74-998.findings.json").read_text(encoding="utf-8"))
    assert not any("regional organizations" in f["message"] for f in report["findings"])


@pytest.mark.model
def test_a_glossary_no_chosen_check_reads_is_recorded_as_unread_and_its_edits_redo_nothing(
    tmp_path: Path, model_calls: list[int]
) -> None:
    """With `--checks numbers,structure`, neither the terminology nor the meaning check reads the
    glossary: its edition is no reason to redo a resolution, and the report does not vouch
    for a file that played no part."""
    inputs = tiny_resolutions(tmp_path / "in", "74/998")
    glossary = tmp_path / "house.tsv"
    glossary.write_text("en\tfr\tsource\nregional organizations\torganismes régionaux\thouse style\n", encoding="utf-8")
    qa = QAOptions(("numbers", "structure"), str(glossary))
    assert qa.signature() == QAOptions(("numbers", "structure")).signature()  # given or not, the same
    assert qa.signature()["glossary"] == "read by none of these checks"
    assert "sha256" in QAOptions(("meaning",), str(glossary)).signature()["glossary"]
    out = tmp_path / "out"
    with LocalEngine(jobs=1) as engine:
        run_batch([inputs], out, engine, qa=qa)
        glossary.write_text("en\tfr\tsource\nregional organizations\torganisations régionales\thouse style\n", encoding="utf-8")
        assert [row.status for row in run_batch([inputs], out, engine, resume=True, qa=qa).rows] == ["unchanged"]
        unread = QAOptions(("numbers", "structure"))
        assert [row.status for row in run_batch([inputs], out, engine, resume=True, qa=unread).rows] == ["unchanged"]


def test_a_glossary_is_recorded_by_the_bytes_the_checks_read(tmp_path: Path) -> None:
    """Hashed when the report was written, a glossary edited during the run (or read from a
    pipe, which gives nothing the second time) was recorded as it was not checked."""
    glossary = tmp_path / "house.tsv"
    checked = "en\tfr\tsource\nregional organizations\torganismes régionaux\thouse style\n".encode()
    glossary.write_bytes(checked)
    qa = QAOptions(("terminology",), str(glossary))
    qa.read()
    glossary.write_text("en\tfr\tsource\nregional organizations\torganisations régionales\thouse style\n", encoding="utf-8")
    assert qa.signature()["glossary"] == f"shipped + {glossary} (sha256 {hashlib.sha256(checked).hexdigest()[:16]})"


@pytest.mark.model
def test_a_batch_run_from_python_says_what_a_glossary_lacks(tmp_path: Path, model_calls: list[int]) -> None:
    """Only the command line read the glossary before the workers, which keep quiet about it."""
    inputs = tiny_resolutions(tmp_path / "in", "74/998")
    glossary = tmp_path / "house.tsv"
    glossary.write_text(
        "en\tfr\tsource\nregional organizations\torganismes régionaux\thouse\nhouse phrase to translate\t\tto be filled in\n", encoding="utf-8"
    )
    with LocalEngine(jobs=1) as engine, pytest.warns(AlignWarning, match="which check nothing"):
        run_batch([inputs], tmp_path / "out", engine, qa=QAOptions(None, str(glossary)))


@pytest.mark.model
def test_what_a_glossary_lacks_is_said_once_not_by_every_worker(tmp_path: Path, model_calls: list[int]) -> None:
    """Each worker process read the glossary again and repeated the driver's warning."""
    tiny_resolutions(tmp_path / "in", "74/998", "74/999")
    glossary = tmp_path / "house.tsv"
    glossary.write_text(
        "en\tfr\tsource\nregional organizations\torganismes régionaux\thouse\nhouse phrase to translate\t\tto be filled in\n", encoding="utf-8"
    )
    command = [sys.executable, "-m", "align", "batch", str(tmp_path / "in"), "-o", str(tmp_path / "out"), "--jobs", "2",
               "--fail-on", "never", "--glossary", str(glossary)]
    result = subprocess.run(command, capture_output=True, text=True, env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert result.returncode == 0, result.stderr
    assert result.stderr.count("which check nothing") == 1, result.stderr


@pytest.mark.model
def test_batch_settings_do_not_depend_on_how_the_options_were_typed(tmp_path: Path, model_calls: list[int], monkeypatch) -> None:
    """The same glossary named by a relative and by an absolute path, the same checks in
    another order: a resumed batch has nothing to redo."""
    inputs = tiny_resolutions(tmp_path / "in", "74/998")
    (tmp_path / "house.tsv").write_text("en\tfr\tsource\nregional organizations\torganismes régionaux\thouse\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)

    def batch(*options: str) -> subprocess.CompletedProcess[str]:
        command = [sys.executable, "-m", "align", "batch", "in", "-o", "out", "--fail-on", "never", *options]
        return subprocess.run(command, capture_output=True, text=True, env={**os.environ, "PYTHONPATH": str(ROOT)})

    assert batch("--glossary", "house.tsv", "--checks", "terminology,numbers").returncode == 0
    again = batch("--resume", "--glossary", str(tmp_path / "house.tsv"), "--checks", "numbers, terminology")
    assert again.returncode == 0 and "1 unchanged" in again.stderr + again.stdout, again.stderr


@pytest.mark.model
def test_an_interrupted_batch_keeps_every_finished_resolution(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, model_calls: list[int]
) -> None:
    from align.batch import outputs

    inputs = tiny_resolutions(tmp_path / "in", "74/998", "74/999")
    out = tmp_path / "out"
    write, writes = outputs._write_bytes, []

    def crash_in_the_second_resolution(target: Path, data: bytes) -> None:
        writes.append(target.name)
        if len(writes) == 7:  # the first resolution's 4 files and manifest, then 1 file of the second
            raise KeyboardInterrupt
        write(target, data)

    monkeypatch.setattr(outputs, "_write_bytes", crash_in_the_second_resolution)
    with pytest.raises(KeyboardInterrupt), LocalEngine(jobs=1) as engine:
        run_batch([inputs], out, engine)
    monkeypatch.setattr(outputs, "_write_bytes", write)
    assert (out / "a-res-74-998" / MANIFEST_FILE).is_file()
    assert (out / "a-res-74-999").is_dir() and not (out / "a-res-74-999" / MANIFEST_FILE).exists()
    assert [row["group"] for row in read_csv(out / "summary.csv")] == ["a-res-74-998"]
    with LocalEngine(jobs=1) as engine:
        resumed = run_batch([inputs], out, engine, resume=True)
    assert {row.group: row.status for row in resumed.rows} == {"a-res-74-998": "unchanged", "a-res-74-999": "done"}


@pytest.mark.model
def test_a_resolution_that_cannot_be_aligned_fails_alone(tmp_path: Path, model_calls: list[int]) -> None:
    inputs = tiny_resolutions(tmp_path / "in", "74/998", "74/999")
    other = (inputs / "projet-74-999.fr.md").read_text(encoding="utf-8").replace("avec satisfaction", "avec intérêt")
    (inputs / "autre-74-999.fr.md").write_text(other, encoding="utf-8")  # two French versions
    with LocalEngine(jobs=1) as engine:
        result = run_batch([inputs], tmp_path / "out", engine)
    rows = {row.group: row for row in result.rows}
    assert rows["a-res-74-998"].status == "done"
    assert rows["a-res-74-999"].status == "failed" and "two versions are in fr" in rows["a-res-74-999"].reason
    assert not (tmp_path / "out" / "a-res-74-999").exists()
    assert result.exit_code("never") == 0 and result.exit_code("error") == 1  # a failed resolution is no pass


def test_a_single_version_is_checked_alone_only_by_the_checks_it_can_be_given(tmp_path: Path) -> None:
    """With `--checks meaning` a version alone has nothing to be checked by: no reports, and the
    row says why; with `damage` too, its reports. No model either way: nothing is embedded."""
    from align.batch.grouping import group_files, parse_file
    from align.batch.resolution import process_group

    (group,), _ = group_files([parse_file(Path(HRC_53))])
    meaning = process_group(group, None, QAOptions(checks=("meaning",)))
    assert meaning.files == {} and meaning.row.status == "single" and "every check chosen compares versions" in meaning.row.reason
    assert not meaning.row.reported
    both = process_group(group, None, QAOptions(checks=("meaning", "damage")))
    assert both.row.reported and both.row.warnings > 0 and "hrc-53-intl-cooperation.findings.json" in both.files
    signature = json.loads(both.files["hrc-53-intl-cooperation.findings.json"])["signature"]
    assert signature["checks"] == ["damage"]  # what ran, not what was asked


@pytest.mark.model
def test_cli_batch_prints_one_summary_line_and_exits_by_fail_on(tmp_path: Path, default_model_dir: Path) -> None:
    result = cli(str(RES_72_247), str(RES_76_170), "-o", str(tmp_path / "out"), "--fail-on", "never")
    assert result.returncode == 0, result.stderr
    assert "2 resolutions (1 done, 1 single)" in result.stderr.strip().splitlines()[-1]
    assert (tmp_path / "out" / "index.html").is_file()


# --------------------------------------------------------------------------- Ray (model)


@pytest.mark.model
def test_ray_engine_writes_what_the_local_engine_writes(corpus_run: BatchResult, tmp_path: Path) -> None:
    ray = pytest.importorskip("ray", reason="Ray is optional (pip install 'align[ray]')")
    from align.batch import RayEngine

    ray.init(num_cpus=2, include_dashboard=False, logging_level=logging.ERROR)
    try:
        inputs = [CORPUS, *([UDHR] if UDHR.is_dir() else [])]
        with RayEngine() as engine:
            result = run_batch(inputs, tmp_path / "out", engine)
    finally:
        ray.shutdown()
    assert [(r.group, r.status) for r in result.rows] == [(r.group, r.status) for r in corpus_run.rows]
    assert without_timings(result.outdir) == without_timings(corpus_run.outdir)
