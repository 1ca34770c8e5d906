"""Places: where the events happened, as counts per place and country and as a world map."""

from __future__ import annotations

import math
from dataclasses import asdict
from typing import Annotated

from fastapi import APIRouter, Query, Request
from fastapi.responses import HTMLResponse
from pydantic import BaseModel

from eventmill.store.queries import location_country_counts, place_counts
from eventmill.web.pages import html_page
from eventmill.web.params import Filters, StoreView
from eventmill.web.worldmap import HEIGHT, WIDTH, load_world, project

router = APIRouter()
Top = Annotated[int, Query(ge=1, le=5000, description="How many places, most reported first.")]


class PlaceRow(BaseModel):
    name: str
    country: str | None
    lat: float
    lon: float
    events: int


class Places(BaseModel):
    places: list[PlaceRow]
    countries: dict[str, int]


@router.get("/api/places", response_model=Places, tags=["analytics"])
def list_places(store: StoreView, filters: Filters, top: Top = 500) -> Places:
    """Event reports per located place, and per country of the location."""
    return Places(places=[PlaceRow(**asdict(p)) for p in place_counts(store, filters, top=top)],
                  countries=location_country_counts(store, filters))


@router.get("/map", response_class=HTMLResponse, include_in_schema=False)
def world_map(request: Request, store: StoreView, filters: Filters, top: Top = 500) -> HTMLResponse:
    places = place_counts(store, filters, top=top)
    countries = location_country_counts(store, filters)
    busiest_country = max(countries.values(), default=1)
    busiest_place = max((p.events for p in places), default=1)
    shades = {iso3: round(0.15 + 0.75 * math.log1p(n) / math.log1p(busiest_country), 2) for iso3, n in countries.items()}
    dots = [(p, *project(p.lat, p.lon), round(3 + 9 * math.sqrt(p.events / busiest_place), 1)) for p in places]
    world = load_world()
    return html_page(request, "map.html", {"world": world, "shades": shades, "counts": countries, "dots": dots,
                                           "width": WIDTH, "height": HEIGHT, "filters": request.query_params})
