"""Turn a WARC or WARC.gz news crawl into Documents: one per HTML response record.

Crawls hold much besides articles (requests, metadata, images, robots.txt); only responses
whose HTTP content type is HTML are read, each through `read.html`. A record that cannot be
read becomes a Failure naming the crawl and the record's URL, and the crawl goes on; a file
that is not a WARC at all is one Failure.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from typing import BinaryIO

from warcio.archiveiterator import ArchiveIterator  # type: ignore[import-untyped]
from warcio.exceptions import ArchiveLoadFailed  # type: ignore[import-untyped]

from eventmill.errors import InputError
from eventmill.model import Document, Failure
from eventmill.read.html import read_html
from eventmill.read.text import DEFAULT_MAX_BYTES

HTML_TYPES = ("text/html", "application/xhtml+xml")


def read_warc(
    stream: BinaryIO,
    *,
    source: str,
    date: dt.date | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> Iterator[Document | Failure]:
    """Read the HTML responses of a WARC stream (compressed per record or not) lazily.

    Args:
        stream: the crawl's bytes.
        source: the crawl's path, kept on each Document.
        date: publication date given by the user; it overrides each page's own.
        max_bytes: larger payloads are refused rather than parsed.

    Yields:
        A Document per readable HTML response (its `url` the record's target URI); a Failure
        (stage "read") per unreadable one, and one for a stream that is not a WARC.
    """
    try:
        for number, record in enumerate(ArchiveIterator(stream), start=1):
            if record.format != "warc":  # warcio reads any text as an old ARC record
                raise ArchiveLoadFailed(f"record {number} is not a WARC record")
            if not _is_html_response(record):
                continue
            url = record.rec_headers.get_header("WARC-Target-URI")
            payload = record.content_stream().read(max_bytes + 1)
            try:
                yield read_html(payload, source=source, url=url, date=date, max_bytes=max_bytes)
            except InputError as error:
                yield Failure(doc_id=url or f"{source}:record {number}", stage="read",
                              code=error.code, reason=error.reason, raw=payload)
    except ArchiveLoadFailed as error:
        reason = InputError("EM008", detail=f"not a WARC file: {error}").reason
        yield Failure(doc_id=source, stage="read", code="EM008", reason=reason)


def _is_html_response(record: object) -> bool:
    if getattr(record, "rec_type", None) != "response":
        return False
    http_headers = getattr(record, "http_headers", None)
    content_type = (http_headers.get_header("Content-Type") or "") if http_headers is not None else ""
    return content_type.split(";")[0].strip().lower() in HTML_TYPES
