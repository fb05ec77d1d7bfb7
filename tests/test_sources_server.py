"""A real HTTP server on 127.0.0.1 standing in for the internet in the sources tests.

Routes map a path to (status, headers, body); a status of 3xx with a "Location" header
redirects. The `web` fixture yields a started server and stops it after the test.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

Route = tuple[int, dict[str, str], bytes]


class LocalWeb:
    def __init__(self) -> None:
        self.routes: dict[str, Route] = {}
        self.hits: list[str] = []
        routes, hits = self.routes, self.hits

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:  # noqa: N802 (http.server's naming)
                hits.append(self.path)
                status, headers, body = routes.get(
                    self.path, (404, {"Content-Type": "text/plain"}, b"not found"))
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

    @property
    def base(self) -> str:
        host, port = self.server.server_address[:2]
        return f"http://{host}:{port}"

    def url(self, path: str) -> str:
        return self.base + path

    def add(self, path: str, body: bytes | str, content_type: str = "text/html; charset=utf-8",
            status: int = 200, headers: dict[str, str] | None = None) -> str:
        data = body.encode("utf-8") if isinstance(body, str) else body
        self.routes[path] = (status, {"Content-Type": content_type, **(headers or {})}, data)
        return self.url(path)

    def redirect(self, path: str, to: str) -> str:
        self.routes[path] = (302, {"Location": to}, b"")
        return self.url(path)


def run(args: list[str]) -> int:
    """Run the entente CLI in-process; its exit status."""
    from entente.cli import main

    try:
        main(args)
    except SystemExit as stop:
        return int(stop.code or 0)
    return 0


@pytest.fixture
def web() -> Iterator[LocalWeb]:
    server = LocalWeb()
    server.thread.start()
    try:
        yield server
    finally:
        server.server.shutdown()
        server.server.server_close()


def test_local_web_serves_routes_and_404(web: LocalWeb) -> None:
    import httpx

    web.add("/hello", "hi", "text/plain")
    assert httpx.get(web.url("/hello")).text == "hi"
    assert httpx.get(web.url("/missing")).status_code == 404
