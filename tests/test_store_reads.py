"""The store's reads and writes that other rooms call instead of writing SQL themselves:
documents page by page, counts per dataset, days two datasets share, Parquet partitions,
context layers; and analysis.busiest_dyads for the demo's summary."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from analysis_events import event
from entente.analysis import busiest_dyads
from entente.errors import StoreError
from entente.record import Document
from entente.sources.gdelt import overlap_warning
from entente.store import Store

NOTES = [
    Document(text="Chile and Peru agreed to reopen their border crossing at Chacalluta.",
             doc_id="c-border"),
    Document(text="Kenya recalled its envoy from Somalia after a dispute over a maritime "
                  "boundary.", doc_id="a-envoy"),
    Document(text="Vietnam protested the presence of a Chinese survey ship near its coast.",
             doc_id="e-survey"),
    Document(text="Norway pledged fresh aid to Ukraine's energy grid.", doc_id="b-grid"),
    Document(text="Ghana and Togo held joint patrols on their shared frontier.",
             doc_id="d-patrol"),
]


@pytest.fixture()
def store() -> Store:
    with Store(":memory:") as s:
        yield s


def test_documents_come_page_by_page_in_id_order(store):
    store.add_documents(NOTES[:3], coder_version="0.1.0+old")
    store.add_documents(NOTES[3:], coder_version="0.1.0+old")
    paged = list(store.iter_documents(page=2))
    assert [d.doc_id for d in paged] == ["a-envoy", "b-grid", "c-border", "d-patrol",
                                         "e-survey"]
    assert paged == store.documents()
    # de-duplication reads them in the order they came in (ids break ties in a batch)
    assert [row[0] for row in store.document_texts()] == ["a-envoy", "c-border", "e-survey",
                                                          "b-grid", "d-patrol"]
    assert {row[2] for row in store.document_texts()} == {d.text for d in NOTES}


def test_a_recode_stamps_the_documents_it_coded(store):
    store.add_documents(NOTES, coder_version="0.1.0+old")
    with store.transaction() as tx:
        store.set_coder_version(tx, ["b-grid", "d-patrol"], "0.1.0+new")
    stamps = dict(store.con.execute("SELECT doc_id, coder_version FROM documents").fetchall())
    assert stamps == {"a-envoy": "0.1.0+old", "b-grid": "0.1.0+new", "c-border": "0.1.0+old",
                      "d-patrol": "0.1.0+new", "e-survey": "0.1.0+old"}


def test_counts_and_shared_days_per_dataset(store):
    store.add_events([
        event("gdelt1", "2023-05-02", "CHL", "PER", "036"),
        event("gdelt1", "2023-05-03", "CHL", "PER", "042"),
        event("gdelt2", "2023-05-03", "PER", "CHL", "043"),
        event("gdelt2", "2023-05-09", "PER", "CHL", "057"),
        event("entente", "2023-05-09", "KEN", "SOM", "1012"),
    ])
    assert (store.count_events(), store.count_events("gdelt2"), store.count_events("icews")) \
        == (5, 2, 0)
    assert store.has_dataset("gdelt1") and not store.has_dataset("polecat")
    assert store.shared_days("gdelt1", "gdelt2") == (1, date(2023, 5, 3), date(2023, 5, 3))
    assert store.shared_days("gdelt1", "entente") == (0, None, None)
    assert "1 days (2023-05-03 .. 2023-05-03)" in overlap_warning(store)


def test_no_overlap_warning_for_one_gdelt_version(store):
    store.add_events([event("gdelt2", "2023-05-03", "PER", "CHL", "043")])
    assert overlap_warning(store) is None


def test_parquet_partitions_are_added_once_with_their_stamp(store, tmp_path):
    part = tmp_path / "part.parquet"
    with Store(":memory:") as worker:
        worker.add_events([event("gdelt2", "2023-05-03", "PER", "CHL", "043"),
                           event("gdelt2", "2023-05-04", "CHL", "PER", "051")])
        assert worker.export(part, "parquet") == 2
    stamp = datetime(2026, 1, 2, 3, 4, 5)
    with store.transaction() as tx:
        assert store.insert_parquet_events(tx, part, stamp) == 2
    with store.transaction() as tx:
        assert store.insert_parquet_events(tx, part, stamp) == 0
    assert sorted(e.cameo_code for e in store.events()) == ["043", "051"]


def test_busiest_dyads_count_both_directions_and_leave_copies_out(store):
    store.add_events([
        event("entente", "2024-02-01", "GHA", "TGO", "036"),
        event("entente", "2024-02-02", "TGO", "GHA", "042"),
        event("entente", "2024-02-02", "TGO", "GHA", "042", "copy", duplicate_of="x"),
        event("entente", "2024-02-03", "KEN", "SOM", "1012"),
        event("entente", "2024-02-04", "KEN", None, "190"),
        # told as history ("after Somalia expelled ..."): not an event of the report's date
        event("entente", "2024-02-05", "SOM", "KEN", "166", "told", date_precision="historical"),
    ])
    assert [tuple(r) for r in busiest_dyads(store).itertuples(index=False)] == [
        ("GHA", "TGO", 2), ("KEN", "SOM", 1)]
    assert len(busiest_dyads(store, limit=1)) == 1


def test_an_unknown_context_read_is_refused(store):
    with pytest.raises(StoreError, match="unknown context layer read 'trade_total'"):
        store.context_layer("trade_total", "CHL", "PER")
    assert store.context_layer("trade_totals", "CHL", "PER", 2020, 2021).empty
