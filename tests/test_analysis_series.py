"""dyad_series and compare_dyads against values worked out by hand."""

from __future__ import annotations

import math

import pandas as pd
import pytest

from analysis_events import BALKAN_EVENTS, event
from entente.analysis import QUAD_COLUMNS, SERIES_COLUMNS, compare_dyads, dyad_series
from entente.errors import EntenteError, InputError
from entente.store import Store


@pytest.fixture
def balkans(store: Store) -> Store:
    store.add_events(BALKAN_EVENTS)
    return store


def _rows(df: pd.DataFrame, *cols: str) -> list[tuple]:
    return [tuple(None if isinstance(v, float) and math.isnan(v) else v for v in row)
            for row in df[list(cols)].itertuples(index=False)]


def test_undirected_monthly_counts_with_empty_month(balkans: Store):
    df = dyad_series(balkans, "Iran", "SRB", start="2024-01-01", end="2024-04-30")
    assert list(df.columns) == SERIES_COLUMNS
    assert [p.strftime("%Y-%m") for p in df["period"]] == ["2024-01", "2024-02", "2024-03",
                                                            "2024-04"]
    assert _rows(df, "events", *QUAD_COLUMNS, "net_coop") == [
        (2, 2, 0, 0, 0, 2), (0, 0, 0, 0, 0, 0), (3, 0, 1, 1, 1, -1), (0, 0, 0, 0, 0, 0)]
    # January: consult 1.0 + sign agreement 8.0; March: 6.4 - 2.0 - 8.0.
    assert df["goldstein_sum"].tolist() == pytest.approx([9.0, 0.0, -3.6, 0.0])
    means = df["goldstein_mean"].tolist()
    assert means[0] == pytest.approx(4.5) and means[2] == pytest.approx(-1.2)
    assert math.isnan(means[1]) and math.isnan(means[3])
    shares = df["material_conflict_share"].tolist()
    assert shares[0] == 0.0 and shares[2] == pytest.approx(1 / 3) and math.isnan(shares[1])
    assert df["datasets"].tolist() == ["entente", "", "gdelt2,icews", ""]
    assert df.attrs["datasets"] == ["entente", "gdelt2", "icews"]


def test_range_defaults_to_first_and_last_event(balkans: Store):
    df = dyad_series(balkans, "SRB", "IRN", freq="month")
    assert [p.strftime("%Y-%m") for p in df["period"]] == ["2024-01", "2024-02", "2024-03"]


def test_directed_rows_per_period(balkans: Store):
    df = dyad_series(balkans, "SRB", "IRN", start="2024-01-01", end="2024-03-31",
                     directed=True, freq="quarter")
    assert list(df.columns[:3]) == ["period", "source", "target"]
    assert _rows(df, "source", "target", "events", *QUAD_COLUMNS) == [
        ("SRB", "IRN", 3, 1, 0, 1, 1), ("IRN", "SRB", 2, 1, 1, 0, 0)]
    assert df["goldstein_sum"].tolist() == pytest.approx([1.0 - 2.0 - 8.0, 8.0 + 6.4])
    assert df["net_coop"].tolist() == [-1, 2]


@pytest.mark.parametrize("freq, periods", [
    ("day", 31 + 29 + 15), ("week", 11), ("quarter", 1), ("year", 1)])
def test_frequencies_cover_the_range(balkans: Store, freq: str, periods: int):
    df = dyad_series(balkans, "SRB", "IRN", start="2024-01-01", end="2024-03-15", freq=freq)
    assert len(df) == periods
    assert df["events"].sum() == 5


def test_week_periods_start_on_monday(balkans: Store):
    df = dyad_series(balkans, "SRB", "IRN", start="2024-01-10", end="2024-01-21", freq="week")
    assert [str(p.date()) for p in df["period"]] == ["2024-01-08", "2024-01-15"]
    assert df["events"].tolist() == [1, 1]


def test_dataset_filter_and_gdelt_double_counting_warning(store: Store):
    store.add_events([
        event("gdelt1", "2015-06-01", "SRB", "IRN", "040"),
        event("gdelt2", "2015-06-01", "SRB", "IRN", "040"),
        event("gdelt2", "2015-06-09", "SRB", "IRN", "040"),
    ])
    both = dyad_series(store, "SRB", "IRN", freq="year")
    assert both["events"].tolist() == [3]
    assert any("gdelt1 and gdelt2" in w and "1 day" in w for w in both.attrs["warnings"])
    only2 = dyad_series(store, "SRB", "IRN", freq="year", datasets=["gdelt2"])
    assert only2["events"].tolist() == [2] and only2.attrs["datasets"] == ["gdelt2"]
    assert only2.attrs["warnings"] == []


def test_one_a_day_counts_same_date_source_target_code_once(store: Store):
    store.add_events([
        event("gdelt2", "2022-05-04", "SRB", "IRN", "040", "row-1"),
        event("gdelt2", "2022-05-04", "SRB", "IRN", "040", "row-2"),
        event("icews", "2022-05-04", "SRB", "IRN", "040", "story-9"),
        event("gdelt2", "2022-05-04", "IRN", "SRB", "040", "row-3"),  # other direction
        event("gdelt2", "2022-05-05", "SRB", "IRN", "040", "row-4"),  # other day
        event("gdelt2", "2022-05-04", "SRB", "IRN", "111", "row-5"),  # other code
    ])
    assert dyad_series(store, "SRB", "IRN", freq="year")["events"].tolist() == [6]
    assert dyad_series(store, "SRB", "IRN", freq="year", one_a_day=True)["events"].tolist() \
        == [4]


def test_normalize_divides_by_events_involving_either_side(balkans: Store):
    df = dyad_series(balkans, "SRB", "IRN", start="2024-01-01", end="2024-04-30",
                     normalize=True)
    assert list(df.columns[-3:]) == ["volume_a", "volume_b", "events_norm"]
    # March: Serbia is in 3 dyad events + the unresolved clash = 4; Iran in 3 + Hungary = 4;
    # either side: 4 + 4 - 3 = 5. April: only Serbia -> Hungary.
    assert _rows(df, "volume_a", "volume_b") == [(2, 2), (0, 0), (4, 4), (1, 0)]
    norm = df["events_norm"].tolist()
    assert norm[0] == 1.0 and norm[2] == pytest.approx(3 / 5) and norm[3] == 0.0
    assert math.isnan(norm[1])


def test_normalize_volume_ignores_content_filters(balkans: Store):
    df = dyad_series(balkans, "SRB", "IRN", start="2024-03-01", end="2024-03-31",
                     normalize=True, roots=["16"])
    assert _rows(df, "events", "volume_a", "volume_b") == [(1, 4, 4)]
    assert df["events_norm"].tolist() == pytest.approx([1 / 5])


def test_root_sector_and_actor_filters(balkans: Store):
    def total(**kw) -> int:
        return int(dyad_series(balkans, "SRB", "IRN", **kw)["events"].sum())

    assert total(roots=["6", "11"]) == 2
    assert total(roots=["04", "05"]) == 2
    assert total(sectors=["gov"]) == 3  # SRBGOV talks, Iran -> SRBGOV accord, SRBGOV sanctions
    assert total(sectors=["BUS", "OPP"]) == 2
    assert total(actors=["SRBGOV"]) == 3
    assert total(actors=["IRNBUS"]) == 1
    assert total(sectors=["GOV"], roots=["16"]) == 1


def test_successors_roll_historic_states_up_for_their_years(store: Store):
    store.add_events([
        event("icews", "1989-05-02", "YUG", "IRN", "040"),
        event("icews", "2004-05-02", "SCG", "IRN", "057"),
        event("icews", "2024-05-02", "SRB", "IRN", "042"),
        # Outside its years, a code is left as it is.
        event("icews", "2010-05-02", "SCG", "IRN", "111"),
        event("icews", "1985-05-02", "USR", "IRN", "061"),
    ])
    plain = dyad_series(store, "SRB", "IRN", freq="year")
    assert plain["events"].sum() == 1
    rolled = dyad_series(store, "SRB", "IRN", freq="year", successors=True)
    by_year = dict(zip(rolled["period"].dt.year, rolled["events"], strict=True))
    assert by_year[1989] == 1 and by_year[2004] == 1 and by_year[2024] == 1
    assert by_year[2010] == 0 and sum(by_year.values()) == 3
    # A historic code given by the user means its successor when rolling up.
    assert dyad_series(store, "YUG", "IRN", successors=True)["events"].sum() == 3
    assert dyad_series(store, "Russia", "IRN", successors=True)["events"].sum() == 1
    assert dyad_series(store, "USR", "IRN")["events"].sum() == 1


def test_dyad_without_events_is_empty_and_well_formed(balkans: Store):
    df = dyad_series(balkans, "FRA", "TUR", directed=True, normalize=True)
    assert df.empty
    assert list(df.columns) == ["period", "source", "target", *SERIES_COLUMNS[1:],
                                "volume_a", "volume_b", "events_norm"]
    assert df.attrs["datasets"] == [] and df.attrs["warnings"] == []
    ranged = dyad_series(balkans, "FRA", "TUR", start="2024-01-01", end="2024-06-30",
                         freq="quarter")
    assert ranged["events"].tolist() == [0, 0]
    assert ranged["goldstein_mean"].isna().all()


def test_countries_by_iso3_cameo_code_or_name(store: Store):
    store.add_events([event("icews", "2020-02-02", "ROU", "SRB", "040")])
    for romania in ("ROU", "ROM", "Romania", "romania"):
        assert dyad_series(store, romania, "Serbia")["events"].tolist() == [1]


def test_unknown_country_names_input_and_close_matches(balkans: Store):
    with pytest.raises(EntenteError, match=r"'Serbija'.*Serbia"):
        dyad_series(balkans, "Serbija", "IRN")


def test_bad_options_are_clear_errors(balkans: Store):
    with pytest.raises(InputError, match="freq"):
        dyad_series(balkans, "SRB", "IRN", freq="fortnight")
    with pytest.raises(InputError, match="root"):
        dyad_series(balkans, "SRB", "IRN", roots=["21"])
    with pytest.raises(InputError, match="dataset"):
        dyad_series(balkans, "SRB", "IRN", datasets=["acled"])
    with pytest.raises(InputError, match="two different"):
        dyad_series(balkans, "Serbia", "SRB")
    with pytest.raises(InputError, match="after end"):
        dyad_series(balkans, "SRB", "IRN", start="2024-05-01", end="2024-01-01")
    with pytest.raises(InputError, match="start"):
        dyad_series(balkans, "SRB", "IRN", start="spring")


def test_reads_attached_parquet_partitions(balkans: Store, tmp_path):
    part = tmp_path / "parts" / "2025"
    part.mkdir(parents=True)
    other = Store(tmp_path / "other.duckdb")
    other.add_events([event("icews", "2025-02-11", "IRN", "SRB", "051")])
    other.export(part / "events.parquet")
    other.close()
    balkans.attach_parquet(tmp_path / "parts")
    df = dyad_series(balkans, "SRB", "IRN", freq="year")
    assert df["events"].tolist() == [5, 1]


def test_compare_dyads_side_by_side_on_one_range(balkans: Store):
    df = compare_dyads(balkans, [("IRN", "SRB"), ("SRB", "HUN")], freq="month")
    assert df.columns[0] == "dyad"
    assert df.groupby("dyad")["period"].apply(len).to_dict() == {"IRN-SRB": 4, "SRB-HUN": 4}
    hun = df[df["dyad"] == "SRB-HUN"]
    assert hun["events"].tolist() == [0, 0, 0, 1]
    assert df.attrs["datasets"] == ["entente", "gdelt2", "icews"]
