"""`eventmill actor NAME`: one actor's profile: counterparts, event types, monthly trend."""

from __future__ import annotations

import json
from pathlib import Path

import click

from eventmill.analytics.profile import ActorProfile, actor_profile
from eventmill.cli.timeline import chart, cluster_inputs, load_clusters


def render(profile: ActorProfile) -> str:
    lines = [(f"{profile.name}: {profile.events} events ({profile.as_actor} as actor, "
              f"{profile.as_recipient} as recipient), mean intensity {profile.mean_intensity:.2f}")]
    if profile.first:
        lines.append(f"dates: {profile.first} to {profile.last}")
    for title, pairs in (("types", profile.types), ("counterparts", profile.counterparts)):
        if pairs:
            lines.append(f"{title}:")
            lines.extend(f"  {name:<30} {count:>6}" for name, count in pairs)
    if profile.trend.buckets:
        lines.append("trend (events per month):")
        lines.extend(f"  {b.period}  {b.key:<10} {b.events:>6}" for b in profile.trend.buckets)
    return "\n".join(lines)


def as_json(profile: ActorProfile) -> str:
    trend = [{"period": b.period, "type": b.key, "events": b.events, "intensity": b.intensity}
             for b in profile.trend.buckets]
    return json.dumps({"name": profile.name, "events": profile.events, "as_actor": profile.as_actor,
                       "as_recipient": profile.as_recipient, "mean_intensity": profile.mean_intensity,
                       "first": profile.first, "last": profile.last,
                       "types": dict(profile.types), "counterparts": dict(profile.counterparts), "trend": trend})


@click.command("actor")
@click.argument("name")
@cluster_inputs
@click.option("--format", "output_format", type=click.Choice(["table", "json"]), default="table",
              show_default=True, help="Output format.")
def actor_command(name: str, record_files: tuple[Path, ...], db: str, chart_stem: Path | None,
                  output_format: str) -> None:
    """Profile the actor NAME (a canonical name, or an ISO3 code for a whole country)."""
    profile = actor_profile(load_clusters(record_files, db), name)
    if not profile.events:
        raise click.ClickException(f"no events with the actor {name!r}")
    click.echo(as_json(profile) if output_format == "json" else render(profile))
    chart(profile.trend, chart_stem, title=f"{name}: events per month by type")
