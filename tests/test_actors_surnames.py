"""Actor resolution: office holders named by surname alone, from the people table or from an
earlier mention with a title, and the surnames that must not be taken for them.

Every sentence here is written for these tests.
"""

from __future__ import annotations

import pytest

from actor_helpers import only
from entente.actors import DocumentContext
from entente.actors.gazetteer import Gazetteer


@pytest.mark.parametrize(("sentence", "when", "span", "code"), [
    ("Kishi said the radar lock-on was dangerous.", "2021-05-10", "Kishi", "JPNMIL"),
    ("Herzog said the hostages must come home.", "2023-12-01", "Herzog", "ISRGOV"),
    ("Healey told reporters the frigates would sail in May.", "2025-02-01", "Healey",
     "GBRMIL"),
    ("Frederiksen said Greenland was not for sale.", "2025-01-15", "Frederiksen", "DNKGOV"),
])
def test_a_listed_office_holder_is_found_by_surname_alone(resolver, sentence, when, span,
                                                          code):
    assert only(resolver.find(sentence, date=when), span).code == code


def test_a_surname_keeps_the_office_of_the_date(resolver):
    mention = only(resolver.find("Kishi visited the base.", date="2024-06-01"), "Kishi")
    assert mention.country == "JPN"
    assert mention.sector is None  # out of office by then: the country stays, the office goes


@pytest.mark.parametrize("sentence", [
    "Mohamed Herzog opened a bakery in Alexandria.",      # a full name of someone else
    "Kishi Nobuyuki won the chess final.",               # a name word follows
    "Salman Khan flew to Dubai for the premiere.",        # a given name
    "Keita scored twice for the visitors.",               # a surname thousands share
    "Straw bales blocked the road near Leeds.",           # a common word
])
def test_a_surname_that_may_be_someone_else_stays_unplaced(resolver, sentence):
    assert all(m.kind != "person" or m.country is None
               for m in resolver.find(sentence, date="2023-01-01"))


def test_no_derived_surname_is_shared_across_states_or_shadows_another_entry():
    # two people of one state may share one ("Rajapaksa"): it then gives only the state
    gazetteer = Gazetteer.default()
    alone = [e for e in gazetteer.entries if e.alone]
    assert alone
    owners: dict[str, set[tuple[str, str | None]]] = {}
    for entry in alone:
        owners.setdefault(entry.form.lower(), set()).add((entry.name or "", entry.country))
        others = [e for e in gazetteer.lookup(entry.form) if not e.alone]
        assert not others, entry.form
    for form, held in owners.items():  # one person (in any office), or one state
        assert len({name for name, _ in held}) == 1 or len({c for _, c in held}) == 1, form


def test_a_surname_after_a_title_earlier_in_the_sentence_is_that_person(resolver):
    sentence = ("Chilean Defence Minister Rosa Quintana inspected the port; Quintana said "
                "the navy would patrol it.")
    mentions = resolver.find(sentence, date="2024-03-01")
    assert only(mentions, "Quintana").code == "CHLMIL"


def test_a_surname_from_an_earlier_sentence_of_the_document_is_that_person(resolver):
    context = DocumentContext()
    resolver.find("Ghana's Foreign Minister Kofi Ampofo arrived in Lome.", context=context)
    later = resolver.find("Ampofo said the border would reopen.", context=context)
    assert only(later, "Ampofo").code == "GHAGOV"


@pytest.mark.parametrize(("sentence", "when", "span", "code"), [
    ("Livni said Israel would not talk under fire.", "2008-01-05", "Livni", "ISRGOV"),
    ("Onodera told the Diet the patrols would go on.", "2013-06-01", "Onodera", "JPNMIL"),
    ("Sajjan flew to Riga to visit the battlegroup.", "2018-04-01", "Sajjan", "CANMIL"),
    ("Malcorra met the British envoy about the islands.", "2016-05-01", "Malcorra", "ARGGOV"),
    ("Foreign Minister Kang Kyung-wha arrived in Tokyo.", "2019-08-01",
     "Foreign Minister Kang Kyung-wha", "KORGOV"),
])
def test_foreign_and_defence_ministers_of_the_date_speak_for_their_state(
        resolver, sentence, when, span, code):
    assert only(resolver.find(sentence, date=when), span).code == code


def test_a_minister_who_changed_office_holds_the_one_of_the_date(resolver):
    early = only(resolver.find("MacKay said the talks were useful.", date="2007-01-10"),
                 "MacKay")
    late = only(resolver.find("MacKay said the jets would stay.", date="2010-01-10"), "MacKay")
    assert (early.code, late.code) == ("CANGOV", "CANMIL")


def test_one_resolver_reads_a_surname_by_each_document_it_is_given(resolver):
    # the resolver keeps what it matched in a text; a surname alone must still be read
    # through the document at hand, in either order
    said = "Herzog told the assembly the border would stay open."
    earlier = "Swiss Finance Minister Daniel Herzog opened the trade fair in Basel."
    for _ in range(2):
        plain = only(resolver.find(said, date="2023-12-01"), "Herzog")
        story = DocumentContext(f"{earlier} {said}")
        resolver.find(earlier, date="2023-12-01", context=story)
        told = only(resolver.find(said, date="2023-12-01", context=story), "Herzog")
        assert (plain.code, told.code) == ("ISRGOV", "CHEGOV")
        assert resolver.resolve_phrase("Herzog", date="2023-12-01").code == "ISRGOV"
        assert resolver.resolve_phrase("Herzog", date="2023-12-01", context=story).code \
            == "CHEGOV"
