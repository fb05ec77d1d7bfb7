"""The web explorer: a FastAPI app whose pages are driven by its own JSON API.

Pages (`/`, `/brief`) are static HTML plus a script that calls `/api/...`; every number
comes from `entente.analysis` over the store and every coded article from `entente.coder`.
Article text never reaches the page as markup: the API returns plain strings and the
script inserts them as text nodes; links are only made from http(s) URLs.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date as Date
from importlib import resources
from pathlib import Path
from typing import Annotated, Any

from fastapi import FastAPI, File, Form, HTTPException, Query, Request, UploadFile
from fastapi import Path as PathParam
from fastapi.responses import HTMLResponse, JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from pydantic import BaseModel, ConfigDict, Field

from .. import __version__, ontology
from ..errors import EntenteError, StoreError
from ..record import Document
from ..snapshot import SnapshotReader
from ..store import Store, default_db_path
from . import limits
from .highlight import segments

__all__ = ["create_app", "MAX_ARTICLE_BYTES"]

#: Largest pasted or uploaded article the app will code.
MAX_ARTICLE_BYTES = 2_000_000

_PAGE_POLICY = ("default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
                "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'")
_BRIEF_POLICY = "default-src 'none'; style-src 'unsafe-inline'; img-src data:"


class ArticleIn(BaseModel):
    model_config = ConfigDict(extra="forbid")  # a junk field is a 422, not ignored

    text: str = Field(..., description="the article's plain text")
    date: Date | None = Field(None, description="publication date (YYYY-MM-DD)")
    title: str | None = None
    url: str | None = None


def _static_dir() -> Path:
    return Path(str(resources.files("entente.web").joinpath("static")))


def create_app(db: str | Path | None = None, coder: Any = None,
               allowed_hosts: Any = None) -> FastAPI:
    """The explorer over the store at `db` (default: $ENTENTE_DB or ./entente.duckdb).

    `coder` codes pasted articles (default: a lazily built `entente.coder.Coder`).
    `allowed_hosts`: the Host names answered (default: the loopback names). Requests read
    the store's last committed state (`entente.snapshot`), so an ingest can run meanwhile.

    >>> import uvicorn; uvicorn.run(create_app("entente.duckdb"))   # doctest: +SKIP
    """
    db_path = Path(db) if db is not None else default_db_path()
    app = FastAPI(title="entente explorer", version=__version__, docs_url=None, redoc_url=None,
                  default_response_class=limits.DisplayJSONResponse,
                  description="Dyad series, events with their sentences, and article coding "
                              "over an entente store.")
    app.state.db_path = db_path
    app.state.reader = SnapshotReader(db_path)
    app.state.coder = coder
    app.mount("/static", StaticFiles(directory=_static_dir()), name="static")
    app.add_middleware(limits.AnswerCache, snapshot=app.state.reader.current)
    app.add_middleware(limits.LimitsMiddleware, hosts=allowed_hosts if allowed_hosts
                       is not None else limits.allowed_hosts("127.0.0.1"))

    @app.exception_handler(EntenteError)
    async def _entente_error(_: Request, exc: EntenteError) -> JSONResponse:
        status = 503 if isinstance(exc, StoreError) else 400
        headers = {"Retry-After": "2"} if status == 503 else None
        return limits.DisplayJSONResponse({"detail": limits.without_paths(str(exc))},
                                          status_code=status, headers=headers)

    @app.middleware("http")
    async def _headers(request: Request, call_next: Any) -> Response:
        response: Response = await call_next(request)
        response.headers.setdefault("Content-Security-Policy", _PAGE_POLICY)
        response.headers.setdefault("X-Content-Type-Options", "nosniff")
        response.headers.setdefault("Referrer-Policy", "no-referrer")
        return response

    _pages(app)
    _dyad_routes(app)
    _code_routes(app)
    return app


@contextmanager
def _store(app: FastAPI) -> Iterator[Store]:
    store = app.state.reader.open()
    try:
        yield store
    finally:
        store.close()


Country = Annotated[str, Query(description="ISO3 code, CAMEO code or name", min_length=2)]
Day = Annotated[str | None, Query(description="YYYY-MM-DD")]
Confidence = Annotated[float | None, Query(ge=0, le=1, description="leave out coded events "
                                           "below this confidence (default: keep all)")]


def _pages(app: FastAPI) -> None:
    @app.get("/", response_class=HTMLResponse, include_in_schema=False)
    def index() -> HTMLResponse:
        return HTMLResponse((_static_dir() / "index.html").read_text(encoding="utf-8"))

    @app.get("/brief", response_class=HTMLResponse, tags=["brief"],
             responses={200: {"content": {"text/markdown": {}}}})
    def brief_page(a: Country, b: Country, start: Day = None, end: Day = None,
                   freq: str = "month", format: str = "html",
                   min_confidence: Confidence = None) -> Response:
        """The dyad brief as a self-contained HTML page (or Markdown with format=md)."""
        from ..brief import build_brief, render_html, render_markdown

        with _store(app) as store:
            brief = build_brief(store, a, b, start=start, end=end, freq=freq,
                                min_confidence=min_confidence)
        if format == "md":
            return Response(render_markdown(brief), media_type="text/markdown; charset=utf-8")
        return HTMLResponse(render_html(brief),
                            headers={"Content-Security-Policy": _BRIEF_POLICY})


def _dyad_routes(app: FastAPI) -> None:
    @app.get("/api/health", tags=["store"])
    def health() -> dict[str, Any]:
        """The store the app reads and how many events and documents it holds."""
        with _store(app) as store:
            return {"status": "ok", "version": __version__, "store": app.state.db_path.name,
                    "events": store.count_events(), "documents": store.count_documents()}

    @app.get("/api/countries", tags=["store"])
    def countries() -> list[dict[str, Any]]:
        """Countries and organisations that appear as an actor in the store, by events."""
        from ..analysis import countries_in_store
        from ..brief.model import records

        with _store(app) as store:
            return records(countries_in_store(store))

    @app.get("/api/dyad", tags=["dyad"])
    def dyad(a: Country, b: Country, start: Day = None, end: Day = None,
             freq: str = "month", min_confidence: Confidence = None,
             directed: bool = False) -> dict[str, Any]:
        """The dyad series per period (both directions, and each direction with
        directed=true) with its trend and change points."""
        from .. import analysis
        from ..brief.model import records
        from .explore import series_json

        floor = _floor(min_confidence)
        with _store(app) as store:
            series = analysis.dyad_series(store, a, b, start=start, end=end, freq=freq,
                                          min_confidence=floor)
            split = analysis.dyad_series(store, a, b, start=start, end=end, freq=freq,
                                         directed=True, min_confidence=floor) \
                if directed else None
        ka, kb = series.attrs["dyad"]
        trend = analysis.trend(series)
        changes = analysis.change_points(series) if len(series) >= 4 else None
        return {"a": ka, "b": kb, "a_name": ontology.name_of(ka),
                "b_name": ontology.name_of(kb), "freq": freq, "min_confidence": floor,
                "datasets": series.attrs.get("datasets", []),
                "warnings": series.attrs.get("warnings", []),
                "series": series_json(series, freq),
                "directed": None if split is None else {
                    f"{src}->{tgt}": series_json(
                        split[(split["source"] == src) & (split["target"] == tgt)], freq)
                    for src, tgt in ((ka, kb), (kb, ka))},
                "trend": {k: getattr(trend, k) for k in ("slope", "low", "high",
                                                           "mann_kendall_tau", "p_value", "n")},
                "change_points": [] if changes is None else
                [{**r, "period": str(r["period"])[:10]} for r in records(changes)]}

    @app.get("/api/dyad/chart.svg", tags=["dyad"],
             responses={200: {"content": {"image/svg+xml": {}}}})
    def dyad_chart(a: Country, b: Country, start: Day = None, end: Day = None,
                   freq: str = "month") -> Response:
        """Cooperation and conflict per period as an SVG chart (drawn on the server)."""
        from .. import analysis
        from ..brief.render import series_svg

        with _store(app) as store:
            series = analysis.dyad_series(store, a, b, start=start, end=end, freq=freq)
        svg = '<?xml version="1.0" encoding="utf-8"?>\n' + series_svg(series, freq)
        return Response(svg, media_type="image/svg+xml",
                        headers={"Content-Security-Policy": "default-src 'none'"})

    @app.get("/api/events", tags=["dyad"])
    def events(a: Country, b: Country, start: Day = None, end: Day = None,
               period: Day = None, freq: str = "month",
               direction: Annotated[str | None, Query(description="a->b, b->a or both")] = None,
               quad: Annotated[list[int] | None, Query(description="quad classes 1-4")] = None,
               root: Annotated[list[str] | None, Query(description="CAMEO roots")] = None,
               dataset: Annotated[list[str] | None, Query()] = None,
               min_confidence: Confidence = None,
               q: Annotated[str | None, Query(max_length=200,
                                              description="text in the sentence")] = None,
               sort: Annotated[str, Query(pattern="^(date|goldstein|confidence)$")] = "date",
               order: Annotated[str, Query(pattern="^(asc|desc)$")] = "asc",
               limit: Annotated[int, Query(ge=1, le=1000)] = 200,
               offset: Annotated[int, Query(ge=0)] = 0) -> dict[str, Any]:
        """Events between a and b that the dyad's figures count, filtered and sorted:
        `period` (with `freq`) narrows to one period of the chart."""
        from ..analysis import dyad_events, period_bounds
        from .explore import event_json

        if period:
            start, end = (d.isoformat() for d in period_bounds(period, freq))
        with _store(app) as store:
            page = dyad_events(store, a, b, start, end, direction=direction, quads=quad,
                               roots=root, datasets=dataset, text=q, sort=sort,
                               descending=order == "desc", limit=limit, offset=offset,
                               min_confidence=_floor(min_confidence))
        return {"a": page.a, "b": page.b, "total": page.total, "offset": page.offset,
                "start": start, "end": end, "events": [event_json(e) for e in page.events]}

    @app.get("/api/event/{event_id}", tags=["dyad"])
    def event(event_id: Annotated[str, PathParam(max_length=128)],
              date: Day = None) -> dict[str, Any]:
        """One event in full: actors and why they resolved so, rule, confidence, every
        evidence sentence with its link, coder version. `date`, the event's date when the
        caller knows it, lets a large store read that date's rows only."""
        from ..analysis import event_by_id
        from .explore import event_detail

        with _store(app) as store:
            found = event_by_id(store, event_id, date)
        if found is None:
            raise HTTPException(404, f"no event {event_id!r} in the store")
        return event_detail(found, _resolver(app))

    @app.get("/api/settings", tags=["store"])
    def settings() -> dict[str, Any]:
        """Defaults the explorer's controls start from: the coder's confidence floor and
        the CAMEO roots."""
        from .explore import ROOTS

        return {"min_confidence": _floor(None), "roots": ROOTS}

    @app.get("/api/top-events", tags=["dyad"])
    def top(a: Country, b: Country, start: Day = None, end: Day = None,
            by: str = "goldstein", n: Annotated[int, Query(ge=1, le=200)] = 10
            ) -> list[dict[str, Any]]:
        """The strongest (by Goldstein) or most reported (by coverage) events of the dyad."""
        from .. import analysis
        from ..brief.model import records
        from ..brief.views import event_view

        if by not in ("goldstein", "coverage"):
            raise HTTPException(422, "by must be goldstein or coverage")
        with _store(app) as store:
            rows = records(analysis.top_events(store, a, b, start=start, end=end, by=by, n=n))
        return [{**r, "view": event_view(r)} for r in rows]

    @app.get("/api/brief", tags=["brief"])
    def brief_data(a: Country, b: Country, start: Day = None, end: Day = None,
                   freq: str = "month") -> dict[str, Any]:
        """Everything the brief shows, as JSON."""
        from ..brief import build_brief

        with _store(app) as store:
            return build_brief(store, a, b, start=start, end=end, freq=freq).to_dict()


def _floor(value: float | None) -> float:
    """The confidence floor asked for, else the coder's default one."""
    from ..brief.model import coder_floor

    return coder_floor() if value is None else float(value)


def _resolver(app: FastAPI) -> Any:
    """An actor resolver to say why an event's actors resolved as they did."""
    if getattr(app.state, "resolver", None) is None:
        from ..actors import ActorResolver

        app.state.resolver = ActorResolver()
    return app.state.resolver


def _code_routes(app: FastAPI) -> None:
    @app.post("/api/code", tags=["code"])
    def code_article(article: ArticleIn) -> dict[str, Any]:
        """Code a pasted article: its events and the text cut into highlightable segments."""
        if len(article.text.encode("utf-8")) > MAX_ARTICLE_BYTES:
            raise HTTPException(413, f"article is larger than {MAX_ARTICLE_BYTES} bytes")
        problem = limits.check_article(article.text)
        if problem:
            raise HTTPException(413 if article.text.strip() else 422, problem)
        doc = Document(text=article.text, title=article.title, url=article.url,
                       pub_date=article.date)
        return _coded(app, doc)

    @app.post("/api/code/upload", tags=["code"])
    async def code_upload(file: Annotated[UploadFile, File(description="a .txt or .html file")],
                          date_: Annotated[Date | None, Form(alias="date")] = None
                          ) -> dict[str, Any]:
        """Code an uploaded article (plain text or HTML; the HTML is reduced to its text)."""
        from ..sources.documents import documents_from_bytes

        data = await file.read(MAX_ARTICLE_BYTES + 1)
        if len(data) > MAX_ARTICLE_BYTES:
            raise HTTPException(413, f"{file.filename}: larger than {MAX_ARTICLE_BYTES} bytes")
        name = file.filename or "upload"
        fmt = "html" if name.lower().endswith((".html", ".htm")) else "auto"
        docs = documents_from_bytes(data, name, fmt, date_)
        if len(docs) != 1:
            raise HTTPException(422, f"{name}: upload one article (text or HTML), "
                                     f"not {len(docs)} documents")
        problem = limits.check_article(docs[0].text)
        if problem:
            raise HTTPException(413, f"{name}: {problem}")
        return _coded(app, docs[0])


def _coder(app: FastAPI) -> Any:
    """The app's coder, built by the first request that needs it (once, however many
    requests arrive together)."""
    def build() -> Any:
        from ..coder import Coder

        return Coder()

    return limits.build_once(app.state, "coder", build)


def _coded(app: FastAPI, doc: Document) -> dict[str, Any]:
    from .explore import event_json

    coder = _coder(app)
    events = coder.code_document(doc, date=doc.pub_date)
    return {"doc_id": doc.doc_id, "title": doc.title, "text": doc.text,
            "events": [{**event_json(e), "explain": coder.explain(e)} for e in events],
            "segments": [s.to_dict(doc.text) for s in segments(doc.text, events)]}
