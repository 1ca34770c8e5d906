"""Questions asked of the store, shared by the CLI and the web UI: events, one document, statistics.

Every query is parameterised: user values only ever travel as parameters, and the SQL text is
assembled from constant fragments chosen by which filters are set. Results are plain data
(contract records and small frozen records), rendered by whoever asked.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from eventmill.output.citation import Citation
from eventmill.store.duckdb import Store

# A filter's SQL fragment; each "?" is bound to the filter's value (repeated as needed).
_ACTOR_MATCH = ("EXISTS (SELECT 1 FROM actors a WHERE a.doc_id = e.doc_id AND a.event_id = e.event_id"
                " AND a.part IN ('actor', 'recipient') AND contains(lower(a.name), lower(?)))")
_COUNTRY_MATCH = ("(e.location_country = ? OR EXISTS (SELECT 1 FROM actors a WHERE a.doc_id = e.doc_id"
                  " AND a.event_id = e.event_id AND a.part IN ('actor', 'recipient') AND a.country = ?))")
_FILTERS: dict[str, tuple[str, int]] = {
    "type": ("e.type = ?", 1),
    "actor": (_ACTOR_MATCH, 1),
    "country": (_COUNTRY_MATCH, 2),
    "since": ("e.last_day >= ?", 1),  # an event of May 2021 overlaps "since 2021-05-20"
    "until": ("e.first_day <= ?", 1),
    "doc_id": ("e.doc_id = ?", 1),
}


@dataclass(frozen=True)
class EventQuery:
    """Which events to return; unset filters match everything.

    Attributes:
        type: a PLOVER event type (ASSAULT …).
        actor: part of an actor's or recipient's name, any case ("gantz").
        country: ISO3 code of an actor, a recipient or the event's location.
        since, until: the event's date overlaps [since, until]; undated events never match.
        doc_id: events of one document.
        limit: at most this many events.
    """

    type: str | None = None
    actor: str | None = None
    country: str | None = None
    since: dt.date | None = None
    until: dt.date | None = None
    doc_id: str | None = None
    limit: int | None = None


@dataclass(frozen=True)
class DocumentView:
    """One stored article with its coded records, for `eventmill show` and the article page."""

    info: Citation
    text: str
    events: list[dict[str, Any]]
    quotes: list[dict[str, Any]]
    posts: list[dict[str, Any]]


@dataclass(frozen=True)
class Stats:
    """Totals of a store: table sizes and the events' spread over types, countries and time."""

    counts: dict[str, int]
    event_types: list[tuple[str, int]]
    modalities: list[tuple[str, int]]
    countries: list[tuple[str, int]]
    first_event_day: dt.date | None
    last_event_day: dt.date | None
    failure_codes: list[tuple[str, int]]


def events(store: Store, query: EventQuery = EventQuery()) -> list[dict[str, Any]]:
    """The contract records of the events that match, ordered by date, document and id."""
    return [record for record, _ in events_with_documents(store, query)]


def events_with_documents(store: Store, query: EventQuery = EventQuery()) -> Iterator[tuple[dict[str, Any], Citation]]:
    """Matching events streamed with their documents' metadata, as exports need both."""
    where, parameters = _where(query)
    limit = " LIMIT ?" if query.limit is not None else ""
    sql = ("SELECT e.record, d.doc_id, d.date, d.source, d.url, d.title FROM events e JOIN documents d USING (doc_id)"
           f"{where} ORDER BY e.first_day NULLS LAST, e.doc_id, e.event_id{limit}")
    for row in store.stream(sql, parameters + ([query.limit] if query.limit is not None else [])):
        info = Citation(row["doc_id"], row["date"], row["source"], row["url"], row["title"])
        yield json.loads(row["record"]), info


def document(store: Store, doc_id: str) -> DocumentView | None:
    """One stored document with its events (in text order), quotes and posts; None when unknown."""
    found = store.rows("SELECT doc_id, date, source, url, title, text FROM documents WHERE doc_id = ?", [doc_id])
    if not found:
        return None
    row = found[0]
    event_records = [json.loads(r["record"]) for r in store.rows(
        "SELECT e.record FROM events e JOIN evidence v ON v.doc_id = e.doc_id AND v.kind = 'event'"
        " AND v.record_id = e.event_id WHERE e.doc_id = ? ORDER BY v.start, e.event_id", [doc_id])]
    return DocumentView(
        info=Citation(row["doc_id"], row["date"], row["source"], row["url"], row["title"]),
        text=row["text"],
        events=event_records,
        quotes=_records(store, "SELECT record FROM quotes WHERE doc_id = ? ORDER BY quote_index", doc_id),
        posts=_records(store, "SELECT record FROM posts WHERE doc_id = ? ORDER BY post_index", doc_id),
    )


def stats(store: Store, *, top: int = 10) -> Stats:
    """Counts per table, events per type and modality, the `top` countries, the date span, failures per code."""
    span = store.rows("SELECT min(first_day) AS first, max(last_day) AS last FROM events")[0]
    return Stats(
        counts=store.counts(),
        event_types=_pairs(store, "SELECT type, count(*) FROM events GROUP BY type ORDER BY 2 DESC, 1"),
        modalities=_pairs(store, "SELECT modality, count(*) FROM events GROUP BY modality ORDER BY 2 DESC, 1"),
        countries=_pairs(store, "SELECT country, count(DISTINCT (doc_id, event_id)) FROM actors"
                                " WHERE country IS NOT NULL AND part IN ('actor', 'recipient')"
                                " GROUP BY country ORDER BY 2 DESC, 1 LIMIT ?", [top]),
        first_event_day=span["first"],
        last_event_day=span["last"],
        failure_codes=_pairs(store, "SELECT code, count(*) FROM failures GROUP BY code ORDER BY 2 DESC, 1"),
    )


def _where(query: EventQuery) -> tuple[str, list[Any]]:
    clauses: list[str] = []
    parameters: list[Any] = []
    for name, (clause, uses) in _FILTERS.items():
        value = getattr(query, name)
        if value is not None:
            clauses.append(clause)
            parameters.extend([value] * uses)
    return (" WHERE " + " AND ".join(clauses) if clauses else ""), parameters


def _records(store: Store, sql: str, doc_id: str) -> list[dict[str, Any]]:
    return [json.loads(row["record"]) for row in store.rows(sql, [doc_id])]


def _pairs(store: Store, sql: str, parameters: list[Any] | None = None) -> list[tuple[str, int]]:
    return [tuple(row.values()) for row in store.rows(sql, parameters or [])]  # type: ignore[misc]
