"""Event files as DuckDB reads them: plain text, gzip (read by DuckDB itself) or a zip's
single member unpacked to a private temporary file, with its size checked first.

A zip declares the size of its member: a member larger than `MAX_UNPACK_RATIO` times the
archive, than `max_unpacked_bytes()` or than the free disk space is refused before one
byte is written (a 2 MB zip bomb never writes gigabytes), and unpacking stops at the
declared size if the archive lies. A process unpacks into its own scratch folder under
entente's cache (`entente.runtime.scratch_dir("unpack")`, `<pid>-...`), each member a
file only its owner can read, removed when read; the folder goes at exit, and folders
left by a run that was killed are removed by the next run. The lines of the text are
counted on the way, so the loader can tell that every line came out of DuckDB as a row or
a rejected row.
"""

from __future__ import annotations

import gzip
import os
import shutil
import uuid
import zipfile
import zlib
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

from .. import runtime
from ..errors import InputError

__all__ = ["PlainInput", "plain_input", "unpack_root", "max_unpacked_bytes", "MAX_UNPACK_RATIO"]

#: A member larger than `BOMB_FLOOR` may unpack to at most this many times the archive's
#: size (GDELT and ICEWS exports unpack to 4-10 times; zip bombs to a thousand and more).
MAX_UNPACK_RATIO = 100
BOMB_FLOOR = 64 << 20

_BLOCK = 1 << 20
_BAD_ARCHIVE = (zipfile.BadZipFile, gzip.BadGzipFile, EOFError, zipfile.LargeZipFile,
                zlib.error)


def max_unpacked_bytes() -> int:
    """The largest member unpacked: `ENTENTE_MAX_UNPACKED_BYTES`, default 16 GiB."""
    value = os.environ.get("ENTENTE_MAX_UNPACKED_BYTES", "")
    return int(value) if value.isdigit() else 16 << 30


@dataclass(frozen=True, slots=True)
class PlainInput:
    """What DuckDB reads (`path`, maybe gzip), its line count and its first line."""

    path: Path
    lines: int
    first_line: str


def unpack_root() -> Path:
    """The folder holding each process's unpack folder."""
    return runtime.cache_dir("unpack")


def _run_folder() -> Path:
    """This process's unpack folder (the folders of killed runs are removed first)."""
    return runtime.scratch_dir("unpack")


@contextmanager
def plain_input(path: Path) -> Iterator[PlainInput]:
    """The text of `path` for DuckDB, unpacked if it is a zip; temporary files are gone
    when the block ends. Raises InputError naming the file for a corrupt archive, a
    member too large to unpack, or an empty file."""
    name = str(path)
    if zipfile.is_zipfile(path) or path.suffix.lower() == ".zip":
        with _unpacked_zip(path) as plain:
            yield plain
        return
    opener: Any = gzip.open if path.suffix.lower() == ".gz" else open
    try:
        with opener(path, "rb") as handle:
            first = handle.readline(_BLOCK)
            lines = _count_lines(handle, first, None)
    except _BAD_ARCHIVE as exc:
        raise InputError(f"{name}: truncated or corrupt archive ({exc})") from None
    yield PlainInput(path, lines, _first_line(first, name))


def _first_line(raw: bytes, name: str) -> str:
    if not raw.strip():
        raise InputError(f"{name}: empty file")
    return raw.decode("utf-8", errors="replace").rstrip("\r\n")


def _count_lines(src: IO[bytes], first: bytes, dst: IO[bytes] | None,
                 limit: int | None = None) -> int:
    """Lines of `first` + the rest of `src` (a last line without a newline counts), copied
    to `dst` when given, stopping with an error past `limit` bytes."""
    lines, size, last = first.count(b"\n"), len(first), first[-1:]
    if dst is not None:
        dst.write(first)
    while block := src.read(_BLOCK):
        lines += block.count(b"\n")
        size += len(block)
        last = block[-1:]
        if limit is not None and size > limit:
            raise _TooLarge(size)
        if dst is not None:
            dst.write(block)
    return lines + (1 if last and last != b"\n" else 0)


class _TooLarge(Exception):
    def __init__(self, size: int) -> None:
        self.size = size


@contextmanager
def _unpacked_zip(path: Path) -> Iterator[PlainInput]:
    name = str(path)
    # a private file straight in the run folder: no folder to make and remove per member
    # (that cost milliseconds a file on a loaded disk)
    target = _run_folder() / f"{uuid.uuid4().hex[:12]}.tsv"
    try:
        with zipfile.ZipFile(path) as archive:
            member = _single_member(archive, name)
            limit = _check_size(member, path, target.parent)
            handle = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
            with archive.open(member) as src, open(handle, "wb") as dst:
                first = src.readline(_BLOCK)
                try:
                    lines = _count_lines(src, first, dst, limit)
                except _TooLarge:
                    raise InputError(f"{name}: the zip member holds more than the "
                                     f"{member.file_size:,} bytes it declares; not read") from None
        yield PlainInput(target, lines, _first_line(first, name))
    except _BAD_ARCHIVE as exc:
        raise InputError(f"{name}: truncated or corrupt archive ({exc})") from None
    finally:
        target.unlink(missing_ok=True)


def _single_member(archive: zipfile.ZipFile, name: str) -> zipfile.ZipInfo:
    members = [m for m in archive.infolist() if not m.is_dir()]
    if len(members) != 1:
        raise InputError(f"{name}: expected one file inside the zip, found {len(members)}")
    return members[0]


def _check_size(member: zipfile.ZipInfo, path: Path, root: Path) -> int:
    """The member's declared size, refused (InputError) when it is out of bounds."""
    size, packed = member.file_size, max(path.stat().st_size, 1)
    free = shutil.disk_usage(root).free
    reason = None
    if size > max(MAX_UNPACK_RATIO * packed, BOMB_FLOOR):
        reason = (f"it would unpack to {size:,} bytes, {size // packed:,} times its size "
                  f"(at most {MAX_UNPACK_RATIO}: a zip bomb?)")
    elif size > max_unpacked_bytes():
        reason = (f"it would unpack to {size:,} bytes, more than ENTENTE_MAX_UNPACKED_BYTES "
                  f"({max_unpacked_bytes():,})")
    elif size > free:
        reason = f"it would unpack to {size:,} bytes and {root} has {free:,} free"
    if reason:
        raise InputError(f"{path}: not unpacked: {reason}")
    return size
