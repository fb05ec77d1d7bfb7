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
