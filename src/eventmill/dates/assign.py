"""Give each event the date it happened, not the date it was reported.

A temporal expression belongs to the predicate it modifies in the parse ("was held late on
Tuesday"). An event with no expression of its own takes, in order: the date of the reporting
verb above it ("said on Wednesday that he met"), the date of the previous event in its paragraph
when its sentence names no time at all ("Meanwhile, rocket fire killed 13"), or the date of its
post or article. An event in a clause measured from another ("three days after fighters attacked
the post", "hours after the vote") takes the other clause's date moved by that amount. A
sentence that says "the same day" takes the date of the article's last dated event, even
across paragraphs. Events more than a year before the article are flagged as background.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from typing import Any

from eventmill.dates.dateline import dateline
from eventmill.dates.resolve import find_dates, resolve
from eventmill.model import Article, Event, EventDate

BACKGROUND_AFTER = dt.timedelta(days=365)
# Units of "N units after/before X", in days; hours and minutes keep the other clause's day.
OFFSET_DAYS = {"day": 1, "week": 7, "hour": 0, "minute": 0}
SAME_DAY = ("same day", "that day", "same night", "that night")


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
        last_dated: EventDate | None = None
        for index, sentence in enumerate(article.sentences):
            events = by_sentence.get(index, [])
            if not events:
                continue
            anchor = _anchor(article, events[0], published)
            own, reported, held, any_expression = _attach(article, index, events, anchor)
            same_day = last_dated if any(w in sentence.text.lower() for w in SAME_DAY) else None
            for event in events:
                date = own.get(event.event_id)
                if date is None:
                    carried = last_in_segment.get(sentence.segment) if not any_expression else None
                    earlier = last_in_segment.get(sentence.segment) or last_dated or _fallback(anchor)
                    date = (_measured(article, event, events, own, held, earlier)
                            or reported.get(event.event_id) or same_day or carried or _fallback(anchor))
                elif event.modality == "asserted":
                    last_in_segment[sentence.segment] = replace(date, inferred=True)
                if date is not None and not date.inferred:
                    last_dated = replace(date, inferred=True)
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
            ) -> tuple[dict[str, EventDate], dict[str, EventDate], dict[int, EventDate], bool]:
    """Dates governed by each event's own predicate, dates of reporting verbs above them, and
    the date each predicate token holds (by token index)."""
    sentence = article.sentences[index]
    doc = article.docs[sentence.segment]
    base = sentence.start - article.segments[sentence.segment].start
    triggers = {_token(doc, event.trigger.start - article.char_offset(sentence)).i: event for event in events}
    own: dict[str, EventDate] = {}
    reported: dict[str, EventDate] = {}
    held: dict[int, EventDate] = {}
    expressions = find_dates(sentence.text, anchor)
    for expression, date in expressions:
        words = doc.char_span(base + expression.start, base + expression.end, alignment_mode="expand")
        if words is None:
            continue
        holder = _governing_predicate(words.root, set(triggers))
        if holder is None:
            continue
        held.setdefault(holder.i, date)
        if holder.i in triggers:
            event = triggers[holder.i]
            if event.event_id not in own:
                ahead = resolve(expression, anchor, future=True) if event.modality == "planned" else None
                own[event.event_id] = ahead or date
            continue
        for token_index, event in triggers.items():
            if _dominates(holder, doc[token_index]) and event.event_id not in reported:
                reported[event.event_id] = replace(date, inferred=True)
    return own, reported, held, bool(expressions)


def _measured(article: Article, event: Event, sentence_events: list[Event], own: dict[str, EventDate],
              held: dict[int, EventDate], earlier: EventDate | None) -> EventDate | None:
    """The date of an event told as "N days after/before" another clause.

    The other clause's date is one it holds itself or through a verb above it ("said on
    Wednesday he would withdraw the bill, a day after…"), else the date of the story so far
    (`earlier`): "The raids came three days after…" follows the raids' own report.
    """
    sentence = article.sentences[event.sentence]
    doc = article.docs[sentence.segment]
    trigger = _token(doc, event.trigger.start - article.char_offset(sentence))
    found = _offset(trigger)
    if found is None:
        return None
    main, days = found
    base = next((held[t.i] for t in [main, *main.ancestors] if t.i in held), None)
    if base is None:
        base = next((own[e.event_id] for e in sentence_events
                     if e.event_id in own and _token(doc, e.trigger.start - article.char_offset(sentence)).i == main.i),
                    earlier)
    if base is None or base.precision != "day":
        return None
    day = base.first_day + dt.timedelta(days=days)
    return EventDate(day.isoformat(), "day", f"{abs(days)} days from {base.text}".strip(), inferred=True)


def _offset(trigger: Any) -> tuple[Any, int] | None:
    """The clause an event is measured from and the signed days to it ("a day after" → -1).

    Two shapes: a clause ("three days after fighters attacked", the trigger carries "after" and
    the amount) and an event noun ("a day after the attack", "after" carries the amount).
    """
    marker = next((c for c in trigger.children if c.dep_ == "mark" and c.lower_ in ("after", "before")), None)
    if marker is not None:
        measure, main = trigger, trigger.head
    elif trigger.dep_ == "pobj" and trigger.head.lower_ in ("after", "before"):
        marker = measure = trigger.head
        main = marker.head
    else:
        return None
    unit = next((c for c in measure.children if c.dep_ == "npadvmod"
                 and c.lemma_.lower() in OFFSET_DAYS), None)
    if unit is None or main is trigger:
        return None
    amount = next((_small_number(c.lower_) for c in unit.children if c.dep_ == "nummod"), 1) or 1
    days = OFFSET_DAYS[unit.lemma_.lower()] * amount
    return main, -days if marker.lower_ == "after" else days


def _small_number(word: str) -> int | None:
    words = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10}
    return int(word) if word.isdigit() else words.get(word)


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
    if anchor.toordinal() <= BACKGROUND_AFTER.days:
        return False  # nothing in the calendar lies a year before the year 1
    return date.first_day < anchor - BACKGROUND_AFTER
