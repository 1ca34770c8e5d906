"""Tests for events/counts.py: figures in many shapes, read from hand-built parses."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

import eventmill
from eventmill.errors import DataFileError
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


LEMMAS = {"killed": "kill", "killing": "kill", "killings": "killing", "wounded": "wound", "injured": "injure", "shot": "shoot",
          "gunned": "gun", "sentenced": "sentence", "died": "die", "was": "be", "were": "be", "casualties": "casualty",
          "destroyed": "destroy", "attacking": "attack", "shelled": "shell", "reported": "report", "farmers": "farmer", "aides": "aide"}


def _parse(make_parsed: Any, rows: list[tuple[str, int, str, str, str]]) -> Any:
    """A Doc from rows of (word, head, dep, pos, fine tag), lemmas from LEMMAS or the lowered word."""
    words, heads, deps, pos, tags = (list(column) for column in zip(*rows))
    doc = make_parsed(words, heads, deps, pos, [LEMMAS.get(w, w.lower()) for w in words])
    for token, tag in zip(doc, tags):
        token.tag_ = tag
    return doc


# (rows of word/head/dep/pos/tag, anchor, attack, expected counts)
VICTIMS = [
    # "Nobody was killed ."
    ([("Nobody", 2, "nsubjpass", "PRON", "NN"), ("was", 2, "auxpass", "AUX", "VBD"),
      ("killed", 2, "ROOT", "VERB", "VBN"), (".", 2, "punct", "PUNCT", ".")], 2, True, Counts(fatalities=0)),
    # "The judge was shot to death ."
    ([("The", 1, "det", "DET", "DT"), ("judge", 3, "nsubjpass", "NOUN", "NN"), ("was", 3, "auxpass", "AUX", "VBD"),
      ("shot", 3, "ROOT", "VERB", "VBN"), ("to", 3, "prep", "ADP", "IN"), ("death", 4, "pobj", "NOUN", "NN"),
      (".", 3, "punct", "PUNCT", ".")], 3, True, Counts(fatalities=1)),
    # "He was sentenced to death ."
    ([("He", 2, "nsubjpass", "PRON", "PRP"), ("was", 2, "auxpass", "AUX", "VBD"),
      ("sentenced", 2, "ROOT", "VERB", "VBN"), ("to", 2, "prep", "ADP", "IN"), ("death", 3, "pobj", "NOUN", "NN"),
      (".", 2, "punct", "PUNCT", ".")], 2, False, Counts()),
    # "Troops shot dead 12 miners ."
    ([("Troops", 1, "nsubj", "NOUN", "NNS"), ("shot", 1, "ROOT", "VERB", "VBD"), ("dead", 1, "advmod", "ADJ", "JJ"),
      ("12", 4, "nummod", "NUM", "CD"), ("miners", 1, "dobj", "NOUN", "NNS"), (".", 1, "punct", "PUNCT", ".")],
     1, True, Counts(fatalities=12)),
    # "Rebels gunned down the mayor and his son ."
    ([("Rebels", 1, "nsubj", "NOUN", "NNS"), ("gunned", 1, "ROOT", "VERB", "VBD"), ("down", 1, "prt", "ADP", "RP"),
      ("the", 4, "det", "DET", "DT"), ("mayor", 1, "dobj", "NOUN", "NN"), ("and", 4, "cc", "CCONJ", "CC"),
      ("his", 7, "poss", "PRON", "PRP$"), ("son", 4, "conj", "NOUN", "NN"), (".", 1, "punct", "PUNCT", ".")],
     1, True, Counts(fatalities=2)),
    # "Rebels killed the family ."
    ([("Rebels", 1, "nsubj", "NOUN", "NNS"), ("killed", 1, "ROOT", "VERB", "VBD"), ("the", 3, "det", "DET", "DT"),
      ("family", 1, "dobj", "NOUN", "NN"), (".", 1, "punct", "PUNCT", ".")], 1, True, Counts()),
    # "The killing of three farmers"
    ([("The", 1, "det", "DET", "DT"), ("killing", 1, "ROOT", "NOUN", "NN"), ("of", 1, "prep", "ADP", "IN"),
      ("three", 4, "nummod", "NUM", "CD"), ("farmers", 2, "pobj", "NOUN", "NNS")], 1, True, Counts(fatalities=3)),
    # "The two killings" (two events, not two victims)
    ([("The", 2, "det", "DET", "DT"), ("two", 2, "nummod", "NUM", "CD"), ("killings", 2, "ROOT", "NOUN", "NNS")],
     2, True, Counts()),
    # "The mayor was killed along with two aides ."
    ([("The", 1, "det", "DET", "DT"), ("mayor", 3, "nsubjpass", "NOUN", "NN"), ("was", 3, "auxpass", "AUX", "VBD"),
      ("killed", 3, "ROOT", "VERB", "VBN"), ("along", 3, "prep", "ADP", "IN"), ("with", 4, "prep", "ADP", "IN"),
      ("two", 7, "nummod", "NUM", "CD"), ("aides", 5, "pobj", "NOUN", "NNS"), (".", 3, "punct", "PUNCT", ".")],
     3, True, Counts(fatalities=3)),
    # "The mayor was killed and two aides were also killed ."
    ([("The", 1, "det", "DET", "DT"), ("mayor", 3, "nsubjpass", "NOUN", "NN"), ("was", 3, "auxpass", "AUX", "VBD"),
      ("killed", 3, "ROOT", "VERB", "VBN"), ("and", 3, "cc", "CCONJ", "CC"), ("two", 6, "nummod", "NUM", "CD"),
      ("aides", 9, "nsubjpass", "NOUN", "NNS"), ("were", 9, "auxpass", "AUX", "VBD"), ("also", 9, "advmod", "ADV", "RB"),
      ("killed", 3, "conj", "VERB", "VBN"), (".", 3, "punct", "PUNCT", ".")], 3, True, Counts(fatalities=3)),
    # "Two guards were killed and 24 soldiers injured ." (a passive whose auxiliary is left out)
    ([("Two", 1, "nummod", "NUM", "CD"), ("guards", 3, "nsubjpass", "NOUN", "NNS"), ("were", 3, "auxpass", "AUX", "VBD"),
      ("killed", 3, "ROOT", "VERB", "VBN"), ("and", 3, "cc", "CCONJ", "CC"), ("24", 6, "nummod", "NUM", "CD"),
      ("soldiers", 7, "nsubj", "NOUN", "NNS"), ("injured", 3, "conj", "VERB", "VBN"), (".", 3, "punct", "PUNCT", ".")],
     3, True, Counts(fatalities=2, injuries=24)),
    # "Gunmen killed Ana Ruiz , 30 ; Luis Ruiz , 12 ; and a guard ."
    ([("Gunmen", 1, "nsubj", "NOUN", "NNS"), ("killed", 1, "ROOT", "VERB", "VBD"), ("Ana", 3, "compound", "PROPN", "NNP"),
      ("Ruiz", 1, "dobj", "PROPN", "NNP"), (",", 3, "punct", "PUNCT", ","), ("30", 3, "appos", "NUM", "CD"),
      (";", 3, "punct", "PUNCT", ":"), ("Luis", 8, "compound", "PROPN", "NNP"), ("Ruiz", 3, "appos", "PROPN", "NNP"),
      (",", 8, "punct", "PUNCT", ","), ("12", 8, "appos", "NUM", "CD"), (";", 8, "punct", "PUNCT", ":"),
      ("and", 8, "cc", "CCONJ", "CC"), ("a", 15, "det", "DET", "DT"), ("guard", 8, "conj", "NOUN", "NN"),
      (".", 1, "punct", "PUNCT", ".")], 1, True, Counts(fatalities=3)),
    # "Gunmen killed Ana Ruiz , a nurse ." (an apposition describes, it adds nobody)
    ([("Gunmen", 1, "nsubj", "NOUN", "NNS"), ("killed", 1, "ROOT", "VERB", "VBD"), ("Ana", 3, "compound", "PROPN", "NNP"),
      ("Ruiz", 1, "dobj", "PROPN", "NNP"), (",", 3, "punct", "PUNCT", ","), ("a", 6, "det", "DET", "DT"),
      ("nurse", 3, "appos", "NOUN", "NN"), (".", 1, "punct", "PUNCT", ".")], 1, True, Counts(fatalities=1)),
    # "The judge died after he was shot ." (anchor: shot)
    ([("The", 1, "det", "DET", "DT"), ("judge", 2, "nsubj", "NOUN", "NN"), ("died", 2, "ROOT", "VERB", "VBD"),
      ("after", 6, "mark", "SCONJ", "IN"), ("he", 6, "nsubjpass", "PRON", "PRP"), ("was", 6, "auxpass", "AUX", "VBD"),
      ("shot", 2, "advcl", "VERB", "VBN"), (".", 2, "punct", "PUNCT", ".")], 6, True, Counts(fatalities=1)),
    # "A rebel died while attacking the post ." (the attacker died; the attack's victims are not told)
    ([("A", 1, "det", "DET", "DT"), ("rebel", 2, "nsubj", "NOUN", "NN"), ("died", 2, "ROOT", "VERB", "VBD"),
      ("while", 4, "mark", "SCONJ", "IN"), ("attacking", 2, "advcl", "VERB", "VBG"), ("the", 6, "det", "DET", "DT"),
      ("post", 4, "dobj", "NOUN", "NN"), (".", 2, "punct", "PUNCT", ".")], 4, True, Counts()),
]

# The attack convention: an outcome without a death is zero deaths; no outcome is no figure.
BOMB_WOUNDED = [("The", 1, "det", "DET", "DT"), ("bomb", 2, "nsubj", "NOUN", "NN"), ("wounded", 2, "ROOT", "VERB", "VBD"),
                ("a", 4, "det", "DET", "DT"), ("guard", 2, "dobj", "NOUN", "NN"), (".", 2, "punct", "PUNCT", ".")]
OUTCOMES = [
    (BOMB_WOUNDED, 2, True, Counts(fatalities=0, injuries=1)),
    (BOMB_WOUNDED, 2, False, Counts(injuries=1)),
    # "Six other people were wounded ." (besides casualties told before, who may have died)
    ([("Six", 2, "nummod", "NUM", "CD"), ("other", 2, "amod", "ADJ", "JJ"), ("people", 4, "nsubjpass", "NOUN", "NNS"),
      ("were", 4, "auxpass", "AUX", "VBD"), ("wounded", 4, "ROOT", "VERB", "VBN"), (".", 4, "punct", "PUNCT", ".")],
     4, True, Counts(injuries=6)),
    # "The blast destroyed the depot ."
    ([("The", 1, "det", "DET", "DT"), ("blast", 2, "nsubj", "NOUN", "NN"), ("destroyed", 2, "ROOT", "VERB", "VBD"),
      ("the", 4, "det", "DET", "DT"), ("depot", 2, "dobj", "NOUN", "NN"), (".", 2, "punct", "PUNCT", ".")],
     2, True, Counts(fatalities=0)),
    # "Rebels shelled the barracks ; no casualties were reported ." (the outcome in the other clause)
    ([("Rebels", 1, "nsubj", "NOUN", "NNS"), ("shelled", 9, "ccomp", "VERB", "VBD"), ("the", 3, "det", "DET", "DT"),
      ("barracks", 1, "dobj", "NOUN", "NN"), (";", 9, "punct", "PUNCT", ":"), ("no", 6, "det", "DET", "DT"),
      ("casualties", 9, "nsubjpass", "NOUN", "NNS"), ("were", 9, "auxpass", "AUX", "VBD"), ("reported", 9, "ROOT", "VERB", "VBN"),
      (".", 9, "punct", "PUNCT", ".")], 1, True, Counts(fatalities=0)),
    # "Rebels shelled the barracks ." (no outcome told)
    ([("Rebels", 1, "nsubj", "NOUN", "NNS"), ("shelled", 1, "ROOT", "VERB", "VBD"), ("the", 3, "det", "DET", "DT"),
      ("barracks", 1, "dobj", "NOUN", "NN"), (".", 1, "punct", "PUNCT", ".")], 1, True, Counts()),
    # "Gunmen killed soldiers and wounded 3 civilians ." (deaths without a figure are not zero)
    ([("Gunmen", 1, "nsubj", "NOUN", "NNS"), ("killed", 1, "ROOT", "VERB", "VBD"), ("soldiers", 1, "dobj", "NOUN", "NNS"),
      ("and", 1, "cc", "CCONJ", "CC"), ("wounded", 1, "conj", "VERB", "VBD"), ("3", 6, "nummod", "NUM", "CD"),
      ("civilians", 4, "dobj", "NOUN", "NNS"), (".", 1, "punct", "PUNCT", ".")], 1, True, Counts(injuries=3)),
]


@pytest.mark.parametrize(("rows", "anchor", "attack", "expected"), VICTIMS + OUTCOMES)
def test_counts_victims_and_outcomes(make_parsed: Any, rows: list[tuple[str, int, str, str, str]], anchor: int,
                                     attack: bool, expected: Counts) -> None:
    doc = _parse(make_parsed, rows)
    assert count_event(doc[anchor], LEXICON, attack=attack) == expected


@pytest.mark.parametrize(("first", "second", "expected"), [
    (Counts(fatalities=0), Counts(), Counts(fatalities=0)),
    (Counts(fatalities=0), Counts(fatalities=5), Counts(fatalities=5)),
    (Counts(fatalities=2, injuries=0), Counts(injuries=7, arrests=1), Counts(fatalities=2, injuries=7, arrests=1)),
    (Counts(), Counts(), Counts()),
])
def test_counts_of_two_tellings_keep_a_reported_zero(first: Counts, second: Counts, expected: Counts) -> None:
    assert first.larger(second) == expected
    assert second.larger(first) == expected


def test_counts_user_file_adds_words_and_refuses_unknown_kinds(tmp_path: Path) -> None:
    good = tmp_path / "good.yaml"
    good.write_text("predicates: {strangle: fatalities}\noutcomes: [looted]\n", encoding="utf-8")
    lexicon = load_count_lexicon([good])
    assert lexicon.predicates["strangle"] == "fatalities" and "looted" in lexicon.outcomes
    bad = tmp_path / "bad.yaml"
    bad.write_text("predicates: {strangle: deaths}\n", encoding="utf-8")
    with pytest.raises(DataFileError, match="deaths"):
        load_count_lexicon([bad])


@pytest.mark.parametrize(("text", "event_type", "fatalities"), [
    # deaths in a clause that dates a protest by another event are that event's
    ("Thousands took to the streets on Sunday after six hostages were found dead.", "PROTEST", None),
    # an attack keeps them: the parser often hangs its toll there
    ("Police opened fire after protesters threw stones, killing two.", "ASSAULT", 2),
    # whom an attempt aimed at is no toll: it may have failed
    ("Gunmen tried to assassinate the mayor of Cali on Sunday.", "ASSAULT", None),
    # so are deaths in the phrase of a crackdown's reason, or of what it followed
    ("Police arrested two men for the murder of the mayor.", "COERCE", None),
    ("Police arrested 20 people after clashes that killed 3.", "COERCE", None),
    # a joined clause with a doer and an object of its own tells its own toll; a joined outcome is the act's
    ("Protesters stormed parliament and police shot dead 22 people.", "PROTEST", None),
    ("Protesters stormed parliament and police shot dead 22 people.", "ASSAULT", 22),
    ("A car bomb exploded in the market and 12 people were killed.", "ASSAULT", 12),
    ("A bomb exploded near the base and five soldiers died.", "ASSAULT", 5),
])
def test_counts_a_dating_clause_tells_another_events_toll(text: str, event_type: str, fatalities: int | None) -> None:
    event = next(e for e in eventmill.extract(text, date="2024-09-02").events if e.type == event_type)
    assert event.counts.fatalities == fatalities


def test_counts_a_death_caused_by_an_attack_is_its_toll() -> None:
    events = eventmill.extract("A Palestinian prisoner died as a result of torture in police custody.",
                               date="2024-09-02").events
    assert [(e.type, e.counts.fatalities) for e in events] == [("ASSAULT", 1)]


def test_counts_a_misread_past_tense_does_not_count_its_subject() -> None:
    """"fire killed" parsed as "the fire (that was) killed": the fire is no thirteenth victim."""
    events = eventmill.extract("Heavy artillery fire killed at least 12 civilians on Tuesday, police said.",
                               date="2024-09-02").events
    assert [(e.type, e.counts.fatalities) for e in events] == [("ASSAULT", 12)]


@pytest.mark.parametrize(("text", "fatalities"), [
    # injuries told with a killing joined to them do not say that nobody died
    ("Airstrikes hit a market in the north on Monday, killing and wounding dozens of people.", None),
    ("Government forces shelled guerrilla camps near the border, killing or wounding 50.", None),
    # injuries alone still do
    ("Rebels attacked a convoy on Monday, wounding five soldiers.", 0),
])
def test_counts_injuries_joined_to_a_killing_leave_the_dead_untold(text: str, fatalities: int | None) -> None:
    [attack] = [e for e in eventmill.extract(text, date="2024-09-02").events if e.type == "ASSAULT"]
    assert attack.counts.fatalities == fatalities


def test_counts_what_sums_up_the_attack_is_no_victim() -> None:
    """"the deadliest attack" was parsed as a second object of "killed": no twenty-first victim."""
    [attack] = [e for e in eventmill.extract("Gunmen killed 20 villagers on Sunday, the deadliest attack this year.",
                                             date="2024-09-02").events if e.type == "ASSAULT"]
    assert attack.counts.fatalities == 20
