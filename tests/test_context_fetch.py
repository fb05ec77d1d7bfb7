"""Connectors against a local HTTP server on 127.0.0.1 serving the fixtures as the real
services would; offline and oversized downloads fail clearly and change no table."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest

from entente.context import (
    FetchOptions,
    dyad_context,
    fetch_sanctions,
    fetch_tariffs,
    fetch_to_cache,
    fetch_trade,
    fetch_unga,
)
from entente.errors import FetchError
from httpserver import LocalWeb, free_port

F = Path(__file__).resolve().parent / "fixtures" / "context"
TABLES = ("trade_flows", "tariffs", "sanctions", "unga_votes", "unga_ideal_points",
          "ingests")


def services(path: str, query: dict[str, list[str]]) -> bytes | None:
    """Answers like Comtrade, WITS, OpenSanctions and a file host, from the fixtures."""
    if path.startswith("/comtrade"):
        if query.get("reporterCode") == ["688"]:
            return (F / "comtrade_srb_irn.json").read_bytes()
        return json.dumps({"elapsedTime": "0.1 secs", "count": 0, "data": [],
                           "error": ""}).encode()
    if path.startswith("/wits/reporter/srb/"):
        return (F / "wits_srb_irn.json").read_bytes()
    if path.startswith("/wits/reporter/irn/"):
        return (F / "wits_irn_srb.xml").read_bytes()
    if path == "/opensanctions/entities.ftm.json":
        return (F / "opensanctions_entities.ftm.json").read_bytes()
    if path == "/files/UNVotes.csv":
        return (F / "unga_votes.csv").read_bytes()
    if path == "/files/big.csv":
        return b"x" * 5000
    return None


@pytest.fixture
def server(web: LocalWeb) -> LocalWeb:
    web.answer = services
    return web


@pytest.fixture
def options(tmp_path):
    return FetchOptions(cache_dir=tmp_path / "cache", timeout=5, allow_private=True)


def closed_port() -> str:
    return f"http://127.0.0.1:{free_port()}"


def counts(store):
    return {t: store.con.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in TABLES}


def test_fetch_trade_asks_for_both_views_and_stores_them(store, server, options):
    reports = fetch_trade(store, "Serbia", "Iran", [2021, 2022], url=f"{server.base}/comtrade",
                          options=options)
    asked = [parse_qs(urlsplit(p).query) for p in server.hits]
    assert [(q["reporterCode"][0], q["partnerCode"][0]) for q in asked] == [
        ("688", "364"), ("364", "688")]
    assert asked[0]["period"] == ["2021,2022"] and asked[0]["includeDesc"] == ["true"]
    assert [r.tables for r in reports.inputs] == [{"trade_flows": 10}, {}]  # Iran reported nothing
    row = dyad_context(store, "SRB", "IRN", 2021, 2021).iloc[0]
    assert row["trade_a_view"] == 31_845_210.0 + 48_112_904.0
    assert "retrieved" in row["sources"] and reports.inputs[0].name.startswith(server.base)


def test_fetch_tariffs_both_ways(store, server, options):
    fetch_tariffs(store, "SRB", "IRN", [2020, 2021], url=f"{server.base}/wits", options=options)
    assert server.hits[0].startswith(
        "/wits/reporter/srb/year/2020;2021/partner/irn;wld/product/Total/indicator/")
    row = dyad_context(store, "SRB", "IRN", 2020, 2020).iloc[0]
    assert (row["tariff_a_on_b"], row["tariff_b_on_a"]) == (3.87, 19.34)


def test_fetch_sanctions_and_unga(store, server, options):
    report = fetch_sanctions(store, url=f"{server.base}/opensanctions", options=options)
    (loaded,) = report.inputs
    assert "CC BY-NC 4.0" in loaded.licence and loaded.tables == {"sanctions": 6}
    fetch_unga(store, [f"{server.base}/files/UNVotes.csv"], options=options)
    row = dyad_context(store, "SRB", "IRN", 2021, 2021).iloc[0]
    assert row["unga_agreement"] == 0.5
    assert "US: OFAC-IRAN-EO13846" in row["sanctions_on_b"]


def test_base_url_from_the_environment(store, server, options, monkeypatch):
    monkeypatch.setenv("ENTENTE_OPENSANCTIONS_URL", f"{server.base}/opensanctions")
    fetch_sanctions(store, options=options)
    assert server.hits == ["/opensanctions/entities.ftm.json"]


def test_cached_download_is_reused_when_offline(store, server, options):
    fetch_unga(store, [f"{server.base}/files/UNVotes.csv"], options=options)
    server.hits.clear()
    fetch_unga(store, [f"{server.base}/files/UNVotes.csv"], options=options)
    assert server.hits == []


def test_offline_is_a_clear_error_and_no_table_changes(store, options):
    before = counts(store)
    with pytest.raises(FetchError, match=r"cannot reach 127\.0\.0\.1:\d+ \(offline"):
        fetch_trade(store, "SRB", "IRN", [2021], url=f"{closed_port()}/comtrade",
                    options=options)
    assert counts(store) == before
    assert not options.cache_dir.exists() or not any(options.cache_dir.iterdir())


def test_second_view_failing_loads_neither(store, server, options):
    """Comtrade answers for Serbia but the second request gets a 404: nothing stored."""
    with pytest.raises(FetchError, match="HTTP 404"):
        fetch_tariffs(store, "SRB", "RUS", [2021], url=f"{server.base}/wits", options=options)
    assert counts(store)["tariffs"] == 0


def test_size_cap_scheme_and_status(server, tmp_path):
    with pytest.raises(FetchError, match="cap"):
        fetch_to_cache(f"{server.base}/files/big.csv", cache_dir=tmp_path, max_bytes=1000,
                       allow_private=True)
    assert list(tmp_path.glob("*")) == []  # no partial file left behind
    with pytest.raises(FetchError, match="only http and https"):
        fetch_to_cache("file:///etc/passwd", cache_dir=tmp_path)
    with pytest.raises(FetchError, match="HTTP 404"):
        fetch_to_cache(f"{server.base}/nothing-here", cache_dir=tmp_path, allow_private=True)


def run_cli(*args: str, cache: Path) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, ENTENTE_CACHE=str(cache))
    return subprocess.run([sys.executable, "-m", "entente", "context", *args],
                          capture_output=True, text=True, env=env)


def test_cli_fetch_offline_is_one_line_and_exit_1(tmp_path):
    db = tmp_path / "cli.duckdb"
    r = run_cli("fetch", "tariffs", "SRB", "IRN", "--years", "2021", "--url",
                f"{closed_port()}/wits", "--db", str(db), "--allow-private", cache=tmp_path)
    assert r.returncode == 1 and "Traceback" not in r.stderr
    assert r.stderr.startswith("error: ") and r.stderr.strip().count("\n") == 0
    assert "offline" in r.stderr


def test_cli_fetch_load_and_show(tmp_path, server):
    db = str(tmp_path / "cli.duckdb")
    r = run_cli("fetch", "trade", "Serbia", "Iran", "--years", "2021-2022", "--url",
                f"{server.base}/comtrade", "--db", db, "--allow-private", cache=tmp_path)
    assert r.returncode == 0, r.stderr
    assert "stored 10 trade_flows" in r.stdout
    r = run_cli("load", str(F / "unga_votes.csv"), str(F / "opensanctions_entities.ftm.json"),
                "--db", db, cache=tmp_path)
    assert r.returncode == 0, r.stderr
    assert "skipped " in r.stdout and "CC BY-NC 4.0" in r.stdout
    r = run_cli("show", "SRB", "IRN", "--from-year", "2021", "--to-year", "2022",
                "--format", "json", "--db", db, cache=tmp_path)
    shown = json.loads(r.stdout)
    assert [row["year"] for row in shown["rows"]] == [2021, 2022]
    assert shown["missing"][0].startswith("No tariff data for Serbia and Iran")
    r = run_cli("show", "SRB", "IRN", "--db", db, cache=tmp_path)
    assert "missing: No tariff data" in r.stdout and "source: sanctions: OpenSanctions" in r.stdout


def test_cli_bad_years_and_bad_file(tmp_path):
    r = run_cli("fetch", "trade", "SRB", "IRN", "--years", "twenty", "--db",
                str(tmp_path / "x.duckdb"), cache=tmp_path)
    assert r.returncode == 1 and "--years" in r.stderr
    bad = tmp_path / "votes.csv"
    bad.write_text("rcid,vote\n")
    r = run_cli("load", str(bad), "--db", str(tmp_path / "x.duckdb"), cache=tmp_path)
    assert r.returncode == 1 and "votes.csv" in r.stderr and "Traceback" not in r.stderr
