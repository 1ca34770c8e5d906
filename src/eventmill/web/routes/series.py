"""Time series: event reports per period and type, and the timeline chart drawn from them."""

from __future__ import annotations

import datetime as dt
from typing import Annotated

from fastapi import APIRouter, Query, Request
from fastapi.responses import HTMLResponse
from pydantic import BaseModel

from eventmill.store.queries import event_series
from eventmill.web.charts import timeline
from eventmill.web.pages import html_page
from eventmill.web.params import Filters, Period, StoreView

router = APIRouter()
PeriodParam = Annotated[Period, Query(description="Length of one step of the series.")]


class Point(BaseModel):
    period: dt.date
    type: str
    events: int


class SeriesOut(BaseModel):
    period: str
    points: list[Point]
    unplaced: int


@router.get("/api/series", response_model=SeriesOut, tags=["analytics"])
def time_series(store: StoreView, filters: Filters, period: PeriodParam = "month") -> SeriesOut:
    """Event reports per period (starting day) and type; `unplaced` counts events dated too coarsely or not at all."""
    counts, unplaced = event_series(store, filters, period=period)
    return SeriesOut(period=period, points=[Point(period=c.period, type=c.type, events=c.events) for c in counts],
                     unplaced=unplaced)


@router.get("/timeline", response_class=HTMLResponse, include_in_schema=False)
def timeline_chart(request: Request, store: StoreView, filters: Filters, period: PeriodParam = "month") -> HTMLResponse:
    counts, unplaced = event_series(store, filters, period=period)
    return html_page(request, "timeline.html", {"chart": timeline(counts, period=period), "unplaced": unplaced, "period": period,
                                                "filters": request.query_params, "total": sum(c.events for c in counts)})
