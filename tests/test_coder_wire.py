"""Wire-style sentences about a fictional world whose states exist only in a user's PETRARCH
dictionary (tests/fixtures/wire/): the dictionary import (states of one's own, adjectives,
agents files, surnames), the coder with those actors, and parity with the same sentences
about real countries. The world and its sentences are in tests/wire_world.py."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from coder_helpers import dyadic, roots
from entente.actors import (
    ActorResolver,
    Gazetteer,
    export_actors_dictionary,
    import_actors_dictionary,
    load_dictionary,
)
from entente.errors import InputError
from wire_world import (
    ACTORS,
    AGENTS,
    REAL_CODES,
    SENTENCES,
    WIRE_DIR,
    coded,
    real_dictionary,
    score,
    wire_coder,
)


def write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def facts(entries):
    return sorted((e.form, e.type, e.country, e.sector, e.code, e.start, e.end)
                  for e in entries)


# -- states that exist only in the user's dictionary ---------------------------------------

def test_a_bare_unknown_code_declares_a_state_of_the_users_world():
    entries = {(e.form, e.code): e for e in import_actors_dictionary(ACTORS)}
    valdoria = entries[("Valdoria", "VLD")]
    assert (valdoria.type, valdoria.country) == ("state", "VLD")
    assert entries[("Qesh Alun", "TMZ")].country == "TMZ"
    holt = entries[("Marek Holt", "KRVOPP")]
    assert (holt.type, holt.country, holt.sector) == ("person", "KRV", "OPP")
    assert entries[("Ostrevian Liberation Army", "OSVREB")].type == "group"
    assert entries[("Karvenian National Assembly", "KRVLEG")].type == "institution"


def test_a_synonym_made_from_the_states_name_is_its_adjective():
    types = {e.form: e.type for e in import_actors_dictionary(ACTORS)}
    assert types["Valdorian"] == types["Tamzari"] == types["South Kessarian"] == "adjective"
    assert types["Belmarian"] == "adjective"  # Belmaris -> Belmarian
    assert types["Republic of Valdoria"] == types["Dulmor"] == "state"


def test_a_real_states_synonyms_keep_their_bundled_reading(tmp_path):
    path = write(tmp_path, "fr.actors.txt", "FRANCE_ [FRA]\n+FRENCH_\n+PARIS_\n+GALLIA_\n")
    types = {e.form: e.type for e in import_actors_dictionary(path)}
    assert types == {"France": "state", "French": "adjective", "Paris": "capital",
                     "Gallia": "state"}


def test_a_code_of_an_undeclared_state_names_file_and_line(tmp_path):
    path = write(tmp_path, "bad.actors.txt", "# people\nMIRA_KALLAS_\n  [QZXGOV >200101]\n")
    with pytest.raises(InputError, match=r"bad\.actors\.txt:3: unknown country code 'QZX'.*"
                                         r"NAME_ \[QZX\]"):
        import_actors_dictionary(path)


def test_states_declared_in_one_dictionary_serve_the_next(tmp_path):
    people = write(tmp_path, "people.actors.txt", "MIRA_KALLAS_\n+KALLAS_\n  [TMZGOV >200101]\n")
    resolver = ActorResolver(Gazetteer.load([ACTORS, people]))
    kallas = resolver.find("Kallas arrived in Dulmor.", date="2024-03-01")[0]
    assert (kallas.kind, kallas.country, kallas.sector) == ("person", "TMZ", "GOV")
    with pytest.raises(InputError, match="unknown country code 'TMZ'"):
        Gazetteer.load([people])


def test_yaml_and_tsv_dictionaries_declare_states_with_a_state_row(tmp_path):
    yaml_path = write(tmp_path, "world.yaml", "entries:\n"
                      "  - {name: Norvania, aliases: [Norvanian], kind: state, country: NRQ}\n"
                      "  - {name: Ada Sorel, aliases: [Sorel], country: NRQ, sector: GOV}\n")
    assert {(e.form, e.country) for e in load_dictionary(yaml_path)} >= {
        ("Norvania", "NRQ"), ("Sorel", "NRQ")}
    tsv_path = write(tmp_path, "world.tsv", "name\tkind\tcountry\nAda Sorel\tperson\tNRQ\n")
    with pytest.raises(InputError, match=r"world\.tsv:2: unknown country 'NRQ' \(a state of "
                                         r"your own needs a row of kind state"):
        load_dictionary(tsv_path)


def test_petrarch_comment_styles_null_codes_and_blank_separated_names(tmp_path):
    path = write(tmp_path, "old.actors.txt",
                 "<! an old-style comment line\n"
                 "LORVENIA [LRV] ; KEDS-style comment\n"
                 "LORVENIAN GUARD [lrvmil]\n"
                 "THE CROWN PRETENDER [---]\n"
                 "ANNA_VEIL_\n\t[LRVGOV 19950601 - 19990815]\n\t[LRVOPP >19990816]\n")
    entries = import_actors_dictionary(path)
    assert {(e.form, e.country, e.sector) for e in entries} == {
        ("Lorvenia", "LRV", None), ("Lorvenian Guard", "LRV", "MIL"),
        ("Anna Veil", "LRV", "GOV"), ("Anna Veil", "LRV", "OPP")}
    veil = sorted((e.start, e.end) for e in entries if e.form == "Anna Veil")
    assert veil[0] == (date(1995, 6, 1), date(1999, 8, 15))


def test_the_world_survives_a_round_trip(tmp_path):
    original = import_actors_dictionary(ACTORS)
    written = tmp_path / "again.actors.txt"
    export_actors_dictionary(original, written)
    assert facts(import_actors_dictionary(written)) == facts(original)


def test_a_user_persons_surname_stands_alone_when_nothing_else_has_it():
    resolver = ActorResolver(Gazetteer.load([ACTORS]))
    odense = resolver.find("Odense spoke to reporters.", date="2024-03-01")[0]
    assert (odense.text, odense.country, odense.sector) == ("Odense", "SKS", "GOV")


# -- PETRARCH agents files ------------------------------------------------------------------

def test_an_agents_file_adds_sector_words_with_plurals_and_substitution_sets():
    forms = {e.form: (e.type, e.sector) for e in load_dictionary(AGENTS)}
    assert forms["coast watch"] == ("sector", "MIL") and "coast watchs" not in forms
    assert forms["border guard"] == forms["frontier guards"] == ("sector", "MIL")
    assert forms["riot policemen"] == ("sector", "COP") and "riot policemans" not in forms
    assert forms["customs service"] == forms["customs services"] == ("sector", "GOV")
    # the bundled gazetteer already reads these as the same sector: its richer entry stays
    assert "government" not in forms and "ambassador" not in forms


def test_agents_words_give_sectors_to_user_states():
    resolver = ActorResolver(Gazetteer.load([ACTORS, AGENTS]))
    found = resolver.find("The Karvenian coast watch and Belmaris customs service agreed.")
    assert [(m.country, m.sector) for m in found] == [("KRV", "MIL"), ("BMR", "GOV")]


@pytest.mark.parametrize(("text", "message"), [
    ("!CREW! = SAILOR, DECKHAND\n!SHIP!_CREW_ [~MIL]\n",
     r"x\.agents\.txt:2: substitution set !SHIP! is not defined"),
    ("HARBOUR_PILOT_ [~G0V]\n", r"x\.agents\.txt:1: cannot read agent code '~G0V'"),
    ("!EMPTY! = \nGUARD_ [~MIL]\n", r"x\.agents\.txt:1: the substitution set !EMPTY! is empty"),
])
def test_a_broken_agents_file_names_file_and_line(tmp_path, text, message):
    with pytest.raises(InputError, match=message):
        load_dictionary(write(tmp_path, "x.agents.txt", text))


def test_an_agent_of_a_type_entente_does_not_know_is_left_out(tmp_path):
    path = write(tmp_path, "rel.agents.txt", "MONK_ [~BUD]\nTEMPLE_SCHOOL_ [~BUDEDU]\n")
    assert {(e.form, e.sector) for e in load_dictionary(path)} == {
        ("temple school", "EDU"), ("temple schools", "EDU")}


# -- the coder with user-dictionary actors --------------------------------------------------

@pytest.fixture(scope="module")
def fictional_coder():
    return wire_coder([ACTORS, AGENTS])


@pytest.fixture(scope="module")
def real_coder(fictional_coder, tmp_path_factory):
    from entente.coder import Coder

    path = real_dictionary(tmp_path_factory.mktemp("real"))
    return Coder(resolver=ActorResolver(Gazetteer.load([path])), model=fictional_coder.nlp)


def _mapped(events) -> set[tuple[str | None, str, str | None]]:
    return {(REAL_CODES.get(e.source.country or "", e.source.country), e.cameo_code,
             REAL_CODES.get(e.target.country or "", e.target.country)) for e in events}


@pytest.mark.parametrize("wire", SENTENCES, ids=[w.key for w in SENTENCES])
def test_fictional_states_are_coded_as_real_ones_are(wire, fictional_coder, real_coder):
    """Every sentence gives the same events about the invented states as about real ones:
    user-dictionary actors are first-class (kinds, adjectives, capitals, agents, pairs,
    "the two countries", "its")."""
    real = wire.real()
    assert _mapped(coded(fictional_coder, wire)) == {
        (e.source.country, e.cameo_code, e.target.country) for e in coded(real_coder, real)}


def test_wire_sentences_score(fictional_coder):
    """Floors for the whole set (the figures are in docs/actors.md)."""
    result = score(fictional_coder, SENTENCES)
    assert result.expected == 82
    assert result.dyads >= 72 and result.roots >= 72, "\n".join(result.missed or [])
    assert result.false_events <= 1, "\n".join(result.missed or [])


def test_user_state_adjectives_share_a_head_noun(fictional_coder):
    events = coded(fictional_coder, SENTENCES[[w.key for w in SENTENCES].index("shared-head")])
    assert {(e.source.country, e.source.sector) for e in events} >= {("VLD", "GOV"),
                                                                      ("KRV", "GOV")}


# -- classes the wire sentences showed (real countries, our own sentences) ------------------

def test_a_label_noun_before_coordinated_names_is_no_doer_of_its_own(coder):
    """"Old rivals A and B restored ties": the parser makes "rivals" a second subject, which
    swallowed both names into one side; the names pair up as any coordinated subject."""
    assert dyadic(coder, "Longtime rivals Greece and Turkey held talks in Athens.") >= {
        ("GRC", "046", "TUR"), ("TUR", "046", "GRC")}
    assert {(s, c[:2], t) for s, c, t in dyadic(
        coder, "Old rivals Oman and South Africa have restored diplomatic ties.")} >= {
        ("OMN", "05", "ZAF"), ("ZAF", "05", "OMN")}
    assert ("NOR", "062", "DNK") in dyadic(coder, "Old allies Norway and Denmark held a "
                                                  "joint exercise.")
    assert roots(coder, "Old friends Kenya and Uganda agreed to build a railway "
                        "together.") >= {("KEN", "03", "UGA"), ("UGA", "03", "KEN")}


def test_a_label_noun_with_one_name_pairs_nobody(coder):
    assert dyadic(coder, "Neighbour Togo held talks on Friday.") == set()
    assert dyadic(coder, "Gulf neighbour Qatar criticised the decision.") == set()


def test_promised_or_vowed_aid_is_an_intent_to_give_aid(coder):
    assert ("NOR", "033", "CHL") in dyadic(coder, "Norway promised aid to Chile after the "
                                                  "earthquake.")
    assert ("JPN", "033", "NPL") in dyadic(coder, "Japan vowed relief to quake-hit Nepal.")
    assert dyadic(coder, "Norway promised to review its budget.") == set()


def test_a_reaction_to_the_course_of_a_relation_targets_its_other_party(coder):
    """"welcomed the resumption of ties with X": the act reacted to is a change of a
    relation (roles.yaml act_nouns), and the relation's other party is whom it concerns."""
    assert ("KEN", "051", "SOM") in dyadic(coder, "Kenya welcomed the resumption of "
                                                  "diplomatic ties with Somalia.")
    assert dyadic(coder, "Norway praised the restoration of relations between Ethiopia and "
                         "Eritrea.") >= {("NOR", "051", "ETH"), ("NOR", "051", "ERI")}
    assert dyadic(coder, "Kenya welcomed the resumption of flights.") == set()
    # a relation is still no doer: "the deepening of relations ... worried observers"
    assert dyadic(coder, "The deepening of relations between Serbia and Iran worried "
                         "observers.") == set()


def test_extraditing_a_foreign_national_concerns_the_nationals_state(coder):
    assert ("AUT", "063", "SVK") in dyadic(coder, "Austria extradited two Slovak nationals.")
    assert ("AUT", "12", "SVK") in roots(coder, "Austria refused to extradite a Slovak "
                                                "citizen wanted for fraud.")
    assert dyadic(coder, "Spain extradited a Spanish fugitive.") == set()


# -- the command line, as docs/actors.md shows it ---------------------------------------------

def run(*args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "entente", *args], input=stdin,
                          capture_output=True, text=True, timeout=180)


def test_entente_code_reads_user_dictionaries():
    text = ("Two Valdorian fishing boats were seized by the Tamzari coast guard on Monday.\n\n"
            "Brannock telephoned Dunmore on Tuesday to discuss the refugee crisis.\n")
    result = run("code", "-", "--format", "jsonl", "--date", "2024-03-14",
                 "--dict", str(ACTORS), "--dict", str(AGENTS), stdin=text)
    assert result.returncode == 0, result.stderr
    events = [json.loads(line) for line in result.stdout.splitlines()]
    found = {(e["source"]["country"], e["cameo_code"][:2], e["target"]["country"])
             for e in events}
    assert {("TMZ", "17", "VLD"), ("VLD", "04", "KRV")} <= found
    seized = next(e for e in events if e["cameo_code"].startswith("17"))
    assert seized["source"]["code"] == "TMZMIL" and seized["date"] == "2024-03-11"


def test_entente_code_reports_a_broken_dictionary_by_file_and_line(tmp_path):
    broken = write(tmp_path, "broken.actors.txt", "ZELVANIA_ [ZLV]\n[ZLVGOV 2001]\n")
    result = run("code", "-", "--dict", str(broken), stdin="Zelvania protested.")
    assert result.returncode != 0
    assert f"{broken}:2: cannot read code line" in result.stderr
    assert "Traceback" not in result.stderr and result.stdout == ""


def test_wire_fixture_files_exist():
    assert {p.name for p in WIRE_DIR.iterdir()} >= {ACTORS.name, AGENTS.name}


def test_entente_evaluate_scores_petrarch_records_about_the_users_world(tmp_path):
    records = WIRE_DIR / "wire_world.records.xml"
    out = tmp_path / "wire.json"
    result = run("evaluate", str(records), "--format", "petrarch", "--dict", str(ACTORS),
                 "--dict", str(AGENTS), "--json", str(out), "-q")
    assert result.returncode == 0, result.stderr
    figures = json.loads(out.read_text(encoding="utf-8"))["sections"]["all"]
    assert figures["events"]["recall"] == 1.0 and figures["events"]["gold"] == 5
    without = run("evaluate", str(records), "--format", "petrarch", "-q")
    assert without.returncode != 0 and "Traceback" not in without.stderr
    assert "Sentence 1 (WIRE-01) EventCoding 1: unknown actor country code 'TMZMIL'" in \
        without.stderr
