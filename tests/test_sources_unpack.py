"""Zip members are inflated by ISA-L when they are plainly deflated, by `zipfile` otherwise:
the same text, line count and first line either way, and a damaged or lying archive is an
error naming the file, never a partial text."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from entente.errors import InputError
from entente.sources import unpack

#: Text that packs well and has lines longer than the reader's block, and a last line
#: without its newline.
_TEXT = b"".join(b"%d\tAlbania\tSRBGOV\t" % n + b"x" * (n % 7) * 300_000 + b"\n"
                 for n in range(40)) + b"last line without a newline"


def _zip(path: Path, data: bytes, method: int = zipfile.ZIP_DEFLATED) -> Path:
    with zipfile.ZipFile(path, "w", method) as archive:
        archive.writestr("member.CSV", data)
    return path


def _read(path: Path) -> tuple[bytes, int, str]:
    with unpack.plain_input(path) as plain:
        return plain.path.read_bytes(), plain.lines, plain.first_line


@pytest.mark.parametrize("method", [zipfile.ZIP_DEFLATED, zipfile.ZIP_STORED,
                                    zipfile.ZIP_BZIP2])
def test_every_kind_of_member_unpacks_to_the_same_text(tmp_path: Path, method: int) -> None:
    text, lines, first = _read(_zip(tmp_path / "a.zip", _TEXT, method))
    assert text == _TEXT
    assert lines == 41
    assert first == "0\tAlbania\tSRBGOV\t"


def test_the_fast_inflate_and_zipfile_agree(tmp_path: Path, monkeypatch) -> None:
    path = _zip(tmp_path / "a.zip", _TEXT)
    fast = _read(path)
    monkeypatch.setattr(unpack, "_isal_zlib", None)
    assert _read(path) == fast


def _damage(path: Path, offset_from_end: int) -> None:
    """Flip one byte of the packed data, `offset_from_end` bytes before the directory."""
    data = bytearray(path.read_bytes())
    start = data.rfind(b"PK\x01\x02")  # the central directory follows the data
    data[start - offset_from_end] ^= 0xFF
    path.write_bytes(bytes(data))


def test_a_flipped_byte_is_a_corrupt_archive(tmp_path: Path) -> None:
    path = _zip(tmp_path / "20250601000000.export.CSV.zip", _TEXT)
    _damage(path, 40)
    with pytest.raises(InputError, match=r"20250601000000.export.CSV.zip: truncated or corrupt"):
        _read(path)


def test_a_bad_checksum_is_a_corrupt_archive(tmp_path: Path) -> None:
    path = tmp_path / "a.zip"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("member.CSV", _TEXT)
    data = bytearray(path.read_bytes())
    # the CRC in both the local header (offset 14) and the central directory (offset 16)
    central = data.rfind(b"PK\x01\x02")
    for at in (14, central + 16):
        data[at] ^= 0x01
    path.write_bytes(bytes(data))
    with pytest.raises(InputError, match="truncated or corrupt archive"):
        _read(path)


@pytest.mark.parametrize("fast", [True, False])
def test_a_member_cut_short_is_an_error_naming_the_file(tmp_path: Path, monkeypatch,
                                                        fast: bool) -> None:
    if not fast:
        monkeypatch.setattr(unpack, "_isal_zlib", None)
    path = _zip(tmp_path / "a.zip", _TEXT)
    data = path.read_bytes()
    central = data.rfind(b"PK\x01\x02")
    # the data loses its last 100 bytes; the directory still says where it ends
    path.write_bytes(data[:central - 100] + b"\x00" * 100 + data[central:])
    with pytest.raises(InputError, match=r"a\.zip: (truncated or corrupt|the zip member)"):
        _read(path)


def test_a_member_larger_than_it_declares_stops_at_the_declared_size(tmp_path: Path) -> None:
    path = tmp_path / "a.zip"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("member.CSV", b"1\t2\n" * 2_000_000)  # 8 MB that packs to kB
    data = bytearray(path.read_bytes())
    central = data.rfind(b"PK\x01\x02")
    data[central + 24:central + 28] = (1000).to_bytes(4, "little")  # says 1,000 bytes
    path.write_bytes(bytes(data))
    with pytest.raises(InputError, match="holds more than the 1,000 bytes it declares"):
        _read(path)
    assert not any(unpack.unpack_root().rglob("*.tsv"))
