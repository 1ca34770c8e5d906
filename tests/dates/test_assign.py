"""Tests for dates/assign.py: measured clauses ("three days after …") on hand-built parses."""

from __future__ import annotations

from typing import Any

import pytest

from eventmill.dates.assign import _offset

# (words, heads, deps, pos, trigger index, main index, signed days)
PARSES = [
    # "The raids came three days after fighters attacked a post ."
    (["The", "raids", "came", "three", "days", "after", "fighters", "attacked", "a", "post", "."],
     [1, 2, 2, 4, 7, 7, 7, 2, 9, 7, 2],
     ["det", "nsubj", "ROOT", "nummod", "npadvmod", "mark", "nsubj", "advcl", "det", "dobj", "punct"],
     ["DET", "NOUN", "VERB", "NUM", "NOUN", "SCONJ", "NOUN", "VERB", "DET", "NOUN", "PUNCT"], 7, 2, -3),
    # "The statement came a day after the raid ."
    (["The", "statement", "came", "a", "day", "after", "the", "raid", "."],
     [1, 2, 2, 4, 5, 2, 7, 5, 2],
     ["det", "nsubj", "ROOT", "det", "npadvmod", "prep", "det", "pobj", "punct"],
     ["DET", "NOUN", "VERB", "DET", "NOUN", "ADP", "DET", "NOUN", "PUNCT"], 7, 2, -1),
    # "Police left hours before crowds marched ."
    (["Police", "left", "hours", "before", "crowds", "marched", "."], [1, 1, 5, 5, 5, 1, 1],
     ["nsubj", "ROOT", "npadvmod", "mark", "nsubj", "advcl", "punct"],
     ["NOUN", "VERB", "NOUN", "SCONJ", "NOUN", "VERB", "PUNCT"], 5, 1, 0),
]


@pytest.mark.parametrize(("words", "heads", "deps", "pos", "trigger", "main", "days"), PARSES)
def test_assign_offset_measured_clause(make_parsed: Any, words: list[str], heads: list[int], deps: list[str],
                                       pos: list[str], trigger: int, main: int, days: int) -> None:
    lemmas = [{"days": "day", "hours": "hour"}.get(w, w.lower()) for w in words]
    doc = make_parsed(words, heads, deps, pos, lemmas)
    found = _offset(doc[trigger])
    assert found is not None
    assert (found[0].i, found[1]) == (main, days)


def test_assign_offset_needs_an_amount(make_parsed: Any) -> None:
    # "Troops withdrew after rebels attacked ."
    doc = make_parsed(["Troops", "withdrew", "after", "rebels", "attacked", "."], [1, 1, 4, 4, 1, 1],
                      ["nsubj", "ROOT", "mark", "nsubj", "advcl", "punct"],
                      ["NOUN", "VERB", "SCONJ", "NOUN", "VERB", "PUNCT"])
    assert _offset(doc[4]) is None
