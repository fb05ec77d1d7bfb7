"""Who the roles are, by class of construction: a trigger is found and both countries are
named, yet a pronoun, a described state, a coordinated list or a misattached "by" phrase hid
which country fills which role. Each class has sentences that must give the pair and
sentences of the same shape that must give nothing or must stay as they are."""

from __future__ import annotations

import pytest

from coder_helpers import dyadic


def pairs(coder, text: str) -> set[tuple[str, str]]:
    """(source country, target country) of every dyadic event."""
    return {(s, t) for s, _, t in dyadic(coder, text)}


def roots(coder, text: str) -> set[tuple[str, str, str]]:
    return {(s, c[:2], t) for s, c, t in dyadic(coder, text)}


# --- a possessive or object pronoun in a reported clause: the speaker, not the doer ---------

@pytest.mark.parametrize(("text", "expected"), [
    ("Hanoi said Chinese maritime militia boats had rammed its survey ship near the Spratly"
     " Islands.", ("CHN", "VNM")),
    ("Latvia's interior minister said Belarus had threatened her country with retaliation.",
     ("BLR", "LVA")),
    ("Kyiv said Russian drones struck its grain terminals on the Danube overnight.",
     ("RUS", "UKR")),
    ("Peru's president said Bolivia had insulted his government.", ("BOL", "PER")),
    ("Kenya said Ethiopian police had detained its lorry drivers at the border.",
     ("ETH", "KEN")),
    ("Seoul said Pyongyang had threatened it with atomic strikes.", ("PRK", "KOR")),
    ("Manila said Chinese coast guard ships had harassed their supply boats.", ("CHN", "PHL")),
])
def test_a_pronoun_that_would_make_an_act_on_oneself_is_the_speaker(coder, text, expected):
    found = pairs(coder, text)
    assert expected in found
    assert not any(s == t for s, t in found)


def test_their_in_speech_by_coordinated_speakers_is_each_speakers(coder):
    found = pairs(coder, "Tanzania and Malawi said Mozambican gunmen had raided their border"
                         " villages.")
    assert {("MOZ", "TZA"), ("MOZ", "MWI")} <= found
    found = pairs(coder, "Tanzania and Malawi said their troops had attacked Mozambican"
                         " rebels.")
    assert {("TZA", "MOZ"), ("MWI", "MOZ")} <= found


@pytest.mark.parametrize(("text", "expected"), [
    ("Moscow pulled its ambassador out of Tallinn.", ("RUS", "EST")),
    ("Beijing said its coast guard had expelled Philippine vessels from the shoal.",
     ("CHN", "PHL")),
    ("Ankara said its jets had struck militant positions in northern Iraq.", ("TUR", "IRQ")),
])
def test_a_pronoun_of_the_doers_own_side_stays_theirs(coder, text, expected):
    assert expected in pairs(coder, text)


@pytest.mark.parametrize("text", [
    "Russia recalled its ambassador.",
    "Kyiv said Russian troops had shelled their own positions by mistake.",
    "Washington said Iran was arming its proxies across the region.",
    "Kyiv said Hungary was courting its enemies in the Kremlin.",
])
def test_an_act_on_the_doers_own_side_reaches_no_other_state(coder, text):
    found = pairs(coder, text)
    assert not any(t in ("USA", "UKR") and s != t for s, t in found)
    assert not any(s == t for s, t in found)


@pytest.mark.parametrize(("text", "expected"), [
    ("Damascus said Israeli jets struck army positions in its southern provinces.",
     ("ISR", "SYR")),
    ("The Taliban said Pakistani air strikes killed civilians in its eastern provinces.",
     ("PAK", "AFG")),
])
def test_a_place_owned_by_the_speakers_pronoun_is_the_speakers_ground(coder, text, expected):
    assert expected in pairs(coder, text)


@pytest.mark.parametrize("text", [
    "Moscow said its troops killed militants in their hideouts.",
    "Ankara deployed troops in its southern provinces.",
])
def test_a_place_owned_by_the_doers_pronoun_reaches_no_other_state(coder, text):
    assert not any(s != t for s, t in pairs(coder, text))


# --- a described state in a reported clause -------------------------------------------------

def test_the_country_a_foreign_doer_acts_on_is_the_speakers(coder):
    assert ("FRA", "MLI") in pairs(
        coder, "Bamako's junta said French soldiers had completed their withdrawal from the"
               " country.")


# --- coordinated lists the parser split by an apposition, and their conjuncts -------------

@pytest.mark.parametrize(("text", "sources", "target"), [
    ("Algeria, the Gambia, Ghana and Senegal condemned the coup in Niger.",
     {"DZA", "GMB", "GHA", "SEN"}, "NER"),
    ("Brazil, the Argentine Republic and Chile signed a joint declaration with Mexico.",
     {"BRA", "ARG", "CHL"}, "MEX"),
    ("Its two neighbours, Rwanda and Burundi, closed their borders to Congo.",
     {"RWA", "BDI"}, "COD"),
    ("Australia, the island continent, and New Zealand sent aid to Tonga.",
     {"AUS", "NZL"}, "TON"),
    ("Canada, Australia, and New Zealand imposed sanctions on Myanmar's generals.",
     {"CAN", "AUS", "NZL"}, "MMR"),
    ("Chile, Peru, Bolivia, and Ecuador criticised the United States.",
     {"CHL", "PER", "BOL", "ECU"}, "USA"),
])
def test_every_member_of_a_listed_subject_is_a_source(coder, text, sources, target):
    found = pairs(coder, text)
    assert {(s, target) for s in sources} <= found


@pytest.mark.parametrize(("text", "source", "targets"), [
    ("The Arab League urged Sudan and Chad to end the border dispute.", "ARL", {"SDN", "TCD"}),
    ("The European Union called on Serbia and Kosovo to resume talks.", "EU", {"SRB", "XKX"}),
    ("Berlin called on Georgia and Russia to honour the truce.", "DEU", {"GEO", "RUS"}),
    ("The African Union said Ethiopia and Eritrea must withdraw their troops.", "AU",
     {"ETH", "ERI"}),
    ("Turkey expelled envoys from Sweden, Denmark and Norway.", "TUR", {"SWE", "DNK", "NOR"}),
    ("Athens rejected the terms of a loan from the European Union and the International"
     " Monetary Fund.", "GRC", {"EU", "IMF"}),
])
def test_every_member_of_a_coordinated_addressee_is_a_target(coder, text, source, targets):
    assert {(source, t) for t in targets} <= pairs(coder, text)


def test_a_us_state_beside_another_us_state_is_no_country(coder):
    assert dyadic(coder, "Florida and Georgia sued the federal government.") == set()


@pytest.mark.parametrize(("text", "expected"), [
    ("The presidents of North and South Korea held talks in Beijing.", {"PRK", "KOR"}),
    ("Officials from North and South Sudan met in Addis Ababa.", {"SDN", "SSD"}),
])
def test_names_sharing_coordinated_modifiers_are_each_a_party(coder, text, expected):
    a, b = sorted(expected)
    assert {(a, b), (b, a)} <= pairs(coder, text)


def test_owners_coordinated_after_of_keep_their_whole_names(coder):
    found = pairs(coder, "The presidents of Chile, Peru and South Africa met in Santiago.")
    assert {("CHL", "ZAF"), ("ZAF", "PER"), ("PER", "CHL")} <= found


def test_a_coordinated_target_sharing_a_name_gives_both(coder):
    assert {("CHN", "PRK"), ("CHN", "KOR")} <= pairs(
        coder, "Beijing called on North and South Korea to show restraint.")


# --- a passive whose coordinated "by" agent hangs on its infinitive or gerund --------------

@pytest.mark.parametrize(("text", "sources", "target", "root"), [
    ("Iraqi diplomats were ordered to leave by Kuwait, Qatar and Oman.",
     {"KWT", "QAT", "OMN"}, "IRQ", "16"),
    ("Russian athletes were banned from competing by Britain and Canada.",
     {"GBR", "CAN"}, "RUS", "17"),
])
def test_a_passive_agent_on_the_infinitive_is_every_doer(coder, text, sources, target, root):
    assert {(s, root, target) for s in sources} <= roots(coder, text)


@pytest.mark.parametrize("text", [
    "The diplomats were told to leave by Friday.",
    "Foreign reporters were ordered to leave by the end of May.",
])
def test_a_deadline_after_the_infinitive_is_no_agent(coder, text):
    assert dyadic(coder, text) == set()


# --- verbs of exchange: the object passes between coordinated subjects ----------------------

def test_a_coordinated_subject_of_an_exchange_pairs_up(coder):
    found = pairs(coder, "Peru and Ecuador exchanged dozens of prisoners on Tuesday.")
    assert {("PER", "ECU"), ("ECU", "PER")} <= found


def test_an_exchange_with_a_named_party_keeps_its_direction(coder):
    assert pairs(coder, "Chile exchanged 40 prisoners with Bolivia.") == {("CHL", "BOL")}
