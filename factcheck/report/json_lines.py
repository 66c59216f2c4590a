"""One JSON object per claim, one per line: the factcheck/1 claim with its file's `path` added.

Nothing else is written (no header, no summary), so `grep`, `jq -c` and line-by-line
readers need no state. Files that could not be read yield no lines; the exit status says so.
"""

from __future__ import annotations

import json

from factcheck.pipeline import FileReport
from factcheck.read.document import Document
from factcheck.report.escape import json_safe
from factcheck.report.json import finding_to_dict


def render(reports: list[FileReport], documents: dict[str, Document] | None = None) -> str:
    lines = []
    for report in reports:
        document = (documents or {}).get(report.path)
        for finding in report.findings:
            record = {"path": report.path, **finding_to_dict(finding, document)}
            # json_safe escapes the line breaks JSON leaves raw but str.splitlines() and
            # some editors split on (U+0085, U+2028, U+2029), and other control codes.
            lines.append(json_safe(json.dumps(record, ensure_ascii=False)) + "\n")
    return "".join(lines)
