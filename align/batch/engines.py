"""Where a batch's work runs: a local process pool, or a Ray cluster.

A batch has three kinds of work, and an engine runs each:

* :meth:`Engine.parse`: parse every file (one task per file);
* :meth:`Engine.embed`: embed every text the alignments will need, in large
  batches, through the embedding cache, so that the model is loaded once (or not at
  all, when everything is cached) instead of once per resolution or per worker;
* :meth:`Engine.process`: align, check and render each resolution (one task per
  resolution), its embeddings now answered by the cache.

Results come back as they complete; the driver (:mod:`align.batch.run`) writes
the files and keeps the order deterministic.

Choices, and why:

* **Texts are embedded in shards, one per embedding worker**, and a resolution's
  texts all go to the shard :func:`shard_of` names, whose worker then answers that
  resolution's alignment. Embedding caches are on each machine's own disk (SQLite
  does not work over network file systems), so on a cluster a resolution must ask
  the worker that filled the cache it needs.
* **Local engine**: the driver process embeds (it holds the one model, and torch
  uses every core); the pool's workers read the same cache file. The pool starts
  its processes with `spawn`, not `fork`: forking a process that has torch's
  thread pools running can deadlock. ``jobs=1`` runs everything in the driver.
* **Ray engine**: one embedding actor per GPU in the cluster, each holding its
  model on its GPU, or one actor on CPU when there is no GPU; per-file and
  per-resolution work are Ray tasks, which ask their shard's actor for vectors.
  Ray is imported here only, when this engine is chosen, and is optional
  (``pip install 'align[ray]'``).
"""

from __future__ import annotations

import contextlib
import zlib
from collections.abc import Iterator, Mapping, Sequence
from concurrent.futures import Future, ProcessPoolExecutor, as_completed
from multiprocessing import get_context
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, Any, Protocol, Self

import numpy as np

from align.batch.grouping import Group, ParsedFile, parse_file
from align.batch.resolution import GroupResult, process_group
from align.errors import AlignError
from align.qa.options import QAOptions

if TYPE_CHECKING:  # pragma: no cover
    from align.embed.embedder import Embedder, Role

ENGINES = ("local", "ray")

#: Texts per call to the embedder: large enough for full model batches and few cache
#: transactions, small enough that progress moves and memory stays bounded.
EMBED_CHUNK = 4096


class EngineError(AlignError):
    """An engine cannot be used: unknown, Ray missing, a cluster that cannot be reached."""


class Engine(Protocol):
    """What :func:`align.batch.run.run_batch` needs from an engine."""

    #: The embedding model's signature, which the outputs and the manifests record.
    signature: str
    #: How many embedding shards :meth:`embed` takes (see :func:`shard_of`).
    shards: int

    def parse(self, paths: Sequence[Path]) -> Iterator[ParsedFile]:
        """Parse every file; results in completion order."""
        ...

    def embed(self, shards: Sequence[Sequence[str]]) -> Iterator[int]:
        """Embed the distinct texts of each shard into the cache; yield how many texts each step did."""
        ...

    def process(self, groups: Sequence[Group], qa: QAOptions) -> Iterator[GroupResult]:
        """Align, check (with ``qa``) and render each resolution; results in completion order."""
        ...

    def __enter__(self) -> Self: ...

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None, trace: TracebackType | None) -> None: ...


def make_engine(
    name: str, *, jobs: int | None = None, model: str | None = None, device: str = "auto", address: str | None = None
) -> Engine:
    """The engine called ``name`` (`local` or `ray`), not started yet: use it as a context manager."""
    if name == "local":
        if address is not None:
            raise EngineError("--address joins a Ray cluster: use it with --engine ray")
        return LocalEngine(jobs=jobs, model=model, device=device)
    if name == "ray":
        if jobs is not None:
            raise EngineError("--jobs sizes the local engine's pool; Ray runs as many tasks as the cluster has CPUs")
        return RayEngine(address=address, model=model, device=device)
    raise EngineError(f"unknown engine {name!r}; use one of: {', '.join(ENGINES)}")


def shard_of(group: str, shards: int) -> int:
    """The embedding shard of a resolution: stable across runs and processes (not :func:`hash`)."""
    return zlib.crc32(group.encode("utf-8")) % shards


def shard_texts(texts_by_group: Mapping[str, Sequence[str]], shards: int) -> list[list[str]]:
    """The distinct texts of each shard, each resolution's texts in its own shard."""
    found: list[dict[str, None]] = [{} for _ in range(shards)]
    for group, texts in texts_by_group.items():
        found[shard_of(group, shards)].update(dict.fromkeys(texts))
    return [list(texts) for texts in found]


def _chunks(texts: Sequence[str]) -> Iterator[list[str]]:
    for start in range(0, len(texts), EMBED_CHUNK):
        yield list(texts[start : start + EMBED_CHUNK])


# --------------------------------------------------------------------------- local


class LocalEngine:
    """A process pool of ``jobs`` workers (default: the cores this process may use).

    The driver embeds with :func:`align.embed.get_embedder` for ``model`` and
    ``device``; each worker opens its own embedder for the same model, behind the
    same cache file, and so finds there what the driver embedded.
    """

    shards = 1

    def __init__(self, jobs: int | None = None, model: str | None = None, device: str = "auto") -> None:
        from align.embed import get_embedder
        from align.embed.embedder import available_cores

        if jobs is not None and jobs < 1:
            raise EngineError(f"--jobs must be 1 or more, not {jobs}")
        self.jobs = jobs or available_cores()
        self.model, self.device = model, device
        self.embedder: Embedder = get_embedder(model, device=device)
        self.signature = self.embedder.signature
        self._pool: ProcessPoolExecutor | None = None

    def __enter__(self) -> Self:
        if self.jobs > 1:
            self._pool = ProcessPoolExecutor(
                max_workers=self.jobs,
                mp_context=get_context("spawn"),
                initializer=_start_worker,
                initargs=(self.model, self.device),
            )
        return self

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None, trace: TracebackType | None) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=error is None, cancel_futures=True)
            self._pool = None

    def parse(self, paths: Sequence[Path]) -> Iterator[ParsedFile]:
        if self._pool is None:
            yield from map(parse_file, paths)
            return
        yield from _completed([self._pool.submit(parse_file, str(path)) for path in paths])

    def embed(self, shards: Sequence[Sequence[str]]) -> Iterator[int]:
        for texts in shards:
            for chunk in _chunks(texts):
                self.embedder.embed(chunk, "passage")
                yield len(chunk)

    def process(self, groups: Sequence[Group], qa: QAOptions) -> Iterator[GroupResult]:
        if self._pool is None:
            yield from (process_group(group, self.embedder, qa) for group in groups)
            return
        yield from _completed([self._pool.submit(_process_in_worker, group, qa) for group in groups])


def _completed(futures: list[Future[Any]]) -> Iterator[Any]:
    """Results in completion order; the rest cancelled when the caller stops early (an interrupt)."""
    try:
        for future in as_completed(futures):
            yield future.result()
    finally:
        for future in futures:
            future.cancel()


#: A pool worker's embedder, opened once per process by :func:`_start_worker`.
_worker_embedder: Embedder | None = None


def _start_worker(model: str | None, device: str) -> None:
    global _worker_embedder
    from align.embed import get_embedder

    _worker_embedder = get_embedder(model, device=device)


def _process_in_worker(group: Group, qa: QAOptions) -> GroupResult:
    assert _worker_embedder is not None, "the pool's initializer opens the embedder"
    return process_group(group, _worker_embedder, qa)


# --------------------------------------------------------------------------- ray


class RayEngine:
    """Ray tasks for files and resolutions, Ray actors for embedding.

    Joins the cluster at ``address`` (``auto``: the one `ray start` runs on this
    machine), or uses the Ray instance this process already started, or starts a
    local one; only one it started itself is shut down at the end.
    """

    def __init__(self, address: str | None = None, model: str | None = None, device: str = "auto") -> None:
        try:
            import ray
        except ImportError:
            raise EngineError("--engine ray needs Ray, which is not installed: pip install 'align[ray]'") from None
        from align.embed import get_embedder

        self._ray = ray
        self.address, self.model, self.device = address, model, device
        self.signature = get_embedder(model, device=device).signature  # resolves the model; loads nothing
        self.shards = 0
        self._actors: list[Any] = []
        self._started = False

    def __enter__(self) -> Self:
        import logging

        ray = self._ray
        if not ray.is_initialized():
            try:
                ray.init(address=self.address, logging_level=logging.ERROR, log_to_driver=False)
            except (ConnectionError, RuntimeError, ValueError) as error:
                detail = str(error).strip().splitlines()[0] if str(error).strip() else type(error).__name__
                raise EngineError(f"cannot join the Ray cluster at {self.address or 'a new local instance'}: {detail}") from error
            self._started = True
        try:
            gpus = 0 if self.device == "cpu" else int(ray.cluster_resources().get("GPU", 0))
            actor = ray.remote(EmbeddingActor)
            if gpus:
                self._actors = [actor.options(num_gpus=1).remote(self.model, "cuda") for _ in range(gpus)]
            else:
                self._actors = [actor.options(num_cpus=1).remote(self.model, "cpu")]
            self.shards = len(self._actors)
        except BaseException:
            self.__exit__(None, None, None)
            raise
        return self

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None, trace: TracebackType | None) -> None:
        for actor in self._actors:
            self._ray.kill(actor)  # frees their GPUs on a shared cluster at once
        self._actors = []
        if self._started:
            self._ray.shutdown()
            self._started = False

    def parse(self, paths: Sequence[Path]) -> Iterator[ParsedFile]:
        task = self._ray.remote(parse_file)
        yield from self._completed([task.remote(str(path)) for path in paths])

    def embed(self, shards: Sequence[Sequence[str]]) -> Iterator[int]:
        refs = [self._actors[i].fill.remote(chunk) for i, texts in enumerate(shards) for chunk in _chunks(texts)]
        yield from self._completed(refs)

    def process(self, groups: Sequence[Group], qa: QAOptions) -> Iterator[GroupResult]:
        task = self._ray.remote(_process_with_actor)
        refs = [task.remote(g, self._actors[shard_of(g.name, self.shards)], self.signature, qa) for g in groups]
        yield from self._completed(refs)

    def _completed(self, refs: list[Any]) -> Iterator[Any]:
        """Results in completion order; the rest cancelled when the caller stops early."""
        pending = list(refs)
        try:
            while pending:
                done, pending = self._ray.wait(pending, num_returns=1)
                try:
                    result = self._ray.get(done[0])
                except self._ray.exceptions.RayTaskError as error:
                    if isinstance(error.cause, AlignError):  # a model missing on a node: one line, as locally
                        raise error.cause from None
                    raise
                yield result
        finally:
            for ref in pending:
                with contextlib.suppress(Exception):  # a task that ended meanwhile, or one Ray cannot cancel
                    self._ray.cancel(ref)


class EmbeddingActor:
    """Holds one embedder (its model loaded on the first cache miss) on one GPU or on the CPU."""

    def __init__(self, model: str | None, device: str) -> None:
        from align.embed import get_embedder

        self.embedder = get_embedder(model, device=device)

    def fill(self, texts: list[str]) -> int:
        """Embed ``texts`` into this machine's cache; only the count travels back."""
        self.embedder.embed(texts, "passage")
        return len(texts)

    def embed(self, texts: list[str], role: Role) -> np.ndarray:
        return self.embedder.embed(texts, role)

    def dimension(self) -> int:
        return self.embedder.dimension


class ActorEmbedder:
    """An :class:`~align.embed.embedder.Embedder` that asks an :class:`EmbeddingActor`: what a Ray task aligns with."""

    def __init__(self, actor: Any, signature: str) -> None:
        self.actor = actor
        self.signature = signature

    @property
    def dimension(self) -> int:
        import ray

        return int(ray.get(self.actor.dimension.remote()))

    def embed(self, texts: Sequence[str], role: Role = "passage") -> np.ndarray:
        import ray

        return ray.get(self.actor.embed.remote(list(texts), role))


def _process_with_actor(group: Group, actor: Any, signature: str, qa: QAOptions) -> GroupResult:
    return process_group(group, ActorEmbedder(actor, signature), qa)
