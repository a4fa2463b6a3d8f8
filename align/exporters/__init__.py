"""Exports of an alignment (CSV, TSV, JSONL, TMX) and of QA findings (JSON, CSV, XLSX, HTML).

Named `exporters`, not `export`: a subpackage `align.export` would rebind the name
`align.export` to itself on import and hide the public function :func:`align.export`.
"""

from align.exporters.tabular import export, write_rows

__all__ = ["export", "write_rows"]
