"""Classes of construction found wanting on the PLOVER study records, pinned with sentences
of our own.

Protests: a protest with no addressee of its own is aimed at whom its demand is made of, or
at whoever made what it is over (a law passed by a parliament, land seized by troops); a
protest over something that names nobody stays one-sided."""

from __future__ import annotations

import pytest

from coder_helpers import dyadic, triples


@pytest.mark.parametrize("text, expected", [
    ("Greek dockworkers went on strike on Tuesday over a pension law passed by the Greek "
     "parliament last month.", ("GRC", "143", "GRC")),
    ("Hundreds of Peruvian farmers began a hunger strike outside Congress to demand the "
     "return of land taken by Peruvian troops in the 1990s.", ("PER", "142", "PER")),
    ("Bangladeshi students blocked several highways on Sunday to press their demands for "
     "fairer exam rules from the Bangladeshi government.", ("BGD", "144", "BGD")),
    ("Argentine truckers blocked highways on Monday over fuel prices set by the Argentine "
     "energy ministry.", ("ARG", "144", "ARG")),
    ("Nepali teachers went on strike over a new education act signed by Nepal's president.",
     ("NPL", "143", "NPL")),
    ("Tibetan monks went on hunger strike to demand an end to restrictions imposed by Chinese "
     "authorities.", ("CHN", "142", "CHN")),
    ("Thousands of Chileans rallied on Saturday against the Chilean government's pension "
     "reform.", ("CHL", "141", "CHL")),
])
def test_a_protest_is_aimed_at_the_maker_of_its_grievance(coder, text, expected):
    assert expected in triples(coder, text)


@pytest.mark.parametrize("text", [
    "Workers went on strike over pay on Monday.",
    "Dockworkers walked out over a dispute about overtime.",
    "Nurses protested over staff shortages at the hospital.",
    "Fans blocked the road after the match against Brazil.",
])
def test_a_protest_over_something_that_names_nobody_is_one_sided(coder, text):
    assert not dyadic(coder, text)


# Concessions: agreeing to another's demands accedes to them (08, like "gave in to");
# compensation for what was taken returns property (0842), unlike aid (071);
# emergency measures eased in a place are an eased emergency (0814) there.

@pytest.mark.parametrize("text, expected", [
    ("The Thai government agreed to demands from Cambodian negotiators to reopen the border "
     "crossing.", ("THA", "080", "KHM")),
    ("Bolivia's president agreed to the demands of Chilean truckers on Thursday.",
     ("BOL", "080", "CHL")),
    ("Uganda paid compensation to Kenyan traders whose goods were seized at the border.",
     ("UGA", "0842", "KEN")),
    ("Iraq has paid compensation to Kuwait for the damage done during the 1990 invasion.",
     ("IRQ", "0842", "KWT")),
    ("Israel lifted emergency measures in the occupied West Bank town of Jenin.",
     ("ISR", "0814", "PSE")),
])
def test_concessions(coder, text, expected):
    assert expected in triples(coder, text)


@pytest.mark.parametrize("text", [
    "The insurer paid compensation to the victims' families.",
    "The airline agreed to demands for refunds.",
])
def test_concessions_between_no_named_parties_give_nothing(coder, text):
    assert not dyadic(coder, text)


def test_agreeing_with_a_partner_stays_agreement(coder):
    assert ("DEU", "030", "FRA") in triples(
        coder, "Germany agreed with France on the need for a new budget.")


# Refugees and migrants that no word of their own places come from the place they flee,
# when they flee it by name.

@pytest.mark.parametrize("text, expected", [
    ("The United Nations will provide food aid to refugees fleeing the fighting in South "
     "Sudan.", ("UN", "0333", "SSD")),
    ("Polish border guards detained migrants who had fled Afghanistan.", ("POL", "173", "AFG")),
    ("Kenyan police arrested dozens of refugees fleeing the conflict in Somalia.",
     ("KEN", "173", "SOM")),
])
def test_people_fleeing_a_named_place_come_from_it(coder, text, expected):
    assert expected in triples(coder, text)


@pytest.mark.parametrize("text", [
    # what they flee is no place, or a place by its adjective only
    "Greek police detained migrants fleeing Turkish patrols.",
    "Aid workers helped families fleeing the floods.",
])
def test_people_fleeing_no_named_place_stay_unplaced(coder, text):
    assert not dyadic(coder, text)


# Accusations in reported speech: an accusing verb after the clause it reports accuses the
# clause's doer; "charged" with no one charged is an accusation, not a legal charge (173),
# even by an authority.

@pytest.mark.parametrize("text, expected", [
    ("Israeli troops fired on unarmed civilians, the Palestinian Authority charged.",
     ("PSE", "1121", "ISR")),
    ("Russian warships violated Estonian waters twice last week, Estonia charged.",
     ("EST", "1121", "RUS")),
    ("Syrian jets bombed a refugee camp near the border, Turkey alleged.", ("TUR", "112", "SYR")),
    ("Chinese fishing boats are plundering stocks off the coast, a Philippine official "
     "complained.", ("PHL", "114", "CHN")),
    ("Israeli police charged a Palestinian teenager over the stabbing.", ("ISR", "173", "PSE")),
])
def test_accusations_in_reported_speech(coder, text, expected):
    assert expected in triples(coder, text)


@pytest.mark.parametrize("text", [
    "Prices at the market are far too high, shoppers complained.",
    "The referee made several mistakes, the coach charged.",
])
def test_complaints_about_no_actor_give_nothing(coder, text):
    assert not dyadic(coder, text)


# Labour strikes: a strike launched by workers, or of a kind only a labour strike has, and
# walking off the job are protests (143), aimed at whom they are over; strikes launched on
# positions stay force.

@pytest.mark.parametrize("text, expected", [
    ("Chilean copper miners launched a strike over a royalty law passed by the Chilean "
     "congress.", ("CHL", "143", "CHL")),
    ("Nigerian doctors launched an indefinite strike over salaries owed by the Nigerian "
     "government.", ("NGA", "143", "NGA")),
    ("Greek dockworkers walked off the job to protest a law passed by the Greek parliament.",
     ("GRC", "143", "GRC")),
    ("Angry Nigerian doctors walked out on Monday over unpaid salaries owed by the Nigerian "
     "government.", ("NGA", "143", "NGA")),
    ("Palestinian prisoners launched a hunger strike against Israeli detention policies.",
     ("PSE", "142", "ISR")),
    ("Israeli jets launched strikes on Hezbollah positions in Lebanon.", ("ISR", "190", "LBN")),
])
def test_labour_strikes_and_walkouts(coder, text, expected):
    assert expected in triples(coder, text)


@pytest.mark.parametrize("text", [
    "The Russian delegation walked out of the UN session.",
    "Workers walked out over pay.",
])
def test_walkouts_with_no_named_party_give_no_strike(coder, text):
    assert not {e for e in triples(coder, text) if e[1].startswith("14") and e[0] and e[2]}


# Actors by a neighbour's demonym: "Congolese" names the state the sentence's neighbours
# point to (Burundian, Ugandan ... for the Democratic Republic; Gabonese ... for the Republic).

@pytest.mark.parametrize("text, expected", [
    ("A settlement of Congolese refugees was attacked by Burundian gunmen on Sunday.",
     ("BDI", "190", "COD")),
    ("Ugandan soldiers clashed with Congolese militiamen near the border.", ("UGA", "193", "COD")),
    ("Gabonese troops detained a group of Congolese fishermen.", ("GAB", "173", "COG")),
])
def test_congolese_by_a_neighbour(coder, text, expected):
    assert expected in triples(coder, text)


def test_congolese_with_no_cue_stays_unplaced(coder):
    assert not dyadic(coder, "Congolese officials held talks with France.")
