"""Verbal conflict in its surface forms, and the scope of what is said (issue 13, classes 1
and 6): accusation and criticism, denials, and the governors (refusal, condition, forecast)
that decide whether an act inside a sentence happened at all. Sentences written for these
tests; every class has sentences that must give nothing."""

from __future__ import annotations

import pytest

from coder_helpers import dyadic


@pytest.mark.parametrize(("text", "expected"), [
    # blame: a reported clause that makes an actor answerable accuses it
    ("The British prime minister said Russia was highly likely responsible for the attack.",
     ("GBR", "112", "RUS")),
    ('Dublin said London was "almost certainly" responsible for the leak of the documents.',
     ("IRL", "112", "GBR")),
    ("Kabul said Islamabad was behind the suicide bombing at the border crossing.",
     ("AFG", "112", "PAK")),
    ("The Sudanese army said the Emirates were complicit in the massacre.",
     ("SDN", "112", "ARE")),
    # lying and disinformation
    ("Moscow said Kyiv was lying about the strike on the shopping centre.",
     ("RUS", "112", "UKR")),
    ("Beijing said Manila was spreading disinformation about the incident at the shoal.",
     ("CHN", "112", "PHL")),
    ("Caracas said Bogota was peddling lies about the border.", ("VEN", "112", "COL")),
    # standing: denying an actor the right to act is criticism of it
    ("Ankara said Athens had no standing to comment on the status of Cyprus.",
     ("TUR", "111", "GRC")),
    ("Beijing said Washington had no right to lecture other countries on human rights.",
     ("CHN", "111", "USA")),
    # dismissing what another said as false criticises the one who said it
    ("Pakistan dismissed India's claims as baseless.", ("PAK", "111", "IND")),
    ("Riyadh dismissed the allegations by Ottawa as unfounded.", ("SAU", "111", "CAN")),
    ("Hanoi rejected the Chinese statement as groundless.", ("VNM", "111", "CHN")),
    # concern over an actor's act, law or policy targets the actor
    ("The European Union voiced concern over Hungary's new media law.", ("EU", "012", "HUN")),
    ("Washington voiced concern over Beijing's military activities near Taiwan.",
     ("USA", "012", "CHN")),
])
def test_accusation_and_criticism_forms(coder, text, expected):
    assert expected in dyadic(coder, text)


@pytest.mark.parametrize("text", [
    "The minister said the new bridge was a historic achievement for the region.",
    "Officials said the fire at the warehouse was caused by an electrical fault.",
    "The governor said the ministry was responsible for the upkeep of the roads.",
    "Residents expressed concern over rising food prices.",
    "The report criticised the slow pace of reconstruction in the province.",
    "Moscow said Kyiv was not lying about the strike.",
    "The senator said the company had no right to sell the data.",
])
def test_speech_without_a_judged_actor_gives_nothing(coder, text):
    assert not {t for t in dyadic(coder, text) if t[1][:2] in ("05", "11")}


@pytest.mark.parametrize(("text", "expected"), [
    ("Tehran denied any role in the sabotage of four tankers off the coast of the UAE.",
     ("IRN", "016", "ARE")),
    ("Islamabad denied any involvement in the bombing in Kabul.", ("PAK", "016", "AFG")),
    ("Beijing denied involvement in the hacking of Australian government servers.",
     ("CHN", "016", "AUS")),
    ("North Korea denied that it had sold weapons to Moscow.", ("PRK", "016", "RUS")),
    ("India denied it had carried out the strike inside Pakistan.", ("IND", "016", "PAK")),
    ("China's defence ministry denied that its warships had harassed a Philippine vessel.",
     ("CHN", "016", "PHL")),
    ("Iran has denied supplying drones to Russia for use in Ukraine.", ("IRN", "016", "RUS")),
    ("Venezuela denied harbouring Colombian guerrillas on its territory.",
     ("VEN", "016", "COL")),
])
def test_a_denial_is_aimed_at_whom_the_denied_act_would_have_hit(coder, text, expected):
    assert expected in dyadic(coder, text)


@pytest.mark.parametrize(("text", "denied"), [
    ("Iran has denied supplying drones to Russia for use in Ukraine.", "07"),
    ("The Rwandan government denied backing the M23 rebels in eastern Congo.", "05"),
    ("India denied it had carried out the strike inside Pakistan.", "19"),
    ("North Korea denied that it had sold weapons to Moscow.", "06"),
    ("China's defence ministry denied that its warships had harassed a Philippine vessel.",
     "17"),
])
def test_the_act_denied_is_no_event(coder, text, denied):
    assert not {t for t in dyadic(coder, text) if t[1][:2] == denied}


@pytest.mark.parametrize("text", [
    "The Kremlin denied that Russian forces had retreated from the town.",
    "The military denied that soldiers had been killed in the clash.",
    "The ministry denied reports that the president was ill.",
    "Egypt denied that it was planning to devalue its currency.",
    "The spokesman denied that talks had stalled.",
])
def test_a_denial_with_no_other_party_gives_nothing(coder, text):
    assert dyadic(coder, text) == set()


@pytest.mark.parametrize(("text", "expected"), [
    ("Greece ruled out talks with Turkey on the demilitarisation of the islands.",
     ("GRC", "125", "TUR")),
    ("Spain will not hold talks with the Moroccan government until it withdraws the decree.",
     ("ESP", "125", "MAR")),
    ("Kenya refused to extradite the opposition leader to Uganda.", ("KEN", "121", "UGA")),
    ("Colombia rejected Venezuela's offer to mediate with the rebels.", ("COL", "120", "VEN")),
    ("Erdogan threatened to open the border gates to migrants if the EU halted membership "
     "talks.", ("TUR", "130", "EU")),
    ("Beijing warned of countermeasures if Canberra sent warships through the strait.",
     ("CHN", "130", "AUS")),
])
def test_refusals_and_conditional_threats(coder, text, expected):
    assert expected in dyadic(coder, text)


@pytest.mark.parametrize(("text", "absent"), [
    # a refused call, demand or pressure: the act asked for was not done
    ("Turkey rejected calls to impose sanctions on Russia.", ("TUR", "RUS")),
    ("Hungary resisted pressure to join EU sanctions against Moscow.", ("EU", "RUS")),
    ("South Africa rejected Western demands to condemn Russia's invasion of Ukraine.",
     ("ZAF", "RUS")),
    ("Serbia defied calls to expel the Russian ambassador.", ("SRB", "RUS")),
    # hypotheses: a possible act on a condition, a possible consideration
    ("Seoul would consider easing sanctions on Pyongyang if the North took steps toward "
     "denuclearisation.", ("KOR", "PRK")),
    ("Japan could lift sanctions on Russia if the war ended.", ("JPN", "RUS")),
    ("Poland might consider sending troops to Ukraine, the minister said.", ("POL", "UKR")),
    # forecasts that are denied are no refusals
    ("Germany is not expected to send tanks to Ukraine this year.", ("DEU", "UKR")),
    ("Paris is unlikely to recall its ambassador to Algiers.", ("FRA", "DZA")),
])
def test_acts_nobody_did_give_no_event_between_the_parties(coder, text, absent):
    assert not {t for t in dyadic(coder, text) if (t[0], t[2]) == absent}


def test_a_conditional_threat_said_with_may_stays_a_threat(coder):
    found = dyadic(coder, "If Hanoi seizes the fishing boats, Beijing may impose sanctions, "
                          "the spokesman said.")
    assert {c[:2] for s, c, t in found if s == "CHN"} == {"13"}


@pytest.mark.parametrize(("text", "expected"), [
    # a hostile act that a threat verb's clause says will come is the threat
    ("Tehran warned it would not hesitate to strike Israeli targets.", ("IRN", "138", "ISR")),
    ("Moscow warned that it would retaliate against Finland if NATO troops were deployed "
     "there.", ("RUS", "138", "FIN")),
    ("Baku warned that it would expel the French ambassador.", ("AZE", "13", "FRA")),
    # blaming an act on someone accuses them
    ("Kyiv attributed the blackout to Russian hackers.", ("UKR", "112", "RUS")),
    ("Delhi blamed the blast on Islamabad.", ("IND", "112", "PAK")),
    # verdicts linked by "amount to", "constitute"
    ("Egypt's foreign ministry said Israel's actions amounted to collective punishment.",
     ("EGY", "111", "ISR")),
    ("Athens said the Turkish survey constituted a violation of its sovereignty.",
     ("GRC", "111", "TUR")),
])
def test_threat_clauses_blame_and_verdict_links(coder, text, expected):
    found = dyadic(coder, text)
    assert any((s, t) == (expected[0], expected[2]) and c.startswith(expected[1])
               for s, c, t in found), found


@pytest.mark.parametrize(("text", "absent"), [
    ("Tehran warned it would not hesitate to strike Israeli targets.", "19"),
    ("Baku warned that it would expel the French ambassador.", "16"),
])
def test_the_threatened_act_is_not_done(coder, text, absent):
    assert not {t for t in dyadic(coder, text) if t[1][:2] == absent}


@pytest.mark.parametrize("text", [
    "Seoul warned it would not send troops to the border.",
    "The minister warned that prices would rise further.",
    "The paper attributed the rise in prices to higher fuel costs.",
    "Analysts blamed the slowdown on weak demand.",
    "The governor said the flood damage amounted to two billion dollars.",
])
def test_warnings_and_attributions_without_a_hostile_act_give_nothing(coder, text):
    assert dyadic(coder, text) == set()


@pytest.mark.parametrize(("text", "expected"), [
    ("Pyongyang fired a ballistic missile over Japan, drawing condemnation from Seoul and "
     "Washington.", {("KOR", "111", "PRK"), ("USA", "111", "PRK")}),
    ("Iran's satellite launch drew sharp criticism from France.", {("FRA", "111", "IRN")}),
    ("The Dutch court ruling prompted an angry rebuke from Ankara.", {("TUR", "111", "NLD")}),
    ("Israel's raid on the refugee camp sparked protests from Jordan.",
     {("JOR", "114", "ISR")}),
])
def test_a_reaction_drawn_by_an_act_answers_its_doer(coder, text, expected):
    assert expected <= dyadic(coder, text)


@pytest.mark.parametrize("text", [
    "The new law has drawn criticism from the European Union.",
    "The storm drew crowds of onlookers to the beach.",
    "The exhibition drew praise from critics.",
    "The film drew protests from local residents.",
])
def test_a_reaction_without_a_doer_or_a_reacting_party_gives_nothing(coder, text):
    assert not {t for t in dyadic(coder, text) if t[1][:2] in ("01", "05", "11")}


@pytest.mark.parametrize(("text", "expected"), [
    ("Israel faced sharp criticism from Turkey over the raid.", ("TUR", "111", "ISR")),
    ("Canberra met fierce criticism from Beijing over the submarine deal.",
     ("CHN", "111", "AUS")),
    # a verdict on "this" said of an act judges the act's owner
    ('"This is an act of aggression," the Ukrainian foreign minister said of the Russian '
     "strike.", ("UKR", "111", "RUS")),
    ('"It was a clear violation of the truce," the Armenian defence minister said of the '
     "Azerbaijani shelling.", ("ARM", "111", "AZE")),
    # a participle tagged as a verb still carries the attitude of its adjective
    ("Washington was deeply concerned by Tunisia's arrest of opposition figures.",
     ("USA", "012", "TUN")),
])
def test_faced_criticism_verdicts_said_of_an_act_and_concern(coder, text, expected):
    assert expected in dyadic(coder, text)


def test_the_words_of_a_coded_criticism_are_no_second_statement(coder):
    found = dyadic(coder, "Cambodia's leader criticized Thailand, saying its troops had "
                          "crossed into Cambodian territory.")
    assert ("KHM", "111", "THA") in found and ("KHM", "010", "THA") not in found


@pytest.mark.parametrize("text", [
    '"That is a matter of great regret," the minister said of the decision.',
    "The spokesman said the sale was a sign of friendship between the two nations.",
    "The team faced heavy criticism from fans after the defeat.",
])
def test_verdicts_without_a_judged_actor_give_nothing(coder, text):
    assert not {t for t in dyadic(coder, text) if t[1][:2] == "11"}


@pytest.mark.parametrize("text", [
    # refusing to say hostile words says nothing and refuses nobody
    "The EU declined to criticise Israel over the strikes.",
    "Paris has so far refused to condemn the coup in Niger.",
])
def test_withheld_criticism_gives_nothing(coder, text):
    assert dyadic(coder, text) == set()


@pytest.mark.parametrize(("text", "absent"), [
    ("Hungary declined to sign the joint statement criticising China.", ("HUN", "CHN")),
    ("Hungary did not sign the statement condemning Russia.", ("HUN", "RUS")),
])
def test_a_statement_not_signed_criticises_nobody(coder, text, absent):
    assert not {t for t in dyadic(coder, text) if (t[0], t[2]) == absent and t[1][:2] == "11"}
