"""Actor resolution: international organisations of every kind (UN bodies and agencies,
regional organisations of each continent, development banks, alliances, commodity groups,
courts), their acronyms as news prints them, and the words that must not be taken for them.

Every sentence here is written for these tests.
"""

from __future__ import annotations

import pytest

from actor_helpers import only
from entente import ontology
from entente.actors.entries import read_tsv, split_forms


@pytest.mark.parametrize(("sentence", "span", "short"), [
    # UN bodies and agencies
    ("UNRWA said two of its schools in Khan Younis were damaged.", "UNRWA", "UNRWA"),
    ("The UN migration agency counted 3,000 arrivals in Lampedusa.", "UN migration agency",
     "IOM"),
    ("The International Maritime Organization urged Iran to free the tanker.",
     "International Maritime Organization", "IMO"),
    ("The Human Rights Council voted to open an inquiry into Eritrea.",
     "Human Rights Council", "UNHRC"),
    ("The chemical weapons watchdog sent inspectors to Douma.", "chemical weapons watchdog",
     "OPCW"),
    ("The Hague tribunal sentenced the former commander to 20 years.", "Hague tribunal",
     "ICTY"),
    # regional organisations
    ("Caricom leaders called on Haiti's council to hold elections.", "Caricom leaders",
     "CARICOM"),
    ("Celac will meet in Tegucigalpa next month.", "Celac", "CELAC"),
    ("SAARC foreign ministers failed to agree on a venue.", "SAARC foreign ministers",
     "SAARC"),
    ("The East African Community sent troops to Goma.", "East African Community", "EAC"),
    ("The Alliance of Sahel States withdrew from the West African bloc.",
     "Alliance of Sahel States", "AES"),
    ("The Visegrad Group split over aid to Kyiv.", "Visegrad Group", "V4"),
    ("The Organization of Turkic States admitted Hungary as an observer.",
     "Organization of Turkic States", "OTS"),
    ("The Pacific Islands Forum criticised the release of treated water.",
     "Pacific Islands Forum", "PIF"),
    ("The OECD cut its growth forecast for Germany.", "OECD", "OECD"),
    # development banks
    ("The ADB approved a $400 million loan to Sri Lanka.", "ADB", "ADB"),
    ("The New Development Bank lent South Africa $1 billion.", "New Development Bank",
     "NDB"),
    ("The AIIB signed a credit line with Uzbekistan.", "AIIB", "AIIB"),
    ("The AfDB froze disbursements to Sudan.", "AfDB", "AFDB"),
    ("The Inter-American Development Bank pledged funds to Ecuador.",
     "Inter-American Development Bank", "IDB"),
    ("The EBRD resumed lending in Turkey.", "EBRD", "EBRD"),
    ("The Islamic Development Bank financed a dam in Tajikistan.", "Islamic Development Bank",
     "ISDB"),
    # commodity groups, courts
    ("The Gas Exporting Countries Forum met in Algiers.", "Gas Exporting Countries Forum",
     "GECF"),
    ("The European Court of Human Rights ruled against Poland.",
     "European Court of Human Rights", "ECHR"),
    ("The Inter-American Commission on Human Rights asked Nicaragua to free the bishop.",
     "Inter-American Commission on Human Rights", "IACHR"),
])
def test_an_international_organisation_resolves_to_itself(resolver, sentence, span, short):
    mention = only(resolver.find(sentence), span)
    assert (mention.kind, mention.country) == ("igo", short)
    assert mention.code == ontology.igo(short).cameo


def test_an_acronym_and_its_full_name_in_brackets_are_one_organisation(resolver):
    mentions = resolver.find("Brazil signed a loan with the New Development Bank (NDB) on "
                             "Monday.")
    assert {m.country for m in mentions if m.kind == "igo"} == {"NDB"}


@pytest.mark.parametrize(("sentence", "word"), [
    ("Alba Rohrwacher won the prize in Venice.", "Alba"),       # a given name, not ALBA
    ("Who said the talks in Geneva would resume?", "Who"),      # not the WHO
    ("The eco tax was dropped in France.", "eco"),
    ("Ministers met on Guam to discuss the base.", "Guam"),     # the island, not GUAM
    ("Pif and Hercule is a French cartoon.", "Pif"),            # not the Pacific forum
])
def test_words_that_look_like_acronyms_are_not_organisations(resolver, sentence, word):
    assert all(m.kind != "igo" for m in resolver.find(sentence) if word in m.text)


def test_every_listed_form_names_a_known_organisation_and_no_form_names_two():
    text = (ontology.__file__.rsplit("/", 1)[0] + "/data/actors/igos.tsv")
    owner: dict[str, str] = {}
    for line, row in read_tsv(text):
        assert ontology.igo(row["short"]) is not None, f"igos.tsv:{line}"
        for form in split_forms(row["forms"]):
            assert owner.setdefault(form, row["short"]) == row["short"], form


def test_organisation_codes_stay_apart_from_country_codes():
    countries = ontology.countries().values()
    codes = {c.iso3 for c in countries} | {c.cameo for c in countries}
    clashes = {short for short in ontology.igos() if short in codes}
    assert not clashes
    cameo = [org.cameo for org in ontology.igos().values()]
    assert len(cameo) == len(set(cameo))


@pytest.mark.parametrize(("phrase", "kind", "key"), [
    # a state that leads a named organisation is its leader; the organisation acts
    ("the Russian-led Collective Security Treaty Organization", "igo", "CSTO"),
    ("the US-led NATO alliance", "igo", "NATO"),
    # with no organisation named, the leader's body it is
    ("the Saudi-led coalition", "state", "SAU"),
    ("the Russian UN envoy", "state", "RUS"),
])
def test_a_state_leading_a_named_organisation_gives_way_to_it(resolver, phrase, kind, key):
    mention = resolver.resolve_phrase(phrase)
    assert (mention.kind, mention.country) == (kind, key)
