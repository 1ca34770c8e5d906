"""The ingest and retry library functions, with the real pipeline."""

from __future__ import annotations

import csv
import io
import os
from pathlib import Path

import pytest

from eventmill.model import Document
from eventmill.read.sources import read_sources
from eventmill.store.duckdb import Store
from eventmill.store.ingest import IngestReport, ingest, retry
from tests.conftest import GOLD

pytestmark = pytest.mark.model

AID = "Kenya sent 200 tonnes of food aid to Somalia on Wednesday."


def test_ingest_reports_and_calls_back_per_batch(tmp_path: Path) -> None:
    documents = [Document(f"d{n}", f"date 2023-04-08\n{AID.replace('200', str(n + 1))}") for n in range(5)]
    commits: list[IngestReport] = []
    with Store(tmp_path / "i.duckdb") as store:
        report = ingest(documents, store, batch_size=2, on_commit=commits.append)
        again = ingest(documents, store)
    assert (report.stored, report.unchanged, report.failed) == (5, 0, 0) and report.events >= 5
    assert [c.stored for c in commits] == [2, 4, 5]
    assert (again.stored, again.unchanged) == (0, 5)


def test_retry_of_a_csv_row_rereads_its_fixed_file(tmp_path: Path) -> None:
    path = tmp_path / "news.csv"

    def write(date: str) -> None:
        buffer = io.StringIO()
        csv.writer(buffer).writerows([["id", "date", "text"], ["ok", "2023-04-08", AID], ["late", date, AID + " Again."]])
        path.write_text(buffer.getvalue(), encoding="utf-8")

    write("2023-04-31")
    with Store(tmp_path / "r.duckdb") as store:
        first = ingest(read_sources([str(path)]), store)
        write("2023-04-30")
        report = retry(store.failures(), store)
        assert (first.stored, first.failed) == (1, 1)
        assert (report.retried, report.resolved, report.ingest.stored, report.ingest.unchanged) == (1, 1, 1, 1)
        assert store.failures() == [] and store.counts()["documents"] == 2


@pytest.mark.slow
@pytest.mark.gold
@pytest.mark.skipif(not os.environ.get("EVENTMILL_SLOW_TESTS"),
                    reason="codes all 2,500 gold documents twice (minutes); set EVENTMILL_SLOW_TESTS=1 to run")
def test_ingest_gold_dev_twice_leaves_the_row_counts_of_once(tmp_path: Path) -> None:
    paths = sorted(str(p) for p in GOLD.glob("*.jsonl")) if GOLD.exists() else []
    if not paths:
        pytest.skip(f"gold sets in {GOLD} not available (../shared is absent)")
    with Store(tmp_path / "gold.duckdb") as store:
        ingest(read_sources(paths), store)
        once = store.counts()
        second = ingest(read_sources(paths), store)
        assert store.counts() == once
    assert second.stored == 0 and once["documents"] > 0
