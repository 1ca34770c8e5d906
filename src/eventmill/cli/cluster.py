"""Code a corpus on a Dask cluster into a month-partitioned Parquet dataset.

`eventmill ingest --engine dask` and `ingest-dask` both run `code_on_dask`. Kept apart from
the other commands so Dask is imported only when it runs.
"""

from __future__ import annotations

from pathlib import Path

import click

from eventmill.errors import EventmillError
from eventmill.read.sources import ReadOptions
from eventmill.settings import Settings

DEFAULT_LOCAL_WORKERS = 2
DEFAULT_PARTITION_SIZE = 64


def code_on_dask(paths: list[str], *, out_dir: Path, scheduler: str | None, workers: int, partition_size: int,
                 settings: Settings, read_options: ReadOptions | None = None) -> None:
    """Run the Dask engine and print its one-line summary; an engine refusal is one line, not a traceback."""
    from eventmill.cluster.dask import run

    try:
        summary = run(paths, out_dir=out_dir, scheduler=scheduler, n_workers=workers, settings=settings,
                      read_options=read_options, partition_size=partition_size)
    except EventmillError as error:
        raise click.ClickException(error.reason) from error
    click.echo(f"eventmill: {summary.documents} documents, {summary.events} events, "
               f"{summary.failures} failed, written to {summary.out_dir}", err=True)


@click.command("ingest-dask")
@click.argument("paths", nargs=-1, required=True)
@click.option("--out", "out_dir", type=click.Path(file_okay=False, path_type=Path), required=True,
              help="New or empty folder for events/month=YYYY-MM/*.parquet and failures.jsonl.")
@click.option("--scheduler", default=None,
              help="Address of a running Dask scheduler (tcp://host:8786); default: start a local cluster.")
@click.option("--workers", type=click.IntRange(min=1), default=DEFAULT_LOCAL_WORKERS, show_default=True,
              help="Worker processes of the local cluster (ignored with --scheduler).")
@click.option("--partition-size", type=click.IntRange(min=1), default=DEFAULT_PARTITION_SIZE, show_default=True,
              help="Documents per task sent to a worker.")
def ingest_dask_command(paths: tuple[str, ...], out_dir: Path, scheduler: str | None, workers: int,
                        partition_size: int) -> None:
    """Code PATHS on a Dask cluster and write the events as a Parquet dataset partitioned by month."""
    code_on_dask(list(paths), out_dir=out_dir, scheduler=scheduler, workers=workers,
                 partition_size=partition_size, settings=Settings())
