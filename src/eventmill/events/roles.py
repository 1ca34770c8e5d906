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

from eventmill.actors.coref import ARMED_GROUP_SECTORS
from eventmill.events.lexicon import PredicateLexicon
from eventmill.events.predicates import (
    HARM_TYPES,
    OBJECT_CONTROL_VERBS,
    OBJECT_DEPS,
    ORDER_VERBS,
    PASSIVE_SUBJECT_DEPS,
    REASON_PREPOSITIONS,
    RELATIVE_PRONOUNS,
    SETTING_PREPOSITIONS,
    Frame,
    after_a_dating_clause,
    antecedent,
    caused_passive,
    clause_agents,
    comma_participle,
    intended_act,
    is_weapon,
    misread_objects,
    noun_coding,
    passive_subjects,
    verb_entry,
    weapon_goes_off,
)
from eventmill.language.tokens import (
    CONDITION_MARKERS,
    TENSED_TAGS,
    caused_verb,
    clock_zone,
    marked,
    starts_hyphenated_word,
    told_there,
    words_text,
)
from eventmill.model import STATEMENT_TYPES, Actor, Mention
from eventmill.places.gazetteer import PLACE_KIND_WORDS

SUBJECT_DEPS = frozenset({"nsubj", "csubj"})
# Dependents that share their governor's subject when they have none of their own.
SUBJECT_SHARING_DEPS = frozenset({"xcomp", "advcl", "conj", "pcomp", "acl", "acomp"})
# Types whose "we" is the speaker together with a partner.
JOINT_TYPES = frozenset({"CONSULT", "AGREE", "COOPERATE"})
# Types of a judgement of someone's act: "condemned the execution by Iran" is about Iran.
JUDGING_TYPES = frozenset({"ACCUSE", "SUPPORT", "REJECT"})
# Verbs whose coordinated subjects act on each other: "Libya and Bulgaria signed a treaty".
MUTUAL_VERBS = frozenset({"sign"})
# Verbs of a meeting, whose doers named in the plural meet one another ("European leaders met in Paris").
MEETING_VERBS = frozenset({"meet", "convene", "confer", "gather"})
FIRST_PERSON_PLURAL = frozenset({"we", "us"})
# Links from a reported clause up to the clause that reports it.
REPORTED_DEPS = frozenset({"ccomp", "xcomp", "conj", "advcl", "parataxis"})
AGENT_PREPS = ("by", "from")
# Labels the parser gives a clause-initial name it failed to take as the subject, and the entity
# types such a name may have (an unknown name may have none, only its capital; only an actor
# mention there becomes the actor).
MISPARSED_SUBJECT_DEPS = frozenset({"advmod", "npadvmod", "dep"})
# Prepositions whose -ing clause is done by the verb's object ("accused Russia of shelling").
CHARGE_PREPOSITIONS = frozenset({"of", "for", "from"})
NAME_ENTITIES = frozenset({"PERSON", "ORG", "GPE", "NORP"})
# Possessive pronouns that stand for people: "his murder" is done to him.
PERSONAL_POSSESSIVES = frozenset({"his", "her", "their"})
# Where a phrase naming no actor itself holds one, and how deep to look ("tens of thousands of students").
NAMING_DEPS = ("appos", "poss", "compound")
# The sector a weapon's name is read as ("artillery", "tanks"): arms of a state's forces.
WEAPON_SECTORS = frozenset({"MIL"})
DESCRIBING_DEPS = ("amod", "nmod")
INNER_PREPS = ("of", "by", "from", "between", "in", "among", "at", "for")
INNER_DEPTH = 3
# Inner prepositions that give a phrase's setting rather than a party to it.
SETTING_PREPS = frozenset({"in", "at"})
# How deep a phrase that merely sits in the clause is searched ("in defiance of the authorities").
LOOSE_DEPTH = 1
# The marker of a clause that states an event noun's content: "the demand that…".
CONTENT_MARKERS = frozenset({"that"})
# Prepositions through which a verb holds such a noun: "insisted on its demand that…".
NOUN_CLAUSE_PREPS = ("on", "to", "of", "with")
# Verbs whose passive without an agent states the subject's own stance: "is opposed to".
STATIVE_PASSIVES = frozenset({"oppose", "commit", "dedicate", "devote"})
# Verbs whose passive subject takes part in the event noun they hold: "were engaged in cleansing".
PARTICIPATION_VERBS = frozenset({"engage", "involve", "implicate"})
# Passives without an agent whose subject acts: a stance, or taking part in what the verb holds.
SUBJECTS_OWN_PASSIVES = STATIVE_PASSIVES | PARTICIPATION_VERBS
# Objects that may name a recipient; "gave Chile aid" names it as the dative.
RECIPIENT_OBJECT_DEPS = OBJECT_DEPS | {"dative"}
# Possessives that make an object the subject's own: "withdrew its troops".
OWN_POSSESSIVES = frozenset({"its", "their", "his", "her", "our"})
# A preposition the parser left without its object takes the noun phrase of these words after it.
DANGLING_PHRASE_WORDS = 6
NOUN_PHRASE_POS = frozenset({"DET", "NUM", "ADJ", "NOUN", "PROPN"})
# Types whose recipient may be a thing or people no dictionary knows, read from the object ("bombed
# the bus", "the bus was bombed") or else from a phrase with one of the type's prepositions ("used
# explosives against the town hall"), once the candidates up to that rank name no actor.
TARGETED_TYPES = frozenset({"ASSAULT"})
# Modes whose object is likewise what was hit: "burned a bus", "destroyed two pylons".
TARGETED_MODES = frozenset({"destroy"})
# Types whose object is often the thing given, and who got it is in a phrase ("delivered two IRIS-T
# systems to Ukraine"); an object that names no party yields to such a phrase.
GIVING_TYPES = frozenset({"AID"})
TARGET_RANK = 1
TARGET_PREP_RANK = 2
# Types whose object's place phrase is where it happened, never who received it ("bombed pylons in
# Cuzco", "blocked streets in Hong Kong"), unlike "lifted a curfew in Montenegro".
PLACED_OBJECT_TYPES = frozenset({"ASSAULT", "PROTEST"})
# Mention kinds that name where, not who: a town, a region, or a country named as a place.
PLACE_KINDS = frozenset({"place", "country"})
# Prepositions of where a device went off or was set: that is what it hit ("exploded in a
# restaurant", "planted a bomb under a car").
DEVICE_SITE_PREPS = ("in", "at", "inside", "outside", "under", "near", "beside", "behind")
# Target nouns that say nothing but where ("fired at targets in Jericho"): the place is the recipient
# ("attacked military positions in San Ramon" says whose they are).
PLACE_ONLY_TARGETS = frozenset({"target", "position", "site", "area", "location", "spot", "point"})
# Nouns that stand for an amount, not a target: "dozens were wounded", "no one was killed".
AMOUNT_WORDS = frozenset({"one", "other", "dozen", "dozens", "hundreds", "thousands", "scores", "many", "some",
                          "several", "more", "most", "all", "none", "rest"})
# Nouns that only count, group or cut out what their "of" phrase names ("set part of the building on
# fire" hit the building).
PARTITIVE_NOUNS = frozenset({"series", "number", "dozen", "couple", "wave", "barrage", "volley", "string", "pair",
                             "handful", "score", "hundred", "thousand", "lot", "row", "spate", "salvo", "part",
                             "section", "stretch", "portion"})
# Prepositions whose phrase is what a clause is about, never its doer's act.
TOPIC_PREPOSITIONS = frozenset({"about", "regarding", "concerning"})
# The preposition of an act the clause's subject is subjected to: "came under attack", "was under arrest".
SUBJECTED_PREPOSITIONS = frozenset({"under"})
# Prepositions whose phrase is an agent, a time, a cause or a comparison, never the recipient.
NON_RECIPIENT_PREPS = frozenset({"by", "after", "following", "since", "during", "before", "amid", "despite",
                                 "until", "as", "like", "than", "because", "within", "alongside"})


class MentionIndex:
    """Which mention, if any, covers each token of one segment's Doc."""

    def __init__(self, mentions: Iterable[Mention]) -> None:
        self.by_token: dict[int, Mention] = {}
        for mention in mentions:
            for i in range(mention.token_start, mention.token_end):
                self.by_token.setdefault(i, mention)

    def at(self, token: Any) -> Mention | None:
        return self.by_token.get(token.i)

    def naming(self, actor: Actor) -> Mention | None:
        """The mention an actor was read from, by its span."""
        return next((m for m in self.by_token.values() if m.actor.span == actor.span), None)


def assign_roles(frame: Frame, mentions: MentionIndex, lexicon: PredicateLexicon) -> tuple[Actor | None, Actor | None]:
    """The frame's (actor, recipient), either may be None."""
    actor, recipient = _roles(frame, mentions, lexicon)
    if frame.coding.type == "ASSAULT" and recipient is not None:
        recipient = _struck_city(recipient, mentions)
    joint = frame.coding.type in JOINT_TYPES or frame.verb is not None and frame.verb.lemma_.lower() in MUTUAL_VERBS
    if recipient is None and actor is not None and actor.members and joint:
        # "the US and Russia met": a joint act of two parties is the dyad, as CAMEO codes it
        return actor.members[0], compound(list(actor.members[1:]))
    return actor, recipient


def _coded_by_its_object(frame: Frame, lexicon: PredicateLexicon) -> bool:
    """Whether the verb's object is the act itself, the word that codes it ("set fire")."""
    return frame.verb is not None and any(c.dep_ == "dobj" and _the_act_itself(c, frame.verb, lexicon)
                                          for c in frame.verb.children)


def _the_act_itself(noun: Any, verb: Any, lexicon: PredicateLexicon) -> bool:
    """Whether a verb's object is the word that makes the verb its act ("opened fire", "set fire")."""
    entry = verb_entry(verb, lexicon)
    return entry is not None and noun.lemma_.lower() in entry.objects


def _struck_city(recipient: Actor, mentions: MentionIndex) -> Actor:
    """"Rebels shelled Juba": a capital that is struck is the city, not the government it stands
    for when it speaks ("Juba said")."""
    if recipient.members:
        members = [_struck_city(member, mentions) for member in recipient.members]
        return compound(members) if members != list(recipient.members) else recipient
    mention = mentions.naming(recipient)
    if mention is None or not mention.seat:
        return recipient
    return replace(recipient, name=mention.seat, sector=None, wikidata=None)


def _roles(frame: Frame, mentions: MentionIndex, lexicon: PredicateLexicon) -> tuple[Actor | None, Actor | None]:
    preps = lexicon.preps_for(frame.coding.type)
    if frame.coding.type in HARM_TYPES and _coded_by_its_object(frame, lexicon):
        preps = (*preps, "to")  # "set fire to three tank trucks": what the fire was set to is hit
    if frame.kind == "noun":
        actor, recipient = _noun_roles(frame.anchor, mentions, preps, lexicon.patient_nouns)
        actor = actor or _first_actor(_called_its_doers(frame.anchor, lexicon.perpetrator_nouns), mentions)
        if recipient is None and _targeted(frame):  # "the bombing of the power station"
            recipient = _target(_prep_objects([frame.anchor], (*preps, "of")), mentions, lexicon)
        if (actor is None or recipient is None) and not _acted_upon(frame, lexicon):
            # "Tel Aviv maintains a blockade of Gaza"
            clause_actor, clause_recipient = _governing_clause_roles(frame.anchor, mentions, lexicon,
                                                                     frame.coding.type)
            actor, recipient = actor or clause_actor, recipient or clause_recipient
        if recipient is None:  # "renewed its demand that Israel lift the ban"
            recipient = _first_actor(_content_clause_subjects(frame.anchor), mentions, unlike=actor)
        return actor, recipient
    verb = frame.verb
    if verb.lemma_.lower() in lexicon.dying_verbs:  # "Jaramillo has died from gunshot wounds"
        return None, _first_actor(_subjects(verb), mentions)
    passive = passive_subjects(verb) or _party_undergoing(verb, mentions)  # "who was kidnapped"
    if verb.lemma_.lower() in lexicon.receiving_verbs and frame.coding.type not in JOINT_TYPES and not passive:
        # "Ukraine received aid from the EU": the giver acts, the subject receives
        giver = _first_actor(_prep_objects([verb], ("from",)), mentions)
        return giver, _first_actor(_subjects(verb), mentions, unlike=giver)
    device = False  # whether what the clause tells bursting is a device, not a party
    stance = passive and verb.lemma_.lower() in SUBJECTS_OWN_PASSIVES and not any(
        c.dep_ == "agent" for c in verb.children)
    if stance:  # "Israel is opposed to French mediation", "soldiers were engaged in a gun battle": the subject's own
        actor, passive = _first_actor(passive, mentions), []
    elif passive or _told_by_its_doer(verb):
        # "injured by shrapnel in the Negev": the agent's setting is not the doer
        actor = _first_actor((_pobj(c) for c in _agents(verb)), mentions, settings=False)
        if actor is None and caused_passive(verb):  # "a judge ordered him held": the judge acts
            actor = _first_actor(_subjects(verb.head), mentions)
        if actor is None:
            actor = _host(verb, mentions, lexicon)
        if actor is None and frame.coding.type in HARM_TYPES:
            actor = _fought_with(verb, mentions, lexicon)
    else:
        # "we met" is the speaker and a partner; "we will not negotiate" is the speaker's side refusing
        joint = frame.coding.type in JOINT_TYPES and not any(c.dep_ == "neg" for c in verb.children)
        # "a car loaded with dynamite exploded", "two Feliciano Ama mines exploded": what bursts is the device
        device = _bursts(verb, lexicon) or _goes_on_from_a_blast(verb, lexicon)
        subjects = [] if device or _looked_on(verb, lexicon) else (
            _attempters(verb.head, lexicon) if intended_act(verb, lexicon) else _subjects(verb))
        # "an attack in Kabul killed five": where the act the subject names took place is no doer
        told_act = any(lexicon.noun(s.lemma_) is not None for s in subjects)
        # "police do not know who attacked the bus": an asked doer is unknown, not the one asking
        asked = verb.dep_ != "relcl" and any(s.tag_ == "WP" for s in subjects)
        subjects = [w for s in subjects for w in _doer_words(s, mentions, lexicon)]
        actor = _first_actor(subjects, mentions, settings=not told_act) or (
            None if asked else _first_actor(_speakers(verb, joint=joint), mentions))
        if actor is None and frame.coding.type in STATEMENT_TYPES and verb.dep_ == "conj" and verb.head.dep_ == "ccomp":
            # "a spokeswoman said the operations targeted militants, and again accused Kabul…": the
            # parser joins the second statement to the reported clause; its speaker makes it
            actor = _first_actor(_subjects(verb.head.head), mentions)
    if actor is None and frame.noun is not None:
        actor = _noun_roles(frame.noun, mentions, ())[0]
    targeted = _targeted(frame)
    # "Congo and Rwanda signed an agreement in Washington", "European leaders met in Paris": parties
    # acting on each other meet there
    together = actor is not None and (
        bool(actor.members) and (frame.coding.type in JOINT_TYPES or verb.lemma_.lower() in MUTUAL_VERBS)
        or verb.lemma_.lower() in MEETING_VERBS and _plural_subject(verb))
    held = None  # a thing given, kept in case no one it was given to is named
    for rank, (phrases, depth) in enumerate(_recipient_candidates(frame, passive, preps, lexicon)):
        if rank == TARGET_RANK and verb.lemma_.lower() in lexicon.projectile_verbs:
            phrases = [p for p in phrases if p.lemma_.lower() not in lexicon.instruments]  # "fired rockets into…"
        phrases = [p for p in phrases if p is None or not _wielded(p, lexicon, mentions)]  # "with artillery fire"
        settings = not together and not ((frame.coding.type in PLACED_OBJECT_TYPES or targeted) and rank <= TARGET_PREP_RANK)
        if rank == TARGET_PREP_RANK and targeted and (device or _sets_a_device(verb, lexicon)):
            # where a device went off or was put is what it hit, unless it names only a town or a
            # street: "a bomb exploded in a Lima restaurant" (not Lima), "in the bathroom of … at
            # 1467 Moneda Street"
            phrases, depth = _device_sites(verb, phrases, mentions), 0
        if depth == LOOSE_DEPTH:  # "blocked streets in Hong Kong in defiance of Chinese authorities"
            phrases = sorted((t for t in phrases if not (together and _setting_place(t, mentions))),
                             key=lambda t: _setting_place(t, mentions))
        recipient = _first_actor(phrases, mentions, unlike=actor, depth=depth, settings=settings)
        if recipient is not None and rank == TARGET_RANK and frame.coding.type in GIVING_TYPES and recipient.bare:
            held = recipient  # "delivered two IRIS-T systems to Ukraine": Ukraine receives
            continue
        if recipient is not None:
            return actor, recipient
        if targeted and rank in (TARGET_RANK, TARGET_PREP_RANK):
            found = [*passive, *phrases] if rank == TARGET_RANK else phrases  # "the bus was bombed"
            target = _target(found, mentions, lexicon, verb)
            if target is not None:
                return actor, target
        if rank == 0 and passive and all(_a_number(t) for t in passive):
            return actor, None  # "760 (were) wounded while waiting for aid in Gaza City": unnamed victims
    if held is None and frame.coding.type not in lexicon.moving_types:
        held = _first_actor(_ordered(verb), mentions, unlike=actor)
    if held is None:
        held = _first_actor(_counted_from(verb, lexicon), mentions, unlike=actor)
    return actor, held


def _wielded(token: Any, lexicon: PredicateLexicon, mentions: MentionIndex) -> bool:
    """Whether a word is the weapon of a "with" phrase, which the act was done with, not to:
    "attacked with artillery", "responded with artillery fire". Armed men named by their weapon
    are the other side: "clashed with gunmen"."""
    if token.dep_ != "pobj" or token.head.lower_ != "with":
        return False
    named = mentions.at(token)
    if named is not None and named.actor.sector not in WEAPON_SECTORS:
        return False
    return any(t.lemma_.lower() in lexicon.instruments
               for t in (token, *(c for c in token.children if c.dep_ in ("compound", "amod", "nmod"))))


def _doer_words(subject: Any, mentions: MentionIndex, lexicon: PredicateLexicon) -> list[Any]:
    """The words of a subject that may name the doer: the subject itself, but for a weapon that
    names no party ("gunmen" and "warplanes" do) its users (`_weapon_users`: "a bomb at an army
    base" is no army's), and for a noun of doers ("the murderers of the Jesuits") only its
    modifiers, since its "of" phrase names the victims."""
    if mentions.at(subject) is not None:
        return [subject]
    lemma = subject.lemma_.lower()
    if lemma in lexicon.instruments:
        return _weapon_users(subject)
    if lemma in lexicon.perpetrator_nouns:
        return [c for c in subject.children if c.dep_ in NAMING_DEPS + DESCRIBING_DEPS]
    return [subject]


def _weapon_users(weapon: Any) -> list[Any]:
    """The words of a weapon's phrase that may name who used it: its owner ("U.S. helicopters"),
    where it came from ("rockets from Gaza"), the agent of a participle on it ("a bomb planted by
    rebels") or the subject of a relative clause ("the bombs the army is launching"), not where it
    went off ("a bomb at an army base")."""
    owners = [c for c in weapon.children if c.dep_ in NAMING_DEPS + DESCRIBING_DEPS]
    clauses = [c for c in weapon.children if c.dep_ == "acl"]
    users = [_pobj(a) for c in clauses for a in c.children if a.dep_ == "agent"]
    users += [c for r in weapon.children if r.dep_ == "relcl" for c in r.children
              if c.dep_ == "nsubj" and c.lower_ not in RELATIVE_PRONOUNS]
    return [*owners, *_prep_objects([weapon], ("from", "by", "of")), *(u for u in users if u is not None)]


def _host(verb: Any, mentions: MentionIndex, lexicon: PredicateLexicon) -> Actor | None:
    """Who gave a haven no giver is named for: the country it is in ("was granted asylum in
    Germany"; "fled to Lithuania and has been given refuge there": the country named last before
    "there")."""
    if not any(c.dep_ == "dobj" and c.lemma_.lower() in lexicon.haven_nouns for c in verb.children):
        return None
    places = _prep_objects([verb], ("in",))
    if told_there(verb):
        places += reversed(verb.doc[verb.sent.start : verb.i])
    return next((m.actor for t in places if (m := mentions.at(t)) is not None and m.kind == "country"), None)


def _fought_with(verb: Any, mentions: MentionIndex, lexicon: PredicateLexicon) -> Actor | None:
    """Who those harmed fought in the fight they were harmed in: "three peacekeepers were killed
    in clashes with the rebels" (the rebels killed them)."""
    fights = [n for n in _prep_objects([verb], ("in", "during"))
              if (coding := noun_coding(n, lexicon)) is not None and coding.type == "ASSAULT"]
    return _first_actor(_prep_objects(fights, ("with",)), mentions)


def _counted_from(verb: Any, lexicon: PredicateLexicon) -> list[Any]:
    """Whom a bare number a participle acts on counts, told as the object of the act it goes on
    from: "opened fire on the demonstrators, killing one and arresting 12" (12 demonstrators);
    not a weapon used ("launched artillery fire against guerrilla camps, killing or wounding 50")."""
    if verb.dep_ not in ("advcl", "conj") or not any(c.dep_ == "dobj" and _a_number(c) for c in verb.children):
        return []
    head = verb
    while head.dep_ in ("advcl", "conj") and head.head != head:
        head = head.head
        dobjs = [c for c in head.children if c.dep_ == "dobj" and not _a_number(c)
                 and c.lemma_.lower() not in ("person", "people")]  # "killing one person and arresting 12"
        fired = head.lemma_.lower() in lexicon.projectile_verbs  # what was fired is no one it hit
        objects = [c for c in dobjs if not fired and not is_weapon(c, lexicon)]
        objects += _prep_objects([head, *dobjs] if fired else [head], ("at", "on", "against"))
        objects += [o for x in head.children if x.dep_ in ("xcomp", "advcl") and x.i < verb.i
                    for o in x.children if o.dep_ == "dobj"]  # "opened fire to disperse demonstrators"
        if objects:
            return objects
    return []


def _ordered(verb: Any) -> list[Any]:
    """Who was ordered to do what a to-clause tells, when that act names no one it is done to:
    "ordered the newspaper La Prensa to suspend publication" is done to the newspaper (an
    order is the act of whoever gives it)."""
    if verb.dep_ != "xcomp" or verb.head.lemma_.lower() not in ORDER_VERBS:
        return []
    return [c for c in verb.head.children if c.dep_ == "dobj" and c.i < verb.i]


def _party_undergoing(verb: Any, mentions: MentionIndex) -> list[Any]:
    """A party a passive participle with a by-agent hangs on undergoes it: "seven students,
    kidnapped by alleged death squads" (not a weapon or a thing: "bombs dropped by B-2s")."""
    if verb.dep_ == "acl" and verb.tag_ == "VBN" and any(c.dep_ == "agent" for c in verb.children) \
            and mentions.at(verb.head) is not None:
        return [verb.head]
    return []


def _targeted(frame: Frame) -> bool:
    """Whether what the frame's act hit may be a thing as well as a party."""
    return frame.coding.type in TARGETED_TYPES or frame.coding.mode in TARGETED_MODES


def _sets_a_device(verb: Any, lexicon: PredicateLexicon) -> bool:
    """Whether a clause's object is the weapon set off or planted ("set off a bomb", "planted
    dynamite"), so that where it was put is what it hit; a weapon fired flies at its target
    ("fired rockets into Peru's Tacna province")."""
    if verb.lemma_.lower() in lexicon.projectile_verbs:
        return False
    return any(is_weapon(o, lexicon) for o in verb.children if o.dep_ == "dobj")


def _device_sites(verb: Any, phrases: list[Any], mentions: MentionIndex) -> list[Any]:
    """The phrases, with those saying where a device burst or was put, in text order; a town or a
    country says only where, and so does a word of a kind of place ("in the capital Kabul")."""
    sites = {t.i: t for t in [*phrases, *_prep_objects([verb], DEVICE_SITE_PREPS)]}
    return [t for _, t in sorted(sites.items()) if ((m := mentions.at(t)) is None or m.kind not in PLACE_KINDS)
            and t.lemma_.lower() not in PLACE_KIND_WORDS]


def _told_by_its_doer(verb: Any) -> bool:
    """A participle with a by-agent and no subject: "hundreds of shells fired by Russian forces",
    "a vehicle targeted by a suicide bomber". ("Shortened by one hour", with a subject, is active.)"""
    return any(c.dep_ == "agent" for c in verb.children) and not any(c.dep_ in SUBJECT_DEPS for c in verb.children)


def _plural_subject(verb: Any) -> bool:
    """Whether a verb's doers are named in the plural ("European leaders met in Paris"): they act
    on each other, and where is no party."""
    return any(s.tag_ in ("NNS", "NNPS") for s in _subjects(verb))


def _a_number(token: Any) -> bool:
    """"760", "dozens", "hundreds": a party named by its number alone."""
    counted = token.tag_ == "CD" or token.lower_ in AMOUNT_WORDS
    return counted and not any(c.dep_ == "prep" for c in token.children)  # "one of the guards" names them


def _agents(verb: Any) -> list[Any]:
    """A verb's by-agents; for a passive with none, a by-phrase the parser hung on the noun of one
    of its phrases: "was kidnapped near his home by the Extraditables", "was killed in a raid by
    Israeli forces"."""
    agents = [c for c in verb.children if c.dep_ == "agent"]
    if agents or not any(c.dep_ == "auxpass" for c in verb.children):
        return agents
    return [by for prep in verb.children if prep.dep_ == "prep" for noun in prep.children if noun.dep_ == "pobj"
            for by in noun.children if by.dep_ == "prep" and by.lower_ == "by"]


def _governing_clause(verb: Any) -> Any | None:
    """The verb of the clause a participle goes on from: its head as an adverbial or coordinated
    clause, or the verb whose phrase's noun the parser hung an -ing participle on ("a bomb
    exploded in the embassy's parking lot killing a woman": the blast kills, not the lot)."""
    if verb.dep_ in ("advcl", "conj"):
        return verb.head
    return _phrase_verb(verb) if verb.dep_ == "acl" and verb.tag_ == "VBG" else None


def _phrase_verb(participle: Any) -> Any | None:
    """The verb on whose phrase's noun the parser hung a participle ("boarded the boats during a
    resupply mission, seizing firearms": boarded), or None."""
    noun = participle.head
    if noun.dep_ == "pobj" and noun.head.dep_ == "prep" and noun.head.head.pos_ in ("VERB", "AUX"):
        return noun.head.head
    return None


def _goes_on_from_a_blast(verb: Any, lexicon: PredicateLexicon) -> bool:
    """Whether a subjectless participle tells what a device's bursting did, directly or through the
    participle it is joined to: "pagers … exploded, killing nine and wounding 2,800" (the killing
    and the wounding are the blast's)."""
    clause = verb
    for _ in range(3):
        if any(c.dep_ in SUBJECT_DEPS for c in clause.children) or (governor := _governing_clause(clause)) is None:
            return False
        if _bursts(governor, lexicon):
            return True
        clause = governor
    return False


def _bursts(verb: Any, lexicon: PredicateLexicon) -> bool:
    """Whether a verb tells a device bursting ("a car loaded with dynamite exploded"), not someone
    blowing something up ("rebels exploded a bomb")."""
    lemma = verb.lemma_.lower()
    if lemma in lexicon.device_verbs:  # "a bomb went off" ("Cristiani will go to Washington" is no blast)
        return weapon_goes_off(verb, lexicon)
    return lemma in lexicon.bursting_verbs and not any(c.dep_ == "dobj" for c in verb.children)


def _holder(noun: Any) -> tuple[Any, str]:
    """The word an event noun is an argument of, and how: its own link, "prep" when it is the
    object of one of that word's prepositions ("engaged in ethnic cleansing"), or "cause" when
    it is the object of a phrase of cause ("died as a result of torture")."""
    if (caused := caused_verb(noun)) is not None:
        return caused, "cause"
    if noun.dep_ == "pobj" and noun.head.dep_ == "prep":
        return noun.head.head, "prep"
    return noun.head, noun.dep_


def _acted_upon(frame: Frame, lexicon: PredicateLexicon) -> bool:
    """A protest that force was used on ("police dispersed the rally", "suppressed a
    demonstration"): the clause's doer did that act, not the protest. ("The union called a
    strike": the union strikes.)"""
    noun = frame.anchor
    holder, link = _holder(noun)
    struck = link in ("dobj", "nsubjpass") or link == "prep" and noun.head.lower_ in ("on", "at", "against")
    if frame.coding.type != "PROTEST" or not struck or holder == noun or holder.pos_ != "VERB":
        return False  # "threw stones during demonstrations": the throwers demonstrate
    entry = verb_entry(holder, lexicon)
    codings = [] if entry is None else [entry.coding, *entry.objects.values()]
    return any(c is not None and c.type in HARM_TYPES for c in codings)


def _recipient_candidates(frame: Frame, passive: list[Any], preps: tuple[str, ...],
                          lexicon: PredicateLexicon) -> Iterator[tuple[list[Any], int]]:
    """Phrases that may name a verb's recipient, most telling first, each with how deep inside
    it to look: the loose phrases of the clause are read only near their head, so "for the
    solution of the Israel-Palestine conflict" names no recipient.

    The passive subject or the object, unless the subject owns it ("withdrew its troops") and it is
    no request's addressee ("urged its citizens to leave"); a phrase with one of the type's
    prepositions on the verb, its event noun, its to-clauses or their objects ("agreed to hand
    over to Britain"); the to-clause's object ("refused to meet the delegation"); the subject of a demanded or reported clause ("demanded that the US
    cancel…") or of a threat's condition ("unless Baghdad accepts"); any other phrase of the
    clause that is no time or agent ("lifted a curfew in Montenegro", "aid for Romania",
    "arrived in Amman"), or one inside such a phrase ("in protest against the ban"); the target of a
    purpose clause ("staged a strike to demand the resignation of the minister"); and last an
    owned object, which at least is who was moved. A judgement of an act told as an event noun
    is about the act's doer first: "condemned the execution of two activists by Iran".
    """
    verb = frame.verb
    # the event noun itself stays: a party inside its phrase receives ("prevented the demonstration
    # staged by students", "suspended the news channel France 24")
    objects = [] if passive else [c for c in verb.children if c.dep_ in RECIPIENT_OBJECT_DEPS] or misread_objects(verb)
    objects.sort(key=lambda c: c.dep_ != "dative")  # "provided intelligence to Macedonia": the dative receives
    moved = frame.coding.type in lexicon.moving_types  # "mobilized army reservists for a war against Iraq"
    addressed = frame.coding.type == "REQUEST"  # "urged its citizens to leave": the request is to them
    judged = frame.coding.type in JUDGING_TYPES
    doers = [a for o in objects if judged and lexicon.noun(o.lemma_) is not None for a in _prep_objects([o], ("by",))]
    yield passive, INNER_DEPTH
    yield [*doers, *(o for o in objects if not moved and (addressed or not _owned(o)))], INNER_DEPTH
    clauses = [verb, *_to_clauses(verb)]
    clause_objects = [o for c in clauses[1:] for o in c.children if o.dep_ in OBJECT_DEPS]
    holders = [*clauses, *([frame.noun] if frame.noun is not None else []), *objects, *clause_objects]
    yield _prep_objects(holders, preps), INNER_DEPTH
    yield [o for o in clause_objects if not _owned(o)], INNER_DEPTH
    complements = [frame.complement] if frame.complement is not None else []
    complements += [c for clause in clauses for c in clause.children
                    if c.dep_ == "ccomp" and c != frame.complement]
    complements += [c for clause in clauses for c in clause.children
                    if c.dep_ == "advcl" and marked(c, CONDITION_MARKERS)]
    # a threat's threatened may be told as the passive of what will be done to them ("warned that any
    # outlet relaying propaganda would be taken off the air"); a demand's ("that prisoners be freed") is not
    subjects = SUBJECT_DEPS | PASSIVE_SUBJECT_DEPS if frame.coding.type == "THREATEN" else SUBJECT_DEPS
    yield [s for c in complements for s in c.children if s.dep_ in subjects], INNER_DEPTH
    nouns = [*objects, *_prep_objects([verb], NOUN_CLAUSE_PREPS)]  # "insisted on its demands that Burundi grant…"
    yield [s for noun in nouns for s in _content_clause_subjects(noun)], INNER_DEPTH
    if frame.noun is not None and frame.noun in passive:
        return  # "the meeting was held at X's home in Y": the rest of the clause is its setting
    phrases = _setting_free_prep_objects(holders)
    yield phrases, LOOSE_DEPTH
    yield _setting_free_prep_objects(phrases), LOOSE_DEPTH
    purposes = [c for c in verb.children if c.dep_ in ("advcl", "xcomp") and c not in clauses
                and not any(s.dep_ in SUBJECT_DEPS | PASSIVE_SUBJECT_DEPS for s in c.children)]
    purposes += [a for o in [*objects, *clause_objects] for a in o.children  # "help to guarantee Belarus's security"
                 if a.dep_ == "acl" and any(t.dep_ == "aux" and t.lower_ == "to" for t in a.children)]
    purpose_objects = [o for c in purposes for o in c.children if o.dep_ in OBJECT_DEPS]
    yield purpose_objects, LOOSE_DEPTH
    yield _setting_free_prep_objects([*purposes, *purpose_objects]), LOOSE_DEPTH
    yield [o for o in objects if moved or _owned(o)], 0


def _target(phrases: Iterable[Any], mentions: MentionIndex, lexicon: PredicateLexicon,
            frame_verb: Any | None = None) -> Actor | None:
    """What an assault hit when its object names no actor: "dynamited two power pylons in Cuzco"
    → the power pylons, placed in the country of the phrase's place ("a hospital in Gaza").

    An event noun ("carried out an attack") is the act itself and a weapon ("exploded a series
    of bombs") what it was done with, never its target.
    """
    for token in phrases:
        if token is not None and token.lemma_.lower() in PARTITIVE_NOUNS:  # "a series of bombs"
            token = next(iter(_prep_objects([token], ("of",))), token)
        if token is not None and token.lemma_.lower() in lexicon.part_nouns:  # "the engine of a bus"
            token = _whole(token)
        if token is None or token.pos_ not in ("NOUN", "PROPN") or token.is_punct or starts_hyphenated_word(token):
            continue  # "counter" in "a counter-offensive" is half a word (and its hyphen none)
        if noun_coding(token, lexicon, frame_verb.lemma_.lower() if frame_verb is not None else None) is not None:
            continue  # the act itself: "launched a bombing campaign"
        if token.ent_type_ in ("DATE", "TIME") or clock_zone(token):  # "fired at dawn", "at 0930 [1530 GMT]"
            continue
        if token.lemma_.lower() in PLACE_ONLY_TARGETS and not any(c.dep_ in ("amod", "compound") for c in token.children):
            # "struck targets in Gaza", the place phrase hung on the target or, when the target is
            # the verb's object, on the verb
            place = _first_actor([token], mentions)
            if place is None and frame_verb is not None and token.head == frame_verb:
                place = _first_actor(_prep_objects([frame_verb], ("in",)), mentions)
            if place is not None:
                return place
        if _instrument_or_amount(token, frame_verb, lexicon):
            continue
        words = sorted([*(c for c in token.children if c.dep_ in ("compound", "amod") and c.i < token.i), token],
                       key=lambda t: t.i)
        named_in_front = (mentions.at(c) for c in token.children if c.dep_ == "compound")  # "the Kabul airport"
        country = _phrase_country(token, mentions, ("in", "at", "near")) or next(
            (m.actor.country for m in named_in_front if m is not None and m.kind in PLACE_KINDS), None)
        return Actor(words_text(words), country)
    return None


def _whole(part: Any) -> Any:
    """What a part belongs to, named in its "of" phrase or as its possessor ("the engine of a bus",
    "the embassy's parking lot"); the part itself when neither names it."""
    owners = [*_prep_objects([part], ("of",)), *(c for c in part.children if c.dep_ == "poss" and c.pos_ != "PRON")]
    return owners[0] if owners else part


def _instrument_or_amount(token: Any, verb: Any | None, lexicon: PredicateLexicon) -> bool:
    """Whether an object says how or how much rather than what was hit: a weapon ("fired tear
    gas"), the object that makes the verb an assault ("opened fire"), or a bare amount
    ("dozens were wounded", "no one was killed")."""
    if is_weapon(token, lexicon) or (verb is not None and _the_act_itself(token, verb, lexicon)):
        return True
    return token.lemma_.lower() in AMOUNT_WORDS or token.like_num


def _setting_place(token: Any, mentions: MentionIndex) -> bool:
    """Whether a loose phrase only says where ("in Hong Kong"): another loose phrase that names a
    party comes first, and the place is the recipient only when none does."""
    mention = mentions.at(token)
    return token.head.lower_ in SETTING_PREPS and mention is not None and mention.kind in PLACE_KINDS


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


def _noun_roles(noun: Any, mentions: MentionIndex, preps: tuple[str, ...],
                patient_nouns: frozenset[str] = frozenset()) -> tuple[Actor | None, Actor | None]:
    """Participants of an event noun: possessor or agent phrase acts; preposition phrases receive.

    A person who possesses a noun of what is done to someone (`patient_nouns`) with no "of"
    phrase is the one it was done to: "Galan's murder", "his arrest", "the police commander's
    assassination" (a title names a person); "the army's arrest of students" keeps the army as
    the doer.
    """
    # "clashes broke out between police and protesters": the phrase may hang on the noun's verb
    holders = [noun, noun.head] if noun.dep_ == "nsubj" else [noun]
    between = [_pobj(c) for holder in holders for c in holder.children
               if c.dep_ == "prep" and c.lemma_.lower() == "between"]
    if between and between[0] is not None:
        return _actor_of(between[0], mentions), None
    # "the assassinations committed by the death squads", "the murder of X, which was perpetrated
    # by professionals": the agent of a clause on the noun too
    agent = _first_actor([*_prep_objects([noun], AGENT_PREPS), *clause_agents(noun)], mentions)
    if noun.lemma_.lower() in patient_nouns and not _prep_objects([noun], ("of",)):
        persons = [c for c in noun.children if c.dep_ == "poss" and (m := mentions.at(c)) is not None
                   and (m.kind == "person" or m.kind == "pronoun" and c.lower_ in PERSONAL_POSSESSIVES
                        or m.kind == "generic" and m.actor.role is not None)]  # "the police commander's"
        if persons:
            return agent, _first_actor(persons, mentions)
    holders = [c for c in noun.children if c.dep_ in ("poss", "compound", "amod", "nmod")]
    actor = _first_actor(holders, mentions) or agent
    # "the withdrawal of some forces from Panama": the phrase may hang on the noun's "of" object
    recipient = _first_actor(_prep_objects([noun, *_prep_objects([noun], ("of",))], preps), mentions)
    return actor, recipient


def _called_its_doers(noun: Any, perpetrator_nouns: frozenset[str]) -> list[Any]:
    """Who is called the doer of an event noun: "Regalado was the perpetrator of the murder",
    "the gunmen who were the authors of the attack", "Escobar, the mastermind of the bombing",
    "the perpetrators of the massacre were soldiers"."""
    if noun.dep_ != "pobj" or noun.head.lower_ != "of" or noun.head.head.lemma_.lower() not in perpetrator_nouns:
        return []
    title = noun.head.head
    if title.dep_ == "attr":
        return [antecedent(s) for s in title.head.children if s.dep_ == "nsubj"]
    if title.dep_ == "nsubj":
        return [c for c in title.head.children if c.dep_ == "attr"]
    return [title.head] if title.dep_ == "appos" else []


def _content_clause_subjects(noun: Any) -> list[Any]:
    """Subjects of the clause that says what an event noun is about: "the demand that Israel
    ease…", "its accusation that Moscow armed…". The parser hangs that clause on the noun or,
    when the noun is an object, on its verb ("reiterated its demand today that Israel ease…")."""
    holders = [noun]
    if noun.dep_ == "dobj":
        holders.append(noun.head)
    elif noun.dep_ == "pobj" and noun.head.dep_ == "prep":  # "insisted on its demands that…"
        holders.append(noun.head.head)
    clauses = [c for holder in holders for c in holder.children
               if c.dep_ in ("ccomp", "acl", "advcl") and marked(c, CONTENT_MARKERS)]
    return [s for c in clauses for s in c.children if s.dep_ in SUBJECT_DEPS]


def _governing_clause_roles(noun: Any, mentions: MentionIndex, lexicon: PredicateLexicon,
                            event_type: str) -> tuple[Actor | None, Actor | None]:
    """An event noun held by an uncoded verb takes that verb's participants; one that is only
    the scene of a coded verb ("arrested 1,200 people during protests") takes none of them.

    "Serb forces were engaged in ethnic cleansing": the forces act; "a national was put under
    investigation": the national receives; "rocket fire killed 13 people": the people receive.
    "The attack was perpetrated by commandos": the commandos act. Those who witnessed, filmed or
    reported the shooting did not shoot (`onlooker_verbs`), nor did those who set it off
    (`sparking_verbs`: "sparked protests"), and those who face or suffer it receive it
    (`undergoing_verbs`), as do those who died in an act of force (`dying_verbs`) and those who
    received it (`receiving_verbs`: "received death threats from the cartel").
    The noun must be the verb's subject, object or the object of one of its prepositions, so a
    noun inside another participant's phrase is not misread.
    """
    aid = event_type == "AID"
    while noun.dep_ == "conj" and noun.head != noun:  # "an occupation of X and a blockade of Y"
        noun = noun.head
    while aid and noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.pos_ == "NOUN":
        noun = noun.head.head  # "200 trucks of aid crossed into Gaza": the trucks carry the aid
    head, dep = _holder(noun)
    if head == noun or head.pos_ not in ("VERB", "AUX", "ADJ"):
        return None, None
    if dep in SUBJECT_DEPS:  # what a copula says the event was ("one of the most important") receives nothing
        recipient = _first_actor((c for c in head.children if c.dep_ in RECIPIENT_OBJECT_DEPS - {"attr"}), mentions)
        if recipient is None and aid:  # aid that "crossed into Gaza" went to Gaza
            recipient = _first_actor(_prep_objects([head], ("into", "to")), mentions)
        return None, recipient
    if dep in PASSIVE_SUBJECT_DEPS:  # "the attack was carried out by urban commandos"
        if head.lemma_.lower() in lexicon.onlooker_verbs:
            return None, None  # "the attack was confirmed by a spokesman": the spokesman did not attack
        return _first_actor((_pobj(c) for c in head.children if c.dep_ == "agent"), mentions), None
    if dep == "cause":  # "died as a result of torture"; "as a result of the homicide, the mayor imposed a curfew"
        lemma = head.lemma_.lower()
        harmed = lemma in lexicon.undergoing_verbs or event_type in HARM_TYPES and lemma in lexicon.dying_verbs
        return None, _first_actor(_subjects(head), mentions) if harmed else None
    if dep not in ("dobj", "prep"):
        return None, None
    if dep == "prep" and noun.head.lower_ in SETTING_PREPOSITIONS and _codes_an_event(head, lexicon):
        return None, None  # "arrested 1,200 people during protests": the scene is no act of the police
    if dep == "prep" and noun.head.lower_ in REASON_PREPOSITIONS:
        return None, None  # "hanged two men over the killing of a militiaman": the reason is another's act
    if dep == "prep" and noun.head.lower_ in TOPIC_PREPOSITIONS:
        return None, None  # "regarding the fighting, Larios said": what one speaks of is not one's act
    subjected = dep == "prep" and noun.head.lower_ in SUBJECTED_PREPOSITIONS and not any(
        c.dep_ in ("dobj", "agent") for c in head.children)  # not "recruits people under threats"
    if subjected:
        return None, _first_actor(_subjects(head), mentions)  # "the police came under attack": attacked
    if dep == "dobj" and any(c.dep_ == "xcomp" and c.i > noun.i for c in head.children):
        return None, None  # "a court ordered the strike to end": the strike is not the court's
    passive = [c for c in head.children if c.dep_ in PASSIVE_SUBJECT_DEPS]
    if passive and head.lemma_.lower() in PARTICIPATION_VERBS:
        return _first_actor(passive, mentions), None
    if passive:
        agents = (_pobj(c) for c in head.children if c.dep_ == "agent")
        return _first_actor(agents, mentions), _first_actor(passive, mentions)
    # "escaped unharmed from an attack": an adjective's phrase belongs to the verb it describes
    verb = head.head if head.pos_ == "ADJ" and head.dep_ in ("advcl", "acomp", "oprd") else head
    if {head.lemma_.lower(), verb.lemma_.lower()} & (lexicon.onlooker_verbs | lexicon.sparking_verbs):
        return None, None  # "witnessed the shooting", "sparked violent protests": neither did it
    if event_type in HARM_TYPES and verb.lemma_.lower() in lexicon.speaking_verbs:
        return None, None  # "officials said, in the latest attack on minorities": they did not attack
    lemma = verb.lemma_.lower()
    if lemma in lexicon.undergoing_verbs or event_type in HARM_TYPES and lemma in lexicon.dying_verbs:
        # "as he faces the biggest protests", "an inspector died in the explosion"
        return None, _first_actor(_subjects(head), mentions)
    if lemma in lexicon.receiving_verbs:  # "the leader had been receiving death threats from the cartel"
        giver = _first_actor(_prep_objects([head], ("from",)), mentions)
        return giver, _first_actor(_subjects(head), mentions, unlike=giver)
    if dep == "dobj" and _codes_an_event(head, lexicon):
        return None, None  # "condemned the killing of five soldiers": the condemner did not kill
    return _first_actor(_subjects(head), mentions), None


def _codes_an_event(verb: Any, lexicon: PredicateLexicon) -> bool:
    """Whether a verb is an event of its own ("arrested"), not a frame for one ("resorted to")."""
    entry = verb_entry(verb, lexicon)
    return entry is not None and entry.coding is not None


def claimant(noun: Any, mentions: MentionIndex) -> Actor | None:
    """Who claims an act ("the MRTA claimed responsibility for the murder" → the MRTA); None
    when the claim is denied or made by no one ("no organisation claimed responsibility")."""
    verb = noun.head
    if noun.dep_ != "dobj" or any(c.dep_ == "neg" for c in verb.children):
        return None
    subjects = _subjects(verb)
    if any(c.lower_ in ("no", "nobody", "none") for s in subjects for c in (s, *s.children)):
        return None
    return _first_actor(subjects, mentions)


def blamed(token: Any, mentions: MentionIndex, lexicon: PredicateLexicon) -> tuple[Actor, Any | None] | None:
    """Whom a sentence holds to have done an act, and the word naming the act, if `token` says so.

    "police blamed the FMLN for the bombing", "blamed the bombing on the FMLN", "the FMLN was
    blamed for…", "the murder was attributed to the MRTA", "the army was responsible for the
    massacre". None when denied ("was not responsible") or no actor is named ("those responsible").
    """
    lemma = token.lemma_.lower()
    if lemma in lexicon.blame_verbs and token.pos_ == "VERB":
        verb, adjective = token, None
    elif lemma in lexicon.culprit_words and token.dep_ == "acomp":
        verb, adjective = token.head, token
    else:
        return None
    if any(c.dep_ == "neg" for c in (*verb.children, *(adjective.children if adjective is not None else ()))):
        return None
    if adjective is not None:
        party, act = _subjects(verb), _prep_objects([adjective], ("for",))
    elif (target := _prep_objects([verb], ("to", "on"))):  # "attributed the murder to", "blamed it on"
        party, act = target, [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    else:
        party, act = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")], _prep_objects([verb], ("for",))
    actor = _first_actor(party, mentions)
    return (actor, act[0] if act else None) if actor is not None else None


def _misparsed_subjects(verb: Any) -> list[Any]:
    """A name the parser hung before a subjectless verb as a modifier: "Quennel, in a radio
    address, accused the minister" (an unknown name taken for an adverb)."""
    return [c for c in verb.children if c.i < verb.i and c.dep_ in MISPARSED_SUBJECT_DEPS
            and (c.ent_type_ in NAME_ENTITIES or c.text[:1].isupper() and c.pos_ in ("ADV", "PROPN", "NOUN"))]


def _titled_name(subjects: list[Any]) -> list[Any]:
    """A title the parser made a second subject of its name's verb ("the EU's foreign policy chief
    Josep Borrell condemned…", "Sudan's paramilitary Rapid Support Forces shelled…", both
    subjects of the verb): the name is the subject."""
    named = [s for s in subjects if s.ent_type_ in ("PERSON", "ORG")
             and any(t.i + 1 == s.left_edge.i for t in subjects if t != s)]
    return named or subjects


def _subjects(verb: Any) -> list[Any]:
    """The verb's own subject, or the one it shares with the clause it depends on."""
    token = verb
    for _ in range(4):
        subjects = [c for c in token.children if c.dep_ in SUBJECT_DEPS] or _misparsed_subjects(token)
        if subjects:
            return [antecedent(s) for s in _titled_name(subjects)]
        if token.dep_ == "relcl":
            return [token.head]
        if token.dep_ == "acl" and token.head.pos_ in ("NOUN", "PROPN"):
            # "youths resorted to…" (a reduced relative) or "issued a statement demanding…",
            # where the statement's issuer demands
            noun = token.head
            if _free_adjunct(token):
                return _subjects(noun.head.head) + [noun]
            return [noun, *(_subjects(noun.head) if noun.dep_ == "dobj" and noun.head != noun else [])]
        active = token.tag_ in TENSED_TAGS or any(c.dep_ == "dobj" for c in token.children)
        if token.dep_ == "conj" and active and token.head.pos_ in ("ADJ", "ADV"):
            # "rejected the allegations as preposterous and summoned the envoy": the parser joined
            # the verb to a word of the first clause, whose subject it shares
            token = next((a for a in token.ancestors if a.pos_ in ("VERB", "AUX")), token)
            continue
        if token.dep_ not in SUBJECT_SHARING_DEPS or token.head == token:
            return []
        if (controller := _controlling_object(token)) is not None:
            return [antecedent(controller)]
        if after_a_dating_clause(token):
            token = token.head  # its subject is the main clause's, not the dating clause's
        shared_by_clause = token.dep_ == "pcomp"  # "resorted to throwing stones"
        if shared_by_clause and (charged := _charged_party(token.head)) is not None:
            return [antecedent(charged)]
        token = token.head
        if shared_by_clause and token.dep_ == "prep":
            token = token.head
    return []


def _attempters(noun: Any, lexicon: PredicateLexicon) -> list[Any]:
    """Who made an attempt or a plot ("an attempt by the FMLN to kidnap…", "its attempt to
    recover…", "made an attempt", "an operation in an attempt to capture him"); not whoever
    foiled or uncovered it ("troops foiled an attempt to kidnap the envoy")."""
    own = [*(c for c in noun.children if c.dep_ == "poss"), *_prep_objects([noun], ("by",))]
    if own:
        return [antecedent(party) for party in own]
    if noun.dep_ == "dobj" and noun.head.lemma_.lower() in lexicon.light_verbs:
        return _subjects(noun.head)
    if noun.dep_ == "pobj" and noun.head.lower_ == "in" and noun.head.head.pos_ in ("VERB", "AUX"):
        return _subjects(noun.head.head)
    return []


def _looked_on(verb: Any, lexicon: PredicateLexicon) -> bool:
    """"In the worst fighting Tripoli has seen in two years": an act told in a phrase of an
    onlooker's verb is not the onlooker's doing."""
    if verb.dep_ not in ("pcomp", "pobj") or verb.head.dep_ != "prep":
        return False
    return verb.head.head.lemma_.lower() in lexicon.onlooker_verbs


def _controlling_object(clause: Any) -> Any | None:
    """"requires Hezbollah to withdraw", "urged Israel to pull out": the object of a verb of
    asking or causing whose to-clause it is would act. An order is told as the act of whoever
    orders it ("ordered the army to deploy"); after other verbs the to-clause is the subject's
    purpose ("visited Tbilisi to congratulate the ruling party")."""
    verb = clause.head
    if clause.dep_ != "xcomp" or verb.lemma_.lower() not in OBJECT_CONTROL_VERBS:
        return None
    return next((c for c in verb.children if c.dep_ == "dobj" and c.i < clause.i), None)


def _free_adjunct(participle: Any) -> bool:
    """"Boarded the boats during a resupply mission, seizing firearms": an -ing clause after a
    comma that the parser hung on the object of the verb's phrase tells what the verb's subject
    did next, not what the phrase's noun did."""
    return comma_participle(participle) and _phrase_verb(participle) is not None


def _charged_party(prep: Any) -> Any | None:
    """The object a verb's of/for/from phrase is about, who does what the phrase tells:
    "accused Russia of shelling the plant", "blamed the army for firing", "stopped them from
    crossing". The parser hangs the phrase on the verb or on its object."""
    if prep.lower_ not in CHARGE_PREPOSITIONS:
        return None
    if prep.head.dep_ == "dobj":
        return prep.head
    return next((c for c in prep.head.children if c.dep_ == "dobj" and c.i < prep.i), None)


def _speakers(verb: Any, *, joint: bool) -> list[Any]:
    """Who a pronoun subject no mention resolves stands for, when it is the one speaking.

    "Rebel leaders said they would meet the envoy", "“We will retaliate,” the army said": the
    pronoun of a reported clause is the speaker of the clause that reports it. In a joint act
    ("“We discussed security,” Gantz said") "we" is the speaker and a partner, so it stays open.
    """
    while not any(c.dep_ in SUBJECT_DEPS for c in verb.children) and verb.dep_ in ("xcomp", "acomp") \
            and verb.head != verb:
        verb = verb.head  # "they attempted to assassinate", "it is prepared to impose": the pronoun's clause
    pronouns = {c.lower_ for c in verb.children if c.dep_ in SUBJECT_DEPS and c.pos_ == "PRON"}
    if not pronouns or (joint and pronouns & FIRST_PERSON_PLURAL):
        return []
    token = verb
    while token.dep_ in REPORTED_DEPS and token.head != token:
        token = token.head
        subjects = [c for c in token.children if c.dep_ in SUBJECT_DEPS and c.pos_ != "PRON"]
        if subjects:
            return subjects
    return []


def _prep_objects(holders: Iterable[Any], preps: Iterable[str]) -> list[Any]:
    """Objects of the holders' prepositions, in the order of `preps` (the most telling first),
    then of the text."""
    rank = {prep: i for i, prep in enumerate(preps)}
    found = []
    for holder in holders:
        for child in holder.children:
            if child.dep_ == "prep" and child.lemma_.lower() in rank:
                obj = _pobj(child)
                if obj is not None:
                    found.append((rank[child.lemma_.lower()], obj))
    return [obj for _, obj in sorted(found, key=lambda pair: pair[0])]


def _pobj(prep: Any) -> Any | None:
    """The preposition's object; when the parser hung the phrase elsewhere ("granted asylum to
    five officers holed up…", with "officers" made a subject), the noun phrase right after it.
    A to-clause it heads gives its subject: "met with Blinken to discuss the crisis" (parsed as
    with [Blinken to discuss]), "called for the army to withdraw"."""
    found = next((c for c in prep.children if c.dep_ in ("pobj", "pcomp")), None)
    if found is not None and found.dep_ == "pcomp" and any(c.dep_ == "aux" and c.lower_ == "to" for c in found.children):
        found = next((c for c in found.children if c.dep_ == "nsubj" and c.i < found.i), found)
    if found is not None or prep.pos_ != "ADP":
        return found
    head = None
    for token in prep.doc[prep.i + 1: prep.i + 1 + DANGLING_PHRASE_WORDS]:
        if token.pos_ not in NOUN_PHRASE_POS:
            break
        if token.pos_ in ("NOUN", "PROPN"):
            head = token
    return head


def _first_actor(tokens: Iterable[Any | None], mentions: MentionIndex, *, unlike: Actor | None = None,
                 depth: int = INNER_DEPTH, settings: bool = True) -> Actor | None:
    """The first actor the phrases name, skipping `unlike` (an event's recipient is never its actor)."""
    for token in tokens:
        if token is not None:
            actor = _actor_of(token, mentions, depth=depth, unlike=unlike, settings=settings)
            if actor is not None:
                return actor
    return None


def _actor_of(token: Any, mentions: MentionIndex, *, depth: int = INNER_DEPTH,
              unlike: Actor | None = None, settings: bool = True) -> Actor | None:
    """The actor a phrase names: itself and its coordinated phrases, or the participants it holds.

    A phrase that names no actor itself is searched outward from its head, nearest words first:
    "leaders of the opposition coalition", "a group of rebels", "an Indian proposal", "calls by
    Belarus's rulers". A title with a name in apposition ("army chief Abdel Fattah al-Burhan")
    is the named person. A party equal to `unlike` is passed over, so "its partners" of the
    actor's own possessive still finds the partners named beside it ("its EU partners").
    Without `settings`, the places inside the phrase ("in Cuzco", a town set beside it after a
    comma or named in front of it: "the Kabul airport") are not its participants.
    """
    if token.pos_ == "ADP":  # a dative "to": "issued a reminder to Iraq"
        token = _pobj(token)
        if token is None:
            return None
    if mentions.at(token) is None:  # "a young couple, Silvia Azurdia and Victor Rodriguez": the people named
        # "lawyer Elvino Dias and party official Paulo Guambe": each title's name, and its conjuncts'
        titled = _with_conjuncts(_appositions(token))
        if titled:
            titled += [a for t in token.conjuncts for a in _named_words(t, mentions)]
        named = [m.actor for a in titled if (m := mentions.at(a)) is not None
                 and m.kind in ("person", "organization") and (unlike is None or m.actor.name != unlike.name)]
        people = compound(_distinct(named)) if named else None
        if people is not None:
            country = _phrase_country(token, mentions, ("of",)) if people.country is None else None
            return replace(people, country=country) if country else people
    layer = [token]
    for _ in range(depth + 1):
        for phrase in layer:  # one phrase with its conjuncts, never two different dependents joined
            found = ((t, mentions.at(t)) for t in _with_conjuncts([phrase]))
            actors = _distinct(_named(t, m, mentions) for t, m in found if m is not None
                               and (settings or not _where_it_stood(t, m)))
            if unlike is not None:
                actors = [a for a in actors if a.name != unlike.name]
            if actors:
                found = compound(actors)
                if found is not None and found.country is None and phrase != token:
                    # "a member of the Syrian parliament, Mohammed Mamoun": the person is Syrian
                    country = _phrase_country(token, mentions, ("of",))
                    found = replace(found, country=country) if country else found
                return found
        layer = [inner for t in layer for inner in _inner_phrases(t, settings=settings)]
        if not layer:
            return None
    return None


def _named_words(token: Any, mentions: MentionIndex) -> list[Any]:
    """The words naming a person or organisation in one conjunct: the conjunct itself, or the names
    in apposition to it ("party official Paulo Guambe")."""
    mention = mentions.at(token)
    if mention is not None and mention.kind in ("person", "organization"):
        return [token]
    return _with_conjuncts(_appositions(token))


def _where_it_stood(token: Any, mention: Mention) -> bool:
    """A place that only says where the thing it goes with is: set after a comma ("an attack on
    the pipeline in Mulalo, Yumbo municipality", as the parser may hang it on any word before
    it), or a town named in front of a thing ("the San Salvador central market", "a Lima
    restaurant"). "The town of Palma" is the town itself."""
    if mention.kind not in PLACE_KINDS:
        return False
    while mention.token_start <= token.head.i < mention.token_end and token.head != token:
        token = token.head  # the place name's own head word
    if token.dep_ == "compound" and token.head.pos_ == "NOUN":
        return True
    return mention.kind == "place" and token.dep_ == "appos"


def _named(token: Any, mention: Mention, mentions: MentionIndex) -> Actor:
    """The token's actor; a generic title gives way to the people named in apposition to it
    ("photographers Roberto Navas and Luis Galdamez"), and takes the countries its "of" phrase
    names ("the governments of Argentina, Chile and Peru")."""
    if mention.kind != "generic":
        return mention.actor
    for child in _appositions(token):
        named = mentions.at(child)
        if named is not None and named.kind in ("person", "organization"):
            alike = [m for c in _with_conjuncts([child]) if (m := mentions.at(c)) is not None and m.kind == named.kind]
            return compound(_distinct(m.actor for m in alike)) or named.actor
    preps = ("of", "from") if mention.actor.sector in ARMED_GROUP_SECTORS else ("from",)
    if groups := _groups_named(token, mentions, preps):
        return groups  # "the militant groups of Jaysh al-Islam", "gunmen from the Islamic State"
    nations = _countries_named(token, mentions)
    if len(nations) == 1:  # "the government of Argentina", "refugees from Syria"
        return replace(mention.actor, country=nations[0].country)
    if nations:
        return compound([replace(nation, sector=mention.actor.sector) for nation in nations]) or mention.actor
    if mention.actor.country is None:  # "13 people in Israel", "rebels in the Ivory Coast"
        country = _phrase_country(token, mentions, ("in",))
        if country is not None:
            return replace(mention.actor, country=country)
    return mention.actor


def _appositions(token: Any) -> list[Any]:
    """A noun's appositions, the name it is itself in apposition to ("Jaime Valencia, the man who
    masterminded the attack"), and a name set off by a comma right after it that the parser hung on
    the verb instead ("kidnapped a young couple, Silvia Azurdia and Victor Rodriguez, as…")."""
    found = [c for c in token.children if c.dep_ == "appos"]
    if token.dep_ == "appos":
        found.append(token.head)
    after = token.right_edge.i + 1
    if token.dep_ in ("dobj", "nsubjpass") and after + 1 < len(token.doc) and token.doc[after].text == ",":
        found += [c for c in token.head.children if c.dep_ == "npadvmod" and c.left_edge.i == after + 1
                  and c.ent_type_ in ("PERSON", "ORG")]
    return found


def _groups_named(token: Any, mentions: MentionIndex, preps: tuple[str, ...]) -> Actor | None:
    """The organisations the phrases name, when they name nothing else ("of Jaysh al-Islam and
    Ahrar al-Sham", "officials from the ministry"): a named body is more specific than the
    generic word for its members. The tagger may take a group's Arabic name for a person's."""
    named = [mentions.at(t) for t in _with_conjuncts(_prep_objects([token], preps))]
    if not named or not all(m is not None and m.kind in ("organization", "person") for m in named):
        return None
    return compound(_distinct(m.actor for m in named if m is not None))


def _countries_named(token: Any, mentions: MentionIndex) -> list[Actor]:
    """The countries an "of" or "from" phrase names, when it names nothing else ("of Brazil and
    Colombia", "from Syria")."""
    named = [mentions.at(t) for t in _with_conjuncts(_prep_objects([token], ("of", "from")))]
    if not all(m is not None and m.kind == "country" for m in named):
        return []
    return _distinct(m.actor for m in named if m is not None)


def _phrase_country(token: Any, mentions: MentionIndex, preps: tuple[str, ...]) -> str | None:
    """The country of the first party named in the phrase's prepositional phrases ("in Gaza")."""
    named = (mentions.at(t) for t in _prep_objects([token], preps))
    return next((m.actor.country for m in named if m is not None and m.actor.country), None)


def _inner_phrases(token: Any, *, settings: bool = True) -> list[Any]:
    """The words of a phrase that may name its participant, most telling first.

    Appositions, possessors and compounds name a party outright; a named "of" phrase comes next
    ("the Ukrainian city of Kharkiv" is Kharkiv, not "Ukrainian"); then adjectives and other
    modifiers ("an Indian proposal"), then the remaining prepositions, the agent of a participle
    ("the demonstration staged by students", "crimes committed by Croat forces"), its other
    phrases ("the curfew imposed in Sudan"), and last the subject of a relative clause ("an accord
    under which French forces were stationed").
    """
    def modifiers(deps: tuple[str, ...]) -> list[Any]:
        return sorted((c for c in token.children if c.dep_ in deps), key=lambda c: deps.index(c.dep_))

    others = tuple(p for p in INNER_PREPS if p != "of" and (settings or p not in SETTING_PREPS))
    clauses = [c for c in token.children if c.dep_ == "acl"]
    doers = [_pobj(a) for c in clauses for a in c.children if a.dep_ == "agent"]
    relative = [c for r in token.children if r.dep_ == "relcl" for c in r.children
                if c.dep_ in ("nsubj", "nsubjpass") and c.lower_ not in RELATIVE_PRONOUNS]
    return [*modifiers(NAMING_DEPS), *_prep_objects([token], ("of",)), *modifiers(DESCRIBING_DEPS),
            *_prep_objects([token], others), *(d for d in doers if d is not None), *_prep_objects(clauses, others),
            *relative]


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
