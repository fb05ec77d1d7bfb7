"""Targets and actor phrase boundaries (issue 13: the target role is the weakest on held-out
checks). An actor phrase is its head noun phrase with its modifiers, and never cut inside a
name the gazetteer knows. Each class with sentences that must keep their reading or give
nothing."""

from __future__ import annotations

from coder_helpers import coded, dyadic


def _targets(coder, text: str) -> set[tuple[str | None, str]]:
    """(target country, target text) of every event."""
    return {(e.target.country, e.target.text) for e in coded(coder, text) if e.target}


# --- a phrase never ends inside a known multi-word name ----------------------------------

def test_a_name_the_parser_splits_after_its_first_word_is_whole(coder):
    # the parser makes "Sri" the receiver of "supply" and "Lanka" another argument
    assert ("LKA", "Sri Lanka") in _targets(
        coder, "Japan pledged to supply Sri Lanka with two patrol vessels.")


def test_a_group_name_with_an_of_phrase_keeps_its_tail(coder):
    # the parser hangs "for the Liberation of Rwanda" on the verb, not on "Forces"
    targets = _targets(coder, "Kinshasa accused the Democratic Forces for the Liberation of "
                              "Rwanda of attacking villages in North Kivu.")
    assert any(text == "the Democratic Forces for the Liberation of Rwanda" and country
               for country, text in targets)


def test_a_state_named_with_and_is_one_target_not_two(coder):
    text = "Venezuela imposed new export duties on Trinidad and Tobago last week."
    assert _targets(coder, text) == {("TTO", "Trinidad and Tobago")}
    assert dyadic(coder, "Croatia signed a border agreement with Bosnia and Herzegovina "
                         "on Friday.") == {("HRV", "057", "BIH")}
    assert ("KNA", "Saint Kitts and Nevis") in _targets(
        coder, "Taiwan donated rice to Saint Kitts and Nevis after the hurricane.")


def test_two_states_joined_by_and_stay_two_targets(coder):
    text = "The African Union suspended Chad and Niger after the coups."
    assert {c for c, _ in _targets(coder, text)} == {"TCD", "NER"}


def test_a_whole_name_is_not_widened_further(coder):
    # the name ends at "Front": the attack and the town stay out of the phrase
    assert ("ESH", "the Polisario Front") in _targets(
        coder, "Morocco condemned the Polisario Front for a rocket attack on Smara.")


def test_a_long_name_alone_gives_nothing(coder):
    assert dyadic(coder, "The Organization for Security and Co-operation in Europe held its "
                         "annual meeting in Vienna.") == set()


# --- a noun with a name in apposition is the named actor, not the owner's ----------------

def test_a_neighbour_named_in_apposition_is_that_state(coder):
    # "its" is the subject's: read alone, "its northern neighbour" would be Peru itself
    assert ("PER", "112", "ECU") in dyadic(
        coder, "Peru accused its northern neighbour, Ecuador, of moving troops to the border.")
    assert ("UZB", "111", "KGZ") in dyadic(
        coder, "Uzbekistan criticised its eastern neighbour, Kyrgyzstan, over the water "
               "dispute.")


def test_an_apposed_name_beats_the_possessive_pronoun_in_a_joint_act(coder):
    events = coded(coder, "The UN welcomed a truce between Sudan and its neighbour, "
                          "South Sudan.")
    truce = {(e.source.country, e.target.country) for e in events
             if e.target and e.trigger_text == "truce"}
    assert ("SDN", "SSD") in truce
    assert not any("UN" in pair for pair in truce)


def test_an_apposition_that_is_no_name_leaves_the_owner(coder):
    # "a longtime friend" names nobody: the neighbour stays unplaced, no dyad
    assert dyadic(coder, "Bolivia thanked its neighbour, a longtime friend, for the aid.") \
        == set()


def test_an_apposed_name_already_placed_keeps_its_reading(coder):
    assert ("KEN", "SOM") in {(s, t) for s, _, t in dyadic(
        coder, "Kenya signed a security pact with its neighbour, Somalia, on Friday.")}


# --- the verb's own preposition, hung by the parser on a participle of its object --------

def test_a_return_names_the_receiver_past_a_participle_of_the_thing(coder):
    assert dyadic(coder, "Japan returned two fishing boats seized last month to South "
                         "Korea.") == {("JPN", "0842", "KOR")}
    assert ("USA", "0842", "KHM") in dyadic(
        coder, "US customs officers returned a bronze statue stolen in 1998 to the "
               "Cambodian government.")
    assert ("ITA", "0842", "TUN") in dyadic(
        coder, "Italy repatriated a Roman mosaic smuggled out in the 1970s to Tunisia.")


def test_a_measure_lifted_reaches_every_state_it_was_imposed_on(coder):
    # "imposed on Laos and Cambodia" hangs on the participle: both conjuncts, not the first
    pairs = dyadic(coder, "Tokyo lifted the export ban imposed on Laos and Cambodia after "
                          "the floods.")
    assert {("JPN", "085", "LAO"), ("JPN", "085", "KHM")} <= pairs


def test_a_participle_with_a_place_of_its_own_adds_no_target(coder):
    # "arrested in Grodno" says where, and "in" is no preposition of "freed"
    assert {t for _, _, t in dyadic(coder, "A Belarusian court freed two activists arrested "
                                           "in Grodno last month.")} <= {"BLR"}
    assert dyadic(coder, "The trawler returned to port after a storm damaged its hull.") \
        == set()


# --- a denial of someone's claim answers whoever made it -----------------------------------

def test_a_denial_of_charges_by_a_state_is_aimed_at_the_accuser(coder):
    # the "by" phrase hangs on the verb; the clause says what the charge was about
    assert dyadic(coder, "Chad denied charges by Sudan that it had armed the rebels.") \
        == {("TCD", "016", "SDN")}
    assert dyadic(coder, "Hanoi rejected accusations from Beijing that its fishermen had "
                         "rammed a patrol boat.") == {("VNM", "016", "CHN")}


def test_an_act_told_in_a_denied_report_is_no_event(coder):
    # the supply is what the report claimed: only the denial is an event
    assert dyadic(coder, "Iran denied reports that it had supplied drones to Russia.") \
        == {("IRN", "016", "RUS")}


def test_a_denial_without_an_accuser_keeps_its_reading(coder):
    assert dyadic(coder, "Chad denied charges by Sudan.") == {("TCD", "016", "SDN")}
    # nobody named would have been hit, nobody made the claim: no dyad
    assert dyadic(coder, "The ministry dismissed reports that the minister had resigned.") \
        == set()
    # a day is no denied part
    assert all(e.target.text != "Monday" for e in coded(
        coder, "Togo denied the accusations on Monday.") if e.target)


# --- a claim of responsibility is aimed at whom the claimed act hit ------------------------

def _claims(coder, text: str) -> set[tuple[str | None, str]]:
    return {(e.target.country, e.target.text) for e in coded(coder, text)
            if e.cameo_code == "015" and e.target and e.target.text}


def test_a_claimed_act_names_its_victim_as_the_target(one_sided_coder):
    assert _claims(one_sided_coder, "The militia claimed responsibility for the bombing of a "
                                    "Turkish army post.") == {("TUR", "a Turkish army post")}
    assert _claims(one_sided_coder, "A jihadist group claimed responsibility for the ambush "
                                    "against Malian soldiers near Gao.") \
        == {("MLI", "Malian soldiers")}


def test_a_claimed_act_with_no_victim_named_has_no_target(one_sided_coder):
    assert _claims(one_sided_coder, "Hours later the militia claimed the bombing on its "
                                    "Telegram channel.") == set()
