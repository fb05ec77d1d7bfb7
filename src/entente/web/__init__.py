"""The local web explorer (FastAPI): dyad series and events, briefs, and article coding.

    >>> from entente.web import create_app, serve          # doctest: +SKIP
    >>> serve(db="entente.duckdb", port=8000)              # http://127.0.0.1:8000

The app binds to 127.0.0.1 unless told otherwise; its JSON API is described at
`/openapi.json` (no Swagger page: it would load scripts from the internet).
"""

from __future__ import annotations

from pathlib import Path

from .app import MAX_ARTICLE_BYTES, create_app

__all__ = ["create_app", "serve", "MAX_ARTICLE_BYTES"]


def serve(db: str | Path | None = None, host: str = "127.0.0.1", port: int = 8000) -> None:
    """Run the explorer with uvicorn until interrupted."""
    import uvicorn

    from .limits import allowed_hosts

    uvicorn.run(create_app(db, allowed_hosts=allowed_hosts(host)), host=host, port=port,
                log_level="info")
