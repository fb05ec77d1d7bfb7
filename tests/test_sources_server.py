"""The local web server the sources tests use (httpserver.py), and their CLI runner."""

from __future__ import annotations

from httpserver import LocalWeb


def run(args: list[str]) -> int:
    """Run the entente CLI in-process; its exit status."""
    from entente.cli import main

    try:
        main(args)
    except SystemExit as stop:
        return int(stop.code or 0)
    return 0


def test_local_web_serves_routes_redirects_and_404(web: LocalWeb) -> None:
    import httpx

    web.add("/hello", "hi", "text/plain")
    web.redirect("/old", web.url("/hello"))
    assert httpx.get(web.url("/hello")).text == "hi"
    assert httpx.get(web.url("/missing")).status_code == 404
    assert httpx.get(web.url("/old"), follow_redirects=True).text == "hi"
    web.answer = lambda path, query: b"v" + query["n"][0].encode() if path == "/q" else None
    assert httpx.get(web.url("/q?n=2")).content == b"v2"
    assert httpx.get(web.url("/r?n=2")).status_code == 404
    assert web.hits == ["/hello", "/missing", "/old", "/hello", "/q?n=2", "/r?n=2"]
