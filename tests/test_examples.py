"""End to end on the bundled example articles (written for eventmill, see examples/README.md)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from eventmill.api import extract
from eventmill.output.contract import records
from tests.conftest import EXAMPLES

pytestmark = pytest.mark.model


def _events(name: str) -> list[dict[str, Any]]:
    article = extract(Path(EXAMPLES / name).read_text(encoding="utf-8"), doc_id=name)
    assert not article.failures
    return records(article)


def _one(events: list[dict[str, Any]], **wanted: Any) -> dict[str, Any]:
    found = [e for e in events if all(e.get(k) == v for k, v in wanted.items())]
    assert len(found) == 1, (wanted, [(e["type"], e["date"], e["modality"]) for e in events])
    return found[0]


def test_examples_meeting_resolves_weekday_place_and_both_leaders() -> None:
    meeting = _one(_events("ceasefire-talks.txt"), type="CONSULT", modality="asserted", date="2023-09-05")
    assert {meeting["actor"]["country"], meeting["recipient"]["country"]} == {"SDN", "EGY"}
    assert meeting["location"]["name"] == "Cairo" and meeting["location"]["country"] == "EGY"


def test_examples_arrests_are_counted_and_attributed() -> None:
    arrest = _one(_events("ceasefire-talks.txt"), type="COERCE", mode="arrest")
    assert arrest["arrests"] == 23
    assert arrest["actor"]["sector"] == "COP" and arrest["actor"]["country"] == "SDN"
    assert arrest["location"]["name"] == "Khartoum"
    assert arrest["according_to"]["name"] == "activists"


def test_examples_refusal_to_negotiate_is_a_rejection_not_talks() -> None:
    events = _events("ceasefire-talks.txt")
    negotiation = [e for e in events if e["trigger"]["text"] == "negotiate"]
    assert negotiation
    assert not any(e["type"] == "CONSULT" and e["modality"] == "asserted" for e in negotiation)
    assert any(e["type"] == "REJECT" for e in negotiation)


def test_examples_shelling_counts_dead_and_wounded() -> None:
    shelling = _one(_events("aid-convoy.txt"), type="ASSAULT", date="2022-11-20")
    assert (shelling["fatalities"], shelling["injuries"]) == (3, 7)
    assert shelling["actor"]["country"] == "RUS"


def test_examples_clash_on_monday_with_fourteen_dead() -> None:
    clash = _one(_events("border-clash.txt"), type="ASSAULT", date="2024-03-11")
    assert clash["fatalities"] == 14
    assert clash["actor"]["country"] == "ETH"


def test_examples_the_union_asks_both_warring_sides_and_the_denier_speaks_for_its_forces() -> None:
    events = _events("border-clash.txt")
    appeal = _one(events, type="REQUEST", modality="asserted")
    assert appeal["actor"]["name"] == "African Union"
    assert {member["country"] for member in appeal["recipient"]["members"]} == {"ETH", "ERI"}
    denial = _one(events, type="REJECT")
    assert denial["actor"]["country"] == "ERI" and denial["recipient"]["country"] == "ERI"
