"""The dyad brief: rendered from a store built here, checked for sections, numbers and escaping."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest
from typer.testing import CliRunner

from entente.brief import build_brief, render_html, render_markdown, safe_url, write_brief
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


def test_html_brief_has_every_section_with_numbers_from_the_store(dyad_store: Store) -> None:
    brief = build_brief(dyad_store, "Serbia", "IRN")
    html = render_html(brief)
    for anchor in ("at-a-glance", "timeline", "over-time", "quad-mix", "contexts",
                   "major-powers", "change-points", "limits"):
        _section(html, anchor)
    glance = _section(html, "at-a-glance")
    assert re.search(r'data-fact="events">13<', glance)
    assert re.search(r'data-fact="documents">13<', glance)
    # 8 cooperative and 5 conflictual events between the two.
    assert re.search(r'data-fact="cooperation-share">62%<', glance)
    assert "8 cooperation, 5 conflict" in glance
    assert "2022-02-14 to 2024-03-15" in glance
    # The last 6 months (since 2023-10) hold one negotiation and the 2024 quarrel.
    assert re.search(r'data-fact="current-balance">17%<', glance)
    assert "(since 2023-10-01): 1 cooperation, 5 conflict" in glance
    timeline = _section(html, "timeline")
    assert timeline.count('<tr class="event">') == 12
    assert "Serbia reimposed visa requirements on Iranians." in timeline
    assert 'href="https://news.example.org/2024-01-26/story-8"' in timeline
    assert "<svg" in _section(html, "over-time")
    powers = _section(html, "major-powers")
    assert "<td>Serbia</td><td>RUS</td><td class=\"num\">2</td>" in powers
    assert 'id="alignment"' in powers
    contexts = _section(html, "contexts")
    for context, events in (("diplomatic", 7), ("economic", 1), ("sanctions", 1), ("other", 4)):
        assert f'<td>{context}</td><td class="num">{events}</td>' in contexts
    assert "coder" in _section(html, "limits")


def test_html_brief_escapes_hostile_article_text(dyad_store: Store) -> None:
    html = render_html(build_brief(dyad_store, "SRB", "IRN"))
    assert "<script" not in html
    assert "<img" not in html
    assert "onload=alert" not in html.replace("onload=alert(3)&gt;", "")
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "javascript:" not in re.sub(r"link not shown: javascript:alert\(4\)", "", html)
    assert not re.search(r'(?<![:\w])href="(?!https?://)', html)
    assert not re.search(r'xlink:href="(?!#)', html)  # charts refer to their own shapes only
    assert "default-src 'none'" in html


def test_markdown_brief_has_sections_numbers_and_no_raw_markup(dyad_store: Store) -> None:
    md = render_markdown(build_brief(dyad_store, "IRN", "SRB"))
    for heading in ("## At a glance", "## Timeline of key events",
                    "## Cooperation and conflict over time", "## Quad-class mix",
                    "## Diplomatic, economic, military, sanctions and other ties",
                    "## Relations with the major powers and alignment",
                    "## Change points and what happened around them",
                    "## What the data cannot say"):
        assert heading in md
    assert "- Events between the two: 13" in md
    assert "data:image/svg+xml;base64," in md
    assert "<script" not in md and "<img" not in md
    assert "&lt;script&gt;" in md
    assert "](javascript" not in md and "(<javascript" not in md


def test_brief_for_a_pair_without_events_still_renders(dyad_store: Store) -> None:
    html = render_html(build_brief(dyad_store, "Hungary", "Iran"))
    assert "No events between Hungary and Iran" in html
    assert 'data-fact="events">0<' in html


def test_brief_period_limits_the_counts(dyad_store: Store) -> None:
    brief = build_brief(dyad_store, "SRB", "IRN", start=date(2024, 1, 1), end=date(2024, 12, 31))
    html = render_html(brief)
    assert 'data-fact="events">5<' in html
    assert "2024-01-01 to 2024-12-31" in html


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
    assert len(re.findall(r"<svg\b", first)) == 4
