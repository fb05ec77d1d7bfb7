"""`entente serve` refuses a missing store, says where it listens, stops cleanly on Ctrl+C;
`entente evaluate --check` prints every floor PASS or FAIL and a summary line."""

from __future__ import annotations

import signal
import subprocess
import sys
from pathlib import Path

import pytest

from entente.cli import main
from entente.store import Store
from httpserver import free_port, wait_until_up


def test_serve_refuses_a_missing_store_in_one_line(tmp_path: Path) -> None:
    missing = tmp_path / "nowhere.duckdb"
    r = subprocess.run([sys.executable, "-m", "entente", "serve", "--db", str(missing),
                        "--port", str(free_port())], capture_output=True, text=True,
                       timeout=60)
    assert r.returncode == 1
    assert r.stderr.strip() == f"error: {missing}: no such store (ingest something first)"
    assert r.stdout == "" and not missing.exists()


def test_serve_prints_its_address_and_stops_cleanly_on_ctrl_c(tmp_path: Path) -> None:
    db = tmp_path / "web.duckdb"
    Store(db).close()
    port = free_port()
    proc = subprocess.Popen([sys.executable, "-m", "entente", "serve", "--db", str(db),
                             "--port", str(port)], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)
    try:
        first = proc.stdout.readline()  # type: ignore[union-attr]
        assert first.startswith(f"entente explorer on http://127.0.0.1:{port} over {db}")
        page = wait_until_up(f"http://127.0.0.1:{port}/", proc)
        assert page.status_code == 200
        proc.send_signal(signal.SIGINT)
        out, err = proc.communicate(timeout=30)
    finally:
        if proc.poll() is None:
            proc.kill()
    assert proc.returncode == 0
    assert out.strip().endswith("stopped")
    assert "Traceback" not in err and "KeyboardInterrupt" not in err


def test_evaluate_check_prints_each_floor_and_a_summary(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    floors = tmp_path / "floors.json"
    floors.write_text('{"event_recall": 0.0, "event_f1": 0.5, "_note": "a comment"}',
                      encoding="utf-8")
    # The gold wants an event the text does not report: recall is 0 whatever the coder does.
    gold = tmp_path / "weather.jsonl"
    gold.write_text('{"id": "w1", "date": "2024-05-13", "text": "Fog is expected over the '
                    'Danube near Novi Sad on Sunday morning.", "events": [{"source": "SRB", '
                    '"target": "HUN", "code": "036"}]}\n', encoding="utf-8")
    with pytest.raises(SystemExit) as exit_info:
        main(["evaluate", str(gold), "--check", str(floors), "--worst", "0"])
    assert exit_info.value.code == 1
    printed = capsys.readouterr()
    lines = printed.out.splitlines()
    start = lines.index(f"floors of {floors}:")
    assert lines[start + 1:start + 4] == [
        "  FAIL  event_f1      not measured (floor 0.500)",
        "  PASS  event_recall  0.000 >= 0.000",
        "1 of 2 floors passed, 1 FAILED",
    ]
    assert printed.err.strip() == "error: 1 of 2 floors failed (event_f1)"


@pytest.mark.parametrize("port", ["0", "65536", "99999"])
def test_serve_refuses_a_port_out_of_range_before_opening_anything(
        tmp_path: Path, port: str) -> None:
    db = tmp_path / "web.duckdb"
    Store(db).close()
    r = subprocess.run([sys.executable, "-m", "entente", "serve", "--db", str(db), "--port",
                        port], capture_output=True, text=True, timeout=60)
    assert r.returncode == 2 and "--port" in r.stderr
    assert "Traceback" not in r.stderr and "OverflowError" not in r.stderr
    assert r.stdout == ""


def test_only_loopback_hosts_count_as_local() -> None:
    from entente.cli.brief import _loopback

    for host in ("127.0.0.1", "127.0.0.2", "::1", "[::1]", "localhost"):
        assert _loopback(host), host
    for host in ("0.0.0.0", "::", "192.168.1.20", "example.org"):
        assert not _loopback(host), host
