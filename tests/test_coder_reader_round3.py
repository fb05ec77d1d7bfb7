"""Classes an analyst found wrong reading a third round of our own articles in many outlets'
styles: a reaction told in a relative clause whose missing object is the deed or the party
reacted to ("a move Lima criticised", "diplomats it accused of spying", "a law that
Washington condemned"); "the North" in a Korea story; Georgia by its region; a verdict on a
deed told before ("called the expulsions a hostile act"); an object shifted after its "as"
verdict; ", which X denies" after a claim; reactions told in an angry manner."""

from __future__ import annotations

import pytest

from coder_helpers import dyadic, roots

# --- a relative clause whose missing object is what the reaction is aimed at ---------------

@pytest.mark.parametrize(("text", "expected"), [
    # the deed summed up after a comma: its doer is the clause's subject
    ("Bolivia closed its border crossings, a move Lima criticised as unilateral.",
     ("PER", "11", "BOL")),
    ("Russia massed troops on the frontier, a step NATO condemned as an escalation.",
     ("NATO", "11", "RUS")),
    ("Pakistan accused Kabul of sheltering militants, a charge the Taliban rejected.",
     ("AFG", "01", "PAK")),
    # an ownerless deed that is the object of the doer's verb
    ("Ghana's parliament passed a law that Washington condemned as discriminatory.",
     ("USA", "11", "GHA")),
    ("Peru's congress approved a bill that Chile's president has criticised.",
     ("CHL", "11", "PER")),
    # a party: the noun itself, and the clause's pronoun is not the party named in it
    ("Kenya expelled two Ugandan diplomats it accused of spying.", ("KEN", "11", "UGA")),
])
def test_a_reaction_in_a_relative_clause_is_aimed_at_its_missing_object(coder, text, expected):
    assert expected in roots(coder, text)


@pytest.mark.parametrize("text", [
    "The law the Georgian parliament passed last year took effect on Monday.",
    "Farmers sold the grain they harvested to traders in Ukraine.",
    "The ministry published the figures it collected from embassies abroad.",
    "The talks Egypt hosted in Cairo ended without a deal.",
    "The plan, which critics called unrealistic, was dropped in March.",
])
def test_relative_clauses_without_a_reaction_give_nothing(coder, text):
    assert dyadic(coder, text) == set()


def test_a_relative_clause_pronoun_is_not_the_party_named_in_its_antecedent(coder):
    found = dyadic(coder, "Kenya expelled two Ugandan diplomats it accused of spying.")
    assert not any(s == t for s, _, t in found)
    assert ("KEN", "112", "UGA") in found


# --- "the North" and "the South" in a story about the two Koreas ---------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("North Korea fired two missiles into the sea on Thursday. The launch came days after "
     "the North warned Seoul of an overwhelming response.", ("PRK", "13", "KOR")),
    ("Pyongyang fired artillery near the border. The South said the North had violated "
     "the military agreement.", ("KOR", "11", "PRK")),
    ("Kim Jong Un inspected a missile factory. Seoul accused the North of supplying shells "
     "to Russia.", ("KOR", "11", "PRK")),
    ("The North's leader Kim Jong Un called the South a hostile state.", ("PRK", "11", "KOR")),
])
def test_the_north_and_the_south_are_the_two_koreas_in_a_korea_story(coder, text, expected):
    assert expected in roots(coder, text)


@pytest.mark.parametrize("text", [
    "Voters in the North of England backed the opposition. The North has long felt "
    "neglected by London.",
    "Rebels from the South attacked an army convoy near the capital.",
])
def test_the_north_and_the_south_elsewhere_name_no_state(coder, text):
    assert not any({"PRK", "KOR"} & {s, t} for s, _, t in dyadic(coder, text))


# --- Georgia: the state when its neighbours or Europe are named, unless a US cue is --------

@pytest.mark.parametrize(("text", "expected"), [
    ("Russia warned Georgia against moving closer to NATO.", ("RUS", "13", "GEO")),
    ("The EU urged Georgia to drop the foreign agents law.", ("EU", "02", "GEO")),
    ("Azerbaijan and Georgia signed a deal on the Black Sea power cable.",
     ("AZE", "05", "GEO")),
])
def test_georgia_is_the_state_in_a_story_of_its_region(coder, text, expected):
    assert expected in roots(coder, text)


@pytest.mark.parametrize("text", [
    "Georgia's Republican governor criticised Russia over the hacking, speaking in Atlanta.",
    "Georgia's governor condemned China over the balloon, as Florida and Alabama did.",
])
def test_georgia_with_a_us_cue_is_no_state(coder, text):
    assert not any("GEO" in (s, t) for s, _, t in dyadic(coder, text))


def test_georgia_as_a_given_name_is_no_state(coder):
    found = dyadic(coder, "Georgia Meloni met Zelensky in Rome.")
    assert not any("GEO" in (s, t) for s, _, t in found)


# --- a verdict on a deed the story told before is criticism of whoever did it --------------

@pytest.mark.parametrize(("text", "expected"), [
    ("Kenya on Tuesday expelled two Ugandan diplomats. Uganda's foreign minister called the "
     "expulsions \"a hostile act\".", ("UGA", "111", "KEN")),
    ("Kenya on Tuesday expelled two Ugandan diplomats. Uganda's foreign minister said the "
     "decision was unacceptable.", ("UGA", "111", "KEN")),
    ("Bolivia closed its border with Peru on Monday. Lima said the move violated a "
     "bilateral treaty.", ("PER", "111", "BOL")),
])
def test_a_verdict_on_a_deed_told_before_aims_at_its_doer(coder, text, expected):
    assert expected in dyadic(coder, text)


@pytest.mark.parametrize("text", [
    "The minister said the decision was unacceptable.",
    "Prices rose sharply in March. The central bank said the decision was unavoidable.",
])
def test_a_verdict_on_a_deed_no_party_did_gives_nothing(coder, text):
    assert dyadic(coder, text) == set()


# --- an object set after its "as" verdict ("dismissed as absurd claims by Kyiv") -----------

@pytest.mark.parametrize(("text", "expected"), [
    ("The Kremlin dismissed as \"absurd\" claims by Kyiv that Russian troops executed "
     "prisoners of war.", ("RUS", "111", "UKR")),
    ("Beijing condemned as illegal the decision by Manila to build an outpost.",
     ("CHN", "111", "PHL")),
    ("Moscow denounced as hostile the expulsion of its diplomats by Warsaw.",
     ("RUS", "111", "POL")),
    ("Ankara's foreign ministry described as unacceptable the remarks by the Israeli "
     "minister.", ("TUR", "111", "ISR")),
])
def test_an_object_after_its_verdict_is_the_one_judged(coder, text, expected):
    found = dyadic(coder, text)
    assert expected in found
    assert not any(s == t for s, _, t in found)


@pytest.mark.parametrize("text", [
    "Kenya was described as stable by Western diplomats.",
    "The deal was hailed as historic in both capitals.",
])
def test_an_as_phrase_without_a_shifted_object_gives_nothing(coder, text):
    assert dyadic(coder, text) == set()


# --- ", which X denies" after a claim answers whoever made the claim -----------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("Officials in Kinshasa accused Rwanda of backing M23 rebels, which Kigali denies.",
     ("RWA", "01", "COD")),
    ("Ukraine accused Belarus of training Russian troops, which Minsk has denied.",
     ("BLR", "01", "UKR")),
    ("Israel says Hamas hides weapons in hospitals, which the group rejects.",
     ("PSE", "12", "ISR")),
])
def test_a_denial_of_a_whole_claim_answers_its_maker(coder, text, expected):
    assert expected in roots(coder, text)


def test_a_denial_of_a_thing_named_before_it_has_no_claim_to_answer(coder):
    assert dyadic(coder, "The report lists arms shipments, which Serbia denies.") == set()


# --- a reaction told in an angry manner is criticism --------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("The decision by Canberra to ban Chinese-made cameras drew an angry response from "
     "Beijing.", ("CHN", "111", "AUS")),
    ("Iran's strike drew a furious reaction from Israel.", ("ISR", "111", "IRN")),
    ("Morocco reacted angrily to the European Parliament resolution on press freedom.",
     ("MAR", "111", "EU")),
    ("Beijing responded sharply to Canberra's ban on Chinese cameras.", ("CHN", "111", "AUS")),
])
def test_a_reaction_in_an_angry_manner_is_criticism(coder, text, expected):
    assert expected in dyadic(coder, text)


@pytest.mark.parametrize("text", [
    "The plan drew a positive response from Berlin.",
    "Markets reacted calmly to the Japanese rate decision.",
    "Seoul did not react angrily to Tokyo's remarks.",
])
def test_a_calm_or_denied_reaction_is_no_criticism(coder, text):
    assert not any(c.startswith("11") for _, c, _ in dyadic(coder, text))


# --- a protest handed over or voiced in diplomatic prose is an official complaint (114) ----

@pytest.mark.parametrize(("text", "expected"), [
    ("Kyrgyzstan handed a protest note to Tajikistan's ambassador.", ("KGZ", "114", "TJK")),
    ("The Kyrgyz foreign ministry handed a note of protest to the Ambassador of Tajikistan.",
     ("KGZ", "114", "TJK")),
    ("The Ethiopian ambassador was handed a protest note by the Eritrean foreign ministry.",
     ("ERI", "114", "ETH")),
    ("Kyrgyzstan expressed its strong protest to the Tajik side over the shooting.",
     ("KGZ", "114", "TJK")),
])
def test_a_protest_note_handed_over_is_an_official_complaint(coder, text, expected):
    assert expected in dyadic(coder, text)


def test_a_note_handed_over_without_protest_is_no_complaint(coder):
    assert not any(c == "114" for _, c, _ in dyadic(
        coder, "Kyrgyzstan handed a list of border crossings to Tajikistan's ambassador."))


# --- economic measures that "hit" a party do it no violence --------------------------------

@pytest.mark.parametrize("text", [
    "Beijing's latest export curbs on gallium hit Japanese chipmakers hardest.",
    "The new American sanctions hit Iranian oil exporters.",
    "Rising prices hit Egyptian households.",
])
def test_measures_that_hit_a_party_are_no_assault(coder, text):
    assert not any(c.startswith(("18", "19", "20")) for _, c, _ in dyadic(coder, text))


def test_weapons_that_hit_a_party_still_assault(coder):
    assert ("RUS", "19", "UKR") in roots(coder, "Russian missiles hit a Ukrainian power plant.")


# --- feelings about another's deed: anger is criticism, unease a pessimistic comment ------

@pytest.mark.parametrize(("text", "expected"), [
    ("The Irish foreign minister said he was appalled by Israel's strike on the school.",
     ("IRL", "111", "ISR")),
    ("Seoul is outraged at Tokyo's decision.", ("KOR", "111", "JPN")),
    ("Erdogan said he was furious with Sweden over the Koran burning.", ("TUR", "111", "SWE")),
    ("Denmark was deeply disappointed by Washington's renewed interest in Greenland.",
     ("DNK", "012", "USA")),
    ("Tokyo is concerned about China's military buildup.", ("JPN", "012", "CHN")),
])
def test_a_feeling_about_a_deed_is_aimed_at_its_doer(coder, text, expected):
    assert expected in dyadic(coder, text)


@pytest.mark.parametrize("text", [
    "The embassy was attacked by protesters and three guards were injured.",
    "Farmers are outraged at the price of fertiliser.",
    "Investors were disappointed by the weak growth figures.",
])
def test_feelings_about_no_party_and_real_passives_add_no_feeling(coder, text):
    assert not any(c in ("111", "012") for _, c, _ in dyadic(coder, text))


# --- "no longer welcome" is unwelcome; "an act of economic warfare" is criticism --------

@pytest.mark.parametrize(("text", "expected"), [
    ("The Burkinabe government said the French ambassador was no longer welcome in "
     "Ouagadougou.", ("BFA", "111", "FRA")),
    ("Cuba's foreign minister called the US embargo \"an act of economic warfare\".",
     ("CUB", "111", "USA")),
    ("Belgrade reacted with fury to the decision by Pristina to ban the Serbian dinar.",
     ("SRB", "111", "XKX")),
])
def test_negated_welcome_and_words_of_war_are_criticism(coder, text, expected):
    found = dyadic(coder, text)
    assert expected in found
    assert not any(c.startswith("05") for _, c, _ in found)


def test_a_welcome_still_welcomes(coder):
    assert not any(c.startswith("11") for _, c, _ in dyadic(
        coder, "Kenya's president said Ugandan traders were always welcome in Nairobi."))


# --- pressure, calls and demands come from their "from" phrase, towards whoever faces them -

@pytest.mark.parametrize(("text", "expected"), [
    ("Serbia faces mounting pressure from Brussels to impose sanctions on Russia.",
     ("EU", "10", "SRB")),
    ("The Dutch government has resisted pressure from Washington to restrict chip equipment "
     "sales to China.", ("NLD", "12", "USA")),
    ("Hungary defied calls from Brussels to impose sanctions on Russian gas.",
     ("HUN", "12", "EU")),
    ("Turkey ignored calls from Washington to impose sanctions on Russia.",
     ("TUR", "12", "USA")),
])
def test_pressure_comes_from_its_from_phrase(coder, text, expected):
    found = roots(coder, text)
    assert expected in found
    assert not any(s == expected[2] and t == expected[0] and c == expected[1]
                   for s, c, t in found)


@pytest.mark.parametrize("text", [
    "Serbia faces mounting pressure from Brussels to impose sanctions on Russia.",
    "Turkey ignored calls to impose sanctions on Russia.",
    "The Dutch government has resisted pressure from Washington to restrict chip equipment "
    "sales to China.",
])
def test_an_act_only_pressed_for_or_refused_is_not_done(coder, text):
    assert not any(c.startswith("16") or c.startswith("17") for _, c, _ in dyadic(coder, text))


# --- criticism of a deed done with named forces or arms is aimed at their country -------

@pytest.mark.parametrize(("text", "expected", "not_expected"), [
    ("Beijing condemned the sale of US weapons to Taiwan.", ("CHN", "111", "USA"),
     ("CHN", "111", "TWN")),
    ("Moscow criticised the delivery of German tanks to Ukraine.", ("RUS", "111", "DEU"),
     ("RUS", "111", "UKR")),
    ("Iran condemned the deployment of American warships to the Gulf.",
     ("IRN", "111", "USA"), None),
])
def test_a_comment_on_a_deed_with_named_arms_aims_at_their_country(coder, text, expected,
                                                                   not_expected):
    found = dyadic(coder, text)
    assert expected in found
    assert not_expected not in found


@pytest.mark.parametrize(("text", "expected"), [
    ("China criticised the transfer of weapons to Taiwan.", ("CHN", "111", "TWN")),
    ("Ukraine welcomed the delivery of aid by Poland.", ("UKR", "051", "POL")),
])
def test_unnamed_arms_and_named_agents_keep_their_target(coder, text, expected):
    assert expected in dyadic(coder, text)


# --- more verbs of rebuke ----------------------------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("Beijing rapped Tokyo over the shrine visit.", ("CHN", "111", "JPN")),
    ("Ankara bristled at the French president's remarks.", ("TUR", "111", "FRA")),
    ("China's envoy lectured Washington on human rights.", ("CHN", "111", "USA")),
])
def test_more_verbs_of_rebuke_are_criticism(coder, text, expected):
    assert expected in dyadic(coder, text)


@pytest.mark.parametrize("text", [
    "The rapper lectured at a university in Lagos.",
    "Police rapped on the door of the Nigerian embassy.",
])
def test_lecturing_and_rapping_without_a_party_give_nothing(coder, text):
    assert dyadic(coder, text) == set()


def test_a_deed_told_with_its_own_phrase_is_no_deed_told_before(coder):
    found = dyadic(coder, "Beijing called the ban on Chinese cameras discriminatory.")
    assert not any(s == t for s, _, t in found)
