"""Classes seen wrong at the end of session 21, eighth leftovers round (who speaks and what
the words are): disappointment and regret at a party's deed are a pessimistic comment (012)
also when the deed is told in a "that" clause or after "disappointed in"; a headline's
verb before a quoted verdict ("rejects 'absurd' British ... allegations") denies to the
accuser; an answer foretold on the condition of a
party's act ("would respond if Washington imposed the tariffs") threatens that party, a
welcoming or doubtful one does not; a reaction to a deal told before is aimed at both of
the deal's sides; offers to host talks, to mediate or to act as a go-between are intents to
mediate (039) towards the parties they would go between; a pledge said not kept is
criticism of its maker, and what it was about is not done; "the two South American
neighbours" is a pair of that region; "him" may stand for one person introduced by "a"
("a British journalist"). Sentences written for these tests.
"""

from __future__ import annotations

import pytest

from coder_helpers import dyadic, roots, triples

# --- disappointment and regret at a party's deed ------------------------------------------------
# CAMEO 012 (pessimistic comment): a feeling of disappointment or regret voiced about what a
# party did, as "concern" is; a verdict that the deed "is regrettable" stays criticism (111,
# tests of earlier rounds). The feeling's target is the deed's doer.


@pytest.mark.parametrize(("text", "expected"), [
    ("Canberra said it was disappointed that a Chinese court had sentenced the writer to "
     "death.", ("AUS", "012", "CHN")),
    ("Seoul said it was deeply disappointed that Tokyo had included the mine on the list.",
     ("KOR", "012", "JPN")),
    ("Berlin voiced regret that Warsaw had revived the reparations demand.",
     ("DEU", "012", "POL")),
    ('Washington said it was "very disappointed" in Islamabad\'s decision to free the '
     "militant.", ("USA", "012", "PAK")),
    ("Tokyo is concerned that China is expanding its nuclear arsenal.", ("JPN", "012", "CHN")),
    ("Japan said it was deeply disappointed by Seoul's decision to halt the intelligence pact.",
     ("JPN", "012", "KOR")),
    ("South Korea expressed strong regret over Japan's move to include the mine on the "
     "heritage list.", ("KOR", "012", "JPN")),
])
def test_disappointment_at_a_partys_deed_is_a_pessimistic_comment_on_it(coder, text, expected):
    assert expected in dyadic(coder, text)


@pytest.mark.parametrize("text", [
    "The coach said he was disappointed with the result of the match against Brazil.",
    "Seoul was disappointed that its team lost to Japan.",
    "Tokyo is concerned that tensions are rising in the region.",
    "The minister said he was disappointed that the talks had failed.",
    "Britain voiced regret that the summit had been postponed.",
    "Mexico expressed regret over the deaths in the earthquake.",
])
def test_disappointment_at_a_happening_or_a_game_names_no_party(coder, text):
    assert not [t for t in dyadic(coder, text) if t[1] in ("012", "111")]


@pytest.mark.parametrize("text", [
    "Argentina is confident that Brazil can help deepen links with China.",
    "Tokyo is worried that Beijing could restrict exports of rare earths.",
])
def test_a_feeling_about_what_a_party_may_do_is_no_comment_on_it(coder, text):
    assert not [t for t in dyadic(coder, text) if t[1] in ("012", "013")]


# --- a charge rejected as false answers its maker ----------------------------------------------
# A headline's verb before an opening quote ("rejects 'absurd' British ... allegations") is
# no possessive: the charge is its object and the denial (016) is aimed at its maker. With
# the verdict in an "as" phrase the verdict is criticism of the maker (111, as "dismissed the
# accusation as absurd" in the clause-reading tests): either way the accuser is the target.


@pytest.mark.parametrize(("text", "expected"), [
    ("Beijing rejects 'absurd' British spying allegations", ("CHN", "016", "GBR")),
    ("Paris rejects 'baseless' Algerian accusations", ("FRA", "016", "DZA")),
    ("Kremlin Dismisses 'Baseless' Kyiv Claims Of Shelling", ("RUS", "016", "UKR")),
    ("Moscow dismisses 'baseless' claims by Kyiv", ("RUS", "016", "UKR")),
])
def test_a_headline_denial_with_a_quoted_verdict_answers_the_accuser(coder, text, expected):
    assert expected in dyadic(coder, text)


@pytest.mark.parametrize(("text", "pair"), [
    ('China rejected as "absurd" allegations by Britain that it had spied on lawmakers.',
     ("CHN", "GBR")),
    ('Beijing on Tuesday dismissed as "groundless" Washington\'s accusations of cyber '
     "espionage.", ("CHN", "USA")),
    ('Iran dismissed as "fabricated" US accusations that it had supplied drones to Moscow.',
     ("IRN", "USA")),
])
def test_a_charge_rejected_as_false_is_aimed_at_its_maker(coder, text, pair):
    assert {(s, t) for s, c, t in dyadic(coder, text) if c in ("016", "111")} == {pair}


def test_a_charge_rejected_with_no_maker_names_no_party(coder):
    assert not dyadic(coder, "Beijing Rejects 'Absurd' Allegations Of Spying")


# --- an answer foretold on a party's act threatens it -------------------------------------------


@pytest.mark.parametrize(("text", "expected"), [
    ("Ottawa would respond if Washington imposed the tariffs.", ("CAN", "13", "USA")),
    ("China will respond firmly if the Philippines continues its provocations, a spokesman "
     "said.", ("CHN", "13", "PHL")),
    ("Beijing will react resolutely if Manila sends more ships to the shoal.",
     ("CHN", "13", "PHL")),
    ("Moscow will hit back if Helsinki joins the alliance, the Kremlin said.",
     ("RUS", "13", "FIN")),
    ("Russia warned it would respond if Norway allowed US troops on its soil.",
     ("RUS", "13", "NOR")),
    ("Should Beijing invade Taiwan, Tokyo would respond, the prime minister said.",
     ("JPN", "13", "CHN")),
    ("Tokyo warned it would retaliate should Beijing restrict exports of rare earths.",
     ("JPN", "13", "CHN")),
    ("The European Union said it would retaliate if the United States raised tariffs on "
     "steel.", ("EU", "13", "USA")),
    ("Seoul will take countermeasures if Tokyo goes ahead with the export curbs.",
     ("KOR", "13", "JPN")),
])
def test_an_answer_foretold_on_a_partys_act_threatens_that_party(coder, text, expected):
    coded = roots(coder, text)
    assert expected in coded
    assert not [t for t in coded if t[1] in ("11", "19")]


@pytest.mark.parametrize("text", [
    "Ottawa would welcome talks if Washington dropped the tariffs.",
    "Berlin would respond positively if Moscow proposed a ceasefire.",
    "Seoul would react calmly if Pyongyang resumed talks.",
    "The bank would respond if inflation rose further, the governor said.",
    "Ottawa would not respond if Washington imposed the tariffs.",
    "It is unclear how China would respond if the Philippines sent more ships.",
    "The minister declined to say whether Ottawa would respond if Washington imposed tariffs.",
    "Analysts said Russia would respond if Finland joined NATO.",
    "Turkey would support Sweden's bid if Stockholm addressed its concerns.",
    "Tehran said it would respond if Washington asked for talks.",
])
def test_a_welcoming_doubtful_or_guessed_answer_threatens_no_one(coder, text):
    assert not [t for t in triples(coder, text) if t[1][:2] == "13"]


# --- a reaction to a deal told before is aimed at both of its sides -----------------------------


@pytest.mark.parametrize(("text", "sides"), [
    ("The US Senate approved the arms deal with Taiwan on Tuesday. Moscow condemned the deal.",
     ("RUS", "111", {"USA", "TWN"})),
    ("Kenya's parliament ratified the security pact with Haiti on Monday. Rwanda criticised "
     "the pact.", ("RWA", "111", {"KEN", "HTI"})),
    ("Israel approved the ceasefire deal with Hamas on Friday. Iran dismissed the deal.",
     ("IRN", "12", {"ISR", "PSE"})),
    ("Armenia and Azerbaijan initialled a peace deal in Washington. Iran welcomed the deal.",
     ("IRN", "051", {"ARM", "AZE"})),
])
def test_a_reaction_to_a_deal_told_before_is_aimed_at_both_sides(coder, text, sides):
    source, code, targets = sides
    found = {t for s, c, t in dyadic(coder, text) if s == source and c.startswith(code)}
    assert found == targets


# --- offers to host talks or to mediate ---------------------------------------------------------


@pytest.mark.parametrize(("text", "source", "parties"), [
    ("Pakistan and Afghanistan traded fire along the border. China offered to host talks "
     "between the two neighbours.", "CHN", {"PAK", "AFG"}),
    ("Ethiopia and Eritrea accused each other of massing troops. Kenya offered to host talks "
     "between the two sides.", "KEN", {"ETH", "ERI"}),
    ("Qatar has offered to act as a mediator between Washington and Tehran.", "QAT",
     {"USA", "IRN"}),
    ("Switzerland offered its good offices to Armenia and Azerbaijan.", "CHE", {"ARM", "AZE"}),
    ("Kenya offered mediation to Ethiopia and Eritrea.", "KEN", {"ETH", "ERI"}),
    ("Turkey offered to mediate between Moscow and Kyiv.", "TUR", {"RUS", "UKR"}),
])
def test_an_offer_to_host_or_mediate_is_an_intent_to_mediate(coder, text, source, parties):
    coded = dyadic(coder, text)
    assert {t for s, c, t in coded if s == source and c == "039"} == parties
    # (talks only offered are not held: the two sides engage in no negotiation)
    assert not [t for t in coded if t[1] == "046"]


def test_an_offer_of_help_stays_an_offer_of_aid(coder):
    assert ("EGY", "033", "SDN") in {(s, c[:3], t) for s, c, t in
                                     dyadic(coder, "Egypt offered its help to Sudan.")}


# --- pledges not kept ---------------------------------------------------------------------------
# A speaker's saying that a party has not kept its word judges that party (111); the act the
# pledge was about is not done (no extradition), and with no speaker nothing is coded.


@pytest.mark.parametrize(("text", "expected"), [
    ("India said Pakistan has not met its commitments on extraditing the suspects.",
     ("IND", "111", "PAK")),
    ("Russia has failed to honour its commitments under the grain deal, Ukraine said.",
     ("UKR", "111", "RUS")),
    ("Washington said Tehran had reneged on its commitments under the nuclear deal.",
     ("USA", "111", "IRN")),
    ("The IAEA said Iran had not kept its promise to allow inspectors into the site.",
     ("IAEA", "111", "IRN")),
])
def test_a_pledge_said_not_kept_is_criticism_of_its_maker(coder, text, expected):
    coded = dyadic(coder, text)
    assert expected in coded
    assert not [t for t in coded if t[1][:2] in ("01", "04", "06", "08")]


@pytest.mark.parametrize("text", [
    "Pakistan has not yet met its commitments on extraditing the suspects.",
    "Germany said it had not yet met its NATO spending commitments.",
    "Japan has pledged to keep its commitments to the climate deal.",
])
def test_a_pledge_not_kept_with_no_other_party_is_no_event(coder, text):
    assert not triples(coder, text)


def test_a_pledge_kept_keeps_its_act_and_meets_no_one(coder):
    coded = dyadic(coder, "Israel said it had met its commitments on delivering aid to Gaza.")
    assert ("ISR", "07", "PSE") in {(s, c[:2], t) for s, c, t in coded}
    assert not [t for t in coded if t[1][:2] == "04"]


# --- a pair phrase named by its region is a pair of that region ---------------------------------


@pytest.mark.parametrize(("text", "pair"), [
    ("Colombia and Venezuela reopened their border crossing. The two South American "
     "neighbours agreed to restore flights.", {"COL", "VEN"}),
    ("Ethiopia and Kenya signed a trade deal. The two East African neighbours also agreed to "
     "build a road.", {"ETH", "KEN"}),
    ("Japan and South Korea held a summit in Tokyo. The two Asian neighbours agreed to share "
     "intelligence.", {"JPN", "KOR"}),
])
def test_a_regional_pair_phrase_stands_for_a_pair_of_that_region(coder, text, pair):
    assert {s for s, c, t in dyadic(coder, text) if c[:2] == "03"} >= pair


@pytest.mark.parametrize("text", [
    "India and Pakistan exchanged fire across the Line of Control. The two South American "
    "neighbours agreed to talk.",
    "Argentina and Chile signed a border treaty. The two European allies pledged to cooperate.",
])
def test_a_regional_pair_phrase_is_no_pair_of_another_region(coder, text):
    assert not [t for t in dyadic(coder, text) if t[1][:2] == "03"]


# --- "him" for one person the story introduced by "a" -------------------------------------------


@pytest.mark.parametrize(("text", "expected"), [
    ("A British journalist was detained in Iran in May. Tehran released him on Tuesday.",
     ("IRN", "0841", "GBR")),
    ("An American tourist was arrested in North Korea. Pyongyang freed him after two weeks.",
     ("PRK", "0841", "USA")),
])
def test_him_stands_for_one_person_introduced_before(coder, text, expected):
    assert expected in dyadic(coder, text)


def test_him_is_no_delegation(coder):
    text = ("A Canadian delegation arrived in Beijing on Monday. China's premier praised him "
            "for his work.")
    assert not [t for t in dyadic(coder, text) if t[2] == "CAN" and t[1][:2] == "05"]
