"""The library's front door: what the CLI, the web server and the cluster runner all call."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Iterator

from eventmill.errors import InputError
from eventmill.model import Article, Document, Failure
from eventmill.pipeline import Pipeline
from eventmill.read.ids import document_id
from eventmill.read.text import header_date
from eventmill.settings import Settings

Progress = Callable[[Article], None]


def extract(text: str, *, date: dt.date | str | None = None, doc_id: str | None = None,
            settings: Settings = Settings()) -> Article:
    """Code one text into events, quotes and posts.

    Args:
        text: the article, as plain text.
        date: its publication date, the anchor for "on Tuesday" or "in May".
        doc_id: the id to give its records; a content hash when omitted.

    Returns:
        The coded Article: `.events`, `.quotes`, `.posts`, and `.failures` if it could not be
        coded (a `date YYYY-MM-DD` header naming no real day is an EM006 failure).
    """
    if isinstance(date, str):
        date = dt.date.fromisoformat(date)
    doc_id = doc_id or document_id(text)
    try:
        document: Document | Failure = Document(doc_id, text, date or header_date(text))
    except InputError as error:  # a header with an impossible date is bad input, not a crash
        document = Failure(doc_id, "read", error.code, error.reason, text.encode("utf-8", "surrogatepass"))
    return next(Pipeline.from_settings(settings).pipe([document]))


def extract_many(documents: Iterable[Document | Failure], *, settings: Settings = Settings(),
                 progress: Progress | None = None) -> Iterator[Article]:
    """Code a stream of documents in input order; read failures come out as failed Articles."""
    pipeline = Pipeline.from_settings(settings)
    for article in pipeline.pipe(documents):
        if progress is not None:
            progress(article)
        yield article
