"""The library's one error type.

Every failure a user can cause (a missing file, a binary file, a text that is not a
resolution, a model that is not there) raises an :class:`AlignError` whose message
is one line that names the input and says what to do. The CLI catches it once,
prints the message and exits with status 2; nothing else turns into a traceback.
"""

from __future__ import annotations


class AlignError(Exception):
    """Base of every error the library raises on purpose."""

    exit_code = 2


class InputError(AlignError):
    """An input file cannot be read or is not a resolution."""


class ModelError(AlignError):
    """An embedding model cannot be found, built or loaded."""


class AlignmentError(AlignError):
    """The versions given cannot be aligned (not the same resolution, unknown pivot, ...)."""


class AlignWarning(UserWarning):
    """Something was wrong and has been mended (a damaged cache rebuilt): the CLI prints it as one line."""
