"""Inline suppression: `<!-- factcheck: ignore -->`, `<!-- factcheck: off -->` ... `on`.

`ignore` suppresses the first claim after the comment when that claim is on the same
line or the next non-blank line; `off` suppresses every claim up to the next `on` (or
the end of the file). Text after the directive word is a free note:
`<!-- factcheck: ignore -- quoted from the leaflet -->`. Suppressed findings are
marked, never dropped, and never fail a run. The same comments work in plain text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from factcheck.claims import Finding
from factcheck.read.document import Document

_DIRECTIVE = re.compile(r"\s*factcheck\s*:\s*([A-Za-z-]*)", re.I)
DIRECTIVES = ("ignore", "off", "on")


@dataclass(frozen=True)
class Directive:
    word: str  # "ignore" | "off" | "on"
    at: int  # index in the source of the comment's "<!--"
    end: int  # index in the source just past the comment
    line: int


def directives(document: Document) -> tuple[list[Directive], list[str]]:
    """The suppression comments in a document, and warnings for unknown ones."""
    found: list[Directive] = []
    warnings: list[str] = []
    for at, body in document.comments:
        m = _DIRECTIVE.match(body)
        if not m:
            continue
        line, _ = document.source_line_column(at)
        word = m.group(1).lower()
        if word not in DIRECTIVES:
            warnings.append(
                f"line {line}: unknown directive 'factcheck: {m.group(1)}' (want ignore, off or on)"
            )
            continue
        found.append(Directive(word, at, at + len(body) + 7, line))
    return found, warnings


def _next_nonblank_line(lines: list[str], after_line: int) -> int:
    line = after_line + 1
    while line <= len(lines) and not lines[line - 1].strip():
        line += 1
    return line


def apply_suppressions(document: Document, findings: list[Finding]) -> list[str]:
    """Mark findings suppressed by comments; return warnings (unknown or unused directives)."""
    found, warnings = directives(document)
    if not found:
        return warnings
    positions = [document.source_offset(f.claim.start) for f in findings]
    order = sorted(range(len(findings)), key=lambda i: positions[i])
    lines = document.source_text.split("\n")
    off_from: int | None = None
    ranges: list[tuple[int, int]] = []
    for d in found:
        if d.word == "off" and off_from is None:
            off_from = d.end
        elif d.word == "on" and off_from is not None:
            ranges.append((off_from, d.at))
            off_from = None
        elif d.word == "ignore":
            target = next((i for i in order if positions[i] >= d.end), None)
            last_line = _next_nonblank_line(lines, d.line)
            if target is not None and findings[target].line == 0:
                findings[target].line, findings[target].column = document.line_column(
                    findings[target].claim.start
                )
            if target is not None and findings[target].line <= last_line:
                findings[target].suppressed = True
            else:
                warnings.append(
                    f"line {d.line}: 'factcheck: ignore' has no claim after it on this line "
                    "or the next"
                )
    if off_from is not None:
        ranges.append((off_from, len(document.source_text) + 1))
    for start, end in ranges:
        for i, at in enumerate(positions):
            if start <= at < end:
                findings[i].suppressed = True
    return warnings
