"""Give each event the date it happened, not the date it was reported.

A temporal expression belongs to the predicate it modifies in the parse ("was held late on
Tuesday"); a time that a future auxiliary governs ("will meet on Sunday") looks forward and
never dates an event told as having happened. An event with no expression of its own takes, in
order:

1. the date of the clause it is measured from, moved by the amount ("three days after fighters
   attacked the post", "hours after the vote, X resigned", "shortly before talks ended");
2. the date of a clause told as the same happening: a coordinated verb ("stormed and torched the
   consulate late on Wednesday") or a "when"/"as"/"while" clause ("killed 40 when they overran
   a post on Saturday");
3. the date of the nearest predicate above it that holds one: the verb it is coordinated with or
   hangs from ("expelled the envoy on Tuesday, accusing…"), or the reporting verb ("said on
   Wednesday that he met");
4. for "the same day", "hours later", the last day the article named;
5. for an event told as having happened, the one time its sentence names outside relative
   clauses, when it names only one (the parser often leaves a clause unconnected);
6. when its sentence names no time at all, the date of its paragraph so far ("Meanwhile, rocket
   fire killed 13"), which sentences without events set too ("On Tuesday, gunmen burst in.");
7. the date of its post or article.

A date after the article's is never given to an event told as having happened; the next
source in the list is used instead. Events more than a year before the article are flagged as
background.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection
from dataclasses import dataclass, field, replace
from typing import Any

from eventmill.dates.clauses import (
    compares_since,
    governing_predicate,
    hung_on_a_noun,
    in_a_kind,
    in_relative_clause,
    is_attribution,
    looks_ahead,
    names_a_thing,
    offset,
    scheduled_for,
    simultaneous,
    starts_a_span,
)
from eventmill.dates.dateline import dateline
from eventmill.dates.resolve import find_dates, resolve
from eventmill.events.lexicon import load_lexicon
from eventmill.events.modality import load_cues
from eventmill.model import Article, Event, EventDate, Sentence

BACKGROUND_AFTER = dt.timedelta(days=365)
# Phrases that put a sentence on the last day the article named.
SAME_DAY = ("same day", "that day", "same night", "that night", "that evening", "that morning",
            "that afternoon", "hours later", "minutes later", "later that day", "earlier that day")


@dataclass(frozen=True)
class SentenceTimes:
    """What a sentence's temporal expressions say, read against its parse.

    Attributes:
        own: event id → the date its own predicate governs.
        held: token index → the date the predicate at that token governs (first one wins).
        named: (character offset in the sentence, date) of each day the sentence names, for
            "the same day" to look back to; forward-looking times are left out.
        sole: the one date the sentence's clauses hold, leaving out relative clauses ("who
            had been seized on Monday"), when there is exactly one: the time of a clause the
            parser left unconnected ("said 22 were killed on Tuesday and that 50 were arrested").
        main: the sentence's own time: the date held highest in the parse, leaving out the
            time of a source ("according to a statement read late on Sunday").
        any_expression: whether the sentence names any time at all.
        apart: ids of events whose own time is not the story's after them: one that only opens
            a span to now ("since the demonstrations began in September"), or a time that names
            an event noun that is only a topic ("marked the anniversary of 1990 demonstrations").
    """

    own: dict[str, EventDate] = field(default_factory=dict)
    held: dict[int, EventDate] = field(default_factory=dict)
    named: list[tuple[int, EventDate]] = field(default_factory=list)
    sole: EventDate | None = None
    main: EventDate | None = None
    any_expression: bool = False
    apart: set[str] = field(default_factory=set)


class EventDater:
    """Sets `Event.date` and `Event.background` for every event of an article.

    Args:
        event_nouns: lemmas of nouns that name happenings, whose dates are their times ("the
            30 October attack"); a date modifying any other noun is part of a name ("the
            5 November dam"). By default, the nouns of the default predicate lexicon.
        scheduling_words: lemmas of participles whose "for" phrase is a time set ahead ("talks
            scheduled for Monday"). By default, the modality cues' scheduling governors.
    """

    name = "dates"
    reads = ("docs", "sentences", "events", "posts")
    writes = ("events.date", "events.background")

    def __init__(self, event_nouns: Collection[str] | None = None, *,
                 scheduling_words: Collection[str] | None = None) -> None:
        if event_nouns is None:
            event_nouns = load_lexicon().nouns
        if scheduling_words is None:
            scheduling_words = load_cues().scheduling_governors
        self.event_nouns = frozenset(noun.lower() for noun in event_nouns)
        self.scheduling_words = frozenset(scheduling_words)

    def __call__(self, article: Article) -> Article:
        published = article.document.date or dateline(article.text[article.opening:])
        by_sentence: dict[int, list[Event]] = {}
        for event in article.events:
            by_sentence.setdefault(event.sentence, []).append(event)
        story = _Story()
        dated: list[Event] = []
        for index, sentence in enumerate(article.sentences):
            events = by_sentence.get(index, [])
            anchor = _anchor(article, sentence, published)
            times = _read_times(article, sentence, events, anchor, self.event_nouns, self.scheduling_words)
            derived = _derived(article, sentence, events, times, story.earlier(sentence, anchor))
            for event in events:
                date = story.date(event, sentence, times, derived.get(event.event_id), anchor)
                dated.append(replace(event, date=date, background=_is_background(date, anchor)))
            story.close(sentence, times, has_events=bool(events))
        article.events = dated
        return article


@dataclass
class _Story:
    """The times an article has told so far, which sentences without their own draw on.

    Attributes:
        paragraphs: segment index → the date of the paragraph so far.
        last_dated: the last time an event or a sentence's main clause held, for "came a day
            after…" to count from.
        last_named: the last day the article named, for "the same day".
    """

    paragraphs: dict[int, EventDate] = field(default_factory=dict)
    last_dated: EventDate | None = None
    last_named: EventDate | None = None

    def earlier(self, sentence: Sentence, anchor: dt.date | None) -> EventDate | None:
        return self.paragraphs.get(sentence.segment) or self.last_dated or _fallback(anchor)

    def date(self, event: Event, sentence: Sentence, times: SentenceTimes, derived: EventDate | None,
             anchor: dt.date | None) -> EventDate | None:
        """An event's date from the first source in the module's list that gives a possible one."""
        own = times.own.get(event.event_id)
        paragraph = self.paragraphs.get(sentence.segment)
        candidates = (own, derived, _same_day(sentence.text, times, self.last_named),
                      times.sole if event.modality == "asserted" else None,
                      paragraph if not times.any_expression else None)
        date = next((d for d in candidates if d is not None and _possible(d, event, anchor)), None)
        if date is not None and date is not paragraph and event.modality == "asserted" \
                and event.event_id not in times.apart:
            self.paragraphs[sentence.segment] = replace(date, inferred=True)
        if date is not None and date is own:
            self.last_dated = replace(date, inferred=True)
        return date or _fallback(anchor)

    def close(self, sentence: Sentence, times: SentenceTimes, *, has_events: bool) -> None:
        """Remember a finished sentence's own time and the last day it named."""
        if times.main is not None:
            self.last_dated = replace(times.main, inferred=True)
            if not has_events:
                self.paragraphs[sentence.segment] = self.last_dated
        if times.named:
            self.last_named = replace(times.named[-1][1], inferred=True)


PUBLICATION_DATE = "publication date"
"""The text of a date that only repeats the report's: no word of the sentence gave it."""


def _anchor(article: Article, sentence: Sentence, published: dt.date | None) -> dt.date | None:
    """A post's own date anchors its words; the article's date anchors the rest."""
    post = article.post_of(sentence)
    if post is not None and article.posts[post].date is not None:
        return article.posts[post].date
    return published


def _fallback(anchor: dt.date | None) -> EventDate | None:
    if anchor is None:
        return None
    return EventDate(anchor.isoformat(), "day", PUBLICATION_DATE, inferred=True)


def _read_times(article: Article, sentence: Sentence, events: list[Event], anchor: dt.date | None,
                event_nouns: Collection[str], scheduling: Collection[str]) -> SentenceTimes:
    """Attach each temporal expression of a sentence to the predicate it modifies."""
    expressions = find_dates(sentence.text, anchor)
    times = SentenceTimes(any_expression=bool(expressions))
    if not expressions:
        return times
    doc = article.docs[sentence.segment]
    base = sentence.start - article.segments[sentence.segment].start
    triggers = {_trigger(article, event).i: event for event in events}
    main: tuple[int, EventDate] | None = None
    clause_dates: dict[str, EventDate] = {}
    for expression, date in expressions:
        words = doc.char_span(base + expression.start, base + expression.end, alignment_mode="expand")
        if words is None or names_a_thing(words, triggers, event_nouns) or in_a_kind(words):
            continue
        holder = governing_predicate(words, triggers, scheduling)
        if holder is None or compares_since(words):
            continue
        event = triggers.get(holder.i)
        scheduled = scheduled_for(words, holder, scheduling)
        if scheduled and event is None:  # "talks are scheduled for Monday", "talks scheduled for Monday"
            event = next((triggers[t.i] for t in (*holder.children, holder.head)
                          if t.i in triggers and (t.dep_ == "nsubjpass" or t == holder.head and holder.dep_ == "acl")), None)
        if looks_ahead(holder) or scheduled:
            if event is not None and event.modality == "planned":
                times.own.setdefault(event.event_id, resolve(expression, anchor, future=True) or date)
            continue
        times.held.setdefault(holder.i, date)
        if date.precision == "day":
            times.named.append((expression.start, date))
        # "marked the anniversary of 1990 demonstrations": the year is the topic's, not the sentence's
        topic = holder.pos_ in ("NOUN", "PROPN") and words.end <= holder.i and hung_on_a_noun(holder)
        if topic and event is not None:
            times.apart.add(event.event_id)
        if not in_relative_clause(holder) and not topic:
            clause_dates.setdefault(date.value, replace(date, inferred=True))
        depth = sum(1 for _ in holder.ancestors)
        opening = starts_a_span(words, holder)
        if opening:  # the events of the clause the span opens with ("since the demonstrations began")
            inside = {t.i for t in holder.subtree}
            times.apart.update(e.event_id for i, e in triggers.items() if i in inside)
        if (main is None or depth < main[0]) and not is_attribution(holder) and not opening and not topic:
            main = (depth, date)
        if event is not None and event.event_id not in times.own:
            ahead = resolve(expression, anchor, future=True) if event.modality == "planned" else None
            times.own[event.event_id] = ahead or date
    sole = next(iter(clause_dates.values())) if len(clause_dates) == 1 else None
    return replace(times, main=main[1] if main else None, sole=sole)


def _derived(article: Article, sentence: Sentence, events: list[Event], times: SentenceTimes,
             earlier: EventDate | None) -> dict[str, EventDate]:
    """Dates of events without an expression of their own, from the clauses around them.

    Each pass adds its dates to the held ones, so that later passes build on them: a verb
    coordinated with a measured one ("a day after protesters stormed parliament and police
    opened fire") shares its date. A main clause is measured from its subordinate clause
    ("hours after the vote, X resigned") only when nothing above it holds a date, because a
    dated verb above ("said on Tuesday…, hours after…") is the better witness.
    """
    held = dict(times.held)
    derived: dict[str, EventDate] = {}
    pending = [(event, _trigger(article, event)) for event in events if event.event_id not in times.own]

    def settle(event: Event, trigger: Any, date: EventDate | None, *, told: bool = False) -> None:
        if date is not None and event.event_id not in derived:
            derived[event.event_id] = date if told else replace(date, inferred=True)
            held.setdefault(trigger.i, derived[event.event_id])

    for event, trigger in pending:
        settle(event, trigger, _measured(trigger, held, earlier, from_main=True))
    for event, trigger in pending:
        shared = next((held[c.i] for c in simultaneous(trigger) if c.i in held), None)
        if shared is not None:  # "stormed and torched the consulate late on Wednesday": told for both
            settle(event, trigger, shared, told=not shared.inferred)
        else:
            settle(event, trigger, next((held[a.i] for a in trigger.ancestors if a.i in held), None))
    for event, trigger in pending:
        settle(event, trigger, _measured(trigger, held, earlier, from_main=False))
    return derived


def _measured(trigger: Any, held: dict[int, EventDate], earlier: EventDate | None, *,
              from_main: bool) -> EventDate | None:
    """The date of an event told as "N days after/before" another clause.

    A main clause's date is one it holds itself or through a verb above it ("said on Wednesday
    he would withdraw the bill, a day after…"); a subordinate clause's is one it holds itself.
    Otherwise the other clause is the story so far (`earlier`): "The raids came three days
    after…" follows the raids' own report.
    """
    found = offset(trigger)
    if found is None or found.other_is_main != from_main:
        return None
    above = [found.other, *found.other.ancestors] if from_main else [found.other]
    base = next((held[t.i] for t in above if t.i in held), earlier)
    if base is None or base.precision != "day":
        return None
    try:
        day = base.first_day + dt.timedelta(days=found.days)
    except OverflowError:
        return None  # measured past the calendar's edge
    return EventDate(day.isoformat(), "day", f"{abs(found.days)} days from {base.text}".strip(), inferred=True)


def _possible(date: EventDate, event: Event, anchor: dt.date | None) -> bool:
    """An event told as having happened cannot have happened after its report."""
    return event.modality != "asserted" or anchor is None or date.first_day <= anchor


def _same_day(text: str, times: SentenceTimes, last_named: EventDate | None) -> EventDate | None:
    """The day "the same day" refers to: the last one named before the phrase."""
    lowered = text.lower()
    at = min((lowered.find(phrase) for phrase in SAME_DAY if phrase in lowered), default=-1)
    if at < 0:
        return None
    before = [date for start, date in times.named if start < at]
    return replace(before[-1], inferred=True) if before else last_named


def _trigger(article: Article, event: Event) -> Any:
    sentence = article.sentences[event.sentence]
    doc = article.docs[sentence.segment]
    char = event.trigger.start - article.char_offset(sentence)
    span = doc.char_span(char, char + 1, alignment_mode="expand")
    return span[0] if span is not None and len(span) else doc[0]


def _is_background(date: EventDate | None, anchor: dt.date | None) -> bool:
    if date is None or anchor is None:
        return False
    if anchor.toordinal() <= BACKGROUND_AFTER.days:
        return False  # nothing in the calendar lies a year before the year 1
    return date.first_day < anchor - BACKGROUND_AFTER
