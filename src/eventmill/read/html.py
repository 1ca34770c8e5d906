"""Turn one HTML news page into a Document: its main text (trafilatura) and publication date (htmldate).

Pages are mostly navigation, adverts and footers; coding those would invent events, so only
the article body is kept, one paragraph per block, separated by blank lines as `clean/` expects.
The publication date comes from the page's markup (meta tags, JSON-LD, the URL), never from
dates in its prose or copyright line, because a wrong anchor misdates every relative date.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import htmldate
import trafilatura
from trafilatura.utils import load_html

from eventmill.errors import InputError
from eventmill.model import Document
from eventmill.read.ids import document_id
from eventmill.read.text import DEFAULT_MAX_BYTES, check_text, decode


def read_html(
    raw: bytes,
    *,
    source: str,
    url: str | None = None,
    date: dt.date | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> Document:
    """Read one HTML page.

    Args:
        raw: the page's bytes.
        source: where they came from (a path, a WARC file), kept on the Document.
        url: the page's address when known (a WARC record's target), kept on the Document.
        date: publication date given by the user; it overrides the page's own.
        max_bytes: larger pages are refused rather than parsed.

    Returns:
        A Document whose text is the page's main text and whose title is the page's title.

    Raises:
        InputError: EM004 too large, EM003 binary, EM002 undecodable, EM001 no main text.
    """
    if len(raw) > max_bytes:
        raise InputError("EM004", limit=max_bytes)
    page = decode(raw)
    extracted = trafilatura.bare_extraction(page, url=url, with_metadata=True, include_comments=False,
                                            include_tables=False, fast=True)
    found: dict[str, Any] = (extracted if isinstance(extracted, dict) else extracted.as_dict()) if extracted else {}
    body = found.get("text") or ""
    text = "\n\n".join(line.strip() for line in body.splitlines() if line.strip())
    check_text(text)
    return Document(
        doc_id=document_id(text),
        text=text,
        date=date or publication_date(page),
        source=source,
        url=url or found.get("url"),
        title=found.get("title"),
    )


def publication_date(page: str) -> dt.date | None:
    """The date the page says it was first published, from its markup only; None when it says none."""
    tree = load_html(page)
    if tree is None:
        return None
    found = htmldate.find_date(tree, extensive_search=False, original_date=True, outputformat="%Y-%m-%d")
    return dt.date.fromisoformat(found) if found else None
