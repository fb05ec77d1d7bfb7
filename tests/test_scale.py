"""entente.scale: coding and ingest on a local Dask cluster of two workers on 127.0.0.1.

The distributed path must give exactly the single-process events, in the same order; a
failing partition is retried, then reported by name; an interrupted run resumes without
redoing the partitions it finished.
"""

from __future__ import annotations

import functools
import json
import os
import sys
from pathlib import Path

import cloudpickle
import pytest

from entente.coder import Coder  # a broken coder fails these tests, never skips them
from entente.record import Document
from entente.scale import (
    DistributedCoder,
    PartitionError,
    code_distributed,
    connect,
    load_partitions,
)
from entente.scale.coding import document_partitions
from entente.scale.engine import Manifest
from entente.sources import read_documents
from entente.store import Store

ARTICLES = Path(__file__).parent / "fixtures" / "scale" / "articles.jsonl"
# Workers unpickle the test coder below by value: they need not import this test module.
cloudpickle.register_pickle_by_value(sys.modules[__name__])


def _log(path: Path, value: str) -> None:
    with path.open("a", encoding="utf-8") as out:
        out.write(value + "\n")


def _lines(path: Path) -> list[str]:
    return path.read_text(encoding="utf-8").splitlines() if path.exists() else []


class TroubledCoder:
    """The real coder in a worker that can fail: it logs each build and each partition.

    While ``state/broken`` exists, a partition holding wire-005 fails on every attempt;
    ``state/fail-once`` makes the next partition holding it fail once (and is removed),
    as when a worker loses its model files for a moment.
    """

    def __init__(self, state: str) -> None:
        self.state = Path(state)
        self.inner = Coder()
        _log(self.state / "built", str(os.getpid()))

    def code_documents(self, docs, date=None):
        docs = list(docs)
        _log(self.state / "calls", docs[0].doc_id)
        if any(d.doc_id == "wire-005" for d in docs):
            if (self.state / "broken").exists():
                raise OSError("model files unreadable on this worker")
            if (self.state / "fail-once").exists():
                (self.state / "fail-once").unlink()
                raise OSError("model files unreadable on this worker")
        return self.inner.code_documents(docs, date=date)


def _articles() -> list[Document]:
    return list(read_documents([str(ARTICLES)]))


def _comparable(pairs) -> list[tuple[str, list[dict]]]:
    """(doc_id, event rows) without the storage timestamp."""
    return [(doc.doc_id, [{k: v for k, v in e.to_row().items() if k != "ingested_at"}
                          for e in events]) for doc, events in pairs]


@pytest.fixture(scope="module")
def client():
    with connect(workers=2) as dask_client:
        yield dask_client


@pytest.fixture(scope="module")
def single_process():
    return _comparable(Coder().code_documents(_articles()))


@pytest.fixture
def state(tmp_path: Path) -> Path:
    path = tmp_path / "state"
    path.mkdir()
    return path


def _troubled(client, state: Path, out_dir: Path, **options) -> DistributedCoder:
    return DistributedCoder(client=client, out_dir=out_dir, batch_size=3, progress=False,
                            factory=functools.partial(TroubledCoder, str(state)), **options)


def test_local_cluster_listens_on_loopback_with_two_workers(client):
    workers = client.scheduler_info()["workers"]
    assert len(workers) == 2
    assert client.scheduler.address.startswith("tcp://127.0.0.1:")
    assert all(address.startswith("tcp://127.0.0.1:") for address in workers)
    assert client.dashboard_link.startswith("http://127.0.0.1:")


def test_two_workers_code_exactly_the_single_process_events(client, single_process, tmp_path):
    coder = DistributedCoder(client=client, out_dir=tmp_path / "parts", batch_size=3,
                             progress=False)
    distributed = _comparable(coder.code_documents(_articles()))
    assert distributed == single_process
    assert sum(len(rows) for _, rows in distributed) > 5  # the articles do hold events
    assert coder.report.computed == 4 and coder.report.resumed == 0
    events = list(code_distributed(_articles(), scheduler=client.scheduler.address,
                                   out_dir=tmp_path / "parts", batch_size=3, progress=False))
    assert [e.event_id for e in events] == \
        [row["event_id"] for _, rows in single_process for row in rows]


def test_each_worker_builds_its_coder_once(client, state, tmp_path):
    list(_troubled(client, state, tmp_path / "parts").code_documents(_articles()))
    builds = _lines(state / "built")
    assert len(calls := _lines(state / "calls")) == 4
    assert len(builds) == len(set(builds)) <= 2, (builds, calls)


def test_ingest_through_the_cluster_stores_the_single_process_events(client, tmp_path):
    from entente.sources.ingest import ingest_inputs

    with Store(tmp_path / "single.duckdb") as alone:
        ingest_inputs(alone, [str(ARTICLES)], coder=Coder())
        expected = _table(alone, "events"), _table(alone, "documents")
    with Store(tmp_path / "cluster.duckdb") as store:
        with DistributedCoder(client=client, out_dir=tmp_path / "parts", batch_size=3,
                              progress=False) as coder:
            report = ingest_inputs(store, [str(ARTICLES)], coder=coder)
        assert report.errors == []
        assert (_table(store, "events"), _table(store, "documents")) == expected
    assert len(expected[0]) > 5 and len(expected[1]) == 11


def _table(store: Store, name: str) -> list[tuple]:
    return store.con.execute(
        f"SELECT * EXCLUDE (ingested_at) FROM {name} ORDER BY ALL").fetchall()


def test_a_partition_that_fails_once_is_retried(client, single_process, state, tmp_path):
    (state / "fail-once").touch()
    coder = _troubled(client, state, tmp_path / "parts")
    assert _comparable(coder.code_documents(_articles())) == single_process
    assert coder.report.failed == []
    assert _lines(state / "calls").count("wire-004") == 2  # documents 4-6: tried twice


def test_a_partition_failing_every_retry_is_reported_and_the_rest_kept(
        client, single_process, state, tmp_path):
    (state / "broken").touch()
    coder = _troubled(client, state, tmp_path / "parts", retries=1)
    got = []
    with pytest.raises(PartitionError) as failure:
        for pair in coder.code_documents(_articles()):
            got.append(pair)
    message = str(failure.value)
    assert "documents 4-6" in message and "model files unreadable" in message
    assert "after 2 attempt(s)" in message
    assert _lines(state / "calls").count("wire-004") == 2
    expected = [pair for pair in single_process if pair[0] not in ("wire-004", "wire-005",
                                                                    "wire-006")]
    assert _comparable(got) == expected
    assert coder.report.computed == 3 and len(coder.report.failed) == 1

    (state / "broken").unlink()  # the worker is fixed: only the failed partition is redone
    rerun = _troubled(client, state, tmp_path / "parts", retries=1)
    assert _comparable(rerun.code_documents(_articles())) == single_process
    assert (rerun.report.computed, rerun.report.resumed) == (1, 3)
    assert _lines(state / "calls").count("wire-001") == 1


def test_an_interrupted_run_resumes_without_redoing_finished_partitions(
        client, single_process, state, tmp_path):
    out_dir = tmp_path / "parts"
    run = _troubled(client, state, out_dir).code_documents(_articles())
    next(run)  # the first document is back, then the user presses Ctrl-C
    run.close()
    finished = {json.loads(line)["label"] for line in _lines(out_dir / Manifest.FILE)}
    assert "documents 1-3" in finished
    calls_before = len(_lines(state / "calls"))
    with (out_dir / Manifest.FILE).open("a") as manifest:
        manifest.write('{"key": "cut sho')  # the line being written when the power went

    rerun = _troubled(client, state, out_dir)
    assert _comparable(rerun.code_documents(_articles())) == single_process
    assert rerun.report.resumed == len(finished)
    assert rerun.report.computed == 4 - len(finished)
    redone = _lines(state / "calls")[calls_before:]
    starts = {"documents 1-3": "wire-001", "documents 4-6": "wire-004",
              "documents 7-9": "wire-007", "documents 10-11": "wire-010"}
    assert not {starts[label] for label in finished} & set(redone)


def test_partitions_are_queried_in_place_or_loaded_once(client, single_process, tmp_path):
    out_dir = tmp_path / "parts"
    list(code_distributed(_articles(), scheduler=client.scheduler.address, out_dir=out_dir,
                          batch_size=3, progress=False))
    expected = sorted(row["event_id"] for _, rows in single_process for row in rows)
    with Store(tmp_path / "attached.duckdb") as store:
        store.attach_parquet(out_dir)
        ids = store.con.execute(f"SELECT event_id FROM {store.events_table} ORDER BY 1")
        assert [r[0] for r in ids.fetchall()] == expected
    with Store(tmp_path / "loaded.duckdb") as store:
        assert load_partitions(store, out_dir) == len(set(expected))
        assert load_partitions(store, out_dir) == 0
        assert sorted(e.event_id for e in store.events()) == sorted(set(expected))


def test_partition_keys_follow_the_contents():
    docs = _articles()
    keys = [p.key for p in document_partitions(docs, 3, "code|v1|None")]
    assert keys == [p.key for p in document_partitions(_articles(), 3, "code|v1|None")]
    docs[4] = Document(text=docs[4].text + " Syria later denied it.", doc_id=docs[4].doc_id)
    changed = [p.key for p in document_partitions(docs, 3, "code|v1|None")]
    assert [a == b for a, b in zip(keys, changed, strict=True)] == [True, False, True, True]
    other_coder = [p.key for p in document_partitions(_articles(), 3, "code|v2|None")]
    assert not set(keys) & set(other_coder)
    labels = [p.label for p in document_partitions(_articles(), 3, "x")]
    assert labels == ["documents 1-3", "documents 4-6", "documents 7-9", "documents 10-11"]


# -- data files: one whole file per partition ---------------------------------------------
_ACTORS = {  # code, name, CAMEO country, type
    "SRB": ("SRBGOV", "SERBIA", "SRB", "GOV"), "IRN": ("IRN", "IRAN", "IRN", ""),
    "RUS": ("RUSMIL", "RUSSIA", "RUS", "MIL"), "UKR": ("UKR", "UKRAINE", "UKR", ""),
    "CHN": ("CHNGOV", "CHINA", "CHN", "GOV"), "USA": ("USAGOV", "UNITED STATES", "USA", "GOV"),
}
_PLACES = {"SRB": ("Belgrade, Central Serbia, Serbia", "RI", "RI00", 44.8186, 20.4681, "-74897"),
           "UKR": ("Kyiv, Kyyiv, Misto, Ukraine", "UP", "UP12", 50.4333, 30.5167, "-1044367"),
           "CHN": ("Beijing, Beijing, China", "CH", "CH22", 39.9289, 116.388, "-1898541")}


def _gdelt_row(number: int, stamp: str, a: str, b: str, code: str, goldstein: float,
               quad: int, place: str) -> str:
    def actor(key: str) -> list[str]:
        code_, name, country, type1 = _ACTORS[key]
        return [code_, name, country, "", "", "", "", type1, "", ""]

    full, fips, adm1, lat, lon, feature = _PLACES[place]
    geo = ["4", full, fips, adm1, "", str(lat), str(lon), feature]
    day = stamp[:8]
    cells = [str(1250000000 + number), day, day[:6], day[:4], f"{day[:4]}.4219", *actor(a),
             *actor(b), "1", code, code[:3], code[:2], str(quad), str(goldstein), "8", "2",
             "8", "-2.41", *geo, *geo, *geo, stamp,
             f"https://news.example.net/{day}/{a.lower()}-{b.lower()}-{number}"]
    assert len(cells) == 61
    return "\t".join(cells)


def _gdelt_files(folder: Path) -> list[str]:
    import zipfile

    first = folder / "20250603000000.export.CSV"
    first.write_text("\n".join([
        _gdelt_row(1, "20250603000000", "SRB", "IRN", "036", 4.0, 1, "SRB"),
        _gdelt_row(2, "20250603000000", "RUS", "UKR", "190", -10.0, 4, "UKR"),
        _gdelt_row(3, "20250603000000", "CHN", "USA", "163", -8.0, 4, "CHN")]) + "\n")
    second = folder / "20250603001500.export.CSV"
    broken = _gdelt_row(5, "20250603001500", "IRN", "SRB", "042", 1.9, 1, "SRB")
    second.write_text("\n".join([
        _gdelt_row(4, "20250603001500", "USA", "CHN", "0311", 5.2, 1, "CHN"),
        broken.replace("\t042\t", "\tX42\t", 1),  # an EventCode that is not CAMEO
        _gdelt_row(6, "20250603001500", "UKR", "RUS", "111", -2.0, 3, "UKR")]) + "\n")
    third = folder / "20250603003000.export.CSV.zip"
    with zipfile.ZipFile(third, "w") as archive:
        archive.writestr("20250603003000.export.CSV", _gdelt_row(
            7, "20250603003000", "SRB", "CHN", "057", 8.0, 1, "SRB") + "\n")
    torn = folder / "20250603004500.export.CSV.zip"
    torn.write_bytes(third.read_bytes()[:40])  # a download cut short
    return [str(first), str(second), str(third), str(torn), str(folder / "missing.CSV")]


def test_data_files_ingested_through_the_cluster_match_the_single_process(client, tmp_path):
    from entente.scale import ingest_files_distributed
    from entente.sources.gdelt import ingest_gdelt_files

    files = _gdelt_files(tmp_path)
    with Store(tmp_path / "single.duckdb") as alone:
        expected_report = ingest_gdelt_files(alone, files)
        expected = _table(alone, "events"), _ingests(alone)
    with Store(tmp_path / "cluster.duckdb") as store:
        report = ingest_files_distributed(store, files, ingest_gdelt_files, kind="gdelt",
                                          client=client, out_dir=tmp_path / "parts",
                                          progress=False)
        assert (_table(store, "events"), _ingests(store)) == expected
        assert report.summary() == expected_report.summary()
        assert len(expected[0]) == 6 and report.rows_skipped == 1
        again = ingest_files_distributed(store, files, ingest_gdelt_files, kind="gdelt",
                                         client=client, out_dir=tmp_path / "parts",
                                         progress=False)
        assert [r.status for r in again.inputs][:3] == ["already ingested"] * 3
        assert _table(store, "events") == expected[0]


def _ingests(store: Store) -> list[tuple]:
    return store.con.execute(
        "SELECT kind, path, checksum, rows_read, rows_kept, rows_skipped, status "
        "FROM ingests ORDER BY path").fetchall()


# -- the command line: --workers N | --scheduler ADDRESS ---------------------------------
def test_cli_code_and_ingest_on_a_scheduler_match_the_single_process(client, tmp_path,
                                                                     monkeypatch):
    from typer.testing import CliRunner

    from entente.cli import app

    monkeypatch.setenv("ENTENTE_PARTS", str(tmp_path / "parts"))
    runner = CliRunner()
    address = client.scheduler.address
    alone = runner.invoke(app, ["code", str(ARTICLES), "--format", "jsonl"])
    spread = runner.invoke(app, ["code", str(ARTICLES), "--format", "jsonl",
                                 "--scheduler", address])
    assert alone.exit_code == 0 and spread.exit_code == 0, spread.output
    assert spread.stdout == alone.stdout and alone.stdout.count("\n") > 5
    assert "documents/s" in spread.stderr  # the progress line, with its rate

    tables = []
    for name, extra in (("alone", []), ("spread", ["--scheduler", address])):
        db = tmp_path / f"{name}.duckdb"
        result = runner.invoke(app, ["ingest", "jsonl", str(ARTICLES), "--db", str(db),
                                     *extra])
        assert result.exit_code == 0, result.output
        with Store(db) as store:
            tables.append((_table(store, "events"), _table(store, "documents")))
    assert tables[0] == tables[1]
    assert (tmp_path / "parts" / "code" / Manifest.FILE).exists()


def test_cli_refuses_workers_and_scheduler_together(capsys):
    from entente.cli import main

    with pytest.raises(SystemExit) as stop:
        main(["code", str(ARTICLES), "--workers", "2", "--scheduler", "tcp://127.0.0.1:8786"])
    assert stop.value.code == 1
    assert capsys.readouterr().err.strip() == \
        "error: give --workers N or --scheduler ADDRESS, not both"
