"""The `factcheck` command: parses arguments, wires the stages, picks the exit status."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer

from factcheck.exitcodes import ExitStatus

HELP = """Check the numbers in an election article against official results.

Examples:

  factcheck draft.txt

  factcheck --format json drafts/

  factcheck --date 2017-02-24 copeland.txt

  factcheck reference show "Copeland"
"""

check_app = typer.Typer(add_completion=False, rich_markup_mode=None)


def _version(value: bool) -> None:
    if value:
        from factcheck import __version__

        print(f"factcheck {__version__}")
        raise typer.Exit()


@check_app.command(help=HELP, context_settings={"help_option_names": ["-h", "--help"]})
def check(
    paths: Annotated[list[str], typer.Argument(help="Articles to check: files, folders, or - for stdin.")],
    format: Annotated[str, typer.Option("--format", "-f", help="full, json")] = "full",
    reference: Annotated[
        list[Path] | None, typer.Option("--reference", "-r", help="Extra reference YAML file or folder (repeatable).")
    ] = None,
    date: Annotated[str | None, typer.Option(help="The article's date, YYYY-MM-DD.")] = None,
    version: Annotated[
        bool, typer.Option("--version", callback=_version, is_eager=True, help="Show the version.")
    ] = False,
) -> None:
    from factcheck.document import DocumentError, parse_date, read_document
    from factcheck.pipeline import FileReport, check_document
    from factcheck.reference.load import ReferenceDataError, load_reference

    article_date = parse_date(date) if date else None
    if date and article_date is None:
        _fail(f"--date: not a date (want YYYY-MM-DD): {date!r}")
    try:
        ref = load_reference(reference or ())
    except ReferenceDataError as exc:
        _fail(str(exc))
    reports: list[FileReport] = []
    for path in paths:
        try:
            doc = read_document(path, date=article_date)
        except DocumentError as exc:
            reports.append(FileReport(path=path, error=str(exc)))
            continue
        reports.append(check_document(doc, ref))
    if format == "json":
        from factcheck.report import json as json_report

        sys.stdout.write(json_report.render(reports, ref))
    else:
        from factcheck.report import full

        full.render(reports, ref)
    if any(r.error for r in reports):
        raise typer.Exit(ExitStatus.ERROR)
    if any(r.count(__import__("factcheck").Verdict.FALSE) for r in reports):
        raise typer.Exit(ExitStatus.FINDINGS)


def _fail(message: str) -> None:
    print(f"factcheck: {message}", file=sys.stderr)
    raise typer.Exit(ExitStatus.ERROR)


def main() -> None:
    """Entry point: `factcheck reference ...` goes to the reference commands, all else to check."""
    try:
        args = sys.argv[1:]
        if args and args[0] == "reference":
            from factcheck.cli_reference import reference_app

            reference_app(args[1:], prog_name="factcheck reference", standalone_mode=True)
        else:
            check_app(args, prog_name="factcheck", standalone_mode=True)
    except KeyboardInterrupt:
        print("factcheck: interrupted", file=sys.stderr)
        sys.exit(ExitStatus.INTERRUPTED)
