"""Merged dates, figures, sides and places of a cluster."""

from __future__ import annotations

import pytest

from eventmill.dedup.merge import merged_date, merged_figure, merged_place, merged_side
from eventmill.dedup.reports import Party, Report, Where


def report(doc_id: str, *, date: str | None = None, dead: int | None = None, source: str | None = None) -> Report:
    return Report(doc_id, "e1", "ASSAULT", date=date, fatalities=dead, source=source)


@pytest.mark.parametrize(("dates", "expected"), [
    (["2024-03", "2024-03-10", "2024"], "2024-03-10"),                  # most precise wins
    (["2024-03-11", "2024-03-10", "2024-03-10"], "2024-03-10"),         # then most reported
    (["2024-03-11", "2024-03-10"], "2024-03-10"),                       # then earliest
    ([None, "2024"], "2024"),
    ([None], None),
])
def test_merge_date(dates: list[str | None], expected: str | None) -> None:
    assert merged_date(report(str(i), date=d) for i, d in enumerate(dates)) == expected


@pytest.mark.parametrize(("figures", "value", "rule"), [
    ([12], 12, "single"),
    ([12, 13, 12], 12, "most-cited"),
    ([11, 13, 12, 14], 12, "median"),         # no figure leads: the lower median
    ([20, 20], 20, "most-cited"),
])
def test_merge_figure_rule(figures: list[int], value: int, rule: str) -> None:
    figure = merged_figure([report(str(i), dead=n) for i, n in enumerate(figures)], "fatalities")
    assert figure is not None
    assert (figure.value, figure.rule, figure.low, figure.high) == (value, rule, min(figures), max(figures))


def test_merge_figure_gives_each_outlet_one_voice() -> None:
    reports = [report("a", dead=10, source="Wire"), report("b", dead=14, source="Wire"), report("c", dead=12)]
    figure = merged_figure(reports, "fatalities")
    assert figure is not None and figure.reported == (12, 14)
    assert merged_figure([report("a")], "fatalities") is None


def test_merge_side_and_place_prefer_coded_and_located() -> None:
    coded, bare = (Party("Police", "KEN", "COP"),), (Party("officers"),)
    assert merged_side([bare, bare, coded, ()]) == coded
    assert merged_side([(), ()]) == ()
    located = Where("Nairobi", "KEN", -1.28, 36.82)
    assert merged_place([Where("Nairobi", "KEN"), Where("Nairobi", "KEN"), located, None]) == located
