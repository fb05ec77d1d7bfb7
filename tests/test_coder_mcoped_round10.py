"""Classes found studying the Multi-CoPED train slice (round 10 of issue 13), each pinned by
sentences we wrote:
- which of a sentence's acts ranks first (its most confident event, the one a single-label
  reading takes): news tells the act it reports first, and a verb after "and" adds to it;
  what a letter says is the act, the letter only carries it;
- who joins an act does it ("joined the EU sanctions against Russia"), and a call to join a
  protest against a party rallies opposition to that party;
- "called for X to do Y": the infinitive is what is called for, no clause told aside;
- agreeing with a party that something is so shares its view (019), no cooperation.
"""

from __future__ import annotations

import pytest

from coder_helpers import coded, top_code, triples


def top(coder, text: str) -> str | None:
    """CAMEO code of the most confident event, one-sided happenings included."""
    return top_code(coder, text)


# --- the first of conjoined acts ranks first ----------------------------------------------

@pytest.mark.parametrize("text, first, later", [
    ("Ukraine accused Russia of shelling the plant and urged the IAEA to send inspectors.",
     "112", "020"),
    ("Egypt condemned the Israeli raid on Jenin and called on the UN Security Council to "
     "act.", "111", "020"),
    ("Israel struck Hezbollah positions in southern Lebanon and warned Iran against further "
     "escalation.", "190", "130"),
    ("Turkey shelled Kurdish militia positions in Syria and threatened Washington with a "
     "review of ties.", "194", "130"),
    ("France criticised the coup in Niger and suspended aid to Niamey.", "111", "162"),
    ("The Kremlin rejected the Finnish proposal and accused Helsinki of provoking Moscow.",
     "120", "112"),
])
def test_the_first_of_conjoined_acts_ranks_first(coder, text, first, later):
    codes = {e.cameo_code for e in coded(coder, text)}
    assert top(coder, text) == first
    assert later in codes  # the act after "and" stays an event of its own


@pytest.mark.parametrize("text, first", [
    ("The Colombian government freed 20 rebels on Friday and thanked Cuba for hosting the "
     "talks.", "0841"),
    ("Morocco announced a truce with the rebels and asked Algeria to reopen the border.",
     "0871"),
    ("Kenya declared a ceasefire in the north and promised to release the detained Somali "
     "fishermen.", "0871"),
    ("Armenia admitted responsibility for the border shooting and apologised to Georgia.",
     "015"),
    ("The junta imposed a curfew in the capital and sent troops to the border with Chad.",
     "1723"),
    ("The Ecuadorian president declared a state of emergency and deployed soldiers to the "
     "Peruvian frontier.", "1724"),
])
def test_a_one_sided_first_act_ranks_first_where_happenings_are_asked_for(
        one_sided_coder, coder, text, first):
    assert top(one_sided_coder, text) == first
    assert coded(coder, text)  # the later act with two sides is still given


@pytest.mark.parametrize("text, expected", [
    # no conjoined verbs: nothing to rank by order
    ("Iran's navy seized a Greek tanker in the Gulf and detained its Filipino crew.",
     {("IRN", "171", "GRC"), ("IRN", "173", "PHL")}),
    ("Poland closed its border crossings and accused Belarus of using migrants as a weapon.",
     {("POL", "112", "BLR")}),
])
def test_conjoined_acts_both_stay(coder, text, expected):
    assert expected <= triples(coder, text)


def test_acts_told_in_sequence_keep_their_own_rank(one_sided_coder):
    # "and then": a second act of its own, no addition to the first
    text = "Azerbaijani troops shelled border villages and then sent tanks into Armenia."
    assert top(one_sided_coder, text) == "190"


# --- what a letter says ranks over the letter ---------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("The Lithuanian foreign minister sent a letter to the Chinese embassy demanding an "
     "apology for the remarks.", ("LTU", "102", "CHN")),
    ("Iraq's parliament speaker sent a letter to the Turkish president accusing Turkey of "
     "violating Iraqi sovereignty.", ("IRQ", "112", "TUR")),
    ("The Kenyan president sent a message to Uganda's Museveni thanking him for the help "
     "with the floods.", ("KEN", "051", "UGA")),
    ("The Indian president sent a letter to the Japanese prime minister urging him to lift "
     "the export curbs.", ("IND", "0254", "JPN")),
])
def test_what_a_letter_says_ranks_over_the_letter(coder, text, expected):
    events = coded(coder, text)
    best = max(events, key=lambda e: e.confidence or 0.0)
    assert (best.source.country, best.cameo_code, best.target.country) == expected


@pytest.mark.parametrize("text, code", [
    ("Spain sent a letter to Morocco on Tuesday.", "010"),
    ("The Czech president sent a letter of congratulations to the new Slovak prime "
     "minister.", "051"),
])
def test_a_letter_that_says_nothing_coded_keeps_its_code(coder, text, code):
    assert top(coder, text) == code


# --- joining an act is doing it ------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("Switzerland joined the EU sanctions against Russia.", ("CHE", "163", "RUS")),
    ("Britain joined the US-led air strikes against Houthi targets in Yemen.",
     ("GBR", "195", "YEM")),
    ("Hundreds of Pakistani students joined a protest outside the Chinese consulate in "
     "Karachi.", ("PAK", "141", "CHN")),
])
def test_who_joins_an_act_does_it(coder, text, expected):
    assert expected in triples(coder, text)


@pytest.mark.parametrize("text, expected", [
    ("Ukrainian activists urged Europeans to join protests against Russia's invasion.",
     ("UKR", "113", "RUS")),
    ("The Palestinian group called on Arabs to join a general strike against the Israeli "
     "occupation.", ("PSE", "113", "ISR")),
])
def test_a_call_to_join_a_protest_rallies_against_its_target(coder, text, expected):
    found = triples(coder, text)
    assert expected in found
    assert not any(c == "113" and t is None for _, c, t in found)  # (not the crowd called on)


@pytest.mark.parametrize("text, expected", [
    ("France joined the talks with Iran.", ("FRA", "040", "IRN")),
])
def test_joining_talks_keeps_its_own_row(coder, text, expected):
    assert triples(coder, text) == {expected}


@pytest.mark.parametrize("text", [
    "Finland joined NATO in April.",
    "Croatia joined the eurozone in 2023.",
])
def test_joining_a_body_is_no_act_of_joining(coder, text):
    assert not coded(coder, text)


# --- "called for X to ...": the infinitive is what is called for ---------------------------

@pytest.mark.parametrize("text, expected", [
    ("Human rights groups have called for the UN to investigate the killings.", ("02", "UN")),
    ("Amnesty called for Egypt to free the jailed reporters.", ("02", "EGY")),
])
def test_a_for_to_infinitive_is_the_appeal_it_completes(coder, text, expected):
    found = [(e.cameo_code[:2], e.target.country) for e in coded(coder, text)]
    assert expected in found


def test_an_awaited_act_stays_aside(coder):
    text = "The ministry said it was waiting for Pakistan to investigate the shooting."
    assert not any(e.cameo_code.startswith("09") and (e.confidence or 0) >= 0.5
                   for e in coded(coder, text))


# --- agreeing with a party that something is so shares its view ----------------------------

@pytest.mark.parametrize("text, expected", [
    ("Britain agrees with France that the deal must be renegotiated.", ("GBR", "019", "FRA")),
    ("The Indian minister said he agreed with Washington that the talks should resume.",
     ("IND", "019", "USA")),
    ("Chancellor Scholz agreed with President Macron that Europe needs its own air defence.",
     ("DEU", "019", "FRA")),
])
def test_agreeing_with_a_party_that_is_an_accord(coder, text, expected):
    found = triples(coder, text)
    assert expected in found
    assert not any(c == "030" for _, c, _ in found)


@pytest.mark.parametrize("text, expected", [
    ("Ghana's president agreed with the IMF on a new loan programme.", ("GHA", "030", "IMF")),
    ("Japan agreed with South Korea on Monday to resume the security dialogue.",
     ("JPN", "036", "KOR")),
])
def test_agreeing_on_a_deal_or_to_act_stays_cooperation(coder, text, expected):
    assert expected in triples(coder, text)
