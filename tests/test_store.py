from __future__ import annotations

from datetime import date, datetime

import duckdb
import pytest

from entente.record import Actor, Event
from entente.store import SCHEMA_VERSION, Store, optimizers_disabled, sql_literal


def _event(doc: str, code: str, src: str = "SRB", tgt: str = "IRN") -> Event:
    return Event(dataset="entente", doc_id=doc, cameo_code=code, date=date(2025, 3, 4),
                 source=Actor(text=src, kind="state", country=src, code=src),
                 target=Actor(text=tgt, kind="state", country=tgt, code=tgt),
                 sentence="Serbia and Iran signed a trade accord.", evidence=["s1"])


def test_event_fields_from_ontology():
    e = _event("d1", "163")
    assert (e.cameo_root, e.quad_class, e.penta_class, e.goldstein) == ("16", 4, 3, -8.0)
    assert e.plover_event == "COERCE"
    assert e.event_id == _event("d1", "163").event_id != _event("d2", "163").event_id


def test_write_is_idempotent(store: Store):
    events = [_event("d1", "040"), _event("d1", "057"), _event("d2", "040")]
    assert store.add_events(events) == 3
    assert store.add_events(events) == 0
    assert store.count_events() == 3


def test_duplicates_within_one_batch_are_stored_once(store: Store):
    assert store.add_events([_event("d1", "040"), _event("d1", "040")]) == 1


def test_failed_write_leaves_no_rows(store: Store):
    store.add_events([_event("d0", "040")])
    with pytest.raises(RuntimeError):
        with store.transaction() as tx:
            store.add_events([_event("d1", "040"), _event("d1", "111")], con=tx)
            raise RuntimeError("disk on fire half-way")
    assert store.count_events() == 1


def test_events_round_trip(store: Store):
    original = _event("d1", "0874")
    store.add_events([original])
    (back,) = store.events()
    assert back.to_dict() | {"ingested_at": None} == original.to_dict() | {"ingested_at": None}


def test_schema_version_and_reopen(tmp_path):
    path = tmp_path / "s.duckdb"
    Store(path).close()
    s = Store(path)
    assert s.version() == SCHEMA_VERSION
    s.close()
    with Store(path, read_only=True) as ro:
        assert ro.count_events() == 0


def test_a_new_store_gets_its_schema_whole_or_not_at_all(tmp_path, monkeypatch):
    """A new store's migrations run in one transaction: a failing last step leaves no
    half-made schema behind (a store made before keeps migrating a step at a time)."""
    import entente.store as store_module

    broken = [*store_module.MIGRATIONS, ["ALTER TABLE no_such_table ADD COLUMN x INTEGER"]]
    monkeypatch.setattr(store_module, "MIGRATIONS", broken)
    path = tmp_path / "new.duckdb"
    with pytest.raises(duckdb.CatalogException):
        Store(path)
    con = duckdb.connect(str(path))
    assert con.execute("SELECT count(*) FROM duckdb_tables()").fetchone() == (0,)
    con.close()


@pytest.mark.parametrize("fmt", ["parquet", "csv"])
def test_export_reads_back_with_same_rows(store: Store, tmp_path, fmt):
    store.add_events([_event("d1", "040"), _event("d1", "195", "RUS", "UKR")])
    out = tmp_path / f"events.{fmt}"
    assert store.export(out, fmt) == 2
    reader = "read_parquet" if fmt == "parquet" else "read_csv_auto"
    got = duckdb.sql(f"SELECT event_id, cameo_code, source_country, target_country, quad_class "
                     f"FROM {reader}('{out}') ORDER BY event_id").fetchall()
    want = store.con.execute("SELECT event_id, cameo_code, source_country, target_country, "
                             "quad_class FROM events ORDER BY event_id").fetchall()
    assert [tuple(map(str, r)) for r in got] == [tuple(map(str, r)) for r in want]
    assert {r[1] for r in got} == {"040", "195"}  # leading zero kept


def test_sql_literals_read_back_as_the_same_values():
    values = [None, True, 0, -17, 2.35294117647059, -1e-05, "O'Brien; DROP TABLE events; --",
              "Beograd \\ Београд", date(2025, 6, 1), datetime(2025, 6, 1, 0, 15, 0, 123456)]
    con = duckdb.connect()
    row = con.execute("SELECT " + ", ".join(map(sql_literal, values))).fetchone()
    assert list(row) == values
    assert con.execute(f"SELECT {sql_literal(float('nan'))}").fetchone()[0] != 0


def test_documents_are_stored_once(store: Store):
    from entente.record import Document

    docs = [Document(text="Serbia and Iran signed a trade accord on Tuesday.", doc_id="a"),
            Document(text="Iran praised Serbia for its hospitality.", doc_id="b"),
            Document(text="Iran praised Serbia for its hospitality.", doc_id="b")]
    assert store.add_documents(docs, coder_version="c1") == 2
    assert store.add_documents(docs[:1]) == 0 and store.add_documents([]) == 0
    assert [d.doc_id for d in store.documents()] == ["a", "b"]


def test_optimizers_are_off_for_the_block_and_the_connections_own_come_back(
        store: Store) -> None:
    def setting() -> str:
        return store.con.execute("SELECT current_setting('disabled_optimizers')").fetchone()[0]

    store.con.execute("SET disabled_optimizers = 'top_n'")
    with optimizers_disabled(store.con, ["build_side_probe_side", "no_such_optimizer"]):
        assert set(setting().split(",")) == {"top_n", "build_side_probe_side"}
    assert setting() == "top_n"
    with pytest.raises(ZeroDivisionError), optimizers_disabled(store.con,
                                                               ["build_side_probe_side"]):
        raise ZeroDivisionError
    assert setting() == "top_n"
