"""Documents: the stored articles, one article with its records, and storing new ones (a write)."""

from __future__ import annotations

import datetime as dt
from dataclasses import asdict
from typing import Annotated, Any

from fastapi import APIRouter, Depends, HTTPException, Path, Query, Request
from fastapi.responses import HTMLResponse
from pydantic import BaseModel, ConfigDict, Field

from eventmill.model import Document
from eventmill.read.ids import document_id
from eventmill.store.ingest import ingest
from eventmill.store.queries import document, document_page
from eventmill.web.highlight import Mark, runs
from eventmill.web.pages import html_page
from eventmill.web.params import NOT_FOUND, WRITE_ERRORS, Paging, Problem, StoreView
from eventmill.web.security import require_token

router = APIRouter()
MAX_DOCUMENTS_PER_POST = 100
MAX_TEXT_CHARS = 1_000_000


class DocumentSummary(BaseModel):
    doc_id: str
    date: dt.date | None
    source: str | None
    url: str | None
    title: str | None
    events: int


class DocumentsPage(BaseModel):
    total: int
    page: int
    per_page: int
    documents: list[DocumentSummary]


class DocumentDetail(BaseModel):
    doc_id: str
    date: dt.date | None
    source: str | None
    url: str | None
    title: str | None
    text: str
    events: list[dict[str, Any]]
    quotes: list[dict[str, Any]]
    posts: list[dict[str, Any]]


class NewDocument(BaseModel):
    model_config = ConfigDict(extra="forbid")  # a misspelt field is an error, not silently dropped

    text: str = Field(min_length=1, max_length=MAX_TEXT_CHARS)
    doc_id: str | None = Field(default=None, min_length=1, max_length=1000, description="A content hash when omitted.")
    date: dt.date | None = Field(default=None, description="Publication date, the anchor of relative dates.")
    title: str | None = Field(default=None, max_length=2000)
    source: str | None = Field(default=None, max_length=2000)
    url: str | None = Field(default=None, max_length=2000)


class NewDocuments(BaseModel):
    model_config = ConfigDict(extra="forbid")  # a misspelt field is an error, not silently dropped

    documents: list[NewDocument] = Field(min_length=1, max_length=MAX_DOCUMENTS_PER_POST)


class IngestResult(BaseModel):
    stored: int
    unchanged: int
    failed: int
    events: int


@router.get("/api/documents", response_model=DocumentsPage, tags=["documents"])
def list_documents(store: StoreView, paging: Paging,
                   title: Annotated[str | None, Query(max_length=200, description="Part of the title or id.")] = None,
                   ) -> DocumentsPage:
    """Stored documents, newest first, with how many events each gave."""
    total, found = document_page(store, title=title or None, offset=paging.offset, limit=paging.per_page)
    return DocumentsPage(total=total, page=paging.page, per_page=paging.per_page,
                         documents=[DocumentSummary(**asdict(d.info), events=d.events) for d in found])


@router.get("/api/documents/{doc_id:path}", response_model=DocumentDetail, tags=["documents"], responses=NOT_FOUND)
def one_document(store: StoreView, doc_id: Annotated[str, Path(min_length=1, max_length=1000)]) -> DocumentDetail:
    """One stored article: its text and every event, quote and post coded from it."""
    view = document(store, doc_id)
    if view is None:
        raise HTTPException(status_code=404, detail=f"no stored document has the id {doc_id!r}")
    return DocumentDetail(**asdict(view.info), text=view.text, events=view.events, quotes=view.quotes, posts=view.posts)


@router.post("/api/documents", response_model=IngestResult, tags=["documents"], dependencies=[Depends(require_token)],
             responses={**WRITE_ERRORS, 409: {"model": Problem, "description": "The store is read-only."}})
def store_documents(request: Request, body: NewDocuments) -> IngestResult:
    """Code documents and store them (a write: needs the token when the server is not on localhost).

    The server is the store's one writer: batches are committed one at a time while reads go on
    against their own snapshots. A document already stored with the same text is skipped.
    """
    state = request.app.state
    if state.read_only:
        raise HTTPException(status_code=409, detail="the store was opened read-only (eventmill serve --read-only)")
    documents = [Document(d.doc_id or document_id(d.text), d.text, d.date, source=d.source, url=d.url, title=d.title)
                 for d in body.documents]
    with state.write_lock, state.extract_lock:
        report = ingest(documents, state.store, settings=state.settings)
    return IngestResult(**asdict(report))


@router.get("/documents/{doc_id:path}", response_class=HTMLResponse, include_in_schema=False)
def document_view(request: Request, store: StoreView, doc_id: Annotated[str, Path(min_length=1, max_length=1000)]) -> HTMLResponse:
    view = document(store, doc_id)
    if view is None:
        raise HTTPException(status_code=404, detail=f"no stored document has the id {doc_id!r}")
    marks = [Mark(e["evidence"]["start"], e["evidence"]["end"], "evidence") for e in view.events]
    return html_page(request, "document.html", {"view": view, "runs": runs(view.text, marks)})
