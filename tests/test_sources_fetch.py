"""`Fetcher.download`: the same limits as `fetch`, and a file only once it is whole and verified."""

from __future__ import annotations

from pathlib import Path

import pytest

from entente.errors import FetchError
from entente.sources.fetch import Fetcher, file_digest, open_fetcher
from httpserver import LocalWeb

CSV = "rcid,session,vote\n3412,76,1\n3413,76,3\n"


def test_download_follows_checked_redirects_into_the_target(web: LocalWeb,
                                                            tmp_path: Path) -> None:
    web.add("/files/votes.csv", CSV, "text/csv")
    moved = web.redirect("/old/votes.csv", "/files/votes.csv")
    target = tmp_path / "cache" / "votes.csv"
    with Fetcher(min_interval=0, allow_private=True) as fetcher:
        assert fetcher.download(moved, target) == target
    assert target.read_text() == CSV
    assert sorted(p.name for p in target.parent.iterdir()) == ["votes.csv"]


@pytest.mark.parametrize("path, message", [
    ("/sneaky", "file:///etc/passwd: only http and https"),  # names the hop it refused
    ("/loop", "more than 2 redirects"),
    ("/big.csv", "response of 5000 bytes exceeds the size cap (1000-byte limit)"),
    ("/gone", "HTTP 404"),
])
def test_a_failed_download_names_the_url_and_leaves_no_file(web: LocalWeb, tmp_path: Path,
                                                            path: str, message: str) -> None:
    web.redirect("/sneaky", "file:///etc/passwd")
    web.redirect("/loop", web.url("/loop"))
    web.add("/big.csv", "x" * 5000, "text/csv")
    target = tmp_path / "out.csv"
    with Fetcher(min_interval=0, allow_private=True, max_bytes=1000, max_redirects=2) as fetcher, \
            pytest.raises(FetchError) as caught:
        fetcher.download(web.url(path), target)
    assert message in str(caught.value)
    assert path == "/sneaky" or str(caught.value).startswith(web.url(path) + ": ")
    assert list(tmp_path.iterdir()) == []


def test_verify_sees_the_whole_file_and_can_reject_it(web: LocalWeb, tmp_path: Path) -> None:
    url = web.add("/files/votes.csv", CSV, "text/csv")
    seen: list[str] = []

    def reject(partial: Path) -> None:
        seen.append(partial.read_text())
        raise FetchError(f"{url}: MD5 does not match")

    target = tmp_path / "votes.csv"
    target.write_text("an older copy\n")
    with Fetcher(min_interval=0, allow_private=True) as fetcher, \
            pytest.raises(FetchError, match="MD5"):
        fetcher.download(url, target, reject)
    assert seen == [CSV]
    assert target.read_text() == "an older copy\n"  # the old file stays, no partial beside it
    assert [p.name for p in tmp_path.iterdir()] == ["votes.csv"]


def test_file_digest_matches_known_values(tmp_path: Path) -> None:
    path = tmp_path / "abc.txt"
    path.write_bytes(b"abc")
    assert file_digest(path, "md5") == "900150983cd24fb0d6963f7d28e17f72"
    assert file_digest(path) == (
        "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")


def test_open_fetcher_lends_a_given_fetcher_and_closes_its_own(web: LocalWeb) -> None:
    url = web.add("/a", "plain words", "text/plain")
    with Fetcher(min_interval=0, allow_private=True) as given:
        with open_fetcher(given) as active:
            assert active is given
        assert given.fetch(url).text() == "plain words"  # still open
    with open_fetcher(min_interval=0, max_bytes=5, allow_private=True) as own:
        assert own.max_bytes == 5
    with pytest.raises(RuntimeError):
        own.fetch(url)  # closed with the block
