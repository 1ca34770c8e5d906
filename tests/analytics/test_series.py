"""Series count events, not reports, per period and key, with PLOVER intensity."""

from __future__ import annotations

import pytest

from eventmill.analytics.series import series
from eventmill.dedup import Cluster


def table(events: list[Cluster], **options: str) -> dict[tuple[str, str], tuple[int, int, float]]:
    found = series(events, **options)  # type: ignore[arg-type]
    return {(b.period, b.key): (b.events, b.reports, b.intensity) for b in found.buckets}


def test_series_counts_events_not_reports(events: list[Cluster]) -> None:
    assert table(events, by="type", period="month") == {
        ("2021-05", "ASSAULT"): (2, 3, -18.0),
        ("2021-05", "CONSULT"): (1, 1, 2.5),
        ("2021-06", "ACCUSE"): (1, 1, -3.0),
        ("2021-06", "CONSULT"): (1, 1, 2.5),
    }


@pytest.mark.parametrize(("period", "labels", "unplaced"), [
    ("day", {"2021-05-10", "2021-05-11", "2021-05-20", "2021-06-02"}, 2),
    ("week", {"2021-W19", "2021-W20", "2021-W22"}, 2),
    ("month", {"2021-05", "2021-06"}, 1),      # the year-precision aid has no month
])
def test_series_places_only_dates_precise_enough(events: list[Cluster], period: str, labels: set[str],
                                                 unplaced: int) -> None:
    found = series(events, by="type", period=period)  # type: ignore[arg-type]
    assert set(found.periods()) == labels
    assert found.unplaced == unplaced


def test_series_by_dyad_country_and_actor(events: list[Cluster]) -> None:
    dyads = table(events, by="dyad", period="month")
    assert dyads[("2021-05", "ISR GOV → PSE REB")] == (1, 2, -9.0)
    assert dyads[("2021-05", "PSE REB → ISR GOV")] == (1, 1, -9.0)
    countries = table(events, by="country", period="month")
    assert countries[("2021-05", "ISR")][0] == 3 and countries[("2021-05", "EGY")][0] == 1
    actors = table(events, by="actor", period="month")
    assert actors[("2021-06", "Hamas")] == (2, 2, -0.5)


def test_series_keys_rank_by_events(events: list[Cluster]) -> None:
    assert series(events, by="type", period="month").keys() == ["ASSAULT", "CONSULT", "ACCUSE"]
    assert series([], by="type", period="day").buckets == ()
