"""Reports to cluster, read from a store or from JSON Lines of contract records.

The JSON Lines form is what `eventmill extract --format jsonl` writes, so clustering and
analytics work on a corpus without a store; the store adds each document's outlet, which
makes independent-source counts meaningful.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from pathlib import Path

from eventmill.dedup.reports import Report, report_from_record
from eventmill.store.duckdb import Store
from eventmill.store.queries import EventQuery, events_with_documents


def reports_from_jsonl(paths: Iterable[Path]) -> Iterator[Report]:
    """Reports from files of event records, one JSON object a line (blank lines skipped).

    Raises:
        ValueError: a line is not JSON or not an event record; the message names file and line.
    """
    for path in paths:
        with path.open(encoding="utf-8") as lines:
            for number, line in enumerate(lines, start=1):
                if not line.strip():
                    continue
                try:
                    yield report_from_record(json.loads(line))
                except (json.JSONDecodeError, KeyError, TypeError) as error:
                    raise ValueError(f"{path}:{number}: not an event record ({error})") from error


def reports_from_store(store: Store, query: EventQuery = EventQuery()) -> Iterator[Report]:
    """Reports of the stored events that match `query`, each credited to its document's outlet."""
    for record, info in events_with_documents(store, query):
        yield report_from_record(record, source=info.source)
