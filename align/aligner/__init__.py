"""The aligner: arrays in, units out; it never loads a model.

:func:`segments` says what to embed for each document, :func:`align_documents` takes the
vectors and returns an :class:`~align.model.Alignment`. Below it: :mod:`.scores` (margin,
number and length evidence), :mod:`.dp` (the banded search), :mod:`.units` (n-way units),
:mod:`.baselines` (what the aligner is measured against), :mod:`.evaluate` (link scores against
gold files), :mod:`.damaged` (damaged copies of real pairs, with their gold).
"""

from align.aligner.config import DEFAULT_CONFIG, AlignerConfig, config_for_model
from align.aligner.documents import align_documents, check_versions, one_version
from align.aligner.segments import Segment, line_document, segments

__all__ = ["DEFAULT_CONFIG", "AlignerConfig", "Segment", "align_documents", "check_versions", "config_for_model", "line_document", "one_version", "segments"]
