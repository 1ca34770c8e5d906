"""Pick where each event happened among the places its sentence names, and geocode it.

The location is a place the event's own clause puts it in ("was held at Gantz's home in
Israel", "killed 13 people in Israel"), the most specific one when places nest ("in the West
Bank city of Ramallah" → Ramallah), or the place an attack hits ("shelled the southern city of
Kherson"). Failing that, a place that is the recipient of an act that goes there ("a bombing
campaign against Gaza", a visit, aid), then a place the sentence locates anything in, then the
place of the story's dateline ("SAN SALVADOR, 3 JAN 90 --"), where wire copy is filed from, or
else the country the story names most ("declared a nationwide state of emergency" in a story
about Peru); in a story with no dateline, a country's statement told with no place is made at
home ("Saudi Arabia called for restraint"). Names are resolved with the story's own country as a
hint, so "SANTA ANA" in a Salvadoran story is the Salvadoran town. A generic actor with no
country of its own ("13 people") takes the country of the event's location. An act whose
sentence names no place is where the last act of its paragraph was ("In Kinshasa, protesters
attacked… Police fired tear gas"), else where the last act of its type was ("Air strikes killed
27 in Gaza. … The military said it had struck militants").
A meeting whose words give no mode takes one from where it was held (see `_by_venue`).
"""

from __future__ import annotations

from bisect import bisect_left
from collections import Counter
from collections.abc import Callable
from dataclasses import replace
from typing import Any

import pycountry

from eventmill.actors.context import national, story_country
from eventmill.actors.mentions import DICTIONARY_SOURCE
from eventmill.dates.dateline import dateline_credit, dateline_place
from eventmill.language.tokens import (
    dating_clause,
    modified_noun,
    starts_hyphenated_word,
    told_there,
)
from eventmill.model import STATEMENT_TYPES, Actor, Article, Event, Place
from eventmill.places.gazetteer import (
    PLACE_KIND_WORDS,
    Gazetteer,
    names_country,
    told_as_place,
)

PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
LOCATIVE_PREPS = frozenset({"in", "at", "near", "outside", "inside", "across", "into", "around",
                            "throughout", "on", "along", "within"})
# Sectors of generic groups ("people", "gunmen", "police", "the foreign ministry") that are local
# to where they act.
GENERIC_SECTORS = frozenset({"CVL", "UAF", "UNK", "COP", "MIL", "REB", "GOV", "PRM"})
# Links of a name to the place noun it names: "in Gezira state", "in Sudan's Darfur region", "in
# the Sagaing region" (where the parser reads the name as an adjective) and "on Khost and Paktika
# provinces" (a modifier of the plural).
NAMING_DEPS = frozenset({"compound", "poss", "amod", "nmod"})
# How far up the parse a place may sit below the event predicate.
MAX_PATH = 6
# Words of a journey whose "to" phrase is where the event it was made for took place.
JOURNEY_WORDS = frozenset({"travel", "fly", "go", "come", "head", "return", "journey", "arrive", "sail", "drive",
                           "visit", "trip", "tour"})
# Verbs of a consequence whose object does what their to-clause says ("…, forcing companies to
# reroute around Africa"); "used tear gas to disperse" is the subject's own purpose.
CONTROLLING_VERBS = frozenset({"force", "compel", "oblige", "prompt", "push", "drive", "lead", "cause"})
# Links of a clause told under a verb of saying: "officials said [rebels attacked]".
TOLD_DEPS = frozenset({"ccomp", "parataxis"})
# A country's own ground, named by its possessive ("deployed troops to its northern border",
# "flew into their airspace"): the place is the country the possessive stands for.
OWN_GROUND_NOUNS = frozenset({"border", "frontier", "territory", "soil", "airspace", "water", "coast", "coastline"})
# Place nouns that, definite and named by nothing, point back to the place an event was last told
# in: "Israeli air strikes killed 70 people across the enclave", after "a ceasefire in Gaza". A
# settlement word points back only to a place that is no whole country.
SETTLEMENT_WORDS = frozenset({"city", "town", "village"})
PLACE_ANAPHORS = SETTLEMENT_WORDS | {"enclave", "strip", "territory", "region", "province"}
# Event types whose direct object may be the place they strike ("shelled Kherson").
PLACE_OBJECT_TYPES = frozenset({"ASSAULT", "COERCE"})
# Event types that go where their recipient is: struck, visited, sent to. A country that ties are
# cut with or that is accused is a party, not the place.
RECIPIENT_PLACE_TYPES = PLACE_OBJECT_TYPES | {"CONSULT", "AID", "MOBILIZE"}


class EventLocator:
    """Sets `Event.location` and fills generic actors' countries from it."""

    name = "places"
    reads = ("docs", "sentences", "events", "mentions")
    writes = ("events.location",)

    def __init__(self, gazetteer: Gazetteer, *, is_mission: Callable[[str], bool] = lambda lemma: False) -> None:
        self.gazetteer = gazetteer
        self.is_mission = is_mission

    def __call__(self, article: Article) -> Article:
        places_of = _SentencePlaces(article, self.gazetteer, self.is_mission)
        # "its", "their" that the coreference stage read as a country ("Peru deployed troops to its border")
        possessed = {(article.sentences[m.sentence].segment, m.token_start): m.actor.country
                     for m in article.mentions if m.kind == "pronoun" and national(m.actor.country)
                     and names_country(m.actor.name, m.actor.country)}
        filed_from = dateline_place(article.text[article.opening:])
        hint, home = self._story_country(article, places_of, filed_from)
        located = []
        scene: dict[int, Place] = {}  # paragraph → the last place an act in it was told in
        theatre: dict[str, Place] = {}  # event type → the last place an act of that type was told in
        told: Place | None = None  # the last place an event was told in, which "the enclave" points back to
        for event in article.events:
            sentence = article.sentences[event.sentence]
            doc = article.docs[sentence.segment]
            offset = article.char_offset(sentence)
            places = places_of(event.sentence, hint)
            trigger = doc.char_span(event.trigger.start - offset, event.trigger.end - offset,
                                    alignment_mode="expand")
            ground = _own_ground(trigger.root, sentence.segment, possessed) if trigger is not None else None
            location = self._choose(places, trigger.root if trigger is not None else None, event, hint,
                                    own_ground=self._country_place(ground) if ground else None)
            if location is None and told is not None and trigger is not None \
                    and (anaphor := _place_anaphor(trigger.root)) is not None \
                    and (anaphor.lemma_.lower() not in SETTLEMENT_WORDS or not self._a_country(told)):
                location = told  # "a ceasefire in Gaza … killed 70 people across the enclave"
            if location is not None:
                told = location
            paragraph = article.segments[sentence.segment].paragraph
            acted = event.type not in STATEMENT_TYPES
            if acted and location is not None:
                scene[paragraph] = theatre[event.type] = location
            fallback = home if filed_from else self._speakers_home(event, home) or home
            if acted and paragraph in scene:
                fallback = scene[paragraph]  # "In Kinshasa, protesters attacked… Police fired tear gas"
            elif acted and event.type in theatre:
                fallback = theatre[event.type]  # "Air strikes killed 27 in Gaza. … The military said it struck…"
            located.append(_with_location(_by_venue(event, location), location or fallback))
        article.events = located
        return article

    def _story_country(self, article: Article, places_of: _SentencePlaces,
                       filed_from: str | None) -> tuple[str | None, Place | None]:
        """The country the story is about (the dateline's place `filed_from` first, else the one
        it names most often) and the default place. The country its parties are mostly of
        breaks a tie; a tie it cannot break hints no country, since the hint picks among
        namesakes ("U.S. officials travel to Vienna" is not Vienna, Virginia), but the first
        named still serves as the default place."""
        home = self.gazetteer.lookup(filed_from) if filed_from else None
        if home is not None and home.country:
            return home.country, home
        # the parties' country picks among namesakes: San Ramon in a Salvadoran guerrilla
        # communique is not San Ramon, California
        parties = story_country(article.mentions, dateline_credit(article.text, start=article.opening))
        named = Counter(place.country for index in range(len(article.sentences))
                        for _, place in places_of(index, parties) if place.country)
        if not named:
            return None, home
        top = named.most_common(1)[0][1]
        tied = [country for country, votes in named.items() if votes == top]  # in the order first named
        country = parties if parties in tied else tied[0]
        return (country if len(tied) == 1 or country == parties else None), self._country_place(country)

    def _speakers_home(self, event: Event, home: Place | None) -> Place | None:
        """Where a country's statement told with no place was made, in a story with no dateline:
        at home ("Saudi Arabia called for restraint" in a story on strikes in Yemen that names the
        United States most), unless the story's own country is that one. A dateline, where the
        reporter heard it, is the better guess."""
        actor = event.actor
        if event.type not in STATEMENT_TYPES or actor is None or actor.members or not _is_country(actor.country):
            return None
        if home is not None and home.country == actor.country:
            return None
        return self._country_place(actor.country)

    def _a_country(self, place: Place) -> bool:
        """Whether a place is a whole country, not a place in one."""
        whole = self._country_place(place.country)
        return whole is not None and whole.name == place.name

    def _country_place(self, code: str | None) -> Place | None:
        """The gazetteer's place for a country code ("SAU" → Saudi Arabia)."""
        record = pycountry.countries.get(alpha_3=code) if code else None
        return self.gazetteer.lookup(record.name) if record is not None else None

    def _choose(self, places: list[tuple[Any, Place]], trigger: Any | None, event: Event,
                hint: str | None, *, own_ground: Place | None = None) -> Place | None:
        """The event's place: one its phrases of place govern, else a country's own ground its
        possessive names (`_own_ground`), else its recipient's place, else a loose phrase of place."""
        if not places:
            return own_ground
        if trigger is not None:
            governed = [(ent, place) for ent, place in places
                        if _locates(ent.root, trigger) or _destination(ent.root, trigger)]
            if not governed and told_there(trigger):
                # "arrived in Vilnius and has been given refuge there": the place named last before it
                before = [(ent, place) for ent, place in places if ent.end <= trigger.i]
                governed = before[-1:]
            if not governed and event.type in PLACE_OBJECT_TYPES:
                governed = [(ent, place) for ent, place in places if _struck(ent.root, trigger)]
            if governed:
                return _most_specific(governed)
        if own_ground is not None:
            return own_ground
        if event.recipient is not None and event.type in RECIPIENT_PLACE_TYPES:
            place = self.gazetteer.lookup(event.recipient.name, country_hint=hint)
            if place is not None and any(p.name == place.name for _, p in places):
                return place
        # a region of many countries in a loose phrase is a scope ("the most orthodox armed
        # movements in Latin America"), not a scene
        loose = [(ent, place) for ent, place in places
                 if place.country is not None and in_locative_phrase(ent.root)
                 and not _in_other_events_time(ent.root, trigger) and not _in_a_clause_of_its_own(ent.root, trigger)
                 and not _where_the_source_is(ent.root, trigger)]
        return _most_specific(loose) if loose else None


class _SentencePlaces:
    """The places each sentence of one article names, resolved once per sentence and hint.

    The story's country is read from every sentence and each event reads its own sentence
    again; scanning the Doc's entities for every sentence would be quadratic in its length.
    """

    def __init__(self, article: Article, gazetteer: Gazetteer, is_mission: Callable[[str], bool]) -> None:
        self.gazetteer = gazetteer
        self._entities: list[list[Any]] = []
        named_places = _named_places(article)

        titled = {(article.sentences[m.sentence].segment, index) for m in article.mentions if m.kind == "person"
                  for index in range(m.token_start, m.token_end)}

        def owner(ent: Any, segment: int) -> bool:
            """"US-backed fighters", "a Nairobi-based group", "the U.S. embassy", "U.S. House Speaker
            Kevin McCarthy": a place that starts a hyphenated word says who backs them or where they
            are from, and a country in front of its mission or in a person's title says whose it
            is, not where anything happened."""
            owned = modified_noun(ent[-1])
            return starts_hyphenated_word(ent[-1]) or (owned is not None and (
                is_mission(owned.lemma_) or (segment, ent.start) in titled))

        places_by_doc = [[ent for ent in doc.ents if (ent.label_ in PLACE_LABELS or (segment, ent.start) in named_places
                                                      or told_as_place(ent.root)) and not owner(ent, segment)]
                         for segment, doc in enumerate(article.docs)]
        # "flew to Kyiv": a capital the dictionary knows but the tagger left untagged is a place too
        tagged = [{t for ent in doc.ents for t in range(ent.start, ent.end)} for doc in article.docs]
        for mention in article.mentions:
            segment = article.sentences[mention.sentence].segment
            if mention.kind in ("place", "country") and tagged[segment].isdisjoint(
                    range(mention.token_start, mention.token_end)):
                words = article.docs[segment][mention.token_start : mention.token_end]
                if not owner(words, segment):
                    places_by_doc[segment].append(words)
        for found in places_by_doc:
            found.sort(key=lambda ent: ent.start)
        starts_by_doc = [[ent.start for ent in ents] for ents in places_by_doc]
        for sentence in article.sentences:
            ents, starts = places_by_doc[sentence.segment], starts_by_doc[sentence.segment]
            inside = ents[bisect_left(starts, sentence.token_start) : bisect_left(starts, sentence.token_end)]
            self._entities.append([ent for ent in inside if ent.end <= sentence.token_end])
        self._found: dict[tuple[int, str | None], list[tuple[Any, Place]]] = {}
        self._segments = [sentence.segment for sentence in article.sentences]
        # "Pakistani-administered Kashmir": the dictionary's name for a place the tagger cut short,
        # and the country the dictionary gives it, which picks among namesakes ("Rafah" in Gaza,
        # not in Egypt)
        self._dictionary_names = {
            (article.sentences[m.sentence].segment, m.token_end):
                (m.actor.name, m.actor.country if m.source.startswith(DICTIONARY_SOURCE) else None)
            for m in article.mentions if m.kind == "place"}

    def __call__(self, sentence: int, hint: str | None) -> list[tuple[Any, Place]]:
        """(entity, place) for every place entity wholly inside the sentence the gazetteer knows."""
        key = (sentence, hint)
        if key not in self._found:
            found = []
            for ent in self._entities[sentence]:
                named, country = self._dictionary_names.get((self._segments[sentence], ent.end), (None, None))
                known = country or hint
                place = (named and self.gazetteer.lookup(named, country_hint=known)) or \
                    self.gazetteer.lookup(ent.text.removeprefix("the "), country_hint=known)
                if place is not None:
                    found.append((ent, place))
            self._found[key] = found
        return self._found[key]


def in_locative_phrase(token: Any) -> bool:
    """Whether a word is the object of a preposition of place ("in Medellin", "near the border")."""
    return token.dep_ == "pobj" and token.head.lower_ in LOCATIVE_PREPS


def _in_other_events_time(token: Any, trigger: Any | None) -> bool:
    """"Took to the streets after six hostages were found dead in southern Gaza": a place in a
    clause that dates the event by another one is that one's place."""
    clauses = [a for a in token.ancestors if dating_clause(a)]
    return any(trigger is None or trigger.i != c.i and c not in trigger.ancestors for c in clauses)


def _in_a_clause_of_its_own(token: Any, trigger: Any | None) -> bool:
    """"Jets struck army bases, and troops moved into the buffer zone in the Golan": a place in a
    coordinated clause with a subject of its own is that clause's place. So is a place in what
    the event made others do ("…, forcing shipping companies to reroute around Africa")."""
    verb = next((a for a in token.ancestors if a.pos_ in ("VERB", "AUX")), None)
    if verb is None or trigger is None or verb.i == trigger.i:
        return False
    if any(_object_controlled(v) for v in (verb, *verb.ancestors) if v.i != trigger.i and trigger not in v.subtree):
        return True
    if verb.dep_ != "conj":
        return False
    own_subject = any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
    return own_subject and trigger not in verb.subtree


def _where_the_source_is(token: Any, trigger: Any | None) -> bool:
    """"Rebels kidnapped 16 advisers, western diplomatic sources in neighboring Pakistan said": a
    place in the subject of a verb whose complement tells the event is where its teller is, not
    the event (those who "participated in the demonstrations" were there). Tellers who speak of
    themselves ("students around the United States say they are planning rallies") are where
    they act."""
    if trigger is None:
        return False
    clause = trigger if trigger.pos_ in ("VERB", "AUX") else next((a for a in trigger.ancestors if a.pos_ == "VERB"), trigger)
    if any(c.dep_ in ("nsubj", "nsubjpass") and c.pos_ == "PRON" for c in clause.children):
        return False
    # verbs the event is told under: those a complement clause holding it hangs on
    telling = {a.head.i for a in (trigger, *trigger.ancestors) if a.dep_ in TOLD_DEPS}
    return any(a.dep_ in ("nsubj", "nsubjpass") and a.head.i in telling for a in (token, *token.ancestors))


def _object_controlled(verb: Any) -> bool:
    """A to-clause whose doer is its governor's object: "forced companies to reroute"."""
    cause = verb.head
    return verb.dep_ == "xcomp" and cause.lemma_.lower() in CONTROLLING_VERBS and cause.tag_ == "VBG" \
        and any(c.dep_ == "dobj" for c in cause.children)


def _named_places(article: Article) -> set[tuple[int, int]]:
    """(segment, first token) of the words our dictionary knows as a place, a country or its
    capital ("protesters gathered in Niamey", where the tagger read Niamey as an organisation)."""
    return {(article.sentences[m.sentence].segment, m.token_start) for m in article.mentions
            if m.kind in ("place", "country")}


def _own_ground(trigger: Any, segment: int, possessed: dict[tuple[int, int], str | None]) -> str | None:
    """The country whose own ground the event's phrase of place names with a possessive: "deployed
    soldiers to its northern border" (its = Peru) is in Peru."""
    for prep in (c for c in trigger.children if c.dep_ == "prep" and c.lower_ in LOCATIVE_PREPS | {"to"}):
        for ground in (o for o in prep.children if o.dep_ == "pobj" and o.lemma_.lower() in OWN_GROUND_NOUNS):
            owners = [possessed.get((segment, c.i)) for c in ground.children if c.dep_ == "poss"]
            if owners and owners[0]:
                return owners[0]
    return None


def _struck(token: Any, trigger: Any) -> bool:
    """Whether a place is the direct object of the trigger, alone or as "the city of X"."""
    node = token
    if node.dep_ == "pobj" and node.head.lower_ == "of" and node.head.head != node.head:
        node = node.head.head
    return node.dep_ == "dobj" and node.head.i == trigger.i


def _destination(token: Any, trigger: Any) -> bool:
    """Whether a place is where a journey made for the event went: "travelled to Kigali for
    talks", or where the visit that is the event went: "made a visit to Kyiv"."""
    prep = token.head
    if token.dep_ != "pobj" or prep.lower_ != "to" or prep.head.lemma_.lower() not in JOURNEY_WORDS:
        return False
    journey = prep.head
    if journey.dep_ == "conj" and journey.head.i == trigger.i:
        return False  # "was arrested in Manila and flown to The Hague": a move after the event
    return journey.i == trigger.i or journey.head.i == trigger.i or any(a.i == journey.i for a in trigger.ancestors)


def _locates(token: Any, trigger: Any) -> bool:
    """Whether a place is the object of a locative phrase in the trigger's own clause.

    The place must itself be the object of a locative preposition ("in Israel"), possibly
    through "of" ("the West Bank city of Ramallah") or as the name of a place noun ("in Sudan's
    Gezira state"); a place that only modifies another noun ("Gaza militants") locates nothing.
    """
    node = token.head if token.dep_ in NAMING_DEPS | {"appos"} and token.head.lemma_.lower() in PLACE_KIND_WORDS else token
    while node.dep_ == "pobj" and node.head.lower_ == "of" and node.head.head != node.head:
        node = node.head.head
        if node.lower_ in LOCATIVE_PREPS | {"out"}:  # "out of Gaza", "outside of Kyiv"
            break
    if node.lower_ not in LOCATIVE_PREPS | {"out"} and not in_locative_phrase(node):
        return False
    for _ in range(MAX_PATH):
        if node.head == node or (node.dep_ == "appos" and node.lemma_.lower() in PLACE_KIND_WORDS):
            return False  # "Goma, the largest city in eastern Congo": the phrase places Goma
        node = node.head
        if node.i == trigger.i:
            return True
        if node.pos_ == "VERB":
            return False
    return False


def _place_anaphor(trigger: Any) -> Any | None:
    """A definite place noun named by nothing ("across the enclave", "in the city") in a phrase
    of place of the trigger's sentence, which names no place of its own (the parser may hang the
    phrase far from the trigger: "air strikes killed 70 people across the enclave, … said")."""
    for token in trigger.sent:
        if token.lemma_.lower() in PLACE_ANAPHORS and in_locative_phrase(token) and any(
                c.dep_ == "det" and c.lower_ == "the" for c in token.children) and not any(
                c.dep_ in (*NAMING_DEPS, "prep", "appos") for c in token.children):
            return token
    return None


def _most_specific(candidates: list[tuple[Any, Place]]) -> Place:
    """The deepest place in the parse: "the West Bank city of Ramallah" → Ramallah; of a place
    and its possessor, the place: "Sudan's Gezira state" → Gezira; a place in one country over
    a region of many ("in Lima … in Latin America")."""
    def depth(item: tuple[Any, Place]) -> tuple[bool, bool, int, bool]:
        ent, place = item
        return (place.country is not None, ent.root.dep_ != "poss", len(list(ent.root.ancestors)), place.lat is not None)

    return max(candidates, key=depth)[1]


def _by_venue(event: Event, venue: Place | None) -> Event:
    """A meeting's mode from the place its own sentence holds it in, when its words gave none.

    Held in the country of some parties but not of others, it is a visit by the others, and
    the visitor is the actor ("talks in Lima" between Chile's envoy and Peru's minister; "Peru
    hosted the Chilean minister in Lima" is the minister's visit).
    Held where none of the parties is from, it is a meeting at a third location ("Chilean and
    Peruvian negotiators met in Vienna"). Only parties whose country is known count, and a
    third location needs every party's country, so an unnamed side never makes a meeting look
    foreign. The story's fallback place is no venue: it says where the story is, not the meeting.
    """
    if event.type != "CONSULT" or event.mode not in (None, "visit") or venue is None or not _is_country(venue.country):
        return event
    actor_side, recipient_side = _countries(event.actor), _countries(event.recipient)
    known = {c for c in (*actor_side, *recipient_side) if c is not None}
    if venue.country in known and known - {venue.country}:
        if set(actor_side) == {venue.country} and recipient_side and venue.country not in recipient_side:
            return replace(event, mode="visit", actor=event.recipient, recipient=event.actor)
        return replace(event, mode="visit")
    if event.mode is None and len(known) >= 2 and None not in (*actor_side, *recipient_side):
        return replace(event, mode="third-party")
    return event


def _countries(actor: Actor | None) -> list[str | None]:
    """The country of each party on one side of an event (None for a party of unknown or
    international country); no party, no entry."""
    if actor is None:
        return []
    return [party.country if _is_country(party.country) else None for party in actor.members or (actor,)]


def _is_country(code: str | None) -> bool:
    """Whether a code names a state (ISO3), not an international body (IGO, UNO, EUR)."""
    return code is not None and pycountry.countries.get(alpha_3=code) is not None


def _with_location(event: Event, location: Place | None) -> Event:
    if location is None:
        return event
    return replace(
        event,
        location=location,
        actor=_placed(event.actor, location),
        recipient=_placed(event.recipient, location),
    )


def _placed(actor: Actor | None, location: Place) -> Actor | None:
    """A generic actor without a country takes the country of the place it was in."""
    if actor is None or actor.country or actor.members or actor.role:
        return actor
    if actor.sector in GENERIC_SECTORS:
        return replace(actor, country=location.country)
    return actor
