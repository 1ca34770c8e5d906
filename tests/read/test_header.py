"""Tests for read/header.py: finding and parsing the `date YYYY-MM-DD` header."""

from __future__ import annotations

import datetime as dt

import pytest

from eventmill.errors import InputError
from eventmill.read.header import find_date_header, parse_day


@pytest.mark.parametrize(
    ("text", "header"),
    [
        (" date 2021-12-29 Officials met.", "date 2021-12-29"),
        ("date 2021-12-29\nOfficials met.", "date 2021-12-29"),
        ("\ufeffdate 2021-12-29\n", "date 2021-12-29"),
        ("date 2021-13-45 Officials met.", "date 2021-13-45"),
        ("date 2021-12-29", "date 2021-12-29"),
        ("\n\ndate 2021-12-29\n\nOfficials met.", "date 2021-12-29"),
    ],
)
def test_header_found_with_true_offsets(text: str, header: str) -> None:
    found = find_date_header(text)
    assert found is not None
    assert text[found.start : found.end] == header


@pytest.mark.parametrize(
    "text",
    ["Officials met.", "date night was cancelled.", "Met.\ndate 2021-12-29", "Date 2021-12-29 x", "date 2021-12-29x"],
)
def test_header_absent_unless_at_start_and_date_shaped(text: str) -> None:
    assert find_date_header(text) is None


@pytest.mark.parametrize(
    ("value", "expected"),
    [("2021-12-29", dt.date(2021, 12, 29)), ("2020-02-29", dt.date(2020, 2, 29))],
)
def test_header_parses_real_days(value: str, expected: dt.date) -> None:
    assert parse_day(value) == expected


@pytest.mark.parametrize("value", ["2021-02-29", "2021-13-01", "2021/12/29", "20211229", "29-12-2021"])
def test_header_refuses_bad_days(value: str) -> None:
    with pytest.raises(InputError) as caught:
        parse_day(value)
    assert caught.value.code == "EM006"
