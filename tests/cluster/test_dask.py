"""The Dask engine: same records as a single-process run, a month-partitioned Parquet dataset."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pyarrow.dataset as ds
import pytest

from eventmill.api import extract_many
from eventmill.cluster.dask import (
    EVENTS_FOLDER,
    FAILURES_FILE,
    UNDATED,
    month_of,
    read_events,
    run,
)
from eventmill.errors import EventmillError
from eventmill.output.contract import records
from eventmill.read.sources import read_sources
from tests.conftest import EXAMPLES

COPIES = 2  # every example twice, under its own id, so there are more partitions than workers


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The bundled example articles as JSON Lines, plus one empty document that must fail."""
    path = tmp_path_factory.mktemp("corpus") / "examples.jsonl"
    rows = []
    for copy in range(COPIES):
        for example in sorted(EXAMPLES.glob("*.txt")):
            rows.append({"doc_id": f"{example.stem}-{copy}", "text": example.read_text(encoding="utf-8")})
    rows.insert(2, {"doc_id": "empty", "text": ""})
    path.write_text("".join(json.dumps(row) + "\n" for row in rows), encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def dask_run(corpus: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("dataset") / "out"
    summary = run([str(corpus)], out_dir=out, n_workers=2, partition_size=2)
    assert summary.partitions == 4 and summary.documents == 7
    return out


def _single_process(corpus: Path) -> list[dict[str, Any]]:
    rows = [row for article in extract_many(read_sources([str(corpus)])) for row in records(article, "events")]
    rows = json.loads(json.dumps(rows))  # the same JSON round trip the dataset's records took
    return sorted(rows, key=lambda row: (row["doc_id"], row["event_id"]))


@pytest.mark.model
@pytest.mark.cluster
def test_dask_run_writes_the_single_process_records(corpus: Path, dask_run: Path) -> None:
    expected = _single_process(corpus)
    assert expected, "the examples must code to some events for the comparison to mean anything"
    assert read_events(dask_run) == expected


@pytest.mark.model
@pytest.mark.cluster
def test_dask_run_partitions_events_by_month(dask_run: Path) -> None:
    dataset = ds.dataset(dask_run / EVENTS_FOLDER, partitioning="hive")
    table = dataset.to_table(columns=["month", "date", "date_precision", "doc_id"])
    months = set(table.column("month").to_pylist())
    assert {"2022-11", "2023-09", "2024-03"} <= months
    for month, date, precision in zip(*(table.column(c).to_pylist() for c in ("month", "date", "date_precision"))):
        assert month == month_of({"date": date, "date_precision": precision})


@pytest.mark.model
@pytest.mark.cluster
def test_dask_run_records_failures(dask_run: Path) -> None:
    failures = [json.loads(line) for line in (dask_run / FAILURES_FILE).read_text(encoding="utf-8").splitlines()]
    assert [(f["doc_id"], f["code"]) for f in failures] == [("empty", "EM001")]


def test_dask_run_refuses_a_folder_that_holds_files(tmp_path: Path, corpus: Path) -> None:
    (tmp_path / "earlier.parquet").write_bytes(b"")
    with pytest.raises(EventmillError, match="EM013"):
        run([str(corpus)], out_dir=tmp_path)


@pytest.mark.parametrize(("date", "precision", "month"), [
    ("2021-12-28", "day", "2021-12"),
    ("2021-12", "month", "2021-12"),
    ("2021", "year", UNDATED),
    (None, None, UNDATED),
])
def test_dask_month_of_partitions_by_event_month(date: str | None, precision: str | None, month: str) -> None:
    assert month_of({"date": date, "date_precision": precision}) == month
