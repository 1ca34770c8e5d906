"""Read killed, injured and arrested counts from the clause of an event.

"killing around 266 Palestinians" → 266 fatalities; "six soldiers and thirty-four militiamen
were killed" → 40; "33 others were wounded" → 33 injuries; "5 soldiers killed" and "one dead
terrorist" (a reduced clause on the victims); "left 5 people dead"; "the death toll rose to 40";
a named victim ("Mayor Torrado was killed") is one; "no casualties" is zero. An event noun that
is the subject of a clause ("the attack killed 3", "the blast left 5 dead") reads that clause.
Which predicates report which count, toll nouns, and the number words are data
(`data/events/counts.yaml`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from eventmill.data_files import builtin, load_yaml
from eventmill.model import Counts

BUILTIN_COUNTS = "events/counts.yaml"
VICTIM_DEPS = frozenset({"dobj", "nsubjpass"})
# Clause links through which a casualty clause still belongs to the event above it.
CLAUSE_DEPS = frozenset({"advcl", "conj", "xcomp", "ccomp", "relcl", "acl", "dobj", "nsubj", "nsubjpass", "prep", "pobj",
                         "oprd", "amod"})
_DIGITS = re.compile(r"^\d{1,3}(?:,\d{3})+$|^\d+(?:\.\d+)?$")


@dataclass(frozen=True)
class CountLexicon:
    """Casualty predicates and the number words used to read figures."""

    predicates: dict[str, str]
    number_words: dict[str, int]
    multipliers: dict[str, int]
    tolls: dict[str, str] = field(default_factory=dict)
    none_nouns: frozenset[str] = frozenset()


def load_count_lexicon(user_files: Iterable[Path] = ()) -> CountLexicon:
    predicates: dict[str, str] = {}
    words: dict[str, int] = {}
    multipliers: dict[str, int] = {}
    tolls: dict[str, str] = {}
    none_nouns: set[str] = set()
    for path in (builtin(BUILTIN_COUNTS), *user_files):
        raw = load_yaml(path) or {}
        tolls.update({str(k).lower(): str(v) for k, v in (raw.get("tolls") or {}).items()})
        none_nouns.update(str(w).lower() for w in raw.get("none_nouns") or ())
        predicates.update({str(k).lower(): str(v) for k, v in (raw.get("predicates") or {}).items()})
        words.update({str(k).lower(): int(v) for k, v in (raw.get("number_words") or {}).items()})
        multipliers.update({str(k).lower(): int(v) for k, v in (raw.get("multipliers") or {}).items()})
    return CountLexicon(predicates, words, multipliers, tolls, frozenset(none_nouns))


def parse_number(words: Iterable[str], lexicon: CountLexicon) -> int | None:
    """The value of a written figure: "266", "14,000", "thirty-four", "a dozen", "1.2 million"."""
    total = 0
    current: float | None = None
    for word in words:
        for part in word.lower().split("-"):
            if _DIGITS.match(part):
                current = (current or 0) + float(part.replace(",", ""))
            elif part in lexicon.multipliers:
                current = (current or 1) * lexicon.multipliers[part]
                if lexicon.multipliers[part] >= 1000:
                    total += int(current)
                    current = None
            elif part in lexicon.number_words:
                current = (current or 0) + lexicon.number_words[part]
    value = total + int(current or 0)
    return value or None


def count_event(anchor: Any, lexicon: CountLexicon) -> Counts:
    """Counts reported by the casualty clauses at or below an event's predicate.

    An event noun that is the subject of a clause ("the attack killed 3") also reads that
    clause. A figure found wins over "no casualties", which only gives zero when nothing else
    is reported.
    """
    found: dict[str, int] = {}
    tokens = _clause_tokens(anchor)
    if anchor.pos_ in ("NOUN", "PROPN") and anchor.dep_ in ("nsubj", "nsubjpass") and anchor.head is not anchor:
        tokens += [t for t in _clause_tokens(anchor.head) if t.i != anchor.i and t not in anchor.subtree]
    none_reported = False
    for token in tokens:
        kind = lexicon.predicates.get(token.lemma_.lower())
        if kind is not None and token.pos_ in ("VERB", "ADJ"):
            figure = _victim_figure(token, lexicon)
        elif token.lemma_.lower() in lexicon.tolls:
            kind, figure = lexicon.tolls[token.lemma_.lower()], _toll_figure(token, lexicon)
        else:
            none_reported = none_reported or _says_none(token, lexicon)
            continue
        if figure:
            found[kind] = max(found.get(kind, 0), figure)
    if none_reported:
        found.setdefault("fatalities", 0)
    return Counts(found.get("fatalities"), found.get("injuries"), found.get("arrests"))


def _says_none(token: Any, lexicon: CountLexicon) -> bool:
    """ "no casualties", "did not cause any casualties", "without casualties"."""
    if token.lemma_.lower() not in lexicon.none_nouns:
        return False
    determiners = {c.lower_ for c in token.children}
    if "no" in determiners or token.head.lower_ == "without":
        return True
    head = token.head.head if token.dep_ == "pobj" else token.head
    return "any" in determiners and any(c.dep_ == "neg" for c in head.children)


def _toll_figure(toll: Any, lexicon: CountLexicon) -> int | None:
    """The figure a toll noun reaches: "the death toll rose to 40", "the toll is 12"."""
    verb = toll.head
    if toll.dep_ not in ("nsubj", "nsubjpass") or verb is toll:
        return None
    for child in verb.children:
        if child.dep_ in ("dobj", "attr") and child.pos_ == "NUM":
            return parse_number([child.text], lexicon)
        if child.dep_ == "prep" and child.lower_ in ("to", "at"):
            number = next((g for g in child.children if g.dep_ == "pobj" and g.pos_ == "NUM"), None)
            if number is not None:
                return parse_number([number.text], lexicon)
    return None


def _clause_tokens(anchor: Any) -> list[Any]:
    tokens = [anchor]
    stack = list(anchor.children)
    while stack:
        token = stack.pop()
        if token.dep_ in CLAUSE_DEPS:
            tokens.append(token)
            stack.extend(token.children)
    return tokens


def _victim_figure(predicate: Any, lexicon: CountLexicon) -> int | None:
    victims = [c for c in predicate.children if c.dep_ in VICTIM_DEPS]
    if predicate.lemma_.lower() == "die" or predicate.pos_ == "ADJ":
        victims += [c for c in predicate.children if c.dep_ == "nsubj"]
    else:
        victims += [c for c in predicate.children if c.dep_ == "nsubj" and c.pos_ == "NUM"]  # "10 wounded"
    if predicate.dep_ in ("acl", "amod") and predicate.head.pos_ in ("NOUN", "PROPN", "NUM"):
        victims.append(predicate.head)  # "5 soldiers killed", "one dead terrorist"
    if predicate.dep_ in ("oprd", "xcomp", "ccomp") and predicate.head.lemma_.lower() == "leave":
        victims += [c for c in predicate.head.children if c.dep_ == "dobj"]  # "left 5 people dead"
    total = 0
    for victim in victims:
        for person in [victim, *victim.conjuncts]:
            total += _figure(person, lexicon) or 0
    return total or None


def _figure(noun: Any, lexicon: CountLexicon) -> int | None:
    if noun.pos_ == "NUM":
        return parse_number([noun.text], lexicon)
    numbers = [c for c in noun.children if c.dep_ == "nummod"]
    if not numbers:
        if noun.tag_ == "NNP" and noun.ent_type_ in ("PERSON", ""):
            return 1  # a named victim: "Mayor Torrado was killed"
        singular = noun.tag_ in ("NN", "NNP") and any(c.lower_ in ("a", "an") for c in noun.children)
        return 1 if singular else None
    number = numbers[0]
    words = [t.text for t in number.subtree if t.pos_ == "NUM" or t.lower_ in lexicon.number_words]
    return parse_number(words or [number.text], lexicon)
