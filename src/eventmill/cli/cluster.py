"""Code a corpus on a Dask cluster into a month-partitioned Parquet dataset.

`eventmill ingest --engine dask` runs `code_on_dask`. Kept apart from the other commands so
Dask is imported only when it runs.
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
