"""Decide whether an event happened: asserted, negated, planned, threatened, demanded or hypothetical.

What did not happen must never be reported as if it had. We read the cues (data file
`modality_cues.yaml`) on the predicate itself (negation, auxiliaries) and on the verbs that
govern it ("threatened to strike", "denied that troops fired", "called for talks"), walking up
the parse until a cue or the sentence root is reached.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from eventmill.data_files import builtin, load_yaml
from eventmill.events.predicates import Frame
from eventmill.model import Modality

BUILTIN_CUES = "events/modality_cues.yaml"
# Dependencies through which a governing verb's modality reaches the event below it.
GOVERNED_DEPS = frozenset({"xcomp", "ccomp", "advcl", "dobj", "pobj", "prep", "pcomp", "acl", "relcl", "nsubj", "nsubjpass"})


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


def load_cues(user_files: Iterable[Path] = ()) -> ModalityCues:
    """Built-in cues with user files layered over them (a user list replaces the built-in one)."""
    merged: dict[str, Any] = {}
    for path in (builtin(BUILTIN_CUES), *user_files):
        merged.update(load_yaml(path) or {})
    modifiers = merged.get("unrealised_modifiers") or {}

    def words(values: Iterable[str] | None) -> frozenset[str]:
        return frozenset(str(v).lower() for v in values or ())

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
    )


def modality_of(frame: Frame, cues: ModalityCues) -> Modality:
    """The modality of one coded predicate."""
    own = _own_cues(frame, cues)
    if own is not None:
        return own
    token = frame.verb if frame.verb is not None else frame.anchor
    for _ in range(6):
        if token.dep_ not in GOVERNED_DEPS or token.head is token:
            return "asserted"
        dep, token = token.dep_, token.head
        governed = _governor_cue(token, dep, cues)
        if governed is not None:
            return governed
    return "asserted"


def _own_cues(frame: Frame, cues: ModalityCues) -> Modality | None:
    token = frame.verb if frame.verb is not None else frame.anchor
    words = {c.lower_: c for c in token.children}
    if any(c.dep_ == "neg" or c.lower_ in cues.negation and c.dep_ in ("neg", "advmod", "det")
           for c in token.children):
        return "negated"
    auxiliaries = {c.lower_ for c in token.children if c.dep_ in ("aux", "auxpass")}
    if auxiliaries & cues.future_auxiliaries:
        return "planned"
    if auxiliaries & cues.hypothetical_auxiliaries:
        return "hypothetical"
    if any(c.dep_ == "mark" and c.lower_ in cues.hypothetical_markers for c in token.children):
        return "hypothetical"
    purpose = "to" in words and words["to"].dep_ == "aux" and token.dep_ in ("advcl", "xcomp", "acl", "relcl")
    if purpose and not _is_cue(token.head, cues):
        return "planned"  # "met to strengthen ties": the aim, not a fact
    if frame.kind == "noun":
        modifiers = {c.lower_ for c in frame.anchor.children if c.dep_ in ("amod", "compound")}
        if modifiers & cues.planned_modifiers:
            return "planned"
        if modifiers & cues.threatened_modifiers:
            return "threatened"
    return None


def _governor_cue(governor: Any, dep: str, cues: ModalityCues) -> Modality | None:
    lemma = governor.lemma_.lower()
    if lemma in cues.threat_governors:
        return "threatened"
    if lemma in cues.demand_governors:
        return "demanded"
    if lemma in cues.denial and dep == "ccomp":
        return "negated"
    if lemma in cues.future_governors and dep in ("xcomp", "ccomp", "acomp"):
        return "planned"
    return None


def _is_cue(token: Any, cues: ModalityCues) -> bool:
    lemma = token.lemma_.lower()
    return lemma in cues.threat_governors | cues.demand_governors | cues.future_governors
