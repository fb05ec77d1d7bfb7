"""What was said, round 2 (issue 13, class 6): the other ways news reports disapproval,
accusation, rejection, warnings and threats. Sentences written for these tests."""

from __future__ import annotations

import pytest

from coder_helpers import roots, triples


def _quarrels(coder, text: str) -> set[tuple[str, str, str]]:
    """The dyadic events of roots 10 to 13 (demand, disapprove, reject, threaten)."""
    return {(s, r, t) for s, r, t in roots(coder, text) if r in ("10", "11", "12", "13")}


@pytest.mark.parametrize(("text", "expected"), [
    # the "that" clause of "said in a statement that" tells what was said
    ("Russia's foreign ministry said in a statement that the Polish decision was hostile.",
     ("RUS", "11", "POL")),
    ("Tehran said in a statement that Washington was responsible for the attack.",
     ("IRN", "11", "USA")),
    ("The Serbian president said in an interview on Sunday that the Croatian remarks were "
     "a provocation.", ("SRB", "11", "HRV")),
    ("The Chinese envoy wrote in a letter on Monday that the Philippine claims were "
     "baseless.", ("CHN", "11", "PHL")),
])
def test_a_that_clause_after_an_occasion_of_saying_is_what_was_said(coder, text, expected):
    assert expected in roots(coder, text)


def test_the_occasion_clause_keeps_a_reported_deed_a_deed(coder):
    """The clause is no verdict of its own: the deed it reports keeps its code."""
    found = roots(coder, "Iran said in a statement that Israel had attacked its embassy "
                         "in Damascus.")
    assert ("ISR", "19", "IRN") in found
    assert not any(r == "11" for _, r, _ in found)


@pytest.mark.parametrize(("text", "expected"), [
    # a naming verb whose object the parser hung on the verdict as its modifier
    ("Iran labelled the American move hostile.", ("IRN", "11", "USA")),
    ("Cairo called the Ethiopian plan reckless.", ("EGY", "11", "ETH")),
])
def test_a_verdict_with_its_object_hung_on_it_judges_the_object(coder, text, expected):
    assert expected in roots(coder, text)


@pytest.mark.parametrize(("text", "expected"), [
    # "aside" is a particle like "off": "brushed aside" is "brushed off"
    ("Moscow brushed aside the American criticism.", ("RUS", "12", "USA")),
    ("Israel brushed aside the Egyptian proposal for a truce.", ("ISR", "12", "EGY")),
    # accusations levelled, hurled, criticism directed at a party
    ("Kenya levelled accusations against Somalia of meddling in its elections.",
     ("KEN", "11", "SOM")),
    ("Beijing hurled accusations at Washington over the balloon.", ("CHN", "11", "USA")),
    ("The Hungarian prime minister directed sharp criticism at the European Commission.",
     ("HUN", "11", "EU")),
    # "called in" an envoy is summoning him
    ("Poland called in the Russian ambassador over the missile.", ("POL", "11", "RUS")),
    # displeasure conveyed to a party, over a thing
    ("Spain expressed its displeasure to Morocco over the migrants.", ("ESP", "11", "MAR")),
    ("Algeria conveyed its displeasure to Spain over the Western Sahara shift.",
     ("DZA", "11", "ESP")),
])
def test_more_words_of_disapproval_rejection_and_warning(coder, text, expected):
    assert expected in roots(coder, text)


@pytest.mark.parametrize(("text", "expected"), [
    # "stands accused by" is "is accused by"
    ("Russia stands accused by Ukraine of deporting children.", ("UKR", "11", "RUS")),
    ("Kigali stands accused by Kinshasa of arming the rebels.", ("COD", "11", "RWA")),
    # "was to blame" makes its subject answerable
    ("Armenia said Azerbaijan was to blame for the collapse of the talks.",
     ("ARM", "11", "AZE")),
])
def test_standing_accused_and_being_to_blame_accuse(coder, text, expected):
    assert expected in roots(coder, text)


@pytest.mark.parametrize(("text", "expected"), [
    # a fate foretold of a party
    ("North Korea said South Korea would pay a heavy price for the drills.",
     ("PRK", "13", "KOR")),
    ("Pyongyang said Seoul would pay dearly for the leaflets.", ("PRK", "13", "KOR")),
    ("Russia said Britain would face consequences for supplying the missiles.",
     ("RUS", "13", "GBR")),
    ("Iran said the United States would regret its decision.", ("IRN", "13", "USA")),
    ("Moscow warned London would pay a heavy price.", ("RUS", "13", "GBR")),
    ("Russia said Ukraine would be held accountable for the attack.", ("RUS", "13", "UKR")),
    ('"Seoul will pay dearly for this," the North Korean statement said.',
     ("PRK", "13", "KOR")),
    # the speaker's own answer to a party's hostile act, foretold or readied
    ("Iran said it would respond to any Israeli attack.", ("IRN", "13", "ISR")),
    ("Israel said it would hit back at Hezbollah.", ("ISR", "13", "LBN")),
    ("Belarus said it would respond harshly to any provocation by Poland.",
     ("BLR", "13", "POL")),
    ("Pakistan said it was prepared to respond to any Indian aggression.",
     ("PAK", "13", "IND")),
    ("Iran warned it would respond to any Israeli attack.", ("IRN", "13", "ISR")),
    ('"We will respond firmly to any provocation by Manila," the Chinese foreign ministry '
     'said.', ("CHN", "13", "PHL")),
])
def test_a_fate_foretold_or_an_answer_readied_is_a_threat(coder, text, expected):
    assert expected in roots(coder, text)


@pytest.mark.parametrize("text", [
    # answers that are no threat, fates denied or told by nobody
    "Iran said it would respond to the American proposal next week.",
    "Turkey said it would reply to the Greek letter.",
    "China said it would respond to the Japanese request soon.",
    "Iran said it would not respond to any Israeli provocation.",
    "Russia said Britain would not face any consequences.",
    "Analysts said Russia would pay a heavy price for the war.",
    "Germany said it will face a difficult winter.",
    # not to blame; standing is no passive
    "Armenia said Azerbaijan was not to blame for the collapse of the talks.",
    "The statue stands next to the Russian embassy.",
    "Serbia stood firm against the Kosovo demands.",
    # questions, hypotheticals, negations and analysis
    "Will Beijing condemn Moscow's invasion?",
    "If China invades Taiwan, Washington would condemn the attack.",
    "Germany did not criticise Israel over the strike.",
    "India declined to blame Russia for the attack.",
    "Some observers described the Chinese move as provocative.",
    "Commentators in Seoul called the Japanese decision a mistake.",
    "Neither Paris nor Berlin called the Russian move a provocation.",
    "Turkey could reject Sweden's bid, diplomats said.",
])
def test_answers_denials_questions_and_analysis_give_no_quarrel(coder, text):
    assert not _quarrels(coder, text)


def test_a_foretold_fate_is_no_event_of_its_own(coder):
    """"would pay a heavy price": one threat, no payment or other event between them."""
    found = triples(coder, "North Korea said South Korea would pay a heavy price for "
                           "the drills.")
    assert {code[:2] for _, code, _ in found} == {"13"}


@pytest.mark.parametrize(("text", "expected"), [
    # "told a news conference that": the occasion is the object of the verb of saying
    ("Chinese foreign ministry spokesperson Mao Ning told a regular press briefing that the "
     "American accusations were groundless.", ("CHN", "11", "USA")),
    ("The Russian foreign minister told a news conference in Moscow that the British "
     "decision was hostile.", ("RUS", "11", "GBR")),
])
def test_a_that_clause_after_an_occasion_told_is_what_was_said(coder, text, expected):
    assert expected in roots(coder, text)


@pytest.mark.parametrize(("text", "expected"), [
    # "would not hesitate to" act is the intent to act: a threat of force
    ("Iran said it would not hesitate to retaliate against Israel.", ("IRN", "13", "ISR")),
    ("China said it would not hesitate to use force against Taiwan.", ("CHN", "13", "TWN")),
    ("Iran will not hesitate to strike Israel, the minister said.", ("IRN", "13", "ISR")),
    ("China said it would use force against Taiwan.", ("CHN", "13", "TWN")),
    # a deed done without hesitation was done
    ("Iran did not hesitate to strike Israel.", ("IRN", "19", "ISR")),
])
def test_not_hesitating_to_act_is_the_intent_to_act(coder, text, expected):
    assert expected in roots(coder, text)


@pytest.mark.parametrize(("text", "expected"), [
    # trying, wanting, seeking to subvert a party is an accusation of the one who tries
    ("Moldova said Russia was trying to destabilise the country.", ("MDA", "11", "RUS")),
    ("Moldova said Russia wanted to undermine its government.", ("MDA", "11", "RUS")),
    ("Georgia said Moscow was seeking to topple its government.", ("GEO", "11", "RUS")),
    ("Serbia said Kosovo was trying to provoke a conflict.", ("SRB", "11", "XKX")),
])
def test_an_attempt_to_subvert_told_is_an_accusation(coder, text, expected):
    assert expected in roots(coder, text)


@pytest.mark.parametrize("text", [
    "Iran said it hoped to weaken the dollar's hold on trade.",
    "Moldova said Russia was not trying to destabilise the country.",
    "Iran said it would not hesitate to hold talks with Saudi Arabia.",
    "Lavrov asked whether the West was trying to undermine the talks?",
])
def test_harmless_aims_and_denied_subversion_give_no_quarrel(coder, text):
    assert not _quarrels(coder, text)


@pytest.mark.parametrize(("text", "expected"), [
    # "must stop" an act, said by another: a demand that the doer stop
    ("Moscow said Kyiv must stop shelling the plant.", ("RUS", "10", "UKR")),
    ("Washington said Russia must stop attacking Ukrainian cities.", ("USA", "10", "RUS")),
    ("The United States said China should stop arming Russia.", ("USA", "10", "CHN")),
    # a saying that judges whoever it is said of
    ("Pyongyang said Seoul was playing a dangerous game.", ("PRK", "11", "KOR")),
])
def test_must_stop_said_is_a_demand_and_a_dangerous_game_criticism(coder, text, expected):
    assert expected in roots(coder, text)


@pytest.mark.parametrize("text", [
    "Ukraine must stop shelling Donetsk.",  # nobody said it
    "Experts said Russia must stop attacking Ukrainian cities.",
])
def test_an_obligation_told_by_nobody_gives_no_demand(coder, text):
    assert not _quarrels(coder, text)


def test_an_act_stopped_is_no_act(coder):
    assert ("RUS", "19", "UKR") not in roots(coder, "Russia stopped shelling the Ukrainian town.")


@pytest.mark.parametrize(("text", "expected"), [
    # an answer readied against a deed the text told before: its doer is threatened
    ("The United States imposed new tariffs on Chinese steel. Beijing said it would respond "
     "to the measures.", ("CHN", "13", "USA")),
    ("Russia expelled two Estonian diplomats. Tallinn said it would respond firmly to the "
     "expulsions.", ("EST", "13", "RUS")),
])
def test_an_answer_to_a_deed_told_before_threatens_its_doer(coder, text, expected):
    assert expected in roots(coder, text)


def test_an_answer_to_a_deed_told_by_nobody_threatens_nobody(coder):
    assert not _quarrels(coder, "The weather turned cold. Beijing said it would respond to "
                                "the measures.")


@pytest.mark.parametrize(("text", "expected"), [
    # anger fumed or seethed at a party
    ("Warsaw fumed at Berlin over the pipeline.", ("POL", "11", "DEU")),
    ("Beijing fumed over the American decision.", ("CHN", "11", "USA")),
    ("Ankara seethed at Stockholm after the protest.", ("TUR", "11", "SWE")),
    # refusing to do something to a party's thing refuses that party
    ("Russia has refused to join the NATO exercises.", ("RUS", "12", "NATO")),
    ("India declined to join the Chinese initiative.", ("IND", "12", "CHN")),
    ("Ukraine refused to pay Gazprom's bills.", ("UKR", "12", "RUS")),
])
def test_anger_at_a_party_and_refusing_its_thing(coder, text, expected):
    assert expected in roots(coder, text)


@pytest.mark.parametrize("text", [
    "The smoke fumed over the Turkish city.",
    "Israel declined to confirm the Iranian report.",  # only words, not refused
    "Turkey refused to lift its veto.",  # its own thing
])
def test_smoke_words_and_own_things_give_no_quarrel(coder, text):
    assert not _quarrels(coder, text)


@pytest.mark.parametrize(("text", "expected"), [
    # a vow to bring a fate on a party threatens it, and pledges nothing
    ("Tehran vowed to make Washington pay for the killing.", ("IRN", "13", "USA")),
    ("Iran promised to make Israel regret the attack.", ("IRN", "13", "ISR")),
    ("The Houthis vowed to make the Americans pay a heavy price.", ("YEM", "13", "USA")),
])
def test_a_vow_to_make_a_party_pay_is_a_threat(coder, text, expected):
    found = roots(coder, text)
    assert expected in found
    assert not any(r == "03" for _, r, _ in found)


@pytest.mark.parametrize("text", [
    "Germany pledged to make Ukraine stronger.",
    "France promised to make the summit a success.",
])
def test_a_vow_to_make_a_party_better_is_no_threat(coder, text):
    assert not _quarrels(coder, text)


@pytest.mark.parametrize(("text", "expected"), [
    # refusing, in the future, to bear a party's act warns that party
    ("Russia said it would not tolerate NATO expansion.", ("RUS", "13", "NATO")),
    ("Turkey said it would not tolerate any Greek provocation in the Aegean.",
     ("TUR", "13", "GRC")),
    ("Israel will not tolerate Iranian entrenchment in Syria, the defence minister said.",
     ("ISR", "13", "IRN")),
])
def test_not_tolerating_a_party_act_warns_it(coder, text, expected):
    assert expected in roots(coder, text)


@pytest.mark.parametrize("text", [
    "China said it would not tolerate foreign interference in Hong Kong.",  # nobody's
    "Germany tolerated the Polish decision.",
    "Would Russia tolerate NATO expansion?",
])
def test_tolerance_told_or_of_nobody_warns_nobody(coder, text):
    assert not _quarrels(coder, text)
