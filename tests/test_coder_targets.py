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
