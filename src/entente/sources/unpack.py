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
import struct
import uuid
import zipfile
import zlib
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
from pathlib import Path
from typing import IO, Any

from .. import runtime
from ..errors import InputError

try:  # ISA-L's inflate, twice zlib's speed (see `_Deflated`)
    from isal import isal_zlib as _isal_zlib
except ImportError:  # pragma: no cover - a dependency; zipfile does the same, slower
    _isal_zlib = None

__all__ = ["PlainInput", "plain_input", "unpack_root", "max_unpacked_bytes", "MAX_UNPACK_RATIO",
           "PlainPart", "split_parts", "PART_BYTES"]

#: A member larger than `BOMB_FLOOR` may unpack to at most this many times the archive's
#: size (GDELT and ICEWS exports unpack to 4-10 times; zip bombs to a thousand and more).
MAX_UNPACK_RATIO = 100
BOMB_FLOOR = 64 << 20

_BLOCK = 1 << 20

#: A text larger than this is loaded in parts of about this size, each read, checked and
#: inserted by its own statements (in one transaction): the memory of a load then stays
#: that of a part however large the file (GDELT 1.0 back files hold millions of rows;
#: bench/bench_gdelt.py (e), 4x the 300,000-row export). 96 MB: a 300,000-row GDELT 2.0
#: export (91 MB) is one part.
PART_BYTES = 96 << 20
_BAD_ARCHIVE: tuple[type[Exception], ...] = (
    zipfile.BadZipFile, gzip.BadGzipFile, EOFError, zipfile.LargeZipFile, zlib.error,
    *((_isal_zlib.error,) if _isal_zlib is not None else ()))


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
    size: int = 0


@dataclass(frozen=True, slots=True)
class PlainPart:
    """One part of a large text: what DuckDB reads, and `skew`, the number to add to a
    line number of the part to get the line number in the whole text."""

    plain: PlainInput
    skew: int


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
            lines, size = _count_lines(handle, first, None)
    except _BAD_ARCHIVE as exc:
        raise InputError(f"{name}: truncated or corrupt archive ({exc})") from None
    yield PlainInput(path, lines, _first_line(first, name), size)


def _first_line(raw: bytes, name: str) -> str:
    if not raw.strip():
        raise InputError(f"{name}: empty file")
    return raw.decode("utf-8", errors="replace").rstrip("\r\n")


def _count_lines(src: IO[bytes], first: bytes, dst: IO[bytes] | None,
                 limit: int | None = None) -> tuple[int, int]:
    """Lines and bytes of `first` + the rest of `src` (a last line without a newline
    counts), copied to `dst` when given, stopping with an error past `limit` bytes."""
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
    return lines + (1 if last and last != b"\n" else 0), size


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
            with _open_member(archive, member, path) as src, open(handle, "wb") as dst:
                first = src.readline(_BLOCK)
                try:
                    lines, size = _count_lines(src, first, dst, limit)
                except _TooLarge:
                    raise InputError(f"{name}: the zip member holds more than the "
                                     f"{member.file_size:,} bytes it declares; not read") from None
        yield PlainInput(target, lines, _first_line(first, name), size)
    except _BAD_ARCHIVE as exc:
        raise InputError(f"{name}: truncated or corrupt archive ({exc})") from None
    finally:
        target.unlink(missing_ok=True)


@contextmanager
def split_parts(plain: PlainInput, header: bool, part_bytes: int = 0
                ) -> Iterator[list[PlainPart]]:
    """The text of `plain` cut at line ends into private files of about `part_bytes`
    (default `PART_BYTES`), each starting with the header line when `header`; removed
    when the block ends. A line longer than a part stays whole."""
    limit = part_bytes or PART_BYTES
    opener: Any = gzip.open if plain.path.suffix.lower() == ".gz" else open
    parts: list[PlainPart] = []
    try:
        with opener(plain.path, "rb") as src:
            head = src.readline() if header else b""
            line = 2 if header else 1  # the number in the whole text of the next line
            buffer = src.read(_BLOCK)
            while buffer or not parts:
                target = _run_folder() / f"{uuid.uuid4().hex[:12]}.part.tsv"
                with open(os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600),
                          "wb") as out:
                    parts.append(PlainPart(PlainInput(target, 0, plain.first_line),
                                           line - (2 if header else 1)))
                    buffer, count, size = _fill_part(src, out, head, buffer, limit)
                parts[-1] = replace(parts[-1], plain=PlainInput(
                    target, count + (1 if header else 0), plain.first_line, size))
                line += count
        yield parts
    except _BAD_ARCHIVE as exc:
        raise InputError(f"{plain.path}: truncated or corrupt archive ({exc})") from None
    finally:
        for part in parts:
            part.plain.path.unlink(missing_ok=True)


def _fill_part(src: IO[bytes], out: IO[bytes], head: bytes, buffer: bytes, limit: int
               ) -> tuple[bytes, int, int]:
    """Write `head`, then lines from `buffer` and `src`, to `out` until it holds `limit`
    bytes and ends a line; returns what is left of the buffer, the lines written after
    the head (a last line without a newline counts) and the bytes written."""
    out.write(head)
    size, lines, last = len(head), 0, b"\n"
    while buffer:
        cut = len(buffer) if size + len(buffer) < limit else \
            buffer.find(b"\n", max(limit - size - 1, 0)) + 1 or len(buffer)
        out.write(buffer[:cut])
        size += cut
        lines += buffer.count(b"\n", 0, cut)
        last = buffer[cut - 1:cut]
        buffer = buffer[cut:] or src.read(_BLOCK)
        if size >= limit and last == b"\n":
            break
    return buffer, lines + (0 if last == b"\n" else 1), size


#: The local header of a zip member: signature, versions, flags, method, times, CRC,
#: sizes, and the lengths of the name and extra field that come before the data.
_LOCAL_HEADER = struct.Struct("<4s5H3L2H")


class _Deflated:
    """A deflated zip member inflated by ISA-L (`isal`), about twice as fast as `zipfile`
    with zlib (0.15 against 0.33 s of cpu for the 91 MB member of a 300,000-row GDELT
    export, the CRC check included; bench/bench_gdelt.py). The same checks as `zipfile`:
    the data must end where the archive says and match its CRC-32."""

    def __init__(self, handle: IO[bytes], member: zipfile.ZipInfo) -> None:
        handle.seek(member.header_offset)
        raw = handle.read(_LOCAL_HEADER.size)
        header = _LOCAL_HEADER.unpack(raw) if len(raw) == _LOCAL_HEADER.size else (b"",)
        if header[0] != b"PK\x03\x04":
            raise zipfile.BadZipFile(f"bad local header of {member.filename}")
        handle.seek(header[-2] + header[-1], os.SEEK_CUR)
        self._handle, self._left, self._crc = handle, member.compress_size, 0
        self._expected = member.CRC
        self._inflate = _isal_zlib.decompressobj(-15)
        self._buffer = b""

    def _more(self) -> bytes:
        """The next block of text (at most `_BLOCK` bytes, however well the data packs),
        b"" at the end, checked."""
        while not self._inflate.eof:
            raw = self._inflate.unconsumed_tail
            if not raw and self._left > 0:
                raw = self._handle.read(min(self._left, _BLOCK))
                self._left -= len(raw)
            if not raw:
                raise EOFError("the compressed data ends early")
            block = self._inflate.decompress(raw, _BLOCK)
            if block:
                self._crc = _isal_zlib.crc32(block, self._crc)
                return block
        if self._crc != self._expected:
            raise zipfile.BadZipFile("Bad CRC-32")
        return b""

    def read(self, size: int) -> bytes:
        block = self._buffer or self._more()
        self._buffer = block[size:]
        return block[:size]

    def readline(self, limit: int) -> bytes:
        line = b""
        while len(line) < limit and not line.endswith(b"\n"):
            block = self.read(limit - len(line))
            if not block:
                break
            end = block.find(b"\n") + 1 or len(block)
            line, self._buffer = line + block[:end], block[end:] + self._buffer
        return line


@contextmanager
def _open_member(archive: zipfile.ZipFile, member: zipfile.ZipInfo, path: Path
                 ) -> Iterator[Any]:
    """The member's bytes: a plain deflated member through ISA-L when it is installed,
    any other (stored, bzip2, lzma, encrypted) through `zipfile`."""
    if _isal_zlib is None or member.compress_type != zipfile.ZIP_DEFLATED or \
            member.flag_bits & 0x1:
        with archive.open(member) as src:
            yield src
        return
    with open(path, "rb") as handle:
        yield _Deflated(handle, member)


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
