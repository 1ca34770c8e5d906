from __future__ import annotations

import datetime as dt

import pytest

from eventmill.store.queries import DyadCount, SeriesCount
from eventmill.web.charts import TYPE_COLOURS, continuous_periods, network, timeline

MARCH, APRIL = dt.date(2024, 3, 1), dt.date(2024, 4, 1)


def test_charts_timeline_stacks_types_and_scales_to_the_tallest_column() -> None:
    chart = timeline([SeriesCount(MARCH, "ASSAULT", 3), SeriesCount(MARCH, "AGREE", 1), SeriesCount(APRIL, "AGREE", 2)],
                     width=200, height=100)
    march = [bar for bar in chart.bars if bar.period == "2024-03-01"]
    assert [bar.type for bar in march] == ["AGREE", "ASSAULT"]  # PLOVER order, cooperation at the bottom
    assert sum(bar.height for bar in march) == pytest.approx(100) and march[1].y == pytest.approx(0)
    assert [bar.height for bar in chart.bars if bar.period == "2024-04-01"] == [50]
    assert [label for _, label in chart.ticks] == ["2024-03-01", "2024-04-01"] and chart.levels[-1] == (0.0, 4)
    assert chart.types == (("AGREE", TYPE_COLOURS["AGREE"]), ("ASSAULT", TYPE_COLOURS["ASSAULT"]))


def test_charts_timeline_of_nothing_is_empty() -> None:
    chart = timeline([])
    assert chart.bars == () and chart.ticks == ()


def test_charts_network_joins_sides_and_colours_by_intensity() -> None:
    chart = network([DyadCount("ISR MIL", "PSE REB", "ASSAULT", 4), DyadCount("ISR GOV", "PSE GOV", "AGREE", 1)])
    assert [node.label for node in chart.nodes][:2] == ["ISR MIL", "PSE REB"]  # most active first
    hostile, friendly = sorted(chart.edges, key=lambda edge: -edge.events)
    assert hostile.mean_intensity < 0 < friendly.mean_intensity and hostile.width > friendly.width
    assert hostile.colour == "rgb(240,15,15)" and friendly.colour == "rgb(112,112,175)"  # AGREE scores +2.5


@pytest.mark.parametrize(("present", "period", "expected"), [
    ([MARCH, dt.date(2024, 6, 1)], "month", [MARCH, APRIL, dt.date(2024, 5, 1), dt.date(2024, 6, 1)]),
    ([dt.date(2023, 12, 1), dt.date(2024, 1, 1)], "month", [dt.date(2023, 12, 1), dt.date(2024, 1, 1)]),
    ([dt.date(2024, 3, 4), dt.date(2024, 3, 18)], "week", [dt.date(2024, 3, 4), dt.date(2024, 3, 11), dt.date(2024, 3, 18)]),
    ([dt.date(2022, 1, 1), dt.date(2024, 1, 1)], "year", [dt.date(2022, 1, 1), dt.date(2023, 1, 1), dt.date(2024, 1, 1)]),
    ([dt.date(1990, 1, 1), dt.date(2024, 1, 1)], "day", [dt.date(1990, 1, 1), dt.date(2024, 1, 1)]),  # too many: gaps left out
])
def test_charts_timeline_axis_is_time_with_empty_periods(present: list[dt.date], period: str,
                                                          expected: list[dt.date]) -> None:
    assert continuous_periods(present, period) == expected
