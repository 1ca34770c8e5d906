"""Tests for places/tagging.py: names the entity tagger missed or mislabelled become places."""

from __future__ import annotations

from typing import Any

import pytest

import eventmill
from eventmill.model import Article, Document
from eventmill.places.gazetteer import load_gazetteer
from eventmill.places.tagging import PlaceTagger


@pytest.fixture(scope="module")
def tagger() -> PlaceTagger:
    return PlaceTagger(load_gazetteer(), is_actor=lambda name: name == "Hamas")


def _entities(tagger: PlaceTagger, doc: Any) -> list[tuple[str, str]]:
    article = Article(document=Document("d", doc.text))
    article.docs = [doc]
    tagger(article)
    return [(e.text, e.label_) for e in doc.ents]


def test_tagging_untagged_towns_a_preposition_of_place_governs(make_parsed: Any, tagger: PlaceTagger) -> None:
    doc = make_parsed(["Protesters", "marched", "in", "Ashkelon", "and", "Sderot", "."],
                      [1, 1, 1, 2, 3, 3, 1], ["nsubj", "ROOT", "prep", "pobj", "cc", "conj", "punct"],
                      ["NOUN", "VERB", "ADP", "PROPN", "CCONJ", "PROPN", "PUNCT"])
    assert _entities(tagger, doc) == [("Ashkelon", "GPE"), ("Sderot", "GPE")]


@pytest.mark.parametrize(("words", "heads", "deps", "pos", "ents", "place"), [
    # a town read as an organisation
    (["Soldiers", "expelled", "rebels", "from", "Mejicanos", "."], [1, 1, 1, 2, 3, 1],
     ["nsubj", "ROOT", "dobj", "prep", "pobj", "punct"], ["NOUN", "VERB", "NOUN", "ADP", "PROPN", "PUNCT"],
     ["O", "O", "O", "O", "B-ORG", "O"], "Mejicanos"),
    # the name before a word for a kind of place
    (["Militiamen", "struck", "in", "Ituri", "province", "."], [1, 1, 1, 4, 2, 1],
     ["nsubj", "ROOT", "prep", "compound", "pobj", "punct"], ["NOUN", "VERB", "ADP", "PROPN", "NOUN", "PUNCT"],
     ["O", "O", "O", "B-NORP", "O", "O"], "Ituri"),
    # a town the text calls a city, though tagged a language
    (["Missiles", "hit", "the", "city", "of", "Odesa", "."], [1, 1, 3, 1, 3, 4, 1],
     ["nsubj", "ROOT", "det", "dobj", "prep", "pobj", "punct"], ["NOUN", "VERB", "DET", "NOUN", "ADP", "PROPN", "PUNCT"],
     ["O", "O", "O", "O", "O", "B-LANGUAGE", "O"], "Odesa"),
])
def test_tagging_a_mislabelled_place(make_parsed: Any, tagger: PlaceTagger, words: list, heads: list, deps: list,
                                     pos: list, ents: list, place: str) -> None:
    assert _entities(tagger, make_parsed(words, heads, deps, pos, ents=ents)) == [(place, "GPE")]


@pytest.mark.parametrize(("words", "heads", "deps", "pos", "ents"), [
    # a language is no place, whatever town shares its name
    (["It", "was", "published", "in", "Somali", "."], [2, 2, 2, 2, 3, 2],
     ["nsubjpass", "auxpass", "ROOT", "prep", "pobj", "punct"], ["PRON", "AUX", "VERB", "ADP", "PROPN", "PUNCT"],
     ["O", "O", "O", "O", "B-LANGUAGE", "O"]),
    # a known actor keeps its reading, even where a town has its name
    (["Fighters", "came", "from", "Hamas", "."], [1, 1, 1, 2, 1],
     ["nsubj", "ROOT", "prep", "pobj", "punct"], ["NOUN", "VERB", "ADP", "PROPN", "PUNCT"],
     ["O", "O", "O", "B-ORG", "O"]),
    # a person's name after "from" is the person
    (["A", "letter", "from", "Moreno", "arrived", "."], [1, 4, 1, 2, 4, 4],
     ["det", "nsubj", "prep", "pobj", "ROOT", "punct"], ["DET", "NOUN", "ADP", "PROPN", "VERB", "PUNCT"],
     ["O", "O", "O", "B-PERSON", "O", "O"]),
    # "according to" names a source, not a place
    (["Five", "died", ",", "according", "to", "Moreno", "."], [1, 1, 1, 1, 3, 4, 1],
     ["nsubj", "ROOT", "punct", "prep", "prep", "pobj", "punct"],
     ["NUM", "VERB", "PUNCT", "VERB", "ADP", "PROPN", "PUNCT"], None),
    # a word for a kind of place is no place's name by itself
    (["It", "happened", "in", "the", "Carahuaichi", "Area", "."], [1, 1, 1, 5, 5, 2, 1],
     ["nsubj", "ROOT", "prep", "det", "punct", "pobj", "punct"],
     ["PRON", "VERB", "ADP", "DET", "PROPN", "PROPN", "PUNCT"], None),
    # a name the gazetteer does not know stays as the tagger left it
    (["Protesters", "marched", "in", "Xqzvillez", "."], [1, 1, 1, 2, 1],
     ["nsubj", "ROOT", "prep", "pobj", "punct"], ["NOUN", "VERB", "ADP", "PROPN", "PUNCT"], None),
])
def test_tagging_leaves_names_that_are_no_places(make_parsed: Any, tagger: PlaceTagger, words: list, heads: list,
                                                 deps: list, pos: list, ents: list | None) -> None:
    doc = make_parsed(words, heads, deps, pos, ents=ents)
    before = [(e.text, e.label_) for e in doc.ents]
    assert _entities(tagger, doc) == before


def test_tagging_a_word_of_a_persons_name_in_the_story_stays_the_person(make_parsed: Any,
                                                                        tagger: PlaceTagger) -> None:
    doc = make_parsed(["Carlos", "Moreno", "waited", "in", "Moreno", "."], [1, 2, 2, 2, 3, 2],
                      ["compound", "nsubj", "ROOT", "prep", "pobj", "punct"],
                      ["PROPN", "PROPN", "VERB", "ADP", "PROPN", "PUNCT"],
                      ents=["B-PERSON", "I-PERSON", "O", "O", "O", "O"])
    assert _entities(tagger, doc) == [("Carlos Moreno", "PERSON")]


def test_tagging_places_the_event_in_a_town_the_model_missed() -> None:
    article = eventmill.extract("Protesters marched in Ashkelon on Monday.", date="2022-03-02")
    located = next(e for e in article.events if e.type == "PROTEST").location
    assert located is not None and (located.name, located.country) == ("Ashkelon", "ISR")
