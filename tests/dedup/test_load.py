"""Reports from record files and from the store; merged events and duplication through the CLI."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from eventmill.cli.app import cli
from eventmill.dedup.load import merged_events, reports_from_jsonl, store_duplication
from eventmill.store.duckdb import Store
from eventmill.store.queries import EventQuery
from tests.dedup.conftest import CORPUS, corpus_rows


@pytest.fixture(scope="module")
def corpus_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The corpus ingested by `eventmill ingest`, as a user would."""
    db = tmp_path_factory.mktemp("store") / "corpus.duckdb"
    result = CliRunner().invoke(cli, ["ingest", "--db", str(db), str(CORPUS / "articles.jsonl")])
    assert result.exit_code == 0, result.output
    return db


def run(*arguments: str) -> str:
    result = CliRunner().invoke(cli, list(arguments), catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return result.stdout


@pytest.mark.model
def test_load_events_merged_lists_each_event_once_with_its_reports(corpus_store: Path) -> None:
    answer = {row["doc_id"]: row["event"] for row in corpus_rows("articles.jsonl")}
    merged = [json.loads(line) for line in run("events", "--db", str(corpus_store), "--merged", "--format",
                                               "jsonl").splitlines()]
    raw = run("events", "--db", str(corpus_store), "--reports", "--format", "jsonl").splitlines()
    assert sum(event["reports"] for event in merged) == len(raw)
    told_often = {answer[e["doc_id"]]: {m["doc_id"] for m in e["mentions"]} for e in merged if e["sources"] > 1}
    assert told_often == {event: {d for d, e in answer.items() if e == event} for event in set(answer.values())}
    assert all({m["source"] for m in e["mentions"]} >= {"Harbour Times", "Daily Ledger"} for e in merged
               if e["sources"] > 1)


@pytest.mark.model
def test_load_stats_reports_duplication(corpus_store: Path) -> None:
    stats = json.loads(run("stats", "--db", str(corpus_store), "--format", "json"))
    duplication = stats["duplication"]
    assert duplication["reports"] == stats["counts"]["events"]
    assert duplication["multi_source_events"] == 5
    assert duplication["reports_per_event"] == pytest.approx(duplication["reports"] / duplication["events"])
    assert "reports per event" in run("stats", "--db", str(corpus_store))


@pytest.mark.model
def test_load_merged_limit_counts_events_and_filters_choose_reports(corpus_store: Path) -> None:
    with Store(corpus_store, read_only=True) as store:
        assert len(merged_events(store, EventQuery(limit=2))) == 2
        (arrests,) = merged_events(store, EventQuery(type="COERCE"))
        figure = arrests["figures"]["arrests"]
        assert len(figure["reported"]) == 4 and arrests["arrests"] in figure["reported"]
        assert store_duplication(store).events >= 5


def test_load_reports_from_jsonl_names_a_bad_line(tmp_path: Path) -> None:
    path = tmp_path / "records.jsonl"
    record = {"doc_id": "d", "event_id": "e", "type": "ASSAULT", "date": "2024-03-10"}
    path.write_text(json.dumps(record) + "\n\n{not json\n", encoding="utf-8")
    reports = reports_from_jsonl([path])
    assert next(reports).key == ("d", "e")
    with pytest.raises(ValueError, match="records.jsonl:3"):
        next(reports)


@pytest.mark.model
@pytest.mark.parametrize("output_format", ["jsonl", "csv"])
def test_load_export_merged_writes_one_row_per_event(corpus_store: Path, tmp_path: Path, output_format: str) -> None:
    out = tmp_path / f"merged.{output_format}"
    run("export", "--db", str(corpus_store), "--merged", "--format", output_format, "--out", str(out))
    with Store(corpus_store, read_only=True) as store:
        events = store_duplication(store).events
    lines = out.read_text(encoding="utf-8").splitlines()
    assert len(lines) == events + (output_format == "csv")


def test_load_export_merged_refuses_report_only_formats(tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, ["export", "--db", str(tmp_path / "x.duckdb"), "--merged", "--format", "cameo",
                                      "--out", str(tmp_path / "x.tsv")])
    assert result.exit_code == 2 and "--merged exports as jsonl, csv, parquet" in result.output
