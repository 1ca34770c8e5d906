"""Tests for read/text.py: decoding, refusing bad bytes, and the date header."""

from __future__ import annotations

import codecs
import datetime as dt

import pytest

from eventmill.errors import InputError
from eventmill.read.ids import document_id
from eventmill.read.text import read_text

ARTICLE = "The council met on Monday.\n\nIt agreed to talk again."


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        (ARTICLE.encode("utf-8"), ARTICLE),
        (codecs.BOM_UTF8 + "Café talks resumed.".encode("utf-8"), "Café talks resumed."),
        ("Café talks resumed.".encode("utf-16"), "Café talks resumed."),
        ("Café “talks” resumed.".encode("cp1252"), "Café “talks” resumed."),
        ("Zürich, São Paulo – ok".encode("utf-8"), "Zürich, São Paulo – ok"),
    ],
)
def test_text_decodes_common_encodings(raw: bytes, expected: str) -> None:
    assert read_text(raw, source="a.txt").text == expected


@pytest.mark.parametrize(
    ("raw", "code"),
    [
        (b"", "EM001"),
        (b" \n\t\r\n ", "EM001"),
        (b" date 2021-12-29 \n\n", "EM001"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "EM003"),
        (bytes(range(1, 32)) * 4 + b"some words", "EM003"),
        ("Zürich ".encode("utf-8") + b"\xff\xfe broken", "EM002"),
        (codecs.BOM_UTF8 + b"caf\xe9", "EM002"),
        (b"x\x81\x8d\x8f\x90\x9d", "EM002"),
        (b"date 2021-13-45\nText.", "EM006"),
        (b"date 2021/12/29 Text.", "EM006"),
    ],
)
def test_text_refuses_bad_input_with_code(raw: bytes, code: str) -> None:
    with pytest.raises(InputError) as caught:
        read_text(raw, source="a.txt")
    assert caught.value.code == code


def test_text_refuses_input_over_the_limit() -> None:
    with pytest.raises(InputError) as caught:
        read_text(b"words " * 100, source="a.txt", max_bytes=599)
    assert caught.value.code == "EM004"
    assert read_text(b"words " * 100, source="a.txt", max_bytes=600).text.startswith("words")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (" date 2021-12-29 Officials met late on Tuesday.", dt.date(2021, 12, 29)),
        ("date 2022-03-01\nOfficials met late on Tuesday.", dt.date(2022, 3, 1)),
        ("date 2022-03-01\n\nOfficials met late on Tuesday.", dt.date(2022, 3, 1)),
        ("Officials met late on Tuesday.", None),
        ("date night was cancelled after the strike.", None),
        ("The date 2021-12-29 was chosen.", None),
    ],
)
def test_text_dates_from_header_and_keeps_text(text: str, expected: dt.date | None) -> None:
    document = read_text(text.encode("utf-8"), source="a.txt")
    assert document.date == expected
    assert document.text == text


@pytest.mark.parametrize("header", ["date 2021-12-29", "date 2021-13-45"])
def test_text_explicit_date_overrides_header(header: str) -> None:
    raw = f"{header}\nOfficials met.".encode("utf-8")
    assert read_text(raw, source="a.txt", date=dt.date(2020, 1, 2)).date == dt.date(2020, 1, 2)


@pytest.mark.parametrize(
    ("doc_id", "expected"),
    [("given-id", "given-id"), (None, document_id(ARTICLE))],
)
def test_text_keeps_given_id_or_hashes_content(doc_id: str | None, expected: str) -> None:
    document = read_text(ARTICLE.encode("utf-8"), source="news/a.txt", doc_id=doc_id)
    assert (document.doc_id, document.source) == (expected, "news/a.txt")
