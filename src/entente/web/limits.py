"""The explorer's limits: what a request may ask and what an answer may reveal.

- Host header: only the names the server was started for are answered (a page on another
  site that rebinds its DNS name to 127.0.0.1 gets 400), see `allowed_hosts`.
- Request body: at most `MAX_BODY_BYTES`, checked from Content-Length and while reading
  (a chunked body is cut off), answered with 413 before any parsing.
- Integer query parameters: a value beyond `MAX_QUERY_INT` is a 422 naming the parameter,
  never a database overflow (routes keep their own tighter bounds).
- Pasted or uploaded articles: at most `MAX_ARTICLE_CHARS` characters are coded.
- Errors about the store never carry a filesystem path.
- Expensive shared objects (the coder) are built once, however many requests ask first.
- Answers to GET /api/... are kept per snapshot of the store (`AnswerCache`): the same
  question on the same committed state is answered once; a new snapshot starts afresh.
- Every string of a JSON answer is neutralised for display (`entente.display`: bidi
  overrides, zero-width and control characters become U+FFFD, offsets unchanged).
"""

from __future__ import annotations

import ipaddress
import json
import re
import socket
import threading
from collections import OrderedDict
from collections.abc import Callable, Iterable
from typing import Any
from urllib.parse import parse_qsl

from fastapi.responses import JSONResponse

from ..display import neutralise_tree

__all__ = ["MAX_BODY_BYTES", "MAX_QUERY_INT", "MAX_ARTICLE_CHARS", "allowed_hosts",
           "LimitsMiddleware", "without_paths", "build_once", "check_article",
           "DisplayJSONResponse", "AnswerCache"]

#: Largest request body read (a pasted article of 2 MB plus its JSON or form envelope).
MAX_BODY_BYTES = 2_100_000
#: Largest integer a query parameter may carry (offsets, limits, counts).
MAX_QUERY_INT = 2**31 - 1
#: Longest article the explorer codes, in characters (coding time grows with the text; a
#: long news article has about 20,000).
MAX_ARTICLE_CHARS = 100_000

_LOOPBACK_NAMES = ("127.0.0.1", "localhost", "::1", "testserver")  # testserver: TestClient
_INTEGER = re.compile(r"[+-]?\d+")
_PATH = re.compile(r"(?<![\w.:/])(?:[A-Za-z]:)?[/\\](?:[^\s'\"/\\]+[/\\])*[^\s'\"/\\:;,)]+")

Send = Callable[[dict[str, Any]], Any]


def allowed_hosts(bind: str) -> frozenset[str]:
    """The Host names a server bound to `bind` answers: the loopback names for a loopback
    address; for another address, that address, this machine's names and the loopback
    names; for 0.0.0.0 / :: every address of this machine as well."""
    names = set(_LOOPBACK_NAMES)
    try:
        ip = ipaddress.ip_address(bind.strip("[]"))
    except ValueError:
        names.add(bind.lower())
        return frozenset(names)
    if ip.is_loopback:
        return frozenset(names | {str(ip)})
    names |= {str(ip), socket.gethostname().lower(), socket.getfqdn().lower()}
    if ip.is_unspecified:
        try:
            names |= {info[4][0] for info in socket.getaddrinfo(socket.gethostname(), None)}
        except OSError:
            pass
    return frozenset(names)


def _host_name(header: str) -> str:
    """The host of a Host header, without port and brackets, lower case."""
    value = header.strip().lower()
    if value.startswith("["):
        return value[1:].split("]", 1)[0]
    return value.rsplit(":", 1)[0] if value.count(":") == 1 else value


class LimitsMiddleware:
    """ASGI middleware enforcing the Host check, the body limit and the integer bounds."""

    def __init__(self, app: Any, hosts: Iterable[str] | None = None,
                 max_body: int = MAX_BODY_BYTES) -> None:
        self.app = app
        self.hosts = None if hosts is None else frozenset(h.lower() for h in hosts)
        self.max_body = max_body

    async def __call__(self, scope: dict[str, Any], receive: Any, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        headers = {k.decode("latin-1").lower(): v.decode("latin-1")
                   for k, v in scope.get("headers", [])}
        problem = self._problem(scope, headers)
        if problem is not None:
            await _answer(send, *problem)
            return
        answered = False

        async def guarded_send(message: dict[str, Any]) -> None:
            if not answered:  # after a 413 the app's own answer is dropped
                await send(message)

        async def bounded_receive() -> dict[str, Any]:
            nonlocal seen, answered
            message = await receive()
            if message["type"] == "http.request":
                seen += len(message.get("body", b""))
                if seen > self.max_body:
                    await _answer(send, 413, f"request body larger than {self.max_body} bytes")
                    answered = True
                    raise _BodyTooLarge
            return message

        seen = 0
        try:
            await self.app(scope, bounded_receive, guarded_send)
        except _BodyTooLarge:
            pass

    def _problem(self, scope: dict[str, Any], headers: dict[str, str]
                 ) -> tuple[int, str] | None:
        if self.hosts is not None and _host_name(headers.get("host", "")) not in self.hosts:
            return 400, "unknown Host header: this server answers only the names it was " \
                        "started for"
        declared = headers.get("content-length", "")
        if declared.isdigit() and int(declared) > self.max_body:
            return 413, f"request body larger than {self.max_body} bytes"
        query = scope.get("query_string", b"").decode("latin-1")
        for name, value in parse_qsl(query, keep_blank_values=True):
            digits = value.strip().lstrip("+-")
            if _INTEGER.fullmatch(value.strip()) and (len(digits) > 10 or
                                                      int(digits) > MAX_QUERY_INT):
                return 422, f"{name}: {value[:40]} is out of range (at most {MAX_QUERY_INT})"
        return None


class _BodyTooLarge(Exception):
    """Raised into the app when a streamed body passes the limit (the 413 is sent)."""


async def _answer(send: Send, status: int, detail: str) -> None:
    body = json.dumps({"detail": detail}).encode()
    await send({"type": "http.response.start", "status": status,
                "headers": [(b"content-type", b"application/json"),
                            (b"content-length", str(len(body)).encode()),
                            (b"x-content-type-options", b"nosniff")]})
    await send({"type": "http.response.body", "body": body})


class AnswerCache:
    """ASGI middleware keeping the answers to GET /api/... per snapshot of the store.

    The snapshot a request reads is immutable, so an answer stays right until the next
    snapshot; `snapshot()` names the current one (None: do not cache). At most `size`
    answers of at most `largest` bytes are kept, least recently used dropped first.
    """

    def __init__(self, app: Any, snapshot: Callable[[], Any], size: int = 512,
                 largest: int = 1_000_000) -> None:
        self.app, self.snapshot, self.size, self.largest = app, snapshot, size, largest
        self._answers: OrderedDict[tuple[Any, ...], list[dict[str, Any]]] = OrderedDict()
        self._lock = threading.Lock()

    async def __call__(self, scope: dict[str, Any], receive: Any, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] != "GET" or \
                not scope["path"].startswith("/api/"):
            await self.app(scope, receive, send)
            return
        import anyio.to_thread

        version = await anyio.to_thread.run_sync(self.snapshot)
        key = (version, scope["path"], scope.get("query_string", b""))
        with self._lock:
            kept = self._answers.get(key) if version is not None else None
            if kept is not None:
                self._answers.move_to_end(key)
        if kept is not None:
            for message in kept:
                await send(message)
            return
        messages: list[dict[str, Any]] = []

        async def keep(message: dict[str, Any]) -> None:
            messages.append(message)
            await send(message)

        await self.app(scope, receive, keep)
        self._store(key, version, messages)

    def _store(self, key: tuple[Any, ...], version: Any, messages: list[dict[str, Any]]
               ) -> None:
        if version is None or not messages or messages[0].get("status") != 200:
            return
        if sum(len(m.get("body", b"")) for m in messages) > self.largest:
            return
        with self._lock:
            self._answers[key] = messages
            while len(self._answers) > self.size:
                self._answers.popitem(last=False)


class DisplayJSONResponse(JSONResponse):
    """A JSON answer whose strings are neutralised for display (the app's default)."""

    def render(self, content: Any) -> bytes:
        return super().render(neutralise_tree(content))


def without_paths(message: str) -> str:
    """`message` with every filesystem path replaced by "the store" (for web answers)."""
    return _PATH.sub("the store", message)


_BUILD_LOCK = threading.Lock()


def build_once(holder: Any, name: str, factory: Callable[[], Any]) -> Any:
    """`holder.<name>`, built with `factory` by the first caller only (others wait)."""
    value = getattr(holder, name, None)
    if value is not None:
        return value
    with _BUILD_LOCK:
        value = getattr(holder, name, None)
        if value is None:
            value = factory()
            setattr(holder, name, value)
    return value


def check_article(text: str) -> str | None:
    """Why `text` cannot be coded here (empty, too long), or None."""
    if not text.strip():
        return "the article is empty"
    if len(text) > MAX_ARTICLE_CHARS:
        return (f"the article has {len(text):,} characters; the explorer codes at most "
                f"{MAX_ARTICLE_CHARS:,} (use `entente ingest` for longer texts)")
    return None
