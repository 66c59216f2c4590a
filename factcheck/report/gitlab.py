"""GitLab Code Quality: a JSON array of issues, for `artifacts: reports: codequality:`.

Each issue has the fields GitLab reads (https://docs.gitlab.com/ci/testing/code_quality/,
"Code Quality report format"): `description` (the verdict, the claim, the official figure
and the reason, as the concise report words them), `check_name` (the kind's code, FC102),
`fingerprint`, `severity` and `location` (`path` and `lines.begin`). Severity follows the
verdict: false `major`, approximately true and unverifiable `minor`, true `info`. Only
the claims the --show level lists appear (by default false, unverifiable and approximately
true); suppressed claims never do. A file that could not be read is a `critical` FC001
issue, an input warning an `info` FC002 one, an unused suppression a `minor` FC004 one,
so the merge request says why a job failed.

The fingerprint is a hash of the claim and its sentence, not its line, so GitLab sees the
same issue across runs while the article is edited around it; it is the same whatever
--show lists, and unique within a run (GitLab shows only the first of a fingerprint).
"""

from __future__ import annotations

import hashlib
from collections import Counter
from pathlib import PurePath
from typing import Any, TextIO

from factcheck.claims import Finding, Verdict
from factcheck.kinds.registry import code_for
from factcheck.pipeline import FileReport
from factcheck.read.document import Document
from factcheck.report.common import (
    PROBLEMS,
    VERDICT_LABELS,
    JsonArray,
    Show,
    claim_fingerprint,
    display_path,
    listed,
    one_line,
    written,
)
from factcheck.report.concise import FILE_ERROR, INPUT_WARNING, UNUSED_SUPPRESSION, message
from factcheck.report.escape import json_safe

SEVERITY = {
    Verdict.FALSE: "major",
    Verdict.APPROXIMATELY_TRUE: "minor",
    Verdict.UNVERIFIABLE: "minor",
    Verdict.TRUE: "info",
}


def gitlab_path(path: str) -> str:
    """The path as GitLab wants it: relative to the project (the working folder), with '/'."""
    return PurePath(display_path(path)).as_posix()


def _issue(description: str, check: str, fingerprint: str, severity: str, path: str, line: int):
    return {
        "description": description,
        "check_name": check,
        "fingerprint": fingerprint,
        "severity": severity,
        "location": {"path": path, "lines": {"begin": max(line, 1)}},
    }


def _note_fingerprint(path: str, code: str, text: str, seen: Counter) -> str:
    key = "\0".join((path, code, text))
    seen[key] += 1
    return hashlib.sha256(f"{key}\0{seen[key]}".encode()).hexdigest()[:32]


def claim_issue(path: str, finding: Finding, fingerprint: str) -> dict[str, Any]:
    label = VERDICT_LABELS[finding.verdict].capitalize()
    return _issue(
        f"{label}: {message(finding)}",
        code_for(finding.claim.kind).code,
        fingerprint,
        SEVERITY[finding.verdict],
        path,
        finding.line,
    )


def file_issues(
    report: FileReport, document: Document | None = None, show: Show = PROBLEMS
) -> list[dict[str, Any]]:
    """One file's issues: its error, input warnings and unused suppressions, then each
    claim `show` lists, in text order."""
    path = gitlab_path(report.path)
    seen: Counter = Counter()
    issues = []
    if report.error is not None:
        text = f"Not checked: {one_line(report.error)}"
        fingerprint = _note_fingerprint(path, FILE_ERROR.code, text, seen)
        issues.append(_issue(text, FILE_ERROR.code, fingerprint, "critical", path, 1))
    for warning in report.warnings:
        text = f"Input: {one_line(warning)}"
        fingerprint = _note_fingerprint(path, INPUT_WARNING.code, text, seen)
        issues.append(_issue(text, INPUT_WARNING.code, fingerprint, "info", path, 1))
    for unused in report.unused_suppressions:
        text = f"Unused suppression: {one_line(unused.message)}"
        fingerprint = _note_fingerprint(path, UNUSED_SUPPRESSION.code, text, seen)
        code = UNUSED_SUPPRESSION.code
        issues.append(_issue(text, code, fingerprint, "minor", path, unused.line))
    for finding in report.findings:
        # Every claim is fingerprinted, listed or not: a fingerprint never depends on --show.
        fingerprint = claim_fingerprint(path, finding, document, seen)
        if not finding.suppressed and listed(finding, show):
            issues.append(claim_issue(path, finding, fingerprint))
    return issues


class GitlabWriter:
    """Writes each file's issues as it arrives, then closes the array."""

    def __init__(self, out: TextIO, show: Show = PROBLEMS) -> None:
        self._out, self._show = out, show
        self._array = JsonArray(lambda text: out.write(json_safe(text)), depth=0)

    def add(self, report: FileReport, document: Document | None = None) -> None:
        for issue in file_issues(report, document, self._show):
            self._array.add(issue)

    def close(self) -> None:
        self._array.close()
        self._out.write("\n")


def render(
    reports: list[FileReport],
    documents: dict[str, Document] | None = None,
    show: Show = PROBLEMS,
) -> str:
    """The whole report as text: what `GitlabWriter` writes for these reports."""
    return written(lambda out: GitlabWriter(out, show), reports, documents)
