"""Polite, bounded HTTP fetching with httpx: the one place entente's network rules live.

Only http and https; every read has a timeout and the whole fetch a deadline (`deadline`
seconds, redirects and body included); a response larger than the size cap is cut off
with an error; redirects are followed by hand (at most `max_redirects`, each hop checked
for its scheme); requests to one host are spaced by `min_interval` seconds.

Private addresses are refused unless `allow_private`: every connection (the first and
each redirect's) resolves the host itself, refuses it when any address it resolves to is
loopback, private, link-local, multicast, unspecified or otherwise not public, and then
connects to the very address it checked, so a name that changes its answer between the
check and the connection (DNS rebinding) gains nothing. TLS still verifies the host
name. Proxies from the environment are not used (they would hide the real target).
`Fetcher.fetch` returns a page in memory, `Fetcher.download` streams to a file that
appears only once complete (and verified), so an interrupted download never leaves a half
file behind. Each failure is a `FetchError` naming the URL, so callers can report it and
go on.
"""

from __future__ import annotations

import ipaddress
import socket
import ssl
import threading
import time
import uuid
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urljoin, urlsplit

import httpcore
import httpx

from .. import __version__
from ..errors import FetchError
from .digest import download_cache_dir, file_digest

__all__ = ["Fetcher", "FetchedPage", "fetch_url", "check_url", "download_cache_dir",
           "file_digest", "open_fetcher", "resolve_host", "address_problem",
           "DEFAULT_DEADLINE"]

USER_AGENT = f"entente/{__version__} (+https://github.com/entente; research event coder)"
DEFAULT_MAX_BYTES = 20 * 1024 * 1024
#: Seconds one fetch may take in all (connection, redirects and the whole body).
DEFAULT_DEADLINE = 300.0
PRIVATE_HINT = "pass --allow-private (allow_private=True) to fetch it"

Resolver = Callable[[str, int], list[str]]


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
    try:
        parts = urlsplit(url)
        parts.port  # noqa: B018 (raises ValueError for a port that is not a number)
    except ValueError:
        raise FetchError(f"{url}: not a valid URL") from None
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        raise FetchError(f"{url}: only http and https URLs are fetched")
    return url


def resolve_host(host: str, port: int) -> list[str]:
    """Every IP address `host` resolves to for a TCP connection (an IP literal: itself)."""
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except (OSError, UnicodeError) as exc:
        raise httpcore.ConnectError(f"cannot resolve {host}: {exc}") from None
    return list(dict.fromkeys(str(info[4][0]) for info in infos))


def address_problem(address: str) -> str | None:
    """Why `address` may not be fetched without --allow-private ("loopback", "private",
    ...), or None for a public address."""
    ip = ipaddress.ip_address(address.split("%", 1)[0])
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped
    for kind in ("loopback", "unspecified", "link_local", "multicast", "private"):
        if getattr(ip, f"is_{kind}"):
            return kind.replace("_", "-")
    return None if ip.is_global else "non-public"


class _Refused(Exception):
    """A connection the address rules forbid (turned into a FetchError naming the URL)."""


class _GuardedBackend(httpcore.SyncBackend):
    """Connects to the address it resolved and checked itself, never to a name."""

    def __init__(self, allow_private: bool, resolver: Resolver) -> None:
        self.allow_private = allow_private
        self.resolver = resolver

    def connect_tcp(self, host: str, port: int, timeout: float | None = None,
                    local_address: str | None = None,
                    socket_options: Any = None) -> httpcore.NetworkStream:
        addresses = self.resolver(host, port)
        if not addresses:
            raise httpcore.ConnectError(f"{host} has no address")
        if not self.allow_private:
            for address in addresses:
                problem = address_problem(address)
                if problem:
                    shown = host if host == address else f"{host} ({address})"
                    raise _Refused(f"refused to connect to {shown} ({problem} address); "
                                   f"{PRIVATE_HINT}")
        return super().connect_tcp(addresses[0], port, timeout, local_address, socket_options)


class _GuardedTransport(httpx.HTTPTransport):
    """httpx's transport with a connection pool whose connections go through the guard."""

    def __init__(self, allow_private: bool, resolver: Resolver) -> None:
        super().__init__(trust_env=False)
        import certifi

        context = ssl.create_default_context(cafile=certifi.where())
        self._pool = httpcore.ConnectionPool(
            ssl_context=context, max_connections=10,
            network_backend=_GuardedBackend(allow_private, resolver))


class Fetcher:
    """One HTTP client with limits; use as a context manager or call `close()`.

    `headers` are sent with every request (a "User-Agent" among them replaces entente's).
    `timeout` bounds each connect and read, `deadline` the whole fetch (seconds).
    `allow_private` lets it reach loopback, private, link-local and multicast addresses
    (refused by default, see the module's notes); `resolver` maps (host, port) to IP
    addresses (default: the system's resolver).
    """

    def __init__(self, *, timeout: float = 20.0, max_bytes: int = DEFAULT_MAX_BYTES,
                 max_redirects: int = 5, min_interval: float = 1.0,
                 headers: Mapping[str, str] | None = None, deadline: float = DEFAULT_DEADLINE,
                 allow_private: bool = False, resolver: Resolver | None = None) -> None:
        self.timeout = timeout
        self.max_bytes = max_bytes
        self.max_redirects = max_redirects
        self.min_interval = min_interval
        self.deadline = deadline
        self.allow_private = allow_private
        self._last_request: dict[str, float] = {}
        self._lock = threading.Lock()
        self._client = httpx.Client(
            timeout=httpx.Timeout(timeout), follow_redirects=False, trust_env=False,
            transport=_GuardedTransport(allow_private, resolver or resolve_host),
            headers={"User-Agent": USER_AGENT, **(headers or {})})

    def close(self) -> None:
        self._client.close()

    def __enter__(self) -> Fetcher:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def fetch(self, url: str) -> FetchedPage:
        """GET a URL within the limits; raises FetchError naming the URL on any failure."""
        with self._response(url) as (response, clock):
            body = b"".join(self._chunks(url, response, clock))
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
            with partial.open("xb") as out, self._response(url) as (response, clock):
                for chunk in self._chunks(url, response, clock):
                    out.write(chunk)
            if verify is not None:
                verify(partial)
            partial.replace(target)
        finally:
            partial.unlink(missing_ok=True)
        return target

    @contextmanager
    def _response(self, url: str) -> Iterator[tuple[httpx.Response, _Clock]]:
        """The streamed final answer to a GET of `url`, after checked redirects, with the
        clock of its deadline; httpx failures (also while the caller reads the body)
        become a FetchError naming `url` (and the redirect that failed)."""
        current = check_url(url)
        clock = _Clock(self.deadline)
        try:
            for _ in range(self.max_redirects + 1):
                self._wait_turn(current)
                timeout = clock.limit(url, self.timeout)
                with self._client.stream("GET", current, timeout=timeout) as response:
                    if response.is_redirect:
                        current = self._next_hop(url, current, response)
                        continue
                    if response.status_code >= 400:
                        raise FetchError(f"{url}: HTTP {response.status_code}")
                    yield response, clock
                    return
        except _Refused as exc:
            raise FetchError(f"{url}: {_hop(url, current)}{exc}") from None
        except httpx.TimeoutException:
            if clock.expired():
                raise FetchError(clock.message(url)) from None
            raise FetchError(f"{url}: timed out (no answer from {urlsplit(current).netloc} "
                             f"within {self.timeout:g}s)") from None
        except httpx.ConnectError as exc:
            raise FetchError(f"{url}: cannot reach {urlsplit(current).netloc} (offline or "
                             f"wrong address?): {exc}") from None
        except httpx.InvalidURL as exc:
            raise FetchError(f"{url}: {_hop(url, current)}not a valid URL, or redirected to "
                             f"one ({exc})") from None
        except (httpx.HTTPError, httpx.CookieConflict, ValueError) as exc:
            raise FetchError(f"{url}: {_hop(url, current)}{type(exc).__name__}: {exc}") \
                from None
        raise FetchError(f"{url}: more than {self.max_redirects} redirects")

    @staticmethod
    def _next_hop(url: str, current: str, response: httpx.Response) -> str:
        """The checked absolute URL a redirect points to; FetchError naming both."""
        location = response.headers.get("location", "")
        try:
            target = urljoin(current, location)
        except ValueError:
            target = location
        try:
            return check_url(target)
        except FetchError as exc:
            raise FetchError(f"{url}: redirected to {exc}") from None

    def _chunks(self, url: str, response: httpx.Response, clock: _Clock) -> Iterator[bytes]:
        """The body in chunks, stopped with a FetchError once it passes the size cap or
        the fetch passes its deadline."""
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
            if clock.expired():
                raise FetchError(clock.message(url))
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


def _hop(url: str, current: str) -> str:
    """ "redirected to X: " when the failing request was a redirect's, else nothing."""
    return "" if current == url else f"redirected to {current}: "


class _Clock:
    """The deadline of one fetch: every read's timeout is cut to the time left."""

    def __init__(self, seconds: float) -> None:
        self.seconds = seconds
        self.end = time.monotonic() + seconds

    def expired(self) -> bool:
        return time.monotonic() >= self.end

    def message(self, url: str) -> str:
        return f"{url}: not complete within the {self.seconds:g}s deadline of a fetch"

    def limit(self, url: str, timeout: float) -> httpx.Timeout:
        left = self.end - time.monotonic()
        if left <= 0:
            raise FetchError(self.message(url))
        return httpx.Timeout(min(timeout, left))


@contextmanager
def open_fetcher(fetcher: Fetcher | None = None, **limits: Any) -> Iterator[Fetcher]:
    """`fetcher` for the block if given, else a new `Fetcher(**limits)` closed after it."""
    if fetcher is not None:
        yield fetcher
        return
    with Fetcher(**limits) as own:
        yield own


def fetch_url(url: str, *, fetcher: Fetcher | None = None, allow_private: bool = False
              ) -> FetchedPage:
    """Fetch one URL with `fetcher`, else with the default limits (see `Fetcher`)."""
    with open_fetcher(fetcher, allow_private=allow_private) as active:
        return active.fetch(url)
