"""What a cluster of reports says about its one event: date, figures, sides and place.

Reports of one event disagree in small ways (one outlet says 12 dead, another 13; one says
"on Sunday", another "this month"). Each merged value says how it was chosen, so a reader can
check the rule and find the reports behind it.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from eventmill.dedup.reports import Party, Report, Where

_PRECISION_RANK = {"day": 3, "month": 2, "year": 1}


@dataclass(frozen=True)
class Figure:
    """One casualty or arrest figure as the reports give it.

    Attributes:
        reported: each outlet's figure (the largest it gave for this event), in ascending order.
        low, high: their range.
        value: the figure the event carries.
        rule: how `value` was chosen: "single" (one outlet gave a figure), "most-cited" (more
            outlets gave it than any other figure) or "median" (the lower median when no figure
            leads).
    """

    reported: tuple[int, ...]
    low: int
    high: int
    value: int
    rule: str


def merged_date(reports: Iterable[Report]) -> str | None:
    """The most precise date the reports give; among equally precise ones, the most reported, then the earliest."""
    dates = [r.date for r in reports if r.date]
    if not dates:
        return None
    counts = Counter(dates)
    return min(counts, key=lambda d: (-_PRECISION_RANK[_precision(d)], -counts[d], d))


def merged_figure(reports: Sequence[Report], field: str) -> Figure | None:
    """Merge one figure ("fatalities", "injuries" or "arrests") over the reports, one voice per outlet."""
    per_outlet: dict[str, int] = {}
    for report in reports:
        value = getattr(report, field)
        if value is not None:
            per_outlet[report.outlet] = max(value, per_outlet.get(report.outlet, value))
    if not per_outlet:
        return None
    reported = tuple(sorted(per_outlet.values()))
    low, high = reported[0], reported[-1]
    if len(reported) == 1:
        return Figure(reported, low, high, low, "single")
    ranked = Counter(reported).most_common()
    runner_up = ranked[1][1] if len(ranked) > 1 else 0
    if ranked[0][1] > runner_up:
        return Figure(reported, low, high, ranked[0][0], "most-cited")
    return Figure(reported, low, high, reported[(len(reported) - 1) // 2], "median")


def merged_side(sides: Iterable[tuple[Party, ...]]) -> tuple[Party, ...]:
    """The side most reports give, preferring fully coded ones (country and sector known)."""
    counts = Counter(side for side in sides if side)
    if not counts:
        return ()
    return min(counts, key=lambda side: (-_coded(side), -counts[side], [p.name for p in side]))


def merged_place(places: Iterable[Where | None]) -> Where | None:
    """The place most reports give, preferring places with coordinates."""
    counts = Counter(place for place in places if place is not None)
    if not counts:
        return None
    return min(counts, key=lambda p: (p.lat is None, -counts[p], p.name))


def merged_mode(reports: Iterable[Report]) -> str | None:
    """The mode most reports give (ties: alphabetical); None when none gives one."""
    counts = Counter(r.mode for r in reports if r.mode)
    return min(counts, key=lambda mode: (-counts[mode], mode)) if counts else None


def independent_sources(reports: Iterable[Report]) -> int:
    """How many outlets reported the event (several reports by one outlet count once)."""
    return len({report.outlet for report in reports})


def _coded(side: tuple[Party, ...]) -> int:
    return sum(1 for party in side if party.country and party.sector)


def _precision(date: str) -> str:
    return ("year", "month", "day")[date.count("-")]
