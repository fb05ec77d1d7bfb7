"""CAMEO 08 (yield), 09 (investigate) and 17 (coerce): the ordinary news verbs, phrasal verbs
and nominalisations of each family (issue 13, class 10). Sentences written for these tests;
every family has readings of its words that must give nothing."""

from __future__ import annotations

import pytest

from coder_helpers import coded, dyadic, triples


@pytest.mark.parametrize(("text", "expected"), [
    # easing sanctions: British and American verbs
    ("Brussels loosened restrictions on Iranian banks.", ("EU", "085", "IRN")),
    ("Washington relaxed its sanctions on Venezuela.", ("USA", "085", "VEN")),
    # pulling back and drawing down forces
    ("Armenia has pulled back its troops from the Azerbaijani border.", ("ARM", "0872", "AZE")),
    ("Britain drew down its troops in Afghanistan.", ("GBR", "0872", "AFG")),
    # letting monitors and inspectors in
    ("North Korea admitted UN inspectors to Yongbyon.", ("PRK", "0862", "UN")),
    ("Iran agreed to readmit IAEA inspectors.", ("IRN", "0355", "IAEA")),
    # prisoner swaps, as verbs and as nouns, are releases by both sides
    ("Russia and Ukraine carried out a prisoner exchange.", ("RUS", "0841", "UKR")),
    ("Russia and Ukraine carried out a prisoner exchange.", ("UKR", "0841", "RUS")),
    ("Armenia and Azerbaijan swapped captives on Sunday.", ("ARM", "0841", "AZE")),
    ("Kenya completed the handover of the suspects to Uganda.", ("KEN", "0842", "UGA")),
    # giving in, meeting demands
    ("The Malian junta met the demands of the Algerian mediators.", ("MLI", "080", "DZA")),
    ("Tunisia legalised the main Islamist party.", ("TUN", "0812", None)),
    ("The Egyptian government lifted censorship on foreign newspapers.", ("EGY", "0811", None)),
])
def test_yield_family(one_sided_coder, text, expected):
    assert expected in triples(one_sided_coder, text)


@pytest.mark.parametrize(("text", "expected"), [
    ("A Chilean judge opened fraud investigations against Peruvian officials.",
     ("CHL", "091", "PER")),
    ("The Indonesian government sent investigators to East Timor.", ("IDN", "090", "TLS")),
    ("Police in Lagos launched a corruption probe against two Ghanaian officials.",
     ("NGA", "091", "GHA")),
    ("The European Commission will scrutinise Hungary over its use of EU funds.",
     ("EU", "090", "HUN")),
    ("Brussels scrutinized the Polish government over its judicial reforms.",
     ("EU", "090", "POL")),
])
def test_investigate_family(coder, text, expected):
    assert expected in triples(coder, text)


@pytest.mark.parametrize(("text", "expected"), [
    ("Ukraine impounded a Russian cargo ship.", ("UKR", "171", "RUS")),
    ("Bolivia nationalised the assets of a Spanish utility.", ("BOL", "1711", "ESP")),
    ("Egypt kicked out the Turkish ambassador.", ("EGY", "166", "TUR")),
    ("Russia kicked out two American journalists.", ("RUS", "174", "USA")),
    ("Moldova declared a Russian diplomat persona non grata.", ("MDA", "166", "RUS")),
    ("The Chinese authorities put a Taiwanese publisher under house arrest.",
     ("CHN", "173", "TWN")),
    ("Belarusian police took two Polish journalists into custody.", ("BLR", "173", "POL")),
    ("Israeli police sealed off the Palestinian town of Jenin.", ("ISR", "191", "PSE")),
    ("Britain denied entry to two Israeli ministers.", ("GBR", "172", "ISR")),
    ("Russia refused entry to a Lithuanian delegation.", ("RUS", "172", "LTU")),
])
def test_coerce_family(coder, text, expected):
    assert expected in triples(coder, text)


@pytest.mark.parametrize("text", [
    # admit: confess, not let in
    "The Finnish company admitted losses in Russia.",
    # release: a text, a film or figures is no release of persons
    "The Kenyan court released its ruling on the Tanzanian case.",
    "The Swedish band released a new album in Germany.",
    "Statistics Canada released new figures on American imports.",
    # kick out, meet, deny: sport, targets and records
    "The Spanish club kicked out its Brazilian coach.",
    "The Japanese carmaker met its sales target in India.",
    "Ghana met the deadline set by the IMF.",
    "The Belgian minister denied access to his tax records.",
    # an investigation into a thing, not a party
    "Scientists in Chile launched an investigation into the drought.",
])
def test_yield_investigate_coerce_words_that_are_no_event(coder, text):
    assert not dyadic(coder, text), coded(coder, text)
