"""Event dates: the cheap word test in front of the date patterns finds what the patterns
find, in any letter case, and text in other scripts or odd letters never breaks them."""

from __future__ import annotations

from datetime import date

import pytest

from entente.coder.dates import event_date

PUBLISHED = date(2024, 5, 10)  # a Friday


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Chile and Peru signed the accord on SEPTEMBER 3, 2019.", (date(2019, 9, 3), "day")),
    ("Ghana expelled the envoy on Sept. 30.", (date(2023, 9, 30), "day")),
    ("TALKS RESUMED ON MONDAY IN LIMA.", (date(2024, 5, 6), "day")),
    ("Oslo hosted the envoys yesterday.", (date(2024, 5, 9), "day")),
    ("The ministry said this evening that talks had failed.", (PUBLISHED, "day")),
    ("Kenya recalled its ambassador Last Week.", (date(2024, 5, 3), "day")),
    ("Qatar mediated between them last month.", (date(2024, 4, 1), "month")),
    ("Togo signed the treaty in February.", (date(2024, 2, 1), "month")),
    ("Benin left the bloc in 2019.", (date(2019, 1, 1), "year")),
    ("Mali cut ties with France in Aug 2022.", (date(2022, 8, 1), "month")),
    ("Three decades ago Ecuador fought Peru.", (date(1994, 1, 1), "year")),
    # month and weekday letters inside other words date nothing
    ("Omar said the maritime summary was novel and the decision separate.",
     (PUBLISHED, "day")),
    ("The Sundays of the junta were quiet, Marcos said.", (PUBLISHED, "day")),
])
def test_dates_in_any_letter_case(sentence, expected):
    assert event_date(sentence, PUBLISHED) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Talks in Quito ended on \u017funday.", (date(2024, 5, 5), "day")),   # long s
    ("They met on Fr\u0131day in Lima.", (PUBLISHED, "day")),             # dotless i
    ("THEY MET ON FR\u0130DAY.", (PUBLISHED, "day")),                     # dotted capital I
    ("In Augu\u017ft 2019 Chile recalled its envoy.", (date(2019, 8, 1), "month")),
    ("It happened \u017fix years ago.", (date(2018, 1, 1), "year")),
    ("Le 3 mars, Paris a convoqu\u00e9 l'ambassadeur.", (PUBLISHED, "day")),
])
def test_unusual_letters_never_break_the_date(sentence, expected):
    assert event_date(sentence, PUBLISHED) == expected


def test_without_a_document_date_only_absolute_dates_count():
    assert event_date("Peru protested on Tuesday.", None) == (None, None)
    assert event_date("Peru protested on March 4, 2021.", None) == (date(2021, 3, 4), "day")
