"""How a batch tells the user where it is: one bar per phase on stderr, or nothing.

:func:`align.batch.run.run_batch` reports to a :class:`Progress`; the library
default says nothing, and the CLI passes a :class:`RichProgress` on its stderr
console, so that stdout stays free and a batch run from a script is silent.
"""

from __future__ import annotations

from types import TracebackType
from typing import Literal, Protocol, Self

from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    TaskID,
    TextColumn,
    TimeElapsedColumn,
    TimeRemainingColumn,
)
from rich.progress import Progress as RichBars

Phase = Literal["parse", "embed", "resolutions"]

_LABELS: dict[Phase, str] = {"parse": "parsing files", "embed": "embedding texts", "resolutions": "resolutions"}


class Progress(Protocol):
    """What a batch reports: a phase starts with its size, then advances."""

    def start(self, phase: Phase, total: int) -> None: ...

    def advance(self, phase: Phase, amount: int = 1, *, findings: int = 0, errors: int = 0) -> None:
        """``amount`` more done; for resolutions, with the findings (and errors) they brought."""
        ...


class SilentProgress:
    """Reports nothing: the library's default."""

    def start(self, phase: Phase, total: int) -> None:
        pass

    def advance(self, phase: Phase, amount: int = 1, *, findings: int = 0, errors: int = 0) -> None:
        pass


class RichProgress:
    """Bars on ``console`` (stderr): done/total, elapsed, ETA, and the findings so far on the resolutions bar."""

    def __init__(self, console: Console) -> None:
        self._bars = RichBars(
            TextColumn("{task.description:<16}"),
            BarColumn(),
            MofNCompleteColumn(),
            TimeElapsedColumn(),
            TextColumn("eta"),
            TimeRemainingColumn(),
            TextColumn("{task.fields[note]}"),
            console=console,
            transient=True,  # the batch's summary line replaces the bars, and errors stay one line
        )
        self._tasks: dict[Phase, TaskID] = {}
        self._findings = self._errors = 0

    def __enter__(self) -> Self:
        self._bars.start()
        return self

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None, trace: TracebackType | None) -> None:
        self._bars.stop()

    def start(self, phase: Phase, total: int) -> None:
        self._tasks[phase] = self._bars.add_task(_LABELS[phase], total=total, note="")

    def advance(self, phase: Phase, amount: int = 1, *, findings: int = 0, errors: int = 0) -> None:
        note = ""
        if phase == "resolutions":
            self._findings += findings
            self._errors += errors
            note = f"{self._findings} findings, {self._errors} errors"
        self._bars.update(self._tasks[phase], advance=amount, note=note)
