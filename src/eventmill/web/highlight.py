"""Cut an article into runs of text, each with the marks (evidence, actor, recipient…) over it.

The template renders each run as escaped text inside a <mark> carrying its classes, so
highlighting never builds HTML from article text.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class Mark:
    """A character range of the article and the class it is shown with."""

    start: int
    end: int
    kind: str


@dataclass(frozen=True)
class Run:
    """A stretch of the article under one set of marks (empty: plain text)."""

    text: str
    kinds: tuple[str, ...]


def runs(text: str, marks: Iterable[Mark]) -> list[Run]:
    """The article as consecutive runs; marks may overlap and nest, and ranges outside the text are clipped."""
    kept = [Mark(max(0, m.start), min(len(text), m.end), m.kind) for m in marks]
    kept = [m for m in kept if m.start < m.end]
    cuts = sorted({0, len(text), *(m.start for m in kept), *(m.end for m in kept)})
    pieces = []
    for start, end in zip(cuts, cuts[1:]):
        kinds = tuple(sorted({m.kind for m in kept if m.start <= start and end <= m.end}))
        pieces.append(Run(text[start:end], kinds))
    return pieces


def event_marks(record: dict[str, Any], text: str) -> list[Mark]:
    """The evidence sentence, trigger and actor/recipient spans of one event record.

    An actor without a span (records from before spans were kept) is looked for by name inside
    the evidence sentence, so it is still shown where the sentence names it.
    """
    evidence = record["evidence"]
    marks = [Mark(evidence["start"], evidence["end"], "evidence")]
    trigger = record.get("trigger")
    if trigger:
        marks.append(Mark(trigger["start"], trigger["end"], "trigger"))
    for part in ("actor", "recipient"):
        actor = record.get(part)
        if actor is not None:
            marks.extend(_actor_marks(actor, part, evidence, text))
    return marks


def _actor_marks(actor: dict[str, Any], part: str, evidence: dict[str, Any], text: str) -> list[Mark]:
    span = actor.get("span")
    if span:
        return [Mark(span["start"], span["end"], part)]
    members = actor.get("members") or []
    if members:
        return [mark for member in members for mark in _actor_marks(member, part, evidence, text)]
    found = text.lower().find(actor["name"].lower(), evidence["start"], evidence["end"])
    return [Mark(found, found + len(actor["name"]), part)] if found >= 0 else []
