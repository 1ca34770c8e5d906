"""`eventmill ingest` through the CLI runner and a real subprocess, checked through the store."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from eventmill.cli.app import cli
from eventmill.cli.extract import EXIT_SOME_FAILED
from eventmill.store.duckdb import Store
from eventmill.store.queries import events
from tests.cli.corpus import (
    ARREST,
    BAD_LINES,
    MAX_BYTES,
    formats_folder,
    good_lines,
    mixed_folder,
)
from tests.conftest import REPO

pytestmark = pytest.mark.model


def ingest(*args: str) -> Result:
    return CliRunner().invoke(cli, ["ingest", *args])


def stored(db: Path) -> tuple[dict[str, int], list[tuple[str, str, str]]]:
    with Store(db, read_only=True) as store:
        return store.counts(), sorted((e["doc_id"], e["event_id"], json.dumps(e, sort_keys=True)) for e in events(store))


def test_ingest_every_format_stores_documents_and_events(tmp_path: Path) -> None:
    db = tmp_path / "f.duckdb"
    result = ingest(str(formats_folder(tmp_path / "in")), "--db", str(db))
    assert result.exit_code == 0, result.stderr
    with Store(db, read_only=True) as store:
        documents = {r["source"].rsplit("/", 1)[-1]: r for r in store.rows("SELECT * FROM documents")}
        found = {(e["type"], (e["actor"] or {}).get("name")) for e in events(store)}
    assert sorted(documents) == ["arrest.txt", "crawl.warc.gz", "raid.html", "table.csv"]
    assert documents["crawl.warc.gz"]["url"] == "https://example.org/aid"
    assert documents["raid.html"]["title"] == "Raid near Goma" and str(documents["raid.html"]["date"]) == "2023-04-06"
    assert {("COERCE", "Police"), ("ASSAULT", "Rebels"), ("AID", "Kenya")} <= found


def test_ingest_mixed_good_and_bad_input_stores_all_good_and_records_every_bad(tmp_path: Path) -> None:
    db = tmp_path / "m.duckdb"
    result = ingest(str(mixed_folder(tmp_path / "in")), "--db", str(db), "--max-bytes", MAX_BYTES)
    assert result.exit_code == EXIT_SOME_FAILED
    assert "Traceback" not in result.output + result.stderr
    with Store(db, read_only=True) as store:
        documents = {r["doc_id"] for r in store.rows("SELECT doc_id FROM documents")}
        failures = {(f.doc_id.rsplit("/", 1)[-1], f.code) for f in store.failures()}
        raws = {f.doc_id.rsplit("/", 1)[-1]: f.raw for f in store.failures()}
    assert documents == {"lima-1", "goma-1", "aid-1"}
    expected = {(doc_id, code) for doc_id, _, code in BAD_LINES} | {("empty.txt", "EM001"), ("image.txt", "EM003"),
                                                                    ("latin.txt", "EM006")}
    assert failures == expected
    assert raws["no-text"] == BAD_LINES[-1][1] + b"\n" and raws["image.txt"].startswith(b"\x89PNG")
    reason_lines = [line for line in result.stderr.splitlines() if ": EM0" in line]
    assert len(reason_lines) == len(expected)
    assert "3 documents stored" in result.stderr and f"{len(expected)} failed" in result.stderr


def test_ingest_twice_adds_nothing_and_says_unchanged(tmp_path: Path) -> None:
    db, folder = tmp_path / "t.duckdb", mixed_folder(tmp_path / "in")
    ingest(str(folder), "--db", str(db), "--max-bytes", MAX_BYTES)
    first = stored(db)
    again = ingest(str(folder), "--db", str(db), "--max-bytes", MAX_BYTES)
    assert stored(db) == first
    assert "0 documents stored (0 events), 3 unchanged" in again.stderr


def test_ingest_changed_document_replaces_its_records(tmp_path: Path) -> None:
    db, path = tmp_path / "c.duckdb", tmp_path / "news.jsonl"
    path.write_bytes(good_lines()[0] + b"\n")
    ingest(str(path), "--db", str(db))
    path.write_text(json.dumps({"id": "lima-1", "date": "2023-04-08",
                                "text": "Kenya sent 200 tonnes of food aid to Somalia on Wednesday."}) + "\n")
    ingest(str(path), "--db", str(db))
    counts, records = stored(db)
    assert counts["documents"] == 1
    assert {json.loads(r)["type"] for _, _, r in records} == {"AID"}


def test_ingest_restart_after_sigkill_gives_the_records_of_an_uninterrupted_run(tmp_path: Path) -> None:
    folder = tmp_path / "many"
    folder.mkdir()
    for number in range(60):
        (folder / f"{number:03}.txt").write_text(f"date 2023-04-08\n{ARREST.replace('twelve', str(number + 2))}\n")
    whole, killed = tmp_path / "whole.duckdb", tmp_path / "killed.duckdb"
    assert ingest(str(folder), "--db", str(whole), "--batch-size", "5").exit_code == 0
    command = [sys.executable, "-m", "eventmill", "ingest", str(folder), "--db", str(killed), "--batch-size", "5", "-v"]
    environment = {**os.environ, "PYTHONPATH": str(REPO / "src")}
    for commits_before_kill in (1, 3):
        process = subprocess.Popen(command, stderr=subprocess.PIPE, env=environment, text=True)
        assert process.stderr is not None
        commits = 0
        for line in process.stderr:
            commits += "committed" in line
            if commits == commits_before_kill:
                break
        process.send_signal(signal.SIGKILL)
        process.wait()
        assert process.returncode == -signal.SIGKILL
    finished = subprocess.run(command, capture_output=True, env=environment, text=True, check=False)
    assert finished.returncode == 0, finished.stderr
    assert stored(killed) == stored(whole)
    assert stored(whole)[0]["documents"] == 60
