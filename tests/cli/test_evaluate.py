"""`eventmill evaluate` through the CLI runner: given predictions, or coding the gold texts itself."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from eventmill.cli.app import cli
from tests.conftest import GOLD

pytestmark = pytest.mark.model

GOLD_DOCUMENT = {
    "doc_id": "g1", "date": "2022-03-02", "text": "Chile condemned Bolivia on Tuesday over the border closure.",
    "events": [{"type": "ACCUSE", "actor": {"name": "Chile", "country": "CHL"},
                "recipient": {"name": "Bolivia", "country": "BOL"}, "date": "2022-03-01"}],
}


@pytest.fixture()
def gold(tmp_path: Path) -> Path:
    path = tmp_path / "gold.jsonl"
    path.write_text(json.dumps(GOLD_DOCUMENT) + "\n")
    return path


def test_evaluate_codes_the_gold_texts_itself(gold: Path) -> None:
    result = CliRunner().invoke(cli, ["evaluate", str(gold), "--format", "json", "--workers", "1"])
    assert result.exit_code == 0, result.output
    found = json.loads(result.stdout)
    assert (found["full"]["tp"], found["full"]["fn"]) == (1, 0)
    assert found["full"]["attributes"]["date"] == 1.0


def test_evaluate_given_predictions_prints_tiers_confusion_and_worst(gold: Path, tmp_path: Path) -> None:
    predictions = tmp_path / "predicted.jsonl"
    predictions.write_text(json.dumps({"doc_id": "g1", "type": "REJECT", "actor": {"name": "Chile"},
                                       "evidence": {"sentence": GOLD_DOCUMENT["text"]}}) + "\n")
    result = CliRunner().invoke(cli, ["evaluate", str(gold), "--predictions", str(predictions)])
    assert result.exit_code == 0, result.output
    assert "type  P=0.000 R=0.000 F1=0.000 tp=0 fp=1 fn=1" in result.stdout
    assert "  ACCUSE" in result.stdout and "worst documents" in result.stdout and "  g1  fp=1 fn=1" in result.stdout


def test_evaluate_bad_predictions_line_is_a_clear_error(gold: Path, tmp_path: Path) -> None:
    predictions = tmp_path / "predicted.jsonl"
    predictions.write_text("{not json\n")
    result = CliRunner().invoke(cli, ["evaluate", str(gold), "--predictions", str(predictions)])
    assert result.exit_code != 0 and "predicted.jsonl:1: not JSON" in result.output


def test_evaluate_agrees_with_the_shared_scorer_on_the_seed(tmp_path: Path) -> None:
    seed, scorer = GOLD / "seed.jsonl", GOLD.parents[1] / "tools" / "score.py"
    if not seed.exists() or not scorer.exists():
        pytest.skip("../shared gold and scorer not available")
    predictions = tmp_path / "seed.out"
    extracted = CliRunner().invoke(cli, ["extract", str(seed), "--format", "jsonl", "--workers", "1"])
    predictions.write_text(extracted.stdout)
    ours = json.loads(CliRunner().invoke(cli, ["evaluate", str(seed), "--predictions", str(predictions),
                                               "--format", "json"]).stdout)
    reference = json.loads(subprocess.run([sys.executable, str(scorer), str(seed), str(predictions), "--json"],
                                          capture_output=True, text=True, check=True).stdout)
    for tier in ("type", "full"):
        assert {k: ours[tier][k] for k in reference[tier]} == reference[tier]
