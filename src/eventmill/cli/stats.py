"""`eventmill stats`: what the store holds: table sizes, event types, countries, dates, failures."""

from __future__ import annotations

import json
from dataclasses import asdict

import click

from eventmill.cli.events import open_store
from eventmill.cli.ingest import db_option
from eventmill.dedup.load import store_duplication
from eventmill.dedup.records import Duplication
from eventmill.store.queries import Stats, stats


def render(found: Stats, measured: Duplication | None = None) -> str:
    lines = ["rows: " + ", ".join(f"{table} {count}" for table, count in found.counts.items())]
    if measured is not None:
        lines.append(f"events after clustering: {measured.events} from {measured.reports} reports "
                     f"({measured.reports_per_event:.2f} reports per event; {measured.multi_report_events} told "
                     f"more than once, {measured.multi_source_events} by more than one outlet)")
    if found.first_event_day:
        lines.append(f"event dates: {found.first_event_day} to {found.last_event_day}")
    for title, pairs in (("event types", found.event_types), ("modality", found.modalities),
                         ("countries (actors and recipients)", found.countries), ("failures", found.failure_codes)):
        if pairs:
            lines.append(f"{title}:")
            lines.extend(f"  {name:<12} {count:>8}" for name, count in pairs)
    return "\n".join(lines)


@click.command("stats")
@db_option
@click.option("--top", type=click.IntRange(min=1), default=10, show_default=True, help="Countries listed.")
@click.option("--format", "output_format", type=click.Choice(["table", "json"]), default="table", show_default=True)
def stats_command(db: str, top: int, output_format: str) -> None:
    """Summarise the store."""
    with open_store(db) as store:
        found = stats(store, top=top)
        measured = store_duplication(store)
    if output_format == "json":
        click.echo(json.dumps({**found.__dict__, "duplication": asdict(measured),
                               "first_event_day": str(found.first_event_day or "") or None,
                               "last_event_day": str(found.last_event_day or "") or None}))
    else:
        click.echo(render(found, measured))
