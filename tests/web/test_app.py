"""Every endpoint in process: answers, bad parameters (4xx with a message, never 500), hostile text stays inert."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from starlette.testclient import TestClient

from eventmill.store.duckdb import Store
from tests.web.conftest import SCRIPT, make_client

PAGES = ["/events", "/events?q=shelled", "/events?type=&since=&modality=&q=", "/events/ev-doc-hostile", "/events/ev-doc-peace", "/documents/doc-hostile",
         "/timeline", "/timeline?period=day", "/dyads", "/map", "/actors", "/actors?name=rebels", "/extract"]
WEB = Path(__file__).resolve().parents[2] / "src" / "eventmill" / "web"


@pytest.mark.parametrize(("url", "check"), [
    ("/api/events", lambda body: body["total"] == 2 and [e["type"] for e in body["events"]] == ["CONSULT", "ASSAULT"]),
    ("/api/events?sort=-date&per_page=1", lambda body: body["total"] == 2 and body["events"][0]["type"] == "ASSAULT"),
    ("/api/events?page=2&per_page=1", lambda body: body["page"] == 2 and body["events"][0]["type"] == "ASSAULT"),
    ("/api/events?type=CONSULT&country=xbb", lambda body: [e["doc_id"] for e in body["events"]] == ["doc-peace"]),
    ("/api/events?since=2024-03-01&until=2024-03-31", lambda body: body["total"] == 1),
    ("/api/events?q=WATER", lambda body: body["total"] == 0),  # the accord is not the evidence sentence
    ("/api/events?actor=norland&modality=asserted", lambda body: body["total"] == 1),
    ("/api/events?actor=&q=", lambda body: body["total"] == 2),  # an empty text matches everything
    ("/api/events/ev-doc-peace", lambda body: body["event"]["type"] == "CONSULT"
     and body["document"]["title"] == "Water accord" and [m["doc_id"] for m in body["mentions"]] == ["doc-peace"]),
    ("/api/documents", lambda body: [d["doc_id"] for d in body["documents"]] == ["doc-hostile", "doc-peace"]),
    ("/api/documents?title=accord", lambda body: body["total"] == 1 and body["documents"][0]["events"] == 1),
    ("/api/documents/doc-peace", lambda body: body["text"].startswith("Delegates") and len(body["events"]) == 1),
    ("/api/actors?name=SUDRIA", lambda body: [a["name"] for a in body["actors"]] == ["envoys of Sudria"]),
    ("/api/dyads", lambda body: {(d["source"], d["target"]) for d in body["dyads"]} == {("XAA REB", "XBB CVL")}),
    ("/api/series?period=month", lambda body: [(p["period"], p["type"]) for p in body["points"]]
     == [("2024-02-01", "CONSULT"), ("2024-03-01", "ASSAULT")]),
    ("/api/places", lambda body: body["places"][0]["events"] == 2 and body["countries"] == {"FRA": 2}),
])
def test_app_api_endpoints_answer(client: TestClient, url: str, check: object) -> None:
    response = client.get(url)
    assert response.status_code == 200, response.text
    assert check(response.json())  # type: ignore[operator]


@pytest.mark.parametrize("url", [
    "/api/events?type=assault", "/api/events?type=FOO", "/api/events?country=FRANCE", "/api/events?since=2024-02-30",
    "/api/events?until=yesterday", "/api/events?page=0", "/api/events?per_page=201", "/api/events?per_page=-1",
    "/api/events?page=abc", "/api/events?sort=e.type;DROP", "/api/events?modality=maybe", f"/api/events?q={'x' * 201}",
    "/api/events/not%20an%20id", "/api/events/ev-unknown", "/api/documents/no-such-doc", "/api/series?period=decade",
    "/api/dyads?top=0", "/api/places?top=999999", "/api/actors?per_page=1000",
    "/events?since=2024-13-01", "/events/ev-unknown", "/timeline?period=hour", "/documents/nope",
])
def test_app_bad_parameters_are_4xx_with_a_message(client: TestClient, url: str) -> None:
    response = client.get(url)
    assert 400 <= response.status_code < 500
    if url.startswith("/api"):
        assert response.json()["detail"]
    else:
        assert 'id="error-message"' in response.text and "Error" in response.text


@pytest.mark.parametrize("url", PAGES)
def test_app_pages_render_hostile_text_escaped(client: TestClient, url: str) -> None:
    page = client.get(url)
    assert page.status_code == 200 and page.headers["content-type"].startswith("text/html")
    assert SCRIPT not in page.text and "<img src=x" not in page.text and "<b>town</b>" not in page.text
    if "hostile" in url:
        assert "&lt;script&gt;window.__pwned = 1&lt;/script&gt;" in page.text


def test_app_api_returns_hostile_text_as_json_data(client: TestClient) -> None:
    response = client.get("/api/documents/doc-hostile")
    assert response.headers["content-type"] == "application/json" and SCRIPT in response.json()["text"]


def test_app_event_page_highlights_evidence_actor_and_recipient(client: TestClient) -> None:
    page = client.get("/events/ev-doc-peace").text
    assert '<mark class="actor evidence">Delegates from Norland</mark>' in page
    assert '<mark class="evidence recipient">envoys of Sudria</mark>' in page
    assert '<mark class="evidence trigger">met</mark>' in page
    assert "Both sides signed a water accord." in page.split('id="article"')[1]  # the rest of the article, unmarked


@pytest.mark.parametrize("value", ["' OR '1'='1", "x'); DROP TABLE events; --", "%' --", "\\", "\u0000"])
def test_app_sql_in_parameters_is_only_data(client: TestClient, web_store: Store, value: str) -> None:
    for url in ("/api/events", "/api/actors", "/api/documents"):
        response = client.get(url, params={"actor" if url == "/api/events" else ("name" if "actors" in url else "title"): value})
        assert response.status_code == 200 and response.json()["total"] == 0
    assert web_store.counts()["events"] == 2


@pytest.mark.parametrize("url", ["/static/../app.py", "/static/%2e%2e/app.py", "/static/..%2fapp.py",
                                 "/documents/..%2f..%2fetc%2fpasswd", "/api/documents/../../etc/passwd",
                                 "/static//etc/passwd"])
def test_app_paths_cannot_leave_the_static_folder_or_the_store(client: TestClient, url: str) -> None:
    response = client.get(url)
    assert response.status_code in (404, 422) or "root:" not in response.text
    assert "def create_app" not in response.text and "root:x:" not in response.text


def test_app_serves_only_local_assets() -> None:
    for path in [*WEB.glob("templates/*.html"), *WEB.glob("static/*")]:
        text = path.read_text(encoding="utf-8")
        assert not re.search(r"""(src|href)=["']?(https?:)?//""", text), path.name
        assert "innerHTML" not in text and "insertAdjacentHTML" not in text and "| safe" not in text, path.name


def test_app_has_no_cdn_backed_docs_pages(client: TestClient) -> None:
    assert client.get("/docs").status_code == 404 and client.get("/redoc").status_code == 404
    spec = client.get("/openapi.json").json()
    assert {"/api/events", "/api/events/{event_id}", "/api/documents", "/api/documents/{doc_id}", "/api/actors",
            "/api/dyads", "/api/series", "/api/places", "/api/extract"} <= set(spec["paths"])


def test_app_home_goes_to_the_events(client: TestClient) -> None:
    assert client.get("/", follow_redirects=False).headers["location"] == "/events"


@pytest.mark.parametrize(("path", "body"), [
    ("/api/extract", {"text": "Soldiers fired on protesters.", "date": "2024-03-05"}),
    ("/api/documents", {"documents": [{"text": "Soldiers fired on protesters."}]}),
])
def test_app_writes_need_the_token_when_one_is_set(web_store: Store, path: str, body: dict[str, object]) -> None:
    guarded = make_client(web_store, token="s3cret")
    for headers in ({}, {"Authorization": "Bearer wrong"}, {"Authorization": "s3cret"}):
        response = guarded.post(path, json=body, headers=headers)
        assert response.status_code == 401 and "token" in response.json()["detail"]


@pytest.mark.parametrize(("path", "body", "status"), [
    ("/api/extract", {"text": ""}, 422),
    ("/api/extract", {"text": "x", "date": "2024-02-30"}, 422),
    ("/api/extract", {"txt": "x"}, 422),
    ("/api/documents", {"documents": []}, 422),
    ("/api/documents", {"documents": [{"text": "a"}] * 101}, 422),
])
def test_app_bad_bodies_are_refused(client: TestClient, path: str, body: dict[str, object], status: int) -> None:
    response = client.post(path, json=body)
    assert response.status_code == status and response.json()["detail"]


def test_app_refuses_bodies_over_the_limit(web_store: Store) -> None:
    small = make_client(web_store, max_body_bytes=1000)
    response = small.post("/api/extract", json={"text": "x" * 2000})
    assert response.status_code == 413 and "1000 bytes" in response.json()["detail"]
    chunked = small.post("/api/extract", content=iter([b'{"text": "', b"x" * 1500, b'"}']),
                         headers={"content-type": "application/json"})
    assert chunked.status_code == 413


def test_app_read_only_store_refuses_to_store_documents(tmp_path: Path, web_store: Store) -> None:
    web_store.close()
    with Store(tmp_path / "web.duckdb", read_only=True) as reading:
        response = make_client(reading, read_only=True).post("/api/documents", json={"documents": [{"text": "Hi."}]})
    assert response.status_code == 409 and "read-only" in response.json()["detail"]


@pytest.mark.parametrize("url", [f"/documents/{SCRIPT}", f"/events?actor={SCRIPT}", f"/events?since={SCRIPT}",
                                 f"/actors?name={SCRIPT}&page=0"])
def test_app_error_and_empty_pages_echo_input_escaped(client: TestClient, url: str) -> None:
    page = client.get(url)
    assert page.status_code < 500 and SCRIPT not in page.text


@pytest.mark.model
def test_app_stores_posted_documents_once_and_serves_their_events(client: TestClient) -> None:
    lines = (Path(__file__).resolve().parents[2] / "examples" / "border-clash.txt").read_text(encoding="utf-8").splitlines()
    document = {"doc_id": "posted-1", "text": "\n".join(lines[1:]), "date": lines[0].split()[1], "title": "Border"}
    first = client.post("/api/documents", json={"documents": [document]}).json()
    assert first["stored"] == 1 and first["events"] >= 3 and first["failed"] == 0
    assert client.get("/api/events", params={"doc_id": "posted-1"}).json()["total"] == first["events"]
    again = client.post("/api/documents", json={"documents": [document]}).json()
    assert again == {"stored": 0, "unchanged": 1, "failed": 0, "events": 0}
