"""Actor and recipient from syntax: subjects, objects, by-agents, prepositions, coordination."""

from __future__ import annotations

from typing import Any

import pytest

import eventmill
from eventmill.events.lexicon import Coding, load_lexicon
from eventmill.events.predicates import Frame
from eventmill.events.roles import MentionIndex, assign_roles
from eventmill.model import Actor, Mention


def dyad(text: str, event_type: str) -> tuple[str | None, str | None]:
    article = eventmill.extract(text, date="2022-03-02")
    event = next(e for e in article.events if e.type == event_type)
    return (event.actor.name if event.actor else None, event.recipient.name if event.recipient else None)


@pytest.mark.parametrize(("text", "event_type", "actor", "recipient"), [
    ("Chile condemned Bolivia on Tuesday.", "ACCUSE", "Chile", "Bolivia"),
    ("Bolivia was condemned by Chile on Tuesday.", "ACCUSE", "Chile", "Bolivia"),
    ("Chile held talks with Bolivia on Tuesday.", "CONSULT", "Chile", "Bolivia"),
    ("The French foreign minister said that Russia must withdraw its troops.", "REQUEST", None, "Russia"),
])
def test_roles_from_syntax(text: str, event_type: str, actor: str | None, recipient: str | None) -> None:
    found_actor, found_recipient = dyad(text, event_type)
    assert found_recipient == recipient
    if actor is not None:
        assert found_actor == actor


def test_roles_coordinated_actors_are_one_compound() -> None:
    article = eventmill.extract("Chile and Peru condemned Bolivia on Tuesday.", date="2022-03-02")
    event = next(e for e in article.events if e.type == "ACCUSE")
    assert {m.name for m in event.actor.members} == {"Chile", "Peru"}


def test_roles_event_noun_takes_its_governing_verbs_participants() -> None:
    article = eventmill.extract("Ecuadorian troops took part in the massacre near the border.", date="2022-03-02")
    event = next(e for e in article.events if e.type == "ASSAULT")
    assert event.actor is not None and event.actor.country == "ECU"


def _mention(doc: Any, start: int, end: int, name: str, kind: str, country: str | None = None) -> Mention:
    span = doc[start:end]
    return Mention(span.start_char, span.end_char, span.text, 0, start, end, Actor(name, country), kind)


def _roles(doc: Any, verb: int, event_type: str, mentions: list[Mention]) -> tuple[str | None, str | None]:
    frame = Frame(Coding(event_type), doc[verb], doc[verb], None, "verb")
    actor, recipient = assign_roles(frame, MentionIndex(mentions), load_lexicon())
    return (actor.name if actor else None, recipient.name if recipient else None)


def test_roles_subject_head_holding_the_actor(make_parsed: Any) -> None:
    # "Leaders of the Unity coalition agreed": the head noun names no actor, its "of" phrase does.
    doc = make_parsed(["Leaders", "of", "the", "Unity", "coalition", "agreed", "."],
                      [5, 0, 4, 4, 1, 5, 5], ["nsubj", "prep", "det", "compound", "pobj", "ROOT", "punct"],
                      ["NOUN", "ADP", "DET", "PROPN", "NOUN", "VERB", "PUNCT"])
    assert _roles(doc, 5, "AGREE", [_mention(doc, 3, 5, "Unity coalition", "organization")]) == ("Unity coalition", None)


def test_roles_object_modifier_names_the_recipient(make_parsed: Any) -> None:
    # "Chile rejected a Peruvian proposal": the proposal's adjective names the recipient.
    doc = make_parsed(["Chile", "rejected", "a", "Peruvian", "proposal", "."],
                      [1, 1, 4, 4, 1, 1], ["nsubj", "ROOT", "det", "amod", "dobj", "punct"],
                      ["PROPN", "VERB", "DET", "ADJ", "NOUN", "PUNCT"])
    mentions = [_mention(doc, 0, 1, "Chile", "country", "CHL"), _mention(doc, 3, 4, "Peruvian", "generic", "PER")]
    assert _roles(doc, 1, "REJECT", mentions) == ("Chile", "Peruvian")


def test_roles_title_gives_way_to_the_name_in_apposition(make_parsed: Any) -> None:
    # "army chief Omar Dali met Chile": the subject is the title; the actor is the person.
    doc = make_parsed(["army", "chief", "Omar", "Dali", "met", "Chile", "."],
                      [1, 4, 3, 1, 4, 4, 4], ["compound", "nsubj", "compound", "appos", "ROOT", "dobj", "punct"],
                      ["NOUN", "NOUN", "PROPN", "PROPN", "VERB", "PROPN", "PUNCT"])
    mentions = [_mention(doc, 0, 2, "army chief", "generic"), _mention(doc, 2, 4, "Omar Dali", "person"),
                _mention(doc, 5, 6, "Chile", "country", "CHL")]
    assert _roles(doc, 4, "CONSULT", mentions) == ("Omar Dali", "Chile")
