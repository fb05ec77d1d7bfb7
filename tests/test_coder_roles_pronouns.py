"""Pronoun subjects of reported clauses stand for the speaker, every one of them."""

from __future__ import annotations

from coder_helpers import coded


def pairs(coder, text: str) -> set[tuple[str | None, str | None, str]]:
    return {(e.source.country, e.target.country, e.cameo_code[:2]) for e in coded(coder, text)}


def test_they_after_coordinated_speakers_is_all_of_them(coder):
    assert pairs(coder, "Armenia and Azerbaijan said on Friday they had exchanged 32 "
                        "prisoners of war.") == {("ARM", "AZE", "08"), ("AZE", "ARM", "08")}
    assert pairs(coder, "Kenya and Uganda said they would impose sanctions on Somalia.") >= {
        ("KEN", "SOM", "13"), ("UGA", "SOM", "13")}


def test_it_after_one_speaker_stays_that_speaker(coder):
    assert pairs(coder, "Ghana said it had expelled two Nigerian diplomats.") == {
        ("GHA", "NGA", "16")}


def test_it_is_no_titled_person_and_no_subject_of_its_own_verb(coder):
    found = pairs(coder, "Ethiopia summoned Egypt's ambassador on Monday after Cairo accused "
                         "it of endangering millions of people downstream.")
    assert ("EGY", "ETH", "11") in found
    assert not any(s == t for s, t, _ in found)


def test_him_still_stands_for_the_titled_person(coder):
    assert ("DEU", "FRA", "05") in pairs(coder, "Germany's chancellor met the French "
                                                "president and praised him for his support.")


def test_a_governed_event_noun_inside_a_reported_clause_keeps_its_governor(coder):
    assert pairs(coder, "Kenya said it wanted dialogue with Uganda.") == {("KEN", "UGA", "03")}
    assert pairs(coder, "Kenya said it rejected talks with Uganda.") == {("KEN", "UGA", "12")}
