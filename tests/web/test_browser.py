"""The web UI in a real browser: Playwright drives Debian's Chromium (/usr/bin/chromium), headless.

Stores are ingested with the real pipeline from our own examples/ (always) and from the dev gold
(when ../shared is present). Screenshots go to test-artifacts/; the README's come from the
examples store, so no third-party text enters the repository.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest

from eventmill.read.sources import read_sources
from eventmill.settings import Settings
from eventmill.store.duckdb import Store
from eventmill.store.ingest import ingest
from eventmill.web.app import create_app
from tests.conftest import EXAMPLES, GOLD, REPO
from tests.web.conftest import LiveServer, hostile_article

playwright = pytest.importorskip("playwright.sync_api", reason="playwright is installed by `make browser-deps`")

pytestmark = [pytest.mark.browser, pytest.mark.model]
CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--no-first-run", "--disable-sync"]
ARTIFACTS = REPO / "test-artifacts"
GOLD_SETS = ("seed.jsonl", "articles.jsonl", "plover_gsr.jsonl")


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    if not CHROMIUM.exists():
        pytest.fail(f"{CHROMIUM} is missing: `make browser-deps` installs Debian's chromium")
    ARTIFACTS.mkdir(exist_ok=True)
    with playwright.sync_playwright() as driver:
        launched = driver.chromium.launch(executable_path=str(CHROMIUM), headless=True, args=CHROMIUM_ARGS)
        yield launched
        launched.close()


@pytest.fixture()
def page(browser: object) -> Iterator[object]:
    context = browser.new_context(viewport={"width": 1280, "height": 900})  # type: ignore[attr-defined]
    opened = context.new_page()
    errors: list[str] = []
    opened.on("pageerror", lambda error: errors.append(str(error)))
    yield opened
    context.close()
    assert errors == []  # no script error on any page


def served(tmp_path_factory: pytest.TempPathFactory, name: str, paths: list[str]) -> Iterator[str]:
    with Store(tmp_path_factory.mktemp(name) / "ui.duckdb") as store:
        ingest(read_sources(paths), store)
        with LiveServer(create_app(Settings(), store)) as server:
            yield server.url


@pytest.fixture(scope="module")
def examples_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    yield from served(tmp_path_factory, "examples", sorted(str(path) for path in EXAMPLES.glob("*.txt")))


@pytest.fixture(scope="module")
def gold_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    if not GOLD.exists():
        pytest.skip(f"{GOLD} is absent")
    yield from served(tmp_path_factory, "gold", [str(GOLD / name) for name in GOLD_SETS if (GOLD / name).exists()])


def shoot(page: object, name: str) -> Path:
    path = ARTIFACTS / f"{name}.png"
    page.screenshot(path=str(path), full_page=True)  # type: ignore[attr-defined]
    return path


def first_event_type(page: object) -> str:
    return page.locator("#events-table tbody tr td:nth-child(2) .type").first.inner_text()  # type: ignore[attr-defined,no-any-return]


def filter_by_type(page: object, url: str) -> str:
    page.goto(f"{url}/events")  # type: ignore[attr-defined]
    wanted = first_event_type(page)
    page.select_option("select[name=type]", wanted)  # type: ignore[attr-defined]
    page.click("#event-filters button[type=submit]")  # type: ignore[attr-defined]
    page.wait_for_url(f"**type={wanted}**")  # type: ignore[attr-defined]
    types = page.locator("#events-table tbody tr td:nth-child(2) .type").all_inner_texts()  # type: ignore[attr-defined]
    assert types and set(types) == {wanted}
    return wanted


def open_event_with_actor(page: object) -> None:
    """Open the first listed event that has an actor, and check its highlighted evidence."""
    rows = page.locator("#events-table tbody tr")  # type: ignore[attr-defined]
    for index in range(rows.count()):
        if rows.nth(index).locator("td:nth-child(3)").inner_text().strip():
            rows.nth(index).locator("td.evidence a").click()
            break
    page.wait_for_selector("#article mark.evidence")  # type: ignore[attr-defined]
    evidence = "".join(page.locator("#article mark.evidence").all_inner_texts())  # type: ignore[attr-defined]
    assert len(evidence) > 20 and evidence.strip() in page.locator("#article").inner_text()  # type: ignore[attr-defined]
    assert page.locator("#article mark.actor").count() >= 1  # type: ignore[attr-defined]
    marked_actor = page.locator("#article mark.actor").first.inner_text()  # type: ignore[attr-defined]
    assert marked_actor.strip() and marked_actor.strip() in evidence


def test_browser_examples_table_event_timeline_dyads_map(page: object, examples_url: str) -> None:
    page.goto(f"{examples_url}/events")  # type: ignore[attr-defined]
    assert int(page.inner_text("#total")) > 3  # type: ignore[attr-defined]
    shoot(page, "events")
    filter_by_type(page, examples_url)
    page.goto(f"{examples_url}/events?actor=ethiopia")  # type: ignore[attr-defined]
    open_event_with_actor(page)
    shoot(page, "event-page")
    page.goto(f"{examples_url}/timeline?period=month")  # type: ignore[attr-defined]
    assert page.locator("#timeline rect").count() >= 2  # type: ignore[attr-defined]
    shoot(page, "timeline")
    page.goto(f"{examples_url}/dyads")  # type: ignore[attr-defined]
    assert page.locator("#network circle").count() >= 2  # type: ignore[attr-defined]
    shoot(page, "dyads")
    page.goto(f"{examples_url}/map")  # type: ignore[attr-defined]
    assert page.locator("#world path.country").count() > 170 and page.locator("#world circle.place").count() >= 1  # type: ignore[attr-defined]
    shoot(page, "map")


def test_browser_extract_page_codes_a_pasted_article(page: object, examples_url: str) -> None:
    if (GOLD / "seed.jsonl").exists():  # the reference article, pasted as an analyst would
        import json

        seed = json.loads((GOLD / "seed.jsonl").read_text(encoding="utf-8").splitlines()[0])
        text, date = seed["text"], seed["date"]
    else:
        lines = (EXAMPLES / "border-clash.txt").read_text(encoding="utf-8").splitlines()
        text, date = "\n".join(lines[1:]), lines[0].split()[1]
    page.goto(f"{examples_url}/extract")  # type: ignore[attr-defined]
    page.fill("#extract-text", text)  # type: ignore[attr-defined]
    page.fill("#extract-date", dt.date.fromisoformat(date).isoformat())  # type: ignore[attr-defined]
    page.click("#extract-button")  # type: ignore[attr-defined]
    page.wait_for_selector("#extract-results tbody tr", timeout=60_000)  # type: ignore[attr-defined]
    rows = page.locator("#extract-results tbody tr").count()  # type: ignore[attr-defined]
    assert rows >= 3 and page.inner_text("#extract-status").startswith(f"{rows} events")  # type: ignore[attr-defined]
    shoot(page, "extract")


def test_browser_gold_store_filters_and_highlights(page: object, gold_url: str) -> None:
    page.goto(f"{gold_url}/events?per_page=100")  # type: ignore[attr-defined]
    everything = int(page.inner_text("#total"))  # type: ignore[attr-defined]
    assert everything > 100
    page.fill("input[name=q]", "killed")  # type: ignore[attr-defined]
    page.select_option("select[name=type]", "ASSAULT")  # type: ignore[attr-defined]
    page.click("#event-filters button[type=submit]")  # type: ignore[attr-defined]
    page.wait_for_url("**q=killed**")  # type: ignore[attr-defined]
    assert 0 < int(page.inner_text("#total")) < everything  # type: ignore[attr-defined]
    sentences = page.locator("#events-table td.evidence").all_inner_texts()  # type: ignore[attr-defined]
    assert all("killed" in sentence.lower() or sentence.endswith("...") for sentence in sentences)
    shoot(page, "gold-events-filtered")
    open_event_with_actor(page)
    shoot(page, "gold-event-page")


def test_browser_hostile_text_never_runs(page: object, tmp_path: Path) -> None:
    with Store(tmp_path / "hostile.duckdb") as store:
        store.write([hostile_article()])
        with LiveServer(create_app(Settings(), store)) as server:
            for path in ("/events", "/events/ev-doc-hostile", "/documents/doc-hostile", "/actors", "/dyads", "/map",
                         "/timeline"):
                page.goto(server.url + path)  # type: ignore[attr-defined]
                assert page.evaluate("window.__pwned") is None, path  # type: ignore[attr-defined]
                if path.startswith("/events/"):
                    assert "<script>" in page.inner_text("#article")  # type: ignore[attr-defined] - shown as text
            page.goto(f"{server.url}/extract")  # type: ignore[attr-defined]
            page.fill("#extract-text", "Rebels <script>window.__pwned = 3</script> shelled the town of Tessaly.")  # type: ignore[attr-defined]
            page.click("#extract-button")  # type: ignore[attr-defined]
            page.wait_for_function("document.getElementById('extract-status').textContent.includes('events')")  # type: ignore[attr-defined]
            assert page.evaluate("window.__pwned") is None  # type: ignore[attr-defined]
