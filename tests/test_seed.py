"""End to end on the reference article (../shared/gold/dev/seed.jsonl): skipped when it is absent."""

from __future__ import annotations

import datetime as dt
import importlib.util
import json
from typing import Any

import pytest

from eventmill.api import extract
from eventmill.output.contract import records
from tests.conftest import SHARED

pytestmark = [pytest.mark.model, pytest.mark.gold]


@pytest.fixture(scope="module")
def seed_records(seed_gold: dict[str, Any]) -> dict[str, list[dict[str, Any]]]:
    article = extract(seed_gold["text"], date=seed_gold["date"], doc_id=seed_gold["doc_id"])
    assert not article.failures
    return {what: records(article, what) for what in ("events", "quotes", "posts")}


def _find(events: list[dict[str, Any]], event_type: str, date: str) -> dict[str, Any]:
    matches = [e for e in events if e["type"] == event_type and e["date"] == date and e["modality"] == "asserted"]
    assert len(matches) == 1, (event_type, date, matches)
    return matches[0]


def test_seed_meeting_of_tuesday_is_one_event_in_israel(seed_records: dict) -> None:
    meeting = _find(seed_records["events"], "CONSULT", "2021-12-28")
    assert meeting["location"]["country"] == "ISR"
    assert {meeting["actor"]["name"], meeting["recipient"]["name"]} == {"Benny Gantz", "Mahmoud Abbas"}
    assert {meeting["actor"]["country"], meeting["recipient"]["country"]} == {"ISR", "PSE"}


def test_seed_august_meeting_in_ramallah(seed_records: dict) -> None:
    meeting = _find(seed_records["events"], "CONSULT", "2021-08")
    assert meeting["date_precision"] == "month"
    assert meeting["location"]["name"] == "Ramallah" and meeting["location"]["country"] == "PSE"
    # "Abbas hosted Gantz": the visitor is the actor, the host the recipient (as the gold codes it)
    assert meeting["actor"]["name"] == "Benny Gantz" and meeting["recipient"]["name"] == "Mahmoud Abbas"
    assert meeting["recipient"]["sector"] == "GOV"


def test_seed_condemnations_come_from_the_posts(seed_records: dict) -> None:
    accusations = [e for e in seed_records["events"] if e["type"] == "ACCUSE"]
    actors = {e["actor"]["name"] for e in accusations}
    assert {"Palestinian factions", "Hamas"} <= actors
    for event in accusations:
        assert event["date"] == "2021-12-29"
        assert event["post"] is not None and event["post"]["handle"] in ("@TRTWorldNow", "@MRN1SA")
        assert "Abbas" in event["recipient"]["name"]


def test_seed_may_war_casualties(seed_records: dict) -> None:
    assaults = [e for e in seed_records["events"] if e["type"] == "ASSAULT"]
    by_deaths = {e["fatalities"]: e for e in assaults}
    assert by_deaths[266]["actor"]["country"] == "ISR" and by_deaths[266]["date"] == "2021-05"
    assert by_deaths[266]["location"]["country"] == "PSE"
    assert "Hamas" in by_deaths[13]["actor"]["name"] and by_deaths[13]["date"] == "2021-05"
    assert by_deaths[13]["location"]["country"] == "ISR"
    assert not any(e["background"] for e in assaults)


def test_seed_old_events_are_background(seed_records: dict) -> None:
    old = [e for e in seed_records["events"] if e["date"] in ("2005", "2007")]
    assert old and all(e["background"] for e in old)


def test_seed_posts_are_detached_with_handles(seed_records: dict) -> None:
    posts = seed_records["posts"]
    assert [p["handle"] for p in posts] == ["@TRTWorldNow", "@MRN1SA"]
    assert all(p["date"] == "2021-12-29" for p in posts)
    for event in seed_records["events"]:
        assert "pic.twitter.com" not in event["evidence"]["sentence"]


def test_seed_quotes_have_speakers(seed_records: dict) -> None:
    speakers = {q["speaker"]["name"] for q in seed_records["quotes"] if q["speaker"]}
    assert {"Benny Gantz", "Hussein al-Sheikh"} <= speakers
    gantz = [q for q in seed_records["quotes"] if q["speaker"] and q["speaker"]["name"] == "Benny Gantz"]
    assert gantz[0]["text"].startswith("We discussed the implementation")


def test_seed_evidence_offsets_point_into_the_text(seed_records: dict, seed_gold: dict) -> None:
    for event in seed_records["events"]:
        evidence = event["evidence"]
        assert seed_gold["text"][evidence["start"] : evidence["end"]] == evidence["sentence"]


def test_seed_scores_perfectly_with_the_shared_scorer(seed_records: dict, tmp_path: Any) -> None:
    scorer_path = SHARED / "tools" / "score.py"
    spec = importlib.util.spec_from_file_location("gold_scorer", scorer_path)
    assert spec and spec.loader
    scorer = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(scorer)
    predictions = tmp_path / "seed.jsonl"
    predictions.write_text("".join(json.dumps(e) + "\n" for e in seed_records["events"]))
    result = scorer.score(str(SHARED / "gold" / "dev" / "seed.jsonl"), str(predictions))
    assert result["full"]["f1"] == 1.0
    assert all(value == 1.0 for value in result["full"]["attributes"].values())


def test_seed_runs_on_its_own_date_header(seed_gold: dict) -> None:
    article = extract(seed_gold["text"], doc_id="header-only")
    assert article.document.date == dt.date(2021, 12, 29)
