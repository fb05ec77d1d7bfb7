"""Events the coder used to lose outright, by class of construction (issue 13, missed events
and wrong penta classes on sentence-level news coding).

Domestic acts: a meeting, an intent or a verbal act whose only other party is the doer's own
country or a place in it ("defended Bolivia's decision", "agreed to allow convoys into
Tigray") is no event between two countries; with one-sided happenings asked for it is kept
as one, without the home party, instead of being lost.
"""

from __future__ import annotations

import pytest

from coder_helpers import coded, triples


def _one_sided(coder, text: str) -> set[tuple[str | None, str]]:
    """(source country, CAMEO code) of the one-sided happenings of a text."""
    return {(e.source.country, e.cameo_code) for e in coded(coder, text) if e.one_sided}


@pytest.mark.parametrize("text, expected", [
    ("The Bolivian president defended Bolivia's decision to nationalise the lithium mines.",
     ("BOL", "052")),
    ("The Ethiopian army agreed to allow relief convoys into Tigray.", ("ETH", "0355")),
    ("Mexico's interior minister met Mexican state governors in Monterrey.", ("MEX", "040")),
    ("The Colombian government offered help to the flooded province of Choco.",
     ("COL", "0333")),
])
def test_an_act_on_home_ground_is_a_one_sided_happening(coder, one_sided_coder, text,
                                                         expected):
    assert expected in _one_sided(one_sided_coder, text)
    assert not triples(coder, text)  # no dyad, and nothing by default


def test_an_act_towards_another_country_stays_dyadic(one_sided_coder):
    text = "Portugal's prime minister praised Spain's handling of the crisis."
    assert ("PRT", "051", "ESP") in triples(one_sided_coder, text)
    assert not _one_sided(one_sided_coder, text)


# Statements and attitudes addressed to nobody: "said the figures were encouraging",
# "expressed hope that prices would recover" are no event between two parties, but they are
# statements (010) and optimistic comments (013) of their speaker: one-sided happenings.

@pytest.mark.parametrize("text, expected", [
    ("Peru's government said it was confident that the border talks would succeed.",
     ("PER", "013")),
    ("The Chilean finance minister expressed hope that copper prices would recover.",
     ("CHL", "013")),
    ("Ghana's central bank governor said he hoped inflation would ease by June.",
     ("GHA", "013")),
    ("The Norwegian government said the new figures were encouraging.", ("NOR", "010")),
    ("The Kenyan foreign ministry said on Monday that the situation remained calm.",
     ("KEN", "010")),
])
def test_a_statement_to_nobody_is_a_one_sided_happening(coder, one_sided_coder, text,
                                                        expected):
    assert expected in _one_sided(one_sided_coder, text)
    assert not triples(coder, text)


@pytest.mark.parametrize("text", [
    # no speaker: a document or a figure reports nothing
    "The report said the economy was growing faster than expected.",
    "A survey published on Monday suggests most voters back the reform.",
    # a question is no statement
    "Did the Norwegian government say the new figures were encouraging?",
])
def test_no_speaker_no_statement(one_sided_coder, text):
    assert not coded(one_sided_coder, text)


def test_a_statement_about_an_act_it_reports_is_not_doubled(one_sided_coder):
    # the act said to have happened is the event, not a filler statement
    found = triples(one_sided_coder, "The Thai army said its troops had shelled Cambodian "
                                     "positions near the temple.")
    assert ("THA", "010", None) not in found


# What another act asks for, allows or hopes for did not happen: "urged Mexico to press
# Washington to lift the embargo", "agreed to let Qatar send aid", "said it would allow the
# Red Cross to deliver food". The telling act is the sentence's event; the told act stays
# (above the confidence floor, if it was) but never outranks it.

def _top(coder, text: str) -> tuple[str | None, str, str | None]:
    best = max(coded(coder, text), key=lambda e: e.confidence or 0.0)
    return best.source.country, best.cameo_code, best.target.country


@pytest.mark.parametrize("text, expected", [
    ("Jordan agreed to open its border to let Qatar send aid to Syria.", ("JOR", "0355")),
    ("Kenya said it would allow the Red Cross to deliver food to refugees from Somalia.",
     ("KEN", "0355")),
    ("Iran's foreign minister said he hoped Japan would persuade Washington to lift "
     "sanctions on Tehran.", ("IRN", "013")),
    # (the obliged readiness is itself the minister's demand: of mediation, 108)
    ("Latvia's foreign minister said the European Union must stand ready to mediate "
     "talks in Moldova.", ("LVA", "108")),
])
def test_the_telling_act_outranks_the_act_it_tells(one_sided_coder, text, expected):
    assert _top(one_sided_coder, text)[:2] == expected


def test_a_told_act_above_the_floor_stays_in_the_output(coder):
    # demoted below the telling act, but not out of the default output
    found = triples(coder, "Jordan agreed to open its border to let Qatar send aid to Syria.")
    assert ("QAT", "073", "SYR") in found


def test_acts_in_sequence_are_not_told_acts(every_event_coder):
    # two acts of one subject, neither the content of the other
    text = "Turkey shelled Kurdish positions and then sent troops into northern Syria."
    codes = {e.cameo_code[:2] for e in coded(every_event_coder, text)
             if (e.confidence or 0.0) >= 0.5}
    assert "19" in codes or "15" in codes


def test_what_a_judgement_reports_keeps_its_rank(every_event_coder):
    # the shelling is told as done, not asked for: the criticism does not demote it
    text = "The UN envoy said the Sudanese army's shelling of villages in Darfur was a war crime."
    shelling = [e for e in coded(every_event_coder, text) if e.cameo_code.startswith("19")]
    assert shelling and all((e.confidence or 0.0) > 0.4 for e in shelling)


def test_a_statement_to_nobody_only_when_the_sentence_tells_nothing_else(one_sided_coder):
    text = ("The Kenyan foreign ministry said the situation remained calm as Kenya closed its "
            "border with Somalia.")
    assert [e.cameo_code for e in coded(one_sided_coder, text)] == ["172"]


# Peacekeeping: troops that arrive or are deployed as peacekeepers, or on, for or to join a
# peacekeeping mission, protect (074); they make no show of force (15x) and no visit (042).

@pytest.mark.parametrize("text, expected", [
    ("Fijian peacekeepers arrived in Beirut on Monday.", ("FJI", "074", "LBN")),
    ("Two hundred Irish soldiers landed in Lebanon to join the UN peacekeeping force.",
     ("IRL", "074", "LBN")),
    ("Ghana announced the deployment of 400 troops to Haiti on a peacekeeping mission.",
     ("GHA", "074", "HTI")),
    ("Bangladesh deployed 300 soldiers to South Sudan as peacekeepers.",
     ("BGD", "074", "SSD")),
])
def test_troops_sent_as_peacekeepers_protect(coder, text, expected):
    assert expected in triples(coder, text)


@pytest.mark.parametrize("text, unexpected", [
    # troops that are no peacekeepers, and peacekeepers who are only the ones attacked
    ("Russia deployed troops to the Belarusian border.", "074"),
    ("Rebels attacked UN peacekeepers in northern Mali.", "074"),
])
def test_other_troops_and_attacked_peacekeepers_are_no_peacekeeping(coder, text, unexpected):
    assert not {c for _, c, _ in triples(coder, text) if c.startswith(unexpected)}


# Two people of one body: "Netanyahu met President Herzog" is no dyad (both are Israel's
# government), but it is a happening between two people.

@pytest.mark.parametrize("text, expected", [
    ("French President Emmanuel Macron met Prime Minister Michel Barnier at the Elysee.",
     ("FRA", "040", "FRA")),
    ("Prime Minister Benjamin Netanyahu met President Isaac Herzog in Jerusalem.",
     ("ISR", "040", "ISR")),
])
def test_two_people_of_one_body_make_a_one_sided_happening(coder, one_sided_coder, text,
                                                           expected):
    # (undated: who holds an office is read at the document's date)
    events = [e for e in coded(one_sided_coder, text, on=None)
              if (e.source.country, e.cameo_code, e.target.country) == expected]
    assert events and all(e.one_sided for e in events)
    assert not coded(coder, text, on=None)


# The staff of a person or body acts for them: "Holcomb's office declined to comment", "the
# office of the Kenyan president condemned"; a staff noun nobody owns is no actor.

@pytest.mark.parametrize("text, expected", [
    ("Holcomb's office declined to comment on the deal.", "011"),
    ("Senator Reyes's campaign said the new poll was encouraging.", "010"),
])
def test_an_owned_office_speaks_for_its_owner(one_sided_coder, text, expected):
    assert expected in {e.cameo_code for e in coded(one_sided_coder, text)}


def test_an_office_of_a_state_leader_is_placed(coder):
    text = "The office of the Kenyan president condemned the Somali government's decision."
    assert ("KEN", "111", "SOM") in triples(coder, text)


@pytest.mark.parametrize("text", [
    "The office declined to comment.",
    "A campaign said the new poll was encouraging.",
])
def test_an_unowned_office_is_no_speaker(one_sided_coder, text):
    assert not coded(one_sided_coder, text)


# Agreeing with a view is expressing accord (019), a statement; agreeing with a party on
# something is cooperation (03).

def test_agreeing_with_a_view_is_accord(coder):
    found = triples(coder, "Canada agreed with the assessment of the British government.")
    assert ("CAN", "019", "GBR") in found


def test_agreeing_with_a_party_on_a_plan_stays_cooperation(coder):
    found = triples(coder, "Germany agreed with France on a joint budget.")
    assert ("DEU", "030", "FRA") in found
