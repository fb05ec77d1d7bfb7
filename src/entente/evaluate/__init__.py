"""Measure the coder against human-coded gold data.

Three separate steps: `gold` reads four formats into `GoldItem`s (and `realnews` its own
alternative-laden format into `RealNewsItem`s), `predict` runs the coder,
`metrics` scores gold against predictions with pure functions; `evaluate` ties them
together and returns a `Report` (printed by `render`, written by `Report.write_json`).

    >>> from entente.evaluate import evaluate
    >>> report = evaluate("gold/entente_gold.jsonl")          # doctest: +SKIP
    >>> report.main["events"]["f1"]                            # doctest: +SKIP
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..errors import InputError
from .gold import FORMATS as GOLD_FORMATS
from .gold import GoldEvent, GoldItem, in_holdout, read_gold
from .metrics import DEFAULT_THRESHOLDS, MISS_KINDS, Prediction, score, worst_cases
from .predict import default_coder, predict
from .realnews import RealNewsItem, read_realnews, score_realnews, worst_realnews
from .report import Report, render

__all__ = [
    "FORMATS",
    "ONE_SIDED_FORMATS",
    "SLICES",
    "GoldEvent",
    "GoldItem",
    "Prediction",
    "Report",
    "MISS_KINDS",
    "evaluate",
    "sniff_format",
    "evaluate_predictions",
    "in_holdout",
    "predict",
    "read_gold",
    "read_realnews",
    "RealNewsItem",
    "evaluate_realnews_predictions",
    "render",
    "score",
    "check_thresholds",
    "floor_checks",
    "FloorCheck",
    "read_thresholds",
    "figure",
]

#: Every gold format `evaluate` reads.
FORMATS = (*GOLD_FORMATS, "realnews")

#: Gold formats whose events may lack a side, scored with one-sided happenings included.
ONE_SIDED_FORMATS = ("conflibert", "plover")

#: Which texts to score: all (reported whole, and the two parts apart), train (the part one
#: may study) or holdout (the fixed check part, never read or used for rules). Multi-CoPED
#: and PLOVER hold out a fixed 30% by a hash of the sentence; a realnews file names its
#: halves study and check, which are the same two slices under their own names.
SLICES = ("all", "train", "holdout", "study", "check")
_SLICE_ALIASES = {"study": "train", "check": "holdout"}


def select(items: Sequence[Any], slice_name: str) -> list[Any]:
    if slice_name not in SLICES:
        raise InputError(f"unknown slice {slice_name!r} (choose from {', '.join(SLICES)})")
    slice_name = _SLICE_ALIASES.get(slice_name, slice_name)
    if slice_name == "all":
        return list(items)
    return [i for i in items if i.holdout == (slice_name == "holdout")]


def evaluate_predictions(items: Sequence[GoldItem], preds: dict[str, Prediction], *,
                         gold: Sequence[str] = (), fmt: str = "entente",
                         coder_version: str | None = None, worst: int = 10,
                         thresholds: Sequence[float] = DEFAULT_THRESHOLDS) -> Report:
    """Score given predictions (no coder involved): one section per slice present."""
    report = Report(gold=[str(g) for g in gold], fmt=fmt, coder_version=coder_version)
    report.sections["all"] = score(items, preds, thresholds)
    train = [i for i in items if not i.holdout]
    holdout = [i for i in items if i.holdout]
    if train and holdout:
        report.sections["train"] = score(train, preds, thresholds)
        report.sections["holdout"] = score(holdout, preds, thresholds)
    elif holdout:
        report.sections = {"holdout": report.sections["all"]}
    report.worst = worst_cases(items, preds, worst)
    return report


def sniff_format(gold_path: str | Path, gold2: str | Path | None = None) -> str:
    """The gold format of a file, told by its shape: a second (CoNLL) file means conflibert,
    XML is PETRARCH validation, a JSON list is PLOVER, JSON lines whose events carry
    `src`/`tgt`/`quad` are realnews, other JSON lines entente's own."""
    path = Path(gold_path)
    if gold2 is not None:
        return "conflibert"
    try:
        with path.open(encoding="utf-8", errors="replace") as handle:
            head = handle.read(65536)
    except OSError as exc:
        raise InputError(f"{path}: cannot read gold file ({exc.strerror})") from None
    start = head.lstrip()
    if start.startswith("<"):
        return "petrarch"
    if start.startswith("["):
        return "plover"
    if start.startswith("{"):
        first = start.splitlines()[0]
        try:
            row = json.loads(first)
        except ValueError:
            return "entente"  # its reader names the broken line
        events = row.get("events") if isinstance(row, dict) else None
        if isinstance(events, list) and any(isinstance(e, dict) and ("src" in e or "quad" in e)
                                            for e in events):
            return "realnews"
        return "realnews" if isinstance(row, dict) and "split" in row else "entente"
    raise InputError(f"{path}: cannot tell the gold format from its first line; "
                     f"give --format ({' | '.join(FORMATS)})")


def evaluate(gold_path: str | Path, fmt: str = "auto", coder: Any = None, *,
             gold2: str | Path | None = None, slice_name: str = "all", worst: int = 10,
             thresholds: Sequence[float] = DEFAULT_THRESHOLDS,
             progress: Callable[[int], None] | None = None,
             dictionaries: Sequence[str | Path] = ()) -> Report:
    """Read gold, run the coder (the project's own unless one is given; with user actor
    `dictionaries` when some are named) and score it."""
    paths = [Path(gold_path)] + ([Path(gold2)] if gold2 is not None else [])
    if fmt == "auto":
        if not paths[0].is_file():
            raise InputError(f"{paths[0]}: gold file not found")
        fmt = sniff_format(paths[0], gold2)
    if gold2 is not None and fmt != "conflibert":
        raise InputError(f"a second gold file is only read with --format conflibert, not {fmt}")
    if fmt == "realnews":
        if not paths[0].is_file():
            raise InputError(f"{paths[0]}: gold file not found")
        items: list[Any] = select(read_realnews(paths[0]), slice_name)
    else:
        items = select(read_gold(paths, fmt, _user_states(dictionaries, coder)), slice_name)
    if not items:
        raise InputError(f"{gold_path}: no gold items in slice {slice_name!r}")
    # Multi-CoPED classifies the event of a sentence whether or not it names a target, and
    # PLOVER makes the recipient optional (a reciprocal agreement is coded as actors with no
    # recipient; the gold has such records): for both the coder also gives one-sided
    # happenings, as `entente code --one-sided` does (DESIGN.md). A gold side that names a
    # country still needs that country, so a one-sided event never passes for a dyad.
    from ..coder import version_of  # the coder loads only when coding (not at CLI start)

    one_sided = fmt in ONE_SIDED_FORMATS
    if coder is None and dictionaries:
        from ..coder import dictionary_coder

        coder = dictionary_coder(dictionaries, one_sided=one_sided)
    coder = coder if coder is not None else default_coder(one_sided=one_sided)
    if fmt == "realnews":
        preds = predict(items, coder, progress=progress, inspect=False)
        return evaluate_realnews_predictions(items, preds, gold=[str(paths[0])],
                                             coder_version=version_of(coder), worst=worst,
                                             thresholds=thresholds)
    preds = predict(items, coder, progress=progress)
    return evaluate_predictions(items, preds, gold=[str(p) for p in paths], fmt=fmt,
                                coder_version=version_of(coder), worst=worst,
                                thresholds=thresholds)


def _user_states(dictionaries: Sequence[str | Path], coder: Any) -> frozenset[str]:
    """Codes of the states the user dictionaries (or the given coder's) declare."""
    from ..actors.dictionaries import user_states

    gazetteer = getattr(getattr(coder, "resolver", None), "gazetteer", None)
    if gazetteer is None and dictionaries:
        from ..actors import Gazetteer

        gazetteer = Gazetteer.load(dictionaries)
    return user_states(gazetteer)


def evaluate_realnews_predictions(items: Sequence[RealNewsItem], preds: dict[str, Prediction],
                                  *, gold: Sequence[str] = (), coder_version: str | None = None,
                                  worst: int = 10,
                                  thresholds: Sequence[float] = DEFAULT_THRESHOLDS) -> Report:
    """Score realnews sentences: sections all, study and check (those present); the worst
    cases come from the study half only."""
    report = Report(gold=[str(g) for g in gold], fmt="realnews", coder_version=coder_version)
    halves = {"study": [i for i in items if not i.holdout],
              "check": [i for i in items if i.holdout]}
    if all(halves.values()):
        report.sections["all"] = score_realnews(items, preds, thresholds)
    for name, part in halves.items():
        if part:
            report.sections[name] = score_realnews(part, preds, thresholds)
    report.worst = worst_realnews(items, preds, worst)
    return report


#: Figures a thresholds file may set a floor for, and where each lives in a section.
THRESHOLD_KEYS: dict[str, tuple[str, ...]] = {
    "event_precision": ("events", "precision"),
    "event_recall": ("events", "recall"),
    "event_f1": ("events", "f1"),
    "root_accuracy": ("labels", "root", "accuracy"),
    "quad_accuracy": ("labels", "quad", "accuracy"),
    "penta_accuracy": ("labels", "penta", "accuracy"),
    "plover_accuracy": ("labels", "plover", "accuracy"),
    "must_give_nothing": ("must_give_nothing", "accuracy"),
    "source_accuracy": ("actors", "source", "accuracy"),
    "target_accuracy": ("actors", "target", "accuracy"),
}


def figure(section: dict[str, Any], name: str) -> float | None:
    """One headline figure of a score section by its threshold name (None if absent)."""
    if name not in THRESHOLD_KEYS:
        raise InputError(f"unknown figure {name!r} (known: {', '.join(THRESHOLD_KEYS)})")
    value: Any = section
    for key in THRESHOLD_KEYS[name]:
        value = value.get(key) if isinstance(value, dict) else None
    return value


@dataclass(frozen=True, slots=True)
class FloorCheck:
    """One floor of a thresholds file against the report's figure (None: not measured)."""

    name: str
    value: float | None
    floor: float

    @property
    def passed(self) -> bool:
        return self.value is not None and self.value >= self.floor


def floor_checks(report: Report, floors: dict[str, float]) -> list[FloorCheck]:
    """Every floor with the figure of the report's main section, in name order."""
    return [FloorCheck(name, figure(report.main, name), floor)
            for name, floor in sorted(floors.items())]


def check_thresholds(report: Report, floors: dict[str, float]) -> list[str]:
    """Figures of the report's main section that fall below their floor, as messages."""
    return [f"{c.name} = {c.value} is below the floor {c.floor}"
            for c in floor_checks(report, floors) if not c.passed]


def read_thresholds(path: str | Path) -> dict[str, float]:
    """A JSON object {figure name: floor}; keys starting with "_" are comments."""
    import json

    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except OSError as exc:
        raise InputError(f"{path}: cannot read thresholds ({exc.strerror})") from None
    except json.JSONDecodeError as exc:
        raise InputError(f"{path}:{exc.lineno}: invalid JSON ({exc.msg})") from None
    if not isinstance(data, dict):
        raise InputError(f"{path}: expected a JSON object of figure floors")
    floors = {}
    for name, value in data.items():
        if name.startswith("_"):
            continue
        figure({}, name)  # raises on unknown names
        if not isinstance(value, (int, float)) or not 0 <= value <= 1:
            raise InputError(f"{path}: floor of {name!r} must be a number in 0..1")
        floors[name] = float(value)
    return floors
