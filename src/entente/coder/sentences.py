"""Cheap sentence splitting, normalisation, datelines and boilerplate detection.

The coder must not run the parser to find sentences (most sentences never reach it), so
splitting is done with rules: paragraph breaks always end a sentence; `.`, `!` and `?`
end one unless they close a known abbreviation or an initial.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_QUOTES = str.maketrans({"\u201c": '"', "\u201d": '"', "\u201e": '"', "\u00ab": '"',
                         "\u00bb": '"', "\u2018": "'", "\u2019": "'", "\u02bc": "'",
                         "\u2032": "'", "\u00a0": " ", "\u2009": " ", "\u202f": " ",
                         "\u2013": "-", "\u2014": "-", "\u2212": "-"})
_SPACES = re.compile(r"[ \t\r\f\v]+")
_PARAGRAPHS = re.compile(r"\n\s*")
_BOUNDARY = re.compile(r"""([.!?]+["')\]]*)\s+(?=["'(\[]?[A-Z0-9])""")
ABBREVIATIONS = frozenset("""
mr mrs ms dr prof gen lt col maj capt sgt adm cmdr gov sen rep rev st sr jr messrs
jan feb mar apr jun jul aug sep sept oct nov dec no nos vs etc inc co corp ltd dept
u.s u.k u.n e.u e.g i.e a.m p.m ft mt ave blvd pres amb sec brig fr pp vol est approx
""".split())
_DATELINE = re.compile(
    r"""^(?P<place>(?=[^\W\d_])(?:[^\W\d_]|[.'\-/ ]){2,41}?)  # BELGRADE, Kuala Lumpur, HÀ NỘI
        (?:,\s*(?:[A-Z][a-z]+(?:\s[A-Z][a-z]+){0,2},\s*  # , Barbados, Feb 4 (CMC)
                 (?=[A-Z][a-z]{2,8}\.?\s+\d))?
           (?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,\s*)?  # , Friday, December 4
           (?P<when>(?:[A-Z][A-Za-z.]*\.?\s*){1,3}\d{0,2}          # , March 3 / , Serbia
                 |\d{1,2}(?:st|nd|rd|th)?\s+(?:de\s+)?[A-Za-z]{3,9}\.?  # , 5 mar / 7th December
                 |\d{1,2}[./]\d{1,2}[./]\d{2,4})                 # , 06.12.2026
           (?:,?\s*\d{4}\b)?)?                                   # , 2026
        \s*(?:\((?P<agency>[A-Za-z .&]{2,30})\)                  # (Reuters)
             |/\s*(?P<slashed>[A-Za-z .&]{2,30}?)\s*/             # /Agerpres/, / QNA /
             |,\s*(?P<capitals>[A-Z]{3,8})(?=\s*-))?             # , SPA -- / , GNA -
        (?:\s*\.?(?:-{1,2}|:)\s+                                # - / -- / : / .- (EFE)
           |(?<=\))-{1,2}(?=["A-Z])                              # (Jiji Press)--Japan
           |(?P<bare>(?<=[)/])\.?\s+(?=[A-Z])))""",  # "Havana, Nov 2 (Prensa Latina) Cuba"
    re.VERBOSE)
#: A dateline told as a sentence of its own before the story ("ASTANA.", "YEREVAN, MAY 14,
#: ARMENPRESS.", "BAKU, June 3.", "DUSHANBE, 06.12.2026 /NIAT Khovar/."): a place in
#: capitals, or any place with a date, and an agency's name in capitals, brackets or
#: slashes; no word of the story.
_DATELINE_ALONE = re.compile(
    r"""^(?P<place>[A-Z][A-Za-z'\-]+(?:\s[A-Z][A-Za-z'\-]+){0,2})
        (?P<when>,\s*(?:[A-Za-z]{3,9}\.?\s+\d{1,2}|\d{1,2}\s+[A-Za-z]{3,9}\.?
                     |\d{1,2}[./]\d{1,2}[./]\d{2,4}))?
        (?:[,.]?\s*(?:[A-Z]{3,20}|(?P<agency>\([A-Za-z .&]{2,30}\)|/[A-Za-z .&]{2,30}/)))?
        \s*\.$""",
    re.VERBOSE)
#: Lower-case words a place's name may hold ("Ciudad de México", "Rio de Janeiro").
_PLACE_PARTICLES = frozenset({"de", "da", "do", "del", "la", "el", "es"})
#: A title-case place and a colon opening a story ("Dubai: ", "Abu Dhabi: ").
_PLACE_LABEL = re.compile(r"^(?P<place>[A-Z][a-z'.\-]+(?: [A-Z][a-z'.\-]+){0,2}):\s+(?=[\"A-Z])")
#: A title-case place and a dash opening a story ("Brasília - ", "Rio de Janeiro - "), the
#: dateline of Brazilian and Portuguese-language agencies' English copy, also with its
#: state after a comma ("Kyiv, Ukraine - ").
_PLACE_NAME = r"[A-Z](?:[^\W\d_]|['.])+(?: (?:[A-Z]|de |da |do )(?:[^\W\d_]|['.])+){0,3}"
_PLACE_DASH = re.compile(rf"^(?P<place>{_PLACE_NAME}(?:, {_PLACE_NAME})?) -{{1,2}} (?=[\"A-Z])")
#: The clock time a live blog or running story opens an entry with: "14:05 - ", "2.45pm: ",
#: "[09:30 GMT] ", "1405 GMT - ". Its digits must never be read as part of an actor.
_TIMESTAMP = re.compile(
    r"""^\[?(?:\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?|\d{4}(?=\s*[A-Z]{3}))  # 14:05 / 2.45pm / 1405
        (?:\s*(?:GMT|UTC|BST|CET|CEST|EST|EDT|PST|PDT|IST|JST|local\s+time))?\]?
        \s*(?:-{1,2}|:|\|)?\s+(?=["'(]?[A-Z])""", re.VERBOSE)
#: The mark a factbox or list line opens with ("• Russia expelled ...", "- Iran ...",
#: "* ..."; long dashes are plain ones after `normalise`): no word of the sentence.
_BULLET = re.compile(r"^[\u2022\u00b7\u25aa\u25ab\u25e6\u2023\u25ba\u25b6\u25a0\u25cf"
                     r"\u2043\u27a2\u27a4*+-]+\s+(?=\S)")
_NAV = re.compile(r"(?i)\b(read more|click here|sign up|subscribe|newsletter|cookie|"
                  r"all rights reserved|share (this|on)|follow us|advertisement|"
                  r"related (articles|stories|coverage)|terms of (use|service)|privacy policy|"
                  r"log ?in|sign in|skip to|copyright)\b|©|\s[|»›]\s")
#: Lower-case words one of which every match of `_NAV` in ASCII text holds (its phrases up
#: to their first optional or alternative part, and the bar): most paragraphs hold none,
#: and looking for them is cheaper than the case-blind expression.
_NAV_PARTS = ("read more", "click here", "sign up", "subscribe", "newsletter", "cookie",
              "all rights reserved", "share ", "follow us", "advertisement", "related ",
              "terms of ", "privacy policy", "log", "sign in", "skip to", "copyright", "|")


@dataclass(slots=True, frozen=True)
class Sentence:
    """One sentence of a document: its normalised text, index, and where it came from."""

    text: str
    index: int
    paragraph: int
    boilerplate: bool = False


#: Control and invisible formatting characters (NUL, bidi overrides, zero-width marks) that
#: hostile or sloppy text carries; they would split words for the tokenizer.
_INVISIBLE = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\u200b-\u200f\u202a-\u202e"
                        r"\u2066-\u2069\ufeff]")
#: Longer "sentences" are run-ons or unsplit lists: they are cut at a comma or space so the
#: parser's time stays linear in the text.
MAX_SENTENCE_CHARS = 600
#: Characters before a full stop searched for the word it closes (abbreviations are short).
_WORD_WINDOW = 64


def normalise(text: str) -> str:
    """Straight quotes, plain dashes and single spaces; paragraph breaks kept as newlines."""
    text = _INVISIBLE.sub("", text.translate(_QUOTES))
    lines = (_SPACES.sub(" ", line).strip() for line in text.split("\n"))
    return "\n".join(lines)


def split_dateline(text: str) -> tuple[str | None, str]:
    """("BELGRADE", rest) for "BELGRADE (Reuters) - rest"; (None, text) when there is none.

    A dateline place is written in capitals or followed by an agency in parentheses, so an
    ordinary sentence that starts with a name and a dash is not taken for one.
    """
    match = _DATELINE.match(text) or _DATELINE_ALONE.match(text)
    if not match:
        return None, text
    place = match.group("place").strip()
    whole = match.re is _DATELINE
    when = match.group("when") or ""
    if whole and match.group("capitals") and not any(c.isdigit() for c in when):
        return None, text  # (a bare acronym after a comma is an agency only after a date)
    if whole and match.group("slashed") and not all(w[:1].isupper() or w in _PLACE_PARTICLES
                                                    for w in place.split()):
        return None, text  # ("Nigeria and Ghana/ECOWAS / ...": names, no place)
    agency = match.group("agency") or whole and (match.group("slashed")
                                                 or match.group("capitals"))
    if not place[:1].isupper() or not (agency or (place.isupper() and len(place) > 2)
                                       or not whole and when):
        return None, text
    if whole and match.group("bare") and match.group("agency") and not any(
            c.isdigit() for c in when):
        return None, text  # ("The European Union (EU) President ...": a name and its acronym)
    return place.title() if place.isupper() else place, text[match.end():]


def split_place_label(text: str) -> tuple[str | None, str]:
    """("Dubai", rest) for "Dubai: rest", the dateline of Gulf papers written in title case
    with a colon; (None, text) when there is none. Any "Word: " opens alike ("Update: ...",
    "Analysis: ..."), so the caller keeps it only when the words name a place."""
    match = _PLACE_LABEL.match(text)
    return (match.group("place"), text[match.end():]) if match else (None, text)


def split_place_dash(text: str) -> tuple[str | None, str]:
    """("Brasília", rest) for "Brasília - rest", ("Kyiv, Ukraine", rest) for "Kyiv, Ukraine -
    rest"; (None, text) when there is none. Any name and a dash may open a sentence ("Kenya
    - the country ..."), so the caller keeps it only when the words name a city (and its
    state)."""
    match = _PLACE_DASH.match(text)
    return (match.group("place"), text[match.end():]) if match else (None, text)


def split_timestamp(text: str) -> str:
    """`text` without the list mark and the clock time a factbox line or a live-blog entry
    opens with ("• Russia expelled ...", "14:05 - Baku denies the claim" -> "Baku denies
    the claim"); other text unchanged."""
    bullet = _BULLET.match(text)
    text = text[bullet.end():] if bullet else text
    match = _TIMESTAMP.match(text)
    return text[match.end():] if match else text


def split_sentences(text: str) -> list[Sentence]:
    """Normalise `text` and split it into sentences, flagging headlines and boilerplate."""
    paragraphs = [p for p in _PARAGRAPHS.split(normalise(text)) if p.strip()]
    # A headline over a story is page furniture (the lead tells the same news); a text of
    # nothing but headline-like lines is a list of headlines (a feed), each coded as given.
    many = len(paragraphs) > 1 and any(_ends_as_prose(p) for p in paragraphs)
    out: list[Sentence] = []
    for p_index, paragraph in enumerate(paragraphs):
        boiler = is_boilerplate(paragraph, many)
        for piece in _split_paragraph(paragraph):
            out.append(Sentence(piece, len(out), p_index, boiler))
    return out


def _split_paragraph(paragraph: str) -> list[str]:
    pieces: list[str] = []
    start = 0
    for match in _BOUNDARY.finditer(paragraph):
        end = match.end(1)
        # the last word is all that matters: a bounded window keeps a text of many
        # abbreviations linear (the growing chunk since `start` made it quadratic)
        if _ends_with_abbreviation(paragraph[max(start, end - _WORD_WINDOW):end]):
            continue
        pieces.append(paragraph[start:end].strip())
        start = match.end()
    rest = paragraph[start:].strip()
    if rest:
        pieces.append(rest)
    return [short for p in pieces if p for short in _cut_long(p)]


def _cut_long(sentence: str) -> list[str]:
    """`sentence` in pieces of at most MAX_SENTENCE_CHARS, cut after a comma or at a space.
    Walks by offset: slicing the rest off after every cut made a long text quadratic."""
    out, start, size = [], 0, len(sentence)
    while size - start > MAX_SENTENCE_CHARS:
        limit = start + MAX_SENTENCE_CHARS
        cut = sentence.rfind(", ", start, limit) + 1
        if cut <= start + MAX_SENTENCE_CHARS // 2:
            cut = sentence.rfind(" ", start, limit)
        cut = cut if cut > start else limit
        out.append(sentence[start:cut].strip())
        start = cut
        while start < size and sentence[start].isspace():
            start += 1
    rest = sentence[start:].strip()
    return out + ([rest] if rest else [])


def _ends_with_abbreviation(chunk: str) -> bool:
    if not chunk.endswith("."):
        return False
    word = chunk.rsplit(None, 1)[-1].rstrip(".").lstrip("(\"'").lower()
    if len(word) == 1 and word.isalpha():  # an initial: "George W. Bush"
        return True
    return word in ABBREVIATIONS


def _may_be_navigation(paragraph: str) -> bool:
    """False when `_NAV` cannot match: ASCII text without any of `_NAV_PARTS` (outside ASCII,
    ignoring case is more than lower-casing, and the expression decides)."""
    if not paragraph.isascii():
        return True
    lowered = paragraph.lower()
    return any(part in lowered for part in _NAV_PARTS)


def _ends_as_prose(paragraph: str) -> bool:
    """Closing punctuation, also inside a closing quote ('... he said."'); a headline that
    ends on a quoted phrase ('Vucic Hails "Iron Friendship"') does not end as prose."""
    return paragraph.rstrip().rstrip("\"'”’")[-1:] in ".!?"


def is_boilerplate(paragraph: str, in_longer_text: bool = True) -> bool:
    """Navigation text, link lists, bylines and headlines: lines that report nothing.

    A headline is only recognised inside a longer text (a lone line is coded as given): a
    line without closing punctuation whose words are mostly capitalised.
    """
    if _may_be_navigation(paragraph) and _NAV.search(paragraph):
        return True
    if not in_longer_text or _ends_as_prose(paragraph):
        return False
    words = [w for w in re.findall(r"[A-Za-z][\w'-]*", paragraph) if len(w) > 3]
    if len(words) < 2:
        return True
    capitalised = sum(w[0].isupper() for w in words)
    return capitalised / len(words) >= 0.6 or len(words) <= 4
