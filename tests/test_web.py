"""The web explorer through its JSON API (FastAPI TestClient over a store built here)."""

from __future__ import annotations

from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from entente.record import Actor, Event
from entente.store import Store
from entente.web import MAX_ARTICLE_BYTES, create_app
from entente.web.highlight import locate_sentence, segments
from httpserver import free_port, wait_until_up
from test_brief import HOSTILE_SENTENCE, fill_store

ARTICLE = (
    "BELGRADE - Serbian President Aleksandar Vucic met Iranian Foreign Minister Abbas "
    "Araghchi in Belgrade on Tuesday.\n\nIran and Serbia signed a plan for economic "
    "cooperation in energy and agriculture. Vucic praised Iran for its position on Kosovo.")


def real_coder():  # type: ignore[no-untyped-def]
    """The project's coder (a coder that fails to import fails the test, never skips it)."""
    from entente.coder import Coder

    return Coder()


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "web.duckdb"
    with Store(path) as s:
        fill_store(s)
    return path


@pytest.fixture
def client(db: Path) -> TestClient:
    return TestClient(create_app(db))


def test_health_and_countries_come_from_the_store(client: TestClient) -> None:
    health = client.get("/api/health").json()
    assert health["events"] == 20 and health["status"] == "ok"
    countries = {c["key"]: c for c in client.get("/api/countries").json()}
    assert countries["SRB"]["events"] == 17 and countries["SRB"]["name"] == "Serbia"
    assert countries["IRN"]["events"] == 16
    assert set(countries) == {"SRB", "IRN", "RUS", "USA", "CHN"}


def test_dyad_series_trend_and_change_points(client: TestClient) -> None:
    body = client.get("/api/dyad", params={"a": "Serbia", "b": "IRN"}).json()
    assert (body["a"], body["b"], body["a_name"]) == ("SRB", "IRN", "Serbia")
    assert sum(r["events"] for r in body["series"]) == 13
    assert body["series"][0]["period"] == "2022-02-01"
    assert body["series"][-1]["period"] == "2024-03-01"
    assert body["trend"]["slope"] < 0
    assert [c["period"] for c in body["change_points"]] == ["2024-01-01"]
    assert body["datasets"] == ["entente"]
    quarterly = client.get("/api/dyad", params={"a": "SRB", "b": "IRN", "freq": "quarter",
                                                "start": "2024-01-01"}).json()
    assert [r["events"] for r in quarterly["series"]] == [5]


def test_events_carry_sentences_and_only_safe_links(client: TestClient) -> None:
    body = client.get("/api/events", params={"a": "IRN", "b": "SRB"}).json()
    assert body["total"] == 13
    dates = [e["date"] for e in body["events"]]
    assert dates == sorted(dates)
    hostile = next(e for e in body["events"] if e["sentence"] == HOSTILE_SENTENCE)
    assert hostile["url"] == "javascript:alert(4)"  # the record as stored ...
    assert hostile["view"]["url"] is None  # ... but never offered as a link
    first = body["events"][0]
    assert first["view"]["url"] == first["url"].strip()
    assert first["view"]["source"] == "Serbian President Aleksandar Vucic"
    page = client.get("/api/events", params={"a": "IRN", "b": "SRB", "limit": 5,
                                             "offset": 10}).json()
    assert len(page["events"]) == 3


def test_bad_requests_get_one_clear_message(client: TestClient, tmp_path: Path) -> None:
    bad = client.get("/api/events", params={"a": "Atlantis", "b": "SRB"})
    assert bad.status_code == 400 and "Atlantis" in bad.json()["detail"]
    same = client.get("/api/dyad", params={"a": "SRB", "b": "Serbia"})
    assert same.status_code == 400 and "two different countries" in same.json()["detail"]
    date = client.get("/api/dyad", params={"a": "SRB", "b": "IRN", "start": "last spring"})
    assert date.status_code == 400 and "not a date" in date.json()["detail"]
    missing = TestClient(create_app(tmp_path / "nothing.duckdb")).get("/api/health")
    assert missing.status_code == 503 and "no such store" in missing.json()["detail"]


def test_brief_page_and_data(client: TestClient) -> None:
    page = client.get("/brief", params={"a": "SRB", "b": "IRN"})
    assert page.status_code == 200
    assert page.headers["content-security-policy"].startswith("default-src 'none'")
    assert "<script" not in page.text and "&lt;script&gt;alert(1)" in page.text
    assert 'data-fact="events">13<' in page.text
    md = client.get("/brief", params={"a": "SRB", "b": "IRN", "format": "md"})
    assert md.headers["content-type"].startswith("text/markdown")
    assert "Events counted: 13 between the two" in md.text
    data = client.get("/api/brief", params={"a": "SRB", "b": "IRN"}).json()
    assert data["coverage"]["events"] == 13 and data["coverage"]["documents"] == 13
    assert len(data["key_events"]) == 12 and len(data["event_ids"]) == 13
    assert {c["context"]: c["events"] for c in data["contexts"]}["sanctions"] == 1
    assert data["alignment"]["n_third_parties"] == 3
    top = client.get("/api/top-events", params={"a": "SRB", "b": "IRN", "n": 3}).json()
    assert [t["cameo_code"] for t in top] == ["057", "057", "163"]  # |Goldstein| 8, by date
    assert top[2]["view"]["label"] == "Impose embargo, boycott, or sanctions"


def test_chart_is_svg_and_the_page_is_static(client: TestClient) -> None:
    chart = client.get("/api/dyad/chart.svg", params={"a": "SRB", "b": "IRN"})
    assert chart.headers["content-type"].startswith("image/svg+xml")
    assert "<svg" in chart.text and "<script" not in chart.text
    index = client.get("/")
    assert "script-src 'self'" in index.headers["content-security-policy"]
    assert 'id="dyad-form"' in index.text and 'id="code-form"' in index.text
    script = client.get("/static/app.js").text
    assert "innerHTML" not in script and "insertAdjacentHTML" not in script


def test_openapi_schema_describes_every_api_route(client: TestClient) -> None:
    schema = client.get("/openapi.json").json()
    for path in ("/api/health", "/api/countries", "/api/dyad", "/api/dyad/chart.svg",
                 "/api/events", "/api/event/{event_id}", "/api/settings", "/api/top-events",
                 "/api/brief", "/api/code", "/api/code/upload", "/brief"):
        assert path in schema["paths"], path
    assert "post" in schema["paths"]["/api/code"]


def _ids(body: dict) -> list[str]:
    return [e["event_id"] for e in body["events"]]


def test_events_filter_sort_and_page_like_the_figures(client: TestClient) -> None:
    base = {"a": "SRB", "b": "IRN"}
    every = client.get("/api/events", params=base).json()
    assert every["total"] == 13
    one_way = client.get("/api/events", params={**base, "direction": "a->b"}).json()
    assert one_way["total"] == 5
    assert {e["source"]["country"] for e in one_way["events"]} == {"SRB"}
    conflict = client.get("/api/events", params=[("a", "SRB"), ("b", "IRN"), ("quad", 3),
                                                  ("quad", 4)]).json()
    assert conflict["total"] == 5 and {e["quad_class"] for e in conflict["events"]} == {3, 4}
    agreements = client.get("/api/events", params={**base, "root": "05"}).json()
    assert {e["cameo_root"] for e in agreements["events"]} == {"05"}
    visas = client.get("/api/events", params={**base, "q": "Visa"}).json()
    assert visas["total"] == 2
    assert client.get("/api/events", params={**base, "dataset": "icews"}).json()["total"] == 0
    by_score = client.get("/api/events", params={**base, "sort": "goldstein",
                                                  "order": "desc"}).json()
    scores = [e["goldstein"] for e in by_score["events"]]
    assert scores == sorted(scores, reverse=True)
    month = client.get("/api/events", params={**base, "period": "2024-01-01"}).json()
    assert (month["total"], month["start"], month["end"]) == (2, "2024-01-01", "2024-01-31")
    quarter = client.get("/api/events", params={**base, "period": "2024-01-01",
                                                 "freq": "quarter"}).json()
    assert quarter["total"] == 5
    series = client.get("/api/dyad", params={**base, "start": "2024-01-01",
                                             "end": "2024-03-31", "freq": "quarter"}).json()
    assert series["series"][0]["events"] == quarter["total"]
    assert series["series"][0]["label"] == "Q1 2024"
    assert client.get("/api/events", params={**base, "sort": "mood"}).status_code == 422


def test_event_detail_has_actors_reasons_rule_evidence_and_version(client: TestClient) -> None:
    first = client.get("/api/events", params={"a": "SRB", "b": "IRN"}).json()["events"][0]
    detail = client.get(f"/api/event/{first['event_id']}").json()["detail"]
    assert detail["source"]["name"] == "Serbian President Aleksandar Vucic"
    assert detail["source"]["code"] == "SRBGOV" and "SRB" in detail["source"]["reason"]
    assert detail["evidence"] == [{"sentence": first["sentence"], "url": first["url"],
                                   "title": first["title"]}]
    assert detail["coder_version"] == "entente-coder test"
    dated = client.get(f"/api/event/{first['event_id']}", params={"date": first["date"]})
    assert dated.json()["detail"] == detail
    assert client.get(f"/api/event/{first['event_id']}",
                      params={"date": "not a day"}).status_code in (400, 422)
    missing = client.get("/api/event/not-an-event")
    assert missing.status_code == 404 and "not-an-event" in missing.json()["detail"]


def test_directed_split_and_confidence_floor_on_the_dyad(client: TestClient) -> None:
    body = client.get("/api/dyad", params={"a": "SRB", "b": "IRN", "directed": "true"}).json()
    split = body["directed"]
    assert set(split) == {"SRB->IRN", "IRN->SRB"}
    assert sum(r["events"] for r in split["SRB->IRN"]) == 5
    assert sum(r["events"] for r in split["IRN->SRB"]) == 8
    assert [r["period"] for r in split["SRB->IRN"]] == [r["period"] for r in body["series"]]
    settings = client.get("/api/settings").json()
    assert body["min_confidence"] == settings["min_confidence"]
    assert {"root": "19", "label": "Fight"} in settings["roots"]
    bad = client.get("/api/dyad", params={"a": "SRB", "b": "IRN", "min_confidence": 3})
    assert bad.status_code == 422


def _event(sentence: str, source: tuple[int, int], target: tuple[int, int],
           trigger: tuple[int, int]) -> Event:
    return Event(dataset="entente", doc_id="d", cameo_code="051", sentence=sentence,
                 source=Actor(sentence[slice(*source)], *source, "state", "IRN"),
                 target=Actor(sentence[slice(*target)], *target, "state", "SRB"),
                 trigger_text=sentence[slice(*trigger)], trigger_start=trigger[0],
                 trigger_end=trigger[1])


def test_segments_map_sentence_offsets_into_the_document() -> None:
    text = "Tehran, Monday.  Iran  \u201cwarmly\u201d praised\nSerbia. Nothing else happened."
    sentence = 'Iran "warmly" praised Serbia.'
    events = [_event(sentence, (0, 4), (22, 28), (14, 21))]
    parts = segments(text, events)
    assert "".join(text[s.start:s.end] for s in parts) == text
    marked = {text[s.start:s.end]: s.roles for s in parts if len(s.roles) > 1}
    assert marked == {"Iran": ["sentence", "source"], "praised": ["sentence", "trigger"],
                      "Serbia": ["sentence", "target"]}
    at = text.index("Nothing")
    assert locate_sentence(text, "Nothing else happened.") == list(range(at, at + 22))
    assert locate_sentence(text, "Not in the text.") is None


def test_code_pasted_article_returns_events_and_highlights(db: Path) -> None:
    client = TestClient(create_app(db, coder=real_coder()))
    body = client.post("/api/code", json={"text": ARTICLE, "date": "2024-12-10"}).json()
    assert body["text"] == ARTICLE
    assert "".join(s["text"] for s in body["segments"]) == ARTICLE
    pairs = {(e["source"]["country"], e["target"]["country"]) for e in body["events"]}
    assert ("SRB", "IRN") in pairs or ("IRN", "SRB") in pairs
    roles = {r for s in body["segments"] for r in s["roles"]}
    assert {"source", "target", "trigger"} <= roles
    assert all(e["date"] == "2024-12-10" for e in body["events"])
    for event in body["events"]:
        assert event["view"]["confidence"] == f"{event['confidence']:.2f}"
        assert event["explain"].startswith("event ") and "rule:" in event["explain"]


def test_code_upload_strips_hostile_html(db: Path) -> None:
    client = TestClient(create_app(db, coder=real_coder()))
    page = ("<html><head><title>Talks</title><script>alert('x')</script></head><body>"
            f"<article><p>{ARTICLE}</p><p onclick=\"alert(2)\">More to follow.</p>"
            "</article></body></html>")
    body = client.post("/api/code/upload", files={"file": ("story.html", page, "text/html")},
                       data={"date": "2024-12-10"}).json()
    assert "alert" not in body["text"] and "<p" not in body["text"]
    assert "Araghchi" in body["text"]


def test_code_rejects_empty_and_oversized_articles(db: Path) -> None:
    client = TestClient(create_app(db, coder=object()))
    assert client.post("/api/code", json={"text": "   "}).status_code == 422
    big = client.post("/api/code", json={"text": "x" * (MAX_ARTICLE_BYTES + 1)})
    assert big.status_code == 413
    upload = client.post("/api/code/upload",
                         files={"file": ("a.txt", b"y" * (MAX_ARTICLE_BYTES + 5), "text/plain")})
    assert upload.status_code == 413
    empty = client.post("/api/code/upload", files={"file": ("a.txt", b"  ", "text/plain")})
    assert empty.status_code == 400 and "a.txt" in empty.json()["detail"]


def test_entente_serve_binds_to_localhost_and_answers(db: Path) -> None:
    import subprocess
    import sys

    port = free_port()
    proc = subprocess.Popen([sys.executable, "-m", "entente", "serve", "--port", str(port),
                             "--db", str(db)], stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                            text=True)
    try:
        health = wait_until_up(f"http://127.0.0.1:{port}/api/health", proc)
        assert health.json()["events"] == 20
        listening = subprocess.run(["ss", "-ltn", f"sport = :{port}"], capture_output=True,
                                   text=True, check=False).stdout
        if listening:  # ss is there: the socket is bound to the loopback address only
            assert f"127.0.0.1:{port}" in listening and f"0.0.0.0:{port}" not in listening
    finally:
        proc.terminate()
        proc.wait(10)
    assert f"http://127.0.0.1:{port}" in (proc.stdout.read() if proc.stdout else "")
