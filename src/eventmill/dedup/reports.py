"""One event record as clustering sees it: a *report* of an event by one document.

Clustering works on contract dicts (what the store and `eventmill extract --format jsonl`
hold) and on `model.Event` records alike, so both are turned into the same small frozen
`Report` first; everything downstream compares Reports only.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from eventmill.model import Actor, Article, Event

# A report's identity in every cluster: (doc_id, event_id).
ReportKey = tuple[str, str]


@dataclass(frozen=True)
class Party:
    """One side of an event (or one member of a compound side), reduced to what identifies it."""

    name: str
    country: str | None = None
    sector: str | None = None


@dataclass(frozen=True)
class Where:
    """A reported place: its name, country and coordinates when the gazetteer knew them."""

    name: str
    country: str | None = None
    lat: float | None = None
    lon: float | None = None


@dataclass(frozen=True)
class Report:
    """One document's record of an event, with what clustering and merging need.

    Attributes:
        actor, recipient: the parties of each side; several for a compound side, empty if unknown.
        date: "YYYY-MM-DD", "YYYY-MM" or "YYYY" as reported; None when the record has none.
        source: the outlet; reports from one outlet are not independent confirmations.
    """

    doc_id: str
    event_id: str
    type: str
    modality: str = "asserted"
    mode: str | None = None
    actor: tuple[Party, ...] = ()
    recipient: tuple[Party, ...] = ()
    date: str | None = None
    place: Where | None = None
    fatalities: int | None = None
    injuries: int | None = None
    arrests: int | None = None
    sentence: str = ""
    source: str | None = None
    background: bool = False

    @property
    def key(self) -> ReportKey:
        return (self.doc_id, self.event_id)

    @property
    def outlet(self) -> str:
        """Who published the report: its source, or its document when the source is unknown."""
        return self.source or f"doc:{self.doc_id}"

    @property
    def precision(self) -> str | None:
        return None if self.date is None else ("year", "month", "day")[self.date.count("-")]

    @property
    def days(self) -> tuple[dt.date, dt.date] | None:
        """The first and last day the reported date can mean (a month-precision date spans the month)."""
        return date_span(self.date) if self.date else None


@lru_cache(maxsize=65536)
def date_span(value: str) -> tuple[dt.date, dt.date]:
    """The first and last day of a "YYYY", "YYYY-MM" or "YYYY-MM-DD" date."""
    parts = [int(part) for part in value.split("-")]
    if len(parts) == 3:
        day = dt.date(*parts)
        return day, day
    if len(parts) == 2:
        following = dt.date(parts[0] + parts[1] // 12, parts[1] % 12 + 1, 1)
        return dt.date(parts[0], parts[1], 1), following - dt.timedelta(days=1)
    return dt.date(parts[0], 1, 1), dt.date(parts[0], 12, 31)


def report_from_record(record: dict[str, Any], *, source: str | None = None) -> Report:
    """A Report from one contract dict (output/contract.py's `event_record`).

    Args:
        record: the event's contract JSON object.
        source: the outlet that published its document (the store's `documents.source`).
    """
    place = record.get("location")
    evidence = record.get("evidence") or {}
    return Report(
        doc_id=record["doc_id"], event_id=record["event_id"], type=record["type"],
        modality=record.get("modality") or "asserted", mode=record.get("mode"),
        actor=_parties_of_record(record.get("actor")), recipient=_parties_of_record(record.get("recipient")),
        date=record.get("date"),
        place=Where(place["name"], place.get("country"), place.get("lat"), place.get("lon")) if place else None,
        fatalities=record.get("fatalities"), injuries=record.get("injuries"), arrests=record.get("arrests"),
        sentence=evidence.get("sentence", ""), source=source, background=bool(record.get("background")),
    )


def report_from_event(event: Event, *, source: str | None = None) -> Report:
    """A Report from a typed `model.Event`."""
    place = event.location
    return Report(
        doc_id=event.doc_id, event_id=event.event_id, type=event.type, modality=event.modality, mode=event.mode,
        actor=_parties_of_actor(event.actor), recipient=_parties_of_actor(event.recipient),
        date=event.date.value if event.date else None,
        place=Where(place.name, place.country, place.lat, place.lon) if place else None,
        fatalities=event.counts.fatalities, injuries=event.counts.injuries, arrests=event.counts.arrests,
        sentence=event.evidence.sentence, source=source, background=event.background,
    )


def reports_from_article(article: Article) -> list[Report]:
    """Every event of a coded Article as Reports, credited to the Article's outlet."""
    return [report_from_event(event, source=article.document.source) for event in article.events]


def _parties_of_record(actor: dict[str, Any] | None) -> tuple[Party, ...]:
    if not actor:
        return ()
    members = actor.get("members") or []
    entities = members or [actor]
    return tuple(Party(e["name"], e.get("country"), e.get("sector")) for e in entities)


def _parties_of_actor(actor: Actor | None) -> tuple[Party, ...]:
    if actor is None:
        return ()
    return tuple(Party(a.name, a.country, a.sector) for a in (actor.members or (actor,)))
