"""From loaded files to the pair's yearly context and the brief's two sections."""

from __future__ import annotations

import math
from pathlib import Path

import pytest

from entente.context import CONTEXT_COLUMNS, context_sections, dyad_context, load_file

F = Path(__file__).resolve().parent / "fixtures" / "context"
ALL_FILES = ("comtrade_srb_irn.json", "comtrade_irn_srb_bulk.txt",
             "BACI_HS17_Y2021_V202401b.csv", "wits_srb_irn.json", "wits_irn_srb.xml",
             "opensanctions_entities.ftm.json", "unga_votes.csv", "unga_idealpoints.csv")


@pytest.fixture
def loaded(store):
    for name in ALL_FILES:
        load_file(store, F / name)
    return store


def by_year(frame):
    return {int(r["year"]): r for r in frame.to_dict("records")}


def test_one_row_per_year_with_both_trade_views(loaded):
    frame = dyad_context(loaded, "Serbia", "IRN", 2019, 2022)
    assert list(frame.columns) == CONTEXT_COLUMNS
    assert frame["year"].tolist() == [2019, 2020, 2021, 2022]
    y = by_year(frame)
    assert y[2021]["exports_a_to_b_by_a"] == 31_845_210.0   # Serbia's declaration
    assert y[2021]["exports_a_to_b_by_b"] == 35_402_118.5   # Iran's mirror
    assert y[2021]["trade_a_view"] == 31_845_210.0 + 48_112_904.0
    assert y[2021]["trade_b_view"] == 35_402_118.5 + 52_990_417.0
    assert y[2021]["trade_baci"] == pytest.approx(54_665_757.0)
    assert y[2021]["top_product"] == "HS 08 (II Vegetable products)"
    # no trade loaded for 2019 and 2020: NaN, not zero
    assert math.isnan(y[2019]["trade_a_view"]) and math.isnan(y[2020]["trade_a_view"])


def test_tariffs_sanctions_and_voting_columns(loaded):
    y = by_year(dyad_context(loaded, "SRB", "IRN", 2020, 2024))
    assert (y[2021]["tariff_a_on_b"], y[2021]["tariff_b_on_a"]) == (4.02, 18.90)
    assert (y[2020]["mfn_a"], y[2020]["mfn_b"]) == (7.12, 20.12)
    assert y[2021]["sanctions_on_b"] == ("UK: GB-IRN; UN: Iran (Resolution 2231); "
                                         "US: OFAC-IRAN-EO13846")
    assert "EU: EU-IRN" in y[2023]["sanctions_on_b"]
    assert "UN: Iran (Resolution 2231)" not in y[2024]["sanctions_on_b"]  # ended 2023
    assert y[2024]["sanctions_on_a"] == "US: OFAC-RUSSIA-EO14024"
    assert (y[2024]["sanctioned_entities_a"], y[2021]["sanctioned_entities_b"]) == (1, 2)
    # 2021: abstain vs no (differ), yes vs yes (agree); 2022: yes vs abstain, yes vs yes
    assert (y[2021]["unga_agreement"], y[2021]["unga_joint_votes"]) == (0.5, 2)
    assert y[2022]["ideal_point_distance"] == pytest.approx(0.488 + 1.688)


def test_sources_name_source_year_and_licence(loaded):
    y = by_year(dyad_context(loaded, "SRB", "IRN", 2021, 2021))
    sources = y[2021]["sources"]
    for expected in ("trade: UN Comtrade 2021", "trade: CEPII BACI 2021",
                     "tariffs: WITS (World Bank) / UNCTAD TRAINS 2021",
                     "sanctions: OpenSanctions 2021", "CC BY-NC 4.0", "Etalab Open Licence",
                     "UN voting: UN General Assembly voting data"):
        assert expected in sources


def test_the_same_pair_the_other_way_round_swaps_the_views(loaded):
    ab = by_year(dyad_context(loaded, "SRB", "IRN", 2021, 2021))[2021]
    ba = by_year(dyad_context(loaded, "IRN", "SRB", 2021, 2021))[2021]
    assert ab["trade_a_view"] == ba["trade_b_view"]
    assert ab["exports_a_to_b_by_b"] == ba["exports_b_to_a_by_a"]
    assert ab["tariff_a_on_b"] == ba["tariff_b_on_a"]
    assert ab["unga_agreement"] == ba["unga_agreement"]


def test_missing_layers_are_said_plainly(store):
    load_file(store, F / "unga_votes.csv")
    frame = dyad_context(store, "Serbia", "Iran")
    missing = frame.attrs["missing"]
    assert len(missing) == 3
    assert missing[0].startswith("No trade data for Serbia and Iran")
    assert any(m.startswith("No sanctions data for Serbia and Iran") for m in missing)
    sections = context_sections(store, "Serbia", "Iran")
    assert sections["economic_ties"]["missing"] == [m for m in missing if "trade" in m
                                                    or "tariff" in m]
    assert sections["economic_ties"]["statements"] == []
    assert sections["sanctions_and_alignment"]["missing"] == [
        m for m in missing if "sanctions" in m]


def test_empty_store_gives_no_rows_and_every_layer_missing(store):
    frame = dyad_context(store, "FRA", "DEU")
    assert frame.empty and len(frame.attrs["missing"]) == 4


def test_sections_for_the_brief(loaded):
    sections = context_sections(loaded, "SRB", "IRN", 2019, 2022)
    economic = sections["economic_ties"]
    assert economic["missing"] == []
    assert "In 2021 Iran reported imports of 35.4 m USD from Serbia" in " ".join(
        economic["statements"])
    assert "(UN Comtrade, 2022)" in economic["statements"][-1]
    top = economic["top_products"]
    assert top["product"].tolist() == ["08", "10"] and top["year"].iloc[0] == 2022
    trend = economic["trend"]
    assert (trend["column"], trend["first_year"], trend["last_year"]) == (
        "trade_a_view", 2021, 2022)
    assert trend["change_pct"] == pytest.approx((93_718_525 / 79_958_114 - 1) * 100)
    assert set(economic["sources"]["source"]) == {"baci", "comtrade", "wits"}
    alignment = sections["sanctions_and_alignment"]
    programmes = alignment["programmes"]
    assert programmes[programmes["side"] == "IRN"]["authority"].tolist() == [
        "EU", "UK", "UN", "US"]
    assert alignment["designations"]["designations"].sum() == len(programmes)
    text = " ".join(alignment["statements"])
    assert "voted alike on 50% of 2 UN General Assembly roll calls" in text
    assert "CC BY-NC 4.0" in text
    licences = " ".join(alignment["sources"]["licence"])
    assert "non-commercial" in licences


def test_unknown_country_is_a_clear_error(store):
    from entente.errors import EntenteError

    with pytest.raises(EntenteError, match="unknown country"):
        dyad_context(store, "Serbia", "Atlantis")
    with pytest.raises(EntenteError, match="same country"):
        dyad_context(store, "Serbia", "SRB")


def test_an_organisation_as_one_side_counts_its_sanctions(loaded):
    y = by_year(dyad_context(loaded, "EU", "Iran", 2023, 2023))[2023]
    assert y["sanctions_a_on_b"] == 1  # EU-IRN, in force from July 2023
    assert math.isnan(y["trade_a_view"])
    frame = dyad_context(loaded, "EU", "Iran", 2023, 2023)
    assert any(m.startswith("No trade data for European Union and Iran")
               for m in frame.attrs["missing"])
