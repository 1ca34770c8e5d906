"""`eventmill export` through the CLI runner: every format written from the store and read back."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import duckdb
import pyarrow.parquet as pq
import pytest
from click.testing import CliRunner
from jsonschema import Draft202012Validator

from eventmill.cli.app import cli
from eventmill.data_files import builtin
from eventmill.output import plover
from eventmill.store.duckdb import Store
from eventmill.store.queries import events
from tests.cli.corpus import ingested_store

pytestmark = pytest.mark.model


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return ingested_store(tmp_path_factory.mktemp("export"))


@pytest.fixture(scope="module")
def stored(db: Path) -> list[dict]:
    with Store(db, read_only=True) as store:
        return events(store)


def export(db: Path, out: Path, output_format: str, *filters: str) -> Path:
    result = CliRunner().invoke(cli, ["export", "--db", str(db), "--format", output_format, "--out", str(out), *filters])
    assert result.exit_code == 0, result.output
    return out


def test_export_jsonl_is_every_stored_record(db: Path, stored: list[dict], tmp_path: Path) -> None:
    lines = export(db, tmp_path / "e.jsonl", "jsonl").read_text(encoding="utf-8").splitlines()
    assert [json.loads(line) for line in lines] == stored


def test_export_csv_has_a_row_per_event(db: Path, stored: list[dict], tmp_path: Path) -> None:
    with export(db, tmp_path / "e.csv", "csv").open(encoding="utf-8") as handle:
        assert [row["event_id"] for row in csv.DictReader(handle)] == [e["event_id"] for e in stored]


def test_export_parquet_reads_back_with_duckdb_and_pyarrow(db: Path, stored: list[dict], tmp_path: Path) -> None:
    path = export(db, tmp_path / "e.parquet", "parquet")
    assert pq.read_table(path).column("event_id").to_pylist() == [e["event_id"] for e in stored]
    assert duckdb.sql(f"SELECT count(*) FROM read_parquet('{path}')").fetchall() == [(len(stored),)]


def test_export_plover_validates_against_its_schema(db: Path, stored: list[dict], tmp_path: Path) -> None:
    exported = json.loads(export(db, tmp_path / "e.json", "plover").read_text(encoding="utf-8"))
    validator = Draft202012Validator(json.loads(builtin(plover.SCHEMA_FILE).read_text(encoding="utf-8")))
    assert len(exported) == len(stored)  # every test document is dated
    assert all(not list(validator.iter_errors(record)) for record in exported)


def test_export_cameo_writes_asserted_events_with_filters(db: Path, stored: list[dict], tmp_path: Path) -> None:
    with export(db, tmp_path / "e.tsv", "cameo", "--type", "ASSAULT").open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle, delimiter="\t"))
    expected = [e for e in stored if e["type"] == "ASSAULT" and e["modality"] == "asserted"]
    assert [row["GLOBALEVENTID"] for row in rows] == [e["event_id"] for e in expected]
    assert rows and {row["QuadClass"] for row in rows} == {"4"}
