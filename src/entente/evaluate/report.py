"""The evaluation report: figures per slice, JSON form, and rich tables for people."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from rich.console import Console
from rich.markup import escape
from rich.table import Table

from ..errors import EntenteError

__all__ = ["Report", "render"]


@dataclass(slots=True)
class Report:
    """Figures of one evaluation run. `sections` maps a slice name ("all", "train",
    "holdout") to the output of `metrics.score`; `worst` lists the worst cases."""

    gold: list[str]
    fmt: str
    coder_version: str | None
    sections: dict[str, dict[str, Any]] = field(default_factory=dict)
    worst: list[dict[str, Any]] = field(default_factory=list)

    @property
    def main(self) -> dict[str, Any]:
        return next(iter(self.sections.values()))

    def to_dict(self) -> dict[str, Any]:
        return {"gold": self.gold, "format": self.fmt, "coder_version": self.coder_version,
                "sections": self.sections, "worst": self.worst}

    def write_json(self, path: str | Path) -> None:
        """Write the report as JSON (whole file at once, so no half-written report)."""
        text = json.dumps(self.to_dict(), indent=2, ensure_ascii=False, sort_keys=False)
        target = Path(path)
        tmp = target.with_name(target.name + ".tmp")
        try:
            tmp.write_text(text + "\n", encoding="utf-8")
            tmp.replace(target)
        except OSError as exc:
            raise EntenteError(f"{path}: cannot write report ({exc.strerror})") from None


def _fmt(value: Any) -> str:
    if value is None:
        return "-"
    if isinstance(value, float):
        return f"{value:.3f}"
    return str(value)


def _headline(report: Report) -> Table:
    table = Table(title=f"entente evaluate: {escape(', '.join(report.gold))} "
                        f"({report.fmt})")
    table.add_column("measure")
    for name in report.sections:
        table.add_column(name, justify="right")
    rows: list[tuple[str, list[Any]]] = []

    def row(label: str, getter: Any) -> None:
        values = [getter(s) for s in report.sections.values()]
        if any(v is not None for v in values):
            rows.append((label, values))

    row("texts", lambda s: s["items"])
    row("gold events", lambda s: s["events"]["gold"])
    row("predicted events", lambda s: s["events"]["predicted"])
    for key in ("precision", "recall", "f1"):
        row(f"event {key}", lambda s, key=key: s["events"][key])
    for kind in ("root", "quad", "penta", "plover"):
        row(f"{kind} accuracy", lambda s, k=kind: (s["labels"].get(k) or {}).get("accuracy"))
    row("must-give-nothing clean", lambda s: s["must_give_nothing"]["accuracy"])
    for side in ("source", "target"):
        row(f"{side} country accuracy",
            lambda s, d=side: (s["actors"].get(d) or {}).get("accuracy"))
        row(f"{side} span F1", lambda s, d=side: (s["spans"].get(d) or {}).get("f1"))
    for label, values in rows:
        table.add_row(label, *(_fmt(v) for v in values))
    return table


def _recall_table(section: dict[str, Any]) -> Table:
    kind = section["recall_by"]["kind"] or "class"
    table = Table(title=f"recall per {kind}")
    for col in (kind, "gold", "matched", "recall"):
        table.add_column(col, justify="right")
    for key, cell in section["recall_by"]["rows"].items():
        table.add_row(escape(key), str(cell["gold"]), str(cell["matched"]),
                      _fmt(cell["recall"]))
    return table


def _confusion_table(confusion: dict[str, Any]) -> Table:
    if len(confusion["labels"]) > 10:
        return _confusion_pairs(confusion)
    table = Table(title=f"confusion ({confusion['kind']}): rows gold, columns predicted")
    table.add_column("gold")
    for label in confusion["labels"]:
        table.add_column(escape(label), justify="right")
    for truth, cells in confusion["matrix"].items():
        table.add_row(escape(truth), *(str(cells[p]) if cells[p] else "."
                                       for p in confusion["labels"]))
    return table


def _confusion_pairs(confusion: dict[str, Any]) -> Table:
    """A wide confusion matrix as its non-empty cells, most frequent first."""
    table = Table(title=f"confusion ({confusion['kind']}): non-empty cells")
    for col in ("gold", "predicted", "texts"):
        table.add_column(col, justify="right" if col == "texts" else "left")
    cells = [(count, truth, guess) for truth, row in confusion["matrix"].items()
             for guess, count in row.items() if count]
    for count, truth, guess in sorted(cells, key=lambda c: (-c[0], c[1], c[2])):
        mark = "" if truth == guess else " x"
        table.add_row(escape(truth), escape(guess) + mark, str(count))
    return table


def _threshold_table(section: dict[str, Any]) -> Table:
    table = Table(title="by confidence threshold / calibration")
    for col in ("min confidence", "predicted", "precision", "recall", "f1"):
        table.add_column(col, justify="right")
    for r in section["thresholds"]:
        table.add_row(_fmt(r["threshold"]), str(r["predicted"]), _fmt(r["precision"]),
                      _fmt(r["recall"]), _fmt(r["f1"]))
    for r in section["calibration"]:
        table.add_row(f"bin {r['bin']}", str(r["predicted"]), _fmt(r["precision"]),
                      f"mean conf {r['mean_confidence']:.2f}", "")
    return table


def _misses_table(section: dict[str, Any]) -> Table:
    table = Table(title="missed gold events by cause")
    table.add_column("cause")
    table.add_column("misses", justify="right")
    for kind, count in section["misses"].items():
        table.add_row(kind, str(count))
    return table


def _worst_table(worst: list[dict[str, Any]]) -> Table:
    table = Table(title="worst cases (held-out sentences are never shown)", show_lines=True)
    for col, ratio in (("id", 1), ("errors", 1), ("text", 5), ("gold", 2), ("predicted", 2),
                       ("misses", 1)):
        table.add_column(col, ratio=ratio, overflow="fold")
    for case in worst:
        text = case["text"]
        misses = "\n".join(f"{m['gold']}: {m['tag']}" for m in case["misses"]) or "-"
        table.add_row(escape(case["id"]), str(case["errors"]), escape(text),
                      escape("\n".join(case["gold"])), escape("\n".join(case["predicted"])),
                      misses)
    return table


def _realnews_headline(report: Report) -> Table:
    table = Table(title=f"entente evaluate: {escape(', '.join(report.gold))} (realnews)")
    table.add_column("measure")
    for name in report.sections:
        table.add_column(name, justify="right")
    rows: list[tuple[str, Any]] = [
        ("sentences", lambda s: s["items"]),
        ("required events", lambda s: s["events"]["required"]),
        ("found", lambda s: s["events"]["found"]),
        ("recall", lambda s: s["events"]["recall"]),
        ("output events", lambda s: s["events"]["predicted"]),
        ("right (optional ones count)", lambda s: s["events"]["matched"]),
        ("precision", lambda s: s["events"]["precision"]),
        ("f1", lambda s: s["events"]["f1"]),
        ("precision, both sides placed", lambda s: s["placed"]["precision"]),
        ("non-event sentences", lambda s: s["non_event"]["sentences"]),
        ("false events on them", lambda s: s["non_event"]["false_events"]),
        ("false events per non-event sentence", lambda s: s["non_event"]["per_sentence"]),
        ("one-sided events left out", lambda s: s["one_sided_left_out"]),
    ]
    for label, getter in rows:
        table.add_row(label, *(_fmt(getter(s)) for s in report.sections.values()))
    for quad in ("1", "2", "3", "4"):
        table.add_row(f"recall, quad {quad}", *(
            _fmt((s["recall_by"]["quad"].get(quad) or {}).get("recall"))
            for s in report.sections.values()))
    return table


def _realnews_thresholds(report: Report) -> Table:
    table = Table(title="by confidence floor: recall / precision (output events)")
    table.add_column("min confidence", justify="right")
    for name in report.sections:
        table.add_column(name, justify="right")
    floors = [r["threshold"] for r in report.main["thresholds"]]
    for index, floor in enumerate(floors):
        cells = []
        for section in report.sections.values():
            row = section["thresholds"][index]
            cells.append(f"{_fmt(row['recall'])} / {_fmt(row['precision'])} "
                         f"({row['predicted']})")
        table.add_row(_fmt(floor), *cells)
    return table


def render(report: Report, console: Console | None = None) -> None:
    """Print the report as rich tables (untrusted text escaped)."""
    console = console or Console()
    if report.fmt == "realnews":
        console.print(_realnews_headline(report))
        console.print(_realnews_thresholds(report))
        if report.worst:
            console.print(_worst_table(report.worst))
        return
    console.print(_headline(report))
    main = report.main
    console.print(_recall_table(main))
    for confusion in main["confusion"].values():
        if confusion["kind"] in ("penta", "plover"):
            console.print(_confusion_table(confusion))
    console.print(_threshold_table(main))
    console.print(_misses_table(main))
    if report.worst:
        console.print(_worst_table(report.worst))
