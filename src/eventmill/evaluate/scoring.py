"""Score event records against gold annotations, by the matching rules of the team's scorer.

Gold documents carry events with a type, actor and recipient (a name, aliases, country),
optional attributes, `required` (optional gold events absorb predictions without counting as
misses) and `modality` (only asserted gold events are matched, and only asserted predictions
are scored). Two tiers: `type` pairs a prediction with a gold event of the same type in the
same document; `full` also needs both sides compatible (a name whose words contain, or are
contained in, the other's, or the same country code; meetings and agreements either way
round). Pairs are a maximum bipartite matching, required gold first, preferring pairs that
agree on date, place, casualties and evidence. A document's `scope` limits which predictions
count. The numbers agree with `../shared/tools/score.py` (a test checks it).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

TIERS = ("type", "full")
# Words a name match ignores.
NAME_STOPWORDS = frozenset({"the", "a", "an", "of", "and", "'s", "s", "mr", "mrs", "ms", "dr"})
# Types whose two sides may be given either way round.
SYMMETRIC_TYPES = frozenset({"CONSULT", "AGREE", "COOPERATE"})
MISSED = "—"  # the confusion matrix's row or column for no event

Record = Mapping[str, Any]


@dataclass(frozen=True)
class Tally:
    """True positives, false positives and false negatives, and the measures they give."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def __add__(self, other: Tally) -> Tally:
        return Tally(self.tp + other.tp, self.fp + other.fp, self.fn + other.fn)


@dataclass(frozen=True)
class TierScore:
    """One tier's totals, per-type counts and (full tier) attribute accuracies over matched pairs."""

    counts: Tally
    per_type: dict[str, Tally]
    attributes: dict[str, tuple[int, int]]  # name -> (right, scored)

    def accuracy(self, attribute: str) -> float | None:
        right, scored = self.attributes.get(attribute, (0, 0))
        return right / scored if scored else None


@dataclass(frozen=True)
class DocumentScore:
    doc_id: str
    full: Tally


@dataclass(frozen=True)
class Evaluation:
    """Both tiers, the type confusion matrix (gold type → predicted type) and per-document scores."""

    tiers: dict[str, TierScore]
    confusion: dict[tuple[str, str], int]
    documents: list[DocumentScore] = field(default_factory=list)

    def worst(self, count: int) -> list[DocumentScore]:
        """The documents with the most full-tier errors, the most first."""
        ranked = sorted(self.documents, key=lambda d: (-(d.full.fp + d.full.fn), d.doc_id))
        return [d for d in ranked[:count] if d.full.fp + d.full.fn]


def evaluate(gold: Iterable[Record], predictions: Iterable[Record]) -> Evaluation:
    """Score predicted event records (the JSON contract) against gold documents."""
    by_doc: dict[str, list[Record]] = {}
    for record in predictions:
        if record.get("modality", "asserted") in ("asserted", None):
            by_doc.setdefault(str(record.get("doc_id")), []).append(record)
    totals = {tier: Tally() for tier in TIERS}
    per_type: dict[str, dict[str, Tally]] = {tier: {} for tier in TIERS}
    attributes: dict[str, list[int]] = {}
    confusion: Counter[tuple[str, str]] = Counter()
    documents = []
    for document in gold:
        golds = [g for g in document.get("events", []) if g.get("modality", "asserted") == "asserted"]
        predicted = in_scope(document.get("scope"), by_doc.get(str(document["doc_id"]), []))
        for tier in TIERS:
            pairs = match(golds, predicted, tier)
            counts, types = _tally(golds, predicted, pairs)
            totals[tier] += counts
            for event_type, typed in types.items():
                per_type[tier][event_type] = per_type[tier].get(event_type, Tally()) + typed
            if tier == "full":
                documents.append(DocumentScore(str(document["doc_id"]), counts))
                for name, right in _attribute_checks(golds, predicted, pairs):
                    tally = attributes.setdefault(name, [0, 0])
                    tally[0] += right
                    tally[1] += 1
            else:
                confusion.update(_confusions(golds, predicted, pairs))
    scored = {name: (right, total) for name, (right, total) in attributes.items()}
    tiers = {tier: TierScore(totals[tier], dict(sorted(per_type[tier].items())), scored if tier == "full" else {})
             for tier in TIERS}
    return Evaluation(tiers, dict(confusion), documents)


def tokens(name: str | None) -> set[str]:
    return {w for w in re.findall(r"[a-z0-9]+", (name or "").lower()) if w not in NAME_STOPWORDS}


def as_list(value: Any) -> list[Any]:
    if value is None or value == "" or value == []:
        return []
    return value if isinstance(value, list) else [value]


def actor_ok(gold: Any, predicted: Record | None) -> bool:
    """Whether a predicted actor is compatible with a gold one (or any of a gold list)."""
    golds = as_list(gold)
    if not golds:
        return True
    if not predicted:
        return False
    words = tokens(predicted.get("name"))
    country = (predicted.get("country") or "").upper()
    for candidate in golds:
        for name in [candidate.get("name"), *(candidate.get("aliases") or [])]:
            named = tokens(name)
            if named and words and (named <= words or words <= named):
                return True
        gold_country = (candidate.get("country") or "").upper()
        if gold_country and country and gold_country == country:
            return True
    return False


def side(record: Record, which: str) -> Any:
    """A record's actor or recipient; CAMEO's names (source, target) are read too."""
    other = {"actor": "source", "recipient": "target"}[which]
    return record.get(which) if which in record else record.get(other)


def compatible(gold: Record, predicted: Record, tier: str) -> bool:
    if gold["type"] != predicted.get("type"):
        return False
    if tier == "type":
        return True
    actor, recipient = side(predicted, "actor"), side(predicted, "recipient")
    gold_actor, gold_recipient = side(gold, "actor"), side(gold, "recipient")
    if actor_ok(gold_actor, actor) and actor_ok(gold_recipient, recipient):
        return True
    either_way = gold.get("symmetric") or gold["type"] in SYMMETRIC_TYPES
    return bool(either_way and actor_ok(gold_actor, recipient) and actor_ok(gold_recipient, actor))


def match(golds: Sequence[Record], predicted: Sequence[Record], tier: str) -> dict[int, int]:
    """Gold index → prediction index: a maximum matching by augmenting paths, required gold first."""
    order = sorted(range(len(golds)), key=lambda i: 0 if golds[i].get("required", True) else 1)
    owner: dict[int, int] = {}

    def augment(g: int, seen: set[int]) -> bool:
        for p in sorted(range(len(predicted)), key=lambda p: -affinity(golds[g], predicted[p])):
            if p in seen or not compatible(golds[g], predicted[p], tier):
                continue
            seen.add(p)
            if p not in owner or augment(owner[p], seen):
                owner[p] = g
                return True
        return False

    for g in order:
        augment(g, set())
    return {g: p for p, g in owner.items()}


def affinity(gold: Record, predicted: Record) -> float:
    """How well a compatible pair agrees beyond type; the matching prefers the closest pairs."""
    score = 1.0 if date_ok(gold.get("date"), predicted.get("date")) else 0.0
    place = (gold.get("location") or {}).get("country")
    if place and (predicted.get("location") or {}).get("country") == place:
        score += 0.5
    if gold.get("fatalities") is not None and predicted.get("fatalities") == gold.get("fatalities"):
        score += 0.5
    evidence, sentence = gold.get("evidence"), _sentence(predicted)
    if evidence and sentence and (evidence in sentence or sentence in evidence):
        score += 1
    return score


def _sentence(predicted: Record) -> str | None:
    """The sentence a prediction's evidence gives, if it gives one."""
    told = predicted.get("evidence")
    return told.get("sentence") if isinstance(told, dict) else None


def date_ok(gold: str | None, predicted: str | None) -> bool | None:
    """Whether a predicted date agrees at the gold's precision; None when the gold has no date."""
    if not gold:
        return None
    if not predicted:
        return False
    return predicted[: len(gold)] == gold and len(predicted) >= len(gold)


def in_scope(scope: Mapping[str, Any] | None, predicted: list[Record]) -> list[Record]:
    """The predictions a document's annotators coded: of its types, by actors its pattern names."""
    if not scope:
        return predicted
    types = scope.get("types")
    pattern = re.compile(scope["actor_regex"], re.IGNORECASE) if scope.get("actor_regex") else None
    kept = []
    for record in predicted:
        if types and record.get("type") not in types:
            continue
        if pattern:
            actor = side(record, "actor") or {}
            if not pattern.search(" ".join(str(actor.get(k) or "") for k in ("name", "sector", "role"))):
                continue
        kept.append(record)
    return kept


def _tally(golds: Sequence[Record], predicted: Sequence[Record],
           pairs: dict[int, int]) -> tuple[Tally, dict[str, Tally]]:
    types: dict[str, Tally] = {}

    def add(event_type: str, counts: Tally) -> None:
        types[event_type] = types.get(event_type, Tally()) + counts

    tp = fn = 0
    for g, gold in enumerate(golds):
        if not gold.get("required", True):
            continue
        if g in pairs:
            tp += 1
            add(gold["type"], Tally(tp=1))
        else:
            fn += 1
            add(gold["type"], Tally(fn=1))
    matched = set(pairs.values())
    unmatched = [p for p in range(len(predicted)) if p not in matched]
    for p in unmatched:
        add(str(predicted[p].get("type")), Tally(fp=1))
    return Tally(tp, len(unmatched), fn), types


AttributeCheck = Callable[[Record, Record], "bool | None"]


def _mode_ok(gold: Record, predicted: Record) -> bool | None:
    if not gold.get("mode"):
        return None
    return gold["mode"] in as_list(predicted.get("mode"))


def _place_ok(gold: Record, predicted: Record) -> bool | None:
    country = (gold.get("location") or {}).get("country")
    return None if not country else (predicted.get("location") or {}).get("country") == country


def _fatalities_ok(gold: Record, predicted: Record) -> bool | None:
    return None if gold.get("fatalities") is None else predicted.get("fatalities") == gold["fatalities"]


ATTRIBUTE_CHECKS: dict[str, AttributeCheck] = {
    "date": lambda gold, predicted: date_ok(gold.get("date"), predicted.get("date")),
    "location_country": _place_ok,
    "fatalities": _fatalities_ok,
    "mode": _mode_ok,
}


def _attribute_checks(golds: Sequence[Record], predicted: Sequence[Record],
                      pairs: dict[int, int]) -> Iterable[tuple[str, bool]]:
    """(attribute, right) for each matched pair and each attribute its gold event gives."""
    for g, p in pairs.items():
        for name, check in ATTRIBUTE_CHECKS.items():
            right = check(golds[g], predicted[p])
            if right is not None:
                yield name, right


def _confusions(golds: Sequence[Record], predicted: Sequence[Record],
                pairs: dict[int, int]) -> Iterable[tuple[str, str]]:
    """(gold type, predicted type) for every required gold event and every unmatched prediction.

    A gold event unmatched by type is set against the first prediction told in the same
    sentence (its evidence inside ours), so that the matrix shows which type was coded instead.
    """
    used = set(pairs.values())
    for g, gold in enumerate(golds):
        if g in pairs:
            if gold.get("required", True):
                yield gold["type"], gold["type"]
            continue
        if not gold.get("required", True):
            continue
        instead = next((p for p in range(len(predicted)) if p not in used
                        and _same_sentence(gold, predicted[p])), None)
        if instead is None:
            yield gold["type"], MISSED
        else:
            used.add(instead)
            yield gold["type"], str(predicted[instead].get("type"))
    for p in range(len(predicted)):
        if p not in used:
            yield MISSED, str(predicted[p].get("type"))


def _same_sentence(gold: Record, predicted: Record) -> bool:
    evidence, sentence = gold.get("evidence"), _sentence(predicted)
    return bool(evidence and sentence and evidence in sentence)
