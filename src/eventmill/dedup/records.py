"""Clustered events as JSON-ready dicts, and a measure of how much a corpus repeats itself.

A merged record keeps the contract's field names and meanings where they apply (type, actor,
date, fatalities …), so the table and CSV writers of `output/` render it unchanged; it adds
what only an event has: its reports (`mentions`), how many independent outlets told it, and
how each casualty figure was chosen (`figures`).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import asdict, dataclass
from typing import Any

from eventmill.dedup.cluster import Cluster
from eventmill.dedup.reports import Party, Report, Where


def cluster_record(event: Cluster) -> dict[str, Any]:
    """One clustered event as a dict; `doc_id` and `evidence` are those of its representative report."""
    shown = representative(event)
    figures = {name: asdict(figure) for name, figure in
               (("fatalities", event.fatalities), ("injuries", event.injuries), ("arrests", event.arrests)) if figure}
    for figure in figures.values():
        figure["reported"] = list(figure["reported"])
    return {
        "event_id": event.cluster_id, "doc_id": shown.doc_id, "type": event.type, "mode": event.mode,
        "actor": _side(event.actor), "recipient": _side(event.recipient),
        "date": event.date, "date_precision": event.date_precision, "location": _place(event.place),
        "fatalities": event.fatalities.value if event.fatalities else None,
        "injuries": event.injuries.value if event.injuries else None,
        "arrests": event.arrests.value if event.arrests else None,
        "modality": event.modality, "background": event.background,
        "evidence": {"sentence": shown.sentence, "doc_id": shown.doc_id, "event_id": shown.event_id},
        "reports": len(event.reports), "sources": event.sources, "figures": figures,
        "mentions": [asdict(mention) for mention in event.mentions],
    }


def representative(event: Cluster) -> Report:
    """The report that shows the event best: it gives the merged date, then the most filled-in fields."""
    def filled(report: Report) -> int:
        return sum(1 for value in (report.actor, report.recipient, report.place, report.fatalities) if value)
    return min(event.reports, key=lambda r: (r.date != event.date, -filled(r), r.key))


@dataclass(frozen=True)
class Duplication:
    """How much the reports repeat each other.

    Attributes:
        events, reports: clusters and the reports in them.
        reports_per_event: reports / events (1.0: no event was reported twice).
        multi_report_events: events told by more than one report.
        multi_source_events: events told by more than one independent outlet.
    """

    events: int
    reports: int
    reports_per_event: float
    multi_report_events: int
    multi_source_events: int


def duplication(clusters: Iterable[Cluster]) -> Duplication:
    """Measure duplication over clustered events."""
    found = list(clusters)
    reports = sum(len(c.reports) for c in found)
    return Duplication(
        events=len(found), reports=reports, reports_per_event=reports / len(found) if found else 0.0,
        multi_report_events=sum(1 for c in found if len(c.reports) > 1),
        multi_source_events=sum(1 for c in found if c.sources > 1),
    )


def _side(side: tuple[Party, ...]) -> dict[str, Any] | None:
    if not side:
        return None
    if len(side) == 1:
        return {"name": side[0].name, "country": side[0].country, "sector": side[0].sector}
    return {"name": " and ".join(p.name for p in side), "country": None, "sector": None,
            "members": [{"name": p.name, "country": p.country, "sector": p.sector} for p in side]}


def _place(place: Where | None) -> dict[str, Any] | None:
    return None if place is None else {"name": place.name, "country": place.country, "lat": place.lat,
                                       "lon": place.lon}
