"""entente: news to structured political events, and how relations between countries evolve.

The public API is small: `code` turns text into `Event` records; `Store` keeps them;
`entente.analysis` measures dyads; `entente.brief` writes reports.
"""

from __future__ import annotations

from ._version import __version__  # noqa: E402
from .errors import EntenteError, InputError, StoreError  # noqa: E402
from .record import Actor, Document, Event  # noqa: E402

__all__ = ["__version__", "Actor", "Document", "Event", "Store", "open_store",
           "EntenteError", "InputError", "StoreError", "code"]


def __getattr__(name: str):  # type: ignore[no-untyped-def]
    """`Store` and `open_store`, imported on first use: DuckDB loads only for a store, so
    `entente code` and `import entente` do without it."""
    if name in ("Store", "open_store"):
        from . import store

        return getattr(store, name)
    raise AttributeError(f"module 'entente' has no attribute {name!r}")


def code(text: str, date=None, doc_id: str | None = None, url: str | None = None,  # type: ignore[no-untyped-def]
         one_sided: bool = False):
    """Code a text into events: `entente.code("Serbia and Iran signed a deal.")`.

    Imported lazily (spaCy loads on first use) so that `import entente` stays fast; see
    `entente.coder.code`.
    """
    from .coder import code as _code

    return _code(text, date=date, doc_id=doc_id, url=url, one_sided=one_sided)
