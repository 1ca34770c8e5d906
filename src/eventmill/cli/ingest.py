"""`eventmill ingest`: read documents, code the new and changed ones, and store them in the DuckDB file."""

from __future__ import annotations

import datetime as dt
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import click
from tqdm import tqdm

from eventmill.cli.cluster import (
    DEFAULT_LOCAL_WORKERS,
    DEFAULT_PARTITION_SIZE,
    code_on_dask,
)
from eventmill.cli.extract import EXIT_SOME_FAILED
from eventmill.errors import EventmillError
from eventmill.model import Failure
from eventmill.read.sources import READERS, ReadOptions, read_sources
from eventmill.settings import Settings
from eventmill.store.duckdb import DEFAULT_DB, Store, StoreError
from eventmill.store.ingest import DEFAULT_BATCH_SIZE, IngestReport, ingest

db_option = click.option("--db", default=DEFAULT_DB, show_default=True, type=click.Path(dir_okay=False),
                         help="The DuckDB store file (created when missing).")


def read_options(function: Callable[..., Any]) -> Callable[..., Any]:
    """The options that say how to read inputs, shared by `ingest` and `retry`."""
    for option in reversed((
        click.option("--date", type=click.DateTime(["%Y-%m-%d"]), default=None,
                     help="Publication date for inputs that carry none (YYYY-MM-DD)."),
        click.option("--text-field", default="text", show_default=True, help="JSON Lines / CSV field holding the text."),
        click.option("--date-field", default="date", show_default=True, help="JSON Lines / CSV field holding the date."),
        click.option("--id-field", multiple=True, help="Field holding the document id; repeatable, tried in order "
                     "[default: doc_id, id]."),
        click.option("--max-bytes", type=click.IntRange(min=1), default=Settings().max_bytes, show_default=True,
                     help="Largest document read; larger ones are recorded as failures."),
    )):
        function = option(function)
    return function


def make_read_options(date: dt.datetime | None, text_field: str, date_field: str, id_field: tuple[str, ...],
                      max_bytes: int) -> ReadOptions:
    return ReadOptions(date=date.date() if date else None, max_bytes=max_bytes, text_field=text_field,
                       date_field=date_field, id_fields=id_field or ReadOptions().id_fields)


def print_failure(failure: Failure) -> None:
    click.echo(f"eventmill: {failure.doc_id}: {failure.reason}", err=True)


def summarise(report: IngestReport, db: str) -> None:
    """The closing line; exits with EXIT_SOME_FAILED when any document failed."""
    click.echo(f"eventmill: {report.stored} documents stored ({report.events} events), "
               f"{report.unchanged} unchanged, {report.failed} failed", err=True)
    if report.failed:
        click.echo(f"eventmill: see them with `eventmill failures --db {db}`", err=True)
        sys.exit(EXIT_SOME_FAILED)


@click.command("ingest")
@click.argument("paths", nargs=-1, required=True)
@db_option
@click.option("--input-format", type=click.Choice(sorted(READERS)), default=None,
              help="Read every input as this format instead of guessing from its name.")
@read_options
@click.option("--batch-size", type=click.IntRange(min=1), default=DEFAULT_BATCH_SIZE, show_default=True,
              help="Documents stored per transaction.")
@click.option("--actors", type=click.Path(exists=True, dir_okay=False, path_type=Path), multiple=True,
              help="A user actor dictionary (CSV or YAML) layered over the built-in one; repeatable.")
@click.option("--progress/--no-progress", default=None,
              help="Show a progress bar on stderr (default: when stderr is a terminal).")
@click.option("-v", "--verbose", is_flag=True, help="Print a line after each committed batch.")
@click.option("--engine", type=click.Choice(["store", "dask"]), default="store", show_default=True,
              help="store: code here into the DuckDB file; dask: code on a Dask cluster into a Parquet "
                   "dataset partitioned by month (--out).")
@click.option("--out", "out_dir", type=click.Path(file_okay=False, path_type=Path), default=None,
              help="--engine dask: new or empty folder for events/month=YYYY-MM/*.parquet and failures.jsonl.")
@click.option("--scheduler", default=None,
              help="--engine dask: address of a running scheduler (tcp://host:8786); default: a local cluster.")
@click.option("--workers", type=click.IntRange(min=1), default=DEFAULT_LOCAL_WORKERS, show_default=True,
              help="Processes coding documents: here (store engine), or in the local Dask cluster "
                   "(ignored with --scheduler).")
@click.option("--partition-size", type=click.IntRange(min=1), default=DEFAULT_PARTITION_SIZE, show_default=True,
              help="--engine dask: documents per task sent to a worker.")
def ingest_command(paths: tuple[str, ...], db: str, input_format: str | None, date: dt.datetime | None,
                   text_field: str, date_field: str, id_field: tuple[str, ...], max_bytes: int, batch_size: int,
                   actors: tuple[Path, ...], progress: bool | None, verbose: bool, engine: str,
                   out_dir: Path | None, scheduler: str | None, workers: int, partition_size: int) -> None:
    """Code PATHS (files, folders, globs, or - for stdin) and store documents, events and failures.

    Documents already stored with the same text are skipped; a changed document replaces its
    old records. An interrupted ingest can simply be run again. With `--engine dask` the
    documents are coded on a Dask cluster and written as Parquet under `--out` instead.
    """
    settings = Settings(actors=actors, max_bytes=max_bytes)
    options = make_read_options(date, text_field, date_field, id_field, max_bytes)
    if engine == "dask":
        if out_dir is None:
            raise click.UsageError("--engine dask writes a Parquet dataset: give it a folder with --out")
        if input_format is not None:
            raise click.UsageError("--input-format is not supported by --engine dask (formats are guessed from names)")
        code_on_dask(list(paths), out_dir=out_dir, scheduler=scheduler, workers=workers,
                     partition_size=partition_size, settings=settings, read_options=options)
        return
    if out_dir is not None or scheduler is not None:
        raise click.UsageError("--out and --scheduler apply to --engine dask only")
    bar = tqdm(desc="batches", unit="batch", file=sys.stderr,
               disable=(not sys.stderr.isatty()) if progress is None else not progress)

    def committed(report: IngestReport) -> None:
        bar.update()
        if verbose:
            click.echo(f"eventmill: committed: {report.stored} stored, {report.failed} failed", err=True)

    try:
        with Store(db) as store:
            report = ingest(read_sources(list(paths), format=input_format, options=options), store,
                            settings=settings, batch_size=batch_size, workers=workers,
                            on_failure=print_failure, on_commit=committed)
    except (EventmillError, StoreError) as error:
        raise click.ClickException(str(error)) from error
    finally:
        bar.close()
    summarise(report, db)
