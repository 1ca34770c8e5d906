"""`eventmill ingest-dask`: code a corpus on a Dask cluster into a month-partitioned Parquet dataset.

Kept apart from `eventmill extract` so Dask is imported only when this command runs.
"""

from __future__ import annotations

from pathlib import Path

import click

from eventmill.errors import EventmillError
from eventmill.settings import Settings


@click.command("ingest-dask")
@click.argument("paths", nargs=-1, required=True)
@click.option("--out", "out_dir", type=click.Path(file_okay=False, path_type=Path), required=True,
              help="New or empty folder for events/month=YYYY-MM/*.parquet and failures.jsonl.")
@click.option("--scheduler", default=None,
              help="Address of a running Dask scheduler (tcp://host:8786); default: start a local cluster.")
@click.option("--workers", type=click.IntRange(min=1), default=2, show_default=True,
              help="Worker processes of the local cluster (ignored with --scheduler).")
@click.option("--partition-size", type=click.IntRange(min=1), default=64, show_default=True,
              help="Documents per task sent to a worker.")
def ingest_dask_command(paths: tuple[str, ...], out_dir: Path, scheduler: str | None, workers: int,
                        partition_size: int) -> None:
    """Code PATHS on a Dask cluster and write the events as a Parquet dataset partitioned by month."""
    from eventmill.cluster.dask import run

    try:
        summary = run(list(paths), out_dir=out_dir, scheduler=scheduler, n_workers=workers,
                      settings=Settings(), partition_size=partition_size)
    except EventmillError as error:
        raise click.ClickException(error.reason) from error
    click.echo(f"eventmill: {summary.documents} documents, {summary.events} events, "
               f"{summary.failures} failed, written to {summary.out_dir}", err=True)
