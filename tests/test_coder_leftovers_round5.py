"""Classes seen wrong at the end of session 17, fifth leftovers round: a state's own people
told to act are no party; a people's name for its counted members ("held three Britons");
an owned measure word ("Guyana's licensing round"); an attack claimed by a group is its
attack; leaving an organisation is reduced relations, no retreat; a subject gerund with an
adjective is a noun ("Russian shelling killed two of its soldiers"); the agent of a
participle on the thing acted on is no target. Sentences written for these tests."""

from __future__ import annotations

import pytest

from coder_helpers import coded, roots, triples

# --- a state's own people told to act --------------------------------------------------------


@pytest.mark.parametrize("text", [
    "China warned its citizens against travelling to Japan.",
    "The United States warned its nationals against travel to Venezuela.",
    "India advised its citizens to avoid travel to Iran.",
    "France urged its nationals to leave Lebanon.",
    "Canada told its diplomats to stay indoors in Port-au-Prince.",
])
def test_a_state_telling_its_own_people_is_no_event(coder, text):
    assert not roots(coder, text)


@pytest.mark.parametrize(("text", "expected"), [
    ("China warned Japan against interfering in Taiwan.", ("CHN", "13", "JPN")),
    ("Poland urged Belarus to release its citizens.", ("POL", "02", "BLR")),
    ("Qatar refused to send troops to Yemen and urged its citizens to leave the region.",
     ("QAT", "12", "YEM")),
])
def test_a_state_telling_another_keeps_its_target(coder, text, expected):
    assert expected in roots(coder, text)


# --- a people's name for its counted members ---------------------------------------------------


@pytest.mark.parametrize(("text", "expected"), [
    ("Iran held three Britons.", ("IRN", "173", "GBR")),
    ("Three Britons were held by Iran.", ("IRN", "173", "GBR")),
    ("Thailand sent back 50 Cambodians.", ("THA", "174", "KHM")),
    ("Malaysia deported 120 Indonesians last week.", ("MYS", "174", "IDN")),
    ("Taliban authorities arrested two Germans in Kabul.", ("AFG", "173", "DEU")),
])
def test_counted_people_of_a_state_are_its_nationals(coder, text, expected):
    assert expected in triples(coder, text)


def test_a_team_named_by_its_people_is_no_party(coder):
    assert not roots(coder, "The Cambodians won the match in Bangkok.")


# --- an owned measure word --------------------------------------------------------------------


@pytest.mark.parametrize(("text", "expected"), [
    ("Venezuela described Guyana's oil licensing round as illegal.", ("VEN", "11", "GUY")),
    ("Beijing condemned Manila's latest exploration round near the shoal.",
     ("CHN", "11", "PHL")),
    ("Caracas rejected Guyana's licensing round for offshore blocks.", ("VEN", "12", "GUY")),
])
def test_an_owned_round_or_package_is_its_owners(coder, text, expected):
    assert expected in roots(coder, text)


def test_a_bare_round_still_heads_nothing(coder):
    found = roots(coder, "Brazil welcomed a round of talks between Colombia and the ELN.")
    assert not any(t == "BRA" for _, _, t in found)


# --- an attack claimed ----------------------------------------------------------------------


@pytest.mark.parametrize(("text", "expected"), [
    ("Houthi rebels claimed an attack on a Greek-owned tanker.", ("YEM", "19", "GRC")),
    ("Hamas claimed a rocket attack on Tel Aviv.", ("PSE", "19", "ISR")),
    ("The Pakistani Taliban claimed the bombing of a Chinese convoy in Balochistan.",
     ("PAK", "19", "CHN")),
])
def test_a_claimed_attack_is_the_claimants_attack(coder, text, expected):
    assert expected in roots(coder, text)


def test_an_attack_claimed_by_a_group_keeps_its_doer(coder):
    events = coded(coder, "Two soldiers were killed in an attack claimed by the Taliban.")
    assert any(e.source.country == "AFG" and e.cameo_code.startswith("19") for e in events)
    assert not any(e.cameo_code == "015" for e in events)


@pytest.mark.parametrize("text", [
    "Moscow claimed the capture of a Ukrainian village near Pokrovsk.",
    "The minister claimed victory in the election.",
])
def test_a_claim_of_no_attack_is_no_attack(coder, text):
    assert not any(e.cameo_code.startswith("19") for e in coded(coder, text))


# --- leaving an organisation ---------------------------------------------------------------------


@pytest.mark.parametrize(("text", "expected"), [
    ("Mali, Burkina Faso and Niger announced their withdrawal from ECOWAS.",
     ("MLI", "160", "ECOWAS")),
    ("Hungary announced its withdrawal from the International Criminal Court.",
     ("HUN", "160", "ICC")),
    ("Mali withdrew from ECOWAS.", ("MLI", "160", "ECOWAS")),
    ("Russia announced its withdrawal from the Council of Europe.", ("RUS", "160", "COE")),
])
def test_leaving_an_organisation_reduces_relations(coder, text, expected):
    found = triples(coder, text)
    assert expected in found
    assert not any(c == "0872" for _, c, _ in found)


@pytest.mark.parametrize(("text", "expected"), [
    ("Russia announced the withdrawal of its troops from Kherson.", ("RUS", "0872", "UKR")),
    ("France withdrew its troops from Mali.", ("FRA", "0872", "MLI")),
])
def test_forces_withdrawn_from_a_place_retreat(coder, text, expected):
    assert expected in triples(coder, text)


# --- a subject gerund with an adjective -------------------------------------------------------


@pytest.mark.parametrize(("text", "expected"), [
    ("Ukraine said Russian shelling killed two of its soldiers.", ("RUS", "19", "UKR")),
    ("Kyiv said Russian shelling wounded five of its civilians in Kherson.",
     ("RUS", "19", "UKR")),
    ("India said Pakistani firing killed four of its border guards overnight.",
     ("PAK", "19", "IND")),
    ("Israel said Hezbollah rockets wounded three of its civilians.", ("LBN", "19", "ISR")),
])
def test_counted_people_of_the_reporter_are_the_reporters(coder, text, expected):
    found = roots(coder, text)
    assert expected in found
    assert not any(s == t for s, _, t in found)


# --- the agent of a participle on what was acted on ----------------------------------------


def test_the_launcher_of_what_was_shot_down_is_no_target(coder):
    found = roots(coder, "Israel shot down rockets launched by Hezbollah toward Haifa.")
    assert ("LBN", "19", "ISR") in found
    assert ("ISR", "19", "LBN") not in found


@pytest.mark.parametrize("text", [
    "Poland shot down a drone launched by Russia.",
    "Romania intercepted a missile fired by Russia.",
])
def test_an_interception_is_no_attack_on_the_launcher(coder, text):
    found = roots(coder, text)
    assert not any(s in ("POL", "ROU") for s, _, _ in found)


@pytest.mark.parametrize(("text", "expected"), [
    ("Jordan intercepted drones fired by Iran at Israel.", ("IRN", "19", "ISR")),
    ("Saudi Arabia intercepted missiles fired by the Houthis at Riyadh.", ("YEM", "19", "SAU")),
])
def test_the_fired_weapons_tell_their_own_attack(coder, text, expected):
    found = roots(coder, text)
    assert expected in found


# --- "its" before a trailing speaker who is a person -------------------------------------------


@pytest.mark.parametrize("text", [
    "The AU suspended its peace mission, a Kenyan envoy said.",
    "NATO expanded its air policing mission, a Polish minister said.",
])
def test_its_before_a_trailing_official_is_not_the_officials_state(coder, text):
    assert not any(t in ("KEN", "POL") for _, _, t in roots(coder, text))


@pytest.mark.parametrize(("text", "expected"), [
    ("South Korea's defence minister said North Korean drones violated its airspace.",
     ("PRK", "19", "KOR")),
    ("Vietnam's foreign ministry said Chinese ships rammed its fishing boats.",
     ("CHN", "17", "VNM")),
    ("Chinese ships rammed its fishing boats, the Vietnamese foreign ministry said.",
     ("CHN", "17", "VNM")),
])
def test_its_after_a_speaker_or_before_a_speaking_body_is_the_speakers(coder, text, expected):
    assert expected in roots(coder, text)


# --- a trailing "the government said" after a state's own course -------------------------------


@pytest.mark.parametrize(("text", "expected"), [
    ("Poland will build a fence on its border, the government said, accusing Minsk of "
     "pushing migrants across.", ("POL", "11", "BLR")),
    ("Estonia has shut its embassy, the government said, accusing Moscow of harassment.",
     ("EST", "11", "RUS")),
    ("Latvia would expel the envoy, the foreign ministry said, accusing Russia of meddling.",
     ("LVA", "11", "RUS")),
])
def test_a_trailing_government_reporting_its_states_course_is_that_state(coder, text,
                                                                         expected):
    assert expected in roots(coder, text)


def test_a_trailing_government_reporting_a_foreign_strike_is_not_the_doers(coder):
    found = roots(coder, "Russian drones struck Kyiv overnight, the government said, "
                         "accusing Moscow of terror.")
    assert not any(s == "RUS" and c == "11" for s, c, _ in found)


# --- a gerund clause of the time of an act --------------------------------------------------


@pytest.mark.parametrize("text", [
    "Washington said its jets struck the depot after receiving images from Turkey.",
    "France said its troops raided the camp after getting a tip from Niger.",
])
def test_whom_a_tip_came_from_is_no_target_of_the_strike(coder, text):
    assert not any(c.startswith("19") for _, c, _ in roots(coder, text))


@pytest.mark.parametrize(("text", "expected"), [
    ("Ukraine received intelligence from Britain on the strike.", ("GBR", "064", "UKR")),
    ("Israel said its aircraft hit the site after receiving intelligence from Jordan.",
     ("JOR", "064", "ISR")),
    ("Armenia received weapons from India.", ("IND", "072", "ARM")),
])
def test_intelligence_received_is_shared_by_its_giver(coder, text, expected):
    found = triples(coder, text)
    assert expected in found
    assert not any(c.startswith("04") for _, c, _ in found)


# --- a reported clause of scorn ---------------------------------------------------------------


@pytest.mark.parametrize(("text", "expected"), [
    ("'Moscow is mocking the world's efforts,' the Ukrainian foreign minister said.",
     ("UKR", "11", "RUS")),
    ('"Beijing is ridiculing the ruling," the Philippine foreign ministry said.',
     ("PHL", "11", "CHN")),
    ("Kyiv said Moscow was mocking the talks.", ("UKR", "11", "RUS")),
])
def test_a_party_said_to_mock_an_effort_is_criticised(coder, text, expected):
    assert expected in roots(coder, text)


@pytest.mark.parametrize("text", [
    "Russia mocked the peace plan.",
    "The Ukrainian foreign minister said the film mocked the talks.",
])
def test_scorn_of_a_thing_by_no_party_is_no_criticism_of_a_party(coder, text):
    assert not roots(coder, text)


# --- a present "-s" verb after the name that opens a headline-like sentence ------------------


@pytest.mark.parametrize(("text", "expected"), [
    ("Pakistan expels Afghan refugees as tensions rise with Kabul.", ("PAK", "174", "AFG")),
    ("Algeria expels French diplomats as row with Paris deepens.", ("DZA", "16", "FRA")),
    ("Russia bans Estonian imports as dispute grows.", ("RUS", "163", "EST")),
])
def test_an_opening_name_and_an_s_verb_with_an_object_are_subject_and_verb(coder, text,
                                                                           expected):
    found = triples(coder, text) if len(expected[1]) == 3 else roots(coder, text)
    assert expected in found


@pytest.mark.parametrize("text", [
    "Talks between Chile and Peru resume.",
    "Kenya's exports rise as demand grows.",
])
def test_an_opening_plural_noun_stays_a_noun(coder, text):
    assert not roots(coder, text)


# --- one's own put in another party's record ------------------------------------------------


@pytest.mark.parametrize(("text", "expected"), [
    ("Delhi objected to the inclusion of Indian territory in China's new map.",
     ("IND", "11", "CHN")),
    ("Manila protested the inclusion of its reefs in Beijing's new map.", ("PHL", "11", "CHN")),
    ("Seoul objected to the description of the islands in Japan's new textbooks.",
     ("KOR", "11", "JPN")),
])
def test_a_protest_at_ones_own_in_anothers_record_is_aimed_at_the_record(coder, text,
                                                                        expected):
    assert expected in roots(coder, text)


def test_ones_own_record_names_no_other_party(coder):
    assert not roots(coder, "India objected to the inclusion of its cities in its own map.")
