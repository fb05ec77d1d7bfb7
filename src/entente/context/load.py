"""`load_file`: one entry point that recognises a context file's format and loads it."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from ..errors import InputError
from ..store import Store
from ._common import IngestReport, head
from .sanctions import load_opensanctions
from .tariffs import load_wits
from .trade import load_baci, load_baci_archive, load_comtrade
from .unga import load_unga

KINDS = ("comtrade", "baci", "wits", "opensanctions", "unga")


def detect_kind(path: Path) -> str:
    """Which source a file comes from, judged by its first characters."""
    start = head(path)
    first_line = start.split("\n", 1)[0].replace('"', "").strip().lower()
    stripped = start.lstrip()
    if stripped.startswith("<"):
        return "wits"
    if stripped.startswith("{"):
        if '"dataSets"' in start or '"structure"' in start:
            return "wits"
        if '"schema"' in start.split("\n", 1)[0] or '"properties"' in start.split("\n", 1)[0]:
            return "opensanctions"
        return "comtrade"
    if first_line.replace(" ", "") == "t,i,j,k,v,q":
        return "baci"
    if "rcid" in first_line or "idealpoint" in first_line:
        return "unga"
    if first_line.startswith("id,schema,"):
        return "opensanctions"
    if "reporter" in first_line and ("partner" in first_line):
        return "comtrade"
    raise InputError(f"{path}: cannot tell which context source this file comes from; "
                     f"pass --kind ({', '.join(KINDS)})")


def load_file(store: Store, path: str | Path, kind: str | None = None, *,
              codes: str | Path | None = None, countries: list[str] | None = None,
              retrieved_at: datetime | None = None, licence: str | None = None) -> IngestReport:
    """Load a context file a user already has (or a fetched one) into the store.

    `kind` is one of KINDS, detected when omitted; `codes` and `countries` apply to BACI.
    One transaction per file: a failure leaves the store as it was.
    """
    path = Path(path)
    if not path.is_file():
        raise InputError(f"{path}: no such file")
    kind = (kind or detect_kind(path)).lower()
    options = {"retrieved_at": retrieved_at, "licence": licence}
    if kind == "baci":
        return load_baci(store, path, codes=codes, countries=countries, **options)
    loaders = {"comtrade": load_comtrade, "wits": load_wits,
               "opensanctions": load_opensanctions, "unga": load_unga}
    if kind not in loaders:
        raise InputError(f"unknown context kind {kind!r} (use one of {', '.join(KINDS)})")
    return loaders[kind](store, path, **options)


def load_paths(store: Store, paths: list[str | Path], kind: str | None = None, *,
               codes: str | Path | None = None, countries: list[str] | None = None,
               licence: str | None = None) -> IngestReport:
    """Load several files in turn, BACI zip archives year by year (one transaction each).

    Files before a failing one stay loaded; the failing one changes nothing.
    """
    report = IngestReport()
    for path in map(Path, paths):
        if path.suffix == ".zip" and (kind in (None, "baci")) and _is_baci_zip(path):
            report.merge(load_baci_archive(store, path, countries=countries, licence=licence))
        else:
            report.merge(load_file(store, path, kind, codes=codes, countries=countries,
                                     licence=licence))
    return report


def _is_baci_zip(path: Path) -> bool:
    import zipfile

    try:
        with zipfile.ZipFile(path) as zf:
            return any(Path(n).name.startswith("BACI_") for n in zf.namelist())
    except (OSError, zipfile.BadZipFile):
        return False
