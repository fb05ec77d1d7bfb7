"""What an ingest did: per input, what was read, kept and skipped, and why."""

from __future__ import annotations

from dataclasses import dataclass, field

__all__ = ["RowProblem", "InputResult", "IngestReport", "LoadProgress"]


@dataclass(frozen=True, slots=True)
class RowProblem:
    """A malformed row that was skipped: the file, its line (1-based) and the reason."""

    path: str
    line: int | None
    reason: str

    def __str__(self) -> str:
        where = f"{self.path}: line {self.line}" if self.line is not None else self.path
        return f"{where}: {self.reason}"


@dataclass(slots=True)
class InputResult:
    """One input unit (a file, a URL, a feed entry): stored whole or not at all."""

    name: str
    kind: str
    status: str = "ok"  # ok | already ingested | error | rejected
    rows_read: int = 0
    events_added: int = 0
    documents_added: int = 0
    rows_skipped: int = 0
    message: str = ""


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
        lines = []
        for r in self.inputs:
            detail = f"{r.events_added} events"
            if r.documents_added:
                detail += f", {r.documents_added} documents"
            if r.rows_skipped:
                detail += f", {r.rows_skipped} rows skipped"
            state = r.status if r.status != "ok" else "stored"
            lines.append(f"{r.name}: {state} ({detail})" if r.status == "ok"
                         else f"{r.name}: {state}")
        for problem in self.problems[:max_problems]:
            lines.append(f"skipped {problem}")
        if len(self.problems) > max_problems:
            lines.append(f"... and {len(self.problems) - max_problems} more skipped rows")
        lines.extend(self.notes)
        lines.extend(f"warning: {w}" for w in self.warnings)
        lines.extend(f"error: {e}" for e in self.errors)
        lines.append(f"total: {self.events_added} events and {self.documents_added} documents "
                     f"added, {len(self.problems)} rows skipped, {len(self.errors)} inputs "
                     "failed")
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
