"""Turn records into the versioned JSON contract of PRODUCT.md §4: the only place dicts are made.

Outside tools rely on these names and meanings; they change only with `CONTRACT_VERSION`.
Extra fields (an actor's `wikidata` and `members`, an event's `trigger`) are additions the
contract allows.
"""

from __future__ import annotations

from typing import Any

from eventmill.model import Actor, Article, Event, Place, Post, Quote

CONTRACT_VERSION = "1.0"


def actor_record(actor: Actor | None, *, with_role: bool = True) -> dict[str, Any] | None:
    if actor is None:
        return None
    record: dict[str, Any] = {"name": actor.name, "country": actor.country, "sector": actor.sector}
    if with_role:
        record["role"] = actor.role
    if actor.wikidata:
        record["wikidata"] = actor.wikidata
    if actor.members:
        record["members"] = [actor_record(m, with_role=with_role) for m in actor.members]
    if actor.span is not None:
        record["span"] = {"start": actor.span.start, "end": actor.span.end}
    return record


def place_record(place: Place | None) -> dict[str, Any] | None:
    if place is None:
        return None
    return {"name": place.name, "country": place.country, "lat": place.lat, "lon": place.lon}


def post_record(post: Post, doc_id: str) -> dict[str, Any]:
    return {
        "doc_id": doc_id, "author": post.author, "handle": post.handle,
        "date": post.date.isoformat() if post.date else None, "text": post.text,
        "start": post.start, "end": post.end,
    }


def event_record(event: Event, article: Article) -> dict[str, Any]:
    """One event as the contract's JSON object."""
    post = article.posts[event.post] if event.post is not None else None
    return {
        "doc_id": event.doc_id,
        "event_id": event.event_id,
        "type": event.type,
        "mode": event.mode,
        "contexts": list(event.contexts),
        "actor": actor_record(event.actor),
        "recipient": actor_record(event.recipient),
        "date": event.date.value if event.date else None,
        "date_precision": event.date.precision if event.date else None,
        "location": place_record(event.location),
        "fatalities": event.counts.fatalities,
        "injuries": event.counts.injuries,
        "arrests": event.counts.arrests,
        "modality": event.modality,
        "background": event.background,
        "post": ({"author": post.author, "handle": post.handle,
                  "date": post.date.isoformat() if post.date else None} if post else None),
        "according_to": actor_record(event.according_to, with_role=False),
        "evidence": {"sentence": event.evidence.sentence, "start": event.evidence.start,
                     "end": event.evidence.end},
        "confidence": event.confidence,
        "trigger": {"start": event.trigger.start, "end": event.trigger.end,
                    "text": article.text[event.trigger.start : event.trigger.end]},
    }


def quote_record(quote: Quote) -> dict[str, Any]:
    return {
        "doc_id": quote.doc_id,
        "speaker": actor_record(quote.speaker),
        "text": quote.text,
        "evidence": {"sentence": quote.evidence.sentence, "start": quote.evidence.start,
                     "end": quote.evidence.end},
        "post": quote.post,
    }


def records(article: Article, what: str = "events") -> list[dict[str, Any]]:
    """The article's records of one kind ("events", "quotes" or "posts") as contract dicts."""
    if what == "events":
        return [event_record(e, article) for e in article.events]
    if what == "quotes":
        return [quote_record(q) for q in article.quotes]
    if what == "posts":
        return [post_record(p, article.doc_id) for p in article.posts]
    raise ValueError(f"unknown record kind {what!r}")
