"""What an event is about: diplomatic, economic, military, legal or humanitarian.

The rules live in `entente/data/brief/topics.tsv` (see its header): a decisive CAMEO code
first (military aid is military whatever the sentence says), then the words of the
event's sentences (a trade memorandum is economic although "sign agreement" is a
diplomatic code), then a code's usual topic, the PLOVER context of the event type, and
the CAMEO root.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from ..errors import InputError

__all__ = ["TOPICS", "TopicRules", "topic_of", "topic_rules"]

#: The topics in the order the brief lists them ("other" when nothing matched).
TOPICS = ("diplomatic", "economic", "military", "legal", "humanitarian", "other")
_KINDS = ("code", "word", "hint", "plover", "root")


@dataclass(frozen=True, slots=True)
class TopicRules:
    codes: tuple[tuple[str, str], ...]
    words: tuple[tuple[re.Pattern[str], str], ...]
    hints: tuple[tuple[str, str], ...]
    plover: dict[str, str]
    roots: dict[str, str]

    def topic(self, code: str | None, plover_context: str | None,
              sentences: Iterable[str]) -> str:
        """The topic of one event from its CAMEO code, PLOVER context and sentences."""
        code = (code or "").strip()
        for prefix, topic in self.codes:
            if code.startswith(prefix):
                return topic
        text = " ".join(s for s in sentences if s)
        hits: dict[str, int] = {}
        for pattern, topic in self.words:
            if pattern.search(text):
                hits[topic] = hits.get(topic, 0) + 1
        if hits:
            return max(hits, key=lambda t: (hits[t], -_first_word_rank(self, t)))
        for prefix, topic in self.hints:
            if code.startswith(prefix):
                return topic
        for context in (plover_context or "").split(";"):
            if context.strip() in self.plover:
                return self.plover[context.strip()]
        return self.roots.get(code[:2], "other")


def _first_word_rank(rules: TopicRules, topic: str) -> int:
    return next(i for i, (_, t) in enumerate(rules.words) if t == topic)


def _word_pattern(word: str) -> re.Pattern[str]:
    if word.endswith("*"):
        return re.compile(rf"\b{re.escape(word[:-1])}\w*", re.I)
    return re.compile(rf"\b{re.escape(word)}(?:s|es|d|ed|ing|er|ers)?\b", re.I)


def parse_topic_rules(text: str, where: str) -> TopicRules:
    """Rules from the TSV text (errors name the file and line)."""
    codes: list[tuple[str, str]] = []
    hints: list[tuple[str, str]] = []
    words: list[tuple[re.Pattern[str], str]] = []
    plover: dict[str, str] = {}
    roots: dict[str, str] = {}
    lines = [(n, line) for n, line in enumerate(text.splitlines(), 1)
             if line.strip() and not line.startswith("#")]
    for n, line in lines[1:]:  # the first line is the header
        parts = line.split("\t")
        if len(parts) != 3 or parts[0] not in _KINDS or parts[2] not in TOPICS:
            raise InputError(f"{where}:{n}: expected kind (code, word, plover, root), "
                             f"pattern and topic ({', '.join(TOPICS)}): {line!r}")
        kind, pattern, topic = parts
        if kind in ("code", "hint"):
            (codes if kind == "code" else hints).append((pattern, topic))
        elif kind == "word":
            words.append((_word_pattern(pattern), topic))
        else:
            (plover if kind == "plover" else roots)[pattern] = topic
    # Longer code prefixes first: "0234" (military aid) before "02".
    codes.sort(key=lambda c: -len(c[0]))
    hints.sort(key=lambda c: -len(c[0]))
    return TopicRules(tuple(codes), tuple(words), tuple(hints), plover, roots)


@lru_cache(maxsize=1)
def topic_rules() -> TopicRules:
    """The bundled rules (entente/data/brief/topics.tsv)."""
    path = resources.files("entente").joinpath("data/brief/topics.tsv")
    return parse_topic_rules(path.read_text(encoding="utf-8"), "topics.tsv")


def topic_of(code: str | None, plover_context: str | None = None,
             sentences: Iterable[str] = ()) -> str:
    """`topic_of("057", None, ["Serbia and Iran signed a trade memorandum."])` -> "economic"."""
    return topic_rules().topic(code, plover_context, sentences)
