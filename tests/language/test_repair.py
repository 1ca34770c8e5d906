"""Tests for language/repair.py: finite verbs coordinated with a to-infinitive, names read as
conjuncts, objects read as predicatives."""

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


# "The union, the Korean Confederation, called a strike", parsed with the name a conjunct of "union".
NAMED_WORDS = ["The", "union", ",", "the", "Korean", "Confederation", ",", "called", "a", "strike"]
NAMED_HEADS = [1, 7, 1, 5, 5, 1, 1, 7, 9, 7]
NAMED_DEPS = ["det", "nsubj", "punct", "det", "compound", "conj", "punct", "ROOT", "det", "dobj"]
NAMED_TAGS = ["DT", "NN", ",", "DT", "NNP", "NNP", ",", "VBD", "DT", "NN"]
NAMED_POS = ["DET", "NOUN", "PUNCT", "DET", "PROPN", "PROPN", "PUNCT", "VERB", "DET", "NOUN"]


def _named(blank_nlp: Any, words: list[str] = NAMED_WORDS, heads: list[int] = NAMED_HEADS,
           deps: list[str] = NAMED_DEPS, tags: list[str] = NAMED_TAGS, pos: list[str] = NAMED_POS) -> Any:
    return Doc(blank_nlp.vocab, words=words, heads=heads, deps=deps, tags=tags, pos=pos,
               sent_starts=[True] + [False] * (len(words) - 1))


def test_repair_a_name_set_off_by_commas_renames_the_noun(blank_nlp: Any) -> None:
    assert mend(_named(blank_nlp))[5].dep_ == "appos"


def test_repair_a_name_in_a_list_stays_a_conjunct(blank_nlp: Any) -> None:
    """"The union, the Confederation and …": a coordinating word makes it a list."""
    words = [*NAMED_WORDS[:6], "and", *NAMED_WORDS[7:]]
    deps = [*NAMED_DEPS[:6], "cc", *NAMED_DEPS[7:]]
    tags = [*NAMED_TAGS[:6], "CC", *NAMED_TAGS[7:]]
    pos = [*NAMED_POS[:6], "CCONJ", *NAMED_POS[7:]]
    heads = [*NAMED_HEADS[:6], 5, *NAMED_HEADS[7:]]
    assert mend(_named(blank_nlp, words, heads, deps, tags, pos))[5].dep_ == "conj"


def test_repair_a_common_noun_after_a_comma_stays_a_conjunct(blank_nlp: Any) -> None:
    """"Police, soldiers": two common nouns are a list the writer left the "and" out of."""
    tags = [*NAMED_TAGS[:4], "NN", "NNS", *NAMED_TAGS[6:]]
    pos = [*NAMED_POS[:4], "NOUN", "NOUN", *NAMED_POS[6:]]
    assert mend(_named(blank_nlp, tags=tags, pos=pos))[5].dep_ == "conj"


@pytest.mark.parametrize(("words", "heads", "deps", "tags", "pos", "expected"), [
    # "The union called an indefinite strike": no object for "strike" to be said of
    (["The", "union", "called", "an", "indefinite", "strike"], [1, 2, 2, 5, 5, 2],
     ["det", "nsubj", "ROOT", "det", "amod", "oprd"], ["DT", "NN", "VBD", "DT", "JJ", "NN"],
     ["DET", "NOUN", "VERB", "DET", "ADJ", "NOUN"], "dobj"),
    # "They called the vote a farce": "a farce" is said of the vote
    (["They", "called", "the", "vote", "a", "farce"], [1, 1, 3, 1, 5, 1],
     ["nsubj", "ROOT", "det", "dobj", "det", "oprd"], ["PRP", "VBD", "DT", "NN", "DT", "NN"],
     ["PRON", "VERB", "DET", "NOUN", "DET", "NOUN"], "oprd"),
    # "He was called a traitor": said of the passive subject
    (["He", "was", "called", "a", "traitor"], [2, 2, 2, 4, 2],
     ["nsubjpass", "auxpass", "ROOT", "det", "oprd"], ["PRP", "VBD", "VBN", "DT", "NN"],
     ["PRON", "AUX", "VERB", "DET", "NOUN"], "oprd"),
])
def test_repair_a_predicative_noun_needs_something_to_be_said_of(
        blank_nlp: Any, words: list[str], heads: list[int], deps: list[str], tags: list[str], pos: list[str],
        expected: str) -> None:
    doc = Doc(blank_nlp.vocab, words=words, heads=heads, deps=deps, tags=tags, pos=pos,
              sent_starts=[True] + [False] * (len(words) - 1))
    assert mend(doc)[len(words) - 1].dep_ == expected


def test_repair_the_named_union_calls_the_strike() -> None:
    """End to end: one party, the confederation the appositive names, calls the strike."""
    article = eventmill.extract("The country's largest umbrella union, the Korean Confederation of Trade Unions, "
                                "called an indefinite general strike on Wednesday.", date="2024-12-04")
    strikes = [e for e in article.events if e.type == "PROTEST"]
    assert [e.actor.name if e.actor else None for e in strikes] == ["Korean Confederation of Trade Unions"]


# "The regional bloc ECOWAS condemned the coup", as the small model may parse it: "bloc" the root,
# "ECOWAS condemned the coup" a clause describing it.
BLOC_WORDS = ["The", "regional", "bloc", "ECOWAS", "condemned", "the", "coup"]
BLOC_DEPS = ["det", "amod", "ROOT", "nsubj", "relcl", "det", "dobj"]
BLOC_POS = ["DET", "ADJ", "NOUN", "PROPN", "VERB", "DET", "NOUN"]


@pytest.mark.parametrize(("name", "tag", "root"), [
    ("ECOWAS", "NNS", "condemned"),  # an acronym, however tagged
    ("ECOWAS", "VBD", "condemned"),
    ("Ecowas", "NNP", "condemned"),  # a proper name
    ("Ecowas", "NNS", "bloc"),  # a plural common noun may head a reduced relative ("the deal leaders signed")
])
def test_repair_a_name_after_a_root_noun_is_its_name_and_the_clause_the_sentence(
        blank_nlp: Any, name: str, tag: str, root: str) -> None:
    words = [*BLOC_WORDS[:3], name, *BLOC_WORDS[4:]]
    doc = Doc(blank_nlp.vocab, words=words, heads=[2, 2, 2, 4, 2, 6, 4], deps=BLOC_DEPS, pos=BLOC_POS,
              tags=["DT", "JJ", "NN", tag, "VBD", "DT", "NN"], sent_starts=[True] + [False] * 6)
    mended = mend(doc)
    assert next(t.text for t in mended if t.dep_ == "ROOT") == root
    if root == "condemned":
        assert (mended[2].dep_, mended[2].head.text) == ("nsubj", "condemned")
        assert (mended[3].dep_, mended[3].head.text) == ("appos", "bloc")


def test_repair_the_bloc_condemns_the_coup() -> None:
    """End to end: the named bloc condemns."""
    article = eventmill.extract("The regional bloc ECOWAS condemned the coup.", date="2023-07-27")
    assert [(e.type, e.actor.name if e.actor else None) for e in article.events] == [("ACCUSE", "ECOWAS")]


@pytest.mark.parametrize(("text", "expected"), [
    # a noun joined to the object right before a verb of its own is that verb's subject
    ("Rebels attacked the base and soldiers killed ten of them.", {("ASSAULT", "Rebels"), ("ASSAULT", "soldiers")}),
    ("Hamas fired rockets and Israel responded with air strikes.", {("ASSAULT", "Hamas"), ("ASSAULT", "Israel")}),
    # a participle after the joined nouns describes them ("weapons and ammunition stored in the house")
    ("Troops seized weapons and ammunition stored in the house.", {("COERCE", "Troops")}),
])
def test_repair_a_noun_joined_to_the_object_before_a_verb_is_its_subject(
        text: str, expected: set[tuple[str, str]]) -> None:
    events = eventmill.extract(text, date="2024-04-10").events
    assert {(e.type, e.actor.name if e.actor else None) for e in events} == expected


# "Protesters stormed parliament and police shot 22 people", as the small model may parse it:
# "parliament and police" the subject of a clause "shot…" hung under "stormed".
DEED_WORDS = ["Protesters", "stormed", "parliament", "and", "police", "shot", "22", "people"]
DEED_HEADS = [1, 1, 5, 2, 2, 1, 7, 5]
DEED_DEPS = ["nsubj", "ROOT", "nsubj", "cc", "conj", "ccomp", "nummod", "dobj"]
DEED_TAGS = ["NNS", "VBD", "NN", "CC", "NNS", "VBD", "CD", "NNS"]


@pytest.mark.parametrize(("verb", "lemma", "mended"), [("stormed", "storm", True), ("said", "say", False)])
def test_repair_a_clause_under_a_deed_is_a_second_clause(blank_nlp: Any, verb: str, lemma: str,
                                                         mended: bool) -> None:
    """Under a deed ("stormed") the first noun is the object and the second the clause's subject;
    under a verb of saying the clause stands ("said parliament and police shot…")."""
    words = [DEED_WORDS[0], verb, *DEED_WORDS[2:]]
    lemmas = ["protester", lemma, "parliament", "and", "police", "shoot", "22", "people"]
    doc = Doc(blank_nlp.vocab, words=words, heads=DEED_HEADS, deps=DEED_DEPS, tags=DEED_TAGS, lemmas=lemmas,
              sent_starts=[True] + [False] * 7)
    doc = mend(doc, is_deed=lambda lemma: lemma == "storm")
    parsed = [(doc[2].dep_, doc[2].head.text), (doc[4].dep_, doc[4].head.text), (doc[5].dep_, doc[5].head.text)]
    if mended:
        assert parsed == [("dobj", "stormed"), ("nsubj", "shot"), ("conj", "stormed")]
    else:
        assert parsed == [("nsubj", "shot"), ("conj", "parliament"), ("ccomp", verb)]


@pytest.mark.parametrize(("text", "expected"), [
    # after ", and", a verb with no subject continues the main clause, not the clause of time
    (("China raised its tariffs on U.S. goods to 84 percent on Wednesday, hitting back hours after Washington's "
      "latest levies took effect, and vowed to fight to the end."), "China"),
])
def test_repair_a_verb_after_a_clause_of_time_continues_the_main_clause(text: str, expected: str) -> None:
    events = eventmill.extract(text, date="2025-04-10").events
    vow = next(e for e in events if e.type == "THREATEN")
    assert vow.actor is not None and vow.actor.name == expected



@pytest.mark.parametrize(("text", "expected"), [
    # a past tense cannot share a gerund's preposition: the recall is the government's act, not the charge
    ("Congo's government accused Rwanda of violating its sovereignty and recalled its ambassador from Kigali.",
     ("SANCTION", "government", "asserted")),
    ("The opposition accused the president of rigging the vote and called for new elections.",
     ("REQUEST", "opposition", "asserted")),
    # nor a reported verb's "would": the speaker urged, not the subject of what was foretold
    ("The minister said the army would withdraw and urged citizens to stay calm.",
     ("REQUEST", "minister", "asserted")),
])
def test_repair_a_finite_verb_after_a_gerund_is_the_main_clauses(text: str, expected: tuple[str, str, str]) -> None:
    events = eventmill.extract(text, date="2025-01-20").events
    second = next(e for e in events if e.type == expected[0])
    assert (second.type, second.actor.name if second.actor else None, second.modality) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a name with its own "and" before a titled name is its conjunct, not a modifier inside it
    ("The prosecutor accused Netanyahu and Defence Minister Yoav Gallant of war crimes.",
     "Benjamin Netanyahu and Yoav Gallant"),
])
def test_repair_a_name_before_and_a_titled_name_is_its_conjunct(text: str, expected: str) -> None:
    events = eventmill.extract(text, date="2024-05-21").events
    accusation = next(e for e in events if e.type == "ACCUSE")
    assert accusation.recipient is not None and accusation.recipient.name == expected


@pytest.mark.parametrize(("text", "actor"), [
    # "had" before a participle modifying the next noun is its auxiliary, not possession
    (("The defence ministry said that since Saturday it had scrambled jets, dispatched navy vessels and put "
      "missile systems on alert."), "defence ministry"),
    ("The army said it had scrambled jets, dispatched navy vessels and put missile systems on alert.", "army"),
])
def test_repair_have_before_a_participle_read_as_an_adjective_is_its_auxiliary(text: str, actor: str) -> None:
    events = eventmill.extract(text, date="2023-04-10").events
    mobilized = next(e for e in events if e.type == "MOBILIZE")
    assert mobilized.actor is not None and mobilized.actor.name == actor
