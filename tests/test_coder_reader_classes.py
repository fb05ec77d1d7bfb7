"""Classes an analyst reading our own articles called wrong: forces moved to a frontier,
name-calling however the parser hangs the name, and Commonwealth diplomats by title."""

from __future__ import annotations

import pytest

from coder_helpers import coded, dyadic

# --- forces moved to a frontier: a show of force facing the state beyond it ---------------

@pytest.mark.parametrize(("text", "expected"), [
    ("Russia massed troops on its border with Ukraine.", ("RUS", "154", "UKR")),
    ("Poland sent additional troops to its border with Belarus.", ("POL", "154", "BLR")),
    ("Belarus sent troops to the Polish border.", ("BLR", "154", "POL")),
    ("India deployed more soldiers along its border with China.", ("IND", "154", "CHN")),
])
def test_forces_sent_to_a_frontier_face_the_state_beyond_it(coder, text, expected):
    found = dyadic(coder, text)
    assert expected in found
    assert not [e for e in found if e[1].startswith("07")]  # no protection of the neighbour


def test_troops_sent_to_a_country_stay_protection(coder):
    assert ("TUR", "074", "QAT") in dyadic(coder, "Turkey sent troops to Qatar under a defence"
                                                  " pact.")


# --- name-calling: no phone call, and criticism when the name is a judgement --------------

@pytest.mark.parametrize(("text", "expected"), [
    ("Argentina's president Javier Milei has called Lula a corrupt communist.",
     ("ARG", "111", "BRA")),
    ('Milei, who has called Lula a "corrupt communist", skipped the summit in Rio.',
     ("ARG", "111", "BRA")),
    ("Biden called Xi a dictator.", ("USA", "111", "CHN")),
    ("Pakistan called India's move a violation of the treaty.", ("PAK", "111", "IND")),
])
def test_calling_someone_names_is_criticism(coder, text, expected):
    found = dyadic(coder, text)
    assert expected in found
    assert not [e for e in found if e[1] == "041"]


def test_a_plain_call_stays_a_call(coder):
    assert dyadic(coder, "Scholz called Macron on Friday evening to discuss Ukraine.") == {
        ("DEU", "041", "FRA")}


# --- Commonwealth diplomats: a high commissioner is an ambassador -------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("India summoned Pakistan's deputy high commissioner on Monday.", ("IND", "114", "PAK")),
    ("Kenya summoned the British high commissioner over the remarks.", ("KEN", "114", "GBR")),
])
def test_a_high_commissioner_is_a_diplomat_of_his_state(coder, text, expected):
    assert expected in dyadic(coder, text)


# --- a cooperative act's "against" party is the common foe, never the partner -------------

@pytest.mark.parametrize(("text", "expected"), [
    ("Kenyan President William Ruto and Ugandan President Yoweri Museveni pledged to work"
     " together against the Allied Democratic Forces.", {("KEN", "UGA"), ("UGA", "KEN")}),
    ("Mali and Niger vowed to work together against jihadist groups in the Sahel.",
     {("MLI", "NER"), ("NER", "MLI")}),
    ("Ghana pledged to work with Togo against arms smugglers.", {("GHA", "TGO")}),
])
def test_partners_against_a_common_foe(coder, text, expected):
    found = dyadic(coder, text)
    assert {(s, t) for s, _, t in found} == expected
    assert all(c[:2] in ("03", "04", "05", "06") for _, c, _ in found)


@pytest.mark.parametrize("text", [
    "Nigeria pledged support against Boko Haram.",
    "Washington sent Kyiv air defence systems to protect against Russian missiles.",
])
def test_the_foe_of_help_is_no_recipient(coder, text):
    assert not [e for e in dyadic(coder, text) if e[2] in ("NGA", "RUS") and e[1][:2] in (
        "03", "04", "05", "06", "07", "08")]


# --- "fought a war in X": the war is the fight itself, no party ----------------------------

def test_the_war_a_state_fought_is_no_target(coder):
    assert dyadic(coder, "Ethiopia fought a two-year war in its northern Tigray region.") \
        == set()
    assert ("ETH", "190", "ERI") in dyadic(coder, "Ethiopia fought a war with Eritrea from"
                                                  " 1998 to 2000.")


@pytest.mark.parametrize(("text", "expected"), [
    ("Brussels eased its sanctions against Tehran's central bank.", ("EU", "085", "IRN")),
    ("Kenya agreed to drop the case against Uganda.", ("KEN", None, "UGA")),
])
def test_against_a_hostile_thing_the_party_stays_the_target(coder, text, expected):
    found = dyadic(coder, text)
    assert any((s, t) == (expected[0], expected[2]) and expected[1] in (None, c)
               for s, c, t in found), found


# --- partners agreeing on something for their own people: an act between the partners ----

@pytest.mark.parametrize(("text", "expected"), [
    ("Croatia and Serbia agreed to reopen a rail link and to ease visa rules for Serbian"
     " students at Croatian universities.", {("HRV", "SRB"), ("SRB", "HRV")}),
    ("Zambia and Malawi agreed to remove tariffs for Malawian maize traders.",
     {("ZMB", "MWI"), ("MWI", "ZMB")}),
])
def test_what_partners_agree_for_their_people_is_between_them(coder, text, expected):
    assert {(s, t) for s, _, t in dyadic(coder, text)} == expected


# --- "the two" with modifiers before a relational head: the pair named before -----------

def test_the_two_allies_are_the_pair_named_before(coder):
    text = ("Macron met Meloni in Rome, and the two NATO allies signed a declaration on"
            " migration.")
    found = dyadic(coder, text)
    assert {("FRA", "ITA"), ("ITA", "FRA")} <= {(s, t) for s, c, t in found if c == "057"}


# --- a reaction to a letter, protest or proposal told in an earlier sentence -------------

@pytest.mark.parametrize(("text", "expected"), [
    ("Sudan sent a letter to the African Union accusing Chad of arming rebels. Chad dismissed"
     " the letter as an attempt to smear N'Djamena.", ("TCD", "SDN")),
    ("South Korea lodged a protest with Japan over the textbooks. Tokyo rejected the protest,"
     " saying the books were accurate.", ("JPN", "KOR")),
    ("Azerbaijan proposed a border commission to Armenia on Monday. Yerevan rejected the"
     " proposal as premature.", ("ARM", "AZE")),
])
def test_a_reaction_to_an_earlier_letter_protest_or_proposal_targets_its_author(
        coder, text, expected):
    assert expected in {(s, t) for s, c, t in dyadic(coder, text) if c[:2] in ("11", "12")}


def test_a_signed_partnership_is_a_signed_agreement(coder):
    assert dyadic(coder, "Kenya and Ghana signed a strategic partnership on vaccines.") == {
        ("KEN", "057", "GHA"), ("GHA", "057", "KEN")}


@pytest.mark.parametrize("text", [
    "Sudan sent a letter to the African Union accusing Chad of arming rebels.",
    "Sudan wrote to the African Union accusing Chad of arming rebels.",
])
def test_the_writer_of_a_letter_accuses_not_its_addressee(coder, text):
    found = dyadic(coder, text)
    assert ("SDN", "112", "TCD") in found and not [e for e in found if e[0] == "AU"]


def test_both_sides_are_the_states_of_the_pair_named_before(coder):
    events = coded(coder, "Pakistan accused Indian troops of shelling villages in Kashmir."
                          " Beijing called on both sides to show restraint.")
    appeals = [e for e in events if e.cameo_code[:2] == "02"]
    assert {e.target.country for e in appeals} == {"IND", "PAK"}
    assert all(e.target.kind == "state" and not e.target.sector for e in appeals)


def test_a_deal_dismissed_is_the_signed_agreement_not_a_word_of_praise(coder):
    text = ("Kenya and Tanzania signed a deal on Lake Victoria fishing rights on Monday."
            " Uganda praised Kenya for its patience."
            " Burundi dismissed the deal as one-sided.")
    reactions = {(s, t) for s, c, t in dyadic(coder, text) if s == "BDI"}
    assert reactions and reactions <= {("BDI", "KEN"), ("BDI", "TZA")}


# --- welcoming a leader by name hosts a visit; welcoming a move praises it ---------------

@pytest.mark.parametrize(("text", "expected"), [
    ("Lula welcomed Macron in Belem on Tuesday.", ("BRA", "043", "FRA")),
    ("Putin welcomed Xi to the Kremlin for two days of talks.", ("RUS", "043", "CHN")),
    ("Mitsotakis welcomed Erdogan's decision to reopen the talks.", ("GRC", "051", "TUR")),
])
def test_welcoming_a_named_leader_is_hosting(coder, text, expected):
    assert expected in dyadic(coder, text)


@pytest.mark.parametrize("text", [
    "Ethiopia's foreign minister sent a letter to the United Nations Security Council warning"
    " that Addis Ababa would take all measures to protect its dam.",
    "Qatar sent a letter to the Arab League warning that it would defend its airspace.",
])
def test_the_addressee_of_a_warning_letter_is_not_the_one_warned(coder, text):
    assert not [e for e in dyadic(coder, text) if e[1][:2] == "13"]


def test_a_warning_sent_to_a_state_warns_it(coder):
    assert ("IRN", "130", "ISR") in dyadic(coder, "Iran sent a warning to Israel through"
                                                  " Swiss diplomats.")


# --- an act said after a verb that addresses a party is said to that party ---------------

@pytest.mark.parametrize(("text", "expected"), [
    ("Poland summoned the Russian ambassador and demanded an explanation.",
     ("POL", "10", "RUS")),
    ("Estonia summoned the Russian charge d'affaires and demanded an apology.",
     ("EST", "10", "RUS")),
])
def test_a_demand_after_a_summons_is_made_of_the_one_summoned(coder, text, expected):
    assert expected in {(s, c[:2], t) for s, c, t in dyadic(coder, text)}


def test_a_conjoined_act_with_its_own_party_keeps_it(coder):
    found = dyadic(coder, "Poland summoned the Russian ambassador and then criticised"
                          " Germany.")
    assert ("POL", "111", "DEU") in found and ("POL", "111", "RUS") not in found


# --- a possessive bound to its clause's subject pronoun: the teller's own ----------------

@pytest.mark.parametrize("text", [
    "Algeria sent a message to the African Union warning that it would protect its borders.",
    "Ghana sent a letter to ECOWAS warning that it would safeguard its territory.",
    "Peru sent a note to the Andean Community warning that it would guard its fisheries.",
])
def test_what_a_teller_will_protect_is_its_own(coder, text):
    found = dyadic(coder, text)
    assert not [e for e in found if e[1][:2] in ("03", "13")], found
    assert all(e[0] != e[2] for e in found)


def test_a_warning_to_a_named_party_still_warns_it(coder):
    assert ("IRN", "130", "SRB") in dyadic(coder, "Iran warned Serbia that it would respond.")


# --- "the two leaders" after a visit to a capital: the visitor's state and the host's ----

@pytest.mark.parametrize(("text", "pair"), [
    ("Serbian President Aleksandar Vucic arrived in Budapest on Tuesday, and the two leaders"
     " signed a declaration on energy cooperation.", {"SRB", "HUN"}),
    ("Kenyan President William Ruto landed in Addis Ababa on Monday, and the two leaders"
     " signed a deal on a new highway.", {"KEN", "ETH"}),
])
def test_the_two_leaders_after_a_visit_are_visitor_and_host(coder, text, pair):
    signed = {(s, t) for s, c, t in dyadic(coder, text) if c == "057"}
    assert signed == {tuple(sorted(pair)), tuple(sorted(pair, reverse=True))}


def test_two_named_leaders_stay_the_pair_before_the_meeting_place(coder):
    found = dyadic(coder, "Putin met Xi in Astana, and the two leaders signed a gas deal.")
    assert {(s, t) for s, c, t in found if c == "057"} == {("RUS", "CHN"), ("CHN", "RUS")}


# --- a demand that unnamed ships or troops leave, said to the envoy just met -------------

@pytest.mark.parametrize(("text", "expected"), [
    ("Philippine Foreign Secretary Enrique Manalo met the Chinese ambassador in Manila and"
     " demanded that the coast guard ships leave immediately.", ("PHL", "10", "CHN")),
    ("Japan summoned the Chinese ambassador and demanded that the vessels leave Japanese"
     " waters.", ("JPN", "10", "CHN")),
    ("Lithuania summoned the Belarusian charge d'affaires and demanded that the balloon"
     " flights stop.", ("LTU", "10", "BLR")),
])
def test_an_unplaced_demanded_party_is_the_envoy_addressed(coder, text, expected):
    assert expected in {(s, c[:2], t) for s, c, t in dyadic(coder, text)}


@pytest.mark.parametrize("text", [
    "Chile demanded that the fishing boats leave its waters.",
    "The minister demanded that the trucks leave the square.",
])
def test_an_unplaced_demanded_party_with_no_addressee_gives_nothing(coder, text):
    assert dyadic(coder, text) == set()


# --- a verb the parser folded between two names ("Ruto hosted Museveni") -----------------

@pytest.mark.parametrize(("text", "expected"), [
    ("Ruto hosted Museveni in Nairobi.", ("KEN", "043", "UGA")),
    ("Egyptian President Abdel Fattah al-Sisi hosted Turkish President Tayyip Erdogan in"
     " Cairo.", ("EGY", "043", "TUR")),
    ("Kenyan President William Ruto hosted Ugandan President Yoweri Museveni at State House.",
     ("KEN", "043", "UGA")),
])
def test_a_verb_folded_between_two_names_is_the_sentence_verb(coder, text, expected):
    found = dyadic(coder, text)
    assert expected in found and (expected[2], "042", expected[0]) in found


@pytest.mark.parametrize("text", [
    "File photo: Russian-backed separatists in Donetsk.",
    "Saudi-led coalition forces near the Yemeni border.",
])
def test_a_participle_in_a_caption_stays_an_adjective(coder, text):
    assert dyadic(coder, text) == set()


# --- "the two ministers", "the two presidents": the pair named before -------------------

@pytest.mark.parametrize(("text", "pair"), [
    ("Saudi Foreign Minister Faisal bin Farhan received Iranian Foreign Minister Abbas"
     " Araghchi in Riyadh. The two ministers agreed to expand consular cooperation.",
     {("SAU", "IRN"), ("IRN", "SAU")}),
    ("Chilean President Gabriel Boric met Argentine President Javier Milei in Santiago. The two"
     " presidents signed a mining accord.", {("CHL", "ARG"), ("ARG", "CHL")}),
])
def test_the_two_ministers_are_the_pair_named_before(coder, text, pair):
    found = dyadic(coder, text)
    assert pair <= {(s, t) for s, c, t in found if c[:2] in ("03", "05")}, found


# --- a hostile act named as the time of a clause is not its subject's -------------------

@pytest.mark.parametrize("text", [
    "Bahrain closed its embassy following attacks on its diplomats in Baghdad.",
    "Sweden recalled its envoy after raids on its consulate in Tehran.",
])
def test_an_attack_that_preceded_a_clause_is_not_its_subjects(coder, text):
    assert not [e for e in dyadic(coder, text) if e[1][:2] in ("18", "19", "20")]


def test_a_visit_in_a_time_phrase_stays_the_subjects(coder):
    found = dyadic(coder, "Kenyan President William Ruto said after two days of talks with"
                          " Ethiopia that ties were strong.")
    assert ("KEN", "046", "ETH") in found


# --- "the kingdom" stands for a kingdom named before, never a republic -------------------

def test_the_kingdom_is_no_republic_named_before(coder):
    events = coded(coder, "Jordan and Iraq signed a water deal brokered by Egypt on Monday."
                          " The kingdom arrested two Iraqi smugglers on Sunday.")
    arrests = [e for e in events if e.cameo_code[:2] == "17"]
    assert arrests and all(e.source.country == "JOR" for e in arrests)


# --- forces of its own placed on alert are no target -------------------------------------

@pytest.mark.parametrize("text", [
    "Serbia placed its army on high alert.",
    "North Korea put its troops on combat readiness.",
])
def test_its_own_forces_on_alert_are_no_target(coder, text):
    assert dyadic(coder, text) == set()


def test_forces_on_alert_facing_a_neighbour_face_it(coder):
    assert ("ARM", "152", "AZE") in dyadic(coder, "Armenia placed its forces on alert along the"
                                                  " border with Azerbaijan.")


# --- a warning that something could be done, with no party of its own, warns its addressee

@pytest.mark.parametrize(("text", "expected"), [
    ("Germany warned Serbia that the accession talks could be suspended.", ("DEU", "SRB")),
    ("Washington warned Baghdad that military aid could be cut off.", ("USA", "IRQ")),
    ("European Commissioner Ylva Johansson warned Montenegro that visa-free travel could be"
     " suspended.", ("EU", "MNE")),
])
def test_a_passive_threat_is_aimed_at_the_one_warned(coder, text, expected):
    assert expected in {(s, t) for s, c, t in dyadic(coder, text) if c[:2] == "13"}


def test_a_threat_with_its_own_party_keeps_it(coder):
    found = dyadic(coder, "Russia warned Finland that it would strike Estonia.")
    assert ("RUS", "138", "EST") in found and ("RUS", "138", "FIN") not in found


@pytest.mark.parametrize("text", [
    "Analysts warned that visa-free travel could be suspended.",
    "A European diplomat warned that the talks could be suspended.",
])
def test_a_warning_to_no_one_named_gives_nothing(coder, text):
    assert dyadic(coder, text) == set()
