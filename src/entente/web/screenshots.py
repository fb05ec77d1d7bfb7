"""`make screenshots`: PNG pictures of the demo brief and of the explorer on the demo store.

Codes the bundled example articles into a fresh store (as `make demo` does), serves the
explorer on 127.0.0.1, and photographs pages with Debian's headless chromium through
Selenium (a test dependency). Writes docs/brief.png, docs/brief-mobile.png,
docs/explorer.png and docs/explorer-article.png by default.

    python -m entente.web.screenshots --out docs
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

__all__ = ["main", "serve_in_thread", "chromium", "CHROMIUM", "CHROMEDRIVER", "full_page",
           "set_width"]

CHROMIUM = Path("/usr/bin/chromium")
CHROMEDRIVER = Path("/usr/bin/chromedriver")

#: An article to paste into the explorer's coding view (written for the screenshot).
ARTICLE = ("BELGRADE - Serbian President Aleksandar Vucic met Iranian Foreign Minister Abbas "
           "Araghchi in Belgrade on Tuesday. Iran and Serbia signed a memorandum on farm trade "
           "and agreed to reopen direct flights. Vucic praised Iran for its position on "
           "Kosovo, while the European Union urged Serbia to align its visa policy.")


@contextmanager
def serve_in_thread(app: Any) -> Iterator[str]:
    """Run an ASGI app under uvicorn on a free 127.0.0.1 port; yields its base URL."""
    import socket

    import uvicorn

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port,
                                           log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not server.started:
        if time.monotonic() > deadline or not thread.is_alive():
            raise RuntimeError("the explorer did not start")
        time.sleep(0.05)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(10)


@contextmanager
def chromium(width: int = 1280, height: int = 900, profile: Path | None = None
             ) -> Iterator[Any]:
    """A headless chromium driven by Selenium, `width` CSS pixels wide."""
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = str(CHROMIUM)
    with tempfile.TemporaryDirectory() as tmp:
        for flag in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic",
                     "--no-first-run", "--disable-background-networking",
                     "--disable-component-update", "--disable-sync", "--hide-scrollbars",
                     "--force-device-scale-factor=1", f"--window-size={width},{height}",
                     f"--user-data-dir={profile or Path(tmp) / 'profile'}"):
            options.add_argument(flag)
        driver = webdriver.Chrome(service=Service(str(CHROMEDRIVER)), options=options)
        driver.set_page_load_timeout(60)
        try:
            yield driver
        finally:
            driver.quit()


def set_width(driver: Any, width: int, height: int = 900) -> None:
    """Lay the page out `width` CSS pixels wide (chromium's windows have a minimum width,
    so the viewport is set through the DevTools protocol)."""
    driver.set_window_size(max(width, 500), height)
    driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", {
        "width": width, "height": height, "deviceScaleFactor": 1, "mobile": width < 700})


def full_page(driver: Any, path: Path, width: int, most: int = 6000) -> Path:
    """Screenshot of the whole page (up to `most` pixels tall) at `width` pixels."""
    height = int(driver.execute_script("return document.documentElement.scrollHeight"))
    set_width(driver, width, min(max(height, 600), most))
    time.sleep(0.3)
    path.parent.mkdir(parents=True, exist_ok=True)
    driver.save_screenshot(str(path))
    return path


def _wait(driver: Any, condition: Callable[[Any], Any], timeout: float = 60) -> Any:
    from selenium.webdriver.support.ui import WebDriverWait

    return WebDriverWait(driver, timeout).until(condition)


def shoot(out: Path, work: Path) -> list[Path]:
    """Build the demo store and brief in `work`, photograph them into `out`."""
    from selenium.webdriver.common.by import By

    from ..demo import run_demo
    from . import create_app

    result = run_demo(work, "SRB", "IRN")
    written = []
    with chromium() as driver:
        driver.get(result.html.resolve().as_uri())
        written.append(full_page(driver, out / "brief.png", 1280, most=2600))
        set_width(driver, 420)
        driver.get(result.html.resolve().as_uri())
        written.append(full_page(driver, out / "brief-mobile.png", 420, most=2600))
        with serve_in_thread(create_app(result.store)) as base:
            set_width(driver, 1280)
            driver.get(f"{base}/?a=SRB&b=IRN")
            _wait(driver, lambda d: d.find_elements(By.CSS_SELECTOR, "#events-table tr.event-row"))
            rows = driver.find_elements(By.CSS_SELECTOR, "#events-table tr.event-row")
            rows[0].click()
            _wait(driver, lambda d: d.find_element(By.ID, "event-detail").is_displayed())
            written.append(full_page(driver, out / "explorer.png", 1280, most=1800))
            driver.get(f"{base}/#code-section")
            box = driver.find_element(By.ID, "article-text")
            box.send_keys(ARTICLE)
            driver.find_element(By.ID, "code-button").click()
            _wait(driver, lambda d: d.find_elements(By.CSS_SELECTOR, "#coded-table tr.coded-row"))
            rows = driver.find_elements(By.CSS_SELECTOR, "#coded-table tr.coded-row")
            row = rows[min(1, len(rows) - 1)]
            row.find_element(By.CSS_SELECTOR, "button.explain-button").click()
            row.click()  # its spans outlined in the text
            written.append(full_page(driver, out / "explorer-article.png", 1280, most=1300))
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m entente.web.screenshots",
                                     description=__doc__.splitlines()[0])
    parser.add_argument("--out", default="docs", help="folder for the PNG files")
    args = parser.parse_args(argv)
    if not CHROMIUM.exists() or not CHROMEDRIVER.exists():
        print(f"error: needs {CHROMIUM} and {CHROMEDRIVER} (apt install chromium "
              "chromium-driver)", file=sys.stderr)
        return 1
    with tempfile.TemporaryDirectory() as work:
        for path in shoot(Path(args.out), Path(work)):
            print(f"wrote {path}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
