"""Turn temporal expressions into calendar dates against the publication date, with precision.

The rules follow the gold annotation convention, which assumes news reports the past:

- A weekday is the most recent such day on or before the publication date ("late on Tuesday"
  in an article of Wednesday 2021-12-29 is 2021-12-28; "on Wednesday" is 2021-12-29). "last
  Tuesday" is strictly before it, "next Tuesday" strictly after.
- A month without a year is the most recent such month on or before the publication month
  ("In May" in December 2021 is 2021-05; "in December" in January 2022 is 2021-12). "last
  May" is strictly before the publication month, "next May" strictly after, "this May" is in
  the publication year.
- A day and month without a year ("on 30 December", "Oct. 7") is the occurrence from eleven
  months before to one month after the publication date, because news reports recent events
  and announces near ones: "December 30" in a January article is last December, "January 5"
  in a late-December article is the coming January, "February 20" there is last February.
- A week cannot be expressed as a precision, so "last week", "this week" and "N weeks ago"
  give the month of the day that many weeks from the publication date, at month precision.
- "March last year", "December 5 of this year": the year counted from the publication year.
- Two-digit years take the century that puts them nearest before the publication year
  (within 90 years before to 10 after); with no publication date, 00-49 are 20xx and 50-99
  are 19xx.

`future=True` (for a sentence the caller knows is about what will happen: "will meet on
Sunday") makes a bare weekday or month look forward, to the nearest on or after the date.
"""

from __future__ import annotations

import datetime as dt
from typing import Callable

from eventmill.dates.expressions import TemporalExpression, find
from eventmill.model import EventDate

MIN_YEAR, MAX_YEAR = dt.MINYEAR, dt.MAXYEAR
_FORWARD_DAY_MONTH_DAYS = 31
_BACKWARD_DAY_MONTH_DAYS = 335


def resolve(
    expression: TemporalExpression, anchor: dt.date | None, *, future: bool = False
) -> EventDate | None:
    """The calendar date an expression names.

    Args:
        expression: from `expressions.find`; a range resolves to its start.
        anchor: the publication date, needed by every expression that omits the year.
        future: resolve a bare weekday or month forward from the anchor instead of back.

    Returns:
        The date at the precision its words support, or None when it cannot be known
        (no anchor for a relative expression, or an impossible day such as 31 April).
    """
    resolver = _RESOLVERS[expression.kind]
    try:
        date = resolver(expression, anchor, future)
    except (OverflowError, ValueError):
        return None  # counted past the calendar's edge (before year 1 or after 9999)
    if date is not None and not MIN_YEAR <= int(date.value.split("-")[0]) <= MAX_YEAR:
        return None
    return date


def find_dates(
    text: str, anchor: dt.date | None, *, future: bool = False
) -> list[tuple[TemporalExpression, EventDate]]:
    """Every temporal expression in a text that resolves to a date, left to right.

    Args:
        text: a sentence or paragraph.
        anchor: the publication date.
        future: as for `resolve`.

    Returns:
        Pairs of expression and date; expressions that do not resolve are left out.
    """
    pairs = []
    for expression in find(text):
        date = resolve(expression, anchor, future=future)
        if date is not None:
            pairs.append((expression, date))
    return pairs


def full_year(year: int, anchor: dt.date | None) -> int:
    """The four-digit year of a two-digit one ("90" in a 1990 wire story is 1990)."""
    if anchor is None:
        return 2000 + year if year < 50 else 1900 + year
    candidate = anchor.year - anchor.year % 100 + year
    if candidate > anchor.year + 10:
        return candidate - 100
    if candidate <= anchor.year - 90:
        return candidate + 100
    return candidate


def _resolve_absolute(expression: TemporalExpression, anchor: dt.date | None, future: bool) -> EventDate | None:
    month, day = expression.month, expression.day
    year = _written_year(expression, anchor)
    if year is None and month is not None:
        year = _year_of_month(expression, anchor, future) if day is None else _year_of_day(month, day, anchor, future)
    if year is None:
        return None
    if month is None:
        return EventDate(f"{year:04d}", "year", expression.text)
    if day is None:
        return EventDate(f"{year:04d}-{month:02d}", "month", expression.text)
    try:
        return EventDate(dt.date(year, month, day).isoformat(), "day", expression.text)
    except ValueError:
        return None


def _written_year(expression: TemporalExpression, anchor: dt.date | None) -> int | None:
    if expression.year_offset is not None and anchor is not None:
        return anchor.year + expression.year_offset  # "March last year"
    if expression.year is None or not expression.two_digit_year:
        return expression.year
    return full_year(expression.year, anchor)


def _year_of_month(expression: TemporalExpression, anchor: dt.date | None, future: bool) -> int | None:
    if anchor is None or expression.month is None:
        return None
    month = expression.month
    if expression.modifier == "this":
        return anchor.year
    if expression.modifier == "next" or (future and expression.modifier != "last"):
        after = month > anchor.month or (month == anchor.month and expression.modifier != "next")
        return anchor.year if after else anchor.year + 1
    before = month < anchor.month or (month == anchor.month and expression.modifier != "last")
    return anchor.year if before else anchor.year - 1


def _year_of_day(month: int, day: int, anchor: dt.date | None, future: bool) -> int | None:
    if anchor is None:
        return None
    for year in (anchor.year - 1, anchor.year, anchor.year + 1):
        try:
            offset = (dt.date(year, month, day) - anchor).days
        except ValueError:
            continue
        if future and 0 <= offset < 366:
            return year
        if not future and -_BACKWARD_DAY_MONTH_DAYS < offset <= _FORWARD_DAY_MONTH_DAYS:
            return year
    return None


def _resolve_weekday(expression: TemporalExpression, anchor: dt.date | None, future: bool) -> EventDate | None:
    if anchor is None or expression.weekday is None:
        return None
    back = (anchor.weekday() - expression.weekday) % 7
    forward = (expression.weekday - anchor.weekday()) % 7
    if expression.modifier == "last":
        day = anchor - dt.timedelta(days=back or 7)
    elif expression.modifier == "next":
        day = anchor + dt.timedelta(days=forward or 7)
    elif future:
        day = anchor + dt.timedelta(days=forward)
    else:
        day = anchor - dt.timedelta(days=back)
    return EventDate(day.isoformat(), "day", expression.text)


def _resolve_relative(expression: TemporalExpression, anchor: dt.date | None, future: bool) -> EventDate | None:
    if anchor is None:
        return None
    amount = expression.amount
    if expression.unit == "day":
        return EventDate((anchor + dt.timedelta(days=amount)).isoformat(), "day", expression.text)
    if expression.unit == "week":
        day = anchor + dt.timedelta(weeks=amount)
        return EventDate(f"{day.year:04d}-{day.month:02d}", "month", expression.text)
    if expression.unit == "month":
        months = anchor.year * 12 + anchor.month - 1 + amount
        return EventDate(f"{months // 12:04d}-{months % 12 + 1:02d}", "month", expression.text)
    return EventDate(f"{anchor.year + amount:04d}", "year", expression.text)


_RESOLVERS: dict[str, Callable[[TemporalExpression, dt.date | None, bool], EventDate | None]] = {
    "absolute": _resolve_absolute,
    "weekday": _resolve_weekday,
    "relative": _resolve_relative,
}
