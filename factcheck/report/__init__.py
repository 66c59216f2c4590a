"""Report writers, one module per output format, behind one entry point: `render`."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from rich.console import Console

    from factcheck.pipeline import FileReport
    from factcheck.read.document import Document
    from factcheck.reference.index import Reference

FORMATS = ["full", "concise", "json", "json-lines", "sarif", "github", "html", "claimreview"]


class UnknownFormatError(ValueError):
    """A format name that is not in FORMATS."""


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
    if format_name == "full":
        from factcheck.report import full

        if console is None:
            return full.render_text(reports, reference, documents)
        full.print_report(console, reports, reference, documents)
        return None
    if format_name == "concise":
        from factcheck.report import concise

        return concise.render(reports)
    if format_name == "json":
        from factcheck.report import json

        return json.render(reports, reference, documents)
    if format_name == "json-lines":
        from factcheck.report import json_lines

        return json_lines.render(reports, documents)
    if format_name == "sarif":
        from factcheck.report import sarif

        return sarif.render(reports, reference, documents)
    if format_name == "github":
        from factcheck.report import github

        return github.render(reports, documents)
    if format_name == "html":
        from factcheck.report import html

        return html.render(reports, reference, documents)
    if format_name == "claimreview":
        from factcheck.report import claimreview

        return claimreview.render(reports, documents)
    raise UnknownFormatError(f"unknown format {format_name!r}; choose from {', '.join(FORMATS)}")
