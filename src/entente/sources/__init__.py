"""Reading and fetching: articles (text, HTML, URLs, feeds, JSONL) and the public event
datasets (GDELT 1/2, ICEWS, POLECAT), normalised to `Document` and `Event` and stored.

Public names are loaded on first use, so `entente ingest gdelt` does not pay for the HTML
extractor and `entente code` does not pay for the dataset loaders.
"""

from __future__ import annotations

from importlib import import_module
from typing import Any

_PUBLIC = {
    "INPUT_FORMATS": "documents", "read_documents": "documents", "read_input": "documents",
    "documents_from_bytes": "documents", "is_url": "documents",
    "Fetcher": "fetch", "FetchedPage": "fetch", "fetch_url": "fetch",
    "ExtractedPage": "html", "extract_html": "html",
    "FeedItem": "feed", "read_feed": "feed", "parse_feed": "feed", "ingest_feeds": "feed",
    "ingest_documents": "ingest", "ingest_inputs": "ingest", "recode": "ingest",
    "RecodeReport": "ingest",
    "GdeltFilters": "gdelt", "ingest_gdelt_files": "gdelt",
    "ingest_gdelt_range": "gdelt_download", "download_range": "gdelt_download",
    "ingest_gdelt": "gdelt_download", "LoadProgress": "report",
    "ingest_icews": "eventtables", "ingest_polecat": "eventtables",
    "IngestReport": "report", "RowProblem": "report", "InputResult": "report",
    "NearDuplicateIndex": "neardup",
}

__all__ = sorted(_PUBLIC)


def __getattr__(name: str) -> Any:
    module = _PUBLIC.get(name)
    if module is None:
        raise AttributeError(f"module 'entente.sources' has no attribute {name!r}")
    return getattr(import_module(f".{module}", __name__), name)
