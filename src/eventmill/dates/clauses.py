"""Read from the parse which clause a time belongs to and how clauses' times relate.

News sentences pack several happenings into one sentence and name the time once: "stormed and
torched the consulate late on Wednesday", "expelled the envoy on Tuesday, accusing Mexico…",
"came a day after troops opened fire". These helpers answer three questions about a spaCy parse
so that `dates.assign` can give each event the right one of the sentence's times:

- which predicate a temporal expression modifies (`governing_predicate`);
- which clauses are told as happening together with an event (`simultaneous`);
- whether an event is measured from another clause, by how many days (`offset`).
"""

from __future__ import annotations

from collections.abc import Collection, Iterator
from dataclasses import dataclass
from typing import Any

from eventmill.dates.words import default_words
from eventmill.events.predicates import one_of_a_kind
from eventmill.language.tokens import DATING_MARKERS, ranked

# Units of "N units after/before X", in days; hours, minutes and moments keep the other clause's day.
OFFSET_DAYS = {"day": 1, "week": 7, "hour": 0, "minute": 0, "moment": 0}
# Adverbs that measure two clauses as the same day: "shortly after the vote".
SAME_DAY_ADVERBS = frozenset({"shortly", "soon", "immediately", "just", "right"})
# Auxiliaries that put a clause's time ahead: "will meet on Sunday", "would visit in June".
FUTURE_AUXILIARIES = frozenset({"will", "would", "shall", "'ll", "wo"})
# Subordinators of a clause that happens at the same time as its main clause.
SIMULTANEOUS_MARKERS = frozenset({"when", "as", "while"})
# Subordinators of a clause of time: in the present tense under a future, it is future too ("since"
# looks back).
TIME_CONJUNCTIONS = (SIMULTANEOUS_MARKERS | DATING_MARKERS | {"once"}) - {"since"}
_CLAUSE_ARGUMENTS = frozenset({"nsubj", "nsubjpass", "dobj"})
# Links inside a noun phrase, climbed from an event noun to the phrase's head ("days of talks").
_NOUN_PHRASE_LINKS = frozenset({"pobj", "prep", "compound", "conj"})
_MAX_NOUN_PHRASE = 4
# Links by which a date modifies the noun it names part of.
_NAME_PARTS = frozenset({"det", "compound", "nummod", "nmod", "amod"})
_MAX_CLIMB = 8


@dataclass(frozen=True)
class Offset:
    """An event dated from another clause: its date is the other clause's moved by `days`.

    Attributes:
        other: the head token of the clause the event is measured from.
        days: signed days from the other clause to the event ("three days after X" is +3).
        other_is_main: True when the other clause is the main one ("X came a day after the
            event"); False when the event's own clause is ("the event came a day after X").
    """

    other: Any
    days: int
    other_is_main: bool


def governing_predicate(words: Any, triggers: Collection[int], scheduling: Collection[str] = frozenset()) -> Any | None:
    """The event trigger or verb a temporal expression (a spaCy Span) modifies.

    Climbs from the expression to the nearest trigger or verb. A subjectless participle hanging
    from another verb or describing a noun is passed over ("launched the drills, code-named X, on Saturday": the time
    is the launch's), because such a participle describes, and shares the time of, its main verb.
    A time between a verb and its complement's subject belongs to the verb, whatever the parser
    says ("said on Wednesday he would withdraw the bill": the saying was on Wednesday). A time a
    participle of `scheduling` sets is the participle's ("talks scheduled for Monday").
    """
    if scheduled_for(words, words.root.head.head, scheduling):
        return words.root.head.head  # "talks scheduled for Monday": the time is what they were set for
    predicate = _climb(words.root, triggers)
    if predicate is None or predicate.dep_ != "ccomp":
        return predicate
    subject = next((c for c in predicate.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is not None and predicate.head.i < words.start and words.end <= subject.i:
        return predicate.head
    return predicate


def _climb(token: Any, triggers: Collection[int]) -> Any | None:
    node = token
    for _ in range(_MAX_CLIMB):
        if node.i in triggers:
            return node
        if node.pos_ in ("VERB", "AUX") and node != token:
            if _bare_participle(node) and node.head != node:
                node = node.head
                continue
            return node
        if node.head == node:
            return node if node.pos_ == "VERB" else None
        node = node.head
    return None


def in_a_kind(words: Any) -> bool:
    """Whether a time only bounds the kind an event is one of ("in one of the deadliest attacks on
    the army this year"): it says when the others happened, not when this one did."""
    for noun in words.root.ancestors:
        if noun.pos_ in ("VERB", "AUX"):
            return False
        if one_of_a_kind(noun):
            return True
    return False


def names_a_thing(words: Any, triggers: Collection[int], event_nouns: Collection[str]) -> bool:
    """Whether a date is part of a name ("at the 5 November dam", "the 26 July Movement", "the
    disputed October election") or a possessive that dates a thing ("last month's election").

    Such a date modifies a noun that follows it inside one determined noun phrase, and the noun
    is no event: "the 30 October attack" is still the attack's time, unless the attack is only
    the topic of another noun ("denies any role in the April 22 attack").
    """
    outside = {t.head for t in words if not (words.start <= t.head.i < words.end)}
    if len(outside) != 1:
        return False
    head = outside.pop()
    if head.i < words.end or head.i in triggers or head.pos_ not in ("NOUN", "PROPN"):
        return False
    eventful = head.lemma_.lower() in event_nouns or head.lower_ in event_nouns
    if words.root.dep_ == "poss" and not eventful:
        return True  # "the results of last month's election": the election's time ("Sunday's attack" is the act's)
    if eventful and not hung_on_a_noun(head):
        return False
    if any(t.dep_ not in _NAME_PARTS for t in words if t.head == head):
        return False
    first = words.start - 1 if words.start > 0 and words[0].dep_ != "det" else words.start
    while first > 0 and words.doc[first].dep_ in ("amod", "compound") and words.doc[first].head == head:
        first -= 1  # "the disputed October election"
    return words.doc[first].dep_ == "det" and words.doc[first].head == head


def hung_on_a_noun(noun: Any) -> bool:
    """"any role in the April 22 attack": an event noun in a phrase of another noun is a topic,
    whose date is its own, not the time of the clause around it."""
    return noun.dep_ == "pobj" and noun.head.head.pos_ in ("NOUN", "PROPN")


def starts_a_span(words: Any, holder: Any) -> bool:
    """Whether a time only opens a span that runs to now ("has surrounded El Fasher since April",
    "since the demonstrations began in September"): it is no time the story is at, so the
    sentences after it do not take it."""
    if words.root.dep_ == "pobj" and words.root.head.lower_ == "since":
        return True
    return any(c.dep_ == "mark" and c.lower_ == "since" for c in holder.children)


def compares_since(words: Any) -> bool:
    """Whether a time only bounds a comparison ("the largest protest since 2019", "the first
    strike on the capital since 2006"): the event is not of that time."""
    since = words.root.head
    if words.root.dep_ != "pobj" or since.lower_ != "since":
        return False
    # the parser may hang the phrase on the verb: "staged the largest protest since 2019"
    compared = [since.head] if since.head.pos_ == "NOUN" else [c for c in since.head.children if c.dep_ == "dobj"]
    return any(ranked(noun) for noun in compared)


def looks_ahead(predicate: Any) -> bool:
    """Whether a predicate is told as still to come ("will meet", "would visit"), also in the
    present tense of a clause of time under one ("would step down when his term ends on April 2")."""
    if any(child.dep_ == "aux" and child.lower_ in FUTURE_AUXILIARIES for child in predicate.children):
        return True
    return (predicate.dep_ == "advcl" and predicate.tag_ in ("VBZ", "VBP")
            and any(c.dep_ in ("mark", "advmod") and c.lower_ in TIME_CONJUNCTIONS for c in predicate.children)
            and predicate.head != predicate and looks_ahead(predicate.head))


def scheduled_for(words: Any, predicate: Any, scheduling: Collection[str]) -> bool:
    """Whether a time is what something was scheduled for ("local elections scheduled for July",
    "postponed to a date set for next year"): a time still to come, never the story's."""
    return (predicate.tag_ == "VBN" and predicate.lemma_.lower() in scheduling
            and words.root.dep_ == "pobj" and words.root.head.lower_ == "for" and words.root.head.head == predicate
            and words.root.head.dep_ == "prep")


def is_attribution(predicate: Any) -> bool:
    """Whether a predicate lies inside an "according to" phrase, which names a source's time."""
    return any(a.lower_ == "according" for a in predicate.ancestors)


def in_relative_clause(predicate: Any) -> bool:
    """Whether a predicate describes a noun ("who had been seized on Monday") rather than
    telling the sentence's story."""
    return any(t.dep_ == "relcl" for t in [predicate, *predicate.ancestors])


def simultaneous(trigger: Any) -> Iterator[Any]:
    """Clauses below an event told as the same happening: coordinated verbs ("stormed and
    torched…") and "when"/"as"/"while" clauses ("killed 40 when they overran a post")."""
    for child in trigger.children:
        if child.dep_ == "conj" and child.pos_ in ("VERB", "AUX"):
            yield child
        elif child.dep_ == "advcl" and any(c.dep_ in ("mark", "advmod") and c.lower_ in SIMULTANEOUS_MARKERS
                                           for c in child.children):
            yield child


def offset(trigger: Any) -> Offset | None:
    """How an event is measured from another clause of its sentence, if it is.

    Forward: the event's clause is the measured one ("three days after fighters attacked the
    post", "a day after the attack", "shortly before talks ended", the trigger being the verb,
    the noun after "after", or the subject or object of the measured verb). Reverse: the event is
    the main clause and the measured clause hangs from it ("hours after the vote, X resigned").
    """
    for clause in _clauses_of(trigger):
        measured = _measure(clause)
        if measured is not None and measured[0] != trigger:
            return Offset(measured[0], measured[1], other_is_main=True)
    for child in trigger.children:
        below = [child] if child.dep_ == "advcl" else [c for c in child.children if c.dep_ == "pobj"]
        for clause in below:
            measured = _measure(clause)
            if measured is not None and measured[0] == trigger:
                return Offset(clause, -measured[1], other_is_main=False)
    return None


def _clauses_of(trigger: Any) -> list[Any]:
    """The event's own clause: its verb, or for an event noun the verb it is subject or object of
    ("decreed a mobilisation two days before", "two days of talks ended shortly after")."""
    if trigger.pos_ not in ("NOUN", "PROPN"):
        return [trigger]
    node = trigger
    for _ in range(_MAX_NOUN_PHRASE):
        if node.dep_ in _CLAUSE_ARGUMENTS and node.head.pos_ == "VERB":
            return [trigger, node.head]
        if node.dep_ not in _NOUN_PHRASE_LINKS or node.head == node:
            break
        node = node.head
    return [trigger]


def _measure(clause: Any) -> tuple[Any, int] | None:
    """The main clause a clause is measured from and the signed days from main to clause."""
    marker = next((c for c in clause.children if c.dep_ == "mark" and c.lower_ in ("after", "before")), None)
    if marker is not None:
        main, amounts = clause.head, [*clause.children, *marker.children]
    elif clause.dep_ == "pobj" and clause.head.lower_ in ("after", "before"):
        marker = clause.head
        main, amounts = marker.head, list(marker.children)
    else:
        return None
    if main == clause:
        return None
    # "came a day after …": the amount may hang from the main verb, between it and the marker.
    amounts += [c for c in main.children if main.i < c.i < marker.i]
    days = _amount(amounts)
    if days is None:
        return None
    return main, -days if marker.lower_ == "after" else days


def _amount(words: list[Any]) -> int | None:
    unit = next((w for w in words if w.dep_ == "npadvmod" and w.lemma_.lower() in OFFSET_DAYS), None)
    if unit is not None:
        count = next((_small_number(c.lower_) for c in unit.children if c.dep_ == "nummod"), 1) or 1
        return OFFSET_DAYS[unit.lemma_.lower()] * count
    if any(w.dep_ == "advmod" and w.lower_ in SAME_DAY_ADVERBS for w in words):
        return 0
    return None


def _small_number(word: str) -> int | None:
    return int(word) if word.isdigit() else default_words().number_words.get(word)


def _describes_a_subject(noun: Any) -> bool:
    """Whether a noun is, or is inside "a group of", the subject of its clause."""
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head != noun.head:
        noun = noun.head.head
    return noun.dep_ in ("nsubj", "nsubjpass")


def _bare_participle(verb: Any) -> bool:
    """A participle with no subject, auxiliary or subordinator of its own, hanging from a verb
    or describing its subject ("a group of Colombians dressed as soldiers on 28 April kidnapped…",
    where the parser hangs the time on the description)."""
    if verb.dep_ not in ("advcl", "acl") or verb.tag_ not in ("VBN", "VBG"):
        return False
    if verb.dep_ == "acl" and not _describes_a_subject(verb.head):
        return False  # "according to a statement read late on Sunday": the time is the statement's
    own = ("mark", "nsubj", "nsubjpass", "aux", "auxpass")
    return not any(child.dep_ in own for child in verb.children)
