"""Event dates: the document date moved by explicit relative mentions in the sentence.

A sentence that places its events in a past with no date that can be had ("during the
Yugoslav wars", "in his first term", "in the 1990s") gives no date and the precision
`historical` (policies.yaml `historical_markers`): such events never count as events of the
publication date.

`event_date` dates a whole sentence from its text. `time_mentions` finds each time phrase
with its span and value, so that the coder can date each event by the phrases that belong to
its own verb (`timing.SentenceTimes`): background told as a duration or a habit ("for more
than a decade", "repeatedly", "since 2011" with a perfect verb: policies.yaml
`background_markers`, `perfect_markers`) is historical too.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache

from .bundle import Rules
from .wordstart import at_word_starts

WEEKDAYS = {name.lower(): i for i, name in enumerate(calendar.day_name)}
MONTHS = {name.lower(): i for i, name in enumerate(calendar.month_name) if name}
MONTHS.update({name.lower(): i for i, name in enumerate(calendar.month_abbr) if name})
MONTHS["sept"] = 9
_MONTH_RE = "|".join(sorted(MONTHS, key=len, reverse=True))
# A forward-looking mention ("later this year", "next Tuesday") dates an intent, not a past
# event: it is ignored, and the statement keeps the document date (or another mention's).
_AHEAD = re.compile(r"\b(?:later this (?:week|month|year)|next (?:week|month|year|monday|"
                    r"tuesday|wednesday|thursday|friday|saturday|sunday)|tomorrow|"
                    r"in the coming (?:days|weeks|months|years)|"
                    r"(?:by|before) the end of (?:the|this) (?:week|month|year))\b", re.I)
_AHEAD = at_word_starts(_AHEAD)
HISTORICAL = "historical"
#: The month each season of "last spring", "last winter" begins in (the northern year).
SEASON_STARTS = {"spring": 3, "summer": 6, "autumn": 9, "fall": 9, "winter": 12}
_NUMBERS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
            "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12}
_COUNT = r"(\d{1,2}|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
_PATTERNS = [
    ("absolute_day", re.compile(rf"\b({_MONTH_RE})\.? (\d{{1,2}})(?:st|nd|rd|th)?,? (\d{{4}})\b",
                                re.I)),
    ("absolute_day_first", re.compile(
        rf"\b(\d{{1,2}})(?:st|nd|rd|th)? (?:of )?({_MONTH_RE})\.?,? (\d{{4}})\b", re.I)),
    ("day_of_month", re.compile(rf"\b(?:on )?({_MONTH_RE})\.? (\d{{1,2}})(?:st|nd|rd|th)?\b",
                                re.I)),
    ("day_first", re.compile(rf"\b(\d{{1,2}})(?:st|nd|rd|th)? (?:of )?({_MONTH_RE})\b", re.I)),
    ("weekday", re.compile(r"\b(?:on |last |this )?(monday|tuesday|wednesday|thursday|friday|"
                           r"saturday|sunday)\b", re.I)),
    ("yesterday", re.compile(r"\byesterday\b", re.I)),
    ("today", re.compile(r"\b(today|tonight|this morning|this afternoon|this evening)\b", re.I)),
    ("last_week", re.compile(r"\blast week\b", re.I)),
    ("last_month", re.compile(r"\blast month\b", re.I)),
    ("this_month", re.compile(r"\b(?:earlier )?this month\b", re.I)),
    ("last_year", re.compile(r"\blast year\b", re.I)),
    ("this_year", re.compile(r"\b(?:earlier )?this year\b", re.I)),
    ("in_month", re.compile(rf"\bin (?:(?:late|early|mid)[- ])?({_MONTH_RE})\b(?: (\d{{4}}))?",
                            re.I)),
    ("last_named_month", re.compile(rf"\blast ({_MONTH_RE})\b", re.I)),
    # "in 1995", "in the 2014 annexation": a year, also as the modifier of what happened
    ("in_year", re.compile(r"\bin (?:the )?(1[89]\d\d|20\d\d)\b", re.I)),
    ("since_year", re.compile(r"\bsince (1[89]\d\d|20\d\d)\b", re.I)),
    # "between 1998 and 2000", "from 2014 to 2016", "during 2019": the first year
    ("year_span", re.compile(r"\b(?:between|from) (1[89]\d\d|20\d\d) (?:and|to|until|till|"
                             r"through) (?:1[89]\d\d|20\d\d)\b", re.I)),
    ("during_year", re.compile(r"\b(?:during|throughout) (?:the )?(1[89]\d\d|20\d\d)\b",
                               re.I)),
    ("part_of_year", re.compile(
        r"\b(?:(?:the )?(?:fall|autumn|spring|summer|winter|end|start|beginning|middle|"
        r"(?:first|second) half)(?: of)? |early |late |mid-|mid )(1[89]\d\d|20\d\d)\b", re.I)),
    ("month_year", re.compile(rf"\b({_MONTH_RE})\.? (1[89]\d\d|20\d\d)\b", re.I)),
    ("last_season", re.compile(r"\blast (spring|summer|autumn|fall|winter)\b", re.I)),
    ("years_ago", re.compile(rf"\b{_COUNT} years? ago\b", re.I)),
    ("decades_ago", re.compile(rf"\b{_COUNT} decades? ago\b", re.I)),
]
_PATTERNS = [(name, at_word_starts(pattern)) for name, pattern in _PATTERNS]
#: name -> place of each date pattern in `_PATTERNS` (the earlier wins)
_RANK = {name: i for i, (name, _) in enumerate(_PATTERNS)}
#: A time counted on from one the text told before ("a month later", "two days later", "the
#: following week", "the next day"): it dates its event from that time (`time_mentions`).
_LATER = at_word_starts(re.compile(
    rf"\b(?:{_COUNT} (day|week|month|year)s? later|the (?:following|next) (day|week|month|year))\b",
    re.I))
_LATER_WORDS = ("later", "following", "next")


def event_date(sentence: str, doc_date: date | None,
               markers: re.Pattern[str] | None = None) -> tuple[date | None, str | None]:
    """(date, precision) for an event reported in `sentence` of a document dated `doc_date`.

    Precision is "day", "month" or "year". Without a document date only absolute dates
    ("March 5, 2018") are known; otherwise the result is (None, None). `markers` (from
    `historical_markers(rules)`; default: the bundled policies') find the events of the past.
    """
    if _may_look_ahead(sentence):
        sentence = _AHEAD.sub(" ", sentence)
    patterns = _candidates(sentence)
    match = (markers or _default_markers()).search(sentence)
    historical = None if match is None else match.start()
    if historical is not None and not any(
            (m := pattern.search(sentence)) and m.start() < historical + 40
            for name, pattern in patterns if name in _ABSOLUTE):
        return None, HISTORICAL
    for name, pattern in patterns:
        match = pattern.search(sentence)
        if match is None:
            continue
        found = _resolve(name, match, doc_date)
        if found is not None:
            return found
    return (doc_date, "day") if doc_date else (None, None)


#: What a pattern needs to match: whole words (any one of them), or else substrings (any).
_MONTH_WORDS = frozenset(MONTHS)
_NEEDS: dict[str, tuple[frozenset[str], tuple[str, ...]]] = {
    "absolute_day": (_MONTH_WORDS, ()), "day_of_month": (_MONTH_WORDS, ()),
    "absolute_day_first": (_MONTH_WORDS, ()), "day_first": (_MONTH_WORDS, ()),
    "in_month": (_MONTH_WORDS, ()), "month_year": (_MONTH_WORDS, ()),
    "last_named_month": (_MONTH_WORDS, ()),
    "weekday": (frozenset(WEEKDAYS), ()), "yesterday": (frozenset({"yesterday"}), ()),
    "today": (frozenset({"today", "tonight"}),
              ("this morning", "this afternoon", "this evening")),
    "last_week": (frozenset(), ("last week",)), "last_month": (frozenset(), ("last month",)),
    "this_month": (frozenset(), ("this month",)), "last_year": (frozenset(), ("last year",)),
    "this_year": (frozenset(), ("this year",)),
    "in_year": (frozenset(), ("in 1", "in 2", "in the 1", "in the 2")),
    "since_year": (frozenset(), ("since 1", "since 2")),
    "year_span": (frozenset(), ("between 1", "between 2", "from 1", "from 2")),
    "during_year": (frozenset(), ("during 1", "during 2", "throughout 1", "throughout 2",
                                  "during the 1", "during the 2", "throughout the 1",
                                  "throughout the 2")),
    "part_of_year": (frozenset({"fall", "autumn", "spring", "summer", "winter", "end", "start",
                                "beginning", "middle", "half", "early", "late", "mid"}), ()),
    "years_ago": (frozenset({"ago"}), ()), "decades_ago": (frozenset({"ago"}), ()),
    "last_season": (frozenset(SEASON_STARTS), ()),
}
_LETTERS = re.compile(r"[a-z]+")


def _needed_by(position: int) -> dict[str, frozenset[str]]:
    """word (position 0) or substring (1) -> the names of the patterns that need it."""
    table: dict[str, frozenset[str]] = {}
    for name, needs in _NEEDS.items():
        for key in needs[position]:
            table[key] = table.get(key, frozenset()) | {name}
    return table


_BY_WORD = _needed_by(0)
_BY_PART = _needed_by(1)
#: Substrings one of which every match of `_AHEAD` holds, in lower case.
_AHEAD_PARTS = ("later this ", "next ", "tomorrow", "in the coming ", " the end of ")


def _may_look_ahead(sentence: str) -> bool:
    """False when `_AHEAD` cannot match (ASCII text holding none of its words)."""
    if not sentence.isascii():
        return True
    lowered = sentence.lower()
    return any(part in lowered for part in _AHEAD_PARTS)


def _candidates(sentence: str) -> list[tuple[str, re.Pattern[str]]]:
    """The date patterns that can match `sentence`, in order: most sentences name no date,
    and looking words up is much cheaper than fifteen case-blind regular expressions. Only
    for ASCII text, where ignoring case is plain lower-casing (every word a pattern needs
    is a whole run of letters in it)."""
    if not sentence.isascii():
        return _PATTERNS
    lowered = sentence.lower()
    names: set[str] = set()
    for word in _BY_WORD.keys() & set(_LETTERS.findall(lowered)):
        names |= _BY_WORD[word]
    for part, needing in _BY_PART.items():
        if part in lowered:
            names |= needing
    return [(name, pattern) for name, pattern in _PATTERNS if name in names] if names else []


#: Days, weekdays and months named without a year, resolved to the last one before the
#: document (for a plan, "will meet on Tuesday", they may be the days ahead).
_CALENDAR = frozenset({"day_of_month", "day_first", "in_month", "weekday"})
#: Mentions that date an event by themselves, beating a historical marker near them.
_ABSOLUTE = frozenset({"absolute_day", "absolute_day_first", "in_month", "in_year",
                       "since_year", "year_span", "during_year", "part_of_year", "month_year",
                       "years_ago", "decades_ago", "last_year"})


def historical_markers(rules: Rules) -> re.Pattern[str]:
    """The `historical_markers` of `rules` as one regular expression (a leading "(?i)" of a
    marker applies to that marker only)."""
    return _joined(rules.historical_markers)


@lru_cache(maxsize=8)
def _joined(markers: tuple[str, ...]) -> re.Pattern[str]:
    parts = [f"(?i:{p[4:]})" if p.startswith("(?i)") else f"(?:{p})" for p in markers]
    return at_word_starts(re.compile("|".join(parts) or r"(?!x)x"))


def _default_markers() -> re.Pattern[str]:
    return historical_markers(Rules.default())


def _resolve(name: str, match: re.Match[str], ref: date | None) -> tuple[date, str] | None:
    if name == "absolute_day":
        month = _named(MONTHS, match.group(1))
        return _safe_date(int(match.group(3)), month, int(match.group(2)), "day") \
            if month else None
    if name == "absolute_day_first":
        month = _named(MONTHS, match.group(2))
        return _safe_date(int(match.group(3)), month, int(match.group(1)), "day") \
            if month else None
    if ref is None:
        return None
    if name in ("day_of_month", "day_first"):
        first = name == "day_first"
        if first and match.group(2) == "may":
            return None  # "the two may meet"
        month = _named(MONTHS, match.group(2 if first else 1))
        day = int(match.group(1 if first else 2))
        if not month:
            return None
        year = ref.year if (month, day) <= (ref.month, ref.day) else ref.year - 1
        return _safe_date(year, month, day, "day")
    if name == "last_named_month":  # "last November": the latest November before this month
        month = _named(MONTHS, match.group(1))
        if not month:
            return None
        return date(ref.year if month < ref.month else ref.year - 1, month, 1), "month"
    if name == "weekday":
        weekday = _named(WEEKDAYS, match.group(1))
        if weekday is None:
            return None
        back = (ref.weekday() - weekday) % 7
        return ref - timedelta(days=back), "day"
    if name == "yesterday":
        return ref - timedelta(days=1), "day"
    if name == "today":
        return ref, "day"
    if name == "last_week":
        return ref - timedelta(days=7), "day"
    if name == "last_month":
        first = ref.replace(day=1) - timedelta(days=1)
        return first.replace(day=1), "month"
    if name == "this_month":
        return ref.replace(day=1), "month"
    if name == "last_year":
        return date(ref.year - 1, 1, 1), "year"
    if name == "this_year":
        return date(ref.year, 1, 1), "year"
    if name == "in_month":
        month = _named(MONTHS, match.group(1))
        if not month:
            return None
        if match.group(2):
            return date(int(match.group(2)), month, 1), "month"
        year = ref.year if month <= ref.month else ref.year - 1
        return date(year, month, 1), "month"
    if name in ("in_year", "since_year", "part_of_year", "year_span", "during_year"):
        return date(int(match.group(1)), 1, 1), "year"
    if name == "month_year":
        month = _named(MONTHS, match.group(1))
        return (date(int(match.group(2)), month, 1), "month") if month else None
    if name == "last_season":  # the last season of that name that had ended by `ref`
        start = date(ref.year, SEASON_STARTS[match.group(1).lower()], 1)
        year = start.year if start + timedelta(days=91) <= ref else start.year - 1
        return date(year, 1, 1), "year"
    if name in ("years_ago", "decades_ago"):
        count = match.group(1).lower()
        years = int(count) if count.isdigit() else _named(_NUMBERS, count)
        if years is None:
            return None
        years *= 10 if name == "decades_ago" else 1
        return date(max(ref.year - years, 1), 1, 1), "year"
    return None


def _named(table: dict[str, int], word: str) -> int | None:
    """The number of a month, weekday or count word as the case-blind patterns found it
    (which also match the long s, the Kelvin sign and dotted or dotless i)."""
    return table.get(word.casefold().replace("\u0131", "i").replace("\u0307", ""))


def _safe_date(year: int, month: int, day: int, precision: str) -> tuple[date, str] | None:
    try:
        return date(year, month, day), precision
    except ValueError:
        return None


# --- time phrases one by one (for dating each event by its own verb) ----------------------

#: A mention's kinds: a date pattern, a past with no date (`historical_markers`), background
#: told as a duration or habit (`background_markers`), and a "since" phrase, background only
#: with a perfect verb (`perfect_markers`).
DATE, PAST, BACKGROUND, SINCE = "date", "past", "background", "since"


@dataclass(frozen=True, slots=True)
class TimeMarkers:
    """The policies' time expressions, compiled once per coder."""

    historical: re.Pattern[str]
    background: re.Pattern[str]
    perfect: re.Pattern[str]

    @classmethod
    def of(cls, rules: Rules) -> TimeMarkers:
        return cls(_joined(rules.historical_markers), _joined(rules.background_markers),
                   _joined(rules.perfect_markers))


@dataclass(frozen=True, slots=True)
class TimeMention:
    """One time phrase of a sentence: its characters, kind and value. `rank` orders the
    date patterns (the earlier pattern wins, as in `event_date`); `absolute` dates beat a
    past with no date; a SINCE mention that holds a date keeps it in `value`."""

    start: int
    end: int
    kind: str
    value: tuple[date | None, str | None]
    rank: int = 0
    absolute: bool = False
    #: a day or month named without a year ("on 1 May", "in June"): taken as
    #: the last one before the document date, which only holds for an act already done
    calendar: bool = False


def time_mentions(sentence: str, doc_date: date | None, markers: TimeMarkers,
                  anchor: tuple[date, str] | None = None) -> list[TimeMention]:
    """Every time phrase of `sentence`, in text order, none overlapping another: dates first
    (a date inside a "since" phrase becomes that phrase), then the markers. A forward-looking
    phrase ("next week") dates an intent, not an event: it gives none. A time counted on
    from another ("a month later") counts from the last date the sentence names before it,
    else from `anchor` (the last date of an earlier sentence); with neither, it gives none."""
    if _may_look_ahead(sentence):
        sentence = _AHEAD.sub(lambda m: " " * len(m.group()), sentence)
    found: list[TimeMention] = []
    rank = _RANK
    for name, pattern in _candidates(sentence):
        for match in pattern.finditer(sentence):
            value = _resolve(name, match, doc_date)
            if value is not None and not _overlaps(found, match.start(), match.end()):
                found.append(TimeMention(match.start(), match.end(), DATE, value, rank[name],
                                         name in _ABSOLUTE, _calendar(name, match)))
    found += _counted_on(sentence, found, anchor, len(rank))
    found = _within_since(found, sentence, markers.perfect)
    for kind, pattern in ((PAST, markers.historical), (BACKGROUND, markers.background)):
        for match in pattern.finditer(sentence):
            if match.end() > match.start() and not _overlaps(found, match.start(), match.end()):
                found.append(TimeMention(match.start(), match.end(), kind, (None, HISTORICAL)))
    return sorted(found, key=lambda m: m.start)


def _counted_on(sentence: str, found: list[TimeMention], anchor: tuple[date, str] | None,
                rank: int) -> list[TimeMention]:
    """The times counted on from an earlier one ("closed its airspace a month later"), each
    dated from the last dated phrase before it, else from `anchor`."""
    lowered = sentence.lower()
    if not any(word in lowered for word in _LATER_WORDS):
        return []
    counted: list[TimeMention] = []
    for match in _LATER.finditer(sentence):
        if _overlaps(found, match.start(), match.end()):
            continue
        before = [m for m in sorted(found, key=lambda m: m.start)
                  if m.kind == DATE and m.end <= match.start() and m.value[0] is not None]
        start = before[-1].value if before else anchor
        if start is None or start[0] is None:
            continue
        count = _named(_NUMBERS, match.group(1)) if match.group(1) else 1
        count = int(match.group(1)) if match.group(1) and match.group(1).isdigit() else count
        value = _shifted(start, count or 1, (match.group(2) or match.group(3)).lower())
        counted.append(TimeMention(match.start(), match.end(), DATE, value, rank, True))
    return counted


def _shifted(start: tuple[date, str], count: int, unit: str) -> tuple[date, str]:
    """`start` moved on by `count` units; a unit finer than the start's precision ("two
    days later" after "in March") leaves it as it is."""
    when, precision = start
    if unit in ("day", "week"):
        if precision != "day":
            return start
        return when + timedelta(days=count * (7 if unit == "week" else 1)), "day"
    if unit == "month":
        if precision == "year":
            return start
        months = when.month - 1 + count
        year, month = when.year + months // 12, months % 12 + 1
        day = min(when.day, calendar.monthrange(year, month)[1])
        return date(year, month, day), precision
    year = when.year + count
    return date(year, when.month, min(when.day, calendar.monthrange(year, when.month)[1])), \
        precision


def _calendar(name: str, match: re.Match[str]) -> bool:
    if name not in _CALENDAR or match.group(0).lower().startswith(("last", "this")):
        return False
    return not (name == "in_month" and match.group(2))


def _overlaps(found: list[TimeMention], start: int, end: int) -> bool:
    return any(m.start < end and start < m.end for m in found)


def _within_since(found: list[TimeMention], sentence: str,
                  perfect: re.Pattern[str]) -> list[TimeMention]:
    """The "since" phrases: each takes in the date it holds ("since March 2008")."""
    for match in perfect.finditer(sentence):
        start, end = match.start(), match.end()
        inner = [m for m in found if start <= m.start < end or m.start <= start < m.end]
        if match.end() == match.start() or len(inner) > 1:
            continue
        if inner:
            end = max(end, inner[0].end)
            found = [m for m in found if m is not inner[0]]
            found.append(TimeMention(start, end, SINCE, inner[0].value, inner[0].rank,
                                     inner[0].absolute))
        elif not _overlaps(found, start, end):
            found.append(TimeMention(start, end, SINCE, (None, HISTORICAL)))
    return found


def chosen_date(mentions: list[TimeMention]) -> tuple[date | None, str | None] | None:
    """The date that `mentions` (all the phrases of one verb) give its event, as
    `event_date` chooses for a sentence: an absolute date; else a past with no date; else the
    first relative date by pattern order; else background (historical). A "since" phrase
    with a relative date ("since Monday") tells a recent start: that date; with an absolute
    one ("since 2011") or none ("ever since the war"), background."""
    dated = sorted((m for m in mentions if m.kind in (DATE, SINCE) and m.value[0] is not None
                    and not (m.kind == SINCE and m.absolute)), key=lambda m: m.rank)
    absolute = [m for m in dated if m.absolute]
    if absolute:
        return absolute[0].value
    if any(m.kind == PAST for m in mentions):
        return None, HISTORICAL
    if dated:
        return dated[0].value
    if any(m.kind in (BACKGROUND, SINCE) for m in mentions):
        return None, HISTORICAL
    return None


def date_words(when: date | None, precision: str | None) -> str:
    """An event's date as `explain` prints it: "2024-05-03 (day)"; an undated event says why
    ("none (historical: ...)", "none (no publication date given)")."""
    if when is not None:
        return f"{when.isoformat()} ({precision or 'day'})"
    if precision == HISTORICAL:
        return "none (historical: the text places it in a past it gives no date for)"
    return "none (no publication date given)"
