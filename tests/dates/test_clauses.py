"""Tests for dates/clauses.py on hand-built parses: which clause a time belongs to, and offsets."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import pytest
from spacy.tokens import Doc

from eventmill.dates.clauses import (
    governing_predicate,
    in_relative_clause,
    is_attribution,
    looks_ahead,
    offset,
    simultaneous,
)

_LEMMAS = {"days": "day", "hours": "hour", "weeks": "week"}


@pytest.fixture(scope="module")
def parse(blank_nlp: Any) -> Any:
    """A Doc from words, heads, deps, coarse POS and, optionally, fine tags (participles need them)."""

    def build(words: Sequence[str], heads: Sequence[int], deps: Sequence[str], pos: Sequence[str],
              tags: Sequence[str] | None = None) -> Doc:
        return Doc(blank_nlp.vocab, words=list(words), heads=list(heads), deps=list(deps), pos=list(pos),
                   tags=list(tags) if tags else None, lemmas=[_LEMMAS.get(w, w.lower()) for w in words],
                   sent_starts=[True] + [False] * (len(words) - 1))

    return build


# (words, heads, deps, pos, trigger index, other clause index, signed days, other is main)
OFFSETS = [
    # "The raids came three days after fighters attacked a post ." (event: attacked)
    (["The", "raids", "came", "three", "days", "after", "fighters", "attacked", "a", "post", "."],
     [1, 2, 2, 4, 7, 7, 7, 2, 9, 7, 2],
     ["det", "nsubj", "ROOT", "nummod", "npadvmod", "mark", "nsubj", "advcl", "det", "dobj", "punct"],
     ["DET", "NOUN", "VERB", "NUM", "NOUN", "SCONJ", "NOUN", "VERB", "DET", "NOUN", "PUNCT"], 7, 2, -3, True),
    # "The statement came a day after the raid ." (event: the noun after "after")
    (["The", "statement", "came", "a", "day", "after", "the", "raid", "."],
     [1, 2, 2, 4, 5, 2, 7, 5, 2],
     ["det", "nsubj", "ROOT", "det", "npadvmod", "prep", "det", "pobj", "punct"],
     ["DET", "NOUN", "VERB", "DET", "NOUN", "ADP", "DET", "NOUN", "PUNCT"], 7, 2, -1, True),
    # "Police left hours before crowds marched ." (event: marched, same day)
    (["Police", "left", "hours", "before", "crowds", "marched", "."], [1, 1, 5, 5, 5, 1, 1],
     ["nsubj", "ROOT", "npadvmod", "mark", "nsubj", "advcl", "punct"],
     ["NOUN", "VERB", "NOUN", "SCONJ", "NOUN", "VERB", "PUNCT"], 5, 1, 0, True),
    # "The strike came a day after the junta declared a blockade ." (event: the object noun;
    # the amount hangs from the main verb)
    (["The", "strike", "came", "a", "day", "after", "the", "junta", "declared", "a", "blockade", "."],
     [1, 2, 2, 4, 2, 8, 7, 8, 2, 10, 8, 2],
     ["det", "nsubj", "ROOT", "det", "npadvmod", "mark", "det", "nsubj", "advcl", "det", "dobj", "punct"],
     ["DET", "NOUN", "VERB", "DET", "NOUN", "SCONJ", "DET", "NOUN", "VERB", "DET", "NOUN", "PUNCT"], 10, 2, -1, True),
    # "Rebels shelled the port , shortly before two days of talks opened ." (event: talks)
    (["Rebels", "shelled", "the", "port", ",", "shortly", "before", "two", "days", "of", "talks", "opened", "."],
     [1, 1, 3, 1, 1, 6, 11, 8, 11, 8, 9, 1, 1],
     ["nsubj", "ROOT", "det", "dobj", "punct", "advmod", "mark", "nummod", "nsubj", "prep", "pobj", "advcl", "punct"],
     ["NOUN", "VERB", "DET", "NOUN", "PUNCT", "ADV", "SCONJ", "NUM", "NOUN", "ADP", "NOUN", "VERB", "PUNCT"],
     10, 1, 0, True),
    # "Two weeks after voters rejected the charter , the cabinet resigned ." (event: resigned,
    # the main clause, measured from the subordinate one)
    (["Two", "weeks", "after", "voters", "rejected", "the", "charter", ",", "the", "cabinet", "resigned", "."],
     [1, 4, 4, 4, 10, 6, 4, 10, 9, 10, 10, 10],
     ["nummod", "npadvmod", "mark", "nsubj", "advcl", "det", "dobj", "punct", "det", "nsubj", "ROOT", "punct"],
     ["NUM", "NOUN", "SCONJ", "NOUN", "VERB", "DET", "NOUN", "PUNCT", "DET", "NOUN", "VERB", "PUNCT"],
     10, 4, 14, False),
]


@pytest.mark.parametrize(("words", "heads", "deps", "pos", "trigger", "other", "days", "other_is_main"), OFFSETS)
def test_clauses_offset_measured_clause(parse: Any, words: list[str], heads: list[int], deps: list[str],
                                        pos: list[str], trigger: int, other: int, days: int,
                                        other_is_main: bool) -> None:
    found = offset(parse(words, heads, deps, pos)[trigger])
    assert found is not None
    assert (found.other.i, found.days, found.other_is_main) == (other, days, other_is_main)


@pytest.mark.parametrize(("words", "heads", "deps", "pos", "trigger"), [
    # "Troops withdrew after rebels attacked ." : no amount, so no offset
    (["Troops", "withdrew", "after", "rebels", "attacked", "."], [1, 1, 4, 4, 1, 1],
     ["nsubj", "ROOT", "mark", "nsubj", "advcl", "punct"], ["NOUN", "VERB", "SCONJ", "NOUN", "VERB", "PUNCT"], 4),
    # "Troops withdrew after Friday 's talks ." : a dated noun is not an amount
    (["Troops", "withdrew", "after", "Friday", "'s", "talks", "."], [1, 1, 1, 5, 3, 2, 1],
     ["nsubj", "ROOT", "prep", "poss", "case", "pobj", "punct"],
     ["NOUN", "VERB", "ADP", "PROPN", "PART", "NOUN", "PUNCT"], 1),
])
def test_clauses_offset_needs_an_amount(parse: Any, words: list[str], heads: list[int], deps: list[str],
                                        pos: list[str], trigger: int) -> None:
    assert offset(parse(words, heads, deps, pos)[trigger]) is None


def _launched_drills(parse: Any, participle_tag: str) -> Any:
    """"The navy launched the drills , code - named Storm , on Friday ." with "named" tagged as given."""
    return parse(["The", "navy", "launched", "the", "drills", ",", "code", "-", "named", "Storm", ",", "on", "Friday",
                  "."],
                 [1, 2, 2, 4, 2, 2, 8, 8, 2, 8, 8, 8, 11, 2],
                 ["det", "nsubj", "ROOT", "det", "dobj", "punct", "npadvmod", "punct", "advcl", "oprd", "punct",
                  "prep", "pobj", "punct"],
                 ["DET", "NOUN", "VERB", "DET", "NOUN", "PUNCT", "NOUN", "PUNCT", "VERB", "PROPN", "PUNCT", "ADP",
                  "PROPN", "PUNCT"],
                 ["DT", "NN", "VBD", "DT", "NNS", ",", "NN", "HYPH", participle_tag, "NNP", ",", "IN", "NNP", "."])


def test_clauses_governing_predicate_passes_over_a_bare_participle(parse: Any) -> None:
    assert governing_predicate(_launched_drills(parse, "VBN")[12:13], {2}).i == 2


@pytest.mark.parametrize(("tag", "holder"), [("VBN", 2), ("VBD", 8)])
def test_clauses_governing_predicate_stops_at_a_finite_verb(parse: Any, tag: str, holder: int) -> None:
    # The same shape with a finite verb in place of the participle keeps the time there.
    doc = _launched_drills(parse, tag)
    assert governing_predicate(doc[12:13], set()).i == holder


def test_clauses_governing_predicate_fronted_time_belongs_to_the_reporting_verb(parse: Any) -> None:
    # "Ali said on Monday he would quit ." parsed with the time inside the complement
    doc = parse(["Ali", "said", "on", "Monday", "he", "would", "quit", "."], [1, 1, 6, 2, 6, 6, 1, 1],
                ["nsubj", "ROOT", "prep", "pobj", "nsubj", "aux", "ccomp", "punct"],
                ["PROPN", "VERB", "ADP", "PROPN", "PRON", "AUX", "VERB", "PUNCT"])
    assert governing_predicate(doc[2:4], {6}).i == 1


def test_clauses_governing_predicate_time_after_the_subject_stays_in_the_complement(parse: Any) -> None:
    # "Ali said he quit on Monday ."
    doc = parse(["Ali", "said", "he", "quit", "on", "Monday", "."], [1, 1, 3, 1, 3, 4, 1],
                ["nsubj", "ROOT", "nsubj", "ccomp", "prep", "pobj", "punct"],
                ["PROPN", "VERB", "PRON", "VERB", "ADP", "PROPN", "PUNCT"])
    assert governing_predicate(doc[4:6], {3}).i == 3


@pytest.mark.parametrize(("auxiliary", "ahead"), [("will", True), ("would", True), ("did", False)])
def test_clauses_looks_ahead_future_auxiliaries(parse: Any, auxiliary: str, ahead: bool) -> None:
    doc = parse(["Leaders", auxiliary, "meet", "."], [2, 2, 2, 2], ["nsubj", "aux", "ROOT", "punct"],
                ["NOUN", "AUX", "VERB", "PUNCT"])
    assert looks_ahead(doc[2]) is ahead


@pytest.mark.parametrize(("marker", "dep", "shared"), [("when", "advmod", True), ("while", "mark", True),
                                                      ("because", "mark", False)])
def test_clauses_simultaneous_when_clause(parse: Any, marker: str, dep: str, shared: bool) -> None:
    # "Gunmen killed nine when they raided a market ." (the parser labels "when" advmod)
    doc = parse(["Gunmen", "killed", "nine", marker, "they", "raided", "a", "market", "."],
                [1, 1, 1, 5, 5, 1, 7, 5, 1],
                ["nsubj", "ROOT", "dobj", dep, "nsubj", "advcl", "det", "dobj", "punct"],
                ["NOUN", "VERB", "NUM", "SCONJ", "PRON", "VERB", "DET", "NOUN", "PUNCT"])
    assert ([t.i for t in simultaneous(doc[1])] == [5]) is shared


def test_clauses_simultaneous_coordinated_verb(parse: Any) -> None:
    # "Rioters looted and burned the hall ."
    doc = parse(["Rioters", "looted", "and", "burned", "the", "hall", "."], [1, 1, 1, 1, 5, 3, 1],
                ["nsubj", "ROOT", "cc", "conj", "det", "dobj", "punct"],
                ["NOUN", "VERB", "CCONJ", "VERB", "DET", "NOUN", "PUNCT"])
    assert [t.i for t in simultaneous(doc[1])] == [3]


def test_clauses_is_attribution_inside_according_to(parse: Any) -> None:
    # "Five died , according to a report issued on Sunday ."
    doc = parse(["Five", "died", ",", "according", "to", "a", "report", "issued", "on", "Sunday", "."],
                [1, 1, 1, 1, 3, 6, 4, 6, 7, 8, 1],
                ["nsubj", "ROOT", "punct", "prep", "prep", "det", "pobj", "acl", "prep", "pobj", "punct"],
                ["NUM", "VERB", "PUNCT", "VERB", "ADP", "DET", "NOUN", "VERB", "ADP", "PROPN", "PUNCT"])
    assert is_attribution(doc[7]) and not is_attribution(doc[1])


def test_clauses_in_relative_clause(parse: Any) -> None:
    # "Two men who fled on Monday were caught ."
    doc = parse(["Two", "men", "who", "fled", "on", "Monday", "were", "caught", "."], [1, 7, 3, 1, 3, 4, 7, 7, 7],
                ["nummod", "nsubjpass", "nsubj", "relcl", "prep", "pobj", "auxpass", "ROOT", "punct"],
                ["NUM", "NOUN", "PRON", "VERB", "ADP", "PROPN", "AUX", "VERB", "PUNCT"])
    assert in_relative_clause(doc[3]) and not in_relative_clause(doc[7])


@pytest.mark.parametrize(("auxiliary", "ahead"), [("would", True), ("did", False)])
def test_clauses_a_present_clause_of_time_under_a_future_looks_ahead(nlp: Any, auxiliary: str, ahead: bool) -> None:
    """"would step down when his term ends on April 2": the end of the term is still to come."""
    doc = nlp(f"Sall said he {auxiliary} step down when his term ends on April 2.")
    ends = next(t for t in doc if t.lower_ == "ends")
    assert looks_ahead(ends) is ahead
