"""`eventmill export`: write stored events to a file as JSON Lines, CSV, Parquet, PLOVER JSON or CAMEO TSV."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

import click

from eventmill.cli.events import event_filters, make_query, open_store
from eventmill.cli.ingest import db_option
from eventmill.dedup.load import merged_events
from eventmill.output import cameo, csv, jsonl, parquet, plover
from eventmill.output.citation import Citation
from eventmill.store.queries import events_with_documents

Rows = Iterable[tuple[dict[str, Any], Citation]]


def _records(rows: Rows) -> Iterable[dict[str, Any]]:
    return (record for record, _ in rows)


# Each format: how to write the (record, citation) pairs to a path; returns the records written.
WRITERS: dict[str, Callable[[Rows, Path], int]] = {
    "jsonl": lambda rows, path: _with_text(path, lambda s: jsonl.write(_records(rows), s)),
    "csv": lambda rows, path: _with_text(path, lambda s: csv.write(_records(rows), s)),
    "parquet": lambda rows, path: parquet.write(_records(rows), path),
    "plover": lambda rows, path: _with_text(path, lambda s: plover.write(rows, s)),
    "cameo": lambda rows, path: _with_text(path, lambda s: cameo.write(rows, s)),
}


# Formats that take merged events (one record per clustered event); PLOVER and CAMEO rows are reports.
MERGED_WRITERS: dict[str, Callable[[Iterable[dict[str, Any]], Path], int]] = {
    "jsonl": lambda records, path: _with_text(path, lambda s: jsonl.write(records, s)),
    "csv": lambda records, path: _with_text(path, lambda s: csv.write(records, s)),
    "parquet": lambda records, path: parquet.write(records, path),
}


def _with_text(path: Path, write: Callable[[Any], int]) -> int:
    with path.open("w", encoding="utf-8", newline="") as stream:
        return write(stream)


@click.command("export")
@db_option
@click.option("--format", "output_format", type=click.Choice(sorted(WRITERS)), required=True, help="Export format.")
@click.option("--out", type=click.Path(dir_okay=False, path_type=Path), required=True, help="File to write.")
@event_filters
@click.option("--merged/--reports", default=False, show_default=True,
              help="--merged: one record per clustered event (jsonl, csv, parquet); --reports: every record.")
def export_command(db: str, output_format: str, out: Path, event_type: str | None, actor: str | None,
                   country: str | None, since: dt.datetime | None, until: dt.datetime | None, doc_id: str | None,
                   merged: bool) -> None:
    """Export stored events (all, or those matching the filters) to one file.

    plover leaves out events with no date and no publication date; cameo writes asserted events only.
    """
    if merged and output_format not in MERGED_WRITERS:
        raise click.UsageError(f"--merged exports as {', '.join(MERGED_WRITERS)}, not {output_format}")
    with open_store(db) as store:
        query = make_query(event_type, actor, country, since, until, doc_id)
        if merged:
            written = MERGED_WRITERS[output_format](merged_events(store, query), out)
        else:
            written = WRITERS[output_format](events_with_documents(store, query), out)
    click.echo(f"eventmill: wrote {written} events to {out}", err=True)
