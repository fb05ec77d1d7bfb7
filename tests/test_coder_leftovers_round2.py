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
