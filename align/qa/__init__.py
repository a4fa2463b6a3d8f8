"""Translator QA: the places where a version of a resolution departs from the others.

``run_checks(alignment)`` runs the registered checks (:mod:`align.qa.registry`) and
returns :class:`~align.model.Finding` objects, worst first. Each check is one
module; :mod:`align.qa.base` says what a check is and how findings are named.
"""

from __future__ import annotations

from align.qa.base import Check, QAContext
from align.qa.registry import CHECKS, CheckError, read_ignore_file, run_checks

__all__ = ["CHECKS", "Check", "CheckError", "QAContext", "read_ignore_file", "run_checks"]
