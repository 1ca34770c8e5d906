"""The embedded DuckDB store: schema and migrations, idempotent writes, failures (the only duckdb import).

One file, nothing to start. Every write of a batch of Articles happens inside one transaction,
so a process killed at any moment leaves either the whole batch or none of it; together with
the content-hash check in `holds`, a restarted ingest ends with exactly the records of an
uninterrupted one. Rows come from `output/contract.py`'s dicts, the one source of field names;
each record's full JSON is kept beside the columns that queries filter on.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import duckdb

from eventmill.model import Article, Document, Failure
from eventmill.output.contract import records
from eventmill.read.ids import document_id

DEFAULT_DB = "eventmill.duckdb"
# Raw bytes of a failure up to this size are kept in the row; larger ones keep a pointer
# (the failing document's path or "path:line") so a corrupt 2 GB file does not bloat the store.
DEFAULT_INLINE_RAW_BYTES = 1024 * 1024

_RECORD_TABLES = ("events", "actors", "evidence", "quotes", "posts")

# Migration N (1-based) brings the schema from version N-1 to N. Never edit a released step:
# append a new one, so every existing store can be brought up to date.
MIGRATIONS: tuple[tuple[str, ...], ...] = (
    (
        """CREATE TABLE documents (
            doc_id VARCHAR PRIMARY KEY, content_hash VARCHAR NOT NULL, text VARCHAR NOT NULL,
            date DATE, source VARCHAR, url VARCHAR, title VARCHAR, ingested_at TIMESTAMP NOT NULL)""",
        """CREATE TABLE events (
            doc_id VARCHAR NOT NULL, event_id VARCHAR NOT NULL, type VARCHAR NOT NULL, mode VARCHAR,
            date VARCHAR, date_precision VARCHAR, first_day DATE, last_day DATE,
            actor_name VARCHAR, actor_country VARCHAR, actor_sector VARCHAR,
            recipient_name VARCHAR, recipient_country VARCHAR, recipient_sector VARCHAR,
            location_name VARCHAR, location_country VARCHAR, lat DOUBLE, lon DOUBLE,
            fatalities INTEGER, injuries INTEGER, arrests INTEGER, modality VARCHAR NOT NULL,
            background BOOLEAN NOT NULL, confidence DOUBLE, record VARCHAR NOT NULL,
            PRIMARY KEY (doc_id, event_id))""",
        """CREATE TABLE actors (
            doc_id VARCHAR NOT NULL, event_id VARCHAR NOT NULL, part VARCHAR NOT NULL,
            member INTEGER NOT NULL, name VARCHAR NOT NULL, country VARCHAR, sector VARCHAR,
            role VARCHAR, wikidata VARCHAR)""",
        """CREATE TABLE evidence (
            doc_id VARCHAR NOT NULL, kind VARCHAR NOT NULL, record_id VARCHAR NOT NULL,
            sentence VARCHAR NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL,
            trigger_start INTEGER, trigger_end INTEGER)""",
        """CREATE TABLE quotes (
            doc_id VARCHAR NOT NULL, quote_index INTEGER NOT NULL, speaker_name VARCHAR,
            speaker_country VARCHAR, text VARCHAR NOT NULL, record VARCHAR NOT NULL)""",
        """CREATE TABLE posts (
            doc_id VARCHAR NOT NULL, post_index INTEGER NOT NULL, author VARCHAR NOT NULL,
            handle VARCHAR, date VARCHAR, text VARCHAR NOT NULL, record VARCHAR NOT NULL)""",
        """CREATE TABLE failures (
            failure_id VARCHAR PRIMARY KEY, doc_id VARCHAR NOT NULL, stage VARCHAR NOT NULL,
            code VARCHAR NOT NULL, reason VARCHAR NOT NULL, raw BLOB, raw_size BIGINT NOT NULL,
            raw_pointer VARCHAR, date DATE, source VARCHAR, url VARCHAR, title VARCHAR,
            recorded_at TIMESTAMP NOT NULL)""",
    ),
)
SCHEMA_VERSION = len(MIGRATIONS)


class StoreError(RuntimeError):
    """The store cannot be opened or used: locked by another process, unreadable, or too new."""


class StoreVersionError(StoreError):
    """The store was written by a newer eventmill whose schema this one does not know."""


@dataclass(frozen=True)
class StoredFailure:
    """A failures-table row: what failed, why, and its raw bytes or where to find them."""

    failure_id: str
    doc_id: str
    stage: str
    code: str
    reason: str
    raw: bytes | None
    raw_size: int
    raw_pointer: str | None
    date: dt.date | None
    source: str | None
    url: str | None
    title: str | None


@dataclass(frozen=True)
class BatchResult:
    """What one committed batch changed."""

    documents: int
    events: int
    failures: int


class Store:
    """A DuckDB file holding documents, their coded records and the failures of every run."""

    def __init__(self, path: str | Path = DEFAULT_DB, *, inline_raw_bytes: int = DEFAULT_INLINE_RAW_BYTES,
                 read_only: bool = False) -> None:
        self.path = str(path)
        self.inline_raw_bytes = inline_raw_bytes
        # Extensions must never be fetched at run time; json and parquet are built in.
        config: dict[str, str | bool | int | float | list[str]] = {
            "autoinstall_known_extensions": False, "autoload_known_extensions": False}
        try:
            self._connection = duckdb.connect(self.path, read_only=read_only, config=config)
        except duckdb.Error as error:
            raise StoreError(f"cannot open store {self.path}: {error}") from None
        if not read_only:
            migrate(self._connection)
        elif schema_version(self._connection) != SCHEMA_VERSION:
            raise StoreVersionError(f"{self.path}: schema {schema_version(self._connection)}, "
                                    f"this eventmill reads {SCHEMA_VERSION}; open it once for writing to migrate")

    def close(self) -> None:
        self._connection.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *_: object) -> None:
        self.close()

    @contextmanager
    def snapshot(self) -> Iterator[Store]:
        """This store seen through a connection of its own, inside one read transaction.

        DuckDB lets one process hold the file and write through one connection while its other
        connections read: each transaction sees the database as it was when it began, so every
        query made through the snapshot agrees with the others even while a batch commits
        meanwhile (no torn reads). A DuckDB Python connection must not be shared by threads, so
        each web request or reader thread takes its own snapshot.
        """
        view = Store.__new__(Store)
        view.path, view.inline_raw_bytes = self.path, self.inline_raw_bytes
        view._connection = self._connection.cursor()
        view._connection.begin()
        try:
            yield view
        finally:
            view._connection.rollback()  # it only read: nothing to keep
            view._connection.close()

    def rows(self, sql: str, parameters: Sequence[Any] = ()) -> list[dict[str, Any]]:
        """Run a parameterised query and return its rows as dicts (column name → value)."""
        cursor = self._connection.execute(sql, list(parameters))
        names = [column[0] for column in cursor.description or ()]
        return [dict(zip(names, row)) for row in cursor.fetchall()]

    def stream(self, sql: str, parameters: Sequence[Any] = (), *, chunk: int = 1000) -> Iterator[dict[str, Any]]:
        """Like `rows`, fetched lazily in chunks so exports of any size stream."""
        cursor = self._connection.cursor()
        cursor.execute(sql, list(parameters))
        names = [column[0] for column in cursor.description or ()]
        while fetched := cursor.fetchmany(chunk):
            yield from (dict(zip(names, row)) for row in fetched)
        cursor.close()

    def holds(self, document: Document) -> bool:
        """True when this document, with this very text, is already stored: re-coding it would add nothing."""
        found = self._connection.execute(
            "SELECT content_hash FROM documents WHERE doc_id = ?", [document.doc_id]).fetchone()
        return found is not None and found[0] == document_id(document.text)

    def write(self, articles: Sequence[Article]) -> BatchResult:
        """Store a batch of coded Articles in one transaction: all of it, or (if killed) none.

        A document stored before under the same id loses its old records first, so a changed
        document replaces them. A failed Article becomes a failures row; a failure seen before
        (same document, stage, code and bytes) is not added twice.
        """
        latest = {article.doc_id: article for article in articles}  # a repeated id: the last wins
        good = [a for a in latest.values() if not a.failed]
        failures = [(f, a.document) for a in articles for f in a.failures]
        self._connection.begin()
        try:
            events = self._replace_documents(good)
            for failure, document in failures:
                self._insert_failure(failure, document)
            self._connection.commit()
        except BaseException:
            self._connection.rollback()
            raise
        return BatchResult(documents=len(good), events=events, failures=len(failures))

    def failures(self, *, ids: Iterable[str] = ()) -> list[StoredFailure]:
        """Stored failures in the order they were recorded, all of them or those with the given ids."""
        wanted = list(ids)
        where = "WHERE failure_id IN (SELECT unnest(?::VARCHAR[]))" if wanted else ""
        rows = self.rows(f"SELECT * EXCLUDE (recorded_at) FROM failures {where} ORDER BY recorded_at, failure_id",
                         [wanted] if wanted else [])
        return [StoredFailure(**{**row, "raw": bytes(row["raw"]) if row["raw"] is not None else None})
                for row in rows]

    def forget_failures(self, failure_ids: Iterable[str]) -> int:
        """Delete failures rows (after a successful retry); returns how many went."""
        ids = list(failure_ids)
        before = self._count("failures")
        self._connection.execute("DELETE FROM failures WHERE failure_id IN (SELECT unnest(?::VARCHAR[]))", [ids])
        return before - self._count("failures")

    def counts(self) -> dict[str, int]:
        """Row count of every table, the quickest check that a run added what it should."""
        return {table: self._count(table) for table in ("documents", *_RECORD_TABLES, "failures")}

    def _count(self, table: str) -> int:
        found = self._connection.execute(f"SELECT count(*) FROM {table}").fetchone()  # table: a constant name
        return int(found[0]) if found else 0

    def _replace_documents(self, articles: Sequence[Article]) -> int:
        ids = [a.doc_id for a in articles]
        for table in ("documents", *_RECORD_TABLES):
            self._connection.execute(f"DELETE FROM {table} WHERE doc_id IN (SELECT unnest(?::VARCHAR[]))", [ids])
        self._connection.execute("DELETE FROM failures WHERE doc_id IN (SELECT unnest(?::VARCHAR[]))", [ids])
        rows = [_article_rows(article) for article in articles]
        for table, statement in _INSERTS.items():
            batch = [row for article_rows in rows for row in article_rows[table]]
            if batch:
                self._connection.executemany(statement, batch)
        return sum(len(article_rows["events"]) for article_rows in rows)

    def _insert_failure(self, failure: Failure, document: Document) -> None:
        raw = failure.raw
        inline = len(raw) <= self.inline_raw_bytes
        self._connection.execute(
            "INSERT OR IGNORE INTO failures VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [failure_id(failure), failure.doc_id, failure.stage, failure.code, failure.reason,
             raw if inline else None, len(raw), None if inline else failure.doc_id,
             document.date, document.source, document.url, document.title, _now()],
        )


def failure_id(failure: Failure) -> str:
    """A stable id for a failure: the same bytes failing the same way get the same id on every run."""
    key = "\x1f".join((failure.doc_id, failure.stage, failure.code, hashlib.sha256(failure.raw).hexdigest()))
    return "fail-" + hashlib.sha256(key.encode("utf-8")).hexdigest()[:16]


def schema_version(connection: duckdb.DuckDBPyConnection) -> int:
    """The store's schema version; 0 for a new, empty file."""
    exists = connection.execute(
        "SELECT count(*) FROM information_schema.tables WHERE table_name = 'schema_info'").fetchone()
    if not exists or not exists[0]:
        return 0
    found = connection.execute("SELECT max(version) FROM schema_info").fetchone()
    return int(found[0]) if found and found[0] is not None else 0


def migrate(connection: duckdb.DuckDBPyConnection) -> int:
    """Bring a store up to `SCHEMA_VERSION`, each step in its own transaction; returns the version.

    Raises:
        StoreVersionError: the store is newer than this eventmill.
    """
    connection.execute("CREATE TABLE IF NOT EXISTS schema_info (version INTEGER NOT NULL, applied_at TIMESTAMP NOT NULL)")
    current = schema_version(connection)
    if current > SCHEMA_VERSION:
        raise StoreVersionError(f"store schema {current} is newer than this eventmill's {SCHEMA_VERSION}")
    for version, statements in enumerate(MIGRATIONS[current:], start=current + 1):
        connection.begin()
        for statement in statements:
            connection.execute(statement)
        connection.execute("INSERT INTO schema_info VALUES (?, ?)", [version, _now()])
        connection.commit()
    return SCHEMA_VERSION


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


def _article_rows(article: Article) -> dict[str, list[list[Any]]]:
    document = article.document
    events = records(article, "events")
    quotes = records(article, "quotes")
    posts = records(article, "posts")
    return {
        "documents": [[document.doc_id, document_id(document.text), document.text, document.date,
                       document.source, document.url, document.title, _now()]],
        "events": [_event_row(event) for event in events],
        "actors": [row for event in events for row in _actor_rows(event)],
        "evidence": [_evidence_row(event["doc_id"], "event", event["event_id"], event) for event in events]
                    + [_evidence_row(q["doc_id"], "quote", str(i), q) for i, q in enumerate(quotes)],
        "quotes": [[q["doc_id"], i, (q["speaker"] or {}).get("name"), (q["speaker"] or {}).get("country"),
                    q["text"], json.dumps(q, ensure_ascii=False)] for i, q in enumerate(quotes)],
        "posts": [[p["doc_id"], i, p["author"], p["handle"], p["date"], p["text"], json.dumps(p, ensure_ascii=False)]
                  for i, p in enumerate(posts)],
    }


def _event_row(event: dict[str, Any]) -> list[Any]:
    actor, recipient = event["actor"] or {}, event["recipient"] or {}
    location = event["location"] or {}
    first_day, last_day = date_bounds(event["date"])
    return [
        event["doc_id"], event["event_id"], event["type"], event["mode"], event["date"], event["date_precision"],
        first_day, last_day, actor.get("name"), actor.get("country"), actor.get("sector"),
        recipient.get("name"), recipient.get("country"), recipient.get("sector"),
        location.get("name"), location.get("country"), location.get("lat"), location.get("lon"),
        event["fatalities"], event["injuries"], event["arrests"], event["modality"], event["background"],
        event["confidence"], json.dumps(event, ensure_ascii=False),
    ]


def date_bounds(value: str | None) -> tuple[dt.date | None, dt.date | None]:
    """The first and last day a "YYYY", "YYYY-MM" or "YYYY-MM-DD" date can mean."""
    if not value:
        return None, None
    parts = [int(part) for part in value.split("-")]
    if len(parts) == 3:
        day = dt.date(*parts)
        return day, day
    if len(parts) == 2:
        first = dt.date(parts[0], parts[1], 1)
        following = dt.date(parts[0] + parts[1] // 12, parts[1] % 12 + 1, 1)
        return first, following - dt.timedelta(days=1)
    return dt.date(parts[0], 1, 1), dt.date(parts[0], 12, 31)


def _actor_rows(event: dict[str, Any]) -> Iterator[list[Any]]:
    for part in ("actor", "recipient", "according_to"):
        actor = event[part]
        if actor is None:
            continue
        for member, entity in enumerate([actor, *actor.get("members", [])]):
            yield [event["doc_id"], event["event_id"], part, member, entity["name"], entity.get("country"),
                   entity.get("sector"), entity.get("role"), entity.get("wikidata")]


def _evidence_row(doc_id: str, kind: str, record_id: str, record: dict[str, Any]) -> list[Any]:
    evidence, trigger = record["evidence"], record.get("trigger") or {}
    return [doc_id, kind, record_id, evidence["sentence"], evidence["start"], evidence["end"],
            trigger.get("start"), trigger.get("end")]


def _placeholders(count: int) -> str:
    return ", ".join("?" * count)


_INSERTS: dict[str, str] = {
    "documents": f"INSERT INTO documents VALUES ({_placeholders(8)})",
    "events": f"INSERT INTO events VALUES ({_placeholders(25)})",
    "actors": f"INSERT INTO actors VALUES ({_placeholders(9)})",
    "evidence": f"INSERT INTO evidence VALUES ({_placeholders(8)})",
    "quotes": f"INSERT INTO quotes VALUES ({_placeholders(6)})",
    "posts": f"INSERT INTO posts VALUES ({_placeholders(7)})",
}
