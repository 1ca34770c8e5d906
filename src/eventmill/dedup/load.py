"""Reports to cluster, read from a store or from JSON Lines of contract records.

The JSON Lines form is what `eventmill extract --format jsonl` writes, so clustering and
analytics work on a corpus without a store; the store adds each document's outlet, which
makes independent-source counts meaningful.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

from eventmill.dedup.cluster import cluster
from eventmill.dedup.records import Duplication, cluster_record, duplication
from eventmill.dedup.reports import Report, date_span, report_from_record
from eventmill.store.duckdb import Store
from eventmill.store.queries import EventQuery, events_with_documents

ALL_EVENTS = EventQuery()


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


def reports_from_store(store: Store, query: EventQuery = ALL_EVENTS) -> Iterator[Report]:
    """Reports of the stored events that match `query`, each credited to its document's outlet."""
    for record, info in events_with_documents(store, query):
        yield report_from_record(record, source=info.source)


def merged_events(store: Store, query: EventQuery = ALL_EVENTS) -> list[dict[str, Any]]:
    """The stored reports that match `query`, clustered into events, as records ordered by date.

    The filters choose reports; `query.limit` counts events, not reports.
    """
    clusters = cluster(reports_from_store(store, replace(query, limit=None)))
    ordered = sorted(clusters, key=lambda c: (c.date is None, date_span(c.date)[0] if c.date else None, c.cluster_id))
    return [cluster_record(c) for c in ordered[: query.limit]]


def store_duplication(store: Store) -> Duplication:
    """How much the whole store repeats itself: reports per event, events told by several outlets."""
    return duplication(cluster(reports_from_store(store)))
