"""The second party is in the sentence: the coder must take it (issue 13, one-sided events).

Classes of construction where one party was found and the other, present in the text, was
not placed or was taken from the wrong phrase: an event noun whose doer a participle names
("the sanctions against Iran, announced by Washington"); a phrase of occasion set before
the verb ("the minister, on a visit to Baghdad, warned ...") that is no object the verb
governs. Sentences written by us; each class also has sentences that must give nothing.
"""

from __future__ import annotations

import pytest

from coder_helpers import triples


@pytest.mark.parametrize("text, expected", [
    ("The sanctions against Iran, announced by Washington on Friday, target its oil exports.",
     ("USA", "163", "IRN")),
    ("The new aid package for Ukraine, announced by Berlin on Monday, includes air defence "
     "systems.", ("DEU", "070", "UKR")),
    ("New sanctions against Russian banks, announced by London on Monday, froze their "
     "assets.", ("GBR", "163", "RUS")),
    ("Talks with the Taliban, held by Qatari mediators in Doha, made little progress.",
     ("QAT", "04", "AFG")),
])
def test_a_participle_names_the_doer_of_an_event_noun(coder, text, expected):
    source, code, target = expected
    assert any(s == source and c.startswith(code) and t == target
               for s, c, t in triples(coder, text))


@pytest.mark.parametrize("text", [
    # the doer of an act told in passing, with no party it is aimed at: no event of its own
    "Cairo condemned the continuing threats made by the Israeli government.",
    "The talks, held by European diplomats in Vienna, ended without a deal.",
])
def test_a_participle_without_a_party_aimed_at_adds_nothing(coder, text):
    found = triples(coder, text)
    assert not {e for e in found if e[1][:2] in ("13", "04") and e[2] is None}


@pytest.mark.parametrize("text, expected", [
    ("The Turkish foreign minister, on a visit to Baghdad, warned Kurdish militants against "
     "attacks.", {("TUR", "042", "IRQ")}),
    ("The Indian prime minister, on a state visit to Egypt, urged Cairo to join the corridor "
     "project.", {("IND", "042", "EGY"), ("IND", "020", "EGY")}),
    ("On a visit to Baghdad, the Turkish foreign minister warned the PKK against attacks.",
     {("TUR", "042", "IRQ")}),
])
def test_a_fronted_phrase_of_occasion_is_the_occasion_of_the_clause(coder, text, expected):
    assert expected <= triples(coder, text)


@pytest.mark.parametrize("text", [
    "The Turkish foreign minister, on a visit to Baghdad, warned Kurdish militants against "
    "attacks.",
    "US Secretary of State Antony Blinken, on his fifth visit to the region, pressed Israel "
    "to protect civilians.",
])
def test_the_verb_after_a_phrase_of_occasion_does_not_govern_the_visit(coder, text):
    # no "threatened a visit" (130 at Baghdad), no "pressed on" a visit (026)
    found = triples(coder, text)
    assert not {e for e in found if e[1] in ("130", "026")}


def test_a_verb_still_governs_the_phrase_after_it(coder):
    found = triples(coder, "Britain insisted on a meeting with the French interior minister.")
    assert not {e for e in found if e[1] == "040"}


@pytest.mark.parametrize("text, expected", [
    # a reaction to a deed the story told before, named by a noun for such deeds
    ("North Korea fired a ballistic missile on Sunday. Japan condemned the test.",
     ("JPN", "111", "PRK")),
    ("Iran seized a Greek tanker in the Gulf. Athens denounced the seizure.",
     ("GRC", "111", "IRN")),
    ("Russian police detained an American journalist in Yekaterinburg. Washington condemned "
     "the arrest.", ("USA", "111", "RUS")),
    ("Azerbaijan launched a military operation in the region on Tuesday. Armenia condemned "
     "the offensive.", ("ARM", "111", "AZE")),
])
def test_a_reaction_names_the_doer_of_the_deed_told_before(coder, text, expected):
    assert expected in triples(coder, text)


@pytest.mark.parametrize("text", [
    # no deed told before, or one with no placed doer: the reaction stays one-sided
    "Japan condemned the test.",
    "Protesters stormed the parliament building. The government condemned the attack.",
])
def test_a_reaction_with_no_placed_deed_before_gives_nothing(coder, text):
    assert not {e for e in triples(coder, text) if e[1] == "111"}


@pytest.mark.parametrize("text, expected", [
    # a subject pronoun never stands for its own verb's object: the other party of the
    # sentence before it is the one who acts
    ("Chinese President Xi Jinping met Brazilian President Lula in Beijing. He praised the "
     "Brazilian leader for his role in the talks.", ("CHN", "051", "BRA")),
    ("Putin met Erdogan in Sochi on Monday. He urged Ankara to keep the straits open.",
     ("RUS", "020", "TUR")),
    ("Macron called Zelensky on Friday. He thanked France for its support.",
     ("UKR", "051", "FRA")),
])
def test_a_subject_pronoun_is_not_its_own_object(coder, text, expected):
    assert expected in triples(coder, text)


@pytest.mark.parametrize("text", [
    "Chinese President Xi Jinping met Brazilian President Lula in Beijing. He praised the "
    "Brazilian leader for his role in the talks.",
    "Putin met Erdogan in Sochi on Monday. He urged Ankara to keep the straits open.",
])
def test_no_state_acts_on_itself_through_a_pronoun(coder, text):
    assert not {e for e in triples(coder, text) if e[0] == e[2] and e[0]}


@pytest.mark.parametrize("text, expected", [
    # "the group", "the alliance" as a subject: the group or body named before it
    ("A senior Hamas official said the group had accepted a Qatari proposal.",
     ("PSE", "030", "QAT")),
    ("NATO leaders met in Vilnius on Tuesday. The alliance invited Ukraine to join once the "
     "war ends.", ("NATO", "020", "UKR")),
])
def test_a_described_group_is_the_group_named_before(coder, text, expected):
    assert expected in triples(coder, text)


@pytest.mark.parametrize("text", [
    # no group named before: the description stays unplaced, and names no state
    "The group said it had kidnapped two Nigerian engineers.",
    # a state named before is no group
    "Police in Kenya said the group attacked a convoy near the border.",
])
def test_a_described_group_with_no_group_before_is_unplaced(coder, text):
    assert not {e for e in triples(coder, text) if e[0]}


@pytest.mark.parametrize("text, expected", [
    # a deed noun set after a clause with a participle sums up the clause's act: the
    # participle's agent reacts to the clause's doer
    ("Russia expelled two Moldovan diplomats on Monday, a step criticised by the European "
     "Union.", ("EU", "111", "RUS")),
    ("Azerbaijan and Armenia agreed on Thursday to exchange prisoners, in a move welcomed by "
     "the European Union.", ("EU", "051", "ARM")),
    ("Niger's junta ordered French troops to leave, in a move praised by Moscow.",
     ("RUS", "051", "NER")),
    ("Hungary blocked the aid package, a decision condemned by Poland.",
     ("POL", "111", "HUN")),
])
def test_a_deed_in_passing_is_the_clause_act(coder, text, expected):
    assert expected in triples(coder, text)


@pytest.mark.parametrize("text", [
    # the reactor is no target of the act it reacts to
    "Hungary blocked the aid package, a decision condemned by Poland.",
    "Russia expelled two Moldovan diplomats on Monday, a step criticised by the European "
    "Union.",
])
def test_the_reactor_of_a_deed_in_passing_is_not_its_target(coder, text):
    found = triples(coder, text)
    assert not {e for e in found if e[0] in ("HUN", "RUS") and e[2] in ("POL", "EU")}


def test_a_described_state_keeps_its_reduced_relative(coder):
    # "a country sanctioned by ..." describes the name it stands beside: no deed in passing
    found = triples(coder, "Venezuela, a country sanctioned by Washington, hosted talks with "
                           "Iran.")
    assert ("USA", "163", "VEN") in found
