"""Report writers, one module per output format, behind two entry points.

`writer` makes a ReportWriter that writes each file's part of the report as its result
arrives and the rest on `close()`, so a batch of any size holds one article at a time.
`render` is the whole report of a finished list, as text. `show` (the `--show` level's
verdicts, None for all) decides which claims a writer lists; see `shown_verdicts`.
"""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING, Protocol, TextIO

if TYPE_CHECKING:
    from rich.console import Console

    from factcheck.claims import Verdict
    from factcheck.pipeline import FileReport
    from factcheck.read.document import Document
    from factcheck.reference.index import Reference
    from factcheck.report.claimreview import Publisher

FORMATS = [
    "full",
    "concise",
    "json",
    "json-lines",
    "sarif",
    "github",
    "gitlab",
    "rdjson",
    "html",
    "claimreview",
]
# Formats programs read (the scorer among them): every claim, unless --show is given.
COMPLETE_FORMATS = ("json", "json-lines", "claimreview")


class UnknownFormatError(ValueError):
    """A format name that is not in FORMATS."""


class ReportWriter(Protocol):
    """Writes a report one file at a time: `add` each file in input order, then `close`."""

    def add(self, report: FileReport, document: Document | None = None) -> None: ...

    def close(self) -> None: ...


def shown_verdicts(format_name: str, level: str, from_flag: bool) -> frozenset[Verdict] | None:
    """The verdicts `format_name` lists at `--show level`; None for every claim.

    JSON, JSON lines and ClaimReview list every claim unless the level came from the
    command line: whatever a config file says, `factcheck --format json` stays complete.
    """
    from factcheck.config import SHOW_LEVELS

    if format_name in COMPLETE_FORMATS and not from_flag:
        return None
    return SHOW_LEVELS[level]


def writer(
    format_name: str,
    out: TextIO | None,
    reference: Reference | None,
    *,
    console: Console | None = None,
    show: frozenset[Verdict] | None = None,
    publisher: Publisher | None = None,
) -> ReportWriter:
    """A writer of `format_name` to `out`.

    Formats read top to bottom (full, concise, json-lines, json, gitlab, rdjson,
    claimreview) are written as files arrive; those whose opening depends on every file
    (sarif, github, html) set the rest aside in a temporary file until `close`.
    `document` (optional in `add`) gives the article text for sentence context, end
    columns and the HTML page. Only `full` uses `console`: given one it prints there
    (colour as it allows), else plain text to `out`. `show` is the set of verdicts listed
    (None: all). Only `claimreview` uses `publisher` (the reviewed article's URL and the
    publishing organisation).
    """
    if format_name == "full" and console is not None:
        from factcheck.report import full

        return full.FullWriter(console, reference, show)
    if out is None:
        raise ValueError(f"format {format_name!r} needs an output stream")
    if format_name == "full":
        from factcheck.report import full

        return full.FullWriter(full.plain_console(out), reference, show)
    if format_name == "concise":
        from factcheck.report import concise

        return concise.ConciseWriter(out, show)
    if format_name == "json":
        from factcheck.report import json

        return json.JsonWriter(out, reference, show)
    if format_name == "json-lines":
        from factcheck.report import json_lines

        return _Listing(json_lines.JsonLinesWriter(out), show)
    if format_name == "sarif":
        from factcheck.report import sarif

        return sarif.SarifWriter(out, reference, show)
    if format_name == "github":
        from factcheck.report import github

        return github.GithubWriter(out, show=show)
    if format_name == "gitlab":
        from factcheck.report import gitlab

        return gitlab.GitlabWriter(out, show=show)
    if format_name == "rdjson":
        from factcheck.report import rdjson

        return rdjson.RdjsonWriter(out, show=show)
    if format_name == "html":
        from factcheck.report import html

        return html.HtmlWriter(out, reference, show)
    if format_name == "claimreview":
        from factcheck.report import claimreview

        return _Listing(claimreview.ClaimReviewWriter(out, publisher), show)
    raise UnknownFormatError(f"unknown format {format_name!r}; choose from {', '.join(FORMATS)}")


class _Listing:
    """A writer given only the claims `show` lists, for formats that count nothing else."""

    def __init__(self, inner: ReportWriter, show: frozenset[Verdict] | None) -> None:
        self._inner, self._show = inner, show

    def add(self, report: FileReport, document: Document | None = None) -> None:
        if self._show is not None:
            listed = [f for f in report.findings if f.verdict in self._show]
            report = dataclasses.replace(report, findings=listed)
        self._inner.add(report, document)

    def close(self) -> None:
        self._inner.close()


def render(
    format_name: str,
    reports: list[FileReport],
    reference: Reference | None,
    *,
    console: Console | None = None,
    documents: dict[str, Document] | None = None,
    show: frozenset[Verdict] | None = None,
) -> str | None:
    """The report in `format_name`, as text to write to standard output or a file.

    Only `full` uses `console`: given one, it prints there (colour as the console allows)
    and returns None; without one it returns plain text. `documents` (path -> Document)
    gives the article text for sentence context, end columns and the HTML page.
    """
    from factcheck.report.common import written

    text = written(
        lambda out: writer(format_name, out, reference, console=console, show=show),
        reports,
        documents,
    )
    return None if format_name == "full" and console is not None else text
