"""Code each event's actors as of the event's own date, not the article's.

Mentions are resolved while the article is read, when only the publication date is known. A
story of 2023 recalling what Gantz did in 2021 must code him as Defense Minister for that
event, and a minister who has since left office as a former official (ELI) for events after it.
The event's date is known only once `dates.assign.EventDater` has run, so this stage follows
it and re-resolves the actors the dictionary knows by their dated offices or phases.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import replace

from eventmill.actors.dictionary import ActorDictionary
from eventmill.model import Actor, Article, Event


class ActorDater:
    """Re-codes dictionary-backed actors of every dated event as of that event's first day."""

    name = "actor_dates"
    reads = ("events",)
    writes = ("events",)

    def __init__(self, dictionary: ActorDictionary) -> None:
        self.dictionary = dictionary

    def __call__(self, article: Article) -> Article:
        article.events = [self.redate(event) for event in article.events]
        return article

    def redate(self, event: Event) -> Event:
        """The event with its actor, recipient and source coded as of its date (if it has one)."""
        if event.date is None:
            return event
        day = event.date.first_day
        return replace(
            event,
            actor=self.actor_on(event.actor, day),
            recipient=self.actor_on(event.recipient, day),
            according_to=self.actor_on(event.according_to, day),
        )

    def actor_on(self, actor: Actor | None, day: dt.date) -> Actor | None:
        """An actor as of `day`: a person by the office held then, a compound by its members.

        Actors the dictionary does not know by their canonical name (generic groups, unknown
        people) and entries without dated offices or phases (countries) are returned unchanged.
        """
        if actor is None:
            return None
        if actor.members:
            members = tuple(self.actor_on(member, day) or member for member in actor.members)
            return replace(actor, members=members, country=_shared(m.country for m in members),
                           sector=_shared(m.sector for m in members))
        entry = self.dictionary.lookup(actor.name)
        if entry is None or entry.name != actor.name or not entry.offices:
            return actor
        dated = self.dictionary.resolve(actor.name, on=day)
        if dated is None:
            return actor
        return replace(actor, country=dated.country or actor.country, sector=dated.sector, role=dated.role)


def _shared(values: Iterable[str | None]) -> str | None:
    """The value all members share, or None when they differ (as `events.roles.compound` does)."""
    distinct = set(values)
    return distinct.pop() if len(distinct) == 1 else None
