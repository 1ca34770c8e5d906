"""`eventmill stats` through the CLI runner, checked against `store.queries.stats`."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from eventmill.cli.app import cli
from eventmill.store.duckdb import Store
from eventmill.store.queries import stats
from tests.cli.corpus import ingested_store

pytestmark = pytest.mark.model


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return ingested_store(tmp_path_factory.mktemp("stats"))


def test_stats_json_matches_the_library(db: Path) -> None:
    result = CliRunner().invoke(cli, ["stats", "--db", str(db), "--format", "json"])
    with Store(db, read_only=True) as store:
        expected = stats(store)
    found = json.loads(result.stdout)
    assert found["counts"] == expected.counts and found["counts"]["documents"] == 7
    assert [tuple(pair) for pair in found["event_types"]] == expected.event_types
    assert found["first_event_day"] == str(expected.first_event_day)


def test_stats_table_lists_rows_types_and_failures(db: Path) -> None:
    output = CliRunner().invoke(cli, ["stats", "--db", str(db)]).stdout
    assert output.startswith("rows: documents 7, events")
    assert "event types:" in output and "failures:" in output and "EM005" in output
