"""Classes of construction found wanting on the PLOVER train records (round 3), pinned with
sentences of our own.

Conjoined verbs: "A bomb killed three soldiers and wounded four others": the second verb
shares the first one's subject, never its object; when that subject is no actor the second
verb has no doer, and no name from the first verb's words stands in for one."""

from __future__ import annotations

import pytest

from coder_helpers import coded, triples


def _sources(coder, text: str, trigger: str) -> set[str | None]:
    return {e.source.country for e in coded(coder, text) if e.trigger_text and
            trigger in e.trigger_text}


@pytest.mark.parametrize("text, trigger", [
    ("A roadside bomb near Kirkuk killed three Iraqi soldiers and wounded four others on "
     "Monday.", "wounded"),
    ("A landslide buried two Nepali villages and injured dozens of residents.", "injured"),
    ("An explosion at a depot in Kharkiv killed two Ukrainian firefighters and injured six "
     "more.", "injured"),
    ("Heavy shelling destroyed a Syrian army post and killed five civilians nearby.", "killed"),
    ("A car bomb struck a Somali police convoy and wounded eleven people in Mogadishu.",
     "wounded"),
])
def test_a_conjoined_verb_never_takes_the_first_verbs_object_for_its_doer(one_sided_coder,
                                                                            text, trigger):
    assert _sources(one_sided_coder, text, trigger) <= {None}


@pytest.mark.parametrize("text, trigger, source", [
    # the shared subject is an actor: the second verb is its act
    ("Turkish jets bombed Kurdish positions in Iraq and killed six fighters.", "killed", "TUR"),
    ("Nigerian troops raided a militant camp and freed twelve hostages.", "freed", "NGA"),
])
def test_a_conjoined_verb_keeps_the_shared_subject(one_sided_coder, text, trigger, source):
    assert _sources(one_sided_coder, text, trigger) == {source}


# Plural pronouns: "they", "them", "their" never stand for one named person. In "freed the
# governor and his aides, whom they had seized", "they" are the captors, never the governor.
@pytest.mark.parametrize("text, person", [
    ("Kidnappers freed the Colombian senator Ana Ruiz and two of her aides, whom they had "
     "taken hostage in May.", "COL"),
    ("Armed men released Nigerian lawmaker Musa Bello and his driver, whom they had seized "
     "near Kaduna last week.", "NGA"),
    ("Pirates freed Filipino captain Jose Santos and his crew, whom they had held for three "
     "months off Somalia.", "PHL"),
])
def test_they_never_stands_for_one_named_person(one_sided_coder, text, person):
    doers = {e.source.text for e in coded(one_sided_coder, text)
             if e.cameo_code and e.cameo_code.startswith("18")}
    assert not any(d and any(w in d for w in ("Ruiz", "Bello", "Santos")) for d in doers)


def test_they_still_stands_for_a_plural_group(one_sided_coder):
    found = {(e.source.country, e.cameo_code) for e in coded(
        one_sided_coder, "Troops found the regional governor, whom Malian rebels said they "
        "had taken hostage a week ago.")}
    assert ("MLI", "181") in found


# "take someone hostage": the bare noun the entry asks for ("hostage", "captive") beside
# the victim is part of the act, never a second target.
@pytest.mark.parametrize("text", [
    "Police freed the Colombian senator whom rebels had taken hostage in May.",
    "The army rescued the Chadian mayor whom bandits had held captive since March.",
    "Kidnappers released the Indian engineer whom they had taken hostage near Kabul.",
])
def test_the_hostage_noun_is_no_target(one_sided_coder, text):
    targets = {e.target.text for e in coded(one_sided_coder, text)}
    assert not targets & {"hostage", "captive"}


# Protest verbs that report a clause are complaints (114), whoever protests, aimed at the
# doer of the clause; a street protest stays a protest (14x).
@pytest.mark.parametrize("text, expected", [
    ("Egyptian police beat detainees in Cairo, Amnesty International protested on Monday.",
     (None, "114", "EGY")),
    ("Serbian authorities are failing to protect Roma families from eviction, a human rights "
     "group protested on Tuesday.", (None, "114", "SRB")),
    ("Human Rights Watch protested that Ethiopian troops had shelled villages in Tigray.",
     (None, "114", "ETH")),
    ("Hungary protested that Ukraine's new language law discriminates against its minority.",
     ("HUN", "114", "UKR")),
    # the report closing the sentence, which the parser hangs on the last noun
    ("Egyptian police beat detainees in Cairo, a rights group protested on Monday.",
     (None, "114", "EGY")),
    ("Kenyan police detained three Ugandan journalists, a press freedom group complained.",
     (None, "114", "KEN")),
])
def test_a_protest_that_reports_a_clause_is_a_complaint(one_sided_coder, text, expected):
    found = {(e.source.country, e.cameo_code, e.target.country)
             for e in coded(one_sided_coder, text)}
    assert expected in found


@pytest.mark.parametrize("text", [
    "Thousands of Kenyans protested in Nairobi against the finance bill.",
    "Students protested outside the Iranian embassy in London after the executions.",
    "Farmers protested for a third day, blocking roads into Warsaw.",
    # a protest's purpose clause is no report
    "Jailed Belarusian activists began a hunger strike to protest the authorities' refusal "
    "to let lawyers see them.",
    "Nigerian doctors went on strike to protest the government's failure to pay arrears.",
])
def test_a_street_protest_is_no_complaint(one_sided_coder, text):
    assert not any(e.cameo_code == "114" for e in coded(one_sided_coder, text))


@pytest.mark.parametrize("text", [
    # a participle of an apposition that tells no saying stays the noun's
    "Ghana's president met the Iranian envoy, a veteran diplomat trained in Moscow.",
    "Chad expelled the French ambassador, a career diplomat posted in Paris.",
])
def test_an_appended_participle_is_no_report(one_sided_coder, text):
    assert not any(e.cameo_code.startswith("11") for e in coded(one_sided_coder, text))


# An unnamed human rights or aid body is a non-governmental side ("NGO" in gold data).
@pytest.mark.parametrize("text", [
    "A human rights group accused Egyptian police of torturing detainees.",
    "Aid agencies criticised the Sudanese army for blocking food convoys.",
])
def test_an_unnamed_rights_or_aid_body_is_an_ngo(coder, text):
    assert any(e.source.kind == "ngo" for e in coded(coder, text))


# An administrative sanction or a cut in aid that is only announced or intended is the threat
# CAMEO names for it (132x, 1311), never a threat of violent repression (137).
@pytest.mark.parametrize("text, code", [
    ("The United States said it would deny visas to Nicaraguan officials.", "132"),
    ("Washington will cut military aid to Guatemala, the State Department said.", "1311"),
    ("The junta said it would impose a curfew on the Malian capital.", "1323"),
    ("Lukashenko said Belarus would ban opposition parties.", "1322"),
])
def test_an_announced_administrative_sanction_is_its_own_threat(one_sided_coder, text, code):
    assert code in {e.cameo_code for e in coded(one_sided_coder, text)}


@pytest.mark.parametrize("text", [
    # done, not announced: the act itself
    "The United States denied visas to Nicaraguan officials on Friday.",
    "The junta imposed a curfew on the Malian capital.",
])
def test_a_sanction_done_is_no_threat(one_sided_coder, text):
    assert not any(e.cameo_code.startswith("13") for e in coded(one_sided_coder, text))


# A body with no state of its own belongs to the state it is based in, as it does to the state
# it is in ("authorities in Croatia"); a body that crosses borders stays its own.
@pytest.mark.parametrize("text, expected", [
    ("A newspaper based in Beirut accused Syrian intelligence of plotting the bombing.",
     ("LBN", "SYR")),
    ("A rebel group headquartered in Goma accused Rwanda of arming its rivals.",
     ("COD", "RWA")),
    ("A militia based in Baghdad accused Turkish forces of shelling its positions.",
     ("IRQ", "TUR")),
    ("A rights group based in Cairo accused Egyptian police of torturing detainees.",
     ("EGY", "EGY")),
])
def test_a_body_takes_the_state_it_is_based_in(coder, text, expected):
    assert any((e.source.country, e.target.country) == expected for e in coded(coder, text))


def test_refugees_based_abroad_keep_their_own_state(coder):
    found = {e.source.country for e in coded(
        coder, "Sudanese refugees based in Chad accused the Sudanese army of burning villages.")}
    assert "TCD" not in found


def test_a_thing_made_in_a_state_is_not_its_own(coder):
    assert not any(e.source.country == "FRA" for e in coded(
        coder, "A novel printed in France angered Algerian officials."))


# What a speaker says it would itself do on a condition is an offer: its intent code (03x).
# A possibility someone weighs ("could", "would consider"), or an act of others on a
# condition, stays no event.
@pytest.mark.parametrize("text, expected", [
    ("Taliban leaders said they would meet the UN envoy if he guaranteed their safety.",
     ("AFG", "036", "UN")),
    ("Iran said it would resume talks with the IAEA if sanctions were lifted.",
     ("IRN", "036", "IAEA")),
    ("Venezuela said it would free the detained Colombian soldiers if Bogota apologised.",
     ("VEN", "0353", "COL")),
])
def test_a_conditional_offer_of_ones_own_is_an_intent(coder, text, expected):
    assert expected in triples(coder, text)


@pytest.mark.parametrize("text", [
    "Japan could lift sanctions on Russia if the war ended.",
    "Seoul would consider easing sanctions if the North took steps.",
    "Analysts said Cairo would reopen the crossing if Israel withdrew.",
])
def test_a_weighed_possibility_is_no_event(coder, text):
    assert not {c for _, c, _ in triples(coder, text) if c.startswith("0")}
