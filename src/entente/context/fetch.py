"""Downloading context files into a local cache, within entente's limits.

Only http(s); a timeout on every request; a size cap checked while streaming; the file
appears in the cache only once complete (written to a temporary name, then renamed), so an
interrupted download never leaves a half file that a later load would read.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Mapping
from pathlib import Path
from urllib.parse import urlencode, urlsplit

import httpx

from ..errors import FetchError

DEFAULT_TIMEOUT = 60.0
DEFAULT_MAX_BYTES = 512 * 1024 * 1024


def default_cache_dir() -> Path:
    """`ENTENTE_CACHE`/context if set, else ~/.cache/entente/context."""
    root = os.environ.get("ENTENTE_CACHE")
    base = Path(root) if root else Path.home() / ".cache" / "entente"
    return base / "context"


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
                   headers: Mapping[str, str] | None = None, suffix: str = "") -> Path:
    """Download `url` (with `params`) into the cache and return the cached file.

    A file already in the cache is reused unless `refresh`. Raises FetchError naming the
    URL when the scheme is not http(s), the server is unreachable (offline), answers with
    an error status, takes longer than `timeout` or sends more than `max_bytes`.
    """
    target_url = full_url(url, params)
    if urlsplit(target_url).scheme not in ("http", "https"):
        raise FetchError(f"{url}: only http and https URLs can be fetched")
    target = cache_path(target_url, cache_dir, suffix)
    if target.exists() and not refresh:
        return target
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(target.name + ".part")
    try:
        _stream(target_url, partial, timeout, max_bytes, dict(headers or {}))
        partial.replace(target)
    finally:
        partial.unlink(missing_ok=True)
    return target


def _stream(url: str, out: Path, timeout: float, max_bytes: int,
            headers: dict[str, str]) -> None:
    host = urlsplit(url).netloc
    headers.setdefault("User-Agent", "entente-context/0.1")
    try:
        with httpx.stream("GET", url, timeout=timeout, headers=headers,
                          follow_redirects=True) as response:
            if response.status_code >= 400:
                raise FetchError(f"{url}: server answered HTTP {response.status_code}")
            declared = response.headers.get("content-length")
            if declared and declared.isdigit() and int(declared) > max_bytes:
                raise FetchError(f"{url}: {declared} bytes is over the {max_bytes}-byte cap")
            size = 0
            with out.open("wb") as fh:
                for chunk in response.iter_bytes():
                    size += len(chunk)
                    if size > max_bytes:
                        raise FetchError(f"{url}: more than {max_bytes} bytes (size cap)")
                    fh.write(chunk)
    except httpx.TimeoutException:
        raise FetchError(f"{url}: no answer from {host} within {timeout:g}s") from None
    except httpx.ConnectError as exc:
        raise FetchError(f"{url}: cannot reach {host} (offline or wrong address?): {exc}"
                         ) from None
    except httpx.HTTPError as exc:
        raise FetchError(f"{url}: download failed: {exc}") from None
