"""Role linking by classes of construction: a trigger is found and both countries are named,
yet the parse hides which is source and which is target. Each class has sentences that must
give the pair and sentences of the same shape that must give nothing."""

from __future__ import annotations

import pytest

from coder_helpers import coded, dyadic, triples


def roots(coder, text: str) -> set[tuple[str | None, str, str | None]]:
    """(source country, CAMEO root, target country) of every dyadic event."""
    return {(s, c[:2], t) for s, c, t in dyadic(coder, text)}


# --- an event noun whose "by" agent the parser hung on its "of" object ----------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("Ankara reacted angrily to the expulsion of four Turkish diplomats by Vienna.",
     ("AUT", "16", "TUR")),  # expelled diplomats: 166
    ("Seoul summoned the Russian envoy over the detention of two Korean sailors by Russian"
     " border guards.", ("RUS", "17", "KOR")),
])
def test_the_agent_of_an_event_noun_hung_on_its_of_object_is_the_doer(coder, text, expected):
    assert expected in roots(coder, text)


def test_a_protest_at_an_act_done_by_others_is_aimed_at_the_doer(coder):
    found = roots(coder, "Denmark protested the detention of a Danish aid worker by Eritrean"
                         " authorities.")
    assert {r for s, r, t in found if (s, t) == ("DNK", "ERI")} & {"11", "14"}
    assert ("ERI", "17", "DNK") in found
    assert not any(s == t == "DNK" for s, _, t in found)


@pytest.mark.parametrize("text", [
    "The withdrawal of the last foreign troops is expected by June.",
    "Diplomats discussed the expulsion of envoys in a closed session.",
])
def test_an_event_noun_with_a_deadline_or_no_doer_gives_no_dyad(coder, text):
    assert dyadic(coder, text) == set()


# --- a passive verb whose "by" agent the parser hung on its prepositional object ------------

@pytest.mark.parametrize(("text", "expected"), [
    ("Argentina has been hit with new tariffs by the United States.", ("USA", "16", "ARG")),
    ("Britain has been slapped with retaliatory duties by the European Union.",
     ("EU", "16", "GBR")),
])
def test_the_agent_of_a_passive_hung_on_its_object_is_the_source(coder, text, expected):
    assert expected in roots(coder, text)


@pytest.mark.parametrize("text", [
    "Rio de Janeiro was hit with heavy floods by the end of March.",
    "Peru was hit by a magnitude 6 earthquake.",
])
def test_a_passive_with_a_date_or_a_disaster_gives_no_dyad(coder, text):
    assert dyadic(coder, text) == set()


# --- "came under attack from X": the subject suffers, the "from" phrase does it -------------

@pytest.mark.parametrize(("text", "expected"), [
    ("Tajik border posts came under attack from Kyrgyz troops.", ("KGZ", "19", "TJK")),
    ("An Iraqi convoy came under fire from Turkish drones near Sinjar.", ("TUR", "19", "IRQ")),
    ("The Serbian embassy was under siege by Kosovar protesters on Sunday.",
     ("XKX", "19", "SRB")),
])
def test_an_act_suffered_under_attack_is_done_by_its_from_phrase(coder, text, expected):
    assert expected in roots(coder, text)


def test_fire_from_people_who_bear_no_arms_is_criticism(coder):
    events = coded(coder, "The Kenyan trade minister came under fire from Ugandan lawmakers"
                          " over the sugar deal.")
    assert {e.cameo_code[:2] for e in events} <= {"11"}
    assert not any(e.quad_class == 4 for e in events)


@pytest.mark.parametrize("text", [
    "The province came under Ottoman rule in 1517.",
    "The island fell under British control after the war.",
    "The region remained under attack for weeks.",
])
def test_rule_control_or_an_attack_by_no_one_gives_no_dyad(coder, text):
    assert dyadic(coder, text) == set()


# --- a support noun carries the act of its complement ("took the step of summoning") -------

@pytest.mark.parametrize(("text", "expected"), [
    ("The Dutch foreign ministry took the unusual step of summoning Turkey's ambassador.",
     ("NLD", "11", "TUR")),
    ("Seoul took the rare step of recalling its envoy from Tokyo.", ("KOR", "16", "JPN")),
    ("Lithuania made the decision to expel two Belarusian diplomats on Friday.",
     ("LTU", "16", "BLR")),
    ("Lithuania's decision to expel two Belarusian diplomats angered Minsk.",
     ("LTU", "16", "BLR")),
])
def test_the_act_of_a_support_noun_is_done_by_its_clause_subject(coder, text, expected):
    found = {(s, c, t) for s, c, t in triples(coder, text) if s and t}
    assert any((s, c[:2], t) == expected for s, c, t in found)
    # the main event, not a background clause: full confidence of a main verb
    events = [e for e in coded(coder, text) if e.source.country == expected[0]]
    assert all("subordinate" not in (e.rule or "") for e in events)


def test_a_decision_owned_by_a_pronoun_is_not_the_backers_own(coder):
    text = ("Norway backed Denmark on Monday and praised its decision to recall the"
            " ambassador from Moscow.")
    found = roots(coder, text)
    assert ("NOR", "16", "RUS") not in found


@pytest.mark.parametrize("text", [
    "The step of expelling diplomats is rarely taken lightly.",
    "Analysts questioned the wisdom of summoning the ambassador.",
    "Observers criticised the decision to postpone the vote.",
])
def test_a_support_noun_with_no_doer_gives_no_dyad(coder, text):
    assert dyadic(coder, text) == set()


# --- measures of goods whose "in" phrase the parser hung on the verb ------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("Jakarta vowed on Tuesday to impose tariffs on $2.1 billion in Australian farm exports.",
     ("IDN", "AUS")),
    ("Nairobi said it would levy duties on $900 million in Ugandan sugar.", ("KEN", "UGA")),
    ("Mexico responded with retaliatory duties against American pork, the ministry said.",
     ("MEX", "USA")),
])
def test_a_tariff_on_a_sum_of_goods_targets_the_goods_country(coder, text, expected):
    assert expected in {(s, t) for s, _, t in dyadic(coder, text)}


def test_a_tariff_on_a_sum_of_unplaced_goods_names_no_target(coder):
    assert dyadic(coder, "Jakarta vowed to impose tariffs on $2.1 billion in farm exports.") \
        == set()


# --- a possessive "its" in a reported clause stands for no plural phrase --------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("Armenia said Azerbaijani troops opened fire on its positions overnight.", ("AZE", "ARM")),
    ("Kyiv said Russian drones had struck its power grid.", ("RUS", "UKR")),
    ("The United States said Chinese hackers had targeted its agencies.", ("CHN", "USA")),
])
def test_its_after_a_plural_doer_is_the_speakers(coder, text, expected):
    assert expected in {(s, t) for s, _, t in dyadic(coder, text)}


def test_its_after_a_plural_doer_with_no_state_before_gives_no_dyad(coder):
    assert dyadic(coder, "Witnesses said Azerbaijani troops opened fire on its positions.") \
        == set()


# --- a refusal of a call or demand answers the one who made it ------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("Somalia's president rejected Kenya's call for talks on Monday.", ("SOM", "12", "KEN")),
    ("Serbia refused Kosovo's request for talks.", ("SRB", "12", "XKX")),
])
def test_a_rejected_call_is_aimed_at_its_owner(coder, text, expected):
    assert expected in roots(coder, text)


def test_a_rejected_call_of_no_one_gives_no_dyad(coder):
    assert dyadic(coder, "Mali rejected calls for new elections.") == set()


# --- a show of force moves the doer's own troops: the target is the party they face --------

@pytest.mark.parametrize(("text", "expected"), [
    ("Ankara mobilized troops for a possible operation against the Syrian army.",
     ("TUR", "15", "SYR")),
])
def test_forces_moved_in_a_show_of_force_are_the_doers_own(coder, text, expected):
    assert expected in roots(coder, text)


def test_people_sent_away_are_still_the_target(coder):
    assert ("KEN", "17", "ETH") in roots(coder, "Kenya deported 40 Ethiopian migrants to"
                                               " Addis Ababa.")


def test_forces_moved_with_no_party_named_give_no_dyad(coder):
    assert dyadic(coder, "The army mobilized troops for an exercise near the capital.") == set()


# --- a leader noun heads an actor through the body its "of" phrase names ------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("The head of Ukraine's military intelligence accused Belarus of training Russian troops.",
     ("UKR", "11", "BLR")),
    ("The chief of Kenya's defence forces accused Somalia of sheltering militants.",
     ("KEN", "11", "SOM")),
])
def test_the_head_of_a_body_is_an_actor(coder, text, expected):
    assert expected in roots(coder, text)


def test_the_head_of_a_thing_is_no_actor(coder):
    assert dyadic(coder, "The head of the river delta flooded after Chinese dams released"
                         " water.") == set()


# --- a receiver the parser made a modifier of the object ("has given Bolivia vital aid") ----

def test_a_name_right_after_a_giving_verb_is_the_receiver(coder):
    assert ("CAN", "HTI") in {(s, t) for s, _, t in dyadic(
        coder, "Canada has given Haiti vital military backing.")}


def test_a_giving_verb_with_no_named_receiver_gives_no_dyad(coder):
    assert dyadic(coder, "Canada has given vital military backing.") == set()
