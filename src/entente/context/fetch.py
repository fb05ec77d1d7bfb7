"""Downloading context files into a local cache, within entente's limits.

The limits are those of `entente.sources.fetch.Fetcher`: only http(s), a timeout on every
request, a size cap checked while streaming, checked redirects; the file appears in the
cache only once complete, so an interrupted download never leaves a half file that a later
load would read.
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping
from pathlib import Path
from urllib.parse import urlencode, urlsplit

from ..sources.fetch import Fetcher, check_url, download_cache_dir

DEFAULT_TIMEOUT = 60.0
DEFAULT_MAX_BYTES = 512 * 1024 * 1024


def default_cache_dir() -> Path:
    """`ENTENTE_CACHE`/context if set, else ~/.cache/entente/context."""
    return download_cache_dir("context")


def full_url(url: str, params: Mapping[str, object] | None = None) -> str:
    """The URL with its query parameters in a stable order."""
    if not params:
        return url
    query = urlencode(sorted((k, str(v)) for k, v in params.items() if v is not None))
    return f"{url}{'&' if '?' in url else '?'}{query}"


def cache_path(url: str, cache_dir: Path | None = None, suffix: str = "") -> Path:
    """Where a URL is cached: a hash of the URL plus the last path part for readability."""
    name = Path(urlsplit(url).path).name or "index"
    digest = hashlib.sha256(url.encode("utf-8")).hexdigest()[:16]
    return (cache_dir or default_cache_dir()) / f"{digest}-{name[:60]}{suffix}"


def fetch_to_cache(url: str, *, params: Mapping[str, object] | None = None,
                   cache_dir: Path | None = None, refresh: bool = False,
                   timeout: float = DEFAULT_TIMEOUT, max_bytes: int = DEFAULT_MAX_BYTES,
                   headers: Mapping[str, str] | None = None, suffix: str = "",
                   allow_private: bool = False) -> Path:
    """Download `url` (with `params`) into the cache and return the cached file.

    A file already in the cache is reused unless `refresh`. Raises FetchError naming the
    URL when the scheme is not http(s), the server is unreachable (offline), answers with
    an error status, takes longer than `timeout` or sends more than `max_bytes`, or when
    it is on a private address and not `allow_private`.
    """
    target_url = check_url(full_url(url, params))
    target = cache_path(target_url, cache_dir, suffix)
    if target.exists() and not refresh:
        return target
    with Fetcher(timeout=timeout, max_bytes=max_bytes, min_interval=0.0, headers=headers,
                 deadline=max(timeout, 1800.0), allow_private=allow_private) as fetcher:
        return fetcher.download(target_url, target)
