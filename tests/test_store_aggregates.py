"""The store's daily totals (`dyad_days`, `country_days`): kept in step with every write,
and dyad series read from them give exactly what the events table gives."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from analysis_events import BALKAN_EVENTS, event
from entente.analysis import dyad_series
from entente.store import Store

# Beside the Balkan events: GDELT 1.0 and 2.0 on the same day (an overlap warning), an
# unresolved target, a near-duplicate, an event without a Goldstein value (PLOVER only),
# both sides the same country, and events of other pairs that only count in volumes.
MORE_EVENTS = [
    event("gdelt1", "2024-03-05", "SRB", "IRN", "190"),
    event("gdelt2", "2024-03-05", "IRN", "SRB", "111"),
    event("gdelt2", "2024-03-06", "SRB", None, "145"),
    event("icews", "2024-03-07", "SRB", "IRN", "042", duplicate_of="icews-original"),
    event("polecat", "2024-04-02", "IRN", "SRB", "036", goldstein=None, quad_class=None),
    event("icews", "2024-04-03", "SRB", "SRB", "173"),
    event("icews", "2024-02-11", "SRB", "HUN", "057"),
    event("icews", "2024-02-12", "USA", "IRN", "130"),
    event("entente", "2024-05-30", "IRN", "SRB", "163"),
]

OPTIONS = [
    {},
    {"freq": "day", "start": "2024-03-01", "end": "2024-03-10"},
    {"freq": "week", "normalize": True},
    {"freq": "quarter", "directed": True, "normalize": True},
    {"roots": ["04", "19"], "normalize": True, "start": "2023-12-01", "end": "2024-06-30"},
    {"datasets": ["gdelt1", "gdelt2"], "directed": True},
    {"datasets": ["icews"], "start": "2025-01-01", "end": "2025-03-31"},  # no events
]


@pytest.fixture
def filled(store: Store) -> Store:
    store.add_events(BALKAN_EVENTS + MORE_EVENTS)
    return store


def _from_events(store: Store, monkeypatch: pytest.MonkeyPatch, **options: object
                 ) -> pd.DataFrame:
    """The same series read from the events table, the totals set aside."""
    with monkeypatch.context() as patch:
        patch.setattr(Store, "aggregates_current", lambda self: False)
        return dyad_series(store, "SRB", "IRN", **options)  # type: ignore[arg-type]


def _same(ours: pd.DataFrame, theirs: pd.DataFrame) -> None:
    pd.testing.assert_frame_equal(ours, theirs, check_exact=False, rtol=1e-12)
    assert ours.attrs == theirs.attrs


@pytest.mark.parametrize("options", OPTIONS, ids=lambda o: ",".join(o) or "defaults")
def test_series_from_totals_equal_series_from_events(filled: Store, options: dict,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    assert filled.aggregates_current()
    _same(dyad_series(filled, "SRB", "IRN", **options),
          _from_events(filled, monkeypatch, **options))


def test_totals_hold_the_hand_counted_values(filled: Store) -> None:
    df = dyad_series(filled, "IRN", "SRB", start="2024-03-01", end="2024-03-31",
                     normalize=True)
    (row,) = df.itertuples()
    # SRB-IRN in March: 061 (6.4), 111 (-2), 163 (-8), 190 (-10), 111 (-2); the
    # near-duplicate 042 is left out
    assert (row.events, row.verbal_coop, row.material_coop, row.verbal_conflict,
            row.material_conflict) == (5, 0, 1, 2, 2)
    assert row.goldstein_sum == pytest.approx(-15.6)
    # IRN: those five and IRN-HUN; SRB: those five and two with an unresolved target
    assert (row.volume_a, row.volume_b) == (6, 7)
    assert row.events_norm == pytest.approx(5 / 8)
    assert any("gdelt1 and gdelt2" in w for w in df.attrs["warnings"])


def test_writing_twice_and_deleting_keep_totals_current(filled: Store,
                                                         monkeypatch: pytest.MonkeyPatch
                                                         ) -> None:
    assert filled.add_events(BALKAN_EVENTS) == 0
    with filled.transaction() as tx:
        gone = filled.delete_events(tx, "dataset = ? AND date >= ?", ["icews", "2024-04-01"])
    assert gone == 1 and filled.aggregates_current()
    with filled.transaction() as tx:
        assert filled.delete_events(tx, "doc_id = ?", ["tehran-accord"]) == 1
    assert filled.aggregates_current()
    for options in OPTIONS:
        _same(dyad_series(filled, "SRB", "IRN", **options),
              _from_events(filled, monkeypatch, **options))


def test_a_rolled_back_write_leaves_the_totals_as_they_were(filled: Store) -> None:
    before = dyad_series(filled, "SRB", "IRN", normalize=True)
    with pytest.raises(RuntimeError):
        with filled.transaction() as tx:
            filled.add_events([event("icews", "2024-01-15", "SRB", "IRN", "190")], con=tx)
            raise RuntimeError("power cut")
    assert filled.aggregates_current()
    _same(dyad_series(filled, "SRB", "IRN", normalize=True), before)


def test_a_write_around_the_store_is_noticed_and_refresh_repairs_it(
        filled: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    filled.con.execute("DELETE FROM events WHERE doc_id = 'belgrade-talks'")
    assert not filled.aggregates_current()
    # still right: read from the events table
    jan = dyad_series(filled, "SRB", "IRN", start="2024-01-01", end="2024-01-31")
    assert jan["events"].tolist() == [1]
    filled.refresh_aggregates()
    assert filled.aggregates_current()
    _same(dyad_series(filled, "SRB", "IRN", normalize=True),
          _from_events(filled, monkeypatch, normalize=True))


def test_a_file_repeating_rows_stores_each_event_once(store: Store, tmp_path) -> None:
    from entente.sources.gdelt import ingest_gdelt_files

    fixture = Path(__file__).parent / "fixtures" / "sources" / "20250601001500.export.CSV"
    rows = [line for line in fixture.read_text(encoding="utf-8").splitlines() if line]
    repeated = tmp_path / "20250601004500.export.CSV"
    repeated.write_text("\n".join(rows + rows[:2]) + "\n", encoding="utf-8")
    report = ingest_gdelt_files(store, [repeated])
    assert report.events_added == store.count_events() == len(rows)
    assert store.con.execute("SELECT count(DISTINCT event_id) FROM events").fetchone() == (
        len(rows),)
    assert store.aggregates_current()
