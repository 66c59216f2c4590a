"""GitHub Actions workflow commands: one annotation per claim on the article's line.

`::error file=F,line=L,col=C,endColumn=E,title=T::message` for a false claim, `::warning`
for approximately true and unverifiable, `::notice` for true; suppressed claims are left
out. Every value is escaped as the Actions toolkit does (`%`, CR and LF in the message;
also `:` and `,` in properties), so no article text can end a command early or start a
new one: every line written starts with `::<level> ` or `factcheck: `. Other control
characters (ESC, C1, bidi overrides) are shown escaped (`report/escape.py`), so the log
viewer shows `\\x1b`, never a raw code.

GitHub shows at most 10 annotations of each level per step (50 per job). So false claims
(and unreadable files) come first, and at most `PER_LEVEL` commands are written per
level; the claims beyond that are written as plain `factcheck: path:line:col: ...` log
lines, and a final notice says how many there were.
"""

from __future__ import annotations

from collections import Counter

from factcheck.claims import Finding, Verdict
from factcheck.pipeline import FileReport
from factcheck.read.document import Document
from factcheck.report.common import VERDICT_LABELS, display_path, end_position, one_line
from factcheck.report.concise import (
    FILE_ERROR,
    INPUT_WARNING,
    code_for,
    file_error_line,
    finding_line,
    input_warning_line,
    message,
)
from factcheck.report.escape import visible

PER_LEVEL = 10  # annotations GitHub shows per level per step
# (level, the workflow command, the same finding as a plain log line)
_Item = tuple[str, str, str]
LEVELS = {
    Verdict.FALSE: "error",
    Verdict.APPROXIMATELY_TRUE: "warning",
    Verdict.UNVERIFIABLE: "warning",
    Verdict.TRUE: "notice",
}


def escape_data(text: str) -> str:
    """A command's message: `%`, CR and LF as the toolkit does, other controls shown escaped."""
    return visible(text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A"))


def escape_property(text: str) -> str:
    """A property's value: as a message, and `:` and `,` too."""
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


def command(level: str, text: str, **properties: str | int | None) -> str:
    props = ",".join(
        f"{key}={escape_property(str(value))}"
        for key, value in properties.items()
        if value is not None
    )
    return f"::{level}{' ' + props if props else ''}::{escape_data(text)}"


def _annotation(path: str, finding: Finding, document: Document | None) -> str:
    end_line, end_column = end_position(finding, document)
    same_line = end_line == finding.line
    code = code_for(finding.claim.kind).code
    return command(
        LEVELS[finding.verdict],
        message(finding),
        file=path,
        line=finding.line or 1,
        endLine=end_line if not same_line else None,
        # GitHub accepts columns only on a one-line annotation.
        col=finding.column if same_line else None,
        endColumn=end_column if same_line else None,
        title=f"{code} {VERDICT_LABELS[finding.verdict]} ({finding.claim.kind})",
    )


def _file_items(reports: list[FileReport]) -> tuple[list[_Item], list[_Item]]:
    """Unreadable files (errors) and input warnings, as annotations on the file."""
    errors, warnings = [], []
    for report in reports:
        path = display_path(report.path)
        if report.error is not None:
            text, title = one_line(report.error), f"{FILE_ERROR.code} unreadable"
            annotation = command("error", text, file=path, title=title)
            errors.append(("error", annotation, file_error_line(path, report.error)))
        for warning in report.warnings:
            text, title = one_line(warning), f"{INPUT_WARNING.code} input"
            annotation = command("warning", text, file=path, title=title)
            warnings.append(("warning", annotation, input_warning_line(path, warning)))
    return errors, warnings


def _claim_items(
    reports: list[FileReport], documents: dict[str, Document], verdict: Verdict
) -> list[_Item]:
    items = []
    for report in reports:
        path = display_path(report.path)
        document = documents.get(report.path)
        for f in report.findings:
            if f.verdict == verdict and not f.suppressed:
                annotation = _annotation(path, f, document)
                items.append((LEVELS[verdict], annotation, finding_line(path, f)))
    return items


def render(
    reports: list[FileReport],
    documents: dict[str, Document] | None = None,
    *,
    per_level: int = PER_LEVEL,
) -> str:
    documents = documents or {}
    file_errors, input_warnings = _file_items(reports)
    items = [
        *file_errors,
        *_claim_items(reports, documents, Verdict.FALSE),
        *_claim_items(reports, documents, Verdict.APPROXIMATELY_TRUE),
        *_claim_items(reports, documents, Verdict.UNVERIFIABLE),
        *input_warnings,
        *_claim_items(reports, documents, Verdict.TRUE),
    ]
    totals = Counter(level for level, _, _ in items)
    overflow = any(n > per_level for n in totals.values())
    caps = {"error": per_level, "warning": per_level, "notice": per_level}
    if overflow:
        caps["notice"] = per_level - 1  # room for the notice that says what was left out
    written: Counter[str] = Counter()
    left_out: Counter[str] = Counter()
    lines = []
    for level, annotation, plain in items:
        if written[level] < caps[level]:
            written[level] += 1
            lines.append(annotation)
        else:
            left_out[level] += 1
            lines.append("factcheck: " + one_line(plain))
    if overflow:
        counts = ", ".join(f"{left_out[level]} {level}s" for level in caps if left_out[level])
        lines.append(
            command(
                "notice",
                f"{left_out.total()} more findings ({counts}) are beyond GitHub's limit of "
                f"{per_level} annotations per level and appear in the log only",
                title="factcheck: annotations left out",
            )
        )
    return "".join(line + "\n" for line in lines)
