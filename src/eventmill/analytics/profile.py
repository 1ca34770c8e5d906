"""An actor's profile: its events, counterparts, event types and monthly trend.

An actor is found by name (case-insensitive, members of compound sides included) or, given a
three-letter upper-case code, by country, so `ISR` profiles every Israeli actor together.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

from eventmill.analytics.scores import intensity
from eventmill.analytics.series import Series, series
from eventmill.dedup.cluster import Cluster
from eventmill.dedup.reports import Party


@dataclass(frozen=True)
class ActorProfile:
    """What one actor did and suffered, over clustered asserted events.

    Attributes:
        as_actor, as_recipient: events where it is on the acting or receiving side.
        counterparts: the other side's parties by event count, most frequent first.
        types: event types by count, most frequent first.
        mean_intensity: mean PLOVER score of its events (negative: mostly conflict).
        trend: its events per month, by type.
    """

    name: str
    events: int
    as_actor: int
    as_recipient: int
    counterparts: tuple[tuple[str, int], ...]
    types: tuple[tuple[str, int], ...]
    mean_intensity: float
    first: str | None
    last: str | None
    trend: Series


def actor_profile(clusters: Iterable[Cluster], name: str) -> ActorProfile:
    """Profile the actor called `name` (or every actor of country `name`) over the events."""
    acting: list[Cluster] = []
    receiving: list[Cluster] = []
    counterparts: Counter[str] = Counter()
    for event in clusters:
        if event.modality != "asserted":
            continue
        on_actor, on_recipient = _is(name, event.actor), _is(name, event.recipient)
        if on_actor:
            acting.append(event)
            counterparts.update({p.name for p in event.recipient})
        if on_recipient:
            receiving.append(event)
            counterparts.update({p.name for p in event.actor})
    involved = list({e.cluster_id: e for e in acting + receiving}.values())
    dates = sorted(e.date for e in involved if e.date)
    return ActorProfile(
        name=name, events=len(involved), as_actor=len(acting), as_recipient=len(receiving),
        counterparts=tuple(_ranked(counterparts)), types=tuple(_ranked(Counter(e.type for e in involved))),
        mean_intensity=sum(intensity(e.type) for e in involved) / len(involved) if involved else 0.0,
        first=dates[0] if dates else None, last=dates[-1] if dates else None,
        trend=series(involved, by="type", period="month"),
    )


def _is(name: str, side: tuple[Party, ...]) -> bool:
    if len(name) == 3 and name.isupper():
        return any(p.country == name for p in side)
    return any(p.name.casefold() == name.casefold() for p in side)


def _ranked(counts: Counter[str]) -> list[tuple[str, int]]:
    return sorted(counts.items(), key=lambda item: (-item[1], item[0]))
