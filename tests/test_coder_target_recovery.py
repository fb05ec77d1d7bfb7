"""Target recovery (issue 13: "one side only" is the largest class of held-out misses): the
text names the other party, but in a place the role frames did not look. Each class with
sentences that must keep their reading or give nothing."""

from __future__ import annotations

from coder_helpers import coded, dyadic, roots


def _targets(coder, text: str) -> set[str | None]:
    """Target countries of every event (one-sided ones included)."""
    return {e.target.country for e in coded(coder, text) if e.target}


# --- a word of relation owned by a pronoun names another party ---------------------------

def test_a_counterpart_from_a_named_state_is_that_state(coder):
    assert ("KEN", "04", "TZA") in roots(
        coder, "Kenya's foreign minister met his counterpart from Tanzania on Monday.")
    assert ("EST", "04", "FIN") in roots(
        coder, "Estonia's prime minister phoned her counterpart from Finland after the "
               "undersea cable was damaged.")


def test_allies_owned_by_a_pronoun_are_placed_by_their_own_words(coder):
    # "its allies in Iraq" are Iraqi groups, not the speaker's own
    found = dyadic(coder, "Hezbollah said its allies in Iraq had fired drones at an Israeli "
                          "base.")
    assert ("IRQ", "190", "ISR") in found or ("IRQ", "195", "ISR") in found


def test_an_unplaced_counterpart_is_never_the_speakers_own_state(coder):
    for text in ("Kenya's foreign minister met his counterpart on Monday.",
                 "Moscow accused its neighbour of provoking the crisis."):
        assert dyadic(coder, text) == set()


# --- where a material act is meant to work is its target --------------------------------

def test_the_place_of_a_purpose_infinitive_is_the_target_of_aid(coder):
    assert ("NOR", "07", "MOZ") in roots(
        coder, "Norway granted 40 million crowns to rebuild schools in Mozambique.")
    assert ("CAN", "07", "HTI") in roots(
        coder, "Canada released emergency funds to fight the cholera epidemic in Haiti.")
    assert ("SWE", "07", "KHM") in roots(
        coder, "Sweden is channelling fresh money to support demining in Cambodia.")
    assert ("WB", "07", "KEN") in roots(
        coder, "The World Bank approved a $300 million loan to improve water supplies in "
               "Kenya.")


def test_a_purpose_at_home_or_of_talks_names_no_target(coder):
    # the source's own ground, and a verbal act (talks to discuss a war) place nobody
    assert _targets(coder, "The German government gave 2 billion euros to support farmers "
                           "in Germany.") <= {"DEU", None}
    for text in ("Foreign ministers met in Geneva to discuss the war in Sudan.",
                 "Nigeria deployed 2,000 troops to restore order in Lagos."):
        assert dyadic(coder, text) == set()


# --- the receiver of a transfer hung on a participle of the object ----------------------

def test_a_receiver_after_a_participle_phrase_is_the_target(coder):
    assert ("DEU", "07", "UKR") in roots(
        coder, "Germany delivered 40 armoured vehicles, promised in March, to Ukraine.")
    assert ("USA", "POL") in {(e.source.country, e.target.country) for e in coded(
        coder, "US customs officers returned a bronze bell cast with the crest of a medieval "
               "king to Polish officials in Warsaw.")}


def test_a_participle_that_does_not_describe_a_transfer_names_no_receiver(coder):
    for text in ("Germany delivered 40 armoured vehicles, bringing the total to 120.",
                 "The United States shipped wheat, adding to earlier deliveries."):
        assert _targets(coder, text) <= {None}


# --- an "-ing" word before a name describes it -------------------------------------------

def test_a_neighbouring_state_read_as_an_object_is_the_target(coder):
    # the parser reads "neighbouring" as a verb whose object is the name
    assert ("ETH", "112", "ERI") in dyadic(
        coder, "The Ethiopian government accused neighbouring Eritrea of arming rebels.")
    assert ("SDN", "ETH") in {(s, t) for s, _, t in dyadic(
        coder, "Sudanese troops attacked warring Ethiopian militias.")}


def test_a_neighbouring_verb_of_its_own_gives_nothing(coder):
    assert dyadic(coder, "China is neighbouring India.") == set()


# --- a claim restated after a comma and denied ------------------------------------------

def test_a_charge_denied_in_an_appended_phrase_keeps_the_accusation(coder):
    for text in ("Kinshasa accused Rwanda of backing the rebels, a charge Kigali denies.",
                 "Washington accused Beijing of supplying drones to Moscow, allegations "
                 "China has dismissed.",
                 "The Ethiopian government on Wednesday accused neighbouring Eritrea of "
                 "arming rebels in the Tigray region, a charge Asmara denied."):
        found = dyadic(coder, text)
        assert {c for c in ("COD", "USA", "ETH") for s, code, _ in found
                if s == c and code == "112"}, text
        assert any(code == "016" for _, code, _ in found), text


def test_a_denial_of_a_claim_nobody_named_makes_no_accusation(coder):
    # the appended phrase restates a claim only when the sentence makes one
    assert not any(code == "112" for _, code, _ in dyadic(
        coder, "Protests spread to the capital, a claim Tehran denied."))


# --- the party of what an event noun acts on ---------------------------------------------

def test_the_receiver_of_a_halted_or_closed_thing_is_the_target(coder):
    assert ("NER", "172", "FRA") in dyadic(
        coder, "Niger ordered the closure of its airspace to French aircraft.")
    assert ("ESP", "163", "SAU") in dyadic(
        coder, "Madrid ordered a halt to weapons exports to Saudi Arabia.")
    assert ("COL", "061", "VEN") in dyadic(
        coder, "Bogota announced the resumption of gas exports to Venezuela.")
    assert ("LTU", "160", "BLR") in dyadic(
        coder, "Vilnius announced the termination of a transit agreement with Minsk.")


def test_an_end_or_halt_of_no_tie_gives_nothing(coder):
    for text in ("The talks ended by the end of the week.",
                 "Trade resumed after a halt to shipping in the strait.",
                 "Pakistan announced the closure of the Torkham crossing."):
        assert dyadic(coder, text) == set()


# --- "following" read as a verb ----------------------------------------------------------

def test_the_partner_of_talks_after_following_is_the_target(coder):
    # the parser tags "Following" a verb whose object is "talks"
    assert ("RUS", "046", "TUR") in dyadic(
        coder, "Following talks with Erdogan in Sochi, Putin said the grain corridor could "
               "be revived.")


def test_following_an_act_of_no_party_adds_no_target(coder):
    assert dyadic(coder, "Following heavy rains in the north, the government declared an "
                         "emergency.") == set()


# --- whom help is meant for ---------------------------------------------------------------

def test_the_object_of_a_helping_purpose_is_the_target_of_aid(coder):
    assert ("USA", "KEN") in {(s, t) for s, c, t in dyadic(
        coder, "The U.S. government has donated 300 ventilators and other medical equipment "
               "to assist Kenya in its fight against the virus.") if c.startswith("07")}
    assert ("CHN", "07", "LKA") in roots(
        coder, "China shipped 50,000 tonnes of rice to help Sri Lanka through its economic "
               "crisis.")


def test_a_helping_purpose_of_a_hostile_act_names_no_beneficiary(coder):
    # a blockade meant to help someone does not make that someone its target
    assert not any(t == "CHL" for _, _, t in dyadic(
        coder, "Bolivian truckers blocked the highway to help farmers from Chile get a better "
               "price."))


# --- a body placed by where it is based ---------------------------------------------------

def test_firms_based_in_a_named_place_are_that_places(coder):
    assert ("USA", "163", "HKG") in dyadic(
        coder, "Washington imposed sanctions on three Hong Kong-based firms.")
    assert ("EU", "CHN") in {(s, t) for s, _, t in dyadic(
        coder, "The European Union blacklisted four China-based companies accused of "
               "supplying drone parts to Russia.")}


def test_a_named_body_based_abroad_keeps_its_own_country(coder):
    # the observatory is a Syrian body based in London: never Britain's
    found = coded(coder, "The London-based Syrian Observatory for Human Rights said "
                         "Turkish drones struck a village near Kobani.")
    assert all(e.source.country != "GBR" for e in found)
    assert ("TUR", "SYR") in {(e.source.country, e.target.country) for e in found}


# --- the posting of an envoy a passive act names no doer for ----------------------------

def test_the_host_of_a_posted_envoy_summons_or_expels_it(coder):
    assert ("DNK", "RUS") in {(s, t) for s, c, t in dyadic(
        coder, "Russia's ambassador to Denmark was summoned over the drone incursions.")
        if c.startswith("11")}
    assert ("GBR", "IRN") in {(s, t) for s, _, t in dyadic(
        coder, "Iran's charge d'affaires in London was summoned on Tuesday.")}
    assert ("GBR", "IRN") in {(s, t) for s, _, t in dyadic(
        coder, "Iran's charge d'affaires in London was summoned to the Foreign Office.")}
    assert ("ARG", "166", "VEN") in dyadic(
        coder, "The Venezuelan ambassador to Argentina was expelled after the election "
               "dispute.")
    assert ("LTU", "CHN") in {(s, t) for s, _, t in dyadic(
        coder, "The Chinese ambassador was summoned to the foreign ministry in Vilnius on "
               "Monday.")}


def test_a_recalled_envoy_is_recalled_from_its_posting(coder):
    assert ("KEN", "161", "ETH") in dyadic(
        coder, "The Kenyan ambassador to Ethiopia was recalled for consultations.")


def test_an_envoy_called_home_or_unposted_gives_no_host(coder):
    # called to its own capital: no act of the host; no posting named: no one
    for text in ("The Russian ambassador to Israel was summoned to Moscow for "
                 "consultations.",
                 "The Kenyan ambassador was summoned on Monday."):
        assert not any(s in ("ISR", "KEN") and t == "RUS" or s == t
                       for s, _, t in dyadic(coder, text)), text


def test_the_popes_envoy_is_the_holy_sees(coder):
    assert ("NIC", "166", "VAT") in dyadic(coder, "Nicaragua expelled the papal nuncio.")
    assert ("VAT", "PHL") in {(s, t) for s, _, t in dyadic(
        coder, "The Apostolic Nuncio met the Filipino president on Monday.")} or \
        ("VAT", "PHL") in {(s, t) for s, _, t in dyadic(
            coder, "The papal nuncio met the Filipino president on Monday.")}
