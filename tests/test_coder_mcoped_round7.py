"""Classes found studying the Multi-CoPED train slice (round 7 of issue 13), each pinned by
sentences we wrote: acts a sentence tells twice, and acts told only as what another act
is about."""

from __future__ import annotations

import pytest

from coder_helpers import coded, top_code, triples


@pytest.fixture(scope="module")
def sided_coder(coder):
    """One-sided happenings too, as the Multi-CoPED and PLOVER evaluations read them."""
    from entente.coder import Coder

    return Coder(resolver=coder.resolver, model=coder.nlp, one_sided=True)


def codes(coder, text: str) -> list[str]:
    return [e.cameo_code for e in coded(coder, text)]


# --- a purpose clause that retells the act it serves -------------------------------------

@pytest.mark.parametrize("text, kept", [
    ("The European Commission announced new humanitarian assistance to help people in Chad "
     "and Niger.", "073"),
    ("Canada provided five million dollars to support refugee families in Lebanon.", "071"),
    ("Dock workers in Antwerp went on strike to protest the new port law.", "143"),
    ("Japan lent two billion dollars to Sri Lanka to aid the island's recovery.", "071"),
])
def test_a_purpose_of_the_same_kind_gives_no_second_event(sided_coder, text, kept):
    found = codes(sided_coder, text)
    assert kept in found
    assert all(c[:2] == kept[:2] for c in found)
    assert len({c for c in found}) == 1


@pytest.mark.parametrize("text, expected", [
    # a purpose of another kind is an act of its own
    ("Britain deployed instructors to Ukraine to train Ukrainian soldiers.",
     ("GBR", "062", "UKR")),
    ("Britain deployed instructors to Ukraine to train Ukrainian soldiers.",
     ("GBR", "154", "UKR")),
])
def test_a_purpose_of_another_kind_stays(coder, text, expected):
    assert expected in triples(coder, text)


@pytest.mark.parametrize("text", [
    "Dock workers went on strike to protest the new port law.",
    "The charity raised money to help flood victims.",
])
def test_a_purpose_without_two_parties_gives_no_dyad(coder, text):
    assert coded(coder, text) == []


# --- a decision judged by another act ranks below the judgement --------------------------

@pytest.mark.parametrize("text, main, decided", [
    ("The Dutch government backed Britain's decision to expel Russian diplomats.", "05",
     ("GBR", "166", "RUS")),
    ("Kenya welcomed the African Union's decision to send more peacekeepers to Somalia.",
     "05", ("AU", "074", "SOM")),
    ("Egypt condemned Ethiopia's decision to expel Egyptian diplomats.", "11",
     ("ETH", "166", "EGY")),
    ("Seoul criticised Tokyo's decision to impose export curbs on South Korea.", "11",
     ("JPN", "163", "KOR")),
])
def test_the_judgement_of_a_decision_ranks_first(sided_coder, text, main, decided):
    assert (top_code(sided_coder, text) or "").startswith(main)
    assert decided in triples(sided_coder, text)  # demoted, never dropped


@pytest.mark.parametrize("text, expected", [
    # a decision taken or announced is the act itself
    ("Britain took the decision to expel Russian diplomats.", "166"),
    ("Lithuania announced its decision to recall its ambassador from Minsk.", "161"),
])
def test_a_decision_taken_keeps_its_rank(sided_coder, text, expected):
    assert top_code(sided_coder, text) == expected


# --- a thing returned in the passive: the receiver is the target, as in the active --------

@pytest.mark.parametrize("text, expected", [
    ("An ancient Iraqi manuscript was returned to Iraq by US customs officials on Tuesday.",
     ("USA", "0842", "IRQ")),
    ("Two looted Cambodian sculptures were returned to Cambodia by the Metropolitan Museum.",
     (None, "0842", "KHM")),
    ("A Nigerian bronze was returned to Nigeria by a British university.",
     ("GBR", "0842", "NGA")),
    ("The Peruvian artifacts were returned to Peru by German police.",
     ("DEU", "0842", "PER")),
])
def test_a_thing_returned_in_the_passive_targets_its_receiver(sided_coder, text, expected):
    found = coded(sided_coder, text)
    assert [(e.cameo_code, e.target.country) for e in found] == [expected[1:]]
    if expected[0]:
        assert found[0].source.country == expected[0]
    assert found[0].target.text.split()[-1] == text.split(" to ")[1].split()[0]


@pytest.mark.parametrize("text, thing", [
    # with no receiver named the thing stays what the act is about
    ("The Dutch museum returned a looted Sri Lankan cannon.", "a looted Sri Lankan cannon"),
    ("Hamas returned the bodies of two Israeli soldiers.", "the bodies of two Israeli soldiers"),
])
def test_a_thing_returned_to_nobody_named_stays_the_target(sided_coder, text, thing):
    assert [e.target.text for e in coded(sided_coder, text)] == [thing]


def test_a_thing_returned_by_nobody_named_gives_no_dyad(coder):
    assert coded(coder, "The Egyptian sarcophagus was returned to Egypt last week.") == []


# --- an appeal to press a third party ranks above the pressure it asks for ---------------

@pytest.mark.parametrize("text, asked", [
    ("Iran urges France to pressure the United States to lift sanctions.",
     ("FRA", "1054", "USA")),
    ("Cuba urged Spain to pressure Washington to lift the trade embargo.",
     ("ESP", "1054", "USA")),
])
def test_an_appeal_to_press_a_third_party_ranks_first(sided_coder, text, asked):
    assert (top_code(sided_coder, text) or "").startswith("02")
    assert asked in triples(sided_coder, text)  # demoted, never dropped


def test_pressure_itself_keeps_its_rank(sided_coder):
    assert (top_code(sided_coder, "The United States pressured Turkey to lift its veto on "
                                  "Sweden's NATO bid.") or "").startswith("10")


# --- a listed man's short name inside another man's name with a particle -----------------

@pytest.mark.parametrize("text, expected", [
    ("Sheikh Nasser bin Salman Al Khalifa, Bahrain's national security adviser, visited "
     "Cairo on Monday.", ("BHR", "042", "EGY")),
    ("The Qatari emir received Faisal bin Salman Al Thani, the new ambassador to Oman.",
     ("QAT", "043", "QAT")),
])
def test_a_patronymic_inside_another_name_is_no_listed_person(coder, text, expected):
    found = triples(coder, text)
    assert expected in found
    assert not any("SAU" in (s, t) for s, _, t in found)


@pytest.mark.parametrize("text, expected", [
    ("Crown Prince Mohammed bin Salman met the Egyptian president in Riyadh.",
     ("SAU", "040", "EGY")),
    ("King Salman received the Jordanian king in Jeddah.", ("SAU", "043", "JOR")),
])
def test_the_listed_person_keeps_his_name(coder, text, expected):
    assert expected in triples(coder, text)
