from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from eventmill.store.duckdb import Store
from eventmill.store.queries import (
    ActorCount,
    DyadCount,
    EventQuery,
    PlaceCount,
    actor_counts,
    document,
    document_page,
    dyad_counts,
    event_by_id,
    event_page,
    event_series,
    events,
    events_with_documents,
    location_country_counts,
    place_counts,
    stats,
)
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


@pytest.mark.parametrize(
    ("query", "sort", "offset", "expected_total", "expected"),
    [
        (EventQuery(limit=2), "date", 0, 4, ["harbin-1-e2", "harbin-2-e2"]),
        (EventQuery(limit=2), "date", 2, 4, ["harbin-1-e1", "harbin-2-e1"]),
        (EventQuery(limit=1), "-date", 0, 4, ["harbin-1-e1"]),
        (EventQuery(modality="negated"), "type", 0, 2, ["harbin-1-e2", "harbin-2-e2"]),
        (EventQuery(text="FIRED ON"), "date", 0, 2, ["harbin-1-e1", "harbin-2-e1"]),
        (EventQuery(text="'; DROP TABLE events; --"), "date", 0, 0, []),
    ],
)
def test_queries_event_page_counts_all_and_returns_one_slice(
        store: Store, query: EventQuery, sort: str, offset: int, expected_total: int, expected: list[str]) -> None:
    found = event_page(store, query, sort=sort, offset=offset)
    assert found.total == expected_total and [e["event_id"] for e in found.events] == expected


def test_queries_event_page_refuses_an_unknown_sort(store: Store) -> None:
    with pytest.raises(KeyError):
        event_page(store, sort="e.type; DROP TABLE events")


def test_queries_event_by_id_finds_the_record_and_its_document(store: Store) -> None:
    found = event_by_id(store, "harbin-2-e1")
    assert found is not None and found[0]["type"] == "ASSAULT" and found[1].title == "Shots at the border"
    assert event_by_id(store, "nope") is None


@pytest.mark.parametrize(("period", "expected", "unplaced"), [
    ("day", [(dt.date(2022, 3, 7), "ASSAULT", 2)], 2),  # the March-only MOBILIZE fits no day
    ("month", [(dt.date(2022, 3, 1), "ASSAULT", 2), (dt.date(2022, 3, 1), "MOBILIZE", 2)], 0),
])
def test_queries_event_series_places_events_only_in_periods_their_precision_fits(
        store: Store, period: str, expected: list[tuple[dt.date, str, int]], unplaced: int) -> None:
    counts, left = event_series(store, period=period)
    assert [(c.period, c.type, c.events) for c in counts] == expected and left == unplaced


def test_queries_aggregates_count_dyads_places_actors_and_documents(store: Store) -> None:
    assert dyad_counts(store) == [DyadCount("MNG MIL", "CHN MIL", "ASSAULT", 2)]  # the actor-only MOBILIZE has no dyad
    assert place_counts(store) == [PlaceCount("Harbin", "CHN", 45.75, 126.65, 2)]
    assert location_country_counts(store, EventQuery(type="MOBILIZE")) == {}
    total, actors = actor_counts(store, name="RUSS", limit=1)
    assert total == 2 and actors == [ActorCount("China and Russia", None, None, 2)]
    total, documents = document_page(store, title="harbin-2")
    assert total == 1 and documents[0].events == 2 and documents[0].info.date is None
