"""Clauses read as a reader reads them:

- a sentence's verb parsed as a participle of its subject after a relative clause or an
  apposition ("Turkey, which has offered to host talks, called on ...") is the verb;
- a deed that is the subject of a reported clause accuses, urges and warns no one: a
  conjoined verb of saying is the speaker's ("the Kremlin said the strikes hit bases and
  accused Kyiv ...");
- what a help or permission not yet given would let someone do has not happened;
- a reaction to a deed told before ("rejected the protest as interference") is aimed at its
  doer, even with a verdict in an "as" phrase;
- fuel and energy sent, shipped or delivered are trade (061);
- "talks between the foreign ministers of A and B" are a joint event of A and B;
- an act a relative clause tells of the party met is aimed at its host ("spoke with Merz,
  who promised ..."), and the purpose of a summons is said to the one summoned;
- a frontier named by its neighbour ("militants near the Afghan border") only says where;
- an actor its possessive places is not placed again by its apposition ("Argentina's
  government, a vocal critic of Nicolas Maduro");
- forces that surround a party's site besiege it (191), crowds protest it (141);
- an act a "where" clause on a named place tells of is done with the place's state;
- a warning that a happening may come ("warned that the war could spread") is pessimism;
- force on ground no name places hit the state that reports it ("Pakistan said Indian
  troops opened fire on a border post");
- a meeting expected or scheduled ("is expected to take place") is an intent to meet;
- forces sent "to" a state protect it (074; pledged: 0334), to a frontier or near it they
  are a show of force (154)."""

from __future__ import annotations

import pytest

from coder_helpers import roots, triples


@pytest.mark.parametrize("text, expected", [
    ("Qatar, which mediated the last prisoner swap, called on Israel to halt the "
     "offensive.", ("QAT", "02", "ISR")),
    ("Turkey, which has offered to host peace talks, called on Azerbaijan to reopen the "
     "corridor.", ("TUR", "02", "AZE")),
    ("Norway, a longtime mediator in the conflict, urged Colombia to resume talks with the "
     "rebels.", ("NOR", "02", "COL")),
])
def test_a_verb_after_the_subjects_relative_clause_is_the_sentences_verb(coder, text,
                                                                         expected):
    assert expected in roots(coder, text)


def test_a_participle_with_an_agent_stays_a_participle(coder):
    # "seized by Iran" tells of the tanker; the sentence's verb is "carried"
    found = triples(coder, "The tanker, seized by Iran in the Strait of Hormuz last May, "
                           "carried Iraqi crude.")
    assert not any(s == "IRN" and t for s, _, t in found)


@pytest.mark.parametrize("text, expected", [
    ("The Kremlin said the strikes targeted military facilities and accused Kyiv of "
     "shelling civilian areas in the Belgorod region.", ("RUS", "11", "UKR")),
    ("Israel said the raids destroyed weapons depots and warned Hezbollah against further "
     "attacks.", ("ISR", "13", "LBN")),
    ("Seoul said the launches violated UN resolutions and urged Pyongyang to return to "
     "talks.", ("KOR", "02", "PRK")),
])
def test_a_deed_in_a_reported_clause_is_no_speaker(coder, text, expected):
    assert expected in roots(coder, text)


@pytest.mark.parametrize("text", [
    "Officials said the deal would help both countries fight the drug cartels that operate "
    "along the river.",
    "The new pipeline will allow Azerbaijan to export more gas to Italy.",
    "Brazil offered patrol boats to help Paraguay fight smugglers on the river.",
])
def test_what_a_help_not_given_would_let_happen_is_no_event(coder, text):
    found = triples(coder, text)
    assert not any(code.startswith(("19", "06")) for _, code, _ in found)


def test_a_help_given_lets_its_act_stand(coder):
    found = triples(coder, "British detectives helped Kenya arrest the suspects in Mombasa "
                           "on Friday.")
    assert any(s == "KEN" and code == "173" for s, code, _ in found)


@pytest.mark.parametrize("text, expected", [
    ("India lodged a protest with Bangladesh over the attacks on temples. Dhaka rejected "
     "the protest as interference in its internal affairs.", ("BGD", "11", "IND")),
    ("Ukraine accused Hungary of blocking the aid package. Budapest dismissed the "
     "accusation as absurd.", ("HUN", "11", "UKR")),
])
def test_a_verdict_on_a_told_deed_is_aimed_at_its_doer(coder, text, expected):
    assert expected in roots(coder, text)


@pytest.mark.parametrize("text, expected", [
    ("Venezuela, a close ally of Cuba, sent fuel to Havana.", ("VEN", "061", "CUB")),
    ("Russia shipped record volumes of LNG to China last month.", ("RUS", "061", "CHN")),
    ("Iran sent diesel to Lebanon in a convoy of tankers.", ("IRN", "061", "LBN")),
])
def test_energy_sent_or_shipped_is_trade(coder, text, expected):
    assert expected in triples(coder, text)


@pytest.mark.parametrize("text, expected", [
    ("Zelenskyy spoke by phone with German Chancellor Friedrich Merz, who promised to "
     "deliver two more Patriot systems by the end of the year.", ("DEU", "03", "UKR")),
    ("Kenyan President William Ruto met Ethiopian Prime Minister Abiy Ahmed, who pledged to "
     "supply more electricity to Nairobi.", ("ETH", "03", "KEN")),
    ("Mexico's foreign minister spoke with U.S. Secretary of State Marco Rubio, who "
     "criticised the new tariffs on steel.", ("USA", "11", "MEX")),
])
def test_a_relative_clause_on_the_party_met_is_aimed_at_its_host(coder, text, expected):
    assert expected in roots(coder, text)


def test_a_relative_clause_that_tells_of_no_act_aims_nothing_at_the_host(coder):
    found = roots(coder, "French President Emmanuel Macron met Indian Prime Minister Narendra "
                         "Modi, who is facing protests at home.")
    assert ("IND", "14", "FRA") not in found


@pytest.mark.parametrize("text, expected", [
    ("Poland summoned the Russian charge d'affaires to demand an explanation for the "
     "incursion.", ("POL", "10", "RUS")),
    ("Ghana summoned the Nigerian envoy to protest the deportation of Ghanaian traders.",
     ("GHA", "11", "NGA")),
])
def test_the_purpose_of_a_summons_is_said_to_the_one_summoned(coder, text, expected):
    found = roots(coder, text)
    assert expected in found
    assert not any(s == t for s, _, t in found)  # never Ghana's protest at its own traders


@pytest.mark.parametrize("text, expected", [
    ("Angola hosted talks between the foreign ministers of Rwanda and Congo in Luanda.",
     {("RWA", "04", "COD"), ("COD", "04", "RWA")}),
    ("Talks between the defence chiefs of India and China ended without agreement on "
     "Sunday.", {("IND", "04", "CHN"), ("CHN", "04", "IND")}),
    ("Clashes between the armies of Sudan and South Sudan killed dozens of soldiers.",
     {("SDN", "19", "SSD"), ("SSD", "19", "SDN")}),
])
def test_a_joint_event_between_the_officials_of_two_states_is_theirs(coder, text, expected):
    assert expected <= roots(coder, text)


@pytest.mark.parametrize("text", [
    "Pakistani security forces killed five militants near the Afghan border on Tuesday.",
    "Pakistani jets struck militant hideouts near the Afghan border.",
    "Nigerian troops arrested 14 smugglers close to the Beninese border.",
])
def test_a_frontier_that_places_a_body_names_no_party(coder, text):
    # the neighbour whose border it is did nothing and suffered nothing
    assert not {(s, t) for s, _, t in triples(coder, text) if s and t}


def test_a_frontier_an_act_is_aimed_at_keeps_its_state(coder):
    assert ("BLR", "154", "POL") in triples(coder, "Belarus sent troops to the Polish border.")


@pytest.mark.parametrize("text, expected", [
    ("Argentina's government, a vocal critic of Nicolas Maduro, accused Caracas of holding "
     "six opposition figures.", ("ARG", "112", "VEN")),
    # (the veto answers the EU, whose sanctions they are: never Russia, which they spare)
    ("Hungary's government, a close ally of Vladimir Putin, blocked new EU sanctions against "
     "Russia.", ("HUN", "129", "EU")),
])
def test_an_owned_actor_is_placed_by_its_owner_not_its_apposition(coder, text, expected):
    assert expected in triples(coder, text)


@pytest.mark.parametrize("text, expected", [
    ("Venezuelan security forces surrounded the Argentine ambassador's residence in Caracas "
     "on Saturday.", ("VEN", "191", "ARG")),
    ("Hundreds of protesters surrounded the French embassy in Niamey.", ("NER", "141", "FRA")),
])
def test_forces_or_crowds_surrounding_a_party_besiege_or_protest_it(coder, text, expected):
    assert expected in triples(coder, text)


def test_a_place_surrounded_by_nature_is_no_event(coder):
    assert not triples(coder, "Snow-capped mountains surround the Iranian capital.")


@pytest.mark.parametrize("text, expected", [
    ("Chinese Foreign Minister Wang Yi flew on to Brazzaville, where he signed agreements on "
     "roads and health with the Congolese government.", ("CHN", "05", "COG")),
    ("Japan's prime minister travelled to Hanoi, where he signed a deal on rare earths.",
     ("JPN", "05", "VNM")),
])
def test_an_act_a_where_clause_tells_of_is_done_with_the_places_state(coder, text, expected):
    assert expected in roots(coder, text)


def test_a_where_clause_on_ones_own_place_names_no_partner(coder):
    found = roots(coder, "The Kenyan president returned to Nairobi, where he signed the "
                         "budget into law.")
    assert not {(s, t) for s, _, t in found if s != t}


def test_aid_handed_on_where_it_landed_is_not_given_to_that_state(coder):
    found = triples(coder, "A Jordanian cargo plane delivered the tents to Egypt, where they "
                           "will be trucked into Gaza and distributed by UN agencies.")
    assert ("JOR", "070", "EGY") in found or ("JOR", "073", "EGY") in found
    assert {s for s, _, t in found if t == "EGY"} == {"JOR"}


@pytest.mark.parametrize("text", [
    "The UN secretary-general warned that the conflict could spill over into Lebanon.",
    "Iran's foreign minister met Hamas leaders in Doha and warned that the war could spread "
    "to the whole region.",
    "The IMF warned that the tariffs would hurt growth in Mexico and Canada.",
])
def test_a_warning_that_a_happening_may_come_threatens_no_one(coder, text):
    assert not any(code.startswith("13") for _, code, _ in triples(coder, text))


@pytest.mark.parametrize("text, expected", [
    ("Iran warned that it would retaliate against Israel.", ("IRN", "13", "ISR")),
    ("Brussels warned Serbia that visa-free travel could be suspended.", ("EU", "13", "SRB")),
])
def test_a_warning_of_the_speakers_own_act_stays_a_threat(coder, text, expected):
    assert expected in roots(coder, text)


@pytest.mark.parametrize("text, expected", [
    ("Pakistan said Indian troops opened fire on a border post in Kashmir overnight.",
     ("IND", "19", "PAK")),
    ("Israel said Hezbollah fired rockets at a town in the north on Sunday.",
     ("LBN", "19", "ISR")),
    ("Pakistan's army said Indian troops shelled villages along the Line of Control.",
     ("IND", "19", "PAK")),
])
def test_force_on_unplaced_ground_hit_the_state_that_reports_it(coder, text, expected):
    assert expected in roots(coder, text)


@pytest.mark.parametrize("text", [
    # an organisation reports, or the reporter's own forces acted
    "The UN said gunmen attacked a camp for displaced people.",
    "The Indian army said its troops shelled militant positions overnight.",
])
def test_no_state_reports_its_own_ground_hit(coder, text):
    assert not {(s, t) for s, _, t in triples(coder, text) if s and t and s != t}


@pytest.mark.parametrize("text", [
    "The summit between the leaders of Egypt and Turkey is expected to take place in "
    "September.",
    "A meeting between Kenya and Uganda is scheduled for Friday.",
    "Talks between Egypt and Turkey are expected to be held in Cairo next week.",
])
def test_a_meeting_expected_or_scheduled_is_an_intent_to_meet(coder, text):
    found = roots(coder, text)
    assert found and all(code == "03" for _, code, _ in found)


@pytest.mark.parametrize("text, expected", [
    ("Egypt pledged to deploy troops to Somalia as part of a new African Union mission.",
     ("EGY", "0334", "SOM")),
    ("France will send two frigates to Greece.", ("FRA", "0334", "GRC")),
    ("The United States deployed 3,000 troops to Poland.", ("USA", "074", "POL")),
])
def test_forces_sent_to_a_state_protect_it(coder, text, expected):
    assert expected in triples(coder, text)


@pytest.mark.parametrize("text, expected", [
    ("Russia deployed troops to the border with Ukraine.", ("RUS", "154", "UKR")),
    ("China sent warships near Taiwan.", ("CHN", "154", "TWN")),
])
def test_forces_sent_to_a_frontier_or_near_a_state_are_a_show_of_force(coder, text, expected):
    assert expected in triples(coder, text)


@pytest.mark.parametrize("text, expected", [
    ("Egyptian President Abdel Fattah al-Sisi hosted Jordan's King Abdullah and discussed "
     "the situation in Gaza, the presidency said.", ("EGY", "043", "JOR")),
    ("First Vice Foreign Minister Park Yoon-joo summoned Chinese Ambassador Dai Bing and "
     "expressed serious concern over the incursions, a ministry official said.",
     ("KOR", "114", "CHN")),
    ("Turkish President Recep Tayyip Erdogan received Iraqi Prime Minister Mohammed "
     "Shia al-Sudani in Ankara on Monday, his office said.", ("TUR", "043", "IRQ")),
])
def test_a_verb_read_as_a_word_of_a_long_name_is_the_clause_verb(coder, text, expected):
    assert expected in triples(coder, text)
    assert not any(s == t for s, _, t in triples(coder, text) if s)


@pytest.mark.parametrize("text", [
    "The Iran backed Houthis attacked a ship.",
    "Russian-backed separatist leader Denis Pushilin said the town had fallen.",
])
def test_a_participle_that_modifies_a_name_stays_a_modifier(coder, text):
    assert not {c for _, c, _ in triples(coder, text) if c[:2] in ("04", "11")}


@pytest.mark.parametrize("text", [
    "Cairo hosts more than 1.2 million Sudanese who fled the war.",
    "Chad is hosting over 600,000 Sudanese, the UN refugee agency said.",
    "Jordan hosts some 650,000 Syrians registered with the United Nations.",
    "Turkey received 40,000 Afghans last year.",
])
def test_a_people_counted_in_thousands_is_no_guest(coder, text):
    assert not {c for _, c, _ in triples(coder, text) if c in ("042", "043")}


@pytest.mark.parametrize("text, expected", [
    ("Kenya hosted Somali President Hassan Sheikh Mohamud in Nairobi.", ("KEN", "043", "SOM")),
    ("Qatar hosted three Hamas leaders in Doha.", ("QAT", "043", "PSE")),
])
def test_guests_counted_by_few_are_still_guests(coder, text, expected):
    assert expected in triples(coder, text)


@pytest.mark.parametrize("text, expected", [
    ("Ethiopia has insisted the project is vital to its development and has dismissed "
     "Egyptian concerns as exaggerated.", ("ETH", "12", "EGY")),
    ("Pakistan has said the attack was unprovoked and has lodged a protest with India.",
     ("PAK", "11", "IND")),
    ("Russia has denied that its troops entered the village and has accused Ukraine of "
     "staging the attack.", ("RUS", "11", "UKR")),
])
def test_a_verb_with_the_sentence_verbs_auxiliary_is_the_subjects_own(coder, text, expected):
    assert expected in roots(coder, text)
    assert not {c for _, c, _ in triples(coder, text) if c[:2] == "10"}


@pytest.mark.parametrize("text", [
    "Russia has denied that its troops entered the village.",
    "Israel denied that its soldiers fired on the crowd.",
])
def test_a_denial_clearing_its_own_forces_is_aimed_at_no_one_of_its_own(coder, text):
    assert not {(s, t) for s, _, t in triples(coder, text) if s and s == t}


@pytest.mark.parametrize("text, expected", [
    ("Germany has provided military aid worth 28 billion euros to Ukraine.",
     ("DEU", "072", "UKR")),
    ("Washington provided Kyiv with military assistance.", ("USA", "072", "UKR")),
    ("Japan provided Jordan with economic assistance.", ("JPN", "071", "JOR")),
    ("The European Union provided humanitarian aid to Sudan.", ("EU", "073", "SDN")),
    ("Turkey gave Syria humanitarian aid after the earthquake.", ("TUR", "073", "SYR")),
])
def test_the_kind_of_help_handed_over_is_told_by_its_modifier(coder, text, expected):
    assert expected in triples(coder, text)


@pytest.mark.parametrize("text, expected", [
    ("Germany to supply Ukraine with more air defence systems, Pistorius says",
     ("DEU", "03", "UKR")),
    ("Japan to lift curbs on Chinese seafood imports, minister says", ("JPN", "03", "CHN")),
    ("Poland to expel Belarusian diplomats, Sikorski says", ("POL", "13", "BLR")),
])
def test_a_headline_plan_told_by_a_trailing_speaker_is_still_a_plan(coder, text, expected):
    assert expected in roots(coder, text)
    assert not {c for _, c, _ in roots(coder, text) if c in ("07", "08", "16")}


@pytest.mark.parametrize("text, expected", [
    ("Mexico's president rejected a proposal by Washington to designate drug cartels as "
     "foreign terrorist organisations.", ("MEX", "12", "USA")),
    ("Brazil rejected a plan by the United States to list the gangs as terrorist groups.",
     ("BRA", "12", "USA")),
])
def test_an_as_phrase_past_other_words_judges_nothing_rejected(coder, text, expected):
    assert expected in roots(coder, text)
    assert not {c for _, c, _ in roots(coder, text) if c == "11"}


@pytest.mark.parametrize("text, expected", [
    ("Moscow dismissed the claims by Kyiv on Monday as absurd.", ("RUS", "11", "UKR")),
    ("Ankara described the French vote as a provocation.", ("TUR", "11", "FRA")),
])
def test_an_as_verdict_after_times_still_judges(coder, text, expected):
    assert expected in roots(coder, text)


@pytest.mark.parametrize("text, expected", [
    ("China launched an anti-dumping investigation into pork imported from the European "
     "Union.", ("CHN", "090", "EU")),
    ("India opened an anti-dumping probe into solar glass from China.", ("IND", "090", "CHN")),
    ("Brussels confirmed tariffs of up to 35 percent on Chinese electric vehicles.",
     ("EU", "163", "CHN")),
])
def test_trade_probes_and_confirmed_duties_are_aimed_at_the_goods_origin(coder, text, expected):
    assert expected in triples(coder, text)


@pytest.mark.parametrize("text, expected", [
    ("Japan expressed deep remorse to South Korea for the suffering of wartime labourers.",
     ("JPN", "055", "KOR")),
    ("Germany voiced contrition to Namibia for the colonial-era killings.",
     ("DEU", "055", "NAM")),
    ("Seoul expressed regret over Tokyo's decision to resume the survey.",
     ("KOR", "012", "JPN")),
])
def test_remorse_expressed_is_an_apology_regret_a_disappointment(coder, text, expected):
    assert expected in triples(coder, text)


@pytest.mark.parametrize("text, expected", [
    ("Thailand's army said Cambodian forces fired rockets at a hospital in Surin province.",
     ("KHM", "19", "THA")),
    ("Russia said Ukrainian drones hit a house in the border region overnight.",
     ("UKR", "19", "RUS")),
])
def test_force_on_unplaced_civilian_sites_hits_the_reporting_state(coder, text, expected):
    assert expected in roots(coder, text)


def test_force_on_a_site_by_the_reporting_states_own_forces_hits_no_one_of_its_own(coder):
    text = "Israel said its jets struck a school used by Hamas fighters."
    assert not {(s, t) for s, _, t in triples(coder, text) if s == "ISR" and t == "ISR"}


@pytest.mark.parametrize("text, expected, own", [
    ("Thai and Cambodian soldiers exchanged fire along the border, killing at least 12 "
     "people, most of them Thai civilians.", ("KHM", "THA"), "THA"),
    ("Indian and Pakistani troops clashed in Kashmir, killing three Indian soldiers.",
     ("PAK", "IND"), "IND"),
])
def test_the_harm_foes_fighting_each_other_do_is_no_sides_to_its_own(coder, text, expected,
                                                                      own):
    found = {(s, t) for s, c, t in triples(coder, text) if c[:2] in ("18", "19", "20")}
    assert expected in found
    assert (own, own) not in found


def test_allies_named_together_keep_the_harm_to_their_own_people(coder):
    text = "Russian and Syrian jets bombed rebel-held Idlib, killing 20 Syrian civilians."
    assert ("SYR", "SYR") in {(s, t) for s, c, t in triples(coder, text) if c[:2] == "19"}
