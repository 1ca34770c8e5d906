"""Tests for dates/resolve.py: expressions turned into dates against the publication date."""

from __future__ import annotations

import datetime as dt

import pytest

from eventmill.dates.expressions import find
from eventmill.dates.resolve import find_dates, full_year, resolve

WEDNESDAY = dt.date(2021, 12, 29)
JANUARY = dt.date(2022, 1, 10)
MARCH = dt.date(2021, 3, 5)


def _dates(text: str, anchor: dt.date | None, *, future: bool = False) -> list[tuple[str, str]]:
    return [(date.value, date.precision) for _, date in find_dates(text, anchor, future=future)]


@pytest.mark.parametrize(
    ("text", "anchor", "value", "precision"),
    [
        ("The two met late on Tuesday.", WEDNESDAY, "2021-12-28", "day"),
        ("The two met on Wednesday.", WEDNESDAY, "2021-12-29", "day"),
        ("The two met on Thursday.", WEDNESDAY, "2021-12-23", "day"),
        ("The two met last Wednesday.", WEDNESDAY, "2021-12-22", "day"),
        ("The two will meet next Tuesday.", WEDNESDAY, "2022-01-04", "day"),
        ("Gunfire was heard on Friday night.", WEDNESDAY, "2021-12-24", "day"),
        ("Rockets hit the city in May.", WEDNESDAY, "2021-05", "month"),
        ("Rockets hit the city in December.", JANUARY, "2021-12", "month"),
        ("Rockets hit the city in January.", JANUARY, "2022-01", "month"),
        ("Rockets hit the city last January.", JANUARY, "2021-01", "month"),
        ("The summit is set for next March.", MARCH, "2022-03", "month"),
        ("The law was passed in 2005.", WEDNESDAY, "2005", "year"),
        ("The ban has held since 2007.", WEDNESDAY, "2007", "year"),
        ("The accord was signed on March 3, 2021.", WEDNESDAY, "2021-03-03", "day"),
        ("The accord was signed on 3 March 2021.", WEDNESDAY, "2021-03-03", "day"),
        ("The accord was signed on 2021-03-03.", WEDNESDAY, "2021-03-03", "day"),
        ("The accord was signed on 03/04/2021.", WEDNESDAY, "2021-03-04", "day"),
        ("The accord was signed on 25/12/2020.", WEDNESDAY, "2020-12-25", "day"),
        ("The accord was signed in April 2019.", WEDNESDAY, "2019-04", "month"),
        ("Gunmen attacked on Oct. 7.", WEDNESDAY, "2021-10-07", "day"),
        ("Gunmen attacked on 30 December.", JANUARY, "2021-12-30", "day"),
        ("The vote is due on January 5.", WEDNESDAY, "2022-01-05", "day"),
        ("The vote was held on February 20.", WEDNESDAY, "2021-02-20", "day"),
        ("The minister spoke today.", WEDNESDAY, "2021-12-29", "day"),
        ("The minister will speak tonight.", WEDNESDAY, "2021-12-29", "day"),
        ("The minister spoke this afternoon.", WEDNESDAY, "2021-12-29", "day"),
        ("The minister spoke yesterday.", WEDNESDAY, "2021-12-28", "day"),
        ("The minister spoke the day before yesterday.", WEDNESDAY, "2021-12-27", "day"),
        ("Shells fell last night.", WEDNESDAY, "2021-12-28", "day"),
        ("The minister will speak tomorrow.", WEDNESDAY, "2021-12-30", "day"),
        ("The minister resigned three days ago.", JANUARY, "2022-01-07", "day"),
        ("The talks stalled last week.", JANUARY, "2022-01", "month"),
        ("The talks stalled two weeks ago.", JANUARY, "2021-12", "month"),
        ("The talks stalled last month.", JANUARY, "2021-12", "month"),
        ("The talks stalled earlier this month.", JANUARY, "2022-01", "month"),
        ("The talks stalled last year.", JANUARY, "2021", "year"),
        ("The talks stalled five years ago.", JANUARY, "2017", "year"),
        ("The talks resume next month.", WEDNESDAY, "2022-01", "month"),
        ("The talks resume next year.", WEDNESDAY, "2022", "year"),
        ("Rockets hit the city in March last year.", WEDNESDAY, "2020-03", "month"),
        ("Rockets hit the city on March 5 last year.", WEDNESDAY, "2020-03-05", "day"),
        ("Rockets hit the city on 5 March of this year.", JANUARY, "2022-03-05", "day"),
        ("Fighting raged between January 4 and February 7.", MARCH, "2021-01-04", "day"),
        ("Raids went on between June and December of 2015.", MARCH, "2015-06", "month"),
        ("The war lasted from 1953 to August 1961.", MARCH, "1953", "year"),
        ("The ministers spoke earlier this week.", JANUARY, "2022-01", "month"),
    ],
)
def test_resolve_against_publication_date(text: str, anchor: dt.date, value: str, precision: str) -> None:
    assert _dates(text, anchor) == [(value, precision)]


@pytest.mark.parametrize(
    ("text", "value", "precision"),
    [
        ("GUERRILLAS ATTACKED THE POST YESTERDAY.", "1990-01-02", "day"),
        ("ON 30 DECEMBER TROOPS CLASHED WITH REBELS.", "1989-12-30", "day"),
        ("LAST WEEK THE MINISTER TRAVELLED ABROAD.", "1989-12", "month"),
        ("THE ATTACK TOOK PLACE ON 3 JAN 90.", "1990-01-03", "day"),
        ("THE ATTACK TOOK PLACE ON MONDAY.", "1990-01-01", "day"),
    ],
)
def test_resolve_all_caps_wire_text(text: str, value: str, precision: str) -> None:
    assert _dates(text, dt.date(1990, 1, 3)) == [(value, precision)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The accord was signed on March 3, 2021.", [("2021-03-03", "day")]),
        ("The accord was signed in April 2019.", [("2019-04", "month")]),
        ("The law was passed in 2005.", [("2005", "year")]),
        ("The wire is dated 3 JAN 90.", [("1990-01-03", "day")]),
        ("Gunmen attacked on Oct. 7.", []),
        ("Rockets hit the city in May.", []),
        ("The two met late on Tuesday.", []),
        ("The minister spoke yesterday.", []),
        ("The talks stalled last week.", []),
    ],
)
def test_resolve_without_anchor_keeps_only_absolute_dates(text: str, expected: list[tuple[str, str]]) -> None:
    assert _dates(text, None) == expected


@pytest.mark.parametrize(
    ("text", "anchor", "value"),
    [
        ("Parliament will meet on Sunday.", dt.date(2019, 11, 30), "2019-12-01"),
        ("Parliament will meet on Saturday.", dt.date(2019, 11, 30), "2019-11-30"),
        ("The leaders will meet at the end of June.", dt.date(2019, 5, 14), "2019-06"),
        ("The leaders will meet in April.", dt.date(2019, 5, 14), "2020-04"),
    ],
)
def test_resolve_future_looks_forward(text: str, anchor: dt.date, value: str) -> None:
    assert [date for date, _ in _dates(text, anchor, future=True)] == [value]


def test_resolve_impossible_day_is_none() -> None:
    (expression,) = find("The decree is dated 31 April 2021.")
    assert resolve(expression, WEDNESDAY) is None


def test_resolve_keeps_the_expression_text() -> None:
    (pair,) = find_dates("The two met late on Tuesday.", WEDNESDAY)
    assert pair[1].text == "late on Tuesday"


@pytest.mark.parametrize(
    ("year", "anchor", "expected"),
    [
        (90, dt.date(1990, 1, 3), 1990),
        (89, dt.date(1990, 1, 3), 1989),
        (5, dt.date(1990, 1, 3), 1905),
        (21, dt.date(2021, 6, 1), 2021),
        (99, dt.date(2021, 6, 1), 1999),
        (30, dt.date(2021, 6, 1), 2030),
        (90, None, 1990),
        (21, None, 2021),
    ],
)
def test_resolve_full_year_picks_the_century(year: int, anchor: dt.date | None, expected: int) -> None:
    assert full_year(year, anchor) == expected
