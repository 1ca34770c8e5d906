"""Tests for dates/dateline.py: the date of a wire-story dateline."""

from __future__ import annotations

import datetime as dt

import pytest

from eventmill.dates.dateline import dateline


@pytest.mark.parametrize(
    ("text", "anchor", "expected"),
    [
        ("SAN MIGUEL, 3 JAN 90 -- [REPORT] TROOPS CLASHED.", None, dt.date(1990, 1, 3)),
        ("QUITO, 12 Mar 89 (WIRE) -- Officials said.", None, dt.date(1989, 3, 12)),
        ("RADIO FREE, 8 JAN 90 (STATION NAME)-- A BULLETIN.", None, dt.date(1990, 1, 8)),
        ("OTTAWA, March 3 (Agency) - Ministers met.", dt.date(2021, 3, 4), dt.date(2021, 3, 3)),
        ("OTTAWA, March 3, 2020 — Ministers met.", None, dt.date(2020, 3, 3)),
        ("  PORT OF SPAIN, 5 FEB 91 -- TEXT.", None, dt.date(1991, 2, 5)),
    ],
)
def test_dateline_reads_the_opening_date(text: str, anchor: dt.date | None, expected: dt.date) -> None:
    assert dateline(text, anchor=anchor) == expected


@pytest.mark.parametrize(
    ("text", "anchor"),
    [
        ("OTTAWA, March 3 (Agency) - Ministers met.", None),
        ("Ministers met on 3 March 2021 -- and then left.", None),
        ("OTTAWA, in March 2021 - Ministers met.", None),
        ("The army said on Monday that it had withdrawn.", dt.date(2021, 3, 4)),
        ("", None),
    ],
)
def test_dateline_absent_or_incomplete_is_none(text: str, anchor: dt.date | None) -> None:
    assert dateline(text, anchor=anchor) is None
