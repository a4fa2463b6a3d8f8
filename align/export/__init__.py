"""Exports of an alignment: CSV, TSV and JSONL (tabular); more formats for translation tools to come."""

from align.export.tabular import export, write_rows

__all__ = ["export", "write_rows"]
