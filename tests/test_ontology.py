from __future__ import annotations

import csv
from datetime import date

import pytest

from conftest import REFERENCE
from entente import ontology
from entente.errors import EntenteError


@pytest.mark.parametrize(
    ("code", "quad", "penta", "goldstein"),
    [("040", 1, 1, 1.0), ("163", 4, 3, -8.0), ("195", 4, 4, -10.0), ("010", 1, 0, 0.0),
     ("0874", 2, 2, 10.0), ("093", 2, 3, -2.0), ("145", 3, 4, -7.5), ("1031", 3, 3, -5.0)],
)
def test_codes_carry_quad_penta_goldstein(code, quad, penta, goldstein):
    et = ontology.event_type(code)
    assert (et.quad_class, et.penta_class, et.goldstein) == (quad, penta, goldstein)
    assert et.root == code[:2]


def test_every_root_present_and_about_310_codes():
    types = ontology.event_types()
    assert {t.root for t in types.values()} == {f"{i:02d}" for i in range(1, 21)}
    assert 300 <= len(types) <= 320


def test_plover_mapping_2021():
    assert ontology.event_type("163").plover_event == "COERCE"
    assert ontology.event_type("042").plover_event == "CONSULT"
    assert ontology.event_type("042").plover_mode == "visit"
    assert ontology.event_type("010").plover_event is None  # CAMEO 01/02 dropped in PLOVER
    assert ontology.plover_event_2016("DEMAND") == "REQUEST"
    assert ontology.plover_event_2016("fight") == "ASSAULT"


@pytest.mark.parametrize(("event", "mode", "now"), [
    ("INVESTIGATE", None, "ACCUSE"),          # 09x is ACCUSE, mode investigate, in 2021
    ("COOPERATION", "", "COOPERATE"),
    ("COERCE", "destroy", "ASSAULT"),         # 1712 destroy property moved to ASSAULT
    ("COERCE", "ban", "COERCE"),
    ("THREATEN", "assassinate", "ASSAULT"),   # 185 attempt to assassinate
    ("THREATEN", "violence", "THREATEN"),
    ("AGREE", "destroy", "AGREE"),
])
def test_plover_2016_events_follow_the_2021_table(event, mode, now):
    assert ontology.plover_event_2016(event, mode) == now
    # and the 2021 table agrees: the CAMEO code behind each moved pair maps to the new event
    assert ontology.event_type("1712").plover_event == "ASSAULT"
    assert ontology.event_type("090").plover_event == "ACCUSE"


def test_unknown_code_is_a_clear_error():
    with pytest.raises(EntenteError, match="'999'"):
        ontology.event_type("999")


@pytest.mark.parametrize(("given", "iso3"), [
    ("SRB", "SRB"), ("Serbia", "SRB"), ("Iran", "IRN"), ("IRN", "IRN"), ("ROM", "ROU"),
    ("TMP", "TLS"), ("MTN", "MNE"), ("KOS", "XKX"), ("rs", "SRB"), ("United Kingdom", "GBR"),
    ("UK", "GBR"), ("IGOEUREEC", "EU"), ("nato", "NATO"), ("USR", "USR"), ("YUG", "YUG"),
])
def test_country_codes_convert_to_iso3(given, iso3):
    assert ontology.country(given) == iso3


def test_unknown_country_names_close_matches():
    with pytest.raises(EntenteError, match="Serbia"):
        ontology.country("Serbai")


def test_successors_roll_up_by_date():
    assert ontology.successor("YUG", date(1980, 1, 1)) == "SRB"
    assert ontology.successor("SCG", date(2005, 1, 1)) == "SRB"
    assert ontology.successor("SCG", date(2010, 1, 1)) == "SCG"
    assert ontology.successor("USR") == "RUS"
    assert ontology.successor("FRA") == "FRA"


def test_actor_types_include_media_and_health():
    types = ontology.actor_types()
    assert types["MED"] == "Media" and types["HLH"] == "Health" and "GOV" in types


needs_reference = pytest.mark.skipif(not REFERENCE.exists(), reason="shared/reference absent")


def _reference_rows(name):
    with open(REFERENCE / name, encoding="utf-8") as fh:
        lines = [line for line in fh if not line.startswith("#")]
    return list(csv.DictReader(lines, delimiter="\t"))


@needs_reference
def test_every_reference_code_resolves_with_right_classes():
    rows = _reference_rows("cameo_master_table.tsv")
    assert len(rows) == len(ontology.event_types())
    for row in rows:
        et = ontology.event_type(row["code"])
        assert et.goldstein == float(row["goldstein_gdelt"]), row["code"]
        assert et.quad_class == int(row["quad_gdelt_lookup_headers"]), row["code"]
        assert et.penta_class == int(row["quad5_phoenix"]), row["code"]
        assert (et.plover_event or "") == row["plover_event"], row["code"]


@needs_reference
def test_non_iso_cameo_state_codes_are_converted():
    for row in _reference_rows("cameo_country_codes_vs_iso3.tsv"):
        note = row["iso3_or_note"]
        if row["kind"] == "state/territory" and len(note) == 3 and note.isalpha():
            assert ontology.to_iso3(row["cameo_code"]) == note, row["cameo_code"]
