"""Mend the few misparses of the small English model that grammar alone rules out.

Every later stage reads the dependency tree, so a misattached clause misleads all of them at
once: in "The African Union urged both sides to exercise restraint and called for talks" the
parser hangs "called" under "to exercise", and the call for talks becomes part of what the
sides were urged to do, by the sides. A finite verb cannot share an infinitive's "to", so such
a conjunct belongs to the verb the infinitive hangs from, unless its past form is also its bare
form ("want to turn the page and put an end to it", where the tagger may call "put" past). Nor
can it share a gerund's preposition: in "accused Rwanda of violating its sovereignty and
recalled its ambassador" the recall is the government's act, not part of the charge. Nor can
it share a reported verb's "would": in "the general said the military would form a government
and urged citizens to stay calm" the general urged. Only
repairs that no reading of the sentence could contradict belong here.

In "it had scrambled jets, dispatched navy vessels…" the parser may read "had" as possession and
"scrambled" as an adjective of "jets"; a "have" with a subject right before a participle that
modifies the next noun is that participle's auxiliary.

In "Mondlane's lawyer Elvino Dias and party official Paulo Guambe" the parser may join the second
title to the first name and hang the second name on the first as an apposition; each name names
the title right before it, and the titles are the conjuncts.

A name followed by its own "and" cannot modify the titled name after it: in "accused Netanyahu
and Defence Minister Yoav Gallant" the parser may hang "Netanyahu" inside the minister's name;
the two are conjuncts.

Likewise a name set off by commas after a common noun, with no "and" or "or" anywhere in the
phrase, renames that noun: in "The union, the Korean Confederation of Trade Unions, called a
strike" the parser may make the name a conjunct, and two parties, the union and the
confederation, called the strike. Such a conjunct is an apposition. And a predicative noun
("called him a traitor") needs an object it is said of: in "the union called an indefinite
general strike", which the parser may read that way, it is the object.

In "Rebels attacked the base and soldiers killed ten of them" the parser may join "soldiers" to
"the base" and leave "killed" a second verb of the rebels, with no subject of its own. A noun
joined to a verb's object that stands right before a finite verb joined to that same verb is
that verb's subject: the rebels attacked the base, the soldiers killed ten. The parser may also
make such a pair the subject of a clause it hangs under the first verb ("protesters stormed
[parliament and police shot dead 22 people]"); under a verb of a deed, which takes no clause,
the first noun is its object and the second the subject of the joined verb (`is_deed`, from the
predicate lexicon; "said Israel and Hamas agreed" is left alone).

A verb joined after a comma to the verb of a clause of time ("China raised tariffs, hitting
back hours after Washington's levies took effect, and vowed to fight") may be hung on that
clause's verb, so the levies vow. With no subject of its own, it continues the sentence's main
clause, the first finite verb above the clause of time.

And a sentence cannot be a noun: in "The regional bloc ECOWAS condemned the coup" the parser
may make "bloc" the root and "ECOWAS condemned the coup" a clause describing it, as if a
reduced relative. A name right after the root noun, subject of such a clause, names that noun,
and the clause is the sentence.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from eventmill.language.tokens import TENSED_TAGS

# Tags of a finite verb that can only be coordinated with another finite verb.
FINITE_TAGS = frozenset({"VBD", "VBZ"})
# Links by which an infinitive hangs from the verb that governs it.
INFINITIVE_LINKS = frozenset({"xcomp", "advcl", "ccomp"})
# Words that open a clause of time, which a sentence's main verb does not continue.
TIME_MARKERS = frozenset({"after", "before", "since", "until", "when", "as"})
# Tags of a proper name, which a comma-set phrase after a common noun renames it by.
PROPER_TAGS = frozenset({"NNP", "NNPS"})
# What a predicative noun may be said of: an object, or the subject of a passive ("was called a traitor").
PREDICATED_DEPS = frozenset({"dobj", "dative", "nsubjpass", "auxpass", "ccomp"})


def mend(doc: Any, is_deed: Callable[[str], bool] = lambda lemma: False) -> Any:
    """Re-attach finite verbs the parser coordinated with a to-infinitive, and relabel names it
    coordinated with the noun they rename; returns `doc`. `is_deed` says whether a verb lemma
    names a deed, which takes an object and no clause."""
    for verb, infinitive in [(t, t.head) for t in doc if _finite_conjunct_of_infinitive(t)]:
        _rehang(verb, infinitive, infinitive.head)
    for verb, gerund in [(t, t.head) for t in doc if _finite_conjunct_of_gerund(t)]:
        _rehang(verb, gerund, gerund.head.head)
    for verb, foretold in [(t, t.head) for t in doc if _past_conjunct_of_a_foretold_verb(t)]:
        _rehang(verb, foretold, foretold.head)
    for first in [t for t in doc if _conjunct_read_as_modifier(t)]:
        name = _phrase_head(first)
        first.head, first.dep_ = (name.head if name.head != name else first), name.dep_
        name.head, name.dep_ = first, "conj"
    for have in [t for t in doc if _participle_read_as_adjective(t)]:
        participle = doc[have.i + 1]
        noun = participle.head
        clause = noun.head if noun.dep_ == "nsubj" else have  # the verb whose place the participle takes
        participle.head, participle.dep_ = (clause.head if clause.head != clause else participle), clause.dep_
        for child in [c for c in have.children if c not in (noun, participle)]:
            child.head = participle  # its subject, "since Saturday"
        if clause is not have:
            for child in [c for c in clause.children if c.dep_ == "mark"]:
                child.head = participle
            clause.head, clause.dep_ = participle, "conj"
        have.head, have.dep_ = participle, "aux"
        noun.head, noun.dep_ = participle, "dobj"
    for name in [t for t in doc if _name_of_a_titled_conjunct(t)]:
        first = name.head
        title = next(c for c in first.children if c.dep_ == "conj" and c.pos_ == "NOUN" and c.i < name.i)
        name.head = title
        if first.dep_ == "appos":  # "lawyer Elvino Dias and party official …": the titles are the conjuncts
            joining = [c for c in first.children if c.dep_ == "cc" and c.i < title.i]
            title.head = first.head
            for word in joining:
                word.head = first.head
    for name in [t for t in doc if _apposition_read_as_conjunct(t)]:
        name.dep_ = "appos"
    for noun in [t for t in doc if _object_read_as_predicative(t)]:
        noun.dep_ = "dobj"
    for subject, verb in [(t, t.doc[t.right_edge.i + 1]) for t in doc if _subject_read_as_object_conjunct(t)]:
        joining = [c for c in subject.head.children if c.dep_ == "cc" and c.i < subject.i]
        subject.head, subject.dep_ = verb, "nsubj"
        if joining:
            joining[-1].head = verb.head
    for clause in [t for t in doc if _clause_read_under_a_deed(t, is_deed)]:
        obj = next(c for c in clause.children if c.dep_ == "nsubj")
        subject = next(c for c in obj.children if c.dep_ == "conj")
        joining = [c for c in obj.children if c.dep_ == "cc"]
        obj.head, obj.dep_ = clause.head, "dobj"
        subject.head, subject.dep_ = clause, "nsubj"
        clause.dep_ = "conj"
        for word in joining:
            word.head = clause.head
    for verb, main in [(t, _main_verb_above(t.head)) for t in doc if _conjunct_of_a_clause_of_time(t)]:
        if main is not None:
            _rehang(verb, verb.head, main)
    for verb, name in [(t.head, t) for t in doc if _name_read_as_relative_subject(t)]:
        noun = verb.head
        verb.head, verb.dep_ = verb, "ROOT"
        noun.head, noun.dep_ = verb, "nsubj"
        name.head, name.dep_ = noun, "appos"
    return doc


def _rehang(verb: Any, joined_to: Any, governor: Any) -> None:
    """Hang a verb the parser joined to `joined_to` on `governor` instead, with the "and" before it."""
    joining = [c for c in joined_to.children if c.dep_ == "cc" and c.i < verb.i]
    verb.head = governor
    if joining:
        joining[-1].head = governor


def _finite_conjunct_of_infinitive(token: Any) -> bool:
    infinitive = token.head
    return (token.dep_ == "conj" and token.tag_ in FINITE_TAGS and token.lower_ != token.lemma_.lower()
            and infinitive.tag_ == "VB"
            and infinitive.dep_ in INFINITIVE_LINKS and infinitive.head != infinitive
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in infinitive.children)
            and not any(c.dep_ in ("nsubj", "nsubjpass") for c in token.children))


def _finite_conjunct_of_gerund(token: Any) -> bool:
    """A past or present-tense verb hung as a conjunct of a gerund in a prepositional phrase:
    "accused Rwanda of violating its sovereignty and recalled its ambassador" (the government
    recalled him; the recall is no part of the charge)."""
    gerund = token.head
    return (token.dep_ == "conj" and token.tag_ in FINITE_TAGS and token.lower_ != token.lemma_.lower()
            and gerund.tag_ == "VBG" and gerund.dep_ == "pcomp" and gerund.head.dep_ == "prep"
            and gerund.head.head.pos_ in ("VERB", "AUX")
            and not any(c.dep_ in ("nsubj", "nsubjpass") for c in token.children))


def _past_conjunct_of_a_foretold_verb(token: Any) -> bool:
    """A past-tense verb hung as a conjunct of a reported verb with "would" or "will": "the general
    said the military would form a government and urged citizens to stay calm" (the general
    urged them; a past tense cannot share the modal)."""
    foretold = token.head
    return (token.dep_ == "conj" and token.tag_ == "VBD" and token.lower_ != token.lemma_.lower()
            and foretold.dep_ == "ccomp" and foretold.head.pos_ == "VERB"
            and any(c.dep_ == "aux" and c.tag_ == "MD" for c in foretold.children)
            and not any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in token.children))


def _conjunct_read_as_modifier(token: Any) -> bool:
    """A name with its own "and" hung as a modifier inside the titled name after it: "accused
    Netanyahu and Defence Minister Yoav Gallant" read as one minister whom "Netanyahu" modifies."""
    if token.dep_ not in ("nmod", "compound") or token.tag_ not in PROPER_TAGS or token.i > token.head.i:
        return False
    name = _phrase_head(token)
    return (any(c.dep_ == "cc" and c.i > token.i for c in token.children)
            and not any(c.dep_ == "conj" for c in token.children)
            and name.tag_ in PROPER_TAGS and name != token)


def _phrase_head(token: Any) -> Any:
    """The noun a chain of name modifiers ends in ("Gallant" of "Defence Minister Yoav Gallant")."""
    while token.dep_ in ("nmod", "compound") and token.head != token:
        token = token.head
    return token


def _participle_read_as_adjective(have: Any) -> bool:
    """"It had scrambled jets, dispatched navy vessels…": "had" read as the verb of possession with
    "scrambled" an adjective of "jets" (the parser may even make "jets" the subject of
    "dispatched"). A form of "have" with a subject of its own, right before a participle that
    modifies the noun right after it, is that participle's auxiliary."""
    if have.lemma_.lower() != "have" or have.dep_ == "aux" or have.i + 2 >= len(have.doc):
        return False
    participle, noun = have.doc[have.i + 1], have.doc[have.i + 2]
    if participle.tag_ != "VBN" or participle.dep_ != "amod" or participle.head != noun or noun.pos_ != "NOUN":
        return False
    if not any(c.dep_ == "nsubj" for c in have.children):
        return False
    owned = noun.dep_ == "dobj" and noun.head == have
    misread_subject = (noun.dep_ == "nsubj" and noun.head.i > noun.i and noun.head.pos_ == "VERB"
                       and have.head == noun.head and have.dep_ == "advcl")
    return owned or misread_subject


def _name_of_a_titled_conjunct(token: Any) -> bool:
    """"Mondlane's lawyer Elvino Dias and party official Paulo Guambe": the second name, hung as an
    apposition of the first, names the title right before it, which is the first title's conjunct."""
    first = token.head
    if token.dep_ != "appos" or token.tag_ not in PROPER_TAGS or first.tag_ not in PROPER_TAGS:
        return False
    title = next((c for c in first.children if c.dep_ == "conj" and c.pos_ == "NOUN" and c.i < token.i), None)
    return title is not None and title.right_edge.i + 1 == token.left_edge.i


def _apposition_read_as_conjunct(token: Any) -> bool:
    """A proper name hung as the only conjunct of a common noun, set off by commas on both sides
    with no coordinating word in the phrase: "the union, the Korean Confederation of Trade Unions,"."""
    noun = token.head
    if token.dep_ != "conj" or token.tag_ not in PROPER_TAGS or noun.pos_ != "NOUN" or noun.i >= token.i:
        return False
    members = [noun, *noun.conjuncts]
    if len(members) != 2 or any(c.dep_ in ("cc", "preconj") for m in members for c in m.children):
        return False
    doc = token.doc
    own_end = max([noun.i, *(c.right_edge.i for c in noun.children if c.dep_ not in ("conj", "punct") and c.i < token.i)])
    comma, after = own_end + 1, token.right_edge.i + 1
    return token.left_edge.i == comma + 1 and doc[comma].text == "," and after < len(doc) and doc[after].text == ","


def _object_read_as_predicative(token: Any) -> bool:
    """A determined noun hung as the predicative of an active verb that has no object to say it of."""
    verb = token.head
    return (token.dep_ == "oprd" and token.pos_ == "NOUN" and any(c.dep_ == "det" for c in token.children)
            and verb.pos_ == "VERB" and not any(c.dep_ in PREDICATED_DEPS for c in verb.children))


def _name_read_as_relative_subject(token: Any) -> bool:
    """A proper name right after a root noun, subject of a finite clause the parser hung on that
    noun as a relative one: "The regional bloc ECOWAS condemned the coup"."""
    verb = token.head
    noun = verb.head
    acronym = token.text.isupper() and len(token) > 1 and not noun.text.isupper()  # tagged anything, even a verb
    return (token.dep_ == "nsubj" and (token.tag_ in PROPER_TAGS or acronym)
            and verb.dep_ == "relcl" and verb.tag_ in TENSED_TAGS and verb.i > token.i
            and noun.dep_ == "ROOT" and noun.pos_ == "NOUN" and token.left_edge.i == noun.i + 1)


def _subject_read_as_object_conjunct(token: Any) -> bool:
    """A noun joined by "and" to a verb's object, right before a finite verb joined to that verb
    with no subject of its own: "attacked the base and soldiers killed ten"."""
    obj = token.head
    if token.dep_ != "conj" or obj.dep_ != "dobj" or token.right_edge.i + 1 >= len(token.doc):
        return False
    verb = token.doc[token.right_edge.i + 1]
    return (verb.dep_ == "conj" and verb.head == obj.head and verb.tag_ in TENSED_TAGS
            and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
            and any(c.dep_ == "cc" and obj.i < c.i < token.i for c in obj.children))


def _clause_read_under_a_deed(token: Any, is_deed: Callable[[str], bool]) -> bool:
    """A clause hung under a verb of a deed that has no object, whose subject is two nouns joined
    by "and", the second right before the clause's verb: "stormed [parliament and police shot]"."""
    deed = token.head
    if token.dep_ != "ccomp" or token.tag_ not in TENSED_TAGS or not is_deed(deed.lemma_.lower()):
        return False
    if any(c.dep_ == "dobj" for c in deed.children) or any(c.dep_ == "mark" for c in token.children):
        return False
    subjects = [c for c in token.children if c.dep_ == "nsubj" and deed.i < c.i < token.i]
    if len(subjects) != 1:
        return False
    obj = subjects[0]
    pairs = [c for c in obj.children if c.dep_ == "conj"]
    return (len(pairs) == 1 and pairs[0].right_edge.i + 1 == token.i
            and any(c.dep_ == "cc" and obj.i < c.i < pairs[0].i for c in obj.children))


def _conjunct_of_a_clause_of_time(token: Any) -> bool:
    """A finite verb with no subject, joined after ", and" to the verb of a clause of time."""
    clause = token.head
    if token.dep_ != "conj" or token.tag_ not in FINITE_TAGS or any(c.dep_ in ("nsubj", "nsubjpass")
                                                                      for c in token.children):
        return False
    if clause.dep_ != "advcl" or not any(c.dep_ == "mark" and c.lower_ in TIME_MARKERS for c in clause.children):
        return False
    joining = [c for c in clause.children if c.dep_ == "cc" and clause.i < c.i < token.i]
    return bool(joining) and joining[-1].i > 0 and token.doc[joining[-1].i - 1].text == ","


def _main_verb_above(clause: Any) -> Any | None:
    """The first finite verb above a clause of time, outside any other clause of time."""
    verb = clause.head
    while verb.head != verb and (verb.tag_ not in TENSED_TAGS or verb.dep_ == "advcl" and any(
            c.dep_ == "mark" for c in verb.children)):
        verb = verb.head
    return verb if verb.tag_ in TENSED_TAGS else None
