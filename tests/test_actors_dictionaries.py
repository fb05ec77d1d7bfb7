"""User dictionaries (YAML, TSV) and the PETRARCH / Phoenix .actors.txt format."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from entente.actors import (
    ActorResolver,
    Gazetteer,
    export_actors_dictionary,
    import_actors_dictionary,
    load_dictionary,
)
from entente.errors import InputError

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "actors"


def entry_facts(entries):
    return sorted((e.form, e.type, e.country, e.sector, e.code, e.start, e.end, e.name)
                  for e in entries)


# -- PETRARCH / Phoenix -----------------------------------------------------------------------

def test_import_reads_roots_synonyms_and_dated_codes():
    entries = import_actors_dictionary(FIXTURES / "balkans.actors.txt")
    vucic = [e for e in entries if e.form == "Vucic"]
    assert sorted((e.sector, e.start, e.end) for e in vucic) == sorted([
        ("GOV", date(2012, 7, 27), date(2017, 5, 31)),
        ("GOV", date(2017, 5, 31), None),
        ("OPP", None, date(2012, 7, 27)),
    ])
    assert {e.type for e in vucic} == {"person"} and {e.country for e in vucic} == {"SRB"}
    assert {e.name for e in vucic} == {"Aleksandar Vucic"}


def test_import_decodes_undated_codes():
    entries = {e.form: e for e in import_actors_dictionary(FIXTURES / "balkans.actors.txt")}
    # PETRARCH names are upper case; entente writes them capitalised, which still matches "SNS"
    assert (entries["Sns"].type, entries["Sns"].country, entries["Sns"].sector) == (
        "group", "SRB", "PTY")
    assert (entries["Novi Sad City Council"].type, entries["Novi Sad City Council"].sector) == (
        "institution", "GOV")
    assert (entries["Kosovo Force"].type, entries["Kosovo Force"].country) == ("igo", "NATO")
    assert (entries["Medical Relief Balkans"].type,
            entries["Medical Relief Balkans"].sector) == ("ngo", "HLH")
    assert entries["Zelena Stranka"].code == "SRBOPPENV"


def test_imported_dictionary_drives_the_resolver():
    gazetteer = Gazetteer.load([FIXTURES / "balkans.actors.txt"])
    resolver = ActorResolver(gazetteer)
    early = resolver.find("Vucic led a protest outside parliament.", date="2010-03-01")
    assert (early[0].country, early[0].sector) == ("SRB", "OPP")
    party = resolver.find("Zelena Stranka activists marched in Novi Sad.")[0]
    assert (party.kind, party.country, party.sector, party.code) == (
        "group", "SRB", "OPP", "SRBOPPENV")


def test_round_trip_through_the_petrarch_format(tmp_path):
    original = import_actors_dictionary(FIXTURES / "balkans.actors.txt")
    written = tmp_path / "out.actors.txt"
    count = export_actors_dictionary(original, written)
    assert count == 8
    again = import_actors_dictionary(written)
    assert entry_facts(again) == entry_facts(original)


def test_round_trip_of_a_user_yaml_dictionary(tmp_path):
    entries = [e for e in load_dictionary(FIXTURES / "user.yaml") if e.type != "sector"]
    written = tmp_path / "user.actors.txt"
    export_actors_dictionary(entries, written)
    text = written.read_text(encoding="utf-8")
    assert "ANNALENA_BAERBOCK_\n+BAERBOCK_\n[DEUGOV 211201-250531]" in text
    again = {(e.form, e.country, e.sector, e.start, e.end) for e in
             import_actors_dictionary(written)}
    assert ("Baerbock", "DEU", "GOV", date(2021, 12, 1), date(2025, 5, 31)) in again
    assert ("Dvsdu", "BIH", "REB", None, None) in again


@pytest.mark.parametrize(("name", "message"), [
    ("broken_code.actors.txt", "broken_code.actors.txt:3: cannot read code line"),
    ("broken_synonym.actors.txt", "broken_synonym.actors.txt:2: a synonym before any actor"),
])
def test_broken_petrarch_files_name_the_line(name, message):
    with pytest.raises(InputError, match=message):
        import_actors_dictionary(FIXTURES / name)


def test_unknown_country_code_is_reported(tmp_path):
    path = tmp_path / "odd.actors.txt"
    path.write_text("SOMEONE_\n[QQQGOV]\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"odd.actors.txt:2: unknown country code 'QQQ'"):
        import_actors_dictionary(path)


# -- entente's own YAML / TSV -----------------------------------------------------------------

def test_yaml_dictionary_with_month_precision_dates():
    entries = [e for e in load_dictionary(FIXTURES / "user.yaml") if e.name ==
               "Annalena Baerbock"]
    assert {(e.start, e.end) for e in entries} == {(date(2021, 12, 1), date(2025, 5, 31))}


def test_user_yaml_adds_people_groups_and_sector_words():
    resolver = ActorResolver(Gazetteer.load([FIXTURES / "user.yaml"]))
    text = "Petrovic met the DVSDU commanders while Croatian coast watchers looked on."
    mentions = {m.text: m for m in resolver.find(text, date="2024-05-01")}
    assert (mentions["Petrovic"].country, mentions["Petrovic"].sector) == ("SRB", "GOV")
    assert mentions["DVSDU commanders"].code == "BIHREBDVS"
    assert mentions["Croatian coast watchers"].code == "HRVMIL"


def test_user_entries_override_bundled_ones_by_date():
    resolver = ActorResolver(Gazetteer.load([FIXTURES / "user.yaml"]))
    in_office = resolver.find("Baerbock arrived in Kyiv.", date="2022-03-01")[0]
    assert (in_office.country, in_office.sector) == ("DEU", "GOV")
    after = resolver.find("Baerbock arrived in Kyiv.", date="2025-10-01")[0]
    assert (after.country, after.sector) == ("DEU", None)


def test_tsv_dictionary():
    resolver = ActorResolver(Gazetteer.load([FIXTURES / "user.tsv"]))
    mentions = {m.text: m for m in resolver.find(
        "Rama thanked the Northern Harbour Authority.", date="2024-01-01")}
    assert (mentions["Rama"].kind, mentions["Rama"].code) == ("person", "ALBGOV")
    assert mentions["Northern Harbour Authority"].code == "NORGOV"


def test_extend_returns_a_new_gazetteer():
    base = Gazetteer.default()
    extended = base.extend(FIXTURES / "user.tsv")
    assert base.lookup("Northern Harbour Authority") == []
    assert extended.lookup("Northern Harbour Authority")[0].country == "NOR"


@pytest.mark.parametrize(("name", "message"), [
    ("bad_date.tsv", r"bad_date.tsv:2: not a date: '2013-13-01'"),
    ("bad_country.tsv", r"bad_country.tsv:2: unknown country 'Atlantis'"),
    ("bad.yaml", r"bad.yaml:\d+: not valid YAML"),
])
def test_bad_user_dictionaries_name_the_place(name, message):
    with pytest.raises(InputError, match=message):
        load_dictionary(FIXTURES / name)


def test_missing_and_unknown_files(tmp_path):
    with pytest.raises(InputError, match="no such dictionary file"):
        load_dictionary(tmp_path / "absent.yaml")
    other = tmp_path / "people.csv"
    other.write_text("name,country\n", encoding="utf-8")
    with pytest.raises(InputError, match="unknown dictionary format"):
        load_dictionary(other)


@pytest.mark.parametrize(("name", "text", "message"), [
    pytest.param("wide.tsv", "name\tcountry\nSomeone\tSRB\textra\n",
                 r"wide.tsv:2: 3 fields, the header has 2", id="tsv_row_with_too_many_fields"),
    pytest.param("kinds.yaml", "- name: Someone\n  country: SRB\n- name: Other\n  kind: planet\n",
                 r"kinds.yaml: entry 2: unknown kind 'planet'",
                 id="yaml_entry_errors_name_the_entry"),
    pytest.param("terms.yaml", "- name: Someone\n  country: SRB\n  from: 2020-05\n  to: 2019\n",
                 "is before 'from'", id="term_ending_before_it_starts"),
    pytest.param("notes.txt", "Remember to call the embassy\nabout the visas\n",
                 "notes.txt: no actor with a \\[CODE\\] line",
                 id="a_text_file_without_codes_is_not_a_dictionary"),
])
def test_bad_written_dictionary_names_the_place(tmp_path, name, text, message):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    with pytest.raises(InputError, match=message):
        load_dictionary(path)


def test_imported_acronym_matches_in_capitals():
    resolver = ActorResolver(Gazetteer.load([FIXTURES / "balkans.actors.txt"]))
    mention = resolver.find("The SNS won the local vote.")[0]
    assert (mention.text, mention.code) == ("SNS", "SRBPTY")

