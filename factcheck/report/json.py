"""The `factcheck/1` JSON report (see docs/json-report.md).

Written as UTF-8; DEL, C1 and bidi controls and line separators as `\\u` escapes, like
C0 (`report/escape.py`), so the file read in a terminal shows no raw control code.
"""

from __future__ import annotations

import json
from typing import Any, TextIO

from factcheck.claims import Finding, Fix, NumberMention, Reading, Verdict
from factcheck.kinds.registry import code_for
from factcheck.pipeline import FileReport
from factcheck.read.document import Document
from factcheck.reference.index import Reference
from factcheck.report.common import DISPOSITIONS, HOLE, JsonArray, around_hole
from factcheck.report.escape import json_safe

# The ids every reading names, null when the text did not settle one.
ID_KEYS = ("seat", "contest", "party", "candidate")


def ids_to_dict(ids: dict[str, str | None]) -> dict[str, str | None]:
    """All four ids, in a fixed order, so readers never test for a missing key."""
    return {key: ids.get(key) for key in ID_KEYS}


def reading_to_dict(reading: Reading, document: Document | None = None) -> dict[str, Any]:
    evidence = []
    for e in reading.evidence:
        start, end = _span(e.start, e.end, document)
        evidence.append({"cue": e.cue, "start": start, "end": end})
    return {
        "ids": ids_to_dict(reading.ids),
        "evidence": evidence,
        "actual": reading.actual,
        "verdict": str(reading.verdict),
        "chosen": reading.chosen,
        "label": reading.label or None,
    }


def fix_to_dict(fix: Fix | None, document: Document | None = None) -> dict[str, Any] | None:
    if fix is None:
        return None
    start, end = _span(fix.start, fix.end, document)
    return {"replacement": fix.replacement, "safe": fix.safe, "start": start, "end": end}


def _span(start: int, end: int, document: Document | None) -> tuple[int, int]:
    """A span of the checked text as offsets into the decoded file (for HTML, its source)."""
    if document is not None and document.offsets is not None and end > start:
        return document.source_offset(start), document.source_offset(end - 1) + 1
    return start, end


def number_to_dict(n: NumberMention, document: Document | None = None) -> dict[str, Any]:
    """One number mention as factcheck/1 JSON: `kind` for a claim, `reason` when excluded."""
    start, end = _span(n.start, n.end, document)
    item: dict[str, Any] = {"text": n.text, "start": start, "end": end}
    item["disposition"] = n.disposition
    if n.kind is not None:
        item["kind"] = n.kind
    if n.reason is not None:
        item["reason"] = n.reason
    return item


def finding_to_dict(f: Finding, document: Document | None = None) -> dict[str, Any]:
    """One claim as factcheck/1 JSON; offsets index the decoded file (for HTML, its source)."""
    q = f.claim.quantity
    start, end = _span(f.claim.start, f.claim.end, document)
    value: float | int = int(q.value) if float(q.value).is_integer() else q.value
    return {
        "kind": f.claim.kind,
        "text": f.claim.text,
        "start": start,
        "end": end,
        "line": f.line,
        "column": f.column,
        "subject": f.subject or None,
        "claimed": {"value": value, "qualifier": str(q.qualifier), "as_written": q.as_written},
        "actual": f.actual,
        "verdict": str(f.verdict),
        "reason": f.reason,
        "rule": f.rule,
        "source": f.source or None,
        "suppressed": f.suppressed,
        "baselined": f.baselined,
        "code": code_for(f.claim.kind).code,
        "ids": ids_to_dict(f.ids),
        "readings": [reading_to_dict(r, document) for r in f.readings],
        "fix": fix_to_dict(f.fix, document),
    }


def file_to_dict(
    report: FileReport, document: Document | None = None, show: frozenset[Verdict] | None = None
) -> dict[str, Any]:
    """One file's entry in `files`: its claims, or those `show` lists (None: every one)."""
    claims = [f for f in report.findings if show is None or f.verdict in show]
    return {
        "path": report.path,
        "error": report.error,
        "warnings": report.warnings,
        "numbers": [number_to_dict(n, document) for n in report.numbers],
        "claims": [finding_to_dict(f, document) for f in claims],
    }


class Summary:
    """The report's `summary`, added up one file at a time."""

    def __init__(self) -> None:
        self.counts: dict[str, Any] = {"files": 0, "claims": 0, "errors": 0}
        self.counts.update({v.value: 0 for v in Verdict})
        self.counts["suppressed"] = 0
        self.numbers = dict.fromkeys(DISPOSITIONS, 0)

    def add(self, report: FileReport) -> None:
        counts = self.counts
        counts["files"] += 1
        for n in report.numbers:
            self.numbers[n.disposition] += 1
        counts["errors"] += report.error is not None
        for f in report.findings:
            if f.suppressed:
                counts["suppressed"] += 1
                continue
            counts["claims"] += 1
            counts[f.verdict.value] += 1

    def to_dict(self) -> dict[str, Any]:
        return {**self.counts, "numbers": dict(self.numbers)}


def _reference_dict(reference: Reference | None) -> dict[str, Any] | None:
    if reference is None:
        return None
    return {"elections": len(reference.elections), "source_digest": reference.digest}


def report_to_dict(
    reports: list[FileReport],
    reference: Reference | None,
    documents: dict[str, Document] | None = None,
) -> dict[str, Any]:
    summary = Summary()
    files = []
    for r in reports:
        files.append(file_to_dict(r, (documents or {}).get(r.path)))
        summary.add(r)
    return {
        "schema": "factcheck/1",
        "reference": _reference_dict(reference),
        "files": files,
        "summary": summary.to_dict(),
    }


class JsonWriter:
    """Writes the report as files arrive: each file's entry, then the summary on close.

    The text is byte for byte what json.dumps(report_to_dict(...), indent=2) gives.
    Given `show` (an explicit --show), `files` lists only those claims; `summary` still
    counts every one.
    """

    def __init__(
        self, out: TextIO, reference: Reference | None, show: frozenset[Verdict] | None = None
    ) -> None:
        self._reference, self._show = reference, show
        # Every piece goes through json_safe, as the whole report would (report/escape.py).
        self._write = lambda text: out.write(json_safe(text))
        self._summary = Summary()
        head, _ = around_hole(self._document(None))
        self._write(head)
        self._files = JsonArray(self._write, depth=1)

    def _document(self, summary: dict[str, Any] | None) -> dict[str, Any]:
        reference = _reference_dict(self._reference)
        return {"schema": "factcheck/1", "reference": reference, "files": HOLE, "summary": summary}

    def add(self, report: FileReport, document: Document | None = None) -> None:
        self._files.add(file_to_dict(report, document, self._show))
        self._summary.add(report)

    def close(self) -> None:
        self._files.close()
        _, tail = around_hole(self._document(self._summary.to_dict()))
        self._write(tail + "\n")


def render(
    reports: list[FileReport],
    reference: Reference | None,
    documents: dict[str, Document] | None = None,
) -> str:
    data = report_to_dict(reports, reference, documents)
    return json_safe(json.dumps(data, indent=2, ensure_ascii=False)) + "\n"
