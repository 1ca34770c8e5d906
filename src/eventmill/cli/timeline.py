"""`eventmill timeline`: clustered events per day, week or month, by type, dyad, country or actor.

Also home of what `dyads` and `actor` share: reading reports (record files or the store),
clustering them, and writing tables, CSV and charts.
"""

from __future__ import annotations

import csv
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import click

from eventmill.analytics.charts import write_chart
from eventmill.analytics.series import BREAKDOWNS, PERIODS, Series, series
from eventmill.dedup.cluster import Cluster, cluster
from eventmill.dedup.load import reports_from_jsonl, reports_from_store
from eventmill.store.duckdb import DEFAULT_DB, Store, StoreError


def cluster_inputs(function: Callable[..., Any]) -> Callable[..., Any]:
    """The options that say where reports come from, shared by `timeline`, `dyads` and `actor`."""
    for option in reversed((
        click.option("--records", "record_files", multiple=True,
                     type=click.Path(exists=True, dir_okay=False, path_type=Path),
                     help="Event records as JSON Lines (`eventmill extract --format jsonl`) instead of the store; "
                          "repeatable."),
        click.option("--db", default=DEFAULT_DB, show_default=True, type=click.Path(dir_okay=False),
                     help="The DuckDB store to read (when no --records are given)."),
        click.option("--chart", "chart_stem", type=click.Path(dir_okay=False, path_type=Path), default=None,
                     help="Also write a chart as STEM.png and STEM.html (self-contained)."),
    )):
        function = option(function)
    return function


def load_clusters(record_files: Sequence[Path], db: str) -> list[Cluster]:
    """Cluster the reports of the record files, or of the store when none are given."""
    try:
        if record_files:
            return cluster(reports_from_jsonl(record_files))
        with Store(db, read_only=True) as store:
            return cluster(reports_from_store(store))
    except (ValueError, StoreError) as error:
        raise click.ClickException(str(error)) from error


def emit(rows: list[dict[str, Any]], output_format: str) -> None:
    """Write rows as an aligned text table or as CSV on stdout."""
    if not rows:
        if output_format == "table":
            click.echo("no events")
        return
    columns = list(rows[0])
    if output_format == "csv":
        writer = csv.DictWriter(sys.stdout, fieldnames=columns, lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
        return
    cells = [[_cell(row[c]) for c in columns] for row in rows]
    widths = [max(len(c), *(len(r[i]) for r in cells)) for i, c in enumerate(columns)]
    click.echo("  ".join(c.ljust(w) for c, w in zip(columns, widths)).rstrip())
    for row in cells:
        click.echo("  ".join(v.ljust(w) for v, w in zip(row, widths)).rstrip())


def chart(found: Series, stem: Path | None, *, title: str) -> None:
    """Write the chart files when asked, and say where they went (on stderr, keeping stdout for data)."""
    if stem is not None:
        png, page = write_chart(found, stem, title=title)
        click.echo(f"eventmill: chart written to {png} and {page}", err=True)


def _cell(value: Any) -> str:
    return f"{value:.2f}" if isinstance(value, float) else str(value)


format_option = click.option("--format", "output_format", type=click.Choice(["table", "csv"]), default="table",
                             show_default=True, help="Output format.")


@click.command("timeline")
@cluster_inputs
@click.option("--by", type=click.Choice(BREAKDOWNS), default="type", show_default=True,
              help="Break events down by this.")
@click.option("--period", type=click.Choice(PERIODS), default="month", show_default=True, help="Time step.")
@format_option
def timeline_command(record_files: tuple[Path, ...], db: str, chart_stem: Path | None, by: str, period: str,
                     output_format: str) -> None:
    """Count clustered events (not reports) and their PLOVER intensity per period."""
    found = series(load_clusters(record_files, db), by=by, period=period)  # type: ignore[arg-type]
    emit([{"period": b.period, by: b.key, "events": b.events, "reports": b.reports,
           "intensity": b.intensity, "mean_intensity": b.mean_intensity} for b in found.buckets], output_format)
    if found.unplaced:
        click.echo(f"eventmill: {found.unplaced} events have no date precise enough for a {period}", err=True)
    chart(found, chart_stem, title=f"Events per {period} by {by}")
