"""`eventmill extract` through the CLI runner, checked against the library's records."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from eventmill.cli.app import cli
from eventmill.cli.extract import EXIT_SOME_FAILED
from tests.conftest import EXAMPLES

pytestmark = pytest.mark.model

ARTICLE = "date 2023-05-02\nPolice arrested 12 protesters in Nairobi on Monday, witnesses said.\n"


def _run(*args: str, stdin: str | bytes | None = None) -> tuple[int, list[dict], str]:
    result = CliRunner().invoke(cli, ["extract", *args], input=stdin)
    lines = [json.loads(line) for line in result.stdout.splitlines() if line.strip()]
    return result.exit_code, lines, result.stderr


def test_extract_jsonl_from_a_text_file(tmp_path: Path) -> None:
    path = tmp_path / "arrests.txt"
    path.write_text(ARTICLE)
    code, events, _ = _run(str(path), "--format", "jsonl")
    assert code == 0
    arrest = next(e for e in events if e["type"] == "COERCE")
    assert arrest["arrests"] == 12 and arrest["date"] == "2023-05-01"
    assert arrest["location"]["country"] == "KEN"


def test_extract_reads_stdin_and_date_flag() -> None:
    code, events, _ = _run("-", "--format", "jsonl", "--date", "2023-05-02",
                           stdin="Police arrested 12 protesters in Nairobi on Monday.")
    assert code == 0 and events[0]["date"] == "2023-05-01"


def test_extract_jsonl_input_keeps_doc_ids(tmp_path: Path) -> None:
    path = tmp_path / "docs.jsonl"
    rows = [{"id": "first", "date": "2023-05-02", "text": "Police arrested 12 protesters in Nairobi on Monday."},
            {"doc_id": "second", "date": "2023-05-02", "text": "Rebels attacked an army base on Sunday, killing five soldiers."}]
    path.write_text("".join(json.dumps(r) + "\n" for r in rows))
    code, events, _ = _run(str(path), "--format", "jsonl")
    assert code == 0
    assert {e["doc_id"] for e in events} == {"first", "second"}


def test_extract_bad_inputs_are_reported_and_the_run_goes_on(tmp_path: Path) -> None:
    (tmp_path / "a-good.txt").write_text(ARTICLE)
    (tmp_path / "b-empty.txt").write_text("   \n")
    (tmp_path / "c-binary.txt").write_bytes(b"\x00\x01\x02garbage\x00" * 20)
    (tmp_path / "d-bad.jsonl").write_text('{"id": "x", "text": \n')
    code, events, errors = _run(str(tmp_path), "--format", "jsonl")
    assert code == EXIT_SOME_FAILED
    assert any(e["type"] == "COERCE" for e in events)
    lines = [line for line in errors.splitlines() if line.startswith("eventmill:")]
    assert any("b-empty.txt" in line and "EM001" in line for line in lines)
    assert any("c-binary.txt" in line and "EM003" in line for line in lines)
    assert any("EM005" in line for line in lines)
    assert "Traceback" not in errors


def test_extract_posts_and_quotes() -> None:
    code, posts, _ = _run(str(EXAMPLES / "aid-convoy.txt"), "--format", "jsonl", "--what", "posts")
    assert code == 0 and [p["handle"] for p in posts] == ["@KyivDeskNews"]
    code, quotes, _ = _run(str(EXAMPLES / "ceasefire-talks.txt"), "--format", "jsonl", "--what", "quotes")
    assert code == 0 and quotes[0]["speaker"]["name"].endswith("Burhan")


def test_extract_table_has_a_header_and_a_row_per_event(tmp_path: Path) -> None:
    path = tmp_path / "arrests.txt"
    path.write_text(ARTICLE)
    result = CliRunner().invoke(cli, ["extract", str(path)])
    lines = result.stdout.splitlines()
    assert lines[0].split()[:3] == ["date", "type", "mode"]
    assert any("COERCE" in line and "arrest" in line for line in lines[2:])
