"""Code a corpus on a Dask cluster and write events as a Parquet dataset partitioned by month.

The client reads the input lazily and cuts it into partitions of documents; each Dask worker
process builds the Pipeline once (the same per-process cache `Pipeline.from_settings` uses
everywhere) and sends back plain contract dicts, never Articles or spaCy objects. The client
keeps a bounded number of partitions in flight, so memory is flat on any corpus, and writes
each finished partition as its own Parquet files under `events/month=YYYY-MM/`, a hive
layout DuckDB, Spark, pandas and pyarrow read directly. Part files are named by partition
number, so the dataset is the same whichever worker finishes first. This is the only module
that imports Dask.
"""

from __future__ import annotations

import json
import threading
from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from itertools import islice
from pathlib import Path
from typing import Any

import pyarrow as pa  # type: ignore[import-untyped]
import pyarrow.parquet as pq  # type: ignore[import-untyped]
from distributed import Client, LocalCluster, as_completed

from eventmill.errors import EventmillError
from eventmill.model import Document, Failure
from eventmill.output.contract import CONTRACT_VERSION, records
from eventmill.pipeline import Pipeline
from eventmill.read.sources import ReadOptions, read_sources
from eventmill.settings import Settings

EVENTS_FOLDER = "events"
FAILURES_FILE = "failures.jsonl"
# The hive partition of events with no date, or a date known only to the year.
UNDATED = "undated"
DEFAULT_PARTITION_SIZE = 64
# Partitions in flight per worker thread: one running, one queued.
PARTITIONS_PER_THREAD = 2

# One column per scalar a query filters on; `record` keeps the whole contract object as JSON,
# so nothing the contract says is lost to the flat layout.
EVENT_SCHEMA = pa.schema(
    [
        ("doc_id", pa.string()), ("event_id", pa.string()), ("type", pa.string()),
        ("date", pa.string()), ("date_precision", pa.string()),
        ("actor_name", pa.string()), ("actor_country", pa.string()), ("actor_sector", pa.string()),
        ("recipient_name", pa.string()), ("recipient_country", pa.string()),
        ("recipient_sector", pa.string()),
        ("location_name", pa.string()), ("location_country", pa.string()),
        ("lat", pa.float64()), ("lon", pa.float64()),
        ("fatalities", pa.int64()), ("injuries", pa.int64()), ("arrests", pa.int64()),
        ("modality", pa.string()), ("confidence", pa.float64()), ("evidence", pa.string()),
        ("record", pa.string()),
    ],
    metadata={"eventmill_contract_version": CONTRACT_VERSION},
)

# Dask may run several tasks on one worker process in threads; they share its one Pipeline.
_pipeline_lock = threading.Lock()


@dataclass(frozen=True)
class RunSummary:
    """What a distributed run did: counts for the closing line, and where it wrote."""

    documents: int
    events: int
    failures: int
    partitions: int
    out_dir: Path


def run(paths: Sequence[str], *, out_dir: Path, scheduler: str | None = None, n_workers: int = 2,
        settings: Settings = Settings(), read_options: ReadOptions | None = None,
        partition_size: int = DEFAULT_PARTITION_SIZE) -> RunSummary:
    """Code `paths` on a Dask cluster and write the events dataset under `out_dir`.

    Args:
        paths: files, folders, globs or "-", as `eventmill extract` takes them.
        out_dir: a new or empty folder; gets `events/month=YYYY-MM/part-*.parquet` and
            `failures.jsonl`.
        scheduler: address of a running scheduler ("tcp://host:8786"); without it a local
            cluster of `n_workers` single-threaded processes is started and stopped.
        partition_size: documents per task.

    Raises:
        EventmillError: EM013 when `out_dir` already holds files, so no run mixes with another.
    """
    out_dir = Path(out_dir)
    if out_dir.exists() and any(out_dir.iterdir()):
        raise EventmillError("EM013", path=str(out_dir))
    (out_dir / EVENTS_FOLDER).mkdir(parents=True, exist_ok=True)
    options = read_options or ReadOptions(max_bytes=settings.max_bytes)
    documents = read_sources(list(paths), options=options)
    if scheduler is not None:
        with Client(scheduler) as client:  # type: ignore[no-untyped-call]
            return _run_on(client, documents, out_dir, settings, partition_size)
    with LocalCluster(n_workers=n_workers, threads_per_worker=1, processes=True,  # type: ignore[no-untyped-call]
                      dashboard_address=None) as cluster, Client(cluster) as client:  # type: ignore[no-untyped-call]
        return _run_on(client, documents, out_dir, settings, partition_size)


def read_events(out_dir: Path) -> list[dict[str, Any]]:
    """Every event record of a run's dataset as contract dicts, ordered by document and event id."""
    table = pq.read_table(Path(out_dir) / EVENTS_FOLDER, columns=["record"])
    rows = [json.loads(text) for text in table.column("record").to_pylist()]
    return sorted(rows, key=lambda row: (row["doc_id"], row["event_id"]))


def code_partition(settings: Settings, documents: list[Document | Failure]) -> dict[str, Any]:
    """Worker task: code documents with this process's Pipeline; return plain records.

    Returns:
        {"documents": n, "events": [contract dicts], "failures": [failure dicts]}.
    """
    events: list[dict[str, Any]] = []
    failures: list[dict[str, str]] = []
    with _pipeline_lock:
        for article in Pipeline.from_settings(settings).pipe(documents):
            events.extend(records(article, "events"))
            failures.extend({"doc_id": f.doc_id, "stage": f.stage, "code": f.code, "reason": f.reason}
                            for f in article.failures)
    return {"documents": len(documents), "events": events, "failures": failures}


def month_of(event: dict[str, Any]) -> str:
    """The event's hive partition: "YYYY-MM" for day or month dates, else `UNDATED`."""
    if event["date"] and event["date_precision"] in ("day", "month"):
        return str(event["date"])[:7]
    return UNDATED


def _run_on(client: Client, documents: Iterable[Document | Failure], out_dir: Path, settings: Settings,
            partition_size: int) -> RunSummary:
    threads = max(1, sum(client.nthreads().values()))  # type: ignore[no-untyped-call]
    window = threads * PARTITIONS_PER_THREAD
    pending = as_completed()  # type: ignore[no-untyped-call]
    numbers: dict[Any, int] = {}  # partition number by task key
    totals = {"documents": 0, "events": 0, "failures": 0, "partitions": 0}
    with (out_dir / FAILURES_FILE).open("w", encoding="utf-8") as failures_out:
        def collect(future: Any) -> None:
            result = future.result()
            _write_partition(out_dir, numbers.pop(future.key), result["events"])
            for failure in result["failures"]:
                failures_out.write(json.dumps(failure) + "\n")
            totals["documents"] += result["documents"]
            totals["events"] += len(result["events"])
            totals["failures"] += len(result["failures"])
            totals["partitions"] += 1

        for number, partition in enumerate(_partitions(documents, partition_size)):
            future = client.submit(code_partition, settings, partition, pure=False)
            numbers[future.key] = number
            pending.add(future)  # type: ignore[no-untyped-call]
            while pending.count() >= window:  # type: ignore[no-untyped-call]
                collect(next(pending))
        for future in pending:
            collect(future)
    return RunSummary(out_dir=out_dir, **totals)


def _write_partition(out_dir: Path, number: int, events: list[dict[str, Any]]) -> None:
    by_month: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for event in events:
        by_month[month_of(event)].append(event)
    for month, rows in by_month.items():
        folder = out_dir / EVENTS_FOLDER / f"month={month}"
        folder.mkdir(exist_ok=True)
        table = pa.Table.from_pylist([_flat(row) for row in rows], schema=EVENT_SCHEMA)
        pq.write_table(table, folder / f"part-{number:06d}.parquet")


def _flat(event: dict[str, Any]) -> dict[str, Any]:
    actor = event["actor"] or {}
    recipient = event["recipient"] or {}
    location = event["location"] or {}
    return {
        "doc_id": event["doc_id"], "event_id": event["event_id"], "type": event["type"],
        "date": event["date"], "date_precision": event["date_precision"],
        "actor_name": actor.get("name"), "actor_country": actor.get("country"),
        "actor_sector": actor.get("sector"),
        "recipient_name": recipient.get("name"), "recipient_country": recipient.get("country"),
        "recipient_sector": recipient.get("sector"),
        "location_name": location.get("name"), "location_country": location.get("country"),
        "lat": location.get("lat"), "lon": location.get("lon"),
        "fatalities": event["fatalities"], "injuries": event["injuries"], "arrests": event["arrests"],
        "modality": event["modality"], "confidence": event["confidence"],
        "evidence": event["evidence"]["sentence"],
        "record": json.dumps(event, ensure_ascii=False, sort_keys=True),
    }


def _partitions(documents: Iterable[Document | Failure], size: int) -> Iterator[list[Document | Failure]]:
    stream = iter(documents)
    while partition := list(islice(stream, size)):
        yield partition
