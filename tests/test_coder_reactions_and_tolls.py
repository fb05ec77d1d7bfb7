"""Reactions to drills, visits and reconciliations, attack tolls, idioms of opportunity,
appeals for a show of force, blocked ships and titles newer than our list: classes the
lead found wrong in agency copy of its own (session 16). Every sentence is written for
this file."""

from __future__ import annotations

import pytest

from coder_helpers import coded, dyadic, roots


@pytest.mark.parametrize("text, expected", [
    # a reaction to drills, manoeuvres or a provocation told before answers their doers
    ("Russia and Belarus staged joint drills near the Polish border on Tuesday. Warsaw "
     "criticised the exercises as intimidation.", {("POL", "11", "RUS"), ("POL", "11", "BLR")}),
    ("A Chinese coast guard ship fired water cannon at a Philippine supply boat. Japan and "
     "Australia voiced concern over the dangerous manoeuvres.",
     {("JPN", "01", "CHN"), ("AUS", "01", "CHN")}),
    # ... a visit to its visitor
    ("The speaker of the US House of Representatives visited Taipei on Wednesday. Beijing "
     "condemned the visit as a grave provocation.", {("CHN", "11", "USA")}),
    # ... a reconciliation to both parties
    ("Kenya and Somalia restored diplomatic relations after a year-long rift. Ethiopia "
     "welcomed the reconciliation.", {("ETH", "05", "KEN"), ("ETH", "05", "SOM")}),
])
def test_a_reaction_answers_the_doers_of_the_deed_told_before(coder, text, expected):
    assert expected <= roots(coder, text)


def test_a_reaction_to_drills_nobody_told_has_no_target(coder):
    assert dyadic(coder, "Lithuania criticised the exercises as intimidation.") == set()


@pytest.mark.parametrize("text, attack", [
    ("Turkish drones struck PKK positions in northern Iraq overnight, killing 14 militants.",
     ("TUR", "19", "TUR")),
    ("Pakistani jets bombed Taliban hideouts in eastern Afghanistan, killing dozens of "
     "fighters.", ("PAK", "19", "AFG")),
    ("Israeli aircraft hit a camp in southern Lebanon, wounding nine people.",
     ("ISR", "19", "LBN")),
])
def test_an_attacks_toll_is_no_second_attack(coder, text, attack):
    found = roots(coder, text)
    assert attack in found
    assert {t for s, r, t in found if r == "19"} == {attack[2]}  # no other victim
    assert len([e for e in coded(coder, text) if e.cameo_code.startswith("19")]) == 1


def test_a_killing_of_its_own_is_still_an_attack(coder):
    found = {(e.cameo_code[:2], e.target.country) for e in coded(
        coder, "Gunmen killed three Chinese engineers in Karachi on Sunday.")}
    assert ("19", "CHN") in found


@pytest.mark.parametrize("text, pair", [
    ("The United States urged Israel and Hamas to seize the opportunity for a lasting "
     "truce.", ("USA", "ISR")),
    ("Qatar called on both Ethiopia and Eritrea to grab the chance for peace.",
     ("QAT", "ETH")),
    ("Germany urged Belgrade and Pristina to seize the moment for a deal.",
     ("DEU", "SRB")),
])
def test_seizing_an_opportunity_is_no_seizure(coder, text, pair):
    found = roots(coder, text)
    assert not any(r in ("11", "17") for _, r, _ in found)
    assert any((s, t) == pair and r == "02" for s, r, t in found)


def test_seizing_a_tanker_is_still_a_seizure(coder):
    assert ("VEN", "17", "USA") in roots(coder, "Venezuela seized an American oil tanker in "
                                                "the Caribbean on Friday.")


@pytest.mark.parametrize("text, expected", [
    ("Poland called on NATO to deploy more troops on its eastern flank.",
     ("POL", "0232", "NATO")),
    ("Lithuania asked NATO allies to reinforce their presence in the Baltic states.",
     ("LTU", "0232", "NATO")),
])
def test_an_appeal_for_a_show_of_force_asks_for_military_aid(coder, text, expected):
    assert expected in dyadic(coder, text)
    assert not any(c == "113" for _, c, _ in dyadic(coder, text))


def test_an_appeal_to_isolate_a_party_still_rallies_opposition(coder):
    assert any(c == "113" for _, c, _ in dyadic(
        coder, "Kyiv urged the European Union to impose new sanctions on Russia."))


@pytest.mark.parametrize("text, expected", [
    ("Manila said a Chinese coast guard ship had blocked its supply vessel near the shoal.",
     ("CHN", "191", "PHL")),
    ("A Russian patrol boat blocked a Ukrainian freighter in the Sea of Azov.",
     ("RUS", "191", "UKR")),
])
def test_blocking_a_ship_restricts_movement(coder, text, expected):
    assert expected in dyadic(coder, text)


def test_blocking_imports_is_still_an_embargo(coder):
    assert any(c == "163" for _, c, _ in dyadic(
        coder, "Russia blocked imports of Moldovan wine in September."))


@pytest.mark.parametrize("text, expected", [
    # the office the text gives a known person is newer than our list of their terms
    ("Interior Minister Tomasz Siemoniak accused Minsk of pushing migrants towards the "
     "frontier.", ("POLGOV", "BLR")),
    ("Defence Minister Tomasz Siemoniak visited Kyiv on Monday.", ("POLMIL", "UKR")),
])
def test_a_title_in_the_text_gives_the_sector(coder, text, expected):
    found = {(e.source.code, e.target.country) for e in coded(coder, text)}
    assert expected in found


@pytest.mark.parametrize("text, target", [
    ("Mao Ning said the Philippine side had deliberately provoked the incident.", "PHL"),
    ("Seoul said Pyongyang had instigated the border clash.", "PRK"),
])
def test_saying_a_party_provoked_an_incident_is_criticism(coder, text, target):
    assert any(r == "11" and t == target for _, r, t in roots(coder, text))


def test_provoking_a_feeling_is_no_verdict(coder):
    assert dyadic(coder, "The remarks provoked anger in Beijing, officials said.") == set()


def test_the_allies_after_a_pair_are_that_pair(coder):
    found = roots(coder, "Washington and Seoul wrapped up a joint air drill on Friday. "
                         "Pyongyang accused the allies of rehearsing an invasion.")
    assert {("PRK", "11", "USA"), ("PRK", "11", "KOR")} <= found


def test_the_allies_with_no_pair_told_stay_unplaced(coder):
    found = roots(coder, "NATO leaders gathered in Vilnius. Russia accused the allies of "
                         "provoking a war.")
    assert not any(s == "RUS" and r == "11" for s, r, _ in found)


@pytest.mark.parametrize("text, expected", [
    # a participle hung on the addressee of a handed note tells what the note says
    ("BUENOS AIRES (Mercopress) - Argentina protested to Britain on Monday over the "
     "exercises. The foreign ministry said it had handed a note to the British ambassador "
     "demanding that London cancel the drills.", ("ARG", "10", "GBR")),
    ("Tehran presented a letter to the Swiss envoy accusing Washington of piracy.",
     ("IRN", "11", "USA")),
])
def test_a_note_handed_to_an_envoy_says_what_its_sender_says(coder, text, expected):
    found = roots(coder, text)
    assert expected in found
    assert not any(s == "GBR" and r == "10" for s, r, _ in found)


@pytest.mark.parametrize("text", [
    # a story's dateline places its own bodies, never the bodies of several states or of a
    # region the phrase names
    "CARACAS - Venezuela expelled the ambassadors of seven Latin American countries on "
    "Monday.",
    "CARACAS - Foreign Minister Yvan Gil accused the governments of interventionist "
    "actions.",
    "MANAGUA - The ministry accused the regimes of plotting a coup.",
])
def test_a_dateline_places_no_bodies_of_several_states(coder, text):
    found = dyadic(coder, text)
    assert not any(s == t for s, _, t in found)
    assert not any(t in ("VEN", "NIC") for _, _, t in found)


def test_a_dateline_still_places_its_own_ministry(coder):
    assert ("VEN", "114", "ESP") in dyadic(
        coder, "CARACAS - The foreign ministry summoned the Spanish ambassador on Friday.")


@pytest.mark.parametrize("text, expected", [
    # military equipment or vehicles sent are arms (072), troops sent are troops (074)
    ("Egypt has sent military equipment to Mogadishu.", ("EGY", "072", "SOM")),
    ("Ankara sent military vehicles to Tripoli last week.", ("TUR", "072", "LBY")),
    ("Washington sent troops to Poland in March.", ("USA", "074", "POL")),
])
def test_military_equipment_sent_is_arms_not_troops(coder, text, expected):
    assert expected in dyadic(coder, text)


@pytest.mark.parametrize("text, unwanted", [
    # what happened before or after an act is no object of it
    ("Ethiopia and Somalia agreed to end their dispute after talks in Ankara.", "13"),
    ("Kenya and Uganda agreed to end the row over fishing rights following talks in "
     "Kampala.", "13"),
])
def test_a_time_phrase_is_no_object(coder, text, unwanted):
    found = roots(coder, text)
    assert found and not any(r == unwanted for _, r, _ in found)


@pytest.mark.parametrize("text, expected", [
    # an attack noun that does its clause's act tells the act once, whatever sector each
    # phrase gives the doer
    ("Kyiv was hit by a massive Russian drone attack overnight.", ("RUS", "195", "UKR")),
    ("Two border posts were destroyed by a Pakistani artillery barrage on Sunday, Afghan "
     "officials said.", ("PAK", "19", "AFG")),
])
def test_an_attack_noun_doing_the_act_tells_it_once(coder, text, expected):
    source, code, target = expected
    events = [e for e in coded(coder, text) if e.cameo_code.startswith(code[:2])]
    assert len(events) == 1
    assert (events[0].source.country, events[0].target.country) == (source, target)


@pytest.mark.parametrize("text, pair", [
    # "talks between A and B were held": the noun's own parties, both ways
    ("The talks between Armenia and Azerbaijan were held in Washington on Tuesday.",
     ("ARM", "AZE")),
    ("Talks between Russian and Ukrainian delegations were held in Istanbul on Friday.",
     ("RUS", "UKR")),
    ("Joint exercises between Egypt and Saudi Arabia were staged in the Red Sea.",
     ("EGY", "SAU")),
])
def test_a_joint_noun_held_in_the_passive_is_joint(coder, text, pair):
    a, b = pair
    found = {(s, t) for s, _, t in dyadic(coder, text)}
    assert {(a, b), (b, a)} <= found


def test_talks_held_with_no_parties_give_nothing(coder):
    assert dyadic(coder, "Talks were held in Geneva on Monday.") == set()


@pytest.mark.parametrize("text, expected", [
    # a denial of a deed told as a gerund answers whoever accused the denier
    ("Congo accused Kigali of backing the M23 rebels on Monday. Rwanda denied supporting "
     "the rebels.", ("RWA", "016", "COD")),
    ("Poland accused Belarus of pushing migrants over the border. Minsk denied pushing "
     "anyone.", ("BLR", "016", "POL")),
])
def test_a_gerund_denial_answers_the_accuser(coder, text, expected):
    assert expected in dyadic(coder, text)


def test_a_gerund_denial_with_no_accuser_has_no_target(coder):
    assert dyadic(coder, "Rwanda denied supporting the rebels.") == set()


@pytest.mark.parametrize("text, expected", [
    # a verdict on "the decision" or "the move" told before, said with one name only
    ("Russia expelled two Estonian diplomats on Monday. Tallinn said the decision was "
     "unacceptable.", ("EST", "111", "RUS")),
    ("Algeria recalled its ambassador from Paris. France said the move was regrettable.",
     ("FRA", "111", "DZA")),
    ("Germany extradited a Russian engineer to the United States. Moscow protested the "
     "extradition.", ("RUS", "114", "DEU")),
])
def test_a_verdict_on_a_deed_told_before_answers_its_doer(coder, text, expected):
    assert expected in dyadic(coder, text)


def test_hauled_before_a_court_is_still_a_lawsuit(coder):
    assert ("IRN", "115", "USA") in dyadic(
        coder, "Tehran hauled Washington before the International Court of Justice.")


@pytest.mark.parametrize("text, expected", [
    # a definite person told of before keeps that person's country, not the place of the
    # sentence that names them again
    ("Germany has extradited a Russian engineer wanted in the United States. The engineer "
     "was arrested in Frankfurt in March.", ("DEU", "173", "RUS")),
    ("Police in Tehran detained a French tourist last week. The tourist was moved to Evin "
     "prison in Tehran on Sunday, Iranian media said.", ("IRN", "173", "FRA")),
])
def test_a_person_told_of_before_keeps_their_country(coder, text, expected):
    source, code, target = expected
    found = [(e.source.country, e.cameo_code, e.target.country) for e in coded(coder, text)]
    assert (source, code, target) in found
    assert not any(t == source and s == source for s, _, t in found)


@pytest.mark.parametrize("text, expected", [
    # an envoy recalled with no post named served the other side of the story's last event
    ("Algiers ordered 12 French embassy staff to leave the country within 48 hours. Paris "
     "recalled its ambassador for consultations.", ("FRA", "161", "DZA")),
    ("Lithuania expelled a Russian diplomat on Tuesday. Moscow withdrew its envoy the next "
     "day.", ("RUS", "161", "LTU")),
])
def test_an_envoy_recalled_with_no_post_served_the_last_counterpart(coder, text, expected):
    assert expected in dyadic(coder, text)


def test_an_envoy_recalled_alone_has_no_target(coder):
    assert dyadic(coder, "Paris recalled its ambassador for consultations.") == set()


@pytest.mark.parametrize("text, expected", [
    ("Israeli forces intercepted an aid flotilla bound for Gaza. Turkey condemned the "
     "interception as an act of piracy.", ("TUR", "111", "ISR")),
    ("Iran has never recognised Kosovo, a stance Belgrade has long praised.",
     ("SRB", "051", "IRN")),
])
def test_more_told_deeds(coder, text, expected):
    assert expected in dyadic(coder, text)


@pytest.mark.parametrize("text, pair", [
    # "between the two sides" after a host: the pair named before the host
    ("Thailand and Cambodia agreed to an immediate ceasefire on Monday, Malaysian Prime "
     "Minister Anwar Ibrahim said after hosting talks between the two sides.",
     ("THA", "KHM")),
    ("Serbia and Kosovo agreed to resume dialogue, EU envoy Miroslav Lajcak said after "
     "mediating talks between the two sides in Brussels.", ("SRB", "XKX")),
])
def test_a_host_between_the_two_sides_serves_the_pair_named_before(coder, text, pair):
    found = roots(coder, text)
    hosts = {t for s, r, t in found if r == "04" and s not in pair}
    assert hosts == set(pair)


@pytest.mark.parametrize("text, expected", [
    # air defence batteries, interceptors and radars sent or supplied are arms (bare "systems"
    # may be any kind of system)
    ("The United States will send a Patriot air defence battery to Ukraine.",
     ("USA", "0332", "UKR")),
    ("Israel delivered two radar systems to Azerbaijan last year.", ("ISR", "072", "AZE")),
])
def test_air_defence_sent_is_military_aid(coder, text, expected):
    assert expected in dyadic(coder, text)


def test_a_suspension_told_before_is_answered(coder):
    assert ("PAK", "111", "IND") in dyadic(
        coder, "India has suspended the Indus Waters Treaty with Pakistan. Islamabad called "
               "the suspension an act of aggression.")


def test_which_on_a_named_proposer_answers_the_proposer(coder):
    # ", which X rejected" on the state a proposal came "from" answers that state, not the
    # doer of the clause (a place "in the West Bank" still stands for the whole deed)
    found = dyadic(coder, "Hamas accepted a ceasefire proposal from Egypt, which Israeli "
                          "officials rejected.")
    assert ("ISR", "120", "EGY") in found
    assert not any(s == "ISR" and t == "PSE" for s, _, t in found)
