"""Classes of construction left open after the first leftovers round (issue 13): the
speaker's own act conjoined to a reported clause about a thing, titles that name their
institution without naming it. Sentences written for these tests; every class has
sentences that must give nothing."""

from __future__ import annotations

import pytest

from coder_helpers import coded, dyadic


@pytest.mark.parametrize(("text", "expected"), [
    # a thing (a craft, a weapon, a cargo) says and asks nothing: the conjoined speech or
    # diplomatic act is the speaker's, not the thing's
    ("Vietnam's foreign ministry said the Chinese survey ship had entered its exclusive "
     "economic zone and demanded that Beijing withdraw it.", ("VNM", "10", "CHN")),
    ("The Philippine coast guard said the vessels had rammed a supply boat near the shoal "
     "and called on China to stop its dangerous manoeuvres.", ("PHL", "02", "CHN")),
    ("Seoul said the balloons had landed across the capital and urged Pyongyang to halt "
     "the launches.", ("KOR", "02", "PRK")),
    ("Kyiv said the drones had crashed in Moldovan territory and asked Chisinau to return "
     "the wreckage.", ("UKR", "02", "MDA")),
    ("Lithuania said the cargo had been seized at the border and demanded an explanation "
     "from Minsk.", ("LTU", "10", "BLR")),
    ("Japan said the warplanes had violated its airspace for several minutes and lodged a "
     "protest with Moscow.", ("JPN", "11", "RUS")),
])
def test_speaker_act_after_a_clause_about_a_thing(coder, text, expected):
    assert expected in {(s, c[:2], t) for s, c, t in dyadic(coder, text)}


@pytest.mark.parametrize("text", [
    "Vietnam said the Chinese tanker had entered its waters and anchored near the island.",
    "The navy said the frigate had docked in Manila and refuelled before sailing to Japan.",
    "Kyiv said the drones had crashed in Moldova and exploded near a village.",
])
def test_what_a_thing_does_stays_its_own(coder, text):
    assert not {t for t in dyadic(coder, text) if t[1][:2] in ("02", "10", "11", "12")}


def _sources(coder, text: str) -> set[str | None]:
    return {e.source.country for e in coded(coder, text)}


@pytest.mark.parametrize(("text", "body"), [
    # a title of an international body's head, written without the body, holds office in
    # the body the story named before
    ("The United Nations warned of famine in Gaza. The Secretary-General urged Israel to "
     "halt the offensive.", "UN"),
    ("UN agencies reported new displacement in Darfur. The secretary general called on "
     "Sudan's army to open the border crossings.", "UN"),
    ("EU ministers met in Brussels on Monday. The bloc's foreign policy chief criticised "
     "Iran over the executions.", "EU"),
    ("NATO defence ministers gathered in Vilnius. The alliance's secretary general urged "
     "Turkey to approve Sweden's membership.", "NATO"),
    ("The IAEA board met in Vienna. The director general urged Iran to let the inspectors "
     "back in.", "IAEA"),
])
def test_title_named_by_its_institution(coder, text, body):
    assert body in _sources(coder, text)


@pytest.mark.parametrize("text", [
    # no body named: the title stays an actor without a country
    "The Secretary-General urged Israel to halt the offensive.",
    "The alliance's secretary general urged Turkey to approve Sweden's membership.",
])
def test_title_without_its_institution_stays_unplaced(coder, text):
    assert _sources(coder, text) <= {None}


@pytest.mark.parametrize(("text", "expected"), [
    # "them" after a verb that addressed several parties is those parties, not an actor of
    # an earlier sentence
    ("China condemned the drills. Qatar's emir said he had spoken to the leaders of Iran "
     "and Israel and urged them to show restraint.", {("QAT", "IRN"), ("QAT", "ISR")}),
    ("Germany's chancellor said she had spoken to the leaders of both countries, Armenia "
     "and Azerbaijan, and urged them to show restraint.", {("DEU", "ARM"), ("DEU", "AZE")}),
    ("Iran condemned the raid. Kenya's president telephoned the leaders of Rwanda and Congo "
     "and urged them to resume talks.", {("KEN", "RWA"), ("KEN", "COD")}),
    ("Britain protested the arrests. Egypt's foreign minister met the envoys of Sudan and "
     "Chad and asked them to reopen the crossings.", {("EGY", "SDN"), ("EGY", "TCD")}),
])
def test_them_is_the_parties_just_addressed(coder, text, expected):
    appeals = {(s, t) for s, c, t in dyadic(coder, text) if c[:2] == "02"}
    assert expected <= appeals
    assert not {t for _, t in appeals} - {t for _, t in expected}


@pytest.mark.parametrize(("text", "expected"), [
    # vowing to beat an armed foe threatens force (138), whatever the verb of beating
    ("Ethiopia's prime minister vowed to crush the TPLF.", ("ETH", "138", "ETH")),
    ("Israel vowed to defeat Hamas.", ("ISR", "138", "PSE")),
    ("Somalia's president vowed to eliminate al-Shabaab.", ("SOM", "138", "SOM")),
    ("Nigeria pledged to wipe out Boko Haram within a year.", ("NGA", "138", "NGA")),
    ("Kyiv vowed to drive Russian troops out of every occupied village.",
     ("UKR", "138", "RUS")),
    ("Sudan's army vowed to defeat the RSF militia.", ("SDN", "138", "SDN")),
])
def test_vow_to_beat_a_foe_is_a_threat(coder, text, expected):
    assert expected in dyadic(coder, text)


@pytest.mark.parametrize("text", [
    "The president vowed to crush inflation this year.",
    "Colombia vowed to defeat poverty in the border region.",
    "Brazil defeated Argentina 2-1 in Buenos Aires.",
    "The government pledged to eliminate tariffs on Kenyan tea.",
])
def test_beating_no_foe_gives_no_force(coder, text):
    assert not {t for t in dyadic(coder, text) if t[1][:2] in ("13", "19")}


@pytest.mark.parametrize(("text", "expected"), [
    # a complaint lodged with a body over a party's deed is aimed at the party
    ("Lebanon lodged a complaint with the UN Security Council over Israeli violations.",
     ("LBN", "114", "ISR")),
    ("Syria filed a complaint with the United Nations over Turkish air strikes.",
     ("SYR", "114", "TUR")),
    ("Ukraine complained to the UN Security Council about Russian attacks on its ports.",
     ("UKR", "114", "RUS")),
    # with no doer named, the body it was lodged with
    ("Lebanon lodged a complaint with the UN Security Council over the incident.",
     ("LBN", "114", "UNSC")),
    ("Armenia lodged a complaint with Azerbaijan over the shelling.", ("ARM", "114", "AZE")),
])
def test_complaint_with_a_body_over_a_deed(coder, text, expected):
    assert expected in dyadic(coder, text)


def test_complaint_over_a_deed_spares_the_body(coder):
    text = "Lebanon lodged a complaint with the UN Security Council over Israeli violations."
    assert not {t for t in dyadic(coder, text) if t[2] == "UNSC"}


@pytest.mark.parametrize(("text", "expected"), [
    # a headline opened by an acronym the tagger takes for a verb: the verb after it
    ("ECOWAS lifts sanctions on Niger", ("ECOWAS", "085", "NER")),
    ("ECOWAS Lifts Sanctions On Niger", ("ECOWAS", "085", "NER")),
    ("ASEAN urges Myanmar junta to end violence", ("ASEAN", "02", "MMR")),
    ("SADC deploys troops to Mozambique", ("SADC", "07", "MOZ")),
    ("IAEA criticises Iran over enrichment", ("IAEA", "11", "IRN")),
])
def test_acronym_opening_a_headline(coder, text, expected):
    source, code, target = expected
    assert any(s == source and c.startswith(code) and t == target
               for s, c, t in dyadic(coder, text))


@pytest.mark.parametrize("text", [
    "OPEC cuts oil output",
    "BRICS leaders meet in Kazan",
])
def test_acronym_headline_without_a_party_gives_nothing(coder, text):
    assert not dyadic(coder, text)
