"""One line per claim: `path:line:col: SEVERITY CODE verdict: message`.

Severity follows the verdict: `error` for false, `warning` for approximately true and
unverifiable, `info` for true. Only the claims `--show` lists are written (by default
all but the true ones); suppressed claims are left out; a claim in the --baseline file
keeps its severity and ends its message with `(in baseline)`. The message gives the
official figure with its unit and, when there is one, the correction (`fix: 2,252
votes`). A file that could not be read gives `path:1:1: error FC001 unreadable: ...`; an
input warning `FC002`. A file with numbers in it ends with `path:1:1: info FC003
numbers: numbers 41: checked 27, not results 11, not understood 3` (every number mention
and what was made of it).

Text from articles, the reference data and file names has its control characters
(newlines included) shown escaped, `\\x1b`, so each line is one finding and drives no
terminal.

Codes are stable: a code never changes meaning, and a new kind of claim gets a new code.
Each kind of claim declares its own code, FC101 onwards, with `CODE` and `SUMMARY` in
its module under `factcheck/kinds/` (the SARIF report lists them all as rules). The
others:

| Code  | Kind             | Claim about                                              |
|-------|------------------|----------------------------------------------------------|
| FC001 | (file error)     | a file that could not be read or decoded                 |
| FC002 | (input warning)  | something odd about the input that did not stop the check |
| FC003 | (numbers)        | how many numbers were checked, not results, not understood |
| FC100 | (any other kind) | a kind of claim without a code of its own yet            |
"""

from __future__ import annotations

import re
from typing import TextIO

from factcheck.claims import Finding, Verdict
from factcheck.kinds.registry import CODES, Code, code_for
from factcheck.pipeline import FileReport
from factcheck.read.document import Document
from factcheck.report.common import (
    Show,
    display_path,
    fix_text,
    listed,
    number_counts,
    numbers_line,
    official_figure,
    official_text,
    one_line,
)
from factcheck.report.escape import visible_line


def _codes_from_docstring(doc: str) -> dict[str, Code]:
    """The table above is the one source of the codes that are not kinds, so it cannot drift."""
    rows = re.findall(r"^\| (FC\d{3}) \| (\S.*?) +\| (.+?) +\|$", doc, re.M)
    return {kind: Code(code, kind, about) for code, kind, about in rows}


_OTHER_CODES = _codes_from_docstring(__doc__ or "")
FILE_ERROR = _OTHER_CODES["(file error)"]
INPUT_WARNING = _OTHER_CODES["(input warning)"]
NUMBERS = _OTHER_CODES["(numbers)"]

SEVERITY = {
    Verdict.FALSE: "error",
    Verdict.APPROXIMATELY_TRUE: "warning",
    Verdict.UNVERIFIABLE: "warning",
    Verdict.TRUE: "info",
}


def message(finding: Finding, document: Document | None = None) -> str:
    """`"13,478 votes": official 13,748 votes; <reason>; fix: 13,748 votes` on one line.

    The official figure is added only when the reason does not already give it.
    """
    quoted = f'"{one_line(finding.claim.text)}"'
    detail = one_line(finding.reason)
    official = official_figure(finding)
    if (
        official != "—"
        and not detail.startswith("official")
        and (official_text(finding) not in detail)
    ):
        detail = f"official {official}; {detail}" if detail else f"official {official}"
    if finding.claim.kind not in CODES:
        detail = f"[{finding.claim.kind}] {detail}"
    fix = fix_text(finding, document)
    if fix:
        detail = f"{detail}; fix: {fix}"
    if finding.baselined:
        detail = f"{detail} (in baseline)".lstrip()
    return f"{quoted}: {detail}" if detail else quoted


def finding_line(path: str, finding: Finding, document: Document | None = None) -> str:
    code = code_for(finding.claim.kind).code
    return visible_line(
        f"{path}:{finding.line}:{finding.column}: {SEVERITY[finding.verdict]} {code} "
        f"{finding.verdict.value}: {message(finding, document)}"
    )


def file_error_line(path: str, error: str) -> str:
    return visible_line(f"{path}:1:1: error {FILE_ERROR.code} unreadable: {one_line(error)}")


def input_warning_line(path: str, warning: str) -> str:
    return visible_line(f"{path}:1:1: warning {INPUT_WARNING.code} input: {one_line(warning)}")


def numbers_summary_line(path: str, report: FileReport) -> str:
    """The file's number count as a concise line, so line-based tools can skip it by code."""
    counts = numbers_line(number_counts([report]))
    return visible_line(f"{path}:1:1: info {NUMBERS.code} numbers: {counts}")


def file_lines(
    report: FileReport, document: Document | None = None, show: Show = None
) -> list[str]:
    """A file's lines: any error, its input warnings, each claim `show` lists, its number
    count."""
    path = display_path(report.path)
    lines: list[str] = []
    if report.error is not None:
        lines.append(file_error_line(path, report.error))
    lines.extend(input_warning_line(path, w) for w in report.warnings)
    lines.extend(
        finding_line(path, f, document)
        for f in report.findings
        if not f.suppressed and listed(f, show)
    )
    if report.numbers:
        lines.append(numbers_summary_line(path, report))
    return lines


class ConciseWriter:
    """Writes each file's lines as it arrives; there is nothing to close."""

    def __init__(self, out: TextIO, show: Show = None) -> None:
        self._out, self._show = out, show

    def add(self, report: FileReport, document: Document | None = None) -> None:
        lines = file_lines(report, document, self._show)
        self._out.write("".join(line + "\n" for line in lines))

    def close(self) -> None:
        pass


def render(
    reports: list[FileReport], documents: dict[str, Document] | None = None, show: Show = None
) -> str:
    return "".join(
        line + "\n"
        for report in reports
        for line in file_lines(report, (documents or {}).get(report.path), show)
    )
