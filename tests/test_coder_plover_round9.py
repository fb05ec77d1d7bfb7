"""Classes of construction found wanting on the PLOVER train records (round 9), pinned with
sentences of our own.

A day's possessive only dates a deed: "condemned Sunday's attack on Israeli tourists" is as
definite as "the attack on Israeli tourists" and names no doer, so the condemner is never
taken for the attacker and the victims are never the target of the condemnation (a deed
told in the sentence before gives the target, as for "the attack"). A demonym or name on
the charges a denial answers is the accuser ("rejected Indian charges that ...")."""

from __future__ import annotations

import pytest

from coder_helpers import coded


def _events(coder, text):
    return {(e.source.country if e.source else None, e.cameo_code[:2],
             e.target.country if e.target else None) for e in coded(coder, text)}


@pytest.mark.parametrize("text", [
    "Egypt condemned Sunday's attack on Israeli tourists in Sinai.",
    "The United Nations Security Council condemned Tuesday's attack on U.N. peacekeepers "
    "in southern Lebanon.",
    "France strongly condemned Sunday's bombing of a Turkish consulate in Iraq.",
    "Jordan on Monday denounced last week's raid on a refugee camp near Jenin.",
    "Kenya condemned yesterday's killing of two Somali aid workers.",
])
def test_a_dated_deed_names_no_doer_and_no_victim_target(one_sided_coder, text):
    found = _events(one_sided_coder, text)
    assert all(root != "19" and root != "18" and root != "17" for _, root, _ in found)
    assert all(target is None for _, root, target in found if root == "11")


def test_a_dated_deed_told_before_is_its_doers(coder):
    found = _events(coder, "Israeli jets struck a camp in Gaza on Sunday. Egypt condemned "
                           "Sunday's raid.")
    assert ("EGY", "11", "ISR") in found


@pytest.mark.parametrize("text, source, target", [
    ("Egypt condemned Sunday's attack by Hamas on Israeli tourists.", "EGY", "PSE"),
    ("Egypt condemned Sunday's Israeli raid on Gaza.", "EGY", "ISR"),
])
def test_a_dated_deed_with_its_doer_named_is_theirs(coder, text, source, target):
    assert (source, "11", target) in _events(coder, text)


@pytest.mark.parametrize("text, source, target", [
    ("Pakistani Prime Minister Nawaz Sharif rejected Indian charges that Pakistan was "
     "training Kashmiri militants.", "PAK", "IND"),
    ("Iran dismissed American accusations that it was arming Shiite militias in Iraq.",
     "IRN", "USA"),
    ("Rwanda denied Congolese allegations that its troops had crossed the border.",
     "RWA", "COD"),
    ("The Kremlin on Tuesday denied U.S. charges that Russian hackers had attacked the "
     "election.", "RUS", "USA"),
    ("Syria flatly rejected Turkish accusations that it was sheltering Kurdish guerrillas.",
     "SYR", "TUR"),
])
def test_a_denial_answers_the_accuser_its_charges_name(coder, text, source, target):
    found = _events(coder, text)
    assert (source, "01", target) in found
    assert all(root == "01" for _, root, _ in found)


def test_a_denial_of_charges_by_no_named_party_is_aimed_at_no_one(one_sided_coder):
    found = _events(one_sided_coder, "Serbia denied Western claims that its police had "
                                     "massacred civilians in Kosovo.")
    assert found <= {("SRB", "01", None)}


@pytest.mark.parametrize("text", [
    "Chinese officials were not available to comment on the Vietnamese allegations.",
    "The Egyptian foreign minister was unable to attend the talks with Israel.",
    "Ethiopia and Eritrea were not able to reach agreement on the border.",
    "Indian officials were not immediately available to respond to the Chinese charges.",
    "Iraq said it was unable to pay compensation to Kuwait this year.",
    "The Libyan envoy was unable to meet the Tunisian president because of illness.",
])
def test_what_a_party_cannot_do_it_did_not_do(one_sided_coder, text):
    assert _events(one_sided_coder, text) == set()


@pytest.mark.parametrize("text, expected", [
    ("The UN was able to deliver aid to Syrian refugees on Monday.", ("UN", "07", "SYR")),
    ("Ethiopia and Eritrea failed to reach agreement on the border.", ("ETH", "12", "ERI")),
])
def test_what_a_party_could_do_or_failed_to_do_stays(coder, text, expected):
    assert expected in _events(coder, text)


@pytest.mark.parametrize("text, expected", [
    ("Israel closed the Gaza Strip on Tuesday after a suicide bombing in Jerusalem.",
     ("ISR", "191", "PSE")),
    ("Israel sealed the Palestinian territories after the attack.", ("ISR", "191", "PSE")),
    ("Iran closed the Strait of Hormuz to American tankers.", ("IRN", "191", "USA")),
    ("Egypt shut the Suez Canal to Israeli ships in 1967.", ("EGY", "191", "ISR")),
    ("Israeli authorities closed the West Bank and Gaza Strip to Palestinian workers for a "
     "week.", ("ISR", "191", "PSE")),
])
def test_closing_a_territory_or_waterway_blockades_it(coder, text, expected):
    assert expected in {(s, code, t) for s, code, t in _codes(coder, text)}


@pytest.mark.parametrize("text", [
    "The storm closed the strait for two days.",
    "Officials closed the canal for repairs.",
    "The museum closed its doors.",
])
def test_closing_with_no_two_parties_gives_nothing(coder, text):
    assert _events(coder, text) == set()


@pytest.mark.parametrize("text, expected", [
    ("Syria wants a full Israeli withdrawal from the Golan Heights.", ("SYR", "02", "ISR")),
    ("Lebanon is seeking a complete Israeli pullout from the south.", ("LBN", "02", "ISR")),
    ("Egypt sought a Sudanese apology for the border incident.", ("EGY", "02", "SDN")),
    ("The Palestinians want an Israeli apology for the raid.", ("PSE", "02", "ISR")),
])
def test_an_act_wanted_of_another_party_is_asked_of_it(coder, text, expected):
    found = _events(coder, text)
    assert expected in found
    assert not any(root == "03" for _, root, _ in found)


def test_an_own_act_wanted_stays_an_intent(coder):
    assert ("RUS", "03", "MDA") in _events(
        coder, "Russia wants a withdrawal of its troops from Moldova by next year.")


@pytest.mark.parametrize("text, source, target", [
    ("Chadian rebels shot down a government helicopter near Abeche.", "TCD", "TCD"),
    ("Chadian rebels attacked a government helicopter near Abeche.", "TCD", "TCD"),
    ("Maoist rebels in Nepal overran a government outpost in the west.", "NPL", "NPL"),
])
def test_a_government_craft_or_post_is_the_one_country_of_the_sentence(coder, text, source,
                                                                        target):
    assert any(s == source and t == target and root in ("19", "18")
               for s, root, t in _events(coder, text))


def test_a_government_craft_with_no_country_named_stays_unplaced(one_sided_coder):
    found = _events(one_sided_coder, "Rebels shot down a government helicopter on Monday.")
    assert all(t is None for _, _, t in found)


def _codes(coder, text):
    return {(e.source.country if e.source else None, e.cameo_code,
             e.target.country if e.target else None) for e in coded(coder, text)}


@pytest.mark.parametrize("text", [
    "Rumours that Syria had massed troops on the Lebanese border proved false.",
    "There were fears that Russia would cut off gas supplies to Georgia.",
    "The fear that Iraq might invade Kuwait again has grown.",
    "Speculation that Israel will attack Iran's nuclear sites has risen.",
    "There is a risk that Serbia will expel the OSCE monitors.",
    "The prospect of talks between India and Pakistan improved on Monday.",
    "Fears of a Turkish attack on Kurdish towns grew on Monday.",
    "The risk of war between Eritrea and Ethiopia has receded.",
])
def test_what_a_fear_rumour_or_speculation_says_is_no_event(one_sided_coder, text):
    assert _events(one_sided_coder, text) == set()


@pytest.mark.parametrize("text, expected", [
    ("Japan expressed concern that China had sent warships near the islands.",
     ("JPN", "01", "CHN")),
    ("Turkish troops launched an attack on Kurdish militants in Iraq on Monday.",
     ("TUR", "19", "IRQ")),
])
def test_concern_and_acts_told_outright_stay(coder, text, expected):
    assert expected in _events(coder, text)


@pytest.mark.parametrize("text, expected", [
    ("The pope appealed to Serbs and Croats to end the fighting.", ("VAT", "02", "SRB")),
    ("Pope John Paul II urged Cuba to free political prisoners.", ("VAT", "02", "CUB")),
    ("The Pope met the Israeli president at the Vatican.", ("VAT", "04", "ISR")),
])
def test_the_pope_speaks_for_the_holy_see(coder, text, expected):
    assert expected in _events(coder, text)


def test_another_churchs_pope_is_not_the_holy_sees(coder):
    found = _events(coder, "Coptic Pope Tawadros met Egyptian President Sisi in Cairo.")
    assert not any(s == "VAT" for s, _, _ in found)
