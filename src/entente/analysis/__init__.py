"""Dyad analytics: how relations between two countries evolve, in numbers.

Every function reads `store.events_table` with DuckDB SQL and returns a pandas DataFrame
(or a small dataclass of them), so users can carry on in their own notebooks. Events
marked `duplicate_of` are left out (counted once through their original) and events whose
countries are unresolved never count in a country dyad.
"""

from ._filters import resolve_pair, to_date
from .change import Trend, change_points, reciprocity, trend
from .context_layers import CONTEXT_LAYER_COLUMNS, with_context
from .dyad_profile import (
    CONTEXTS,
    Alignment,
    alignment,
    context_breakdown,
    major_power_balance,
    top_actors,
    top_events,
)
from .empty import why_empty
from .events import (
    SORT_KEYS,
    EventPage,
    Provenance,
    busiest_dyads,
    countries_in_store,
    dyad_events,
    dyad_provenance,
    event_by_id,
    period_bounds,
)
from .series import QUAD_COLUMNS, SERIES_COLUMNS, compare_dyads, dyad_series

__all__ = [
    "dyad_series", "compare_dyads", "SERIES_COLUMNS", "QUAD_COLUMNS", "why_empty",
    "trend", "Trend", "change_points", "reciprocity",
    "top_events", "top_actors", "context_breakdown", "CONTEXTS",
    "alignment", "Alignment", "major_power_balance",
    "with_context", "CONTEXT_LAYER_COLUMNS",
    "resolve_pair", "to_date",
    "dyad_events", "EventPage", "event_by_id", "dyad_provenance", "Provenance",
    "countries_in_store", "busiest_dyads", "period_bounds", "SORT_KEYS",
]
