"""Tests for language/repair.py: finite verbs the parser coordinated with a to-infinitive."""

from __future__ import annotations

from typing import Any

import pytest
from spacy.tokens import Doc

import eventmill
from eventmill.language.repair import mend

# "The union urged both sides to exercise restraint and called for talks", as the small model
# parses it: "called" a conjunct of "exercise".
WORDS = ["The", "union", "urged", "both", "sides", "to", "exercise", "restraint", "and", "called", "for", "talks"]
HEADS = [1, 2, 2, 4, 2, 6, 2, 6, 6, 6, 9, 10]
DEPS = ["det", "nsubj", "ROOT", "det", "dobj", "aux", "xcomp", "dobj", "cc", "conj", "prep", "pobj"]
TAGS = ["DT", "NN", "VBD", "DT", "NNS", "TO", "VB", "NN", "CC", "VBD", "IN", "NNS"]
LEMMAS = ["the", "union", "urge", "both", "side", "to", "exercise", "restraint", "and", "call", "for", "talk"]


def _parsed(blank_nlp: Any, tags: list[str], words: list[str] = WORDS, lemmas: list[str] = LEMMAS) -> Any:
    return Doc(blank_nlp.vocab, words=words, heads=HEADS, deps=DEPS, tags=tags, lemmas=lemmas,
               sent_starts=[True] + [False] * (len(words) - 1))


def test_repair_a_past_tense_conjunct_joins_the_governing_verb(blank_nlp: Any) -> None:
    doc = mend(_parsed(blank_nlp, TAGS))
    assert doc[9].head.text == "urged" and doc[9].dep_ == "conj"
    assert doc[8].head.text == "urged"  # the "and" goes with it
    assert [c.text for c in doc[6].children] == ["to", "restraint"]


def test_repair_leaves_a_bare_form_conjunct_alone(blank_nlp: Any) -> None:
    """"to turn the page and put an end": "put" may be the infinitive's own conjunct."""
    words = [*WORDS[:9], "put", *WORDS[10:]]
    lemmas = [*LEMMAS[:9], "put", *LEMMAS[10:]]
    doc = mend(_parsed(blank_nlp, TAGS, words, lemmas))
    assert doc[9].head.text == "exercise"


@pytest.mark.parametrize("tag", ["VB", "VBN", "VBG"])
def test_repair_leaves_non_finite_conjuncts_alone(blank_nlp: Any, tag: str) -> None:
    tags = [*TAGS[:9], tag, *TAGS[10:]]
    assert mend(_parsed(blank_nlp, tags))[9].head.text == "exercise"


def test_repair_the_call_is_the_urgers_own_act() -> None:
    """End to end: the call for talks is asserted, by the union, not demanded of the two sides."""
    article = eventmill.extract("The African Union urged both sides to exercise restraint and called for "
                                "talks in Nairobi next week.", date="2024-03-13")
    requests = [e for e in article.events if e.type == "REQUEST"]
    assert requests and all(e.modality == "asserted" for e in requests)
    assert all(e.actor is not None and e.actor.name == "African Union" for e in requests)
