"""Find the event-bearing predicates of a parsed sentence and code them with the lexicon.

A predicate is a verb ("condemned"), a phrasal verb ("pulled out"), a verb whose object decides
("lift the embargo" vs "impose an embargo"), a light verb with an event noun ("held talks",
"launched a bombing campaign"), or an event noun on its own ("the meeting", "talks between").
Each becomes a `Frame`: the coding plus the tokens that roles, modality and counts read.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from eventmill.events.lexicon import Coding, PredicateEntry, PredicateLexicon

OBJECT_DEPS = frozenset({"dobj", "obj", "attr"})
PASSIVE_SUBJECT_DEPS = frozenset({"nsubjpass", "csubjpass"})
# Hostile types: a promise or vow to do one of these is a threat, not an agreement.
CONFLICT_TYPES = frozenset({"ASSAULT", "COERCE", "SANCTION", "MOBILIZE", "THREATEN", "REJECT", "PROTEST"})


@dataclass(frozen=True)
class Frame:
    """One coded predicate in a sentence.

    Attributes:
        anchor: the token that carries the event (the verb, or the noun of a nominal event).
        verb: the governing verb for light-verb frames ("held" in "held talks"), else the anchor
            when it is a verb, else None.
        noun: the event noun of light-verb and nominal frames.
        kind: "verb", "light" (a light verb with an event noun) or "noun".
    """

    coding: Coding
    anchor: Any
    verb: Any | None
    noun: Any | None
    kind: str

    @property
    def tokens(self) -> set[int]:
        return {t.i for t in (self.anchor, self.verb, self.noun) if t is not None}


def find_frames(span: Any, lexicon: PredicateLexicon) -> list[Frame]:
    """Every coded predicate of a sentence span, verbs first, then free-standing event nouns."""
    frames = list(_verb_frames(span, lexicon))
    used = set().union(*(frame.tokens for frame in frames)) if frames else set()
    for token in span:
        if token.i in used or token.pos_ not in ("NOUN", "PROPN"):
            continue
        coding = noun_coding(token, lexicon)
        if coding is not None:
            frames.append(Frame(coding, token, None, token, "noun"))
            used.update(c.i for c in token.children if c.dep_ == "compound")
    return sorted(frames, key=lambda f: f.anchor.i)


def noun_coding(token: Any, lexicon: PredicateLexicon) -> Coding | None:
    """The coding of an event noun, trying "rocket fire"-style compounds before the lemma alone."""
    compounds = [c for c in token.children if c.dep_ == "compound"]
    modifiers = [c for c in token.children if c.dep_ in ("compound", "amod")]
    for modifier in modifiers:
        entry = lexicon.noun(f"{modifier.lemma_} {token.lemma_}")
        if entry and entry.coding:
            return entry.coding
    entry = lexicon.noun(token.lemma_) or lexicon.noun(token.text)
    if entry and entry.coding:
        return entry.coding
    for modifier in compounds:
        entry = lexicon.noun(modifier.lemma_)
        if entry and entry.coding and modifier.pos_ == "NOUN":
            return entry.coding
    return None


def _verb_frames(span: Any, lexicon: PredicateLexicon) -> Iterator[Frame]:
    for token in span:
        if token.pos_ != "VERB":
            continue
        entry = lexicon.verb(token.lemma_)
        objects = [c for c in token.children if c.dep_ in OBJECT_DEPS | PASSIVE_SUBJECT_DEPS]
        if entry is not None:
            coding, noun = _verb_coding(token, entry, objects, lexicon)
            if coding is not None:
                yield Frame(coding, token, token, noun, "verb")
                continue
            if objects and any(lemma in entry.objects for o in objects for lemma in _object_lemmas(o)):
                continue  # the lexicon says: this verb with this object is no event
        if token.lemma_.lower() in lexicon.light_verbs:
            for noun in objects:
                coding = noun_coding(noun, lexicon)
                if coding is not None:
                    yield Frame(coding, token, token, noun, "light")
                    break


def _verb_coding(token: Any, entry: PredicateEntry, objects: list[Any],
                 lexicon: PredicateLexicon) -> tuple[Coding | None, Any | None]:
    """The coding a verb takes in its frame: object, then particle, then preposition, then plain.

    The object is read as its head noun, its "of" complement ("5 million dollars of aid") and
    its compound ("aid convoys"), so the noun that says what was given or cut is found.
    """
    for obj in objects:
        for lemma in _object_lemmas(obj):
            if lemma in entry.objects:
                return entry.objects[lemma], obj
    for child in token.children:
        if child.dep_ in ("prt", "prep", "advmod") and child.lemma_.lower() in entry.particles:
            return entry.particles[child.lemma_.lower()], None
    for child in token.children:
        if child.dep_ == "prep" and child.lemma_.lower() in entry.preps:
            return entry.preps[child.lemma_.lower()], None
    if entry.conflict_complement is not None and _complement_is_hostile(token, lexicon):
        return entry.conflict_complement, None
    return entry.coding, None


def _object_lemmas(obj: Any) -> list[str]:
    lemmas = [obj.lemma_.lower()]
    for child in obj.children:
        if child.dep_ == "compound":
            lemmas.append(child.lemma_.lower())
        elif child.dep_ == "prep" and child.lower_ == "of":
            lemmas.extend(c.lemma_.lower() for c in child.children if c.dep_ == "pobj")
    return lemmas


def _complement_is_hostile(token: Any, lexicon: PredicateLexicon) -> bool:
    """Whether the verb's to-clause names a hostile act ("vowed to retaliate")."""
    for child in token.children:
        if child.dep_ in ("xcomp", "ccomp") and child.pos_ == "VERB":
            entry = lexicon.verb(child.lemma_)
            if entry and entry.coding and entry.coding.type in CONFLICT_TYPES:
                return True
    return False
