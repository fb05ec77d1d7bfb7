"""One event told in many surface forms: active and passive, nominal, headline, reported,
relative clause, fronted participle, people and titles for states, capitals, tenses. The
coder must find the same dyad and CAMEO root in each; and sentences that only speculate,
negate or describe must give nothing. The sentences are our own."""

from __future__ import annotations

import pytest

from coder_helpers import roots, triples


@pytest.mark.parametrize("text, expected", [
    # one sanction, many forms
    ("Canada imposed sanctions on Iran's Revolutionary Guards on Friday.", ("CAN", "16", "IRN")),
    ("Nicaragua was sanctioned by the United States on Monday.", ("USA", "16", "NIC")),
    ("Britain's sanctions on Russian banks have frozen billions of pounds.",
     ("GBR", "16", "RUS")),
    ("US Slaps Sanctions On Venezuelan Officials", ("USA", "16", "VEN")),
    ("Myanmar, which Australia sanctioned last year, rejected the measures as interference.",
     ("AUS", "16", "MMR")),
    ("London imposed sanctions on Moscow's shadow fleet on Thursday.", ("GBR", "16", "RUS")),
    # one accusation, many forms
    ("Rwanda has been accused by Congo of backing the M23 rebels.", ("COD", "11", "RWA")),
    ("China Accuses US Of Hacking Its Universities", ("CHN", "11", "USA")),
    ("Beijing accused Manila of ramming a Chinese vessel.", ("CHN", "11", "PHL")),
    # visits and arrests told through people, titles and capitals
    ("The Saudi crown prince's visit to Washington ended with a series of investment pledges.",
     ("SAU", "04", "USA")),
    ("Three Chinese nationals were detained by Philippine authorities on suspicion of spying.",
     ("PHL", "17", "CHN")),
    ("The Japanese businessman, whom Chinese authorities detained in March, was formally "
     "charged.", ("CHN", "17", "JPN")),
])
def test_one_event_in_many_surface_forms(coder, text, expected):
    assert expected in roots(coder, text)


@pytest.mark.parametrize("text, expected", [
    # the doer's own side tells what it could or would do: a threat or intent of the doer
    ("Tehran warned it would strike Israeli targets.", ("IRN", "13", "ISR")),
    ("Iran warned that Iranian forces would strike Israel.", ("IRN", "13", "ISR")),
    ("Pyongyang warned that its army could strike South Korea.", ("PRK", "13", "KOR")),
    ("Turkey's foreign minister said Ankara could impose sanctions on Sweden.",
     ("TUR", "13", "SWE")),
    ("Poland's prime minister warned Belarus that any incursion by its forces would be met "
     "with a firm response.", ("POL", "13", "BLR")),
])
def test_what_a_side_says_it_could_do_is_its_own_threat(coder, text, expected):
    assert expected in roots(coder, text)


@pytest.mark.parametrize("text", [
    # what others expect a state may do is no act nor intent of that state
    "Analysts warned that China could attack Taiwan within the decade.",
    "Experts fear that Serbia may attack Kosovo.",
    "The European Union could impose sanctions on Georgia, diplomats said.",
    "Analysts said Russia might threaten the Baltic states.",
    "Western officials believe Russia might expel more European diplomats.",
    # a warning that another state may act threatens nothing
    "Washington warned that Moscow could invade Ukraine at any moment.",
])
def test_what_others_foretell_gives_nothing(coder, text):
    assert not triples(coder, text)


@pytest.mark.parametrize("text, expected", [
    # a perfect participle clause is done by the main clause's subject
    ("Having visited Manila, the Japanese defence minister flew on to Hanoi.",
     ("JPN", "04", "PHL")),
    ("Having sent food aid to Haiti, the Dominican Republic tightened its border controls.",
     ("DOM", "07", "HTI")),
    ("Having met the Egyptian president in Cairo, the Greek prime minister travelled to Jordan.",
     ("GRC", "04", "EGY")),
    # an opening participle before a name is a participle, not part of the name
    ("Accusing Venezuela of election fraud, Panama suspended flights to Caracas.",
     ("PAN", "11", "VEN")),
    # a fronted passive participle: the main clause's subject underwent it
    ("Having been expelled by Russia, the Estonian diplomats left Moscow.", ("RUS", "17", "EST")),
    ("Criticised by Beijing for the visit, the Czech senate leader defended his trip to Taiwan.",
     ("CHN", "11", "CZE")),
    ("Sanctioned by Washington, Venezuela turned to China for loans.", ("USA", "16", "VEN")),
])
def test_participle_clauses_take_the_main_subject(coder, text, expected):
    assert expected in roots(coder, text)


@pytest.mark.parametrize("text", [
    # a standing tie that describes the subject, and a condition, are no events
    "Backed by Iran, the Houthis attacked ships in the Red Sea.",
    "If attacked by Russia, NATO will respond.",
])
def test_descriptive_and_conditional_participles_give_no_event_of_their_own(coder, text):
    assert not {t for t in roots(coder, text) if t[1] in ("05", "19")}


@pytest.mark.parametrize("text, expected", [
    # an apposition after the doer does not take its place
    ("Poland's president, a close ally of Kyiv, met Ukrainian President Volodymyr Zelensky in "
     "Lviv.", ("POL", "04", "UKR")),
    ("Greece's prime minister, an ally of Nicosia, visited Egypt on Monday.",
     ("GRC", "04", "EGY")),
])
def test_an_apposition_does_not_replace_the_doer(coder, text, expected):
    found = roots(coder, text)
    assert expected in found
    assert not {t for t in found if t[0] == expected[2] and t[2] == expected[2]}


@pytest.mark.parametrize("text, expected", [
    # two verbs share the object that follows the second
    ("Japan condemned and sanctioned Russia over the invasion.",
     {("JPN", "11", "RUS"), ("JPN", "16", "RUS")}),
    ("Iran arrested and deported two British nationals.",
     {("IRN", "17", "GBR")}),
    ("Turkey criticized and threatened Sweden.", {("TUR", "11", "SWE"), ("TUR", "13", "SWE")}),
])
def test_coordinated_verbs_share_their_object(coder, text, expected):
    assert expected <= roots(coder, text)


def test_a_list_of_verbs_before_a_thing_shares_no_party(coder):
    text = ("Russian fighter jets buzzed, tailed and performed unsafe intercepts near the "
            "American drone.")
    assert not {t for t in roots(coder, text) if t[1] == "16"}


@pytest.mark.parametrize("text", [
    # how long something has not happened is no refusal
    "The French president has not visited Algeria since 2022.",
    "Brazil has not hosted a Chinese leader for years.",
    "The leaders of Peru and Bolivia have not met in a decade.",
    # a receipt that did not come is no refusal by the giver
    "Kenya has not received any aid from China this year.",
    "Ukraine has not received the promised tanks from Germany.",
])
def test_absences_give_nothing(coder, text):
    assert not triples(coder, text)


@pytest.mark.parametrize("text, expected", [
    # a plain negated act of cooperation is still its doer's refusal
    ("India has not signed the treaty with Pakistan.", ("IND", "12", "PAK")),
    ("Egypt's foreign minister did not meet his Israeli counterpart.", ("EGY", "12", "ISR")),
])
def test_a_negated_act_of_cooperation_is_still_a_refusal(coder, text, expected):
    assert expected in roots(coder, text)


@pytest.mark.parametrize("text, expected", [
    # "we", "our" and "I" in quoted or reported speech stand for the speaker
    ('"We condemn the Russian strike on Odesa," the Greek foreign ministry said.',
     ("GRC", "11", "RUS")),
    ('The Greek foreign ministry said: "We condemn the Russian strike on Odesa."',
     ("GRC", "11", "RUS")),
    ('"We have signed a trade agreement with Vietnam," the Thai prime minister told reporters.',
     ("THA", "05", "VNM")),
    ('"Our forces struck Hezbollah positions in Lebanon," the Israeli military said.',
     ("ISR", "19", "LBN")),
    ('"I met the Saudi crown prince in Riyadh," the Turkish president told reporters.',
     ("TUR", "04", "SAU")),
])
def test_first_person_speech_is_the_speaker_s(coder, text, expected):
    assert expected in roots(coder, text)


@pytest.mark.parametrize("text", [
    # with no speaker, "we" names no one (an op-ed's author, a reader)
    "We condemn the attack on Israel.",
    "Our leaders should meet their Chinese counterparts more often.",
])
def test_first_person_without_a_speaker_names_no_one(coder, text):
    assert not roots(coder, text)


@pytest.mark.parametrize("text, expected", [
    # a sum "in" goods received: the goods decide the code, the "from" phrase the giver
    ("Ukraine received $2 billion in military assistance from Canada.", ("CAN", "07", "UKR")),
    ("Lebanon got $20 million in emergency aid from Qatar.", ("QAT", "07", "LBN")),
    ("Egypt received 2 billion dollars in loans from Kuwait.", ("KWT", "07", "EGY")),
    # money received from a state is financial aid
    ("Pakistan got 2 billion dollars from Saudi Arabia.", ("SAU", "07", "PAK")),
])
def test_sums_received_from_a_giver(coder, text, expected):
    assert expected in roots(coder, text)


def test_money_from_a_sale_is_no_aid(coder):
    assert not roots(coder, "The club received $20 million from the sale of its striker.")


@pytest.mark.parametrize("text, expected", [
    # a headline whose verb the tagger reads as a plural noun, its subject as a modifier
    ("Sweden expels Russian diplomat over spying", ("SWE", "16", "RUS")),
    ("Nigeria recalls envoy from Niger over coup", ("NGA", "16", "NER")),
    ("Sweden Expels Russian Diplomat Over Spying", ("SWE", "16", "RUS")),
])
def test_headline_verbs_read_as_nouns_keep_their_subject(coder, text, expected):
    assert expected in roots(coder, text)


@pytest.mark.parametrize("text", [
    # a noun phrase headline with no act names no subject
    "Swedish elections results",
    "Kenya talks updates",
])
def test_noun_headlines_give_nothing(coder, text):
    assert not roots(coder, text)
