"""Read killed, injured and arrested counts from the clause of an event.

"killing around 266 Palestinians" → 266 fatalities; "six soldiers and thirty-four militiamen
were killed" → 40; "33 others were wounded" → 33 injuries. Which predicates report which count,
and the number words, are data (`data/events/counts.yaml`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from eventmill.data_files import builtin, load_yaml
from eventmill.model import Counts

BUILTIN_COUNTS = "events/counts.yaml"
VICTIM_DEPS = frozenset({"dobj", "nsubjpass"})
# Clause links through which a casualty clause still belongs to the event above it.
CLAUSE_DEPS = frozenset({"advcl", "conj", "xcomp", "ccomp", "relcl", "acl", "dobj", "nsubj", "nsubjpass", "prep", "pobj"})
_DIGITS = re.compile(r"^\d{1,3}(?:,\d{3})+$|^\d+(?:\.\d+)?$")


@dataclass(frozen=True)
class CountLexicon:
    """Casualty predicates and the number words used to read figures."""

    predicates: dict[str, str]
    number_words: dict[str, int]
    multipliers: dict[str, int]


def load_count_lexicon(user_files: Iterable[Path] = ()) -> CountLexicon:
    predicates: dict[str, str] = {}
    words: dict[str, int] = {}
    multipliers: dict[str, int] = {}
    for path in (builtin(BUILTIN_COUNTS), *user_files):
        raw = load_yaml(path) or {}
        predicates.update({str(k).lower(): str(v) for k, v in (raw.get("predicates") or {}).items()})
        words.update({str(k).lower(): int(v) for k, v in (raw.get("number_words") or {}).items()})
        multipliers.update({str(k).lower(): int(v) for k, v in (raw.get("multipliers") or {}).items()})
    return CountLexicon(predicates, words, multipliers)


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
    """Counts reported by the casualty clauses at or below an event's predicate."""
    found: dict[str, int] = {}
    for token in _clause_tokens(anchor):
        kind = lexicon.predicates.get(token.lemma_.lower())
        if kind is None or token.pos_ not in ("VERB", "ADJ"):
            continue
        figure = _victim_figure(token, lexicon)
        if figure:
            found[kind] = max(found.get(kind, 0), figure)
    return Counts(found.get("fatalities"), found.get("injuries"), found.get("arrests"))


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
    if predicate.lemma_.lower() == "die":
        victims += [c for c in predicate.children if c.dep_ == "nsubj"]
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
        singular = noun.tag_ in ("NN", "NNP") and any(c.lower_ in ("a", "an") for c in noun.children)
        return 1 if singular else None
    number = numbers[0]
    words = [t.text for t in number.subtree if t.pos_ == "NUM" or t.lower_ in lexicon.number_words]
    return parse_number(words or [number.text], lexicon)
