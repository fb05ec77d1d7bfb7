"""Context layers wired into `entente dyad --context` and the brief, from the real-format files.

Each test loads the Comtrade, BACI, WITS, OpenSanctions and UNGA fixtures of
tests/fixtures/context/ into a store beside a few Serbia-Iran events, then reads the
figures back through the command line, the Python API and the rendered brief.
"""

from __future__ import annotations

import csv
import html
import io
import json
import re
import subprocess
import sys
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from entente.analysis import CONTEXT_LAYER_COLUMNS, dyad_series, with_context
from entente.brief import build_brief, render_html, render_markdown
from entente.context import load_file
from entente.record import Actor, Event
from entente.store import Store

F = Path(__file__).resolve().parent / "fixtures" / "context"
CONTEXT_FILES = ("comtrade_srb_irn.json", "comtrade_irn_srb_bulk.txt",
                 "BACI_HS17_Y2021_V202401b.csv", "wits_srb_irn.json", "wits_irn_srb.xml",
                 "opensanctions_entities.ftm.json", "unga_votes.csv", "unga_idealpoints.csv")
RETRIEVED = datetime(2026, 11, 2, 8, 30, tzinfo=UTC)
IRAN_2021 = "UK: GB-IRN; UN: Iran (Resolution 2231); US: OFAC-IRAN-EO13846"
OPENSANCTIONS_LICENCE = "CC BY-NC 4.0: free for non-commercial use only"

_ACTORS = {"SRB": ("Serbian Foreign Minister Nikola Selakovic", "SRBGOV"),
           "IRN": ("Iranian Foreign Minister Hossein Amir-Abdollahian", "IRNGOV"),
           "HUN": ("Hungarian Foreign Minister Peter Szijjarto", "HUNGOV"),
           "AUT": ("Austrian Chancellor Karl Nehammer", "AUTGOV")}
_EVENTS = [
    ("2021-03-09", "SRB", "IRN", "036", "Serbia and Iran agreed to reopen a joint trade "
                                        "commission in Belgrade."),
    ("2021-10-14", "IRN", "SRB", "057", "Iran and Serbia signed a protocol on farm exports."),
    ("2022-06-02", "IRN", "SRB", "111", "Tehran criticised Belgrade for backing the EU line "
                                        "on drones."),
    ("2021-05-20", "SRB", "HUN", "042", "Selakovic travelled to Budapest for talks with "
                                        "Szijjarto."),
    ("2022-11-07", "AUT", "HUN", "040", "Nehammer and Orban discussed border controls in "
                                        "Vienna."),
]


def _event(i: int, when: str, src: str, tgt: str, code: str, sentence: str) -> Event:
    (s_text, s_code), (t_text, t_code) = _ACTORS[src], _ACTORS[tgt]
    return Event(dataset="entente", doc_id=f"wiring-{i}",
                 source=Actor(s_text, 0, len(s_text), "state", src, "GOV", s_code),
                 target=Actor(t_text, 0, len(t_text), "state", tgt, "GOV", t_code),
                 cameo_code=code, date=date.fromisoformat(when), sentence=sentence,
                 url=f"https://news.example.net/{when}/{i}", title=f"Wire story {i}",
                 publisher="Balkan Wire", coder_version="entente-coder test")


@pytest.fixture
def loaded(store: Store) -> Store:
    for name in CONTEXT_FILES:
        load_file(store, F / name, retrieved_at=RETRIEVED)
    store.add_events(_event(i, *row) for i, row in enumerate(_EVENTS))
    return store


@pytest.fixture
def db(tmp_path: Path) -> str:
    path = tmp_path / "wiring.duckdb"
    with Store(path) as store:
        for name in CONTEXT_FILES:
            load_file(store, F / name, retrieved_at=RETRIEVED)
        store.add_events(_event(i, *row) for i, row in enumerate(_EVENTS))
    return str(path)


def entente(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "entente", *args], capture_output=True,
                          text=True)


# -- entente dyad --context ------------------------------------------------------------------

def test_dyad_context_json_per_year(db: str):
    r = entente("dyad", "Serbia", "IRN", "--from", "2021-01-01", "--to", "2022-12-31",
                "--freq", "year", "--context", "--format", "json", "--db", db)
    assert r.returncode == 0, r.stderr
    y2021, y2022 = json.loads(r.stdout)
    assert (y2021["period"], y2021["events"], y2022["events"]) == ("2021-01-01", 2, 1)
    # Serbia's declarations (exports + imports) and Iran's mirror view, in USD
    assert y2021["trade_a_view_usd_yearly"] == 31_845_210.0 + 48_112_904.0
    assert y2021["trade_b_view_usd_yearly"] == 35_402_118.5 + 52_990_417.0
    assert y2021["trade_baci_usd_yearly"] == pytest.approx(54_665_757.0)
    assert (y2021["tariff_a_on_b_pct_yearly"], y2021["tariff_b_on_a_pct_yearly"]) == (
        4.02, 18.90)
    assert y2021["sanctions_on_a_yearly"] == "" and y2021["sanctions_on_b_yearly"] == IRAN_2021
    assert y2021["unga_agreement_yearly"] == 0.5
    assert y2022["ideal_point_distance_yearly"] == pytest.approx(0.488 + 1.688)
    # 2022: only Serbia declared; Iran's view and BACI are null, never zero
    assert y2022["trade_a_view_usd_yearly"] == 93_718_525.0
    assert y2022["trade_b_view_usd_yearly"] is None and y2022["trade_baci_usd_yearly"] is None
    sources = y2021["context_sources_yearly"]
    for expected in ("trade: UN Comtrade 2021 (retrieved 2026-11-02",
                     "trade: CEPII BACI 2021", "tariffs: WITS (World Bank) / UNCTAD TRAINS 2021",
                     f"sanctions: OpenSanctions 2021 (retrieved 2026-11-02; licence: "
                     f"{OPENSANCTIONS_LICENCE}", "UN voting: UN General Assembly voting data"):
        assert expected in sources
    assert "2022" not in sources and "note:" not in r.stderr


def test_monthly_rows_repeat_the_yearly_values_and_csv_keeps_every_digit(db: str):
    r = entente("dyad", "SRB", "IRN", "--from", "2021-11-01", "--to", "2022-01-31",
                "--context", "--format", "csv", "--db", db)
    assert r.returncode == 0, r.stderr
    rows = list(csv.DictReader(io.StringIO(r.stdout)))
    assert [row["period"] for row in rows] == ["2021-11-01", "2021-12-01", "2022-01-01"]
    assert [row["trade_b_view_usd_yearly"] for row in rows] == ["88392535.5", "88392535.5", ""]
    assert [row["trade_a_view_usd_yearly"] for row in rows] == ["79958114", "79958114",
                                                                 "93718525"]
    assert rows[1]["events"] == "0" and rows[0]["events"] == "0"
    assert list(rows[0])[-len(CONTEXT_LAYER_COLUMNS):] == list(CONTEXT_LAYER_COLUMNS.values())


def test_dyad_context_for_a_pair_without_context_data_says_so(db: str):
    r = entente("dyad", "SRB", "HUN", "--freq", "year", "--context", "--format", "json",
                "--db", db)
    assert r.returncode == 0, r.stderr
    (row,) = json.loads(r.stdout)
    assert row["events"] == 1 and row["trade_a_view_usd_yearly"] is None
    assert row["unga_agreement_yearly"] is None and row["tariff_a_on_b_pct_yearly"] is None
    notes = [line for line in r.stderr.splitlines() if line.startswith("note: ")]
    assert notes == [
        "note: No trade data for Serbia and Hungary in 2021–2021 in the store (to add it: "
        "entente context fetch trade A B, or entente context load a Comtrade/BACI file).",
        "note: No UN General Assembly voting data for Serbia and Hungary in 2021–2021 in the "
        "store (to add it: entente context load the Voeten et al. votes and ideal points "
        "files)."]
    # Serbia's MFN average and its sanctions listing (from 2024) are in the store, so those
    # layers are not missing: the sources say where Serbia's MFN figure comes from.
    assert row["sanctions_on_a_yearly"] == "" and row["sanctions_on_b_yearly"] == ""
    assert row["context_sources_yearly"].startswith("tariffs: WITS (World Bank) / UNCTAD "
                                                    "TRAINS 2021")


def test_dyad_context_table_and_refusal_with_vs(db: str):
    r = entente("dyad", "SRB", "IRN", "--from", "2021-01-01", "--to", "2021-12-31", "--freq",
                "year", "--context", "--db", db)
    assert r.returncode == 0, r.stderr
    # the context has a table of its own: labels with units, thousands separators
    context = r.stdout[r.stdout.index("SRB - IRN: context by year"):]
    assert "trade, SRB figures (USD)" in context and "79,958,114" in context
    assert "nan" not in context.lower() and "None" not in context
    listed = r.stdout[r.stdout.index("context sources:"):].splitlines()
    assert "  sanctions: OpenSanctions 2021 (retrieved 2026-11-02; licence: CC BY-NC 4.0: free " \
           "for non-commercial use only; commercial use needs a licence from OpenSanctions)" \
        in listed
    assert len(listed) == 6  # the heading and one line per source of 2021
    r = entente("dyad", "SRB", "IRN", "--vs", "SRB", "HUN", "--context", "--db", db)
    assert r.returncode == 1
    assert r.stderr.strip() == "error: --context takes one pair: use it without --vs"


def test_with_context_keeps_the_series_and_its_attrs(loaded: Store):
    series = dyad_series(loaded, "SRB", "IRN", start="2021-01-01", end="2021-12-31",
                         freq="quarter", directed=True)
    out = with_context(series, loaded, "SRB", "IRN")
    assert out[list(series.columns)].equals(series)
    assert out.attrs["datasets"] == ["entente"] and out.attrs["context_missing"] == []
    assert len(out) == 8 and out["unga_agreement_yearly"].tolist() == [0.5] * 8
    empty = dyad_series(loaded, "IRN", "HUN", freq="year")
    assert with_context(empty, loaded, "IRN", "HUN").empty


# -- the brief -------------------------------------------------------------------------------

def _section(page: str, section_id: str) -> str:
    start = page.index(f'<section id="{section_id}">')
    return page[start:page.index("</section>", start)]


def _row(section: str, year: int) -> str:
    match = re.search(rf"<tr><td>{year}</td>.*?</tr>", section, re.S)
    assert match, f"no row for {year}"
    return html.unescape(match.group(0))


def test_brief_html_has_both_sections_with_numbers_sources_and_years(loaded: Store):
    brief = build_brief(loaded, "SRB", "IRN")  # the events span 2021-2022
    page = render_html(brief)
    data = json.loads(json.dumps(brief.to_dict()))  # the web API's form
    assert (data["context"]["first_year"], data["context"]["last_year"]) == (2021, 2022)
    assert [r["trade_a_view"] for r in data["context"]["economic_ties"]["table"]] == [
        79_958_114.0, 93_718_525.0]
    economic = _section(page, "economy")
    assert "<h2>Economy</h2>" in economic and "Serbia and Iran, 2021–2022" in economic
    row = _row(economic, 2021)
    for expected in ("79,958,114 USD", "88,392,536 USD", "54,665,757 USD", "4.02%", "18.90%",
                     "HS 08 (II Vegetable products): 21,300,775 USD",
                     "trade: UN Comtrade 2021 (retrieved 2026-11-02; licence: UN Comtrade",
                     "trade: CEPII BACI 2021", "Etalab Open Licence 2.0"):
        assert expected in row
    assert "93,718,525 USD" in _row(economic, 2022)
    assert "<li>In 2021 Iran reported imports of 35.4 m USD from Serbia and exports of 53.0 m " \
           "USD to it, the mirror view (UN Comtrade, 2021).</li>" in economic
    assert "changed by +17.2% from 2021 to 2022" in economic
    # no events with a major power, yet the section stays for its sanctions and UN voting
    alignment = _section(page, "powers")
    assert "<h3>Sanctions and UN voting</h3>" in alignment
    row = _row(alignment, 2021)
    for expected in (IRAN_2021, "50% of 2 roll calls", "2.01",
                     f"sanctions: OpenSanctions 2021 (retrieved 2026-11-02; licence: "
                     f"{OPENSANCTIONS_LICENCE}",
                     "UN voting: UN General Assembly voting data (Voeten, Strezhnev and "
                     "Bailey, Harvard Dataverse) 2021"):
        assert expected in row
    assert "2.18" in _row(alignment, 2022)
    # the non-commercial licence is shown and flagged
    assert f'<span class="warn">{OPENSANCTIONS_LICENCE}' in alignment
    assert "Not loaded" not in economic + alignment


def _md_section(md: str, heading: str) -> str:
    start = md.index(heading + "\n")
    return md[start:md.index("\n## ", start + 1)]


def test_brief_markdown_through_the_cli(db: str, tmp_path: Path):
    out = tmp_path / "srb-irn.md"
    r = entente("brief", "SRB", "IRN", "--from", "2021-01-01", "--to", "2023-12-31",
                "--out", str(out), "--db", db)
    assert r.returncode == 0, r.stderr
    md = out.read_text(encoding="utf-8")
    economic = _md_section(md, "## Economy")
    alignment = _md_section(md, "### Sanctions and UN voting")
    (row,) = [line for line in economic.splitlines() if line.startswith("| 2021 |")]
    assert "| 79,958,114 USD | 88,392,536 USD | 54,665,757 USD |" in row
    assert "trade: UN Comtrade 2021 (retrieved 2026-11-02" in row
    assert "- In 2021 reconciled bilateral trade was 54.7 m USD (CEPII BACI, 2021)." in economic
    assert "| 2023 |" not in economic  # no trade or tariff figure for 2023
    (row,) = [line for line in alignment.splitlines() if line.startswith("| 2023 |")]
    assert "EU: EU-IRN; UK: GB-IRN; UN: Iran (Resolution 2231)" in row
    assert "- unga" not in alignment and "- UN voting: UN General Assembly" in alignment
    assert f"licence: **{OPENSANCTIONS_LICENCE}" in alignment


def test_brief_for_a_pair_without_context_data_says_plainly_what_is_missing(loaded: Store):
    brief = build_brief(loaded, "Austria", "Hungary")
    page = render_html(brief)
    assert '<section id="economy">' not in page and '<section id="powers">' not in page
    missing = _section(page, "missing")
    assert "No trade data for Austria and Hungary in 2022–2022 in the store (to add it: " \
           "entente context fetch trade A B, or entente context load a Comtrade/BACI " \
           "file)." in missing
    for layer in ("tariff", "sanctions", "UN General Assembly voting"):
        assert f"No {layer} data for Austria and Hungary in 2022–2022" in missing
    assert "<table" not in missing and "Sources:" not in missing
    md = render_markdown(brief)
    noted = _md_section(md, "## What is missing") if "\n## " in md[md.index(
        "## What is missing"):] else md[md.index("## What is missing"):]
    for line in (*brief.context["economic_ties"]["missing"],
                 *brief.context["sanctions_and_alignment"]["missing"]):
        assert line in noted
    assert len(brief.context["economic_ties"]["missing"]) == 2
    data = json.loads(json.dumps(brief.to_dict()))
    assert data["context"]["economic_ties"]["missing"][0].startswith("No trade data")


def test_brief_shows_a_partial_pair_with_the_layers_it_has(loaded: Store):
    page = render_html(build_brief(loaded, "Serbia", "Hungary"))
    economic = _section(page, "economy")
    assert "No trade data for Serbia and Hungary in 2021–2021" in economic
    assert "No tariff data" not in economic  # Serbia's MFN average is there
    row = _row(economic, 2021)
    assert "7.08% / –" in row  # Serbia's MFN average; none for Hungary
    assert "tariffs: WITS (World Bank) / UNCTAD TRAINS 2021" in row


def test_brief_escapes_context_text_and_stays_deterministic(store: Store, tmp_path: Path):
    hostile = tmp_path / "hostile.ftm.json"
    entity = {"id": "NK-hostile-1", "schema": "Company", "caption": "x",
              "properties": {"name": ["<b>Shell & Co</b>"], "country": ["rs"]},
              "datasets": ["us_ofac_sdn"], "first_seen": "2022-03-01T00:00:00",
              "last_seen": "2026-11-01T00:00:00", "target": True}
    sanction = {"id": "ofac-hostile-1", "schema": "Sanction", "caption": "x",
                "properties": {"entity": ["NK-hostile-1"],
                               "programId": ['OFAC-<script>alert("x")</script>|*evil*'],
                               "listingDate": ["2022-03-01"]},
                "datasets": ["us_ofac_sdn"], "first_seen": "2022-03-01T00:00:00",
                "last_seen": "2026-11-01T00:00:00", "target": False}
    hostile.write_text("\n".join(json.dumps(e) for e in (entity, sanction)) + "\n",
                       encoding="utf-8")
    load_file(store, hostile, retrieved_at=RETRIEVED)
    brief = build_brief(store, "SRB", "HUN")
    page = render_html(brief)
    assert "<script>" not in page
    assert "OFAC-&lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt;|*evil*" in page
    md = render_markdown(brief)
    assert "<script>" not in md
    programme = r'OFAC-&lt;script&gt;alert("x")&lt;/script&gt;\|\*evil\*'
    # in the yearly table and the statement, each time escaped
    assert md.count(programme) == 2 and md.count("evil") == 2
    assert render_html(build_brief(store, "SRB", "HUN")) == page
