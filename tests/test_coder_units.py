"""Unit tests of the coder's parser-free parts: sentences, lexicon, rules, dates, pre-filter."""

from __future__ import annotations

from datetime import date

import pytest

from entente.coder.bundle import Rules
from entente.coder.dates import event_date
from entente.coder.lexicon import Lexicon, noun_forms
from entente.coder.prefilter import Prefilter, with_parts
from entente.coder.sentences import is_boilerplate, normalise, split_dateline, split_sentences
from entente.errors import InputError

THURSDAY = date(2024, 3, 14)


# --- sentences -----------------------------------------------------------------------------

def test_split_keeps_abbreviations_and_initials_inside_sentences():
    text = ("U.S. envoy Gen. John W. Smith met Mr. Vucic in Belgrade on Jan. 5. "
            "He left on Tuesday! Did they agree?")
    assert [s.text for s in split_sentences(text)] == [
        "U.S. envoy Gen. John W. Smith met Mr. Vucic in Belgrade on Jan. 5.",
        "He left on Tuesday!", "Did they agree?"]


def test_paragraph_break_always_ends_a_sentence_and_indexes_are_sequential():
    sentences = split_sentences("Serbia protested\n\nIran replied on Monday.")
    assert [(s.text, s.index, s.paragraph) for s in sentences] == [
        ("Serbia protested", 0, 0), ("Iran replied on Monday.", 1, 1)]


def test_normalise_straightens_quotes_and_spaces():
    assert normalise("\u201cWe\u2019re  ready,\u201d\u00a0he said") == "\"We're ready,\" he said"


@pytest.mark.parametrize("line, place, rest", [
    ("BELGRADE (Reuters) - Serbia said", "Belgrade", "Serbia said"),
    ("Beijing, March 3 (Xinhua) -- China said", "Beijing", "China said"),
    ("KUALA LUMPUR - Malaysia said", "Kuala Lumpur", "Malaysia said"),
])
def test_datelines_are_split_off(line, place, rest):
    assert split_dateline(line) == (place, rest)


def test_an_ordinary_sentence_with_a_dash_is_not_a_dateline():
    line = "Iran - a long-time ally - said"
    assert split_dateline(line) == (None, line)


@pytest.mark.parametrize("line", [
    "Read more: Serbia news | World news",
    "Subscribe to our newsletter",
    "Serbia And Iran Forge A Surprising Alliance",
    'Serbia, Hungary Sign Energy Pact As Vucic Hails "Iron Friendship"',
    "© 2024 Example Media. All rights reserved.",
    "Share on Facebook",
])
def test_navigation_and_headlines_are_boilerplate(line):
    assert is_boilerplate(line, in_longer_text=True)


def test_a_lone_line_or_a_prose_paragraph_is_not_boilerplate():
    assert not is_boilerplate("Serbia And Iran Forge A Surprising Alliance", in_longer_text=False)
    assert not is_boilerplate("Serbia and Iran signed a trade deal on Tuesday.")
    assert not is_boilerplate('"We will never recognise the annexation," Kyiv said.')
    assert not is_boilerplate('Vucic told reporters: "Hungary Is Our Most Reliable Partner."')


def test_invisible_characters_are_removed_and_run_ons_are_cut():
    assert normalise("\x00Serbia\u202e condemned\u200b Iran.") == "Serbia condemned Iran."
    run_on = " ".join(["Serbia condemned Iran, and"] * 200)
    pieces = split_sentences(run_on)
    assert len(pieces) > 5 and all(len(p.text) <= 600 for p in pieces)
    assert " ".join(p.text for p in pieces) == run_on


# --- lexicon --------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def lexicon() -> Lexicon:
    return Lexicon.default()


def test_default_lexicon_covers_all_twenty_cameo_roots(lexicon):
    roots = {e.code[:2] for e in lexicon.entries() if e.code not in ("-", "")}
    assert {f"{i:02d}" for i in range(1, 21)} <= roots


def test_more_specific_entry_wins_and_exclusions_block(lexicon):
    assert lexicon.best("impose", "V", set(), {"sanction"}).code == "163"
    assert lexicon.best("impose", "V", set(), {"curfew"}).code == "1723"
    assert lexicon.best("strike", "V", set(), {"deal"}).code == "057"
    assert lexicon.best("strike", "V", set(), {"balance"}) is None
    assert lexicon.best("back", "V", {"down"}, set()).code == "080"
    assert lexicon.best("back", "V", set(), {"plan"}).code == "051"
    assert lexicon.best("fire", "V", set(), {"minister"}) is None
    assert lexicon.best("fire", "V", {"on"}, {"troop"}).code == "190"


def test_user_lexicon_extends_and_bad_rows_name_file_line_and_field(tmp_path, lexicon):
    extra = tmp_path / "mine.tsv"
    extra.write_text("lemma\tpos\tprep\tobject\tcode\ttarget\nsnub\tV\t\t\t1244\tdobj\n"
                     "embrace\tV\t\t\t051\tdobj\n", encoding="utf-8")
    extended = lexicon.extend(extra)
    assert extended.best("embrace", "V", set(), set()).code == "051"
    assert extended.best("snub", "V", set(), set()).code == "1244"
    assert extended.files[-1] == extra
    bad = tmp_path / "bad.tsv"
    bad.write_text("lemma\tpos\tprep\tobject\tcode\ttarget\nsnub\tV\t\t\t999\tdobj\n",
                   encoding="utf-8")
    with pytest.raises(InputError, match=r"bad.tsv:2: field 'code' '999'"):
        Lexicon.load([bad])
    bad.write_text("lemma\tpos\tprep\tobject\tcode\ttarget\nsnub\tX\t\t\t120\t\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"bad.tsv:2: field 'pos'"):
        Lexicon.load([bad])


def test_inflected_forms_for_the_prefilter(lexicon):
    verb_forms = lexicon.verb_forms
    assert {"met", "meets", "meeting"} <= verb_forms("meet")
    assert {"banned", "banning", "bans"} <= verb_forms("ban")
    assert {"applied", "applies"} <= verb_forms("apply")
    assert {"retook", "retaken", "withdrew", "withheld"} <= (
        verb_forms("retake") | verb_forms("withdraw") | verb_forms("withhold"))
    assert noun_forms("sanction") == {"sanction", "sanctions"}
    assert noun_forms("ally") == {"ally", "allies"}


# --- rules ----------------------------------------------------------------------------------

@pytest.mark.parametrize("kind, code, expected", [
    ("intent", "0872", "0356"),      # will withdraw -> intent to de-escalate
    ("intent", "042", "036"),        # plans to visit -> intent to meet
    ("intent", "190", "138"),        # would attack -> threaten military force
    ("intent", "010", None),         # no intent form of a statement
    ("reject", "036", "125"),        # refused to meet
    ("reject", "085", "1244"),       # refused to lift sanctions
    ("reject", "190", None),         # "did not attack" is no event
    ("demand", "0841", "1053"),      # must release prisoners
    ("appeal", "087", "0256"),       # urged to de-escalate
    ("threat", "163", "1312"),       # threatened sanctions
])
def test_code_transforms(kind, code, expected):
    assert Rules.default().transform(kind, code) == expected


def test_rules_files_missing_a_field_are_an_input_error(tmp_path):
    roles = tmp_path / "roles.yaml"
    roles.write_text("source_deps: [nsubj]\n", encoding="utf-8")
    policies = tmp_path / "policies.yaml"
    policies.write_text("speech_verbs: [say]\n", encoding="utf-8")
    with pytest.raises(InputError, match="missing field"):
        Rules.load(roles, policies)


def test_rules_files_with_unquoted_yaml_booleans_are_rejected(tmp_path):
    from entente.coder.lexicon import LEXICON_DIR

    roles = tmp_path / "roles.yaml"
    text = (LEXICON_DIR / "roles.yaml").read_text(encoding="utf-8")
    roles.write_text(text.replace('"on"', "on"), encoding="utf-8")
    with pytest.raises(InputError, match="field 'target_preps' holds True"):
        Rules.load(roles, LEXICON_DIR / "policies.yaml")


def test_default_rules_hold_only_words():
    rules = Rules.default()
    assert "on" in rules.target_preps and "no" in rules.negation_words


# --- dates ----------------------------------------------------------------------------------

@pytest.mark.parametrize("sentence, expected", [
    ("Serbia and Iran met on Tuesday.", (date(2024, 3, 12), "day")),
    ("Serbia and Iran met on Thursday.", (date(2024, 3, 14), "day")),
    ("They met yesterday.", (date(2024, 3, 13), "day")),
    ("They met last year.", (date(2023, 1, 1), "year")),
    ("They met last month.", (date(2024, 2, 1), "month")),
    ("They met in January.", (date(2024, 1, 1), "month")),
    ("They met in November.", (date(2023, 11, 1), "month")),
    ("They met on March 2.", (date(2024, 3, 2), "day")),
    ("They met on March 5, 2018.", (date(2018, 3, 5), "day")),
    ("They met in 2014.", (date(2014, 1, 1), "year")),
    ("They met.", (THURSDAY, "day")),
])
def test_relative_dates_move_the_document_date(sentence, expected):
    assert event_date(sentence, THURSDAY) == expected


def test_without_a_document_date_only_absolute_dates_are_known():
    assert event_date("They met on Tuesday.", None) == (None, None)
    assert event_date("They met on March 5, 2018.", None) == (date(2018, 3, 5), "day")


# --- pre-filter -----------------------------------------------------------------------------

def test_prefilter_passes_event_sentences_and_stops_the_rest():
    prefilter = Prefilter(Lexicon.default(), Rules.default(), ["Serbia", "Iranian"])
    assert prefilter.passes("Serbia condemned the Iranian missile tests.")
    assert prefilter.passes("It later imposed sanctions on the company.")
    assert not prefilter.passes("The weather in Belgrade was mild for the season.")
    assert not prefilter.passes("Stocks rose 3 percent on the news.")
    assert not prefilter.passes("protesters gathered")  # a trigger but no actor
    # the pair named in an earlier sentence is this sentence's actor
    assert prefilter.passes("The two countries signed a water-sharing accord.")
    assert not prefilter.passes("The two rivers flooded the valley.")


def test_prefilter_counts_object_bound_verbs_only_with_their_objects():
    prefilter = Prefilter(Lexicon.default(), Rules.default(), ["Israeli"])
    assert prefilter.passes("Israeli reservists remained on full alert in the Galilee.")
    assert not prefilter.passes("Israeli consumer prices remained high last quarter.")
    assert prefilter.passes("Ghana closed its borders with Togo.")
    assert not prefilter.passes("Ghana closed the school for the holidays.")


def test_prefilter_needs_a_word_that_starts_a_frame():
    prefilter = Prefilter(Lexicon.default(), Rules.default(),
                          ["Serbia", "Kenya", "Hungarian", "Hanoi", "Polish", "Israeli"])
    # verbs that only govern the event of another word start none
    assert not prefilter.passes("Heavy rain is expected across northern Serbia on Friday.")
    assert not prefilter.passes("Local elections in Kenya are due in the autumn.")
    assert not prefilter.passes("Hungarian economists expect inflation to ease next year.")
    assert not prefilter.passes("The new metro line in Hanoi is scheduled to open in May.")
    assert not prefilter.passes("Polish shoppers tried to beat the holiday rush.")
    assert prefilter.passes("Serbia is expected to sign a gas deal with Kenya next week.")
    # a verb whose every row names a particle, object or subject needs one of them
    assert not prefilter.passes("It rained heavily in Hanoi for a third day.")
    assert prefilter.passes("Rockets rained down on Israeli border towns overnight.")
    assert prefilter.passes("Israeli artillery rained shells on the town.")


def test_frame_starters_read_the_parts_of_hyphenated_words():
    starters = Prefilter(Lexicon.default(), Rules.default()).starters
    assert starters.found(with_parts({"serbian-mediated"}))
    assert starters.found(with_parts({"re-imposed"}))
    assert not starters.found(with_parts({"expected", "scheduled", "rain"}))
    # the parts of a joined hyphenated word count too, and a second pass adds nothing
    assert "cooperation" in with_parts({"co-operation's"})
    assert with_parts(with_parts({"co-operation's", "u.s."})) == with_parts({"co-operation's",
                                                                         "u.s."})


def test_a_dateline_of_two_places_is_split_off():
    place, rest = split_dateline("CARACAS/BOGOTA (Reuters) - Colombia's president urged "
                                 "Caracas to publish the tallies.")
    assert place == "Caracas/Bogota"
    assert rest.startswith("Colombia's president")
