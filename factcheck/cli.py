"""The `factcheck` command: parses arguments, wires the stages, picks the exit status."""

from __future__ import annotations

import contextlib
import io
import os
import sys
from collections.abc import Iterator
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, TextIO

import typer

from factcheck.cli_options import DateOption, ReferenceOption
from factcheck.exitcodes import ExitStatus, Terminated
from factcheck.report.escape import visible
from factcheck.run import UsageFailure

if TYPE_CHECKING:
    from factcheck.autofix import Fixer
    from factcheck.batch import Outcome
    from factcheck.report.common import Totals
    from factcheck.run import CheckRun

HELP = """Check the numbers in election articles against official results.

PATHS are files, folders (searched recursively for *.txt, *.md, *.markdown,
*.html and *.htm unless --glob is given, leaving out what git ignores) or - for
standard input (HTML there is recognised). Articles may be plain text, Markdown
(YAML or TOML front matter gives date: or published: and election:; code is
skipped) or HTML (the visible article text is checked, not navigation, asides
or footers; line:column point into the HTML file).

\b
Examples:
  factcheck draft.txt    (the problems; --show all lists the true claims too)
  factcheck --format json drafts/
  factcheck --date 2017-02-24 copeland.txt
  cat draft.md | factcheck --stdin-filename draft.md -
  factcheck --fail-on unverifiable --changed-since origin/main articles/
  factcheck --diff drafts/    (the safe corrections as a diff; --fix applies them)
  factcheck --format sarif --output factcheck.sarif articles/
  factcheck --baseline factcheck-baseline.json --write-baseline articles/
  factcheck config drafts/copeland.md    (show the effective configuration)
  factcheck explain drafts/copeland.md:12    (how each number on line 12 was read)
  factcheck reference show "Copeland"
  factcheck rule FC104    (what a code checks, its rule and examples; --all lists them)

Settings also come from [tool.factcheck] in pyproject.toml or from
factcheck.toml, the nearest above each file (format, show, baseline: the working
folder's); flags override them. Put <!-- factcheck: ignore --> before a claim (or
after it, at the end of its line) to suppress it, or wrap a passage in
<!-- factcheck: off --> ... <!-- factcheck: on -->. Each may name codes or kinds:
<!-- factcheck: ignore FC102, share -->.
"""

EPILOG = """\b
Exit status:
  0    no claim at or above the --fail-on level (or --exit-zero)
  1    at least one such claim (suppressed, baselined and --fix'ed claims never
       count); with --diff, there are fixes to make
  2    usage, configuration or reference-data error, or any input that could
       not be read (the other files are still checked and reported)
  130  interrupted (Ctrl-C); 143 terminated (SIGTERM). Either way the report
       of the files finished is written, the rest listed as not checked
"""

CONFIG_HELP = """Usage: factcheck config [OPTIONS] [PATH]

  Print the effective configuration for PATH (a file or folder; default: the
  working folder), from the config file nearest PATH (format, show, baseline as a
  check takes them: from the working folder's), and where each value came
  from: default, the config file, a per-file rule, the environment or a flag.
  Takes the same options as a check, so `factcheck config --fail-on
  unverifiable draft.md` shows the flag.
"""


class FailOn(StrEnum):
    FALSE = "false"
    UNVERIFIABLE = "unverifiable"
    APPROXIMATELY_TRUE = "approximately_true"


class ShowLevel(StrEnum):
    FALSE = "false"
    UNVERIFIABLE = "unverifiable"
    APPROXIMATELY_TRUE = "approximately_true"
    ALL = "all"


check_app = typer.Typer(add_completion=True, rich_markup_mode=None)


def _version(value: bool) -> None:
    if value:
        from factcheck import __version__

        print(f"factcheck {__version__}")
        raise typer.Exit()


@check_app.command(
    help=HELP,
    epilog=EPILOG,
    context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100},
)
def check(
    paths: Annotated[
        list[str] | None,
        typer.Argument(
            help="Articles to check: files, folders, or - for stdin.",
            show_default=False,
            metavar="PATH...",
        ),
    ] = None,
    format: Annotated[
        str | None,
        typer.Option(
            "--format",
            "-f",
            metavar="FORMAT",
            help="full, concise, json, json-lines, sarif, github, gitlab (Code Quality), "
            "rdjson (reviewdog), html, claimreview (default: full; env FACTCHECK_FORMAT).",
            show_default=False,
        ),
    ] = None,
    output: Annotated[
        Path | None,
        typer.Option(
            "--output",
            "-o",
            metavar="FILE",
            help="Write the report to this file, not stdout (a format is --format; a one-line "
            "summary still goes to stderr unless -q).",
        ),
    ] = None,
    show: Annotated[
        ShowLevel | None,
        typer.Option(
            "--show",
            help="Claims to list, the rest only counted: false; unverifiable (and false); "
            "approximately_true (all but true ones: the default); all. json, json-lines "
            "and claimreview list every claim unless --show is given.",
            show_default=False,
        ),
    ] = None,
    reference: ReferenceOption = None,
    date: DateOption = None,
    fail_on: Annotated[
        FailOn | None,
        typer.Option(
            "--fail-on",
            help="Exit 1 on any claim at least this bad: false; unverifiable (false or "
            "unverifiable); approximately_true (false, unverifiable or approximately true). "
            "Default: false.",
            show_default=False,
        ),
    ] = None,
    exit_zero: Annotated[
        bool,
        typer.Option("--exit-zero", help="Exit 0 even when claims fail (errors still exit 2)."),
    ] = False,
    changed_since: Annotated[
        str | None,
        typer.Option(
            "--changed-since",
            metavar="REF",
            help="Report only claims on lines changed since the merge base of git revision "
            "REF and HEAD; A...B is accepted, A..B compares with A itself (untracked files "
            "count as wholly changed). Was --diff REF.",
        ),
    ] = None,
    fix: Annotated[
        bool,
        typer.Option(
            "--fix",
            help="Correct the figures of claims at the --fail-on level in the files, where "
            "the fix is safe (exact figures), and say what was left; fixed claims do not "
            "fail the run. With -, the fixed text goes to stdout and the report to stderr.",
        ),
    ] = False,
    diff: Annotated[
        bool,
        typer.Option(
            "--diff",
            help="Print the fixes --fix would make as a unified diff, writing nothing; "
            "exit 1 if there are any.",
        ),
    ] = False,
    baseline: Annotated[
        Path | None,
        typer.Option(
            "--baseline",
            metavar="FILE",
            help="Claims listed in this JSON file are reported but do not fail the run.",
        ),
    ] = None,
    write_baseline: Annotated[
        bool,
        typer.Option(
            "--write-baseline",
            help="Write the current false and unverifiable claims (and any at the --fail-on "
            "level) to the --baseline file, then exit 0.",
        ),
    ] = False,
    glob: Annotated[
        list[str] | None,
        typer.Option(
            "--glob",
            metavar="PATTERN",
            help="File names to check inside folders (repeatable; default *.txt *.md "
            "*.markdown *.html *.htm).",
        ),
    ] = None,
    exclude: Annotated[
        list[str] | None,
        typer.Option(
            "--exclude",
            metavar="PATTERN",
            help="Leave out files or folders matching this glob (repeatable).",
        ),
    ] = None,
    no_respect_gitignore: Annotated[
        bool,
        typer.Option(
            "--no-respect-gitignore",
            help="Check files in folders even if git ignores them (.gitignore, "
            ".git/info/exclude); a file named is always checked.",
        ),
    ] = False,
    skip_kind: Annotated[
        list[str] | None,
        typer.Option("--skip-kind", metavar="KIND", help="Do not report claims of this kind."),
    ] = None,
    claimreview_url: Annotated[
        str | None,
        typer.Option(
            "--claimreview-url",
            metavar="URL",
            help="For --format claimreview: the reviewed article's URL ({path} and {stem} "
            "stand for each file's); the organisation comes from claimreview-organisation "
            "and claimreview-organisation-url in the configuration.",
        ),
    ] = None,
    stdin_filename: Annotated[
        str | None,
        typer.Option(
            "--stdin-filename",
            metavar="NAME",
            help="Name to report standard input as; its extension picks the format.",
        ),
    ] = None,
    config: Annotated[
        Path | None,
        typer.Option("--config", metavar="FILE", help="Use this config file, not the one found."),
    ] = None,
    no_config: Annotated[
        bool, typer.Option("--no-config", help="Ignore configuration files.")
    ] = False,
    jobs: Annotated[
        int | None,
        typer.Option(
            "--jobs",
            "-j",
            metavar="N",
            min=1,
            help="Worker processes (default: one per core).",
            show_default=False,
        ),
    ] = None,
    max_file_size: Annotated[
        str | None,
        typer.Option(
            "--max-file-size",
            metavar="SIZE",
            help="Report larger files as errors, unread: bytes, or with K, M or G (default: 20M).",
            show_default=False,
        ),
    ] = None,
    quiet: Annotated[
        bool, typer.Option("--quiet", "-q", help="No progress bar and no notes on stderr.")
    ] = False,
    show_config: Annotated[bool, typer.Option("--show-config", hidden=True)] = False,
    version: Annotated[
        bool,
        typer.Option("--version", callback=_version, is_eager=True, help="Show the version."),
    ] = False,
) -> None:
    try:
        with _sigterm_raises():
            status = _run_check(
                paths=paths or [],
                format=format,
                output=output,
                show=show,
                reference=reference,
                date=date,
                fail_on=fail_on,
                exit_zero=exit_zero,
                changed_since=changed_since,
                fix=fix,
                diff=diff,
                baseline=baseline,
                write_baseline=write_baseline,
                glob=glob,
                exclude=exclude,
                no_respect_gitignore=no_respect_gitignore,
                skip_kind=skip_kind,
                claimreview_url=claimreview_url,
                stdin_filename=stdin_filename,
                config=config,
                no_config=no_config,
                jobs=jobs,
                max_file_size=max_file_size,
                quiet=quiet,
                show_config=show_config,
            )
    except UsageFailure as exc:
        # Messages quote file names and file contents: shown with controls escaped.
        print(visible(f"factcheck: {exc}"), file=sys.stderr)
        status = ExitStatus.ERROR
    except KeyboardInterrupt:
        print("\nfactcheck: interrupted", file=sys.stderr)
        status = ExitStatus.INTERRUPTED
    except Terminated:
        print("factcheck: terminated", file=sys.stderr)
        status = ExitStatus.TERMINATED
    raise typer.Exit(int(status))


@contextlib.contextmanager
def _sigterm_raises() -> Iterator[None]:
    """While checking, SIGTERM raises Terminated, as Ctrl-C raises KeyboardInterrupt."""
    # So the batch stops its workers and what was finished is still reported.
    import signal
    import threading

    if threading.current_thread() is not threading.main_thread():
        yield
        return

    def terminate(signum: int, frame: object) -> None:
        raise Terminated()

    previous = signal.signal(signal.SIGTERM, terminate)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)


def _flags(**given: Any) -> dict[str, Any]:
    """The options given on the command line, keyed like the configuration file."""
    flags: dict[str, Any] = {}
    if given["format"] is not None:
        flags["format"] = given["format"]
    if given["fail_on"] is not None:
        flags["fail-on"] = str(given["fail_on"].value)
    if given.get("show") is not None:
        flags["show"] = str(given["show"].value)
    if given["reference"]:
        flags["reference"] = tuple(str(p) for p in given["reference"])
    if given["glob"]:
        flags["include"] = tuple(given["glob"])
    if given["exclude"]:
        flags["exclude"] = tuple(given["exclude"])
    if given["skip_kind"]:
        flags["skip-kinds"] = tuple(given["skip_kind"])
    if given["baseline"] is not None:
        flags["baseline"] = str(given["baseline"])
    if given.get("claimreview_url") is not None:
        from factcheck.config import is_web_url

        if not is_web_url(given["claimreview_url"]):
            raise UsageFailure(
                f"--claimreview-url: not an http or https URL: {given['claimreview_url']!r}"
            )
        flags["claimreview-url"] = given["claimreview_url"]
    if given.get("max_file_size") is not None:
        from factcheck.read.document import parse_size

        try:
            flags["max-file-size"] = parse_size(given["max_file_size"])
        except ValueError as exc:
            raise UsageFailure(f"--max-file-size: {exc}") from None
    if given["date"] is not None:
        from factcheck.read.document import parse_date

        article_date = parse_date(given["date"])
        if article_date is None or len(given["date"].strip()) != 10:
            raise UsageFailure(f"--date: not a date (want YYYY-MM-DD): {given['date']!r}")
        flags["date"] = article_date
    return flags


def _run_check(
    *,
    paths: list[str],
    format: str | None,
    output: Path | None,
    show: ShowLevel | None,
    reference: list[Path] | None,
    date: str | None,
    fail_on: FailOn | None,
    exit_zero: bool,
    changed_since: str | None,
    fix: bool,
    diff: bool,
    baseline: Path | None,
    write_baseline: bool,
    glob: list[str] | None,
    exclude: list[str] | None,
    no_respect_gitignore: bool,
    skip_kind: list[str] | None,
    claimreview_url: str | None,
    stdin_filename: str | None,
    config: Path | None,
    no_config: bool,
    jobs: int | None,
    max_file_size: str | None,
    quiet: bool,
    show_config: bool,
) -> ExitStatus:
    from factcheck import report as reports_module
    from factcheck.config import ConfigError, ConfigFinder, describe

    flags = _flags(
        format=format,
        fail_on=fail_on,
        show=show,
        reference=reference,
        glob=glob,
        exclude=exclude,
        skip_kind=skip_kind,
        claimreview_url=claimreview_url,
        baseline=baseline,
        date=date,
        max_file_size=max_file_size,
    )
    if show_config:
        first = paths[0] if paths else None
        if first == "-" and stdin_filename:
            first = stdin_filename
        finder = ConfigFinder(flags, config_file=config, use_files=not no_config)
        try:
            settings, run = finder.for_path(first), finder.for_run(first)
        except ConfigError as exc:
            raise UsageFailure(str(exc)) from None
        sys.stdout.write(visible(describe(settings, first, run)))
        return ExitStatus.OK

    from factcheck.run import start_check

    fixer = None
    if fix or diff:
        from factcheck.autofix import Fixer, stdout_bytes
        from factcheck.gitdiff import renamed_diff_hint

        hint = renamed_diff_hint(paths) if diff else None
        if hint:
            raise UsageFailure(hint)
        fixer = Fixer(diff_only=diff, out=stdout_bytes(), notify=None if quiet else _note)
    # With --diff the diff is the output (the report only with --output); with --fix on
    # standard input the fixed text is, and the report goes to stderr (as ruff does both).
    report_out = sys.stderr if fixer is not None and "-" in paths else sys.stdout
    if diff and output is None:
        report_out = None
    # A report streamed to the terminal shows its own progress, and a bar drawn over
    # it would tangle the two: the bar is for reports going to a file or a pipe.
    to_terminal = output is None and report_out is not None and report_out.isatty()
    run = start_check(
        paths,
        flags,
        config_file=config,
        use_files=not no_config,
        stdin_filename=stdin_filename,
        changed_since=changed_since,
        write_baseline=write_baseline,
        exit_zero=exit_zero,
        jobs=jobs,
        progress=not quiet and sys.stderr.isatty() and not to_terminal,
        formats=reports_module.FORMATS,
        notify=None if quiet else _note,
        output=output,
        fixer=fixer,
        respect_gitignore=not no_respect_gitignore,
    )
    totals = None
    if report_out is None and output is None:
        run.each(lambda outcome: None)
    else:
        totals = _write_report(run.settings["format"], run, output, report_out)
    if output is not None and not quiet and totals is not None:
        from factcheck.report.common import summary_line

        print(visible(f"factcheck: {summary_line(totals)}; report in {output}"), file=sys.stderr)
    if run.unfinished:
        print(
            f"factcheck: interrupted: the report is incomplete: {run.unfinished} of "
            f"{run.files} files were not checked",
            file=sys.stderr,
        )
    if fixer is not None:
        return _fixed_status(fixer, run.status, exit_zero, quiet)
    return run.status


def _fixed_status(fixer: Fixer, status: ExitStatus, exit_zero: bool, quiet: bool) -> ExitStatus:
    """After --fix or --diff: the totals said, and --diff exits 1 when it has fixes (ruff)."""
    if not quiet:
        _note(fixer.summary())
    if fixer.diff_only and status in (ExitStatus.OK, ExitStatus.FINDINGS) and not exit_zero:
        return ExitStatus.FINDINGS if fixer.fixed else ExitStatus.OK
    return status


def _note(note: str) -> None:
    print(visible(f"factcheck: {note}"), file=sys.stderr)


def _write_report(
    format_name: str, run: CheckRun, output: Path | None, stream: TextIO | None = None
) -> Totals:
    """Write each file's report as the run yields it, then the rest; return the totals.

    The report goes to `output`, else to `stream` (stdout unless --fix has it for text).
    """
    from factcheck import report as reports_module
    from factcheck.report.common import Totals

    level = run.settings.settings["show"]
    show = reports_module.shown_verdicts(format_name, level.value, level.origin == "flag")
    totals = Totals()

    def add(writer: reports_module.ReportWriter, outcome: Outcome) -> None:
        writer.add(outcome.report, outcome.document)
        totals.add(outcome.report)

    publisher = None
    if format_name == "claimreview":
        from factcheck.report.claimreview import Publisher

        publisher = Publisher.from_settings(run.settings)
    if output is None:
        stream = stream or sys.stdout
        console = None
        if format_name == "full":
            from factcheck.report.full import make_console

            console = make_console(stream if stream is not sys.stdout else None)
        elif isinstance(stream, io.TextIOWrapper):
            # File names are escaped when read; this is for any lone surrogate that slipped by.
            stream.reconfigure(errors="backslashreplace")
        writer = reports_module.writer(
            format_name, stream, run.reference, console=console, show=show, publisher=publisher
        )
        run.each(lambda outcome: add(writer, outcome))
        writer.close()
        stream.flush()
        return totals
    try:
        out = output.open("w", encoding="utf-8", errors="backslashreplace")
    except OSError as exc:
        raise UsageFailure(f"--output {output}: cannot write: {exc.strerror or exc}") from None
    with out:
        try:
            writer = reports_module.writer(
                format_name, out, run.reference, show=show, publisher=publisher
            )
            run.each(lambda outcome: add(writer, outcome))
            writer.close()
        except OSError as exc:
            raise UsageFailure(f"--output {output}: cannot write: {exc.strerror or exc}") from None
    return totals


# --- entry point ------------------------------------------------------------------


def run(args: list[str]) -> int:
    """Run a command line; return the exit status. Never raises except SystemExit."""
    try:
        if args and args[0] == "reference":
            from factcheck.cli_reference import reference_app

            result = reference_app(args[1:], prog_name="factcheck reference", standalone_mode=False)
        elif args and args[0] == "explain":
            from factcheck.cli_explain import explain_app

            result = explain_app(args[1:], prog_name="factcheck explain", standalone_mode=False)
        elif args and args[0] == "rule":
            from factcheck.cli_rule import rule_app

            result = rule_app(args[1:], prog_name="factcheck rule", standalone_mode=False)
        elif args and args[0] == "config":
            if any(a in ("-h", "--help") for a in args[1:]):
                print(CONFIG_HELP)
                return ExitStatus.OK
            result = check_app(
                ["--show-config", *args[1:]], prog_name="factcheck config", standalone_mode=False
            )
        else:
            result = check_app(args, prog_name="factcheck", standalone_mode=False)
        return result if isinstance(result, int) else ExitStatus.OK
    except typer.TyperException as exc:
        show = getattr(exc, "show", None)
        if show is not None:
            show()
        else:
            print(visible(f"factcheck: {exc}"), file=sys.stderr)
        return ExitStatus.ERROR
    except (KeyboardInterrupt, typer.Abort):
        print("\nfactcheck: interrupted", file=sys.stderr)
        return ExitStatus.INTERRUPTED
    except BrokenPipeError:
        # The reader went away (`factcheck ... | head`): say nothing more.
        _silence_stdout()
        return ExitStatus.ERROR
    except Exception as exc:
        if os.environ.get("FACTCHECK_DEBUG"):
            raise
        message = " ".join(str(exc).split()) or type(exc).__name__
        print(
            visible(f"factcheck: internal error: {type(exc).__name__}: {message}"), file=sys.stderr
        )
        return ExitStatus.ERROR


def _silence_stdout() -> None:
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass


def main() -> None:
    """Entry point: `factcheck reference|config|explain|rule ...`, all else checks."""
    sys.exit(run(sys.argv[1:]))
