"""Events: the filtered, paged table and one event with its evidence, article and other reports."""

from __future__ import annotations

import datetime as dt
from dataclasses import asdict, replace
from typing import Annotated, Any

from fastapi import APIRouter, HTTPException, Path, Query, Request
from fastapi.responses import HTMLResponse
from pydantic import BaseModel

from eventmill.dedup.cluster import Mention as ReportMention
from eventmill.dedup.cluster import cluster
from eventmill.dedup.load import reports_from_store
from eventmill.output.citation import Citation
from eventmill.store.duckdb import Store, date_bounds
from eventmill.store.queries import EventQuery, document, event_by_id, event_page
from eventmill.web.highlight import event_marks, runs
from eventmill.web.pages import html_page, query_string
from eventmill.web.params import NOT_FOUND, Filters, Paging, Sort, StoreView

router = APIRouter()
EVENT_ID = Path(pattern=r"^[\w.:-]{1,200}$", description="The event's id (ev-…).")
# Reports further apart than this are never one event (dedup's window is two days).
MENTION_WINDOW = dt.timedelta(days=7)
MAX_MENTION_CANDIDATES = 2000


class EventsPage(BaseModel):
    total: int
    page: int
    per_page: int
    events: list[dict[str, Any]]


class Mention(BaseModel):
    doc_id: str
    event_id: str
    sentence: str
    source: str | None


class EventDetail(BaseModel):
    event: dict[str, Any]
    document: dict[str, Any]
    mentions: list[Mention]


@router.get("/api/events", response_model=EventsPage, tags=["events"])
def list_events(store: StoreView, filters: Filters, paging: Paging,
                sort: Annotated[Sort, Query(description="Order; '-' for descending.")] = "date") -> EventsPage:
    """Events matching the filters (as `eventmill events`), one page at a time."""
    found = event_page(store, replace(filters, limit=paging.per_page), sort=sort, offset=paging.offset)
    return EventsPage(total=found.total, page=paging.page, per_page=paging.per_page, events=found.events)


@router.get("/api/events/{event_id}", response_model=EventDetail, tags=["events"], responses=NOT_FOUND)
def one_event(store: StoreView, event_id: Annotated[str, EVENT_ID]) -> EventDetail:
    """One event: its record, its document's metadata, and every report of the same event (dedup mentions)."""
    record, info = _event_or_404(store, event_id)
    return EventDetail(event=record, document=asdict(info), mentions=[Mention(**asdict(m)) for m in mentions(store, record)])


@router.get("/events", response_class=HTMLResponse, include_in_schema=False)
def events_table(request: Request, store: StoreView, filters: Filters, paging: Paging, sort: Sort = "date") -> HTMLResponse:
    found = event_page(store, replace(filters, limit=paging.per_page), sort=sort, offset=paging.offset)
    last_page = max(1, -(-found.total // paging.per_page))
    return html_page(request, "events.html", {
        "found": found, "paging": paging, "last_page": last_page, "sort": sort, "filters": request.query_params,
        "previous": query_string(request, page=paging.page - 1) if paging.page > 1 else None,
        "next": query_string(request, page=paging.page + 1) if paging.page < last_page else None,
    })


@router.get("/events/{event_id}", response_class=HTMLResponse, include_in_schema=False)
def event_view(request: Request, store: StoreView, event_id: Annotated[str, EVENT_ID]) -> HTMLResponse:
    record, info = _event_or_404(store, event_id)
    view = document(store, info.doc_id)
    text = view.text if view is not None else record["evidence"]["sentence"]
    return html_page(request, "event.html", {
        "event": record, "info": info, "runs": runs(text, event_marks(record, text)),
        "others": [e for e in (view.events if view else []) if e["event_id"] != event_id],
        "mentions": [m for m in mentions(store, record) if m.event_id != event_id],
    })


def mentions(store: Store, record: dict[str, Any]) -> list[ReportMention]:
    """The reports clustered with this event (itself included), found among same-type events nearby in time."""
    first, last = date_bounds(record["date"])
    if first is None or last is None:
        return [_itself(record)]
    nearby = EventQuery(type=record["type"], since=first - MENTION_WINDOW, until=last + MENTION_WINDOW,
                        limit=MAX_MENTION_CANDIDATES)
    key = (record["doc_id"], record["event_id"])
    for found in cluster(reports_from_store(store, nearby)):
        if any(report.key == key for report in found.reports):
            return list(found.mentions)
    return [_itself(record)]


def _itself(record: dict[str, Any]) -> ReportMention:
    return ReportMention(record["doc_id"], record["event_id"], record["evidence"]["sentence"], None)


def _event_or_404(store: Store, event_id: str) -> tuple[dict[str, Any], Citation]:
    found = event_by_id(store, event_id)
    if found is None:
        raise HTTPException(status_code=404, detail=f"no stored event has the id {event_id!r}")
    return found
