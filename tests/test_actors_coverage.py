"""Actor resolution: coverage of the bundled data (people in office, groups, sector nouns, IGO
bodies, ethnic groups, cities) and the phrase rules that place a body by where it is.

Every sentence here is written for these tests.
"""

from __future__ import annotations

import pytest

from actor_helpers import only
from entente.actors import DocumentContext

# -- a body with no state of its own is placed by "in <state / capital / city>" --------------

@pytest.mark.parametrize(("sentence", "span", "code"), [
    ("Security forces in Conakry fired tear gas at the crowd.", "Security forces in Conakry",
     "GINCOP"),
    ("Authorities in Croatia detained four men on Friday.", "Authorities in Croatia", "HRVGOV"),
    ("Protesters in Belgrade blocked a bridge for an hour.", "Protesters in Belgrade", "SRBCVL"),
    ("Militias in Tripoli traded fire overnight.", "Militias in Tripoli", "LBYMIL"),
    ("Officials in the Gaza Strip said the crossing was shut.", "Officials in the Gaza Strip",
     "PSEGOV"),
])
def test_a_sector_body_takes_the_state_it_is_in(resolver, sentence, span, code):
    assert only(resolver.find(sentence), span).code == code


def test_a_body_with_its_own_state_keeps_it_and_the_place_stays_a_place(resolver):
    mentions = resolver.find("Serbian police in Kosovo arrested two smugglers.")
    assert only(mentions, "Serbian police").code == "SRBCOP"
    assert only(mentions, "Kosovo").kind == "location"


def test_refugees_are_not_placed_by_the_country_they_shelter_in(resolver):
    mentions = resolver.find("Refugees in Chad waited for food deliveries.")
    assert only(mentions, "Refugees").country is None
    assert only(mentions, "Chad").kind == "location"


def test_a_title_is_not_placed_by_in(resolver):
    # "the president in Moscow" may be a visitor: the place does not make him Russia's
    mentions = resolver.find("The president in Moscow signed nothing.")
    assert only(mentions, "Moscow").kind == "location"


# -- ethnic groups ----------------------------------------------------------------------------

@pytest.mark.parametrize(("phrase", "country", "code"), [
    ("Albanians of southern Serbia", "SRB", "SRBALB"),
    ("Serbs in Bosnia", "BIH", "BIHSRB"),
    ("ethnic Hungarians in Slovakia", "SVK", "SVKHUN"),
])
def test_resolve_phrase_places_an_ethnic_group_by_of_and_in(resolver, phrase, country, code):
    mention = resolver.resolve_phrase(phrase)
    assert (mention.kind, mention.country, mention.code) == ("group", country, code)


def test_ethnic_minority_without_a_state_is_not_its_kin_state(resolver):
    # "ethnic Albanians" are mostly reported outside Albania: no home state is assumed
    mention = resolver.resolve_phrase("ethnic Albanians")
    assert mention.kind == "group" and mention.country is None
    assert "none assumed" in mention.reason
    assert resolver.resolve_phrase("Albanians").country == "ALB"


@pytest.mark.parametrize(("sentence", "span", "country"), [
    ("Yoruba leaders endorsed the governor for a second term.", "Yoruba leaders", "NGA"),
    ("Igbo traders closed their shops in protest.", "Igbo traders", "NGA"),
    ("Chechen fighters ambushed the convoy.", "Chechen fighters", "RUS"),
])
def test_ethnic_groups_with_a_home_state(resolver, sentence, span, country):
    assert only(resolver.find(sentence), span).country == country


def test_older_spelling_of_muslim(resolver):
    mention = resolver.resolve_phrase("Moslem fundamentalists")
    assert mention.kind == "group" and mention.sector == "RAD"


# -- people in office -------------------------------------------------------------------------

@pytest.mark.parametrize(("phrase", "when", "code"), [
    ("President Suharto", "1997-05-01", "IDNGOV"),
    ("Mikhail Gorbachev", "1990-06-01", "USRGOV"),
    ("Milosevic", "1999-03-24", "FRYGOV"),
    ("Milosevic", "1995-11-21", "SRBGOV"),
    ("Sheikh Hamad bin Khalifa al-Thani", "2005-01-01", "QATGOV"),
    ("General Qamar Bajwa", "2019-01-01", "PAKMIL"),
    ("Riek Machar", "2015-01-01", "SSDREB"),
    ("Riek Machar", "2021-01-01", "SSDGOV"),
    ("Adil Abdul-Mahdi", "2019-06-01", "IRQGOV"),
    ("former dictator Idi Amin", "1975-01-01", "UGAGOV"),
    ("President Jean-Bertrand Aristide", "2002-01-01", "HTIGOV"),
    ("Frank Bainimarama", "2010-01-01", "FJIGOV"),
    ("Vietnamese President Luong Cuong", "2025-05-01", "VNMGOV"),
    ("Vo Van Thuong", "2023-09-01", "VNMGOV"),
    ("Rodrigo Paz", "2026-02-01", "BOLGOV"),
])
def test_office_holders_of_more_states(resolver, phrase, when, code):
    assert resolver.resolve_phrase(phrase, date=when).code == code


def test_two_papandreous_are_told_apart_by_the_date(resolver):
    early = resolver.resolve_phrase("Papandreou", date="1995-01-10")
    late = resolver.resolve_phrase("Papandreou", date="2010-05-02")
    assert early.name == "Andreas Papandreou" and late.name == "George Papandreou"


# -- named groups ------------------------------------------------------------------------------

@pytest.mark.parametrize(("sentence", "span", "code"), [
    ("UNITA rebels shelled the airport at dawn.", "UNITA rebels", "AGOREBUNI"),
    ("A statement from the Liberation Tigers denied the report.", "Liberation Tigers",
     "LKAREBLTT"),
    ("The Haqqani network claimed the attack.", "Haqqani network", "AFGREBHQN"),
    ("The Islamic Salvation Front called a general strike.", "Islamic Salvation Front",
     "DZAOPPFIS"),
    ("The Sudanese government and SPLM/A agreed to a truce.", "SPLM/A", "SDNREBSPL"),
    ("Two IRA bombers were jailed for life.", "IRA bombers", "GBRREBIRA"),
    ("Sinaloa Cartel gunmen opened fire on the patrol.", "Sinaloa Cartel gunmen",
     "MEXCRMSIN"),
    ("Forces for the Defence of Democracy fighters raided the camp.",
     "Forces for the Defence of Democracy fighters", "BDIREBFDD"),
])
def test_armed_groups_and_parties_of_long_running_conflicts(resolver, sentence, span, code):
    assert only(resolver.find(sentence), span).code == code


@pytest.mark.parametrize("sentence", [
    "The IRA will lower energy bills, the senator said.",   # the Inflation Reduction Act
    "PTI reported the verdict on Monday.",                  # Press Trust of India
])
def test_acronyms_with_other_common_readings_are_not_groups(resolver, sentence):
    assert all(m.kind != "group" for m in resolver.find(sentence))


# -- sector nouns and titles ------------------------------------------------------------------

@pytest.mark.parametrize(("sentence", "span", "code"), [
    ("The Malian junta expelled the French ambassador.", "Malian junta", "MLIMIL"),
    ("Burundian militiamen attacked the camp.", "Burundian militiamen", "BDIMIL"),
    ("Ugandan peacekeepers repelled the assault.", "Ugandan peacekeepers", "UGAMIL"),
    ("Iraqi security sources said two bombs went off.", "Iraqi security sources", "IRQCOP"),
    ("Israeli settlers torched two cars.", "Israeli settlers", "ISRCVL"),
    ("Kenyan truck drivers blocked the border post.", "Kenyan truck drivers", "KENLAB"),
    ("Egyptian fundamentalists threatened tourists.", "Egyptian fundamentalists", "EGYRAD"),
    ("Serbian nationalists marched through the town.", "Serbian nationalists", "SRBRAD"),
    ("Turkish prison guards beat the inmates.", "Turkish prison guards", "TURCOP"),
    ("Cairo's security chief warned the strikers.", "Cairo's security chief", "EGYCOP"),
    ("Lebanese opposition leaders walked out.", "Lebanese opposition leaders", "LBNOPP"),
    ("Somali pirates seized a tanker.", "Somali pirates", "SOMCRM"),
])
def test_more_sector_nouns_and_titles(resolver, sentence, span, code):
    assert only(resolver.find(sentence), span).code == code


def test_sector_nouns_without_a_country_keep_their_sector(resolver):
    mentions = resolver.find("Gunmen freed the hostages after the junta paid.")
    assert only(mentions, "hostages").sector == "CVL"
    assert only(mentions, "junta").sector == "MIL"


# -- IGO bodies, missions and officials -------------------------------------------------------

@pytest.mark.parametrize(("sentence", "span", "short"), [
    ("The European Community imposed an arms embargo.", "European Community", "EU"),
    ("OAU mediators arrived in Asmara.", "OAU mediators", "AU"),
    ("KFOR troops sealed the bridge.", "KFOR troops", "NATO"),
    ("UNIFIL said its patrol came under fire.", "UNIFIL", "UN"),
    ("UNSCOM weapons inspectors left Baghdad.", "UNSCOM", "UN"),
])
def test_igo_bodies_and_missions(resolver, sentence, span, short):
    mention = [m for m in resolver.find(sentence) if m.text.startswith(span)][0]
    assert mention.kind == "igo" and mention.country == short


def test_un_secretary_general_of_the_1990s(resolver):
    mention = resolver.resolve_phrase("Boutros Boutros-Ghali", date="1994-04-01")
    assert mention.country == "UN"


# -- places -----------------------------------------------------------------------------------

def test_more_cities_are_places_and_stand_for_their_state(resolver):
    mentions = resolver.find("A roadside bomb near Samarra killed a soldier.")
    assert (only(mentions, "Samarra").kind, only(mentions, "Samarra").country) == \
        ("location", "IRQ")
    assert only(resolver.find("Jericho police detained him."), "Jericho police").code == \
        "PSECOP"


def test_misspelt_demonym_in_wide_use(resolver):
    context = DocumentContext("Ghanians queued at the border.")
    mention = resolver.find("Ghanians queued at the border.", context=context)[0]
    assert mention.country == "GHA"


# -- bodies that cross borders, things named by a state adjective, shared heads ---------------

@pytest.mark.parametrize(("phrase", "code"), [
    ("Sudanese refugees in Chad", "SDNREF"),
    ("UN peacekeepers in Lebanon", "IGOUNO"),
    ("Jewish settlers in the West Bank", "ISRCVL"),
])
def test_a_mobile_body_is_not_owned_by_where_it_is(resolver, phrase, code):
    mention = resolver.resolve_phrase(phrase)
    assert mention.code == code
    assert "is where they are" in mention.reason or "Jewish settlers" in phrase


def test_refugees_in_a_country_have_no_country_from_it(resolver):
    assert resolver.resolve_phrase("refugees in Chad").country is None


def test_a_state_adjective_before_a_thing_is_not_an_actor(resolver):
    sentence = "The court lifted limits on the Russian language in schools."
    assert all(m.country != "RUS" for m in resolver.find(sentence))
    mention = resolver.resolve_phrase("the Russian language")
    assert mention.kind == "unresolved" and "names a thing" in mention.reason
    assert resolver.resolve_phrase("the Russian ambassador").code == "RUSGOV"


def test_a_state_abbreviation_shares_the_next_head(resolver):
    mentions = resolver.find("U.S. and Russian negotiators met in Geneva on Monday.")
    assert only(mentions, "U.S.").code == "USAGOV"
    assert only(mentions, "Russian negotiators").code == "RUSGOV"


def test_a_state_name_does_not_share_the_next_head(resolver):
    mentions = resolver.find("Israel and Palestinian militants agreed to a lull.")
    assert only(mentions, "Israel").sector is None


@pytest.mark.parametrize(("phrase", "code"), [
    ("Irish nationalist guerrillas", "GBRREB"),
    ("police in Northern Ireland", "GBRCOP"),
    ("a loyalist leader in Belfast", "GBRGOV"),
])
def test_northern_ireland_is_the_united_kingdom(resolver, phrase, code):
    assert resolver.resolve_phrase(phrase).code == code


def test_tripoli_is_libya_unless_the_document_points_to_lebanon(resolver):
    lebanese = ("Syrian officers tried to calm militias in Tripoli as gunfire echoed along "
                "the Lebanese coast.")
    assert only(resolver.find(lebanese), "militias in Tripoli").code == "LBNMIL"
    assert only(resolver.find(lebanese), "Syrian officers").code == "SYRMIL"
    assert only(resolver.find("Tripoli said the talks had failed."), "Tripoli").country == \
        "LBY"


def test_public_figure_out_of_office_keeps_the_country(resolver):
    mention = resolver.resolve_phrase("Archbishop Desmond Tutu", date="2005-02-01")
    assert mention.country == "ZAF" and mention.sector is None


@pytest.mark.parametrize(("sentence", "span", "code"), [
    ("A Kansas woman began a hunger strike outside the statehouse.", "Kansas woman", "USACVL"),
    ("Pittsburgh police closed the bridge.", "Pittsburgh police", "USACOP"),
    ("CBP returned the stolen fossils to Beijing.", "CBP", "USACOP"),
    ("The Department for International Development cut aid to Liberia.",
     "Department for International Development", "GBRGOV"),
    ("Turkish lawyers boycotted the hearing.", "Turkish lawyers", "TURJUD"),
    ("A Moroccan government agency froze the accounts.", "Moroccan government agency",
     "MARGOV"),
])
def test_subnational_places_institutions_and_more_sector_nouns(resolver, sentence, span, code):
    assert only(resolver.find(sentence), span).code == code


def test_new_mexico_is_a_us_state_not_mexico(resolver):
    mention = only(resolver.find("New Mexico sued the federal government."), "New Mexico")
    assert mention.country == "USA"


@pytest.mark.parametrize(("sentence", "when", "span", "code"), [
    ("Pope Francis urged a ceasefire in Gaza.", "2024-03-01", "Pope Francis", "VATGOV"),
    ("Guinean junta leader Mamady Doumbouya dissolved the cabinet.", "2022-05-01",
     "Guinean junta leader Mamady Doumbouya", "GINGOV"),
    ("Sassou Nguesso received the envoy in Brazzaville.", "2019-06-01", "Sassou Nguesso",
     "COGGOV"),
    ("Latvian President Edgars Rinkevics spoke in Riga.", "2024-01-15",
     "Latvian President Edgars Rinkevics", "LVAGOV"),
    ("Ardern announced a gun ban.", "2019-03-21", "Ardern", "NZLGOV"),
])
def test_heads_of_smaller_states(resolver, sentence, when, span, code):
    assert only(resolver.find(sentence, date=when), span).code == code
