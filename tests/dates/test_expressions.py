"""Tests for dates/expressions.py: which stretches of text are temporal expressions."""

from __future__ import annotations

import pytest

from eventmill.dates.expressions import TemporalExpression, find


def _texts(text: str) -> list[str]:
    return [expression.text for expression in find(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The envoys met late on Tuesday in the capital.", ["late on Tuesday"]),
        ("Talks resumed on Friday night after a pause.", ["Friday night"]),
        ("Saturday's vote was delayed.", ["Saturday's"]),
        ("The ministers spoke in May and again in July.", ["May", "July"]),
        ("Rebels seized the town in early March.", ["early March"]),
        ("The truce collapsed in mid-August.", ["mid-August"]),
        ("The pact was signed on March 3, 2021, in Geneva.", ["March 3, 2021"]),
        ("The pact was signed on 3 March 2021 in Geneva.", ["3 March 2021"]),
        ("The pact was signed on the 3rd of March.", ["the 3rd of March"]),
        ("Troops crossed the border on Oct. 7 at dawn.", ["Oct. 7"]),
        ("Troops crossed the border on Oct 7 at dawn.", ["Oct 7"]),
        ("Troops crossed the border on 7 Oct at dawn.", ["7 Oct"]),
        ("The file is dated 2021-03-03.", ["2021-03-03"]),
        ("The file is dated 03/04/2021.", ["03/04/2021"]),
        ("Elections were held in April 2019.", ["April 2019"]),
        ("The council has met every year since 2007.", ["2007"]),
        ("It was the 2003 invasion that changed everything.", ["2003"]),
        ("The army withdrew on Friday, Nov. 24, 2023.", ["Friday, Nov. 24, 2023"]),
        ("Police said yesterday that two men were held.", ["yesterday"]),
        ("Police said the day before yesterday that two men were held.", ["the day before yesterday"]),
        ("Shelling continued last night and this morning.", ["last night", "this morning"]),
        ("The court will rule tomorrow.", ["tomorrow"]),
        ("Prices rose last week, fell last month and recovered earlier this month.",
         ["last week", "last month", "earlier this month"]),
        ("The mayor resigned three days ago.", ["three days ago"]),
        ("The border closed two weeks ago and reopened a week ago.", ["two weeks ago", "a week ago"]),
        ("The treaty lapsed 17 years ago.", ["17 years ago"]),
        ("The summit is planned for next month.", ["next month"]),
    ],
)
def test_expressions_find_mixed_case(text: str, expected: list[str]) -> None:
    assert _texts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("SAN MIGUEL, 3 JAN 90 -- GUERRILLAS ATTACKED A POST YESTERDAY.", ["3 JAN 90", "YESTERDAY"]),
        ("THE ARMY SAID THAT ON 30 DECEMBER TROOPS CLASHED WITH REBELS.", ["30 DECEMBER"]),
        ("LAST WEEK THE MINISTER TRAVELLED TO QUITO.", ["LAST WEEK"]),
        ("REBELS BLEW UP A BRIDGE IN MAY.", ["MAY"]),
        ("THE BOMB EXPLODED EARLY THIS MORNING.", ["EARLY THIS MORNING"]),
        ("THE CURFEW HAS BEEN IN FORCE SINCE 1988.", ["1988"]),
    ],
)
def test_expressions_find_all_caps(text: str, expected: list[str]) -> None:
    assert _texts(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The 11-day war left the city in ruins.",
        "He was jailed for 10 years.",
        "The strike lasted two days.",
        "Seven weeks of war have emptied the villages.",
        "Violence has risen over the last 10 years.",
        "Attacks have grown over the last year.",
        "A 17-year-old was among the injured.",
        "The truce took effect at 7 a.m. (0500 GMT).",
        "The patrol left at 2030 hours.",
        "The bill would cost $2 billion, or 15 percent of revenue.",
        "A decades-old dispute flared again.",
        "The plan will not be ready in more than a decade.",
        "Unrest spread across the region in the 1990s.",
        "This may take weeks, the march organisers said.",
        "Protesters may march to the palace.",
        "A 2000-tonne tanker ran aground.",
        "Ticket sales for the 2022-23 season opened.",
    ],
)
def test_expressions_durations_and_numbers_are_not_dates(text: str) -> None:
    assert find(text) == []


@pytest.mark.parametrize(
    ("text", "month", "day", "year", "two_digit_year"),
    [
        ("on 3 JAN 90 --", 1, 3, 90, True),
        ("on 12 Mar 89 (wire) --", 3, 12, 89, True),
        ("on Sept. 11, 2001", 9, 11, 2001, False),
        ("dated 25/12/2020", 12, 25, 2020, False),
        ("dated 04/05/2020", 4, 5, 2020, False),
        ("dated 4/5/21", 4, 5, 21, True),
    ],
)
def test_expressions_parse_calendar_fields(
    text: str, month: int, day: int, year: int, two_digit_year: bool
) -> None:
    (expression,) = find(text)
    assert (expression.month, expression.day, expression.year, expression.two_digit_year) == (
        month, day, year, two_digit_year,
    )


@pytest.mark.parametrize(
    ("text", "kind", "unit", "amount", "modifier"),
    [
        ("yesterday", "relative", "day", -1, ""),
        ("the day after tomorrow", "relative", "day", 2, ""),
        ("a couple of weeks ago", "relative", "week", -2, ""),
        ("a dozen years ago", "relative", "year", -12, ""),
        ("next year", "relative", "year", 1, ""),
        ("this week", "relative", "week", 0, ""),
        ("last Tuesday", "weekday", None, 0, "last"),
        ("next Sunday", "weekday", None, 0, "next"),
    ],
)
def test_expressions_parse_relative_fields(
    text: str, kind: str, unit: str | None, amount: int, modifier: str
) -> None:
    (expression,) = find(text)
    assert (expression.kind, expression.unit, expression.amount, expression.modifier) == (
        kind, unit, amount, modifier,
    )


def test_expressions_offsets_point_into_the_text() -> None:
    text = "Officials said on Monday that the 2019 accord had failed in June."
    for expression in find(text):
        assert text[expression.start : expression.end] == expression.text


@pytest.mark.parametrize(
    ("text", "start_text", "end_day", "end_month", "end_year"),
    [
        ("Fighting raged between January 4 and February 7.", "January 4 and February 7", 7, 2, None),
        ("The fair ran from March 3 to 5.", "March 3 to 5", 5, 3, None),
        ("The fair ran March 3-5, 2021.", "March 3-5, 2021", 5, 3, 2021),
        ("He governed between 2005 and 2007.", "2005 and 2007", None, None, 2007),
    ],
)
def test_expressions_ranges_keep_their_end(
    text: str, start_text: str, end_day: int | None, end_month: int | None, end_year: int | None
) -> None:
    (expression,) = find(text)
    assert expression.text == start_text
    assert isinstance(expression.range_end, TemporalExpression)
    end = expression.range_end
    assert (end.day, end.month, end.year) == (end_day, end_month, end_year)


def test_expressions_range_start_borrows_the_year_across_new_year() -> None:
    (expression,) = find("Strikes hit the port between December 28 and January 3, 2021.")
    assert (expression.year, expression.month, expression.day) == (2020, 12, 28)


def test_expressions_lowercase_may_is_a_verb_in_mixed_case_text() -> None:
    assert find("Officials said talks in may resume.") == []
    assert _texts("Officials said talks in May resumed.") == ["May"]
