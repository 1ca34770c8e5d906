"""The party an act is against, and the one who did it, when the text names no one (events/implied.py)."""

from __future__ import annotations

from dataclasses import replace

import pytest

import eventmill
from eventmill.events.implied import ImpliedParties
from eventmill.events.lexicon import load_lexicon
from eventmill.model import Actor, Article, Document, Event, Evidence, Place, Span

KENYANS = Actor("protesters", country="KEN", sector="CVL")
CROWD = Actor("protesters", sector="CVL")
NAIROBI = Place("Nairobi", country="KEN")
LONDON = Place("London", country="GBR")


def coded(**fields: object) -> Event:
    base = Event(doc_id="d", event_id="e1", type="PROTEST", evidence=Evidence("s", 0, 1), trigger=Span(0, 1),
                 sentence=0)
    return replace(base, **fields)


def protest(**fields: object) -> Event:
    return coded(**{"mode": "demo", "actor": KENYANS, **fields})


def after_implied(event: Event) -> Event:
    article = Article(document=Document("d", "text"), events=[event])
    [one] = ImpliedParties(load_lexicon())(article).events
    return one


def implied(event: Event) -> Actor | None:
    return after_implied(event).recipient


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


SAMARRA = Place("Samarra", country="IRQ")


def attack(**fields: object) -> Event:
    soldiers = Actor("soldiers", country="USA", sector="MIL")
    return coded(**{"type": "ASSAULT", "mode": "explosives", "recipient": soldiers, "location": SAMARRA, **fields})


def doer(event: Event) -> Actor | None:
    return after_implied(event).actor


@pytest.mark.parametrize(("event", "expected"), [
    # an attack by no one named is by unidentified attackers of the country where it happened
    (attack(), Actor("unidentified attackers", "IRQ", "UAF")),
    (attack(mode=None), Actor("unidentified attackers", "IRQ", "UAF")),
    # crowd control is the police's
    (attack(mode="crowd-control"), Actor("police", "IRQ", "COP")),
])
def test_implied_an_attack_by_no_one_named_is_by_unidentified_attackers(event: Event, expected: Actor) -> None:
    assert doer(event) == expected


@pytest.mark.parametrize("event", [
    attack(actor=Actor("rebels", sector="REB")),  # a doer named is kept
    attack(mode="aerial"),  # an air strike by no one named is most often a foreign force's
    attack(location=None),  # no country known: no one to name
    attack(modality="negated"),  # an attack that did not happen was done by no one
    replace(attack(), type="PROTEST", mode="demo"),
])
def test_implied_leaves_named_doers_unplaced_air_strikes_and_untold_attacks_alone(event: Event) -> None:
    assert doer(event) == event.actor


def test_implied_doer_comes_after_the_tellings_are_merged() -> None:
    """A doer told in another telling of the same attack is the one kept."""
    article = eventmill.extract("A bomb exploded outside the police station in Medellin on Monday, killing two "
                                "officers. The Medellin Cartel claimed responsibility for the bombing.",
                                date="1990-01-09")
    [bombing] = [e for e in article.events if e.type == "ASSAULT"]
    assert bombing.actor is not None and bombing.actor.name == "Medellin Cartel"
