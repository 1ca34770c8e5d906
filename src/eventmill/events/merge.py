"""Merge the mentions of one event told several times in one article into one record.

News repeats itself: "Gantz said he met Abbas", "the meeting was held late on Tuesday", "the
Abbas-Gantz talks" are one meeting. Two events merge when they have the same type and
modality, compatible participants (a shared actor, one side unknown, or for an attack the same
armed side named twice against the same target, or one named person attacked by doers named
differently but not in conflict), compatible dates (equal where both are explicit, within a week
where one is guessed) and, for attacks, means that do not tell them apart (a shelling is not a
drone strike). Explicitly dated tellings are settled first; a vague one then joins the candidate
nearest in date, then in position. The merged record keeps the earliest evidence and the most
specific of each attribute (people named over the group they were first told as). An event noun
with no participants of its own ("the trip") only adds detail to an event told elsewhere: if it
matches none, it is dropped rather than reported as an event with no one in it. A harm told
without its doer "in the attack" just named is that attack again.
"""

from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import replace
from typing import Any

from eventmill.actors.context import national
from eventmill.dates.assign import PUBLICATION_DATE
from eventmill.events.codebook import STATE_SECTORS, distinct_means
from eventmill.events.lexicon import PredicateLexicon
from eventmill.events.predicates import WITHIN_PREPOSITIONS, noun_coding
from eventmill.events.roles import JOINT_TYPES
from eventmill.language.tokens import contrasted_clause, sums_up
from eventmill.model import Actor, Article, Event, EventDate, Place
from eventmill.places.gazetteer import is_country, names_country
from eventmill.places.locate import PLACE_LABELS, in_locative_phrase

# Determiners that make an event noun point back at an event already told ("the explosion").
DEFINITE_DETERMINERS = frozenset({"the", "this", "that", "these", "those", "such"})
# Pronouns that point back at something told: "this is the fifth attack", "it was the worst bombing".
POINTING_PRONOUNS = frozenset({"this", "that", "it"})
# Types whose tellings by one armed side, named differently, are one act when the rest agrees.
SIDE_TYPES = frozenset({"ASSAULT"})
# Countries of a side that agree with any other: unknown, or an international militant group.
ANY_COUNTRY = frozenset({None, "ISM"})
SIDE_DAYS = 7
# Types whose modes are kinds of act, not ways of telling one (see `_kinds_conflict`).
KIND_MODE_TYPES = frozenset({"SANCTION", "ACCUSE"})
# Predicates that tell an act as a clause: a verb, or a light verb with its event noun.
CLAUSE_PREDICATES = frozenset({"verb", "light"})
# An undated telling, its date guessed from the report, joins a dated one only this close to it.
GUESSED_DAYS = 7
# Words of quantity that name the same party again ("farmers", "many farmers").
QUANTITY_WORDS = frozenset({"many", "several", "some", "few", "numerous", "dozens", "hundreds", "thousands", "scores",
                            "all", "most", "both"})
# The sector of a doer nothing is known of ("unidentified individuals").
UNKNOWN_SECTOR = "UNK"


class EventMerger:
    """Collapses repeated tellings of the same event within one article."""

    name = "merge"
    reads = ("events",)
    writes = ("events",)

    def __init__(self, lexicon: PredicateLexicon) -> None:
        self.lexicon = lexicon

    def __call__(self, article: Article) -> Article:
        merged: list[Event] = []
        members: list[set[int]] = []  # trigger offsets of the tellings each merged event holds
        # tellings by identity: nouns ranking the act of their sentence, victims "also" harmed,
        # and every telling that points back at one told before
        summing = {id(e) for e in article.events if _sums_up_an_act(e, article)}
        adding = {id(e) for e in article.events if _also_suffered(e, article)}
        anaphoric = {id(e) for e in article.events
                     if id(e) in summing or id(e) in adding or _refers_back(e, article, self.lexicon)}
        anaphors = [e for e in article.events if id(e) in anaphoric]
        told = [e for e in article.events if id(e) not in anaphoric]
        bonds = _one_happening(article)
        apart = _told_apart(article)
        persons = {(m.start, m.end) for m in article.mentions if m.kind == "person"}
        towns = {(m.start, m.end) for m in article.mentions if m.kind == "place" or m.seat}
        own_times = {e.trigger.start for e in article.events if _own_time(e, article)}
        # Explicitly dated tellings settle first, so a vague one joins the event it is nearest to.
        # A definite event noun ("the explosion broke windows") then joins the told event before it.
        for event in [*sorted(told, key=_settling_order), *sorted(anaphors, key=lambda e: e.trigger.start)]:
            sums_up_one = id(event) in summing
            target = _antecedent(event, merged, same_sentence=sums_up_one) if id(event) in anaphoric else None
            if target is None and sums_up_one and _acted_before(event, article.events):
                continue  # "struck Beirut on Monday, the first strike since 2006": no strike of its own
            if target is None:
                bonded = bonds.get(event.trigger.start, set())
                target = next((i for i, held in enumerate(members) if held & bonded
                               and _same_telling(event, merged[i])), None)
            if target is None:
                barred = {i for i, held in enumerate(members) if held & apart.get(event.trigger.start, set())}
                target = _best_match(event, merged, persons, own_times, self.lexicon.protest_participants, barred)
            if target is None and _characterised(event, article):
                continue  # "said it was an attack on Israel", of a court's move: no attack told
            if target is None:
                merged.append(event)
                members.append({event.trigger.start})
            else:
                combined = _combine(merged[target], event, persons, towns)
                if id(event) in adding:  # more victims of the same act
                    combined = replace(combined, counts=merged[target].counts.plus(event.counts),
                                       recipient=merged[target].recipient or event.recipient)
                merged[target] = combined
                members[target].add(event.trigger.start)
        kept = (e for e in merged if not _unanchored(e, article, self.lexicon))
        article.events = sorted(kept, key=lambda e: e.trigger.start)
        return article


def _refers_back(event: Event, article: Article, lexicon: PredicateLexicon) -> bool:
    """Whether an event is told as one already told: a definite event noun that names no new
    target ("the attack", "this kidnapping", but not "the bombing of the embassy"), what a
    pronoun is said to be ("this is the fifth attack on the pipeline"), or a harm with no doer
    of its own inside such a noun ("two policemen were killed in the attack")."""
    if event.predicate != "noun" and event.actor is not None:
        return False
    token = _trigger_token(event, article)
    if token is None:
        return False
    if event.predicate == "noun":
        return _definite_bare(token) or _said_of_this(token)
    return any(_definite_bare(noun) and (coding := noun_coding(noun, lexicon)) is not None
               and coding.type == event.type for noun in _within_nouns(token))


def _own_time(event: Event, article: Article) -> bool:
    """An event noun with a time of its own before it: "last month's massacre", "Monday's vote"."""
    if event.predicate != "noun":
        return False
    token = _trigger_token(event, article)
    return token is not None and any(c.dep_ == "poss" and c.ent_type_ in ("DATE", "TIME") for c in token.children)


def _characterised(event: Event, article: Article) -> bool:
    """Whether an event noun only says what something else was ("the court's move was an attack on
    Israel", "it was an attack on democracy"); "there were two attacks" tells attacks."""
    token = _trigger_token(event, article) if event.predicate == "noun" else None
    return token is not None and _copula_subject(token) is not None


def _sums_up_an_act(event: Event, article: Article) -> bool:
    """Whether an event noun ranks the act its sentence told ("…, the deadliest attack this year")."""
    token = _trigger_token(event, article) if event.predicate == "noun" else None
    return token is not None and sums_up(token)


def _also_suffered(event: Event, article: Article) -> bool:
    """Whether a harm with no doer, time or place of its own is told as more of one before it:
    "his son and a bodyguard were also killed", "ten other people were also injured" (but "two
    policemen were also killed in Medellin" may be another attack)."""
    if event.type not in SIDE_TYPES or event.actor is not None or event.predicate not in CLAUSE_PREDICATES \
            or event.date is None or not event.date.inferred:
        return False
    token = _trigger_token(event, article)
    if token is None or not any(c.dep_ == "advmod" and c.lower_ == "also" for c in token.children):
        return False
    return any(c.dep_ == "auxpass" for c in token.children) and not any(
        ent.label_ in PLACE_LABELS and in_locative_phrase(ent.root) for ent in token.sent.ents)


def _acted_before(event: Event, events: list[Event]) -> bool:
    """Whether its sentence told another event before this one's trigger."""
    return any(other.sentence == event.sentence and other.trigger.start < event.trigger.start
               and other is not event for other in events)


def _said_of_this(noun: Any) -> bool:
    """"This is the fifth dynamite attack on the pipeline": what a pronoun is said to be is the
    event it points back to."""
    subject = _copula_subject(noun)
    return subject is not None and subject.lower_ in POINTING_PRONOUNS


def _copula_subject(noun: Any) -> Any | None:
    """What a noun is said to be of: the subject of the "be" it is the attribute of."""
    if noun.dep_ != "attr" or noun.head.lemma_ != "be":
        return None
    return next((c for c in noun.head.children if c.dep_ == "nsubj"), None)


def _one_happening(article: Article) -> dict[int, set[int]]:
    """Tellings of one sentence that are one happening, by trigger offset.

    Harms told without a doer in one sentence, in one place: "five policemen were killed and 24
    soldiers injured", "were killed when a car bomb exploded". Whatever victims each names,
    they are one attack's. Acts with doers of their own stay apart ("rebels attacked the base
    and the army shelled their positions"), and so do harms placed apart ("two soldiers were
    killed in Cauca and three policemen wounded in Antioquia").
    """
    bonds: dict[int, set[int]] = {}
    doerless = [e for e in article.events if e.actor is None and e.predicate == "verb"]
    for event in doerless:
        for other in doerless:
            if other is not event and other.sentence == event.sentence and _same_telling(event, other) \
                    and _places_agree(event.location, other.location):
                bonds.setdefault(event.trigger.start, set()).add(other.trigger.start)
    return bonds


def _told_apart(article: Article) -> dict[int, set[int]]:
    """Clauses set against each other, by trigger offset: "Taliban fighters seized a district
    centre, while a bomb at an army base killed five people" tells two acts, whatever each
    names (`contrasted_clause`)."""
    apart: dict[int, set[int]] = {}
    told = [(e, t) for e in article.events if e.predicate in CLAUSE_PREDICATES
            and (t := _trigger_token(e, article)) is not None]
    for event, verb in told:
        if not contrasted_clause(verb):
            continue
        for other, head in told:
            if other.sentence == event.sentence and head == verb.head:
                apart.setdefault(event.trigger.start, set()).add(other.trigger.start)
                apart.setdefault(other.trigger.start, set()).add(event.trigger.start)
    return apart


def _places_agree(a: Place | None, b: Place | None) -> bool:
    return a is None or b is None or a.name == b.name


def _same_telling(event: Event, other: Event) -> bool:
    return event.type == other.type and event.modality == other.modality and _dates_agree(event.date, other.date)


def _trigger_token(event: Event, article: Article) -> Any | None:
    if not 0 <= event.sentence < len(article.sentences):
        return None
    sentence = article.sentences[event.sentence]
    start = event.trigger.start - article.char_offset(sentence)
    return next((t for t in article.span(sentence) if t.idx == start), None)


def _within_nouns(verb: Any) -> list[Any]:
    """The nouns of a clause's "in"/"during" phrases, shared by coordinated verbs ("one soldier was
    killed and 20 were wounded in the attack")."""
    clause = [verb, *(c for c in verb.children if c.dep_ == "conj"), *([verb.head] if verb.dep_ == "conj" else [])]
    return [noun for v in clause for prep in v.children if prep.dep_ == "prep" and prep.lower_ in WITHIN_PREPOSITIONS
            for noun in prep.children if noun.dep_ == "pobj"]


def _definite_bare(token: Any) -> bool:
    children = list(token.children)
    definite = any(c.dep_ == "det" and c.lower_ in DEFINITE_DETERMINERS for c in children)
    return definite and not any(c.dep_ in ("prep", "poss") for c in children)


def _antecedent(event: Event, kept: list[Event], *, same_sentence: bool = False) -> int | None:
    """The nearest event of the same type and modality told before an anaphoric noun (in its own
    sentence, for a noun that sums up what the sentence told); one done the way the noun names
    comes first ("jets struck villages … fighters attacked a post … the strikes": the jets')."""
    earlier = [i for i, other in enumerate(kept)
               if other.type == event.type and other.modality == event.modality
               and (not same_sentence or other.sentence == event.sentence)
               and other.trigger.start < event.trigger.start and _dates_agree(event.date, other.date)]
    alike = [i for i in earlier if event.mode is not None and kept[i].mode == event.mode]
    return max(alike or earlier, key=lambda i: kept[i].trigger.start) if earlier else None


def _unanchored(event: Event, article: Article, lexicon: PredicateLexicon) -> bool:
    """An event noun with no participants ("the talks collapsed") that matched no told event.

    A protest is the exception: "protests erupted in the capital" tells collective action by an
    unnamed crowd, which is how protests are usually reported. So is an event someone witnessed,
    survived or confirmed ("who survived an attack in 1985"): it is told as having happened.
    """
    if event.predicate != "noun" or _participants(event) or event.type == "PROTEST":
        return False
    token = _trigger_token(event, article)
    return token is None or not (token.dep_ == "dobj" and token.head.lemma_.lower() in lexicon.onlooker_verbs)


def _settling_order(event: Event) -> tuple[bool, bool, int]:
    inferred = event.date is None or event.date.inferred
    return (inferred, not _participants(event), event.trigger.start)


def _best_match(event: Event, kept: list[Event], persons: set[tuple[int, int]],
                own_times: set[int], crowds: frozenset[str], barred: set[int]) -> int | None:
    candidates = [i for i, other in enumerate(kept)
                  if i not in barred and _compatible(event, other, persons, own_times, crowds)]
    if not candidates:
        return None
    return min(candidates, key=lambda i: (_day_gap(event.date, kept[i].date),
                                          abs(kept[i].sentence - event.sentence)))


def _compatible(event: Event, other: Event, persons: set[tuple[int, int]],
                own_times: set[int], crowds: frozenset[str]) -> bool:
    """Whether two tellings may be one event. `own_times`: the triggers of event nouns dated by
    a time of their own ("last month's massacre"), which point back at no act told that day;
    `crowds`: the nouns of protesters (`protest_participants`)."""
    if event.type != other.type or event.modality != other.modality:
        return False
    if not _dates_agree(event.date, other.date):
        return False
    mine, theirs = _participants(event), _participants(other)
    # "last month's massacre" spans the month it gives itself, no day beyond it
    slack = 0 if _coarse(event.date, other.date) else GUESSED_DAYS
    if (event.trigger.start in own_times or other.trigger.start in own_times) \
            and _guessed_far_apart(event.date, other.date, slack=slack):
        return False
    if ({event.predicate, other.predicate} <= CLAUSE_PREDICATES or not mine or not theirs) \
            and _guessed_far_apart(event.date, other.date):
        # two clauses told as acts, not a noun pointing back ("the attack took place…"); nor is a
        # bare noun with a time of its own ("concluded talks on the deal last December")
        return False
    if distinct_means(event.mode, other.mode) or _kinds_conflict(event, other):
        return False
    if event.sentence == other.sentence and event.actor is None and other.actor is None \
            and not _places_nest(event.location, other.location):
        return False  # "two soldiers were killed in Cauca and three policemen wounded in Antioquia"
    if not mine or not theirs:
        return True
    if event.type in JOINT_TYPES:  # one party's dealings with two others are two events
        return bool(mine & theirs) and not (_same_actor(event.actor, other.actor)
                                            and _sides_conflict(event.recipient, other.recipient))
    if event.type == "PROTEST" and _one_crowd(event, other, crowds):
        return True
    if _same_actor(event.actor, other.actor):
        return _sides_agree(event.recipient, other.recipient, persons)
    # One armed side named twice ("guerrillas", "the FMLN") must have hit the same target, not just
    # any bare one, within days even as guessed: "its forces took control" is not the assault of
    # three years before.
    if event.type not in SIDE_TYPES or _day_gap(event.date, other.date) > SIDE_DAYS:
        return False
    if _one_victim(event.recipient, other.recipient, persons) and not _sides_conflict(event.actor, other.actor):
        return True  # "the judge was shot dead by gunmen", "hooded men … shot him"
    # "killed 46 civilians … struck several villages": a party and a bare target; two things ("two
    # brothels", "a public bus") are two targets
    bare = [r is not None and r.bare for r in (event.recipient, other.recipient)].count(True) == 1
    if _state_sides(event.actor, other.actor) and not _places_nest(event.location, other.location):
        return False  # "missiles hit centres in Jizan … Yemeni forces also fired at bases in Najran"
    return _same_side(event.actor, other.actor) and (
        _same_actor(event.recipient, other.recipient) or _same_side(event.recipient, other.recipient)
        or _one_thing(event.recipient, other.recipient) or bare and abs(event.sentence - other.sentence) <= 1)


def _one_crowd(event: Event, other: Event, crowds: frozenset[str]) -> bool:
    """"Protesters stormed parliament… young demonstrators set part of the building on fire": the
    crowd of one protest named twice, on the same day, in one place and country, whatever each
    telling says it acted on."""
    parties = (event.actor, other.actor)
    if any(p is None or p.members or not _crowd_word(p.name, crowds) for p in parties):
        return False
    countries = {p.country for p in parties if p is not None} - {None}
    return len(countries) <= 1 and _places_nest(event.location, other.location) \
        and event.date is not None and other.date is not None and _day_gap(event.date, other.date) == 0


def _places_nest(a: Place | None, b: Place | None) -> bool:
    """The same place, or a place and the country it is in ("Nairobi" and "Kenya")."""
    if _places_agree(a, b):
        return True
    return a is not None and b is not None and a.country == b.country and (is_country(a) or is_country(b))


def _crowd_word(name: str, crowds: frozenset[str]) -> bool:
    last = name.lower().split()[-1] if name.strip() else ""
    return last in crowds or last.removesuffix("s") in crowds


def _one_thing(a: Actor | None, b: Actor | None) -> bool:
    """Two bare targets one of which names the other more fully: "Dif village" and "the village"."""
    if a is None or b is None or not (a.bare and b.bare):
        return False
    words_a, words_b = set(a.name.lower().split()), set(b.name.lower().split())
    return words_a <= words_b or words_b <= words_a


def _kinds_conflict(event: Event, other: Event) -> bool:
    """Two sanctions or accusations of different stated kinds told in different sentences are two
    acts: a sentence passed is not a sanction imposed, a charge laid no condemnation. In one
    sentence they may be one statement told twice ("lodged a protest, charging its neighbour…")."""
    modes = (event.mode, other.mode)
    return event.type in KIND_MODE_TYPES and None not in modes and modes[0] != modes[1] \
        and event.sentence != other.sentence


def _participants(event: Event) -> set[str]:
    names: set[str] = set()
    for actor in (event.actor, event.recipient):
        if actor is not None:
            names.update(m.name for m in actor.members or (actor,))
    return names


def _same_actor(a: Actor | None, b: Actor | None) -> bool:
    if a is None or b is None:
        return True
    names_a = {m.name for m in a.members or (a,)}
    names_b = {m.name for m in b.members or (b,)}
    return bool(names_a & names_b) or any(_one_named_more_fully(x, y) for x in names_a for y in names_b)


def _one_named_more_fully(a: str, b: str) -> bool:
    """"farmers" and "many farmers": one party, the second time with a word of quantity. ("Other
    farmers" or "Thai farmers" may be others.)"""
    words_a, words_b = set(a.lower().split()), set(b.lower().split())
    extra = words_a ^ words_b
    return bool(extra) and (words_a <= words_b or words_b <= words_a) and all(
        w in QUANTITY_WORDS or w.isdigit() for w in extra)


def _same_side(a: Actor | None, b: Actor | None) -> bool:
    """"Guerrillas" and "the FMLN", "troops" and "the army" of one report: the same armed side,
    of one sector and no two countries. An international militant group is of the country it
    fights in too ("Islamic State militants" and "a cell of IS fighters in Iraq")."""
    if a is None or b is None:
        return False
    return any(x.sector and x.sector == y.sector
               and (x.country == y.country or bool({x.country, y.country} & ANY_COUNTRY))
               or _state_and_its_force(x, y) or _state_and_its_force(y, x)
               for x in a.members or (a,) for y in b.members or (b,))


def _state_sides(a: Actor | None, b: Actor | None) -> bool:
    """Whether two doers are one side only as a country and its forces (see `_same_side`)."""
    return a is not None and b is not None and (_state_and_its_force(a, b) or _state_and_its_force(b, a))


def _state_and_its_force(state: Actor, force: Actor) -> bool:
    """"Pakistani air strikes killed 46" and "the jets struck several villages": a country named
    as the doer and its own state forces are one side."""
    return state.sector is None and national(state.country) and names_country(state.name, state.country) \
        and force.sector in STATE_SECTORS and force.country == state.country


def _one_victim(a: Actor | None, b: Actor | None, persons: set[tuple[int, int]]) -> bool:
    """The same person named as the target of both, one of them from a person's name: a person is
    seldom attacked twice in a few days, so the two tellings are one attack."""
    if a is None or b is None or a.members or b.members:
        return False
    return (_named_person(a, persons) or _named_person(b, persons)) and _same_actor(a, b)


def _named_person(actor: Actor, persons: set[tuple[int, int]]) -> bool:
    """Whether an actor was read from a person's name (`persons`: the spans of person mentions)."""
    return actor.span is not None and (actor.span.start, actor.span.end) in persons


def _sides_conflict(a: Actor | None, b: Actor | None) -> bool:
    """Two doers known to be different: other countries, or other sectors."""
    if a is None or b is None:
        return False
    if a.country and b.country and a.country != b.country:
        return True
    return bool(a.sector and b.sector and UNKNOWN_SECTOR not in (a.sector, b.sector) and a.sector != b.sector)


def _sides_agree(a: Actor | None, b: Actor | None, persons: set[tuple[int, int]]) -> bool:
    """Same party, same country, or one side too bare to tell (a target such as "the bus").
    Two people named apart are two parties, whatever their country ("accused Ruiz",
    "accused Soto")."""
    if a is None or b is None or a.bare or b.bare:
        return True
    if _same_actor(a, b):
        return True
    if _named_person(a, persons) and _named_person(b, persons):
        return False
    return a.country is not None and a.country == b.country


def _dates_agree(a: EventDate | None, b: EventDate | None) -> bool:
    if a is None or b is None or a.inferred or b.inferred:
        return True
    shorter = min(len(a.value), len(b.value))
    return a.value[:shorter] == b.value[:shorter]


def _guessed_far_apart(a: EventDate | None, b: EventDate | None, *, slack: int = GUESSED_DAYS) -> bool:
    """Whether one telling's guessed date is more than `slack` days from the other's told date:
    "Pakistan said it had shot down five jets", guessed as the report's day, is not "last month's
    massacre". A told month or year spans its days, so the gap is counted to its nearer end."""
    if a is None or b is None or a.inferred == b.inferred:
        return False
    guessed, told = (a, b) if a.inferred else (b, a)
    day, first = guessed.first_day, told.first_day
    if told.precision == "day":
        last = first
    elif told.precision == "month":
        last = first.replace(day=calendar.monthrange(first.year, first.month)[1])
    else:
        last = dt.date(first.year, 12, 31)
    return max((first - day).days, (day - last).days) > slack


def _coarse(a: EventDate | None, b: EventDate | None) -> bool:
    """Whether the told one of two dates is a month or a year, not a day."""
    return any(d is not None and not d.inferred and d.precision != "day" for d in (a, b))


def _day_gap(a: EventDate | None, b: EventDate | None) -> int:
    if a is None or b is None:
        return 0
    return abs((a.first_day - b.first_day).days)


def _combine(first: Event, second: Event, persons: set[tuple[int, int]], towns: set[tuple[int, int]]) -> Event:
    """One record from two tellings: explicit and precise beats inferred and vague. `towns`: the
    spans of mentions of towns and other places."""
    date = _better_date(first.date, second.date)
    dated_by = second if date is not None and date is second.date else first
    actor = _richer(first.actor, second.actor, persons, towns)
    recipient = _richer(first.recipient, second.recipient, persons, towns)
    if _same_party(actor, recipient):  # "leaders met with Blinken … Blinken discussed": keep the dyad told
        actor, recipient = (first.actor, first.recipient) if first.recipient is not None else (second.actor, second.recipient)
    return replace(
        first if first.predicate != "noun" or second.predicate == "noun" else second,
        mode=first.mode or second.mode,
        actor=actor,
        recipient=recipient,
        date=date,
        location=_narrower(first.location, second.location),
        counts=first.counts.larger(second.counts),
        background=dated_by.background,
        according_to=first.according_to or second.according_to,
        confidence=min(1.0, max(first.confidence, second.confidence) + 0.05),
        contexts=tuple(dict.fromkeys(first.contexts + second.contexts)),
    )


def _narrower(first: Place | None, second: Place | None) -> Place | None:
    """The first telling's place, unless it is only the country the second's place is in ("were
    killed and … wounded in Cali, Colombia": the killing has only the story's country)."""
    if first is None or (second is not None and _places_nest(first, second) and is_country(first)
                         and not is_country(second)):
        return second
    return first


def _same_party(a: Actor | None, b: Actor | None) -> bool:
    """Whether a party is on both sides, alone or among others ("Fernandez met Fernandez and Murillo")."""
    return a is not None and b is not None and any(
        x.name == y.name and (x.country == y.country or None in (x.country, y.country))
        for x in a.members or (a,) for y in b.members or (b,))


def _richer(a: Actor | None, b: Actor | None, persons: set[tuple[int, int]],
            towns: set[tuple[int, int]]) -> Actor | None:
    """The party told more specifically: people named ("engineers Ruiz and Soto") over the group
    they were first told as ("two Mexicans"), anything over a town, which may say only where ("set
    off a bomb in the Democracy Tower building" and "the explosion shook western San Salvador"; a
    compound of towns is a town), then the record that says more."""
    if a is None or b is None:
        return a or b

    def rank(actor: Actor) -> tuple[bool, bool, int]:
        town = all(m.span is not None and (m.span.start, m.span.end) in towns for m in actor.members or (actor,))
        return _named_people(actor, persons), not town, _detail(actor)

    return a if rank(a) >= rank(b) else b


def _named_people(actor: Actor, persons: set[tuple[int, int]]) -> bool:
    """Whether a party is, or holds, a person named as such; a bare name the tagger took for a
    person ("Mocimboa da Praia") names no party."""
    return any(_named_person(m, persons) and not m.bare for m in actor.members or (actor,))


def _detail(actor: Actor) -> int:
    """How much an actor record says; a compound of unknowns says less than one known party, a
    compound of known parties ("parliament and police") no less than a bare thing ("the building")."""
    return sum(x is not None for x in (actor.country, actor.sector, actor.role)) - sum(m.bare for m in actor.members)


def _better_date(a: EventDate | None, b: EventDate | None) -> EventDate | None:
    if a is None or b is None:
        return a or b
    if a.inferred != b.inferred:
        return b if a.inferred else a
    if (a.text == PUBLICATION_DATE) != (b.text == PUBLICATION_DATE):
        return b if a.text == PUBLICATION_DATE else a  # "announced on Friday" over the report's date
    return a if len(a.value) >= len(b.value) else b
