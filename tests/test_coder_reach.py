"""Trigger and both sides in one sentence, linked across a construction the role arcs do not
reach directly: an infinitive under a passive or adjectival raising verb, the parties of a
joint act named in the "of" / "from" phrase of its participants, the party of an uncoded
infinitive under a shared verb. Each class with sentences that must give nothing."""

from __future__ import annotations

import pytest

from coder_helpers import dyadic


def _pairs(coder, text: str, root: str) -> set[tuple[str, str]]:
    """(source, target) of the dyadic events whose code starts with `root`."""
    return {(s, t) for s, c, t in dyadic(coder, text) if c.startswith(root)}


# --- raising: the subject of "is set / expected / due to" does the infinitive ---------------

@pytest.mark.parametrize("text, pair", [
    ("Ghana and Togo are set to hold joint naval exercises off Lome next month.",
     ("GHA", "TGO")),
    ("Slovakia and the Czech Republic are set to hold talks on gas transit.", ("SVK", "CZE")),
    ("Uruguay and Paraguay are expected to sign a river transport accord.", ("URY", "PRY")),
    ("Kazakhstan and Uzbekistan are scheduled to hold border talks in Tashkent.",
     ("KAZ", "UZB")),
    ("Vietnamese and Cambodian officials were due to meet in Phnom Penh.", ("VNM", "KHM")),
])
def test_coordinated_subjects_of_a_raising_verb_do_its_infinitive(coder, text, pair):
    found = {(s, t) for s, _, t in dyadic(coder, text)}
    assert pair in found and pair[::-1] in found


def test_a_single_raised_subject_does_the_infinitive(coder):
    assert ("NPL", "IND") in _pairs(
        coder, "Nepal's foreign minister is ready to hold talks with India.", "03")
    assert ("ZMB", "ZWE") in {(s, t) for s, _, t in dyadic(
        coder, "Zambia is poised to sign a power-sharing accord with Zimbabwe.")}


def test_raising_with_no_party_gives_nothing(coder):
    assert dyadic(coder, "The summit is expected to open in Nairobi on Monday.") == set()
    assert dyadic(coder, "Heavy rains are set to hit the Philippines this weekend.") == set()
    assert dyadic(coder, "It is important to hold talks with India.") == set()


# --- a joint act: its parties named in the "of" / "from" phrase of who took part -------------

@pytest.mark.parametrize("text, pair", [
    ("Troops from Ghana and Togo took part in joint drills near the border.", ("GHA", "TGO")),
    ("Sailors from India and Japan took part in joint naval exercises in the Bay of Bengal.",
     ("IND", "JPN")),
    ("Police officers from Brazil and Argentina took part in joint patrols along the river.",
     ("BRA", "ARG")),
    ("Soldiers of Estonia and Latvia participated in joint exercises near Tapa.",
     ("EST", "LVA")),
    ("Coast guards from Morocco and Spain took part in joint patrols in the strait.",
     ("MAR", "ESP")),
])
def test_the_coordinated_owners_of_the_participants_share_a_joint_act(coder, text, pair):
    found = _pairs(coder, text, "06")
    assert pair in found and pair[::-1] in found


def test_participants_of_one_country_or_of_no_joint_act_give_nothing(coder):
    assert dyadic(coder, "Troops from Ghana took part in joint drills on Monday.") == set()
    assert dyadic(coder, "Athletes from Kenya and Ethiopia took part in the Berlin "
                         "marathon.") == set()


# --- a shared verb whose uncoded infinitive names the party it acts on ----------------------

@pytest.mark.parametrize("text, sources, target", [
    ("Germany, France, Italy and Spain agreed to deliver air defence systems to Ukraine.",
     {"DEU", "FRA", "ITA", "ESP"}, "UKR"),
    ("Norway and Sweden agreed to extend budget support to Kenya.", {"NOR", "SWE"}, "KEN"),
    ("Qatar and Kuwait agreed to ship fuel to Lebanon.", {"QAT", "KWT"}, "LBN"),
    ("Turkey and Azerbaijan agreed to pump more gas to Armenia.", {"TUR", "AZE"}, "ARM"),
    ("Belgium and Luxembourg agreed to transfer two frigates to Portugal.", {"BEL", "LUX"},
     "PRT"),
])
def test_the_infinitives_party_is_the_target_not_the_co_subjects(coder, text, sources, target):
    found = {(s, t) for s, _, t in dyadic(coder, text)}
    assert found == {(s, target) for s in sources}


def test_a_shared_verb_with_no_party_in_its_infinitive_stays_shared(coder):
    found = _pairs(coder, "Brazil, Argentina, Chile and Peru agreed to build a joint rail "
                          "link.", "03")
    assert ("BRA", "PER") in found and ("PER", "BRA") in found
    assert _pairs(coder, "Lesotho and Eswatini agreed to meet again in June.", "03") == {
        ("LSO", "SWZ"), ("SWZ", "LSO")}


# --- a past tense the tagger read as a participle of the subject ---------------------------

@pytest.mark.parametrize("text, pair", [
    # (the first is parsed with "coalition" as the root and "carried" as its modifier)
    ("The Saudi-led coalition carried out at least 20 air strikes on Sanaa overnight, "
     "killing 12.", ("SAU", "YEM")),
    ("The US-led coalition carried out more than a dozen strikes near Raqqa in Syria, "
     "killing several militants.", ("USA", "SYR")),
    ("The Pakistani air force carried out two rounds of strikes on Afghanistan's Khost "
     "province, killing eight.", ("PAK", "AFG")),
    ("The Turkish navy carried out at least two drone strikes off the Libyan coast, sinking "
     "a smuggling boat.", ("TUR", "LBY")),
])
def test_a_misread_past_tense_keeps_its_subject_as_the_doer(coder, text, pair):
    assert pair in _pairs(coder, text, "19")


def test_a_real_reduced_relative_is_no_doer(coder):
    # a participle with no object of its own: what was seized or sent, not who did it
    assert dyadic(coder, "Dozens of rifles seized near the Malian border on Tuesday.") == set()
    assert {(s, t) for s, _, t in dyadic(
        coder, "A Somali fishing boat seized by the Kenyan navy off Lamu.")} == {("KEN", "SOM")}
    assert {(s, t) for s, _, t in dyadic(
        coder, "Aid shipments sent by Qatar to Gaza on Monday.")} == {("QAT", "PSE")}


# --- a third party's act on an event that names its own parties -----------------------------

@pytest.mark.parametrize("text, host, pair", [
    ("Egypt hosted talks between Sudan and South Sudan on Sunday.", "EGY", ("SDN", "SSD")),
    ("The talks, hosted by Qatar, between Israel and Hamas resumed on Monday.", "QAT",
     ("ISR", "PSE")),
    ("Talks between Serbia and Kosovo, hosted by the European Union, resumed in Brussels.",
     "EU", ("SRB", "XKX")),
    ("Washington hosted peace talks between Armenia and Azerbaijan at the State Department.",
     "USA", ("ARM", "AZE")),
    ("Kenya will host a new round of negotiations between Ethiopia and Eritrea next week.",
     "KEN", ("ETH", "ERI")),
])
def test_the_parties_of_a_hosted_event_have_their_own_event(coder, text, host, pair):
    found = {(s, t) for s, _, t in dyadic(coder, text)}
    assert pair in found and pair[::-1] in found
    assert (host, pair[0]) in found and (host, pair[1]) in found


def test_hosted_talks_with_no_two_parties_give_only_the_hosting(coder):
    assert dyadic(coder, "Egypt hosted talks on water security in Cairo.") == set()
    assert {s for s, _, _ in dyadic(coder, "Oman hosted talks between Iran and the United "
                                           "States.")} <= {"OMN", "IRN", "USA"}


# --- a demand conjoined after a verb that names the party it blames or warns --------------

@pytest.mark.parametrize("text, pair", [
    ("Vietnam accused China of ramming its fishing boat and demanded compensation.",
     ("VNM", "CHN")),
    ("Ghana blamed Nigeria for the border closure and demanded talks.", ("GHA", "NGA")),
    ("Lithuania warned Belarus over the migrant flows and demanded an end to the pushbacks.",
     ("LTU", "BLR")),
    ("Chile criticised Argentina for the fishing incursions and demanded compensation.",
     ("CHL", "ARG")),
    ("Egypt condemned Ethiopia's dam filling and demanded binding guarantees.",
     ("EGY", "ETH")),
])
def test_a_conjoined_demand_goes_to_the_party_blamed(coder, text, pair):
    assert pair in _pairs(coder, text, "10")


def test_a_conjoined_demand_after_blaming_no_party_gives_nothing(coder):
    assert dyadic(coder, "Egypt condemned the attack and demanded an investigation.") == set()
    assert dyadic(coder, "Poland accused the smugglers of endangering lives and demanded "
                         "tougher penalties.") == set()


# --- an act on a thing held with a partner is an act on the partner ------------------------

@pytest.mark.parametrize("text, pair, root", [
    ("Algeria's suspension of its friendship treaty with Spain hit trade.", ("DZA", "ESP"),
     "16"),
    ("Kenya's suspension of its security pact with Somalia alarmed donors.", ("KEN", "SOM"),
     "16"),
    ("Chad's rejection of its defence accord with France surprised Paris.", ("TCD", "FRA"),
     "12"),
    ("Niger's rejection of its military agreement with the United States came after talks.",
     ("NER", "USA"), "12"),
    ("Hungary's suspension of the gas contract with Croatia raised prices.", ("HUN", "HRV"),
     "16"),
])
def test_the_partner_of_the_thing_an_event_noun_acts_on_is_its_target(coder, text, pair,
                                                                       root):
    assert pair in _pairs(coder, text, root)


def test_a_thing_with_no_partner_or_no_state_gives_nothing(coder):
    assert dyadic(coder, "Algeria's suspension of its oil output hit revenues.") == set()
    assert dyadic(coder, "The suspension of the football match with Spain was announced on "
                         "Monday.") == set()


# --- a light verb in a relative clause takes its event noun from the antecedent ------------

@pytest.mark.parametrize("text, pair, root", [
    ("The air strike, which Israel carried out against militant positions in Syria, killed "
     "five.", ("ISR", "SYR"), "19"),
    ("The offensive that Saudi Arabia launched against the Houthis in Yemen has stalled.",
     ("SAU", "YEM"), "19"),
    ("The drone attack that Russia carried out on Odesa damaged the port.", ("RUS", "UKR"),
     "19"),
    ("The talks, which India held with Bangladesh in Dhaka, ended without a deal.",
     ("IND", "BGD"), "04"),
    ("The joint patrols, which Morocco conducted with Spain last year, curbed smuggling.",
     ("MAR", "ESP"), "06"),
])
def test_a_relative_light_verb_codes_its_antecedent_noun(coder, text, pair, root):
    assert pair in _pairs(coder, text, root)


def test_a_relative_light_verb_with_no_party_gives_nothing(coder):
    assert dyadic(coder, "The drill, which was held in the desert, ended on Friday.") == set()
    assert dyadic(coder, "The strike that the union carried out lasted three days.") == set()


# --- a complaint lodged with a party is aimed at it, whatever it is about ------------------

@pytest.mark.parametrize("text, pair", [
    ("Japan lodged a protest with China over the detention of a Japanese businessman.",
     ("JPN", "CHN")),
    ("Peru lodged a complaint with Chile over the treatment of Peruvian migrants.",
     ("PER", "CHL")),
    ("The protest, which Japan lodged with China on Monday, was rejected.", ("JPN", "CHN")),
])
def test_a_complaint_goes_to_whom_it_is_lodged_with(coder, text, pair):
    assert pair in _pairs(coder, text, "11")


# --- a participial clause on the subject: who backs a force is no doer, who fires a weapon is -

@pytest.mark.parametrize("text, pair", [
    ("Russian troops, backed by artillery and drones, attacked Ukrainian positions near "
     "Bakhmut on Sunday.", ("RUS", "UKR")),
    ("Israeli soldiers, supported by tanks, raided a village in southern Lebanon.",
     ("ISR", "LBN")),
    ("Sudanese fighters, armed with rifles, attacked a Chadian border post.", ("SDN", "TCD")),
    ("The drone, which was launched by Hezbollah, struck an Israeli army post.",
     ("LBN", "ISR")),
    ("The missile, which had been fired by Houthi rebels, hit a Greek tanker.",
     ("YEM", "GRC")),
])
def test_the_doer_of_an_attack_across_a_participial_clause(coder, text, pair):
    assert pair in _pairs(coder, text, "19")


def test_a_weapon_fired_by_no_named_party_gives_nothing(coder):
    assert dyadic(coder, "The rocket, which was fired from a truck, hit an empty field.") == set()
    assert dyadic(coder, "Shells fired by unknown gunmen struck a market.") == set()


# --- partners who agree to give give to a third party, not to each other -------------------

def test_partners_agreeing_to_give_aid_are_not_each_others_recipients(coder):
    text = ("The foreign ministers of Qatar, Egypt, Turkey and Jordan met in Doha and agreed "
            "to coordinate aid deliveries.")
    found = dyadic(coder, text)
    assert ("QAT", "040", "EGY") in found
    assert not any(c[:3] == "033" or c[:2] == "07" for _, c, _ in found)
    # (a bare agreement between them stays; aid from one to the other does not)
    assert not any(c[:3] == "033" or c[:2] == "07" for _, c, _ in dyadic(
        coder, "Norway and Denmark agreed to increase humanitarian aid."))


@pytest.mark.parametrize("text, sources, target", [
    ("Egypt and Jordan agreed to send aid convoys to Gaza.", {"EGY", "JOR"}, "PSE"),
    ("Kuwait and Qatar agreed to provide emergency aid to Lebanon.", {"KWT", "QAT"}, "LBN"),
    ("Japan and South Korea agreed to send relief supplies to Turkey.", {"JPN", "KOR"},
     "TUR"),
    ("Sweden and Finland agreed to give humanitarian aid to Ukraine.", {"SWE", "FIN"}, "UKR"),
    ("Chile and Peru agreed to deliver food aid to Bolivia.", {"CHL", "PER"}, "BOL"),
])
def test_partners_agreeing_to_give_aid_to_a_party_give_it_to_that_party(coder, text, sources,
                                                                         target):
    assert {(s, t) for s, _, t in dyadic(coder, text)} == {(s, target) for s in sources}


# --- a complaint about one's own people goes to whom it is addressed -----------------------

@pytest.mark.parametrize("text, pair", [
    ("Peru complained to Chile about the treatment of Peruvian migrants.", ("PER", "CHL")),
    ("Mexico expressed concern to Washington over the deaths of Mexican migrants.",
     ("MEX", "USA")),
    ("The Philippines complained to Kuwait about the abuse of Filipino maids.",
     ("PHL", "KWT")),
    ("India voiced concern to Britain over attacks on Indian students.", ("IND", "GBR")),
    ("Nepal lodged a complaint with Malaysia over the deaths of Nepali workers.",
     ("NPL", "MYS")),
])
def test_an_act_about_ones_own_people_targets_its_addressee(coder, text, pair):
    assert pair in {(s, t) for s, _, t in dyadic(coder, text)}


def test_with_no_foreign_addressee_no_other_party_is_found(coder):
    for text in ("Peru complained about the treatment of Peruvian migrants.",
                 "Mexico expressed concern to Mexican lawmakers over the budget."):
        assert {t for _, _, t in dyadic(coder, text)} <= {"PER", "MEX"}
