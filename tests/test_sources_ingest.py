"""Articles into the store with the real coder: dedup, near-duplicates, re-ingest, recode,
feeds and URLs served from 127.0.0.1."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from entente.sources import Fetcher
from entente.sources.feed import ingest_feeds, parse_feed
from entente.sources.ingest import ingest_inputs, recode
from entente.sources.neardup import NearDuplicateIndex
from entente.store import Store
from httpserver import LocalWeb
from test_sources_server import run

FIX = Path(__file__).parent / "fixtures" / "sources"
STORY = FIX / "serbia_iran.txt"
REPOST = FIX / "serbia_iran_repost.txt"


@pytest.fixture(scope="module")
def coder():
    from entente.coder import Coder

    return Coder()


def test_jsonl_ingest_stores_documents_and_events(store: Store, coder) -> None:
    report = ingest_inputs(store, [str(FIX / "batch.jsonl")], coder=coder)
    assert report.documents_added == 3 and report.events_added > 0
    events = store.events()
    assert {e.doc_id for e in events} <= {"wire-0412", "wire-0413", "414"}
    drills = [e for e in events if e.doc_id == "wire-0412"]
    assert drills and all(e.dataset == "entente" for e in drills)
    assert all(e.url == "https://example-news.org/world/china-russia-drills" and
               e.publisher == "example-news.org" and str(e.pub_date) == "2025-07-14"
               for e in drills)
    again = ingest_inputs(store, [str(FIX / "batch.jsonl")], coder=coder)
    assert again.inputs[0].status == "already ingested" and again.events_added == 0


def test_exact_copy_is_not_stored_twice(store: Store, coder, tmp_path: Path) -> None:
    import json

    copy = tmp_path / "copy.jsonl"  # the same text under an id of its own
    copy.write_text(json.dumps({"id": "site-b-77", "text": STORY.read_text()}) + "\n",
                    encoding="utf-8")
    ingest_inputs(store, [str(STORY)], coder=coder)
    before = store.count_events()
    report = ingest_inputs(store, [str(copy)], coder=coder)
    assert report.documents_added == 0 and report.inputs[0].rows_skipped == 1
    assert store.count_events() == before and store.count_documents() == 1


def test_near_duplicate_is_linked_and_its_events_marked(store: Store, coder) -> None:
    ingest_inputs(store, [str(STORY), str(REPOST)], coder=coder)
    docs = {d.text[:40]: d for d in store.documents()}
    original = next(d for d in docs.values() if d.near_duplicate_of is None)
    repost = next(d for d in docs.values() if d.near_duplicate_of is not None)
    assert repost.near_duplicate_of == original.doc_id
    assert repost.text.startswith("Serbia, Iran seal energy pact")
    copies = store.events("doc_id = ?", [repost.doc_id])
    assert copies and all(e.duplicate_of == original.doc_id for e in copies)
    assert all(e.duplicate_of is None for e in store.events("doc_id = ?", [original.doc_id]))


def test_near_duplicate_index_separates_different_stories() -> None:
    index = NearDuplicateIndex()
    index.add("a", STORY.read_text())
    assert index.match(REPOST.read_text()) == "a"
    assert index.match((FIX / "border_clash.html").read_text()) is None


def test_recode_replaces_a_documents_events(store: Store, coder) -> None:
    ingest_inputs(store, [str(STORY)], coder=coder)
    coded = sorted(e.event_id for e in store.events())
    store.con.execute("DELETE FROM events WHERE event_id = ?", [coded[0]])
    store.con.execute("UPDATE events SET cameo_code = '999' WHERE event_id = ?", [coded[1]])
    report = recode(store, coder)
    assert report.documents == 1 and report.events_after == len(coded)
    assert sorted(e.event_id for e in store.events()) == coded
    assert all(e.cameo_code != "999" for e in store.events())


def test_cli_ingest_text_then_export(db_path: Path, tmp_path: Path) -> None:
    assert run(["ingest", "text", str(STORY), "--date", "2025-06-03", "--db", str(db_path)]) == 0
    out = tmp_path / "events.csv"
    assert run(["export", "--format", "csv", "--out", str(out), "--db", str(db_path)]) == 0
    with out.open(newline="", encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    assert rows and all(r["dataset"] == "entente" and r["pub_date"] == "2025-06-03"
                        for r in rows)
    assert {"SRB", "IRN"} <= {r["source_country"] for r in rows}
    assert run(["ingest", "text", str(STORY), "--date", "2025-06-03", "--db", str(db_path)]) == 0
    with Store(db_path) as store:
        assert store.count_events() == len(rows)


def test_cli_bad_jsonl_fails_whole_input_and_keeps_others(db_path: Path, capsys) -> None:
    code = run(["ingest", "jsonl", str(FIX / "bad_line.jsonl"), str(FIX / "batch.jsonl"),
                "--db", str(db_path)])
    assert code == 1
    assert 'bad_line.jsonl: line 2: field "date": not a date' in capsys.readouterr().err
    with Store(db_path) as store:
        assert {d.doc_id for d in store.documents()} == {"wire-0412", "wire-0413", "414"}


def _serve_feed(web: LocalWeb) -> str:
    web.add("/news/border-clash", (FIX / "border_clash.html").read_text())
    web.add("/news/georgia-turkey", (FIX / "georgia_turkey.html").read_text())
    feed = (FIX / "world.rss").read_text().replace("{base}", web.base)
    return web.add("/world/rss.xml", feed, "application/rss+xml")


def test_feed_entries_are_fetched_coded_and_failures_reported(store: Store, coder,
                                                              web: LocalWeb) -> None:
    url = _serve_feed(web)
    with Fetcher(min_interval=0, allow_private=True) as fetcher:
        report = ingest_feeds(store, [url, web.url("/no-feed")], coder, fetcher=fetcher)
        assert report.documents_added == 2
        assert sorted(report.errors) == [f"{web.url('/news/removed')}: HTTP 404",
                                         f"{web.url('/no-feed')}: HTTP 404"]
        titles = {d.title: d for d in store.documents()}
        assert set(titles) == {"Armenia accuses Azerbaijan of shelling border villages",
                               "Georgia and Turkey sign transit accord"}
        assert all(d.kind == "feed" and "All rights reserved" not in d.text
                   for d in titles.values())
        again = ingest_feeds(store, [url], coder, fetcher=fetcher)
        assert again.documents_added == 0 and again.events_added == 0


def test_atom_feed_and_hostile_xml() -> None:
    atom = (b'<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom">'
            b'<entry><title>Kenya and Uganda agree border talks</title>'
            b'<link rel="alternate" href="https://example.org/a"/>'
            b'<updated>2025-03-02T10:00:00Z</updated></entry></feed>')
    (item,) = parse_feed(atom, "atom.xml")
    assert (item.link, str(item.published)) == ("https://example.org/a", "2025-03-02")
    bomb = (b'<?xml version="1.0"?><!DOCTYPE r [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
            b'<rss><channel><item><title>&x;</title><link>https://e.org/b</link></item>'
            b'</channel></rss>')
    (item,) = parse_feed(bomb, "bomb.xml")
    assert item.title is None or "root:" not in item.title


def test_cli_url_reports_failed_url_and_stores_the_rest(web: LocalWeb, db_path: Path,
                                                        capsys) -> None:
    good = web.add("/news/georgia-turkey", (FIX / "georgia_turkey.html").read_text())
    code = run(["ingest", "url", good, web.url("/gone"), "ftp://example.org/x", "--delay", "0",
                "--allow-private", "--db", str(db_path)])
    assert code == 1
    err = capsys.readouterr().err
    assert f"{web.url('/gone')}: HTTP 404" in err and "only http and https" in err
    with Store(db_path) as store:
        (doc,) = store.documents()
        assert doc.url == good and doc.title == "Georgia and Turkey sign transit accord"


def _wire_items(count: int) -> list[str]:
    import json

    pairs = [("Poland", "Ukraine"), ("Egypt", "Sudan"), ("Japan", "South Korea")]
    return [json.dumps({"id": f"grain-{n:05d}", "date": f"2025-04-{n % 28 + 1:02d}",
                        "text": f"{pairs[n % 3][0]} agreed to buy {n + 100} thousand tonnes "
                                f"of wheat from {pairs[n % 3][1]}, the trade ministry said."})
            for n in range(count)]


def test_bad_line_deep_in_jsonl_stores_nothing_of_that_file(store: Store, coder,
                                                            tmp_path: Path) -> None:
    ingest_inputs(store, [str(FIX / "batch.jsonl")], coder=coder)
    before = (store.count_documents(), store.count_events())
    lines = _wire_items(5_200)
    lines[4_999] = '{"id": "grain-04999", "text": "Egypt and Sudan held talks", "date": 5}'
    path = tmp_path / "grain.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    report = ingest_inputs(store, [str(path)], coder=coder)
    (result,) = report.inputs
    assert result.status == "error"
    assert result.message == f"{path}: line 5000: field \"date\": not a date: 5 (use YYYY-MM-DD)"
    assert (store.count_documents(), store.count_events()) == before
    assert store.con.execute("SELECT count(*) FROM ingests").fetchone()[0] == 1


def test_batches_are_one_transaction_per_input(store: Store, coder, tmp_path: Path) -> None:
    from entente.errors import InputError
    from entente.record import Document
    from entente.sources.documents import read_input
    from entente.sources.ingest import ingest_documents

    path = tmp_path / "grain.jsonl"
    path.write_text("\n".join(_wire_items(7)) + "\n", encoding="utf-8")
    docs = list(read_input(str(path)))

    def failing_feed():
        yield from docs[:5]
        raise InputError("grain feed: line 6: connection reset")

    with pytest.raises(InputError, match="line 6"):  # two batches of two were written
        ingest_documents(store, failing_feed(), coder, name="feed", batch_size=2)
    assert (store.count_documents(), store.count_events()) == (0, 0)
    assert store.con.execute("SELECT sum(events) FROM country_days").fetchone()[0] is None

    batched = ingest_documents(store, read_input(str(path)), coder, name=str(path),
                               batch_size=2)
    assert batched.documents_added == 7 and store.count_documents() == 7
    events = sorted((e.event_id, e.doc_id, e.cameo_code) for e in store.events())
    assert batched.events_added == len(events) >= 7
    with Store(tmp_path / "whole.duckdb") as whole:
        ingest_documents(whole, read_input(str(path)), coder, name=str(path))
        assert sorted((e.event_id, e.doc_id, e.cameo_code) for e in whole.events()) == events
        assert whole.aggregates_current() and store.aggregates_current()
        totals = "SELECT sum(events) FROM dyad_days"
        assert whole.con.execute(totals).fetchone() == store.con.execute(totals).fetchone()
    again = ingest_documents(store, iter([Document(text=d.text, doc_id=d.doc_id,
                                                   pub_date=d.pub_date, kind=d.kind)
                                          for d in docs]), coder, name="again")
    assert again.inputs[0].status == "already ingested" and again.events_added == 0
    assert again.inputs[0].rows_read == 7 and store.count_documents() == 7


def test_recode_in_batches_restores_every_document(store: Store, coder) -> None:
    ingest_inputs(store, [str(FIX / "batch.jsonl"), str(STORY), str(REPOST)], coder=coder)
    coded = sorted((e.event_id, e.doc_id, e.duplicate_of) for e in store.events())
    totals = "SELECT sum(events), round(sum(goldstein_sum), 6) FROM dyad_days"
    before = store.con.execute(totals).fetchone()
    store.con.execute("DELETE FROM events WHERE doc_id = 'wire-0413'")
    store.con.execute("UPDATE documents SET coder_version = 'old'")
    store.refresh_aggregates()
    report = recode(store, coder, batch_size=2)
    assert report.documents == 5 and report.events_after == len(coded)
    assert sorted((e.event_id, e.doc_id, e.duplicate_of) for e in store.events()) == coded
    assert store.aggregates_current() and store.con.execute(totals).fetchone() == before
    assert {r[0] for r in store.con.execute("SELECT coder_version FROM documents").fetchall()
            } == {report.coder_version}
