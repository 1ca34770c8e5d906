"""Tests for actors/dating.py: an event's actors are coded as of the event's date."""

from __future__ import annotations

import datetime as dt

import pytest

from eventmill.actors.dating import ActorDater
from eventmill.actors.dictionary import ActorDictionary, load_dictionary
from eventmill.model import Actor, Event, EventDate, Evidence, Span


@pytest.fixture(scope="module")
def dater() -> ActorDater:
    return ActorDater(load_dictionary())


@pytest.fixture(scope="module")
def actors(dater: ActorDater) -> ActorDictionary:
    return dater.dictionary


def _event(actor: Actor | None, day: str | None, *, recipient: Actor | None = None) -> Event:
    date = EventDate(day, "day") if day else None
    return Event(doc_id="d", event_id="e", type="CONSULT", evidence=Evidence("s", 0, 1),
                 trigger=Span(0, 1), sentence=0, actor=actor, recipient=recipient, date=date)


# (name, a day in office, role then, country, a day after the last office, former role)
TERMS = [
    ("Benny Gantz", "2021-12-28", "Defense Minister", "ISR", "2025-03-01", "former War Cabinet Minister"),
    ("Naftali Bennett", "2022-01-10", "Prime Minister", "ISR", "2023-01-10", "former Prime Minister"),
    ("Barack Obama", "2012-06-01", "President", "USA", "2018-06-01", "former President"),
    ("Angela Merkel", "2015-09-01", "Chancellor", "DEU", "2022-03-01", "former Chancellor"),
    ("Theresa May", "2018-01-15", "Prime Minister", "GBR", "2020-01-15", "former Prime Minister"),
    ("Boris Johnson", "2020-04-01", "Prime Minister", "GBR", "2023-04-01", "former Prime Minister"),
    ("Shinzo Abe", "2015-08-14", "Prime Minister", "JPN", "2021-08-14", "former Prime Minister"),
    ("Imran Khan", "2020-02-01", "Prime Minister", "PAK", "2023-05-09", "former Prime Minister"),
    ("Jair Bolsonaro", "2020-03-01", "President", "BRA", "2023-06-01", "former President"),
    ("Mauricio Macri", "2017-05-01", "President", "ARG", "2020-05-01", "former President"),
    ("Moon Jae-in", "2019-06-30", "President", "KOR", "2022-06-30", "former President"),
    ("Abdalla Hamdok", "2020-02-01", "Prime Minister", "SDN", "2022-06-01", "former Prime Minister"),
    ("Mike Pompeo", "2019-03-01", "Foreign Minister", "USA", "2021-03-01", "former Foreign Minister"),
]


@pytest.mark.parametrize(("name", "in_office", "role", "country", "after", "former"), TERMS)
def test_dating_codes_government_in_term_and_former_official_after(
        dater: ActorDater, name: str, in_office: str, role: str, country: str, after: str, former: str) -> None:
    # The mention was resolved on some other day (the article's); the event's date decides.
    stale = Actor(name, country, "GOV", "stale role")
    during = dater.redate(_event(stale, in_office)).actor
    later = dater.redate(_event(stale, after)).actor
    assert during is not None and later is not None
    assert (during.country, during.sector, during.role) == (country, "GOV", role)
    assert (later.country, later.sector, later.role) == (country, "ELI", former)


def test_dating_same_person_twice_in_one_article_takes_each_events_date(dater: ActorDater) -> None:
    lapid = Actor("Yair Lapid", "ISR", "GOV", "Prime Minister")
    as_minister = dater.redate(_event(lapid, "2022-03-01")).actor
    as_opposition = dater.redate(_event(lapid, "2023-03-01")).actor
    assert as_minister is not None and as_opposition is not None
    assert (as_minister.sector, as_minister.role) == ("GOV", "Foreign Minister")
    assert (as_opposition.sector, as_opposition.role) == ("OPP", "Opposition Leader")


def test_dating_organisation_phase_follows_event_date(dater: ActorDater) -> None:
    taliban = Actor("Taliban", "AFG", "GOV")
    before = dater.redate(_event(taliban, "2021-08-01")).actor
    assert before is not None and before.sector == "REB"


@pytest.mark.parametrize("actor", [
    Actor("police", "ISR", "COP"),          # generic: not in the dictionary
    Actor("Israel", "ISR", "GOV"),          # a country has no dated offices
    Actor("Jane Unknown", "FRA", "GOV", "Mayor"),
])
def test_dating_leaves_actors_without_dated_entries_unchanged(dater: ActorDater, actor: Actor) -> None:
    assert dater.redate(_event(actor, "1990-01-01")).actor == actor


def test_dating_keeps_span_and_leaves_undated_events_alone(dater: ActorDater) -> None:
    gantz = Actor("Benny Gantz", "ISR", "GOV", "Defense Minister", span=Span(10, 15))
    undated = _event(gantz, None)
    assert dater.redate(undated) is undated
    redated = dater.redate(_event(gantz, "2013-01-01")).actor
    assert redated is not None and redated.span == Span(10, 15)
    assert (redated.sector, redated.role) == ("MIL", "IDF Chief of Staff")


def test_dating_recodes_compound_members_and_their_shared_codes(dater: ActorDater) -> None:
    pair = Actor("Angela Merkel and Theresa May", None, "GOV",
                 members=(Actor("Angela Merkel", "DEU", "GOV"), Actor("Theresa May", "GBR", "GOV")))
    later = dater.redate(_event(None, "2020-01-01", recipient=pair)).recipient
    assert later is not None
    assert [m.sector for m in later.members] == ["GOV", "ELI"]
    assert later.sector is None
