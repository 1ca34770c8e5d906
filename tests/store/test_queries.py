from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from eventmill.store.duckdb import Store
from eventmill.store.queries import EventQuery, document, events, events_with_documents, stats
from tests.store.articles import coded_article


@pytest.fixture()
def store(tmp_path: Path) -> Store:
    with Store(tmp_path / "q.duckdb") as opened:
        opened.write([coded_article("harbin-1"), coded_article("harbin-2", date=None, url=None)])
        yield opened


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        (EventQuery(), ["harbin-1-e2", "harbin-2-e2", "harbin-1-e1", "harbin-2-e1"]),
        (EventQuery(type="ASSAULT"), ["harbin-1-e1", "harbin-2-e1"]),
        (EventQuery(actor="GUARDS"), ["harbin-1-e1", "harbin-2-e1"]),
        (EventQuery(actor="russia"), ["harbin-1-e2", "harbin-2-e2"]),  # a member of a compound actor
        (EventQuery(actor="Officials"), []),  # the source of a claim is not a side of the event
        (EventQuery(country="MNG"), ["harbin-1-e1", "harbin-2-e1"]),
        (EventQuery(country="RUS"), ["harbin-1-e2", "harbin-2-e2"]),
        (EventQuery(since=dt.date(2022, 3, 8)), ["harbin-1-e2", "harbin-2-e2"]),  # March overlaps, the 7th does not
        (EventQuery(until=dt.date(2022, 3, 1)), ["harbin-1-e2", "harbin-2-e2"]),
        (EventQuery(since=dt.date(2022, 4, 1)), []),
        (EventQuery(doc_id="harbin-2", type="MOBILIZE"), ["harbin-2-e2"]),
        (EventQuery(limit=1), ["harbin-1-e2"]),
        (EventQuery(actor="x' OR '1'='1"), []),  # values are parameters, never SQL
    ],
)
def test_queries_events_filter(store: Store, query: EventQuery, expected: list[str]) -> None:
    assert [record["event_id"] for record in events(store, query)] == expected


def test_queries_events_come_with_their_documents_citation(store: Store) -> None:
    cited = {record["event_id"]: citation for record, citation in events_with_documents(store, EventQuery(type="ASSAULT"))}
    assert cited["harbin-1-e1"].url == "https://example.org/harbin" and cited["harbin-1-e1"].date == dt.date(2022, 3, 9)
    assert cited["harbin-2-e1"].url is None and cited["harbin-2-e1"].title == "Shots at the border"


def test_queries_document_has_its_text_and_records_in_text_order(store: Store) -> None:
    view = document(store, "harbin-1")
    assert view is not None and view.text == coded_article().text
    assert [e["event_id"] for e in view.events] == ["harbin-1-e1", "harbin-1-e2"]
    assert [q["text"] for q in view.quotes] == ["We want calm,"] and view.posts[0]["handle"] == "@luwen"


def test_queries_unknown_document_is_none(store: Store) -> None:
    assert document(store, "nope") is None


def test_queries_stats_count_types_countries_dates(store: Store) -> None:
    found = stats(store)
    assert found.counts["documents"] == 2 and found.counts["events"] == 4
    assert found.event_types == [("ASSAULT", 2), ("MOBILIZE", 2)]
    assert found.modalities == [("asserted", 2), ("negated", 2)]
    assert dict(found.countries) == {"CHN": 4, "MNG": 2, "RUS": 2}
    assert (found.first_event_day, found.last_event_day) == (dt.date(2022, 3, 1), dt.date(2022, 3, 31))
    assert found.failure_codes == []
