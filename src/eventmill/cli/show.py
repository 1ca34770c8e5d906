"""`eventmill show DOC_ID`: a stored article with the evidence of its events highlighted in the terminal."""

from __future__ import annotations

from collections.abc import Iterator
from itertools import pairwise
from typing import Any

import click

from eventmill.cli.events import open_store
from eventmill.cli.ingest import db_option
from eventmill.store.queries import DocumentView, document


def highlighted(text: str, events: list[dict[str, Any]]) -> str:
    """The text with every evidence sentence underlined, every trigger in bold, and "[n]" after evidence.

    Styling is ANSI (click.style); `click.echo` strips it when the output is not a terminal, so
    the same string reads as plain text with event numbers in a file or a pipe.
    """
    evidence = [(e["evidence"]["start"], e["evidence"]["end"]) for e in events]
    triggers = [(e["trigger"]["start"], e["trigger"]["end"]) for e in events if e.get("trigger")]
    ends: dict[int, list[int]] = {}
    for number, (_, end) in enumerate(evidence, start=1):
        ends.setdefault(end, []).append(number)
    cuts = sorted({0, len(text), *ends, *(p for span in evidence + triggers for p in span)})
    pieces: list[str] = []
    for start, end in pairwise(cuts):
        in_evidence = any(a <= start and end <= b for a, b in evidence)
        in_trigger = any(a <= start and end <= b for a, b in triggers)
        pieces.append(click.style(text[start:end], underline=True, bold=in_trigger or None,
                                  fg="yellow" if in_evidence else None) if in_evidence else text[start:end])
        if end in ends:
            pieces.append(click.style(f"[{','.join(map(str, ends[end]))}]", fg="cyan", bold=True))
    return "".join(pieces)


def event_lines(events: list[dict[str, Any]]) -> Iterator[str]:
    """One numbered summary line per event, matching the numbers in the highlighted text."""
    for number, event in enumerate(events, start=1):
        sides = " → ".join(_actor(event[side]) for side in ("actor", "recipient") if event.get(side))
        where = (event.get("location") or {}).get("name")
        details = [event.get("date") or "undated", event["type"] + (f"/{event['mode']}" if event.get("mode") else ""),
                   sides, f"in {where}" if where else "", event["modality"] if event["modality"] != "asserted" else "",
                   "background" if event.get("background") else "",
                   f"{event['fatalities']} dead" if event.get("fatalities") is not None else ""]
        yield f"[{number}] " + "  ".join(part for part in details if part)


def render(view: DocumentView) -> str:
    info = view.info
    header = [click.style(info.title or info.doc_id, bold=True),
              "  ".join(f"{label}: {value}" for label, value in (("id", info.doc_id), ("date", info.date),
                                                                 ("source", info.source), ("url", info.url)) if value)]
    return "\n".join([*header, "", highlighted(view.text, view.events), "", *event_lines(view.events)])


@click.command("show")
@click.argument("doc_id")
@db_option
@click.option("--color/--no-color", default=None, help="Force highlighting on or off (default: when a terminal).")
def show_command(doc_id: str, db: str, color: bool | None) -> None:
    """Show the stored article DOC_ID with its events' evidence highlighted."""
    with open_store(db) as store:
        view = document(store, doc_id)
    if view is None:
        raise click.ClickException(f"no document {doc_id!r} in {db}")
    click.echo(render(view), color=color)


def _actor(actor: dict[str, Any]) -> str:
    codes = "/".join(code for code in (actor.get("country"), actor.get("sector")) if code)
    return f"{actor['name']} ({codes})" if codes else actor["name"]
