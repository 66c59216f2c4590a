"""What the checker made of each number in an article, for `factcheck explain`.

The same check as `factcheck FILE`, kept per number: its disposition, the claim's frame,
the readings with their evidence located by line:column, the verdict and the fix. The
CLI only parses arguments and renders these records.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from factcheck.claims import Finding, NumberMention, Reading
from factcheck.judge.tolerances import Tolerances
from factcheck.pipeline import FileReport, check_document
from factcheck.read.document import Document
from factcheck.reference.index import Reference


class TargetError(ValueError):
    """A FILE:LINE:COL argument that does not name a place in a file."""


@dataclass(frozen=True)
class Target:
    """Where to explain: a file, and optionally a line, and a column on it (1-based)."""

    path: str
    line: int | None = None
    column: int | None = None


@dataclass
class EvidenceAt:
    """A cue a reading rests on, located for a reader."""

    cue: str
    line: int
    column: int
    role: str = ""


@dataclass
class ReadingAt:
    """A reading with its evidence located."""

    reading: Reading
    evidence: list[EvidenceAt] = field(default_factory=list)


@dataclass
class Explanation:
    """One number: where it is, what it was taken for and, for a claim, how it was judged."""

    text: str
    start: int  # offsets into the checked text, end exclusive
    end: int
    line: int
    column: int
    disposition: str  # "claim" | "not_a_result" | "not_understood"
    kind: str | None = None
    reason: str | None = None  # why it is not a result
    finding: Finding | None = None
    readings: list[ReadingAt] = field(default_factory=list)
    sentence: str = ""


def parse_target(argument: str) -> Target:
    """FILE, FILE:LINE or FILE:LINE:COL; a name that exists as a file is always a file."""
    if argument == "-" or Path(argument).exists():
        return Target(argument)
    parts = argument.split(":")
    for tail in (2, 1):
        if len(parts) <= tail or not Path(":".join(parts[:-tail])).exists():
            continue
        numbers = parts[-tail:]
        if not all(n.isdigit() and int(n) >= 1 for n in numbers):
            raise TargetError(
                f"{argument}: LINE and COL must be whole numbers from 1 (FILE:LINE:COL)"
            )
        line, column = int(numbers[0]), int(numbers[1]) if tail == 2 else None
        return Target(":".join(parts[:-tail]), line, column)
    return Target(argument)  # a missing file: reading it says so


def explain_document(
    document: Document,
    reference: Reference,
    tolerances: Tolerances | None = None,
    *,
    line: int | None = None,
    column: int | None = None,
) -> list[Explanation]:
    """Explanations for the numbers at `line` (and `column`), or for all of them.

    With a line only, the numbers starting on it; with a column too, the number covering
    that place or else the next one after it. Raises TargetError past the end of the file.
    """
    last_line = document.source_line_column(len(document.source_text))[0]
    if line is not None and line > last_line:
        raise TargetError(f"line {line} is past the end of {document.path} ({last_line} lines)")
    report = check_document(document, reference, tolerances)
    explanations = [_explain(m, report, document) for m in _mentions(report)]
    if line is None:
        return explanations
    if column is None:
        return [e for e in explanations if e.line == line]
    for e in explanations:
        end_line, end_column = _end(e, document)
        if (e.line, e.column) <= (line, column) < (end_line, end_column):
            return [e]
    return [e for e in explanations if (e.line, e.column) >= (line, column)][:1]


def _mentions(report: FileReport) -> list[NumberMention]:
    """Every number's disposition; the claims alone while the pipeline lists no numbers."""
    if report.numbers:
        return report.numbers
    return [
        NumberMention(f.claim.text, f.claim.start, f.claim.end, "claim", kind=f.claim.kind)
        for f in report.findings
    ]


def _finding_for(mention: NumberMention, report: FileReport) -> Finding | None:
    for f in report.findings:
        # A mention is the number; a claim's span may add its unit ("13,748 votes").
        if f.claim.start <= mention.start < f.claim.end:
            return f
    return None


def _explain(mention: NumberMention, report: FileReport, document: Document) -> Explanation:
    line, column = document.line_column(mention.start)
    finding = _finding_for(mention, report) if mention.disposition == "claim" else None
    explanation = Explanation(
        text=mention.text,
        start=mention.start,
        end=mention.end,
        line=line,
        column=column,
        disposition=mention.disposition,
        kind=mention.kind,
        reason=mention.reason,
        finding=finding,
    )
    if finding is not None:
        claim = finding.claim
        explanation.text = claim.text
        explanation.start, explanation.end = claim.start, claim.end
        if claim.sentence_end > claim.sentence_start:
            explanation.sentence = " ".join(
                document.text[claim.sentence_start : claim.sentence_end].split()
            )
        explanation.readings = [_located(r, document) for r in finding.readings]
    return explanation


def _located(reading: Reading, document: Document) -> ReadingAt:
    evidence = []
    for e in reading.evidence:
        line, column = document.line_column(e.start)
        evidence.append(EvidenceAt(e.cue, line, column, e.role))
    return ReadingAt(reading, evidence)


def _end(explanation: Explanation, document: Document) -> tuple[int, int]:
    """Line and column just past the number's last character."""
    line, column = document.line_column(max(explanation.start, explanation.end - 1))
    return line, column + 1
