"""Polite, bounded HTTP fetching with httpx: the one place entente's network rules live.

Only http and https; every request has a timeout; a response larger than the size cap is
cut off with an error; redirects are followed by hand (at most `max_redirects`, each hop
checked for its scheme); requests to one host are spaced by `min_interval` seconds.
`Fetcher.fetch` returns a page in memory, `Fetcher.download` streams to a file that
appears only once complete (and verified), so an interrupted download never leaves a half
file behind. Each failure is a `FetchError` naming the URL, so callers can report it and
go on.
"""

from __future__ import annotations

import hashlib
import os
import threading
import time
import uuid
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urljoin, urlsplit

import httpx

from .. import __version__
from ..errors import FetchError

__all__ = ["Fetcher", "FetchedPage", "fetch_url", "check_url", "download_cache_dir",
           "file_digest", "open_fetcher"]

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


def file_digest(path: Path, algorithm: str = "sha256") -> str:
    """The hex digest of a file (read in 1 MiB blocks), to check a download or key a load."""
    digest = hashlib.new(algorithm, usedforsecurity=False)
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def download_cache_dir(name: str) -> Path:
    """The download cache folder `name`: under `ENTENTE_CACHE` if set, else ~/.cache/entente."""
    root = os.environ.get("ENTENTE_CACHE")
    return (Path(root) if root else Path.home() / ".cache" / "entente") / name


class Fetcher:
    """One HTTP client with limits; use as a context manager or call `close()`.

    `headers` are sent with every request (a "User-Agent" among them replaces entente's).
    """

    def __init__(self, *, timeout: float = 20.0, max_bytes: int = DEFAULT_MAX_BYTES,
                 max_redirects: int = 5, min_interval: float = 1.0,
                 headers: Mapping[str, str] | None = None) -> None:
        self.timeout = timeout
        self.max_bytes = max_bytes
        self.max_redirects = max_redirects
        self.min_interval = min_interval
        self._last_request: dict[str, float] = {}
        self._lock = threading.Lock()
        self._client = httpx.Client(timeout=httpx.Timeout(timeout), follow_redirects=False,
                                    headers={"User-Agent": USER_AGENT, **(headers or {})})

    def close(self) -> None:
        self._client.close()

    def __enter__(self) -> Fetcher:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def fetch(self, url: str) -> FetchedPage:
        """GET a URL within the limits; raises FetchError naming the URL on any failure."""
        with self._response(url) as response:
            body = b"".join(self._chunks(url, response))
            return FetchedPage(url=url, final_url=str(response.url),
                               content_type=response.headers.get("content-type", ""),
                               body=body, encoding=response.charset_encoding)

    def download(self, url: str, target: Path,
                 verify: Callable[[Path], None] | None = None) -> Path:
        """Stream a URL into `target` within the limits and return it.

        The body goes to a temporary file beside `target`, is passed to `verify` (which
        raises FetchError to reject it), and only then is renamed to `target`; on any
        failure no file is left behind. Raises FetchError naming the URL.
        """
        check_url(url)
        target.parent.mkdir(parents=True, exist_ok=True)
        partial = target.with_name(f".{target.name}.{uuid.uuid4().hex[:12]}.part")
        try:
            with partial.open("xb") as out, self._response(url) as response:
                for chunk in self._chunks(url, response):
                    out.write(chunk)
            if verify is not None:
                verify(partial)
            partial.replace(target)
        finally:
            partial.unlink(missing_ok=True)
        return target

    @contextmanager
    def _response(self, url: str) -> Iterator[httpx.Response]:
        """The streamed final answer to a GET of `url`, after checked redirects; httpx
        failures (also while the caller reads the body) become a FetchError."""
        current = check_url(url)
        try:
            for _ in range(self.max_redirects + 1):
                self._wait_turn(current)
                with self._client.stream("GET", current) as response:
                    if response.is_redirect:
                        location = response.headers.get("location", "")
                        current = check_url(urljoin(current, location))
                        continue
                    if response.status_code >= 400:
                        raise FetchError(f"{url}: HTTP {response.status_code}")
                    yield response
                    return
        except httpx.TimeoutException:
            raise FetchError(f"{url}: timed out (no answer from {urlsplit(current).netloc} "
                             f"within {self.timeout:g}s)") from None
        except httpx.ConnectError as exc:
            raise FetchError(f"{url}: cannot reach {urlsplit(current).netloc} (offline or "
                             f"wrong address?): {exc}") from None
        except httpx.HTTPError as exc:
            raise FetchError(f"{url}: {type(exc).__name__}: {exc}") from None
        raise FetchError(f"{url}: more than {self.max_redirects} redirects")

    def _chunks(self, url: str, response: httpx.Response) -> Iterator[bytes]:
        """The body in chunks, stopped with a FetchError once it passes the size cap."""
        declared = response.headers.get("content-length")
        if declared and declared.isdigit() and int(declared) > self.max_bytes:
            raise FetchError(f"{url}: response of {declared} bytes exceeds the size cap "
                             f"({self.max_bytes}-byte limit)")
        size = 0
        for chunk in response.iter_bytes():
            size += len(chunk)
            if size > self.max_bytes:
                raise FetchError(f"{url}: response exceeds the size cap "
                                 f"({self.max_bytes}-byte limit)")
            yield chunk

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


@contextmanager
def open_fetcher(fetcher: Fetcher | None = None, **limits: Any) -> Iterator[Fetcher]:
    """`fetcher` for the block if given, else a new `Fetcher(**limits)` closed after it."""
    if fetcher is not None:
        yield fetcher
        return
    with Fetcher(**limits) as own:
        yield own


def fetch_url(url: str, *, fetcher: Fetcher | None = None) -> FetchedPage:
    """Fetch one URL with `fetcher`, else with the default limits (see `Fetcher`)."""
    with open_fetcher(fetcher) as active:
        return active.fetch(url)
