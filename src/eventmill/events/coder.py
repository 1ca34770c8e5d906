"""Turn each sentence's coded predicates into Event records with roles, modality and counts.

This stage composes the pure helpers of this package (frames, roles, modality, counts). Two
codebook rules are applied here because they change the type: a promise of future cooperation
is AGREE and a promise of future harm is THREATEN ("will visit" is an agreement, not a visit);
and a clause that only elaborates its governor's event ("launched strikes, killing 20") adds
its figures and roles to that event instead of counting twice.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field, replace
from typing import Any

from eventmill.actors.context import national, story_country
from eventmill.actors.mentions import mentions_by_sentence
from eventmill.actors.rows import UNIDENTIFIED_SECTORS
from eventmill.dates.dateline import dateline_credit
from eventmill.events.codebook import (
    armed_arrival,
    armed_raid,
    authority_capture,
    collective_action,
    complement_threat,
    cued_mode,
    distinct_means,
    expelled_body,
    fired_into_the_sea,
    grounded_bombing,
    implied_actor,
    instrument_mode,
    joint_action,
    kind_of_strike,
    reaction_to,
    recode,
    requested_deployment,
    told_apart,
    victim_of_the_answered,
)
from eventmill.events.contexts import ContextCues, load_context_cues
from eventmill.events.counts import CountLexicon, count_event
from eventmill.events.lexicon import Coding, PredicateLexicon
from eventmill.events.modality import ModalityCues, modality_of
from eventmill.events.predicates import (
    AIM_PREPOSITIONS,
    Frame,
    antecedent,
    find_frames,
    misread_objects,
    noun_coding,
    verb_entry,
)
from eventmill.events.roles import (
    PLACE_KINDS,
    MentionIndex,
    assign_roles,
    blamed,
    claimant,
)
from eventmill.language.tokens import CONDITION_MARKERS, marked
from eventmill.model import Actor, Article, Counts, Event, Evidence, Mention, Span

# Acts of force a reaction's event noun may name under either type ("condemned the raids").
FORCE_TYPES = frozenset({"ASSAULT", "COERCE"})
# Acts of force and threats of it, none of which is done to a phenomenon ("vowed to fight corruption").
HOSTILE_TYPES = FORCE_TYPES | {"THREATEN"}
# Types whose record carries the dead, injured and arrested its sentence counts: an attack, a
# crackdown, a riot. A ceasefire or a condemnation told beside a toll did not cause it ("a truce to
# end fighting that has killed 4,000").
TOLL_TYPES = frozenset({"ASSAULT", "COERCE", "PROTEST"})
# The sector of the press: speaking to reporters is a statement, not a meeting of parties.
PRESS_SECTOR = "JRN"
# Clause links of a subjectless clause that elaborates its governor's event.
ELABORATING_DEPS = frozenset({"advcl", "xcomp", "conj", "acl"})
# Prepositions of the fight a harm was done in: a gerund there is that same fight ("wounded during fighting").
SCENE_PREPOSITIONS = frozenset({"in", "during"})


@dataclass
class _Coded:
    frame: Frame
    event: Event
    aimed_at_someone: bool = False  # an attack noun whose "on"/"against" phrase names a person
    folded: list[str] = field(default_factory=list)  # lemmas of the frames folded into this one


class EventCoder:
    """Codes every sentence of an article into events."""

    name = "events"
    reads = ("docs", "sentences", "mentions")
    writes = ("events",)

    def __init__(self, lexicon: PredicateLexicon, cues: ModalityCues, counts: CountLexicon, *,
                 contexts: ContextCues | None = None) -> None:
        self.lexicon = lexicon
        self.cues = cues
        self.counts = counts
        self.contexts = contexts if contexts is not None else load_context_cues()

    def __call__(self, article: Article) -> Article:
        grouped = mentions_by_sentence(article)
        reactions: list[tuple[int, tuple[str, str]]] = []  # events answering an act told as an event noun
        article_country = story_country(article.mentions, dateline_credit(article.text, start=article.opening))
        claims: list[tuple[int, Actor, str]] = []  # (events told so far, claimant, type of the claimed act)
        # event id → the lemmas of the words that told it ("struck" → strike; "launched … in its
        # first direct attack" → launch, attack)
        words: dict[str, tuple[str, ...]] = {}
        supposed: set[str] = set()  # ids of events told only as a condition ("if Hezbollah violated the deal")
        for index, sentence in enumerate(article.sentences):
            span = article.span(sentence)
            claims.extend((len(article.events), *claim) for claim in self._claims(span, grouped[index]))
            frames = find_frames(span, self.lexicon)
            if not frames:
                continue
            mentions = MentionIndex(grouped[index])
            offset = article.char_offset(sentence)
            evidence = Evidence(sentence.text, sentence.start, sentence.end)
            contexts = self.contexts.contexts_of(sentence.text, " ".join(t.lemma_ for t in span))
            coded = []
            nouns = {f.anchor.i for f in frames if f.kind == "noun"}
            for frame in frames:
                if _names_a_party(frame, mentions) or _no_guest(frame, mentions, self.lexicon):
                    continue
                # An implied protest's crowd is named by the other event's recipient, not its actor.
                actor, recipient = (None, None) if frame.implied else assign_roles(frame, mentions, self.lexicon)
                # what kind of strike is told before whether it is a threat: "the unions will strike"
                # plans a stoppage, "the army will strike" threatens an attack
                struck = kind_of_strike(frame, frame.coding, self.lexicon, actor, article.events)
                if struck.type != frame.coding.type and not frame.implied:  # who died in a strike that is an attack
                    actor, recipient = assign_roles(replace(frame, coding=struck), mentions, self.lexicon)
                frame = replace(frame, coding=struck)
                told = modality_of(frame, self.cues)
                coding, modality = recode(frame, told, self.cues)
                if modality != told and _done_by_a_thing(frame, mentions, self.lexicon):
                    coding, modality = frame.coding, told  # "the bill will restrict…": no one promises or threatens
                coding = complement_threat(frame, coding, self.lexicon)
                coding = joint_action(frame, collective_action(frame, coding, self.lexicon), actor)
                coding = cued_mode(frame, instrument_mode(frame, coding, self.lexicon, actor), self.lexicon)
                coding = grounded_bombing(frame, coding, self.lexicon, actor)
                coding = requested_deployment(frame, coding, self.lexicon)
                coding = expelled_body(armed_arrival(frame, coding, actor), recipient)
                coding = authority_capture(frame, armed_raid(frame, coding, actor, recipient), self.lexicon, actor)
                if (tested := fired_into_the_sea(frame, coding, self.lexicon, recipient)) != coding:
                    coding, recipient = tested, None  # the sea is no party
                if coding.type in HOSTILE_TYPES and _a_phenomenon(recipient, self.lexicon):
                    continue  # "vowed to fight corruption", "an offensive against drug trafficking"
                if coding == Coding("CONSULT", "visit") and _a_place_at_home(actor, recipient, grouped[index]):
                    continue  # "Zelensky visited the front line near Bakhmut": no other party met
                if coding == Coding("CONSULT", "visit") and _conveyed(frame, mentions, self.lexicon):
                    continue  # "trucks carrying aid arrived in Gaza": goods came, no one visited
                if coding.type == "CONSULT" and _the_press(recipient) and coding.mode != "visit":
                    continue  # "the minister spoke to reporters": a statement, no meeting of parties
                if actor is None and (authority := implied_actor(frame, coding, self.lexicon)) is not None:
                    country = _place_country(span, mentions) or _country_of(grouped[index]) or article_country
                    actor = replace(authority, country=country)
                trigger = Span(offset + frame.anchor.idx, offset + frame.anchor.idx + len(frame.anchor.text))
                event = Event(
                    doc_id=article.doc_id,
                    event_id=event_id(article.doc_id, trigger.start, coding.type),
                    type=coding.type, mode=coding.mode, evidence=evidence, trigger=trigger,
                    sentence=index, predicate=frame.kind, actor=actor, recipient=recipient, modality=modality,
                    counts=(count_event(frame.verb or frame.anchor, self.counts, attack=coding.type == "ASSAULT",
                                        others=nouns - {frame.anchor.i})
                            if coding.type in TOLL_TYPES else Counts()),
                    post=article.post_of(sentence),
                    confidence=_confidence(frame, actor is not None, recipient is not None),
                    contexts=contexts,
                )
                coded.append(_Coded(frame, event, _aimed_at_someone(frame, recipient, mentions)))
            for item in _fold_elaborations(coded, self.lexicon.aiming_verbs):
                if item.event.recipient is None or victim_of_the_answered(item.frame, item.event.type,
                                                                          item.event.recipient, offset, self.lexicon):
                    answered = reaction_to(item.frame, item.event.type, self.lexicon)
                    if answered is not None:
                        reactions.append((len(article.events), answered))
                article.events.append(item.event)
                words[item.event.event_id] = (item.frame.anchor.lemma_.lower(), *item.folded)
                if _in_a_condition(item.frame.anchor):
                    supposed.add(item.event.event_id)
        for told, actor, claimed in claims:
            _credit(article.events, told, actor, claimed)
        for position, answered in reactions:  # after the claims: "condemned the attack" IS claimed
            article.events[position] = _answering(article.events[position], answered, article.events[:position],
                                                  article.text, words, supposed)
        return article

    def _claims(self, span: Any, mentions: list[Mention]) -> list[tuple[Actor, str]]:
        """Responsibility claimed or laid in a sentence: (doer, type of the act, ASSAULT unless
        the words name another: "claimed responsibility for kidnapping…", "blamed for the arrests")."""
        found = []
        index: MentionIndex | None = None
        for token in span:
            lemma = token.lemma_.lower()
            claim = lemma in self.lexicon.claim_nouns and token.head.lemma_.lower() in self.lexicon.claim_verbs
            blame = lemma in self.lexicon.blame_verbs or lemma in self.lexicon.culprit_words
            if not (claim or blame):
                continue
            index = index or MentionIndex(mentions)
            if claim and (actor := claimant(token, index)) is not None:
                found.append((actor, _claimed_type(token, self.lexicon)))
            elif blame and (accused := blamed(token, index, self.lexicon)) is not None:
                actor, act = accused
                if act is not None and act.lemma_.lower() in self.lexicon.crime_words:
                    found.append((actor, "ASSAULT"))  # "responsible for the crime"
                elif act is not None and (coded := _coded_type(act, self.lexicon)) is not None:
                    found.append((actor, coded))
        return found


def event_id(doc_id: str, trigger_start: int, event_type: str) -> str:
    """Stable id: the same document always gives the same ids, run after run."""
    digest = hashlib.sha1(f"{doc_id}\x1f{trigger_start}\x1f{event_type}".encode()).hexdigest()
    return f"ev-{digest[:16]}"


def _fold_elaborations(coded: list[_Coded], aiming: frozenset[str]) -> list[_Coded]:
    """Merge each frame into the same-type frame it depends on, keeping the top governor's record."""
    governor = {id(item): next((o for o in coded if o is not item and _elaborates(item, o, aiming)), None)
                for item in coded}

    def top(item: _Coded) -> _Coded:
        seen: set[int] = set()
        while (above := governor[id(item)]) is not None and id(item) not in seen:
            seen.add(id(item))
            item = above
        return item

    kept: list[_Coded] = []
    for item in coded:
        root = top(item)
        if root is item:
            kept.append(item)
        else:
            aimed = item.aimed_at_someone and root.event.type == "ASSAULT"
            root.event = _absorb(root.event, item.event, aimed=aimed)
            root.folded.append(item.frame.anchor.lemma_.lower())
    return kept


def _aimed_at_someone(frame: Frame, party: Actor | None, mentions: MentionIndex) -> bool:
    """Whether an event noun names the person it was aimed at: "an attack against councilman
    Gonzalo Alvarez" (not "an explosion at Rajwar", a place the tagger took for a name)."""
    mention = mentions.naming(party) if party is not None and frame.kind == "noun" else None
    if mention is None or mention.kind != "person":
        return False
    aimed = {t.i for prep in frame.anchor.children if prep.dep_ == "prep" and prep.lower_ in AIM_PREPOSITIONS
             for t in prep.subtree}
    return mention.token_start in aimed


def _elaborates(item: _Coded, other: _Coded, aiming: frozenset[str]) -> bool:
    """Whether a frame only elaborates another of the same type in its sentence.

    A subjectless participle or infinitive clause ("…, killing 266") or an event noun that is
    an argument of the other predicate ("rocket fire … killed 13") elaborates; a clause with a
    subject of its own ("since Abbas hosted Gantz") is an event of its own. A protest's demand
    ("began a hunger strike to demand the return of their land") is the protest's, not a request
    of its own. Nor is a participle that only says whom the other is aimed at, whatever its type
    ("imposed sanctions on Russia, targeting its shadow fleet": `aiming_verbs`), nor a verb
    coordinated with it that names other means done to something else ("kidnapped advisers and
    exploded bombs", but one raid in "began bombing and firing rockets at the settlement"). A
    subjectless gerund it was done in or during is the same fight ("wounded during fighting").
    """
    demand = item.event.type == "REQUEST" and other.event.type == "PROTEST" and not told_apart(item.frame.anchor)
    aimed = item.frame.kind == "verb" and item.frame.anchor.lemma_.lower() in aiming
    if not (demand or aimed) and (item.event.type != other.event.type
                                  or item.event.modality != other.event.modality):
        return False
    anchor = item.frame.anchor
    if item.frame.kind != "noun":
        if any(c.dep_ in ("nsubj", "nsubjpass") for c in anchor.children):
            return False
        if anchor.dep_ == "conj" and distinct_means(item.frame.coding.mode, other.frame.coding.mode) \
                and _has_object(anchor) and _has_object(other.frame.anchor):
            return False  # "kidnapped 16 advisers and exploded a series of bombs": two attacks
        if anchor.dep_ == "pcomp" and anchor.head.lower_ in SCENE_PREPOSITIONS:
            return anchor.head.head.i in other.frame.tokens  # "wounded during fighting with the rebels"
        return anchor.dep_ in ELABORATING_DEPS and anchor.head.i in other.frame.tokens
    token = anchor
    for _ in range(2):
        if token.head == token:
            return False
        token = token.head
        if token.i in other.frame.tokens:
            return True
    return False


def _has_object(verb: Any) -> bool:
    return any(c.dep_ in ("dobj", "obj") for c in verb.children) or bool(misread_objects(verb))


def _the_press(party: Actor | None) -> bool:
    """Whether the only party on the other side is the press ("reporters", "journalists")."""
    return party is not None and party.sector == PRESS_SECTOR and not party.members


def _place_country(span: Any, mentions: MentionIndex) -> str | None:
    """The country of the first place the sentence says something happened in ("… in Ghana")."""
    for token in span:
        if token.dep_ == "pobj" and token.head.lower_ == "in":
            mention = mentions.at(token)
            if mention is not None and mention.kind in PLACE_KINDS and mention.actor.country:
                return mention.actor.country
    return None


def _claimed_type(noun: Any, lexicon: PredicateLexicon) -> str:
    """The type of the act a claim's "for" phrase names; ASSAULT when it names none."""
    acts = (act for prep in noun.children if prep.dep_ == "prep" and prep.lower_ == "for" for act in prep.children)
    return next((found for act in acts if (found := _coded_type(act, lexicon)) is not None), "ASSAULT")


def _coded_type(act: Any, lexicon: PredicateLexicon) -> str | None:
    coding = noun_coding(act, lexicon) if act.pos_ in ("NOUN", "PROPN") else None
    entry = verb_entry(act, lexicon) if act.pos_ == "VERB" else None
    found = coding or (entry.coding if entry is not None else None)
    return found.type if found is not None else None


def _credit(events: list[Event], told: int, actor: Actor, claimed: str) -> None:
    """Give a claimed act its claimant: the last such act told before the claim with no doer
    named, else the first told after it."""
    unclaimed = [i for i, e in enumerate(events) if e.type == claimed and e.modality == "asserted"
                 and (e.actor is None or e.actor.sector in UNIDENTIFIED_SECTORS)]
    before = [i for i in unclaimed if i < told]
    after = [i for i in unclaimed if i >= told]
    chosen = before[-1] if before else after[0] if after else None
    if chosen is not None:
        events[chosen] = replace(events[chosen], actor=actor)


def _a_phenomenon(recipient: Actor | None, lexicon: PredicateLexicon) -> bool:
    """Whether what force is used against is a phenomenon, not a party ("drug trafficking")."""
    return recipient is not None and recipient.bare and recipient.name.lower().split()[-1] in lexicon.phenomena


def _a_place_at_home(actor: Actor | None, recipient: Actor | None, mentions: list[Mention]) -> bool:
    """Whether a visit's recipient is a place or thing in the visitor's own country, not a party:
    "Zelensky visited the front line near Bakhmut", "the Ukrainian president toured Kharkiv"."""
    if recipient is None or recipient.sector or recipient.members or actor is None or actor.country is None:
        return False
    if recipient.span is None:  # a thing the roles named from a noun: "the front line"
        return recipient.country in (None, actor.country)
    span = recipient.span
    named = next((m for m in mentions if (m.start, m.end) == (span.start, span.end)), None)
    return named is not None and named.kind == "place" and recipient.country == actor.country


def _names_a_party(frame: Frame, mentions: MentionIndex) -> bool:
    """"Aid agencies condemned the blockade": a noun that heads a party's name is no event, whatever
    its modifier ("aid convoys" are aid, "aid agencies" are who gives it)."""
    if frame.kind != "noun" or frame.implied:
        return False
    mention = mentions.at(frame.anchor)
    return mention is not None and mention.kind in ("generic", "organization") and \
        mention.token_end - 1 == frame.anchor.i


def _conveyed(frame: Frame, mentions: MentionIndex, lexicon: PredicateLexicon) -> bool:
    """Whether what arrived is a conveyance that carries no party: "trucks carrying aid arrived in
    Gaza" (but "a plane carrying the president landed in Kyiv" brings a visitor)."""
    if frame.verb is None:
        return False
    subjects = [c for c in frame.verb.children if c.dep_ == "nsubj"]
    return bool(subjects) and all(s.lemma_.lower() in lexicon.conveyance_nouns
                                  and not any(mentions.at(t) is not None for t in s.subtree) for s in subjects)


def _no_guest(frame: Frame, mentions: MentionIndex, lexicon: PredicateLexicon) -> bool:
    """"Received orders", "received two bullet wounds": a verb that meets whom it receives
    (`party_object`) meets no one unless its object names a party or a visit ("received the envoy",
    "received a delegation of Hamas leaders")."""
    if frame.kind != "verb" or frame.verb is None:
        return False
    entry = verb_entry(frame.verb, lexicon)
    if entry is None or not entry.party_object or frame.coding != entry.coding:
        return False
    received = [antecedent(c) for c in frame.verb.children if c.dep_ in ("dobj", "nsubjpass")]
    return not any(noun.lemma_.lower() in lexicon.visit_nouns
                   or (mention := mentions.at(noun)) is not None and mention.kind not in PLACE_KINDS
                   for noun in received)


def _done_by_a_thing(frame: Frame, mentions: MentionIndex, lexicon: PredicateLexicon) -> bool:
    """Whether a verb's subject is a thing, not a party: "the bill will restrict the law's reach",
    "these measures will injure those who defend free trade". What a thing will do is a forecast;
    only a party can promise or threaten."""
    if frame.verb is None:
        return False
    subjects = [antecedent(c) for c in frame.verb.children if c.dep_ == "nsubj"]
    return bool(subjects) and not any(_names_someone(s, mentions, lexicon) for s in subjects)


def _names_someone(noun: Any, mentions: MentionIndex, lexicon: PredicateLexicon) -> bool:
    """A party, a group that visits, or a noun whose possessor, modifiers or "of" phrase name one:
    "our units", "other FMLN delegates", "a delegation of the FMLN", "an official mission"."""
    if noun.pos_ != "NOUN" or noun.lemma_.lower() in lexicon.visit_nouns:
        return True
    named = [noun, *(c for c in noun.children if c.dep_ in ("poss", "compound", "amod", "nmod"))]
    named += [o for p in noun.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children if o.dep_ == "pobj"]
    return any(mentions.at(t) is not None or t.pos_ == "PRON" for t in named)


def _country_of(mentions: list[Mention]) -> str | None:
    """The one national country a sentence names, if it names exactly one."""
    countries = {m.actor.country for m in mentions if national(m.actor.country)}
    return countries.pop() if len(countries) == 1 else None


def _answering(event: Event, answered: tuple[str, str], earlier: list[Event], text: str,
               words: dict[str, tuple[str, ...]], supposed: set[str]) -> Event:
    """A reaction to an act told before ("Taiwan condemned the drills") is aimed at whoever did it:
    the last earlier event told with a word of the same stem ("condemned the strikes" after
    aircraft struck, though another attack was told since), else of the act's type, else the
    last of a kindred type (an air raid for "the attack"). An act only `supposed` in a condition
    ("would strike if Hezbollah violated the agreement") is no act anyone reacts to; one denied or
    alleged may be ("denied that its planes bombed the camp … condemned the cowardly attack")."""
    event_type, stem = answered
    kin = FORCE_TYPES if event_type in FORCE_TYPES else {event_type}  # "the raids" may be air strikes
    candidates = [e for e in reversed(earlier) if e.actor is not None and e.event_id not in supposed
                  and (event.actor is None or e.actor.name != event.actor.name)]
    told = {e.event_id: (text[e.trigger.start:e.trigger.end].lower(), *words.get(e.event_id, ())) for e in candidates}
    worded = [e.actor for e in candidates if e.type in kin and any(w.startswith(stem) for w in told[e.event_id])]
    # the act's own type next: "condemned the attack" after gunmen shot and police arrested
    doers = worded or [e.actor for e in candidates if e.type == event_type or told[e.event_id][0].startswith(stem)]
    doers = doers or [e.actor for e in candidates if e.type in kin]
    return replace(event, recipient=doers[0]) if doers else event


def _in_a_condition(anchor: Any) -> bool:
    """Whether a word stands in an if- or unless-clause, or in a clause under one."""
    return any(t.dep_ == "advcl" and marked(t, CONDITION_MARKERS) for t in (anchor, *anchor.ancestors))


def _absorb(event: Event, part: Event, *, aimed: bool = False) -> Event:
    """The event with what an elaborating frame adds. A doer the part names is no recipient:
    "two were injured in an attack by rebels" read the rebels as the injured clause's recipient.
    An attack noun `aimed` at a person named is aimed at them, whoever else its harm struck:
    "ten people were killed during an attack against councilman Gonzalo Alvarez"."""
    counts = event.counts.larger(part.counts)
    actor = event.actor or part.actor
    told = (part.recipient, event.recipient) if aimed else (event.recipient, part.recipient)
    recipients = [r for r in told if r is not None and (actor is None or r.name != actor.name)]
    return replace(
        event,
        mode=event.mode or part.mode,
        actor=actor,
        recipient=recipients[0] if recipients else None,
        counts=counts,
        confidence=max(event.confidence, part.confidence),
    )


def _confidence(frame: Frame, has_actor: bool, has_recipient: bool) -> float:
    """A rough prior: verbs beat nouns, and a full dyad beats a lone predicate."""
    score = 0.5 if frame.kind != "noun" else 0.4
    score += 0.25 if has_actor else 0.0
    score += 0.15 if has_recipient else 0.0
    return round(score, 2)
