"""The fetcher's network rules: no private addresses unless allowed (checked after DNS, on
every redirect, and connected to the address checked), one deadline per fetch, and
redirects to nonsense reported against the URL the user gave."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from entente.errors import FetchError
from entente.sources import fetch as fetch_module
from entente.sources.documents import read_documents
from entente.sources.fetch import Fetcher, address_problem
from httpserver import LocalWeb
from test_sources_server import run

STORY = ("BELGRADE, June 3 - Serbian President Aleksandar Vucic met Iranian Foreign "
         "Minister Abbas Araghchi in Belgrade on Tuesday and the two signed an agreement on "
         "closer trade ties.")


@pytest.mark.parametrize("address, kind", [
    ("127.0.0.1", "loopback"), ("::1", "loopback"), ("::ffff:127.0.0.1", "loopback"),
    ("10.1.2.3", "private"), ("192.168.0.7", "private"), ("172.16.5.4", "private"),
    ("169.254.169.254", "link-local"), ("fe80::1", "link-local"),
    ("224.0.0.1", "multicast"), ("ff02::1", "multicast"), ("0.0.0.0", "unspecified"),
    ("100.64.0.9", "non-public"), ("fc00::5", "private"),
    ("93.184.216.34", None), ("2606:4700::1111", None),
])
def test_address_kinds(address: str, kind: str | None) -> None:
    assert address_problem(address) == kind


def test_private_targets_are_refused_before_any_request(web: LocalWeb) -> None:
    web.add("/a", "secret admin page", "text/plain")
    port = web.server.server_address[1]
    for url in (web.url("/a"), f"http://localhost:{port}/a", f"http://127.1:{port}/a",
                f"http://[::ffff:127.0.0.1]:{port}/a", f"http://0.0.0.0:{port}/a"):
        with Fetcher(min_interval=0) as fetcher, pytest.raises(FetchError) as caught:
            fetcher.fetch(url)
        message = str(caught.value)
        assert message.startswith(f"{url}: refused to connect to ")
        assert "--allow-private" in message
    assert web.hits == []
    with Fetcher(min_interval=0, allow_private=True) as fetcher:
        assert fetcher.fetch(web.url("/a")).text() == "secret admin page"


def test_a_name_with_any_private_address_is_refused(web: LocalWeb) -> None:
    web.add("/a", "inside", "text/plain")
    port = web.server.server_address[1]

    def mixed(host: str, _: int) -> list[str]:  # a public answer beside a private one
        return ["93.184.216.34", "127.0.0.1"]

    with Fetcher(min_interval=0, resolver=mixed) as fetcher, \
            pytest.raises(FetchError, match=r"news\.example \(127\.0\.0\.1\) \(loopback"):
        fetcher.fetch(f"http://news.example:{port}/a")
    assert web.hits == []


def test_the_connection_goes_to_the_address_that_was_resolved(web: LocalWeb) -> None:
    """The name is resolved once per connection, by the fetcher, and the socket is opened
    to that address: the system resolver (which knows no news.example) is never asked, so
    a second, different DNS answer cannot slip in between check and connect."""
    web.add("/a", "from the checked address", "text/plain")
    port = web.server.server_address[1]
    asked: list[str] = []

    def resolver(host: str, _: int) -> list[str]:
        asked.append(host)
        return ["127.0.0.1"]

    with Fetcher(min_interval=0, allow_private=True, resolver=resolver) as fetcher:
        page = fetcher.fetch(f"http://news.example:{port}/a")
    assert page.text() == "from the checked address" and asked == ["news.example"]


def test_every_redirect_is_checked(web: LocalWeb, monkeypatch: pytest.MonkeyPatch) -> None:
    """127.0.0.1 plays a public site here; 127.0.0.2 plays an internal service."""
    real = address_problem
    monkeypatch.setattr(fetch_module, "address_problem",
                        lambda a: None if a == "127.0.0.1" else real(a))
    port = web.server.server_address[1]
    web.add("/public", "public page", "text/plain")
    hop = web.redirect("/moved", f"http://127.0.0.2:{port}/admin")
    with Fetcher(min_interval=0) as fetcher:
        assert fetcher.fetch(web.url("/public")).text() == "public page"
        with pytest.raises(FetchError) as caught:
            fetcher.fetch(hop)
    assert str(caught.value).startswith(
        f"{hop}: redirected to http://127.0.0.2:{port}/admin: refused to connect to "
        "127.0.0.2 (loopback address)")
    assert web.hits == ["/public", "/moved"]


@pytest.mark.parametrize("location, expected", [
    ("javascript:alert(document.domain)", "not a valid URL, or redirected to one"),
    ("javascript://x%0aalert(1)", "redirected to javascript://x%0aalert(1): only http"),
    ("file:///etc/passwd", "redirected to file:///etc/passwd: only http"),
    ("http://[::1", "Invalid URL in location"),
])
def test_a_redirect_to_nonsense_names_the_url_given(web: LocalWeb, location: str,
                                                     expected: str) -> None:
    url = web.redirect("/go", location)
    with Fetcher(min_interval=0, allow_private=True) as fetcher, \
            pytest.raises(FetchError) as caught:
        fetcher.fetch(url)
    assert str(caught.value).startswith(f"{url}: ") and expected in str(caught.value)


def test_other_inputs_go_on_after_a_javascript_redirect(web: LocalWeb) -> None:
    bad = web.redirect("/bad", "javascript:alert(1)")
    good = web.add("/good", STORY, "text/plain")
    errors: list[str] = []
    with Fetcher(min_interval=0, allow_private=True) as fetcher:
        docs = list(read_documents([bad, good], fetcher=fetcher,
                                   on_error=lambda e: errors.append(str(e))))
    assert [d.url for d in docs] == [good]
    assert len(errors) == 1 and errors[0].startswith(f"{bad}: ")


@pytest.fixture
def trickle() -> Iterator[str]:
    """A server that announces 100 bytes and sends one every second."""

    class Slow(BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # noqa: N802
            self.send_response(200)
            self.send_header("Content-Type", "text/plain")
            self.send_header("Content-Length", "100")
            self.end_headers()
            try:
                for _ in range(100):
                    self.wfile.write(b"x")
                    self.wfile.flush()
                    time.sleep(1.0)
            except OSError:
                pass

        def log_message(self, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Slow)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/slow"
    finally:
        server.shutdown()
        server.server_close()


def test_one_deadline_bounds_a_trickling_fetch(trickle: str, tmp_path: Path) -> None:
    with Fetcher(min_interval=0, allow_private=True, timeout=10, deadline=2.5) as fetcher:
        started = time.monotonic()
        with pytest.raises(FetchError, match=r"not complete within the 2\.5s deadline"):
            fetcher.fetch(trickle)
        assert time.monotonic() - started < 6  # each read came within its 10 s timeout
        with pytest.raises(FetchError, match="deadline"):
            fetcher.download(trickle, tmp_path / "slow.txt")
    assert list(tmp_path.iterdir()) == []


def test_cli_refuses_private_urls_unless_allowed(web: LocalWeb, tmp_path: Path,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    url = web.add("/story", STORY, "text/plain")
    db = tmp_path / "store.duckdb"
    assert run(["ingest", "url", url, "--delay", "0", "--db", str(db)]) == 1
    err = capsys.readouterr().err
    assert f"{url}: refused to connect to 127.0.0.1 (loopback address)" in err
    assert "--allow-private" in err and web.hits == []
    feed = web.add("/rss.xml", f"<rss><channel><item><title>t</title><link>{url}</link>"
                   "</item></channel></rss>", "application/rss+xml")
    assert run(["ingest", "feed", feed, "--delay", "0", "--db", str(db)]) == 1
    assert "refused to connect" in capsys.readouterr().err and web.hits == []
    assert run(["ingest", "url", url, "--delay", "0", "--allow-private", "--deadline", "30",
                "--db", str(db)]) == 0
    assert web.hits == ["/story"]
