"""Tests for read/jsonl.py: records become Documents, bad lines become Failures."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from eventmill.model import Document, Failure
from eventmill.read.ids import document_id
from eventmill.read.jsonl import read_jsonl

GOLD_DEV = Path(__file__).resolve().parents[2] / ".." / "shared" / "gold" / "dev"


def line(**record: object) -> bytes:
    return json.dumps(record).encode("utf-8") + b"\n"


def read_one(raw: bytes, **options: object) -> Document | Failure:
    (result,) = read_jsonl([raw], source="feed.jsonl", **options)  # type: ignore[arg-type]
    return result


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        (line(doc_id="d1", date="2022-05-01", text="Troops withdrew."), ("d1", dt.date(2022, 5, 1))),
        (line(id=42, text="Troops withdrew."), ("42", None)),
        (line(id="d2", date="2022-05-01T08:30:00Z", text="Troops withdrew."), ("d2", dt.date(2022, 5, 1))),
        (line(text="Troops withdrew."), (document_id("Troops withdrew."), None)),
        (line(doc_id="", id="d3", text="Troops withdrew."), ("d3", None)),
        (line(doc_id="d4", date=None, text=" date 2021-12-29 Troops withdrew."), ("d4", dt.date(2021, 12, 29))),
        (line(doc_id="d5", date="2022-01-02", text=" date 2021-12-29 Troops withdrew."), ("d5", dt.date(2022, 1, 2))),
    ],
)
def test_jsonl_reads_id_and_date(raw: bytes, expected: tuple[str, dt.date | None]) -> None:
    document = read_one(raw)
    assert isinstance(document, Document)
    assert (document.doc_id, document.date) == expected


def test_jsonl_keeps_metadata_and_record_source() -> None:
    document = read_one(line(id="d1", text="Talks.", url="https://news.example/1", title="Talks", source="Wire"))
    assert document == Document("d1", "Talks.", None, "Wire", "https://news.example/1", "Talks")
    assert read_one(line(id="d1", text="Talks.")).source == "feed.jsonl"  # type: ignore[union-attr]


def test_jsonl_uses_configured_field_names() -> None:
    raw = line(uid="u1", body="Talks resumed.", published="2023-02-03")
    document = read_one(raw, text_field="body", date_field="published", id_fields=("uid",))
    assert isinstance(document, Document)
    assert (document.doc_id, document.text, document.date) == ("u1", "Talks resumed.", dt.date(2023, 2, 3))


def test_jsonl_explicit_date_overrides_record() -> None:
    document = read_one(line(text="Talks.", date="2023-02-03"), date=dt.date(2020, 1, 1))
    assert document.date == dt.date(2020, 1, 1)  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("raw", "code", "doc_id"),
    [
        (b'{"id": "d1", "text": "Talks', "EM005", "feed.jsonl:1"),
        (b'["Talks."]', "EM005", "feed.jsonl:1"),
        (line(id="d1", title="Talks"), "EM007", "d1"),
        (line(id="d1", text=["Talks."]), "EM005", "d1"),
        (line(id="d1", text="   "), "EM001", "d1"),
        (line(id="d1", text="Talks.", date="29/12/2021"), "EM006", "d1"),
        (line(id="d1", text="Talks.", date="2021-02-30"), "EM006", "d1"),
        (line(id="d1", text="date 2021-02-30 Talks."), "EM006", "d1"),
        (line(id="d1", text="Talks.", date=20211229), "EM006", "d1"),
        (line(id="d1", text="Talks.", url=5), "EM005", "d1"),
        (line(id=["d1"], text="Talks."), "EM005", "feed.jsonl:1"),
        (b'{"id": "d1", "text": "caf\xe9"}', "EM002", "feed.jsonl:1"),
        (line(id="d1", text="\x00\x01\x02binary"), "EM003", "d1"),
    ],
)
def test_jsonl_bad_line_becomes_failure(raw: bytes, code: str, doc_id: str) -> None:
    failure = read_one(raw)
    assert isinstance(failure, Failure)
    assert (failure.code, failure.doc_id, failure.stage, failure.raw) == (code, doc_id, "read", raw)
    assert failure.reason.startswith(code)


def test_jsonl_refuses_line_over_the_limit() -> None:
    failure = read_one(line(id="d1", text="Talks resumed. " * 20), max_bytes=100)
    assert isinstance(failure, Failure) and failure.code == "EM004"


def test_jsonl_continues_after_bad_lines_and_skips_blank_ones() -> None:
    lines = [line(id="a", text="One."), b"{oops\n", b"\n", b"  \n", line(id="b", text="Two.")]
    results = list(read_jsonl(lines, source="feed.jsonl"))
    assert [type(result).__name__ for result in results] == ["Document", "Failure", "Document"]
    assert results[1].doc_id == "feed.jsonl:2"


@pytest.mark.skipif(not GOLD_DEV.is_dir(), reason="shared gold files are absent")
@pytest.mark.parametrize("name", ["seed.jsonl", "articles.jsonl", "plover_gsr.jsonl"])
def test_jsonl_reads_gold_files_keeping_ids_and_dates(name: str) -> None:
    path = GOLD_DEV / name
    records = [json.loads(raw) for raw in path.read_bytes().splitlines()]
    with path.open("rb") as lines:
        documents = list(read_jsonl(lines, source=name))
    assert all(isinstance(document, Document) for document in documents)
    assert [document.doc_id for document in documents] == [record["doc_id"] for record in records]
    assert [str(document.date) if document.date else None for document in documents] == [
        record["date"] for record in records
    ]
