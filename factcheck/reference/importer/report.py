"""What an import found: record counts, and every disagreement or correction, and the choice."""

from __future__ import annotations

from dataclasses import dataclass, field

from factcheck.reference.load import ReferenceDataError


@dataclass(frozen=True, order=True)
class Conflict:
    """One disagreement between sources (or within one), and which value the dataset uses."""

    kind: str  # e.g. "totals-mismatch", "name-mapped", "skipped-row", "lineage-date"
    subject: str  # what it is about: "ge-2015 copeland", "The Hartlepools 1979"
    detail: str  # the values that disagree
    used: str  # the value written to the dataset
    why: str  # the rule that chose it
    sources: tuple[str, ...] = ()

    def as_record(self) -> dict[str, object]:
        record: dict[str, object] = {
            "kind": self.kind,
            "subject": self.subject,
            "detail": self.detail,
            "used": self.used,
            "why": self.why,
        }
        if self.sources:
            record["sources"] = list(self.sources)
        return record


class ImportDataError(ReferenceDataError):
    """An input file that cannot be read: one line naming the file, the line and the problem.

    A ReferenceDataError, so commands that report bad reference data report this the same way.
    """

    def __init__(self, path: str, line: int, message: str) -> None:
        Exception.__init__(self, f"{path}:{line}: {message}")
        self.path, self.line, self.column, self.message = path, line, 0, message


@dataclass
class ImportReport:
    """Counts of what was written, and every conflict found on the way."""

    counts: dict[str, int] = field(default_factory=dict)
    conflicts: list[Conflict] = field(default_factory=list)
    files: list[str] = field(default_factory=list)  # files written, relative to out_dir

    def add(
        self,
        kind: str,
        subject: str,
        detail: str,
        used: str,
        why: str,
        sources: tuple[str, ...] | list[str] = (),
    ) -> None:
        self.conflicts.append(Conflict(kind, subject, detail, used, why, tuple(sources)))

    def by_kind(self) -> dict[str, int]:
        tally: dict[str, int] = {}
        for c in self.conflicts:
            tally[c.kind] = tally.get(c.kind, 0) + 1
        return dict(sorted(tally.items()))

    def __str__(self) -> str:
        return self.summary()

    def summary(self) -> str:
        lines = [f"{name}: {count}" for name, count in self.counts.items()]
        lines.append(f"conflicts: {len(self.conflicts)}")
        lines += [f"  {kind}: {n}" for kind, n in self.by_kind().items()]
        return "\n".join(lines)
