"""Find the event-bearing predicates of a parsed sentence and code them with the lexicon.

A predicate is a verb ("condemned"), a phrasal verb ("pulled out"), a verb whose object decides
("lift the embargo" vs "impose an embargo"), a light verb with an event noun ("held talks",
"launched a bombing campaign"), a predicative adjective ("is opposed to"), an event noun on its
own ("the meeting", "talks between"), or a demand put as reported obligation ("said China must
drop its barriers" is a REQUEST by the speaker). Each becomes a `Frame`: the coding plus the
tokens that roles, modality and counts read.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from eventmill.dates.words import default_words
from eventmill.events.lexicon import Coding, PredicateEntry, PredicateLexicon
from eventmill.language.tokens import (
    CONDITION_MARKERS,
    dating_clause,
    hyphen_joined,
    hyphenated_word,
    marked,
    misread_infinitive,
)
from eventmill.places.gazetteer import told_as_place

OBJECT_DEPS = frozenset({"dobj", "obj", "attr"})
PASSIVE_SUBJECT_DEPS = frozenset({"nsubjpass", "csubjpass"})
RELATIVE_PRONOUNS = frozenset({"which", "who", "that", "whom"})
RELATIVE_WORDS = RELATIVE_PRONOUNS | {"where", "when", "whose", "why"}
# Types of a judgement passed on a thing: condemning or rejecting it.
JUDGEMENT_TYPES = frozenset({"ACCUSE", "REJECT"})
# Entity types of a time or an amount, which an adverbial noun may be ("a few kilometers").
MEASURE_ENTITIES = frozenset({"DATE", "TIME", "QUANTITY", "CARDINAL", "MONEY", "PERCENT"})
# Hostile types: a promise or vow to do one of these is a threat, not an agreement.
CONFLICT_TYPES = frozenset({"ASSAULT", "COERCE", "SANCTION", "MOBILIZE", "THREATEN", "REJECT", "PROTEST"})
COOPERATIVE_TYPES = frozenset({"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT"})
# Auxiliaries of obligation: in a clause reported by a speaker they make the speaker's demand.
OBLIGATION_AUXILIARIES = frozenset({"must", "should"})
# Prepositions whose object event is the setting of the sentence's event, not news in itself.
SETTING_PREPOSITIONS = frozenset({"after", "following", "since", "during", "before", "amid", "despite", "until"})
# Setting prepositions of the same time: a protest named as the scene ("detained during protests")
# took place then and there, while "after the killing" points back to an event told elsewhere.
CONTEMPORARY_PREPOSITIONS = frozenset({"during", "amid", "amidst", "in"})
# Prepositions of an event noun that name whom it was aimed at ("an attack against the senator",
# "air strikes on rebel positions").
AIM_PREPOSITIONS = frozenset({"on", "against"})
# Prepositions that place a harm inside an event ("two policemen were killed in the attack").
WITHIN_PREPOSITIONS = frozenset({"in", "during"})
# Prepositions that give the reason for an act, which is another act ("hanged two men over the
# killing of a militiaman"). "For" more often gives its aim: "came for talks".
REASON_PREPOSITIONS = frozenset({"over"})
# Verbs that make a warned future a condition set on the other side ("aid will depend on progress").
CONDITIONAL_VERBS = frozenset({"depend", "hinge"})
# Pronouns by which a warner speaks of itself: "warned that it would respond", "that we will act".
SPEAKER_PRONOUNS = frozenset({"it", "they", "we", "he", "she", "i"})
# Auxiliaries of what one means to do ("it would respond"), not of what may befall one ("could run out").
INTENT_AUXILIARIES = frozenset({"will", "would", "shall", "'ll", "wo"})
# Whoever a warning is aimed at when it names no one: "anyone who breaks the curfew will be arrested".
ANYONE = frozenset({"anyone", "anybody", "whoever", "everyone"})
# What a warned party may be told it will face: coercion or sanctions (facing attacks or famine is a danger).
PENALTY_TYPES = frozenset({"COERCE", "SANCTION"})
# Harm verbs a disaster can be the doer of ("floods hit", "a quake killed"); and the clauses that
# name such a cause for a passive harm ("were hurt when a tank exploded").
HARM_TYPES = frozenset({"ASSAULT", "COERCE"})
CAUSE_MARKERS = frozenset({"when", "after", "as"})
SIMULTANEOUS_CAUSE_MARKERS = frozenset({"when", "as"})
# What a disaster does with no one acting: it harms, and it endangers ("fires threatening towns").
DISASTER_TYPES = HARM_TYPES | {"THREATEN"}
# Acts told as "in N clashes" sum that many happenings from this many on: "killed in more than 600
# clashes" is a tally, "killed in two attacks" two attacks told at once.
MANY_EVENTS = 3
# A count over a whole month this large sums many acts ("during October more than 350 people were
# killed"); a single act that kills so many is told as one.
MONTH_TALLY = 100
# What a structure or vehicle does when it fails, harming those in it ("a tunnel collapsed").
BREAKDOWN_VERBS = frozenset({"collapse", "derail", "capsize"})
# Prepositions that give the happening a harm was suffered in ("killed in a plane crash").
ACCIDENT_PREPOSITIONS = ("in", "during")
# Prepositions that place a blast where it went off ("an explosion at a chemical plant").
SITE_PREPOSITIONS = ("at", "in")
# Prepositions that give what a blast followed ("exploded after a collision").
SEQUEL_PREPOSITIONS = ("after", "following")
ACCIDENT_VERBS = frozenset({"explode", "erupt", "collapse", "crash", "leak", "derail", "capsize", "sink",
                            "burn", "hit", "strike", "catch", "break", "rock", "jolt", "shake", "ravage",
                            "lash", "batter", "sweep", "devastate"})
# Verbs of command: with the act spelled out, the act is the event (PLOVER codes an order to
# one's own forces as what was ordered).
ORDER_VERBS = frozenset({"order", "command", "instruct", "direct"})
# Verbs whose participle complement happens to their object at their subject's will ("had them arrested").
CAUSATIVE_VERBS = ORDER_VERBS | {"have", "get", "want", "leave"}
# Verbs whose object does what their to-clause tells ("urged Israel to pull out", "forced them to
# leave"); after any other verb the to-clause is its subject's purpose ("visited Tbilisi to
# congratulate the party", "used tear gas to disperse them").
OBJECT_CONTROL_VERBS = frozenset({
    "urge", "ask", "call", "appeal", "beg", "implore", "request", "invite", "encourage", "exhort",
    "press", "pressure", "pressurise", "pressurize", "push", "force", "compel", "oblige", "coerce",
    "require", "enable", "allow", "permit", "authorise", "authorize", "empower", "help", "convince",
    "persuade", "tell", "warn", "advise", "remind", "challenge", "dare", "prompt", "lead", "cause",
    "drive", "provoke", "incite", "inspire", "motivate", "teach", "train", "recruit", "hire", "pay",
    "send", "deploy", "dispatch", "task", "mandate", "appoint", "elect", "nominate", "name", "choose",
    "select", "pick", "identify", "forbid", "prohibit", "expect", "need", "mobilise", "mobilize", "trust",
    "entrust"})
# What a source asks not to be: named or identified, a request for anonymity, not a political act.
ANONYMITY_VERBS = frozenset({"name", "identify", "quote"})
# Verbs of warning: a threat only when they warn of an act to come ("warned that it would take
# measures", "warned the owners to stay away"), not of a danger seen ("warned that a genocide is
# under way", "warned about the seriousness of the incidents").
WARNING_VERBS = frozenset({"warn", "caution"})
COMING_AUXILIARIES = frozenset({"will", "would", "shall", "'ll", "wo", "must", "could", "might", "may", "can",
                                "should"})
# What a crowd may gather to do that is no protest.
PEACEFUL_GATHERINGS = frozenset({"greet", "welcome", "celebrate", "mourn", "watch", "see", "pray", "attend",
                                 "cheer", "honor", "honour", "commemorate", "bid", "receive", "shop"})
# Streets and squares: "took to the streets" is collective action whoever the subject is.
STREET_NOUNS = frozenset({"street", "streets", "square", "road", "roads"})
STREET_VERBS = frozenset({"take", "pour", "spill", "flood", "return", "march", "walk", "fill", "hit", "throng"})
# What makes "year" or "months" the span of a tally: "in the last three years", "over the past
# decade"; on its own, only "this year" is a span up to now ("last month" is a time).
LONG_PERIOD_MODIFIERS = frozenset({"this", "last", "past", "recent"})
SPAN_SO_FAR = frozenset({"this"})
SPAN_PREPOSITIONS = frozenset({"during", "in", "over", "throughout"})
MANY_WORDS = frozenset({"several", "many", "few"})
# Verbs that report what someone said; "X said Y must…" is X's demand on Y.
DEMAND_REPORTING_VERBS = frozenset({"say", "declare", "announce", "insist", "reiterate", "conclude", "state",
                                    "tell", "stress", "add", "warn", "write", "repeat", "argue"})


@dataclass(frozen=True)
class Frame:
    """One coded predicate in a sentence.

    Attributes:
        anchor: the token that carries the event (the verb, or the noun of a nominal event).
        verb: the governing verb for light-verb frames ("held" in "held talks"), else the anchor
            when it is a verb, else None.
        noun: the event noun of light-verb and nominal frames.
        kind: "verb", "light" (a light verb with an event noun) or "noun".
        complement: for a reported demand, the clause demanded (its subject is the recipient).
        implied: the event is inferred from another ("police dispersed the protesters" tells a
            protest); the sentence's clause roles belong to that other event, not to this one.
    """

    coding: Coding
    anchor: Any
    verb: Any | None
    noun: Any | None
    kind: str
    complement: Any | None = None
    implied: bool = False

    @property
    def tokens(self) -> set[int]:
        return {t.i for t in (self.anchor, self.verb, self.noun) if t is not None}


def find_frames(span: Any, lexicon: PredicateLexicon) -> list[Frame]:
    """Every coded predicate of a sentence span, verbs first, then free-standing event nouns."""
    frames = list(_verb_frames(span, lexicon))
    used = set().union(*(frame.tokens for frame in frames)) if frames else set()
    frames.extend(_demand_frames(span, used))
    frames.extend(_judgement_frames(span, lexicon, used))
    used.update(f.anchor.i for f in frames)
    frames.extend(_crowd_frames(span, lexicon, used))
    used.update(f.anchor.i for f in frames)
    verbs = {f.verb.i: f.coding.type for f in frames if f.verb is not None}
    for token in span:
        if token.i in used or token.pos_ not in ("NOUN", "PROPN") or token.ent_type_ in ("DATE", "TIME"):
            continue  # "in March" is a month, not a march
        if token.dep_ == "compound" or _names_a_group(token, lexicon):
            continue  # "riot police", "homicide rate", "attack helicopter": named after an event, not one
        if one_of_a_kind(token):
            continue  # "in one of the deadliest attacks on the army this year": a class, not an event
        coding = noun_coding(token, lexicon)
        if coding is None or _topic_of(token, verbs, coding) or _in_setting_phrase(token, coding, verbs):
            continue
        if _accidental_blast(token, lexicon):
            continue  # "a gas explosion", "the fertilizer plant explosion": an accident
        if token.dep_ == "dobj" and (characterises(token.head) or _voided_object(token, token.head, lexicon)):
            continue  # "called the sanctions illegal" (told elsewhere), "took charge of" (an idiom)
        if token.dep_ == "pobj" and token.head.lower_ == "of" and _voided_object(token, token.head.head, lexicon):
            continue  # "cleared him of all charges": no charge brought
        if token.dep_ == "pobj" and token.head.lower_ == "as" and token.head.head.lemma_.lower() in lexicon.characterising_verbs:
            continue  # "regards the decision as an attack on the judiciary": what it is called, no act
        frames.append(Frame(coding, token, None, token, "noun"))
        used.update(c.i for c in token.children if c.dep_ == "compound")
    frames.extend(_repressed_crowds(frames, lexicon, used))
    kept = (f for f in frames if not _in_modifier_clause(f, lexicon) and not _tally(f, lexicon))
    return sorted(kept, key=lambda f: f.anchor.i)


def _voided_object(noun: Any, verb: Any, lexicon: PredicateLexicon) -> bool:
    """Whether a verb that is an event only with some objects says that with this one (or its "of"
    noun) it is none ("took charge of the embassy", "cleared him of all charges"): the phrase is an
    idiom, and the noun is no event either. (A verb that is an event by itself only stops being
    one: "received threats" still tells threats.)"""
    entry = verb_entry(verb, lexicon) if verb.pos_ == "VERB" else None
    lemma = noun.lemma_.lower()
    return entry is not None and entry.coding is None and lemma in entry.objects and entry.objects[lemma] is None


def _tally(frame: Frame, lexicon: PredicateLexicon) -> bool:
    """"1,300 policemen have been killed in the last three years", "so far this year about 100
    people have died": a present-perfect count over a long period sums many happenings and is no
    event of its own (each is told, if at all, where it happened). So is the clash such a count
    names ("have died in clashes this year"), or that does the killing counted ("strikes have
    killed 3,800 since October 2023"). From a starting point on, though, only a count
    sums: one act that lasts ("since 2007 it has maintained a blockade") is an event."""
    verb = frame.verb
    if verb is None and frame.anchor.dep_ == "pobj" and frame.anchor.head.head.pos_ in ("VERB", "AUX"):
        verb = frame.anchor.head.head
    if verb is None and frame.anchor.dep_ in ("nsubj", "nsubjpass") and frame.anchor.head.pos_ in ("VERB", "AUX"):
        verb = frame.anchor.head  # "Israeli strikes have killed 3,800 people since October 2023"
    if verb is None:
        return False
    counted = any(_many(c) for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "dobj"))
    spans = [o for c in verb.children if c.dep_ == "prep" and c.lower_ in SPAN_PREPOSITIONS
             for o in c.children if o.dep_ == "pobj" and _years_long(o, lexicon)]
    if spans and any(_numbered(t) for t in verb.subtree if t not in spans):
        return True  # "during 10 years of civil war more than 70,000 people were killed"
    months = [o for c in verb.children if c.dep_ == "prep" and c.lower_ == "during"
              for o in c.children if o.dep_ == "pobj" and _a_whole_month(o)]
    one_act = any(o.tag_ == "NN" and noun_coding(o, lexicon) is not None for c in verb.children
                  if c.dep_ == "prep" and c.lower_ in WITHIN_PREPOSITIONS for o in c.children if o.dep_ == "pobj")
    if months and not one_act and any(_at_least(t, MONTH_TALLY) for t in verb.subtree if t not in months):
        return True  # "during October more than 350 people were killed" (not "... in a massacre")
    if any(noun_coding(o, lexicon) is not None and _at_least(o, MANY_EVENTS)
           for v in (verb, *verb.conjuncts) for c in v.children if c.dep_ == "prep" and c.lower_ in WITHIN_PREPOSITIONS
           for o in c.children if o.dep_ == "pobj"):
        return True  # "393 guerrillas were killed and 310 wounded in more than 600 clashes"
    if not any(c.dep_ == "aux" and c.lemma_ == "have" and c.tag_ in ("VBP", "VBZ") for c in verb.children):
        return False
    for child in verb.children:
        if child.dep_ == "npadvmod" and _long_period(child, lexicon, SPAN_SO_FAR):
            return True  # "this year"
        if child.dep_ == "prep":
            since = child.lower_ == "since"
            if any(_long_period(o, lexicon, LONG_PERIOD_MODIFIERS) or since and counted and _dated_by_year(o)
                   for o in child.children if o.dep_ == "pobj"):
                return True  # "in the last three years", "since 2019", "since January 1988"
        if child.dep_ == "advcl" and counted and _since_then(child):
            return True  # "since the war began"
    return False


def _at_least(noun: Any, count: int) -> bool:
    """Whether a noun is counted by a number of at least `count` ("more than 600 clashes")."""
    for number in (c for c in noun.children if c.dep_ == "nummod" and c.like_num):
        digits = number.text.replace(",", "")
        if digits.isdigit() and int(digits) >= count:
            return True
    return False


def _a_whole_month(noun: Any) -> bool:
    """"During October": a month named with no day of it."""
    return noun.lower_ in default_words().months and not any(c.like_num for c in noun.children)


def _many(noun: Any) -> bool:
    """Whether a participant is counted or plural: "1,300 policemen", "40 activists"."""
    return noun.tag_ in ("NNS", "NNPS", "CD") or any(c.dep_ == "nummod" for c in noun.children)


def _long_period(noun: Any, lexicon: PredicateLexicon, modifiers: frozenset[str]) -> bool:
    return noun.lemma_.lower() in lexicon.tally_periods and any(c.lower_ in modifiers for c in noun.children)


def _numbered(noun: Any) -> bool:
    """"70,000 people", "300 rebels": a participant counted by a number."""
    if noun.tag_ == "CD":
        return noun.dep_ in ("nsubj", "nsubjpass", "dobj")  # "more than 100,000 have been killed"
    return noun.pos_ in ("NOUN", "PROPN") and any(c.dep_ == "nummod" and c.like_num for c in noun.children)


def _years_long(noun: Any, lexicon: PredicateLexicon) -> bool:
    """"10 years of civil war", "nearly three decades", "several months": a span of many periods."""
    if noun.lemma_.lower() not in lexicon.tally_periods:
        return False
    return any(c.dep_ == "nummod" and c.lower_ not in ("one", "1") or c.lower_ in MANY_WORDS
               for c in noun.children)


def _since_then(clause: Any) -> bool:
    """"since the war began", "since it was founded": a past starting point; "since one of them
    is the next president" gives a reason."""
    return any(c.dep_ == "mark" and c.lower_ == "since" for c in clause.children) and any(
        t.tag_ == "VBD" for t in [clause, *clause.children] if t.dep_ in ("aux", "auxpass") or t == clause)


def _dated_by_year(token: Any) -> bool:
    """"2019", "January 1988", "March of last year" (a year is named)."""
    return any(_a_year(t) for t in token.subtree)


def _a_year(token: Any) -> bool:
    return token.like_num and len(token.text) == 4 and token.text.isdigit()


def one_of_a_kind(noun: Any) -> bool:
    """"one of the deadliest attacks", "one of several raids": the plural names the kind the event
    told in the clause belongs to."""
    return noun.tag_ in ("NNS", "NNPS") and noun.dep_ == "pobj" and noun.head.lower_ == "of" \
        and noun.head.head.lower_ == "one"


def _in_setting_phrase(noun: Any, coding: Coding, coded_verbs: dict[int, str]) -> bool:
    """"after the killing of…", "since last month's invasion": an event named as the time or
    cause of the sentence's event is its setting, told as news elsewhere if at all. A protest
    named as the scene ("arrested during protests") is kept: it took place then and there. So is
    the attack a harm was suffered in ("ten people were killed during an attack against the
    councilman"): the two are one event."""
    if noun.dep_ != "pobj" or noun.head.lower_ not in SETTING_PREPOSITIONS:
        return False
    if _told_within(noun.head, coding, coded_verbs.get(noun.head.head.i, "")):
        return False
    return not (coding.type == "PROTEST" and noun.head.lower_ in CONTEMPORARY_PREPOSITIONS)


def _crowd_frames(span: Any, lexicon: PredicateLexicon, used: set[int]) -> Iterator[Frame]:
    """Collective action told with an ordinary verb: "protesters gathered outside parliament",
    "crowds walked the streets", "thousands took to the streets" (the street makes it a protest)."""
    for token in span:
        if token.i in used or token.pos_ != "VERB":
            continue
        lemma = token.lemma_.lower()
        crowd = lemma in lexicon.crowd_verbs and has_crowd_subject(token, lexicon)
        street = lemma in STREET_VERBS and any(
            t.lemma_.lower() in STREET_NOUNS and t.dep_ in ("pobj", "dobj") and t.head.i in (token.i, *[
                c.i for c in token.children if c.dep_ == "prep"]) for t in token.subtree)
        if (crowd or street) and not _peaceful_purpose(token):
            used.add(token.i)
            yield Frame(Coding("PROTEST", "demo"), token, token, None, "verb")


def _peaceful_purpose(verb: Any) -> bool:
    """A crowd gathered "to greet the bus", "to mourn the dead" or "to celebrate" is no protest."""
    return any(c.dep_ in ("advcl", "xcomp") and c.lemma_.lower() in PEACEFUL_GATHERINGS for c in verb.children)


def crowd_heads(token: Any) -> list[Any]:
    """A noun phrase's head and its "of" complement ("thousands of protesters")."""
    return [token] + [p for prep in token.children if prep.dep_ == "prep" and prep.lower_ == "of"
                      for p in prep.children if p.dep_ == "pobj"]


def has_crowd_subject(verb: Any, lexicon: PredicateLexicon, crowd_words: frozenset[str] | None = None) -> bool:
    """Whether a verb's subject, or the subject it shares with the verb it continues
    ("crowds marched and continued to demand…"), is a crowd: one of `crowd_words` (by default the
    lexicon's crowd_subjects) or a crowd told by its size. A clause with a passive subject of its
    own shares none ("students blocked a road, and a woman was beaten by police")."""
    crowd_words = lexicon.crowd_subjects if crowd_words is None else crowd_words
    head = verb
    while head.head != head and not any(c.dep_ in ("nsubj", "nsubjpass") for c in head.children):
        if head.dep_ in ("conj", "xcomp"):
            head = head.head
        elif after_a_dating_clause(head):
            head = head.head.head
        else:
            break
    # "six were killed and dozens wounded", "a toll of 1,000 dead, hundreds wounded": hurt, not acting
    active = not _passive(head) and not (head.tag_ == "VBN" and _harms(head, lexicon))
    subjects = [subject for subject in head.children if subject.dep_ == "nsubj"]
    if _verb_of_a_fragment(head):
        subjects.append(head.head)
    return any(h.lemma_.lower() in crowd_words or active and _crowd_by_size(subject, lexicon)
               for subject in subjects for h in crowd_heads(subject))


def _verb_of_a_fragment(verb: Any) -> bool:
    """"Tens of thousands of people massed outside parliament": the parser, finding no verb,
    made the noun the root and the verb a participle hung on it; the noun is the subject."""
    root = verb.head
    return verb.dep_ == "acl" and root.dep_ == "ROOT" and root.pos_ in ("NOUN", "PROPN", "NUM") \
        and verb.i > root.i and not any(c.dep_ == "agent" for c in verb.children)


def after_a_dating_clause(participle: Any) -> bool:
    """"Broke into parliament shortly after lawmakers approved the bill, setting part of it on
    fire": an -ing clause after a comma that the parser hung on a clause dating the main one
    tells what the main clause's subject did next."""
    return participle.dep_ == "advcl" and comma_participle(participle) and dating_clause(participle.head)


def comma_participle(token: Any) -> bool:
    """Whether a token is an -ing form right after a comma (", seizing firearms"), which often
    goes on with the main clause whatever the parser hangs it on."""
    return token.tag_ == "VBG" and token.i > 0 and token.doc[token.i - 1].text == ","


def _harms(verb: Any, lexicon: PredicateLexicon) -> bool:
    entry = verb_entry(verb, lexicon)
    return entry is not None and entry.coding is not None and entry.coding.type in HARM_TYPES


def _passive(verb: Any) -> bool:
    """A passive verb, or a participle that shares a passive's auxiliary ("were killed and dozens
    wounded")."""
    return any(c.dep_ == "auxpass" for c in verb.children) or _elliptical_passive(verb)


def _crowd_by_size(subject: Any, lexicon: PredicateLexicon) -> bool:
    """"Thousands rallied", "tens of thousands of people massed": a crowd told by its size."""
    if subject.lemma_.lower() not in lexicon.crowd_counts or subject.tag_ not in ("NNS", "CD"):
        return False
    members = crowd_heads(subject)[1:]
    return all(m.lemma_.lower() in lexicon.crowd_people for m in members)


def _repressed_crowds(frames: list[Frame], lexicon: PredicateLexicon, used: set[int]) -> Iterator[Frame]:
    """Force used on a crowd or its protest implies the crowd's action: "police dispersed the
    protesters", "fired tear gas at demonstrators", "suppressed a demonstration" tell that a
    protest took place. An arrest alone does not: protesters are often detained later or
    elsewhere, and the arrest is the news."""
    if any(f.coding.type == "PROTEST" for f in frames):
        return
    for frame in frames:
        if frame.coding.type != "ASSAULT":
            continue
        head = frame.verb if frame.verb is not None else frame.anchor
        targets = [c for c in head.children if c.dep_ in OBJECT_DEPS | PASSIVE_SUBJECT_DEPS]
        targets += prep_objects(head, ("on", "at", "with", "into", "against"))
        for target in targets:
            protest = noun_coding(target, lexicon) if target.ent_type_ not in ("DATE", "TIME") else None
            if protest is not None and protest.type == "PROTEST" and not any(f.anchor == target for f in frames):
                yield Frame(protest, target, None, target, "noun", implied=True)  # "suppressed a demonstration"
                return
            crowd = next((h for h in crowd_heads(target) if h.lemma_.lower() in lexicon.protest_participants), None)
            if crowd is not None and crowd.i not in used:
                used.add(crowd.i)
                yield Frame(Coding("PROTEST", "demo"), crowd, None, crowd, "noun", implied=True)
                return


def _not_the_act(verb: Any, coding: Coding, lexicon: PredicateLexicon) -> bool:
    """Frames whose verb does not do what its lexicon entry says.

    An order with its act spelled out ("ordered the army to deploy", "ordered him held") is
    coded as the act ordered, not as a request; someone carried ("were flown to hospital",
    "was taken to the capital") pays no visit; speaking to the press consults no one; a warning
    of a danger is no threat; asking not to be named is no request. "Deployed troops as agreed" points back to an agreement, it does not
    make one.
    """
    if _as_before(verb):
        return True
    if coding.type == "REQUEST" and verb.lemma_.lower() in ORDER_VERBS:
        return any(c.dep_ in ("xcomp", "ccomp") for c in verb.children)
    if coding == Coding("CONSULT", "visit"):  # also "was arrested and flown to The Hague"
        return _passive(verb)
    if coding.type == "CONSULT" and _to_the_press(verb, lexicon):
        return True  # "speaking to Radio Shabelle", "talked with reporters": an interview
    if coding.type == "THREATEN" and verb.lemma_.lower() in WARNING_VERBS:
        return not _warns_of_an_act(verb, lexicon)
    if coding.type == "REQUEST":  # "a camera operator who asked not to be named"
        return any(c.dep_ == "xcomp" and c.lemma_.lower() in ANONYMITY_VERBS and any(
            a.dep_ == "auxpass" for a in c.children) for c in verb.children)
    return False


def _to_the_press(verb: Any, lexicon: PredicateLexicon) -> bool:
    """Whether all a verb speaks "to" or "with" is the press ("reporters", "Radio Shabelle")."""
    heard = prep_objects(verb, ("to", "with"))
    return bool(heard) and all(any(t.lemma_.lower() in lexicon.press_words
                                   for t in (h, *(c for c in h.children if c.dep_ == "compound"))) for h in heard)


def _as_before(verb: Any) -> bool:
    """"as agreed", "as promised", "as planned": a bare participle after "as", with no subject or
    object of its own, refers to an act told or known already ("as agreed in Doha" too)."""
    return verb.dep_ == "advcl" and verb.tag_ == "VBN" and any(
        c.dep_ == "mark" and c.lower_ == "as" for c in verb.children) and not any(
        c.dep_ in OBJECT_DEPS | PASSIVE_SUBJECT_DEPS | {"nsubj", "dative", "agent", "xcomp", "ccomp"}
        for c in verb.children)


def _armed_support(verb: Any, coding: Coding, lexicon: PredicateLexicon) -> bool:
    """"A counter-offensive backed by drones", "troops supported by air strikes": support by
    weapons or by acts of force tells how a fight was fought, not a party's backing."""
    if coding.type != "SUPPORT":
        return False
    agents = [p for c in verb.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"]
    return bool(agents) and all(a.lemma_.lower() in lexicon.instruments or noun_coding(a, lexicon) is not None
                                for a in agents)


def _outbreak(verb: Any, lexicon: PredicateLexicon) -> bool:
    """"A confrontation exploded in the capital", "violence exploded": a bursting verb whose subject is
    an event itself tells that it broke out, not that something blew up."""
    if verb.lemma_.lower() in lexicon.device_verbs:  # "the bombs that went off", not "the alarm went off"
        return not weapon_goes_off(verb, lexicon)
    if verb.lemma_.lower() not in lexicon.bursting_verbs:
        return False
    if _blast_by_accident(verb, lexicon):
        return True  # an accident, no one's blast
    subjects = [s for s in verb.children if s.dep_ in ("nsubj", "nsubjpass")]
    return any(s.lemma_.lower() in lexicon.outbreak_subjects or s.lemma_.lower() not in lexicon.instruments
               and noun_coding(s, lexicon) is not None for s in subjects)  # a "car bomb" still explodes


def _accident_site(thing: Any, lexicon: PredicateLexicon) -> bool:
    """Whether what blew up is plant, a store of fuel or a disaster's cause ("a tank at the plant",
    "a number of gas and propane containers", "a fertilizer plant"), with no weapon named in its
    phrase ("a car loaded with dynamite" is a bomb)."""
    words = [t for t in thing.subtree if t.pos_ in ("NOUN", "PROPN") and t.lemma_.lower() not in lexicon.accident_sites]
    if any(t.lemma_.lower() in lexicon.instruments or t.lower_ in lexicon.instruments for t in words):
        return False  # sites that are also weapons' names ("tank", "chemical", "gas") do not count
    things = [thing, *thing.conjuncts]
    if thing.lemma_.lower() in lexicon.quantity_nouns:  # "a number of … containers"
        things += [t for o in prep_objects(thing, ("of",)) for t in (o, *o.conjuncts)]
    return any(t.lemma_.lower() in lexicon.accident_sites or _natural(t, lexicon) for t in things)


def _accidental_blast(noun: Any, lexicon: PredicateLexicon) -> bool:
    """"A gas explosion", "the fertilizer plant explosion": a blast named after an accident site;
    "an explosion at a chemical plant", "a crash and explosion", "a blast after a collision": one
    that went off at such a site or with an accident, unless a weapon names it ("a bomb blast")."""
    if noun.lemma_.lower() not in lexicon.bursting_nouns:
        return False
    modifiers = [c for c in noun.children if c.dep_ in ("compound", "amod")]
    if any(_accident_site(c, lexicon) for c in modifiers):
        return True
    if any(c.lemma_.lower() in lexicon.instruments or c.lower_ in lexicon.instruments for c in modifiers):
        return False
    return any(_accident_site(o, lexicon) for o in prep_objects(noun, SITE_PREPOSITIONS)) or any(
        _natural(c, lexicon) for c in noun.conjuncts) or _after_an_accident(noun, lexicon)


def _blast_by_accident(verb: Any, lexicon: PredicateLexicon) -> bool:
    """Whether a bursting verb tells an accident: "a boiler at the chemical plant exploded", "a
    truck exploded after a collision"."""
    subjects = [s for s in verb.children if s.dep_ in ("nsubj", "nsubjpass")]
    return any(_accident_site(s, lexicon) for s in subjects) or _after_an_accident(verb, lexicon)


def _after_an_accident(word: Any, lexicon: PredicateLexicon) -> bool:
    """Whether a blast followed a crash, a collision or a fire ("exploded after a collision"), and
    what blew up was no weapon ("a car bomb exploded after the crash" is still a bombing)."""
    blown = [s for s in word.children if s.dep_ in ("nsubj", "nsubjpass")]
    return not any(is_weapon(s, lexicon) for s in blown) and any(
        _natural(o, lexicon) for o in prep_objects(word, SEQUEL_PREPOSITIONS))


def _accidental(cause: Any, lexicon: PredicateLexicon) -> bool:
    """Whether a harm's doer is a disaster, an accident, or a blast of one ("a quake", "a gas
    explosion"; a tank that fires is no accident, one that blows up at a plant is)."""
    return _natural(cause, lexicon) or _accidental_blast(cause, lexicon)


def weapon_goes_off(verb: Any, lexicon: PredicateLexicon) -> bool:
    """Whether what a device verb's subject names is a weapon ("a bomb went off", "the bombs that
    went off"), so that the verb tells a blast."""
    return any(is_weapon(antecedent(s), lexicon) for s in verb.children if s.dep_ in ("nsubj", "nsubjpass"))


def is_weapon(noun: Any, lexicon: PredicateLexicon) -> bool:
    """Whether a noun names a weapon, itself, by its modifiers ("an explosive device", "a dynamite
    charge") or as an amount of one ("a charge of dynamite"). A word of arms in general only names
    what holds them: "a weapons depot" is a target; so does a noun in front that is no explosive:
    "tank trucks" carry fuel."""
    if noun.lemma_.lower() in lexicon.quantity_nouns:
        return any(is_weapon(counted, lexicon) for counted in prep_objects(noun, ("of",)))
    return noun.lemma_.lower() in lexicon.instruments or any(
        (mode := lexicon.instruments.get(c.lemma_.lower())) and (c.dep_ == "amod" or mode == "explosives")
        for c in noun.children if c.dep_ in ("compound", "amod"))


def _warns_of_an_act(verb: Any, lexicon: PredicateLexicon) -> bool:
    if any(c.dep_ == "auxpass" for c in verb.children):
        return False  # "he had always been warned in time"
    if any(c.dep_ == "prep" and c.lower_ == "against" for c in verb.children):
        return True  # "warned Taiwan against provocations"
    if any(o.lemma_.lower() in lexicon.reprisal_nouns for o in prep_objects(verb, ("of",))):
        return True  # "warned of everlasting consequences"
    clauses = [c for c in verb.children if c.dep_ in ("xcomp", "ccomp")]
    clauses += [d for c in clauses for d in c.children if d.dep_ == "conj"]
    return any(c.dep_ == "xcomp" or any(a.dep_ == "aux" and a.lower_ in COMING_AUXILIARIES for a in c.children)
               and _hostile_clause(c, lexicon) for c in clauses)


def _hostile_clause(clause: Any, lexicon: PredicateLexicon) -> bool:
    """Whether a warned future tells a blow, a reprisal, a condition, an end to tolerance, what
    will befall anyone who defies, or what the warner itself will do: "warned that it would
    attack", "that there would be consequences", "that those who organised the violence would be
    held to account", "that it would take resolute measures if the meeting went ahead", "that
    police will no longer tolerate rallies", "that any outlet relaying propaganda would be taken off
    the air". "Warned that there could be a famine" or "that inflation would rise" foretells; it
    threatens no one."""
    # a blow: the warning's coded complement, or the clause's own verb when it is a further
    # conjunct the complement does not cover ("warned that it would retreat and attack")
    if _complement_type(clause.head, lexicon) in CONFLICT_TYPES or is_reprisal(clause, lexicon) or (
            (entry := verb_entry(clause, lexicon)) is not None and entry.coding is not None
            and entry.coding.type in CONFLICT_TYPES):
        return True
    if clause.lemma_.lower() not in ("be", "have") and any(
            c.dep_ == "nsubj" and c.lower_ in SPEAKER_PRONOUNS for c in clause.children) and any(
            c.dep_ == "aux" and c.lower_ in INTENT_AUXILIARIES for c in clause.children):
        return True  # what the warner says it will do: "warned that it would take resolute measures"
    if clause.lemma_.lower() in CONDITIONAL_VERBS or any(
            c.dep_ == "advcl" and marked(c, CONDITION_MARKERS) for c in clause.children):
        return True  # "aid will depend on progress in the case", "…if the meeting went ahead"
    if clause.lemma_.lower() in lexicon.tolerance_verbs and any(
            c.dep_ == "neg" or any(n.dep_ == "neg" for n in c.children) for c in clause.children):
        return True  # "will not tolerate", "will no longer tolerate"
    if any(s.lower_ in ANYONE or any(d.dep_ == "det" and d.lower_ == "any" for d in s.children)
           for s in clause.children if s.dep_ in ("nsubj", "nsubjpass")):
        return True  # "any outlet relaying propaganda would be taken off the air", "anyone who…"
    if clause.lemma_.lower() in lexicon.undergoing_verbs and any(
            (coding := noun_coding(o, lexicon)) is not None and coding.type in PENALTY_TYPES
            for o in clause.children if o.dep_ in OBJECT_DEPS):
        return True  # "warned that protesters would face arrest", "that Minsk would face sanctions"
    answers = lexicon.reprisal_nouns | lexicon.reprisal_verbs | lexicon.unanswered_words
    return any(t.lemma_.lower() in answers for t in clause.subtree)  # "…so they can be severely punished"


def _natural(cause: Any, lexicon: PredicateLexicon) -> bool:
    """A disaster or accident, not a weapon's or a party's fire: "artillery fire" and "Israeli
    fire" are attacks, "a fire" is not (and "a chemical leak" stays a leak). Whatever is falling
    falls by accident: "hit by falling rocks" (but "hit by rocks" may have been thrown)."""
    if any(c.dep_ == "amod" and c.lower_ == "falling" for c in cause.children):
        return True
    lemma = cause.lemma_.lower()
    return lemma in lexicon.natural_causes and not (lemma == "fire" and any(
        c.dep_ in ("compound", "amod", "nmod", "poss") and (
            c.lemma_.lower() in lexicon.instruments or c.ent_type_ in ("NORP", "GPE", "ORG"))
        for c in cause.children))


def _natural_cause(token: Any, lexicon: PredicateLexicon) -> bool:
    """Whether a harm verb's doer is a disaster or accident ("a quake killed eight", "were hurt
    when a boiler exploded"): harm without an actor is no ASSAULT.

    A clause names the cause only of a harm told without its doer: "police arrested 20 after
    violence erupted" is an arrest. A collapse or derailment is the cause when it happens with the
    harm ("killed when a tunnel collapsed"), not when it only dates it ("detained hours after his
    attempt collapsed"), and fighting that erupts is no accident.
    """
    subjects = [c for c in token.children if c.dep_ in ("nsubj", "csubj")]
    shares_subject = token.dep_ == "conj" or token.dep_ == "advcl" and token.tag_ == "VBG"
    if not subjects and shares_subject:  # "a tsunami killed 222 and injured 800", "quakes struck, killing two"
        subjects = [c for c in token.head.children if c.dep_ in ("nsubj", "csubj")]
        # "a city destroyed by an earthquake, killing 200": the passive's agent did it
        subjects += [p for a in token.head.children if a.dep_ == "agent" for p in a.children if p.dep_ == "pobj"]
    if any(_accidental(s, lexicon) for s in subjects):
        return True
    burst = token.head.lemma_.lower() in lexicon.bursting_verbs
    if shares_subject and burst and _blast_by_accident(token.head, lexicon):
        return True  # "a tanker exploded after a collision, killing nine"
    if any(_accidental(o, lexicon) and not any(c.dep_ == "prep" and c.lower_ == "of" for c in o.children)
           for o in prep_objects(token, ACCIDENT_PREPOSITIONS)):
        return True  # "killed in a plane crash", "injured in the disaster"; not "during the wave of violence"
    for child in token.children:
        if child.dep_ == "agent":
            if any(_accidental(p, lexicon) for p in child.children if p.dep_ == "pobj"):
                return True
    if subjects or any(c.dep_ == "agent" for c in token.children):
        return False
    for clause in (c for c in token.children if c.dep_ == "advcl"):
        markers = {m.lower_ for m in clause.children if m.dep_ in ("mark", "advmod")}
        clause_subjects = [s for s in clause.children if s.dep_ in ("nsubj", "nsubjpass")]
        if markers & CAUSE_MARKERS and clause.lemma_.lower() in ACCIDENT_VERBS and any(
                _accidental(s, lexicon) or _accident_site(s, lexicon) for s in clause_subjects):
            return True
        if markers & SIMULTANEOUS_CAUSE_MARKERS and clause.lemma_.lower() in BREAKDOWN_VERBS and not any(
                lexicon.noun(s.lemma_) or s.lemma_.lower() in lexicon.crime_words for s in clause_subjects):
            return True
    return False


def _in_modifier_clause(frame: Frame, lexicon: PredicateLexicon) -> bool:
    """A predicate inside a relative or participial clause describes a participant
    ("weapons seized last year", "rebels who entered the country") rather than the news.
    A crowd's own action is the exception: "protesters who had blocked the road" tells the protest."""
    token = frame.verb if frame.verb is not None else frame.anchor
    own_clause = True  # the predicate belongs to the clause reached, not to one coordinated with it
    for _ in range(4):
        if intended_act(token, lexicon):
            return False  # "an attempt to assassinate the governor", "a plot to kill the president"
        # "Karimbe, a civilian helping the military fight the group, said…": what an apposition
        # says its person does describes them, in any form
        described = token.dep_ == "acl" and token.tag_ == "VBG" and token.head.dep_ == "appos"
        if token.dep_ in ("relcl", "acl") and token.tag_ != "VBG" or described:
            if frame.coding.type == "ASSAULT" and token == frame.verb and _harm_of_its_own(token):
                return False  # "the mayor, who was kidnapped on Monday": the harm is news of its own
            if _main_clause_under_opening_phrase(token) or own_clause and _done_by_its_people(token):
                return False
            if _narrative_relative(token) or _judged_by_a_party(token, frame):
                return False
            if _verb_of_a_fragment(token) and has_crowd_subject(token, lexicon) or misread_finite(token):
                return False  # "thousands of people massed outside parliament", misparsed
            return not (frame.coding.type == "PROTEST" and token.head.lemma_.lower() in lexicon.crowd_subjects)
        if token.dep_ not in ("conj", "xcomp", "ccomp", "prep", "pobj", "dobj") or token.head == token:
            return False
        own_clause = own_clause and token.dep_ != "conj"
        token = token.head
    return False


def intended_act(verb: Any, lexicon: PredicateLexicon) -> bool:
    """Whether a verb is the infinitive an attempt or plot noun hangs on ("an attempt to kill"),
    but not of "any attempt", which is no act told."""
    noun = verb.head
    return verb.dep_ == "acl" and noun.lemma_.lower() in lexicon.intent_nouns and any(
        c.dep_ == "aux" and c.lower_ == "to" for c in verb.children) and not any(
        c.dep_ == "det" and c.lower_ in ("any", "every", "no") for c in noun.children)


def _narrative_relative(verb: Any) -> bool:
    """"Biden made a visit to Kyiv, where he pledged more aid" or "the deal, which Israel and
    Hamas accepted on Wednesday": a clause set off by a comma, opened by "where" or "when" or
    with "which" for its object, and told in the simple past with a subject of its own goes on
    with the story; "the town where 28 people were killed" only says which town."""
    opener = verb.doc[verb.left_edge.i - 1] if verb.left_edge.i > 0 else None
    return (verb.dep_ == "relcl" and verb.tag_ == "VBD" and opener is not None and opener.text == ","
            and any(c.dep_ == "advmod" and c.lower_ in ("where", "when")
                    or c.dep_ == "dobj" and c.lower_ in ("which", "whom") for c in verb.children)
            and any(c.dep_ == "nsubj" for c in verb.children))


def _judged_by_a_party(verb: Any, frame: Frame) -> bool:
    """"Russia annexed four regions in a ceremony that Kyiv denounced as illegal": a condemnation
    or rejection a party of its own passed, in the simple past, on the thing the clause describes
    is news of its own, not a description of the thing; so with no relative word ("a result the
    opposition rejected as fraudulent")."""
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    return (verb.dep_ == "relcl" and verb.tag_ == "VBD" and frame.coding.type in JUDGEMENT_TYPES
            and (not objects or any(c.lower_ in ("that", "which") for c in objects))
            and any(c.dep_ == "nsubj" and c.lower_ not in RELATIVE_PRONOUNS for c in verb.children))


def _main_clause_under_opening_phrase(verb: Any) -> bool:
    """"In Tahrir Square, where protesters have camped, thousands rallied": the parser may make the
    opening phrase the root and hang the main clause on its noun as a relative clause without
    any relative word."""
    if verb.dep_ != "relcl" or any(c.lower_ in RELATIVE_WORDS for c in verb.children):
        return False
    holder = verb.head.head
    return holder.dep_ == "ROOT" and holder.pos_ == "ADP"


def _done_by_its_people(verb: Any) -> bool:
    """"Nyusi, who travelled to Kigali for talks with Kagame": what the people a relative clause
    describes did, told in the past tense, is news of its own."""
    return verb.dep_ == "relcl" and verb.tag_ == "VBD" and any(
        c.dep_ == "nsubj" and c.lower_ == "who" for c in verb.children)


def misread_finite(verb: Any) -> bool:
    """"Heavy artillery fire killed at least 12 civilians, police said": a participle with an
    object of its own (or of the verb joined to it) and no by-agent is a past tense the parser
    hung on its subject (a passive participle takes no object). It follows its subject, or the
    parser found no verb for the sentence ("Doctors from two aid groups donated and delivered
    goods to the school", with "Doctors" for root)."""
    if verb.dep_ != "acl" or verb.tag_ not in ("VBN", "VBD") \
            or any(c.dep_ in ("agent", "mark", "aux", "auxpass") for c in verb.children):
        return False
    if not any(c.dep_ == "dobj" for v in (verb, *verb.conjuncts) for c in v.children):
        return False
    return verb.i == verb.head.i + 1 or verb.sent.root.pos_ in ("NOUN", "PROPN")


def _harm_of_its_own(verb: Any) -> bool:
    """Whether a relative clause tells a harm as news: what the people it describes suffered ("the
    mayor, who was kidnapped on Monday"), one victim's harm told in the past tense of its own
    ("the hotel where the senator was shot on 3 May") or who wrought it ("tear gas fired by
    police"); "where 28 people have been killed this year" only sets the scene. (What they did is
    `_done_by_its_people`.)"""
    if verb.dep_ == "acl":  # a participle, not the content of "reports that…"
        return verb.tag_ == "VBN" and any(c.dep_ == "agent" for c in verb.children) and not any(
            c.dep_ in ("mark", "aux", "auxpass") for c in verb.children)
    if verb.dep_ != "relcl":
        return False
    if any(c.lower_ == "who" and c.dep_ == "nsubjpass" for c in verb.children):
        return True
    auxiliaries = {c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")}
    victims = [c for c in verb.children if c.dep_ == "nsubjpass"]
    return "was" in auxiliaries and not auxiliaries & {"have", "has", "had"} and victims != [] and not any(
        _many(v) for v in victims)  # one victim; "where 28 people were killed last year" is a count


def _topic_of(noun: Any, coded_verbs: dict[int, str], coding: Coding) -> bool:
    """Whether an event noun is what a coded verb is about ("rejected the offer of talks").

    The governing verb is the sentence's event; the noun it takes as object is background
    (the offer, the attack condemned) and is reported in its own sentence if it is news. A
    protest that force is used on ("police attacked the rally") is the exception: it took place.
    """
    token = noun
    for _ in range(3):
        if token.dep_ in ("dobj", "obj", "nsubjpass", "attr", "prep") and token.head.i in coded_verbs:
            if _told_within(token, coding, coded_verbs[token.head.i]):
                return False
            if token is noun and noun.dep_ == "dobj" and _done_by_someone_named(noun, coding):
                return False
            return not _protest_met_with_force(token.dep_, coding, coded_verbs[token.head.i])
        if token.dep_ not in ("pobj", "prep", "conj") or token.head == token:
            return False
        token = token.head
    return False


def _done_by_someone_named(noun: Any, coding: Coding) -> bool:
    """"condemned the killing of five soldiers by rebels", "the murder of General Alvarez, which
    was perpetrated by professionals": a harm whose doer the phrase names is told here, even as
    what a statement is about."""
    if coding.type not in HARM_TYPES:
        return False
    return any(c.dep_ == "prep" and c.lower_ == "by" for c in noun.children) or bool(clause_agents(noun))


def clause_agents(noun: Any) -> list[Any]:
    """Who a clause on an event noun (or on its "of" object) says did it: "the assassinations
    committed by the death squads", "the murder of General Alvarez, which was politically
    motivated and perpetrated by professionals" → professionals."""
    holders = [noun, *(o for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"
                       for o in c.children if o.dep_ == "pobj")]
    pending = [c for h in holders for c in h.children if c.dep_ in ("relcl", "acl")]
    agents = []
    while pending:  # the clause's verb and the predicates joined to it ("motivated and perpetrated")
        verb = pending.pop()
        agents += [o for a in verb.children if a.dep_ == "agent" for o in a.children if o.dep_ == "pobj"]
        pending += [c for c in verb.children if c.dep_ in ("acomp", "conj", "xcomp")]
    return agents


def _told_within(link: Any, coding: Coding, governor_type: str) -> bool:
    """"Were killed in an attack by rebels", "died in clashes between police and protesters":
    the verb tells the event the noun names, and the noun tells who did it. The two are one
    event (the coder folds the noun into the verb), not a topic of the verb."""
    return link.dep_ == "prep" and link.lower_ in WITHIN_PREPOSITIONS and coding.type == governor_type


def _protest_met_with_force(link: str, coding: Coding, governor_type: str) -> bool:
    """"attacked the rally", "arrested during protests": the protest took place. (A banned or
    prevented protest, the object of a restriction, did not.)"""
    if coding.type != "PROTEST" or governor_type not in HARM_TYPES:
        return False
    return governor_type == "ASSAULT" or link == "prep"


def passive_subjects(verb: Any) -> list[Any]:
    """Who a passive verb happened to, including the subject of a passive whose auxiliary is left
    out after a first one ("five were killed and 24 soldiers injured") or of a participle of
    causation ("ordered him held"), which the parser reads as an active subject, and the subject
    a coordinated passive shares ("left for Lithuania and has been given refuge there")."""
    found = [antecedent(c) for c in verb.children if c.dep_ in PASSIVE_SUBJECT_DEPS]
    if found:
        return found
    if _elliptical_passive(verb) or caused_passive(verb):
        return [antecedent(c) for c in verb.children if c.dep_ == "nsubj"]
    if verb.dep_ == "conj" and any(c.dep_ == "auxpass" for c in verb.children) and not any(
            c.dep_ in ("nsubj", "csubj") for c in verb.children):  # "left for Lithuania and has been given refuge"
        return [antecedent(c) for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")]
    return _stranded_passive_subject(verb) or _reduced_passive_subject(verb)


def _reduced_passive_subject(verb: Any) -> list[Any]:
    """The noun a bare past participle follows, when the parser hung the participle on the main
    verb: in "a judge identified the body of the police commander murdered this morning" the
    commander was murdered, and not by the judge. A participle with an auxiliary, a subject, an
    object or a marker ("when attacked") is no reduced passive of the noun before it; without an
    object, one the tagger took for a past tense is the participle."""
    if verb.tag_ not in ("VBN", "VBD") or verb.dep_ != "advcl" or verb.i == 0:
        return []
    if any(c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass", "csubj", "expl", "dobj", "mark") for c in verb.children):
        return []
    noun = verb.doc[verb.i - 1]
    if noun.pos_ not in ("NOUN", "PROPN") or verb.head not in noun.ancestors:
        return []
    return [noun]


def _stranded_passive_subject(verb: Any) -> list[Any]:
    """The subject of a passive that the parser hung in a phrase before it: in "during the evening
    of 24 May two U.S. citizens were murdered" it reads the citizens as the evening's. A noun
    phrase inside a phrase of the verb's that ends right before the auxiliary is its subject."""
    auxiliary = next((c for c in verb.children if c.dep_ == "auxpass" and c.i < verb.i), None)
    if auxiliary is None or any(c.dep_ in ("nsubj", "csubj", "expl") for c in verb.children):
        return []
    noun = verb.doc[auxiliary.i - 1] if auxiliary.i > 0 else None
    while noun is not None and noun.dep_ not in ("pobj", "appos", "conj") and noun.head != noun \
            and noun.head.i < auxiliary.i and noun.pos_ not in ("NOUN", "PROPN"):
        noun = noun.head  # the comma or relative clause that closes the subject's phrase
    if noun is None or noun.pos_ not in ("NOUN", "PROPN") or noun.dep_ != "pobj" or noun.right_edge.i != auxiliary.i - 1:
        return []
    return [noun] if verb in noun.ancestors else []


def caused_passive(verb: Any) -> bool:
    """A participle whose subject undergoes it at someone's order: "ordered him held", "had them
    arrested", "wanted him killed"."""
    if verb.tag_ != "VBN" or verb.dep_ not in ("ccomp", "xcomp", "oprd") or verb.head == verb:
        return False
    return verb.head.lemma_.lower() in CAUSATIVE_VERBS and not any(c.dep_ in ("aux", "auxpass") for c in verb.children)


def _elliptical_passive(verb: Any) -> bool:
    """"Five were killed and 24 soldiers injured". The parser may tag the participle a past
    tense ("107 people had been detained and 21 police officers injured"); after a passive, a
    counted subject with no object still undergoes it."""
    if verb.dep_ != "conj" or verb.head.pos_ not in ("VERB", "AUX"):
        return False
    if verb.tag_ != "VBN" and not (verb.tag_ == "VBD" and any(_numbered(c) for c in verb.children if c.dep_ == "nsubj")):
        return False
    if any(c.dep_ in ("aux", "auxpass", "dobj", "agent") for c in verb.children):
        return False
    return any(c.dep_ == "auxpass" for c in verb.head.children)


def antecedent(subject: Any) -> Any:
    """A relative pronoun's noun: "Hamas, which condemned…" → Hamas."""
    if subject.lower_ in RELATIVE_PRONOUNS and subject.head.dep_ == "relcl":
        return subject.head.head
    return subject


def lemma_candidates(token: Any) -> list[str]:
    """The token's lemma, then forms guessed from its text for when the tagger's lemma is wrong.

    The small English model lemmatises some past forms badly ("staged" → "stag"); a regular
    "-ed"/"-ing" form gives back the base a lexicon lists. Last comes an "-ed" form itself, for
    the past forms that mean more than their lemma ("hanged", not "hung").
    """
    lemma = token.lemma_.lower()
    text = token.lower_
    found = [lemma]
    if text.endswith("ed"):
        found += [text[:-1], text[:-2], text]
    elif text.endswith("ing"):
        found += [text[:-3] + "e", text[:-3]]
    return list(dict.fromkeys(found))


def verb_entry(token: Any, lexicon: PredicateLexicon) -> PredicateEntry | None:
    for lemma in lemma_candidates(token):
        entry = lexicon.verb(lemma)
        if entry is not None:
            return entry
    return None


def noun_coding(token: Any, lexicon: PredicateLexicon, light_verb: str | None = None) -> Coding | None:
    """The coding of an event noun: "state of emergency", then "rocket fire"-style modifiers, then the lemma."""
    entry = _noun_entry(token, lexicon, light=light_verb is not None)
    if entry is None or entry.coding is None:
        return None
    if light_verb is not None and light_verb in entry.light:
        return entry.light[light_verb]
    return entry.coding


def _hyphenated_entry(modifier: Any, token: Any, lexicon: PredicateLexicon) -> PredicateEntry | None:
    """The entry of a hyphenated word the tokenizer split ("hostage-taking", "cease-fire")."""
    if not hyphen_joined(modifier, token):
        return None
    return lexicon.noun(f"{modifier.lower_}-{token.lower_}") or lexicon.noun(f"{modifier.lower_}-{token.lemma_}")


def _noun_entry(token: Any, lexicon: PredicateLexicon, *, light: bool = False) -> PredicateEntry | None:
    for child in token.children:
        if child.dep_ == "prep" and child.lower_ in ("of", "for"):  # "exchange of fire", "request for comment"
            for pobj in child.children:
                if pobj.dep_ == "pobj" and (entry := lexicon.noun(f"{token.lemma_} {child.lower_} {pobj.lemma_}")):
                    return entry
    compounds = [c for c in token.children if c.dep_ == "compound"]
    for modifier in (c for c in token.children if c.dep_ in ("compound", "amod")):
        entry = _hyphenated_entry(modifier, token, lexicon) or lexicon.noun(f"{modifier.lemma_} {token.lemma_}") \
            or lexicon.noun(f"{modifier.lower_} {token.lemma_}")  # "media release": lemma "medium"
        if entry is not None:
            return entry if entry.coding else None  # "charge d'affaires" is a diplomat, not a charge
    entry = lexicon.noun(token.text) or lexicon.noun(token.lemma_)  # "strikes" (raids) before "strike"
    if entry and entry.coding:
        return entry
    if token.lemma_.lower() in lexicon.named_after_events:
        return None  # "truce monitors", "aid workers": people named after what they do
    for modifier in compounds:
        entry = lexicon.noun(modifier.lemma_)
        # "aid convoys" bring aid and "launched a bombing campaign" attacks, but "riot police" and
        # "border patrol agents" are people, and an "attack helicopter" or a "homicide rate" is no
        # attack unless a light verb launches it.
        named_after = entry is not None and entry.coding is not None and (
            entry.coding.type in ("PROTEST", "MOBILIZE") or entry.coding.type == "ASSAULT" and not light)
        if entry and entry.coding and modifier.pos_ == "NOUN" and not named_after:
            return entry
    return None


def _names_a_group(token: Any, lexicon: PredicateLexicon) -> bool:
    """Whether an event word only names the noun right after it ("riot police"), however the
    parser joined the two."""
    following = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    if following is None or following.pos_ != "NOUN" or following.lemma_.lower() not in lexicon.named_after_events:
        return False
    # a bare word in a noun phrase's place, not a verb with its own subject or "to": "attacked
    # police cars", "vowed to attack police stations"
    return token.tag_ in ("NN", "VB", "VBP") and token.lower_ == token.lemma_.lower() and not any(
        c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in token.children)


def _the_harmed(token: Any) -> bool:
    """"Evacuated the wounded", "the injured were taken to hospital": a participle with an article,
    standing for the people it describes, tells no act of its own."""
    return token.tag_ == "VBN" and token.dep_ in ("dobj", "nsubj", "nsubjpass", "pobj") and any(
        c.dep_ == "det" and c.lower_ == "the" for c in token.children)


def _verb_frames(span: Any, lexicon: PredicateLexicon) -> Iterator[Frame]:
    """A verb's frame: its own coding in its frame, or the event noun a light verb carries. A
    light verb's event noun beats the verb's plain coding: "ordered the expulsion of the
    ambassador" is the expulsion, "ordered troops to the border" an order."""
    for token in span:
        if token.pos_ != "VERB" and not (token.pos_ == "ADJ" and token.dep_ in ("acomp", "ROOT")):
            continue
        if token.dep_ in ("amod", "compound") or _names_a_group(token, lexicon) or _the_harmed(token):
            continue  # "the besieged Gaza Strip", "US-backed forces": a participle describing a noun
        if (expulsion := _ordered_departure(token, lexicon)) is not None:
            yield expulsion
            continue
        entry = verb_entry(token, lexicon)
        # the object, the passive subject, or the predicate of the object ("were held hostage",
        # "found him guilty", which the parser may read as a clause); a relative pronoun stands
        # for its noun ("the deal, which they signed")
        objects = [antecedent(c) for c in token.children if c.dep_ in OBJECT_DEPS | PASSIVE_SUBJECT_DEPS | {"oprd"}
                   or c.dep_ == "ccomp" and c.pos_ == "ADJ"]
        objects = objects or misread_objects(token)
        carried = _light_frame(token, objects, lexicon)
        if entry is not None:
            coding, noun = _verb_coding(token, entry, objects, lexicon)
            if coding is not None and coding.type in DISASTER_TYPES and _natural_cause(token, lexicon):
                continue
            if coding is not None and (_not_the_act(token, coding, lexicon) or _outbreak(token, lexicon)
                                       or _armed_support(token, coding, lexicon)):
                continue
            if coding is not None and not (carried is not None and coding == entry.coding and noun is None):
                yield Frame(coding, token, token, noun, "verb")
                continue
            if objects and any(lemma in entry.objects for o in objects for lemma in _object_lemmas(o)):
                continue  # the lexicon says: this verb with this object is no event
        if carried is not None:
            yield carried


def _ordered_departure(token: Any, lexicon: PredicateLexicon) -> Frame | None:
    """"Ordered a Canadian consul to leave the country": telling an envoy or a mission to leave, or
    anyone to leave the country, expels them (the parser may read the to-clause as a purpose)."""
    if token.lemma_.lower() not in ORDER_VERBS:
        return None
    told = [c for c in token.children if c.dep_ == "dobj"]
    leaving = [c for c in token.children
               if c.dep_ in ("xcomp", "advcl") and c.lemma_.lower() in lexicon.departure_verbs]
    if not told or not leaving:
        return None
    envoy = any(t.lemma_.lower() in lexicon.expelled_people for t in told)
    country = any(o.dep_ == "dobj" and o.lemma_.lower() in lexicon.expelled_from for c in leaving for o in c.children)
    return Frame(Coding("SANCTION", "expel"), token, token, None, "verb") if envoy or country else None


def _light_frame(token: Any, objects: list[Any], lexicon: PredicateLexicon) -> Frame | None:
    """The event noun a light verb carries ("held talks", "carried out a series of strikes"), not
    one it says something of ("called the sanctions illegal", "declared the rally illegal")."""
    light = next((lemma for lemma in lemma_candidates(token) if lemma in lexicon.light_verbs), None)
    if light is None or token.pos_ != "VERB" or characterises(token) or _scheduled(token):
        return None
    nouns = objects + prep_objects(token, ("to", "into", "in", "under"))
    for noun in (n for noun in nouns for n in (noun, *_counted(noun, lexicon))):
        coding = noun_coding(noun, lexicon, light)
        if coding is not None:
            return Frame(coding, token, token, noun, "light")
    return None


def _scheduled(verb: Any) -> bool:
    """"The ceasefire agreement is set to take effect tomorrow": "be set to" tells when its subject
    happens and carries no act of its own ("a strike was called to force talks" still calls one)."""
    passive = any(c.dep_ == "auxpass" for c in verb.children)
    return verb.lemma_.lower() == "set" and passive and any(
        c.dep_ == "xcomp" and any(a.lower_ == "to" for a in c.children if a.dep_ == "aux") for c in verb.children)


def characterises(verb: Any) -> bool:
    """Whether a verb says what its object is ("called the sanctions illegal", "declared the rally
    illegal") rather than doing it."""
    return any(c.dep_ == "oprd" for c in verb.children)


def misread_objects(verb: Any) -> list[Any]:
    """An object the parser took for the subject of a second verb: in "handed over to the police a
    suspect wanted for fraud" it reads "a suspect wanted" as a clause on "handed". A past form
    with no "and", subordinator or auxiliary, whose subject follows the first verb with no
    punctuation between them, cannot be a clause of its own: it is a participle on that verb's
    object. The parser may also hang the first verb on that participle ("while police handed
    over to the authorities a financier wanted in Ecuador")."""
    if any(c.dep_ in ("dobj", "obj") for c in verb.children):
        return []
    if any(c.dep_ == "cc" for c in verb.children):  # "kidnapped up to 16 advisers and exploded bombs"
        return _bounded_objects(verb)
    clauses = [c for c in verb.children if c.dep_ in ("conj", "advcl")]
    if verb.dep_ == "advcl" and verb.head.i > verb.i:
        clauses.append(verb.head)
    found = []
    for clause in (c for c in clauses if c.tag_ in ("VBN", "VBD")):
        if any(c.dep_ in ("aux", "auxpass", "cc", "mark") for c in clause.children):
            continue
        found += [s for s in clause.children if s.dep_ == "nsubj" and verb.i < s.i < clause.i
                  and not any(t.is_punct for t in verb.doc[verb.i + 1 : s.left_edge.i])]
    return found + _shifted_objects(verb) + _adverbial_objects(verb) + _bounded_objects(verb)


def _bounded_objects(verb: Any) -> list[Any]:
    """An object counted with "up to" that the parser took for a particle and its to-phrase:
    "kidnapped up to 16 Russian advisers". Only a counted noun is the object; "stood up to the
    regime" has none."""
    return [noun for particle in verb.children if particle.dep_ == "prt" and particle.lower_ == "up"
            for to in particle.children if to.dep_ == "prep" and to.lower_ == "to" and to.i == particle.i + 1
            for noun in to.children if noun.dep_ == "pobj" and any(c.dep_ == "nummod" for c in noun.children)]


def _adverbial_objects(verb: Any) -> list[Any]:
    """An object put after the verb's to-phrase that the parser took for an adverbial noun:
    "handed over to Ecuadorian authorities a suspected Los Choneros financier". A noun after the
    verb with "a" or "the" before it, no comma between ("marched, a blow to the leader") and no
    time or measure in it ("the next day", "a few kilometers") is the object."""
    return [c for c in verb.children if c.dep_ == "npadvmod" and c.i > verb.i and c.pos_ == "NOUN"
            and c.ent_type_ not in MEASURE_ENTITIES and not any(t.is_punct for t in verb.doc[verb.i : c.i])
            and any(d.dep_ == "det" and d.lower_ in ("a", "an", "the") for d in c.children)]


def _shifted_objects(verb: Any) -> list[Any]:
    """An object put after the as-phrase that says what it is: "condemned as illegal the Bolivian
    blockade", "denounced as an ugly crime Serbia's suppression of the unrest". The parser takes it
    for the phrase's noun, with the as-adjective before its article, or for that noun's apposition."""
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ == "as"):
        for noun in (c for c in prep.children if c.dep_ == "pobj"):
            appositions = [c for c in noun.children if c.dep_ == "appos"]
            if appositions:
                return appositions
            article = next((c for c in noun.lefts if c.dep_ == "det"), None)
            if article is not None and any(c.dep_ == "amod" and c.i < article.i for c in noun.lefts):
                return [noun]
    return []


def _counted(noun: Any, lexicon: PredicateLexicon) -> list[Any]:
    """What a quantity noun counts: "carried out a series of airstrikes" carried out airstrikes."""
    return prep_objects(noun, ("of",)) if noun.lemma_.lower() in lexicon.quantity_nouns else []


def prep_objects(token: Any, preps: tuple[str, ...]) -> list[Any]:
    """Nouns a word governs through one of the prepositions ("put under investigation", "went on
    strike", "a series of airstrikes")."""
    return [pobj for child in token.children if child.dep_ == "prep" and child.lower_ in preps
            for pobj in child.children if pobj.dep_ == "pobj"]


def _demand_frames(span: Any, used: set[int]) -> Iterator[Frame]:
    """A speaker's demand put as obligation: "X said/declared that Y must Z" is X's REQUEST to Y."""
    for token in span:
        if token.dep_ != "ccomp" or token.head.i in used:
            continue
        auxiliaries = {c.lower_ for c in token.children if c.dep_ == "aux"}
        if auxiliaries & OBLIGATION_AUXILIARIES and token.head.lemma_.lower() in DEMAND_REPORTING_VERBS:
            used.add(token.head.i)
            yield Frame(Coding("REQUEST"), token.head, token.head, None, "verb", complement=token)


def _judgement_frames(span: Any, lexicon: PredicateLexicon, used: set[int]) -> Iterator[Frame]:
    """Calling something by a word of condemnation is a verbal accusation: "Ukraine called the vote
    illegitimate", "described the strikes as a flagrant violation", "branded the decision illegal".
    Said in passing ("said she would not leave office, calling the legislature illegitimate"), it
    is the reason given for the statement it hangs on, not an act of its own."""
    for verb in span:
        if verb.i in used or verb.pos_ != "VERB" or verb.lemma_.lower() not in lexicon.judging_verbs:
            continue
        if verb.dep_ == "advcl" and verb.tag_ == "VBG":
            continue
        judged = [c for c in verb.children if c.dep_ in ("oprd", "ccomp")]
        judged += [p for c in verb.children if c.dep_ == "prep" and c.lower_ == "as" for p in c.children
                   if p.dep_ in ("pobj", "amod", "acomp")]
        words = {w.lemma_.lower() for j in judged for w in (j, *j.children) if w.i == j.i or w.dep_ == "amod"}
        if words & lexicon.condemning_words:
            used.add(verb.i)
            yield Frame(Coding("ACCUSE", "disapprove"), verb, verb, None, "verb")


def _verb_coding(token: Any, entry: PredicateEntry, objects: list[Any],
                 lexicon: PredicateLexicon) -> tuple[Coding | None, Any | None]:
    """The coding a verb takes in its frame: object, then particle, preposition (with its object,
    then alone), clause, plain.

    The object is read as its head noun, its "of" complement ("5 million dollars of aid") and
    its compound ("aid convoys"), so the noun that says what was given or cut is found.
    """
    for obj in objects:
        for lemma in _object_lemmas(obj):
            if lemma in entry.objects:
                return entry.objects[lemma], obj
    if entry.needs_object and not objects:
        return None, None
    if token.lemma_.lower() in lexicon.reception_verbs and any(c.dep_ == "auxpass" for c in token.children) \
            and any(c.dep_ == "prep" and c.lower_ == "with" for c in token.children):
        return None, None  # "would be met with crushing strikes": a reception, no meeting
    for child in token.children:
        if child.dep_ in ("prt", "prep", "advmod") and child.lemma_.lower() in entry.particles:
            return entry.particles[child.lemma_.lower()], None
    # "set the houses on fire": the phrase may hang on the verb or, as the parser often has it, on the
    # object or its adjective ("bring those responsible to justice")
    holders = (token, *objects, *(c for o in objects for c in o.children if c.dep_ == "amod"))
    for child in (c for holder in holders for c in holder.children if c.dep_ == "prep"):
        prep = child.lemma_.lower()
        for pobj in (c for c in child.children if c.dep_ == "pobj"):
            phrase = next((f"{prep} {lemma}" for lemma in _object_lemmas(pobj) if f"{prep} {lemma}" in entry.preps), None)
            if phrase is not None:
                return entry.preps[phrase], None
    for child in token.children:
        if child.dep_ == "prep" and child.lemma_.lower() in entry.preps and not _dates_only(child):
            return entry.preps[child.lemma_.lower()], None
    if entry.clausal is not None and any(c.dep_ == "ccomp" for c in token.children):
        return entry.clausal, None
    complement = _complement_type(token, lexicon)
    if entry.conflict_complement is not None and complement in CONFLICT_TYPES:
        return entry.conflict_complement, None
    if entry.cooperative_complement is not None and complement in COOPERATIVE_TYPES:
        return entry.cooperative_complement, None
    return entry.coding, None


def _dates_only(prep: Any) -> bool:
    """"called a strike for Monday", "called on Tuesday": a phrase of time is no "call for/on"."""
    objects = [c for c in prep.children if c.dep_ == "pobj"]
    return bool(objects) and all(o.ent_type_ in ("DATE", "TIME") for o in objects)


def _object_lemmas(obj: Any) -> list[str]:
    """The words an object may be listed under: its lemma, its compounds (hyphenated ones whole),
    its "of" nouns (and a sum's "in" nouns), "money" for a sum ("gave $5 million to Gaza"),
    "place-name" for a named place ("seized Damascus") and, last, its adjectives ("explosive
    devices")."""
    lemmas = [obj.lemma_.lower()]
    if (whole := hyphenated_word(obj)) is not None:
        lemmas.append(whole.text.lower())  # "cease-fire", the object being "fire"
    if obj.ent_type_ == "MONEY":
        lemmas.append("money")
    if _place_name(obj):
        lemmas.append("place-name")
    for child in obj.children:
        if child.dep_ == "compound":  # "the cease-fire agreement": "cease-fire", not "fire"
            whole = hyphenated_word(child)
            lemmas.append(whole.text.lower() if whole is not None else child.lemma_.lower())
        elif child.dep_ == "prep" and (child.lower_ == "of" or child.lower_ == "in" and _an_amount(obj)):
            # "5 million dollars of aid", "5 billion euros in military aid"
            lemmas.extend(c.lemma_.lower() for c in child.children if c.dep_ == "pobj")
    # "explosive devices", looked up last and as written ("heavily armed men" are no arms)
    lemmas += [c.lower_ for c in obj.children if c.dep_ == "amod"]
    return lemmas


def _an_amount(noun: Any) -> bool:
    """A sum or a counted quantity ("$5 million", "5 billion euros"), whose "in" phrase says what it is of."""
    return noun.ent_type_ == "MONEY" or any(c.dep_ == "nummod" for c in noun.children)


def _place_name(noun: Any) -> bool:
    """A place's name: tagged a place or called one ("Goma, the largest city in…"), and not
    counted ("two M-60 machineguns" may be tagged so)."""
    if noun.ent_type_ in ("PERSON", "ORG") and told_as_place(noun):
        return True
    return noun.ent_type_ in ("GPE", "LOC") and noun.tag_ not in ("NNS", "NNPS") and not any(
        c.dep_ == "nummod" for c in noun.children) and not any(ch.isdigit() for ch in noun.text)


def _carried_on(verb: Any, lexicon: PredicateLexicon) -> str | None:
    """The type of the act a subjectless verb with no coding of its own carries on: the event noun
    of a light verb ("continue the strike") or the act of its own complement ("keep fighting").
    With a subject of its own the act is another's ("warned that the cartels will continue to
    shoot" is no threat by the one who warns)."""
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return None
    if verb.lemma_.lower() in lexicon.light_verbs:
        for obj in (c for c in verb.children if c.dep_ in OBJECT_DEPS):
            if (coding := noun_coding(obj, lexicon, verb.lemma_.lower())) is not None and coding.type is not None:
                return coding.type
    return _complement_type(verb, lexicon, carried=True)


def is_reprisal(verb: Any, lexicon: PredicateLexicon) -> bool:
    """"vowed to respond", "promised to respond to the strikes", "vowed that the strikes would not
    go unpunished", "vowed that Iran would pay for the attack": a reprisal, unless what is answered
    is no hostile act ("vowed to respond to the protesters' demands", "would pay for the repairs")."""
    if any(c.dep_ in ("acomp", "oprd") and c.lower_ in lexicon.unanswered_words for c in verb.children):
        return any(c.dep_ == "neg" for c in verb.children)
    if verb.lemma_.lower() in lexicon.paying_verbs:
        return any(c.lemma_.lower() in lexicon.paid_prices for c in verb.children
                   if c.dep_ in (*OBJECT_DEPS, "advmod")) or any(
            (coding := noun_coding(o, lexicon)) is not None and coding.type in CONFLICT_TYPES
            for o in prep_objects(verb, ("for",)))
    if verb.lemma_.lower() not in lexicon.reprisal_verbs:
        return False
    return all((coding := noun_coding(o, lexicon)) is not None and coding.type in CONFLICT_TYPES
               for o in prep_objects(verb, ("to",)))


def _complement_type(token: Any, lexicon: PredicateLexicon, *, carried: bool = False) -> str | None:
    """The event type of the verb's to-clause ("vowed to retaliate" → ASSAULT), if coded; through a
    verb that only carries an act on, the act's ("vowed to continue the strike", "to keep fighting")."""
    for child in token.children:
        if (child.dep_ in ("xcomp", "ccomp") or misread_infinitive(child)) and child.pos_ == "VERB":
            if is_reprisal(child, lexicon):
                return "ASSAULT"
            entry = verb_entry(child, lexicon)
            if entry is None:
                if not carried and (act := _carried_on(child, lexicon)) is not None:
                    return act
                continue
            objects = [c for c in child.children if c.dep_ in OBJECT_DEPS]
            if any(o.lemma_.lower() in lexicon.phenomena for o in [*objects, *prep_objects(child, ("against",))]):
                continue  # "vowed to fight corruption": no one is threatened
            coding, _ = _verb_coding(child, entry, objects, lexicon)  # "vowed to bring them to justice"
            if coding is not None:
                return coding.type
    return None
