"""The `factcheck/1` JSON report (see docs/json-report.md)."""

from __future__ import annotations

import json
from typing import Any

from factcheck.claims import Finding, Verdict
from factcheck.pipeline import FileReport
from factcheck.reference.index import Reference
from factcheck.report.concise import code_for


def finding_to_dict(f: Finding) -> dict[str, Any]:
    q = f.claim.quantity
    value: float | int = int(q.value) if float(q.value).is_integer() else q.value
    return {
        "kind": f.claim.kind,
        "text": f.claim.text,
        "start": f.claim.start,
        "end": f.claim.end,
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
    }


def report_to_dict(reports: list[FileReport], reference: Reference | None) -> dict[str, Any]:
    summary = {"files": len(reports), "claims": 0, "errors": 0}
    summary.update({v.value: 0 for v in Verdict})
    summary["suppressed"] = 0
    files = []
    for r in reports:
        claims = [finding_to_dict(f) for f in r.findings]
        files.append({"path": r.path, "error": r.error, "warnings": r.warnings, "claims": claims})
        summary["errors"] += r.error is not None
        for f in r.findings:
            if f.suppressed:
                summary["suppressed"] += 1
                continue
            summary["claims"] += 1
            summary[f.verdict.value] += 1
    ref = None
    if reference is not None:
        ref = {"elections": len(reference.elections), "source_digest": reference.digest}
    return {"schema": "factcheck/1", "reference": ref, "files": files, "summary": summary}


def render(reports: list[FileReport], reference: Reference | None) -> str:
    return json.dumps(report_to_dict(reports, reference), indent=2, ensure_ascii=False) + "\n"
