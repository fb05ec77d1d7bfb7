"""What an ingest did: per input, what was read, kept and skipped, and why.

One report type for every load: event files and articles (events and documents added) and
context layers (rows stored per table, with their source and licence).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from ..display import counted

__all__ = ["RowProblem", "InputResult", "IngestReport", "LoadProgress"]


@dataclass(frozen=True, slots=True)
class RowProblem:
    """A malformed row that was skipped: the file, its line (1-based, or where in a JSON
    document: "data[13]") and the reason."""

    path: str
    line: int | str | None
    reason: str

    def __str__(self) -> str:
        if self.line is None:
            return f"{self.path}: {self.reason}"
        where = f"line {self.line}" if isinstance(self.line, int) else self.line
        return f"{self.path}: {where}: {self.reason}"


@dataclass(slots=True)
class InputResult:
    """One input unit (a file, a URL, a feed entry): stored whole or not at all.

    A context layer's input also names its `source` (a key of data/context/sources.tsv),
    `licence`, when the data was `retrieved_at`, and the rows it stored per table.
    """

    name: str
    kind: str
    status: str = "ok"  # ok | already ingested | error | rejected
    rows_read: int = 0
    events_added: int = 0
    documents_added: int = 0
    rows_skipped: int = 0
    message: str = ""
    source: str = ""
    source_name: str = ""
    licence: str = ""
    retrieved_at: datetime | None = None
    tables: dict[str, int] = field(default_factory=dict)
    ingest_id: str = ""

    @property
    def rows_kept(self) -> int:
        """Rows stored: context rows for a context layer, else events."""
        return sum(self.tables.values()) if self.source else self.events_added

    def line(self) -> str:
        """One line for the terminal."""
        if self.status != "ok":
            return f"{self.name}: {self.status}"
        if self.source:
            stored = ", ".join(f"{n} {t}" for t, n in self.tables.items()) or "nothing"
            return (f"{self.name}: {self.kind} from {self.source_name or self.source}: "
                    f"read {self.rows_read} rows, "
                    f"stored {stored}, skipped {self.rows_skipped} (licence: {self.licence})")
        detail = counted(self.events_added, "event")
        if self.documents_added:
            detail += f", {counted(self.documents_added, 'document')}"
        if self.rows_skipped:
            detail += f", {counted(self.rows_skipped, 'row')} skipped"
        return f"{self.name}: stored ({detail})"


@dataclass(slots=True)
class IngestReport:
    inputs: list[InputResult] = field(default_factory=list)
    problems: list[RowProblem] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    @property
    def events_added(self) -> int:
        return sum(r.events_added for r in self.inputs)

    @property
    def documents_added(self) -> int:
        return sum(r.documents_added for r in self.inputs)

    @property
    def rows_skipped(self) -> int:
        return sum(r.rows_skipped for r in self.inputs)

    @property
    def errors(self) -> list[str]:
        return [r.message for r in self.inputs if r.status in ("error", "rejected")]

    def failed(self, strict: bool = False) -> bool:
        """True when an input could not be stored (or, with strict, any row was skipped)."""
        return bool(self.errors) or (strict and bool(self.problems))

    def merge(self, other: IngestReport) -> None:
        self.inputs.extend(other.inputs)
        self.problems.extend(other.problems)
        self.warnings.extend(w for w in other.warnings if w not in self.warnings)
        self.notes.extend(other.notes)

    def summary(self, max_problems: int = 20) -> list[str]:
        """Plain lines for the terminal: one per input, skipped rows, warnings, errors."""
        lines = [r.line() for r in self.inputs]
        for problem in self.problems[:max_problems]:
            lines.append(f"skipped {problem}")
        if len(self.problems) > max_problems:
            lines.append(f"... and {len(self.problems) - max_problems} more skipped rows")
        lines.extend(self.notes)
        lines.extend(f"warning: {w}" for w in self.warnings)
        lines.extend(f"error: {e}" for e in self.errors)
        context_rows = sum(sum(r.tables.values()) for r in self.inputs)
        stored = (f"{counted(self.events_added, 'event')} and "
                  f"{counted(self.documents_added, 'document')} added")
        if context_rows:
            stored = f"{context_rows} context rows stored"
        lines.append(f"total: {stored}, {self.rows_skipped or len(self.problems)} rows skipped, "
                     f"{len(self.errors)} inputs failed")
        return lines


@dataclass(slots=True)
class LoadProgress:
    """Where a multi-file load stands, handed to a progress callback after each file."""

    total: int
    started: float  # time.monotonic() at the start
    done: int = 0
    events_added: int = 0
    failed: int = 0
    last: str = ""

    def advance(self, part: IngestReport) -> None:
        for result in part.inputs:
            self.done += 1
            self.events_added += result.events_added
            self.failed += result.status in ("error", "rejected")
            self.last = result.name

    @property
    def elapsed(self) -> float:
        import time

        return max(time.monotonic() - self.started, 1e-9)

    @property
    def rate(self) -> float:
        """Files per second so far."""
        return self.done / self.elapsed

    @property
    def eta(self) -> float | None:
        """Seconds left at the rate so far (None before the first file)."""
        return (self.total - self.done) / self.rate if self.done else None

    def line(self) -> str:
        """One plain line: files done, rate, events, time left."""
        eta = f", {self.eta:,.0f} s left" if self.eta is not None else ""
        return (f"{self.done:,}/{self.total:,} files, {self.rate:,.1f} files/s, "
                f"{self.events_added:,} events{eta}")
