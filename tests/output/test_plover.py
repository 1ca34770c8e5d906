from __future__ import annotations

import datetime as dt
import io
import json
from typing import Any

import pytest
from jsonschema import Draft202012Validator

from eventmill.data_files import builtin
from eventmill.output import plover
from eventmill.output.cameo import load_cameo_table
from eventmill.output.citation import Citation
from eventmill.output.contract import records
from tests.store.articles import coded_article

CITATION = Citation("harbin-1", dt.date(2022, 3, 9), "wire", "https://example.org/harbin", "Shots at the border")
VALIDATOR = Draft202012Validator(json.loads(builtin(plover.SCHEMA_FILE).read_text(encoding="utf-8")))


def exported() -> list[dict[str, Any]]:
    stream = io.StringIO()
    assert plover.write([(r, CITATION) for r in records(coded_article(), "events")], stream) == 2
    return json.loads(stream.getvalue())


def test_plover_schema_is_a_valid_schema() -> None:
    Draft202012Validator.check_schema(VALIDATOR.schema)


def test_plover_records_validate_against_the_schema() -> None:
    for record in exported():
        assert list(VALIDATOR.iter_errors(record)) == []


def test_plover_record_fields() -> None:
    assault, troops = exported()
    assert assault["actor"] == [{"entity_text": "border guards", "code": "MNG", "sector": "MIL", "office": None}]
    assert (assault["event"], assault["mode"], assault["quad_code"], assault["size"]) == ("ASSAULT", "firearms", 4, {"dead": 2})
    assert assault["event_loc"]["place_name"] == "Harbin" and assault["citation"]["url"] == CITATION.url
    assert "markers" not in assault
    assert [e["entity_text"] for e in troops["actor"]] == ["China", "Russia"]  # a compound actor is a list
    assert troops["markers"] == ["negation"] and troops["date"] == "2022-03" and "recipient" not in troops


@pytest.mark.parametrize(
    ("change", "broken"),
    [({"event": "ATTACK"}, "event"), ({"date": "March 2022"}, "date"), ({"quad_code": 5}, "quad_code"),
     ({"actor": [{"code": "MNG"}]}, "actor"), ({"size": {"dead": -1}}, "size"), ({"extra": 1}, "extra")],
)
def test_plover_schema_refuses_broken_records(change: dict[str, Any], broken: str) -> None:
    record = {**exported()[0], **change}
    errors = list(VALIDATOR.iter_errors(record))
    assert errors and any(broken in (list(e.absolute_path) + [e.message])[0] or broken in e.message for e in errors)


def test_plover_kosovo_is_written_kos() -> None:
    record = records(coded_article(), "events")[0]
    record["actor"]["country"] = "XKX"
    converted = plover.plover_record(record, CITATION, table=load_cameo_table())
    assert converted is not None and converted["actor"][0]["code"] == "KOS"


@pytest.mark.parametrize(
    ("event_date", "document_date", "expected"),
    [("2022-03-07", None, "2022-03-07"), (None, dt.date(2022, 3, 9), "2022-03-09"), (None, None, None)],
)
def test_plover_date_falls_back_to_publication_then_leaves_out(
    event_date: str | None, document_date: dt.date | None, expected: str | None
) -> None:
    record = {**records(coded_article(), "events")[0], "date": event_date, "date_precision": "day" if event_date else None}
    citation = Citation("d", document_date, None, None, None)
    converted = plover.plover_record(record, citation, table=load_cameo_table())
    assert (converted["date"] if converted else None) == expected
