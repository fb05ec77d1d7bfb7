"""Text hygiene: bidi overrides, zero-width characters and NUL never reach a reader (brief
HTML and Markdown, web JSON), while the store keeps the text exactly as read."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from entente.brief import build_brief, render_html, render_markdown
from entente.display import REPLACEMENT, neutralise, neutralise_tree
from entente.record import Actor, Event
from entente.store import Store
from entente.web import create_app

HIDDEN = ("\u202e", "\u202d", "\u2066", "\u2069", "\u200b", "\u200d", "\ufeff", "\x00",
          "\x1b")
#: A sentence as a hostile page might carry it: a right-to-left override that makes
#: "exe.jpg" read as a picture, a zero-width space inside a name, a NUL.
SENTENCE = ("Serbia's foreign ministry summoned Iran's ambassador over the file "
            "report\u202egpj.exe, sent by Ira\u200bn's embassy\x00 on Monday.")


def test_neutralise_replaces_one_for_one_and_keeps_ordinary_text() -> None:
    for char in HIDDEN:
        assert neutralise(f"a{char}b") == f"a{REPLACEMENT}b"
    plain = "Beograd — Tehran: \"talks\", 20 % more; Ελλάδα, 日本, عربى\nnext\tline\r\n"
    assert neutralise(plain) == plain
    assert len(neutralise(SENTENCE)) == len(SENTENCE)
    assert neutralise_tree({"k\u202e": ["x\u200by", 3, None]}) == \
        {f"k{REPLACEMENT}": [f"x{REPLACEMENT}y", 3, None]}


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "hostile.duckdb"
    with Store(path) as store:
        store.add_events([Event(
            dataset="entente", doc_id=f"doc-{i}", date=date(2025, 3, 3 + i),
            source=Actor(text="Serbia's foreign ministry", kind="state", country="SRB",
                         sector="GOV"),
            target=Actor(text="Iran\u202e's ambassador", kind="person", country="IRN"),
            cameo_code="1012" if i else "111", cameo_root="10" if i else "11",
            quad_class=3, goldstein=-4.0, sentence=SENTENCE,
            title=f"Envoy summoned\u2066 {i}", url=f"https://news.example/{i}",
            publisher="news.example", confidence=0.9) for i in range(3)])
    return path


def _clean(text: str) -> bool:
    return not any(char in text for char in HIDDEN)


def test_briefs_show_no_hidden_characters(db: Path) -> None:
    with Store(db, read_only=True) as store:
        brief = build_brief(store, "SRB", "IRN", min_confidence=0)
        html, markdown = render_html(brief), render_markdown(brief)
        stored = store.events()
    assert _clean(html) and _clean(markdown)
    assert "gpj.exe" in html and REPLACEMENT in html
    assert all(e.sentence == SENTENCE for e in stored)  # the store keeps what was read


def test_web_answers_show_no_hidden_characters(db: Path) -> None:
    client = TestClient(create_app(db))
    events = client.get("/api/events", params={"a": "SRB", "b": "IRN", "min_confidence": 0})
    assert events.status_code == 200 and _clean(events.text)
    assert REPLACEMENT in events.text or "\\ufffd" in events.text


class EchoCoder:
    """Returns no events: only the text round trip matters here."""

    def code_document(self, doc, date=None):  # type: ignore[no-untyped-def]
        return []


def test_coded_text_keeps_its_length_so_offsets_stay_valid(db: Path) -> None:
    client = TestClient(create_app(db, coder=EchoCoder()))
    answer = client.post("/api/code", json={"text": SENTENCE})
    assert answer.status_code == 200
    text = answer.json()["text"]
    assert _clean(text) and len(text) == len(SENTENCE)
