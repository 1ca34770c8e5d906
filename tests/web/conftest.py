"""Web fixtures: stores of hand-built articles (one of them hostile), an in-process client, a live server."""

from __future__ import annotations

import datetime as dt
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
import uvicorn
from fastapi import FastAPI
from starlette.testclient import TestClient

from eventmill.model import (
    Actor,
    Article,
    Counts,
    Document,
    Event,
    EventDate,
    Evidence,
    Place,
    Span,
)
from eventmill.settings import Settings
from eventmill.store.duckdb import Store
from eventmill.web.app import create_app

SCRIPT = "<script>window.__pwned = 1</script>"
# Hostile text in every field a page shows: the article, the names, the title and source.
HOSTILE_TEXT = (f"Rebels {SCRIPT} shelled the town of Tessaly on Monday. "
                "Officials <img src=x onerror=window.__pwned=2> met envoys from Oskar.")
PEACE_TEXT = "Delegates from Norland met envoys of Sudria in Vilnara on Tuesday. Both sides signed a water accord."


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "browser: drives Debian's Chromium through Playwright (tests/web/test_browser.py)")


def written_article(doc_id: str, text: str, *, title: str, source: str, published: dt.date,
                    actor_name: str, recipient_name: str, trigger_word: str, event_type: str) -> Article:
    """One article whose first sentence is one event with actor and recipient spans, dated the day before."""
    sentence_end = text.index(". ") + 1
    actor_start = text.index(actor_name)
    recipient_start = text.index(recipient_name)
    trigger = text.index(trigger_word)
    event = Event(
        doc_id=doc_id, event_id=f"ev-{doc_id}", type=event_type, mode=None,
        evidence=Evidence(text[:sentence_end], 0, sentence_end), trigger=Span(trigger, trigger + len(trigger_word)),
        sentence=0,
        actor=Actor(actor_name, "XAA", "REB", span=Span(actor_start, actor_start + len(actor_name))),
        recipient=Actor(recipient_name, "XBB", "CVL", span=Span(recipient_start, recipient_start + len(recipient_name))),
        date=EventDate((published - dt.timedelta(days=1)).isoformat(), "day"),
        location=Place("Tessaly <b>town</b>", "FRA", 46.2, 2.2), counts=Counts(fatalities=3), confidence=0.7,
    )
    return Article(document=Document(doc_id, text, published, source=source, url="https://example.org/x", title=title),
                   events=[event])


def hostile_article() -> Article:
    return written_article("doc-hostile", HOSTILE_TEXT, title=f"Title {SCRIPT}", source=f"wire {SCRIPT}",
                           published=dt.date(2024, 3, 5), actor_name=f"Rebels {SCRIPT}", recipient_name="the town",
                           trigger_word="shelled", event_type="ASSAULT")


def peace_article() -> Article:
    return written_article("doc-peace", PEACE_TEXT, title="Water accord", source="desk", published=dt.date(2024, 2, 7),
                           actor_name="Delegates from Norland", recipient_name="envoys of Sudria",
                           trigger_word="met", event_type="CONSULT")


@pytest.fixture()
def web_store(tmp_path: Path) -> Iterator[Store]:
    with Store(tmp_path / "web.duckdb") as store:
        store.write([hostile_article(), peace_article()])
        yield store


def make_client(store: Store, **options: object) -> TestClient:
    return TestClient(create_app(Settings(), store, **options))  # type: ignore[arg-type]


@pytest.fixture()
def client(web_store: Store) -> TestClient:
    return make_client(web_store)


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


class LiveServer:
    """uvicorn serving an app on a free loopback port in a thread, stopped on exit."""

    def __init__(self, app: FastAPI) -> None:
        self.port = free_port()
        self.server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=self.port, log_level="warning"))
        self.thread = threading.Thread(target=self.server.run, daemon=True)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def __enter__(self) -> LiveServer:
        self.thread.start()
        deadline = time.monotonic() + 20
        while not self.server.started:
            if time.monotonic() > deadline or not self.thread.is_alive():
                raise RuntimeError("the test server did not start")
            time.sleep(0.05)
        return self

    def __exit__(self, *_: object) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=10)
