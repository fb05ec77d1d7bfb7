"""An act a later story retells in an "after" clause ("... after Chile expelled two Peruvian
diplomats") is counted once: through the report that told it first, when the store has one;
on its own otherwise."""

from __future__ import annotations

from datetime import date

from entente.analysis import dyad_series
from entente.record import Document
from entente.sources.ingest import ingest_documents
from entente.store import Store

FIRST = Document(text="Chile expelled two Peruvian diplomats on Monday, accusing them of "
                      "spying on its navy.", doc_id="cl-1", pub_date=date(2025, 1, 14))
RETOLD = Document(text="Peru recalled its ambassador from Santiago on Thursday after Chile "
                       "expelled two Peruvian diplomats.", doc_id="pe-2",
                  pub_date=date(2025, 2, 6))


def _expulsions(store: Store) -> int:
    series = dyad_series(store, "CHL", "PER", roots=["16"], directed=True)
    return int(series["events"].sum())


def test_a_retold_act_is_counted_once_through_its_first_report(store: Store, coder):
    ingest_documents(store, [FIRST], coder)
    ingest_documents(store, [RETOLD], coder)
    retold = [e for e in store.events() if e.doc_id == "pe-2" and e.source.country == "CHL"]
    assert retold and all(e.duplicate_of == "cl-1" for e in retold)
    assert _expulsions(store) == 2  # Chile's expulsion once, Peru's recall once


def test_both_reports_in_one_input_count_the_act_once(store: Store, coder):
    ingest_documents(store, [RETOLD, FIRST], coder)
    assert _expulsions(store) == 2


def test_a_retold_act_with_no_earlier_report_counts(store: Store, coder):
    ingest_documents(store, [RETOLD], coder)
    retold = [e for e in store.events() if e.source.country == "CHL"]
    assert retold and all(e.duplicate_of is None for e in retold)
    assert retold[0].date == date(2025, 2, 6)
