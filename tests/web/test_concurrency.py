"""The server reads while an ingest writes to the same store: no errors and no half-written batch seen.

DuckDB allows one writing process; the server is that process. Here a writer thread commits
batches through the store's own connection (as `POST /api/documents` and the ingest library do)
while client threads read through the HTTP server, each request on its own snapshot.
"""

from __future__ import annotations

import datetime as dt
import threading
from concurrent.futures import ThreadPoolExecutor

import httpx

from eventmill.settings import Settings
from eventmill.store.duckdb import Store
from eventmill.web.app import create_app
from tests.web.conftest import LiveServer, written_article

BATCH = 5
BATCHES = 30
FIXTURE = 2  # the web_store fixture's two articles, one event each


def batch(number: int) -> list:
    text = "Guards fired on a patrol near the river on Monday. More was said later."
    return [written_article(f"batch-{number}-{i}", text, title=f"Batch {number}", source="desk",
                            published=dt.date(2024, 1, 1) + dt.timedelta(days=number), actor_name="Guards",
                            recipient_name="a patrol", trigger_word="fired", event_type="ASSAULT") for i in range(BATCH)]


def read_until(url: str, done: threading.Event) -> list[str]:
    """Problems seen by one reader: errors, and totals that show part of a batch."""
    problems: list[str] = []
    with httpx.Client(base_url=url, timeout=30) as client:
        while not done.is_set():
            events = client.get("/api/events", params={"per_page": 1, "sort": "-date"})
            documents = client.get("/api/documents", params={"per_page": 200})
            series = client.get("/api/series", params={"period": "day"})
            for response in (events, documents, series):
                if response.status_code != 200:
                    problems.append(f"{response.url}: {response.status_code} {response.text[:200]}")
            if problems:
                break
            body = documents.json()
            if len(body["documents"]) != body["total"] or (body["total"] - FIXTURE) % BATCH or any(d["events"] != 1 for d in body["documents"]):
                problems.append(f"documents saw part of a batch: {body['total']}")
            if (events.json()["total"] - FIXTURE) % BATCH:
                problems.append(f"events saw part of a batch: {events.json()['total']}")
            if (sum(p["events"] for p in series.json()["points"]) - FIXTURE) % BATCH:
                problems.append("the series saw part of a batch")
    return problems


def test_concurrency_reads_during_an_ingest_see_whole_batches(web_store: Store) -> None:
    web_store.close()
    with Store(web_store.path) as store, LiveServer(create_app(Settings(), store)) as server:
        store.write(batch(0))
        done = threading.Event()
        with ThreadPoolExecutor(max_workers=4) as pool:
            readers = [pool.submit(read_until, server.url, done) for _ in range(4)]
            try:
                for number in range(1, BATCHES):
                    store.write(batch(number))
            finally:
                done.set()
            problems = [problem for reader in readers for problem in reader.result()]
        assert problems == []
        final = httpx.get(f"{server.url}/api/documents", params={"per_page": 1}).json()
        assert final["total"] == BATCH * BATCHES + FIXTURE
