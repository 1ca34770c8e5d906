"""`eventmill failures` and `eventmill retry` through the CLI runner, checked through the store."""

from __future__ import annotations

import base64
import json
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from eventmill.cli.app import cli
from eventmill.cli.extract import EXIT_SOME_FAILED
from eventmill.store.duckdb import Store
from tests.cli.corpus import BAD_LINES, ingested_store

pytestmark = pytest.mark.model


@pytest.fixture()
def db(tmp_path_factory: pytest.TempPathFactory, tmp_path: Path) -> Path:
    built = ingested_store(tmp_path_factory.mktemp("failures"))
    copy = tmp_path / "copy.duckdb"
    shutil.copy(built, copy)
    return copy


def failure_codes(db: Path) -> dict[str, str]:
    with Store(db, read_only=True) as store:
        return {f.doc_id.rsplit("/", 1)[-1]: f.code for f in store.failures()}


def test_failures_lists_one_line_each_with_reason(db: Path) -> None:
    result = CliRunner().invoke(cli, ["failures", "--db", str(db)])
    lines = result.stdout.splitlines()
    assert len(lines) == len(failure_codes(db)) == len(BAD_LINES) + 3
    assert any("EM006: bad date '2023-02-30'" in line and "bad-date" in line for line in lines)


def test_failures_jsonl_carries_the_raw_bytes(db: Path) -> None:
    result = CliRunner().invoke(cli, ["failures", "--db", str(db), "--format", "jsonl"])
    rows = {row["doc_id"]: row for row in map(json.loads, result.stdout.splitlines())}
    assert base64.b64decode(rows["no-text"]["raw"]) == BAD_LINES[-1][1] + b"\n"


def test_retry_with_a_larger_limit_resolves_the_oversized_document_only(db: Path) -> None:
    result = CliRunner().invoke(cli, ["retry", "--db", str(db)])
    assert result.exit_code == EXIT_SOME_FAILED and "1 resolved" in result.stderr
    remaining = failure_codes(db)
    assert "mixed.jsonl:5" not in remaining and len(remaining) == len(BAD_LINES) + 2
    with Store(db, read_only=True) as store:
        assert store.rows("SELECT count(*) AS n FROM documents WHERE doc_id = 'oversized'")[0]["n"] == 1


def test_retry_of_a_fixed_file_resolves_it(db: Path) -> None:
    with Store(db, read_only=True) as store:
        latin = next(f for f in store.failures() if f.doc_id.endswith("latin.txt"))
    Path(latin.doc_id).write_text("date 2023-04-08\nKenya sent food aid to Somalia on Wednesday.", encoding="utf-8")
    result = CliRunner().invoke(cli, ["retry", latin.failure_id, "--db", str(db)])
    assert result.exit_code == 0 and "1 resolved" in result.stderr
    assert "latin.txt" not in failure_codes(db)
