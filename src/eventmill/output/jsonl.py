"""Write contract records as JSON Lines: one object per line, UTF-8, keys in contract order."""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any, TextIO


def write(records: Iterable[dict[str, Any]], stream: TextIO) -> int:
    """Write each record on its own line; returns how many were written."""
    count = 0
    for record in records:
        stream.write(json.dumps(record, ensure_ascii=False) + "\n")
        count += 1
    return count
