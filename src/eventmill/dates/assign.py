"""Give each event the date it happened, not the date it was reported.

A temporal expression belongs to the predicate it modifies in the parse ("was held late on
Tuesday"). An event with no expression of its own takes, in order: the date of the reporting
verb above it ("said on Wednesday that he met"), the date of the previous event in its paragraph
when its sentence names no time at all ("Meanwhile, rocket fire killed 13"), or the date of its
post or article. Events more than a year before the article are flagged as background.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from typing import Any

from eventmill.dates.dateline import dateline
from eventmill.dates.resolve import find_dates, resolve
from eventmill.model import Article, Event, EventDate

BACKGROUND_AFTER = dt.timedelta(days=365)


class EventDater:
    """Sets `Event.date` and `Event.background` for every event of an article."""

    name = "dates"
    reads = ("docs", "sentences", "events", "posts")
    writes = ("events.date", "events.background")

    def __call__(self, article: Article) -> Article:
        published = article.document.date or dateline(article.text)
        dated: list[Event] = []
        last_in_segment: dict[int, EventDate] = {}
        by_sentence: dict[int, list[Event]] = {}
        for event in article.events:
            by_sentence.setdefault(event.sentence, []).append(event)
        for index, sentence in enumerate(article.sentences):
            events = by_sentence.get(index, [])
            if not events:
                continue
            anchor = _anchor(article, events[0], published)
            own, reported, any_expression = _attach(article, index, events, anchor)
            for event in events:
                date = own.get(event.event_id)
                if date is None:
                    carried = last_in_segment.get(sentence.segment) if not any_expression else None
                    date = reported.get(event.event_id) or carried or _fallback(anchor)
                elif event.modality == "asserted":
                    last_in_segment[sentence.segment] = replace(date, inferred=True)
                dated.append(replace(event, date=date, background=_is_background(date, anchor)))
        article.events = dated
        return article


def _anchor(article: Article, event: Event, published: dt.date | None) -> dt.date | None:
    """A post's own date anchors its words; the article's date anchors the rest."""
    if event.post is not None and article.posts[event.post].date is not None:
        return article.posts[event.post].date
    return published


def _fallback(anchor: dt.date | None) -> EventDate | None:
    if anchor is None:
        return None
    return EventDate(anchor.isoformat(), "day", "publication date", inferred=True)


def _attach(article: Article, index: int, events: list[Event], anchor: dt.date | None
            ) -> tuple[dict[str, EventDate], dict[str, EventDate], bool]:
    """Dates governed by each event's own predicate, and dates of reporting verbs above them."""
    sentence = article.sentences[index]
    doc = article.docs[sentence.segment]
    base = sentence.start - article.segments[sentence.segment].start
    triggers = {_token(doc, event.trigger.start - article.char_offset(sentence)).i: event for event in events}
    own: dict[str, EventDate] = {}
    reported: dict[str, EventDate] = {}
    expressions = find_dates(sentence.text, anchor)
    for expression, date in expressions:
        words = doc.char_span(base + expression.start, base + expression.end, alignment_mode="expand")
        if words is None:
            continue
        holder = _governing_predicate(words.root, set(triggers))
        if holder is None:
            continue
        if holder.i in triggers:
            event = triggers[holder.i]
            if event.event_id not in own:
                ahead = resolve(expression, anchor, future=True) if event.modality == "planned" else None
                own[event.event_id] = ahead or date
            continue
        for token_index, event in triggers.items():
            if _dominates(holder, doc[token_index]) and event.event_id not in reported:
                reported[event.event_id] = replace(date, inferred=True)
    return own, reported, bool(expressions)


def _token(doc: Any, char: int) -> Any:
    span = doc.char_span(char, char + 1, alignment_mode="expand")
    return span[0] if span is not None and len(span) else doc[0]


def _governing_predicate(token: Any, triggers: set[int]) -> Any | None:
    """The nearest event trigger or verb above a temporal expression."""
    node = token
    for _ in range(8):
        if node.i in triggers:
            return node
        if node.pos_ in ("VERB", "AUX") and node is not token:
            return node
        if node.head is node:
            return node if node.pos_ == "VERB" else None
        node = node.head
    return None


def _dominates(ancestor: Any, token: Any) -> bool:
    return any(a.i == ancestor.i for a in token.ancestors)


def _is_background(date: EventDate | None, anchor: dt.date | None) -> bool:
    if date is None or anchor is None:
        return False
    return date.first_day < anchor - BACKGROUND_AFTER
