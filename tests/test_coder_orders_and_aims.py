"""Orders, aimed acts and the deeds a reaction answers: classes the lead found wrong in
agency copy of its own (session 15). Every sentence is written for this file."""

from __future__ import annotations

import pytest

from coder_helpers import dyadic, roots, triples
from entente.coder.bundle import LanguageBundle
from entente.errors import InputError


@pytest.mark.parametrize("text, expected", [
    # a court or a government ordering a party to act demands it of that party
    ("The International Court of Justice on Tuesday ordered Azerbaijan to reopen the road "
     "to the exclave.", ("ICJ", "100", "AZE")),
    ("The tribunal in The Hague ordered Israel to let fuel convoys into Gaza, and the ICJ "
     "ordered Israel to prevent incitement.", ("ICJ", "100", "ISR")),
    ("The Security Council ordered Sudan to hand over the suspects.", ("UNSC", "100", "SDN")),
])
def test_an_order_to_a_party_is_a_demand_on_it(coder, text, expected):
    source, code, target = expected
    assert any(s == source and c.startswith(code[:2]) and t == target
               for s, c, t in triples(coder, text))


@pytest.mark.parametrize("text, expected", [
    ("Warsaw ordered 48 more attack helicopters from the United States on Monday.",
     ("POL", "062", "USA")),
    ("Morocco has ordered two frigates from France.", ("MAR", "062", "FRA")),
    ("Egypt ordered 3 million tonnes of wheat from Russia last month.",
     ("EGY", "061", "RUS")),
])
def test_an_order_of_arms_or_goods_is_a_purchase_from_the_seller(coder, text, expected):
    assert expected in dyadic(coder, text)
    assert not any(c.startswith("10") for _, c, _ in dyadic(coder, text))


@pytest.mark.parametrize("text", [
    "The judge ordered a new trial for the three defendants.",
    "The minister ordered a review of the ferry timetable.",
])
def test_an_order_with_no_party_codes_no_dyadic_event(coder, text):
    assert dyadic(coder, text) == set()


@pytest.mark.parametrize("text, expected", [
    ("The European Union on Wednesday adopted a new round of sanctions against Russia, "
     "targeting four Chinese refineries that buy Russian oil.", ("EU", "16", "CHN")),
    ("Washington imposed sanctions on Iran's petrochemical sector, targeting two Indian "
     "tanker operators.", ("USA", "16", "IND")),
    ("Canada announced sanctions targeting Belarusian officials over the crackdown.",
     ("CAN", "16", "BLR")),
])
def test_an_aimed_participle_extends_the_act_it_is_set_on(coder, text, expected):
    found = roots(coder, text)
    assert expected in found
    source, _, target = expected
    assert (source, "19", target) not in found  # no attack of its own


def test_an_aimed_participle_on_an_attack_stays_an_attack(coder):
    found = roots(coder, "Israeli jets carried out air strikes on Tuesday targeting Hezbollah "
                         "weapons depots in the Bekaa Valley.")
    assert ("ISR", "19", "LBN") in found


@pytest.mark.parametrize("text, target", [
    ("The European Union adopted new sanctions on Moscow on Monday. Hungary lifted its veto "
     "after talks with the Commission. The Kremlin dismissed the measures as illegitimate.",
     "EU"),
    ("Washington slapped tariffs on Mexican steel. Mexico's economy minister flew to "
     "Ottawa for talks with Canada. Mexico's president called the tariffs unjustified.",
     "USA"),
])
def test_restrictive_measures_answer_the_last_party_that_imposed_them(coder, text, target):
    reacting = [e for e in triples(coder, text) if e[1][:2] == "11"]
    assert reacting and all(t == target for _, _, t in reacting)


def test_a_move_still_answers_the_last_act_of_any_kind(coder):
    text = "Hungary dropped its veto on Thursday. Moscow condemned the move."
    assert ("RUS", "11", "HUN") in roots(coder, text)


@pytest.mark.parametrize("text, expected", [
    ("ECOWAS Commission President Omar Touray urged Mali to return to civilian rule.",
     ("ECOWAS", "02", "MLI")),
    ("SADC Executive Secretary Elias Magosi urged Mozambique to hold talks with the "
     "opposition.", ("SADC", "02", "MOZ")),
])
def test_an_acronym_opening_a_long_title_belongs_to_the_name(coder, text, expected):
    assert expected in roots(coder, text)


def test_a_charge_set_after_a_long_name_answers_the_accuser(coder):
    text = ("Islamabad accuses Kabul of harbouring fighters of the Tehreek-e-Taliban "
            "Pakistan, a charge Kabul denies.")
    found = dyadic(coder, text)
    assert ("AFG", "016", "PAK") in found
    assert ("PAK", "112", "AFG") in found


def test_a_told_deed_kind_must_be_known(tmp_path):
    layer = tmp_path / "deeds.yaml"
    layer.write_text("told_deed_nouns: {verdict: sentence}\n", encoding="utf-8")
    with pytest.raises(InputError, match="'verdict' names 'sentence'"):
        LanguageBundle.load(extra=[layer])


@pytest.mark.parametrize("text, expected", [
    # "the court", "the alliance" as an object: the international body the story named,
    # also in a sentence that told no event of its own
    ("The International Court of Justice opened hearings on Monday in the border dispute. "
     "Guyana had asked the court in March to order a halt to the annexation.",
     ("GUY", "ICJ")),
    ("NATO defence ministers gathered in Brussels on Thursday. Finland urged the alliance "
     "to station more air defences on its eastern flank.", ("FIN", "NATO")),
])
def test_a_definite_international_body_as_object_is_the_one_told(coder, text, expected):
    source, target = expected
    assert any(s == source and t == target for s, _, t in triples(coder, text))


def test_a_national_court_stays_the_court_of_its_state(coder):
    text = ("Russia's Supreme Court banned the rights group on Friday. Kyiv condemned the court "
            "for silencing critics.")
    assert ("UKR", "111", "RUS") in dyadic(coder, text)


def test_a_ruling_rejected_answers_the_court_that_gave_it(coder):
    text = ("The International Court of Justice on Friday ordered Serbia to halt the "
            "demolitions. Kosovo had asked the court in May to intervene. Belgrade rejected "
            "the ruling as biased.")
    rejecting = [(s, t) for s, c, t in triples(coder, text) if c[:2] in ("11", "12")
                 and s == "SRB"]
    assert rejecting and all(t == "ICJ" for _, t in rejecting)


@pytest.mark.parametrize("text, expected", [
    # an intent agreed with a partner is an accord with it, cooperation whatever the act
    ("Guatemala agreed with the United States to station 3,000 soldiers on its northern "
     "border.", ("GTM", "03", "USA")),
    ("Egypt agreed with Israel on Sunday to reopen the Rafah crossing for aid trucks.",
     ("EGY", "03", "ISR")),
    ("Kazakhstan agreed with China and Russia to hold joint counter-terrorism drills next "
     "spring.", ("KAZ", "03", "CHN")),
])
def test_an_intent_agreed_with_a_partner_is_an_accord_with_it(coder, text, expected):
    found = roots(coder, text)
    assert expected in found
    assert not any(c in ("13", "15", "19") for _, c, _ in found)


def test_an_intent_of_force_with_no_partner_stays_a_threat(coder):
    found = triples(coder, "Guatemala agreed to station 3,000 soldiers on its northern "
                           "border facing Mexico.")
    assert not any(c.startswith("03") for _, c, _ in found)



@pytest.mark.parametrize("text, expected", [
    # a saying that a party inflames a conflict judges that party
    ("Asmara's information minister said Addis Ababa was beating the drums of war with its "
     "talk of a Red Sea port.", ("ERI", "111", "ETH")),
    ("Eritrea said on Monday that Ethiopia was stoking tensions along the border.",
     ("ERI", "111", "ETH")),
    ("China's foreign ministry said Manila was fuelling the dispute with its patrols near "
     "the shoal.", ("CHN", "111", "PHL")),
    ("Serbia's president said Pristina was sowing discord in the north.",
     ("SRB", "111", "XKX")),
])
def test_saying_a_party_inflames_a_conflict_is_criticism(coder, text, expected):
    assert expected in dyadic(coder, text)


@pytest.mark.parametrize("text", [
    "Israeli tankers fuelled the jets over Cyprus before the long flight.",
    "The minister said the fire had been fuelled by strong winds.",
])
def test_fuelling_a_thing_judges_no_one(coder, text):
    assert not any(c == "111" for _, c, _ in triples(coder, text))


@pytest.mark.parametrize("text, expected", [
    # a vow of retaliation with no target answers whoever last struck the vowing party
    ("The Netherlands expelled two Russian diplomats on Thursday for spying. Moscow "
     "promised a proportionate response.", ("RUS", "13", "NLD")),
    ("Washington added 80 Chinese chipmakers to its export blacklist on Monday. Beijing "
     "vowed to retaliate.", ("CHN", "13", "USA")),
    ("The European Union imposed duties of up to 35% on Chinese electric cars. China's "
     "commerce ministry vowed resolute countermeasures.", ("CHN", "13", "EU")),
])
def test_a_vow_of_retaliation_answers_the_last_blow(coder, text, expected):
    assert expected in roots(coder, text)


def test_a_vow_of_revenge_for_a_blow_to_another_country_has_no_target(coder):
    text = ("Israeli jets killed a Hezbollah commander in Beirut on Tuesday. Iran vowed "
            "revenge.")
    assert not any(s == "IRN" for s, _, _ in dyadic(coder, text))


@pytest.mark.parametrize("text, expected", [
    # "also" with no target echoes the reaction told in the sentence before
    ("Washington condemned Beijing's water-cannon attack on the supply boat. Japan and "
     "Australia also expressed concern.", {("JPN", "CHN"), ("AUS", "CHN")}),
    ("Berlin criticised Budapest's veto of the aid package. The Netherlands also voiced "
     "disappointment.", {("NLD", "HUN")}),
])
def test_an_echoed_reaction_shares_the_target_told_before(coder, text, expected):
    pairs = {(s, t) for s, _, t in dyadic(coder, text)}
    assert expected <= pairs


def test_an_echo_reaches_back_one_sentence_only(coder):
    text = ("Washington condemned the missile test by Pyongyang. The summit opened in Seoul "
            "on Monday with a dinner. Tokyo also voiced concern over the weather.")
    assert not any(s == "JPN" and t == "PRK" for s, _, t in dyadic(coder, text))


@pytest.mark.parametrize("text, expected", [
    # a pronoun object of a reaction verb is the deed told before, not a party
    ("Germany condemned the Russian missile strike on Kyiv. France also condemned it.",
     ("FRA", "11", "RUS")),
    ("Ankara denounced the Israeli raid on the aid flotilla. Madrid condemned it too.",
     ("ESP", "11", "ISR")),
])
def test_a_reaction_to_it_answers_the_deed_told_before(coder, text, expected):
    found = roots(coder, text)
    assert expected in found
    source, _, _ = expected
    assert (source, "11", "UKR") not in found


def test_a_high_commissioner_is_no_cue_for_the_european_commission(coder):
    text = ("Nigeria recalled its high commissioner to Ghana on Thursday over the expulsion of "
            "traders. ECOWAS Commission President Omar Touray urged both governments to settle "
            "the dispute through dialogue.")
    urging = {(s, t) for s, c, t in triples(coder, text) if c.startswith("02")}
    assert urging and all(s == "ECOWAS" for s, _ in urging)


def test_the_court_is_never_a_body_of_another_sort(coder):
    text = ("The IAEA board of governors met in Vienna on Monday to censure Iran. The court "
            "in Tehran later sentenced two Iranian dissidents to prison, and Iran accused the "
            "court of bias.")
    sentencing = [(s, t) for s, c, t in triples(coder, text) if c.startswith(("116", "17"))]
    assert sentencing and all(s != "IAEA" for s, _ in sentencing)
    assert ("IRN", "112", "IAEA") not in triples(coder, text)


@pytest.mark.parametrize("text, expected", [
    # "the decision" after a court's order or sentence is the court's ...
    ("The International Court of Justice on Tuesday ordered Azerbaijan to reopen the road. "
     "Baku kept Armenian trucks waiting at the border. Yerevan welcomed the decision.",
     ("ARM", "ICJ")),
    ("A Moscow court sentenced two Estonian citizens to eight years in prison. Tallinn "
     "condemned the decision.", ("EST", "RUS")),
])
def test_a_decision_after_a_court_ruling_is_the_courts(coder, text, expected):
    source, target = expected
    reacting = {t for s, c, t in triples(coder, text) if s == source and c[:2] in ("05", "11")}
    assert reacting == {target}


def test_a_decision_after_a_governments_demand_is_its_latest_act(coder):
    text = ("Washington demanded that Tehran free the detained sailors. Britain imposed new "
            "sanctions on Iran on Friday. Tehran condemned the decision.")
    reacting = {t for s, c, t in triples(coder, text) if s == "IRN" and c[:2] == "11"}
    assert reacting == {"GBR"}


@pytest.mark.parametrize("text, expected", [
    # "..., an allegation X rejects": the tagger reads "rejects" as a plural noun after the
    # name; it is the denial of the claim, aimed at whoever made it
    ("Moscow accused Kyiv of shelling the nuclear plant's cooling ponds, an allegation "
     "Ukraine rejects.", ("UKR", "016", "RUS")),
    ("Kinshasa accuses Rwanda of arming the rebels in North Kivu, a charge Kigali rejects.",
     ("RWA", "016", "COD")),
])
def test_a_denial_the_tagger_reads_as_a_noun_answers_the_accuser(coder, text, expected):
    assert expected in dyadic(coder, text)


def test_rejects_as_a_noun_stays_a_noun(coder):
    assert triples(coder, "Samsung rejects were piled up in the warehouse near Seoul.") == set()
