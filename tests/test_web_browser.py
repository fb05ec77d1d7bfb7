"""The brief and the explorer in a real headless browser (Debian's chromium and
chromedriver via Selenium) at 420, 1280 and 1920 pixels.

The app runs under uvicorn on 127.0.0.1 in a thread; a second local server stands in for a
news site so that clicking through to an event's source is tested too. Screenshots land
in tests/artifacts/ for a person to look at.
"""

from __future__ import annotations

import re
import shutil
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from entente.brief import build_brief, render_html
from entente.record import Actor, Event
from entente.store import Store
from entente.web import create_app
from entente.web.screenshots import set_width
from httpserver import LocalWeb
from test_brief import HOSTILE_SENTENCE, fill_store
from test_web import ARTICLE, real_coder

CHROMIUM = Path("/usr/bin/chromium")
CHROMEDRIVER = shutil.which("chromedriver") or "/usr/bin/chromedriver"
ARTIFACTS = Path(__file__).resolve().parent / "artifacts"
WIDTHS = (420, 1280, 1920)

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not CHROMIUM.exists() or not Path(CHROMEDRIVER).exists(),
                       reason="Debian chromium and chromium-driver are not installed"),
]

SOURCE_PAGE = (b"<!DOCTYPE html><html><head><title>Belgrade and Tehran mend ties</title></head>"
               b"<body><h1>Belgrade and Tehran mend ties</h1><p>Serbia and Iran agreed to "
               b"restore high-level contacts.</p></body></html>")

# Checks run in the page: the document is no wider than the window, and every bar of every
# shown chart lies inside its plot area (1 px for rounding).
NO_OVERFLOW = ("return document.documentElement.scrollWidth <= "
               "document.documentElement.clientWidth")
BARS_OUTSIDE = """
const out = [];
for (const svg of document.querySelectorAll('svg')) {
  if (!svg.getBoundingClientRect().width) continue;  // the drawing for the other width
  const plot = svg.querySelector('rect.plot');
  if (!plot) continue;
  const p = plot.getBoundingClientRect();
  for (const bar of svg.querySelectorAll('rect.bar')) {
    const r = bar.getBoundingClientRect();
    if (r.left < p.left - 1 || r.right > p.right + 1 || r.top < p.top - 1 ||
        r.bottom > p.bottom + 1) out.push(svg.id + ' ' + bar.outerHTML.slice(0, 80));
  }
}
return out;"""
VISIBLE_BARS = """return [...document.querySelectorAll('svg rect.bar')]
  .filter((r) => r.getBoundingClientRect().width > 0).length"""
SMALL_TEXT = """return [...document.querySelectorAll('svg text')]
  .filter((t) => t.getBoundingClientRect().height > 0)
  .map((t) => parseFloat(getComputedStyle(t).fontSize) *
       (t.ownerSVGElement.getBoundingClientRect().width / t.ownerSVGElement.viewBox.baseVal.width))
  .filter((px) => px < 10.5).length"""


@pytest.fixture(scope="module")
def news_site() -> Iterator[str]:
    web = LocalWeb().start()
    try:
        yield web.add("/2024/09/24/serbia-iran-mend-ties", SOURCE_PAGE)
    finally:
        web.stop()


@pytest.fixture(scope="module")
def store_path(tmp_path_factory: pytest.TempPathFactory, news_site: str) -> Path:
    db = tmp_path_factory.mktemp("browser") / "browser.duckdb"
    sentence = "Serbia and Iran agreed to restore high-level contacts."
    with Store(db) as s:
        fill_store(s)
        s.add_events([Event(
            dataset="entente", doc_id="doc-local", cameo_code="036", date=date(2024, 9, 24),
            source=Actor("Serbia", 0, 6, "state", "SRB", None, "SRB"),
            target=Actor("Iran", 11, 15, "state", "IRN", None, "IRN"),
            sentence=sentence, url=news_site, title="Belgrade and Tehran mend ties",
            confidence=0.81, rule="verb:agree", coder_version="entente-coder test")])
    return db


@pytest.fixture(scope="module")
def explorer(store_path: Path) -> Iterator[str]:
    from entente.web.screenshots import serve_in_thread

    with serve_in_thread(create_app(store_path, coder=real_coder())) as base:
        yield base


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    pytest.importorskip("selenium.webdriver")
    from entente.web.screenshots import chromium

    with chromium(1280, 900) as driver:
        yield driver


def _wait(driver, condition, timeout: float = 60):  # type: ignore[no-untyped-def]
    from selenium.webdriver.support.ui import WebDriverWait

    return WebDriverWait(driver, timeout).until(condition)


def _shot(driver, name: str) -> None:  # type: ignore[no-untyped-def]
    from entente.web.screenshots import full_page

    width = int(driver.execute_script("return document.documentElement.clientWidth"))
    full_page(driver, ARTIFACTS / f"{name}-{width}.png", width, most=4000)


def _layout_is_sound(driver) -> None:  # type: ignore[no-untyped-def]
    assert driver.execute_script(NO_OVERFLOW), "the page scrolls sideways"
    assert driver.execute_script(BARS_OUTSIDE) == []
    assert driver.execute_script(VISIBLE_BARS) > 0
    assert driver.execute_script(SMALL_TEXT) == 0, "chart text under 11 px"


@pytest.mark.parametrize("width", WIDTHS)
def test_brief_lays_out_at_every_width(store_path: Path, browser, tmp_path: Path,  # type: ignore[no-untyped-def]
                                       width: int) -> None:
    from selenium.webdriver.common.by import By

    with Store(store_path, read_only=True) as s:
        html = render_html(build_brief(s, "SRB", "IRN"))
    page = tmp_path / "brief.html"
    page.write_text(html, encoding="utf-8")
    set_width(browser, width, 900)
    browser.get(page.as_uri())
    _layout_is_sound(browser)
    rows = browser.find_elements(By.CSS_SELECTOR, "#appendix tr[data-event-id]")
    counted = browser.find_element(By.CSS_SELECTOR, "[data-fact=counted]").text
    assert len(rows) == int(counted) == 20  # the powers only over the dyad's own period
    assert browser.find_elements(By.CSS_SELECTOR, "#key-judgements li a")
    # A bar of the timeline leads to that month's events in the appendix.
    bar = browser.find_element(By.CSS_SELECTOR, "#timeline svg a[data-period='2024-01-01']")
    assert bar.get_dom_attribute("href") == "#p-2024-01-01"
    assert HOSTILE_SENTENCE in browser.find_element(By.ID, "appendix").text
    assert browser.find_elements(By.CSS_SELECTOR, "#appendix script, #appendix img") == []
    _shot(browser, "brief")


@pytest.mark.parametrize("width", WIDTHS)
def test_explorer_chart_click_filters_and_detail_shows_evidence(explorer: str, browser,  # type: ignore[no-untyped-def]
                                                                width: int) -> None:
    from selenium.webdriver.common.by import By

    driver = browser
    set_width(driver, width, 1000)
    driver.get(explorer + "/?a=SRB&b=IRN")
    _wait(driver, lambda d: len(d.find_elements(By.CSS_SELECTOR, "#events-table tr.event-row"))
          == 14)
    assert driver.find_element(By.ID, "events-status").text == "14 events"
    _layout_is_sound(driver)
    # Clicking January 2024 in the chart leaves that month's two events in the table.
    driver.find_element(By.CSS_SELECTOR, "#chart g.period[data-period='2024-01-01']").click()
    _wait(driver, lambda d: d.find_element(By.ID, "events-status").text
          == "2 events in Jan 2024")
    dates = [r.find_element(By.CSS_SELECTOR, "td.date").text for r in
             driver.find_elements(By.CSS_SELECTOR, "#events-table tr.event-row")]
    assert len(dates) == 2 and all(d.startswith("2024-01") for d in dates)
    assert "period=2024-01-01" in driver.current_url
    # The hostile sentence is text: no element, no link made from it.
    hostile = next(r for r in driver.find_elements(By.CSS_SELECTOR, "#events-table tr.event-row")
                   if "<script>alert(1)</script>" in r.text)
    assert hostile.find_elements(By.TAG_NAME, "a") == []
    assert driver.find_element(By.ID, "f-period").is_displayed()
    driver.find_element(By.ID, "f-period-clear").click()
    _wait(driver, lambda d: d.find_element(By.ID, "events-status").text == "14 events")
    assert not driver.find_element(By.ID, "f-period").is_displayed()
    # The detail panel: evidence, rule, confidence, coder version and a permalink.
    row = next(r for r in driver.find_elements(By.CSS_SELECTOR, "#events-table tr.event-row")
               if "restore high-level contacts" in r.text)
    driver.execute_script("arguments[0].scrollIntoView()", row)
    row.find_element(By.CSS_SELECTOR, "td.date").click()
    _wait(driver, lambda d: "evidence (1 sentence)" in d.find_element(By.ID, "event-detail").text)
    detail = driver.find_element(By.ID, "event-detail").text
    for part in ("Serbia and Iran agreed to restore high-level contacts.", "verb:agree",
                 "0.81", "entente-coder test", "state 'Serbia'"):
        assert part in detail, part
    # a country actor is named once: "Serbia (SRB; state)", not "Serbia (SRB; state, Serbia)"
    assert "Serbia (SRB; state)" in detail and "state, Serbia" not in detail
    _layout_is_sound(driver)
    _shot(driver, "explorer")
    permalink = driver.find_element(By.ID, "permalink").get_attribute("href")
    assert "#event=" in permalink
    # Sorting by Goldstein, largest first.
    driver.find_element(By.CSS_SELECTOR, "button[data-sort=goldstein]").click()
    _wait(driver, lambda d: "sort=goldstein" in d.current_url)
    driver.find_element(By.CSS_SELECTOR, "button[data-sort=goldstein]").click()
    _wait(driver, lambda d: "order=asc" in d.current_url)


def test_split_by_direction_and_permalink(explorer: str, browser) -> None:  # type: ignore[no-untyped-def]
    from selenium.webdriver.common.by import By

    driver = browser
    set_width(driver, 1280, 1000)
    driver.get(explorer + "/?a=SRB&b=IRN")
    _wait(driver, lambda d: d.find_elements(By.CSS_SELECTOR, "#events-table tr.event-row"))
    driver.find_element(By.ID, "split-directions").click()
    _wait(driver, lambda d: len(d.find_elements(By.CSS_SELECTOR, "#chart figure.direction"))
          == 2)
    captions = [f.text for f in driver.find_elements(By.CSS_SELECTOR, "#chart figcaption")]
    assert captions == ["Serbia → Iran", "Iran → Serbia"]
    _layout_is_sound(driver)
    first = driver.find_elements(By.CSS_SELECTOR, "#events-table tr.event-row")[0]
    event_id = first.get_attribute("data-event-id")
    driver.get(f"{explorer}/?a=SRB&b=IRN#event={event_id}")
    _wait(driver, lambda d: "evidence" in d.find_element(By.ID, "event-detail").text)


def test_paste_an_article_confidence_highlights_both_ways_and_reasons(  # type: ignore[no-untyped-def]
        explorer: str, browser, news_site: str) -> None:
    from selenium.webdriver.common.action_chains import ActionChains
    from selenium.webdriver.common.by import By

    driver = browser
    set_width(driver, 1280, 1000)
    driver.get(explorer + "/")
    hostile = '\n\n<b onmouseover="alert(5)">Bold</b> <script>alert(6)</script>'
    driver.find_element(By.ID, "article-text").send_keys(ARTICLE + hostile)
    driver.find_element(By.ID, "article-date").send_keys("12102024")
    driver.find_element(By.ID, "code-button").click()
    _wait(driver, lambda d: d.find_elements(By.CSS_SELECTOR, "#article-view mark.role-trigger"))
    view = driver.find_element(By.ID, "article-view")
    assert view.text.split() == (ARTICLE + hostile).split()
    assert view.find_elements(By.CSS_SELECTOR, "b, script") == []
    rows = driver.find_elements(By.CSS_SELECTOR, "#coded-table tr.coded-row")
    assert rows and "events coded" in driver.find_element(By.ID, "code-status").text
    confidence = rows[0].find_element(By.CSS_SELECTOR, "td[data-label=confidence]").text
    assert re.fullmatch(r"0\.\d\d", confidence)
    # Row -> text: pointing at a row outlines its spans.
    ActionChains(driver).move_to_element(rows[0]).perform()
    _wait(driver, lambda d: d.find_elements(By.CSS_SELECTOR, "#article-view mark.active"))
    # Text -> row: clicking a highlighted span marks its rows.
    mark = driver.find_elements(By.CSS_SELECTOR, "#article-view mark.role-trigger")[-1]
    mark.click()
    _wait(driver, lambda d: d.find_elements(By.CSS_SELECTOR, "#coded-table tr.coded-row.active"))
    # The --explain reasons on demand.
    rows[0].find_element(By.CSS_SELECTOR, "button.explain-button").click()
    reasons = _wait(driver, lambda d: d.find_element(By.CSS_SELECTOR, "pre.explain"))
    assert "rule:" in reasons.text and "source:" in reasons.text
    assert driver.execute_script(NO_OVERFLOW)
    _shot(driver, "explorer-coded")


def test_click_through_to_the_source_and_open_the_brief(explorer: str, browser) -> None:  # type: ignore[no-untyped-def]
    from selenium.webdriver.common.by import By

    driver = browser
    set_width(driver, 1280, 1000)
    driver.get(explorer + "/?a=SRB&b=IRN")
    _wait(driver, lambda d: d.find_elements(By.LINK_TEXT, "Belgrade and Tehran mend ties"))
    hrefs = [a.get_attribute("href") for a in driver.find_elements(
        By.CSS_SELECTOR, "#events-table a")]
    assert len(hrefs) == 13 and all(h.startswith(("http://", "https://")) for h in hrefs)
    driver.find_element(By.LINK_TEXT, "Belgrade and Tehran mend ties").click()
    _wait(driver, lambda d: len(d.window_handles) == 2)
    driver.switch_to.window(driver.window_handles[1])
    _wait(driver, lambda d: d.title == "Belgrade and Tehran mend ties")
    driver.close()
    driver.switch_to.window(driver.window_handles[0])
    driver.get(driver.find_element(By.ID, "brief-link").get_attribute("href"))
    assert driver.find_element(By.CSS_SELECTOR, "[data-fact=events]").text == "14"


def _code(driver, base: str, text: str) -> str:  # type: ignore[no-untyped-def]
    """Paste `text` into the coding view and return the status line once coded."""
    from selenium.webdriver.common.by import By

    driver.get("about:blank")
    driver.get(base + "/")
    box = driver.find_element(By.ID, "article-text")
    driver.execute_script("arguments[0].value = arguments[1];", box, text)
    driver.find_element(By.ID, "code-button").click()
    return _wait(driver, lambda d: (t := d.find_element(By.ID, "code-status").text)
                 and t != "Coding…" and t)


def test_coded_article_counts_read_as_words_at_420_and_no_events_shows_no_empty_table(  # type: ignore[no-untyped-def]
        explorer: str, browser) -> None:
    from selenium.webdriver.common.by import By

    driver = browser
    set_width(driver, 420, 1000)
    # A market and weather report: no event, so no legend and no empty table.
    status = _code(driver, explorer, "ATHENS - Shares rose on the Athens bourse on Tuesday as the "
                                     "weather stayed warm and tourist arrivals beat forecasts.")
    assert status.startswith("No events found")
    assert not driver.find_element(By.ID, "coded-table").is_displayed()
    assert not driver.find_element(By.CSS_SELECTOR, "#code-result .legend").is_displayed()
    assert driver.find_element(By.ID, "article-view").is_displayed()
    # One event: "1 event coded.", and on a phone the row is headed "event 1", not "#: 1".
    status = _code(driver, explorer, "NAIROBI - Kenya accused Somalia on Monday of violating its "
                                     "airspace.")
    assert status == "1 event coded."
    assert driver.find_element(By.ID, "coded-table").is_displayed()
    first = driver.find_element(By.CSS_SELECTOR, "#coded-table tr.coded-row td")
    before = driver.execute_script(
        "return getComputedStyle(arguments[0], '::before').content", first)
    assert before == '"event "', before
    assert driver.execute_script(NO_OVERFLOW)
    _shot(driver, "explorer-coded-one")


def test_a_link_to_a_pair_or_a_value_the_store_cannot_show_says_so_in_words(  # type: ignore[no-untyped-def]
        explorer: str, browser) -> None:
    from selenium.webdriver.common.by import By

    driver = browser
    set_width(driver, 420, 1000)

    def dyad_status(query: str) -> str:
        driver.get("about:blank")
        driver.get(f"{explorer}/?{query}")
        return _wait(driver, lambda d: (t := d.find_element(By.ID, "dyad-status").text)
                     and t != "Loading…" and t)

    # Argentina has no events in this store: a sentence, not FastAPI's JSON, and the
    # form keeps a country in each list so that it can be used at once.
    text = dyad_status("a=ARG&b=SRB")
    assert text == "No events for ARG in this store: pick two countries from the lists."
    assert "{" not in text and "string_too_short" not in text
    assert driver.find_element(By.ID, "country-a").get_attribute("value") != ""
    assert not driver.find_element(By.ID, "dyad-result").is_displayed()
    # A validation problem from the API reads as "field: message".
    text = dyad_status("a=SRB&b=IRN&min_confidence=5")
    assert text == "min_confidence: Input should be less than or equal to 1", text
    # Lower-case codes in a hand-typed link still find the pair.
    driver.get(f"{explorer}/?a=srb&b=irn")
    _wait(driver, lambda d: d.find_elements(By.CSS_SELECTOR, "#events-table tr.event-row"))
    assert driver.execute_script(NO_OVERFLOW)
