"""Tests for language/nlp.py: the word lists the model's lemmatizer tables give the truecaser."""

from __future__ import annotations

from typing import Any

from eventmill.language.nlp import common_words, noun_only_words


def test_nlp_noun_only_words_are_nouns_of_no_other_kind(nlp: Any) -> None:
    nouns = noun_only_words(nlp)
    assert {"palomino", "castro", "department"} <= nouns  # WordNet lists people among its nouns
    assert not {"attack", "yesterday", "kill", "the", "national"} & nouns  # verbs, adverbs, stop words, adjectives
    assert nouns <= common_words(nlp)
