"""The other side of an event: targets no role arc reaches, named elsewhere in the sentence
(entente.coder.links): a purpose infinitive, a place placed by a town, a thing reacted to
named again with its owner. Each class with sentences that must give nothing."""

from __future__ import annotations

from coder_helpers import coded, dyadic

# --- a purpose infinitive names whom a hostile act is meant to hit ----------------------

def test_a_purpose_infinitive_names_the_target_of_a_sanction(coder):
    text = "Moscow raised duties on grain exports to pressure Kazakhstan."
    assert ("RUS", "163", "KAZ") in dyadic(coder, text)


def test_a_purpose_infinitive_after_a_dashed_insertion_goes_back_to_the_clause(coder):
    # the parser hangs "to punish" inside the insertion; the dash ends it
    text = ("Tokyo said it was tightening its export rules on chip equipment—machines that "
            "serve both civilian and military makers—to punish several South Korean "
            "manufacturers, including Hanmi and Jusung.")
    assert ("JPN", "163", "KOR") in dyadic(coder, text)


def test_a_purpose_that_helps_ones_own_side_names_no_target(coder):
    assert not any(t == "TUR" for _, _, t in dyadic(
        coder, "Ankara raised duties on steel imports to protect Turkish mills."))
    assert dyadic(coder, "Jakarta tightened export curbs on nickel ore to support local "
                         "smelters.") == set()


# --- a place acted on, given by where it lies from a town --------------------------------

def test_an_area_south_of_a_city_is_that_citys_state(coder):
    text = 'State television said an air strike by "Israeli jets" hit an area "east of Homs".'
    assert ("ISR", "195", "SYR") in dyadic(coder, text)


def test_villages_near_a_city_shelled_are_that_citys_state(coder):
    text = "Russian artillery shelled villages near Kharkiv overnight."
    events = [e for e in coded(coder, text) if e.target.country == "UKR"]
    assert events and events[0].source.country == "RUS"
    assert "relative-place" in (events[0].rule or "")


def test_a_place_that_only_says_where_gives_nothing(coder):
    assert dyadic(coder, "The Syrian minister spoke in an area south of Damascus.") == set()
    assert dyadic(coder, "Two rockets fell into the sea south of Beirut.") == set()
    # no doer named: the place is no dyad by itself
    assert dyadic(coder, "An explosion hit a market in a district south of Kabul.") == set()


# --- the thing reacted to, named again later with its owner ------------------------------

def test_a_condemned_act_takes_the_owner_named_later(coder):
    text = ("Canberra denounced the overnight rocket launch on Sunday, saying its analysts "
            "were still poring over footage of Pyongyang's launch.")
    assert ("AUS", "111", "PRK") in dyadic(coder, text)


def test_only_the_same_thing_with_a_named_owner_counts(coder):
    # another noun, or an owner that is only a pronoun: no target
    assert dyadic(coder, "Canberra condemned the launch, adding that it was studying "
                         "Pyongyang's statement.") == set()
    assert dyadic(coder, "Oslo condemned the test, adding that it had carried out its own "
                         "test last year.") == set()



# --- a complaint with no addressee is aimed at the doer of the deed complained of --------

def test_a_protest_with_no_addressee_targets_the_owner_of_the_deed(coder):
    text = ("“Pyongyang's repeated launches are a grave threat,” the minister said, adding "
            "that Tokyo lodged a protest through diplomatic channels.")
    assert ("JPN", "114", "PRK") in dyadic(coder, text)


def test_a_protest_with_no_owned_deed_or_ones_own_deed_gives_nothing(coder):
    assert dyadic(coder, "Tokyo lodged a protest on Monday.") == set()
    assert dyadic(coder, "“Our own tests are lawful,” the minister said, as Tokyo lodged "
                         "a protest.") == set()


# --- a comment on an owned deed is aimed at its owner (roles.yaml act_nouns) -------------

def test_comments_on_owned_deeds_target_their_owner(coder):
    assert ("DEU", "012", "IRN") in dyadic(
        coder, "Berlin expressed concern over Iran's uranium enrichment.")
    assert ("PHL", "111", "CHN") in dyadic(
        coder, "Manila criticised China's militarisation of the reefs.")


def test_a_deed_with_no_owner_names_no_target(coder):
    assert dyadic(coder, "Berlin expressed concern over the enrichment of uranium.") == set()


# --- a thing named by its backer stands for the backer (roles.yaml backer_participles) -----

def test_a_reaction_to_a_backed_plan_is_aimed_at_its_backer(coder):
    assert ("LBN", "051", "USA") in dyadic(coder, "Lebanon welcomed the U.S.-backed ceasefire "
                                                  "plan.")
    assert ("SRB", "120", "RUS") in dyadic(coder, "Serbia rejected the Russia-backed plan.")


def test_backed_forces_are_not_the_backers_and_an_unbacked_plan_names_no_one(coder):
    assert not any(t == "USA" for _, _, t in dyadic(
        coder, "Turkish jets attacked U.S.-backed fighters near Raqqa."))
    assert dyadic(coder, "Lebanon welcomed the long-awaited ceasefire plan.") == set()
    # the backer is the reacting state itself: no dyad
    assert dyadic(coder, "Hungary welcomed the Hungary-backed proposal.") == set()


# --- "respond to X's act with Y": the "with" phrase the parser hangs on X's act ------------

def test_a_response_with_duties_hung_on_the_act_it_answers_is_a_sanction(coder):
    # the parser hangs "with penalties" on "tariffs", not on "respond"
    text = "Pretoria said it would respond to Washington's tariffs with penalties on American " \
           "poultry."
    assert ("ZAF", "1312", "USA") in dyadic(coder, text)
    text = "Beijing will respond to Canada's tariffs with duties against Canadian canola."
    assert ("CHN", "1312", "CAN") in dyadic(coder, text)


def test_a_response_with_no_penalty_gives_nothing(coder):
    assert dyadic(coder, "The Mexican minister responded to reporters with a smile.") == set()


# --- coordinated subjects acting on what lies between them act on each other -------------

def test_coordinated_states_suspending_relations_or_trade_act_on_each_other(coder):
    assert {("ECU", "MEX"), ("MEX", "ECU")} <= {
        (s, t) for s, _, t in dyadic(coder, "Ecuador and Mexico suspended diplomatic "
                                            "relations after the raid.")}
    assert ("AZE", "163", "ARM") in dyadic(coder, "Armenia and Azerbaijan suspended trade.")


def test_a_named_partner_or_a_thing_keeps_the_subjects_apart(coder):
    pairs = {(s, t) for s, _, t in dyadic(coder, "Germany and France suspended trade with "
                                                 "Iran.")}
    assert pairs == {("DEU", "IRN"), ("FRA", "IRN")}
    assert dyadic(coder, "Germany and France suspended aid.") == set()
