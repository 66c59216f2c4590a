"""reviewdog's Diagnostic Format as one JSON document (rdjson), for `reviewdog -f=rdjson`.

`{"source": {"name": "factcheck"}, "diagnostics": [...]}`: each diagnostic has a `message`
(the verdict, the claim, the official figure and the reason), a `location` (`path` and a
`range` from the claim's first character to just past its last; end exclusive, columns
counted in UTF-8 bytes as reviewdog counts them), a `severity` (false `ERROR`,
approximately true and unverifiable `WARNING`, true `INFO`), a `code` (`value` the kind's
code, `url` its help page when the package declares one) and, for a claim with a
correction, `suggestions`: the replacement written as the article wrote the figure, and
the range it replaces, which reviewdog offers as a one-click suggested change. Only the
claims the --show level lists appear (by default false, unverifiable and approximately
true); suppressed claims never do. A file that could not be read is an `ERROR` FC001
diagnostic, an unused suppression a `WARNING` FC004 one.
"""

from __future__ import annotations

from typing import Any, TextIO

from factcheck.claims import Finding, UnusedSuppression, Verdict
from factcheck.kinds.registry import Code, code_for
from factcheck.pipeline import FileReport
from factcheck.read.document import Document
from factcheck.report.common import (
    HOLE,
    PROBLEMS,
    VERDICT_LABELS,
    JsonArray,
    Show,
    around_hole,
    display_path,
    end_position,
    one_line,
    shown_findings,
    utf8_position,
    written,
)
from factcheck.report.concise import FILE_ERROR, INPUT_WARNING, UNUSED_SUPPRESSION, message
from factcheck.report.escape import json_safe

SEVERITY = {
    Verdict.FALSE: "ERROR",
    Verdict.APPROXIMATELY_TRUE: "WARNING",
    Verdict.UNVERIFIABLE: "WARNING",
    Verdict.TRUE: "INFO",
}


def _code(code: Code) -> dict[str, str]:
    """The diagnostic's `code`: its value, and the page that explains it when there is one."""
    from factcheck.report.sarif import help_uri

    entry = {"value": code.code}
    url = help_uri(code)
    if url:
        entry["url"] = url
    return entry


def _range(document: Document, start: int, end: int) -> dict[str, Any] | None:
    """The range of `document.text[start:end]` in the file: start and exclusive end."""
    if not (0 <= start < end <= len(document.text)):
        return None
    first = document.source_offset(start)
    # Past the last character, not at the next: in HTML the next may sit after a tag.
    after = document.source_offset(end - 1) + 1
    begin_line, begin_column = utf8_position(document, first)
    end_line, end_column = utf8_position(document, after)
    return {
        "start": {"line": begin_line, "column": begin_column},
        "end": {"line": end_line, "column": end_column},
    }


def _suggestion(finding: Finding, document: Document) -> dict[str, Any] | None:
    """The correction as a change reviewdog can apply, when the text it replaces is the
    file's own (not HTML markup or an entity between the words)."""
    fix = finding.fix
    if fix is None or not (0 <= fix.start < fix.end <= len(document.text)):
        return None
    first = document.source_offset(fix.start)
    after = document.source_offset(fix.end - 1) + 1
    if document.source_text[first:after] != document.text[fix.start : fix.end]:
        return None
    where = _range(document, fix.start, fix.end)
    return {"range": where, "text": fix.replacement} if where else None


def claim_diagnostic(path: str, finding: Finding, document: Document | None) -> dict[str, Any]:
    label = VERDICT_LABELS[finding.verdict].capitalize()
    where: dict[str, Any] | None = None
    if document is not None:
        where = _range(document, finding.claim.start, finding.claim.end)
    if where is None:
        # No article text to count bytes in: the report's own columns (code points).
        end_line, end_column = end_position(finding, document)
        where = {
            "start": {"line": max(finding.line, 1), "column": max(finding.column, 1)},
            "end": {"line": max(end_line, 1), "column": max(end_column, 1)},
        }
    diagnostic: dict[str, Any] = {
        "message": f"{label}: {message(finding)}",
        "location": {"path": path, "range": where},
        "severity": SEVERITY[finding.verdict],
        "code": _code(code_for(finding.claim.kind)),
    }
    suggestion = _suggestion(finding, document) if document is not None else None
    if suggestion is not None:
        diagnostic["suggestions"] = [suggestion]
    return diagnostic


def _note(path: str, text: str, code: Code, severity: str, line: int = 0, column: int = 0):
    location: dict[str, Any] = {"path": path}
    if line:
        location["range"] = {"start": {"line": line, "column": max(column, 1)}}
    return {"message": text, "location": location, "severity": severity, "code": _code(code)}


def _unused(path: str, unused: UnusedSuppression, document: Document | None) -> dict[str, Any]:
    line, column = unused.line, unused.column
    if document is not None and unused.offset < len(document.source_text):
        line, column = utf8_position(document, unused.offset)  # the column in bytes
    text = f"Unused suppression: {one_line(unused.message)}"
    return _note(path, text, UNUSED_SUPPRESSION, "WARNING", line, column)


def file_diagnostics(
    report: FileReport, document: Document | None = None, show: Show = PROBLEMS
) -> list[dict[str, Any]]:
    """One file's diagnostics: its error, input warnings and unused suppressions, then each
    claim `show` lists, in text order."""
    path = display_path(report.path)
    found = []
    if report.error is not None:
        text = f"Not checked: {one_line(report.error)}"
        found.append(_note(path, text, FILE_ERROR, "ERROR"))
    for warning in report.warnings:
        found.append(_note(path, f"Input: {one_line(warning)}", INPUT_WARNING, "INFO"))
    found.extend(_unused(path, u, document) for u in report.unused_suppressions)
    found.extend(claim_diagnostic(path, f, document) for f in shown_findings(report, show))
    return found


def _source() -> dict[str, str]:
    from factcheck.report.sarif import information_uri

    source = {"name": "factcheck"}
    url = information_uri()
    if url:
        source["url"] = url
    return source


class RdjsonWriter:
    """Writes each file's diagnostics as it arrives, as json.dumps(indent=2) would write
    the whole document."""

    def __init__(self, out: TextIO, show: Show = PROBLEMS) -> None:
        self._write = lambda text: out.write(json_safe(text))
        self._show = show
        self._head, self._tail = around_hole({"source": _source(), "diagnostics": HOLE})
        self._write(self._head)
        self._diagnostics = JsonArray(self._write, depth=1)

    def add(self, report: FileReport, document: Document | None = None) -> None:
        for diagnostic in file_diagnostics(report, document, self._show):
            self._diagnostics.add(diagnostic)

    def close(self) -> None:
        self._diagnostics.close()
        self._write(self._tail + "\n")


def render(
    reports: list[FileReport],
    documents: dict[str, Document] | None = None,
    show: Show = PROBLEMS,
) -> str:
    """The whole report as text: what `RdjsonWriter` writes for these reports."""
    return written(lambda out: RdjsonWriter(out, show), reports, documents)
