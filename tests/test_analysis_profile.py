"""top_events, top_actors, context_breakdown, alignment and major_power_balance by hand."""

from __future__ import annotations

import math

import pytest

from analysis_events import BALKAN_EVENTS, event
from entente.analysis import (
    CONTEXTS,
    alignment,
    context_breakdown,
    major_power_balance,
    top_actors,
    top_events,
)
from entente.store import Store


@pytest.fixture
def balkans(store: Store) -> Store:
    store.add_events(BALKAN_EVENTS)
    store.add_events([
        event("gdelt2", "2024-02-14", "SRB", "IRN", "051", "gdelt-20240214-77",
              extras={"num_articles": 12, "num_mentions": 30},
              url="https://news.example.org/2024/02/14/belgrade-praises-tehran"),
        # Before the range the tests ask for.
        event("icews", "2019-11-02", "IRN", "SRB", "190", "icews-2019"),
    ])
    return store


def test_top_events_by_goldstein_strength(balkans: Store):
    df = top_events(balkans, "SRB", "IRN", start="2024-01-01", end="2024-12-31", n=3)
    # |8.0| twice: the Tehran accord was reported twice (coverage 2), so it comes first.
    assert df["cameo_code"].tolist() == ["057", "163", "061"]
    first = df.iloc[0]
    assert first["sentence"].startswith("Iran and Serbia signed an agreement")
    assert first["label"] == "Sign formal agreement" and first["coverage"] == 2
    assert (first["source"], first["target"]) == ("IRN", "SRB")
    assert df["goldstein"].tolist() == [8.0, -8.0, 6.4]


def test_top_events_by_coverage(balkans: Store):
    df = top_events(balkans, "Iran", "Serbia", start="2024-01-01", by="coverage", n=2)
    assert df["cameo_code"].tolist() == ["051", "057"]
    assert df["coverage"].tolist() == [12, 2]
    assert df["url"].iloc[0].endswith("belgrade-praises-tehran")
    with pytest.raises(ValueError, match="by"):
        top_events(balkans, "IRN", "SRB", by="tone")


def test_top_events_of_a_silent_dyad_is_empty(balkans: Store):
    df = top_events(balkans, "FRA", "TUR")
    assert df.empty and {"sentence", "url", "goldstein", "label"} <= set(df.columns)


def test_top_actors_per_side(balkans: Store):
    df = top_actors(balkans, "SRB", "IRN", start="2024-01-01", end="2024-03-31")
    assert list(df.itertuples(index=False, name=None)) == [
        ("SRB", "SRBGOV", 3), ("SRB", "SRB", 2), ("SRB", "SRBOPP", 1),
        ("IRN", "IRN", 5), ("IRN", "IRNBUS", 1)]
    top1 = top_actors(balkans, "SRB", "IRN", start="2024-01-01", end="2024-03-31", n=1)
    assert top1["actor"].tolist() == ["SRBGOV", "IRN"]


def test_context_breakdown(balkans: Store):
    df = context_breakdown(balkans, "SRB", "IRN", start="2024-01-01", end="2024-03-31")
    assert df["context"].tolist() == list(CONTEXTS)
    # 040 and 111 have no PLOVER context, 057 diplomatic, 061 economic, 163 sanctions,
    # 051 (February) diplomatic.
    assert dict(zip(df["context"], df["events"], strict=True)) == {
        "diplomatic": 2, "economic": 1, "military": 0, "sanctions": 1, "other": 2}
    assert df["share"].tolist() == pytest.approx([2 / 6, 1 / 6, 0, 1 / 6, 2 / 6])
    empty = context_breakdown(balkans, "FRA", "TUR")
    assert empty["events"].tolist() == [0] * 5 and empty["share"].isna().all()


@pytest.fixture
def world(store: Store) -> Store:
    store.add_events([
        event("icews", "2023-04-01", "SRB", "HUN", "051"),  # 3.4
        event("icews", "2023-04-02", "HUN", "SRB", "057"),  # 8.0 -> Serbia-Hungary 5.7
        event("icews", "2023-04-03", "IRN", "HUN", "111"),  # -2.0
        event("icews", "2023-04-04", "SRB", "RUS", "040"),  # 1.0
        event("icews", "2023-04-05", "IRN", "RUS", "057"),  # 8.0
        event("icews", "2023-04-06", "IRN", "CHN", "042"),  # 1.9
        event("icews", "2023-04-07", "EU", "SRB", "163"),  # -8.0
        event("icews", "2023-04-08", "SRB", "EU", "036"),  # 4.0 -> Serbia-EU -2.0
        # Neither the dyad itself, nor domestic or unresolved events are third parties.
        event("icews", "2023-04-09", "SRB", "IRN", "040"),
        event("icews", "2023-04-10", "SRB", "SRB", "173", source_sector="GOV",
              target_sector="OPP"),
        event("icews", "2023-04-11", "IRN", None, "190"),
        event("icews", "2023-05-01", "IRN", "HUN", "111", "later"),  # outside the range
    ])
    return store


def test_alignment_cosine_by_hand(world: Store):
    result = alignment(world, "IRN", "SRB", start="2023-04-01", end="2023-04-30")
    # Third parties HUN, RUS, CHN, EU: Iran (-2.0, 8.0, 1.9, 0), Serbia (5.7, 1.0, 0, -2.0).
    dot = -2.0 * 5.7 + 8.0 * 1.0
    expected = dot / (math.sqrt(4 + 64 + 1.9**2) * math.sqrt(5.7**2 + 1 + 4))
    assert result.cosine == pytest.approx(expected)
    assert result.n_third_parties == 4
    profile = result.profile.set_index("third")
    assert sorted(profile.index) == ["CHN", "EU", "HUN", "RUS"]
    assert profile.loc["HUN", "b_goldstein"] == pytest.approx(5.7)
    assert profile.loc["HUN", "b_events"] == 2 and profile.loc["CHN", "b_events"] == 0
    assert math.isnan(profile.loc["CHN", "b_goldstein"])


def test_alignment_of_identical_and_absent_profiles(store: Store):
    store.add_events([event("icews", "2023-01-01", "HUN", "RUS", "040"),
                      event("icews", "2023-01-02", "SRB", "RUS", "042")])
    same = alignment(store, "HUN", "SRB")
    assert same.cosine == pytest.approx(1.0)  # one third party, both positive
    none = alignment(store, "FRA", "TUR")
    assert none.cosine is None and none.n_third_parties == 0
    assert list(none.profile.columns) == ["third", "a_events", "a_goldstein", "b_events",
                                          "b_goldstein"]


def test_major_power_balance(world: Store):
    df = major_power_balance(world, "IRN", "SRB", start="2023-04-01", end="2023-04-30")
    rows = {(r.side, r.power): r for r in df.itertuples()}
    assert [(r.side, r.power) for r in df.itertuples()] == [
        ("IRN", "USA"), ("IRN", "EU"), ("IRN", "RUS"), ("IRN", "CHN"),
        ("SRB", "USA"), ("SRB", "EU"), ("SRB", "RUS"), ("SRB", "CHN")]
    assert rows["IRN", "RUS"].events == 1 and rows["IRN", "RUS"].goldstein_mean == 8.0
    assert rows["SRB", "EU"].events == 2 and rows["SRB", "EU"].net_coop == 0
    assert rows["SRB", "EU"].goldstein_mean == pytest.approx(-2.0)
    assert rows["IRN", "USA"].events == 0 and math.isnan(rows["IRN", "USA"].goldstein_mean)


def test_major_power_is_not_compared_with_itself(world: Store):
    df = major_power_balance(world, "RUS", "SRB")
    assert [(r.side, r.power) for r in df.itertuples()][:3] == [
        ("RUS", "USA"), ("RUS", "EU"), ("RUS", "CHN")]
    assert len(df) == 7
    assert df.set_index(["side", "power"]).loc[("RUS", "CHN"), "events"] == 0
