"""Decide whether an event happened: asserted, negated, planned, threatened, demanded or hypothetical.

What did not happen must never be reported as if it had. We read the cues (data file
`modality_cues.yaml`) on the predicate itself (negation, auxiliaries) and on the verbs that
govern it ("threatened to strike", "denied that troops fired", "called for talks", "refused to
meet"), walking up the parse until a cue or the sentence root is reached. A coordinated clause
("aims to tighten sanctions and impose a blockade") shares the modality of its first conjunct;
its negation only when the verb leans on the first one's subject and auxiliaries.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from eventmill.data_files import builtin, load_yaml, words
from eventmill.events.predicates import Frame
from eventmill.language.tokens import marked, misread_infinitive
from eventmill.model import Modality

BUILTIN_CUES = "events/modality_cues.yaml"
# Dependencies through which a governing verb's modality reaches the event below it.
GOVERNED_DEPS = frozenset({"xcomp", "ccomp", "advcl", "dobj", "pobj", "prep", "pcomp", "acl", "relcl",
                           "nsubj", "nsubjpass", "acomp", "attr"})
# Auxiliaries that make a relative clause tell a past fact of its own ("the mayor, who was
# kidnapped"), whatever the clause it hangs on says will happen.
PAST_AUXILIARIES = frozenset({"was", "were", "has", "have", "had"})
# Prepositions through which a verb of intent aims at an event ("prepared for assaults", "aimed at
# attacking"); "set the club on fire after beating the watchmen" aims at nothing.
AIM_PREPOSITIONS = frozenset({"for", "at", "toward", "towards"})
# Subordinators of what an act waits for ("until", "before"): unrealised when the act is to come.
AWAITING_MARKERS = frozenset({"until", "till", "before", "unless"})
# Subordinators of a clause told beside a demand or threat, which is no part of it: "in what the
# military called limited raids, as Iran fired missiles", "demanded elections after a court cleared him".
BESIDE_MARKERS = frozenset({"as", "while", "when", "whenever", "after", "because", "since", "though", "although",
                            "whereas"})
# Conjunctions that set a second verb against a negated first ("was not killed but wounded").
CONTRASTS = frozenset({"but", "yet", "instead"})
# Links from an argument to the verb that governs it: that verb's own negation or auxiliary is the
# argument's too ("would submit his resignation", "did not hold the vote on talks", "will be
# carried out by attacking shops"; not "the problem caused by the assassination").
ARGUMENT_DEPS = frozenset({"dobj", "pobj", "prep", "pcomp", "nsubjpass", "attr", "xcomp", "agent"})
# Governor links through which an accusation holds its charge ("accused X of trying to seize power").
ALLEGED_DEPS = frozenset({"prep", "pcomp", "ccomp", "xcomp"})
# Clauses a denial denies: "denied that troops fired", "denies backing the rebels".
DENIED_DEPS = frozenset({"ccomp", "xcomp"})
# Governor links that carry a refusal down ("refused to meet", "rejected the offer of talks").
REFUSED_DEPS = frozenset({"xcomp", "ccomp", "dobj", "pobj", "prep", "pcomp", "acl"})


@dataclass(frozen=True)
class ModalityCues:
    """Cue lemmas by the modality they signal (see the data file for each list's meaning)."""

    negation: frozenset[str]
    denial: frozenset[str]
    future_auxiliaries: frozenset[str]
    future_governors: frozenset[str]
    threat_governors: frozenset[str]
    demand_governors: frozenset[str]
    hypothetical_auxiliaries: frozenset[str]
    hypothetical_markers: frozenset[str]
    planned_modifiers: frozenset[str]
    threatened_modifiers: frozenset[str]
    refusal_governors: frozenset[str] = frozenset()
    transparent_governors: frozenset[str] = frozenset()
    speech_verbs: frozenset[str] = frozenset()
    allegation_governors: frozenset[str] = frozenset()
    presupposing_governors: frozenset[str] = frozenset()
    participation_nouns: frozenset[str] = frozenset()
    answering_governors: frozenset[str] = frozenset()
    possibility_nouns: frozenset[str] = frozenset()
    doing_governors: frozenset[str] = frozenset()
    prediction_governors: frozenset[str] = frozenset()
    scheduling_governors: frozenset[str] = frozenset()
    prevention_governors: frozenset[str] = frozenset()


def load_cues(user_files: Iterable[Path] = ()) -> ModalityCues:
    """Built-in cues with user files layered over them (a user list replaces the built-in one)."""
    merged: dict[str, Any] = {}
    for path in (builtin(BUILTIN_CUES), *user_files):
        merged.update(load_yaml(path) or {})
    modifiers = merged.get("unrealised_modifiers") or {}
    return ModalityCues(
        negation=words(merged.get("negation")),
        denial=words(merged.get("denial")),
        future_auxiliaries=words(merged.get("future_auxiliaries")),
        future_governors=words(merged.get("future_governors")),
        threat_governors=words(merged.get("threat_governors")),
        demand_governors=words(merged.get("demand_governors")),
        hypothetical_auxiliaries=words(merged.get("hypothetical_auxiliaries")),
        hypothetical_markers=words(merged.get("hypothetical_markers")),
        planned_modifiers=words(modifiers.get("planned")),
        threatened_modifiers=words(modifiers.get("threatened")),
        refusal_governors=words(merged.get("refusal_governors")),
        transparent_governors=words(merged.get("transparent_governors")),
        speech_verbs=words(merged.get("speech_verbs")),
        allegation_governors=words(merged.get("allegation_governors")),
        presupposing_governors=words(merged.get("presupposing_governors")),
        participation_nouns=words(merged.get("participation_nouns")),
        answering_governors=words(merged.get("answering_governors")),
        possibility_nouns=words(merged.get("possibility_nouns")),
        prediction_governors=words(merged.get("prediction_governors")),
        doing_governors=words(merged.get("doing_governors")),
        scheduling_governors=words(merged.get("scheduling_governors")),
        prevention_governors=words(merged.get("prevention_governors")),
    )


def modality_of(frame: Frame, cues: ModalityCues) -> Modality:
    """The modality of one coded predicate."""
    own = _own_cues(frame, cues)
    if own is not None:
        return own
    event = token = frame.verb if frame.verb is not None else frame.anchor
    for _ in range(8):
        if token.head == token:
            return "asserted"
        if token.dep_ == "conj":
            conjunct, token = token, token.head
            shared = _clause_cues(token, cues)
            if shared == "negated" and not _shares_negation(conjunct) or _past_beside_a_modal(conjunct, shared):
                continue
            if shared is not None:
                return shared
            continue
        means = token.dep_ == "agent" and any(c.dep_ == "pcomp" for c in token.children)
        if token.dep_ not in GOVERNED_DEPS and not means or _past_relative(token):
            return "asserted"  # a by-phrase passes its verb's modality only to a means: "by attacking shops"
        clause, dep, token = token, token.dep_, token.head
        if dep == "advcl" and _awaited(clause, token, cues, event):
            return "hypothetical"
        if _presupposed(event, clause, dep, token, cues):
            return "asserted"
        if dep == "xcomp" and frame.kind == "light" and cue_lemma(token) in cues.denial:
            return "asserted"  # "denied carrying out the attack": a part is denied, not the attack
        if dep == "dobj" and _charged_of(clause, event) and cue_lemma(token) in cues.allegation_governors:
            return "hypothetical"  # "accused the military of bombing a market", "of" hung on the object
        governed = _governor_cue(token, dep, cues, prep=clause.lower_ if dep == "prep" else None, clause=clause)
        if governed is None and dep in ("ccomp", "advcl"):
            governed = _content_noun_cue(clause, token, cues)
        if governed is not None:
            return governed
        if dep in ARGUMENT_DEPS and token.pos_ in ("VERB", "AUX"):
            inherited = _clause_cues(token, cues)
            if inherited is not None:
                return inherited
        if dep == "nsubj" and clause == frame.anchor:
            supposed = _clause_cues(token, cues)  # "a real blockade would cut imports", "talks will resume"
            if supposed in ("hypothetical", "planned"):
                return supposed
        if cue_lemma(token) in cues.transparent_governors:
            continue
    return "asserted"


def _awaited(clause: Any, governor: Any, cues: ModalityCues, event: Any) -> bool:
    """"Would not lift sanctions until Tehran halted enrichment", "will not end the war before
    Hamas releases the hostages", "opposed the deployment until their demands are met": what a
    future or conditional act waits for, or an act awaited in the present tense, has not
    happened. ("Fighting went on until troops withdrew" tells that they did; "until the unrest
    after the assassination is under control" does not make the assassination awaited.)"""
    if not marked(clause, AWAITING_MARKERS):
        return False
    if clause == event and any(t.tag_ in ("VBP", "VBZ") for t in (clause, *clause.children)
                               if t == clause or t.dep_ in ("aux", "auxpass")):
        return True
    auxiliaries = {c.lower_ for c in governor.children if c.dep_ in ("aux", "auxpass")}
    # "have sworn to fight until they gain control"; a cue word with no act of its own to govern is
    # no vow ("tried to set fire to the gate before troops dispersed them")
    vowed = cue_lemma(governor) in cues.future_governors and any(c.dep_ in ("xcomp", "ccomp") for c in governor.children)
    return vowed or bool(auxiliaries & (cues.future_auxiliaries | cues.hypothetical_auxiliaries))


def _charged_of(charged: Any, event: Any) -> bool:
    """Whether the event is in the "of" phrase of a charged party ("the military of bombing")."""
    return any(prep.dep_ == "prep" and prep.lower_ == "of" and event.i in {t.i for t in prep.subtree}
               for prep in charged.children)


def _presupposed(event: Any, clause: Any, dep: str, governor: Any, cues: ModalityCues) -> bool:
    """Whether what governs an event takes it as a fact whatever it says of itself: what one
    condemns or investigates happened ("we must repudiate the murder", "will investigate the
    attack"), and so did what one is charged with a part in ("suspected of involvement in the
    assassination": the involvement is alleged, not the assassination), and so did what one
    answers ("vowed that Iran would pay for the attack"). Only the event itself
    is presupposed: "protested the decision to send troops" does not make the sending a fact."""
    if dep == "dobj" and clause == event and cue_lemma(governor) in cues.presupposing_governors:
        return True
    if dep == "prep" and clause.lower_ in ("to", "for") and event.dep_ == "pobj" and event.head == clause \
            and governor.lemma_.lower() in cues.answering_governors:
        return True  # "vowed to respond to the strikes": what is answered was done
    return (dep == "prep" and event.dep_ == "pobj" and event.head == clause and governor.pos_ == "NOUN"
            and governor.lemma_.lower() in cues.participation_nouns)


def _shares_negation(conjunct: Any) -> bool:
    """Whether a conjoined verb leans on the first one's negation: "no priest has been jailed,
    murdered or exiled", "did not attack or kill". A verb with its own subject or auxiliary,
    or set against the first ("not killed but wounded"), tells its own fact."""
    if conjunct.tag_ not in ("VB", "VBN", "VBG"):
        return False
    if any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in conjunct.children):
        return False
    return not any(c.dep_ == "cc" and c.lower_ in CONTRASTS for c in (*conjunct.head.children, *conjunct.children))


def _past_beside_a_modal(conjunct: Any, shared: Modality | None) -> bool:
    """"Said a government would be formed and asked people to stop": a past tense cannot lean on
    "would" or "will"; it is a clause of its own the parser joined to the wrong verb."""
    return shared in ("planned", "hypothetical") and conjunct.tag_ == "VBD" and not any(
        c.dep_ in ("aux", "auxpass") for c in conjunct.children)


def _past_relative(clause: Any) -> bool:
    """A relative clause in the past tells a fact, whatever governs its noun: "in retaliation for
    an air raid on Susangerd where, it said, 100 people were killed" (a "where" clause the parser
    may hang on the main verb)."""
    relative = clause.dep_ == "relcl" or any(c.dep_ == "advmod" and c.lower_ == "where" and c.i < clause.i
                                             for c in clause.children)
    return relative and _told_as_past(clause)


def _told_as_past(verb: Any) -> bool:
    return verb.tag_ == "VBD" or any(c.dep_ in ("aux", "auxpass") and c.lower_ in PAST_AUXILIARIES
                                     for c in verb.children)


def is_reported_future(token: Any, cues: ModalityCues) -> bool:
    """"said it would attack": "would" in a clause governed by a verb of saying marks the future."""
    head = token
    while head.dep_ == "conj" and head.head != head:
        head = head.head
    return head.dep_ == "ccomp" and head.head.lemma_.lower() in cues.speech_verbs


def _own_cues(frame: Frame, cues: ModalityCues) -> Modality | None:
    token = frame.verb if frame.verb is not None else frame.anchor
    found = _clause_cues(token, cues)
    if found is not None:
        return found
    if frame.coding.type != "ASSAULT" and any(_no_one(c, cues) for c in token.children
                                              if c.dep_ in ("nsubj", "nsubjpass", "dobj")):
        return "negated"  # "no one was arrested", "nobody has been detained", "released no one"
    if token.dep_ == "csubj" and any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children):
        return "hypothetical"  # "to bomb the civilian population would be a barbaric act"
    if frame.kind == "noun":
        modifiers = {c.lower_ for c in frame.anchor.children if c.dep_ in ("amod", "compound")}
        if modifiers & cues.planned_modifiers:
            return "planned"
        if modifiers & cues.threatened_modifiers:
            return "threatened"
    return None


def _clause_cues(token: Any, cues: ModalityCues) -> Modality | None:
    """Cues on a verb itself: its negation, auxiliaries and subordinator."""
    words = {c.lower_: c for c in token.children}
    if any(c.dep_ == "neg" or c.lower_ in cues.negation and c.dep_ in ("neg", "advmod", "det")
           for c in token.children):
        return "negated"
    if any(_none_of(c, cues) for c in token.children if c.dep_ in ("dobj", "nsubjpass")):
        return "negated"  # "no shots were fired", "not a single shot will be fired", "made no arrests"
    auxiliaries = {c.lower_ for c in token.children if c.dep_ in ("aux", "auxpass")}
    if auxiliaries & cues.future_auxiliaries:
        return "planned"
    if marked(token, cues.hypothetical_markers):
        return "hypothetical"
    if auxiliaries & cues.hypothetical_auxiliaries:
        if "would" in auxiliaries and "have" not in auxiliaries and is_reported_future(token, cues):
            return "planned"  # "said it would attack"; "said they would have attacked" never happened
        return "hypothetical"
    purpose = "to" in words and words["to"].dep_ == "aux" and token.dep_ in ("advcl", "xcomp", "acl", "relcl")
    if purpose and not _is_cue(token.head, cues):
        return "planned"  # "met to strengthen ties": the aim, not a fact
    return None


def _no_one(noun: Any, cues: ModalityCues) -> bool:
    """"no one", "nobody": of an attack a toll of zero (see `_none_of`), of any other act that it
    did not happen."""
    return noun.lower_ in ("nobody", "noone") or noun.lower_ in ("one", "body") and _denied(noun, cues)


def _none_of(noun: Any, cues: ModalityCues) -> bool:
    """"no shots", "not a single shot"; "no one was killed" reports a toll of zero for an attack
    told beside it, so it is left to the counts."""
    return noun.lower_ not in ("one", "body") and _denied(noun, cues)


def _denied(noun: Any, cues: ModalityCues) -> bool:
    """Whether a noun carries a negation of its own ("no shots", "not a single shot", "no one")."""
    return any(c.dep_ in ("neg", "det") and c.lower_ in cues.negation for c in noun.children)


def _governor_cue(governor: Any, dep: str, cues: ModalityCues, prep: str | None = None,
                  clause: Any | None = None) -> Modality | None:
    lemma = cue_lemma(governor)
    if _is_cue(governor, cues) and lemma not in cues.transparent_governors and any(
            c.dep_ == "neg" for c in governor.children):
        return "negated"  # "does not intend to launch offensives", "did not threaten to strike"
    # a clause told beside a demand or threat is no part of it ("in what the military called
    # limited raids, as Iran fired missiles", "demanded elections after a court cleared him");
    # a clause of purpose or condition the parser hung there is ("pushing for the US support its
    # plan", "called for solidarity so other countries can mobilize")
    beside = dep == "advcl" and clause is not None and marked(clause, BESIDE_MARKERS)
    if lemma in cues.threat_governors and not beside:
        return "threatened"
    if lemma in cues.demand_governors and not beside:
        return "demanded"
    if lemma in cues.possibility_nouns and governor.pos_ == "NOUN" and prep == "of":
        return "hypothetical"  # "the danger of his being shot", "the risk of attacks"
    if lemma in cues.allegation_governors and dep in ALLEGED_DEPS:
        return "hypothetical"  # a charge is not a fact: "accused X of trying to seize power"
    if lemma in cues.denial and dep in DENIED_DEPS:
        return "negated"
    if lemma in cues.refusal_governors and dep in REFUSED_DEPS:
        return "negated"
    if lemma in cues.prevention_governors and prep == "from":
        return "negated"  # "barring them from trading with Chinese firms", "stopped them from crossing"
    planned_object = dep == "dobj" and lemma not in cues.doing_governors  # "committed the murders" is done
    complement = dep in ("xcomp", "ccomp", "acomp") or clause is not None and misread_infinitive(clause)
    if lemma in cues.future_governors and (complement or planned_object or prep in AIM_PREPOSITIONS):
        return "planned"  # "plans to attack", "were planning attacks", "had prepared for assaults"
    if lemma in cues.scheduling_governors and dep == "nsubjpass" and _still_ahead(governor, cues):
        return "planned"  # "talks are scheduled for Monday"
    return None


def _still_ahead(scheduled: Any, cues: ModalityCues) -> bool:
    """Whether what a passive of scheduling holds as its subject is still to come: set for a time
    ("talks were scheduled for Monday") or told in the present ("talks are planned"). Set to do
    something else, the subject is that act's: "talks are scheduled to start" are to come, "the
    agreement is set to expire" was made; and "the attack was planned by the army" happened."""
    complements = [c for c in scheduled.children if c.dep_ == "xcomp"]
    if complements:
        return all(cue_lemma(c) in cues.transparent_governors for c in complements)
    if any(c.dep_ == "prep" and c.lower_ == "for" for c in scheduled.children):
        return True
    return any(c.dep_ in ("aux", "auxpass") and (c.tag_ in ("VBP", "VBZ", "MD")) for c in scheduled.children) \
        and not any(c.dep_ == "agent" for c in scheduled.children)


def _content_noun_cue(clause: Any, verb: Any, cues: ModalityCues) -> Modality | None:
    """A that-clause the parser hung on the verb whose object is a demand or threat noun takes
    that noun's cue: "renewed its demand today that Israel ease the restrictions"."""
    if not any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children):
        return None
    for obj in verb.children:
        if obj.dep_ == "dobj" and obj.i < clause.i:
            cue = _governor_cue(obj, "ccomp", cues)
            if cue is not None:
                return cue
    return None


def cue_lemma(token: Any) -> str:
    """A verb's lemma with its particle, the form the cue lists name: "set up a trap to capture
    him" is no "set to capture", "called off the strike" no call for it."""
    particles = [c.lower_ for c in token.children if c.dep_ == "prt"]
    return " ".join([token.lemma_.lower(), *particles])


def _is_cue(token: Any, cues: ModalityCues) -> bool:
    lemma = cue_lemma(token)
    return lemma in (cues.threat_governors | cues.demand_governors | cues.future_governors
                     | cues.refusal_governors | cues.transparent_governors)
