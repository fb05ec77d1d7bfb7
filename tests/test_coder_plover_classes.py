"""Classes found by measuring PLOVER event types (issue 13): an invasion is armed force,
not the holding of ground, and a protest with no addressee of its own is aimed at whom its
demand is made of. Sentences written for these tests."""

from __future__ import annotations

import pytest

from coder_helpers import coded, triples
from entente import ontology


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Colombian troops invaded Venezuela on Tuesday.", ("COL", "190", "VEN")),
    ("Turkey launched an incursion into northern Iraq.", ("TUR", "190", "IRQ")),
    # holding the ground stays occupation
    ("Israeli troops occupied southern Lebanon in 1982.", ("ISR", "192", "LBN")),
])
def test_invasion_is_armed_force(coder, sentence, expected):
    assert expected in triples(coder, sentence)


def test_invasion_is_a_plover_assault_and_occupation_coercion():
    assert ontology.event_type("190").plover_event == "ASSAULT"
    assert ontology.event_type("192").plover_event == "COERCE"


@pytest.mark.parametrize("sentence", [
    "Tourists invaded the beaches of Croatia this summer.",
    "Fans invaded the pitch after Morocco beat Spain.",
    "Cheap Chinese steel invaded the Indian market.",
    "The film imagines an alien invasion of Earth.",
])
def test_figurative_invasions_give_nothing(coder, sentence):
    assert coded(coder, sentence) == []


@pytest.mark.parametrize(("sentence", "expected"), [
    # to demand X of / from / on Y: the protest is aimed at Y
    ("Georgian bus drivers went on strike to demand the dismissal of the Georgian "
     "government.", ("GEO", "143", "GEO")),
    ("Bolivian miners blocked highways near La Paz to press their demands on the "
     "government of President Luis Arce.", ("BOL", "144", "BOL")),
    # in protest at Y's act
    ("Dutch dockworkers held a strike in protest at the Dutch government's pension plans.",
     ("NLD", "143", "NLD")),
])
def test_a_protest_is_aimed_at_whom_its_demand_is_made_of(coder, sentence, expected):
    assert expected in triples(coder, sentence)


@pytest.mark.parametrize("sentence", [
    # the demand names no one: the protest stays one-sided, out of default output
    "Ghanaian nurses went on strike on Monday over unpaid overtime.",
    "Angry Peruvian truckers blocked roads to demand lower fuel prices from the authorities.",
    "Zambian miners downed tools to demand the release of their arrested colleagues.",
])
def test_a_protest_whose_demand_names_no_one_is_one_sided(coder, sentence):
    assert not [e for e in coded(coder, sentence) if e.cameo_code.startswith("14")]


@pytest.mark.parametrize(("sentence", "expected"), [
    # a demand or appeal for a withdrawal is made of those who are to withdraw
    ("The African Union demanded the withdrawal of Rwandan troops from eastern Congo.",
     ("AU", "1056", "RWA")),
    ("Armenia urged the pullout of Azerbaijani soldiers from its territory.",
     ("ARM", "0256", "AZE")),
    ("Japan demanded the withdrawal of the Chinese survey ship from its waters.",
     ("JPN", "1056", "CHN")),
    # an act done to the "of" phrase keeps it as the target of the act
    ("Bangladesh demanded the release of Indian fishermen.", ("BGD", "1053", "IND")),
])
def test_a_demanded_withdrawal_is_asked_of_who_withdraws(coder, sentence, expected):
    assert expected in triples(coder, sentence)
    assert not any(t == "COD" for _, _, t in triples(coder, sentence))


@pytest.mark.parametrize(("sentence", "expected"), [
    # a complaint is against the one it is about; the body it is made to is the venue
    ("Lebanon complained to the United Nations over Israeli air strikes on its villages.",
     ("LBN", "114", "ISR")),
    ("Japan complained to Beijing about the Chinese survey ship.", ("JPN", "114", "CHN")),
    # it names no actor: the addressee is the target
    ("Greece complained to Turkey about airspace violations.", ("GRC", "114", "TUR")),
    ("Chile complained to Peru on Monday.", ("CHL", "114", "PER")),
])
def test_a_complaint_is_against_what_it_is_about(coder, sentence, expected):
    assert expected in triples(coder, sentence)
    if expected[2] != "UN":
        assert ("LBN", "114", "UN") not in triples(coder, sentence)


def test_a_complaint_about_no_one_gives_nothing(coder):
    assert coded(coder, "Farmers complained about the weather.") == []


@pytest.mark.parametrize(("sentence", "expected"), [
    # economic punishment dealt "with" its instrument
    ("The European Union hit Chinese electric cars with duties of up to 35 percent.",
     ("EU", "163", "CHN")),
    ("Washington slapped Tehran with fresh sanctions.", ("USA", "163", "IRN")),
    ("London targeted Russian banks with new sanctions.", ("GBR", "163", "RUS")),
    ("Beijing punished Australia with tariffs on barley.", ("CHN", "163", "AUS")),
    # crowd-control weapons used against a party
    ("The Vietnamese coast guard used water cannon against Chinese fishing boats.",
     ("VNM", "175", "CHN")),
    ("Israeli troops used live ammunition against Palestinian demonstrators.",
     ("ISR", "175", "PSE")),
    # readiness signalled, forces amassed
    ("Kazakhstan signalled readiness to resume gas talks with Uzbekistan.",
     ("KAZ", "030", "UZB")),
    ("Hanoi voiced willingness to cooperate with Manila on fisheries.", ("VNM", "030", "PHL")),
    ("Russia amassed tanks near the Ukrainian border.", ("RUS", "154", "UKR")),
    # an appeal made "to" or "with" its addressee
    ("Poland appealed to Germany to pay war reparations.", ("POL", "0231", "DEU")),
    ("Jordan pleaded with Israel to halt the demolitions.", ("JOR", "020", "ISR")),
])
def test_vocabulary_families(coder, sentence, expected):
    assert expected in triples(coder, sentence)


@pytest.mark.parametrize("sentence", [
    "Storms hit Cuba with heavy rain.",
    "The company used gas from Qatar.",
    "Thailand used its budget surplus on Cambodian border roads.",
    "The company massed workers at its plant.",
    "The coach signalled his readiness to leave.",
    "The pope appealed to the faithful to pray for peace.",
])
def test_other_senses_of_those_words_give_nothing(coder, sentence):
    assert coded(coder, sentence) == []


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Niger closed its airspace to French aircraft.", ("NER", "172", "FRA")),
    ("Kyrgyzstan shut its border with Tajikistan.", ("KGZ", "172", "TJK")),
    ("Poland sealed its border with Belarus.", ("POL", "172", "BLR")),
    ("The Egyptian navy intercepted a Libyan smuggling boat.", ("EGY", "171", "LBY")),
])
def test_closing_borders_and_stopping_vessels(coder, sentence, expected):
    assert expected in triples(coder, sentence)


@pytest.mark.parametrize("sentence", [
    "The shop closed its doors.",
    "The factory shut its gates.",
    "Police intercepted a shipment of cocaine.",
    "Israel intercepted a drone launched from Lebanon.",
])
def test_closing_and_intercepting_without_a_party_give_nothing(coder, sentence):
    assert coded(coder, sentence) == []


@pytest.mark.parametrize(("sentence", "expected"), [
    # expelled peacekeepers, inspectors and monitors: the body they serve is the target
    ("Eritrea expelled UN peacekeepers.", ("ERI", "1661", "UN")),
    ("Burundi expelled UN human rights monitors.", ("BDI", "1662", "UN")),
    ("Iran ordered out the inspectors of the International Atomic Energy Agency.",
     ("IRN", "1662", "IAEA")),
])
def test_expelled_missions_belong_to_their_body(coder, sentence, expected):
    assert expected in triples(coder, sentence)


@pytest.mark.parametrize(("sentence", "expected"), [
    # a stopped act: ended aid reduces relations, ended force de-escalates
    ("Israel stopped funding the Palestinian Authority.", ("ISR", "1621", "PSE")),
    ("Germany halted supplying weapons to Turkey.", ("DEU", "1622", "TUR")),
    ("Russia ceased shelling Ukrainian towns along the Dnipro.", ("RUS", "087", "UKR")),
])
def test_a_stopped_act_is_its_ending(coder, sentence, expected):
    assert triples(coder, sentence) == {expected}


@pytest.mark.parametrize(("sentence", "expected"), [
    # asked, possible or denied stopping: only the appeal, or nothing
    ("Beijing urged Washington to stop arming Taiwan.", {("CHN", "020", "USA")}),
    ("Russia may stop shelling Ukrainian towns.", set()),
    ("Russia did not stop shelling Ukrainian towns.", set()),
    ("Turkey stopped blocking Sweden's NATO bid.", set()),
])
def test_a_stopping_not_done_is_no_event(coder, sentence, expected):
    assert triples(coder, sentence) == expected
