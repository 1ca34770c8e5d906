"""Actor and recipient from syntax: subjects, objects, by-agents, prepositions, coordination."""

from __future__ import annotations

import pytest

import eventmill


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
