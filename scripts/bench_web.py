"""Measure the web API and pages on a generated store of 100k events (reported, not asserted).

    python scripts/bench_web.py [--events 100000] [--db /tmp/web-bench.duckdb]

Documents of five events each are made by hand (types, sides, places and dates drawn from a
seeded generator), written through Store.write in batches, then every endpoint is timed through
the in-process client: the median and worst of five calls each.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import statistics
import time
from pathlib import Path

from starlette.testclient import TestClient

from eventmill.model import EVENT_TYPES, Actor, Article, Counts, Document, Event, EventDate, Evidence, Place, Span
from eventmill.settings import Settings
from eventmill.store.duckdb import Store
from eventmill.web.app import create_app

SIDES = [("ISR", "MIL"), ("PSE", "REB"), ("UKR", "GOV"), ("RUS", "MIL"), ("SDN", "MIL"), ("ETH", "GOV"), ("USA", "GOV"),
         ("FRA", "GOV"), ("NGA", "CVL"), ("MEX", "COP"), ("IND", "GOV"), ("CHN", "GOV")]
PLACES = [("Gaza", "PSE", 31.5, 34.45), ("Kharkiv", "UKR", 50.0, 36.23), ("Khartoum", "SDN", 15.5, 32.56),
          ("Mekelle", "ETH", 13.5, 39.47), ("Lagos", "NGA", 6.45, 3.4), ("Paris", "FRA", 48.86, 2.35), ("Delhi", "IND", 28.6, 77.2)]
EVENTS_PER_DOCUMENT = 5


def article(number: int, rng: random.Random) -> Article:
    day = dt.date(2015, 1, 1) + dt.timedelta(days=rng.randrange(3650))
    sentences = [f"Forces of side {i} acted against side {i + 1} near the river on day {number}." for i in range(EVENTS_PER_DOCUMENT)]
    text = " ".join(sentences)
    events, start = [], 0
    for index, sentence in enumerate(sentences):
        actor, recipient, place = rng.choice(SIDES), rng.choice(SIDES), rng.choice(PLACES)
        events.append(Event(
            doc_id=f"bench-{number}", event_id=f"ev-bench-{number}-{index}", type=rng.choice(EVENT_TYPES), mode=None,
            evidence=Evidence(sentence, start, start + len(sentence)), trigger=Span(start + 15, start + 20), sentence=index,
            actor=Actor(f"{actor[0]} forces", *actor, span=Span(start, start + 6)),
            recipient=Actor(f"{recipient[0]} people", *recipient), date=EventDate(day.isoformat(), "day"),
            location=Place(*place), counts=Counts(fatalities=rng.choice([None, None, 1, 3, 12])), confidence=rng.random()))
        start += len(sentence) + 1
    return Article(document=Document(f"bench-{number}", text, day, source=f"outlet-{number % 40}", title=f"Report {number}"),
                   events=events)


def fill(store: Store, events: int) -> float:
    rng, began = random.Random(7), time.perf_counter()
    documents = events // EVENTS_PER_DOCUMENT
    for first in range(0, documents, 1000):
        store.write([article(n, rng) for n in range(first, min(first + 1000, documents))])
    return time.perf_counter() - began


URLS = ["/api/events", "/api/events?page=1500&per_page=50", "/api/events?sort=-fatalities", "/api/events?type=ASSAULT&country=UKR",
        "/api/events?actor=isr&since=2020-01-01&until=2020-12-31", "/api/events?q=river%20on%20day%2077",
        "/api/events/ev-bench-12345-2", "/api/documents?page=100", "/api/documents/bench-777", "/api/actors",
        "/api/dyads", "/api/series?period=month", "/api/series?period=day", "/api/places",
        "/events", "/events?type=PROTEST&q=side", "/events/ev-bench-12345-2", "/timeline", "/timeline?period=week",
        "/dyads", "/map", "/actors"]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--events", type=int, default=100_000)
    parser.add_argument("--db", type=Path, default=Path("/tmp/web-bench.duckdb"))
    options = parser.parse_args()
    options.db.unlink(missing_ok=True)
    with Store(options.db) as store:
        print(f"filled {options.events} events in {fill(store, options.events):.1f} s")
        client = TestClient(create_app(Settings(), store))
        for url in URLS:
            times = []
            for _ in range(5):
                began = time.perf_counter()
                response = client.get(url)
                times.append((time.perf_counter() - began) * 1000)
                assert response.status_code == 200, (url, response.status_code, response.text[:200])
            print(f"{statistics.median(times):8.1f} ms median {max(times):8.1f} ms worst  {url}")


if __name__ == "__main__":
    main()
