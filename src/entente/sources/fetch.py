"""Polite, bounded HTTP fetching with httpx.

Only http and https; every request has a timeout; a response larger than the size cap is
cut off with an error; redirects are followed by hand (at most `max_redirects`, each hop
checked for its scheme); requests to one host are spaced by `min_interval` seconds.
Each failure is a `FetchError` naming the URL, so callers can report it and go on.
"""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass
from urllib.parse import urljoin, urlsplit

import httpx

from .. import __version__
from ..errors import FetchError

__all__ = ["Fetcher", "FetchedPage", "fetch_url", "check_url"]

USER_AGENT = f"entente/{__version__} (+https://github.com/entente; research event coder)"
DEFAULT_MAX_BYTES = 20 * 1024 * 1024


@dataclass(frozen=True, slots=True)
class FetchedPage:
    url: str
    final_url: str
    content_type: str
    body: bytes
    encoding: str | None

    def text(self) -> str:
        try:
            return self.body.decode(self.encoding or "utf-8")
        except (LookupError, UnicodeDecodeError):
            return self.body.decode("utf-8", errors="replace")


def check_url(url: str) -> str:
    """Return the URL if it is http(s) with a host, else raise FetchError naming it."""
    parts = urlsplit(url)
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        raise FetchError(f"{url}: only http and https URLs are fetched")
    return url


class Fetcher:
    """One HTTP client with limits; use as a context manager or call `close()`."""

    def __init__(self, *, timeout: float = 20.0, max_bytes: int = DEFAULT_MAX_BYTES,
                 max_redirects: int = 5, min_interval: float = 1.0) -> None:
        self.max_bytes = max_bytes
        self.max_redirects = max_redirects
        self.min_interval = min_interval
        self._last_request: dict[str, float] = {}
        self._lock = threading.Lock()
        self._client = httpx.Client(timeout=httpx.Timeout(timeout), follow_redirects=False,
                                    headers={"User-Agent": USER_AGENT})

    def close(self) -> None:
        self._client.close()

    def __enter__(self) -> Fetcher:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def fetch(self, url: str) -> FetchedPage:
        """GET a URL within the limits; raises FetchError naming the URL on any failure."""
        current = check_url(url)
        for _ in range(self.max_redirects + 1):
            self._wait_turn(current)
            try:
                with self._client.stream("GET", current) as response:
                    if response.is_redirect:
                        location = response.headers.get("location", "")
                        current = check_url(urljoin(current, location))
                        continue
                    if response.status_code >= 400:
                        raise FetchError(f"{url}: HTTP {response.status_code}")
                    body = self._read_capped(url, response)
                    return FetchedPage(url=url, final_url=str(response.url),
                                       content_type=response.headers.get("content-type", ""),
                                       body=body, encoding=response.charset_encoding)
            except httpx.TimeoutException:
                raise FetchError(f"{url}: timed out") from None
            except httpx.HTTPError as exc:
                raise FetchError(f"{url}: {type(exc).__name__}: {exc}") from None
        raise FetchError(f"{url}: more than {self.max_redirects} redirects")

    def _read_capped(self, url: str, response: httpx.Response) -> bytes:
        declared = response.headers.get("content-length")
        if declared and declared.isdigit() and int(declared) > self.max_bytes:
            raise FetchError(f"{url}: response of {declared} bytes exceeds the "
                             f"{self.max_bytes}-byte limit")
        chunks: list[bytes] = []
        size = 0
        for chunk in response.iter_bytes():
            size += len(chunk)
            if size > self.max_bytes:
                raise FetchError(f"{url}: response exceeds the {self.max_bytes}-byte limit")
            chunks.append(chunk)
        return b"".join(chunks)

    def _wait_turn(self, url: str) -> None:
        """Space requests to one host by `min_interval` seconds (thread-safe)."""
        host = urlsplit(url).netloc.lower()
        with self._lock:
            now = time.monotonic()
            ready = self._last_request.get(host, 0.0) + self.min_interval
            delay = max(0.0, ready - now)
            self._last_request[host] = now + delay
        if delay:
            time.sleep(delay)


def fetch_url(url: str, *, fetcher: Fetcher | None = None) -> FetchedPage:
    """Fetch one URL with the default limits (see `Fetcher`)."""
    if fetcher is not None:
        return fetcher.fetch(url)
    with Fetcher() as own:
        return own.fetch(url)
