"""Gold data readers: four file formats into one model, `GoldItem` with `GoldEvent`s.

A gold item is one text (a document or a sentence) with the events a human coded in it.
An item with no events is a "must give nothing" item: any event predicted there is wrong.
Each format gives events at its own granularity (a CAMEO code or root, a PLOVER event, a
penta class; countries or token spans), and a field the gold leaves empty matches anything.
"""

from __future__ import annotations

import hashlib
import json
import re
import unicodedata
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any
from xml.etree import ElementTree

from .. import ontology
from ..errors import InputError

__all__ = [
    "GoldEvent",
    "GoldItem",
    "FORMATS",
    "read_gold",
    "read_entente",
    "read_plover",
    "read_conflibert",
    "read_petrarch",
    "in_holdout",
    "tokens",
    "GENERIC_ACTORS",
]

FORMATS = ("entente", "plover", "conflibert", "petrarch")

#: Actor codes that stand for "some organisation of this kind" rather than one country.
GENERIC_ACTORS = ("IGO", "NGO")


@dataclass(frozen=True, slots=True)
class GoldEvent:
    """One human-coded event; a field left None is not given by the gold and matches anything."""

    source: str | None = None
    target: str | None = None
    code: str | None = None
    plover: str | None = None
    penta: int | None = None
    source_span: tuple[str, ...] = ()
    target_span: tuple[str, ...] = ()
    #: Participants of a joint event whose direction the gold leaves open (CoNLL tag R:
    #: "A met B", "A and B signed a deal"), one word tuple per conjunct.
    joint_spans: tuple[tuple[str, ...], ...] = ()
    #: True when the gold marks spans (CoNLL), even if a side has none.
    spans_given: bool = False

    @property
    def root(self) -> str | None:
        return self.code[:2] if self.code else None

    @property
    def quad(self) -> int | None:
        return ontology.quad_class(self.code[:2]) if self.code else None

    @property
    def penta_class(self) -> int | None:
        if self.penta is not None:
            return self.penta
        return ontology.penta_class(self.code[:2]) if self.code else None

    def describe(self) -> str:
        what = self.code or self.plover or (f"penta {self.penta}" if self.penta is not None
                                            else "?")
        if self.joint_spans and not (self.source_span or self.target_span):
            return " <-> ".join(" ".join(words) for words in self.joint_spans) + f" {what}"
        src = self.source or (" ".join(self.source_span) if self.source_span else "*")
        tgt = self.target or (" ".join(self.target_span) if self.target_span else "*")
        return f"{src} -> {tgt} {what}"


@dataclass(frozen=True, slots=True)
class GoldItem:
    """One gold text with its expected events; no events means it must give nothing."""

    item_id: str
    text: str
    date: date | None = None
    events: tuple[GoldEvent, ...] = ()
    holdout: bool = False
    tags: tuple[str, ...] = field(default=())

    @property
    def must_give_nothing(self) -> bool:
        return not self.events


def in_holdout(sentence: str) -> bool:
    """The fixed 30% held-out slice of Multi-CoPED and PLOVER (by a hash of the stripped
    sentence): measured, never read or used for rules."""
    digest = hashlib.sha1(sentence.strip().encode("utf-8")).hexdigest()
    return int(digest, 16) % 10 < 3


_WORD = re.compile(r"\w+", re.UNICODE)


def tokens(text: str) -> tuple[str, ...]:
    """Lower-cased word tokens, the unit of span overlap."""
    return tuple(t.lower() for t in _WORD.findall(text))


def read_gold(paths: Iterable[str | Path], fmt: str = "entente",
              states: frozenset[str] = frozenset()) -> list[GoldItem]:
    """Read gold items from one file (or two for conflibert: the class TSV and the CoNLL file).
    `states`: codes of states user dictionaries declared (PETRARCH records may use them)."""
    files = [Path(p) for p in paths]
    if fmt not in FORMATS:
        raise InputError(f"unknown gold format {fmt!r} (choose from {', '.join(FORMATS)})")
    if not files:
        raise InputError("no gold file given")
    for path in files:
        if not path.is_file():
            raise InputError(f"{path}: gold file not found")
    if fmt == "conflibert":
        return read_conflibert(*files[:2])
    if len(files) > 1:
        raise InputError(f"format {fmt} takes one gold file, got {len(files)}")
    if fmt == "petrarch":
        return read_petrarch(files[0], states)
    reader = {"entente": read_entente, "plover": read_plover}[fmt]
    return reader(files[0])


# --- shared field checks ---------------------------------------------------------------

def _country(value: Any, where: str) -> str | None:
    if value is None or value == "":
        return None
    if not isinstance(value, str):
        raise InputError(f"{where}: expected a country code or null, got {value!r}")
    upper = value.strip().upper()
    if upper in GENERIC_ACTORS:
        return upper
    # IGO short codes and ISO3 first: "AU" is the African Union here, not Australia's ISO2.
    if upper in ontology.igos() or upper in ontology.countries():
        return upper
    key = ontology.to_iso3(value)
    if key is None:
        raise InputError(f"{where}: unknown country or organisation code {value!r}")
    return key


def _cameo(value: Any, where: str) -> str:
    code = str(value).strip() if value is not None else ""
    if code not in ontology.event_types():
        raise InputError(f"{where}: unknown CAMEO event code {value!r}")
    return code


def _date(value: Any, where: str) -> date | None:
    if value in (None, ""):
        return None
    text = str(value).strip()
    if re.fullmatch(r"\d{8}", text):
        text = f"{text[:4]}-{text[4:6]}-{text[6:]}"
    try:
        return date.fromisoformat(text[:10])
    except ValueError:
        raise InputError(f"{where}: bad date {value!r} (expected YYYY-MM-DD)") from None


def _read_text(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        raise InputError(f"{path}: not UTF-8 text ({exc.reason} at byte {exc.start})") from None
    except OSError as exc:
        raise InputError(f"{path}: cannot read ({exc.strerror})") from None


# --- entente JSONL ---------------------------------------------------------------------

def read_entente(path: Path) -> list[GoldItem]:
    """The project's own JSONL gold: {"id", "text", "date", "events": [...], "tags"?}."""
    return read_jsonl_items(path, _entente_item)


def read_jsonl_items(path: Path, make: Callable[[Any, str], Any]) -> list[Any]:
    """One item per non-blank JSONL line, built by `make(row, "file:line")`; ids unique."""
    items: list[Any] = []
    seen: set[str] = set()
    for number, line in enumerate(_read_text(path).splitlines(), start=1):
        if not line.strip():
            continue
        where = f"{path}:{number}"
        try:
            row = json.loads(line)
        except json.JSONDecodeError as exc:
            raise InputError(f"{where}: invalid JSON ({exc.msg})") from None
        item = make(row, where)
        if item.item_id in seen:
            raise InputError(f"{where}: duplicate id {item.item_id!r}")
        seen.add(item.item_id)
        items.append(item)
    return items


def require_fields(row: Any, keys: Iterable[str], where: str,
                   shape: str = "a JSON object") -> dict[str, Any]:
    """The row as an object holding every key, else one error naming the first gap."""
    if not isinstance(row, dict):
        raise InputError(f"{where}: expected {shape}")
    for key in keys:
        if key not in row:
            raise InputError(f"{where}: missing field {key!r}")
    return row


def _entente_item(row: Any, where: str) -> GoldItem:
    require_fields(row, ("id", "text", "events"), where)
    text = row["text"]
    if not isinstance(text, str) or not text.strip():
        raise InputError(f"{where}: field 'text' must be a non-empty string")
    if not isinstance(row["events"], list):
        raise InputError(f"{where}: field 'events' must be a list ([] = must give nothing)")
    events = []
    for index, ev in enumerate(row["events"]):
        at = f"{where}: events[{index}]"
        if not isinstance(ev, dict) or "code" not in ev:
            raise InputError(f"{at}: expected an object with source, target and code")
        events.append(GoldEvent(source=_country(ev.get("source"), f"{at}.source"),
                                target=_country(ev.get("target"), f"{at}.target"),
                                code=_cameo(ev["code"], f"{at}.code")))
    tags = row.get("tags") or []
    if not isinstance(tags, list) or not all(isinstance(t, str) for t in tags):
        raise InputError(f"{where}: field 'tags' must be a list of strings")
    return GoldItem(item_id=str(row["id"]), text=text,
                    date=_date(row.get("date"), f"{where}: date"),
                    events=tuple(events), tags=tuple(tags))


# --- PLOVER gold-standard JSON ---------------------------------------------------------

def read_plover(path: Path) -> list[GoldItem]:
    """PLOVER gold-standard records (a JSON list; "DOCUMENT" records are documentation)."""
    try:
        records = json.loads(_read_text(path))
    except json.JSONDecodeError as exc:
        raise InputError(f"{path}: invalid JSON at line {exc.lineno} ({exc.msg})") from None
    if not isinstance(records, list):
        raise InputError(f"{path}: expected a JSON list of PLOVER records")
    items = []
    for index, record in enumerate(records):
        where = f"{path}: record {index}"
        if not isinstance(record, dict):
            raise InputError(f"{where}: expected an object")
        if str(record.get("event", "")).upper() == "DOCUMENT":
            continue
        items.append(_plover_item(record, where))
    return items


def _plover_actors(value: Any, where: str) -> list[tuple[str | None, str]]:
    """(country key, actor text) of a PLOVER actor list; absent or empty means "not given"."""
    if not isinstance(value, list) or not value:
        return [(None, "")]
    keys: list[tuple[str | None, str]] = []
    for index, actor in enumerate(value):
        if not isinstance(actor, dict):
            raise InputError(f"{where}[{index}]: expected an actor object")
        code = str(actor.get("code") or "")
        text = str(actor.get("actorText") or "")
        keys.append((_plover_actor(code.upper(), text), text))
    return keys


#: Non-standard country codes found in PLOVER gold records, with the country they mean.
_PLOVER_CODE_FIXES = {"JAP": "JPN", "VTN": "VNM", "ITL": "ITA"}


def _plover_actor(code: str, text: str) -> str | None:
    """A PLOVER actor code as a country key; group codes (ISM, IMG) are kept as they are."""
    if not code:
        return None
    if code in GENERIC_ACTORS:
        # A generic IGO code: the actor text often names the organisation precisely.
        named = ontology.to_iso3(text) or ontology.to_iso3(text.replace(".", ""))
        return named if named in ontology.igos() else code
    return ontology.to_iso3(_PLOVER_CODE_FIXES.get(code, code)) or code


def _plover_item(record: dict[str, Any], where: str) -> GoldItem:
    text = record.get("text")
    if not isinstance(text, str) or not text.strip():
        raise InputError(f"{where}: missing field 'text'")
    event = record.get("event")
    if not isinstance(event, str) or not event.strip():
        raise InputError(f"{where}: missing field 'event'")
    mode = record.get("mode")
    plover = ontology.plover_event_2016(event, mode if isinstance(mode, str) else None)
    sources = _plover_actors(record.get("source"), f"{where}.source")
    targets = _plover_actors(record.get("target"), f"{where}.target")
    # A compound actor marked SRC/TAR appears on both sides: pair it with the others only.
    events = tuple(GoldEvent(source=s, target=t, plover=plover)
                   for s, s_text in sources for t, t_text in targets
                   if not s_text or s_text != t_text)
    return GoldItem(item_id=str(record.get("id") or where), text=text,
                    date=_date(record.get("date"), f"{where}.date"), events=events,
                    holdout=in_holdout(text))


# --- ConfliBERT / Multi-CoPED ----------------------------------------------------------

def read_conflibert(first: Path, second: Path | None = None) -> list[GoldItem]:
    """Multi-CoPED: `sentence<TAB>pentaclass` and/or CoNLL BIO (S source, T target, R the
    participants of a joint event with no direction), joined.

    Either file may come first; sentences are joined on their text without spaces, quotes
    normalised. Every item carries the held-out flag of the fixed 30% slice. An R phrase
    is split at "and" into its conjuncts ("Canada and the United Kingdom" -> two).
    """
    classes: dict[str, tuple[str, int]] = {}
    spans: dict[str, ConllSpans] = {}
    for path in (first, second):
        if path is None:
            continue
        if _looks_like_conll(path):
            spans.update(_read_conll(path))
        else:
            classes.update(_read_class_tsv(path))
    items = []
    for key, (sentence, label) in classes.items():
        items.append(_conflibert_item(sentence, label, spans.get(key)))
    for key, marked in spans.items():
        if key not in classes:
            items.append(_conflibert_item(marked.sentence, None, marked))
    return items


@dataclass(frozen=True, slots=True)
class ConllSpans:
    """The words one CoNLL sentence marks per role (lower-cased word tokens)."""

    sentence: str
    source: tuple[str, ...] = ()
    target: tuple[str, ...] = ()
    joint: tuple[tuple[str, ...], ...] = ()


def _conflibert_item(sentence: str, label: int | None, marked: ConllSpans | None) -> GoldItem:
    item_id = "mcp-" + hashlib.sha1(sentence.strip().encode("utf-8")).hexdigest()[:10]
    if marked is None:
        event = GoldEvent(penta=label)
    else:
        event = GoldEvent(penta=label, source_span=marked.source, target_span=marked.target,
                          joint_spans=marked.joint, spans_given=True)
    return GoldItem(item_id=item_id, text=sentence, events=(event,),
                    holdout=in_holdout(sentence))


def _join_key(text: str) -> str:
    normal = unicodedata.normalize("NFKC", text)
    normal = re.sub(r"[\u2018\u2019\u02bc`\u00b4]", "'", normal)
    normal = re.sub(r"[\u201c\u201d]|''|``", '"', normal)
    return re.sub(r"\s+", "", normal).lower()


def _looks_like_conll(path: Path) -> bool:
    for line in _read_text(path).splitlines()[:50]:
        if line.strip():
            return "\t" not in line and bool(re.search(r"\s[BIO](-[A-Z]+)?$", line.rstrip()))
    return False


def _read_class_tsv(path: Path) -> Iterator[tuple[str, tuple[str, int]]]:
    for number, line in enumerate(_read_text(path).splitlines(), start=1):
        if not line.strip():
            continue
        sentence, sep, label = line.rpartition("\t")
        where = f"{path}:{number}"
        if not sep or not sentence.strip():
            raise InputError(f"{where}: expected 'sentence<TAB>pentaclass'")
        if label.strip() not in {"0", "1", "2", "3", "4"}:
            raise InputError(f"{where}: penta class must be 0-4, got {label.strip()!r}")
        yield _join_key(sentence), (sentence.strip(), int(label))


def _read_conll(path: Path) -> Iterator[tuple[str, ConllSpans]]:
    words: list[str] = []
    roles: dict[str, list[str]] = {"S": [], "T": []}
    joint: list[list[str]] = []
    previous = "O"
    for number, line in enumerate([*_read_text(path).splitlines(), ""], start=1):
        if not line.strip():
            if words:
                sentence = _detokenize(words)
                yield _join_key(sentence), ConllSpans(
                    sentence, tuple(roles["S"]), tuple(roles["T"]),
                    tuple(tuple(words) for words in joint if words))
            words, roles, joint, previous = [], {"S": [], "T": []}, [], "O"
            continue
        word, _, tag = line.rstrip().rpartition(" ")
        if not word or not re.fullmatch(r"O|[BI]-[A-Z]+", tag):
            raise InputError(f"{path}:{number}: expected 'token TAG' with a BIO tag, got {line!r}")
        words.append(word)
        kind = tag[2:]
        found = [t.lower() for t in _WORD.findall(word)]
        if kind in roles:
            roles[kind].extend(found)
        elif kind == "R":
            # a new conjunct at B-R, at "and" inside an R phrase, or after a gap
            if tag.startswith("B-") or previous[2:] != "R" or word.lower() == "and":
                joint.append([])
            joint[-1].extend(found)
        previous = tag


def _detokenize(words: list[str]) -> str:
    text = " ".join(words)
    text = re.sub(r" ([.,;:!?%)\]}]|'s|n't|'re|'ve|'ll|'d|'m)", r"\1", text)
    return re.sub(r"([(\[{$]) ", r"\1", text)


# --- PETRARCH validation XML -----------------------------------------------------------

def read_petrarch(path: Path, states: frozenset[str] = frozenset()) -> list[GoldItem]:
    """PETRARCH validation records: <Sentence> with <Text> and <EventCoding> elements;
    `states` are codes of states a user dictionary declared (the records' own world)."""
    try:
        root = ElementTree.fromstring(_read_text(path))
    except ElementTree.ParseError as exc:
        line, column = exc.position
        raise InputError(f"{path}:{line}: invalid XML (column {column})") from None
    items = []
    for index, sentence in enumerate(root.iter("Sentence"), start=1):
        items.append(_petrarch_item(sentence, f"{path}: Sentence {index}", states))
    if not items:
        raise InputError(f"{path}: no <Sentence> elements found")
    return items


def _petrarch_actor(code: str | None, where: str, states: frozenset[str] = frozenset()
                    ) -> str | None:
    """CAMEO actor code (USAGOV, IGOUNO, ---) to a country or IGO key."""
    code = (code or "").strip().upper()
    if not code or code.startswith("---"):
        return None
    # The longest CAMEO prefix wins: IGOUNOSCR is the Security Council, not just the UN.
    for org in sorted(ontology.igos().values(), key=lambda o: -len(o.cameo)):
        if code.startswith(org.cameo):
            return org.short
    if code.startswith("IGO"):
        return "IGO"
    if code.startswith("NGO"):
        return "NGO"
    key = ontology.to_iso3(code[:3]) or (code[:3] if code[:3] in states else None)
    if key is None:
        raise InputError(f"{where}: unknown actor country code {code!r} (states of the "
                         "records' own world come from their actor dictionary: --dict)")
    return key


def _petrarch_item(sentence: ElementTree.Element, where: str, states: frozenset[str]
                   ) -> GoldItem:
    text_element = sentence.find("Text")
    text = " ".join((text_element.text or "").split()) if text_element is not None else ""
    if not text:
        raise InputError(f"{where}: missing <Text>")
    item_id = sentence.get("id") or where
    events = []
    for index, coding in enumerate(sentence.iter("EventCoding"), start=1):
        at = f"{where} ({item_id}) EventCoding {index}"
        if coding.get("noevents", "").lower() == "true" or coding.get("eventcode") is None:
            continue
        events.append(GoldEvent(source=_petrarch_actor(coding.get("sourcecode"), at, states),
                                target=_petrarch_actor(coding.get("targetcode"), at, states),
                                code=_cameo(coding.get("eventcode"), f"{at}.eventcode")))
    return GoldItem(item_id=item_id, text=text, date=_date(sentence.get("date"), f"{where} date"),
                    events=tuple(events))
