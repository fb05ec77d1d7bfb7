"""Classes of construction left open at the end of session 16 (issue 13, fourth leftovers
round): denials that answer an accuser, ... Sentences written for these tests; every class
has sentences that must give nothing."""

from __future__ import annotations

import pytest

from coder_helpers import coded, dyadic


@pytest.mark.parametrize(("text", "expected", "wrong"), [
    # a denied act answers whoever accused the denier before, even when the act denied
    # names the party it would have hit
    ("Ukraine accused Belarus of helping Moscow. Belarus denied supporting Russia.",
     ("BLR", "016", "UKR"), ("BLR", "016", "RUS")),
    ("Washington accused Tehran of arming Moscow. Iran on Monday denied supplying drones "
     "to Russia.", ("IRN", "016", "USA"), ("IRN", "016", "RUS")),
    ("Kyiv has accused Minsk of aiding the invasion. Belarus said the charge was absurd "
     "and denied helping Russia.", ("BLR", "016", "UKR"), ("BLR", "016", "RUS")),
    ("Kyiv accused Russia of shelling the nuclear plant. Moscow denied that its forces had "
     "fired on the plant.", ("RUS", "016", "UKR"), None),
    # the accusation told earlier in the same sentence
    ("Kinshasa has accused Kigali of arming the militia, but Rwanda denies backing the "
     "rebels.", ("RWA", "016", "COD"), None),
])
def test_denial_answers_the_accuser(coder, text, expected, wrong):
    found = dyadic(coder, text)
    assert expected in found
    assert wrong not in found


@pytest.mark.parametrize(("text", "expected"), [
    # with no accuser told, the party the act would have hit; with one named in the
    # sentence, that one
    ("Iran denied supplying drones to Russia.", ("IRN", "016", "RUS")),
    ("Sudan denied charges by Chad that it had armed the rebels in Darfur.",
     ("SDN", "016", "TCD")),
])
def test_denial_without_an_earlier_accuser(coder, text, expected):
    assert expected in dyadic(coder, text)


@pytest.mark.parametrize("text", [
    "Rwanda said the decision was regrettable and denied supporting the rebels.",
    "The Kremlin denied that its troops had retreated from the town.",
    "Belarus denied the reports on Tuesday.",
])
def test_denials_with_no_other_party_give_nothing(coder, text):
    assert dyadic(coder, text) == set()


@pytest.mark.parametrize(("text", "expected", "target"), [
    # a protest or complaint lodged "with" a state is aimed at it; what it is "over" is
    # its topic (a thing that may name no party, or its owner's armed service)
    ("Japan lodged a protest with China over the survey ship.", ("JPN", "114", "CHN"), "CHN"),
    ("Manila has filed a diplomatic protest with China over the Chinese coast guard's use "
     "of water cannon.", ("PHL", "114", "CHN"), "CHN"),
    ("Seoul will lodge a complaint with Tokyo over the new school textbooks.",
     ("KOR", "114", "JPN"), "JPN"),
    # a court or trade body is the forum, not the target: the other phrase names it
    ("Brazil filed a complaint with the WTO over US tariffs on steel.", ("BRA", "114", "USA"),
     "USA"),
    ("Ukraine filed a case against Russia at the ICJ.", ("UKR", "115", "RUS"), "RUS"),
])
def test_complaint_lodged_with_a_state(coder, text, expected, target):
    assert expected in dyadic(coder, text)
    assert {e.target.code for e in coded(coder, text)} == {target}


@pytest.mark.parametrize("text", [
    "Fishermen lodged a complaint with the port authority over the new fees.",
    "The company filed a complaint with regulators over the tender.",
])
def test_complaints_with_no_state_give_nothing(coder, text):
    assert dyadic(coder, text) == set()


@pytest.mark.parametrize(("text", "expected"), [
    # a verdict given as a second object of a naming verb judges the first object's owner,
    # also when the parser reads a plural deed noun ("launches", "drills") as a verb
    ("Japan called North Korea's missile launches a grave threat to regional peace.",
     ("JPN", "111", "PRK")),
    ("Seoul branded Pyongyang's missile tests an act of provocation.", ("KOR", "111", "PRK")),
    ("Taipei called the Chinese military drills a grave provocation.", ("TWN", "111", "CHN")),
    ("Beijing branded the US arms sale a serious violation of its sovereignty.",
     ("CHN", "111", "USA")),
    ("Moscow labelled the British sanctions an act of economic aggression.",
     ("RUS", "111", "GBR")),
    ("North Korea fired two missiles on Sunday. Tokyo called the launches a grave threat.",
     ("JPN", "111", "PRK")),
])
def test_verdict_as_second_object(coder, text, expected):
    assert expected in dyadic(coder, text)


@pytest.mark.parametrize("text", [
    "Tokyo called the launches a grave threat.",
    "Analysts called the missile tests a sign of growing confidence.",
    "Japan called the typhoon a grave threat to farmers.",
])
def test_verdicts_with_no_owner_give_nothing(coder, text):
    assert dyadic(coder, text) == set()


@pytest.mark.parametrize(("text", "expected"), [
    # a pair phrase with the verb's "of" or "for" phrase the parser hung on it is the pair
    # the story named ("warned the two countries of overwhelming countermeasures")
    ("Japan and the Philippines signed a defence pact. China warned the two countries of "
     "overwhelming countermeasures.", {("CHN", "130", "JPN"), ("CHN", "130", "PHL")}),
    ("Iran and Israel traded strikes last week. Moscow warned the two countries of serious "
     "consequences.", {("RUS", "130", "IRN"), ("RUS", "130", "ISR")}),
    ("Kenya and Somalia clashed on the border. The African Union accused both sides of "
     "violating the truce.", {("AU", "112", "KEN"), ("AU", "112", "SOM")}),
    ("Serbia and Kosovo traded accusations. Brussels blamed both sides for the unrest.",
     {("EU", "112", "SRB"), ("EU", "112", "XKX")}),
])
def test_pair_phrase_with_a_charge(coder, text, expected):
    assert expected <= dyadic(coder, text)


@pytest.mark.parametrize("text", [
    "The two countries of the region warned of severe floods.",
    "Officials warned both sides of the river of rising water.",
])
def test_pair_phrases_without_a_party_give_nothing(coder, text):
    assert dyadic(coder, text) == set()


@pytest.mark.parametrize("text", [
    # a government the dateline state's own bodies address is another state's: never the
    # dateline state's own (no IND -> IND appeal)
    "NEW DELHI - India's foreign ministry on Friday urged the interim government to "
    "protect minorities in the neighbouring country.",
    "NEW DELHI - The foreign ministry said on Friday it was watching events closely. It "
    "urged the interim government to ensure the safety of religious minorities.",
    "ISLAMABAD - Pakistan's foreign office called on the new government to act against "
    "militant groups.",
])
def test_dateline_state_does_not_address_its_own_government(coder, text):
    assert not any(s == t for s, _, t in dyadic(coder, text))


@pytest.mark.parametrize(("text", "expected"), [
    # the dateline still places the bodies that act
    ("ISLAMABAD - The Foreign Office summoned the Afghan charge d'affaires.",
     ("PAK", "114", "AFG")),
    ("ISLAMABAD - The government expelled two Afghan diplomats on Tuesday.",
     ("PAK", "166", "AFG")),
    ("DHAKA - The interim government summoned the Indian envoy.", ("BGD", "114", "IND")),
    ("NAIROBI - Police arrested two Somali nationals on Monday.", ("KEN", "173", "SOM")),
])
def test_dateline_still_places_home_bodies(coder, text, expected):
    assert expected in dyadic(coder, text)


@pytest.mark.parametrize(("text", "expected"), [
    # the Taliban's government, authorities or administration are Afghanistan's government
    # (data/actors/institutions.tsv); the movement alone stays an armed group
    ("Afghanistan's Taliban government condemned the Pakistani air strikes.",
     ("AFG", "111", "PAK")),
    ("Pakistan urged the Taliban government to rein in militants.", ("PAK", "020", "AFG")),
    ("Taliban authorities detained two British aid workers.", ("AFG", "173", "GBR")),
    ("Uzbekistan signed a rail deal with the Taliban administration in Kabul.",
     ("UZB", "057", "AFG")),
])
def test_taliban_government_is_afghanistan_government(coder, text, expected):
    assert expected in dyadic(coder, text)
    assert not any(e.source.code == "AFGREBTAL" or e.target.code == "AFGREBTAL"
                   for e in coded(coder, text))


def test_taliban_movement_stays_an_armed_group(coder):
    events = coded(coder, "The Taliban attacked an Afghan army post in 2019.")
    assert {e.source.code for e in events} == {"AFGREBTAL"}


@pytest.mark.parametrize(("text", "expected"), [
    # a present-tense claim after a name of two words (pinned: already right)
    ("Islamic State claims responsibility for the attack on Russian soldiers.",
     ("RUS", "015")),
    ("Boko Haram claims responsibility for the abduction of Nigerian schoolgirls.",
     ("NGA", "015")),
])
def test_present_tense_claims_after_a_long_name(coder, text, expected):
    assert expected in {(e.target.country, e.cameo_code) for e in coded(coder, text)}


@pytest.mark.parametrize("text", [
    "Islamic State claims are hard to verify, analysts say.",
    "The group's claims of responsibility could not be verified.",
])
def test_claims_as_nouns_give_nothing(coder, text):
    assert dyadic(coder, text) == set()
