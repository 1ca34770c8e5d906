"""Tests for language/tokens.py on hand-built tokens: hyphenated words and phrase text."""

from __future__ import annotations

from typing import Any

from spacy.tokens import Doc

from eventmill.language.tokens import (
    hyphen_joined,
    hyphenated_word,
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
