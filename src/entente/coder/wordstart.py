"""Regular expressions told to try only where a word starts.

Python's engine tries a pattern at every character of the text, and a union of phrases
("during the ...|in his first term|years ago") tries each of its alternatives there. When
every match of a pattern must begin a word (it opens with ``\\b`` and a word character, in
each alternative), a leading ``\\b(?=\\w)`` lets every other position fail at once: the same
matches, found in about half the time. `at_word_starts` proves that property from the
pattern's own parse and leaves any pattern it cannot prove unchanged.
"""

from __future__ import annotations

import re
from typing import Any

try:  # the parser of the standard `re` module (private, so only used when it is there)
    from re import _constants as _sre
    from re import _parser as _parse
except ImportError:  # pragma: no cover - other Python versions: patterns stay as given
    _sre = _parse = None  # type: ignore[assignment]

_PREFIX = r"\b(?=\w)"


def at_word_starts(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """`pattern` with a leading ``\\b(?=\\w)`` when every match it can make starts a word;
    else `pattern` itself. Groups, flags and matches are those of `pattern`."""
    if not isinstance(pattern.pattern, str) or pattern.flags & re.ASCII \
            or pattern.pattern.startswith(_PREFIX):
        return pattern
    if not opens_a_word(pattern):
        return pattern
    flags = pattern.flags & ~re.UNICODE  # (implied for str patterns; kept out of the call)
    return re.compile(f"{_PREFIX}(?:{pattern.pattern})", flags)


def opens_a_word(pattern: re.Pattern[str]) -> bool:
    """Does every match of `pattern` begin with a word boundary and a word character?"""
    if _parse is None:
        return False
    try:
        items = list(_parse.parse(pattern.pattern, pattern.flags))
    except Exception:  # noqa: BLE001 - a pattern this module cannot read stays as it is
        return False
    return _bounded(items)


def _bounded(items: list[Any]) -> bool:
    """Every path through `items` opens with a word boundary, then a word character."""
    if not items:
        return False
    (op, arg), rest = items[0], items[1:]
    if op is _sre.AT:
        return arg is _sre.AT_BOUNDARY and _word_first(rest)
    if op is _sre.SUBPATTERN:
        return _bounded([*arg[-1], *rest])
    if op is _sre.BRANCH:
        return all(_bounded([*alternative, *rest]) for alternative in arg[1])
    return False


def _word_first(items: list[Any]) -> bool:
    """Does every match of `items` take at least one character, a word character first?"""
    if not items:
        return False
    (op, arg), rest = items[0], items[1:]
    if op is _sre.LITERAL:
        return _is_word(chr(arg))
    if op is _sre.IN:
        return all(_word_member(member) for member in arg)
    if op is _sre.SUBPATTERN:
        return _word_first([*arg[-1], *rest])
    if op is _sre.BRANCH:
        return all(_word_first([*alternative, *rest]) for alternative in arg[1])
    if op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT):
        low, _, body = arg
        if low >= 1:
            return _word_first([*body, *rest])
        return _word_first(list(body)) and _word_first(rest)
    return False


def _word_member(member: tuple[Any, Any]) -> bool:
    op, arg = member
    if op is _sre.LITERAL:
        return _is_word(chr(arg))
    if op is _sre.RANGE:
        low, high = arg
        return high - low < 128 and all(_is_word(chr(c)) for c in range(low, high + 1))
    if op is _sre.CATEGORY:
        return arg in (_sre.CATEGORY_DIGIT, _sre.CATEGORY_WORD,
                       _sre.CATEGORY_UNI_DIGIT, _sre.CATEGORY_UNI_WORD)
    return False


def _is_word(char: str) -> bool:
    return re.match(r"\w", char) is not None
