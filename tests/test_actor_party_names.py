"""Party names recur from state to state ("Democrats", "Conservatives", "Labour Party",
"Social Democrats"): the state a phrase names owns the party; a party's own full name or
acronym places it alone. Every phrase is written for this file."""

from __future__ import annotations

import pytest

from entente.actors.resolver import ActorResolver


@pytest.fixture(scope="module")
def resolver() -> ActorResolver:
    return ActorResolver()


@pytest.mark.parametrize("phrase, country", [
    ("Canada's Conservatives", "CAN"),
    ("South Korea's opposition Democratic Party", "KOR"),
    ("the New Zealand Labour Party", "NZL"),
    ("the German Social Democrats", "DEU"),
    ("Sweden's Social Democratic Party", "SWE"),
    ("Japan's ruling Liberal Democratic Party", "JPN"),
    ("the LDP", "JPN"),
    ("the CDU", "DEU"),
])
def test_a_party_belongs_to_the_state_its_phrase_names(resolver, phrase, country):
    mention = resolver.resolve_phrase(phrase)
    assert (mention.kind, mention.country, mention.sector) == ("group", country, "PTY")
    assert mention.code.startswith(country)


@pytest.mark.parametrize("phrase, country", [
    ("the Democrats", "USA"),
    ("the Republicans", "USA"),
    ("Iranian-backed Hezbollah", "LBN"),  # a backer is no owner
])
def test_a_party_or_group_named_alone_keeps_its_own_state(resolver, phrase, country):
    assert resolver.resolve_phrase(phrase).country == country


def test_social_democrats_of_no_named_state_are_nobodys(resolver):
    mention = resolver.resolve_phrase("Social Democrats")
    assert mention.country is None and mention.sector == "PTY"
