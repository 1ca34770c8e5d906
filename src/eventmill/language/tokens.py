"""Facts about spaCy tokens that several stages need.

spaCy's English tokenizer splits a hyphenated word at its hyphens ("hostage-taking" is
"hostage", "-", "taking"), while our dictionaries list such words whole. A clause that dates
an event by another ("after six hostages were found dead") tells that other event's toll and
place, not this one's.
"""

from __future__ import annotations

import re
from itertools import pairwise
from typing import Any

# A clock time as wires write it: "1515", "0500", "10:30".
CLOCK_TIME = re.compile(r"(?:[01]\d|2[0-3])(?::?[0-5]\d)")
# Words a clock time follows ("at 0400 GMT", "about 0930 [1530 GMT]").
CLOCK_OPENERS = frozenset({"at", "(", "[", "about", "approximately", "around"})
# Tags of a verb with a tense of its own ("summoned", "summons", "summon"), not a participle or
# the bare form after "to" or a modal.
TENSED_TAGS = frozenset({"VBD", "VBZ", "VBP"})
# Subordinators of a clause that tells another event before or after the sentence's own.
DATING_MARKERS = frozenset({"after", "before", "since", "until"})
# Subordinators that set one clause against another: "seized the town, while a bomb killed five".
CONTRAST_MARKERS = frozenset({"while", "whereas"})
# Markers of a condition ("if they attack", "unless Baghdad accepts").
CONDITION_MARKERS = frozenset({"if", "unless"})
# Nouns that with their prepositions only say "because of": "as a result of", "as a consequence of".
CAUSE_NOUNS = frozenset({"result", "consequence"})
# Words that rank an act among others ("the first strike", "the latest attack"); superlatives
# ("the deadliest", "the highest-level") are known by their tag.
RANKING_WORDS = frozenset({"first", "second", "third", "fourth", "fifth", "last", "latest"})


def sums_up(noun: Any) -> bool:
    """Whether a noun phrase after a comma ranks what its sentence told: "killed 20 villagers on
    Sunday, the deadliest attack this year", "met McCarthy on Wednesday, the highest-level meeting
    in decades". Such a phrase names no new event and no victim."""
    first = noun.left_edge
    if first.i == 0 or first.lower_ != "the" or noun.doc[first.i - 1].text != ",":
        return False
    return ranked(noun)


def ranked(noun: Any) -> bool:
    """Whether a noun is ranked among others by a word before it: "the deadliest attack", "the
    first strike", "the highest-level meeting"."""
    return any(t.tag_ in ("JJS", "RBS") or t.lower_ in RANKING_WORDS for t in noun.doc[noun.left_edge.i : noun.i])


def told_there(verb: Any) -> bool:
    """Whether a verb is placed by "there", which points at a place named before it ("fled to
    Lithuania and has been given refuge there")."""
    return any(c.dep_ == "advmod" and c.lower_ == "there" for c in verb.children)


def clock_zone(token: Any) -> bool:
    """Whether a word follows a clock time ("at 1515 GMT", "(0500 GMT)"): a time zone. A year may
    look like a clock ("in 2014 NATO"), so the time must be told as one: after "at", "about" or
    the like, or inside brackets."""
    doc = token.doc
    if token.i < 2 or CLOCK_TIME.fullmatch(doc[token.i - 1].text) is None:
        return False
    return doc[token.i - 2].lower_ in CLOCK_OPENERS or token.i + 1 < len(doc) and doc[token.i + 1].text in (")", "]")


def modified_noun(token: Any) -> Any | None:
    """The noun a name stands in front of as its modifier or possessor: "embassy" in "the U.S.
    embassy" and in "Israel's embassy"; None when the name heads its own phrase."""
    if token.dep_ == "case":  # "'s"
        token = token.head
    return token.head if token.dep_ in ("compound", "poss", "amod") and token.head != token else None


def marked(clause: Any, markers: frozenset[str]) -> bool:
    """Whether a clause is opened by one of these subordinators ("after", "if", "that")."""
    return any(c.dep_ == "mark" and c.lower_ in markers for c in clause.children)


def misread_infinitive(clause: Any) -> bool:
    """Whether an adverbial clause is a bare to-infinitive that stands for its verb's object: the
    complement of "have sworn to fight", which the parser may hang as an adverbial clause. With a
    subject or subordinator of its own, or after an object, it is a purpose: "scheduled a strike to
    protest the attack"."""
    return clause.dep_ == "advcl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children) \
        and not any(c.dep_ in ("nsubj", "nsubjpass", "mark") for c in clause.children) \
        and not any(c.dep_ == "dobj" for c in clause.head.children)


def caused_verb(noun: Any) -> Any | None:
    """The verb whose cause a noun is told as: "died as a result of torture" → died."""
    if noun.dep_ != "pobj" or noun.head.lower_ != "of":
        return None
    cause = noun.head.head
    if cause.tag_ != "NN" or cause.lemma_.lower() not in CAUSE_NOUNS or cause.dep_ != "pobj":
        return None
    prep = cause.head
    return prep.head if prep.lower_ == "as" and prep.dep_ == "prep" and prep.head.pos_ == "VERB" else None


def dating_clause(token: Any) -> bool:
    """Whether a token heads a clause that dates its head by another event ("after they fled")."""
    return token.dep_ == "advcl" and marked(token, DATING_MARKERS)


def contrasted_clause(token: Any) -> bool:
    """Whether a token heads a clause set against its head with a subject of its own: "Taliban
    fighters seized a district centre, while a bomb killed five people" tells two happenings
    ("killed a guard while fleeing" tells one)."""
    return token.dep_ == "advcl" and marked(token, CONTRAST_MARKERS) and any(
        c.dep_ in ("nsubj", "nsubjpass") for c in token.children)


def hyphen_joined(first: Any, second: Any) -> bool:
    """Whether two tokens are the halves of one hyphenated word ("hostage" and "taking")."""
    hyphen = first.i + 1
    return (second.i == first.i + 2 and not first.whitespace_ and first.doc[hyphen].text == "-"
            and not first.doc[hyphen].whitespace_)


def starts_hyphenated_word(token: Any) -> bool:
    """Whether a token is the first half of a hyphenated word ("hostage" in "hostage-taking")."""
    return token.i + 2 < len(token.doc) and hyphen_joined(token, token.doc[token.i + 2])


def hyphenated_word(token: Any) -> Any | None:
    """The whole hyphenated word a token ends ("hostage-takers" for "takers"), or None."""
    if token.i < 2 or not hyphen_joined(token.doc[token.i - 2], token):
        return None
    return token.doc[token.i - 2 : token.i + 1]


def words_text(words: list[Any]) -> str:
    """Words in text order, spaced as far as the text allows: "anti-government protesters",
    not "anti - government protesters", when the hyphen itself is not among them."""
    text = words[0].text
    for before, word in pairwise(words):
        adjacent = word.i == before.i + 1 and not before.whitespace_
        text += ("" if adjacent else "-" if hyphen_joined(before, word) else " ") + word.text
    return text
