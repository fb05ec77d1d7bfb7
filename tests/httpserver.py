"""A real HTTP server on 127.0.0.1 standing in for the internet in tests.

Routes map a path (with its query, as requested) to (status, headers, body); a status of
3xx with a "Location" header redirects. A path without a route goes to the `answer`
function when one is set (for services whose answer depends on the query), else 404.
Every requested path is recorded in `hits`. The `web` fixture (conftest.py) yields a
started server and stops it after the test.
"""

from __future__ import annotations

import socket
import subprocess
import threading
import time
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlsplit

import httpx

Route = tuple[int, dict[str, str], bytes]
# (path without query, parsed query) -> body, or None for a 404
Answer = Callable[[str, dict[str, list[str]]], bytes | None]
NOT_FOUND: Route = (404, {"Content-Type": "text/plain"}, b"not found")


class LocalWeb:
    def __init__(self) -> None:
        self.routes: dict[str, Route] = {}
        self.hits: list[str] = []
        self.answer: Answer | None = None
        web = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:  # noqa: N802 (http.server's naming)
                web.hits.append(self.path)
                status, headers, body = web.route(self.path)
                self.send_response(status)
                for key, value in headers.items():
                    self.send_header(key, value)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, *args: object) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    def start(self) -> LocalWeb:
        self.thread.start()
        return self

    def stop(self) -> None:
        self.server.shutdown()
        self.server.server_close()
        self.thread.join(5)

    @property
    def base(self) -> str:
        host, port = self.server.server_address[:2]
        return f"http://{host}:{port}"

    def url(self, path: str) -> str:
        return self.base + path

    def route(self, path: str) -> Route:
        """What the server answers to a GET of `path`."""
        if path in self.routes:
            return self.routes[path]
        if self.answer is not None:
            parts = urlsplit(path)
            body = self.answer(parts.path, parse_qs(parts.query))
            if body is not None:
                return 200, {}, body
        return NOT_FOUND

    def add(self, path: str, body: bytes | str, content_type: str = "text/html; charset=utf-8",
            status: int = 200, headers: dict[str, str] | None = None) -> str:
        data = body.encode("utf-8") if isinstance(body, str) else body
        self.routes[path] = (status, {"Content-Type": content_type, **(headers or {})}, data)
        return self.url(path)

    def redirect(self, path: str, to: str) -> str:
        self.routes[path] = (302, {"Location": to}, b"")
        return self.url(path)


def wait_until_up(url: str, proc: subprocess.Popen, seconds: float = 60) -> httpx.Response:
    """GET `url` until the server `proc` started answers it; AssertionError when the process
    exits first or `seconds` pass."""
    deadline = time.monotonic() + seconds
    while True:
        try:
            return httpx.get(url, timeout=2)
        except httpx.TransportError:
            assert proc.poll() is None, f"the server exited ({proc.returncode}) before {url}"
            assert time.monotonic() < deadline, f"no answer from {url} in {seconds} s"
            time.sleep(0.2)


def free_port() -> int:
    """A port on 127.0.0.1 that was free a moment ago (nothing listens on it)."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])
