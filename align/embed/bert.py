"""A BERT encoder with mean pooling in plain torch: the default model without the import cost.

Loading the default model through sentence-transformers imports sentence-transformers,
transformers, scikit-learn and scipy: about 5 s of a cold `align export` on a 2-core
machine, against 2.4 s for embedding the whole of 72/247. The default model
(multilingual-e5-small) is a plain BERT encoder followed by mean pooling, which takes a
page of torch, so :func:`load` runs it directly from the sentence-transformers folder
the converter writes, with the same weights, tokenizer and pooling.

Only folders of exactly that shape qualify (:func:`supports`: a ``BertModel`` with
absolute positions and exact GELU, one mean-pooling module that includes the prompt,
optionally a ``Normalize``); every other model goes through sentence-transformers. The
equivalence with sentence-transformers is a test (``tests/test_embedder.py``).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # pragma: no cover
    import torch

_TRANSFORMER = "sentence_transformers.models.Transformer"
_POOLING = "sentence_transformers.models.Pooling"
_NORMALIZE = "sentence_transformers.models.Normalize"


#: The weights the encoder reads, besides those of each layer (checked on layer 0).
_EMBEDDINGS = ("word_embeddings", "position_embeddings", "token_type_embeddings", "LayerNorm")
_LAYER = (
    "attention.self.query", "attention.self.key", "attention.self.value", "attention.output.dense",
    "attention.output.LayerNorm", "intermediate.dense", "output.dense", "output.LayerNorm",
)


def supports(folder: Path) -> bool:
    """Whether ``folder`` holds a model this encoder computes exactly as sentence-transformers does."""
    try:
        listed = _json(folder / "modules.json")
        modules = [m["type"] for m in listed]
        config = _json(folder / "config.json")
        pooling_path = next(m["path"] for m in listed if m["type"] == _POOLING)
        pooling = _json(folder / pooling_path / "config.json")
    except (OSError, ValueError, KeyError, StopIteration, TypeError):
        return False
    modes = {key for key, value in pooling.items() if key.startswith("pooling_mode_") and value}
    return (
        modules in ([_TRANSFORMER, _POOLING], [_TRANSFORMER, _POOLING, _NORMALIZE])
        and config.get("architectures") == ["BertModel"]
        and config.get("hidden_act") == "gelu"
        and config.get("position_embedding_type", "absolute") == "absolute"
        and modes == {"pooling_mode_mean_tokens"}
        and pooling.get("include_prompt", True) is True
        and (folder / "tokenizer.json").is_file()
        and _has_weights(folder / "model.safetensors")
    )


def _has_weights(path: Path) -> bool:
    """Whether the file names every weight the encoder reads (a checkpoint saved with a
    `bert.` prefix, or without token types, is left to sentence-transformers)."""
    from safetensors import safe_open

    try:
        with safe_open(str(path), "np") as weights:
            names = set(weights.keys())
    except Exception:  # a missing or unreadable file: safetensors raises several types
        return False
    wanted = [f"embeddings.{name}.weight" for name in _EMBEDDINGS]
    wanted += [f"encoder.layer.0.{name}.{part}" for name in _LAYER for part in ("weight", "bias")]
    return all(name in names for name in wanted)


@dataclass
class BertMeanEncoder:
    """The encoder's weights in one dtype; :meth:`__call__` maps token windows to mean-pooled vectors."""

    weights: dict[str, torch.Tensor]
    layers: int
    heads: int
    eps: float
    window: int  # tokens per input, special tokens included
    dimension: int

    def __call__(self, ids: torch.Tensor, mask: torch.Tensor) -> torch.Tensor:
        """Unnormalised mean-pooled vectors of right-padded ``ids`` (batch, length), ``mask`` 1 on tokens."""
        import torch
        import torch.nn.functional as F

        w, width = self.weights, ids.shape[1]
        x = w["embeddings.word_embeddings.weight"][ids]
        x = x + w["embeddings.position_embeddings.weight"][:width] + w["embeddings.token_type_embeddings.weight"][0]
        x = self._norm(x, "embeddings.LayerNorm")
        attend = mask.bool()[:, None, None, :]
        batch, size = x.shape[0], x.shape[2] // self.heads
        for k in range(self.layers):
            p = f"encoder.layer.{k}."
            q, kk, v = (
                self._linear(x, p + f"attention.self.{name}").view(batch, width, self.heads, size).transpose(1, 2)
                for name in ("query", "key", "value")
            )
            attended = F.scaled_dot_product_attention(q, kk, v, attn_mask=attend)
            attended = attended.transpose(1, 2).reshape(batch, width, -1)
            x = self._norm(x + self._linear(attended, p + "attention.output.dense"), p + "attention.output.LayerNorm")
            inner = F.gelu(self._linear(x, p + "intermediate.dense"))
            x = self._norm(x + self._linear(inner, p + "output.dense"), p + "output.LayerNorm")
        weights = mask.to(x.dtype)[:, :, None]
        return (x * weights).sum(dim=1) / torch.clamp(weights.sum(dim=1), min=1e-9)

    def _linear(self, x: torch.Tensor, name: str) -> torch.Tensor:
        import torch.nn.functional as F

        return F.linear(x, self.weights[name + ".weight"], self.weights[name + ".bias"])

    def _norm(self, x: torch.Tensor, name: str) -> torch.Tensor:
        import torch.nn.functional as F

        return F.layer_norm(x, x.shape[-1:], self.weights[name + ".weight"], self.weights[name + ".bias"], self.eps)


def load(folder: Path, dtype: torch.dtype, device: str) -> BertMeanEncoder:
    """The encoder of a folder that :func:`supports` accepts, its weights cast to ``dtype`` on ``device``."""
    from safetensors.torch import load_file

    config = _json(folder / "config.json")
    window = int(_json(folder / "sentence_bert_config.json").get("max_seq_length", config["max_position_embeddings"]))
    weights = {
        name: tensor.to(device=device, dtype=dtype)
        for name, tensor in load_file(str(folder / "model.safetensors")).items()
        if not name.startswith("pooler.")  # BERT's pooler feeds classification heads, not mean pooling
    }
    return BertMeanEncoder(
        weights=weights,
        layers=int(config["num_hidden_layers"]),
        heads=int(config["num_attention_heads"]),
        eps=float(config.get("layer_norm_eps", 1e-12)),
        window=min(window, int(config["max_position_embeddings"])),
        dimension=int(config["hidden_size"]),
    )


def _json(path: Path) -> Any:
    return json.loads(path.read_text(encoding="utf-8"))
