from __future__ import annotations

from pathlib import Path

import duckdb
import pyarrow.parquet as pq
import pytest

from eventmill.output import parquet
from eventmill.output.contract import records
from tests.store.articles import coded_article


@pytest.fixture()
def exported(tmp_path: Path) -> Path:
    path = tmp_path / "events.parquet"
    assert parquet.write(records(coded_article(), "events"), path) == 2
    return path


def test_parquet_reads_back_with_pyarrow_typed(exported: Path) -> None:
    table = pq.read_table(exported)
    assert table.schema == parquet.SCHEMA
    assert table.column("fatalities").to_pylist() == [2, None]
    assert table.column("location_lat").to_pylist() == [45.75, None]
    assert table.column("background").to_pylist() == [False, False]


def test_parquet_reads_back_with_duckdb(exported: Path) -> None:
    rows = duckdb.sql(f"SELECT type, actor_name, modality FROM read_parquet('{exported}') ORDER BY type").fetchall()
    assert rows == [("ASSAULT", "border guards", "asserted"), ("MOBILIZE", "China and Russia", "negated")]


def test_parquet_empty_export_is_a_valid_file(tmp_path: Path) -> None:
    path = tmp_path / "none.parquet"
    assert parquet.write([], path) == 0
    assert pq.read_table(path).num_rows == 0


def test_parquet_writes_several_row_groups(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(parquet, "ROW_GROUP", 1)
    path = tmp_path / "groups.parquet"
    assert parquet.write(records(coded_article(), "events") * 3, path) == 6
    assert pq.ParquetFile(path).num_row_groups == 6
