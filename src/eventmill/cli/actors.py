"""`eventmill actors lookup`: show how a name resolves, as of a date, and why."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import click

from eventmill.actors.dictionary import load_dictionary
from eventmill.errors import EventmillError


@click.group("actors")
def actors_command() -> None:
    """Inspect the actor dictionaries (built-in and your own)."""


@actors_command.command("lookup")
@click.argument("name")
@click.option("--date", "date", type=click.DateTime(["%Y-%m-%d"]), default=None,
              help="Code the name as of this day (YYYY-MM-DD); default: the latest office.")
@click.option("--actors", type=click.Path(exists=True, dir_okay=False, path_type=Path), multiple=True,
              help="A user actor dictionary (CSV or YAML) layered over the built-in one; repeatable.")
def lookup_command(name: str, date: dt.datetime | None, actors: tuple[Path, ...]) -> None:
    """Resolve NAME: which file and row define it, which office applies, and the actor it codes to.

    Exits with status 1 when the name is in no dictionary.
    """
    try:
        dictionary = load_dictionary(actors)
    except EventmillError as error:
        raise click.ClickException(error.reason) from error
    for line in dictionary.explain(name, on=date.date() if date else None):
        click.echo(line)
    if dictionary.lookup(name) is None:
        raise SystemExit(1)
