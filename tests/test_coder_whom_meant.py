"""Who is meant, round 8 of the left-over classes (session 21, helper "whom"). Every
sentence is written for this file.

Parallel acts in one sentence: "A recalled its ambassador from X, while B and C recalled
their ambassadors" recalls B's and C's from X too, as an "also" in the next sentence does;
the same for envoys withdrawn, diplomats expelled and missions closed with no post named. A
state that was itself the party of the earlier act recalls from the one that acted on it.

A third party put into a meeting: "France and Germany refused to include Turkey in the
meeting" tells of no meeting of France with Germany; coordinated subjects acting on a third
party act on it, not on each other.

A go-between brokers between the parties (045 to each), whatever form tells of it, and is
no party of what the accord does nor of "the two rivals" told next. A gendered pronoun
agrees with the title ("Mr", "Ms", "Mrs") the story gave a person."""

from __future__ import annotations

import pytest

from coder_helpers import roots, triples


@pytest.mark.parametrize("text, expected", [
    ("Argentina recalled its ambassador from Caracas, while Chile and Colombia recalled "
     "their ambassadors.", [("CHL", "16", "VEN"), ("COL", "16", "VEN")]),
    ("Canada closed its embassy in Tehran on Friday, while Britain and France shut their "
     "missions.", [("GBR", "16", "IRN"), ("FRA", "16", "IRN")]),
    ("Sweden withdrew its ambassador from Riyadh on Tuesday, and Norway recalled its "
     "ambassador.", [("NOR", "16", "SAU")]),
    ("Lithuania expelled three Russian diplomats on Friday, while Latvia expelled two "
     "diplomats.", [("LVA", "16", "RUS")]),
    ("Benin has recalled its envoy to Niamey; Togo and Ghana recalled their ambassadors the "
     "same day.", [("TGO", "16", "NER"), ("GHA", "16", "NER")]),
    ("Rwanda recalled its high commissioner from Kinshasa, and Congo responded by recalling "
     "its own envoy.", [("COD", "16", "RWA")]),
])
def test_a_parallel_recall_is_from_the_same_post(coder, text, expected):
    found = roots(coder, text)
    for event in expected:
        assert event in found


@pytest.mark.parametrize("text, expected, absent", [
    # the second state names its own post
    ("Peru recalled its ambassador from Mexico City, while Bolivia recalled its ambassador "
     "from Lima.", ("BOL", "16", "PER"), ("BOL", "16", "MEX")),
    # an act of another kind is no parallel recall
    ("Australia recalled its ambassador from Jakarta, while New Zealand kept its envoy in "
     "place.", ("AUS", "16", "IDN"), ("NZL", "16", "IDN")),
])
def test_a_recall_naming_its_own_post_or_none_is_no_parallel(coder, text, expected, absent):
    found = roots(coder, text)
    assert expected in found
    assert absent not in found


@pytest.mark.parametrize("text, pair, third", [
    ("France and Germany refused to include Turkey in the meeting.", ("FRA", "DEU"), "TUR"),
    ("Egypt and Qatar have declined to involve Iran in the talks.", ("EGY", "QAT"), "IRN"),
    ("Brazil and Mexico want to include Cuba in the meeting.", ("BRA", "MEX"), "CUB"),
    ("Kenya and Ethiopia refused to involve Eritrea in the negotiations.", ("KEN", "ETH"),
     "ERI"),
])
def test_a_third_party_included_in_a_meeting_is_no_meeting_of_the_subjects(
        coder, text, pair, third):
    a, b = pair
    assert not any({s, t} == {a, b} for s, _, t in roots(coder, text))


@pytest.mark.parametrize("text, expected", [
    # an occasion phrase still tells of a meeting of the coordinated subjects
    ("Chile's foreign minister and his Argentine host urged closer ties at a meeting in "
     "Lima.", ("CHL", "04", "ARG")),
    ("Washington and Seoul warned Pyongyang at their talks on Friday.", ("USA", "04", "KOR")),
])
def test_an_occasion_meeting_stays_a_meeting(coder, text, expected):
    assert expected in roots(coder, text)


# A go-between brokers between the parties, whatever form tells of it: a progressive verb
# ("is mediating between"), a participle on the accord ("mediated by Oman", "the
# Qatar-brokered truce"), its noun in a setting ("under Turkish mediation"). It is no party
# of what the accord does ("to restore relations between Riyadh and Tehran": the two restore
# them), and no member of "the two rivals" told next.
@pytest.mark.parametrize("text, broker, parties", [
    ("Brazil is mediating between Venezuela and Guyana.", "BRA", ("VEN", "GUY")),
    ("Kenya has been brokering talks between Ethiopia and Eritrea.", "KEN", ("ETH", "ERI")),
    ("Talks between Iran and the United States, mediated by Oman, resumed in Muscat on "
     "Saturday.", "OMN", ("IRN", "USA")),
    ("The US-brokered ceasefire between Israel and Hezbollah took effect on Wednesday.",
     "USA", ("ISR", "LBN")),
    ("A Qatar-mediated deal between Rwanda and Congo was signed in Washington.", "QAT",
     ("RWA", "COD")),
    ("Under Turkish mediation, Somalia and Ethiopia agreed to end their dispute.", "TUR",
     ("SOM", "ETH")),
    ("The agreement brokered by China to restore relations between Riyadh and Tehran was "
     "signed in Beijing.", "CHN", ("SAU", "IRN")),
])
def test_a_go_between_brokers_between_the_parties(coder, text, broker, parties):
    found = triples(coder, text)
    for party in parties:
        assert (broker, "045", party) in found
    assert not any(s == broker and c != "045" for s, c, _ in found)


@pytest.mark.parametrize("text, pair, broker", [
    ("Saudi Arabia and Iran agreed to restore relations in a deal brokered by China. The two "
     "rivals reopened their embassies in April.", ("SAU", "IRN"), "CHN"),
    ("Israel and Hamas agreed to a truce in talks mediated by Qatar and Egypt. The two sides "
     "exchanged hostages and prisoners on Sunday.", ("ISR", "PSE"), "EGY"),
])
def test_the_two_rivals_after_a_broker_are_the_parties(coder, text, pair, broker):
    found = roots(coder, text)
    a, b = pair
    assert (a, "05", b) in found or (a, "08", b) in found
    assert not any(broker in (s, t) and c in ("05", "08") for s, c, t in found)


@pytest.mark.parametrize("text", [
    # a mediator's job described, and a mediation only offered, broker nothing
    "The mediating role of Qatar has been praised by diplomats.",
    "Algeria offered to mediate between Mali and the rebels.",
])
def test_no_mediation_told(coder, text):
    assert not any(c == "045" for _, c, _ in triples(coder, text))


# A gendered pronoun agrees with the title the story gave a person ("Mr", "Ms", "Mrs"),
# over the subject it would otherwise continue; with no title told, nothing changes.
@pytest.mark.parametrize("text, expected, absent", [
    ("Mr Scholz met Ms Meloni in Rome on Friday. She urged him to back the migration pact.",
     ("ITA", "02", "DEU"), ("DEU", "02", "ITA")),
    ("Mr. Modi hosted Mrs. Hasina in New Delhi on Saturday. She thanked him for India's "
     "support.", ("BGD", "05", "IND"), ("IND", "05", "BGD")),
    ("Mr Erdogan spoke to Ms Frederiksen by phone. She criticised him over the detention of a "
     "Danish journalist.", ("DNK", "11", "TUR"), ("TUR", "11", "DNK")),
    ("Mr Trump spoke with Mrs Sheinbaum by phone on Monday. She urged him to drop the "
     "tariffs.", ("MEX", "02", "USA"), ("USA", "02", "MEX")),
])
def test_a_gendered_pronoun_agrees_with_the_title(coder, text, expected, absent):
    found = roots(coder, text)
    assert expected in found
    assert absent not in found


@pytest.mark.parametrize("text, expected", [
    # the title agrees with the subject continued
    ("Mrs Hasina met Mr Modi in Dhaka. She praised him for his support.",
     ("BGD", "05", "IND")),
    ("Ms Kallas met Mr Lavrov in Vienna. Mr Lavrov accused her of spreading lies.",
     ("RUS", "11", "EST")),
])
def test_a_pronoun_whose_title_agrees_keeps_its_reading(coder, text, expected):
    assert expected in roots(coder, text)


# A state's own act on a party earlier in the sentence tells whose post its envoy left and
# whose diplomats it expelled; a reaction to another's expulsion names no expelled envoy's
# state.
@pytest.mark.parametrize("text, expected", [
    ("Morocco condemned Algeria's support for the Polisario Front and recalled its envoy for "
     "consultations.", ("MAR", "16", "DZA")),
    ("Estonia accused Russia of jamming GPS signals over the Baltic and expelled two "
     "diplomats on Tuesday.", ("EST", "16", "RUS")),
])
def test_an_envoy_recalled_after_the_states_own_act_served_its_party(coder, text, expected):
    assert expected in roots(coder, text)
