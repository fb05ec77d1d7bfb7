"""The frames grid (session 20, helper "frames"): about twenty common event types, each told
in eleven syntactic frames (plain past, headline present, passive with and without an agent,
nominal, reported, relative clause, participle or "after" clause, quotation first, perfect or
progressive, coordination). Two frames failed across types: a passive gerund after a
preposition of time ("after being attacked by Sudanese forces, South Sudan ...": the clause's
subject underwent it) and a passive reaction with no agent voiced in a seat of government
("was condemned in Tehran": that state's). Every sentence is written for this file."""

from __future__ import annotations

import pytest

from coder_helpers import roots


@pytest.mark.parametrize("text, expected", [
    ("After being attacked by Sudanese forces, South Sudan closed the border crossing.",
     ("SDN", "19", "SSD")),
    ("After being detained by Iran for two years, a Swedish diplomat returned home.",
     ("IRN", "17", "SWE")),
    ("The Dutch ambassador left Moscow on Friday after being expelled by Russia.",
     ("RUS", "17", "NLD")),
    ("Since being sanctioned by Washington, Venezuela has sold more oil to China.",
     ("USA", "16", "VEN")),
    ("Before being released by Iran, the French tourist spent a year in Evin prison.",
     ("IRN", "08", "FRA")),
    ("After being accused by Azerbaijan of shelling its positions, Armenia called for "
     "international monitors.", ("AZE", "11", "ARM")),
])
def test_a_passive_gerund_after_a_preposition_was_undergone_by_the_clause_subject(
        coder, text, expected):
    assert expected in roots(coder, text)


@pytest.mark.parametrize("near, absent", [
    ("Turkish troops entered northern Syria without being invited by Damascus.", "02"),
    ("After being elected by parliament, the new Lebanese president thanked Saudi Arabia.",
     "02"),
])
def test_a_passive_gerund_that_did_not_happen_is_no_event(coder, near, absent):
    # (beside it, one that did: "after being attacked by")
    assert ("SDN", "19", "SSD") in roots(coder, "After being attacked by Sudanese forces, "
                                               "South Sudan closed the border crossing.")
    assert not any(c == absent or s == "SYR" for s, c, _ in roots(coder, near))


@pytest.mark.parametrize("text, expected", [
    ("Pakistan's missile strikes on Iranian soil were strongly condemned in Tehran on "
     "Wednesday.", ("IRN", "11", "PAK")),
    ("Beijing's offer of talks was flatly rejected in Taipei.", ("TWN", "12", "CHN")),
    ("Guyana was threatened with annexation at a rally in Caracas on Sunday.",
     ("VEN", "13", "GUY")),
    ("The American proposal for a buffer zone was rejected in Moscow as a non-starter.",
     ("RUS", "12", "USA")),
    ("Israel's strike on the consulate was denounced in Damascus as an act of terror.",
     ("SYR", "11", "ISR")),
    ("Seoul's new export curbs were criticised in Tokyo on Tuesday.", ("JPN", "11", "KOR")),
    ("Kenya's decision to send police to Haiti was praised in Port-au-Prince.",
     ("HTI", "05", "KEN")),
])
def test_a_reaction_voiced_in_a_seat_of_government_is_that_states(coder, text, expected):
    assert expected in roots(coder, text)


@pytest.mark.parametrize("near, expected", [
    # a city that is no seat of government gives no voice: "in Geneva"
    ("Israel's strike on Damascus was condemned at a rights forum in Geneva.",
     {("ISR", "19", "SYR")}),
    # a named agent keeps the act: "in Iran by the visiting Turkish foreign minister"
    ("Russia's strikes were condemned in Iran by the visiting Turkish foreign minister.",
     {("TUR", "11", "RUS")}),
    ("The Saudi proposal was discussed in Cairo on Monday.", set()),
])
def test_no_voice_from_a_city_nor_over_a_named_agent(coder, near, expected):
    # (beside it, a seat that voices: "in Taipei")
    assert ("TWN", "12", "CHN") in roots(coder, "Beijing's offer of talks was flatly rejected "
                                                "in Taipei.")
    assert roots(coder, near) == expected


#: A sample of the grid's cells, (frame, text, expected): every cell of the sample is right.
GRID_SAMPLE = [
    ("plain", "Vietnam and Indonesia signed a maritime boundary agreement on Friday.",
     ("VNM", "05", "IDN")),
    ("headline", "Poland Expels Belarusian Diplomat Over Border Incident", ("POL", "16", "BLR")),
    ("headline", "Tokyo Condemns North Korean Missile Launch", ("JPN", "11", "PRK")),
    ("by-passive", "Tents and blankets were sent to Morocco by Algeria after the quake.",
     ("DZA", "07", "MAR")),
    ("by-passive", "A Vietnamese fishing boat was seized by China near the Paracel Islands.",
     ("CHN", "17", "VNM")),
    ("bare passive", "Two Estonian diplomats were expelled from Moscow on Wednesday.",
     ("RUS", "16", "EST")),
    ("bare passive", "Beijing's offer of talks was flatly rejected in Taipei.",
     ("TWN", "12", "CHN")),
    ("nominal", "Pakistan's air strikes on Afghan border provinces killed eight people.",
     ("PAK", "19", "AFG")),
    ("nominal", "Venezuela's arrest of three Colombian soldiers angered Bogota.",
     ("VEN", "17", "COL")),
    ("reported", "Niger's junta said it had expelled the French ambassador.", ("NER", "16", "FRA")),
    ("reported", "Australia said China had imposed tariffs on Australian wine.",
     ("CHN", "16", "AUS")),
    ("relative", "The Canadian diplomats, whom India expelled last year, have not returned.",
     ("IND", "16", "CAN")),
    ("relative", "Lithuania, which Belarus accused on Monday of flying drones over Minsk, denied "
     "the claim.", ("BLR", "11", "LTU")),
    ("participle", "After being attacked by Sudanese forces, South Sudan closed the border "
     "crossing.", ("SDN", "19", "SSD")),
    ("participle", "Having condemned Russia's strikes on Odesa, Greece summoned the Russian "
     "ambassador.", ("GRC", "11", "RUS")),
    ("quote first", "'This is piracy,' Ukraine's foreign ministry said after Russia seized a "
     "Ukrainian grain ship.", ("RUS", "17", "UKR")),
    ("quote first", "'We will respond with all our might,' Iran's supreme leader said, "
     "threatening Israel.", ("IRN", "13", "ISR")),
    ("perfect", "New Zealand has imposed sanctions on Iran's Revolutionary Guards.",
     ("NZL", "16", "IRN")),
    ("progressive", "South Korea is sending 500 tonnes of rice to Kenya, the foreign ministry "
     "said.", ("KOR", "07", "KEN")),
    ("coordination", "Bahrain and Turkey recalled their ambassadors from Israel.",
     ("TUR", "16", "ISR")),
    ("coordination", "The United States imposed tariffs on Canada and Mexico.",
     ("USA", "16", "MEX")),
]

#: Grid rows that must give no event of their act (negated, hypothetical, questioned).
GRID_NOTHING = [
    ("Russia did not expel any Dutch diplomats, the foreign ministry said.", "16"),
    ("Brazil has never recalled its ambassador from Argentina.", "16"),
    ("Turkey has no plans to expel Swedish diplomats, a spokesman said.", "16"),
    ("Kenya could face sanctions from the United States if the bill passes.", "16"),
    ("Had Britain sent aid earlier, fewer Sudanese would have died.", "07"),
    ("Did Pakistan send troops to Saudi Arabia? Officials would not say.", "07"),
    ("It is unclear whether Egypt will mediate between Sudan and Ethiopia.", "04"),
    ("Would Beijing impose tariffs on Australian barley again? Analysts doubt it.", "16"),
    ("Venezuela denied reports that it had arrested three Colombian soldiers.", "17"),
]


def test_the_grid_sample(coder):
    wrong = [(frame, text) for frame, text, expected in GRID_SAMPLE
             if expected not in roots(coder, text)]
    wrong += [("nothing", text) for text, root in GRID_NOTHING
              if any(c == root for _, c, _ in roots(coder, text))]
    assert wrong == []


@pytest.mark.parametrize("text, expected", [
    ("The expulsion of four Lithuanian diplomats by Minsk was announced on Monday.",
     ("BLR", "16", "LTU")),
    ("The expulsion of two Estonian diplomats by Russia was announced on Friday.",
     ("RUS", "16", "EST")),
    ("New sanctions on Iran by Canada were announced on Monday.", ("CAN", "16", "IRN")),
    ("The closure of the Lithuanian consulate by Belarus was announced in a statement.",
     ("BLR", "16", "LTU")),
    ("Canada's new sanctions on Iran were announced on Monday.", ("CAN", "16", "IRN")),
    ("Fresh Japanese sanctions on Russia were announced on Friday.", ("JPN", "16", "RUS")),
])
def test_an_event_noun_announced_in_the_passive_keeps_its_own_doer(coder, text, expected):
    assert expected in roots(coder, text)


@pytest.mark.parametrize("near", [
    "The sanctions were announced on Monday.",
    "A new round of talks was announced on Monday.",
])
def test_an_announced_noun_with_no_doer_gives_none(coder, near):
    assert ("CAN", "16", "IRN") in roots(coder, "Canada's new sanctions on Iran were "
                                                "announced on Monday.")
    assert roots(coder, near) == set()


@pytest.mark.parametrize("text, expected", [
    ("The expulsion of two Dutch diplomats by Moscow drew a protest from The Hague.",
     ("NLD", "11", "RUS")),
    ("The arrest of a French journalist by Iranian police drew condemnation from Paris.",
     ("FRA", "11", "IRN")),
    ("The jailing of a Canadian businessman by China drew a rebuke from Ottawa.",
     ("CAN", "11", "CHN")),
    ("The expulsion of four Lithuanian diplomats by Minsk triggered a protest from Vilnius.",
     ("LTU", "11", "BLR")),
    ("The harassment of Filipino fishermen by Chinese coast guard ships drew criticism from "
     "Manila.", ("PHL", "11", "CHN")),
])
def test_a_drawn_reaction_is_aimed_at_the_doer_the_deed_names(coder, text, expected):
    found = roots(coder, text)
    assert expected in found
    assert not any(s == t for s, c, t in found if c == "11")


@pytest.mark.parametrize("text, expected", [
    ("A protest by Kenyan activists outside the Ugandan embassy in Nairobi turned violent.",
     ("KEN", "14", "UGA")),
    ("The demonstration by Serbian students outside the Croatian embassy in Belgrade ended "
     "peacefully.", ("SRB", "14", "HRV")),
    ("Thousands of Iraqis took part in a protest outside the Turkish embassy in Baghdad.",
     ("IRQ", "14", "TUR")),
    ("A sit-in by Filipino fishermen outside the Chinese embassy in Manila entered its second "
     "day.", ("PHL", "14", "CHN")),
    ("The protest by Thai activists outside the Myanmar embassy lasted three hours.",
     ("THA", "14", "MMR")),
])
def test_a_protest_noun_at_a_mission_is_aimed_at_its_state(coder, text, expected):
    assert expected in roots(coder, text)


def test_a_protest_noun_at_no_body_of_another_state(coder):
    assert ("KEN", "14", "UGA") in roots(coder, "A protest by Kenyan activists outside the "
                                                "Ugandan embassy in Nairobi turned violent.")
    found = roots(coder, "A protest by French farmers outside the town hall in Lyon blocked "
                         "traffic.")
    assert not any(c == "14" and s != t for s, c, t in found)


@pytest.mark.parametrize("text, expected", [
    ("Kyrgyzstan, which Tajikistan threatened with retaliation last week, closed its border.",
     ("TJK", "13", "KGZ")),
    ("Lithuania, which Belarus has threatened with retaliation, closed two border posts.",
     ("BLR", "13", "LTU")),
    ("The United States, which Iran has threatened with revenge, moved warships to the Gulf.",
     ("IRN", "13", "USA")),
])
def test_a_party_threatened_with_revenge_in_a_relative_clause(coder, text, expected):
    assert expected in roots(coder, text)


@pytest.mark.parametrize("text, expected", [
    ("Russia detained two Estonian and three Latvian citizens.",
     {("RUS", "17", "EST"), ("RUS", "17", "LVA")}),
    ("Libya's coast guard seized two Italian and three Tunisian fishing boats.",
     {("LBY", "17", "ITA"), ("LBY", "17", "TUN")}),
    ("Israeli strikes killed two Syrian and three Iranian soldiers.",
     {("ISR", "19", "SYR"), ("ISR", "19", "IRN")}),
])
def test_counted_coordinated_demonyms_each_name_a_target(coder, text, expected):
    assert expected <= roots(coder, text)
