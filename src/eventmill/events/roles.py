"""Read an event's actor and recipient (PLOVER's names for CAMEO's source and target) from syntax.

The actor is the subject of an active verb, the "by"-agent of a passive one, or, for an event
noun, its possessor, "by"/"from" phrase or nationality adjective ("Israeli strikes"). The
recipient is the object, the passive subject, or a phrase with one of the type's recipient
prepositions ("condemned X", "X was attacked", "talks with X", "a campaign against X").
Coordinated arguments ("Hamas and other militants") become one compound actor.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import replace
from typing import Any

from eventmill.events.lexicon import PredicateLexicon
from eventmill.events.predicates import OBJECT_DEPS, PASSIVE_SUBJECT_DEPS, Frame
from eventmill.model import Actor, Mention

SUBJECT_DEPS = frozenset({"nsubj", "csubj"})
# Dependents that share their governor's subject when they have none of their own.
SUBJECT_SHARING_DEPS = frozenset({"xcomp", "advcl", "conj", "pcomp", "acl", "acomp"})
# Types whose "we" is the speaker together with a partner.
JOINT_TYPES = frozenset({"CONSULT", "AGREE", "COOPERATE"})
FIRST_PERSON_PLURAL = frozenset({"we", "us"})
# Links from a reported clause up to the clause that reports it.
REPORTED_DEPS = frozenset({"ccomp", "xcomp", "conj", "advcl", "parataxis"})
RELATIVE_PRONOUNS = frozenset({"which", "who", "that", "whom"})
AGENT_PREPS = ("by", "from")
# Where a phrase naming no actor itself holds one, and how deep to look ("tens of thousands of students").
NAMING_DEPS = ("appos", "poss", "compound")
DESCRIBING_DEPS = ("amod", "nmod")
INNER_PREPS = ("of", "by", "from", "between", "in", "among", "at")
INNER_DEPTH = 3
# How deep a phrase that merely sits in the clause is searched ("in defiance of the authorities").
LOOSE_DEPTH = 1
# Markers of a condition: a threat's condition names whom it threatens ("unless Baghdad accepts").
CONDITION_MARKERS = frozenset({"if", "unless"})
# Verbs whose passive subject takes part in the event noun they hold: "were engaged in cleansing".
PARTICIPATION_VERBS = frozenset({"engage", "involve", "implicate"})
# Objects that may name a recipient; "gave Chile aid" names it as the dative.
RECIPIENT_OBJECT_DEPS = OBJECT_DEPS | {"dative"}
# Possessives that make an object the subject's own: "withdrew its troops".
OWN_POSSESSIVES = frozenset({"its", "their", "his", "her", "our"})
# Prepositions whose phrase is an agent, a time, a cause or a comparison, never the recipient.
NON_RECIPIENT_PREPS = frozenset({"by", "after", "following", "since", "during", "before", "amid", "despite",
                                 "until", "as", "like", "than", "because", "within"})


class MentionIndex:
    """Which mention, if any, covers each token of one segment's Doc."""

    def __init__(self, mentions: Iterable[Mention]) -> None:
        self.by_token: dict[int, Mention] = {}
        for mention in mentions:
            for i in range(mention.token_start, mention.token_end):
                self.by_token.setdefault(i, mention)

    def at(self, token: Any) -> Mention | None:
        return self.by_token.get(token.i)


def assign_roles(frame: Frame, mentions: MentionIndex, lexicon: PredicateLexicon) -> tuple[Actor | None, Actor | None]:
    """The frame's (actor, recipient), either may be None."""
    preps = lexicon.preps_for(frame.coding.type)
    if frame.kind == "noun":
        actor, recipient = _noun_roles(frame.anchor, mentions, preps)
        if actor is None or recipient is None:  # "Tel Aviv maintains a blockade of Gaza"
            clause_actor, clause_recipient = _governing_clause_roles(frame.anchor, mentions)
            return actor or clause_actor, recipient or clause_recipient
        return actor, recipient
    verb = frame.verb
    passive = [c for c in verb.children if c.dep_ in PASSIVE_SUBJECT_DEPS]
    if passive:
        actor = _first_actor((_pobj(c) for c in verb.children if c.dep_ == "agent"), mentions)
    else:
        # "we met" is the speaker and a partner; "we will not negotiate" is the speaker's side refusing
        joint = frame.coding.type in JOINT_TYPES and not any(c.dep_ == "neg" for c in verb.children)
        actor = _first_actor(_subjects(verb), mentions) or _first_actor(_speakers(verb, joint=joint), mentions)
    if actor is None and frame.noun is not None:
        actor = _noun_roles(frame.noun, mentions, ())[0]
    for phrases, depth in _recipient_candidates(frame, passive, preps):
        recipient = _first_actor(phrases, mentions, unlike=actor, depth=depth)
        if recipient is not None:
            return actor, recipient
    return actor, None


def _recipient_candidates(frame: Frame, passive: list[Any],
                          preps: tuple[str, ...]) -> Iterator[tuple[list[Any], int]]:
    """Phrases that may name a verb's recipient, most telling first, each with how deep inside
    it to look: the loose phrases of the clause are read only near their head, so "for the
    solution of the Israel-Palestine conflict" names no recipient.

    The passive subject or the object, unless the subject owns it ("withdrew its troops"); a
    phrase with one of the type's prepositions on the verb, its event noun, its to-clauses or
    their objects ("agreed to hand over to Britain"); the to-clause's object ("refused to meet
    the delegation"); the subject of a demanded or reported clause ("demanded that the US
    cancel…") or of a threat's condition ("unless Baghdad accepts"); any other phrase of the
    clause that is no time or agent ("lifted a curfew in Montenegro", "aid for Romania",
    "arrived in Amman"), or one inside such a phrase ("in protest against the ban"); the target of a
    purpose clause ("staged a strike to demand the resignation of the minister"); and last an
    owned object, which at least is who was moved.
    """
    verb = frame.verb
    objects = [] if passive else [c for c in verb.children if c.dep_ in RECIPIENT_OBJECT_DEPS and c is not frame.noun]
    yield passive, INNER_DEPTH
    yield [o for o in objects if not _owned(o)], INNER_DEPTH
    clauses = [verb, *_to_clauses(verb)]
    clause_objects = [o for c in clauses[1:] for o in c.children if o.dep_ in OBJECT_DEPS]
    holders = [*clauses, *([frame.noun] if frame.noun is not None else []), *objects, *clause_objects]
    yield _prep_objects(holders, preps), INNER_DEPTH
    yield [o for o in clause_objects if not _owned(o)], INNER_DEPTH
    complements = [frame.complement] if frame.complement is not None else []
    complements += [c for c in verb.children if c.dep_ == "ccomp" and c is not frame.complement]
    complements += [c for clause in clauses for c in clause.children
                    if c.dep_ == "advcl" and _marked(c, CONDITION_MARKERS)]
    yield [s for c in complements for s in c.children if s.dep_ in SUBJECT_DEPS], INNER_DEPTH
    if frame.noun is not None and frame.noun in passive:
        return  # "the meeting was held at X's home in Y": the rest of the clause is its setting
    phrases = _setting_free_prep_objects(holders)
    yield phrases, LOOSE_DEPTH
    yield _setting_free_prep_objects(phrases), LOOSE_DEPTH
    purposes = [c for c in verb.children if c.dep_ in ("advcl", "xcomp") and c not in clauses
                and not any(s.dep_ in SUBJECT_DEPS for s in c.children)]
    purpose_objects = [o for c in purposes for o in c.children if o.dep_ in OBJECT_DEPS]
    yield purpose_objects, LOOSE_DEPTH
    yield _setting_free_prep_objects([*purposes, *purpose_objects]), LOOSE_DEPTH
    yield [o for o in objects if _owned(o)], 0


def _marked(clause: Any, markers: frozenset[str]) -> bool:
    return any(c.dep_ == "mark" and c.lower_ in markers for c in clause.children)


def _to_clauses(verb: Any) -> list[Any]:
    """The verb's chain of to-clauses: "agreed to allow the return of…" → allow."""
    chain = []
    token = verb
    for _ in range(3):
        token = next((c for c in token.children if c.dep_ == "xcomp"), None)
        if token is None:
            break
        chain.append(token)
    return chain


def _owned(obj: Any) -> bool:
    """Whether an object is the subject's own ("withdrew its troops", "two of its nationals"):
    what the actor uses or moves, while the recipient is named elsewhere."""
    phrases = [obj, *(_prep_objects([obj], ("of",)))]
    return any(c.dep_ == "poss" and c.lower_ in OWN_POSSESSIVES for p in phrases for c in p.children)


def _setting_free_prep_objects(holders: list[Any]) -> list[Any]:
    """Objects of every preposition on the holders, except those naming an agent or a time."""
    return [obj for holder in holders for child in holder.children
            if child.dep_ == "prep" and child.lower_ not in NON_RECIPIENT_PREPS
            for obj in [_pobj(child)] if obj is not None]


def _noun_roles(noun: Any, mentions: MentionIndex, preps: tuple[str, ...]) -> tuple[Actor | None, Actor | None]:
    """Participants of an event noun: possessor or agent phrase acts; preposition phrases receive."""
    between = [_pobj(c) for c in noun.children if c.dep_ == "prep" and c.lemma_.lower() == "between"]
    if between and between[0] is not None:
        return _actor_of(between[0], mentions), None
    holders = [c for c in noun.children if c.dep_ in ("poss", "compound", "amod", "nmod")]
    actor = _first_actor(holders, mentions) or _first_actor(_prep_objects([noun], AGENT_PREPS), mentions)
    recipient = _first_actor(_prep_objects([noun], preps), mentions)
    return actor, recipient


def _governing_clause_roles(noun: Any, mentions: MentionIndex) -> tuple[Actor | None, Actor | None]:
    """An event noun held by an uncoded verb takes that verb's participants.

    "Serb forces were engaged in ethnic cleansing": the forces act; "a national was put under
    investigation": the national receives; "rocket fire killed 13 people": the people receive.
    The noun must be the verb's subject, object or the object of one of its prepositions, so a
    noun inside another participant's phrase is not misread.
    """
    while noun.dep_ == "conj" and noun.head is not noun:  # "an occupation of X and a blockade of Y"
        noun = noun.head
    head, dep = noun.head, noun.dep_
    if dep == "pobj" and head.dep_ == "prep":
        head, dep = head.head, "prep"
    if head is noun or head.pos_ not in ("VERB", "AUX", "ADJ"):
        return None, None
    if dep in SUBJECT_DEPS:
        return None, _first_actor((c for c in head.children if c.dep_ in RECIPIENT_OBJECT_DEPS), mentions)
    if dep not in ("dobj", "prep"):
        return None, None
    passive = [c for c in head.children if c.dep_ in PASSIVE_SUBJECT_DEPS]
    if passive and head.lemma_.lower() in PARTICIPATION_VERBS:
        return _first_actor(passive, mentions), None
    if passive:
        agents = (_pobj(c) for c in head.children if c.dep_ == "agent")
        return _first_actor(agents, mentions), _first_actor(passive, mentions)
    return _first_actor(_subjects(head), mentions), None


def _subjects(verb: Any) -> list[Any]:
    """The verb's own subject, or the one it shares with the clause it depends on."""
    token = verb
    for _ in range(4):
        subjects = [c for c in token.children if c.dep_ in SUBJECT_DEPS]
        if subjects:
            return [_antecedent(s) for s in subjects]
        if token.dep_ == "relcl":
            return [token.head]
        if token.dep_ not in SUBJECT_SHARING_DEPS or token.head is token:
            return []
        token = token.head
    return []


def _speakers(verb: Any, *, joint: bool) -> list[Any]:
    """Who a pronoun subject no mention resolves stands for, when it is the one speaking.

    "Rebel leaders said they would meet the envoy", "“We will retaliate,” the army said": the
    pronoun of a reported clause is the speaker of the clause that reports it. In a joint act
    ("“We discussed security,” Gantz said") "we" is the speaker and a partner, so it stays open.
    """
    pronouns = {c.lower_ for c in verb.children if c.dep_ in SUBJECT_DEPS and c.pos_ == "PRON"}
    if not pronouns or (joint and pronouns & FIRST_PERSON_PLURAL):
        return []
    token = verb
    while token.dep_ in REPORTED_DEPS and token.head is not token:
        token = token.head
        subjects = [c for c in token.children if c.dep_ in SUBJECT_DEPS and c.pos_ != "PRON"]
        if subjects:
            return subjects
    return []


def _antecedent(subject: Any) -> Any:
    """A relative pronoun's noun: "Hamas, which condemned…" → Hamas."""
    if subject.lower_ in RELATIVE_PRONOUNS and subject.head.dep_ == "relcl":
        return subject.head.head
    return subject


def _prep_objects(holders: Iterable[Any], preps: Iterable[str]) -> list[Any]:
    wanted = set(preps)
    found = []
    for holder in holders:
        for child in holder.children:
            if child.dep_ == "prep" and child.lemma_.lower() in wanted:
                obj = _pobj(child)
                if obj is not None:
                    found.append(obj)
    return found


def _pobj(prep: Any) -> Any | None:
    return next((c for c in prep.children if c.dep_ in ("pobj", "pcomp")), None)


def _first_actor(tokens: Iterable[Any | None], mentions: MentionIndex, *, unlike: Actor | None = None,
                 depth: int = INNER_DEPTH) -> Actor | None:
    """The first actor the phrases name, skipping `unlike` (an event's recipient is never its actor)."""
    for token in tokens:
        if token is not None:
            actor = _actor_of(token, mentions, depth=depth)
            if actor is not None and (unlike is None or actor.name != unlike.name):
                return actor
    return None


def _actor_of(token: Any, mentions: MentionIndex, *, depth: int = INNER_DEPTH) -> Actor | None:
    """The actor a phrase names: itself and its coordinated phrases, or the participants it holds.

    A phrase that names no actor itself is searched outward from its head, nearest words first:
    "leaders of the opposition coalition", "a group of rebels", "an Indian proposal", "calls by
    Belarus's rulers". A title with a name in apposition ("army chief Abdel Fattah al-Burhan")
    is the named person.
    """
    layer = [token]
    for _ in range(depth + 1):
        for phrase in layer:  # one phrase with its conjuncts, never two different dependents joined
            found = ((t, mentions.at(t)) for t in _with_conjuncts([phrase]))
            actors = _distinct(_named(t, m, mentions) for t, m in found if m is not None)
            if actors:
                return compound(actors)
        layer = [inner for t in layer for inner in _inner_phrases(t)]
        if not layer:
            return None
    return None


def _named(token: Any, mention: Mention, mentions: MentionIndex) -> Actor:
    """The token's actor; a generic title gives way to the person named in apposition to it."""
    if mention.kind != "generic":
        return mention.actor
    for child in token.children:
        named = mentions.at(child) if child.dep_ == "appos" else None
        if named is not None and named.kind in ("person", "organization"):
            return named.actor
    if mention.actor.country is None:  # "13 people in Israel", "rebels in the Ivory Coast"
        places = (mentions.at(t) for t in _prep_objects([token], ("in",)))
        country = next((m.actor.country for m in places if m is not None and m.actor.country), None)
        if country is not None:
            return replace(mention.actor, country=country)
    return mention.actor


def _inner_phrases(token: Any) -> list[Any]:
    """The words of a phrase that may name its participant, most telling first.

    Appositions, possessors and compounds name a party outright; a named "of" phrase comes next
    ("the Ukrainian city of Kharkiv" is Kharkiv, not "Ukrainian"); then adjectives and other
    modifiers ("an Indian proposal"), then the remaining prepositions.
    """
    def modifiers(deps: tuple[str, ...]) -> list[Any]:
        return sorted((c for c in token.children if c.dep_ in deps), key=lambda c: deps.index(c.dep_))

    return [*modifiers(NAMING_DEPS), *_prep_objects([token], ("of",)), *modifiers(DESCRIBING_DEPS),
            *_prep_objects([token], tuple(p for p in INNER_PREPS if p != "of"))]


def _with_conjuncts(tokens: list[Any]) -> list[Any]:
    out = []
    for token in tokens:
        out.append(token)
        out.extend(c for c in token.conjuncts if c.i > token.i)
    return out


def _distinct(actors: Iterable[Actor]) -> list[Actor]:
    chosen: list[Actor] = []
    for actor in actors:
        if all(actor.name != other.name for other in chosen):
            chosen.append(actor)
    return chosen


def compound(actors: list[Actor]) -> Actor | None:
    """One actor for several parties; country and sector kept where all parties share them."""
    if not actors:
        return None
    if len(actors) == 1:
        return actors[0]
    countries = {a.country for a in actors}
    sectors = {a.sector for a in actors}
    return Actor(
        name=" and ".join(a.name for a in actors),
        country=countries.pop() if len(countries) == 1 else None,
        sector=sectors.pop() if len(sectors) == 1 else None,
        members=tuple(actors),
    )
