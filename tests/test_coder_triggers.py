"""The trigger side of the coder: which event, which CAMEO code, when an event is dropped,
and the date a sentence gives it. Sentences written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from coder_helpers import THURSDAY, coded, triples
from entente.coder import Coder
from entente.coder.dates import event_date
from entente.coder.lexicon import Lexicon, read_entries
from entente.errors import InputError


def codes(coder: Coder, text: str) -> set[str]:
    return {e.cameo_code for e in coded(coder, text)}


# --- speech: no filler statements -----------------------------------------------------------

def test_a_quote_about_no_actor_is_no_statement(coder):
    assert coded(coder, "Kenyan police said the economy of Uganda had slowed sharply in the "
                        "second quarter.") == []


def test_a_quote_whose_event_was_negated_is_no_statement(coder):
    text = "Hungary has not sent troops to Ukraine, a spokesman for the government in " \
           "Budapest insisted."
    assert coded(coder, text) == []


def test_a_quote_of_what_might_happen_is_no_statement(coder):
    assert coded(coder, "Japan said Seoul might take the fishing dispute to an international "
                        "tribunal.") == []


def test_belief_verbs_are_never_statements(coder):
    assert coded(coder, "The Norwegian minister believes the Swedish government will change "
                        "course.") == []


def test_a_statement_made_by_phone_is_a_phone_call(coder):
    assert triples(coder, "Erdogan told Putin in a telephone call that Turkey wanted calm in "
                          "the region.") == {("TUR", "041", "RUS")}


def test_a_statement_to_an_addressee_is_kept(coder):
    assert triples(coder, "The Chilean foreign minister told Argentina that Santiago "
                          "wanted calm along the frontier.") == {("CHL", "010", "ARG")}


# --- mood: negation, questions, modality, obligation, conditions -----------------------------

def test_negated_cooperation_is_a_rejection(coder):
    assert {c[:2] for c in codes(coder, "Ghana did not sign the trade agreement with Togo.")} \
        == {"12"}


def test_a_question_codes_nothing(coder):
    assert coded(coder, "Will Kenya send troops to Somalia?") == []


def test_possible_cooperation_is_an_intent(coder):
    assert triples(coder, "Peru could restore diplomatic relations with Bolivia.") == {
        ("PER", "032", "BOL")}


def test_an_obligation_reported_by_a_speaker_is_the_speakers_demand(coder):
    assert {(s, c[:2], t) for s, c, t in triples(
        coder, "Iran must release the British sailors, the British foreign secretary "
               "said.")} == {("GBR", "10", "IRN")}


def test_the_condition_itself_is_no_event_even_when_parsed_as_a_noun(coder):
    assert not any(e.source.country == "CHL" for e in
                   coded(coder, "If Chile attacks, Peru will respond."))


# --- governors --------------------------------------------------------------------------------

def test_an_attempted_assassination_is_an_attack_not_a_threat(every_event_coder):
    assert codes(every_event_coder,
                 "Gunmen tried to assassinate the governor of Kandahar on Monday.") == {"185"}


def test_an_attempted_attack_keeps_its_own_code(every_event_coder):
    found = codes(every_event_coder, "Rebels attempted to attack the army base in Goma.")
    assert {c[:2] for c in found} == {"19"}


def test_a_conditional_sanction_said_with_may_is_a_threat(one_sided_coder):
    events = coded(one_sided_coder, "If Tehran violates the nuclear deal, the United States "
                                    "may reimpose sanctions, the Treasury secretary said.")
    assert [(e.source.country, e.cameo_code[:2], e.attributed_to) for e in events] == [
        ("USA", "13", "the Treasury secretary")]


def test_an_ordered_material_act_is_the_act_of_whoever_ordered_it(coder):
    assert triples(coder, "Putin ordered troops to withdraw from the Ukrainian border.") == {
        ("RUS", "0872", "UKR")}


def test_ordering_another_state_is_a_demand(coder):
    assert triples(coder, "Biden ordered Iran to release the detained sailors.") == {
        ("USA", "1053", "IRN")}


def test_an_event_ruled_out_is_rejected_by_the_speaker(coder):
    assert {(s, c[:2], t) for s, c, t in triples(
        coder, "Officials in Washington said that easing sanctions on Myanmar is out of "
               "the question for now.")} == {("USA", "12", "MMR")}


def test_a_ruled_out_attack_is_no_event(coder):
    assert coded(coder, "Officials in Athens said that attacking Turkey was out of the "
                        "question.") == []


def test_calling_someone_to_apologise_is_a_phone_call_not_an_appeal(coder):
    assert triples(coder, "Guterres called Ramaphosa to apologize for the long delay.") == {
        ("UN", "041", "ZAF"), ("UN", "055", "ZAF")}


@pytest.mark.parametrize(("sentence", "source", "target"), [
    ("The Arab League called upon Syria to end the violence.", "ARL", "SYR"),
    ("Egypt called for Israel to withdraw its troops.", "EGY", "ISR"),
])
def test_calling_on_or_for_someone_to_act_is_an_appeal_to_them(coder, sentence, source,
                                                                target):
    assert {(s, c[:2], t) for s, c, t in triples(coder, sentence)} == {(source, "02", target)}


# --- lexicon coverage and polysemy ----------------------------------------------------------

def test_giving_up_fighting_is_a_surrender(coder):
    assert codes(coder, "Three ELN commanders gave up fighting and surrendered to the "
                        "Colombian army near Cucuta.") == {"0874"}


def test_fighting_a_fire_is_no_fight(coder):
    assert not {c for c in codes(coder, "Firefighters from Greece fought the blaze near the "
                                        "Turkish border for three days.") if c[:2] == "19"}


def test_blocking_roads_is_a_protest(one_sided_coder):
    assert "144" in codes(one_sided_coder,
                          "Thai farmers blocked roads leading to Bangkok on Monday.")


def test_letting_prisoners_go_free_is_a_release(every_event_coder):
    found = triples(every_event_coder, "Myanmar let free 200 political prisoners.")
    assert ("MMR", "0841") in {(s, c) for s, c, _ in found}


def test_a_medical_evacuation_is_humanitarian_aid(coder):
    assert triples(coder, "Helicopters from Chad evacuated wounded civilians from Niger.") \
        == {("TCD", "073", "NER")}


def test_a_suspension_noun_reduces_relations(coder):
    assert {c[:2] for c in codes(coder, "Italy announced the suspension of flights to Libya.")} \
        == {"16"}


def test_speaking_by_telephone_is_a_phone_call(coder):
    assert triples(coder, "Hungarian Prime Minister Viktor Orban spoke by telephone with Polish "
                          "President Andrzej Duda.") == {("HUN", "041", "POL")}


def test_sending_a_team_to_investigate_is_no_aid(coder):
    assert "073" not in codes(coder, "Canada sent a team of investigators to Haiti to examine "
                                     "the crash.")


def test_retaliation_is_a_fight(coder):
    assert triples(coder, "Iran retaliated against Israel on Tuesday.") == {("IRN", "190", "ISR")}


def test_attacking_a_decision_is_criticism_but_attacking_positions_is_a_fight(coder):
    assert triples(coder, "The Turkish foreign minister attacked the Greek government's "
                          "decision to extend its waters.") == {("TUR", "111", "GRC")}
    assert {c[:2] for c in codes(coder, "Israeli jets attacked Hamas positions in Gaza.")} \
        == {"19"}


@pytest.mark.parametrize(("sentence", "code"), [
    ("Pakistan tested a nuclear-capable missile on Friday.", "150"),
    ("Canada closed its embassy in Iran.", "161"),
    ("Egypt brokered a truce between the warring factions.", "045"),
    ("Rebels downed a Nigerian air force jet in Borno.", "190"),
    ("North Korea broke off talks with South Korea.", "164"),
    ("Cuba reopened its embassy in Washington.", "050"),
    ("Germany expelled two Russian diplomats on Monday.", "166"),
    ("South Korea raised the alert level of its military.", "152"),
    ("Canada revoked the visas of three Iranian diplomats.", "172"),
    ("Mexico sent condolences to Chile after the earthquake.", "018"),
    ("The rebels restarted attacks on Malian army posts.", "190"),
    ("Peru lodged a formal complaint with Bolivia over the border incident.", "114"),
    ("Guyana filed a lawsuit against Venezuela at the international court.", "115"),
    ("The Asian Development Bank approved a $300 million loan to Nepal.", "071"),
    ("Sudan and South Sudan swapped prisoners on Tuesday.", "0841"),
    ("Russia sent two warships to the Mediterranean.", "154"),
    ("Britain speeded up the withdrawal of its troops from Cyprus.", "0872"),
    ("Japan has made available 50 ambulances to Ukraine.", "070"),
    ("Bangladesh contributed 1,500 troops to the UN mission in Mali.", "074"),
])
def test_verbs_added_across_the_roots(one_sided_coder, sentence, code):
    # the vocabulary, not the roles: one-sided happenings ("tested a missile") count here
    assert codes(one_sided_coder, sentence) == {code}


# --- dates --------------------------------------------------------------------------------------

@pytest.mark.parametrize(("sentence", "expected"), [
    ("Indonesia will hold elections later this year.", (THURSDAY, "day")),
    ("The summit is set for next Tuesday.", (THURSDAY, "day")),
    ("Talks began on Tuesday and resume next week.", (date(2024, 3, 12), "day")),
    ("Exports to Chile grew this year.", (date(2024, 1, 1), "year")),
    ("Exports to Chile fell last year.", (date(2023, 1, 1), "year")),
    ("The ministers met yesterday.", (date(2024, 3, 13), "day")),
])
def test_relative_dates(sentence, expected):
    assert event_date(sentence, THURSDAY) == expected


def test_an_intent_for_later_this_year_is_dated_by_the_document(coder):
    [event] = coded(coder, "Indonesia will hold talks with Malaysia later this year.")
    assert (event.cameo_code[:2], event.date, event.date_precision) == ("03", THURSDAY, "day")


# --- the lexicon as data --------------------------------------------------------------------

def test_an_exclusion_beats_the_plain_entry(tmp_path):
    path = tmp_path / "extra.tsv"
    path.write_text("lemma\tpos\tprep\tobject\tcode\ttarget\n"
                    "battle\tV\t\t\t193\t\n"
                    "battle\tV\t\tblaze|fire\t-\t\n", encoding="utf-8")
    lexicon = Lexicon.load([path])
    assert lexicon.best("battle", "V", set(), {"*", "blaze"}) is None
    assert lexicon.best("battle", "V", set(), {"*", "rebel"}).code == "193"


def test_a_bad_code_names_file_and_line(tmp_path):
    path = tmp_path / "bad.tsv"
    path.write_text("lemma\tpos\tprep\tobject\tcode\ttarget\nretaliate\tV\t\t\t999\t\n",
                    encoding="utf-8")
    with pytest.raises(InputError, match=r"bad.tsv:2: field 'code' '999'"):
        read_entries(path)


def test_every_default_entry_loads():
    assert len(Lexicon.default().entries()) > 600


def test_a_call_for_a_clause_is_an_appeal_not_a_phone_call(coder):
    text = "The Irish foreign minister called for Britain to be referred to the European Court " \
           "of Justice."
    assert triples(coder, text) == {("IRL", "020", "GBR")}


def test_releasing_a_statement_is_a_statement_but_its_content_wins(coder):
    assert triples(coder, "The Polish foreign ministry released a statement about Lithuania "
                          "on Tuesday.") == {("POL", "010", "LTU")}
    assert codes(coder, "The Polish foreign ministry released a statement criticizing "
                        "Lithuania over the new border law.") == {"111"}




def test_being_guilty_of_an_act_codes_the_act(coder):
    assert codes(coder, "Armenia's forces were guilty of violating the truce with Azerbaijan "
                        "three times last month.") == {"196"}


def test_supporting_schools_is_aid_but_supporting_a_bid_is_endorsement(coder):
    assert codes(coder, "Japan supported hundreds of Cambodian schools last year.") == {"070"}
    assert codes(coder, "Japan supported Cambodia's bid for a seat on the Security "
                        "Council.") == {"051"}


def test_accepting_a_proposal_is_agreement_but_accepting_demands_is_yielding(coder):
    assert codes(coder, "Kenya accepted the Chinese proposal to extend the railway to "
                        "Uganda.") == {"030"}
    assert codes(coder, "Qatar accepted the demands of Saudi Arabia.") == {"080"}
