"""One JSON object per claim, one per line: the factcheck/1 claim with its file's `path` added.

A file that could not be read is one line `{"path": ..., "error": ...}`, its `error` the
json format's file `error`, so CI sees why the run exits 2. Nothing else is written (no
header, no summary), so `grep`, `jq -c` and line-by-line readers need no state; a
claim's line has a `verdict`, a file error's has `error` instead.
"""

from __future__ import annotations

import json
from typing import TextIO

from factcheck.pipeline import FileReport
from factcheck.read.document import Document
from factcheck.report.escape import json_safe
from factcheck.report.json import finding_to_dict


def file_lines(report: FileReport, document: Document | None = None) -> str:
    lines = []
    if report.error is not None:
        record = {"path": report.path, "error": report.error}
        lines.append(json_safe(json.dumps(record, ensure_ascii=False)) + "\n")
    for finding in report.findings:
        record = {"path": report.path, **finding_to_dict(finding, document)}
        # json_safe escapes the line breaks JSON leaves raw but str.splitlines() and some
        # editors split on (U+0085, U+2028, U+2029), and other control codes.
        lines.append(json_safe(json.dumps(record, ensure_ascii=False)) + "\n")
    return "".join(lines)


class JsonLinesWriter:
    """Writes each file's lines as it arrives; there is nothing to close."""

    def __init__(self, out: TextIO) -> None:
        self._out = out

    def add(self, report: FileReport, document: Document | None = None) -> None:
        self._out.write(file_lines(report, document))

    def close(self) -> None:
        pass


def render(reports: list[FileReport], documents: dict[str, Document] | None = None) -> str:
    return "".join(file_lines(r, (documents or {}).get(r.path)) for r in reports)
