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
    "modality": ("e.modality = ?", 1),
    "text": ("EXISTS (SELECT 1 FROM evidence v WHERE v.doc_id = e.doc_id AND v.kind = 'event'"
             " AND v.record_id = e.event_id AND contains(lower(v.sentence), lower(?)))", 1),
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
        modality: asserted, negated, planned, threatened, demanded or hypothetical.
        text: part of the evidence sentence, any case ("air strike").
    """

    type: str | None = None
    actor: str | None = None
    country: str | None = None
    since: dt.date | None = None
    until: dt.date | None = None
    doc_id: str | None = None
    limit: int | None = None
    modality: str | None = None
    text: str | None = None


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
    return [(str(name), int(count)) for name, count in (row.values() for row in store.rows(sql, parameters or []))]


# Orders a page of events can be sorted by; the web API accepts only these keys, so no
# user text ever reaches ORDER BY.
EVENT_SORTS: dict[str, str] = {
    "date": "e.first_day ASC NULLS LAST",
    "-date": "e.first_day DESC NULLS LAST",
    "type": "e.type ASC",
    "confidence": "e.confidence ASC NULLS LAST",
    "-confidence": "e.confidence DESC NULLS LAST",
    "-fatalities": "e.fatalities DESC NULLS LAST",
}
# Which date precisions place an event in a period: a month-precision date fits a month, not a day.
SERIES_PERIODS: dict[str, tuple[str, ...]] = {
    "day": ("day",), "week": ("day",), "month": ("day", "month"), "year": ("day", "month", "year"),
}


@dataclass(frozen=True)
class EventPage:
    """One page of matching events and how many match in all."""

    total: int
    events: list[dict[str, Any]]


@dataclass(frozen=True)
class SeriesCount:
    """Event reports of one type in the period that starts on `period`."""

    period: dt.date
    type: str
    events: int


@dataclass(frozen=True)
class DyadCount:
    """Event reports of one type from one side ("ISR GOV") to another ("PSE REB")."""

    source: str
    target: str
    type: str
    events: int


@dataclass(frozen=True)
class PlaceCount:
    """Event reports located at one gazetteer place."""

    name: str
    country: str | None
    lat: float
    lon: float
    events: int


@dataclass(frozen=True)
class ActorCount:
    """How many events name an actor (as actor or recipient)."""

    name: str
    country: str | None
    sector: str | None
    events: int


@dataclass(frozen=True)
class DocumentSummary:
    """A stored document's metadata and how many events were coded from it."""

    info: Citation
    events: int


def event_page(store: Store, query: EventQuery = EventQuery(), *, sort: str = "date", offset: int = 0) -> EventPage:
    """The `query.limit` matching events from `offset` in `sort` order (a key of EVENT_SORTS), and the total.

    Raises:
        KeyError: `sort` is not a key of EVENT_SORTS.
    """
    order = EVENT_SORTS[sort]
    where, parameters = _where(query)
    total = store.rows(f"SELECT count(*) AS n FROM events e{where}", parameters)[0]["n"]
    limit = " LIMIT ?" if query.limit is not None else ""
    rows = store.rows(f"SELECT e.record FROM events e{where} ORDER BY {order}, e.doc_id, e.event_id{limit} OFFSET ?",
                      parameters + ([query.limit] if query.limit is not None else []) + [offset])
    return EventPage(total=int(total), events=[json.loads(row["record"]) for row in rows])


def event_by_id(store: Store, event_id: str) -> tuple[dict[str, Any], Citation] | None:
    """One event's record and its document's citation; None when no stored event has this id."""
    found = store.rows("SELECT e.record, d.doc_id, d.date, d.source, d.url, d.title FROM events e"
                       " JOIN documents d USING (doc_id) WHERE e.event_id = ? ORDER BY e.doc_id LIMIT 1", [event_id])
    if not found:
        return None
    row = found[0]
    return json.loads(row["record"]), Citation(row["doc_id"], row["date"], row["source"], row["url"], row["title"])


def event_series(store: Store, query: EventQuery = EventQuery(), *, period: str = "month") -> tuple[list[SeriesCount], int]:
    """Event reports per period (a key of SERIES_PERIODS) and type, and how many matching events fit no period.

    An event dated more coarsely than the period (a month-precision date in a daily series) or
    not dated at all is counted as unplaced rather than guessed into a period.
    """
    precisions = list(SERIES_PERIODS[period])
    where, parameters = _where(query)
    placed = "e.date_precision IN (SELECT unnest(?::VARCHAR[]))"
    rows = store.rows(f"SELECT date_trunc(?, e.first_day) AS period, e.type, count(*) AS n FROM events e"
                      f"{_and(where, placed)} GROUP BY 1, 2 ORDER BY 1, 2", [period, *parameters, precisions])
    unplaced = store.rows(f"SELECT count(*) AS n FROM events e{_and(where, 'NOT coalesce(' + placed + ', false)')}",
                          [*parameters, precisions])[0]["n"]
    return [SeriesCount(_day(row["period"]), row["type"], row["n"]) for row in rows], int(unplaced)


def dyad_counts(store: Store, query: EventQuery = EventQuery(), *, top: int = 50) -> list[DyadCount]:
    """Event reports per dyad and type for the `top` dyads by reports; sides are "COUNTRY SECTOR", "?" unknown.

    Events with neither side coded say nothing about who acts on whom and are left out.
    """
    where, parameters = _where(query)
    coded = "(e.actor_country IS NOT NULL OR e.actor_sector IS NOT NULL) AND (e.recipient_country IS NOT NULL OR e.recipient_sector IS NOT NULL)"
    sides = ("coalesce(e.actor_country, '?') || ' ' || coalesce(e.actor_sector, '?') AS source, "
             "coalesce(e.recipient_country, '?') || ' ' || coalesce(e.recipient_sector, '?') AS target")
    rows = store.rows(
        f"WITH dyads AS (SELECT {sides}, e.type FROM events e{_and(where, coded)}),"
        " ranked AS (SELECT source, target FROM dyads GROUP BY 1, 2 ORDER BY count(*) DESC, 1, 2 LIMIT ?)"
        " SELECT source, target, type, count(*) AS n FROM dyads JOIN ranked USING (source, target)"
        " GROUP BY 1, 2, 3 ORDER BY 1, 2, 3", [*parameters, top])
    return [DyadCount(row["source"], row["target"], row["type"], row["n"]) for row in rows]


def place_counts(store: Store, query: EventQuery = EventQuery(), *, top: int = 500) -> list[PlaceCount]:
    """Event reports per located place (with coordinates), the `top` places by reports."""
    where, parameters = _where(query)
    rows = store.rows(
        "SELECT e.location_name AS name, e.location_country AS country, e.lat, e.lon, count(*) AS n FROM events e"
        f"{_and(where, 'e.lat IS NOT NULL AND e.lon IS NOT NULL')} GROUP BY 1, 2, 3, 4 ORDER BY 5 DESC, 1 LIMIT ?",
        [*parameters, top])
    return [PlaceCount(row["name"], row["country"], row["lat"], row["lon"], row["n"]) for row in rows]


def location_country_counts(store: Store, query: EventQuery = EventQuery()) -> dict[str, int]:
    """Event reports per country of the event's location (ISO3)."""
    where, parameters = _where(query)
    rows = store.rows(f"SELECT e.location_country AS country, count(*) AS n FROM events e"
                      f"{_and(where, 'e.location_country IS NOT NULL')} GROUP BY 1", parameters)
    return {row["country"]: row["n"] for row in rows}


def actor_counts(store: Store, *, name: str | None = None, offset: int = 0, limit: int = 50) -> tuple[int, list[ActorCount]]:
    """Actors and recipients by how many events name them, optionally those whose name contains `name`; and the total."""
    match = " AND contains(lower(name), lower(?))" if name is not None else ""
    grouped = (f"SELECT name, country, sector, count(DISTINCT (doc_id, event_id)) AS n FROM actors"
               f" WHERE part IN ('actor', 'recipient'){match} GROUP BY 1, 2, 3")
    parameters = [name] if name is not None else []
    total = store.rows(f"SELECT count(*) AS n FROM ({grouped})", parameters)[0]["n"]
    rows = store.rows(f"{grouped} ORDER BY 4 DESC, 1, 2 NULLS FIRST, 3 NULLS FIRST LIMIT ? OFFSET ?",
                      [*parameters, limit, offset])
    return int(total), [ActorCount(row["name"], row["country"], row["sector"], row["n"]) for row in rows]


def document_page(store: Store, *, title: str | None = None, offset: int = 0, limit: int = 50) -> tuple[int, list[DocumentSummary]]:
    """Stored documents, newest first, optionally those whose title or id contains `title`; and the total."""
    match = " WHERE contains(lower(coalesce(d.title, '') || ' ' || d.doc_id), lower(?))" if title is not None else ""
    parameters = [title] if title is not None else []
    total = store.rows(f"SELECT count(*) AS n FROM documents d{match}", parameters)[0]["n"]
    rows = store.rows(
        "SELECT d.doc_id, d.date, d.source, d.url, d.title, (SELECT count(*) FROM events e WHERE e.doc_id = d.doc_id) AS n"
        f" FROM documents d{match} ORDER BY d.date DESC NULLS LAST, d.doc_id LIMIT ? OFFSET ?", [*parameters, limit, offset])
    return int(total), [DocumentSummary(Citation(r["doc_id"], r["date"], r["source"], r["url"], r["title"]), r["n"])
                        for r in rows]


def _and(where: str, clause: str) -> str:
    """Add one constant clause to a WHERE built by `_where`."""
    return f"{where} AND {clause}" if where else f" WHERE {clause}"


def _day(value: dt.date | dt.datetime) -> dt.date:
    return value.date() if isinstance(value, dt.datetime) else value
