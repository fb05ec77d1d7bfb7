"""Each context source's real format -> store tables, with broken rows counted, not stored."""

from __future__ import annotations

import gzip
import shutil
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from entente.context import detect_kind, load_file
from entente.errors import InputError

F = Path(__file__).resolve().parent / "fixtures" / "context"
TABLES = ("trade_flows", "tariffs", "sanctions", "unga_votes", "unga_ideal_points",
          "ingests")


def rows(store, sql, *params):
    return store.con.execute(sql, list(params)).fetchall()


def counts(store):
    return {t: rows(store, f"SELECT count(*) FROM {t}")[0][0] for t in TABLES}


def flow(store, source, reporter, exporter, importer, year, product="TOTAL"):
    found = rows(store, "SELECT value_usd FROM trade_flows WHERE source = ? AND reporter = ? "
                 "AND exporter = ? AND importer = ? AND year = ? AND product = ?",
                 source, reporter, exporter, importer, year, product)
    return found[0][0] if found else None


# -- UN Comtrade ---------------------------------------------------------------------------

def test_comtrade_api_json_keeps_reporter_view_and_drops_non_bilateral_rows(store):
    report = load_file(store, F / "comtrade_srb_irn.json")
    assert flow(store, "comtrade", "SRB", "SRB", "IRN", 2021) == 31_845_210.0
    assert flow(store, "comtrade", "SRB", "IRN", "SRB", 2022) == 66_287_519.0  # not the 40m
    assert flow(store, "comtrade", "SRB", "SRB", "IRN", 2021, "10") == 14_002_190.0
    # world partner, re-export and transport breakdown are not stored; the null value is
    assert rows(store, "SELECT count(*) FROM trade_flows WHERE exporter = 'SRB' AND "
                "value_usd > 1e9")[0][0] == 0
    assert report.inputs[0].rows_read == 14 and report.inputs[0].tables == {"trade_flows": 10}
    assert report.inputs[0].rows_skipped == 1 and "data[13]" in str(report.problems[0])
    weight = rows(store, "SELECT quantity FROM trade_flows WHERE product = '10' AND year = 2021")
    assert weight == [(52_118.0,)]  # 52,118,000 kg as tonnes


def test_comtrade_reload_replaces_rather_than_doubles(store):
    load_file(store, F / "comtrade_srb_irn.json")
    before = counts(store)["trade_flows"]
    load_file(store, F / "comtrade_srb_irn.json")
    assert counts(store)["trade_flows"] == before
    assert counts(store)["ingests"] == 2


def test_comtrade_bulk_tab_file_gzipped_is_the_mirror_view(store, tmp_path):
    packed = tmp_path / "comtrade_irn_2021.txt.gz"
    with (F / "comtrade_irn_srb_bulk.txt").open("rb") as src, gzip.open(packed, "wb") as out:
        shutil.copyfileobj(src, out)
    report = load_file(store, packed, "comtrade")
    assert flow(store, "comtrade", "IRN", "SRB", "IRN", 2021) == 35_402_118.5
    assert flow(store, "comtrade", "IRN", "IRN", "SRB", 2021, "08") == 24_871_003.0
    assert report.inputs[0].rows_skipped == 3
    assert any(": line 7: no trade flow code" in str(p) for p in report.problems)


def test_comtrade_legacy_csv_rolls_six_digit_codes_up_to_chapters(store):
    load_file(store, F / "comtrade_legacy.csv")
    assert flow(store, "comtrade", "SRB", "SRB", "IRN", 2019, "10") == 1_655_320 + 2_210_874
    assert flow(store, "comtrade", "SRB", "IRN", "SRB", 2019, "08") == 5_230_118


def test_comtrade_error_answer_is_one_clear_error_and_no_change(store):
    with pytest.raises(InputError, match="comtrade_error.json.*invalid subscription key"):
        load_file(store, F / "comtrade_error.json", "comtrade")
    assert set(counts(store).values()) == {0}


# -- CEPII BACI ----------------------------------------------------------------------------

def test_baci_in_thousands_of_usd_rolled_up_to_chapters(store):
    report = load_file(store, F / "BACI_HS17_Y2021_V202401b.csv")
    assert flow(store, "baci", "", "SRB", "IRN", 2021, "10") == pytest.approx(14_013_502.0)
    assert flow(store, "baci", "", "IRN", "SRB", 2021, "08") == pytest.approx(22_126_950.0)
    tonnes = rows(store, "SELECT quantity FROM trade_flows WHERE source = 'baci' AND "
                  "product = '30'")
    assert tonnes == [(None,)]  # BACI's padded NA quantity stays unknown
    assert report.inputs[0].rows_read == 11 and report.inputs[0].rows_skipped == 3


def test_baci_country_filter_and_missing_codes_file(store, tmp_path):
    load_file(store, F / "BACI_HS17_Y2021_V202401b.csv", countries=["IRN"])
    assert rows(store, "SELECT DISTINCT exporter FROM trade_flows ORDER BY 1") == [
        ("IRN",), ("SRB",)]
    alone = tmp_path / "BACI_HS17_Y2021_V202401b.csv"
    shutil.copy(F / alone.name, alone)
    with pytest.raises(InputError, match="country_codes"):
        load_file(store, alone, "baci")


# -- WITS ----------------------------------------------------------------------------------

def tariff(store, reporter, partner, year, indicator):
    found = rows(store, "SELECT value_pct FROM tariffs WHERE reporter = ? AND partner = ? "
                 "AND year = ? AND indicator = ?", reporter, partner, year, indicator)
    return found[0][0] if found else None


def test_wits_sdmx_json(store):
    report = load_file(store, F / "wits_srb_irn.json")
    assert tariff(store, "SRB", "IRN", 2021, "applied_simple") == 4.02
    assert tariff(store, "SRB", "WLD", 2020, "mfn_simple") == 7.12
    assert report.inputs[0].rows_skipped == 2  # an indicator that is not an average, a null value


def test_wits_sdmx_ml_structure_specific_and_generic(store):
    load_file(store, F / "wits_irn_srb.xml")
    load_file(store, F / "wits_generic.xml")
    assert tariff(store, "IRN", "SRB", 2020, "applied_simple") == 19.34
    assert tariff(store, "IRN", "WLD", 2021, "mfn_simple") is None  # "n/a" skipped
    assert tariff(store, "RUS", "SRB", 2021, "applied_weighted") == 0.42


def test_broken_xml_names_the_file(store, tmp_path):
    bad = tmp_path / "cut.xml"
    bad.write_text((F / "wits_irn_srb.xml").read_text()[:700])
    with pytest.raises(InputError, match="cut.xml: not SDMX"):
        load_file(store, bad, "wits")
    assert counts(store)["tariffs"] == 0


# -- OpenSanctions -------------------------------------------------------------------------

def listings(store, country):
    return rows(store, "SELECT authority, programme, CAST(start_date AS VARCHAR), "
                "CAST(end_date AS VARCHAR), target_kind FROM sanctions WHERE country = ? "
                "ORDER BY 1, 2", country)


def test_opensanctions_ftm_links_sanction_entities_to_targets(store):
    report = load_file(store, F / "opensanctions_entities.ftm.json")
    assert listings(store, "IRN") == [
        ("EU", "EU-IRN", "2023-07-20", None, "organisation"),
        ("UK", "GB-IRN", "2012-01-23", None, "government"),
        ("UN", "Iran (Resolution 2231)", "2008-03-03", "2023-10-18", "government"),
        ("US", "OFAC-IRAN-EO13846", "2019-06-24", None, "organisation"),
    ]
    # the Canadian-listed vessel is not on a UN, US, EU or UK list
    assert rows(store, "SELECT count(*) FROM sanctions WHERE name = 'ADRIAN DARYA'") == [(0,)]
    # a dataset-only listing: the dataset is the programme, first_seen the start
    assert listings(store, "RUS") == [("EU", "eu_fsf", "2022-04-08", None, "organisation")]
    assert report.inputs[0].rows_skipped == 2
    assert ": line 11: invalid JSON" in str(report.problems[0])
    licence = rows(store, "SELECT DISTINCT licence FROM sanctions")
    assert licence == [(report.inputs[0].licence,)] and "CC BY-NC 4.0" in report.inputs[0].licence
    assert "non-commercial" in report.inputs[0].licence


def test_opensanctions_nested_targets_format(store, tmp_path):
    import json

    lines = [json.loads(x) for x in (F / "opensanctions_entities.ftm.json").read_text(
        ).splitlines()[:3]]
    target, ofac, eu = lines
    target["properties"]["sanctions"] = [ofac, eu]
    nested = tmp_path / "targets.nested.json"
    nested.write_text(json.dumps(target) + "\n")
    load_file(store, nested)
    assert [r[:2] for r in listings(store, "IRN")] == [("EU", "EU-IRN"),
                                                       ("US", "OFAC-IRAN-EO13846")]


def test_opensanctions_simple_csv_pairs_programmes_with_their_authority(store):
    report = load_file(store, F / "opensanctions_targets.simple.csv")
    assert [r[:2] for r in listings(store, "SRB")] == [("EU", "EU-UKR"), ("UK", "GB-RUS")]
    assert [r[:2] for r in listings(store, "IRN")] == [("US", "OFAC-IRAN-EO13382")]
    assert report.inputs[0].rows_skipped == 1
    assert ": line 4: missing id or schema" in str(report.problems[0])


# -- UNGA ----------------------------------------------------------------------------------

def test_unga_votes_by_cow_code_with_members_only(store):
    report = load_file(store, F / "unga_votes.csv")
    votes = rows(store, "SELECT rcid, vote FROM unga_votes WHERE country = 'SRB' ORDER BY 1")
    assert votes == [(6011, 2), (6024, 1), (6102, 1), (6150, 1)]  # COW 345 is Serbia
    assert rows(store, "SELECT count(*) FROM unga_votes WHERE country = 'XKX'") == [(0,)]
    assert rows(store, "SELECT vote FROM unga_votes WHERE country = 'RUS' AND rcid = 6150"
                ) == [(8,)]
    assert report.inputs[0].rows_skipped == 2


def test_unga_ideal_points(store):
    load_file(store, F / "unga_idealpoints.csv")
    assert rows(store, "SELECT year, ideal_point FROM unga_ideal_points WHERE country = 'IRN' "
                "ORDER BY 1") == [(2021, -1.602), (2022, -1.688)]


# -- detection and failure -----------------------------------------------------------------

@pytest.mark.parametrize(("name", "kind"), [
    ("comtrade_srb_irn.json", "comtrade"), ("comtrade_irn_srb_bulk.txt", "comtrade"),
    ("comtrade_legacy.csv", "comtrade"), ("BACI_HS17_Y2021_V202401b.csv", "baci"),
    ("wits_srb_irn.json", "wits"), ("wits_irn_srb.xml", "wits"),
    ("opensanctions_entities.ftm.json", "opensanctions"),
    ("opensanctions_targets.simple.csv", "opensanctions"), ("unga_votes.csv", "unga"),
    ("unga_idealpoints.csv", "unga"),
])
def test_detect_kind(name, kind):
    assert detect_kind(F / name) == kind


def test_unknown_file_and_all_broken_file_leave_store_as_it_was(store, tmp_path):
    load_file(store, F / "unga_votes.csv")
    before = counts(store)
    odd = tmp_path / "notes.csv"
    odd.write_text("name,colour\nSerbia,red\n")
    with pytest.raises(InputError, match="notes.csv: cannot tell"):
        load_file(store, odd)
    broken = tmp_path / "votes.csv"
    broken.write_text('"rcid","ccode","vote","year"\n"x","2","1","2021"\n"7","999","5","2021"\n')
    with pytest.raises(InputError, match=r"votes.csv: no usable unga rows \(2 skipped\)"):
        load_file(store, broken)
    with pytest.raises(InputError, match="no such file"):
        load_file(store, tmp_path / "absent.csv")
    assert counts(store) == before


# -- hostile input: anything is either loaded or one clear InputError ---------------------

HEADERS = {
    "unga": '"rcid","ccode","vote","year","session"\n',
    "comtrade": "refYear\treporterISO\tpartnerISO\tflowCode\tcmdCode\tprimaryValue\n",
    "opensanctions": "id,schema,name,countries,dataset,first_seen\n",
    "baci": "t,i,j,k,v,q\n",
}


@settings(max_examples=40, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(kind=st.sampled_from(sorted(HEADERS)), body=st.text(max_size=300))
def test_garbage_rows_never_escape_as_tracebacks(store, tmp_path_factory, kind, body):
    path = tmp_path_factory.mktemp("fuzz") / "input.csv"
    path.write_text(HEADERS[kind] + body, encoding="utf-8")
    if kind == "baci":
        (path.parent / "country_codes_V202401b.csv").write_bytes(
            (F / "country_codes_V202401b.csv").read_bytes())
    before = counts(store)
    try:
        report = load_file(store, path, kind)
    except InputError as exc:
        assert str(path) in str(exc)
        assert counts(store) == before
    else:
        assert counts(store)["ingests"] == before["ingests"] + 1
        assert report.inputs[0].rows_skipped <= report.inputs[0].rows_read


JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=True) | st.text(max_size=8),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(
        st.sampled_from(["data", "id", "schema", "properties", "datasets", "dataSets",
                         "structure", "dimensions", "series", "observation", "values",
                         "observations", "entity", "country", "refYear", "flowCode",
                         "reporterISO", "partnerISO", "primaryValue", "first_seen"]),
        inner, max_size=5),
    max_leaves=25)


@settings(max_examples=60, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(kind=st.sampled_from(["comtrade", "wits", "opensanctions"]), payload=JSON_VALUES)
def test_garbage_json_never_escapes_as_traceback(store, tmp_path_factory, kind, payload):
    import json

    path = tmp_path_factory.mktemp("fuzz") / "input.json"
    text = json.dumps(payload)
    path.write_text(("{" + text + "\n") if kind == "opensanctions" and not text.startswith(
        "{") else text)
    before = counts(store)
    try:
        load_file(store, path, kind)
    except InputError as exc:
        assert str(path) in str(exc)
        assert counts(store) == before


def test_baci_zip_as_cepii_ships_it_loads_year_by_year(store, tmp_path):
    import zipfile

    from entente.context import load_paths

    archive = tmp_path / "BACI_HS17_V202401b.zip"
    year_2022 = (F / "BACI_HS17_Y2021_V202401b.csv").read_text().replace("2021,", "2022,")
    with zipfile.ZipFile(archive, "w") as zf:
        zf.write(F / "BACI_HS17_Y2021_V202401b.csv", "BACI_HS17_Y2021_V202401b.csv")
        zf.writestr("BACI_HS17_Y2022_V202401b.csv", year_2022)
        zf.write(F / "country_codes_V202401b.csv", "country_codes_V202401b.csv")
        zf.writestr("Readme.txt", "BACI HS17, values in thousands of USD")
    reports = load_paths(store, [archive], countries=["SRB"])
    assert [r.name.rsplit("!", 1)[1] for r in reports.inputs] == [
        "BACI_HS17_Y2021_V202401b.csv", "BACI_HS17_Y2022_V202401b.csv"]
    assert flow(store, "baci", "", "SRB", "IRN", 2022, "10") == pytest.approx(14_013_502.0)
    assert rows(store, "SELECT count(*) FROM trade_flows WHERE exporter = 'FRA'") == [(0,)]
