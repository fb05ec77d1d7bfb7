"""The explorer in a real headless browser (Debian's chromium and chromedriver via Selenium).

The app runs under uvicorn on 127.0.0.1 in a thread; a second local server stands in for a
news site so that clicking through to an event's source is tested too. Screenshots land
in tests/artifacts/ for a person to look at.
"""

from __future__ import annotations

import shutil
import threading
import time
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from entente.record import Actor, Event
from entente.store import Store
from entente.web import create_app
from httpserver import LocalWeb, free_port
from test_brief import HOSTILE_SENTENCE, fill_store
from test_web import ARTICLE, real_coder

CHROMIUM = Path("/usr/bin/chromium")
CHROMEDRIVER = shutil.which("chromedriver") or "/usr/bin/chromedriver"
ARTIFACTS = Path(__file__).resolve().parent / "artifacts"

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not CHROMIUM.exists() or not Path(CHROMEDRIVER).exists(),
                       reason="Debian chromium and chromium-driver are not installed"),
]

SOURCE_PAGE = (b"<!DOCTYPE html><html><head><title>Belgrade and Tehran mend ties</title></head>"
               b"<body><h1>Belgrade and Tehran mend ties</h1><p>Serbia and Iran agreed to "
               b"restore high-level contacts.</p></body></html>")


@pytest.fixture
def news_site(web: LocalWeb) -> str:
    return web.add("/2024/09/24/serbia-iran-mend-ties", SOURCE_PAGE)


@pytest.fixture
def explorer(tmp_path: Path, news_site: str) -> Iterator[str]:
    import uvicorn

    db = tmp_path / "browser.duckdb"
    sentence = "Serbia and Iran agreed to restore high-level contacts."
    with Store(db) as s:
        fill_store(s)
        s.add_events([Event(
            dataset="entente", doc_id="doc-local", cameo_code="036", date=date(2024, 9, 24),
            source=Actor("Serbia", 0, 6, "state", "SRB", None, "SRB"),
            target=Actor("Iran", 11, 15, "state", "IRN", None, "IRN"),
            sentence=sentence, url=news_site, title="Belgrade and Tehran mend ties")])
    port = free_port()
    config = uvicorn.Config(create_app(db, coder=real_coder()), host="127.0.0.1", port=port,
                            log_level="warning")
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started:
        if time.monotonic() > deadline or not thread.is_alive():
            pytest.fail("uvicorn did not start")
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(10)


@pytest.fixture
def browser(tmp_path: Path) -> Iterator[object]:
    webdriver = pytest.importorskip("selenium.webdriver")
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = str(CHROMIUM)
    for flag in ("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
                 "--no-first-run", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--window-size=1280,1600",
                 f"--user-data-dir={tmp_path / 'chromium-profile'}"):
        options.add_argument(flag)
    driver = webdriver.Chrome(service=Service(CHROMEDRIVER), options=options)
    driver.set_page_load_timeout(30)
    yield driver
    driver.quit()


def _wait(driver, condition, timeout: float = 30):  # type: ignore[no-untyped-def]
    from selenium.webdriver.support.ui import WebDriverWait

    return WebDriverWait(driver, timeout).until(condition)


def test_pick_a_dyad_read_events_and_click_through(explorer: str, browser) -> None:  # type: ignore[no-untyped-def]
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import Select

    driver = browser
    driver.get(explorer + "/")
    _wait(driver, lambda d: len(d.find_elements(By.CSS_SELECTOR, "#country-a option")) >= 5)
    Select(driver.find_element(By.ID, "country-a")).select_by_value("SRB")
    Select(driver.find_element(By.ID, "country-b")).select_by_value("IRN")
    driver.find_element(By.ID, "show-dyad").click()
    _wait(driver, lambda d: len(d.find_elements(By.CSS_SELECTOR, "#events-table tr.event-row"))
          == 14)
    status = driver.find_element(By.ID, "dyad-status").text
    assert status.startswith("14 events between Serbia and Iran")
    summary = driver.find_element(By.ID, "dyad-summary").text
    assert "Serbia and Iran: 14 events" in summary
    _wait(driver, lambda d: d.execute_script(
        "const i = document.getElementById('series-chart'); return i.complete && "
        "i.naturalWidth > 0"))
    # The hostile sentence shows as text; it added no element and no link.
    rows = driver.find_elements(By.CSS_SELECTOR, "#events-table tr.event-row")
    hostile = next(r for r in rows if "<script>alert(1)</script>" in r.text)
    assert hostile.find_elements(By.TAG_NAME, "a") == []
    assert driver.find_elements(By.CSS_SELECTOR, "#events-table script, #events-table img") \
        == []
    hrefs = [a.get_attribute("href") for a in driver.find_elements(
        By.CSS_SELECTOR, "#events-table a")]
    assert len(hrefs) == 13 and all(h.startswith(("http://", "https://")) for h in hrefs)
    ARTIFACTS.mkdir(exist_ok=True)
    driver.save_screenshot(str(ARTIFACTS / "web-dyad.png"))
    # Click through to the local "news site".
    link = driver.find_element(By.LINK_TEXT, "Belgrade and Tehran mend ties")
    link.click()
    _wait(driver, lambda d: len(d.window_handles) == 2)
    driver.switch_to.window(driver.window_handles[1])
    _wait(driver, lambda d: d.title == "Belgrade and Tehran mend ties")
    driver.close()
    driver.switch_to.window(driver.window_handles[0])
    # The brief opens from the same page.
    driver.get(driver.find_element(By.ID, "brief-link").get_attribute("href"))
    assert driver.find_element(By.CSS_SELECTOR, "[data-fact=events]").text == "14"
    assert HOSTILE_SENTENCE in driver.find_element(By.ID, "timeline").text
    driver.save_screenshot(str(ARTIFACTS / "web-brief.png"))


def test_paste_an_article_and_see_its_events_highlighted(explorer: str, browser) -> None:  # type: ignore[no-untyped-def]
    from selenium.webdriver.common.by import By

    driver = browser
    driver.get(explorer + "/")
    hostile = '\n\n<b onmouseover="alert(5)">Bold</b> <script>alert(6)</script>'
    box = driver.find_element(By.ID, "article-text")
    box.send_keys(ARTICLE + hostile)
    driver.find_element(By.ID, "article-date").send_keys("12102024")
    driver.find_element(By.ID, "code-button").click()
    _wait(driver, lambda d: d.find_elements(By.CSS_SELECTOR, "#article-view mark.role-trigger"))
    view = driver.find_element(By.ID, "article-view")
    assert view.text.split() == (ARTICLE + hostile).split()
    assert view.find_elements(By.CSS_SELECTOR, "b, script") == []
    marked = {m.text for m in view.find_elements(By.CSS_SELECTOR, "mark")}
    assert any("Vucic" in m for m in marked) and any("Iran" in m for m in marked)
    coded = driver.find_elements(By.CSS_SELECTOR, "#coded-table tr.coded-row")
    assert coded and "events coded" in driver.find_element(By.ID, "code-status").text
    ARTIFACTS.mkdir(exist_ok=True)
    driver.save_screenshot(str(ARTIFACTS / "web-coded.png"))
