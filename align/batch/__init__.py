"""Whole archives: `align batch` over folders of resolutions, on a process pool or a Ray cluster.

:func:`run_batch` is the entry point; :func:`make_engine` gives the engine it runs on.
The modules, in the order a batch uses them: :mod:`.grouping` (files into
resolutions), :mod:`.engines` (where the work runs), :mod:`.resolution` (the work
on one resolution), :mod:`.outputs` (a resolution's folder and manifest),
:mod:`.summary` (summary.csv, rejected.csv, index.html), :mod:`.progress`, and
:mod:`.run`, which ties them together.
"""

from align.batch.engines import (
    ENGINES,
    EngineError,
    LocalEngine,
    RayEngine,
    make_engine,
)
from align.batch.run import BatchResult, run_batch

__all__ = ["ENGINES", "BatchResult", "EngineError", "LocalEngine", "RayEngine", "make_engine", "run_batch"]
