"""File digests and download cache folders: what loading local files needs from the
fetching side, without importing the HTTP stack (httpx costs a local load a fixed
0.2-0.4 s of imports)."""

from __future__ import annotations

import hashlib
from pathlib import Path

from ..runtime import cache_dir

__all__ = ["DEFAULT_MIRROR", "file_digest", "download_cache_dir"]

#: The GDELT 2.0 file server (here so that declaring `entente ingest gdelt` imports no loader).
DEFAULT_MIRROR = "http://data.gdeltproject.org/gdeltv2/"


def file_digest(path: Path, algorithm: str = "sha256") -> str:
    """The hex digest of a file (read in 1 MiB blocks), to check a download or key a load."""
    digest = hashlib.new(algorithm, usedforsecurity=False)
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def download_cache_dir(name: str) -> Path:
    """The download cache folder `name`: under `ENTENTE_CACHE` if set, else ~/.cache/entente."""
    return cache_dir(name)
