"""The backstop (entente.coder.backstop): a frame with one side placed and the other role
empty takes the one party its event leaves for that role — the object of a participle that
says whom the act hits or helps, or the "from" phrase of a passive with no doer — and never
a name inside an abstract phrase, on another verb, of a place, of a speaker, or one of
several countries that nothing tells apart."""

from __future__ import annotations

import pytest

from coder_helpers import coded, dyadic
from entente.coder import backstop
from entente.coder.bundle import LanguageBundle


def backstopped(coder, text: str) -> set[tuple[str, str, str]]:
    """(source, code, target) of the events the backstop completed."""
    return {(e.source.country, e.cameo_code, e.target.country) for e in coded(coder, text)
            if "backstop" in (e.rule or "").split()}


# --- a participle that says whom the act hits or helps ----------------------------------

@pytest.mark.parametrize("text, expected", [
    ("Paraguay cut diplomatic ties on Thursday, angering Taiwan.", ("PRY", "161", "TWN")),
    ("Beijing raised duties on imported wine last month, hitting Australian vineyards "
     "hardest.", ("CHN", "163", "AUS")),
    ("Jakarta imposed an export ban on nickel ore in January, hurting Chinese smelters.",
     ("IDN", "163", "CHN")),
    ("Moscow widened its entry ban this week, targeting British journalists and lawmakers.",
     ("RUS", "163", "GBR")),
    ("Ankara froze the assets on Tuesday, punishing Swedish firms.", ("TUR", "163", "SWE")),
    ("Canberra suspended beef imports this spring, hurting Argentine ranchers.",
     ("AUS", "163", "ARG")),
    ("Riyadh cut crude supplies in March, squeezing Indian refiners.", ("SAU", "163", "IND")),
    ("Delhi halted rice exports this summer, hitting Bangladeshi importers.",
     ("IND", "163", "BGD")),
    ("Seoul tightened visa rules on Monday, targeting Nigerian students.",
     ("KOR", "163", "NGA")),
    ("Ottawa banned the shipments in May, hurting Brazilian exporters.", ("CAN", "172", "BRA")),
    ("Tokyo lifted its ban on seafood imports, helping Filipino fishermen.",
     ("JPN", "085", "PHL")),
    ("Washington relaxed the oil embargo, benefiting Venezuelan exporters.",
     ("USA", "085", "VEN")),
])
def test_the_object_of_an_affecting_participle_is_the_target(coder, text, expected):
    assert expected in backstopped(coder, text)


# --- the "from" phrase of a passive with no doer named ----------------------------------

@pytest.mark.parametrize("text, expected", [
    # the giver of aid or goods
    ("A shipment of grain was donated from Ukraine to Sudan.", ("UKR", "070", "SDN")),
    ("Thousands of tonnes of wheat were shipped from Kazakhstan to Afghanistan last month.",
     ("KAZ", "070", "AFG")),
    ("Relief supplies were flown from Qatar to Gaza on Sunday.", ("QAT", "073", "PSE")),
    # people or arms named after "from" did the act
    ("Warning shots were fired from Chinese coast guard vessels at a Philippine supply boat.",
     ("CHN", "190", "PHL")),
    ("Shots were fired from Russian warships at a Ukrainian tug.", ("RUS", "190", "UKR")),
])
def test_a_passive_takes_its_source_from_a_from_phrase(coder, text, expected):
    assert expected in backstopped(coder, text)


def test_a_name_after_from_is_only_where_a_hostile_act_came_from(coder):
    assert backstopped(coder, "Rockets were fired from Lebanon at a village in Israel.") \
        == set()
    # whom something was taken from is no doer either
    assert backstopped(coder, "Two tankers of crude were seized from Venezuela.") == set()


def test_a_backstopped_event_is_less_sure_than_one_the_roles_gave(coder):
    filled = [e for e in coded(coder, "Ankara froze the assets on Tuesday, punishing Swedish "
                                      "firms.") if "backstop" in (e.rule or "")]
    direct = [e for e in coded(coder, "Ankara froze the assets of Swedish firms on Tuesday.")
              if e.target.country == "SWE"]
    assert filled and direct
    assert filled[0].confidence < direct[0].confidence


# --- must give nothing -------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    # three countries and nothing that tells them apart
    "Moscow banned fruit imports on Friday, hurting Moldovan, Georgian and Armenian growers.",
    # a place where the act happened, not a party
    "Peru signed the accord in Brazil.",
    # the speaker of the sentence, a third party
    "Sweden expelled two diplomats, Finland's foreign ministry said.",
    "Lithuania banned the imports, according to Latvian officials.",
    # a name inside an abstract phrase
    "Armenia postponed the vote, citing its relations with Ankara.",
    # the subject of another clause
    "Kuwait closed its border crossing on Friday after Iraqi militias shelled a convoy.",
    # hypothetical and negated acts
    "If Kenya closes the border, hurting Ugandan traders, prices will rise.",
    "Poland did not expel the diplomats, sparing Belarus.",
    # a participle that leaves a party out
    "Mexico raised tariffs on Asian imports, sparing Canadian goods.",
])
def test_sentences_that_must_give_nothing(coder, text):
    assert dyadic(coder, text) == set()


def test_a_party_of_a_conjoined_verb_is_not_taken(coder):
    # the apology is to Bolivia; the recall names no one
    assert ("CHL", "161", "BOL") not in dyadic(coder, "Chile recalled its envoy and "
                                                      "apologised to Bolivia.")
    assert backstopped(coder, "Chile recalled its envoy and apologised to Bolivia.") == set()


def test_a_participle_of_another_act_of_the_doer_names_no_target(coder):
    # siding with Russia is Hungary's own act, not the veto's target
    text = "Hungary vetoed the aid package, siding with Russia."
    assert backstopped(coder, text) == set()
    assert not any(c[:2] == "12" for _, c, _ in dyadic(coder, text))


def test_parties_of_another_event_noun_are_not_taken(coder):
    text = "Canada expelled the diplomat after talks between Germany and France."
    assert not any(s == "CAN" for s, _, _ in dyadic(coder, text))


# --- the parts, on their own --------------------------------------------------------------

def test_choose_refuses_two_countries_and_a_wrong_direction():
    one = backstop.Candidate("A", backstop.TARGET)
    other = backstop.Candidate("B", backstop.TARGET)
    country = {"A": "IRN", "B": "IRQ"}.get
    assert backstop.choose([one], backstop.TARGET, country) is one
    assert backstop.choose([one, other], backstop.TARGET, country) is None
    assert backstop.choose([one], backstop.SOURCE, country) is None
    assert backstop.choose([], backstop.TARGET, country) is None


def test_the_backstop_word_lists_are_read_from_roles_yaml():
    rules = LanguageBundle.default().rules
    assert "by" in rules.backstop_source_preps and "against" in rules.backstop_target_preps
    assert "hit" in rules.affecting_participles and "spare" not in rules.affecting_participles
    assert "speech-act" in rules.backstop_blocking_flags
    assert "hit" in rules.verbs()  # lemmatised, so "hitting" is read as "hit"
