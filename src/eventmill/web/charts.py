"""Chart geometry computed on the server: stacked timeline bars and the dyad network.

Charts are drawn as SVG by the templates from these numbers, so a page of 100k events costs
one aggregate query and no client-side work, and every label passes through the template's
escaping like any other text.
"""

from __future__ import annotations

import datetime as dt
import math
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from eventmill.analytics.scores import intensity
from eventmill.model import EVENT_TYPES
from eventmill.store.queries import DyadCount, SeriesCount

# One colour per PLOVER type, cooperative types in blues and greens, conflictual in reds.
TYPE_COLOURS: dict[str, str] = dict(zip(EVENT_TYPES, (
    "#1f77b4", "#6baed6", "#2ca02c", "#98df8a", "#17becf", "#9edae5", "#bcbd22", "#dbdb8d",
    "#ff7f0e", "#ffbb78", "#e377c2", "#f7b6d2", "#9467bd", "#c5b0d5", "#d62728", "#8c564b",
)))


@dataclass(frozen=True)
class Bar:
    """One type's part of one period's column."""

    x: float
    y: float
    width: float
    height: float
    colour: str
    type: str
    period: str
    events: int


@dataclass(frozen=True)
class Timeline:
    """Stacked columns, one per period, with axis ticks and the legend's types."""

    width: float
    height: float
    bars: tuple[Bar, ...]
    ticks: tuple[tuple[float, str], ...]  # (x, label) along the bottom
    levels: tuple[tuple[float, int], ...]  # (y, count) up the side
    types: tuple[tuple[str, str], ...]  # (type, colour) present in the chart


MAX_COLUMNS = 400  # beyond this, empty periods are left out rather than drawn as hairlines


def timeline(counts: Sequence[SeriesCount], *, period: str = "month", width: float = 960.0,
             height: float = 320.0) -> Timeline:
    """Stack each period's counts by type, in PLOVER order, scaled to the largest column.

    Periods without events between the first and the last are drawn as empty columns, so the
    horizontal axis is time (up to MAX_COLUMNS columns; past that only periods with events).
    """
    periods = continuous_periods(sorted({c.period for c in counts}), period)
    totals: dict[object, int] = defaultdict(int)
    for count in counts:
        totals[count.period] += count.events
    top = max(totals.values(), default=1)
    slot = width / max(len(periods), 1)
    column = {period: i for i, period in enumerate(periods)}
    stacked: dict[object, float] = defaultdict(float)
    bars = []
    for count in sorted(counts, key=lambda c: (c.period, EVENT_TYPES.index(c.type) if c.type in EVENT_TYPES else 99)):
        bar_height = count.events / top * height
        stacked[count.period] += bar_height
        bars.append(Bar(x=round(column[count.period] * slot + slot * 0.1, 2), y=round(height - stacked[count.period], 2),
                        width=round(slot * 0.8, 2), height=round(bar_height, 2), colour=TYPE_COLOURS.get(count.type, "#777"),
                        type=count.type, period=count.period.isoformat(), events=count.events))
    step = max(1, math.ceil(len(periods) / 12))
    ticks = tuple((round(i * slot + slot / 2, 2), p.isoformat()) for i, p in enumerate(periods) if i % step == 0)
    levels = tuple((round(height - height * share, 2), round(top * share)) for share in (0.0, 0.5, 1.0))
    present = sorted({c.type for c in counts}, key=lambda t: EVENT_TYPES.index(t) if t in EVENT_TYPES else 99)
    return Timeline(width, height, tuple(bars), ticks, levels, tuple((t, TYPE_COLOURS.get(t, "#777")) for t in present))


def continuous_periods(present: list[dt.date], period: str) -> list[dt.date]:
    """Every period start from the first present one to the last (or just the present ones when too many)."""
    if not present:
        return []
    filled: list[dt.date] = []
    current = present[0]
    while current <= present[-1] and len(filled) <= MAX_COLUMNS:
        filled.append(current)
        current = _next_period(current, period)
    return filled if len(filled) <= MAX_COLUMNS else present


def _next_period(start: dt.date, period: str) -> dt.date:
    if period == "day":
        return start + dt.timedelta(days=1)
    if period == "week":
        return start + dt.timedelta(weeks=1)
    if period == "month":
        return dt.date(start.year + start.month // 12, start.month % 12 + 1, 1)
    return dt.date(start.year + 1, 1, 1)


@dataclass(frozen=True)
class Node:
    label: str
    x: float
    y: float
    radius: float
    events: int


@dataclass(frozen=True)
class Edge:
    """A dyad: from one side to another, width by reports, colour by mean PLOVER intensity."""

    source: str
    target: str
    x1: float
    y1: float
    x2: float
    y2: float
    width: float
    colour: str
    events: int
    mean_intensity: float


@dataclass(frozen=True)
class Network:
    size: float
    nodes: tuple[Node, ...]
    edges: tuple[Edge, ...]


def network(counts: Iterable[DyadCount], *, size: float = 640.0) -> Network:
    """Place the sides on a circle (most active first, clockwise from the top) and join each dyad."""
    events: dict[tuple[str, str], int] = defaultdict(int)
    score: dict[tuple[str, str], float] = defaultdict(float)
    for count in counts:
        events[(count.source, count.target)] += count.events
        score[(count.source, count.target)] += intensity(count.type) * count.events if count.type in TYPE_COLOURS else 0.0
    activity: dict[str, int] = defaultdict(int)
    for (source, target), n in events.items():
        activity[source] += n
        activity[target] += n
    order = sorted(activity, key=lambda side: (-activity[side], side))
    centre, ring = size / 2, size / 2 - 70
    busiest = max(activity.values(), default=1)
    places = {side: (round(centre + ring * math.sin(2 * math.pi * i / len(order)), 1),
                     round(centre - ring * math.cos(2 * math.pi * i / len(order)), 1)) for i, side in enumerate(order)}
    nodes = tuple(Node(side, *places[side], radius=round(4 + 10 * math.sqrt(activity[side] / busiest), 1),
                       events=activity[side]) for side in order)
    heaviest = max(events.values(), default=1)
    radius = {node.label: node.radius for node in nodes}
    edges = tuple(
        Edge(source, target, *_between(places[source], places[target], radius[source], radius[target]),
             width=round(1 + 7 * n / heaviest, 1), colour=_intensity_colour(score[(source, target)] / n), events=n,
             mean_intensity=round(score[(source, target)] / n, 2))
        for (source, target), n in sorted(events.items(), key=lambda item: item[1]))
    return Network(size, nodes, edges)


def _between(start: tuple[float, float], end: tuple[float, float], start_radius: float,
             end_radius: float) -> tuple[float, float, float, float]:
    """The segment from circle to circle (not centre to centre), so the arrowhead stays visible."""
    dx, dy = end[0] - start[0], end[1] - start[1]
    length = math.hypot(dx, dy) or 1.0
    ux, uy = dx / length, dy / length
    return (round(start[0] + ux * (start_radius + 2), 1), round(start[1] + uy * (start_radius + 2), 1),
            round(end[0] - ux * (end_radius + 3), 1), round(end[1] - uy * (end_radius + 3), 1))


def _intensity_colour(mean: float) -> str:
    """Red for conflict (−10), grey for neutral, blue for cooperation (+10)."""
    share = max(-1.0, min(1.0, mean / 10.0))
    grey = 150
    if share < 0:
        return f"rgb({grey + round(-share * 100)},{round(grey * (1 + share))},{round(grey * (1 + share))})"
    return f"rgb({round(grey * (1 - share))},{round(grey * (1 - share))},{grey + round(share * 100)})"
