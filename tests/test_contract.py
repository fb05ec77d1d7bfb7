"""The CLI contract of DESIGN.md ("CLI contract"), driven exactly as written.

Outside checks run these commands on data we never see, so every command, argument, option
and output format of the contract is exercised here end to end: articles, feeds and URLs
served by a local web server on 127.0.0.1, dataset files (ICEWS and POLECAT rows written
here, broken ones included; GDELT export fixtures, also behind a local mirror), one store
coded once for the module, and the errors: one line on stderr, a non-zero exit, never a
traceback. Most commands run in-process through `entente.cli.main` (the spaCy model loads
once); stdin, `serve` and `python -m entente` itself run in a subprocess.
"""

from __future__ import annotations

import contextlib
import csv
import io
import json
import os
import re
import socket
import subprocess
import sys
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import httpx
import pyarrow.parquet as pq
import pytest

from entente.cli import main
from entente.record import column_names
from entente.store import Store
from httpserver import LocalWeb, free_port, wait_until_up

FIX = Path(__file__).resolve().parent / "fixtures"
GDELT_FIRST = FIX / "sources" / "20250601001500.export.CSV"   # SRB>IRN 036, ROM>UKR 042, ...
GDELT_LATER = FIX / "sources" / "20250601003000.export.CSV"   # KOS>SRB 111, CHN>TWN 0251, ...
POLECAT_SAMPLE = FIX / "sources" / "ngecEvents.20230101-20230108.sample.txt"

# The columns `entente dyad` promises, in this order (source and target only with --directed).
DYAD_COLUMNS = ["period", "events", "verbal_coop", "material_coop", "verbal_conflict",
                "material_conflict", "goldstein_sum", "goldstein_mean", "net_coop",
                "material_conflict_share", "datasets"]
DIRECTED_COLUMNS = DYAD_COLUMNS[:1] + ["source", "target"] + DYAD_COLUMNS[1:]
# The event record of DESIGN.md, as a JSONL line of `entente code --format jsonl`.
RECORD_FIELDS = {"event_id", "dataset", "date", "date_precision", "pub_date", "ingested_at",
                 "source", "target", "cameo_code", "cameo_root", "quad_class", "penta_class",
                 "goldstein", "plover_event", "plover_mode", "plover_context", "trigger",
                 "attributed_to", "location", "doc_id", "sentence_index", "sentence",
                 "evidence", "url", "title", "publisher", "language", "rule", "confidence",
                 "coder_version"}
ACTOR_FIELDS = {"text", "start", "end", "kind", "country", "sector", "code"}

SERBIA_IRAN = (
    "BELGRADE (Reuters) - Serbia and Iran signed a trade agreement on Tuesday, the Serbian "
    "foreign ministry said.\n\n"
    "Iranian Foreign Minister Abbas Araqchi met Serbian President Aleksandar Vucic in "
    "Belgrade on Wednesday.\n")
BORDER_PAGE = """<!doctype html>
<html><head><title>Armenia accuses Azerbaijan of shelling</title>
<script>document.write("<b>injected</b>")</script></head>
<body><nav>Home | World | Caucasus</nav>
<article><h1>Armenia accuses Azerbaijan of shelling</h1>
<p>YEREVAN - Azerbaijani troops shelled Armenian positions near the border on Monday, the
Armenian defence ministry said in a statement.</p>
<p>Russia urged Armenia and Azerbaijan to show restraint and return to negotiations.</p>
</article><footer>Caucasus Daily, all rights reserved</footer></body></html>
"""
HOSTING_PAGE = """<!doctype html>
<html><head><title>Pezeshkian hosts Vucevic</title></head><body>
<article><h1>Pezeshkian hosts Vucevic in Tehran</h1>
<p>Iranian President Masoud Pezeshkian hosted Serbian Prime Minister Milos Vucevic in Tehran
on Sunday.</p><p>The visit lasted two days.</p></article></body></html>
"""
ARREST_PAGE = """<!doctype html>
<html><head><title>Diplomats detained</title></head><body>
<article><h1>Two Iranian diplomats detained in Belgrade</h1>
<p>Serbian police arrested two Iranian diplomats in Belgrade, the interior ministry said.</p>
</article></body></html>
"""
SUMMONS_PAGE = """<!doctype html>
<html><head><title>Ankara summons envoy</title></head><body>
<article><h1>Ankara summons Iranian envoy</h1>
<p>ANKARA - Turkey summoned the Iranian ambassador on Thursday over remarks by an Iranian
general.</p></article></body></html>
"""
BATCH = [
    {"id": "wire-101", "text": "MOSCOW - Russia imposed new sanctions on Ukraine on Friday.",
     "date": "2024-05-10"},
    {"id": "wire-102", "text": "The weather in Belgrade was mild for the season."},
    {"id": "wire-103", "text": "China criticized Japan over its defence budget.",
     "date": "2024-06-01", "url": "https://example-news.org/asia/china-japan"},
    {"id": "wire-104", "text": "TEHRAN - Iran condemned Serbia over its vote at the United "
     "Nations on Friday.", "date": "2025-07-04"},
    {"id": "wire-105", "text": "BUDAPEST - Hungary and Serbia signed an energy agreement on "
     "Monday, the Hungarian government said.", "date": "2025-06-16"},
]
FEED = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Balkan Wire</title><link>{base}/</link>
<description>Balkans and Middle East</description>
<item><title>Pezeshkian hosts Vucevic in Tehran</title><link>{base}/news/hosting</link>
<pubDate>Sun, 08 Jun 2025 10:00:00 GMT</pubDate></item>
<item><title>Two Iranian diplomats detained in Belgrade</title><link>{base}/news/arrest</link>
<pubDate>Fri, 20 Jun 2025 16:30:00 GMT</pubDate></item>
</channel></rss>
"""
ICEWS_HEADER = ("Event ID\tEvent Date\tSource Name\tSource Sectors\tSource Country\tEvent Text\t"
                "CAMEO Code\tIntensity\tTarget Name\tTarget Sectors\tTarget Country\tStory ID\t"
                "Sentence Number\tPublisher\tCity\tDistrict\tProvince\tCountry\tLatitude\t"
                "Longitude")
ICEWS_ROWS = [
    "40711201\t2025-06-05\tAleksandar Vucic\tExecutive,Government\tSerbia\tMake optimistic "
    "comment\t012\t0.4\tIran\t\tIran\t61200411\t2\tTanjug\tBelgrade\t\tCentral Serbia\tSerbia\t"
    "44.804\t20.4651",
    "40711202\t2025-06-05\tIran\t\tIran\tExpress intent to cooperate economically\t0311\t4\t"
    "Serbia\t\tSerbia\t61200411\t3\tTanjug\tBelgrade\t\tCentral Serbia\tSerbia\t44.804\t20.4651",
    "40711230\t2025-06-31\tIran\t\tIran\tConsult\t040\t1\tSerbia\t\tSerbia\t61200502\t1\tIRNA\t"
    "Tehran\t\tTehran\tIran\t35.6944\t51.4215",
    "40711231\t2025-06-12\tSerbia\t\tSerbia\tHost a visit\t043\t2.8\tIran\t\tIran\t61200503\t1\t"
    "IRNA\tTehran\t\tTehran\tIran\t35.6944\t51.4215",
    "40711232\t2025-06-14\tIran\t\tIran\tSign formal agreement\t",
    "40711240\t2025-07-02\tPolice (Serbia)\tPolice\tSerbia\tArrest, detain, or charge with "
    "legal action\t173\t-5\tIran\t\tIran\t61200620\t1\tB92\tBelgrade\t\tCentral Serbia\tSerbia\t"
    "44.804\t20.4651",
    "40711250\t2025-07-03\tIran\t\tIran\tMake statement\t\t0\tSerbia\t\tSerbia\t61200701\t1\t"
    "IRNA\tTehran\t\tTehran\tIran\t35.6944\t51.4215",
    "40711233\t2025-06-12\tSerbia\t\tSerbia\tHost a visit\t043\t2.8\tIran\t\tIran\t61200511\t4\t"
    "Tanjug\tBelgrade\t\tCentral Serbia\tSerbia\t44.804\t20.4651",
    "40711260\t2025-06-18\tSerbia\t\tSerbia\tExpress intent to meet or negotiate\t036\t4\t"
    "Hungary\t\tHungary\t61200590\t1\tMTI\tBudapest\t\tBudapest\tHungary\t47.4979\t19.0402",
]


@dataclass
class Result:
    code: int
    out: str
    err: str


def cli(*args: str | Path) -> Result:
    """`entente ARGS` in this process (the coder's model loads once for the module)."""
    out, err = io.StringIO(), io.StringIO()
    code = 0
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            main([str(a) for a in args])
        except SystemExit as stop:
            code = stop.code if isinstance(stop.code, int) else (0 if stop.code is None else 1)
    result = Result(code, out.getvalue(), err.getvalue())
    assert "Traceback" not in result.err + result.out
    return result


def run(*args: str | Path, stdin: str = "", env: dict[str, str] | None = None
        ) -> subprocess.CompletedProcess[str]:
    """`python -m entente ARGS` in a fresh process, as a user's shell would run it."""
    result = subprocess.run([sys.executable, "-m", "entente", *map(str, args)], input=stdin,
                            capture_output=True, text=True, timeout=120,
                            env={**os.environ, **(env or {})})
    assert "Traceback" not in result.stderr + result.stdout
    return result


def ok(*args: str | Path) -> Result:
    result = cli(*args)
    assert result.code == 0, (args, result.err)
    return result


def one_error(result: Result | subprocess.CompletedProcess[str]) -> str:
    """The single stderr line of a failed command."""
    code = result.code if isinstance(result, Result) else result.returncode
    err = result.err if isinstance(result, Result) else result.stderr
    assert code != 0
    lines = err.splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: "), err
    return lines[0]


def jsonl(text: str) -> list[dict]:
    return [json.loads(line) for line in text.splitlines()]


def csv_rows(text: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(text)))


def zipped(path: Path) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.write(path, path.name)
    return buffer.getvalue()


@dataclass
class World:
    """The module's store, its input files and the local web server behind the URLs."""

    db: Path
    dir: Path
    web: LocalWeb
    icews: Path

    def count(self) -> int:
        with Store(self.db, read_only=True) as store:
            return int(store.con.execute("SELECT count(*) FROM events").fetchone()[0])


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> Iterator[World]:
    """One store filled through every `entente ingest` form of the contract."""
    root = tmp_path_factory.mktemp("contract")
    web = LocalWeb().start()
    try:
        web.add("/news/border-clash", BORDER_PAGE)
        web.add("/news/hosting", HOSTING_PAGE)
        web.add("/news/arrest", ARREST_PAGE)
        web.add("/news/summons", SUMMONS_PAGE)
        web.add("/feeds/balkans.rss", FEED.replace("{base}", web.base), "application/rss+xml")
        (root / "serbia_iran.txt").write_text(SERBIA_IRAN, encoding="utf-8")
        (root / "border_clash.html").write_text(BORDER_PAGE, encoding="utf-8")
        (root / "batch.jsonl").write_text(
            "".join(json.dumps(doc) + "\n" for doc in BATCH), encoding="utf-8")
        icews = root / "events.2025.balkans.tab"
        icews.write_text("\n".join([ICEWS_HEADER, *ICEWS_ROWS]) + "\n", encoding="utf-8")
        db = root / "contract.duckdb"
        ok("ingest", "text", root / "serbia_iran.txt", "--date", "2025-06-03", "--db", db)
        ok("ingest", "html", root / "border_clash.html", "--date", "2025-06-02", "--db", db)
        ok("ingest", "jsonl", root / "batch.jsonl", "--db", db)
        ok("ingest", "url", web.url("/news/summons"), "--date", "2025-07-10", "--delay", "0",
           "--allow-private", "--db", db)
        ok("ingest", "feed", web.url("/feeds/balkans.rss"), "--delay", "0", "--allow-private",
           "--db", db)
        ok("ingest", "gdelt", GDELT_FIRST, "--db", db)
        ok("ingest", "icews", icews, "--db", db)
        ok("ingest", "polecat", POLECAT_SAMPLE, "--db", db)
        yield World(db, root, web, icews)
    finally:
        web.stop()


# --- entente code -------------------------------------------------------------------------

def test_code_file_to_jsonl_is_the_nested_event_record(world: World) -> None:
    events = jsonl(ok("code", world.dir / "serbia_iran.txt", "--format", "jsonl",
                      "--date", "2025-06-03").out)
    assert {(e["source"]["country"], e["cameo_code"], e["target"]["country"]) for e in events} \
        >= {("SRB", "057", "IRN"), ("IRN", "057", "SRB"), ("IRN", "040", "SRB")}
    for event in events:
        assert RECORD_FIELDS <= set(event)
        assert ACTOR_FIELDS <= set(event["source"]) and ACTOR_FIELDS <= set(event["target"])
        assert isinstance(event["cameo_code"], str) and event["dataset"] == "entente"
    signed = next(e for e in events if e["cameo_code"] == "057")
    assert signed["pub_date"] == "2025-06-03" and signed["date"] == "2025-06-03"
    assert signed["source"]["text"] == "Serbia" and signed["quad_class"] == 1


def test_code_stdin_in_a_fresh_process_with_every_output_format() -> None:
    as_jsonl = run("code", "-", "--format", "jsonl", "--date", "2025-06-03", stdin=SERBIA_IRAN)
    assert as_jsonl.returncode == 0, as_jsonl.stderr
    events = jsonl(as_jsonl.stdout)
    assert len(events) >= 3 and all(e["pub_date"] == "2025-06-03" for e in events)
    as_csv = run("code", "-", "--format", "csv", "--date", "2025-06-03", stdin=SERBIA_IRAN)
    reader = csv.DictReader(io.StringIO(as_csv.stdout))
    assert reader.fieldnames == column_names()
    rows = list(reader)
    assert [(r["source_country"], r["cameo_code"], r["target_country"]) for r in rows] == \
        [(e["source"]["country"], e["cameo_code"], e["target"]["country"]) for e in events]
    # HTML on stdin is recognised as such (auto), and the table is the default format
    table = run("code", "-", "--date", "2025-06-02", stdin=BORDER_PAGE)
    assert table.returncode == 0 and "coded events" in table.stdout and "194" in table.stdout
    assert "injected" not in table.stdout
    assert re.search(r"│ 2025-0\d-\d\d │", table.stdout)  # whole dates, even in a pipe


def test_code_a_url_and_the_input_formats(world: World, tmp_path: Path) -> None:
    url = world.web.url("/news/border-clash")
    events = jsonl(ok("code", url, "--format", "jsonl", "--date", "2025-06-02",
                      "--allow-private").out)
    assert ("AZE", "194", "ARM") in {(e["source"]["country"], e["cameo_code"],
                                       e["target"]["country"]) for e in events}
    assert {e["url"] for e in events} == {url}
    # HTML in a file without an .html name: auto sniffs it, html says so, text keeps the tags
    saved = tmp_path / "page.dat"
    saved.write_text(BORDER_PAGE, encoding="utf-8")
    for fmt in ("auto", "html"):
        found = jsonl(ok("code", saved, "--input-format", fmt, "--format", "jsonl").out)
        assert [e["cameo_code"] for e in found] == [e["cameo_code"] for e in events]
        assert all("injected" not in e["sentence"] for e in found)
    plain = tmp_path / "note.html"
    plain.write_text("Russia imposed sanctions on Ukraine.\n", encoding="utf-8")
    (event,) = jsonl(ok("code", plain, "--input-format", "text", "--format", "jsonl").out)
    assert event["cameo_code"] == "163"


def test_code_several_inputs_in_one_call(world: World) -> None:
    url = world.web.url("/news/hosting")
    events = jsonl(ok("code", world.dir / "serbia_iran.txt", url, "--format", "jsonl",
                      "--date", "2025-06-08", "--allow-private").out)
    assert [e["url"] for e in events][-1] == url and events[0]["url"] is None
    assert {e["cameo_code"] for e in events} >= {"057", "040", "043"}
    assert len({e["doc_id"] for e in events}) == 2


def test_code_jsonl_input_events_carry_the_input_id(world: World) -> None:
    batch = world.dir / "batch.jsonl"
    for fmt in ("auto", "jsonl"):
        events = jsonl(ok("code", batch, "--input-format", fmt, "--format", "jsonl").out)
        ids = [e["doc_id"] for e in events]
        assert set(ids) <= {doc["id"] for doc in BATCH} - {"wire-102"}
        assert {"wire-101", "wire-103", "wire-105"} <= set(ids) and ids == sorted(ids)
        by_id = {e["doc_id"]: e for e in events}
        assert (by_id["wire-101"]["cameo_code"], by_id["wire-101"]["date"]) == \
            ("163", "2024-05-10")
        assert by_id["wire-103"]["url"] == "https://example-news.org/asia/china-japan"
    rows = csv_rows(ok("code", batch, "--format", "csv").out)
    assert [r["doc_id"] for r in rows] == ids
    numbered = batch.with_name("numbered.jsonl")
    numbered.write_text(json.dumps({"id": 20250614, "text": BATCH[0]["text"]}) + "\n",
                        encoding="utf-8")
    (event,) = jsonl(ok("code", numbered, "--format", "jsonl", "--date", "2024-05-10").out)
    assert event["doc_id"] == "20250614" and event["date"] == "2024-05-10"


def test_code_explain_and_no_events_is_exit_zero(tmp_path: Path) -> None:
    article = tmp_path / "sanctions.txt"
    article.write_text("Russia imposed sanctions on Ukraine on Friday.\n", encoding="utf-8")
    explained = ok("code", article, "--explain", "--date", "2024-05-10")
    assert "163" in explained.out and "rule:" in explained.out
    quiet = tmp_path / "weather.txt"
    quiet.write_text("The weather in Belgrade was mild for the season.\n", encoding="utf-8")
    assert "no events" in ok("code", quiet).out
    assert ok("code", quiet, "--format", "jsonl").out == ""
    assert ok("code", quiet, "--format", "csv").out.splitlines() == [",".join(column_names())]


# --- entente ingest, recode, export ---------------------------------------------------------

def test_every_ingest_form_stored_its_events(world: World) -> None:
    with Store(world.db, read_only=True) as store:
        rows = store.con.execute(
            "SELECT dataset, doc_id, source_country, cameo_code, target_country, url "
            "FROM events").fetchall()
        docs = {d.doc_id: d for d in store.documents()}
    triples = {(r[0], r[2], r[3], r[4]) for r in rows}
    assert {("entente", "SRB", "057", "IRN"), ("entente", "AZE", "194", "ARM"),
            ("gdelt2", "SRB", "036", "IRN"), ("icews", "SRB", "012", "IRN"),
            ("icews", "IRN", "0311", "SRB"), ("icews", "SRB", "173", "IRN")} <= triples
    assert {"wire-101", "wire-102", "wire-103", "wire-104"} <= set(docs)  # events or not
    assert {"polecat", "gdelt2", "icews", "entente"} == {r[0] for r in rows}
    # `ingest url` and `ingest feed` stored the fetched pages with their addresses
    assert {world.web.url("/news/summons"), world.web.url("/news/hosting"),
            world.web.url("/news/arrest")} <= {d.url for d in docs.values()}
    fetched = {d.doc_id: d.url for d in docs.values() if d.url and d.url.startswith("http://")}
    from_pages = [r for r in rows if r[1] in fetched]
    assert from_pages and all(r[5] == fetched[r[1]] for r in from_pages)


def test_icews_malformed_rows_are_skipped_counted_and_reported(world: World,
                                                                tmp_path: Path) -> None:
    db = tmp_path / "icews.duckdb"
    result = ok("ingest", "icews", world.icews, "--db", db)
    # three rows are broken: 31 June, a row cut short, a row without a CAMEO code
    assert "6 events" in result.out and "3 rows skipped" in result.out
    assert f"{world.icews}: line 4: " in result.out and "2025-06-31" in result.out
    assert f"{world.icews}: line 6: " in result.out and f"{world.icews}: line 8: " in result.out
    with Store(db, read_only=True) as store:
        assert store.count_events() == 6
    # --strict: the file is refused whole, exit 1, the store keeps what it had
    strict_db = tmp_path / "strict.duckdb"
    ok("ingest", "polecat", POLECAT_SAMPLE, "--db", strict_db)
    line = one_error(cli("ingest", "icews", world.icews, "--strict", "--db", strict_db))
    assert str(world.icews) in line and "malformed" in line
    with Store(strict_db, read_only=True) as store:
        assert store.count_events() == 4 and {e.dataset for e in store.events()} == {"polecat"}


def test_polecat_malformed_rows_and_strict(tmp_path: Path) -> None:
    lines = POLECAT_SAMPLE.read_text(encoding="utf-8").splitlines()
    good = lines[1].split("\t")
    no_date = list(good)
    no_date[0], no_date[1] = "20230108-XX-YY-0099", "2023-02-30"
    broken = tmp_path / "ngecEvents.20230108.broken.txt"
    broken.write_text("\n".join([lines[0], lines[1], "\t".join(no_date),
                                 "\t".join(good[:12])]) + "\n", encoding="utf-8")
    db = tmp_path / "p.duckdb"
    assert one_error(cli("ingest", "polecat", broken, "--strict", "--db", db)).count(
        str(broken)) >= 1
    result = ok("ingest", "polecat", broken, "--db", db)
    assert "(1 event, 2 rows skipped)" in result.out
    assert "line 3: " in result.out and "line 4: " in result.out


@pytest.mark.parametrize("command", ["icews", "polecat", "gdelt"])
def test_an_unreadable_file_is_one_error_naming_it_and_the_store_is_unchanged(
        world: World, tmp_path: Path, command: str) -> None:
    db = tmp_path / "keep.duckdb"
    ok("ingest", "gdelt", GDELT_FIRST, "--db", db)
    missing = tmp_path / "events.2025.missing.tab"
    garbage = tmp_path / "garbage.tab"
    garbage.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00 not an event file")
    for bad in (missing, garbage):
        line = one_error(cli("ingest", command, bad, "--db", db))
        assert str(bad) in line
        with Store(db, read_only=True) as store:
            assert store.count_events() == 3


def test_gdelt_range_from_a_mirror(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import hashlib

    web = LocalWeb().start()
    try:
        lines = []
        for path in (GDELT_FIRST, GDELT_LATER):
            data = zipped(path)
            name = path.name + ".zip"
            web.add(f"/gdeltv2/{name}", data, "application/zip")
            lines.append(f"{len(data)} {hashlib.md5(data).hexdigest()} "
                         f"http://data.gdeltproject.org/gdeltv2/{name}")
        web.add("/gdeltv2/masterfilelist.txt", "\n".join(lines) + "\n", "text/plain")
        monkeypatch.setenv("ENTENTE_CACHE", str(tmp_path / "cache"))
        db = tmp_path / "g.duckdb"
        ok("ingest", "gdelt", "--from", "2025-06-01T00:30", "--to", "2025-06-01T00:44",
           "--mirror", web.url("/gdeltv2/"), "--allow-private", "--db", db)
        assert web.hits == ["/gdeltv2/masterfilelist.txt",
                            "/gdeltv2/20250601003000.export.CSV.zip"]
        rows = csv_rows(ok("dyad", "KOS", "Serbia", "--from", "2025-06-01", "--to",
                           "2025-06-01", "--freq", "day", "--directed", "--format", "csv",
                           "--db", db).out)
        assert [(r["source"], r["target"], r["events"], r["verbal_conflict"]) for r in rows] == [
            ("XKX", "SRB", "1", "1"), ("SRB", "XKX", "0", "0")]
        ok("ingest", "gdelt", "--from", "2025-06-01", "--to", "2025-06-01",
           "--mirror", web.url("/gdeltv2/"), "--allow-private", "--db", db)
        with Store(db, read_only=True) as store:
            assert store.count_events() == 6
    finally:
        web.stop()


def test_gdelt_files_chosen_by_the_time_in_their_names(tmp_path: Path) -> None:
    db = tmp_path / "files.duckdb"
    result = ok("ingest", "gdelt", GDELT_FIRST, GDELT_LATER, "--from", "2025-06-01T00:30",
                "--to", "2025-06-01T00:44", "--db", db)
    assert "1 of 2 files are outside --from/--to" in result.out
    assert f"{GDELT_LATER}: stored (3 events)" in result.out and str(GDELT_FIRST) + ":" \
        not in result.out
    with Store(db, read_only=True) as store:  # nothing downloaded: FILEs were given
        assert {e.cameo_code for e in store.events()} == {"190", "0251", "111"}


def test_recode_keeps_the_events_of_stored_documents(world: World, tmp_path: Path) -> None:
    db = tmp_path / "recode.duckdb"
    ok("ingest", "jsonl", world.dir / "batch.jsonl", "--db", db)
    ok("ingest", "icews", world.icews, "--db", db)
    ok("export", "--format", "csv", "--out", tmp_path / "before.csv", "--db", db)
    assert "5 documents" in ok("recode", "--db", db).out
    ok("export", "--format", "csv", "--out", tmp_path / "after.csv", "--db", db)
    before, after = (csv_rows((tmp_path / name).read_text(encoding="utf-8"))
                     for name in ("before.csv", "after.csv"))
    key = ("dataset", "doc_id", "source_country", "cameo_code", "target_country")
    assert sorted(tuple(r[k] for k in key) for r in after) == \
        sorted(tuple(r[k] for k in key) for r in before)
    assert sum(r["dataset"] == "icews" for r in after) == 6


def test_export_parquet_and_csv_have_the_flat_columns(world: World, tmp_path: Path) -> None:
    total = world.count()
    parquet, flat = tmp_path / "events.parquet", tmp_path / "events.csv"
    assert f"{total} events" in ok("export", "--format", "parquet", "--out", parquet,
                                   "--db", world.db).out
    ok("export", "--format", "csv", "--out", flat, "--db", world.db)
    table = pq.read_table(parquet)
    for columns in (table.column_names, csv.DictReader(io.StringIO(flat.read_text())).fieldnames):
        assert {"source_country", "target_country", "cameo_code", "quad_class", "dataset",
                "date", "goldstein", "source_sector", "event_id"} <= set(columns)
        assert "source" not in columns and "target" not in columns
    assert table.num_rows == total == len(csv_rows(flat.read_text(encoding="utf-8")))
    codes = set(table.column("cameo_code").to_pylist())
    assert {"057", "036", "0311", "012"} <= codes  # strings, leading zeros kept
    assert None in codes  # POLECAT has no CAMEO code: null, not invented


# --- entente dyad -------------------------------------------------------------------------

def dyad_rows(world: World, *args: str, fmt: str = "json") -> list[dict]:
    out = ok("dyad", *args, "--format", fmt, "--db", world.db).out
    return json.loads(out) if fmt == "json" else csv_rows(out)


@pytest.mark.parametrize("a, b", [("Serbia", "Iran"), ("SRB", "IRN"), ("Serbia", "IRN"),
                                  ("srb", "iran")])
def test_dyad_names_and_codes_give_the_same_series(world: World, a: str, b: str) -> None:
    rows = dyad_rows(world, a, b, "--from", "2025-04-01", "--to", "2025-07-31")
    assert [list(r) for r in rows] == [DYAD_COLUMNS] * 4
    assert [r["period"] for r in rows] == ["2025-04-01", "2025-05-01", "2025-06-01",
                                           "2025-07-01"]
    empty = rows[0]
    assert (empty["events"], empty["verbal_coop"], empty["material_conflict"],
            empty["goldstein_sum"], empty["net_coop"]) == (0, 0, 0, 0, 0)
    assert empty["goldstein_mean"] is None and empty["material_conflict_share"] is None
    june = rows[2]
    assert june["datasets"] == "entente,gdelt2,icews" and june["events"] >= 1 + 4 + 2
    assert june["events"] == sum(june[c] for c in (
        "verbal_coop", "material_coop", "verbal_conflict", "material_conflict"))


def test_dyad_csv_and_table_formats(world: World) -> None:
    rows = dyad_rows(world, "Serbia", "Iran", "--from", "2025-04-01", "--to", "2025-07-31",
                     fmt="csv")
    assert list(rows[0]) == DYAD_COLUMNS
    assert rows[0]["goldstein_mean"] == "" and rows[0]["material_conflict_share"] == ""
    assert rows[0]["events"] == "0"
    as_json = dyad_rows(world, "Serbia", "Iran", "--from", "2025-04-01", "--to", "2025-07-31")
    assert [int(r["events"]) for r in rows] == [r["events"] for r in as_json]
    table = ok("dyad", "Serbia", "Iran", "--from", "2025-04-01", "--to", "2025-07-31",
               "--format", "table", "--db", world.db).out
    for column in DYAD_COLUMNS:
        assert column in table
    assert "2025-06-01" in table


def test_dyad_directed_datasets_roots_and_sectors(world: World) -> None:
    window = ("--from", "2025-06-01", "--to", "2025-07-31")
    rows = dyad_rows(world, "Serbia", "Iran", *window, "--directed")
    assert [list(r) for r in rows] == [DIRECTED_COLUMNS] * 4
    assert [(r["period"], r["source"], r["target"]) for r in rows] == [
        ("2025-06-01", "SRB", "IRN"), ("2025-06-01", "IRN", "SRB"),
        ("2025-07-01", "SRB", "IRN"), ("2025-07-01", "IRN", "SRB")]
    icews = dyad_rows(world, "Serbia", "Iran", *window, "--directed", "--dataset", "icews")
    july = {(r["source"], r["target"]): r for r in icews if r["period"] == "2025-07-01"}
    # the arrest of 2 July; Iran's statement of 3 July had no CAMEO code and was skipped
    assert (july["SRB", "IRN"]["events"], july["SRB", "IRN"]["material_conflict"]) == (1, 1)
    assert july["IRN", "SRB"]["events"] == 0 and july["IRN", "SRB"]["goldstein_mean"] is None
    both = dyad_rows(world, "SRB", "IRN", *window, "--dataset", "gdelt2", "--dataset", "icews")
    only_icews = dyad_rows(world, "SRB", "IRN", *window, "--dataset", "icews")
    assert both[0]["datasets"] == "gdelt2,icews" and only_icews[0]["datasets"] == "icews"
    assert both[0]["events"] == only_icews[0]["events"] + 1 == 5  # 012 0311 043 043 + 036
    roots = dyad_rows(world, "SRB", "IRN", *window, "--dataset", "icews",
                      "--root", "04", "--root", "17")
    assert [r["events"] for r in roots] == [2, 1]  # two reports of the visit; the arrest
    assert roots[1]["material_conflict_share"] == 1.0
    assert [r["events"] for r in dyad_rows(world, "SRB", "IRN", *window, "--dataset", "icews",
                                           "--root", "01", "--root", "03")] == [2, 0]
    police = dyad_rows(world, "SRB", "IRN", *window, "--sector", "COP", "--dataset", "icews")
    assert [r["events"] for r in police] == [0, 1]


def test_dyad_freq_one_a_day_normalize_and_vs(world: World) -> None:
    window = ("--from", "2025-06-01", "--to", "2025-06-30")
    periods = {freq: [r["period"] for r in dyad_rows(world, "SRB", "IRN", *window,
                                                      "--freq", freq)]
               for freq in ("day", "week", "month", "quarter", "year")}
    assert len(periods["day"]) == 30 and periods["day"][0] == "2025-06-01"
    assert periods["week"][0] == "2025-05-26" and len(periods["week"]) == 6  # ISO Mondays
    assert periods["month"] == ["2025-06-01"] and periods["quarter"] == ["2025-04-01"]
    assert periods["year"] == ["2025-01-01"]
    icews = ("--dataset", "icews")
    (plain,) = dyad_rows(world, "SRB", "IRN", *window, *icews)
    # two stories report Serbia hosting Iran on 12 June: one a day counts the visit once
    (once,) = dyad_rows(world, "SRB", "IRN", *window, *icews, "--one-a-day")
    assert (plain["events"], once["events"]) == (4, 3)
    # Serbia also met Hungary in June: that counts in Serbia's volume only
    (norm,) = dyad_rows(world, "SRB", "IRN", *window, *icews, "--normalize")
    assert (norm["events"], norm["volume_a"], norm["volume_b"]) == (4, 5, 4)
    assert norm["events_norm"] == pytest.approx(4 / 5)
    side = dyad_rows(world, "SRB", "IRN", *window, "--vs", "ROM", "Ukraine", fmt="csv")
    assert [(r["dyad"], r["period"]) for r in side] == [("SRB-IRN", "2025-06-01"),
                                                        ("ROU-UKR", "2025-06-01")]
    assert side[1]["events"] == "1" and side[1]["datasets"] == "gdelt2"


# --- entente brief, serve -----------------------------------------------------------------

def test_brief_html_and_markdown(world: World, tmp_path: Path) -> None:
    html, md = tmp_path / "serbia-iran.html", tmp_path / "serbia-iran.md"
    ok("brief", "Serbia", "Iran", "--from", "2025-05-01", "--to", "2025-07-31", "--out", html,
       "--db", world.db)
    ok("brief", "SRB", "IRN", "--from", "2025-05-01", "--to", "2025-07-31", "--out", md,
       "--db", world.db)
    page = html.read_text(encoding="utf-8")
    assert page.lstrip().lower().startswith("<!doctype html") and "Serbia" in page
    assert "<script>document.write" not in page
    text = md.read_text(encoding="utf-8")
    assert text.startswith("# ") and "Serbia" in text and "Iran" in text
    assert "signed a trade agreement" in text or "signed a trade agreement" in page


def test_serve_answers_a_page_and_its_openapi(world: World) -> None:
    port = free_port()
    server = subprocess.Popen([sys.executable, "-m", "entente", "serve", "--host", "127.0.0.1",
                               "--port", str(port), "--db", str(world.db)],
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        base = f"http://127.0.0.1:{port}"
        page = wait_until_up(base + "/", server)
        assert page.status_code == 200 and "<html" in page.text.lower()
        spec = httpx.get(base + "/openapi.json", timeout=5).json()
        assert spec["openapi"].startswith("3.") and spec["paths"]
    finally:
        server.terminate()
        server.communicate(timeout=20)
    # a server on a port already in use is one error line, not uvicorn's log
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        busy = taken.getsockname()[1]
        line = one_error(cli("serve", "--host", "127.0.0.1", "--port", str(busy),
                             "--db", world.db))
        assert f"127.0.0.1:{busy}" in line


# --- entente evaluate, actors, context, version, help ------------------------------------

GOLD = [
    {"id": "g1", "date": "2025-06-03", "text": "Serbia and Iran signed a trade agreement.",
     "events": [{"source": "SRB", "target": "IRN", "code": "057"},
                {"source": "IRN", "target": "SRB", "code": "057"}]},
    {"id": "g2", "date": "2024-05-10", "text": "Russia imposed new sanctions on Ukraine.",
     "events": [{"source": "RUS", "target": "UKR", "code": "163"}]},
    {"id": "g3", "date": "2024-05-10", "text": "Editing by Mark Heinrich.", "events": []},
]


def test_evaluate_every_gold_format_and_json(tmp_path: Path) -> None:
    gold = tmp_path / "gold.jsonl"
    gold.write_text("".join(json.dumps(item) + "\n" for item in GOLD), encoding="utf-8")
    figures = tmp_path / "figures.json"
    ok("evaluate", gold, "--format", "entente", "--json", figures)
    report = json.loads(figures.read_text(encoding="utf-8"))
    assert report["format"] == "entente" and report["sections"]["all"]["items"] == 3
    assert report["sections"]["all"]["events"]["gold"] == 3
    evaluate_fix = FIX / "evaluate"
    for args in ((evaluate_fix / "plover_small.json", "--format", "plover"),
                 (evaluate_fix / "mcp_small.tsv", evaluate_fix / "mcp_small.conll",
                  "--format", "conflibert"),
                 (evaluate_fix / "petrarch_small.xml", "--format", "petrarch")):
        out = tmp_path / f"{args[-1]}.json"
        ok("evaluate", *args, "--json", out)
        assert json.loads(out.read_text(encoding="utf-8"))["format"] == args[-1]


def test_actors_resolve() -> None:
    out = ok("actors", "resolve", "Iranian Foreign Minister Abbas Araqchi met Serbian "
             "President Aleksandar Vucic in Belgrade.").out
    assert "IRNGOV" in out and "SRBGOV" in out
    assert ok("actors", "resolve", "no one at all").code == 0


def test_context_load_and_fetch(tmp_path: Path, web: LocalWeb) -> None:
    context = FIX / "context"
    db = tmp_path / "context.duckdb"
    out = ok("context", "load", context / "unga_votes.csv", "--db", db).out
    assert "stored" in out and "unga_votes" in out
    url = web.add("/data/Idealpointestimates.csv",
                  (context / "unga_idealpoints.csv").read_bytes(), "text/csv")
    out = ok("context", "fetch", "unga", url, "--cache", tmp_path / "cache", "--allow-private",
             "--db", db).out
    assert "unga_ideal_points" in out
    shown = json.loads(ok("context", "show", "Serbia", "Iran", "--format", "json",
                          "--db", db).out)
    assert shown["pair"] == ["SRB", "IRN"] and shown["rows"]


def test_version_and_help() -> None:
    result = run("version")
    assert result.returncode == 0 and result.stdout.startswith("entente ")
    helped = run("--help")
    assert helped.returncode == 0
    for command in ("code", "ingest", "recode", "export", "dyad", "brief", "serve",
                    "evaluate", "actors", "context", "version"):
        assert command in helped.stdout
    ingest = ok("ingest", "--help").out
    for kind in ("text", "html", "url", "feed", "jsonl", "gdelt", "icews", "polecat"):
        assert kind in ingest


# --- errors: one line on stderr, a non-zero exit, never a traceback -------------------------

@pytest.mark.parametrize("args, says", [
    (("code", "{dir}/missing.txt"), "missing.txt"),
    (("code", "ftp://example.org/a"), "only http and https"),
    (("code", "{dir}/serbia_iran.txt", "--format", "xml"), "xml"),
    (("code", "{dir}/serbia_iran.txt", "--input-format", "pdf"), "pdf"),
    (("code", "{dir}/serbia_iran.txt", "--input-format", "jsonl"), "serbia_iran.txt: line 1"),
    (("code", "{dir}/serbia_iran.txt", "--date", "2025-02-30"), "--date"),
    (("ingest", "text", "{dir}/missing.txt", "--db", "{db}"), "missing.txt"),
    (("ingest", "url", "ftp://example.org/a", "--db", "{db}"), "only http and https"),
    (("ingest", "gdelt", "--db", "{db}"), "--from and --to"),
    (("export", "--format", "xml", "--out", "{dir}/x.xml", "--db", "{db}"), "xml"),
    (("dyad", "Serbia", "Narnia", "--db", "{db}"), "Narnia"),
    (("dyad", "Serbia", "Iran", "--freq", "fortnight", "--db", "{db}"), "fortnight"),
    (("dyad", "Serbia", "Iran", "--from", "2025-13-01", "--db", "{db}"), "2025-13-01"),
    (("dyad", "Serbia", "Iran", "--format", "xlsx", "--db", "{db}"), "xlsx"),
    (("dyad", "Serbia", "Iran", "--db", "{dir}/nothing.duckdb"), "nothing.duckdb"),
    (("brief", "SRB", "IRN", "--out", "{dir}/brief.pdf", "--db", "{db}"), "brief.pdf"),
    (("evaluate", "{dir}/no-gold.jsonl"), "no-gold.jsonl"),
    (("evaluate", "{dir}/batch.jsonl", "--format", "conll"), "conll"),
    (("actors", "resolve", "Vucic", "--date", "2025-02-30"), "2025-02-30"),
    (("context", "load", "{dir}/missing.csv", "--db", "{db}"), "missing.csv"),
    (("dyad", "Serbia"), "Missing argument"),
    (("frobnicate",), "frobnicate"),
])
def test_errors_are_one_line_and_a_non_zero_exit(world: World, args: tuple[str, ...],
                                                  says: str) -> None:
    filled = [a.format(dir=world.dir, db=world.db) for a in args]
    before = world.count()
    line = one_error(cli(*filled))
    assert says in line
    assert world.count() == before


def test_errors_in_a_fresh_process_are_one_line_too(world: World, tmp_path: Path) -> None:
    """Outside the test runner nothing else (warnings, logs, a progress bar) joins the line."""
    missing = tmp_path / "events.2025.missing.tab"
    line = one_error(run("ingest", "icews", missing, "--db", world.db))
    assert line == f"error: {missing}: no such file"
    assert "Atlantis" in one_error(run("dyad", "Serbia", "Atlantis", "--db", world.db))
    assert "no-gold.jsonl" in one_error(run("evaluate", tmp_path / "no-gold.jsonl"))
