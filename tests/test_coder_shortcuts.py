"""The coder's cheap look-ups in front of case-blind regular expressions must never skip a
match: each shortcut is checked against the expression it guards."""

from __future__ import annotations

import re
from datetime import date

import pytest

from coder_helpers import coded
from entente.coder import dates
from entente.coder.sentences import _NAV, _may_be_navigation, is_boilerplate

NAVIGATION = [
    "READ MORE: the week in pictures", "Click here to watch the full interview",
    "Sign up for our morning briefing", "Subscribe now", "Get the Newsletter",
    "Cookie settings", "All Rights Reserved 2024",
    "Share this story", "share on Facebook", "Follow us on Mastodon", "ADVERTISEMENT",
    "Related Articles", "related stories", "Related coverage", "Terms of Use",
    "terms of service", "Privacy Policy", "Login", "log in to comment", "Sign In",
    "Skip to main content", "Copyright Gazette Media", "Home | World | Europe",
]
NEWS = [
    "Lithuania's parliament voted on Tuesday to extend the state of emergency on the border.",
    "The two ministers discussed grain exports and the reopening of the consulate in Odesa.",
]


@pytest.mark.parametrize("line", NAVIGATION)
def test_the_navigation_shortcut_lets_every_kind_of_link_text_through(line):
    assert _NAV.search(line)
    assert _may_be_navigation(line)
    assert is_boilerplate(line)


@pytest.mark.parametrize("paragraph", NEWS)
def test_news_paragraphs_skip_the_navigation_expression(paragraph):
    assert not _may_be_navigation(paragraph)
    assert not is_boilerplate(paragraph)


def _unguarded_event_date(sentence: str, doc_date: date | None) -> tuple[date | None, str | None]:
    """`event_date` with every expression tried, as before the shortcuts."""
    sentence = dates._AHEAD.sub(" ", sentence)
    markers = dates._default_markers()
    match = markers.search(sentence)
    if match is not None and not any(
            (m := pattern.search(sentence)) and m.start() < match.start() + 40
            for name, pattern in dates._PATTERNS if name in dates._ABSOLUTE):
        return None, dates.HISTORICAL
    for name, pattern in dates._PATTERNS:
        found = pattern.search(sentence)
        if found is not None and (value := dates._resolve(name, found, doc_date)) is not None:
            return value
    return (doc_date, "day") if doc_date else (None, None)


DATED = [
    "Estonia said on Thursday it would expel two Belarusian diplomats.",
    "Talks resume Next Week in Vienna, the Austrian chancellor said on Monday.",
    "LATER THIS YEAR Finland will host the summit, officials said yesterday.",
    "Portugal signed the accord on Feb. 3, 2021, and ratified it in June.",
    "By the end of the month the Czech navy will have joined the exercise.",
    "In the coming weeks Slovakia plans to reopen its embassy, it said this morning.",
    "The border was redrawn three decades ago and again in 1994.",
    "Ireland and Malta clashed over fishing rights earlier this month.",
    "The treaty dates from during the Cold War, a diplomat said on Sept 9.",
    "Iceland recalled its envoy last week after a row that began in March 2019.",
    "Tomorrow's vote in Riga follows last year's deal.",
    "Chile protested to Bolivia two years ago, in his first term.",
    "Nothing in this sentence names a time at all.",
]


@pytest.mark.parametrize("sentence", DATED)
@pytest.mark.parametrize("doc_date", [date(2023, 11, 8), None])
def test_event_dates_are_those_of_every_expression_tried(sentence, doc_date):
    assert dates.event_date(sentence, doc_date) == _unguarded_event_date(sentence, doc_date)


@pytest.mark.parametrize("sentence", ["Talks resume next week.", "It ends by the END OF the year.",
                                      "He leaves tomorrow.", "in the coming days"])
def test_the_look_ahead_shortcut_lets_forward_mentions_through(sentence):
    assert dates._AHEAD.search(sentence)
    assert dates._may_look_ahead(sentence)


LEMMA_SENTENCES = [
    "Officials in Quito said the envoys were summoned and the talks broke down on Friday.",
    "The ministries denied that drones had struck the refineries, according to the agency.",
    "Protesters marched past the embassies, carrying flags and chanting slogans.",
]


@pytest.mark.parametrize("sentence", LEMMA_SENTENCES)
def test_lemmas_set_as_one_array_are_those_worked_out_token_by_token(coder, sentence):
    table = coder.lemmas
    parsed = coder.nlp(sentence)
    expected = [t.lemma_ or table.lemma_of(t.lower_, t.tag_) for t in parsed]
    table.assign(parsed)
    assert [t.lemma_ for t in parsed] == expected


def test_lemmas_of_inflected_verbs_and_plural_nouns(coder):
    parsed = coder.nlp(LEMMA_SENTENCES[0])
    coder.lemmas.assign(parsed)
    assert {"summon", "talk", "break", "envoy"} <= {t.lemma_ for t in parsed}


@pytest.mark.parametrize(("sentence", "speaker"), [
    ("Two patrol boats collided near the reef, according to the Philippine coast guard.",
     "guard"),
    ("According to Chilean officials, the frigate left port at dawn.", "officials"),
    ("Two patrol boats collided near the reef, the Philippine coast guard said.", "guard"),
    ("Two patrol boats collided near the reef on Sunday.", None),
])
def test_the_according_shortcut_keeps_every_according_to_speaker(coder, sentence, speaker):
    from entente.coder.policy import speaker_of

    parsed = coder.nlp(sentence)
    coder.lemmas.assign(parsed)
    verb = next(t for t in parsed if t.lower_ in ("collided", "left"))
    found = speaker_of(verb, coder.rules)
    assert (found.lower_ if found is not None else None) == speaker


@pytest.mark.parametrize("source", [
    r"\b(?:during|in|throughout) the (?:early |mid-?|late )?(?:18|19|20)\d0s\b",
    r"(?i:\byears ago\b)|(?:\b(?:[Dd]uring|[Ii]n) the Cold War)",
    r"\b(?:on |last )?(monday|friday)\b",
    r"\b(\d{1,2})(?:st|nd|rd|th)? (?:of )?(may|june)\b",
])
def test_a_pattern_that_opens_a_word_is_tried_at_word_starts_with_the_same_matches(source):
    from entente.coder.wordstart import at_word_starts

    plain = re.compile(source, re.I)
    fast = at_word_starts(plain)
    assert fast.pattern != plain.pattern and fast.flags == plain.flags
    for text in ["Years ago, during the 1990s, talks failed.", "(in the late 1980s) x",
                 "Mid-1990s; In the Cold War-era", "on Monday and last friday, 2nd of May",
                 "the 21st of June,in June", "Éin the 1990s", "nyears ago", "_in the 1990s"]:
        assert [(m.span(), m.groups()) for m in fast.finditer(text)] == \
            [(m.span(), m.groups()) for m in plain.finditer(text)]


@pytest.mark.parametrize("source", [
    r"\bfoo|bar",             # one alternative may start inside a word
    r"(?:x)?\bfoo",           # an optional start
    r"\b-\d+",                # a boundary before a non-word character
    r"\b(?:the )?",           # may match nothing after the boundary
    r"\b[^a]bc",              # a negated set
    r"foo\b",
])
def test_a_pattern_that_may_start_elsewhere_stays_as_it_is(source):
    from entente.coder.wordstart import at_word_starts

    pattern = re.compile(source)
    assert at_word_starts(pattern) is pattern


@pytest.mark.parametrize("text", [
    "Will Santiago recall its ambassador?", 'Will Santiago recall its ambassador?"',
    "Officials asked: 'why now?' ", '"Why now?" the envoy asked.', "(Is the truce over?)",
    "?", "Truly?  \n", "Peace, at last?' \" ) ", "x ) ) ) ) ) ) ?", "? ) ) ) ) ) ) )",
    "The talks resumed in Lima.", "",
])
def test_the_question_check_reads_the_end_as_the_whole_text_would(coder, text):
    from entente.coder.policy import _is_question

    parsed = coder.nlp.make_doc(text)
    assert _is_question(parsed) == text.rstrip().rstrip("\"')").endswith("?")


#: Sentences of our own, with and without a word that starts a frame (`FrameStarters`).
STARTERS = [
    "Heavy rain is expected across northern Serbia on Friday.",
    "Local elections in Kenya are due in the autumn.",
    "Hungarian economists expect inflation to ease next year.",
    "The new metro line in Hanoi is scheduled to open next spring.",
    "Polish shoppers tried to beat the holiday rush.",
    "It rained heavily in Nairobi for a third day.",
    "Turkish farmers hope the harvest will recover after the drought.",
    "Rockets rained down on Israeli border towns overnight.",
    "Russian artillery rained shells on Kharkiv.",
    "Serbia is expected to sign a gas deal with Azerbaijan next week.",
    "Chinese experts expect Beijing to condemn the Japanese move.",
    "Egypt plans to host the Sudanese and Ethiopian leaders in Cairo.",
    "Analysts in Warsaw expect the Polish central bank to hold rates.",
    "Hanoi reacted angrily to the return of the Chinese survey ship.",
    "Hanoi reacted to the return of the Chinese survey ship.",
    "The missile launch drew sharp criticism from Seoul and Tokyo.",
    "Kenya received two patrol boats from Turkey last month.",
    "The Iraqi-mediated talks between Riyadh and Tehran resumed.",
]


@pytest.mark.parametrize("sentence", STARTERS)
def test_a_sentence_without_frame_starters_gives_no_frame(coder, sentence):
    """A sentence the pre-filter stops for want of a word that may start a frame would give
    no frame if it were parsed."""
    from entente.coder.frames import find_frames
    from entente.coder.mend import mend_parse
    from entente.coder.policy import apply_policies
    from entente.coder.prefilter import _WORD, with_parts

    words = with_parts({w.lower().rstrip(".") for w in _WORD.findall(sentence)})
    if coder.prefilter.starters.found(words):
        return
    parsed = coder.nlp(sentence)
    coder.lemmas.assign(parsed)
    mend_parse(parsed, coder._told_verb)
    assert apply_policies(parsed, find_frames(parsed, coder.lexicon, coder.rules),
                          coder.rules) == []


@pytest.mark.parametrize("sentence", [
    "Mexico re-opened its border with Guatemala after the floods.",
    "Pakistan re-opened its border with Afghanistan.",
])
def test_a_hyphenated_trigger_passes_the_prefilter(coder, sentence):
    """The parser splits "re-opened" into "re", "-" and "opened": the part is a trigger."""
    assert coder.prefilter.passes(sentence)
    assert any(e.cameo_code == "086" for e in coded(coder, sentence))
