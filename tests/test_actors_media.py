"""Actor resolution: state news agencies, epithets of official media, state organs named
with a demonym or possessive, and the cues that settle which Congo a text means.

Every sentence here is written for these tests.
"""

from __future__ import annotations

import pytest

from actor_helpers import only


@pytest.mark.parametrize(("sentence", "span", "code"), [
    ("KCNA said the drills were a rehearsal for invasion.", "KCNA", "PRKMED"),
    ("Xinhua quoted a spokesman as saying Beijing would respond.", "Xinhua", "CHNMED"),
    ("IRNA reported that the talks in Muscat had ended.", "IRNA", "IRNMED"),
    ("Tasnim said the tanker had been towed to Bandar Abbas.", "Tasnim", "IRNMED"),
    ("According to TASS, the delegation left Istanbul on Tuesday.", "TASS", "RUSMED"),
    ("SANA said three soldiers were wounded near Deir ez-Zor.", "SANA", "SYRMED"),
    ("The Anadolu Agency said the convoy reached Idlib.", "Anadolu Agency", "TURMED"),
    ("WAFA reported arrests in Jenin overnight.", "WAFA", "PSEMED"),
])
def test_a_state_news_agency_is_its_state_media(resolver, sentence, span, code):
    mention = only(resolver.find(sentence), span)
    assert mention.code == code


@pytest.mark.parametrize(("sentence", "span", "code"), [
    ("Air defences intercepted missiles fired by the Zionist enemy over Homs.",
     "Zionist enemy", "ISRMIL"),
    ("The Zionist regime will pay for this crime, the general said.", "Zionist regime",
     "ISRGOV"),
    ("Zionist warplanes struck a house in Khan Younis.", "Zionist warplanes", "ISRMIL"),
    ("Crowds chanted against the Great Satan after Friday prayers.", "Great Satan", "USAGOV"),
])
def test_an_epithet_of_official_media_names_its_state(resolver, sentence, span, code):
    assert only(resolver.find(sentence), span).code == code


@pytest.mark.parametrize(("sentence", "span", "code"), [
    ("The Chinese side expressed grave concern over the visit.", "Chinese side", "CHNGOV"),
    ("Turkey's central bank raised rates again.", "Turkey's central bank", "TURGOV"),
    ("The Kenyan presidency denied the report.", "Kenyan presidency", "KENGOV"),
    ("The Bureau of Industry and Security added nine firms to its list.",
     "Bureau of Industry and Security", "USAGOV"),
    ("Indian PM Lal Singh met the envoy.", "Indian PM Lal Singh", "INDGOV"),
])
def test_state_organs_take_their_state(resolver, sentence, span, code):
    assert only(resolver.find(sentence), span).code == code


@pytest.mark.parametrize(("sentence", "word"), [
    ("Anti-Zionist students occupied the library in Leeds.", "Zionist"),  # a stance
    ("Sana Mir took four wickets in Karachi.", "Sana"),                  # a name, not SANA
    ("The Fars province governor inspected the dam.", "Fars"),           # a province
    ("The meeting ended at 5 PM on Friday.", "PM"),                      # a time
])
def test_look_alikes_of_agencies_and_epithets_name_no_state(resolver, sentence, word):
    assert all(m.country is None for m in resolver.find(sentence) if word in m.text)


def test_a_neighbour_named_in_the_text_says_which_congo(resolver):
    mentions = resolver.find("The Congolese army accused Rwanda of shelling its positions.")
    assert only(mentions, "Congolese army").country == "COD"
    mentions = resolver.find("The Congolese army paraded in Brazzaville as Rwanda's envoy "
                             "watched.")
    assert only(mentions, "Congolese army").country == "COG"


def test_with_no_cue_the_congo_stays_undecided(resolver):
    mention = only(resolver.find("The Congolese army ended its exercise."), "Congolese army")
    assert mention.country is None
    assert set(mention.candidates) == {"COD", "COG"}
