"""Rendering a page: one of the package's Jinja templates, autoescaped, with the request's context."""

from __future__ import annotations

from typing import Any
from urllib.parse import urlencode

from fastapi import Request
from fastapi.responses import HTMLResponse


def html_page(request: Request, template: str, context: dict[str, Any]) -> HTMLResponse:
    """Render a template for a page route; every value is escaped as HTML unless marked safe (none is)."""
    return request.app.state.templates.TemplateResponse(request, template, context)  # type: ignore[no-any-return]


def query_string(request: Request, **changes: object) -> str:
    """The request's query string with some parameters replaced (page links keep the filters)."""
    params = dict(request.query_params)
    params.update({name: str(value) for name, value in changes.items()})
    return urlencode(params)
