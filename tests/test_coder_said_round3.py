"""What was said, round 3 (issue 13, class 6): criticism, accusation, official complaints
and lawsuits told in forms the coder missed. Sentences written for these tests."""

from __future__ import annotations

import pytest

from coder_helpers import roots, triples


def _quarrels(coder, text: str) -> set[tuple[str, str, str]]:
    """The dyadic events of roots 10 to 13 (demand, disapprove, reject, threaten)."""
    return {(s, r, t) for s, r, t in roots(coder, text) if r in ("10", "11", "12", "13")}


@pytest.mark.parametrize(("text", "expected"), [
    # a party taken, dragged or hauled to court is sued
    ("Guyana took Venezuela to the International Court of Justice over the border.",
     ("GUY", "115", "VEN")),
    ("Canberra took Beijing to the World Trade Organization over the wine duties.",
     ("AUS", "115", "CHN")),
    ("Manila has taken China to an arbitration tribunal in The Hague.", ("PHL", "115", "CHN")),
    ("Qatar dragged the UAE to the UN's top court.", ("QAT", "115", "ARE")),
    ("Tehran hauled Washington before the International Court of Justice.",
     ("IRN", "115", "USA")),
    ("Iran Takes US To World Court Over Frozen Assets", ("IRN", "115", "USA")),
    # a complaint filed is an official complaint, not a lawsuit
    ("Athens filed a formal complaint with Ankara over the overflights.", ("GRC", "114", "TUR")),
])
def test_taking_a_party_to_court_sues_it(coder, text, expected):
    assert expected in triples(coder, text)


@pytest.mark.parametrize("text", [
    "The Indonesian court took the case to a higher court.",
    "Police took the Kenyan suspects to court on Monday.",
    "The Nigerian delegation took the train to the court in The Hague.",
])
def test_cases_and_suspects_taken_to_court_sue_no_state(coder, text):
    assert not _quarrels(coder, text)


@pytest.mark.parametrize(("text", "expected"), [
    # "holds X responsible" read as a clause of its own ("X responsible")
    ("The United States holds Russia responsible for the death of the dissident.",
     ("USA", "11", "RUS")),
    ("Kyiv holds Moscow fully responsible for the shelling of the plant.",
     ("UKR", "11", "RUS")),
    ("Armenia will hold Azerbaijan accountable for the attack on its border posts.",
     ("ARM", "11", "AZE")),
    ("The Palestinian Authority holds the Israeli government responsible for the escalation.",
     ("PSE", "11", "ISR")),
    ("Tehran holds Washington responsible for the consequences, the foreign ministry said.",
     ("IRN", "11", "USA")),
])
def test_holding_a_party_responsible_accuses_it(coder, text, expected):
    assert expected in roots(coder, text)


@pytest.mark.parametrize("text", [
    "The German chancellor holds the record for the longest speech.",
    "Kenya holds the presidency of the council this year.",
    "Analysts hold Russia responsible for the price rise.",
    "Armenia does not hold Azerbaijan responsible for the fire.",
])
def test_records_held_and_verdicts_of_others_accuse_nobody(coder, text):
    assert not _quarrels(coder, text)


@pytest.mark.parametrize(("text", "expected"), [
    # an amount of a reaction ("a wave of", "a barrage of") is that reaction
    ("Poland faced a barrage of criticism from Russia after it removed the monuments.",
     ("RUS", "11", "POL")),
    ("The Israeli offensive sparked a wave of condemnation from South Africa.",
     ("ZAF", "11", "ISR")),
    ("Seoul's decision drew a storm of protest from Tokyo.", ("JPN", "11", "KOR")),
    ("The Indian remarks triggered a chorus of criticism from Bangladesh and Nepal.",
     ("BGD", "11", "IND")),
    ("The Chinese survey ship drew an outcry from Hanoi.", ("VNM", "11", "CHN")),
])
def test_an_amount_of_a_reaction_drawn_is_that_reaction(coder, text, expected):
    assert expected in roots(coder, text)


@pytest.mark.parametrize("text", [
    "The Ukrainian army's shelling sparked a wave of panic in Donetsk.",
    "The Japanese prime minister faced a barrage of questions from reporters.",
    "The storm drew a wave of volunteers from Mexico.",
])
def test_amounts_of_other_things_are_no_reaction(coder, text):
    assert not _quarrels(coder, text)


@pytest.mark.parametrize(("text", "expected"), [
    # a ranked member of a set does the deed its relative clause tells
    ("Brazil was the latest country to criticise Israel.", ("BRA", "11", "ISR")),
    ("Colombia became the first government to condemn the Venezuelan vote.",
     ("COL", "11", "VEN")),
    ("Norway became the first Nordic country to recognise Palestine.", ("NOR", "05", "PSE")),
])
def test_the_latest_country_to_act_did_it(coder, text, expected):
    assert expected in roots(coder, text)


@pytest.mark.parametrize("text", [
    "Ghana's finance ministry was the first to publish its budget.",
    "Kenya was the first country to win the relay.",
])
def test_ranked_members_of_no_quarrel_give_none(coder, text):
    assert not _quarrels(coder, text)


@pytest.mark.parametrize(("text", "expected"), [
    # bodies known by their seat, the "in" phrase hung on the verb by the parser
    ("Pakistan accused the government in Kabul of harbouring militants.",
     ("PAK", "11", "AFG")),
    ("Beijing slammed the authorities in Taipei.", ("CHN", "11", "TWN")),
    ("France criticised the military rulers in Mali.", ("FRA", "11", "MLI")),
    # rulers of the place their phrase names, not of the last junta told
    ("Nigeria faulted the junta in Niger for delaying the transition.", ("NGA", "11", "NER")),
    ("ECOWAS condemned the junta in Bamako.", ("ECOWAS", "11", "MLI")),
])
def test_a_body_known_by_its_seat_is_of_that_state(coder, text, expected):
    assert expected in roots(coder, text)



@pytest.mark.parametrize(("text", "expected"), [
    # the verdict of a small clause read as a bare verb ("persona" a verb)
    ("Lima declared the Mexican ambassador persona non grata.", ("PER", "166", "MEX")),
    ("Moscow declared two Estonian diplomats persona non grata.", ("RUS", "166", "EST")),
    # a court that finds a party guilty
    ("A Russian court found the Ukrainian soldiers guilty of terrorism.",
     ("RUS", "116", "UKR")),
])
def test_a_small_clause_verdict_is_the_verbs_complement(coder, text, expected):
    assert expected in triples(coder, text)


def test_a_verdict_found_of_nobody_is_no_event(coder):
    assert not triples(coder, "The Kenyan inquiry found the data unreliable.")


@pytest.mark.parametrize(("text", "expected"), [
    # a condemnation affirmed, renewed or repeated is expressed
    ("Kuwait's foreign ministry affirmed its strong condemnation of the repeated Israeli "
     "incursions.", ("KWT", "11", "ISR")),
    ("Riyadh renewed its condemnation of the Houthi attacks on shipping.", ("SAU", "11", "YEM")),
    # acts said to infringe on, encroach on, or be in violation of what is owed
    ("Beijing said the Philippine patrols had infringed on Chinese sovereignty.",
     ("CHN", "11", "PHL")),
    ("Hanoi said the Chinese survey ship had encroached on Vietnam's continental shelf.",
     ("VNM", "11", "CHN")),
    ("New Delhi said the Chinese troop movements were in violation of the border accords.",
     ("IND", "11", "CHN")),
    ("Moscow said the American deliveries were in breach of the treaty.", ("RUS", "11", "USA")),
])
def test_renewed_condemnations_and_acts_in_violation(coder, text, expected):
    assert expected in roots(coder, text)


@pytest.mark.parametrize("text", [
    "India said the bilateral agreements were in force.",
    "Turkey said its troops were in Syria.",
    "Analysts said the Chinese patrols had infringed on Philippine sovereignty.",
])
def test_states_of_affairs_and_analysts_judge_nobody(coder, text):
    assert not _quarrels(coder, text)


@pytest.mark.parametrize(("text", "expected"), [
    # a quoted act on "this" or "it", said of or referring to a party's act
    ('"We firmly oppose and strongly condemn this," the Chinese spokesman said of the US '
     'sanctions.', ("CHN", "11", "USA")),
    ('"We condemn it in the strongest terms," Iran\'s foreign minister said, referring to the '
     'Israeli strike.', ("IRN", "11", "ISR")),
    ('"It is outrageous," the Russian foreign ministry spokeswoman said, referring to the '
     'American decision.', ("RUS", "11", "USA")),
    ('"That is shameful," the Ukrainian foreign minister said, alluding to Hungary\'s veto.',
     ("UKR", "11", "HUN")),
])
def test_a_quoted_act_on_this_is_on_what_was_spoken_of(coder, text, expected):
    assert expected in roots(coder, text)


@pytest.mark.parametrize("text", [
    '"We condemn this," the minister said.',
    '"It is outrageous," the Chinese spokesman said, referring to the weather.',
    '"We welcome this," the minister said of the storm relief.',
])
def test_a_quoted_act_on_this_of_no_party_is_on_nobody(coder, text):
    assert not _quarrels(coder, text)


@pytest.mark.parametrize(("text", "expected"), [
    # a reaction noun that heads its clause, from a party, over or after an act
    ("Condemnation poured in from Saudi Arabia, Egypt and Jordan after the Israeli raid.",
     ("EGY", "11", "ISR")),
    ("Criticism of the US decision came from China and Russia.", ("RUS", "11", "USA")),
    ("There was sharp criticism from Beijing over the American arms sale.",
     ("CHN", "11", "USA")),
    # an act met with a reaction drew it
    ("The Estonian move was met with condemnation from Moscow.", ("RUS", "11", "EST")),
    ("The Israeli plan has met with sharp criticism from Egypt and Jordan.",
     ("JOR", "11", "ISR")),
])
def test_reactions_that_come_from_a_party(coder, text, expected):
    assert expected in roots(coder, text)


@pytest.mark.parametrize("text", [
    "Criticism of the plan came from opposition lawmakers.",
    "Praise poured in from fans after the Brazilian victory.",
    "Condemnation poured in after the bombing in Peshawar.",
    "Protests from farmers continued after the EU decision.",
    "The Kenyan plan was met with silence.",
    "Putin met with Xi in Beijing.",
])
def test_reactions_of_no_party_or_no_reaction_give_no_quarrel(coder, text):
    assert not _quarrels(coder, text)


@pytest.mark.parametrize("text", [
    # violence with no named doer, judged at home: no one is criticised, not the place
    "Pakistan condemned the bombing in Peshawar that killed 30 people.",
    "Turkey condemned the terrorist attack in Istanbul.",
    "Egypt condemned the attack on a church in Cairo.",
    "Kenya condemned the bombing at a market in Mandera.",
])
def test_violence_judged_by_its_place_judges_no_one(coder, text):
    assert not _quarrels(coder, text)


@pytest.mark.parametrize(("text", "expected"), [
    ("Iran condemned the Israeli strike in Damascus.", ("IRN", "11", "ISR")),
    ("Saudi Arabia condemned the raid in Jenin by Israeli forces.", ("SAU", "11", "ISR")),
    ("Nigeria condemned the coup in Niger.", ("NGA", "11", "NER")),
    ("Washington condemned the crackdown in Iran.", ("USA", "11", "IRN")),
])
def test_violence_with_a_doer_and_acts_of_a_state_keep_their_target(coder, text, expected):
    assert expected in roots(coder, text)


@pytest.mark.parametrize(("text", "expected"), [
    # a description few states fit, as an object, stands for the state named before
    ("Algeria cut diplomatic ties with Morocco and denounced the kingdom.",
     ("DZA", "11", "MAR")),
    ("Tehran summoned the Saudi envoy and condemned the kingdom in a statement.",
     ("IRN", "11", "SAU")),
    ("Khartoum accused the government of the UAE of arming the paramilitaries.",
     ("SDN", "11", "ARE")),
    # a verdict read as an adverbial clause of "held"; verdicts of unsafe intercepts
    ("The Dutch government held Russia legally responsible for the downing of the airliner.",
     ("NLD", "11", "RUS")),
    ("Canberra called the Chinese fighter jet's actions unsafe and unprofessional.",
     ("AUS", "11", "CHN")),
    # what a party owns, rejected, rejects that party
    ("Moscow rejected Kyiv's peace formula as unrealistic.", ("RUS", "12", "UKR")),
    ("Ankara rebuffed Stockholm's overtures.", ("TUR", "12", "SWE")),
    # verdicts that name a party a source of instability, an aggressor, a menace
    ('China said the United States was the "biggest source of instability" in the world.',
     ("CHN", "11", "USA")),
    ("Moscow said Washington was the main aggressor in the conflict.", ("RUS", "11", "USA")),
    ("Kyiv said the Russian strikes were in defiance of the court order.",
     ("UKR", "11", "RUS")),
])
def test_descriptions_owned_things_and_verdict_nouns(coder, text, expected):
    assert expected in roots(coder, text)


@pytest.mark.parametrize("text", [
    "Egypt said Libya was in chaos.",
    "Turkey said Syria faced instability.",
    "Germany rejected its own budget plan.",
    "Spain's king visited Morocco. The visit strengthened the kingdom's ties with Madrid.",
    "The Kenyan team held the trophy aloft.",
])
def test_states_in_chaos_and_own_plans_give_no_quarrel(coder, text):
    assert not _quarrels(coder, text)


@pytest.mark.parametrize(("text", "expected"), [
    # a name before the judged act is its doer; its "of" phrase is what the act was done to
    ("Oslo said the Israeli blockade of Gaza was a form of collective punishment.",
     ("NOR", "11", "ISR")),
    ("Ankara said the Russian annexation of Crimea was illegal.", ("TUR", "11", "RUS")),
    ("Tehran said the American seizure of Iranian oil was piracy.", ("IRN", "11", "USA")),
    ("Ottawa said the Chinese detention of two Canadians was arbitrary.", ("CAN", "11", "CHN")),
    # the owner named only by the "of" phrase, or by "by"
    ("Seoul said the decision of the Japanese government was regrettable.",
     ("KOR", "11", "JPN")),
    ("Moscow said the removal of Soviet monuments by Estonia was barbaric.",
     ("RUS", "11", "EST")),
])
def test_the_doer_of_a_judged_act_is_named_before_it(coder, text, expected):
    found = roots(coder, text)
    assert expected in found
    assert not any(r == "11" and t != expected[2] for _, r, t in found)
