"""Language identification, answered from the embedding cache after the first run."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from align.parse import language
from align.parse.language import NAMES, identify, identify_all

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"


def corpus_blocks() -> list[str]:
    """Every block of the corpus with a letter in it, and a few that lingua cannot place."""
    blocks = [
        block
        for file in sorted(CORPUS.iterdir())
        if file.suffix in (".md", ".txt")
        for block in re.split(r"\n\s*\n", file.read_text(encoding="utf-8"))
        if re.search(r"[^\W\d_]", block)
    ]
    return [*blocks, "72/247", "A/RES/72/247 — 2018", "…"]


@pytest.fixture
def fresh_cache(tmp_path, monkeypatch):
    monkeypatch.setenv("ALIGN_CACHE_DIR", str(tmp_path))
    return tmp_path


def lingua_says(text: str) -> str | None:
    found = language._detector().detect_language_of(text[:400])
    return found.iso_code_639_1.name.lower() if found else None


def test_the_cached_confidences_give_lingua_s_own_answer(fresh_cache) -> None:
    """The answer is read off the confidences, first computed, then cached: both must be what
    lingua's ``detect_language_of`` says, None included (no letters, or a tie)."""
    blocks = corpus_blocks()
    expected = [lingua_says(block) for block in blocks]
    assert {"en", "nl", "fr", None} <= set(expected) and len(blocks) > 400
    assert identify_all(blocks) == expected  # computed
    language._detector.cache_clear()
    assert identify_all(blocks) == expected  # from the cache
    assert language._detector.cache_info().currsize == 0  # no model loaded
    assert (fresh_cache / "embeddings.sqlite3").is_file()


@pytest.mark.parametrize(
    ("confidences", "expected"),
    [
        ({"nl": 0.7, "en": 0.2, "fr": 0.1}, "nl"),
        ({"en": 0.4, "fr": 0.4, "nl": 0.2}, None),  # a tie
        ({}, None),  # no language found: every confidence 0
        ({"zh": 1.0}, "zh"),  # a language the parser refuses later, with a clear error
    ],
)
def test_the_answer_is_the_highest_confidence_unless_two_tie(confidences: dict[str, float], expected) -> None:
    row = np.array([confidences.get(code, 0.0) for code in NAMES], dtype=np.float32)
    assert language._most_likely(row) == expected


def test_a_long_block_is_identified_by_its_first_400_characters(fresh_cache) -> None:
    """As before the cache: a block that opens with a paragraph of one language and goes on in
    another (a file whose blank lines were lost) is read from its start."""
    english = "Recalling its resolution 53/144 of 9 December 1998, by which it adopted by consensus " * 6
    dutch = "Herinnerend aan haar resolutie 53/144 van 9 december 1998, waarbij zij bij consensus " * 20
    assert len(english) > 400 and identify(english + dutch) == "en" == lingua_says(english + dutch)


def test_a_second_run_parses_from_the_cache_without_loading_lingua(tmp_path) -> None:
    code = (
        "import json\n"
        "from align.parse import language, read_documents\n"
        "found = [(d.language, len(d.preamble), len(d.operative)) for d in read_documents('corpus/a-res-72-247.en+nl-mt.md')]\n"
        "print(json.dumps([found, language._detector.cache_info().currsize]))\n"
    )
    env = {**os.environ, "ALIGN_CACHE_DIR": str(tmp_path)}
    runs = [
        json.loads(subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True, check=True).stdout)
        for _ in range(2)
    ]
    (first, built_first), (second, built_second) = runs
    assert [language for language, _, _ in first] == ["en", "nl"] and first == second
    assert (built_first, built_second) == (1, 0)


def test_a_cache_that_cannot_be_written_costs_time_not_an_error(tmp_path, monkeypatch) -> None:
    from align.parse import read_documents

    blocked = tmp_path / "a-file-not-a-folder"
    blocked.write_text("")
    monkeypatch.setenv("ALIGN_CACHE_DIR", str(blocked))
    assert [d.language for d in read_documents(str(CORPUS / "a-res-72-247.en+nl-mt.md"))] == ["en", "nl"]
