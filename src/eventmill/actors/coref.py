"""Link later mentions to the actor they refer to: surnames, pronouns and "the two".

News style names a person in full once ("Israeli Defense Minister Benny Gantz") and then by
surname ("Gantz") or pronoun ("he"). A pronoun subject of reported speech is its speaker ("the
ministry said it had…"); otherwise we resolve with the recency rules a reader uses:
a surname takes the last full name that ends with it; an acronym the last organisation it spells
("NUT" after "the Nigerian Union of Teachers"); "he"/"she" the last person; "it" the last
country, organisation or body ("Mali's army"); a subject "they" the last plural subject ("the
demonstrators"); "the army" the last army named; "the two" the last two people.
"""

from __future__ import annotations

from collections.abc import Callable, Collection
from dataclasses import replace
from typing import Any, NamedTuple

from eventmill.actors.context import imply_countries, national, story_country
from eventmill.actors.mentions import BODY_OF_STATES, SURNAME_GUESS
from eventmill.actors.rows import normalise
from eventmill.dates.dateline import dateline_credit
from eventmill.language.tokens import modified_noun
from eventmill.model import Actor, Article, Mention, Span
from eventmill.places.gazetteer import Gazetteer

PERSON_PRONOUNS = frozenset({"he", "she", "him", "her", "his"})
THING_PRONOUNS = frozenset({"it", "its"})
PLURAL_PRONOUNS = frozenset({"they"})
# A plural object: "police fired tear gas to disperse them".
PLURAL_OBJECT_PRONOUNS = frozenset({"them"})
# Tags of a plural noun: "the demonstrators … they" (a named group, "the Taliban", is tagged singular).
PLURAL_TAGS = frozenset({"NNS", "NNPS"})
# Words that count the people of their "of" phrase: "thousands of teachers", "dozens of students".
COUNTING_WORDS = frozenset({"dozen", "hundred", "thousand", "million", "score"})
# Plural words too vague for a later "they" to mean: "the people" is as often the public a speaker
# invokes as a party that acts ("the people would rally behind them; they tried to hand out weapons").
VAGUE_PLURALS = frozenset({"people", "persons"})
RESOLVED_PRONOUNS = PERSON_PRONOUNS | THING_PRONOUNS | PLURAL_PRONOUNS | PLURAL_OBJECT_PRONOUNS
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
# A state's forces, who speak of their own as their own (a government also speaks of an enemy's:
# "the jets struck several villages, a Taliban spokesman said").
STATE_FORCES = frozenset({"MIL", "COP"})
PERSON_POSSESSIVES = frozenset({"his", "her"})
THING_POSSESSIVES = frozenset({"its", "their"})
# Words an organisation's acronym leaves out, and the longest acronym we match to a full name.
ACRONYM_SKIPPED = frozenset({"of", "for", "the", "and", "in", "on", "de", "del", "la", "des", "du"})
ACRONYM_MAX = 8
# Parts of speech the tagger gives a name it does not know (an unknown surname as an adverb).
NAME_LIKE_POS = frozenset({"PROPN", "NOUN", "ADV", "ADJ", "X"})
# Sectors of armed groups: "the militants" after "the Taliban" are the Taliban.
ARMED_GROUP_SECTORS = frozenset({"REB", "PRM", "CRM"})
# Sectors whose bodies go by many words: "the army" after "the Lebanese Armed Forces" is the same
# body; in other sectors the word must be in the name ("the ministry", "the commission").
SYNONYMOUS_BODY_SECTORS = frozenset({"MIL", "COP"})
# Pairs of parties of any kind named together in the sentence ("mediated between Israel and Hamas,
# urged both sides"), else the last two people; the other pair phrases name the last two people.
SIDE_PHRASES = frozenset({"both sides", "the two sides", "both parties", "the two parties"})
PAIR_PHRASES = frozenset({"the two", "both", "the two men", "the two leaders", "both men", "the two rivals",
                          "both leaders"})
GROUP_PHRASES = PAIR_PHRASES | SIDE_PHRASES
# Sectors of the forces whose countries are the sides of a war between states ("both sides").
WARRING_SECTORS = frozenset({"MIL", "PRM", "REB"})
GROUP_PHRASE_STARTS = frozenset(phrase.split()[0] for phrase in GROUP_PHRASES)
# Definite nouns that refer back to a named organisation: "the group", "the Iran-aligned movement".
GROUP_NOUNS = frozenset({"group", "movement", "organisation", "organization"})
GROUP_NOUN_SOURCE = "group noun"
# Sectors of those who fight: an armed group's own fighters, militants or gunmen are the group.
ARMED_SECTORS = frozenset({"REB", "PRM", "UAF", "MIL"})
# Sectors of the organisations "the group" refers back to: armed groups, parties, the opposition.
GROUP_SECTORS = frozenset({"REB", "PRM", "CRM", "UAF", "PTY", "OPP"})


class _Person(NamedTuple):
    """A person told so far: by name, or by a title alone ("the ambassador"), with the words of the
    mention that named them ("defense secretary william perry")."""

    sentence: int
    actor: Actor
    named: bool = True
    words: frozenset[str] = frozenset()


class CoreferenceResolver:
    """Rewrites surname mentions to their full actor and adds mentions for pronouns."""

    name = "coref"
    reads = ("docs", "sentences", "mentions")
    writes = ("mentions",)

    def __init__(self, *, gazetteer: Gazetteer | None = None, speech_verbs: Collection[str] = (),
                 asking_verbs: Collection[str] = (),
                 is_body: Callable[[str], bool] = lambda lemma: False,
                 is_mission: Callable[[str], bool] = lambda lemma: False,
                 is_air_word: Callable[[str], bool] = lambda lemma: False,
                 names_defence: Callable[[str], bool] = lambda name: False) -> None:
        self.gazetteer = gazetteer
        self.speech_verbs = frozenset(speech_verbs)
        self.asking_verbs = frozenset(asking_verbs)
        self.is_body = is_body
        self.is_mission = is_mission
        self.is_air_word = is_air_word
        self.names_defence = names_defence

    def __call__(self, article: Article) -> Article:
        credit = dateline_credit(article.text, start=article.opening)
        hint = story_country(article.mentions, credit)
        by_sentence: dict[int, list[Mention]] = {}
        for mention in article.mentions:
            by_sentence.setdefault(mention.sentence, []).append(mention)
        resolved: list[Mention] = []
        people: list[_Person] = []
        things: list[Actor] = []
        places: list[Actor] = []
        acting: list[tuple[int, Actor]] = []  # things named as a clause's subject, by sentence
        crowds: dict[tuple[int, int], Mention] = {}  # plural parties acting as a subject, by sentence and head
        before: Any = None  # the sentence before, as a spaCy Span
        abroad: set[int] = set()  # positions in `resolved` of embassies and envoys
        addressed: set[int] = set()  # positions in `resolved` of bodies a state named beside them asks
        topic: Actor | None = None  # the person the sentence before was about: its main subject
        air_force: str | None = None  # the country of the last air strikes or warplanes named
        flown_by: dict[int, str] = {}  # positions in `resolved` of aircraft of no country → that air force
        for index, sentence in enumerate(article.sentences):
            span = article.span(sentence)
            offset = article.char_offset(sentence)
            named = by_sentence.get(index, [])
            found = named + _surname_mentions(span, index, offset, named, [p.actor for p in people if p.named])
            pending = sorted(found + _pronoun_mentions(span, index, offset, found), key=lambda m: m.start)
            earlier: list[Mention] = []  # this sentence's mentions resolved so far
            for mention in pending:
                said = (_speaker(mention, span, earlier, self.speech_verbs) or _subject_before(mention, span, earlier)
                        or _subjects_own(mention, span, earlier) or _acting_thing(mention, span, acting) or _acting_crowd(mention, span, before, crowds)
                        or _crowd_acted_on(mention, span, before, crowds, earlier)
                        or _topic(mention, earlier, topic)
                        ) if mention.kind == "pronoun" else _topics_own(mention, earlier, topic)
                body = self._body(mention, span)
                held = (_office_holder(mention, span, people) or _named_group(mention, span, things)
                        or _speakers_fighters(mention, span, earlier, self.speech_verbs)
                        or _speakers_forces(mention, span, earlier, self.speech_verbs, self.names_defence)
                        or _speakers_own(mention, span, earlier, self.speech_verbs)
                        or (_named_body(mention, span, things) if body else None)
                        or _body_of_states(mention, span, things)
                        or _both_sides(mention, span, people, earlier, resolved)
                        or _the_two_just_named(mention, span, earlier, self.speech_verbs))
                mention = self._placed(said or held or _resolve(mention, people, things, places), hint)
                if mention is None:
                    continue
                if air_force is not None and self._aircraft(mention, span):
                    flown_by[len(resolved)] = air_force
                if national(mention.actor.country) and self._flown(mention, span):
                    air_force = mention.actor.country
                if self._abroad(span.doc[mention.token_end - 1]) or _refers_abroad(mention, resolved, abroad):
                    abroad.add(len(resolved))
                if self._asked_by_a_state(mention, span, earlier):
                    addressed.add(len(resolved))
                resolved.append(mention)
                earlier.append(mention)
                _remember(mention, people, things, places)
                if body and mention.kind == "generic" and mention.actor.country:
                    things.append(mention.actor)  # "Mali's army … it"
                if things and things[-1] is mention.actor and span.doc[mention.token_end - 1].dep_ in SUBJECT_DEPS:
                    acting.append((index, mention.actor))
                if _plural_subject(mention, span):
                    crowds[index, mention.token_end - 1] = mention
            _remember_titled(earlier, people)
            topic = _main_subject(earlier, span)
            before = span
        article.mentions = imply_countries(resolved, abroad=abroad, credit=credit, flown_by=flown_by,
                                           addressed=addressed)
        return article

    def _abroad(self, head: Any) -> bool:
        """Whether a mention is a country's presence abroad: "the French embassy", or the country
        that owns one, "the embassies of France and Belgium", "the U.S. embassy"."""
        if self.is_mission(head.lemma_):
            return True
        owned = modified_noun(head)
        if owned is not None and self.is_mission(owned.lemma_):
            return True
        while head.dep_ == "conj" and head.head != head:
            head = head.head
        return head.dep_ == "pobj" and head.head.lower_ == "of" and self.is_mission(head.head.head.lemma_)

    def _asked_by_a_state(self, mention: Mention, span: Any, earlier: list[Mention]) -> bool:
        """Whether a body of no country is whom a state urges or asks: "The United States urged the
        government to free the activists", "China called on the authorities to show restraint"."""
        if mention.kind not in ("generic", "organization") or mention.actor.country is not None:
            return False
        head = span.doc[mention.token_end - 1]
        verb = head.head
        if head.dep_ == "pobj" and verb.dep_ == "prep":  # "called on the electoral council"
            verb = verb.head
        elif head.dep_ not in ("dobj", "dative"):
            return False
        if verb.lemma_.lower() not in self.asking_verbs:
            return False
        subject = _subject_of(verb)
        asker = _mention_of(subject, earlier) if subject is not None else None
        return asker is not None and asker.kind == "country" and national(asker.actor.country)

    def _flown(self, mention: Mention, span: Any) -> bool:
        """Whether a mention names an air force: craft or raids ("Israeli warplanes"), or whose
        they are ("Pakistani air strikes", "Turkey's jets")."""
        head = span.doc[mention.token_end - 1]
        return self.is_air_word(head.lemma_) or (
            head.dep_ in ("amod", "compound", "poss", "nmod") and self.is_air_word(head.head.lemma_))

    def _aircraft(self, mention: Mention, span: Any) -> bool:
        """Whether a mention is definite aircraft of no country ("the jets"), which are those of
        the air force named last (see `imply_countries`)."""
        actor = mention.actor
        return mention.kind == "generic" and actor.country is None and actor.sector == "MIL" \
            and self.is_air_word(span.doc[mention.token_end - 1].lemma_) and _definite(mention, span)

    def _body(self, mention: Mention, span: Any) -> bool:
        """Whether a generic mention names one body ("the army", "Mali's army"), not people."""
        head = span.doc[mention.token_end - 1]
        return mention.kind == "generic" and head.tag_ in ("NN", "NNP") and self.is_body(head.lemma_.lower())

    def _placed(self, mention: Mention | None, hint: str | None) -> Mention | None:
        """A place the dictionary does not know takes its country from the gazetteer ("Kirkuk" → IRQ),
        preferring a namesake in the country the article is about."""
        if mention is None or mention.kind != "place" or mention.actor.country or self.gazetteer is None:
            return mention
        place = self.gazetteer.lookup(mention.actor.name, country_hint=hint)
        if place is None or place.country is None:
            return mention
        return replace(mention, actor=replace(mention.actor, country=place.country),
                       source=f"{mention.source}; gazetteer: {place.name}, {place.country}")


def _refers_abroad(mention: Mention, resolved: list[Mention], abroad: set[int]) -> bool:
    """Whether a pronoun stands for a country's presence abroad named before ("the French embassy
    … its gate"): it is no more the sentence's country than the embassy is."""
    return mention.kind == "pronoun" and any(
        (resolved[i].actor.name, resolved[i].actor.country) == (mention.actor.name, mention.actor.country)
        for i in abroad)


def _speaker(pronoun: Mention, span: Any, earlier: list[Mention], speech_verbs: frozenset[str]) -> Mention | None:
    """"The foreign ministry said it had handed a note…", "the minister said he would resign": the
    subject pronoun of a reported clause is its speaker, when the speaker can be one ("it" an
    organisation, country or body; "he"/"she" a person or a titled one). So is the "its" of the
    clause's subject: "the army said its aircraft had struck rebel positions"."""
    token = span.doc[pronoun.token_start]
    doer = token.head if token.dep_ == "poss" and token.lower_ == "its" else token
    subject = _reporter(doer.head, speech_verbs) if doer.dep_ in SUBJECT_DEPS else None
    if subject is None:
        return None
    word = token.lower_
    if word in PLURAL_PRONOUNS:
        return _they_who_say_it(pronoun, span, subject, earlier)
    speaker = _named_in_apposition(subject, earlier) or _mention_of(subject, earlier)
    if speaker is None or speaker.actor.members:
        return None
    fits = (word in THING_PRONOUNS and speaker.kind in ("organization", "country", "generic")
            or word in PERSON_PRONOUNS and (speaker.kind == "person" or speaker.actor.role is not None))
    if not fits:
        return None
    return replace(pronoun, actor=_at(speaker.actor, pronoun), source=f"pronoun → {speaker.actor.name}, who says it")


def _reporter(clause: Any, speech_verbs: frozenset[str]) -> Any | None:
    """The subject of the verb of saying whose reported clause this is ("the ministry said [it
    had…]"), or None when the clause is no such report."""
    if clause.dep_ != "ccomp" or clause.head.lemma_.lower() not in speech_verbs:
        return None
    return _subject_of(clause.head)


def _named_in_apposition(title: Any, mentions: list[Mention]) -> Mention | None:
    """The person a title subject names beside it ("Kenya's President William Ruto said he…",
    parsed as the title with the name in apposition): the speaker is the person."""
    return next((m for m in (_mention_of(c, mentions) for c in title.children if c.dep_ == "appos")
                 if m is not None and m.kind == "person"), None)


def _mention_of(word: Any, mentions: list[Mention]) -> Mention | None:
    """The mention a word is part of."""
    return next((m for m in mentions if m.token_start <= word.i < m.token_end), None)


def _they_who_say_it(pronoun: Mention, span: Any, subject: Any, earlier: list[Mention]) -> Mention | None:
    """"Tunisian authorities said they had intercepted…", "the Netherlands and Ireland said they
    would arrest him": "they" is the speakers, if several or one named in the plural. Of a
    coordination only one of whose parts names a party ("the U.S. embassy and 12 other Western
    missions"), it is that party."""
    heads = _coordinated(subject)
    said = [m for m in earlier if m.token_end - 1 in heads]
    if len(said) > 1:
        return _pair(pronoun, [m.actor for m in said], "speakers") if len(said) == 2 else None
    if not said:
        return None
    speakers = said[0].actor
    plural = len(heads) > 1 or span.doc[said[0].token_end - 1].tag_ in ("NNS", "NNPS")
    if not (speakers.members or plural):
        return None
    return replace(pronoun, actor=_at(speakers, pronoun), source=f"pronoun → {speakers.name}, who say it")


def _subjects_own(pronoun: Mention, span: Any, earlier: list[Mention]) -> Mention | None:
    """"The army has increased its counteroffensive": "its" in a phrase of a verb whose subject is
    a body or thing named just before it is that subject's, not the last organisation or country
    named in the story."""
    token = span.doc[pronoun.token_start]
    if token.lower_ != "its" or token.dep_ != "poss":
        return None
    owned = token.head  # the verb's object, or the object of one of its prepositions ("insisted on its demands")
    verb = owned.head if owned.dep_ == "dobj" else owned.head.head if owned.dep_ == "pobj" else None
    if verb is None or verb.pos_ not in ("VERB", "AUX") or owned.dep_ == "pobj" and owned.head.dep_ != "prep":
        return None
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or subject.tag_ in ("NNS", "NNPS"):
        return None
    named = [c.i for c in subject.children if c.dep_ == "appos"]  # "the rebel group, Forces for Defence…"
    owner = next((m for m in earlier for i in named if m.token_start <= i < m.token_end), None) or next(
        (m for m in earlier if m.token_start <= subject.i < m.token_end), None)
    if owner is None or _a_person(owner):
        return None
    return replace(pronoun, actor=_at(owner.actor, pronoun), source=f"pronoun → {owner.actor.name}, its clause's subject")


def _acting_thing(pronoun: Mention, span: Any, acting: list[tuple[int, Actor]]) -> Mention | None:
    """A subject "it" is the organisation or country last named as a subject, in its sentence or
    the one before, rather than the last one named at all: "China's commerce ministry said Beijing
    would fight and filed a complaint with the WTO. It also opened an investigation" (China)."""
    token = span.doc[pronoun.token_start]
    if token.lower_ != "it" or token.dep_ not in SUBJECT_DEPS:
        return None
    recent = [actor for sentence, actor in acting if sentence >= pronoun.sentence - 1]
    if not recent:
        return None
    thing = recent[-1]
    return replace(pronoun, actor=_at(thing, pronoun), source=f"pronoun → {thing.name}, the subject before it")


def _acting_crowd(pronoun: Mention, span: Any, before: Any,
                  crowds: dict[tuple[int, int], Mention]) -> Mention | None:
    """A subject "they" that acts is the last plural subject acting before it, in its sentence or
    the one before, when that is a party: "The demonstrators burned a coffin. They also burned a
    scale model of the base." When it is no party ("these measures … they will injure") it stays
    unresolved, and so does a passive "they", as often the one acted on ("Police arrested
    protesters. They were taken to…")."""
    token = span.doc[pronoun.token_start]
    if token.lower_ != "they" or token.dep_ != "nsubj":
        return None
    window = _words_before(pronoun, span, before)
    subject = next(((sentence, t) for sentence, t in reversed(window) if _plural_actor_word(t)), None)
    if subject is None:
        return None
    sentence, word = subject
    named = crowds.get((sentence, word.i))
    if named is None or any(not named.token_start <= t.i < named.token_end for t in word.conjuncts):
        return None  # several parties each named on its own ("the United States, Britain and France")
    crowd = named.actor
    return replace(pronoun, actor=_at(crowd, pronoun), source=f"pronoun → {crowd.name}, the subject before it")


def _crowd_acted_on(pronoun: Mention, span: Any, before: Any,
                    crowds: dict[tuple[int, int], Mention], earlier: list[Mention]) -> Mention | None:
    """An object "them" is the last crowd acting as a subject before it, in its sentence or the one
    before, other than the doers of its own clause and their kind: "Teachers marched on parliament,
    and police fired tear gas to disperse them" (the teachers, not the police); "Rangpur police
    attacked the chain. Police arrested 10 of them" (not the police either)."""
    token = span.doc[pronoun.token_start]
    if token.lower_ not in PLURAL_OBJECT_PRONOUNS:
        return None
    object_before = _main_clauses_object(token, earlier)
    if object_before is not None:
        return replace(pronoun, actor=_at(object_before.actor, pronoun),
                       source=f"pronoun → {object_before.actor.name}, the object before it")
    subject = next((found for verb in token.ancestors if verb.pos_ in ("VERB", "AUX")
                    and (found := _subject_of(verb)) is not None), None)
    doers = {t.i for t in (subject, *subject.conjuncts)} if subject is not None else set()
    kinds = {m.actor.sector for m in earlier if m.actor.sector and m.token_start <= max(doers, default=-1) < m.token_end}
    window = _words_before(pronoun, span, before)
    crowd = next((crowds[sentence, t.i] for sentence, t in reversed(window) if (sentence, t.i) in crowds
                  and not (sentence == pronoun.sentence and t.i in doers)
                  and crowds[sentence, t.i].actor.sector not in kinds), None)
    if crowd is None:
        return None
    return replace(pronoun, actor=_at(crowd.actor, pronoun), source=f"pronoun → {crowd.actor.name}, the crowd before it")


def _main_clauses_object(them: Any, earlier: list[Mention]) -> Mention | None:
    """The party a participle's "them" goes back to, the plural object of the clause it hangs
    from: "sanctioned two RSF commanders, accusing them of attacks" (the commanders, not the
    sanctioning state); so does the "them" of a verb that shares its subject with the one it is
    coordinated with: "arrested nine men and charged them with manslaughter"."""
    participle = them.head
    hanging = participle.dep_ == "advcl" and participle.tag_ == "VBG"
    sharing = participle.dep_ == "conj" and not any(c.dep_ in SUBJECT_DEPS for c in participle.children)
    if them.dep_ != "dobj" or not (hanging or sharing):
        return None
    verb = participle.head
    objects = [t for t in verb.subtree if t.i < them.i and t.tag_ in PLURAL_TAGS and (
        t.dep_ == "dobj" and t.head == verb
        or t.dep_ == "pobj" and t.head.dep_ == "prep" and t.head.head in (verb, *verb.children))]
    if not objects:
        return None
    word = objects[-1]
    owners = (word, *(c for c in word.children if c.dep_ in ("compound", "poss", "amod", "nmod")))
    return next((m for w in owners if (m := _mention_of(w, earlier)) is not None and m.kind != "place"), None)


def _words_before(pronoun: Mention, span: Any, before: Any) -> list[tuple[int, Any]]:
    """The words a pronoun may point back to, with their sentence: the sentence before (`before`,
    if any) and its own sentence up to it."""
    window = [(pronoun.sentence - 1, t) for t in (before if before is not None else ())]
    return window + [(pronoun.sentence, t) for t in span if t.i < pronoun.token_start]


def _plural_subject(mention: Mention, span: Any) -> bool:
    """Whether a mention is a plural party that acts as a clause's subject ("the demonstrators",
    "Israel and Hamas", a "they" resolved to one); the subject of a passive is acted on ("many
    people were killed"). One person is none, whatever the tagger says of "Guterres"."""
    head = span.doc[mention.token_end - 1]
    if mention.kind == "person" and not head.conjuncts:
        return False
    return _plural_actor_word(head) and mention.kind != "place"


def _plural_actor_word(word: Any) -> bool:
    """Whether a word is the plural subject of an active clause, also as what a number counts
    ("thousands of teachers marched"). Bare "people" is too vague to point back to, but a counted
    crowd of them is one ("thousands of people gathered … police dispersed them")."""
    plural = word.tag_ in PLURAL_TAGS or word.lower_ == "they" or any(c.dep_ == "conj" for c in word.children)
    counted = word.dep_ == "pobj" and word.head.lower_ == "of" and word.head.head.dep_ == "nsubj" and (
        word.head.head.like_num or word.head.head.lemma_.lower() in COUNTING_WORDS)
    return plural and (word.dep_ == "nsubj" and word.lower_ not in VAGUE_PLURALS or counted)


def _coordinated(word: Any) -> set[int]:
    """The positions of a word and the words coordinated with it ("the Netherlands and Ireland")."""
    return {t.i for t in (word, *word.conjuncts)}


def _subject_of(verb: Any) -> Any:
    """A verb's subject, or its first conjunct's ("the army acknowledged losses but said…")."""
    while True:
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subject is not None or verb.dep_ != "conj":
            return subject
        verb = verb.head


def _subject_before(pronoun: Mention, span: Any, earlier: list[Mention]) -> Mention | None:
    """A subject "he" or "she" refers to the person last named as a subject in its own sentence,
    not to one named since as an object: "Lukashenko said … after he spoke by phone with Putin,
    as he faces the biggest protests" (both are Lukashenko)."""
    token = span.doc[pronoun.token_start]
    if token.dep_ not in ("nsubj", "nsubjpass") or token.lower_ not in PERSON_PRONOUNS:
        return None
    for mention in reversed(earlier):
        head = span.doc[mention.token_end - 1]
        if _a_person(mention) and head.dep_ in ("nsubj", "nsubjpass"):
            return replace(pronoun, actor=_at(mention.actor, pronoun),
                           source=f"pronoun → {mention.actor.name}, the subject before it")
    return None


def _topic(pronoun: Mention, earlier: list[Mention], topic: Actor | None) -> Mention | None:
    """A "he" or "his" that opens its sentence's mentions is the person the sentence before was
    about, its main subject, not the last one it named: "Prigozhin called off his march
    under a deal brokered by Lukashenko. His fighters had seized Rostov" are Prigozhin's."""
    if topic is None or pronoun.text.lower() not in PERSON_PRONOUNS or earlier:
        return None
    return replace(pronoun, actor=_at(topic, pronoun), source=f"pronoun → {topic.name}, the subject before it")


def _topics_own(mention: Mention, earlier: list[Mention], topic: Actor | None) -> Mention | None:
    """"His fighters" opening a sentence's mentions are the topic person's (see `_topic`)."""
    if mention.kind != "generic" or mention.actor.country is not None or topic is None or topic.country is None:
        return None
    if mention.text.split()[0].lower() not in PERSON_POSSESSIVES or earlier:
        return None
    return replace(mention, actor=replace(mention.actor, country=topic.country),
                   source=f"{mention.source}; country of its possessor {topic.name}")


def _main_subject(sentence: list[Mention], span: Any) -> Actor | None:
    """The person who is the subject of a sentence's main verb, if a person is."""
    for mention in sentence:
        head = span.doc[mention.token_end - 1]
        if _a_person(mention) and head.dep_ in SUBJECT_DEPS and head.head.dep_ == "ROOT":
            return mention.actor
    return None


def _a_person(mention: Mention) -> bool:
    """One person, named or told by a pronoun already resolved to one."""
    resolved_pronoun = mention.kind == "pronoun" and mention.text.lower() in PERSON_PRONOUNS \
        and mention.actor.name != mention.text
    return (mention.kind == "person" or resolved_pronoun) and not mention.actor.members


def _resolve(mention: Mention, people: list[_Person], things: list[Actor],
             places: list[Actor]) -> Mention | None:
    if mention.kind == "generic" and mention.actor.country is None:
        return _owned(mention, people, things)
    if mention.kind == "place" and mention.actor.country is None:
        named = [p.actor for p in people if p.named]
        person = _by_surname(mention.actor.name, named) if " " not in mention.actor.name else None
        if person is not None:  # "Burhan's first trip": a possessive surname the tagger took for a place
            return replace(mention, actor=_at(person, mention), kind="person", source=f"surname → {person.name}")
        return _shortened_place(mention, places)
    if mention.kind == "pronoun" and mention.source == GROUP_NOUN_SOURCE:
        group = next((t for t in reversed(things) if t.sector in GROUP_SECTORS), None)
        return replace(mention, actor=_at(group, mention), source=f"the group → {group.name}") if group else None
    if mention.kind == "pronoun":
        word = mention.text.lower()
        if word in PERSON_PRONOUNS and people:
            person = people[-1].actor
            return replace(mention, actor=_at(person, mention), source=f"pronoun → {person.name}")
        if word in THING_PRONOUNS and things:
            return replace(mention, actor=_at(things[-1], mention), source=f"pronoun → {things[-1].name}")
        if word in PAIR_PHRASES:
            # "Al-Sheikh said the two discussed…": the pair are named before this sentence.
            return _pair(mention, [p.actor for p in people if p.sentence < mention.sentence], "people")
        return None
    if mention.kind == "organization" and _is_acronym(mention.text):
        spelled = next((a for a in reversed(things) if _initials(a.name) == mention.text), None)
        if spelled is not None and spelled.name != mention.actor.name:
            # "the Nigerian Union of Teachers (NUT) … the NUT said": one organisation
            return replace(mention, actor=_at(spelled, mention), source=f"acronym → {spelled.name}")
    guessed = mention.source.startswith(SURNAME_GUESS)
    if mention.kind in ("person", "organization") and (guessed or " " not in mention.actor.name.strip()):
        surname = mention.text.split()[-1] if guessed else mention.actor.name
        full = _by_surname(surname, [p.actor for p in people if p.named])
        if full is not None and full.name != mention.actor.name:
            return replace(mention, actor=_at(full, mention), kind="person", source=f"surname → {full.name}")
    if mention.kind == "person" and " " in mention.actor.name.strip():
        full = _by_last_names(mention.actor.name, [p.actor for p in people if p.named])
        if full is not None:
            return replace(mention, actor=_at(full, mention), source=f"last names → {full.name}")
    return mention


def _is_acronym(text: str) -> bool:
    return 2 <= len(text) <= ACRONYM_MAX and text.isalpha() and text.isupper()


def _initials(name: str) -> str:
    """"Forces for Defence of Democracy" → "FDD": the first letters of its words, small words left out."""
    return "".join(word[0] for word in name.replace("-", " ").split() if word.lower() not in ACRONYM_SKIPPED).upper()


def _owned(mention: Mention, people: list[_Person], things: list[Actor]) -> Mention:
    """A generic whose possessor is a pronoun takes the antecedent's country ("Syria … its troops")."""
    word = mention.text.split()[0].lower()
    owners = [p.actor for p in people] if word in PERSON_POSSESSIVES else things if word in THING_POSSESSIVES else []
    if not owners or owners[-1].country is None:
        return mention
    owner = owners[-1]
    return replace(mention, actor=replace(mention.actor, country=owner.country),
                   source=f"{mention.source}; country of its possessor {owner.name}")


def _shortened_place(mention: Mention, places: list[Actor]) -> Mention:
    """A place named by the last word of one named before: "the Gaza Strip … the Strip"."""
    full = _by_surname(mention.actor.name, places)
    if full is None:
        return mention
    return replace(mention, actor=_at(full, mention), source=f"shortened place → {full.name}")


def _at(actor: Actor, mention: Mention) -> Actor:
    """The antecedent's actor, read this time from the later mention's words."""
    return replace(actor, span=Span(mention.start, mention.end))


def _remember(mention: Mention, people: list[_Person], things: list[Actor], places: list[Actor]) -> None:
    actor = mention.actor
    if mention.kind == "pronoun" or actor.members:
        return
    if mention.kind in ("place", "country") and actor.country:
        places.append(actor)
    if mention.kind == "person":
        people.append(_Person(mention.sentence, actor, words=_words(mention.text)))
    elif mention.kind in ("organization", "country"):
        things.append(actor)


def _definite(mention: Mention, span: Any) -> bool:
    """Whether a mention is a definite description: "the president", "the militants"."""
    before = span.doc[mention.token_start - 1] if mention.token_start > 0 else None
    return mention.text.lower().startswith("the ") or before is not None and before.lower_ == "the"


def _office_holder(mention: Mention, span: Any, people: list[_Person]) -> Mention | None:
    """A definite title names the last person named with that office, of a compatible country:
    "President Alan Garcia … the president said"."""
    title = mention.actor
    if mention.kind != "generic" or title.role is None or not _definite(mention, span):
        return None
    qualifiers = _words(mention.text) - _words(title.role) - {"the"}  # "foreign" of "the foreign minister"
    holder = next((p.actor for p in reversed(people) if p.named and p.actor.role is not None
                   and p.actor.role.casefold() == title.role.casefold()
                   and title.country in (None, p.actor.country) and _same_office(qualifiers, p)), None)
    if holder is None:
        return None
    return replace(mention, actor=_at(holder, mention), kind="person", source=f"title → {holder.name}")


def _same_office(qualifiers: frozenset[str], person: _Person) -> bool:
    """Whether a title's own words fit the person's: "the foreign minister" is not "Defense
    Secretary William Perry" or "Prime Minister X", though all are ministers; "the Peruvian
    president" is "President Alan Garcia". Titles that qualify the office in no word agree."""
    own = person.words - _words(person.actor.name) - _words(person.actor.role or "")
    return not qualifiers or not own or bool(qualifiers & own)


def _words(text: str) -> frozenset[str]:
    return frozenset(normalise(text).split())


def _named_group(mention: Mention, span: Any, things: list[Actor]) -> Mention | None:
    """"Taliban attacks … the militants attacked": a definite plural generic of an armed group's
    sector is the last organisation of that sector named, as a definite title is the last person
    named with that office."""
    generic = mention.actor
    head = span.doc[mention.token_end - 1]
    if mention.kind != "generic" or generic.role is not None or generic.sector not in ARMED_GROUP_SECTORS:
        return None
    if head.tag_ != "NNS" or not _definite(mention, span):
        return None
    group = next((t for t in reversed(things) if t.sector == generic.sector
                  and generic.country in (None, t.country)), None)
    if group is None:
        return None
    return replace(mention, actor=_at(group, mention), kind="organization", source=f"the group → {group.name}")


def _speakers_fighters(mention: Mention, span: Any, earlier: list[Mention],
                       speech_verbs: frozenset[str]) -> Mention | None:
    """"The Karen National Union said its fighters had captured the town": an armed group's own
    fighters, in what the group says, are the group. (The army's own warplanes stay the army's.)"""
    head = span.doc[mention.token_end - 1]
    if mention.kind != "generic" or mention.actor.sector not in ARMED_SECTORS or \
            not any(c.dep_ == "poss" and c.lower_ == "its" for c in head.children):
        return None
    clause = next((a for a in head.ancestors if a.pos_ in ("VERB", "AUX")), None)
    speaker = _reported_by(clause, earlier, speech_verbs)
    if speaker is None or speaker.actor.sector not in GROUP_SECTORS:
        return None
    return replace(mention, actor=_at(speaker.actor, mention), kind="organization",
                   source=f"{mention.source}; the fighters of {speaker.actor.name}, who says it")


def _speakers_forces(mention: Mention, span: Any, earlier: list[Mention], speech_verbs: frozenset[str],
                     names_defence: Callable[[str], bool]) -> Mention | None:
    """"The Israeli military said troops had fired at people who approached them": forces
    named bare in what a state body says are that state's, not the country the story is about;
    so are officials in what a government speaker says ("a White House spokesman said senior
    officials would travel to Ecuador"). A government body that runs the forces speaks for them
    as the military does ("Russia's defence ministry said air defences had shot down 22 drones")."""
    sector = mention.actor.sector
    if mention.kind != "generic" or sector not in STATE_FORCES | {"GOV"} or mention.actor.country is not None:
        return None
    head = span.doc[mention.token_end - 1]
    if any(c.dep_ == "poss" for c in head.children):
        return None
    speaker = _speaker_of_its_clause(head, earlier, speech_verbs)
    same_side = speaker is not None and (sector == "GOV" and speaker.actor.sector in ("GOV", None) or
                                         sector in STATE_FORCES and (speaker.actor.sector in STATE_FORCES
                                                                     or names_defence(speaker.actor.name)))
    if not same_side or not national(speaker.actor.country):
        return None
    return replace(mention, actor=replace(mention.actor, country=speaker.actor.country),
                   source=f"{mention.source}; country of {speaker.actor.name}, who says it")


def _speakers_own(mention: Mention, span: Any, earlier: list[Mention],
                  speech_verbs: frozenset[str]) -> Mention | None:
    """"Eritrea's information minister denied that its forces had crossed the border": what a
    speaker calls "its" or "their" in what it says is the speaker's country's, not that of the
    last country or body named before (here Ethiopia, whose post was shelled)."""
    if mention.kind != "generic" or mention.actor.country is not None \
            or mention.text.split()[0].lower() not in THING_POSSESSIVES:
        return None
    speaker = _speaker_of_its_clause(span.doc[mention.token_end - 1], earlier, speech_verbs)
    if speaker is None or speaker.actor.members or not national(speaker.actor.country):
        return None
    return replace(mention, actor=replace(mention.actor, country=speaker.actor.country),
                   source=f"{mention.source}; country of {speaker.actor.name}, who says it")


def _speaker_of_its_clause(word: Any, earlier: list[Mention], speech_verbs: frozenset[str]) -> Mention | None:
    """Who says the clause a word is in, through the verbs it is coordinated with ("said most died
    … and that troops had fired"), if named."""
    clause = next((a for a in word.ancestors if a.pos_ in ("VERB", "AUX")), None)
    while clause is not None and clause.dep_ == "conj":
        clause = clause.head
    return _reported_by(clause, earlier, speech_verbs)


def _reported_by(clause: Any | None, earlier: list[Mention], speech_verbs: frozenset[str]) -> Mention | None:
    """The mention of whoever says the clause ("the army said [its fighters had…]"), if named."""
    subject = _reporter(clause, speech_verbs) if clause is not None else None
    return _mention_of(subject, earlier) if subject is not None else None


def _named_body(mention: Mention, span: Any, things: list[Actor]) -> Mention | None:
    """"The Lebanese army said … the army accused Israel": a definite body is the last one of its
    sector named, when its word is in that one's name or the sector's bodies go by many words
    (an organisation of no known sector must have the word)."""
    generic = mention.actor
    head = span.doc[mention.token_end - 1]
    word = normalise(head.lemma_)
    if generic.role is not None or generic.sector is None or not _definite(mention, span):
        return None
    modifiers = [c for c in head.children if c.dep_ != "det"]
    if any(c.dep_ not in ("compound", "amod") for c in modifiers):
        return None  # "the government of President Boluarte" says whose it is
    # "Taiwan's defence ministry … the defence ministry": a modifier must be in the body's name
    told = {normalise(c.text) for c in modifiers}
    body = next((t for t in reversed(things) if _same_body(generic, word, t)
                 and told <= set(normalise(t.name).split())), None)
    if body is None:
        return None
    return replace(mention, actor=_at(body, mention), kind="organization", source=f"the body → {body.name}")


def _body_of_states(mention: Mention, span: Any, things: list[Actor]) -> Mention | None:
    """"EU foreign ministers met … the bloc would send aid": a definite body of states is the
    international organisation named last."""
    if mention.source != BODY_OF_STATES or not _definite(mention, span):
        return None
    body = next((t for t in reversed(things) if t.country and not national(t.country)), None)
    if body is None:
        return None
    return replace(mention, actor=_at(body, mention), kind="organization", source=f"the body → {body.name}")


def _same_body(generic: Actor, word: str, thing: Actor) -> bool:
    """Whether a definite body ("the army", head word `word`) can be an organisation named before."""
    named = word in normalise(thing.name).split()
    return generic.country in (None, thing.country) and (
        thing.sector == generic.sector and (named or generic.sector in SYNONYMOUS_BODY_SECTORS)
        or thing.sector is None and named)


def _remember_titled(sentence: list[Mention], people: list[_Person]) -> None:
    """A title with no name names a person too ("the ambassador … accusing him"), for the
    sentences after its own: in its own, "the judge ordered him held" is someone else."""
    told = [m for m in sentence if m.kind == "person" and not m.actor.members
            or m.kind == "generic" and m.actor.role is not None]
    if any(m.kind == "generic" for m in told):
        named = sum(m.kind == "person" for m in told)
        del people[len(people) - named:]
        people.extend(_Person(m.sentence, m.actor, m.kind == "person", _words(m.text)) for m in told)


def _by_surname(surname: str, people: list[Actor]) -> Actor | None:
    """The last person named in full whose name ends in `surname`, else who was named first
    with it, as Chinese and Korean names put the family name first ("Tsai" after "Tsai
    Ing-wen", "Xi" after "Xi Jinping").

    Compared on normalised words, so an Arabic article or a hyphen does not matter:
    "Burhan", "al-Burhan" and "Al Burhan" all find "Abdel Fattah al-Burhan".
    """
    key = normalise(surname).rpartition(" ")[2]
    named = [(actor, normalise(actor.name).split()) for actor in reversed(people)]
    for position in (-1, 0):
        found = next((actor for actor, words in named if len(words) > 1 and words[position] == key), None)
        if found is not None:
            return found
    return None


def _by_last_names(name: str, people: list[Actor]) -> Actor | None:
    """The last person named in full whose name ends in these words: "Abdul Mahdi" after "Adel
    Abdul Mahdi" (written "Adil Abdul-Mahdi" in the dictionary), a surname of two words."""
    words = normalise(name).split()
    return next((actor for actor in reversed(people)
                 if len(full := normalise(actor.name).split()) > len(words) and full[-len(words):] == words), None)


def _surname_mentions(span: Any, sentence: int, offset: int, named: list[Mention],
                      people: list[Actor]) -> list[Mention]:
    """A surname of someone named in full before that the tagger did not take for a name:
    "Quennel, in a radio address, accused the minister" after "Orla Quennel"."""
    if not people:
        return []
    by_surname = {}  # the last person named in full with each surname
    for actor in people:
        words = normalise(actor.name).split()
        if len(words) > 1:
            by_surname[words[-1]] = actor
    taken = {i for m in named for i in range(m.token_start, m.token_end)}
    found = []
    for token in span:
        if token.i in taken or not token.text[:1].isupper() or token.pos_ not in NAME_LIKE_POS or len(token.text) < 3:
            continue
        person = by_surname.get(normalise(token.text).rpartition(" ")[2])
        if person is not None:
            found.append(_mention(span.doc[token.i : token.i + 1], sentence, offset, person, "person",
                                  f"surname → {person.name}"))
    return found


def _pronoun_mentions(span: Any, sentence: int, offset: int, named: list[Mention]) -> list[Mention]:
    taken = {i for m in named for i in range(m.token_start, m.token_end)}
    found: list[Mention] = []
    tokens = list(span)
    for position, token in enumerate(tokens):
        if token.i in taken:
            continue
        pair = next((size for size in (3, 2) if " ".join(t.text.lower() for t in tokens[position : position + size])
                     in GROUP_PHRASES and not taken & set(range(token.i, token.i + size))),
                    None) if token.lower_ in GROUP_PHRASE_STARTS else None
        if pair is not None:  # "the two sides" before "the two"
            found.append(_pronoun(span.doc[token.i : token.i + pair], sentence, offset))
        elif token.pos_ == "PRON" and token.lower_ in RESOLVED_PRONOUNS:
            found.append(_pronoun(span.doc[token.i : token.i + 1], sentence, offset))
        elif _group_noun(token):
            found.append(_mention(span.doc[token.i : token.i + 1], sentence, offset, Actor(token.text), "pronoun",
                                  GROUP_NOUN_SOURCE))
    return found


def _group_noun(token: Any) -> bool:
    """"The group said", "the Iran-aligned group has fired": a definite singular group noun with
    no "of" phrase of its own ("the group of seven" is no one named before)."""
    if token.lemma_.lower() not in GROUP_NOUNS or token.tag_ != "NN":
        return False
    children = list(token.children)
    definite = any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in children)
    return definite and not any(c.dep_ == "prep" and c.lower_ == "of" for c in children)


def _pronoun(words: Any, sentence: int, offset: int) -> Mention:
    return _mention(words, sentence, offset, Actor(words.text), "pronoun", "pronoun")


def _mention(words: Any, sentence: int, offset: int, actor: Actor, kind: str, source: str) -> Mention:
    """A mention this stage adds, over a span of words of the sentence's segment."""
    return Mention(
        start=offset + words.start_char, end=offset + words.end_char, text=words.text,
        sentence=sentence, token_start=words.start, token_end=words.end,
        actor=actor, kind=kind, source=source,
    )


def _both_sides(mention: Mention, span: Any, people: list[_Person], earlier: list[Mention],
                told: list[Mention]) -> Mention | None:
    """"Mediated between Israel and Hamas, urged both sides to return to talks": the sides are a
    pair of parties named together before the phrase in its sentence, other than who addresses
    them; else the forces of the last two countries at war in the story (`_warring_sides`); else,
    as for "the two", the last two people named before the sentence ("fighting between forces
    loyal to Salem and his rival Dali … the UN urged the two sides"). `told` is the story's
    mentions resolved so far."""
    if mention.kind != "pronoun" or mention.text.lower() not in SIDE_PHRASES:
        return None
    verb = next((t for t in span.doc[mention.token_start].ancestors if t.pos_ in ("VERB", "AUX")), None)
    subject = _subject_of(verb) if verb is not None else None
    addressing = _coordinated(subject) if subject is not None else set()
    heads = {m.token_end - 1: m for m in earlier if m.token_end - 1 not in addressing
             and m.kind in ("person", "organization", "country") and not m.actor.members}
    together = [(m, heads[c.i]) for i, m in heads.items() for c in span.doc[i].conjuncts if c.i in heads and c.i > i]
    if together:
        first, second = together[-1]
        return _pair(mention, [first.actor, second.actor], "parties named together")
    return _warring_sides(mention, told) or _pair(mention, [p.actor for p in people if p.sentence < mention.sentence],
                                                   "people")


def _warring_sides(mention: Mention, told: list[Mention]) -> Mention | None:
    """The armed forces of the last two countries whose forces the story named before the phrase
    ("Ethiopian troops clashed with Eritrean forces … the African Union urged both sides"), each
    as first named; None when the forces named are of fewer than two countries (a civil war's
    sides are its leaders: "forces loyal to Salem and his rival Dali")."""
    armed = [m for m in told if m.sentence < mention.sentence and m.kind != "pronoun" and not m.actor.members
             and m.actor.sector in WARRING_SECTORS and national(m.actor.country)]
    countries: list[str] = []
    for m in reversed(armed):
        if m.actor.country not in countries:
            countries.append(m.actor.country or "")
    if len(countries) < 2:
        return None
    sides = [next(m.actor for m in armed if m.actor.country == country) for country in reversed(countries[:2])]
    return _pair(mention, sides, "armed sides")


def _the_two_just_named(mention: Mention, span: Any, earlier: list[Mention],
                        speech_verbs: frozenset[str]) -> Mention | None:
    """"Ishiba spoke with Trump by phone and the two agreed to hold talks": two people named
    before the phrase in its own sentence, other than who reports it ("Al-Sheikh said the two
    discussed…" is about two named before)."""
    if mention.kind != "pronoun" or mention.text.lower() not in PAIR_PHRASES:
        return None
    reporting = set().union(*(_coordinated(s) for a in span.doc[mention.token_start].ancestors
                              if a.lemma_.lower() in speech_verbs and (s := _subject_of(a)) is not None))
    named = [m.actor for m in earlier if m.kind == "person" and not m.actor.members
             and m.token_end - 1 not in reporting]
    return _pair(mention, named, "people")


def _pair(mention: Mention, named: list[Actor], what: str) -> Mention | None:
    pair = _last_distinct(named, 2)
    if len(pair) != 2:
        return None
    group = Actor(" and ".join(a.name for a in pair), _common(a.country for a in pair),
                  _common(a.sector for a in pair), members=tuple(pair), span=Span(mention.start, mention.end))
    return replace(mention, actor=group, source=f"the last two {what} named")


def _last_distinct(actors: list[Actor], count: int) -> list[Actor]:
    """The last `count` actors that are not one another: a title right before a name ("India's
    foreign secretary Vikram Misri") is that person."""
    chosen: list[Actor] = []
    for actor in reversed(actors):
        if all(actor.name != other.name and not _titles(actor, other) for other in chosen):
            chosen.append(actor)
        if len(chosen) == count:
            break
    return list(reversed(chosen))


def _titles(title: Actor, name: Actor) -> bool:
    return title.span is not None and name.span is not None and 0 <= name.span.start - title.span.end <= 1


def _common(values: Any) -> str | None:
    distinct = set(values)
    return distinct.pop() if len(distinct) == 1 else None
