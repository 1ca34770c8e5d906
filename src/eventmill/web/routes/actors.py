"""Actors: who the stored events name, most active first."""

from __future__ import annotations

from dataclasses import asdict
from typing import Annotated

from fastapi import APIRouter, Query, Request
from fastapi.responses import HTMLResponse
from pydantic import BaseModel

from eventmill.store.queries import actor_counts
from eventmill.web.pages import html_page, query_string
from eventmill.web.params import Paging, StoreView

router = APIRouter()
NameFilter = Annotated[str | None, Query(max_length=200, description="Part of the actor's name, any case.")]


class ActorRow(BaseModel):
    name: str
    country: str | None
    sector: str | None
    events: int


class ActorsPage(BaseModel):
    total: int
    page: int
    per_page: int
    actors: list[ActorRow]


@router.get("/api/actors", response_model=ActorsPage, tags=["actors"])
def list_actors(store: StoreView, paging: Paging, name: NameFilter = None) -> ActorsPage:
    """Actors and recipients with the number of events naming them."""
    total, found = actor_counts(store, name=name or None, offset=paging.offset, limit=paging.per_page)
    return ActorsPage(total=total, page=paging.page, per_page=paging.per_page, actors=[ActorRow(**asdict(a)) for a in found])


@router.get("/actors", response_class=HTMLResponse, include_in_schema=False)
def actors_table(request: Request, store: StoreView, paging: Paging, name: NameFilter = None) -> HTMLResponse:
    total, found = actor_counts(store, name=name or None, offset=paging.offset, limit=paging.per_page)
    return html_page(request, "actors.html", {
        "total": total, "actors": found, "name": name or "", "paging": paging,
        "previous": query_string(request, page=paging.page - 1) if paging.page > 1 else None,
        "next": query_string(request, page=paging.page + 1) if paging.offset + len(found) < total else None,
    })
