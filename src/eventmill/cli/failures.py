"""`eventmill failures` lists what could not be read or coded; `eventmill retry` reprocesses it."""

from __future__ import annotations

import base64
import datetime as dt
import json

import click

from eventmill.cli.events import open_store
from eventmill.cli.ingest import (
    db_option,
    make_read_options,
    print_failure,
    read_options,
    summarise,
)
from eventmill.errors import EventmillError
from eventmill.settings import Settings
from eventmill.store.duckdb import Store, StoredFailure, StoreError
from eventmill.store.ingest import retry

REASON_WIDTH = 70


def failure_line(failure: StoredFailure) -> str:
    kept = f"{failure.raw_size} bytes" if failure.raw is not None else f"-> {failure.raw_pointer}"
    reason = failure.reason if len(failure.reason) <= REASON_WIDTH else failure.reason[: REASON_WIDTH - 1] + "…"
    return f"{failure.failure_id}  {failure.stage:<6} {failure.doc_id}  {reason}  ({kept})"


def failure_json(failure: StoredFailure) -> str:
    fields = {**failure.__dict__, "date": failure.date.isoformat() if failure.date else None,
              "raw": base64.b64encode(failure.raw).decode("ascii") if failure.raw is not None else None}
    return json.dumps(fields, ensure_ascii=False)


@click.command("failures")
@db_option
@click.option("--format", "output_format", type=click.Choice(["table", "jsonl"]), default="table", show_default=True,
              help="table: one line each; jsonl: every field, raw bytes in base64.")
def failures_command(db: str, output_format: str) -> None:
    """List the documents that failed, with the reason and where their raw bytes are kept."""
    with open_store(db) as store:
        found = store.failures()
    for failure in found:
        click.echo(failure_json(failure) if output_format == "jsonl" else failure_line(failure))
    if output_format == "table":
        click.echo(f"{len(found)} failures", err=True)


@click.command("retry")
@click.argument("failure_ids", nargs=-1)
@db_option
@read_options
def retry_command(failure_ids: tuple[str, ...], db: str, date: dt.datetime | None, text_field: str,
                  date_field: str, id_field: tuple[str, ...], max_bytes: int) -> None:
    """Reprocess stored failures (all, or FAILURE_IDS); those that succeed leave the failures table."""
    options = make_read_options(date, text_field, date_field, id_field, max_bytes)
    try:
        with Store(db) as store:
            chosen = store.failures(ids=failure_ids)
            report = retry(chosen, store, settings=Settings(max_bytes=max_bytes), options=options,
                           on_failure=print_failure)
    except (EventmillError, StoreError) as error:
        raise click.ClickException(str(error)) from error
    click.echo(f"eventmill: retried {report.retried} failures, {report.resolved} resolved", err=True)
    summarise(report.ingest, db)
