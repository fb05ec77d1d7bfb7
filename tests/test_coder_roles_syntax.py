"""Role linking across syntactic classes: dates and their parser-made conjuncts, gerunds
hung on a clause, event nouns as subjects of impact verbs, "whose" and relative objects,
coordinated demonyms (several words, or under a measure), and role verbs the parse must
lemmatise (object control)."""

from __future__ import annotations

import pytest

from coder_helpers import coded, triples
from entente.coder import Coder


def pairs(coder: Coder, text: str) -> set[tuple[str | None, str | None, str]]:
    """(source country, target country, CAMEO root) of every event."""
    return {(e.source.country, e.target.country, e.cameo_code[:2]) for e in coded(coder, text)}


# --- dates are no parties ------------------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "Fiji's prime minister resigned on 3 May 2021 after weeks of protests.",
    "The Bolivian president stepped down from office in 2019.",
    "Thousands of dockworkers went on strike on Sept. 4 in the port of Durban.",
])
def test_a_date_is_never_the_target(one_sided_coder, sentence):
    for event in coded(one_sided_coder, sentence):
        assert not any(ch.isdigit() for ch in event.target.text or "")
        assert "May" not in (event.target.text or "").split()


def test_the_reporter_after_a_date_is_no_target(coder):
    # the parser makes "Reuters" a conjunct of "Saturday"
    found = pairs(coder, "Croatian police detained two Serbian football fans near the "
                         "stadium on Saturday, Reuters reported.")
    assert ("HRV", "SRB", "17") in found
    assert all(t == "SRB" for _, t, _ in found)


# --- a gerund after "by", "after", "without" is done by the clause's subject ---------------

@pytest.mark.parametrize("sentence, expected", [
    ("Washington escalated the row on Friday by imposing steep tariffs on Mexican tomatoes.",
     ("USA", "MEX", "16")),
    ("Beijing hit back by banning all imports of Lithuanian beef.", ("CHN", "LTU", "16")),
])
def test_a_gerund_of_manner_takes_the_clause_subject(coder, sentence, expected):
    assert expected in pairs(coder, sentence)


def test_a_gerund_under_a_noun_is_its_content_not_an_event(coder):
    assert pairs(coder, "The debate about imposing tariffs on Mexican tomatoes went on "
                        "for hours.") == set()


# --- an event noun as the subject of a verb of impact --------------------------------------

@pytest.mark.parametrize("sentence, expected", [
    ("An air strike by Saudi jets hit a crowded market in northern Yemen.",
     ("SAU", "YEM", "19")),
    ("Russian shelling damaged a Ukrainian hospital in Kharkiv overnight.",
     ("RUS", "UKR", "19")),
])
def test_what_a_hostile_event_hit_is_its_target(coder, sentence, expected):
    assert expected in pairs(coder, sentence)


@pytest.mark.parametrize("sentence", [
    "A powerful storm damaged a hospital in Kharkiv overnight.",
    "An air strike hit a crowded market in northern Yemen.",  # no doer named
    "The new sanctions hit Iranian exporters hard, economists said.",
])
def test_an_impact_with_no_named_doer_gives_no_event(coder, sentence):
    assert not any(s and t for s, t, _ in pairs(coder, sentence))


# --- relative clauses ----------------------------------------------------------------------

def test_whose_body_belongs_to_the_relative_antecedent(coder):
    found = pairs(coder, "Officials from Chile, whose navy detained two Peruvian trawlers "
                         "last week, declined to comment.")
    assert ("CHL", "PER", "17") in found


def test_the_object_of_a_relative_clause_is_its_antecedent(coder):
    found = pairs(coder, "Two Malian journalists, whom Algerian police expelled last month, "
                         "returned to Bamako on Sunday.")
    assert ("DZA", "MLI", "17") in found


# --- coordinated demonyms ------------------------------------------------------------------

def test_a_coordinated_demonym_of_two_words_is_read_whole(coder):
    found = pairs(coder, "The Chilean and South Korean governments agreed on Friday to "
                         "open a joint trade office.")
    assert {("CHL", "KOR", "03"), ("KOR", "CHL", "03")} <= found
    assert not any("PRK" in (s, t) for s, t, _ in found)


def test_coordinated_demonyms_under_a_measure_give_one_target_each(coder):
    found = pairs(coder, "Security forces in Ghana have tortured scores of Togolese and "
                         "Beninese traders.")
    assert {("GHA", "TGO", "18"), ("GHA", "BEN", "18")} <= found


# --- role verbs are lemmatised ---------------------------------------------------------------

def test_an_object_control_verb_hands_the_act_to_its_object(one_sided_coder):
    events = coded(one_sided_coder, "The shooting prompted Canada to expel two Indian "
                                    "diplomats on Tuesday.")
    expel = [e for e in events if e.trigger_text and "expel" in e.trigger_text]
    assert expel and all(e.source.country == "CAN" for e in expel)


# --- free relatives of naming, joint agreements, meetings as occasions -----------------------

@pytest.mark.parametrize("sentence, expected", [
    ("Azerbaijan condemned what it called Armenian provocations along the border.",
     ("AZE", "ARM", "11")),
    ("Beijing denounced what it described as a U.S. smear campaign.", ("CHN", "USA", "11")),
])
def test_what_a_clause_names_is_the_object(coder, sentence, expected):
    found = pairs(coder, sentence)
    assert expected in found
    assert all(t == expected[1] for _, t, _ in found)  # not the namer of the clause


def test_an_act_the_coordinated_subjects_agreed_to_is_shared(coder):
    found = pairs(coder, "Morocco and Algeria, long regional rivals, agreed on Sunday to "
                         "reopen their embassies.")
    assert {("MAR", "DZA", "03"), ("DZA", "MAR", "03")} <= found


def test_an_act_one_subject_agreed_to_stays_one_sided(coder):
    assert not any(s and t for s, t, _ in pairs(
        coder, "Morocco agreed on Sunday to reopen its embassy."))


def test_coordinated_subjects_at_a_meeting_met_each_other(coder):
    found = pairs(coder, "Chile's foreign minister and his Argentine host urged closer ties "
                         "at a meeting in Buenos Aires.")
    assert {("CHL", "ARG", "04"), ("ARG", "CHL", "04")} <= found
    assert not any(code == "02" for _, _, code in found)  # the meeting is no appeal


def test_a_gerund_after_in_is_done_by_the_subject(coder):
    assert ("FRA", "NER", "11") in pairs(coder, "France joined Germany in condemning the "
                                                "coup in Niger.")


def test_a_month_in_a_name_is_no_date(coder):
    found = pairs(coder, "Theresa May met Emmanuel Macron in Paris on Friday.")
    assert ("GBR", "FRA", "04") in found


def test_an_impact_verb_coded_itself_keeps_the_event_once(one_sided_coder):
    events = coded(one_sided_coder, "Two Somali gunmen killed eleven shoppers at a "
                                    "mall in Nairobi.")
    assert [e.trigger_text for e in events if e.source.country and e.target.country] == \
        ["killed"]


# --- content nouns nested in content nouns -------------------------------------------------

@pytest.mark.parametrize("sentence, expected", [
    ("The guerrillas turned down fresh proposals for a ceasefire by the Peruvian cabinet.",
     (None, "PER", "12")),
    ("Serbia dismissed calls for an inquiry by the European Union.", ("SRB", "EU", "12")),
])
def test_the_author_of_a_nested_content_noun_is_the_target(every_event_coder, sentence, expected):
    assert expected in pairs(every_event_coder, sentence)


# --- reduced relatives of an event noun, a speaker's next act -------------------------------

def test_a_sanction_named_by_a_reduced_relative_has_its_doer_and_target(coder):
    found = pairs(coder, "Duties imposed by Canada on Chinese electric cars took effect "
                         "on Monday.")
    assert ("CAN", "CHN", "16") in found


def test_a_verb_after_comma_and_beside_a_past_perfect_is_the_speakers(coder):
    found = pairs(coder, "Serbia's foreign minister said that Kosovo had provoked the "
                         "crisis, and called on Hungary to mediate.")
    assert any(s == "SRB" and t == "HUN" for s, t, _ in found)
    assert not any(s == "XKX" and t == "HUN" for s, t, _ in found)


def test_verbs_sharing_a_past_perfect_keep_the_clause_subject(coder):
    found = pairs(coder, "Officials said Ghana had expelled two diplomats and recalled its "
                         "ambassador from Nigeria.")
    assert all(s == "GHA" for s, _, _ in found)


def test_a_subordinate_clause_takes_no_doer_from_the_clause_it_hangs_on(coder):
    # shells that "landed" have no doer in their clause: Sudan, named in the main clause as
    # what Chad closed its border with, did not fire them
    found = triples(coder, "Chad closed its border with Sudan on Sunday after stray shells "
                           "landed in the Chadian town of Adre.")
    assert found == {("TCD", "172", "SDN")}
    # a doer named inside the subordinate clause still acts
    found = triples(coder, "Kenya protested to Uganda after Ugandan soldiers crossed into "
                           "Kenyan territory.")
    assert ("UGA", "190", "KEN") in found
