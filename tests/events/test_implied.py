"""The party an act is against when the text names no one (events/implied.py)."""

from __future__ import annotations

from dataclasses import replace

import pytest

import eventmill
from eventmill.events.implied import ImpliedRecipients
from eventmill.events.lexicon import load_lexicon
from eventmill.model import Actor, Article, Document, Event, Evidence, Place, Span

KENYANS = Actor("protesters", country="KEN", sector="CVL")
CROWD = Actor("protesters", sector="CVL")
NAIROBI = Place("Nairobi", country="KEN")
LONDON = Place("London", country="GBR")


def protest(**fields: object) -> Event:
    base = Event(doc_id="d", event_id="e1", type="PROTEST", mode="demo", evidence=Evidence("s", 0, 1),
                 trigger=Span(0, 1), sentence=0, actor=KENYANS)
    return replace(base, **fields)


def implied(event: Event) -> Actor | None:
    article = Article(document=Document("d", "text"), events=[event])
    [one] = ImpliedRecipients(load_lexicon())(article).events
    return one.recipient


@pytest.mark.parametrize(("event", "country"), [
    (protest(), "KEN"),
    (protest(actor=KENYANS, location=LONDON), "GBR"),  # where it happened, told outright, comes first
    (protest(actor=CROWD, location=NAIROBI), "KEN"),
    (protest(actor=None, mode="riot", location=NAIROBI), "KEN"),
])
def test_implied_protest_with_no_target_is_against_the_government(event: Event, country: str) -> None:
    assert implied(event) == Actor("government", country, "GOV")


@pytest.mark.parametrize("event", [
    protest(recipient=Actor("Ford", country="USA", sector="BUS")),  # a target named is kept
    protest(actor=CROWD),  # no country known: no one to name
    protest(mode="strike"),  # a strike is often against an employer: not implied
    replace(protest(), type="ASSAULT", mode=None),
])
def test_implied_leaves_named_targets_and_other_acts_alone(event: Event) -> None:
    assert implied(event) == event.recipient


def test_implied_recipient_comes_after_the_tellings_are_merged() -> None:
    """A target told in another telling of the same protest is the one kept."""
    article = eventmill.extract("Thousands of students rallied in Nairobi on Monday. The students marched "
                                "against the ministry of education.", date="2024-06-25")
    protests = [e for e in article.events if e.type == "PROTEST"]
    assert [(e.recipient.name if e.recipient else None) for e in protests] == ["ministry"]
