"""Tests for events/counts.py: figures in many shapes, read from hand-built parses."""

from __future__ import annotations

from typing import Any

import pytest

from eventmill.events.counts import count_event, load_count_lexicon, parse_number
from eventmill.model import Counts

LEXICON = load_count_lexicon()

# (words, heads, deps, pos, index of the event anchor, expected counts)
PARSES = [
    # "Gunmen killed a dozen villagers ."
    (["Gunmen", "killed", "a", "dozen", "villagers", "."], [1, 1, 3, 4, 1, 1],
     ["nsubj", "ROOT", "quantmod", "nummod", "dobj", "punct"], ["NOUN", "VERB", "DET", "NOUN", "NOUN", "PUNCT"],
     1, Counts(fatalities=12)),
    # "Police reported 5 soldiers killed ."
    (["Police", "reported", "5", "soldiers", "killed", "."], [1, 1, 3, 1, 3, 1],
     ["nsubj", "ROOT", "nummod", "dobj", "acl", "punct"], ["NOUN", "VERB", "NUM", "NOUN", "VERB", "PUNCT"],
     1, Counts(fatalities=5)),
    # "The bomb left 7 people dead ."
    (["The", "bomb", "left", "7", "people", "dead", "."], [1, 2, 2, 4, 2, 2, 2],
     ["det", "nsubj", "ROOT", "nummod", "dobj", "oprd", "punct"], ["DET", "NOUN", "VERB", "NUM", "NOUN", "ADJ", "PUNCT"],
     1, Counts(fatalities=7)),
    # "The death toll rose to 40 ."
    (["The", "death", "toll", "rose", "to", "40", "."], [2, 2, 3, 3, 3, 4, 3],
     ["det", "compound", "nsubj", "ROOT", "prep", "pobj", "punct"], ["DET", "NOUN", "NOUN", "VERB", "ADP", "NUM", "PUNCT"],
     3, Counts(fatalities=40)),
    # "The clash ended in one dead rebel ."
    (["The", "clash", "ended", "in", "one", "dead", "rebel", "."], [1, 2, 2, 2, 6, 6, 3, 2],
     ["det", "nsubj", "ROOT", "prep", "nummod", "amod", "pobj", "punct"],
     ["DET", "NOUN", "VERB", "ADP", "NUM", "ADJ", "NOUN", "PUNCT"], 1, Counts(fatalities=1)),
    # "The raid caused no casualties ."
    (["The", "raid", "caused", "no", "casualties", "."], [1, 2, 2, 4, 2, 2],
     ["det", "nsubj", "ROOT", "det", "dobj", "punct"], ["DET", "NOUN", "VERB", "DET", "NOUN", "PUNCT"],
     1, Counts(fatalities=0)),
    # "Three people were killed and 10 wounded ."
    (["Three", "people", "were", "killed", "and", "10", "wounded", "."], [1, 3, 3, 3, 3, 6, 3, 6],
     ["nummod", "nsubjpass", "auxpass", "ROOT", "cc", "nsubj", "conj", "punct"],
     ["NUM", "NOUN", "AUX", "VERB", "CCONJ", "NUM", "VERB", "PUNCT"], 3, Counts(fatalities=3, injuries=10)),
]


@pytest.mark.parametrize(("words", "heads", "deps", "pos", "anchor", "expected"), PARSES)
def test_counts_shapes(make_parsed: Any, words: list[str], heads: list[int], deps: list[str], pos: list[str],
                       anchor: int, expected: Counts) -> None:
    lemmas = [{"killed": "kill", "wounded": "wound", "left": "leave", "rose": "rise", "casualties": "casualty",
               "were": "be"}.get(w, w.lower()) for w in words]
    doc = make_parsed(words, heads, deps, pos, lemmas)
    assert count_event(doc[anchor], LEXICON) == expected


@pytest.mark.parametrize(("words", "value"), [
    (["266"], 266), (["14,000"], 14000), (["thirty-four"], 34), (["a", "dozen"], 12), (["1.2", "million"], 1200000),
])
def test_counts_parse_number(words: list[str], value: int) -> None:
    assert parse_number(words, LEXICON) == value
