"""`eventmill events` through the CLI runner, checked against the store's query functions."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from eventmill.cli.app import cli
from eventmill.store.duckdb import Store
from eventmill.store.queries import EventQuery, events
from tests.cli.corpus import ingested_store

pytestmark = pytest.mark.model


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return ingested_store(tmp_path_factory.mktemp("events"))


def run(db: Path, *args: str) -> str:
    result = CliRunner().invoke(cli, ["events", "--db", str(db), *args])
    assert result.exit_code == 0, result.output
    return result.stdout


@pytest.mark.parametrize(
    ("args", "query"),
    [
        ((), EventQuery()),
        (("--type", "assault"), EventQuery(type="ASSAULT")),
        (("--actor", "kenya"), EventQuery(actor="kenya")),
        (("--country", "som"), EventQuery(country="SOM")),
        (("--since", "2023-04-05", "--until", "2023-04-06"), EventQuery(since=__import__("datetime").date(2023, 4, 5),
                                                                         until=__import__("datetime").date(2023, 4, 6))),
        (("--doc", "lima-1"), EventQuery(doc_id="lima-1")),
    ],
)
def test_events_jsonl_is_what_the_query_returns(db: Path, args: tuple[str, ...], query: EventQuery) -> None:
    with Store(db, read_only=True) as store:
        expected = events(store, query)
    assert expected or args == ("--since", "2023-04-05", "--until", "2023-04-06")
    assert [json.loads(line) for line in run(db, *args, "--format", "jsonl").splitlines()] == expected


def test_events_csv_has_one_row_per_event(db: Path) -> None:
    rows = list(csv.DictReader(io.StringIO(run(db, "--format", "csv", "--type", "AID"))))
    assert rows and {row["type"] for row in rows} == {"AID"}


def test_events_table_shows_a_header_and_rows(db: Path) -> None:
    lines = run(db, "--limit", "2").splitlines()
    assert lines[0].startswith("date") and len(lines) == 4


def test_events_missing_store_is_a_one_line_error(tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, ["events", "--db", str(tmp_path / "none.duckdb")])
    assert result.exit_code == 1 and "cannot open store" in result.stderr and "Traceback" not in result.stderr
