"""The ASGI app: JSON API (with its OpenAPI description) and web pages over one store.

DuckDB's model is one writing process with any number of connections inside it. The server is
that process: it holds the store open for the whole run, every request reads through its own
snapshot (one connection and one transaction, so a page never mixes two states of the store),
and the only writes, `POST /api/documents`, are serialised by a lock and committed a batch at a
time. Another process cannot open the file for writing while the server runs: ingest through
the server, or stop it first (`eventmill serve --read-only` lets other read-only processes open
the file alongside).
"""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

from fastapi import FastAPI, HTTPException, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, RedirectResponse, Response
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates

from eventmill.model import EVENT_TYPES, MODALITIES
from eventmill.settings import Settings
from eventmill.store.duckdb import Store
from eventmill.web.charts import TYPE_COLOURS
from eventmill.web.params import DropEmptyParameters
from eventmill.web.routes import (
    actors,
    documents,
    dyads,
    events,
    extract,
    places,
    series,
)
from eventmill.web.security import DEFAULT_MAX_BODY_BYTES, BodyLimit

HERE = Path(__file__).parent


def create_app(settings: Settings, store: Store, *, token: str | None = None, read_only: bool = False,
               max_body_bytes: int = DEFAULT_MAX_BODY_BYTES) -> FastAPI:
    """Build the app over an open store.

    Args:
        settings: pipeline settings for `/api/extract` and `POST /api/documents`.
        store: the open store; the app reads through snapshots of it and writes through it.
        token: when set, every write needs `Authorization: Bearer <token>` (serve sets one
            whenever it binds beyond localhost).
        read_only: the store was opened read-only; writes answer 409.
        max_body_bytes: larger request bodies are refused with 413.
    """
    # No /docs or /redoc: their pages load scripts from a CDN, and every asset must be local.
    app = FastAPI(title="eventmill", version="1", docs_url=None, redoc_url=None, description="Political event data from news text: "
                  "stored events, documents, actors, dyads and time series, and extraction of new text.")
    app.state.settings, app.state.store, app.state.token, app.state.read_only = settings, store, token, read_only
    app.state.write_lock = threading.Lock()  # one writer at a time, as DuckDB wants
    app.state.extract_lock = threading.Lock()  # one spaCy pipeline, not shared between threads
    templates = Jinja2Templates(directory=HERE / "templates")  # .html templates autoescape
    templates.env.globals.update(token_required=token is not None, event_types=EVENT_TYPES, modalities=MODALITIES,
                                 type_colours=TYPE_COLOURS)
    app.state.templates = templates
    app.mount("/static", StaticFiles(directory=HERE / "static"), name="static")
    for module in (events, documents, actors, dyads, series, places, extract):
        app.include_router(module.router)
    _add_error_pages(app, templates)
    app.add_middleware(DropEmptyParameters)
    app.add_middleware(BodyLimit, max_bytes=max_body_bytes)

    @app.get("/", include_in_schema=False)
    def home() -> Response:
        return RedirectResponse("/events")

    return app


def _add_error_pages(app: FastAPI, templates: Jinja2Templates) -> None:
    """Errors as JSON `{"detail": …}` under /api, as a page elsewhere; both say what was wrong."""

    def answer(request: Request, status: int, detail: Any) -> Response:
        if request.url.path.startswith("/api") or request.url.path.startswith("/openapi"):
            return JSONResponse({"detail": detail}, status_code=status)
        message = detail if isinstance(detail, str) else "; ".join(_explain(item) for item in detail)
        return templates.TemplateResponse(request, "error.html", {"status": status, "message": message},
                                          status_code=status)

    @app.exception_handler(HTTPException)
    async def http_error(request: Request, error: HTTPException) -> Response:
        return answer(request, error.status_code, error.detail)

    @app.exception_handler(RequestValidationError)
    async def invalid(request: Request, error: RequestValidationError) -> Response:
        return answer(request, 422, [_plain(item) for item in error.errors()])


def _plain(item: dict[str, Any]) -> dict[str, Any]:
    """A validation error without the echoed input or context objects, which need not be JSON."""
    return {"loc": list(item.get("loc", ())), "msg": str(item.get("msg", "")), "type": str(item.get("type", ""))}


def _explain(item: dict[str, Any]) -> str:
    where = ".".join(str(part) for part in item["loc"] if part not in ("query", "body", "path"))
    return f"{where}: {item['msg']}"

