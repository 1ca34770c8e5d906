"""Tests for language/tokens.py on hand-built tokens: hyphenated words and phrase text."""

from __future__ import annotations

from typing import Any

from spacy.tokens import Doc

from eventmill.language.tokens import (
    hyphen_joined,
    hyphenated_word,
    misread_infinitive,
    starts_hyphenated_word,
    words_text,
)


def _doc(blank_nlp: Any, words: list[str], spaces: list[bool]) -> Any:
    return Doc(blank_nlp.vocab, words=words, spaces=spaces)


def test_tokens_hyphenated_word_halves(blank_nlp: Any) -> None:
    doc = _doc(blank_nlp, ["the", "hostage", "-", "takers", "fled"], [True, False, False, True, False])
    assert hyphen_joined(doc[1], doc[3])
    assert starts_hyphenated_word(doc[1]) and not starts_hyphenated_word(doc[3])
    assert hyphenated_word(doc[3]).text == "hostage-takers"
    assert hyphenated_word(doc[4]) is None


def test_tokens_a_spaced_dash_joins_nothing(blank_nlp: Any) -> None:
    doc = _doc(blank_nlp, ["rebels", "-", "and", "troops"], [True, True, True, False])
    assert not starts_hyphenated_word(doc[0]) and hyphenated_word(doc[2]) is None


def test_tokens_words_text_keeps_hyphens_and_spaces(blank_nlp: Any) -> None:
    doc = _doc(blank_nlp, ["heavily", "armed", "anti", "-", "government", "protesters"],
               [True, True, False, False, True, False])
    assert words_text([doc[1], doc[2], doc[4], doc[5]]) == "armed anti-government protesters"
    assert words_text([doc[0], doc[5]]) == "heavily protesters"


def test_tokens_a_bare_to_infinitive_hung_as_an_adverbial_clause(blank_nlp: Any) -> None:
    words = ["Rebels", "have", "sworn", "to", "fight"]
    doc = Doc(blank_nlp.vocab, words=words, heads=[2, 2, 2, 4, 2], deps=["nsubj", "aux", "ROOT", "aux", "advcl"])
    assert misread_infinitive(doc[4])
    # a clause with a subject or a subordinator of its own, or after an object, is an adverbial clause
    words = ["Rebels", "fought", "so", "they", "could", "win"]
    deps = ["nsubj", "ROOT", "mark", "nsubj", "aux", "advcl"]
    assert not misread_infinitive(Doc(blank_nlp.vocab, words=words, heads=[1, 1, 5, 5, 5, 1], deps=deps)[5])
    words = ["Unions", "scheduled", "a", "strike", "to", "protest"]
    deps = ["nsubj", "ROOT", "det", "dobj", "aux", "advcl"]
    assert not misread_infinitive(Doc(blank_nlp.vocab, words=words, heads=[1, 1, 3, 1, 5, 1], deps=deps)[5])
