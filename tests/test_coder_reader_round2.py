"""Classes an analyst found wrong reading a second round of our own articles in many outlets'
styles (wire copy, live blogs, state media, analysis pieces): the clock time a live-blog
entry opens with, spans of years, boycotts states lead, envoys called home, fighting
between two named parties told as a gerund, "the two countries" whose pair the sentence
itself names (in an apposition, after it, or as the owners of people), allies who fight
alongside each other, and a vow to defend territory against a neighbour."""

from __future__ import annotations

import pytest

from coder_helpers import coded, dyadic, triples
from entente.coder.sentences import split_timestamp

# --- live blogs: the clock time that opens an entry is no part of the first actor ----------

@pytest.mark.parametrize(("text", "expected", "source_text"), [
    ("14:05 - Armenia's defence ministry says Azerbaijani forces opened fire on Armenian "
     "positions overnight.", ("AZE", "190", "ARM"), "Azerbaijani forces"),
    ("15:20 - Turkey voiced full support for Azerbaijan on Thursday.", ("TUR", "051", "AZE"),
     "Turkey"),
    ("2.45pm: Ghana summons Togo's ambassador over the border incident.",
     ("GHA", "114", "TGO"), "Ghana"),
    ("[09:30 GMT] Bolivia recalls its ambassador to Peru.", ("BOL", "161", "PER"), "Bolivia"),
    ("1405 GMT - Vietnam lodges a protest with China over the collision.",
     ("VNM", "114", "CHN"), "Vietnam"),
])
def test_a_live_blog_clock_time_is_no_part_of_the_actor(coder, text, expected, source_text):
    events = [e for e in coded(coder, text)
              if (e.source.country, e.cameo_code, e.target.country) == expected]
    assert events and events[0].source.text == source_text
    assert all(not e.sentence[:1].isdigit() and not e.sentence.startswith("[")
               for e in events)


@pytest.mark.parametrize("text", [
    "14:40 - Heavy snow is expected to close the mountain pass later today.",
    "09:15 - Stocks in Tokyo opened higher as the yen weakened.",
])
def test_live_blog_entries_without_an_act_give_nothing(coder, text):
    assert coded(coder, text) == []


@pytest.mark.parametrize("line", [
    "1999 - the year Kenya and Somalia signed the pact",   # a year is no clock time
    "3.5 percent growth was recorded.",
    "Kenya summoned Somalia's envoy at 14:05 on Monday.",
])
def test_only_an_opening_clock_time_is_split_off(line):
    assert split_timestamp(line) == line


# --- a span of years dates its event in the past, never on the publication day ------------

@pytest.mark.parametrize(("text", "expected", "year"), [
    ("Ethiopia and Eritrea fought a border war between 1998 and 2000.",
     ("ETH", "190", "ERI"), 1998),
    ("Peru and Ecuador fought a brief war from 1994 to 1995.",
     ("PER", "190", "ECU"), 1994),
    ("During 2019 Iran seized several British tankers in the Gulf.", ("IRN", "171", "GBR"),
     2019),
    ("Throughout 2014 Russia banned imports of Polish apples.", ("RUS", "163", "POL"), 2014),
])
def test_a_span_of_years_dates_the_event_by_its_first_year(coder, text, expected, year):
    events = [e for e in coded(coder, text)
              if (e.source.country, e.cameo_code[:3], e.target.country) == expected]
    assert events
    assert all(e.date.year == year and e.date_precision == "year" for e in events)


def test_a_span_of_years_in_a_statistic_adds_no_event(coder):
    assert coded(coder, "Trade between Peru and Chile doubled from 2015 to 2020.") == []


def test_fighting_a_fire_is_no_war(coder):
    assert coded(coder, "Greek firefighters fought the blaze near Athens with help from "
                        "Turkish water bombers.") == []


# --- a boycott a state or its government leads is a sanction (163), not a civil boycott ----

@pytest.mark.parametrize(("text", "expected"), [
    ("China led a boycott of Lithuanian goods after Vilnius let Taiwan open an office.",
     ("CHN", "163", "LTU")),
    ("Beijing boycotted Australian wine and barley for three years.", ("CHN", "163", "AUS")),
    ("Saudi Arabia and Bahrain launched a boycott of Qatari products in 2017.",
     ("SAU", "163", "QAT")),
    ("Turkey's government called a boycott of French goods over the cartoons.",
     ("TUR", "163", "FRA")),
])
def test_a_boycott_a_state_leads_is_a_sanction(coder, text, expected):
    found = triples(coder, text)
    assert expected in found
    assert not [e for e in found if e[1][:2] == "14"]


def test_states_named_together_govern_their_boycott(coder):
    events = coded(coder, "Four Gulf states launched a boycott of Qatari products in 2017.")
    assert [(e.source.code, e.cameo_code, e.target.country) for e in events] == [
        ("PGS", "163", "QAT")]


@pytest.mark.parametrize(("text", "expected"), [
    ("Chinese consumers boycotted Japanese cars in 2012.", ("CHN", "143", "JPN")),
    ("Students in Dhaka called for a boycott of Indian goods.", None),
])
def test_a_boycott_by_people_stays_a_civil_boycott(coder, text, expected):
    found = triples(coder, text)
    assert not [e for e in found if e[1] == "163"]
    if expected:
        assert expected in found


# --- an envoy called or brought home is recalled from the state he was posted to ----------

@pytest.mark.parametrize(("text", "expected"), [
    ("Morocco called home its envoy from Algeria after the border shooting.",
     ("MAR", "161", "DZA")),
    ("Rwanda called back its ambassador to Kinshasa on Friday.", ("RWA", "161", "COD")),
    ("Ethiopia called its ambassador in Nairobi home for consultations.",
     ("ETH", "161", "KEN")),
    ("The Philippines brought home its envoy to Beijing.", ("PHL", "161", "CHN")),
])
def test_an_envoy_called_home_is_a_recall(coder, text, expected):
    found = dyadic(coder, text)
    assert expected in found
    assert not [e for e in found if e[1] == "041" or e[0] == e[2]]


def test_troops_called_back_are_withdrawn_not_phoned(coder):
    found = triples(coder, "Mali called back its soldiers from the border with Niger.")
    assert not [e for e in found if e[1] == "041"]


@pytest.mark.parametrize("text", [
    "Kenya's president called home after the summit to speak to his family.",
    "The coach called back two veteran players for the qualifier against Chile.",
])
def test_calling_home_or_back_without_an_envoy_gives_no_recall(coder, text):
    assert not [e for e in triples(coder, text) if e[1] == "161"]


# --- fighting between two parties, told by a gerund, is a joint act of both --------------

@pytest.mark.parametrize(("text", "pair"), [
    ("Fighting between Armenian and Azerbaijani forces killed three soldiers.", ("ARM", "AZE")),
    ("Fighting between Kenya and Somalia erupted near Mandera on Monday.", ("KEN", "SOM")),
    ("Fighting between Sudanese and Chadian troops broke out near the border.",
     ("SDN", "TCD")),
    ("Heavy fighting between Israel and Hezbollah displaced thousands of villagers.",
     ("ISR", "LBN")),
])
def test_fighting_between_two_parties_is_a_joint_act(coder, text, pair):
    found = {(s, c[:2], t) for s, c, t in dyadic(coder, text)}
    a, b = pair
    assert {(a, "19", b), (b, "19", a)} <= found


def test_fighting_between_a_state_and_a_disease_is_no_event(coder):
    assert dyadic(coder, "Fighting between outbreaks of cholera strained clinics in Malawi.") \
        == set()


# --- "the two countries": the pair its own sentence names beats an earlier one ------------

@pytest.mark.parametrize(("text", "pair"), [
    # an apposition the parser hangs inside a modifier of the phrase
    ("Kenya signed a deal with Uganda on Monday. The two countries that signed a truce on "
     "Friday, Armenia and Azerbaijan, also agreed to open their border.", ("ARM", "AZE")),
    ("Kenya signed a deal with Uganda on Monday. The two countries at the heart of the "
     "dispute, Peru and Chile, signed a new fisheries accord on Friday.", ("PER", "CHL")),
    # named later in the sentence, with no pair before
    ("Officials of the two countries met in Lima, after Peru and Chile agreed to hold talks.",
     ("PER", "CHL")),
    # people "of" or "from" the pair
    ("Peru and Chile held talks in Tacna. Interior ministers from both countries signed a "
     "protocol on joint patrols.", ("PER", "CHL")),
    ("Vietnam hosted Philippine officials on Monday. Diplomats of the two countries signed "
     "a memorandum on coast guard cooperation.", ("VNM", "PHL")),
])
def test_the_pair_is_the_one_the_sentence_names(coder, text, pair):
    last = coded(coder, text)
    a, b = pair
    found = {(e.source.country, e.target.country) for e in last
             if e.sentence_index == max(x.sentence_index for x in last)}
    assert {(a, b), (b, a)} <= found
    assert all({s, t} == {a, b} for s, t in found if s and t)


@pytest.mark.parametrize(("text", "expected"), [
    # the pair named before still holds when the sentence names only a third party
    ("Kenya hosted Uganda's president on Monday. The two countries signed a border deal "
     "with Tanzania.", {("KEN", "TZA"), ("UGA", "TZA")}),
])
def test_a_third_party_named_later_is_no_pair(coder, text, expected):
    found = {(e.source.country, e.target.country) for e in coded(coder, text)
             if e.sentence_index == 1}
    assert found == expected


def test_people_of_an_unnamed_pair_stay_unplaced(coder):
    assert coded(coder, "Officials of the two countries met in Geneva on Monday.") == []


# --- forces that fight alongside each other are allies, never each other's foes ----------

@pytest.mark.parametrize(("text", "foe"), [
    ("Eritrean troops fought alongside Ethiopian forces against Sudanese rebels.", "SDN"),
    ("Rwandan soldiers fought alongside Mozambican troops against insurgents from Tanzania.",
     "TZA"),
    ("Turkey, along with Qatar, clashed with Saudi Arabia over the embargo.", "SAU"),
])
def test_companions_in_a_fight_share_its_foe(coder, text, foe):
    found = {(s, c[:2], t) for s, c, t in dyadic(coder, text)}
    assert found and all(t == foe for _, _, t in found)


@pytest.mark.parametrize("text", [
    "Kenyan troops fought alongside Somali forces near Kismayo.",
    "Chadian soldiers fought alongside Nigerien troops near Lake Chad on Sunday.",
])
def test_companions_in_a_fight_are_no_pair_of_foes(coder, text):
    assert dyadic(coder, text) == set()


def test_companions_make_no_joint_war_of_the_occasion(coder):
    found = dyadic(coder, "Eritrean troops fought alongside Ethiopian forces against Sudanese "
                          "rebels during the war in Tigray.")
    assert not {(s, t) for s, _, t in found} & {("ERI", "ETH"), ("ETH", "ERI")}


def test_two_states_fighting_each_other_stay_foes(coder):
    assert {("ARM", "190", "AZE"), ("AZE", "190", "ARM")} <= dyadic(
        coder, "Armenia and Azerbaijan fought over the weekend near Sotk.")


# --- vowing to defend territory against a neighbour is a threat, not cooperation ---------

@pytest.mark.parametrize(("text", "expected"), [
    ("Guyana said it would defend its territory against Venezuela.", ("GUY", "138", "VEN")),
    ("Taiwan vowed to defend its airspace from Chinese incursions.", ("TWN", "138", "CHN")),
    ("Morocco will defend its sovereignty against Algeria, the king said.",
     ("MAR", "138", "DZA")),
])
def test_defending_territory_against_a_state_is_a_threat(coder, text, expected):
    found = dyadic(coder, text)
    assert expected in found
    assert not [e for e in found if e[1][:2] in ("03", "05")]


@pytest.mark.parametrize("text", [
    "The minister defended the border wall against criticism from Mexico.",
    "Nadal defended his title against a Serbian qualifier in Madrid.",
])
def test_defending_a_thing_or_title_is_no_threat(coder, text):
    assert not [e for e in triples(coder, text) if e[1].startswith("13")]


# --- armour moved or sent to a frontier is a show of force facing the state beyond it ----

@pytest.mark.parametrize(("text", "expected"), [
    ("Brazil moved armored vehicles to its northern border with Venezuela.",
     ("BRA", "154", "VEN")),
    ("Kenya moved armoured personnel carriers near its border with Somalia.",
     ("KEN", "154", "SOM")),
    ("Azerbaijan sent tanks and artillery to its border with Armenia.", ("AZE", "154", "ARM")),
])
def test_armour_at_a_frontier_is_a_show_of_force(coder, text, expected):
    found = dyadic(coder, text)
    assert expected in found
    assert not [e for e in found if e[1].startswith("07")]


@pytest.mark.parametrize(("text", "expected"), [
    ("Poland sent tanks to Ukraine in April.", ("POL", "072", "UKR")),
])
def test_armour_sent_to_a_country_stays_military_aid(coder, text, expected):
    assert expected in dyadic(coder, text)


def test_aid_vehicles_at_a_border_are_no_show_of_force(coder):
    assert not [e for e in triples(coder, "The UN moved aid vehicles to the border with "
                                          "Sudan.") if e[1].startswith("15")]
