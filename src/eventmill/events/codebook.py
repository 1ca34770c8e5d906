"""The codebook's rules that change an event's type once its frame and modality are known.

PLOVER codes what an actor does *now*: announcing that one will visit is an agreement made
today (AGREE), announcing that one will strike or ban is a threat made today (THREATEN), and
saying one will not accept something is a refusal (REJECT); an announced withdrawal or
resignation is a concession not yet carried out (CONCEDE). A threat's mode is what is
threatened ("threatened to cut ties" → THREATEN relations).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from eventmill.actors.context import national
from eventmill.actors.rows import INTERNATIONAL_CODES
from eventmill.events.lexicon import Coding, PredicateEntry, PredicateLexicon
from eventmill.events.modality import ModalityCues, is_reported_future
from eventmill.events.predicates import (
    AIM_PREPOSITIONS,
    CONFLICT_TYPES,
    HARM_TYPES,
    Frame,
    characterises,
    has_crowd_subject,
    is_reprisal,
    noun_coding,
    prep_objects,
    verb_entry,
)
from eventmill.language.tokens import TENSED_TAGS, marked, misread_infinitive
from eventmill.model import Actor, Event, Modality

COOPERATIVE_TYPES = frozenset({"CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "AGREE"})
FUTURE_AUXILIARIES = frozenset({"will", "shall", "'ll"})
# Sectors of state authorities: destruction they order is coercion (demolitions), not an assault.
STATE_SECTORS = frozenset({"GOV", "MIL", "COP", "JUD", "LEG", "SPY"})
# Sectors of those whose strikes are work stoppages: labour, students, civilians, professions.
STRIKING_SECTORS = frozenset({"LAB", "EDU", "CVL", "MED", "JRN", "BUS"})
# Authorities whose capture of people is an arrest: police, officials, judges, intelligence.
ARRESTING_SECTORS = frozenset({"COP", "GOV", "JUD", "SPY"})
# Parties whose "strike" is an attack.
ARMED_SECTORS = frozenset({"MIL", "REB", "PRM", "UAF", "SPY"})
# Reactions whose object may be an act told before: condemning, rejecting, protesting or praising it.
REACTION_TYPES = frozenset({"ACCUSE", "REJECT", "PROTEST", "SUPPORT"})
# Means of attack that tell one attack from another; modes outside these (targeted, destroy,
# beat, crowd-control: police fire tear gas and live rounds at one crowd) may go with any.
MEANS_FAMILIES = (frozenset({"aerial", "drone", "explosives", "suicide-attack"}), frozenset({"heavy-weapons"}),
                  frozenset({"firearms"}), frozenset({"abduct"}), frozenset({"sexual"}))
# Prepositions of where a projectile was sent: "fired two missiles into the sea".
DIRECTION_PREPOSITIONS = ("into", "in", "toward", "towards")
# Prepositions that name whom an act was done to ("the attack on the embassy", "violence against").
VICTIM_PREPOSITIONS = frozenset({"on", "against", "at"})
# Letters a verb and its event noun share ("suspend", "suspension"; "raid", "raids").
STEM_LENGTH = 5
# Spans a work stoppage is counted in ("a week of strikes").
STOPPAGE_SPANS = frozenset({"hour", "day", "week", "month"})
# Words of a raid, which is an attack when armed forces make it on armed men.
RAIDS = frozenset({"raid"})
# Destruction words that name an authority's act even when no one is named ("homes were razed").
DEMOLITIONS = frozenset({"demolish", "bulldoze", "raze", "demolition"})
# Words whose to-clause is a commitment of the subject: "ready to help", "plans to impose curbs".
COMMITMENT_GOVERNORS = frozenset({"ready", "willing", "prepared", "plan", "intend", "determined", "poised",
                                  "swear", "vow", "pledge", "promise", "offer", "commit", "resolve"})
# Adjectives that, of a cooperative act in their "to"/"for" phrase, offer it: "open to talks".
OPEN_WORDS = frozenset({"open", "ready", "willing", "prepared", "committed", "amenable"})
# Acts that, announced on a condition the other side must meet, are an ultimatum (THREATEN): force,
# pressure, protest and withdrawal; a cooperative act on a condition is an offer.
ULTIMATUM_TYPES = (CONFLICT_TYPES - {"THREATEN"}) | {"RETREAT"}
# Entity labels of a word in front of "strike" that says whose or where, not what kind.
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
PLACE_OR_PEOPLE_LABELS = PLACE_LABELS | {"NORP"}
UNLESS = frozenset({"unless"})
IF = frozenset({"if"})
# Clause positions where a stated future act is the sentence's own claim, not a background detail.
STATEMENT_DEPS = frozenset({"ROOT", "ccomp", "conj", "xcomp"})


def threat_mode(coding: Coding) -> str | None:
    """What a threat threatens, from the coding of the threatened act."""
    if coding.type in ("ASSAULT", "MOBILIZE") or coding.mode == "destroy":
        return "violence"  # "threatened to burn the town": destruction is violence, not a restriction
    if coding.type == "COERCE":
        return coding.mode if coding.mode in ("arrest", "curfew", "martial-law") else "restrict"
    if coding.type == "SANCTION":
        return "expel" if coding.mode == "expel" else "relations"
    if coding.type == "REJECT" and coding.mode == "meet":
        return "relations"  # "threatened to break off the talks"
    if coding.type == "PROTEST":
        return "restrict"  # a threatened strike or boycott restricts what the target may do
    return None


def recode(frame: Frame, modality: Modality, cues: ModalityCues) -> tuple[Coding, Modality]:
    """The frame's coding and modality after the codebook's future and refusal rules.

    An announced attack or crackdown threatens whoever it would fall on; an announced deployment
    ("troops will be deployed to the border", "will deploy units to carry voters") plans a move,
    a threat only when words of threat say so ("warned it would send troops")."""
    token = frame.verb if frame.verb is not None else frame.anchor
    coding = frame.coding
    if frame.kind == "noun" and coding.type in COOPERATIVE_TYPES and modality in ("asserted", "planned") \
            and _offered(frame.anchor):
        return Coding("AGREE"), "asserted"  # "remained open to negotiations", "is ready for talks"
    if modality == "negated" and coding.type in COOPERATIVE_TYPES and _stated_future(token, cues):
        return Coding("REJECT"), "asserted"  # "will not accept more refugees"
    if modality != "planned" or not (_stated_future(token, cues) or _committed(token)):
        return coding, modality
    if token.dep_ not in STATEMENT_DEPS or _forecast(token, cues):
        return coding, modality
    if coding.type in ULTIMATUM_TYPES and _ultimatum(token):
        return Coding("THREATEN", threat_mode(coding)), "asserted"  # "will withdraw its force unless…"
    if coding.type == "RETREAT" and not _committed(token):
        return Coding("CONCEDE"), "asserted"  # an announced withdrawal or resignation
    if coding.type == "CONSULT" and token.dep_ == "ROOT" and not _committed(token):
        return coding, modality  # "parliament will meet on Sunday": a meeting scheduled, no one's promise
    if coding.type in COOPERATIVE_TYPES:
        return Coding("AGREE"), "asserted"
    if coding.type in CONFLICT_TYPES - {"THREATEN", "REJECT", "PROTEST", "MOBILIZE"}:
        return Coding("THREATEN", threat_mode(coding)), "asserted"
    return coding, modality


def _ultimatum(verb: Any) -> bool:
    """Whether a future act is made to hang on what another does or fails to do: "will boycott the
    elections unless the president steps down", "will withdraw if the talks do not resume"."""
    return any(c.dep_ == "advcl" and (marked(c, UNLESS) or marked(c, IF) and any(n.dep_ == "neg" for n in c.children))
               for c in verb.children)


def complement_threat(frame: Frame, coding: Coding, lexicon: PredicateLexicon) -> Coding:
    """A threat without a mode takes it from the act it threatens ("threatened to storm" → violence)."""
    if coding.type != "THREATEN" or coding.mode is not None or frame.verb is None:
        return coding
    for child in frame.verb.children:
        if (child.dep_ in ("xcomp", "ccomp") or misread_infinitive(child)) and child.pos_ in ("VERB", "AUX"):
            entry = lexicon.verb(child.lemma_)
            # "threatened to launch an offensive", "to institute a curfew": the object names the act
            threatened = _with_object(child, entry, lexicon) if entry is not None else _object_event(child, lexicon)
            if threatened is None and is_reprisal(child, lexicon):
                threatened = Coding("ASSAULT")  # "vowed to respond": a reprisal in kind
            mode = threat_mode(threatened) if threatened is not None else None
            if mode is not None:
                return Coding("THREATEN", mode)
    return coding


def collective_action(frame: Frame, coding: Coding, lexicon: PredicateLexicon) -> Coding:
    """Collective civilian action is PROTEST: "demonstrators torched the consulate" is a riot,
    "protesters massed outside parliament" or "marchers demanded his release" a demonstration,
    whatever verb the text uses. Words alone are a crowd's only when protesters say them:
    "students demanded that lawmakers act" is a demand, "students torched cars" a riot."""
    if frame.verb is None:
        return coding
    if coding.type == "REQUEST" and has_crowd_subject(frame.verb, lexicon, lexicon.protest_participants):
        return Coding("PROTEST", "demo")
    if coding.type in ("ASSAULT", "COERCE", "MOBILIZE") and has_crowd_subject(frame.verb, lexicon):
        return Coding("PROTEST", "demo" if coding.type == "MOBILIZE" else "riot")
    if _told_of_a_protest(frame.verb, lexicon):
        if coding.type in ("REQUEST", "AGREE"):
            return Coding("PROTEST", "demo")  # "demonstrated in Kirkuk calling for independence"
        if coding.mode == "destroy":
            return Coding("PROTEST", "riot")  # "rioted, setting fire to their mattresses"
    return coding


def told_apart(verb: Any) -> bool:
    """Whether a coordinated verb has a tense of its own beside a foretold one: "said they would
    boycott the parliament and called for a new election" tells two acts, not one."""
    return verb.dep_ == "conj" and verb.tag_ in TENSED_TAGS and any(c.tag_ == "MD" for c in verb.head.children)


def _told_of_a_protest(verb: Any, lexicon: PredicateLexicon) -> bool:
    """Whether a subjectless participle or coordinated clause ("…, calling for", "…, setting fire
    to", "rallied and vowed to stay") tells the demands, vows or deeds of the protest it hangs on:
    one protest, not a protest and another act. A told act beside a protest only foretold ("said
    they would boycott the parliament and called for a new election") is an act of its own, and so
    is one beside a verb that judges the protest ("condemned the strike and urged…", "called the
    strike unnecessary and urged…")."""
    participle = verb.dep_ == "advcl" and verb.tag_ == "VBG"
    if not (participle or verb.dep_ == "conj") or any(c.dep_ == "nsubj" for c in verb.children) or told_apart(verb):
        return False
    head = verb.head
    entry = verb_entry(head, lexicon)
    if entry is not None and entry.coding is not None:
        return entry.coding.type == "PROTEST"  # "condemned the strike and urged…" tells no protest
    if characterises(head):
        return False  # "called the strike unnecessary and urged doctors to return to talks"
    return any(c.dep_ in ("dobj", "obj") and (found := noun_coding(c, lexicon)) is not None
               and found.type == "PROTEST" for c in head.children)


def instrument_mode(frame: Frame, coding: Coding, lexicon: PredicateLexicon, actor: Actor | None = None) -> Coding:
    """An assault with no mode takes the mode of the weapon its own phrase names ("gunmen
    attacked", "hit the base with rockets"); a suicide bomber makes it a suicide attack.
    Destruction wrought with a weapon ("warplanes destroyed the depot"), by a party that is no
    state authority ("rebels burned buses"), by armed forces other than by demolition ("troops
    destroyed a bridge") or by no one named ("two buses were destroyed") is an ASSAULT with mode
    destroy (the codebook's ASSAULT mode), not the COERCE of authorities demolishing homes
    ("bulldozers razed six homes", "troops demolished the attackers' homes" stay COERCE). What an
    attack's participle says it wrought ("drones struck a depot, setting it on fire") is the
    attack's: an ASSAULT too."""
    destruction = coding == Coding("COERCE", "destroy")
    demolition = frame.anchor.lemma_.lower() in DEMOLITIONS
    # "Ukrainian forces destroyed a third bridge"; destroying arms caches or mines disarms, it is no attack
    wrecked_in_war = _armed_forces(actor) and not demolition and not _destroys_arms(frame, lexicon)
    if destruction and (not _state(actor) or wrecked_in_war) and not (actor is None and demolition):
        return Coding("ASSAULT", "destroy")  # "rebels burned buses", "two buses were destroyed"
    if not destruction and (coding.type != "ASSAULT" or coding.mode is not None):
        return coding
    head = frame.verb if frame.verb is not None else frame.anchor
    nearby = [t for child in head.children if child.dep_ not in ("ccomp", "advcl", "conj", "relcl")
              for t in child.subtree]
    lemmas = [t.lemma_.lower() for t in nearby if t.pos_ != "VERB"]  # "tear gas", not "strife-torn"
    if destruction:  # the weapon used, not the weapons destroyed ("destroyed a cache of explosives")
        objects = {t.i for child in head.children if child.dep_ in ("dobj", "nsubjpass") for t in child.subtree}
        armed = any(t.lemma_.lower() in lexicon.instruments for t in nearby if t.pos_ != "VERB" and t.i not in objects)
        return Coding("ASSAULT", "destroy") if armed or _wrought_by_an_attack(head, lexicon) else coding
    if "suicide" in lemmas:
        return Coding("ASSAULT", "suicide-attack")
    mode = next((found for lemma in lemmas if (found := lexicon.instruments.get(lemma))), None)
    return Coding("ASSAULT", mode) if mode else coding


def grounded_bombing(frame: Frame, coding: Coding, lexicon: PredicateLexicon, actor: Actor | None) -> Coding:
    """A bombing by a party with no air force is done with explosives: "rebels bombed a police
    station", "urban commandos bombed two power stations". The aerial mode of "bomb" and
    "bombing" assumes aircraft, which a state has; an aircraft named nearby keeps it aerial."""
    if coding != Coding("ASSAULT", "aerial") or actor is None or _state(actor):
        return coding
    if any(lexicon.instruments.get(t.lemma_.lower()) == "aerial" for t in frame.anchor.sent):
        return coding  # "rebels shot down a helicopter", "an aircraft bombed the village"
    return Coding("ASSAULT", "explosives")


def kind_of_strike(frame: Frame, coding: Coding, lexicon: PredicateLexicon, actor: Actor | None,
                   told: Sequence[Event] = ()) -> Coding:
    """"Unions began three days of strikes": strikes by workers, students or civilians are work
    stoppages (PROTEST strike), not the air strikes the plural "strikes" usually names. The other
    way round, a "strike" its words make armed ("a drone strike", "a deadly cross-border strike"),
    a lone "strike" by an armed party or a state, or one "on" a target, is an attack ("an Israeli
    strike on the embassy"), and so is "the strike" in a story that has told attacks and no
    protest (`told`: the events told before)."""
    noun = frame.noun if frame.noun is not None else frame.anchor
    if noun.lemma_.lower() != "strike" or coding.type not in ("ASSAULT", "PROTEST"):
        return coding
    parties = (actor.members or (actor,)) if actor is not None else ()
    armed = bool(parties) and all(p.sector in ARMED_SECTORS or p.sector is None and national(p.country)
                                  for p in parties)
    aimed = any(c.dep_ == "prep" and c.lower_ in AIM_PREPOSITIONS and any(
        o.ent_type_ not in ("DATE", "TIME") for o in c.children if o.dep_ == "pobj") for c in noun.children)
    if coding.type == "ASSAULT":
        # "unions began strikes", "teachers struck on Monday" (but "students struck a policeman")
        stopped = frame.noun is not None or not any(c.dep_ in ("dobj", "nsubjpass") for c in noun.children)
        striking = bool(parties) and stopped and all(p.sector in STRIKING_SECTORS for p in parties)
        stoppage = _stoppage_words(noun) and not armed and not aimed
        return Coding("PROTEST", "strike") if striking or stoppage else coding
    modifiers = [c for c in noun.children if c.dep_ in ("compound", "amod")]
    if any(c.lemma_.lower() in lexicon.attack_modifiers or c.lemma_.lower() in lexicon.instruments for c in modifiers):
        return Coding("ASSAULT")
    if any(c.ent_type_ not in PLACE_OR_PEOPLE_LABELS and c.tag_ != "VBN" for c in modifiers):
        # "a general strike", "a hunger strike", "a two-day strike" (but "an Israeli strike", "the
        # Damascus strike", "a suspected strike", whose words say nothing of its kind)
        return coding
    told_back = any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children) and \
        any(e.type == "ASSAULT" for e in told) and not any(e.type == "PROTEST" for e in told)
    placed = any(c.ent_type_ in PLACE_LABELS for c in modifiers)  # "the Lagos strike": the place is no striker
    return Coding("ASSAULT") if (armed and not placed) or aimed or told_back else coding


def _stoppage_words(noun: Any) -> bool:
    """"A week of strikes", "three days of strikes", "called for strikes": work stoppages are
    counted in days and called; air strikes are neither."""
    if noun.dep_ != "pobj" or any(c.dep_ in ("compound", "amod") for c in noun.children):
        return False
    holder = noun.head.head
    if noun.head.lower_ == "of":
        return holder.lemma_.lower() in STOPPAGE_SPANS
    return noun.head.lower_ == "for" and holder.lemma_.lower() == "call"


def _wrought_by_an_attack(verb: Any, lexicon: PredicateLexicon) -> bool:
    """Whether destruction is told as what an attack did: "drones struck an oil depot, setting it
    on fire" (a participle of the attack's verb)."""
    if verb.dep_ != "advcl" or verb.tag_ != "VBG":
        return False
    entry = verb_entry(verb.head, lexicon)
    return entry is not None and entry.coding is not None and entry.coding.type == "ASSAULT"


def _destroys_arms(frame: Frame, lexicon: PredicateLexicon) -> bool:
    """Whether what was destroyed is arms ("destroyed large caches of weapons", "23 IEDs")."""
    head = frame.verb if frame.verb is not None else frame.anchor
    things = [c for c in head.children if c.dep_ in ("dobj", "nsubjpass")]
    things += [g for t in things for p in t.children if p.dep_ == "prep" and p.lower_ == "of"
               for g in p.children if g.dep_ == "pobj"]
    things += [c for t in things for c in t.conjuncts]
    return any(t.lemma_.lower() in lexicon.instruments or t.lemma_.lower() in lexicon.arms_words
               or t.lower_ in lexicon.instruments for t in things)


def _armed_forces(actor: Actor | None) -> bool:
    """Whether an actor is a state's armed forces, whose destruction is war unless they demolish."""
    return actor is not None and all(party.sector == "MIL" for party in actor.members or (actor,))


def _state(actor: Actor | None) -> bool:
    """Whether an actor is a state authority, the one party whose destruction is coercion."""
    if actor is None:
        return False
    parties = actor.members or (actor,)
    return all(party.sector in STATE_SECTORS or party.sector is None and party.country for party in parties)


def cued_mode(frame: Frame, coding: Coding, lexicon: PredicateLexicon) -> Coding:
    """A mode the sentence makes evident when the predicate gave none (the lexicon's mode_cues)."""
    cues = lexicon.mode_cues.get(coding.type)
    if coding.mode is not None or not cues:
        return coding
    lemmas = {t.lemma_.lower() for t in frame.anchor.sent}
    mode = next((mode for mode, words in cues.items() if lemmas & words), None)
    return Coding(coding.type, mode) if mode else coding


def implied_actor(frame: Frame, coding: Coding, lexicon: PredicateLexicon) -> Actor | None:
    """The authority an agentless passive implies ("were arrested": the police; "was put under
    investigation": the authorities), or the protesters a crowd named by its size implies
    ("thousands rallied"), still without a country; None when the act is not one only
    authorities do or the clause is not such a passive."""
    implied = lexicon.implied_actors.get(coding)
    if coding.type == "PROTEST":  # "thousands rallied": the protesters, when the crowd is named by size alone
        crowd = frame.verb is not None and frame.verb.pos_ == "VERB" and has_crowd_subject(frame.verb, lexicon)
        return Actor(implied[0], None, implied[1]) if implied is not None and crowd else None
    verb = frame.verb
    if frame.kind == "noun" and frame.anchor.dep_ == "pobj":  # "was put under investigation"
        verb = frame.anchor.head.head
    if implied is None or verb is None or verb.pos_ not in ("VERB", "AUX"):
        return None
    children = {c.dep_ for c in verb.children}
    if "agent" in children or not children & {"nsubjpass", "auxpass"}:
        return None
    return Actor(implied[0], None, implied[1])


def reaction_to(frame: Frame, event_type: str, lexicon: PredicateLexicon) -> tuple[str, str] | None:
    """The act a reaction answers when its object is an event noun ("condemned the raids"): the
    noun's type and its stem, which also finds the act told with a verb of another type ("the
    government suspended the channel … condemned the suspension"), or the act a retaliation
    answers (the lexicon's answering_words, and reprisal_verbs in a threat: "vowed to respond").
    Its doer is the recipient."""
    if frame.verb is not None:  # "promised to retaliate", "vowed revenge"
        for token in [frame.verb, *(c for c in frame.verb.children if c.dep_ in ("xcomp", "ccomp", "dobj"))]:
            lemma = token.lemma_.lower()
            answered_type = lexicon.answering_words.get(lemma)
            if answered_type is None and event_type == "THREATEN" and is_reprisal(token, lexicon):
                answered_type = "ASSAULT"  # "vowed to respond", a threat only as the answer to an attack
            if answered_type is not None:
                return answered_type, lemma[:STEM_LENGTH]
    if event_type not in REACTION_TYPES or frame.verb is None:
        return None
    for child in frame.verb.children:
        if child.dep_ == "dobj" and child != frame.noun:
            answered = noun_coding(child, lexicon)
            if answered is not None and answered.type != event_type:
                return answered.type, child.lemma_.lower()[:STEM_LENGTH]
    return None


def victim_of_the_answered(frame: Frame, event_type: str, recipient: Actor | None, offset: int,
                           lexicon: PredicateLexicon) -> bool:
    """Whether a reaction's recipient is only the victim named in the act it answers: "condemned
    the use of live ammunition against unarmed protesters" is aimed at whoever fired, not at the
    protesters, so the act's doer, when told, replaces it (see `reaction_to`). So is what a
    retaliation avenges ("vowed to avenge the deaths")."""
    if frame.verb is None or recipient is None:
        return False
    if event_type == "THREATEN" and _avenged(frame.verb, recipient, lexicon):
        return True
    if event_type not in REACTION_TYPES or recipient.span is None:
        return False
    for answered in (c for c in frame.verb.children if c.dep_ == "dobj" and c != frame.noun):
        coding = noun_coding(answered, lexicon)
        # "the shelling of civilians": the "of" phrase of an act of force is whom it was done to
        preps = VICTIM_PREPOSITIONS | ({"of"} if coding is not None and coding.type in HARM_TYPES else set())
        for prep in answered.subtree:
            if prep.dep_ == "prep" and prep.lower_ in preps and prep.head.pos_ == "NOUN":
                start = offset + prep.idx
                end = offset + prep.right_edge.idx + len(prep.right_edge.text)
                if start <= recipient.span.start < end:
                    return True
    return False


def _avenged(verb: Any, recipient: Actor, lexicon: PredicateLexicon) -> bool:
    """Whether the recipient is the object of a word of retaliation: "vowed to avenge the deaths"."""
    for word in (verb, *(c for c in verb.children if c.dep_ == "xcomp")):
        if word.lemma_.lower() not in lexicon.answering_words:
            continue
        for avenged in (c for c in word.children if c.dep_ == "dobj"):
            named = " ".join(t.text for t in avenged.subtree).lower()
            if recipient.name.lower() in named:
                return True
    return False


def armed_arrival(frame: Frame, coding: Coding, actor: Actor | None) -> Coding:
    """Troops that arrive somewhere pay no visit: peacekeepers arriving are help to the country
    they come to (CAMEO's peacekeeping, AID), other forces a deployment (MOBILIZE troops)."""
    if coding != Coding("CONSULT", "visit") or frame.verb is None or actor is None or actor.sector != "MIL":
        return coding
    subjects = [c for c in frame.verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    peacekeeping = any(t.lemma_.lower().startswith("peacekeep") for s in subjects for t in s.subtree)
    return Coding("AID") if peacekeeping else Coding("MOBILIZE", "troops")


def armed_raid(frame: Frame, coding: Coding, actor: Actor | None, recipient: Actor | None) -> Coding:
    """A raid by armed forces on an armed party is an attack ("troops raided Hezbollah
    positions"); a raid on homes or people is a search and seizure (COERCE), as police raids are."""
    if coding != Coding("COERCE", "seize") or frame.anchor.lemma_.lower() not in RAIDS:
        return coding
    if not _armed_forces(actor) or recipient is None:
        return coding
    return Coding("ASSAULT") if all(p.sector in ARMED_SECTORS for p in recipient.members or (recipient,)) else coding


def fired_into_the_sea(frame: Frame, coding: Coding, lexicon: PredicateLexicon, recipient: Actor | None) -> Coding:
    """Missiles fired into open waters that hit no party are a test or a show of force, MOBILIZE
    weapons ("North Korea fired two ballistic missiles into the sea off its east coast"), not an
    attack; fired at a party ("fired missiles at a ship in the sea") they are one."""
    if coding.type != "ASSAULT" or frame.verb is None or frame.verb.lemma_.lower() not in lexicon.projectile_verbs:
        return coding
    if not any(o.lemma_.lower() in lexicon.open_waters for o in prep_objects(frame.verb, DIRECTION_PREPOSITIONS)):
        return coding
    if recipient is not None and not _open_water(recipient, lexicon):
        return coding
    return Coding("MOBILIZE", "weapons")


def _open_water(actor: Actor, lexicon: PredicateLexicon) -> bool:
    """Whether a target read from the phrase of direction is the water itself ("waters", "the sea")."""
    word = actor.name.split()[-1].lower()
    return word in lexicon.open_waters or word.removesuffix("s") in lexicon.open_waters


def authority_capture(frame: Frame, coding: Coding, lexicon: PredicateLexicon, actor: Actor | None) -> Coding:
    """People captured or seized by the police, officials, judges or intelligence are arrested
    ("police captured the suspect", "officials captured one of the terrorists"), not abducted;
    taken by anyone else, or kidnapped by anyone, they are abducted."""
    if coding != Coding("ASSAULT", "abduct") or frame.anchor.lemma_.lower() not in lexicon.capture_verbs:
        return coding
    if actor is None or not all(p.sector in ARRESTING_SECTORS for p in actor.members or (actor,)):
        return coding
    return Coding("COERCE", "arrest")


def expelled_body(coding: Coding, recipient: Actor | None) -> Coding:
    """Forcing a UN agency or another international body out of the country expels it (SANCTION
    expel); deportation is of people."""
    if coding != Coding("COERCE", "deport") or recipient is None or recipient.country not in INTERNATIONAL_CODES:
        return coding
    return Coding("SANCTION", "expel")


def requested_deployment(frame: Frame, coding: Coding, lexicon: PredicateLexicon) -> Coding:
    """Forces sent at a party's request help it: "sent 1,000 soldiers at the request of the
    government" is AID to that government, as CAMEO codes military protection, not a MOBILIZE.
    The requester is already the recipient: the "of" phrase names it."""
    if coding.type != "MOBILIZE" or frame.verb is None:
        return coding
    asked = any(prep.lower_ == "at" and pobj.lemma_.lower() in lexicon.request_nouns
                for prep in frame.verb.children if prep.dep_ == "prep"
                for pobj in prep.children if pobj.dep_ == "pobj")
    return Coding("AID") if asked else coding


def joint_action(frame: Frame, coding: Coding, actor: Actor | None) -> Coding:
    """Exercises held jointly by several countries are COOPERATE; one country's own are MOBILIZE."""
    if coding.type != "MOBILIZE" or frame.noun is None:
        return coding
    joint = any(c.lower_ in ("joint", "combined") for c in frame.noun.children if c.dep_ == "amod")
    countries = {m.country for m in actor.members if m.country} if actor is not None else set()
    return Coding("COOPERATE") if joint or len(countries) > 1 else coding


def _with_object(token: Any, entry: PredicateEntry, lexicon: PredicateLexicon) -> Coding | None:
    """The threatened act's coding, read with its object ("cut ties", "impose a curfew")."""
    for child in token.children:
        if child.dep_ in ("dobj", "obj"):
            lemma = child.lemma_.lower()
            if lemma in entry.objects and entry.objects[lemma] is not None:
                return entry.objects[lemma]
            if token.lemma_.lower() in lexicon.light_verbs:
                found = noun_coding(child, lexicon)
                if found is not None:
                    return found
    return entry.coding


def _object_event(token: Any, lexicon: PredicateLexicon) -> Coding | None:
    """The event noun a verb with no entry of its own takes as object ("launch an offensive")."""
    return next((found for child in token.children if child.dep_ in ("dobj", "obj")
                 and (found := noun_coding(child, lexicon)) is not None), None)


def _stated_future(token: Any, cues: ModalityCues) -> bool:
    auxiliaries = {c.lower_ for c in token.children if c.dep_ in ("aux", "auxpass")}
    if auxiliaries & FUTURE_AUXILIARIES:
        return True
    return "would" in auxiliaries and is_reported_future(token, cues)


def _forecast(token: Any, cues: ModalityCues) -> bool:
    """Whether a future act is told in a that-clause of belief ("police believe the cartel will
    strike", "rumours that the FMLN is planning to attack"): a forecast by others, no threat or
    promise made by whoever would act."""
    while token.dep_ in ("xcomp", "conj") and token.head != token:
        token = token.head
    if token.dep_ not in ("ccomp", "acl"):
        return False
    governor = token.head
    while governor.lemma_.lower() not in cues.prediction_governors:
        if governor.dep_ != "xcomp" or governor.head == governor:
            return False
        governor = governor.head  # "everything seems to indicate that…"
    # "we believe we will capture them": what one believes one will do is one's own intent
    return _subject_word(token) is None or _subject_word(token) != _subject_word(governor)


def _subject_word(verb: Any) -> str | None:
    return next((c.lower_ for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)


def _offered(noun: Any) -> bool:
    """Whether a cooperative event noun is what its subject says it is open or ready for: an
    offer ("the EU remained open to negotiations", "Iran is ready for talks")."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ not in ("to", "for"):
        return False
    word = prep.head
    return word.pos_ == "ADJ" and word.lower_ in OPEN_WORDS and word.dep_ in ("acomp", "xcomp", "amod", "ROOT")


def _committed(token: Any) -> bool:
    """Whether the verb is the to-clause of a commitment ("is ready to send", "plans to impose")."""
    while token.dep_ == "conj" and token.head != token:
        token = token.head
    return token.dep_ == "xcomp" and token.head.lemma_.lower() in COMMITMENT_GOVERNORS


def distinct_means(a: str | None, b: str | None) -> bool:
    """Whether two attacks were made with means that tell them apart ("launched drones at
    cities", "shelling killed three in Kherson"; "kidnapped advisers and exploded bombs"): a
    bombing may be told as an air raid and as a blast, a shooting never as a shelling."""
    families = [next((i for i, family in enumerate(MEANS_FAMILIES) if mode in family), None) for mode in (a, b)]
    return None not in families and families[0] != families[1]
