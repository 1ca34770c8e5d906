"""The `eventmill` command group; each command lives in its own module."""

from __future__ import annotations

import click

from eventmill.cli.actor import actor_command
from eventmill.cli.actors import actors_command
from eventmill.cli.dyads import dyads_command
from eventmill.cli.evaluate import evaluate_command
from eventmill.cli.events import events_command
from eventmill.cli.export import export_command
from eventmill.cli.extract import extract_command
from eventmill.cli.failures import failures_command, retry_command
from eventmill.cli.ingest import ingest_command
from eventmill.cli.serve import serve_command
from eventmill.cli.show import show_command
from eventmill.cli.stats import stats_command
from eventmill.cli.timeline import timeline_command


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="eventmill")
def cli() -> None:
    """eventmill: political event data from news text."""


cli.add_command(extract_command)
cli.add_command(actors_command)
cli.add_command(ingest_command)
cli.add_command(events_command)
cli.add_command(show_command)
cli.add_command(stats_command)
cli.add_command(export_command)
cli.add_command(failures_command)
cli.add_command(retry_command)
cli.add_command(timeline_command)
cli.add_command(dyads_command)
cli.add_command(actor_command)
cli.add_command(serve_command)
cli.add_command(evaluate_command)


def main() -> None:
    cli()
