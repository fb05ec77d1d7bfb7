"""Reading articles: text, HTML (main text only), JSONL, stdin and URLs with limits."""

from __future__ import annotations

import io
import sys
from datetime import date
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from entente.errors import EntenteError, FetchError, InputError
from entente.sources import Fetcher, extract_html, read_documents
from httpserver import LocalWeb

FIX = Path(__file__).parent / "fixtures" / "sources"


def test_text_file_is_one_document_with_content_hash_id() -> None:
    (doc,) = read_documents([str(FIX / "serbia_iran.txt")], date=date(2025, 6, 3))
    assert doc.text.startswith("BELGRADE, June 3 (Wire) - Serbia and Iran signed")
    assert doc.doc_id == doc.content_hash and len(doc.doc_id) == 16
    assert doc.pub_date == date(2025, 6, 3)
    assert doc.kind == "text"


def test_html_keeps_article_and_drops_boilerplate() -> None:
    (doc,) = read_documents([str(FIX / "border_clash.html")])
    assert doc.title == "Armenia accuses Azerbaijan of shelling border villages"
    assert doc.pub_date == date(2025, 5, 14)
    assert "Armenia accused Azerbaijan on Wednesday of shelling three villages" in doc.text
    assert "return to talks on a peace treaty" in doc.text
    for junk in ("Subscribe now", "barbecue", "Celebrity wedding", "payday loans",
                 "online casino", "All rights reserved", "Privacy policy", "Related stories"):
        assert junk not in doc.text, junk


def test_html_without_article_text_is_an_error_naming_it() -> None:
    with pytest.raises(InputError, match="menu.html: no article text"):
        extract_html("<html><body><nav><a href='/'>Home</a> <a href='/w'>World</a> "
                     "<a href='/b'>Business</a> <a href='/s'>Sport</a></nav></body></html>",
                     name="menu.html")


def test_jsonl_ids_dates_and_urls() -> None:
    docs = list(read_documents([str(FIX / "batch.jsonl")]))
    assert [d.doc_id for d in docs] == ["wire-0412", "wire-0413", "414"]
    assert [d.pub_date for d in docs] == [date(2025, 7, 14), date(2025, 7, 15), None]
    assert docs[0].url == "https://example-news.org/world/china-russia-drills"
    assert docs[0].publisher == "example-news.org"


@pytest.mark.parametrize(("name", "message"), [
    ("bad_line.jsonl", r"bad_line.jsonl: line 2: field \"date\": not a date"),
    ("broken_json.jsonl", r"broken_json.jsonl: line 2: not valid JSON"),
    ("latin1.txt", r"latin1.txt: line 1: not valid UTF-8"),
])
def test_bad_input_names_file_and_line(name: str, message: str) -> None:
    with pytest.raises(InputError, match=message):
        list(read_documents([str(FIX / name)]))


def test_missing_file_and_unknown_scheme() -> None:
    with pytest.raises(InputError, match="nowhere.txt: no such file"):
        list(read_documents(["nowhere.txt"]))
    with pytest.raises(InputError, match="only http and https"):
        list(read_documents(["file:///etc/passwd"]))


def test_on_error_reports_and_goes_on() -> None:
    errors: list[EntenteError] = []
    docs = list(read_documents([str(FIX / "bad_line.jsonl"), str(FIX / "serbia_iran.txt")],
                               on_error=errors.append))
    assert len(docs) == 1 and len(errors) == 1


def test_stdin_sniffs_jsonl(monkeypatch: pytest.MonkeyPatch) -> None:
    data = b'{"id": "s1", "text": "Egypt hosted talks between Hamas and Israel."}\n'
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data)))
    (doc,) = read_documents(["-"])
    assert doc.doc_id == "s1" and doc.kind == "jsonl"


def test_url_html_and_failures_each_named(web: LocalWeb) -> None:
    page = web.add("/story", (FIX / "border_clash.html").read_text())
    moved = web.redirect("/old-story", page)
    loop = web.redirect("/loop", web.url("/loop"))
    sneaky = web.redirect("/sneaky", "file:///etc/passwd")
    big = web.add("/huge", "<p>" + "war " * 5000 + "</p>")
    errors: list[EntenteError] = []
    with Fetcher(min_interval=0, max_bytes=10_000, max_redirects=3,
                 allow_private=True) as fetcher:
        docs = list(read_documents([page, web.url("/gone"), moved, loop, sneaky, big],
                                   fetcher=fetcher, on_error=errors.append))
    assert [d.title for d in docs] == ["Armenia accuses Azerbaijan of shelling border villages"] * 2
    assert docs[0].url == page and docs[1].url == page
    messages = [str(e) for e in errors]
    assert messages[0] == f"{web.url('/gone')}: HTTP 404"
    assert "more than 3 redirects" in messages[1]
    assert "only http and https" in messages[2]
    assert "10000-byte limit" in messages[3]
    assert all(isinstance(e, FetchError) for e in errors)


def test_rate_limit_spaces_requests_to_one_host(web: LocalWeb) -> None:
    import time

    url = web.add("/a", "plain words", "text/plain")
    with Fetcher(min_interval=0.3, allow_private=True) as fetcher:
        start = time.monotonic()
        for _ in range(3):
            fetcher.fetch(url)
        assert time.monotonic() - start >= 0.6


@settings(max_examples=60, deadline=None)
@given(st.binary(max_size=400))
def test_any_bytes_give_documents_or_one_input_error(data: bytes) -> None:
    from entente.sources.documents import documents_from_bytes

    for fmt in ("auto", "jsonl", "text"):
        try:
            docs = documents_from_bytes(data, "fuzz.bin", fmt)
        except InputError as exc:
            assert str(exc).startswith("fuzz.bin")
        else:
            assert all(d.text.strip() for d in docs)


@settings(max_examples=60, deadline=None)
@given(st.text(max_size=300))
def test_master_list_parser_never_fails(text: str) -> None:
    from entente.sources.gdelt_download import parse_master_list

    for entry in parse_master_list(text):
        assert entry.name.endswith(".export.CSV.zip") and len(entry.md5) == 32


def _wire_lines(count: int) -> list[str]:
    """`count` distinct JSONL wire items, one a line."""
    import json

    ports = ["Rotterdam", "Piraeus", "Gdansk", "Constanta", "Valencia"]
    return [json.dumps({"id": f"wire-{n:05d}", "date": "2025-03-04",
                        "text": f"Officials in {ports[n % 5]} said the grain shipment number "
                                f"{n} left port on Tuesday after customs checks."})
            for n in range(count)]


def test_jsonl_file_is_read_lazily_and_again_on_each_pass(tmp_path: Path) -> None:
    import tracemalloc

    from entente.sources.documents import JsonlFile, read_input

    path = tmp_path / "wire.jsonl"
    path.write_text("\n".join(_wire_lines(20_000)) + "\n", encoding="utf-8")
    docs = read_input(str(path))
    assert isinstance(docs, JsonlFile) and len(docs) == 20_000
    tracemalloc.start()
    try:
        count = sum(1 for _ in docs)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    # the file is 2.6 MB and its documents several times that: read whole, the peak would
    # be well above a megabyte
    assert count == 20_000 and path.stat().st_size > 2_000_000 and peak < 1_000_000
    assert [d.doc_id for d in docs][-1] == "wire-19999"  # a second pass reads it again


def test_bad_line_deep_in_a_jsonl_file_fails_before_any_document(tmp_path: Path) -> None:
    lines = _wire_lines(6_000)
    lines[4_999] = lines[4_999].replace('"2025-03-04"', '"4 March"')
    path = tmp_path / "long.jsonl"
    path.write_bytes(("\n".join(lines) + "\n").encode() + b'{"text": "caf\xe9"}\n')
    errors: list[EntenteError] = []
    docs = list(read_documents([str(path), str(FIX / "serbia_iran.txt")],
                               on_error=errors.append))
    assert [d.kind for d in docs] == ["text"]  # nothing of the bad file was handed out
    assert [str(e) for e in errors] == [
        f'{path}: line 5000: field "date": not a date: \'4 March\' (use YYYY-MM-DD)']
    lines[4_999] = lines[0].replace("wire-00000", "wire-04999")
    path.write_bytes(("\n".join(lines) + "\n").encode() + b'{"text": "caf\xe9"}\n')
    with pytest.raises(InputError, match=r"long.jsonl: line 6001: not valid UTF-8"):
        list(read_documents([str(path)]))


def test_jsonl_without_extension_is_sniffed_and_blank_file_is_empty(tmp_path: Path) -> None:
    feed = tmp_path / "export"
    feed.write_text("\ufeff" + "\n".join(_wire_lines(3)) + "\n\n", encoding="utf-8")
    assert [d.doc_id for d in read_documents([str(feed)])] == [
        "wire-00000", "wire-00001", "wire-00002"]
    blank = tmp_path / "blank.jsonl"
    blank.write_text("\n  \n", encoding="utf-8")
    with pytest.raises(InputError, match="blank.jsonl: empty input"):
        list(read_documents([str(blank)]))
