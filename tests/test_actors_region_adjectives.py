"""A region's adjective ("West African", "Southeast Asian") names that region, never "the
West" of a phrase that happens to start with "The West"."""

from __future__ import annotations

import pytest

from actor_helpers import only


@pytest.mark.parametrize("sentence, span, code", [
    ("The West African bloc ECOWAS threatened to use force.", "West African", "WAF"),
    ("East African leaders met in Arusha on Friday.", "East African leaders", "EAFGOV"),
    ("Southeast Asian nations urged restraint in the South China Sea.",
     "Southeast Asian nations", "SEA"),
    ("The West imposed new sanctions on Russia.", "The West", "WST"),
])
def test_region_adjectives(resolver, sentence, span, code):
    assert only(resolver.find(sentence), span).code == code


@pytest.mark.parametrize("phrase, code", [
    ("The West African bloc ECOWAS", "IGOWAFECO"),
    ("the Southeast Asian bloc ASEAN", "IGOSEAASN"),
])
def test_a_region_before_a_named_organisation_only_says_where_it_is(resolver, phrase, code):
    assert resolver.resolve_phrase(phrase).code == code


def test_a_region_alone_stays_the_region(resolver):
    assert resolver.resolve_phrase("West African leaders").code == "WAFGOV"
