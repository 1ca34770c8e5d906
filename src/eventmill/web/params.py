"""Request parameters shared by the API and the pages, validated before any query runs.

The pages' plain GET forms send every field, empty ones too; `DropEmptyParameters` removes
those before a page's parameters are validated, so an empty field means "not set" there, while
the API and the pages share one set of precisely typed parameters. Every value reaches the store as a query parameter; the sort
key is checked against a closed list of constant ORDER BY fragments.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Annotated, Any, Literal
from urllib.parse import parse_qsl, urlencode

from fastapi import Depends, Query, Request
from fastapi.exceptions import RequestValidationError
from pydantic import BaseModel

from eventmill.model import EventType, Modality
from eventmill.store.duckdb import Store
from eventmill.store.queries import EventQuery
from eventmill.web.security import ASGIApp, Receive, Scope, Send

MAX_PER_PAGE = 200
MAX_PAGE = 100_000
Sort = Literal["date", "-date", "type", "confidence", "-confidence", "-fatalities"]
Period = Literal["day", "week", "month", "year"]


def event_query(
    type: Annotated[EventType | None, Query(description="PLOVER event type.")] = None,
    actor: Annotated[str | None, Query(max_length=200, description="Part of an actor's or recipient's name.")] = None,
    country: Annotated[str | None, Query(pattern=r"^[A-Za-z]{3}$", description="ISO3 of a side or the place.")] = None,
    since: Annotated[str | None, Day(description="Events on or after this day (YYYY-MM-DD).")] = None,
    until: Annotated[str | None, Day(description="Events on or before this day (YYYY-MM-DD).")] = None,
    doc_id: Annotated[str | None, Query(max_length=1000, description="Events of one document.")] = None,
    modality: Annotated[Modality | None, Query(description="Asserted, negated, planned, …")] = None,
    q: Annotated[str | None, Query(max_length=200, description="Words of the evidence sentence.")] = None,
) -> EventQuery:
    """The event filters of the CLI's `eventmill events`, plus modality and a sentence search."""
    return EventQuery(type=type, actor=actor, country=country.upper() if country else None,
                      since=calendar_day(since, "since"), until=calendar_day(until, "until"), doc_id=doc_id,
                      modality=modality, text=q)


def Day(*, description: str) -> Any:  # noqa: N802 - reads like the Query it builds
    """A day parameter: exactly YYYY-MM-DD (pydantic alone would also take timestamps and datetimes)."""
    return Query(pattern=r"^\d{4}-\d{2}-\d{2}$", description=description, json_schema_extra={"format": "date"})


def calendar_day(value: str | None, name: str) -> dt.date | None:
    """The day a YYYY-MM-DD parameter names.

    Raises:
        RequestValidationError: no such day (2024-02-30), reported like any other invalid parameter.
    """
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise RequestValidationError([{"loc": ("query", name), "msg": f"{value!r} is not a calendar day",
                                       "type": "value_error.date"}]) from None


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


class DropEmptyParameters:
    """ASGI middleware removing a page's empty query parameters ("?type=&actor=gantz" → "?actor=gantz").

    Only pages: the JSON API keeps to its documented schema and refuses an empty enum value.
    """

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http" and scope.get("query_string") and not scope["path"].startswith("/api"):
            pairs = parse_qsl(scope["query_string"].decode("latin-1"), keep_blank_values=True)
            scope = {**scope, "query_string": urlencode([(k, v) for k, v in pairs if v]).encode("latin-1")}
        await self.app(scope, receive, send)


class Problem(BaseModel):
    """An error the client can fix, said in one line."""

    detail: str


NOT_FOUND: dict[int | str, dict[str, Any]] = {404: {"model": Problem, "description": "No such record."}}
WRITE_ERRORS: dict[int | str, dict[str, Any]] = {
    400: {"model": Problem, "description": "The body is not JSON."},
    401: {"model": Problem, "description": "A token is needed (the server is not on localhost)."},
    413: {"model": Problem, "description": "The request body is over the server's limit."},
}
