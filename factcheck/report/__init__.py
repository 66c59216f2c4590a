"""Report writers, one module per output format, behind two entry points.

`writer` makes a ReportWriter that writes each file's part of the report as its result
arrives and the rest on `close()`, so a batch of any size holds one article at a time.
`render` is the whole report of a finished list, as text.
"""

from __future__ import annotations

import io
from typing import TYPE_CHECKING, Protocol, TextIO

if TYPE_CHECKING:
    from rich.console import Console

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


class UnknownFormatError(ValueError):
    """A format name that is not in FORMATS."""


class ReportWriter(Protocol):
    """Writes a report one file at a time: `add` each file in input order, then `close`."""

    def add(self, report: FileReport, document: Document | None = None) -> None: ...

    def close(self) -> None: ...


def writer(
    format_name: str,
    out: TextIO | None,
    reference: Reference | None,
    *,
    console: Console | None = None,
    publisher: Publisher | None = None,
) -> ReportWriter:
    """A writer of `format_name` to `out`.

    Formats read top to bottom (full, concise, json-lines, json, gitlab, rdjson,
    claimreview) are written as files arrive; those whose opening depends on every file
    (sarif, github, html) set the rest aside in a temporary file until `close`.
    `document` (optional in `add`) gives the article text for sentence context, end
    columns and the HTML page. Only `full` uses `console`: given one it prints there
    (colour as it allows), else plain text to `out`. Only `claimreview` uses `publisher`
    (the reviewed article's URL and the publishing organisation).
    """
    if format_name == "full" and console is not None:
        from factcheck.report import full

        return full.FullWriter(console, reference)
    if out is None:
        raise ValueError(f"format {format_name!r} needs an output stream")
    if format_name == "full":
        from factcheck.report import full

        return full.FullWriter(full.plain_console(out), reference)
    if format_name == "concise":
        from factcheck.report import concise

        return concise.ConciseWriter(out)
    if format_name == "json":
        from factcheck.report import json

        return json.JsonWriter(out, reference)
    if format_name == "json-lines":
        from factcheck.report import json_lines

        return json_lines.JsonLinesWriter(out)
    if format_name == "sarif":
        from factcheck.report import sarif

        return sarif.SarifWriter(out, reference)
    if format_name == "github":
        from factcheck.report import github

        return github.GithubWriter(out)
    if format_name == "gitlab":
        from factcheck.report import gitlab

        return gitlab.GitlabWriter(out)
    if format_name == "rdjson":
        from factcheck.report import rdjson

        return rdjson.RdjsonWriter(out)
    if format_name == "html":
        from factcheck.report import html

        return html.HtmlWriter(out, reference)
    if format_name == "claimreview":
        from factcheck.report import claimreview

        return claimreview.ClaimReviewWriter(out, publisher)
    raise UnknownFormatError(f"unknown format {format_name!r}; choose from {', '.join(FORMATS)}")


def render(
    format_name: str,
    reports: list[FileReport],
    reference: Reference | None,
    *,
    console: Console | None = None,
    documents: dict[str, Document] | None = None,
) -> str | None:
    """The report in `format_name`, as text to write to standard output or a file.

    Only `full` uses `console`: given one, it prints there (colour as the console allows)
    and returns None; without one it returns plain text. `documents` (path -> Document)
    gives the article text for sentence context, end columns and the HTML page.
    """
    buffer = io.StringIO()
    to = writer(format_name, buffer, reference, console=console)
    for report in reports:
        to.add(report, (documents or {}).get(report.path))
    to.close()
    if format_name == "full" and console is not None:
        return None
    return buffer.getvalue()
