"""Context layers beside the events: trade, tariffs, sanctions and UN General Assembly votes.

Readers for each source's own format load into store tables (one transaction per file,
each row with its source, retrieval time and licence); connectors fetch them over http(s)
into a local cache; `dyad_context` and `context_sections` give analysis and the brief the
pair's context year by year, and say plainly which layers are missing.
"""

from __future__ import annotations

from ..sources.report import IngestReport
from ._common import SourceInfo, sources
from .connectors import FetchOptions, fetch_sanctions, fetch_tariffs, fetch_trade, fetch_unga
from .dyad import CONTEXT_COLUMNS, dyad_context
from .fetch import fetch_to_cache
from .load import KINDS, detect_kind, load_file, load_paths
from .sanctions import load_opensanctions
from .sections import context_sections
from .tariffs import load_wits
from .trade import load_baci, load_baci_archive, load_comtrade
from .unga import load_unga

__all__ = [
    "CONTEXT_COLUMNS", "KINDS", "FetchOptions", "IngestReport", "SourceInfo", "context_sections",
    "detect_kind", "dyad_context", "fetch_sanctions", "fetch_tariffs", "fetch_to_cache",
    "fetch_trade", "fetch_unga", "load_baci", "load_baci_archive", "load_comtrade",
    "load_file", "load_paths",
    "load_opensanctions", "load_unga", "load_wits", "sources",
]
