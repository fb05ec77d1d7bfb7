"""A plain, fast tokenizer shared by the gazetteer (for its forms) and the resolver (for text).

Forms and text go through the same function, so "U.S.", "Turkey's", "Guinea-Bissau" and
"Kurdistan Workers' Party" split the same way on both sides and match token by token.
"""

from __future__ import annotations

import re
import unicodedata
from typing import NamedTuple

# Abbreviations with dots ("U.S.", "D.R."), words with inner apostrophes ("N'Djamena",
# "d'Ivoire"), a possessive "'s", or any other single non-space character.
_TOKEN_RE = re.compile(
    r"(?:[^\W\d_]\.){2,}|[^\W_]+(?:['’][^\W_]+)*|\S",
    re.UNICODE,
)
_POSSESSIVE = ("'s", "’s")


class Token(NamedTuple):
    """A word (or punctuation mark) with its character offsets and lookup key."""

    text: str
    start: int
    end: int
    norm: str


def normalize(word: str) -> str:
    """Case- and accent-folded form used as lookup key ("Vučić" -> "vucic", "’" -> "'")."""
    word = word.replace("’", "'")
    if word.isascii():
        return word.lower()
    decomposed = unicodedata.normalize("NFKD", word)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()


def tokenize(text: str) -> list[Token]:
    """Tokens with character offsets; a trailing possessive 's becomes its own token."""
    tokens: list[Token] = []
    add = tokens.append
    for match in _TOKEN_RE.finditer(text):
        word, start, end = match.group(), match.start(), match.end()
        if len(word) > 2 and word[-2:] in _POSSESSIVE and word[-3] not in "'’":
            stem = word[:-2]
            add(Token(stem, start, end - 2, normalize(stem)))
            add(Token(word[-2:], end - 2, end, "'s"))
        else:
            add(Token(word, start, end, word.lower() if word.isascii() else normalize(word)))
    return tokens
