"""GDELT range download from a mirror on 127.0.0.1: master list, MD5, cache, resume."""

from __future__ import annotations

import hashlib
import io
import zipfile
from pathlib import Path

from entente.sources.gdelt_download import parse_master_list
from entente.store import Store
from httpserver import LocalWeb
from test_sources_server import run

FIX = Path(__file__).parent / "fixtures" / "sources"


def _zip(source: Path) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.write(source, source.name)
    return buffer.getvalue()


def _mirror(web: LocalWeb) -> str:
    """A GDELT-like mirror: two good files, one with a wrong MD5, one missing, one later."""
    good = {"20250601001500": _zip(FIX / "20250601001500.export.CSV"),
            "20250601003000": _zip(FIX / "20250601003000.export.CSV"),
            "20250602120000": _zip(FIX / "20250602120000.export.CSV")}
    lines = []
    for stamp, data in good.items():
        name = f"{stamp}.export.CSV.zip"
        web.add(f"/gdeltv2/{name}", data, "application/zip")
        lines.append(f"{len(data)} {hashlib.md5(data).hexdigest()} "
                     f"http://data.gdeltproject.org/gdeltv2/{name}")
        lines.append(f"{len(data) * 3} {hashlib.md5(data + data).hexdigest()} "
                     f"http://data.gdeltproject.org/gdeltv2/{stamp}.mentions.CSV.zip")
    damaged = good["20250601003000"]
    web.add("/gdeltv2/20250601004500.export.CSV.zip", damaged, "application/zip")
    lines.append(f"{len(damaged)} {'0' * 32} "
                 "http://data.gdeltproject.org/gdeltv2/20250601004500.export.CSV.zip")
    lines.append(f"{len(damaged)} {hashlib.md5(damaged).hexdigest()} "
                 "http://data.gdeltproject.org/gdeltv2/20250601010000.export.CSV.zip")
    web.add("/gdeltv2/masterfilelist.txt", "\n".join(sorted(lines)) + "\n", "text/plain")
    return web.url("/gdeltv2/")


def test_parse_master_list_keeps_export_files_only() -> None:
    text = ("123 0123456789abcdef0123456789abcdef http://x/gdeltv2/20250601001500.export.CSV.zip\n"
            "99 0123456789abcdef0123456789abcdef http://x/gdeltv2/20250601001500.gkg.csv.zip\n"
            "garbage line\n")
    (entry,) = parse_master_list(text)
    assert (entry.size, entry.name, entry.stamp.minute) == \
        (123, "20250601001500.export.CSV.zip", 15)


def test_range_download_verifies_skips_and_resumes(web: LocalWeb, tmp_path: Path,
                                                   capsys) -> None:
    mirror = _mirror(web)
    db, cache = str(tmp_path / "g.duckdb"), str(tmp_path / "cache")
    first = ["ingest", "gdelt", "--from", "2025-06-01T00:00", "--to", "2025-06-01T00:20",
             "--mirror", mirror, "--cache", cache, "--db", db, "--allow-private"]
    assert run(first) == 0
    with Store(db) as store:
        assert store.count_events() == 3
    # a bigger range: the first file comes from the cache, bad and missing files are skipped
    assert run(["ingest", "gdelt", "--from", "2025-06-01", "--to", "2025-06-01",
                "--mirror", mirror, "--cache", cache, "--db", db, "--allow-private"]) == 0
    captured = capsys.readouterr()
    assert "20250601004500.export.CSV.zip: MD5 does not match the master list" in captured.err
    assert "20250601010000.export.CSV.zip: HTTP 404" in captured.err
    assert "1 files fetched, 1 found in the cache, 2 skipped" in captured.out
    assert web.hits.count("/gdeltv2/20250601001500.export.CSV.zip") == 1
    assert not any("mentions" in hit or "20250602" in hit for hit in web.hits)
    assert sorted(p.name for p in Path(cache).iterdir()) == [
        "20250601001500.export.CSV.zip", "20250601003000.export.CSV.zip"]
    with Store(db) as store:
        assert store.count_events() == 6
        assert {r[0] for r in store.con.execute("SELECT dataset FROM events").fetchall()} == \
            {"gdelt2"}


def test_range_with_nothing_listed_is_an_error(web: LocalWeb, tmp_path: Path,
                                               capsys) -> None:
    mirror = _mirror(web)
    assert run(["ingest", "gdelt", "--from", "2019-01-01", "--to", "2019-01-02", "--mirror",
                mirror, "--cache", str(tmp_path / "c"), "--db", str(tmp_path / "g.duckdb"),
                "--allow-private"]) == 1
    assert "no export files between 2019-01-01 00:00 and 2019-01-02 23:59" in \
        capsys.readouterr().err
