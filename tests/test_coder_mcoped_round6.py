"""Classes found studying the Multi-CoPED train slice (round 6 of issue 13), each pinned by
sentences we wrote: extra events a sentence's background gives beside its own act."""

from __future__ import annotations

import pytest

from coder_helpers import coded, top_code


@pytest.fixture(scope="module")
def sided_coder(coder):
    """One-sided happenings too, as the Multi-CoPED and PLOVER evaluations read them, under
    the default confidence floor."""
    from entente.coder import Coder

    return Coder(resolver=coder.resolver, model=coder.nlp, one_sided=True)


def codes(coder, text: str) -> list[tuple[str, str | None]]:
    """(CAMEO code, target text) of every event, one-sided ones included."""
    return [(e.cameo_code, e.target.text if e.target is not None else None)
            for e in coded(coder, text)]


# --- a one-sided happening of a relative clause beside a one-sided main act --------------

@pytest.mark.parametrize("text, main", [
    ("The rebel group claimed responsibility for the bombing, which killed twelve people at "
     "a market.", "015"),
    ("The separatist movement claimed responsibility for the ambush that wounded six police "
     "officers near the border.", "015"),
    ("The armed group claimed responsibility for the raid that killed three soldiers.", "015"),
    ("The foreign ministry voiced concern over the shelling, which killed four civilians in "
     "the border town.", "012"),
])
def test_background_harm_under_the_floor_is_left_out(sided_coder, text, main):
    found = codes(sided_coder, text)
    assert [c for c, _ in found] == [main]


@pytest.mark.parametrize("text, expected", [
    # alone, a one-sided happening stays
    ("A car bomb killed twelve people at a market.", "twelve people"),
    # no main act over the floor: nothing to be background to
    ("The ministry said it was investigating the blast, which injured nine workers at the "
     "plant.", "nine workers"),
])
def test_a_happening_with_no_main_act_stays(sided_coder, text, expected):
    assert expected in {t for _, t in codes(sided_coder, text)}


@pytest.mark.parametrize("text, spoken", [
    # words said or asked for are acts of their own, never background
    ("The rebels claimed responsibility for the attack, calling on the government to release "
     "their leaders.", "02"),
    ("The opposition leader expressed concern about the clashes, appealing for calm.", "02"),
])
def test_words_asked_for_in_a_participle_stay(sided_coder, text, spoken):
    assert any(c.startswith(spoken) for c, _ in codes(sided_coder, text))


@pytest.mark.parametrize("text", [
    "The rebel group claimed responsibility for the bombing, which killed twelve people.",
    "The foreign ministry voiced concern over the shelling, which killed four civilians.",
])
def test_dyadic_output_gives_nothing(coder, text):
    """Without one-sided happenings these sentences give no event at all."""
    assert coded(coder, text) == []


# --- an act told in a subordinate clause never outranks the sentence's own act ----------

@pytest.mark.parametrize("text, main", [
    ("The British foreign secretary defended the deal after Iran demanded the withdrawal of "
     "British warships from the Gulf.", "05"),
    ("Hungary opposed the plan as Poland signed a defence pact with Ukraine.", "11"),
    ("Germany condemned the missile test, while Japan imposed new sanctions on North Korea.",
     "11"),
    ("Turkey welcomed the agreement, while Greece expelled a Turkish diplomat.", "05"),
])
def test_the_main_clause_act_ranks_first(sided_coder, text, main):
    assert (top_code(sided_coder, text) or "").startswith(main)


@pytest.mark.parametrize("text, told", [
    # demoted, never dropped: the subordinate act stays in the output
    ("Hungary opposed the plan as Poland signed a defence pact with Ukraine.",
     ("POL", "057", "UKR")),
    ("Germany condemned the missile test, while Japan imposed new sanctions on North Korea.",
     ("JPN", "163", "PRK")),
])
def test_the_subordinate_act_stays(coder, text, told):
    assert told in {(e.source.country, e.cameo_code, e.target.country)
                    for e in coded(coder, text)}


@pytest.mark.parametrize("text, main", [
    # an act told first and a clause after it of another kind keep their own ranks
    ("Peru criticised Chile over the fishing dispute, while Bolivia signed a trade pact with "
     "Brazil.", "11"),
    # a reported act is what was said, not background
    ("Officials said Ethiopian troops had shelled rebel positions near the border.", "19"),
])
def test_a_stronger_main_act_or_a_report_keeps_its_rank(sided_coder, text, main):
    assert (top_code(sided_coder, text) or "").startswith(main)


# --- what one advises or votes against has not been done ---------------------------------

@pytest.mark.parametrize("text", [
    "The German chancellor cautioned against abandoning the trade deal with Canada.",
    "Opposition lawmakers voted against extending the peacekeeping mission in Mali.",
    "The Dutch minister argued against lifting sanctions on Belarus.",
    "The Belgian foreign minister warned against tearing up the fisheries accord with Norway.",
])
def test_an_act_advised_against_gives_nothing(coder, text):
    assert coded(coder, text) == []


@pytest.mark.parametrize("text, unwanted", [
    # nor are the parties it names those warned
    ("The Belgian foreign minister warned against tearing up the fisheries accord with "
     "Norway.", "Norway"),
    ("The UN chief warned against attacking civilians in Gaza.", "Gaza"),
])
def test_the_parties_of_an_act_warned_against_are_not_warned(sided_coder, text, unwanted):
    assert all(unwanted not in (t or "") for _, t in codes(sided_coder, text))


@pytest.mark.parametrize("text, expected", [
    # a party warned is the warning's object
    ("The US warned Russia against invading Ukraine.", ("USA", "130", "RUS")),
    ("Washington warned Beijing against sending weapons to Moscow.", ("USA", "130", "CHN")),
    # a warning against a thing named by a noun names its party
    ("The EU warned against any attack on Ukraine.", ("EU", "138", "UKR")),
    # an act done against a party is no advice
    ("Egypt protested against Israel's shelling of Rafah.", ("EGY", "114", "ISR")),
])
def test_a_party_warned_or_acted_against_stays(coder, text, expected):
    assert expected in {(e.source.country, e.cameo_code, e.target.country)
                        for e in coded(coder, text)}


# --- a carrier on its way is no visit ----------------------------------------------------

@pytest.mark.parametrize("text", [
    "A Russian cargo plane flying from Moscow to Havana made an emergency landing in Canada.",
    "A Greek ferry travelling to Turkey ran aground near Lesbos.",
])
def test_a_carrier_on_its_way_gives_nothing(coder, text):
    assert coded(coder, text) == []


@pytest.mark.parametrize("text, expected", [
    # loaded, it delivers what it carries; people travelling visit
    ("A Turkish plane carrying humanitarian aid flew to Gaza on Monday.", ("TUR", "073", "PSE")),
    ("A Qatari plane carrying medical supplies left for Kabul on Sunday.",
     ("QAT", "073", "AFG")),
    ("Turkey flew 20 tonnes of medical supplies to Libya.", ("TUR", "073", "LBY")),
    ("Egypt's president left for Riyadh on Monday.", ("EGY", "042", "SAU")),
])
def test_a_loaded_carrier_or_a_traveller_stays(coder, text, expected):
    assert expected in {(e.source.country, e.cameo_code, e.target.country)
                        for e in coded(coder, text)}


# --- the content of a document approved names no partner of the approval ----------------

@pytest.mark.parametrize("text", [
    "The parliament approved a resolution urging Serbia to recognise Kosovo.",
    "The Senate approved a bill imposing sanctions on Nicaragua.",
])
def test_a_document_approved_gives_no_partner(coder, text):
    assert not [e for e in coded(coder, text) if e.cameo_code.startswith("03")]


@pytest.mark.parametrize("text, expected, unwanted", [
    ("The European Parliament approved a resolution condemning Venezuela's government.",
     ("EU", "111", "VEN"), ("EU", "030", "VEN")),
])
def test_the_document_speaks_not_the_approval(coder, text, expected, unwanted):
    found = {(e.source.country, e.cameo_code, e.target.country) for e in coded(coder, text)}
    assert expected in found and unwanted not in found


@pytest.mark.parametrize("text, expected", [
    # a partner named by the approved thing itself stays
    ("The cabinet approved a trade agreement with Vietnam.", "VNM"),
])
def test_a_partner_of_the_thing_approved_stays(sided_coder, text, expected):
    assert any(e.target is not None and e.target.country == expected
               for e in coded(sided_coder, text))
