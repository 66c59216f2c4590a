"""The terminal report: the problems first, each quoted in its sentence, then summaries.

Each file's claims are grouped by verdict, false first (as `--show` and `--fail-on`
rank them); a false or approximately true claim shows the correction (`fix`). The claims
`--show` leaves out (by default the true ones) fold into one line per file, and are
counted in its summary. Figures carry their unit ("12 points", "2,252 votes", "51.3%").

Article text only ever reaches Rich inside `Text` objects, so `[brackets]` in an article
are printed as written, never read as markup; every piece of text from an article, the
reference data or a file name passes through `_Writer.fit`, which shows control
characters escaped (`report/escape.py`), so none can drive the terminal. Colour follows
Rich's rules: none with NO_COLOR set or when writing to a pipe or file. Each verdict also
has a symbol (✓ ≈ ✗ ?), with ASCII stand-ins (+ ~ x ?) when the output encoding cannot
print them.
"""

from __future__ import annotations

import io
from typing import IO

from rich.console import Console
from rich.text import Text

from factcheck.claims import Finding, Verdict
from factcheck.pipeline import FileReport
from factcheck.read.document import Document
from factcheck.reference.index import Reference
from factcheck.report.common import (
    VERDICT_LABELS,
    VERDICT_ORDER,
    Show,
    Totals,
    by_severity,
    claimed_figure,
    display_path,
    fix_text,
    listed,
    not_shown,
    not_shown_line,
    number_counts,
    numbers_line,
    official_figure,
    one_line,
    quote,
    reason_text,
    short_source,
    suppressed_count,
    symbols_for,
)
from factcheck.report.escape import visible_line

VERDICT_STYLES = {
    Verdict.TRUE: "green",
    Verdict.APPROXIMATELY_TRUE: "yellow",
    Verdict.FALSE: "bold red",
    Verdict.UNVERIFIABLE: "blue",
}


def make_console(file: IO[str] | None = None) -> Console:
    """A console for the report: no number highlighting, no markup or emoji codes in strings.

    Lines are wrapped to a terminal's width, but never when the report goes to a log or a
    pipe: there Rich would assume 80 columns and break every long line in two.
    """
    console = Console(file=file, highlight=False, markup=False, emoji=False)
    console.soft_wrap = not console.is_terminal
    return console


class _Writer:
    """Builds the renderables for one console, fitting symbols and text to its encoding."""

    def __init__(self, console: Console) -> None:
        encoding = console.encoding or "utf-8"
        self.symbols = symbols_for(encoding)
        self._encoding = encoding
        self._lossless = encoding.replace("-", "").replace("_", "").lower().startswith("utf")
        self.open_quote, self.close_quote, self.dash = (
            ("“", "”", "—") if self._can_print("“”—") else ('"', '"', "-")
        )

    def _can_print(self, text: str) -> bool:
        try:
            text.encode(self._encoding)
        except (LookupError, UnicodeEncodeError):
            return False
        return True

    def fit(self, text: str) -> str:
        """Text safe to print on one line: control characters escaped, and characters the
        output encoding cannot carry become '?'."""
        text = visible_line(text)
        if self._lossless or self._can_print(text):
            return text
        text = text.replace("…", "...").replace("“", '"').replace("”", '"').replace("—", "-")
        return text.encode(self._encoding, errors="replace").decode(self._encoding)

    def badge(self, verdict: Verdict) -> Text:
        return Text(f"{self.symbols[verdict]} {VERDICT_LABELS[verdict]}", VERDICT_STYLES[verdict])

    def finding(self, path: str, finding: Finding, document: Document | None) -> list[Text]:
        heading = Text.assemble(
            self.badge(finding.verdict),
            "  ",
            (self.fit(f"{path}:{finding.line}:{finding.column}"), "bold"),
            "  ",
            (self.fit(finding.claim.kind), "dim"),
            ("  (in baseline: does not fail the run)" if finding.baselined else "", "dim"),
            ("  (suppressed)" if finding.suppressed else "", "dim"),
        )
        q = quote(finding, document)
        quoted = Text.assemble(
            self.open_quote,
            self.fit(q.before),
            (self.fit(q.claim), f"underline {VERDICT_STYLES[finding.verdict]}"),
            self.fit(q.after),
            self.close_quote,
        )
        lines: list[Text] = [quoted]
        rows = [
            ("claimed", claimed_figure(finding)),
            ("official", official_figure(finding).replace("—", self.dash)),
            ("fix", fix_text(finding, document)),
            ("reason", reason_text(finding)),
            ("rule", one_line(finding.rule)),
            ("source", short_source(finding.source)),
            ("about", one_line(finding.subject)),
        ]
        for label, value in rows:
            if value:
                lines.append(Text.assemble((f"{label:<10}", "dim"), self.fit(value)))
        return [Text("  ") + heading, *(Text("      ") + line for line in lines)]

    def counts(self, counts: dict[Verdict, int], suppressed: int, baselined: int = 0) -> Text:
        claims = sum(counts.values())
        text = Text(f"{claims} claim{'s' if claims != 1 else ''}")
        parts = [v for v in VERDICT_ORDER if counts[v]]
        for i, verdict in enumerate(parts):
            text.append(": " if i == 0 else ", ")
            text.append(f"{counts[verdict]} ")
            text.append_text(self.badge(verdict))
        aside = [f"{suppressed} suppressed"] if suppressed else []
        if baselined:
            aside.append(f"{baselined} in baseline")
        if aside:
            text.append(f" ({', '.join(aside)})", "dim")
        return text

    def file(self, report: FileReport, document: Document | None, show: Show = None) -> list[Text]:
        """The file's lines: its name, any error or warnings, the claims `show` lists (worst
        first), a line for those it does not, then its summary."""
        path = display_path(report.path)
        parts = [Text(self.fit(path), "bold underline")]
        if report.error is not None:
            parts.append(Text.assemble(("error: ", "bold red"), self.fit(one_line(report.error))))
        for warning in report.warnings:
            parts.append(Text.assemble(("warning: ", "yellow"), self.fit(one_line(warning))))
        # `--show all` lists the suppressed claims too, marked; otherwise they are counted.
        everything = show is not None and len(show) == len(Verdict)
        findings = by_severity(
            [f for f in report.findings if (everything or not f.suppressed) and listed(f, show)]
        )
        for finding in findings:
            parts.append(Text())
            parts.extend(self.finding(path, finding, document))
        folded = not_shown_line(not_shown(report, show))
        if folded:
            parts.extend([Text(), Text("  " + folded, "dim")])
        if report.error is None:
            counts = {v: report.count(v) for v in Verdict}
            summary = Text.assemble((self.fit(path), "bold"), ": ")
            baselined = sum(1 for f in report.findings if f.baselined and not f.suppressed)
            if any(counts.values()) or suppressed_count(report):
                summary.append_text(self.counts(counts, suppressed_count(report), baselined))
            else:
                summary.append("no numeric claims found")
            parts.extend([Text(), summary])
            if report.numbers:
                parts.append(Text(numbers_line(number_counts([report])), "dim"))
        return parts

    def overall(self, totals: Totals, reference: Reference | None) -> Text:
        n = totals.files
        text = Text.assemble(("Overall", "bold"), f": {n} file{'s' if n != 1 else ''}, ")
        text.append_text(self.counts(totals.verdicts, totals.suppressed, totals.baselined))
        errors = totals.errors
        if errors:
            text.append(f"; {errors} file{'s' if errors != 1 else ''} not read", "bold red")
        if any(totals.numbers.values()):
            text.append(f"; {numbers_line(totals.numbers)}")
        if reference is not None:
            text.append(f" {self.dash} reference: {len(reference.elections):,} elections", "dim")
        return text


class FullWriter:
    """Prints each file's part as it arrives and the overall line on close."""

    def __init__(self, console: Console, reference: Reference | None, show: Show = None) -> None:
        self._console, self._reference, self._show = console, reference, show
        self._writer = _Writer(console)
        self._totals = Totals()

    def add(self, report: FileReport, document: Document | None = None) -> None:
        if self._totals.files:
            self._console.print()
        for line in self._writer.file(report, document, self._show):
            self._console.print(line)
        self._totals.add(report)

    def close(self) -> None:
        self._console.print()
        self._console.print(self._writer.overall(self._totals, self._reference))


def print_report(
    console: Console,
    reports: list[FileReport],
    reference: Reference | None,
    documents: dict[str, Document] | None = None,
    show: Show = None,
) -> None:
    writer = FullWriter(console, reference, show)
    for report in reports:
        writer.add(report, (documents or {}).get(report.path))
    writer.close()


def plain_console(file: IO[str] | None) -> Console:
    """A console for a report written to a file: no colour codes, whole lines."""
    return Console(
        file=file,
        color_system=None,
        force_terminal=False,
        no_color=True,
        soft_wrap=True,  # a file keeps whole lines; the reader's editor wraps them
        highlight=False,
        markup=False,
        emoji=False,
    )


def render_text(
    reports: list[FileReport],
    reference: Reference | None,
    documents: dict[str, Document] | None = None,
    show: Show = None,
) -> str:
    """The report as plain text (no colour codes), for writing to a file."""
    buffer = io.StringIO()
    print_report(plain_console(buffer), reports, reference, documents, show)
    return buffer.getvalue()


def render(
    reports: list[FileReport],
    reference: Reference | None,
    *,
    console: Console | None = None,
    documents: dict[str, Document] | None = None,
    show: Show = None,
) -> None:
    """Print the report to `console` (standard output by default)."""
    print_report(console or make_console(), reports, reference, documents, show)
