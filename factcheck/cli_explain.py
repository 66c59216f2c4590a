"""`factcheck explain FILE[:LINE[:COL]]`: how each number was read, and why its verdict."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from factcheck.cli_options import DateOption, ReferenceOption
from factcheck.exitcodes import ExitStatus
from factcheck.report.escape import visible, visible_line

if TYPE_CHECKING:
    from rich.console import Console

    from factcheck.claims import Finding
    from factcheck.explain import Explanation

HELP = """Explain what the checker made of each number in an article.

For every number (or those on LINE, or the one at LINE:COL): what it was taken
for (a claim of some kind, not a result and why, or not understood); for a
claim, its frame (kind, unit, hedge, as written), the readings the text allows
with the evidence for each (the cue and its line:column), each reading's
official figure and verdict, which reading was chosen and why; then the
verdict, the rule, the source and any suggested fix.

\b
Examples:
  factcheck explain draft.md              (every number)
  factcheck explain draft.md:12           (the numbers on line 12)
  factcheck explain draft.md:12:40        (the number at line 12, column 40)
  factcheck explain --date 2017-02-24 copeland.txt:5
  factcheck explain -r my-results.yaml draft.md

Dates, extra reference data and tolerances come from the same configuration
files and flags as a check. Exit status: 0 explained, 2 bad input.
"""

explain_app = typer.Typer(
    add_completion=False,
    rich_markup_mode=None,
    pretty_exceptions_enable=False,
    context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100},
)

_DISPOSITIONS = {"not_a_result": "not a result", "not_understood": "not understood"}


@explain_app.command(help=HELP)
def explain(
    target: Annotated[
        str,
        typer.Argument(metavar="FILE[:LINE[:COL]]", help="The article, and where in it."),
    ],
    reference: ReferenceOption = None,
    date: DateOption = None,
) -> None:
    from factcheck.cli import UsageFailure

    try:
        explanations, path, place = _explanations(target, reference, date)
    except UsageFailure as exc:
        print(visible(f"factcheck explain: {exc}"), file=sys.stderr)
        raise typer.Exit(int(ExitStatus.ERROR)) from None
    from factcheck.report.full import make_console

    render(explanations, path, place, make_console())
    raise typer.Exit(int(ExitStatus.OK))


def _explanations(
    target: str, reference: list[Path] | None, date: str | None
) -> tuple[list[Explanation], str, str]:
    """Read, check and explain, with the configuration and reference a check would use."""
    from factcheck.cli import UsageFailure, _flags
    from factcheck.config import ConfigError, load_config
    from factcheck.explain import TargetError, explain_document, parse_target
    from factcheck.read.document import DocumentError, read_document
    from factcheck.reference.load import ReferenceDataError, load_reference

    try:
        where = parse_target(target)
    except TargetError as exc:
        raise UsageFailure(str(exc)) from None
    flags = _flags(
        format=None,
        fail_on=None,
        reference=reference,
        glob=None,
        exclude=None,
        skip_kind=None,
        baseline=None,
        date=date,
    )
    try:
        settings = load_config(where.path, flags).file_settings(where.path)
    except ConfigError as exc:
        raise UsageFailure(str(exc)) from None
    try:
        document = read_document(
            where.path, date=settings.date_override, default_date=settings.default_date
        )
    except DocumentError as exc:
        raise UsageFailure(str(exc)) from None
    try:
        loaded = load_reference(settings.reference)
    except ReferenceDataError as exc:
        raise UsageFailure(str(exc)) from None
    except OSError as exc:
        raise UsageFailure(f"reference: {exc}") from None
    try:
        found = explain_document(
            document, loaded, settings.tolerances, line=where.line, column=where.column
        )
    except TargetError as exc:
        raise UsageFailure(str(exc)) from None
    place = where.path + "".join(f":{n}" for n in (where.line, where.column) if n is not None)
    return found, where.path, place


def render(explanations: list[Explanation], path: str, place: str, console: Console) -> None:
    """Print each explanation; article text goes out as plain Text, never as markup, with
    its control characters shown escaped."""
    from rich.text import Text

    if not explanations:
        console.print(Text(visible_line(f"{place}: no numbers here")))
        return
    for i, e in enumerate(explanations):
        if i:
            console.print()
        head = Text(visible_line(f"{path}:{e.line}:{e.column}  "), style="bold")
        head.append(visible_line(f"“{' '.join(e.text.split())}”"))
        console.print(head)
        for line in _lines(e):
            console.print(Text(visible_line("  " + line)))


def _lines(e: Explanation) -> list[str]:
    """The explanation of one number as plain lines of text."""
    from factcheck.report.common import VERDICT_LABELS, claimed_text, official_text
    from factcheck.report.concise import code_for

    if e.disposition != "claim" or e.finding is None:
        words = _DISPOSITIONS.get(e.disposition, e.disposition)
        return [f"{words}: {e.reason}" if e.reason else words]
    f, q = e.finding, e.finding.claim.quantity
    lines = [f"claim of kind {f.claim.kind} ({code_for(f.claim.kind).code})"]
    if e.sentence:
        lines.append(f"in: {e.sentence}")
    frame = (
        f"frame: unit {q.unit}, {str(q.qualifier).replace('_', ' ')}, as written “{q.as_written}”"
    )
    read = claimed_text(q)
    # The hedge sits outside the number as written: show how the two were read together.
    lines.append(frame + (f" (read as “{read}”)" if read != q.as_written else ""))
    if not e.readings:
        lines.append(f"readings: none recorded; subject: {f.subject or 'not worked out'}")
    for r in e.readings:
        reading = r.reading
        mark = "chosen" if reading.chosen else "considered"
        label = reading.label or ", ".join(f"{k} {v}" for k, v in reading.ids.items() if v)
        lines.append(f"reading ({mark}): {label or 'no subject'}")
        ids = ", ".join(f"{k} {v}" for k, v in reading.ids.items() if v)
        if ids and reading.label:
            lines.append(f"    ids: {ids}")
        for ev in r.evidence:
            role = f" ({ev.role})" if ev.role else ""
            lines.append(f"    evidence: “{ev.cue}” at {ev.line}:{ev.column}{role}")
        official = "—" if reading.actual is None else _figure(reading.actual, f)
        lines.append(f"    official: {official}; verdict {VERDICT_LABELS[reading.verdict]}")
        if reading.reason:
            lines.append(f"    why: {reading.reason}")
    lines.append(f"verdict: {VERDICT_LABELS[f.verdict]} (official: {official_text(f)})")
    lines.append(f"reason: {f.reason}")
    if f.rule:
        lines.append(f"rule: {f.rule}")
    lines.append(f"source: {f.source or '—'}")
    if f.fix is not None:
        lines.append(f"fix: “{f.fix.replacement}” ({'safe' if f.fix.safe else 'read it again'})")
    if f.suppressed:
        lines.append("suppressed: the article asks for this claim to be ignored")
    return lines


def _figure(actual: float | int | str, finding: Finding) -> str:
    """A reading's official figure, shown as the claim's own official figure would be."""
    from dataclasses import replace

    from factcheck.report.common import official_text

    return official_text(replace(finding, actual=actual))
