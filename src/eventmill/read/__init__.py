"""① Reading: bytes from files, folders, globs and stdin become Documents (or Failures)."""

from __future__ import annotations

from eventmill.read.ids import document_id
from eventmill.read.jsonl import read_jsonl
from eventmill.read.sources import READERS, SUFFIXES, ReadOptions, read_sources
from eventmill.read.text import read_text

__all__ = ["READERS", "SUFFIXES", "ReadOptions", "document_id", "read_jsonl", "read_sources", "read_text"]
