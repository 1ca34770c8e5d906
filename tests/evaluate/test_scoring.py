"""evaluate/scoring.py on gold documents and predictions written for these tests."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from eventmill.evaluate.scoring import MISSED, Tally, evaluate

SCORER = Path(__file__).resolve().parents[3] / "shared" / "tools" / "score.py"


def _actor(name: str, country: str | None = None) -> dict[str, Any]:
    return {"name": name, "country": country}


def _gold(doc_id: str, *events: dict[str, Any], scope: dict[str, Any] | None = None) -> dict[str, Any]:
    document: dict[str, Any] = {"doc_id": doc_id, "date": "2022-03-02", "text": "…", "events": list(events)}
    if scope:
        document["scope"] = scope
    return document


def _event(event_type: str, actor: Any, recipient: Any = None, **extra: Any) -> dict[str, Any]:
    return {"type": event_type, "actor": actor, "recipient": recipient, **extra}


def _predicted(doc_id: str, event_type: str, actor: Any = None, recipient: Any = None, **extra: Any) -> dict[str, Any]:
    return {"doc_id": doc_id, "type": event_type, "actor": actor, "recipient": recipient,
            "modality": "asserted", **extra}


GOLD = [
    _gold("d1",
          _event("ACCUSE", _actor("Chile", "CHL"), _actor("Peruvian government", "PER"), date="2022-03-01",
                 evidence="Chile condemned Peru"),
          _event("CONSULT", _actor("Chile", "CHL"), _actor("Bolivia", "BOL")),
          _event("ASSAULT", _actor("rebels"), None, required=False),
          _event("THREATEN", _actor("Chile", "CHL"), None, modality="threatened")),
    _gold("d2", _event("ASSAULT", _actor("gunmen"), _actor("bus"), fatalities=0, date="2022-02"),
          scope={"types": ["ASSAULT"]}),
]
PREDICTED = [
    # right type and sides: the recipient matched by country code, the date right at day precision
    _predicted("d1", "ACCUSE", _actor("Chile", "CHL"), _actor("Peru", "PER"), date="2022-03-01",
               evidence={"sentence": "Chile condemned Peru on Tuesday."}),
    # a meeting given the other way round still matches
    _predicted("d1", "CONSULT", _actor("Bolivia", "BOL"), _actor("Chile", "CHL")),
    # an optional gold event absorbs this one; the unrealised threat is never matched
    _predicted("d1", "ASSAULT", _actor("rebels")),
    _predicted("d1", "THREATEN", _actor("Chile", "CHL")),
    # not asserted: not scored at all
    _predicted("d1", "REJECT", _actor("Chile", "CHL"), modality="negated"),
    # out of d2's scope: not scored; in scope with the wrong attacker: a type match only
    _predicted("d2", "ACCUSE", _actor("Chile", "CHL")),
    _predicted("d2", "ASSAULT", _actor("soldiers"), _actor("two buses"), fatalities=0, date="2022-02-11"),
]


def test_scoring_tiers_optional_gold_modality_symmetry_and_scope() -> None:
    result = evaluate(GOLD, PREDICTED)
    assert result.tiers["type"].counts == Tally(tp=3, fp=1, fn=0)
    assert result.tiers["full"].counts == Tally(tp=2, fp=2, fn=1)
    assert result.tiers["full"].per_type["ASSAULT"] == Tally(tp=0, fp=1, fn=1)


def test_scoring_attribute_accuracy_over_matched_pairs_only() -> None:
    full = evaluate(GOLD, PREDICTED).tiers["full"]
    assert full.accuracy("date") == 1.0 and full.attributes["date"] == (1, 1)
    assert full.accuracy("fatalities") is None  # its pair did not match at the full tier


def test_scoring_confusion_sets_a_missed_event_against_the_type_coded_in_its_sentence() -> None:
    gold = [_gold("d1", _event("PROTEST", _actor("students"), evidence="students marched"))]
    predicted = [_predicted("d1", "ASSAULT", _actor("students"), evidence={"sentence": "Yesterday students marched."}),
                 _predicted("d1", "AID", _actor("Chile"))]
    confusion = evaluate(gold, predicted).confusion
    assert confusion == {("PROTEST", "ASSAULT"): 1, (MISSED, "AID"): 1}


def test_scoring_worst_documents_by_full_tier_errors() -> None:
    result = evaluate(GOLD, PREDICTED)
    assert [(d.doc_id, d.full.fp + d.full.fn) for d in result.worst(5)] == [("d2", 2), ("d1", 1)]
    assert [d.doc_id for d in result.worst(1)] == ["d2"]


@pytest.mark.skipif(not SCORER.exists(), reason="../shared/tools/score.py not available")
def test_scoring_agrees_with_the_shared_scorer(tmp_path: Path) -> None:
    gold_path, predicted_path = tmp_path / "gold.jsonl", tmp_path / "predicted.jsonl"
    gold_path.write_text("".join(json.dumps(d) + "\n" for d in GOLD))
    predicted_path.write_text("".join(json.dumps(p) + "\n" for p in PREDICTED))
    reference = json.loads(subprocess.run([sys.executable, str(SCORER), str(gold_path), str(predicted_path), "--json"],
                                          capture_output=True, text=True, check=True).stdout)
    result = evaluate(GOLD, PREDICTED)
    for tier in ("type", "full"):
        counts = result.tiers[tier].counts
        assert (counts.tp, counts.fp, counts.fn) == tuple(reference[tier][k] for k in ("tp", "fp", "fn"))
        assert round(counts.f1, 3) == reference[tier]["f1"]
