"""`eventmill events`: list stored events that match filters, as a table, JSON Lines or CSV."""

from __future__ import annotations

import datetime as dt
import sys
from collections.abc import Callable
from typing import Any

import click

from eventmill.cli.ingest import db_option
from eventmill.dedup.load import merged_events
from eventmill.model import EVENT_TYPES
from eventmill.output import csv, jsonl, table
from eventmill.store.duckdb import Store, StoreError
from eventmill.store.queries import EventQuery, events


def event_filters(function: Callable[..., Any]) -> Callable[..., Any]:
    """The filter options shared by `events` and `export`."""
    for option in reversed((
        click.option("--type", "event_type", type=click.Choice(EVENT_TYPES, case_sensitive=False), default=None,
                     help="Only events of this PLOVER type."),
        click.option("--actor", default=None, help="Only events whose actor or recipient name contains this."),
        click.option("--country", default=None, help="Only events with an actor, recipient or place in this ISO3 country."),
        click.option("--since", type=click.DateTime(["%Y-%m-%d"]), default=None, help="Only events on or after this day."),
        click.option("--until", type=click.DateTime(["%Y-%m-%d"]), default=None, help="Only events on or before this day."),
        click.option("--doc", "doc_id", default=None, help="Only events of this document."),
    )):
        function = option(function)
    return function


def make_query(event_type: str | None, actor: str | None, country: str | None, since: dt.datetime | None,
               until: dt.datetime | None, doc_id: str | None, limit: int | None = None) -> EventQuery:
    return EventQuery(type=event_type.upper() if event_type else None, actor=actor,
                      country=country.upper() if country else None, since=since.date() if since else None,
                      until=until.date() if until else None, doc_id=doc_id, limit=limit)


def open_store(db: str) -> Store:
    """The store, opened read-only so queries can run beside another reader; a clear error when missing."""
    try:
        return Store(db, read_only=True)
    except StoreError as error:
        raise click.ClickException(str(error)) from error


@click.command("events")
@db_option
@event_filters
@click.option("--limit", type=click.IntRange(min=1), default=None, help="At most this many events.")
@click.option("--format", "output_format", type=click.Choice(["table", "jsonl", "csv"]), default="table",
              show_default=True, help="Output format.")
@click.option("--merged/--reports", default=False, show_default=True,
              help="--merged: one record per event, its reports clustered across documents; --reports: every record.")
def events_command(db: str, event_type: str | None, actor: str | None, country: str | None,
                   since: dt.datetime | None, until: dt.datetime | None, doc_id: str | None,
                   limit: int | None, output_format: str, merged: bool) -> None:
    """List stored events, ordered by date."""
    with open_store(db) as store:
        query = make_query(event_type, actor, country, since, until, doc_id, limit)
        found = merged_events(store, query) if merged else events(store, query)
    if output_format == "jsonl":
        jsonl.write(found, sys.stdout)
    elif output_format == "csv":
        csv.write(found, sys.stdout)
    else:
        click.echo(table.render(found, "events"))
