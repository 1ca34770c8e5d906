"""Request parameters shared by the API and the pages, validated before any query runs.

Empty strings mean "not set", so the pages' plain GET forms (which send every field) and the
JSON API take the same parameters. Every value reaches the store as a query parameter; the sort
key is checked against a closed list of constant ORDER BY fragments.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Annotated, Literal

from fastapi import Depends, HTTPException, Query, Request

from eventmill.model import EVENT_TYPES, MODALITIES
from eventmill.store.duckdb import Store
from eventmill.store.queries import EventQuery

MAX_PER_PAGE = 200
MAX_PAGE = 100_000
DATE_PATTERN = r"^(\d{4}-\d{2}-\d{2})?$"
Sort = Literal["date", "-date", "type", "confidence", "-confidence", "-fatalities"]
Period = Literal["day", "week", "month", "year"]


def _choice(values: tuple[str, ...]) -> str:
    return "^(" + "|".join(["", *values]) + ")$"


def _day(value: str | None, name: str) -> dt.date | None:
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise HTTPException(status_code=422, detail=f"{name}: {value!r} is not a calendar day (YYYY-MM-DD)") from None


def event_query(
    type: Annotated[str | None, Query(pattern=_choice(EVENT_TYPES), description="PLOVER event type.")] = None,
    actor: Annotated[str | None, Query(max_length=200, description="Part of an actor's or recipient's name.")] = None,
    country: Annotated[str | None, Query(pattern=r"^([A-Za-z]{3})?$", description="ISO3 of a side or the place.")] = None,
    since: Annotated[str | None, Query(pattern=DATE_PATTERN, description="Events on or after this day.")] = None,
    until: Annotated[str | None, Query(pattern=DATE_PATTERN, description="Events on or before this day.")] = None,
    doc_id: Annotated[str | None, Query(max_length=1000, description="Events of one document.")] = None,
    modality: Annotated[str | None, Query(pattern=_choice(MODALITIES), description="asserted, negated, …")] = None,
    q: Annotated[str | None, Query(max_length=200, description="Words of the evidence sentence.")] = None,
) -> EventQuery:
    """The event filters of the CLI's `eventmill events`, plus modality and a sentence search."""
    return EventQuery(type=type or None, actor=actor or None, country=country.upper() if country else None,
                      since=_day(since, "since"), until=_day(until, "until"), doc_id=doc_id or None,
                      modality=modality or None, text=q or None)


@dataclass(frozen=True)
class Page:
    """Which slice of a long result to return (1-based page number)."""

    page: int
    per_page: int

    @property
    def offset(self) -> int:
        return (self.page - 1) * self.per_page


def page(
    page: Annotated[int, Query(ge=1, le=MAX_PAGE, description="Page number, from 1.")] = 1,
    per_page: Annotated[int, Query(ge=1, le=MAX_PER_PAGE, description="Rows per page.")] = 50,
) -> Page:
    return Page(page, per_page)


def snapshot(request: Request) -> Iterator[Store]:
    """The store as one consistent read for the length of a request (see Store.snapshot)."""
    with request.app.state.store.snapshot() as view:
        yield view


StoreView = Annotated[Store, Depends(snapshot)]
Filters = Annotated[EventQuery, Depends(event_query)]
Paging = Annotated[Page, Depends(page)]
