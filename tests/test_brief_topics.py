"""Topics of events: the code, the PLOVER context and what the sentences are about."""

from __future__ import annotations

import pytest

from entente import ontology
from entente.brief.names import actor_words, period_label
from entente.brief.topics import TOPICS, parse_topic_rules, topic_of
from entente.errors import InputError


def _topic(code: str, sentence: str) -> str:
    known = ontology.event_types().get(code)
    return topic_of(code, known.plover_context if known else None, [sentence])


@pytest.mark.parametrize(("code", "sentence", "topic"), [
    # What the event is about overrides a generic code.
    ("057", "Belgrade and Tehran signed a memorandum to double farm exports by 2026.",
     "economic"),
    ("036", "Iran's trade minister said he would travel to Belgrade to discuss tariffs.",
     "economic"),
    ("057", "The two defence ministries signed a pact on joint air-defence drills and troops.",
     "military"),
    ("0331", "Iran offered to help rebuild hospitals after the floods in western Serbia.",
     "humanitarian"),
    ("111", "Serbia criticised the court ruling that ordered the extradition of the suspect.",
     "legal"),
    # Visa rules are consular relations between governments, not a legal matter.
    ("163", "Kenya reimposed visa requirements on Somali citizens on Friday.", "economic"),
    ("111", "Ghana criticised Togo over its new visa regime for traders.", "diplomatic"),
    ("130", "Chile warned Peru that it would answer the visa decision.", "diplomatic"),
    # The code settles it when it is specific.
    ("0234", "Moscow pledged to send Belgrade six fighter jets.", "military"),
    ("0233", "The EU promised emergency aid to the region.", "humanitarian"),
    ("173", "Police in Tehran detained a Serbian businessman.", "legal"),
    ("163", "Washington imposed new measures on Iranian shipping.", "economic"),
    ("190", "Troops shelled the border post overnight.", "military"),
    # Nothing in the words: the PLOVER context, then the root.
    ("042", "The Serbian president arrived in Tehran on Sunday.", "diplomatic"),
    ("051", "Iran praised Serbia's stance.", "diplomatic"),
])
def test_topics_from_code_context_and_words(code: str, sentence: str, topic: str) -> None:
    assert _topic(code, sentence) == topic


def test_every_evidence_sentence_counts() -> None:
    assert topic_of("057", None, ["The two sides signed it on Monday.",
                                  "It cuts customs duties on beef and grain."]) == "economic"
    assert topic_of(None, None, []) == "other"


def test_rules_file_errors_name_the_line() -> None:
    with pytest.raises(InputError, match=r"topics.tsv:3"):
        parse_topic_rules("kind\tpattern\ttopic\nword\ttrade\teconomic\nword\tgold\tshiny\n",
                          "topics.tsv")
    rules = parse_topic_rules("kind\tpattern\ttopic\nword\tgold*\teconomic\n", "x.tsv")
    assert rules.topic("010", None, ["Goldmine deal"]) == "economic"
    assert set(TOPICS) >= {"diplomatic", "economic", "military", "legal", "humanitarian"}


@pytest.mark.parametrize(("words", "kind", "country", "sector", "expected"), [
    ("Serbian President Aleksandar Vucic", "person", "SRB", "GOV",
     "Serbian President Aleksandar Vucic"),
    ("the Iranian agriculture ministry in Tehran", "state", "IRN", "AGR",
     "The Iranian agriculture ministry"),
    ("Belgrade", "state", "SRB", "GOV", "Serbian government"),
    ("Iran", "state", "IRN", None, "Iran"),
    ("they", "state", "IRN", "GOV", "Iranian government"),
    ("", "state", "SRB", "MIL", "Serbian military"),
    ("protesters", "unresolved", None, None, "Protesters"),
    # a proper name loses its article ("Pakistan → United Nations", not "→ The United ...")
    ("the United Nations", "igo", "UN", None, "United Nations"),
    ("The European Union", "igo", "EU", None, "European Union"),
    ("the Republic of Korea", "state", "KOR", "GOV", "Republic of Korea"),
    ("the Serbian ambassador", "person", "SRB", "GOV", "The Serbian ambassador"),
    # a trailing place and day are where and when, not who
    ("a Serbian delegation led by Health Minister Danica Grujicic in Tehran on Wednesday",
     "state", "SRB", "HLH", "A Serbian delegation led by Health Minister Danica Grujicic"),
    ("the Kenyan delegation on Friday", "state", "KEN", "GOV", "The Kenyan delegation"),
])
def test_actor_names_in_words(words: str, kind: str, country: str | None,
                              sector: str | None, expected: str) -> None:
    assert actor_words(words, kind, country, sector) == expected


def test_period_labels() -> None:
    from datetime import date

    assert period_label(date(2024, 1, 1), "month") == "Jan 2024"
    assert period_label(date(2024, 4, 1), "quarter") == "Q2 2024"
    assert period_label(date(2024, 1, 8), "week") == "week of 8 Jan 2024"
