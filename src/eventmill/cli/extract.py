"""`eventmill extract`: read documents, code them, write records to stdout."""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path
from typing import Any

import click
from tqdm import tqdm  # type: ignore[import-untyped]

from eventmill.errors import EventmillError
from eventmill.output import jsonl, table
from eventmill.output.contract import records
from eventmill.parallel import default_workers, extract_parallel
from eventmill.read.sources import READERS, ReadOptions, read_sources
from eventmill.settings import Settings

# Exit status when some documents could not be coded (all others were written).
EXIT_SOME_FAILED = 2


@click.command("extract")
@click.argument("paths", nargs=-1)
@click.option("--format", "output_format", type=click.Choice(["jsonl", "table"]), default="table",
              show_default=True, help="Output format.")
@click.option("--what", type=click.Choice(["events", "quotes", "posts"]), default="events",
              show_default=True, help="Which records to write.")
@click.option("--date", "date", type=click.DateTime(["%Y-%m-%d"]), default=None,
              help="Publication date for inputs that carry none (YYYY-MM-DD).")
@click.option("--input-format", type=click.Choice(sorted(READERS)), default=None,
              help="Read every input as this format instead of guessing from its name.")
@click.option("--actors", type=click.Path(exists=True, dir_okay=False, path_type=Path), multiple=True,
              help="A user actor dictionary (CSV or YAML) layered over the built-in one; repeatable.")
@click.option("--lexicon", type=click.Path(exists=True, dir_okay=False, path_type=Path), multiple=True,
              help="A user predicate lexicon (YAML) layered over the built-in one; repeatable.")
@click.option("--progress/--no-progress", default=None,
              help="Show a progress bar on stderr (default: when stderr is a terminal).")
@click.option("--workers", type=click.IntRange(min=1), default=None,
              help="Processes to code with (default: one per core); output keeps input order.")
def extract_command(paths: tuple[str, ...], output_format: str, what: str, date: dt.datetime | None,
                    input_format: str | None, actors: tuple[Path, ...], lexicon: tuple[Path, ...],
                    progress: bool | None, workers: int | None) -> None:
    """Code PATHS (files, folders, globs, or - for stdin) into event records."""
    settings = Settings(actors=actors, lexicons=lexicon)
    options = ReadOptions(date=date.date() if date else None, max_bytes=settings.max_bytes)
    try:
        documents = read_sources(list(paths) or ["-"], format=input_format, options=options)
        bar = tqdm(desc="documents", unit="doc", file=sys.stderr,
                   disable=(not sys.stderr.isatty()) if progress is None else not progress)
        failed = total = 0
        written: list[dict[str, Any]] = []
        coded = extract_parallel(documents, workers=workers or default_workers(), settings=settings)
        for article in coded:
            bar.update()
            total += 1
            for failure in article.failures:
                failed += 1
                click.echo(f"eventmill: {failure.doc_id}: {failure.reason}", err=True)
            rows = records(article, what)
            if output_format == "jsonl":
                jsonl.write(rows, sys.stdout)
            else:
                written.extend(rows)
        bar.close()
    except EventmillError as error:
        raise click.ClickException(error.reason) from error
    if output_format == "table":
        click.echo(table.render(written, what))
    if failed:
        click.echo(f"eventmill: {total} documents, {failed} failed", err=True)
        sys.exit(EXIT_SOME_FAILED)
