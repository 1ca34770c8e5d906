"""`eventmill timeline` over record files and over the store, checked through the library."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from eventmill.cli.app import cli
from eventmill.model import (
    Actor,
    Article,
    Document,
    Event,
    EventDate,
    Evidence,
    Place,
    Span,
)
from eventmill.store.duckdb import Store


def record(doc_id: str, event_type: str, actor: tuple[str, str, str], recipient: tuple[str, str, str] | None,
           date: str, place: str = "Gaza") -> dict[str, Any]:
    def side(part: tuple[str, str, str] | None) -> dict[str, Any] | None:
        return None if part is None else {"name": part[0], "country": part[1], "sector": part[2], "role": None}
    return {"doc_id": doc_id, "event_id": "e1", "type": event_type, "mode": None, "contexts": [],
            "actor": side(actor), "recipient": side(recipient), "date": date,
            "date_precision": ("year", "month", "day")[date.count("-")],
            "location": {"name": place, "country": "PSE", "lat": 31.5, "lon": 34.47},
            "fatalities": None, "injuries": None, "arrests": None, "modality": "asserted", "background": False,
            "post": None, "according_to": None, "evidence": {"sentence": "A sentence.", "start": 0, "end": 11},
            "confidence": 0.9}


ISRAEL, HAMAS, EGYPT = ("Israel", "ISR", "GOV"), ("Hamas", "PSE", "REB"), ("Egypt", "EGY", "GOV")
RECORDS = [
    record("a1", "ASSAULT", ISRAEL, HAMAS, "2021-05-10"),
    record("a2", "ASSAULT", ISRAEL, HAMAS, "2021-05-10"),   # the same strike, another outlet
    record("a3", "ASSAULT", ISRAEL, HAMAS, "2021-05-11"),   # and again, a day late
    record("b", "ASSAULT", HAMAS, ISRAEL, "2021-05-12"),
    record("c", "CONSULT", EGYPT, ISRAEL, "2021-05-20", "Cairo"),
    record("d", "ACCUSE", HAMAS, ISRAEL, "2021-06-02"),
]


@pytest.fixture()
def record_file(tmp_path: Path) -> Path:
    path = tmp_path / "records.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in RECORDS), encoding="utf-8")
    return path


def run(*arguments: str) -> Any:
    return CliRunner().invoke(cli, list(arguments), catch_exceptions=False)


def test_timeline_counts_clustered_events_as_csv(record_file: Path) -> None:
    result = run("timeline", "--records", str(record_file), "--format", "csv")
    assert result.exit_code == 0
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert [(r["period"], r["type"], r["events"], r["reports"]) for r in rows] == [
        ("2021-05", "ASSAULT", "2", "4"), ("2021-05", "CONSULT", "1", "1"), ("2021-06", "ACCUSE", "1", "1")]
    assert float(rows[0]["intensity"]) == -18.0


@pytest.mark.parametrize(("by", "period", "expected_key"), [
    ("country", "week", "PSE"), ("actor", "day", "Hamas"), ("dyad", "month", "ISR GOV → PSE REB"),
])
def test_timeline_breakdowns_as_table(record_file: Path, by: str, period: str, expected_key: str) -> None:
    result = run("timeline", "--records", str(record_file), "--by", by, "--period", period)
    assert result.exit_code == 0
    assert result.stdout.splitlines()[0].split()[:3] == ["period", by, "events"]
    assert expected_key in result.stdout


def test_timeline_writes_a_chart(record_file: Path, tmp_path: Path) -> None:
    result = run("timeline", "--records", str(record_file), "--chart", str(tmp_path / "chart"))
    assert result.exit_code == 0
    assert (tmp_path / "chart.png").read_bytes()[:4] == b"\x89PNG"
    assert "data:image/png;base64," in (tmp_path / "chart.html").read_text(encoding="utf-8")


def test_timeline_reads_the_store(tmp_path: Path) -> None:
    db = tmp_path / "store.duckdb"
    israel, hamas = Actor("Israel", "ISR", "GOV"), Actor("Hamas", "PSE", "REB")
    articles = []
    for doc_id, outlet in (("x1", "Wire"), ("x2", "Post")):
        document = Document(doc_id, "Israel struck Hamas.", dt.date(2021, 5, 11), outlet)
        event = Event(doc_id, "e1", "ASSAULT", Evidence("Israel struck Hamas.", 0, 20), Span(7, 13), 0,
                      actor=israel, recipient=hamas, date=EventDate("2021-05-10", "day"),
                      location=Place("Gaza", "PSE", 31.5, 34.47))
        articles.append(Article(document, events=[event]))
    with Store(db) as store:
        store.write(articles)
    result = run("timeline", "--db", str(db), "--format", "csv")
    assert result.exit_code == 0
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert [(r["events"], r["reports"]) for r in rows] == [("1", "2")]


def test_timeline_rejects_a_file_of_other_records(tmp_path: Path) -> None:
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"text": "not an event"}\n', encoding="utf-8")
    result = CliRunner().invoke(cli, ["timeline", "--records", str(bad)])
    assert result.exit_code == 1 and "bad.jsonl:1: not an event record" in result.output
