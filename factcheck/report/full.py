"""The rich terminal report (placeholder until the full report lands)."""

from __future__ import annotations

from factcheck.pipeline import FileReport
from factcheck.reference.index import Reference


def render(reports: list[FileReport], reference: Reference | None) -> None:
    for r in reports:
        if r.error:
            print(f"{r.path}: error: {r.error}")
        for f in r.findings:
            print(f"{r.path}:{f.line}:{f.column}: {f.verdict} {f.claim.text!r}: {f.reason}")
