"""Extraction on demand: text and date in, records out, nothing stored (and its page)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from fastapi import APIRouter, Depends, Request
from fastapi.responses import HTMLResponse
from pydantic import BaseModel, ConfigDict, Field

from eventmill.api import extract
from eventmill.output.contract import records
from eventmill.web.pages import html_page
from eventmill.web.params import WRITE_ERRORS
from eventmill.web.security import require_token

router = APIRouter()
MAX_TEXT_CHARS = 200_000  # four times a very long article; one call holds the pipeline for seconds


class ExtractRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")  # a misspelt field is an error, not silently dropped

    text: str = Field(min_length=1, max_length=MAX_TEXT_CHARS, description="The article, as plain text.")
    date: dt.date | None = Field(default=None, description="Its publication date (YYYY-MM-DD).")


class FailureOut(BaseModel):
    stage: str
    code: str
    reason: str


class ExtractResult(BaseModel):
    doc_id: str
    events: list[dict[str, Any]]
    quotes: list[dict[str, Any]]
    posts: list[dict[str, Any]]
    failures: list[FailureOut]


@router.post("/api/extract", response_model=ExtractResult, tags=["extract"], dependencies=[Depends(require_token)],
             responses=WRITE_ERRORS)
def extract_text(request: Request, body: ExtractRequest) -> ExtractResult:
    """Code one article and return its events, quotes and posts; nothing is stored.

    Counts as a write for the token rule: each call holds the language pipeline for up to
    seconds, so an open server would be easy to saturate.
    """
    with request.app.state.extract_lock:
        article = extract(body.text, date=body.date, settings=request.app.state.settings)
    return ExtractResult(doc_id=article.doc_id, events=records(article, "events"), quotes=records(article, "quotes"),
                         posts=records(article, "posts"),
                         failures=[FailureOut(stage=f.stage, code=f.code, reason=f.reason) for f in article.failures])


@router.get("/extract", response_class=HTMLResponse, include_in_schema=False)
def extract_page(request: Request) -> HTMLResponse:
    return html_page(request, "extract.html", {})
