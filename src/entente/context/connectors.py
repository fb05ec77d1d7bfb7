"""Fetching context layers from their public services into the cache, then the store.

Every connector downloads all of its files first and only then loads them, one
transaction per file: when the network fails nothing is written. Base addresses come from
the argument, else `ENTENTE_<SOURCE>_URL` (e.g. ENTENTE_COMTRADE_URL), else
data/context/sources.tsv, so tests and mirrors can point them at another server.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from ..errors import InputError
from ..store import Store
from ._common import IngestReport, file_time, m49_of, merged, require_country, source_info
from .fetch import DEFAULT_MAX_BYTES, DEFAULT_TIMEOUT, fetch_to_cache, full_url
from .sanctions import load_opensanctions
from .tariffs import INDICATORS, load_wits
from .trade import load_comtrade
from .unga import load_unga

COMTRADE_PRODUCTS = {"total": "TOTAL", "chapters": "AG2", "both": "TOTAL,AG2"}


@dataclass(frozen=True, slots=True)
class FetchOptions:
    """Where and how to download: cache folder, refresh, timeout (s), size cap (bytes),
    and whether private addresses may be fetched."""

    cache_dir: Path | None = None
    refresh: bool = False
    timeout: float = DEFAULT_TIMEOUT
    max_bytes: int = DEFAULT_MAX_BYTES
    allow_private: bool = False


def base_url(source: str, override: str | None = None) -> str:
    """The address to fetch a source from: argument, environment, then the registry."""
    env = os.environ.get(f"ENTENTE_{source.upper()}_URL")
    return (override or env or source_info(source).url).rstrip("/")


def _years(years: Sequence[int]) -> list[int]:
    if not years:
        raise InputError("give at least one year")
    return sorted(set(int(y) for y in years))


def _download(url: str, options: FetchOptions, params: dict[str, object] | None = None,
              headers: dict[str, str] | None = None) -> tuple[str, Path]:
    path = fetch_to_cache(url, params=params, cache_dir=options.cache_dir,
                          refresh=options.refresh, timeout=options.timeout,
                          max_bytes=options.max_bytes, headers=headers,
                          allow_private=options.allow_private)
    return full_url(url, params), path


def fetch_trade(store: Store, a: str, b: str, years: Sequence[int], *,
                products: str = "both", url: str | None = None, key: str | None = None,
                options: FetchOptions | None = None) -> IngestReport:
    """Both views of A-B trade from the Comtrade API: A reporting on B, and B on A.

    `products`: total, chapters (HS 2-digit) or both. `key` is the user's Comtrade
    subscription key (else ENTENTE_COMTRADE_KEY), needed beyond the public preview.
    """
    options = options or FetchOptions()
    a, b = require_country(a), require_country(b)
    if products not in COMTRADE_PRODUCTS:
        raise InputError(f"--products must be one of {', '.join(COMTRADE_PRODUCTS)}")
    key = key or os.environ.get("ENTENTE_COMTRADE_KEY")
    headers = {"Ocp-Apim-Subscription-Key": key} if key else None
    period = ",".join(str(y) for y in _years(years))
    downloads = [
        _download(base_url("comtrade", url), options, {
            "reporterCode": m49_of(reporter), "partnerCode": m49_of(partner),
            "period": period, "cmdCode": COMTRADE_PRODUCTS[products], "flowCode": "M,X",
            "includeDesc": "true"}, headers)
        for reporter, partner in ((a, b), (b, a))]
    return merged(load_comtrade(store, path, origin=origin, retrieved_at=file_time(path))
                  for origin, path in downloads)


def fetch_tariffs(store: Store, a: str, b: str, years: Sequence[int], *,
                  url: str | None = None, options: FetchOptions | None = None
                  ) -> IngestReport:
    """Applied and MFN tariff averages each way from WITS (tradestats-tariff, SDMX-JSON)."""
    options = options or FetchOptions()
    a, b = require_country(a), require_country(b)
    period = ";".join(str(y) for y in _years(years))
    indicators = ";".join(INDICATORS)
    downloads = [
        _download(f"{base_url('wits', url)}/reporter/{reporter.lower()}/year/{period}/partner/"
                  f"{partner.lower()};wld/product/Total/indicator/{indicators}", options,
                  {"format": "JSON"})
        for reporter, partner in ((a, b), (b, a))]
    return merged(load_wits(store, path, origin=origin, retrieved_at=file_time(path))
                  for origin, path in downloads)


def fetch_sanctions(store: Store, *, url: str | None = None, export: str = "entities.ftm.json",
                    options: FetchOptions | None = None) -> IngestReport:
    """OpenSanctions' sanctions collection (FtM JSON lines or targets.simple.csv)."""
    options = options or FetchOptions()
    origin, path = _download(f"{base_url('opensanctions', url)}/{export}", options)
    return load_opensanctions(store, path, origin=origin, retrieved_at=file_time(path))


def fetch_unga(store: Store, urls: Sequence[str], *, options: FetchOptions | None = None
               ) -> IngestReport:
    """Voeten et al. votes and/or ideal points files from the addresses given."""
    options = options or FetchOptions()
    if not urls:
        raise InputError("give the address of a UNGA votes or ideal points file")
    downloads = [_download(u, options) for u in urls]
    return merged(load_unga(store, path, origin=origin, retrieved_at=file_time(path))
                  for origin, path in downloads)
