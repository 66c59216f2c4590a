"""One JSON object per claim, one per line: the factcheck/1 claim with its file's `path` added.

Nothing else is written (no header, no summary), so `grep`, `jq -c` and line-by-line
readers need no state. Files that could not be read yield no lines; the exit status says so.
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
