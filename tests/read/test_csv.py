from __future__ import annotations

import csv
import datetime as dt
import io
from pathlib import Path

import pytest

from eventmill.model import Document, Failure
from eventmill.read.csv import read_csv
from eventmill.read.sources import ReadOptions, read_sources

GOOD_TEXT = "Protesters marched through Quito on Tuesday to demand lower fuel prices."


def table(rows: list[list[str]]) -> bytes:
    buffer = io.StringIO()
    csv.writer(buffer).writerows(rows)
    return buffer.getvalue().encode("utf-8")


def read(raw: bytes, **options: object) -> list[Document | Failure]:
    return list(read_csv(io.BytesIO(raw), source="news.csv", **options))  # type: ignore[arg-type]


def test_csv_rows_become_documents_with_their_columns() -> None:
    raw = table([["id", "date", "text", "url", "title"],
                 ["q-1", "2022-06-14", GOOD_TEXT, "https://example.org/q", "March in Quito"],
                 ["", "2022-06-15T08:00:00Z", "A second report,\nover two lines.", "", ""]])
    first, second = read(raw)
    assert first == Document("q-1", GOOD_TEXT, dt.date(2022, 6, 14), "news.csv", "https://example.org/q",
                             "March in Quito")
    assert isinstance(second, Document) and second.doc_id.startswith("doc-")
    assert second.text == "A second report,\nover two lines." and second.date == dt.date(2022, 6, 15)


def test_csv_column_names_are_configurable() -> None:
    raw = table([["story_key", "published", "body"], ["k9", "2020-01-02", GOOD_TEXT]])
    (document,) = read(raw, text_field="body", date_field="published", id_fields=("story_key",))
    assert isinstance(document, Document)
    assert (document.doc_id, document.date, document.text) == ("k9", dt.date(2020, 1, 2), GOOD_TEXT)


@pytest.mark.parametrize(
    ("row", "code"),
    [
        (["b1", "2022-13-40", GOOD_TEXT], "EM006"),
        (["b2", "yesterday", GOOD_TEXT], "EM006"),
        (["b3", "2022-01-01", "   "], "EM001"),
        (["b4", "2022-01-01", "x" * 500], "EM004"),
    ],
)
def test_csv_bad_rows_fail_alone_with_their_bytes(row: list[str], code: str) -> None:
    raw = table([["id", "date", "text"], row, ["ok", "2022-01-01", GOOD_TEXT]])
    bad, good = read(raw, max_bytes=400)
    assert isinstance(bad, Failure) and (bad.doc_id, bad.code) == ("news.csv:2", code)
    assert bad.raw == table([row])
    assert isinstance(good, Document) and good.doc_id == "ok"


def test_csv_without_the_text_column_fails_each_row() -> None:
    (failure,) = read(table([["id", "body"], ["n1", GOOD_TEXT]]))
    assert isinstance(failure, Failure) and failure.code == "EM007"


def test_csv_undecodable_file_is_one_failure() -> None:
    (failure,) = read(b"id,text\n1,caf\xe9 \xff\xfe\n")
    assert isinstance(failure, Failure) and failure.code == "EM008"


def test_csv_files_are_read_through_sources_by_suffix(tmp_path: Path) -> None:
    (tmp_path / "feed.csv").write_bytes(table([["headline", "content"], ["h", GOOD_TEXT]]))
    (document,) = read_sources([str(tmp_path / "feed.csv")], options=ReadOptions(text_field="content"))
    assert isinstance(document, Document) and document.text == GOOD_TEXT
