"""`eventmill dyads`: who acts on whom (actor country+sector → recipient country+sector), ranked."""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path

import click

from eventmill.analytics.series import PERIODS, Bucket, series
from eventmill.cli.timeline import (
    chart,
    cluster_inputs,
    emit,
    format_option,
    load_clusters,
)


def dyad_totals(buckets: tuple[Bucket, ...]) -> list[dict[str, object]]:
    """One row per dyad: events, reports, mean intensity and the periods it spans, most events first."""
    grouped: dict[str, list[Bucket]] = defaultdict(list)
    for bucket in buckets:
        grouped[bucket.key].append(bucket)
    rows = []
    for dyad, parts in grouped.items():
        events = sum(b.events for b in parts)
        rows.append({"dyad": dyad, "events": events, "reports": sum(b.reports for b in parts),
                     "mean_intensity": sum(b.intensity for b in parts) / events,
                     "first": min(b.period for b in parts), "last": max(b.period for b in parts)})
    return sorted(rows, key=lambda row: (-int(row["events"]), str(row["dyad"])))  # type: ignore[call-overload]


@click.command("dyads")
@cluster_inputs
@click.option("--period", type=click.Choice(PERIODS), default="month", show_default=True,
              help="Time step of the chart and of first/last.")
@click.option("--top", type=click.IntRange(min=1), default=20, show_default=True, help="Dyads listed.")
@format_option
def dyads_command(record_files: tuple[Path, ...], db: str, chart_stem: Path | None, period: str, top: int,
                  output_format: str) -> None:
    """Rank dyads by clustered events, with their mean PLOVER intensity."""
    found = series(load_clusters(record_files, db), by="dyad", period=period)  # type: ignore[arg-type]
    emit(dyad_totals(found.buckets)[:top], output_format)
    chart(found, chart_stem, title=f"Events per {period} by dyad")
