"""Classes of construction found wanting on the PLOVER train records (round 6), pinned with
sentences of our own.

Named holders of an office held at home: "President Arturo Mendes", "Judge Ana Ruiz",
"Prosecutor Ahmed Saleh", a name the gazetteer does not know after a title of an office
whose holder acts in his own country (rules.yaml `home_titles`), take the only country the
sentence names as a place or through its own people ("demands from the Mozambican
opposition", "rebels in northern Mali"). A second country, or that country named only as a
state or official (the holder's possible other party), leaves them unplaced; titles that
travel (foreign ministers, envoys, ambassadors) are never placed so."""

from __future__ import annotations

import pytest

from coder_helpers import coded


def _sides(coder, text):
    return {(e.source.country, e.target.country if e.target else None) for e in coded(coder, text)}


@pytest.mark.parametrize("text, source, target", [
    ("President Arturo Mendes finally gave in to demands from the Mozambican opposition to "
     "reform the electoral commission.", "MOZ", "MOZ"),
    ("Rebels in northern Mali rejected a call from President Ibrahim Toure to disarm.",
     "MLI", "MLI"),
    ("Prime Minister Tomas Ruiz accused Bolivian truckers of blocking the main highways.",
     "BOL", "BOL"),
    ("Interior Minister Karim Haddad ordered the arrest of dozens of Tunisian trade unionists.",
     "TUN", "TUN"),
    ("Judge Ana Ruiz charged three Paraguayan activists with inciting land seizures.",
     "PRY", "PRY"),
])
def test_a_named_holder_of_a_home_office_takes_the_one_country_of_the_sentence(
        coder, text, source, target):
    assert (source, target) in _sides(coder, text)


def test_a_named_governor_condemning_bandits_is_his_state(coder):
    found = _sides(coder, "Governor Samuel Okafor condemned the killing of Nigerian villagers "
                          "by bandits in the north.")
    assert ("NGA", None) in found


@pytest.mark.parametrize("text, unplaced", [
    # two countries: whose is he?
    ("President Arturo Mendes accused Malawian smugglers of crossing into Zambia.",
     "President Arturo Mendes"),
    # the one country named only as a state: it may be his other party
    ("President Arturo Mendes accused Rwanda of arming the rebels.", "President Arturo Mendes"),
    # a title that travels: a foreign minister or an envoy often speaks abroad
    ("Foreign Minister Karim Haddad criticised Moroccan officials in Rabat.",
     "Foreign Minister Karim Haddad"),
    ("Ambassador Laura Diaz condemned the attack on Ecuadorian journalists in Quito.",
     "Ambassador Laura Diaz"),
])
def test_a_named_official_stays_unplaced_where_the_sentence_does_not_tell(
        coder, text, unplaced):
    for event in coded(coder, text):
        for actor in (event.source, event.target):
            if actor is not None and actor.text == unplaced:
                assert actor.country is None


def test_a_named_holder_is_not_placed_by_the_officials_he_addresses(coder):
    text = ("Prime Minister Tomas Ruiz sent condolences to Chilean President Gabriel Boric and "
            "the people of Chile after the floods.")
    for event in coded(coder, text):
        assert event.source.text != "Prime Minister Tomas Ruiz" or event.source.country is None


# What an organisation may do, told by one of its member states, is the organisation's
# warning (roles.yaml `pair_blocs` gives the members of the African Union, the Arab League
# and the OAS too); told by an outsider it is a forecast, no event.
@pytest.mark.parametrize("text, source, target", [
    ("The African Union may suspend its mediation between Sudan's rival generals if the "
     "fighting continues, the Kenyan foreign minister said.", "AU", "SDN"),
    ("The African Union may impose sanctions on Niger's junta, Ghana's president said on "
     "Monday.", "AU", "NER"),
    ("The Organization of American States may suspend Nicaragua, the Chilean foreign "
     "minister said.", "OAS", "NIC"),
])
def test_a_member_tells_what_its_organisation_may_do(coder, text, source, target):
    assert any((e.source.country, e.target.country, e.cameo_code[:2]) == (source, target, "13")
               for e in coded(coder, text))


@pytest.mark.parametrize("text", [
    "The African Union may send troops to Haiti, a Chinese diplomat said.",
    "The Arab League could impose sanctions on Sudan, a Russian analyst said.",
])
def test_an_outsider_forecasting_what_an_organisation_may_do_gives_nothing(coder, text):
    assert not coded(coder, text)


# A bloc that suspends or freezes a member's membership or participation sanctions that
# member (160), named by the possessive; a state freezing its own membership "in" a body
# aims at the body.
@pytest.mark.parametrize("text, source, target", [
    ("The Arab League suspended Syria's membership in 2011.", "ARL", "SYR"),
    ("The African Union suspended Niger's membership after the coup.", "AU", "NER"),
    ("The Arab League froze Syria's membership.", "ARL", "SYR"),
    ("Russia froze its membership in the Council of Europe.", "RUS", "COE"),
])
def test_suspending_a_membership_sanctions_its_holder(coder, text, source, target):
    assert any((e.source.country, e.cameo_code, e.target.country) == (source, "160", target)
               for e in coded(coder, text))


def test_suspended_membership_fees_are_no_sanction(coder):
    assert not coded(coder, "The club suspended its membership fees for students.")


# Hyphenated event nouns of the lexicon ("sit-in") stay one word: split, "a sit - in" has
# the noun "in" for its head and no protest is read.
@pytest.mark.parametrize("text, source, target", [
    ("Kenyan doctors staged a sit-in outside the Ugandan embassy in Nairobi.", "KEN", "UGA"),
    ("Pakistani traders held a sit-in in front of the Afghan consulate in Peshawar.",
     "PAK", "AFG"),
    ("Filipino fishermen staged a sit-in outside the Chinese embassy in Manila.", "PHL", "CHN"),
])
def test_a_sit_in_outside_a_mission_protests_against_its_state(coder, text, source, target):
    assert any((e.source.country, e.cameo_code[:2], e.target.country) == (source, "14", target)
               for e in coded(coder, text))


@pytest.mark.parametrize("text", [
    "The sit-in ended peacefully on Sunday evening.",
    "Students staged a sit-in at the university library over exam fees.",
])
def test_a_sit_in_with_no_party_gives_nothing(coder, text):
    assert not coded(coder, text)


# A verb of naming judges its object by any word of its verdict: an "as" phrase the parser
# reads as a clause ("termed the statement as baseless"), a second verdict joined to a
# neutral first ("as unrealistic and unfounded"), and words for falsehood ("misleading").
@pytest.mark.parametrize("text, source, target", [
    ("The Indian government termed Pakistan's statement as baseless.", "IND", "PAK"),
    ("Egypt described Ethiopia's statement as misleading and baseless.", "EGY", "ETH"),
    ("Chile described Bolivia's maritime demand as unrealistic and unfounded.", "CHL", "BOL"),
    ("Ghana called Togo's claims misleading.", "GHA", "TGO"),
    ("Ethiopia called the Egyptian statement distorted and provocative.", "ETH", "EGY"),
])
def test_a_naming_verdict_of_falsehood_is_criticism(coder, text, source, target):
    assert any((e.source.country, e.cameo_code, e.target.country) == (source, "111", target)
               for e in coded(coder, text))


@pytest.mark.parametrize("text", [
    "Kenya described the talks as useful and frank.",
    "The minister described the report as long and detailed.",
    "Sudan described the report as misleading.",
])
def test_a_neutral_verdict_or_an_ownerless_thing_gives_no_criticism(coder, text):
    assert not [e for e in coded(coder, text) if e.cameo_code.startswith("11")]


# A crowd that no place places (protesters, students, workers, the opposition) is the people
# of the only country its sentence names through its government or a leader: people rise
# against their own rulers, also through a purpose clause ("went on hunger strike to protest
# against ..."). A mission abroad, troops or the country's bare name place nobody.
@pytest.mark.parametrize("text, country, root", [
    ("Students went on hunger strike to protest against the Kenyan government's decision to "
     "raise fees.", "KEN", "14"),
    ("Workers went on strike to protest against the Nigerian government's fuel subsidy "
     "removal.", "NGA", "14"),
    ("Protesters burned tyres to denounce the Haitian prime minister.", "HTI", "14"),
    ("Opposition supporters marched on parliament to demand the resignation of the Serbian "
     "prime minister.", "SRB", "14"),
    ("Protesters demanded the resignation of Peruvian President Dina Boluarte.", "PER", "10"),
])
def test_a_crowd_rises_against_its_own_rulers(coder, text, country, root):
    assert any((e.source.country, e.cameo_code[:2], e.target.country) == (country, root, country)
               for e in coded(coder, text))


@pytest.mark.parametrize("text", [
    "Protesters gathered outside the Israeli embassy to denounce the Israeli government.",
    "Protesters clashed with Israeli troops near the fence.",
    "Students protested against Israel on Monday.",
])
def test_a_crowd_is_not_placed_by_a_mission_troops_or_a_bare_name(coder, text):
    assert not [e for e in coded(coder, text) if e.source.country == "ISR"]
