"""Translation memory at archive scale: build time, size on disk, search latency, repair and add costs.

Run: python benchmarks/memory_speed.py [--sizes 100000 1000000] [--dir DIR]
Goal (issue 7): search p50 under 20 ms at a million units on this machine.

Synthetic memories: units in two languages (English and French), their texts drawn at
random from the corpus paragraphs, their vectors random unit vectors of dimension 384
(the size of the default model's), so a million units hold two million vectors. The
embedder is a stand-in that returns those vectors: what is measured is the memory,
not a model. Everything else is the real code path, :func:`build_memory` included.

Queries are stored vectors with noise added, at a cosine of 0.9, 0.7 or 0.5 to their
source (unrelated random vectors spread by 0.05 around 0): an exact search puts the
source first, so ``recall@1`` says what the approximate (IVF) index loses. Random
vectors are the worst case for IVF, which relies on vectors clustering as real
embeddings do: read these recalls as a floor. Latency, over the 200 queries at 0.7,
is :meth:`Memory.search_vector`: the index search and the SQLite look-up of the hits,
with the memory open; embedding the query is the model's cost, not this one's. Also:
opening the memory, an exact (FTS) search, adding one resolution of 200 units, and
rebuilding a lost index from the store.
"""

from __future__ import annotations

import argparse
import shutil
import tempfile
import time
import warnings
from collections.abc import Iterator, Sequence
from pathlib import Path

import numpy as np
from rich.console import Console
from rich.table import Table

from align.memory import INDEX_FILE, STORE_FILE, add_to_memory, build_memory, open_memory
from align.memory.store import Store
from align.model import Alignment, Document, Header, Section, Unit
from align.parse import read_documents

CORPUS = Path(__file__).resolve().parent.parent / "corpus"
DIMENSION = 384
UNITS_PER_RESOLUTION = 200
QUERIES = 200
COSINES = (0.9, 0.7, 0.5)  # of a query to the stored vector it was made from
TIMED_COSINE = 0.7
EXACT_PHRASES = ["human rights defenders", "Haut-Commissariat", "institutions nationales", "General Assembly", "ECB"]


class RandomVectors:
    """A stand-in embedder: random unit vectors, reproducible from the seed."""

    signature = f"benchmark:random:{DIMENSION}"
    dimension = DIMENSION

    def __init__(self, seed: int) -> None:
        self._rng = np.random.default_rng(seed)

    def embed(self, texts: Sequence[str], role: str = "passage") -> np.ndarray:
        vectors = self._rng.standard_normal((len(texts), DIMENSION), dtype=np.float32)
        return vectors / np.linalg.norm(vectors, axis=1, keepdims=True)


def corpus_paragraphs() -> dict[str, list[str]]:
    """Every body paragraph of the corpus, by language."""
    by_language: dict[str, list[str]] = {}
    for path in sorted(CORPUS.iterdir()):
        if path.name == "README.md":
            continue
        for document in read_documents(str(path)):
            by_language.setdefault(document.language, []).extend(p.full_text for p in document.paragraphs())
    return by_language


def synthetic_alignments(
    units: int, paragraphs: dict[str, list[str]], seed: int, series: str = "SYN"
) -> Iterator[Alignment]:
    """``units`` units in resolutions of 200 (`A/RES/{series}/n`), English and French, made as they are consumed."""
    rng = np.random.default_rng(seed)
    english, french = paragraphs["en"], paragraphs["fr"]
    for number in range(0, units, UNITS_PER_RESOLUTION):
        count = min(UNITS_PER_RESOLUTION, units - number)
        picks_en = rng.integers(len(english), size=count)
        picks_fr = rng.integers(len(french), size=count)
        documents = {
            lang: Document(
                lang, f"synthetic-{number}.{lang}.md", Header(symbol=f"A/RES/{series}/{number // UNITS_PER_RESOLUTION}")
            )
            for lang in ("en", "fr")
        }
        yield Alignment(
            languages=["en", "fr"],
            pivot="en",
            units=[
                Unit(
                    id=f"op{i + 1}",
                    section=Section.OPERATIVE,
                    number=str(i + 1),
                    paragraphs={"en": [f"op{i + 1}"], "fr": [f"op{i + 1}"]},
                    texts={"en": english[e], "fr": french[f]},
                    link="1-1",
                    similarity=0.8,
                    confidence=0.9,
                )
                for i, (e, f) in enumerate(zip(picks_en, picks_fr))
            ],
            documents=documents,
            signature={"benchmark": "memory_speed"},
        )


def noisy_queries(store: Store, cosine: float, rng: np.random.Generator) -> tuple[np.ndarray, list[tuple[str, str]]]:
    """Stored vectors turned away from themselves to ``cosine``, and the (symbol, unit) each came from."""
    text_ids = rng.choice(np.arange(1, store.count + 1), size=QUERIES, replace=False).tolist()
    sources = store.vectors_at(text_ids)
    noise = rng.standard_normal(sources.shape, dtype=np.float32)
    noise -= (noise * sources).sum(axis=1, keepdims=True) * sources  # orthogonal to the source
    noise /= np.linalg.norm(noise, axis=1, keepdims=True)
    queries = (cosine * sources + np.sqrt(1 - cosine**2) * noise).astype(np.float32)
    refs = store.text_refs(text_ids)
    units = {unit.id: unit for unit in store.units(list({refs[i][0] for i in text_ids}))}
    return queries, [(units[refs[i][0]].symbol, units[refs[i][0]].unit) for i in text_ids]


def timed(action) -> tuple[float, object]:
    start = time.perf_counter()
    result = action()
    return time.perf_counter() - start, result


def measure(units: int, root: Path, paragraphs: dict[str, list[str]]) -> dict[str, str]:
    memdir = root / f"memory-{units}"
    build_s, report = timed(
        lambda: build_memory(synthetic_alignments(units, paragraphs, seed=units), memdir, RandomVectors(units))
    )

    store = Store.open(memdir / STORE_FILE)
    rng = np.random.default_rng(1)
    query_sets = {cosine: noisy_queries(store, cosine, rng) for cosine in COSINES}
    store.close()

    open_s, memory = timed(lambda: open_memory(memdir))
    with memory:
        info = memory.info()
        latencies: dict[float, list[float]] = {}
        recall: dict[float, float] = {}
        for cosine, (queries, sources) in query_sets.items():
            found = 0
            for query, source in zip(queries, sources):
                seconds, hits = timed(lambda query=query: memory.search_vector(query, k=5))
                latencies.setdefault(cosine, []).append(seconds)
                found += (hits[0].symbol, hits[0].unit) == source
            recall[cosine] = found / len(queries)
        exact = [timed(lambda p=phrase: memory.search(p, None, k=5, exact=True))[0] for phrase in EXACT_PHRASES * 4]

    new = synthetic_alignments(UNITS_PER_RESOLUTION, paragraphs, seed=0, series="ADD")
    add_s, added = timed(lambda: add_to_memory(new, memdir, RandomVectors(0)))
    assert added.units == UNITS_PER_RESOLUTION
    (memdir / INDEX_FILE).unlink()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", RuntimeWarning)
        repair_s, repaired = timed(lambda: open_memory(memdir))
    repaired.close()

    sizes = {name: (memdir / name).stat().st_size / 2**30 for name in (STORE_FILE, INDEX_FILE)}
    shutil.rmtree(memdir)
    milliseconds = np.array(latencies[TIMED_COSINE]) * 1000
    return {
        "units": f"{report.units:,}",
        "vectors": f"{report.texts:,}",
        "index": info.index_kind,
        "build s": f"{build_s:.0f}",
        "index GiB": f"{sizes[INDEX_FILE]:.2f}",
        "store GiB": f"{sizes[STORE_FILE]:.2f}",
        "open s": f"{open_s:.2f}",
        "search p50 ms": f"{np.percentile(milliseconds, 50):.2f}",
        "search p99 ms": f"{np.percentile(milliseconds, 99):.2f}",
        **{f"recall@1, cos {cosine}": f"{recall[cosine]:.3f}" for cosine in COSINES},
        "exact p50 ms": f"{np.median(exact) * 1000:.1f}",
        "add 200 units s": f"{add_s:.1f}",
        "rebuild index s": f"{repair_s:.1f}",
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[100_000, 1_000_000], help="units per memory")
    parser.add_argument("--dir", type=Path, default=None, help="where to build (default: a temporary folder)")
    args = parser.parse_args()
    paragraphs = corpus_paragraphs()
    root = Path(tempfile.mkdtemp(prefix="memory-speed-", dir=args.dir))
    console = Console()
    try:
        rows = []
        for units in args.sizes:
            rows.append(measure(units, root, paragraphs))
    finally:
        shutil.rmtree(root, ignore_errors=True)
    table = Table(title=f"align memory: {QUERIES} queries, k=5, dimension {DIMENSION}, 2 languages per unit")
    table.add_column("")
    for row in rows:
        table.add_column(row["units"] + " units", justify="right")
    for name in rows[0]:
        table.add_row(name, *(row[name] for row in rows))
    console.print(table)


if __name__ == "__main__":
    main()
