"""Find temporal expressions in plain text and parse each into calendar fields.

Finding is separate from resolving (`dates.resolve`): an expression records only what its words
say ("Tuesday", "3 JAN 90", "two weeks ago"), and the publication date turns it into a calendar
date later. Every pattern is compiled once at import, because this runs on every sentence of
every article. Matching is case-insensitive so that ALL-CAPS wire copy works; words that are
also ordinary English ("may", "march") count as months only with a cue that makes them dates.

What is deliberately not a date: durations ("for 10 years", "two days", "the last 10 years",
"11-day"), ages ("17-year-old"), times of day alone ("7 a.m.", "0500 GMT"), decades ("the
1990s"), and counts. Only "N units ago" and "last/this/next unit" turn a unit into a date.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import Any, Callable, Iterable, Literal, Mapping

from eventmill.dates.words import DateWords, default_words

ExpressionKind = Literal["absolute", "weekday", "relative"]
Unit = Literal["day", "week", "month", "year"]
_Trie = dict[str, Any]
_UNITS: dict[str, Unit] = {"day": "day", "week": "week", "month": "month", "year": "year"}


@dataclass(frozen=True)
class TemporalExpression:
    """A stretch of text that names a time, with the calendar fields its words give.

    Attributes:
        start, end: character offsets into the text given to `find`.
        kind: "absolute" (calendar fields, some may be missing: "Oct. 7" has no year),
            "weekday" ("late on Tuesday"), or "relative" (a count of units from the
            publication date: "yesterday", "last month", "three years ago").
        year: the year as written; with `two_digit_year` it is 0-99 and needs a century.
        month, day: calendar month (1-12) and day of month, when written.
        weekday: Python weekday number (Monday = 0) for kind "weekday".
        modifier: "last", "next" or "this" before a weekday or a lone month, else "".
        year_offset: a year named relative to the publication year ("March last year" is -1).
        unit, amount: for kind "relative", the signed number of units from the publication
            date ("yesterday" is day -1, "next year" is year +1).
        range_end: the second date of a range ("between January 4 and February 7"); the
            expression itself stands for the start.
    """

    start: int
    end: int
    text: str
    kind: ExpressionKind
    year: int | None = None
    two_digit_year: bool = False
    month: int | None = None
    day: int | None = None
    weekday: int | None = None
    modifier: str = ""
    year_offset: int | None = None
    unit: Unit | None = None
    amount: int = 0
    range_end: TemporalExpression | None = None


def find(text: str) -> list[TemporalExpression]:
    """All temporal expressions in a sentence or paragraph.

    Args:
        text: plain text, any case.

    Returns:
        Expressions left to right, non-overlapping; where two overlap the longer wins, and a
        range ("from March 3 to 5") is one expression whose `range_end` holds its second date.
    """
    if _ANY_DATE_WORD.search(text) is None:
        return []
    candidates = [found for pattern, build in _PATTERNS for found in _matches(text, pattern, build)]
    candidates.sort(key=lambda found: (found.start, found.start - found.end))
    chosen: list[TemporalExpression] = []
    for found in candidates:
        if not chosen or found.start >= chosen[-1].end:
            chosen.append(found)
    return _join_ranges(text, chosen)


def _matches(
    text: str, pattern: re.Pattern[str], build: Callable[[re.Match[str], str], TemporalExpression | None]
) -> Iterable[TemporalExpression]:
    for match in pattern.finditer(text):
        found = build(match, text)
        if found is not None:
            yield found


def _alternation(words: Iterable[str]) -> str:
    """A regex matching any of the words, longest first, factored as a trie.

    Python's regex engine tries a plain alternation word by word at every position; sharing
    prefixes ("sept|september|sep" as "sep(?:t(?:ember)?)?") makes the scan several times faster.
    """
    trie: _Trie = {}
    for word in words:
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}
    return _trie_pattern(trie)


def _trie_pattern(node: _Trie) -> str:
    branches = [
        (r"\s+" if char == " " else re.escape(char)) + _trie_pattern(child)
        for char, child in sorted(node.items()) if char
    ]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if "" not in node:
        return body
    return body + "?" if len(branches) == 1 and len(branches[0]) == 1 else f"(?:{body})?"


def _abbreviations(months: Mapping[str, int]) -> frozenset[str]:
    """Month words that shorten another word of the same month ("sept"); only they take a dot."""
    return frozenset(
        word for word, number in months.items()
        if any(other != word and other.startswith(word) and months[other] == number for other in months)
    )


_WORDS: DateWords = default_words()
_MONTH_ABBREVIATIONS = _abbreviations(_WORDS.months)
_MONTH = (
    rf"\b(?P<month>(?:{_alternation(_WORDS.months.keys() - _MONTH_ABBREVIATIONS)})\b"
    rf"|(?:{_alternation(_MONTH_ABBREVIATIONS)})\b\.?)"
)
_WEEKDAY = rf"\b(?P<weekday>{_alternation(_WORDS.weekdays)})\b"
_DAY = r"\b(?P<day>3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?\b"
_YEAR = r"(?P<year>(?:19|20)\d\d)(?!\d|,\d)"
# Two-digit years only where a wire dateline or an apostrophe makes them unmistakable ("3 JAN 90 --").
_YEAR_ANY = rf"(?:{_YEAR}|'(?P<short>\d\d)\b|(?P<wire>\d\d)(?=\s*(?:--|—|–|[([]|$)|\.(?:\s|$)))"
_DAY_PART = rf"(?:\s+(?P<part>{_alternation(_WORDS.day_parts)})\b)?"
_LEADING_WEEKDAY = rf"(?:{_WEEKDAY}(?:,\s*|\s+))?"
# "March last year", "Oct. 7 of this year": the year named from the publication year.
_YEAR_WORD = r"(?:,?\s+(?:of\s+)?(?P<year_word>last|this|next)\s+year\b)"
_YEAR_WORD_OFFSETS = {"last": -1, "this": 0, "next": 1}
_NOT_A_CLOCK = r"(?!\s*(?:gmt|utc|hours|hrs|h\b|local\s+time|[ap]\.?m\b))"
_FLAGS = re.IGNORECASE

_ISO = re.compile(rf"\b{_YEAR}(?P<sep>[-/])(?P<month>1[0-2]|0?[1-9])(?P=sep)(?P<day>3[01]|[12]\d|0?[1-9])\b")
_NUMERIC = re.compile(r"\b(?P<first>\d{1,2})/(?P<second>\d{1,2})/(?P<year>(?:19|20)\d\d|\d\d)\b(?!/)")
_MONTH_DAY = re.compile(
    rf"{_LEADING_WEEKDAY}{_MONTH}\s*(?:the\s+)?{_DAY}(?:,?\s+{_YEAR_ANY}|{_YEAR_WORD})?", _FLAGS
)
_DAY_MONTH = re.compile(
    rf"{_LEADING_WEEKDAY}(?:the\s+)?{_DAY}(?:\s+of)?\s+{_MONTH}(?:,?\s*{_YEAR_ANY}|{_YEAR_WORD})?", _FLAGS
)
_MONTH_YEAR = re.compile(
    rf"(?:\b(?P<modifier>early|late|mid)(?:\s+|-\s*))?{_MONTH}(?:\s+of)?,?\s+{_YEAR}{_NOT_A_CLOCK}", _FLAGS
)
_LONE_MONTH = re.compile(
    rf"(?:\b(?P<cue>{_alternation(_WORDS.month_cues)})\s+)?"
    rf"(?:\b(?P<modifier>early|late|mid|last|next|this)(?:\s+|-\s*))?{_MONTH}(?!\s*\d){_YEAR_WORD}?",
    _FLAGS,
)
_LONE_YEAR = re.compile(
    rf"(?:\b(?P<cue>{_alternation(_WORDS.year_cues)})\s+)?(?:\b(?P<modifier>early|late|mid)(?:\s+|-\s*))?"
    rf"\b{_YEAR}\b(?![-/.]\d|[-–]\w){_NOT_A_CLOCK}",
    _FLAGS,
)
_WEEKDAY_PHRASE = re.compile(
    rf"(?:\b(?P<modifier>last|next|this|(?:late|early|earlier|later)(?:\s+on)?)\s+)?{_WEEKDAY}(?:['’]s)?{_DAY_PART}",
    _FLAGS,
)
_RELATIVE_DAY = re.compile(
    rf"(?:\b(?:late|early)\s+)?\b(?P<phrase>{_alternation(_WORDS.relative_days)})\b{_DAY_PART}", _FLAGS
)
_RELATIVE_PERIOD = re.compile(
    r"(?<!\bthe\s)(?<!\bpast\s)\b(?P<modifier>last|this|next|earlier\s+this|later\s+this)\s+"
    r"(?P<unit>week|month|year)\b(?!\s*-)",
    _FLAGS,
)
_AGO = re.compile(
    rf"\b(?P<count>\d{{1,3}}|{_alternation(_WORDS.number_words)})\s+(?P<unit>day|week|month|year)s?\s+ago\b",
    _FLAGS,
)
# Every pattern needs a digit or one of these words: a cheap test that skips most sentences.
_ANY_DATE_WORD = re.compile(
    rf"\d|\b(?:{_alternation([*_WORDS.months, *_WORDS.weekdays, *_WORDS.relative_days])})\b"
    r"|\b(?:last|this|next)\s+(?:week|month|year)\b|\bago\b",
    _FLAGS,
)
_RANGE_OPENER = re.compile(r"\b(?:between|from)\s+$", _FLAGS)
_RANGE_JOIN = re.compile(r"\s*(?:and|to|until|till|through|-|–|—)\s*", _FLAGS)
_DASH_JOIN = re.compile(r"\s*[-–]\s*")
_DAY_TAIL = re.compile(rf"{_DAY}(?:,?\s+{_YEAR})?(?!\s*(?:[-/.:]\d|%|percent))", _FLAGS)
_YEAR_TAIL = re.compile(rf"\b{_YEAR}", _FLAGS)


def _span(match: re.Match[str], text: str, start: int | None = None) -> tuple[int, int, str]:
    """Start, end and text of a match, optionally starting later (after a cue word)."""
    begin = match.start() if start is None else start
    return begin, match.end(), text[begin : match.end()]


def _month_number(word: str) -> int:
    return _WORDS.months[word.rstrip(".").lower()]


def _year_offset(match: re.Match[str]) -> int | None:
    word = match.groupdict().get("year_word")
    return _YEAR_WORD_OFFSETS[word.lower()] if word else None


def _is_plain_word(match: re.Match[str], text: str) -> bool:
    """Whether an ambiguous month word is probably the ordinary word ("may", "march").

    In mixed-case prose a month is capitalised; a lower-case "may" there is the verb.
    """
    word = match.group("month").rstrip(".")
    return word.lower() in _WORDS.ambiguous_months and word.islower() and not text.islower()


def _build_iso(match: re.Match[str], text: str) -> TemporalExpression:
    return TemporalExpression(
        *_span(match, text), kind="absolute",
        year=int(match.group("year")), month=int(match.group("month")), day=int(match.group("day")),
    )


def _build_numeric(match: re.Match[str], text: str) -> TemporalExpression | None:
    """US order (month/day) unless the first number cannot be a month."""
    first, second = int(match.group("first")), int(match.group("second"))
    month, day = (second, first) if first > 12 else (first, second)
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return None
    year = match.group("year")
    return TemporalExpression(
        *_span(match, text), kind="absolute",
        year=int(year), two_digit_year=len(year) == 2, month=month, day=day,
    )


def _build_month_day(match: re.Match[str], text: str) -> TemporalExpression | None:
    if _is_plain_word(match, text):
        return None
    groups = match.groupdict()
    year_text: str | None = groups.get("year") or groups.get("short") or groups.get("wire")
    return TemporalExpression(
        *_span(match, text), kind="absolute",
        year=int(year_text) if year_text else None,
        two_digit_year=year_text is not None and len(year_text) == 2,
        month=_month_number(match.group("month")), day=int(match.group("day")), year_offset=_year_offset(match),
    )


def _build_month_year(match: re.Match[str], text: str) -> TemporalExpression | None:
    if _is_plain_word(match, text):
        return None
    return TemporalExpression(
        *_span(match, text), kind="absolute",
        year=int(match.group("year")), month=_month_number(match.group("month")),
    )


def _build_lone_month(match: re.Match[str], text: str) -> TemporalExpression | None:
    """A month alone needs a cue unless its name is unambiguous ("in May", "July")."""
    modifier = (match.group("modifier") or "").lower()
    if _is_plain_word(match, text):
        return None
    ambiguous = match.group("month").rstrip(".").lower() in _WORDS.ambiguous_months
    if ambiguous and not match.group("cue") and modifier in ("", "this"):
        return None
    start = match.start("modifier") if modifier else match.start("month")
    return TemporalExpression(
        *_span(match, text, start), kind="absolute",
        month=_month_number(match.group("month")),
        modifier=modifier if modifier in ("last", "next", "this") else "", year_offset=_year_offset(match),
    )


def _build_lone_year(match: re.Match[str], text: str) -> TemporalExpression | None:
    """A four-digit number is a year only after a cue ("in 2005", "the 2003 invasion")."""
    if not (match.group("cue") or match.group("modifier")):
        return None
    start = match.start("modifier") if match.group("modifier") else match.start("year")
    return TemporalExpression(
        *_span(match, text, start), kind="absolute", year=int(match.group("year"))
    )


def _build_weekday(match: re.Match[str], text: str) -> TemporalExpression:
    modifier = (match.group("modifier") or "").lower()
    return TemporalExpression(
        *_span(match, text), kind="weekday",
        weekday=_WORDS.weekdays[match.group("weekday").lower()],
        modifier=modifier if modifier in ("last", "next", "this") else "",
    )


def _build_relative_day(match: re.Match[str], text: str) -> TemporalExpression:
    phrase = " ".join(match.group("phrase").lower().split())
    return TemporalExpression(
        *_span(match, text), kind="relative", unit="day",
        amount=_WORDS.relative_days[phrase],
    )


def _build_relative_period(match: re.Match[str], text: str) -> TemporalExpression:
    modifier = match.group("modifier").lower()
    amount = {"last": -1, "next": 1}.get(modifier, 0)
    return TemporalExpression(
        *_span(match, text), kind="relative",
        unit=_UNITS[match.group("unit").lower()], amount=amount,
    )


def _build_ago(match: re.Match[str], text: str) -> TemporalExpression:
    count = match.group("count").lower()
    number = int(count) if count.isdigit() else _WORDS.number_words[" ".join(count.split())]
    return TemporalExpression(
        *_span(match, text), kind="relative",
        unit=_UNITS[match.group("unit").lower()], amount=-number,
    )


_PATTERNS: tuple[tuple[re.Pattern[str], Callable[[re.Match[str], str], TemporalExpression | None]], ...] = (
    (_ISO, _build_iso),
    (_NUMERIC, _build_numeric),
    (_MONTH_DAY, _build_month_day),
    (_DAY_MONTH, _build_month_day),
    (_MONTH_YEAR, _build_month_year),
    (_LONE_MONTH, _build_lone_month),
    (_LONE_YEAR, _build_lone_year),
    (_WEEKDAY_PHRASE, _build_weekday),
    (_RELATIVE_DAY, _build_relative_day),
    (_RELATIVE_PERIOD, _build_relative_period),
    (_AGO, _build_ago),
)


def _join_ranges(text: str, expressions: list[TemporalExpression]) -> list[TemporalExpression]:
    """Fold "between A and B", "from A to B" and "March 3-5" into A with `range_end` B."""
    joined: list[TemporalExpression] = []
    index = 0
    while index < len(expressions):
        first = expressions[index]
        following = expressions[index + 1] if index + 1 < len(expressions) else None
        end = _range_end(text, first, following)
        if end is not None:
            first = replace(_borrow_year(first, end), end=end.end, text=text[first.start : end.end], range_end=end)
            index += 1 if following is not None and end.start == following.start else 0
        joined.append(first)
        index += 1
    return joined


def _range_end(
    text: str, first: TemporalExpression, following: TemporalExpression | None
) -> TemporalExpression | None:
    opened = _RANGE_OPENER.search(text, max(0, first.start - 12), first.start) is not None
    join = (_RANGE_JOIN if opened else _DASH_JOIN).match(text, first.end)
    if join is None:
        return None
    if following is not None and following.start == join.end() and following.kind == first.kind:
        return following
    if first.kind != "absolute":
        return None
    if first.day is not None:
        tail = _DAY_TAIL.match(text, join.end())
        if tail is not None:
            year = int(tail.group("year")) if tail.group("year") else first.year
            return replace(
                first, start=tail.start(), end=tail.end(), text=tail.group(), day=int(tail.group("day")), year=year
            )
    if opened and first.month is None and first.year is not None:
        tail = _YEAR_TAIL.match(text, join.end())
        if tail is not None:
            return replace(first, start=tail.start(), end=tail.end(), text=tail.group(), year=int(tail.group("year")))
    return None


def _borrow_year(first: TemporalExpression, end: TemporalExpression) -> TemporalExpression:
    """Give the start of a range the year written only at its end ("December 28 to January 3, 2021")."""
    if first.year is not None or end.year is None or first.month is None:
        return first
    crosses_new_year = end.month is not None and first.month > end.month
    year = end.year - 1 if crosses_new_year else end.year
    return replace(first, year=year % 100 if end.two_digit_year else year, two_digit_year=end.two_digit_year)
