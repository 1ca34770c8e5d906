"""Mend the few misparses of the small English model that grammar alone rules out.

Every later stage reads the dependency tree, so a misattached clause misleads all of them at
once: in "The African Union urged both sides to exercise restraint and called for talks" the
parser hangs "called" under "to exercise", and the call for talks becomes part of what the
sides were urged to do, by the sides. A finite verb cannot share an infinitive's "to", so such
a conjunct belongs to the verb the infinitive hangs from, unless its past form is also its bare
form ("want to turn the page and put an end to it", where the tagger may call "put" past). Only
repairs that no reading of the sentence could contradict belong here.
"""

from __future__ import annotations

from typing import Any

# Tags of a finite verb that can only be coordinated with another finite verb.
FINITE_TAGS = frozenset({"VBD", "VBZ"})
# Links by which an infinitive hangs from the verb that governs it.
INFINITIVE_LINKS = frozenset({"xcomp", "advcl", "ccomp"})


def mend(doc: Any) -> Any:
    """Re-attach finite verbs the parser coordinated with a to-infinitive; returns `doc`."""
    for verb, infinitive in [(t, t.head) for t in doc if _finite_conjunct_of_infinitive(t)]:
        governor = infinitive.head
        joining = [c for c in infinitive.children if c.dep_ == "cc" and c.i < verb.i]
        verb.head = governor
        if joining:
            joining[-1].head = governor
    return doc


def _finite_conjunct_of_infinitive(token: Any) -> bool:
    infinitive = token.head
    return (token.dep_ == "conj" and token.tag_ in FINITE_TAGS and token.lower_ != token.lemma_.lower()
            and infinitive.tag_ == "VB"
            and infinitive.dep_ in INFINITIVE_LINKS and infinitive.head != infinitive
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in infinitive.children)
            and not any(c.dep_ in ("nsubj", "nsubjpass") for c in token.children))
