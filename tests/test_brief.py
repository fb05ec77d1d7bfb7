"""The dyad brief: rendered from a store built here, checked for sections, numbers and escaping."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest
from typer.testing import CliRunner

from entente.brief import build_brief, render_html, render_markdown, safe_url, write_brief
from entente.brief.model import coder_floor
from entente.brief.safety import md_link, md_text
from entente.cli import app, main
from entente.record import Actor, Event
from entente.store import Store

HOSTILE_SENTENCE = ('<script>alert(1)</script> Iran condemned Serbia for reimposing visas '
                    '<img src=x onerror="alert(2)">.')
HOSTILE_TITLE = 'Visa row "><svg onload=alert(3)>'

_ACTORS = {
    "SRB": ("Serbian President Aleksandar Vucic", "SRBGOV"),
    "IRN": ("Iranian Foreign Minister Hossein Amir-Abdollahian", "IRNGOV"),
    "RUS": ("Russian President Vladimir Putin", "RUSGOV"),
    "USA": ("the United States", "USAGOV"),
    "CHN": ("Chinese President Xi Jinping", "CHNGOV"),
}

# (date, source, target, CAMEO code, sentence): Serbia-Iran warm in 2022-2023, a visa
# quarrel in 2024; each side's dealings with the major powers.
_DYAD = [
    ("2022-02-14", "SRB", "IRN", "036", "Serbia and Iran agreed to hold trade talks in Belgrade."),
    ("2022-02-15", "IRN", "SRB", "051", "Iran praised Serbia for its hospitality."),
    ("2022-06-10", "SRB", "IRN", "057", "Serbia and Iran signed a memorandum on farm trade."),
    ("2022-09-21", "IRN", "SRB", "051", "Raisi praised Serbia for refusing to recognise Kosovo."),
    ("2022-09-21", "SRB", "IRN", "042", "Vucic visited Iran's delegation at the United Nations."),
    ("2023-03-08", "IRN", "SRB", "057", "Iran and Serbia signed an agreement on medicines."),
    ("2023-05-30", "IRN", "SRB", "0331", "Iran offered to help Serbia build a drug plant."),
    ("2023-11-22", "SRB", "IRN", "046", "Serbian and Iranian ministers negotiated in Tehran."),
    ("2024-01-26", "SRB", "IRN", "160", "Serbia reimposed visa requirements on Iranians."),
    ("2024-01-27", "IRN", "SRB", "111", HOSTILE_SENTENCE),
    ("2024-02-08", "IRN", "SRB", "161", "Iran recalled its ambassador to Serbia."),
    ("2024-02-09", "IRN", "SRB", "112", "Iran accused Serbia of yielding to Brussels."),
    ("2024-03-15", "IRN", "SRB", "163", "Iran imposed a boycott on Serbian beef."),
]
_POWERS = [
    ("2022-03-03", "RUS", "SRB", "051", "Russia praised Serbia for an independent stance."),
    ("2022-05-29", "SRB", "RUS", "057", "Serbia and Russia signed a three-year gas deal."),
    ("2023-10-17", "SRB", "CHN", "057", "Serbia and China signed a free trade agreement."),
    ("2023-09-14", "USA", "SRB", "1041", "The United States urged Serbia to ease tensions."),
    ("2022-04-21", "USA", "IRN", "163", "The United States imposed sanctions on Iran."),
    ("2022-04-22", "IRN", "USA", "111", "Iran condemned the sanctions as economic terrorism."),
    ("2025-01-17", "RUS", "IRN", "057", "Russia and Iran signed a partnership treaty."),
]


def _event(i: int, row: tuple[str, str, str, str, str]) -> Event:
    when, src, tgt, code, sentence = row
    s_text, s_code = _ACTORS[src]
    t_text, t_code = _ACTORS[tgt]
    hostile = sentence == HOSTILE_SENTENCE
    return Event(
        dataset="entente", doc_id=f"doc-{i:02d}",
        source=Actor(s_text, 0, len(s_text), "state", src, "GOV", s_code),
        target=Actor(t_text, 0, len(t_text), "state", tgt, "GOV", t_code),
        cameo_code=code, date=date.fromisoformat(when), sentence=sentence,
        url="javascript:alert(4)" if hostile else f"https://news.example.org/{when}/story-{i}",
        title=HOSTILE_TITLE if hostile else f"Story {i}", publisher=f"Wire {i % 3}",
        coder_version="entente-coder test")


def fill_store(store: Store) -> None:
    """The Serbia-Iran story of the tests; also used by the web tests."""
    store.add_events(_event(i, row) for i, row in enumerate(_DYAD + _POWERS))


@pytest.fixture
def dyad_store(store: Store) -> Store:
    fill_store(store)
    return store


def _section(html: str, anchor: str) -> str:
    match = re.search(rf'<section id="{anchor}">(.*?)</section>', html, re.S)
    assert match, f"section {anchor} missing"
    return match.group(1)


SECTION_IDS = ("key-judgements", "timeline", "series", "directions", "topics", "powers",
               "changes", "economy", "sources", "appendix", "missing")


def _fact(html: str, name: str) -> str:
    match = re.search(rf'data-fact="{name}">([^<]*)<', html)
    assert match, f"fact {name} missing"
    return match.group(1)


def _visible_text(html: str) -> str:
    """The page's text without tags and attribute values (what a reader sees)."""
    return re.sub(r"<[^>]+>", " ", re.sub(r"<(style|svg)\b.*?</\1>", " ", html, flags=re.S))


def test_html_brief_has_every_section_with_numbers_from_the_store(dyad_store: Store) -> None:
    brief = build_brief(dyad_store, "Serbia", "IRN")
    html = render_html(brief)
    for anchor in SECTION_IDS:
        assert html.count(f'id="{anchor}"') == 1, anchor
    assert _fact(html, "events") == "13" and _fact(html, "documents") == "13"
    assert _fact(html, "cooperation-share") == "62%"
    # The appendix lists every counted event: 13 between the two, 6 with the powers (the
    # 2025 Russia-Iran treaty lies after the dyad's last event, outside its period).
    appendix = _section(html, "appendix")
    ids = re.findall(r'data-event-id="([^"]+)"', appendix)
    assert len(ids) == len(set(ids)) == int(_fact(html, "counted")) == 19
    assert len(re.findall(r'data-event-id=', html)) == 19  # nowhere else
    assert ids[:13] == [e.event_id for e in brief.events]
    # Grouped by month, in words.
    assert '<tbody id="p-2024-01-01">' in appendix and "Jan 2024 · 2 events" in appendix
    powers = _section(html, "powers")
    assert '<td data-label="side">Serbia</td><td data-label="power"><abbr title="RUS">' \
        'Russia' in powers
    assert 'href="#pw-SRB-RUS">2</a>' in powers and 'id="pw-SRB-RUS"' in appendix
    assert 'id="alignment"' in powers
    assert "Serbia reimposed visa requirements on Iranians." in _section(html, "timeline")
    assert 'href="https://news.example.org/2024-01-26/story-8"' in appendix


def test_key_judgements_carry_numbers_and_link_to_counted_events(dyad_store: Store) -> None:
    html = render_html(build_brief(dyad_store, "SRB", "IRN"))
    section = _section(html, "key-judgements")
    items = re.findall(r"<li data-judgement=\"(\w+)\">(.*?)</li>", section, re.S)
    assert 3 <= len(items) <= 5
    assert [k for k, _ in items] == ["balance", "change", "initiative", "topics", "powers"]
    anchors = set(re.findall(r' id="([^"]+)"', html))
    for _, body in items:
        assert re.search(r"\d", body.split("<br>")[0]), body  # every judgement has a number
        links = re.findall(r'href="#([^"]+)"', body)
        assert links and all(link in anchors for link in links)
    text = dict(items)
    assert "8 of the 13 events between Serbia and Iran" in text["balance"]
    assert "fell from" in text["change"] and "Jan 2024" in text["change"]
    assert "Serbia 5 (4 cooperative, 1 conflictual); Iran 8" in text["initiative"]
    assert ("Serbia leans most towards Russia (net +2 over 2 events; then China +1, the "
            "United States -1)") in text["powers"]
    assert "Iran is at odds with the United States (net -2 over 2 events)" in text["powers"]


def test_thin_data_is_one_sentence_and_empty_sections_fold_into_missing(
        dyad_store: Store) -> None:
    html = render_html(build_brief(dyad_store, "SRB", "IRN", start="2024-03-01",
                                   end="2024-03-31"))
    judgements = re.findall(r"<li data-judgement", _section(html, "key-judgements"))
    assert len(judgements) == 1 and "too few to judge" in html
    missing = _section(html, "missing")
    for folded in ("changes", "economy", "powers"):
        assert f'<li id="{folded}">' in missing
        assert f'<section id="{folded}">' not in html
    assert html.count("<section") == len(re.findall(r"<section id=", html))


def test_actors_read_as_words_with_codes_on_hover(dyad_store: Store) -> None:
    html = render_html(build_brief(dyad_store, "SRB", "IRN"))
    text = _visible_text(html)
    assert "SRBGOV" not in text and "IRNGOV" not in text and "(SRB)" not in text
    assert '<abbr title="SRBGOV">Serbian President Aleksandar Vucic</abbr>' in html


def test_directed_view_splits_the_counts(dyad_store: Store) -> None:
    directions = _section(render_html(build_brief(dyad_store, "SRB", "IRN")), "directions")
    assert "Serbia → Iran" in directions and "Iran → Serbia" in directions
    totals = re.search(r"all events</strong></td><td class=\"num\"><strong>(\d+)</strong>"
                       r"</td><td class=\"num\"><strong>(\d+)</strong>", directions)
    assert totals and totals.groups() == ("5", "8")
    assert directions.count("<svg") == 4  # a wide and a narrow drawing per direction


def test_changes_and_trend_are_said_in_words(dyad_store: Store) -> None:
    changes = _section(render_html(build_brief(dyad_store, "SRB", "IRN")), "changes")
    assert re.search(r"Net cooperation fell from \+0\.\d a month to -1\.7 from Jan 2024 on",
                     changes)
    assert "net cooperation fell by" in changes and "Mann–Kendall" in changes


def test_a_flat_series_still_names_its_largest_shift(store: Store) -> None:
    rows = [(f"2023-{m:02d}-10", "SRB", "IRN", "036" if m % 2 else "111",
             f"Story of month {m}.") for m in range(1, 11)]
    store.add_events(_event(i, row) for i, row in enumerate(rows))
    changes = _section(render_html(build_brief(store, "SRB", "IRN")), "changes")
    assert "the largest candidate shift, not significant" in changes
    assert "not a significant trend" in changes


def _monthly(n: int, **fields: list) -> list[Event]:
    """n Serbia-Iran meetings, one a month of 2023; `fields` give each its own values."""
    events = [_event(i, (f"2023-{i + 1:02d}-10", "SRB", "IRN", "036", f"Story {i + 1}."))
              for i in range(n)]
    for name, values in fields.items():
        for event, value in zip(events, values, strict=True):
            setattr(event, name, value)
    return events


def test_sources_count_documents_publishers_and_warn_on_one_publisher(store: Store) -> None:
    store.add_events(_monthly(5, publisher=["Tehran Times"] + ["Belgrade Daily"] * 4))
    sources = _section(render_html(build_brief(store, "SRB", "IRN")), "sources")
    assert "<strong>5</strong> documents, <strong>2</strong> publishers" in sources
    assert "one publisher, Belgrade Daily, carries 4 of the 5 events (80%)" in sources


def test_min_confidence_is_applied_and_stated(store: Store) -> None:
    store.add_events(_monthly(6, confidence=[0.9, 0.3] * 3))
    default = render_html(build_brief(store, "SRB", "IRN"))
    floor = coder_floor()  # the coder's own default, policies.yaml min_confidence
    assert floor < 0.3
    assert _fact(default, "events") == "6" and _fact(default, "min-confidence") == f"{floor:.2f}"
    assert "the coder's default floor" in default
    strict = render_html(build_brief(store, "SRB", "IRN", min_confidence=0.5))
    assert _fact(strict, "events") == "3" and _fact(strict, "min-confidence") == "0.50"
    assert len(re.findall(r"data-event-id=", strict)) == 3
    assert "0.90" in _section(strict, "appendix")


def test_charts_read_at_a_glance(dyad_store: Store) -> None:
    timeline = _section(render_html(build_brief(dyad_store, "SRB", "IRN")), "timeline")
    svgs = re.findall(r"<svg\b.*?</svg>", timeline, re.S)
    assert len(svgs) == 2  # wide and narrow
    for svg in svgs:
        assert int(re.search(r'font-size="(\d+)"', svg).group(1)) >= 11  # type: ignore[union-attr]
        assert "Feb 2022" in svg and "rotate" not in svg
        plot = re.search(r'class="plot" x="([\d.]+)" y="([\d.]+)" width="([\d.]+)" '
                         r'height="([\d.]+)"', svg)
        px, py, pw, ph = map(float, plot.groups())  # type: ignore[union-attr]
        bars = re.findall(r'class="bar q\d" x="([\d.]+)" y="([\d.]+)" width="([\d.]+)" '
                          r'height="([\d.]+)"', svg)
        assert bars
        tallest = min(float(y) for _, y, _, _ in bars)
        assert tallest > py + 5  # headroom above the tallest bar
        for x, y, w, h in (map(float, b) for b in bars):
            assert px <= x and x + w <= px + pw and py <= y and y + h <= py + ph
        ticks = [int(t.replace(",", "")) for t in
                 re.findall(r'text-anchor="end" fill="#444">(-?[\d,]+)</text>', svg)]
        assert 0 in ticks and all(t % 1 == 0 for t in ticks)
        assert len(re.findall(r'<g class="mark">', svg)) == 3
        assert '<a href="#p-2024-01-01"' in svg
    assert "#56B4E9" in timeline and "#D55E00" in timeline  # Okabe-Ito


def test_html_brief_escapes_hostile_article_text(dyad_store: Store) -> None:
    html = render_html(build_brief(dyad_store, "SRB", "IRN"))
    assert "<script" not in html
    assert "<img" not in html
    assert "onload=alert" not in html.replace("onload=alert(3)&gt;", "")
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "javascript:" not in re.sub(r"link not shown: javascript:alert\(4\)", "", html)
    assert not re.search(r'(?<![:\w])href="(?!https?://|#[\w-]+")', html)  # web or in-page
    assert not re.search(r'xlink:href="(?!#)', html)  # charts refer to their own shapes only
    assert "default-src 'none'" in html


def test_markdown_brief_has_sections_numbers_and_no_raw_markup(dyad_store: Store) -> None:
    md = render_markdown(build_brief(dyad_store, "IRN", "SRB"))
    for heading in ("## Key judgements", "## Timeline", "## Series", "## Who did what to whom",
                    "## Topics", "## Major powers", "## Changes and trend", "## Sources",
                    "## Appendix: every event counted", "## What is missing"):
        assert heading in md
    assert "Events counted: 13 between the two, 19 in all" in md
    assert md.count("· id `") == 19 + 8  # the appendix, and the key events
    assert f"Confidence floor: {coder_floor():.2f}" in md
    assert "data:image/svg+xml;base64," in md
    assert "<script" not in md and "<img" not in md
    assert "&lt;script&gt;" in md
    assert "](javascript" not in md and "(<javascript" not in md


def test_brief_for_a_pair_without_events_still_renders(dyad_store: Store) -> None:
    html = render_html(build_brief(dyad_store, "Hungary", "Iran"))
    assert "No events between Hungary and Iran" in html
    assert 'data-fact="events">0<' in html
    for anchor in SECTION_IDS:
        assert html.count(f'id="{anchor}"') == 1, anchor


def test_brief_period_limits_the_counts(dyad_store: Store) -> None:
    brief = build_brief(dyad_store, "SRB", "IRN", start=date(2024, 1, 1), end=date(2024, 12, 31))
    html = render_html(brief)
    assert 'data-fact="events">5<' in html
    assert "2024-01-01 to 2024-12-31" in html
    assert len(re.findall(r"data-event-id=", _section(html, "appendix"))) == \
        int(_fact(html, "counted"))


def test_write_brief_picks_the_format_by_suffix(dyad_store: Store, tmp_path: Path) -> None:
    out = write_brief(dyad_store, "SRB", "IRN", tmp_path / "b" / "brief.md")
    assert out.read_text(encoding="utf-8").startswith("# Serbia and Iran")
    with pytest.raises(Exception, match="must end in .html or .md"):
        write_brief(dyad_store, "SRB", "IRN", tmp_path / "brief.pdf")


def test_safe_url_only_allows_absolute_http_links() -> None:
    assert safe_url("https://news.example.org/a?b=1") == "https://news.example.org/a?b=1"
    assert safe_url("HTTP://example.org/") == "HTTP://example.org/"
    for bad in ("javascript:alert(1)", " JavaScript:alert(1)", "java\tscript:x",
                "data:text/html,<b>x</b>", "//evil.example/x", "/relative", "ftp://x.org/",
                "http://", None, 42, "https://ok.example/\x00x"):
        assert safe_url(bad) is None, bad


def test_markdown_helpers_neutralise_markup() -> None:
    assert md_text("*bold* <b>x</b> [a](b)") == r"\*bold\* &lt;b&gt;x&lt;/b&gt; \[a\](b)"
    assert md_link("story", "javascript:alert(1)") == "story"
    assert md_link("story", "https://x.org/a b") == "story"
    assert md_link("story", "https://x.org/a>(b)") == "[story](<https://x.org/a%3E%28b%29>)"


def test_cli_brief_writes_html_and_reports_bad_input(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    db = tmp_path / "cli.duckdb"
    with Store(db) as s:
        fill_store(s)
    runner = CliRunner()
    out = tmp_path / "serbia-iran.html"
    result = runner.invoke(app, ["brief", "Serbia", "Iran", "--from", "2022-01-01",
                                 "--out", str(out), "--db", str(db)])
    assert result.exit_code == 0, result.output
    assert str(out) in result.output
    assert 'data-fact="events">13<' in out.read_text(encoding="utf-8")
    for args, message in ((["Serbia", "Atlantis"], "unknown country or organisation: 'Atlantis'"),
                          (["SRB", "IRN", "--out", str(tmp_path / "b.pdf")],
                           "must end in .html or .md"),
                          (["SRB", "IRN", "--to", "someday"], "not a date")):
        with pytest.raises(SystemExit) as stop:
            main(["brief", *args, "--db", str(db)])
        assert stop.value.code == 1
        err = capsys.readouterr().err
        assert err.startswith("error: ") and message in err and "Traceback" not in err
    assert not (tmp_path / "b.pdf").exists()


def test_brief_is_deterministic_and_self_contained(dyad_store: Store) -> None:
    first = render_html(build_brief(dyad_store, "SRB", "IRN"))
    again = render_html(build_brief(dyad_store, "SRB", "IRN"))
    assert first == again
    # Nothing is loaded at view time: no scripts, stylesheets, frames or remote images.
    assert not re.search(r"<(script|link|iframe|object|embed)\b", first)
    assert not re.search(r'\bsrc="', first)
    assert len(re.findall(r"<svg\b", first)) == 6  # timeline and two directions, 2 sizes


def test_cli_brief_min_confidence(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    db = tmp_path / "conf.duckdb"
    with Store(db) as s:
        s.add_events(_monthly(4, confidence=[0.8, 0.35] * 2))
    out = tmp_path / "b.html"
    result = CliRunner().invoke(app, ["brief", "SRB", "IRN", "--min-confidence", "0.6",
                                      "--out", str(out), "--db", str(db)])
    assert result.exit_code == 0, result.output
    html = out.read_text(encoding="utf-8")
    assert _fact(html, "events") == "2" and _fact(html, "min-confidence") == "0.60"
    with pytest.raises(SystemExit) as stop:
        main(["brief", "SRB", "IRN", "--min-confidence", "7", "--db", str(db)])
    assert stop.value.code == 1 and "between 0 and 1" in capsys.readouterr().err


def test_the_major_powers_are_read_over_the_dyads_own_period(dyad_store: Store) -> None:
    # the Russia-Iran treaty of 2025 lies after the last Serbia-Iran event: a brief of the
    # dyad's period leaves it out of the powers table, a brief asked to reach 2025 counts it
    brief = build_brief(dyad_store, "Serbia", "Iran")
    assert not any(side == "IRN" and power == "RUS" for side, power in brief.power_events)
    wider = build_brief(dyad_store, "Serbia", "Iran", end="2025-12-31")
    assert [e.cameo_code for e in wider.power_events[("IRN", "RUS")]] == ["057"]


def test_the_powers_judgement_names_the_power_its_figures_single_out(
        dyad_store: Store) -> None:
    # Russia has the most dealings with Serbia (5) but two are quarrels: net +1; China has
    # fewer (3), all cooperative: net +3. Serbia leans towards China, not Russia. Iran's
    # one warm contact with China outranks its quarrel with the United States.
    extra = [
        ("2023-07-12", "RUS", "SRB", "112", "Russia accused Serbia of arming Ukraine."),
        ("2023-07-13", "RUS", "SRB", "100", "Moscow demanded an explanation from Belgrade."),
        ("2023-10-29", "SRB", "RUS", "030", "Serbia and Russia agreed to extend gas supply."),
        ("2023-05-08", "CHN", "SRB", "051", "China praised Serbia as an ironclad friend."),
        ("2023-05-09", "SRB", "CHN", "057", "Serbia and China signed 28 agreements."),
        ("2023-02-01", "CHN", "IRN", "057", "China and Iran signed an oil accord."),
    ]
    dyad_store.add_events(_event(100 + i, row) for i, row in enumerate(extra))
    powers = dict(re.findall(r"<li data-judgement=\"(\w+)\">(.*?)</li>",
                             render_html(build_brief(dyad_store, "SRB", "IRN")), re.S))
    text = powers["powers"]
    assert ("Serbia leans most towards China (net +3 over 3 events; then Russia +1, "
            "the United States -1)") in text
    assert "Iran leans most towards China (net +1 over 1 event; then the United States -2)" \
        in text
    assert "towards Russia" not in text


def test_counts_and_missing_notes_read_as_plain_sentences(store: Store) -> None:
    # one publisher, no trade, tariff, sanctions or voting data: "1 publisher", and the
    # reasons for each missing layer are full sentences, never "....; No ..."
    store.add_events(_monthly(5, publisher=["Belgrade Daily"] * 5))
    brief = build_brief(store, "SRB", "IRN")
    md, html = render_markdown(brief), render_html(brief)
    assert "5 events from 5 documents, 1 publisher, datasets" in md
    assert "<strong>1</strong> publisher and" in _section(html, "sources")
    economy = next(line for line in md.splitlines() if line.startswith("- Economy:"))
    assert ".;" not in md and ".;" not in html and "..\n" not in md
    assert re.search(r"store \(to add it: [^)]*\)\. No tariff data", economy), economy
    assert economy.endswith(").")


def test_periods_read_as_words_in_the_judgements(dyad_store: Store) -> None:
    # by year: "in the last year", never "in the last 1 years"
    yearly = dict(re.findall(r"<li data-judgement=\"(\w+)\">(.*?)</li>", render_html(
        build_brief(dyad_store, "SRB", "IRN", freq="year")), re.S))
    assert "in the last year, " in yearly["balance"] and "last 1 years" not in yearly["balance"]
    # by week: the change is "from the week of ... on"
    weekly = render_markdown(build_brief(dyad_store, "SRB", "IRN", freq="week"))
    assert re.search(r"from the week of \d+ \w+ \d{4} on", weekly)
    assert not re.search(r"from week of", weekly)


def test_a_pair_without_events_reads_as_none_not_as_zero_counts(dyad_store: Store) -> None:
    # Hungary-Iran: none between the two, but Iran's dealings with the United States count
    assert "Events counted: 0 between the two, 3 in all" in render_markdown(
        build_brief(dyad_store, "Hungary", "Iran"))
    # Chile-Peru: nothing at all
    brief = build_brief(dyad_store, "Chile", "Peru")
    md, html = render_markdown(brief), render_html(brief)
    assert "Events counted: none." in md and "0 in all" not in md
    assert ("1. No events between Chile and Peru in this period: nothing to judge" in md)
    assert "Only 0 events" not in md + html
    assert md.split("## Appendix: every event counted", 1)[1].lstrip().startswith(
        "No events to list.")
    assert "Changes and trend: no events between Chile and Peru" in md
    assert "fewer than four" not in md
    appendix = _section(html, "appendix")
    assert "No events to list." in appendix and "0 events:" not in appendix
    judgement = _section(html, "key-judgements")
    assert 'href="#missing"' in judgement and 'id="missing"' in html
