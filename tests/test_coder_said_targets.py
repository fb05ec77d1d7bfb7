"""What was said (issue 13, class 6): the target of criticism and praise found in what is
judged, named or owned. Sentences written for these tests."""

from __future__ import annotations

import pytest

from coder_helpers import roots, triples


@pytest.mark.parametrize(("text", "expected"), [
    # a verb of naming whose complement is a small clause ("branded the sanctions illegal")
    ("China branded the American sanctions illegal and unilateral.", ("CHN", "11", "USA")),
    ("The Indian foreign ministry termed the remarks by the Pakistani minister "
     "irresponsible.", ("IND", "11", "PAK")),
    ("Kyiv called Hungary's stance shameful.", ("UKR", "11", "HUN")),
    # "described X as unacceptable": the adjective the parser hangs on the object
    ("Thailand's prime minister described Cambodia's move as unacceptable.",
     ("THA", "11", "KHM")),
    ("Tokyo described the Australian decision as wise and timely.", ("JPN", "05", "AUS")),
    # a verdict the list of judging words did not know yet
    ("Somalia said Ethiopia's deal with the breakaway region was null and void.",
     ("SOM", "11", "ETH")),
    ("The Serbian foreign minister said the Croatian decision was wrong and arbitrary.",
     ("SRB", "11", "HRV")),
])
def test_a_named_or_judged_act_is_criticism_or_praise_of_its_doer(coder, text, expected):
    assert expected in roots(coder, text)


@pytest.mark.parametrize(("text", "expected"), [
    # a possessive on anything criticised names whom the criticism is aimed at
    ("Addis Ababa slammed Cairo's intransigence in the dam talks.", ("ETH", "11", "EGY")),
    ("Seoul criticised what it described as Japan's distortion of history.",
     ("KOR", "11", "JPN")),
    ("The Greek government denounced Ankara's silence on the attacks.", ("GRC", "11", "TUR")),
    # a demonym on a named wrong: the act nouns of what is denounced
    ("Iran denounced what it called American piracy in the Gulf.", ("IRN", "11", "USA")),
    ("Tehran condemned Israeli terrorism after the assassination.", ("IRN", "11", "ISR")),
    ("Moscow decried British hypocrisy over the sanctions.", ("RUS", "11", "GBR")),
    # a doer named by "by" after a verbal noun of the act
    ("Saudi Arabia condemned the storming of the mosque by Iraqi protesters.",
     ("SAU", "11", "IRQ")),
    ("Qatar condemned the burning of the Koran by Swedish protesters.", ("QAT", "11", "SWE")),
])
def test_the_owner_or_doer_of_what_is_criticised_is_the_target(coder, text, expected):
    assert expected in roots(coder, text)


@pytest.mark.parametrize("text", [
    # what a party undergoes is no act of its own
    "Jordan deplored Gaza's destruction.",
    "The Pope lamented Lebanon's plight.",
    # judgements with nobody behind the judged thing, or nobody judging
    "Analysts said the Russian move was a mistake.",
    "Experts described the Chinese economy as fragile.",
    "Critics called the deal a mistake.",
    "The minister said the weather was terrible and the harvest a failure.",
    "It suggests that Washington's policy has failed.",
])
def test_what_a_party_suffers_and_judgements_of_nobody_give_no_criticism(coder, text):
    assert not any(code.startswith("11") and src and tgt and src != tgt
                   for src, code, tgt in triples(coder, text))


@pytest.mark.parametrize(("text", "expected"), [
    # a speaker named by "according to"
    ("According to the Iranian foreign ministry, the Israeli strike was a flagrant "
     "violation of international law.", ("IRN", "11", "ISR")),
    ("According to Beijing, the American sanctions are illegal.", ("CHN", "11", "USA")),
    # the doer of a judged act named by the agent of its participle
    ('"The sanctions imposed by Brussels are illegal," the Russian foreign minister told '
     'reporters.', ("RUS", "11", "EU")),
    ("The Russian foreign minister said the measures announced by Washington were "
     "unacceptable.", ("RUS", "11", "USA")),
])
def test_a_judging_clause_told_by_according_to_or_of_a_participle(coder, text, expected):
    assert expected in roots(coder, text)


@pytest.mark.parametrize("text", [
    "According to the forecast, the Turkish economy is fragile.",
    "According to the report, Chinese growth was disappointing.",
    "According to the ministry, the weather was terrible.",
    # the victim named in a verdict's "of" phrase is not its doer
    "Tehran said the sanctions were a violation of Iranian sovereignty.",
])
def test_according_to_a_document_or_nobody_judged_gives_nothing(coder, text):
    assert not any(code.startswith("11") for _, code, _ in triples(coder, text))


@pytest.mark.parametrize(("text", "expected"), [
    # the verdict names the doer by "by"
    ("The Chinese foreign ministry said the drills were a provocation by Taipei.",
     ("CHN", "11", "TWN")),
    ("Iran condemned the assassination as a cowardly act by the Israeli government.",
     ("IRN", "11", "ISR")),
    # ... or before it, also through "part of", "a form of"
    ("Havana said the US measures were part of a policy of aggression.", ("CUB", "11", "USA")),
    ("According to the Cuban president, the protests are part of a US-orchestrated plot to "
     "topple the government.", ("CUB", "11", "USA")),
    ("The Iranian foreign minister said the allegations were a Zionist conspiracy.",
     ("IRN", "11", "ISR")),
    ("Caracas said the claims were Washington's latest lie.", ("VEN", "11", "USA")),
    # verdict words of political invective
    ("Caracas described the American statement as interventionist.", ("VEN", "11", "USA")),
    ("The Kremlin said the British remarks were Russophobic.", ("RUS", "11", "GBR")),
])
def test_a_verdict_by_its_doer_or_through_a_kind_of_act(coder, text, expected):
    assert expected in roots(coder, text)


@pytest.mark.parametrize(("text", "expected"), [
    ("Manila pushed back against Beijing's claims in the South China Sea.",
     ("PHL", "11", "CHN")),
    ("The Estonian prime minister disputed Moscow's account of the incident.",
     ("EST", "11", "RUS")),
    ("Kenya challenged Somalia's claim to the maritime territory.", ("KEN", "11", "SOM")),
])
def test_pushing_back_and_disputing_a_claim(coder, text, expected):
    assert expected in roots(coder, text)


@pytest.mark.parametrize("text", [
    "The company disputed the figures.",
    "Ukrainian troops pushed back on several fronts.",
])
def test_disputes_and_push_backs_with_no_party_give_nothing(coder, text):
    assert triples(coder, text) == set()


def test_pushing_back_troops_is_fighting_not_criticism(coder):
    found = roots(coder, "Ukrainian forces pushed back Russian troops near Kharkiv.")
    assert not any(code == "11" for _, code, _ in found)


def test_a_criticism_verb_with_an_object_is_no_assault_into_a_place(coder):
    found = triples(coder, "Beijing slammed the Philippine intrusion into its waters.")
    assert ("CHN", "111", "PHL") in found
    assert not any(code.startswith("19") for _, code, _ in found)
    assert ("RUS", "190", "UKR") in triples(
        coder, "A Russian missile slammed into an apartment block in Odesa.")


@pytest.mark.parametrize(("text", "expected"), [
    ("Saudi Arabia was among the countries that condemned the Israeli raid.",
     ("SAU", "11", "ISR")),
    ("Kenya was one of the states that criticised the Ethiopian deal.", ("KEN", "11", "ETH")),
    ("Germany is among the countries that have sent tanks to Ukraine.", ("DEU", "07", "UKR")),
])
def test_a_member_of_a_set_does_what_its_relative_clause_tells(coder, text, expected):
    assert expected in roots(coder, text)


def test_a_set_with_no_member_named_gives_no_source(coder):
    assert triples(coder, "The countries that condemned the raid met in Cairo.") == set()


@pytest.mark.parametrize(("text", "expected"), [
    ("Putin heaped praise on the Chinese leader.", ("RUS", "05", "CHN")),
    ("Hamas heaped scorn on the Egyptian proposal.", ("PSE", "11", "EGY")),
    ("Washington credited Qatar with securing the release of the hostages.",
     ("USA", "05", "QAT")),
    ("The Turkish leader described his Azerbaijani counterpart as a true friend.",
     ("TUR", "05", "AZE")),
    ("Beijing said the visit by the Hungarian president was a success.", ("CHN", "05", "HUN")),
    ("Tehran described Washington as the enemy of the region.", ("IRN", "11", "USA")),
])
def test_praise_and_scorn_heaped_credited_or_named(coder, text, expected):
    assert expected in roots(coder, text)


@pytest.mark.parametrize("text", [
    "The summit was hailed as a success by analysts.",
    "Critics praised the Argentine film.",
    "The Indian prime minister praised Argentina's World Cup win.",
    "The minister said the talks had been a success.",
])
def test_praise_of_nobody_or_of_a_game_gives_nothing(coder, text):
    assert not any(s and t and s != t for s, _, t in triples(coder, text))


@pytest.mark.parametrize("text", [
    "Beijing criticised the new US sanctions, calling them illegal.",
    "Kyiv condemned the Russian strike, calling it a war crime.",
])
def test_a_naming_participle_is_said_by_the_critic_of_the_same_thing(coder, text):
    found = roots(coder, text)
    critic, target = ("CHN", "USA") if text.startswith("Beijing") else ("UKR", "RUS")
    assert (critic, "11", target) in found
    assert all(src == critic for src, _, _ in found)


@pytest.mark.parametrize(("text", "expected"), [
    ("Hanoi denounced the Chinese survey in its waters.", ("VNM", "11", "CHN")),
    ("Seoul criticised the Japanese whaling.", ("KOR", "11", "JPN")),
    ("Tokyo protested the Chinese buoy near the islands.", ("JPN", "11", "CHN")),
])
def test_a_demonym_on_anything_criticised_names_the_target(coder, text, expected):
    assert expected in roots(coder, text)


@pytest.mark.parametrize("text", [
    "Jordan deplored the Syrian tragedy.",
    "The Pope condemned the Iraqi refugees' plight.",
    "Critics slammed the French film.",
])
def test_a_demonym_on_what_a_people_suffers_or_makes_is_no_target(coder, text):
    assert not any(s and t and s != t for s, _, t in triples(coder, text))


def test_a_complaint_about_what_the_speaker_says_is_one_act(coder):
    found = roots(coder, "Vietnam protested to China about what Hanoi says was an illegal "
                         "incursion by Chinese ships.")
    assert found == {("VNM", "11", "CHN")}


@pytest.mark.parametrize(("text", "expected"), [
    ('Pakistan\'s foreign office termed the Indian army chief\'s statement "irresponsible" '
     'and "provocative".', ("PAK", "11", "IND")),
    ("Niger's junta bears full responsibility for the violence, the Nigerian foreign "
     "minister said.", ("NGA", "11", "NER")),
])
def test_a_quoted_verdict_after_the_object_and_bearing_the_blame(coder, text, expected):
    assert expected in roots(coder, text)


@pytest.mark.parametrize("text", [
    "The minister said Ghana did not bear any responsibility for the crisis.",
    "The Egyptian president described the Ethiopian dam as a huge project.",
])
def test_no_blame_borne_and_no_verdict_give_no_criticism(coder, text):
    assert not any(code.startswith("11") for _, code, _ in triples(coder, text))


@pytest.mark.parametrize(("text", "expected"), [
    ("The Serbian president said Kosovo's prime minister was playing with fire.",
     ("SRB", "11", "XKX")),
    ("The Greek foreign minister said Turkey had crossed a red line.", ("GRC", "11", "TUR")),
])
def test_a_saying_that_judges_whoever_it_is_said_of(coder, text, expected):
    assert expected in roots(coder, text)


@pytest.mark.parametrize("text", [
    "The Greek foreign minister said Turkey had not crossed a red line.",
    "The minister said the children were playing with fire.",
])
def test_a_denied_saying_or_one_of_nobody_gives_nothing(coder, text):
    assert not any(code.startswith("11") for _, code, _ in triples(coder, text))
