"""Classes of construction found wanting on the PLOVER train records (round 6), pinned with
sentences of our own.

Named holders of an office held at home: "President Arturo Mendes", "Judge Ana Ruiz",
"Prosecutor Ahmed Saleh", a name the gazetteer does not know after a title of an office
whose holder acts in his own country (rules.yaml `home_titles`), take the only country the
sentence names as a place or through its own people ("demands from the Mozambican
opposition", "rebels in northern Mali"). A second country, or that country named only as a
state or official (the holder's possible other party), leaves them unplaced; titles that
travel (foreign ministers, envoys, ambassadors) are never placed so."""

from __future__ import annotations

import pytest

from coder_helpers import coded


def _sides(coder, text):
    return {(e.source.country, e.target.country if e.target else None) for e in coded(coder, text)}


@pytest.mark.parametrize("text, source, target", [
    ("President Arturo Mendes finally gave in to demands from the Mozambican opposition to "
     "reform the electoral commission.", "MOZ", "MOZ"),
    ("Rebels in northern Mali rejected a call from President Ibrahim Toure to disarm.",
     "MLI", "MLI"),
    ("Prime Minister Tomas Ruiz accused Bolivian truckers of blocking the main highways.",
     "BOL", "BOL"),
    ("Interior Minister Karim Haddad ordered the arrest of dozens of Tunisian trade unionists.",
     "TUN", "TUN"),
    ("Judge Ana Ruiz charged three Paraguayan activists with inciting land seizures.",
     "PRY", "PRY"),
])
def test_a_named_holder_of_a_home_office_takes_the_one_country_of_the_sentence(
        coder, text, source, target):
    assert (source, target) in _sides(coder, text)


def test_a_named_governor_condemning_bandits_is_his_state(coder):
    found = _sides(coder, "Governor Samuel Okafor condemned the killing of Nigerian villagers "
                          "by bandits in the north.")
    assert ("NGA", None) in found


@pytest.mark.parametrize("text, unplaced", [
    # two countries: whose is he?
    ("President Arturo Mendes accused Malawian smugglers of crossing into Zambia.",
     "President Arturo Mendes"),
    # the one country named only as a state: it may be his other party
    ("President Arturo Mendes accused Rwanda of arming the rebels.", "President Arturo Mendes"),
    # a title that travels: a foreign minister or an envoy often speaks abroad
    ("Foreign Minister Karim Haddad criticised Moroccan officials in Rabat.",
     "Foreign Minister Karim Haddad"),
    ("Ambassador Laura Diaz condemned the attack on Ecuadorian journalists in Quito.",
     "Ambassador Laura Diaz"),
])
def test_a_named_official_stays_unplaced_where_the_sentence_does_not_tell(
        coder, text, unplaced):
    for event in coded(coder, text):
        for actor in (event.source, event.target):
            if actor is not None and actor.text == unplaced:
                assert actor.country is None


def test_a_named_holder_is_not_placed_by_the_officials_he_addresses(coder):
    text = ("Prime Minister Tomas Ruiz sent condolences to Chilean President Gabriel Boric and "
            "the people of Chile after the floods.")
    for event in coded(coder, text):
        assert event.source.text != "Prime Minister Tomas Ruiz" or event.source.country is None
