from __future__ import annotations

import json
from pathlib import Path

import duckdb
import pytest

from eventmill.output.contract import records
from eventmill.store.duckdb import (
    SCHEMA_VERSION,
    Store,
    StoreError,
    StoreVersionError,
    date_bounds,
    failure_id,
    migrate,
    schema_version,
)
from tests.store.articles import TEXT, coded_article, failed_article


@pytest.fixture()
def store(tmp_path: Path) -> Store:
    with Store(tmp_path / "test.duckdb") as opened:
        yield opened


def test_duckdb_new_store_is_at_the_current_schema_version(tmp_path: Path) -> None:
    Store(tmp_path / "s.duckdb").close()
    with duckdb.connect(str(tmp_path / "s.duckdb")) as connection:
        assert schema_version(connection) == SCHEMA_VERSION
        assert migrate(connection) == SCHEMA_VERSION  # a second migration is a no-op
        assert connection.execute("SELECT count(*) FROM schema_info").fetchone() == (SCHEMA_VERSION,)


def test_duckdb_store_newer_than_this_eventmill_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "future.duckdb"
    Store(path).close()
    with duckdb.connect(str(path)) as connection:
        connection.execute("INSERT INTO schema_info VALUES (?, now())", [SCHEMA_VERSION + 1])
    with pytest.raises(StoreVersionError):
        Store(path)


def test_duckdb_missing_store_opened_read_only_is_a_store_error(tmp_path: Path) -> None:
    with pytest.raises(StoreError):
        Store(tmp_path / "absent.duckdb", read_only=True)


def test_duckdb_write_stores_every_record_kind(store: Store) -> None:
    result = store.write([coded_article()])
    assert (result.documents, result.events, result.failures) == (1, 2, 0)
    assert store.counts() == {"documents": 1, "events": 2, "actors": 6, "evidence": 3, "quotes": 1, "posts": 1,
                              "failures": 0}
    (document,) = store.rows("SELECT doc_id, text, url, content_hash FROM documents")
    assert document["text"] == TEXT and document["url"] == "https://example.org/harbin"
    assert document["content_hash"].startswith("doc-")


def test_duckdb_records_are_the_contract_dicts(store: Store) -> None:
    article = coded_article()
    store.write([article])
    stored = [json.loads(r["record"]) for r in store.rows("SELECT record FROM events ORDER BY event_id")]
    assert stored == records(article, "events")


@pytest.mark.parametrize(
    ("part", "member", "name"),
    [("actor", 0, "border guards"), ("recipient", 0, "patrol"), ("according_to", 0, "Officials"),
     ("actor", 1, "China"), ("actor", 2, "Russia")],
)
def test_duckdb_actors_table_holds_every_side_and_member(store: Store, part: str, member: int, name: str) -> None:
    store.write([coded_article()])
    names = {(r["part"], r["member"], r["name"]) for r in store.rows("SELECT part, member, name FROM actors")}
    assert (part, member, name) in names


def test_duckdb_writing_the_same_article_twice_adds_nothing(store: Store) -> None:
    store.write([coded_article()])
    before = store.counts()
    store.write([coded_article()])
    assert store.counts() == before


def test_duckdb_changed_document_replaces_its_old_records(store: Store) -> None:
    store.write([coded_article()])
    changed = coded_article(text=TEXT.replace("Monday", "Sunday"))
    changed.events = changed.events[:1]
    store.write([changed])
    assert store.counts()["events"] == 1 and store.counts()["documents"] == 1
    assert store.rows("SELECT text FROM documents")[0]["text"].count("Sunday") == 1


def test_duckdb_holds_only_the_same_id_with_the_same_text(store: Store) -> None:
    article = coded_article()
    store.write([article])
    assert store.holds(article.document)
    assert not store.holds(coded_article(text=TEXT + " More.").document)
    assert not store.holds(coded_article("other-id").document)


def test_duckdb_repeated_id_in_one_batch_keeps_the_last(store: Store) -> None:
    first, last = coded_article(), coded_article(text=TEXT.replace("Monday", "Friday"))
    store.write([first, last])
    assert store.counts()["documents"] == 1 and store.counts()["events"] == 2
    assert "Friday" in store.rows("SELECT text FROM documents")[0]["text"]


def test_duckdb_failures_keep_raw_bytes_and_are_recorded_once(store: Store) -> None:
    store.write([failed_article()])
    store.write([failed_article()])
    (failure,) = store.failures()
    assert (failure.doc_id, failure.code, failure.raw, failure.raw_pointer) == ("broken-1", "EM003", b"\x00\x01binary", None)
    assert failure.failure_id == failure_id(failed_article().failures[0])


def test_duckdb_huge_failure_keeps_a_pointer_instead_of_bytes(tmp_path: Path) -> None:
    with Store(tmp_path / "s.duckdb", inline_raw_bytes=8) as store:
        store.write([failed_article("big.txt", raw=b"x" * 20)])
        (failure,) = store.failures()
    assert (failure.raw, failure.raw_size, failure.raw_pointer) == (None, 20, "big.txt")


def test_duckdb_storing_a_document_clears_its_old_failures(store: Store) -> None:
    store.write([failed_article("harbin-1")])
    store.write([coded_article("harbin-1")])
    assert store.failures() == []


def test_duckdb_batch_that_fails_midway_leaves_nothing(store: Store) -> None:
    broken = coded_article("second")
    broken.events = [*broken.events, broken.events[0]]  # the same event id twice breaks the primary key
    with pytest.raises(duckdb.ConstraintException):
        store.write([coded_article("first"), broken])
    assert store.counts()["documents"] == 0 and store.counts()["events"] == 0


@pytest.mark.parametrize(
    ("value", "expected"),
    [(None, (None, None)), ("2021-05-03", ("2021-05-03", "2021-05-03")), ("2021-12", ("2021-12-01", "2021-12-31")),
     ("2020-02", ("2020-02-01", "2020-02-29")), ("2019", ("2019-01-01", "2019-12-31"))],
)
def test_duckdb_date_bounds_cover_the_precision(value: str | None, expected: tuple[str | None, str | None]) -> None:
    assert tuple(d.isoformat() if d else None for d in date_bounds(value)) == expected


def test_duckdb_snapshot_keeps_seeing_the_store_as_it_began(store: Store) -> None:
    with store.snapshot() as view:
        before = view.counts()
        store.write([coded_article("later-1")])  # commits through the store's own connection meanwhile
        assert view.counts() == before
    with store.snapshot() as view:
        assert view.counts()["documents"] == before["documents"] + 1


def test_duckdb_snapshots_read_from_other_threads_while_batches_commit(store: Store) -> None:
    from concurrent.futures import ThreadPoolExecutor

    def read_twice(_: int) -> tuple[int, int]:
        with store.snapshot() as view:
            return view.counts()["events"], view.counts()["documents"]

    with ThreadPoolExecutor(max_workers=4) as pool:
        readings = pool.map(read_twice, range(40))
        for batch in range(10):
            store.write([coded_article(f"many-{batch}")])
        seen = list(readings)
    assert all(events == 2 * documents for events, documents in seen)  # each article has two events
