"""Counts and intensity of clustered events per period, by type, dyad, country or actor.

Analytics count *events* (clusters), not reports: forty outlets telling one air strike add one
event and forty reports. Only asserted events count: a denied or planned event did not happen.
An event whose date is coarser than the period (a month-precision date in a daily series) cannot
be placed and is counted in `Series.unplaced` instead of being guessed into a day.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Literal

from eventmill.analytics.scores import intensity
from eventmill.dedup.cluster import Cluster
from eventmill.dedup.reports import Party

Period = Literal["day", "week", "month"]
Breakdown = Literal["type", "dyad", "country", "actor"]
PERIODS: tuple[str, ...] = Period.__args__  # type: ignore[attr-defined]
BREAKDOWNS: tuple[str, ...] = Breakdown.__args__  # type: ignore[attr-defined]
_NEEDED_PRECISION = {"day": ("day",), "week": ("day",), "month": ("day", "month")}
UNKNOWN = "?"


@dataclass(frozen=True)
class Bucket:
    """The events of one key in one period.

    Attributes:
        period: "2024-03-10" (day), "2024-W10" (ISO week) or "2024-03" (month).
        key: the type, dyad ("RUS MIL → UKR CVL"), country code or actor name.
        events: clustered events; reports: the reports behind them.
        intensity: the sum of the events' PLOVER scores (negative: conflict).
    """

    period: str
    key: str
    events: int
    reports: int
    intensity: float

    @property
    def mean_intensity(self) -> float:
        return self.intensity / self.events if self.events else 0.0


@dataclass(frozen=True)
class Series:
    """Buckets ordered by period then key, and how many events could not be placed in a period."""

    period: str
    by: str
    buckets: tuple[Bucket, ...]
    unplaced: int

    def keys(self) -> list[str]:
        """Keys by descending event count, then name."""
        totals: dict[str, int] = defaultdict(int)
        for bucket in self.buckets:
            totals[bucket.key] += bucket.events
        return sorted(totals, key=lambda k: (-totals[k], k))

    def periods(self) -> list[str]:
        return sorted({bucket.period for bucket in self.buckets})


def series(clusters: Iterable[Cluster], *, by: Breakdown = "type", period: Period = "month") -> Series:
    """Count asserted events and sum their intensity per period and key."""
    keys_of = KEYS[by]
    tally: dict[tuple[str, str], list[float]] = defaultdict(lambda: [0, 0, 0.0])
    unplaced = 0
    for event in clusters:
        if event.modality != "asserted":
            continue
        label = period_of(event, period)
        if label is None:
            unplaced += 1
            continue
        for key in keys_of(event):
            cell = tally[(label, key)]
            cell[0] += 1
            cell[1] += len(event.reports)
            cell[2] += intensity(event.type)
    buckets = tuple(Bucket(p, k, int(c[0]), int(c[1]), c[2]) for (p, k), c in sorted(tally.items()))
    return Series(period, by, buckets, unplaced)


def period_of(event: Cluster, period: Period) -> str | None:
    """The period label of an event's merged date, or None when the date is missing or too coarse."""
    if event.date is None or event.date_precision not in _NEEDED_PRECISION[period]:
        return None
    if period == "month":
        return event.date[:7]
    day = dt.date.fromisoformat(event.date)
    if period == "day":
        return day.isoformat()
    year, week, _ = day.isocalendar()
    return f"{year}-W{week:02d}"


def side_code(side: tuple[Party, ...]) -> str:
    """A side as "COUNTRY SECTOR" ("ISR GOV"); members joined with "+"; "?" for what is unknown."""
    if not side:
        return UNKNOWN
    return "+".join(f"{p.country or UNKNOWN} {p.sector or UNKNOWN}" for p in side)


def dyad(event: Cluster) -> str:
    """The event's dyad: actor country+sector → recipient country+sector."""
    return f"{side_code(event.actor)} → {side_code(event.recipient)}"


def countries(event: Cluster) -> list[str]:
    """Every country on either side, once each; events with no known country count under "?"."""
    found = sorted({p.country for p in (*event.actor, *event.recipient) if p.country})
    return found or [UNKNOWN]


def actors(event: Cluster) -> list[str]:
    """Every named party on either side, once each."""
    return sorted({p.name for p in (*event.actor, *event.recipient)}) or [UNKNOWN]


KEYS: dict[str, Callable[[Cluster], list[str]]] = {
    "type": lambda event: [event.type],
    "dyad": lambda event: [dyad(event)],
    "country": countries,
    "actor": actors,
}
