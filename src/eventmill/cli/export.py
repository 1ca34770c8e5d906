"""`eventmill export`: write stored events to a file as JSON Lines, CSV, Parquet, PLOVER JSON or CAMEO TSV."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

import click

from eventmill.cli.events import event_filters, make_query, open_store
from eventmill.cli.ingest import db_option
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


def _with_text(path: Path, write: Callable[[Any], int]) -> int:
    with path.open("w", encoding="utf-8", newline="") as stream:
        return write(stream)


@click.command("export")
@db_option
@click.option("--format", "output_format", type=click.Choice(sorted(WRITERS)), required=True, help="Export format.")
@click.option("--out", type=click.Path(dir_okay=False, path_type=Path), required=True, help="File to write.")
@event_filters
def export_command(db: str, output_format: str, out: Path, event_type: str | None, actor: str | None,
                   country: str | None, since: dt.datetime | None, until: dt.datetime | None, doc_id: str | None) -> None:
    """Export stored events (all, or those matching the filters) to one file.

    plover leaves out events with no date and no publication date; cameo writes asserted events only.
    """
    with open_store(db) as store:
        rows = events_with_documents(store, make_query(event_type, actor, country, since, until, doc_id))
        written = WRITERS[output_format](rows, out)
    click.echo(f"eventmill: wrote {written} events to {out}", err=True)
