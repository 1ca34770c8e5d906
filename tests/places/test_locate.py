"""Tests for places/locate.py: the event's own place, the struck place, the dateline fallback."""

from __future__ import annotations

from typing import Any

import pytest

from eventmill.model import Article, Document, Event, Evidence, Segment, Sentence, Span
from eventmill.places.gazetteer import load_gazetteer
from eventmill.places.locate import EventLocator


@pytest.fixture(scope="module")
def locator() -> EventLocator:
    return EventLocator(load_gazetteer())


def _article(doc: Any, text: str, trigger: int, event_type: str) -> Article:
    token = doc[trigger]
    sentence = Sentence(0, len(text), text, 0, 0, len(doc))
    event = Event(doc_id="d", event_id="e", type=event_type, evidence=Evidence(text, 0, len(text)),
                  trigger=Span(token.idx, token.idx + len(token.text)), sentence=0)
    article = Article(document=Document("d", text), segments=[Segment(0, len(text), 0)], sentences=[sentence])
    article.docs = [doc]
    article.events = [event]
    return article


# An accusation does not happen where its object is; it only falls back to the story's country.
@pytest.mark.parametrize(("event_type", "expected"), [("ASSAULT", "Kherson"), ("ACCUSE", "Ukraine")])
def test_locate_struck_city_is_an_attacks_place(make_parsed: Any, locator: EventLocator,
                                                event_type: str, expected: str | None) -> None:
    words = ["Troops", "shelled", "the", "city", "of", "Kherson", "."]
    doc = make_parsed(words, [1, 1, 3, 1, 3, 4, 1], ["nsubj", "ROOT", "det", "dobj", "prep", "pobj", "punct"],
                      ["NOUN", "VERB", "DET", "NOUN", "ADP", "PROPN", "PUNCT"],
                      ents=["O", "O", "O", "O", "O", "B-GPE", "O"])
    located = locator(_article(doc, doc.text, 1, event_type)).events[0]
    assert located.location is not None and located.location.name == expected


def test_locate_falls_back_to_the_dateline_place(make_parsed: Any, locator: EventLocator) -> None:
    words = ["QUITO", ",", "3", "JAN", "90", "--", "REBELS", "ATTACKED", "A", "BRIDGE", "."]
    doc = make_parsed(words, [0, 0, 0, 0, 0, 0, 7, 7, 9, 7, 7],
                      ["ROOT", "punct", "npadvmod", "npadvmod", "npadvmod", "punct", "nsubj", "dep", "det", "dobj", "punct"],
                      ["PROPN", "PUNCT", "NUM", "PROPN", "NUM", "PUNCT", "NOUN", "VERB", "DET", "NOUN", "PUNCT"])
    located = locator(_article(doc, doc.text, 7, "ASSAULT")).events[0]
    assert located.location is not None and located.location.country == "ECU"


def test_locate_in_phrase_wins_over_the_dateline(make_parsed: Any, locator: EventLocator) -> None:
    words = ["LIMA", ",", "3", "JAN", "90", "--", "REBELS", "ATTACKED", "IN", "BOGOTA", "."]
    doc = make_parsed(words, [0, 0, 0, 0, 0, 0, 7, 7, 7, 8, 7],
                      ["ROOT", "punct", "npadvmod", "npadvmod", "npadvmod", "punct", "nsubj", "dep", "prep", "pobj", "punct"],
                      ["PROPN", "PUNCT", "NUM", "PROPN", "NUM", "PUNCT", "NOUN", "VERB", "ADP", "PROPN", "PUNCT"],
                      ents=["B-GPE", "O", "O", "O", "O", "O", "O", "O", "O", "B-GPE", "O"])
    located = locator(_article(doc, doc.text, 7, "ASSAULT")).events[0]
    assert located.location is not None and located.location.country == "COL"


def test_locate_falls_back_to_the_most_named_country(make_parsed: Any, locator: EventLocator) -> None:
    words = ["Colombia", "'s", "police", "declared", "an", "emergency", "."]
    doc = make_parsed(words, [2, 0, 3, 3, 5, 3, 3], ["poss", "case", "nsubj", "ROOT", "det", "dobj", "punct"],
                      ["PROPN", "PART", "NOUN", "VERB", "DET", "NOUN", "PUNCT"],
                      ents=["B-GPE", "O", "O", "O", "O", "O", "O"])
    located = locator(_article(doc, doc.text, 3, "COERCE")).events[0]
    assert located.location is not None and located.location.country == "COL"



def test_locate_a_journey_made_for_talks_places_them(make_parsed: Any, locator: EventLocator) -> None:
    words = ["The", "envoy", "travelled", "to", "Nairobi", "for", "talks", "."]
    lemmas = ["the", "envoy", "travel", "to", "Nairobi", "for", "talk", "."]
    doc = make_parsed(words, [1, 2, 2, 2, 3, 2, 5, 2], ["det", "nsubj", "ROOT", "prep", "pobj", "prep", "pobj", "punct"],
                      ["DET", "NOUN", "VERB", "ADP", "PROPN", "ADP", "NOUN", "PUNCT"], lemmas,
                      ents=["O", "O", "O", "O", "B-GPE", "O", "O", "O"])
    located = locator(_article(doc, doc.text, 6, "CONSULT")).events[0]
    assert located.location is not None and located.location.name == "Nairobi"
