"""The explorer's limits (web/limits.py): body size, integer bounds, Host header, article
length, one coder however many first requests, no paths in answers."""

from __future__ import annotations

import threading
import time
from datetime import date
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from entente.record import Actor, Event
from entente.store import Store
from entente.web import create_app
from entente.web.limits import MAX_ARTICLE_CHARS, MAX_BODY_BYTES, allowed_hosts, without_paths


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "web.duckdb"
    with Store(path) as store:
        store.add_events([Event(dataset="entente", doc_id=f"d-{i}", date=date(2025, 2, 3 + i),
                                source=Actor(text="Japan", kind="state", country="JPN"),
                                target=Actor(text="China", kind="state", country="CHN"),
                                cameo_code="111", cameo_root="11", quad_class=3,
                                goldstein=-2.0) for i in range(4)])
    return path


class SlowCoder:
    """Counts how often it is built; building takes a while, as the real one does."""

    built = 0

    def __init__(self) -> None:
        time.sleep(0.3)
        type(self).built += 1

    def code_document(self, doc, date=None):  # type: ignore[no-untyped-def]
        return []


def test_a_body_over_the_limit_is_refused_before_it_is_parsed(db: Path) -> None:
    client = TestClient(create_app(db, coder=SlowCoder))
    padded = {"text": "Japan protested to China.", "junk": "x" * (MAX_BODY_BYTES + 10)}
    answer = client.post("/api/code", json=padded)
    assert answer.status_code == 413 and "request body larger" in answer.json()["detail"]

    def chunks():  # no Content-Length: the limit is counted while reading
        yield b'{"text": "'
        for _ in range(MAX_BODY_BYTES // 65_536 + 2):
            yield b"y" * 65_536
        yield b'"}'

    streamed = client.post("/api/code", content=chunks(),
                           headers={"content-type": "application/json"})
    assert streamed.status_code == 413


def test_unknown_fields_are_refused(db: Path) -> None:
    client = TestClient(create_app(db, coder=SlowCoder()))
    answer = client.post("/api/code", json={"text": "Japan protested to China.",
                                            "junk": "abc"})
    assert answer.status_code == 422


def test_an_article_longer_than_the_limit_is_refused(db: Path) -> None:
    client = TestClient(create_app(db, coder=SlowCoder()))
    text = "Japan protested to China over the drills. " * (MAX_ARTICLE_CHARS // 40)
    answer = client.post("/api/code", json={"text": text})
    assert answer.status_code == 413 and "100,000" in answer.json()["detail"]
    upload = client.post("/api/code/upload", files={"file": ("long.txt", text.encode())})
    assert upload.status_code == 413 and upload.json()["detail"].startswith("long.txt: ")


@pytest.mark.parametrize("query", ["offset=9223372036854775808", "offset=-1",
                                   "limit=99999999999", "offset=" + "9" * 5000,
                                   "n=4294967296"])
def test_integer_parameters_out_of_range_are_422_not_500(db: Path, query: str) -> None:
    client = TestClient(create_app(db), raise_server_exceptions=False)
    path = "/api/top-events" if query.startswith("n=") else "/api/events"
    answer = client.get(f"{path}?a=JPN&b=CHN&{query}")
    assert answer.status_code == 422


def test_a_large_but_valid_offset_is_an_empty_page(db: Path) -> None:
    client = TestClient(create_app(db))
    page = client.get("/api/events?a=JPN&b=CHN&offset=2000000000").json()
    assert page["total"] == 4 and page["events"] == []


def test_only_the_host_names_the_server_was_started_for_are_answered(db: Path) -> None:
    app = create_app(db, allowed_hosts=allowed_hosts("127.0.0.1"))
    for base in ("http://127.0.0.1:8000", "http://localhost:8000", "http://[::1]:8000"):
        assert TestClient(app, base_url=base).get("/api/health").status_code == 200
    for base in ("http://rebound.attacker.example:8000", "http://127.0.0.1.nip.io:8000"):
        answer = TestClient(app, base_url=base).get("/api/health")
        assert answer.status_code == 400 and "Host" in answer.json()["detail"]
    assert "192.0.2.10" in allowed_hosts("192.0.2.10")
    assert "attacker.example" not in allowed_hosts("0.0.0.0")


def test_sixteen_first_requests_build_one_coder(db: Path,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    import entente.coder

    monkeypatch.setattr(entente.coder, "Coder", SlowCoder)
    SlowCoder.built = 0
    client = TestClient(create_app(db))
    answers: list[int] = []

    def ask() -> None:
        answers.append(client.post("/api/code", json={"text": "Japan protested."}).status_code)

    threads = [threading.Thread(target=ask) for _ in range(16)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)
    assert answers == [200] * 16 and SlowCoder.built == 1


def test_paths_are_taken_out_of_messages() -> None:
    assert without_paths("/srv/data/entente.duckdb: cannot open store: IO Error: "
                         'Could not set lock on file "/srv/data/entente.duckdb"') == (
        'the store: cannot open store: IO Error: Could not set lock on file "the store"')
    assert without_paths(r"C:\data\e.duckdb: no such store") == "the store: no such store"
    assert without_paths("no such store (ingest something first)") == \
        "no such store (ingest something first)"


def test_answers_are_kept_per_snapshot_and_renewed_after_a_write(db: Path) -> None:
    client = TestClient(create_app(db))
    first = client.get("/api/events?a=JPN&b=CHN")
    assert client.get("/api/events?a=JPN&b=CHN").json() == first.json()
    with Store(db) as store:  # another write: a new snapshot, a new answer
        store.add_events([Event(dataset="entente", doc_id="d-new", date=date(2025, 2, 20),
                                source=Actor(text="China", kind="state", country="CHN"),
                                target=Actor(text="Japan", kind="state", country="JPN"),
                                cameo_code="036", cameo_root="03", quad_class=1,
                                goldstein=4.0)])
    assert client.get("/api/events?a=JPN&b=CHN").json()["total"] == first.json()["total"] + 1
