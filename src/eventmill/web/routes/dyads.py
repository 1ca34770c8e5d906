"""Dyads: who acts on whom, as counts and as a network of country-sector sides."""

from __future__ import annotations

from collections import defaultdict
from typing import Annotated

from fastapi import APIRouter, Query, Request
from fastapi.responses import HTMLResponse
from pydantic import BaseModel

from eventmill.store.queries import DyadCount, dyad_counts
from eventmill.web.charts import network
from eventmill.web.pages import html_page
from eventmill.web.params import Filters, StoreView

router = APIRouter()
Top = Annotated[int, Query(ge=1, le=200, description="How many dyads, most reported first.")]


class DyadRow(BaseModel):
    source: str
    target: str
    events: int
    types: dict[str, int]


class Dyads(BaseModel):
    dyads: list[DyadRow]


@router.get("/api/dyads", response_model=Dyads, tags=["analytics"])
def list_dyads(store: StoreView, filters: Filters, top: Top = 30) -> Dyads:
    """Event reports per dyad ("ISR GOV" → "PSE GOV"; "?" where unknown), broken down by type."""
    return Dyads(dyads=rows(dyad_counts(store, filters, top=top)))


@router.get("/dyads", response_class=HTMLResponse, include_in_schema=False)
def dyad_network(request: Request, store: StoreView, filters: Filters, top: Top = 30) -> HTMLResponse:
    counts = dyad_counts(store, filters, top=top)
    return html_page(request, "dyads.html", {"chart": network(counts), "rows": rows(counts), "top": top,
                                             "filters": request.query_params})


def rows(counts: list[DyadCount]) -> list[DyadRow]:
    """One row per dyad, most reports first."""
    grouped: dict[tuple[str, str], dict[str, int]] = defaultdict(dict)
    for count in counts:
        grouped[(count.source, count.target)][count.type] = count.events
    found = [DyadRow(source=s, target=t, events=sum(types.values()), types=types) for (s, t), types in grouped.items()]
    return sorted(found, key=lambda row: (-row.events, row.source, row.target))
