"""The document facts an exported event cites: where it was reported, when, and under what title."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass


@dataclass(frozen=True)
class Citation:
    """A stored document's metadata, as exports (PLOVER citation info, GDELT's SOURCEURL) need it.

    Attributes:
        date: the document's publication date.
        source: where it came from (file path, outlet name).
    """

    doc_id: str
    date: dt.date | None
    source: str | None
    url: str | None
    title: str | None
