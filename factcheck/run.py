"""Checking paths as the `factcheck` command does: inputs, config, batch, baseline, diff, exit.

The CLI parses arguments, calls `check_paths` and renders what it returns; scripts can
do the same without a command line.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Collection
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from factcheck.exitcodes import ExitStatus

if TYPE_CHECKING:  # kept out of the import path: the CLI starts on every keystroke hook
    from factcheck.config import Config
    from factcheck.pipeline import FileReport
    from factcheck.read.document import Document
    from factcheck.reference.index import Reference


class UsageFailure(Exception):
    """A problem with the command line, the configuration or the reference: exit 2."""


@dataclass
class RunResult:
    """What a run produced: reports and documents in input order, the exit status, notes."""

    reports: list[FileReport]
    documents: dict[str, Document]
    status: ExitStatus
    settings: Config
    # The reference the report describes (the top-level one), and notes for the user.
    reference: Reference | None = None
    warnings: list[str] = field(default_factory=list)
    # Files left unchecked because the run was interrupted (Ctrl-C or SIGTERM); 0 if none.
    unfinished: int = 0


class _Notes(list[str]):
    """Notes kept for the result and passed on at once, so they show before a slow batch."""

    def __init__(self, notify: Callable[[str], None] | None) -> None:
        super().__init__()
        self._notify = notify

    def append(self, note: str) -> None:
        super().append(note)
        if self._notify is not None:
            self._notify(note)


def check_paths(
    paths: list[str],
    flags: dict[str, Any] | None = None,
    *,
    config_file: Path | None = None,
    use_files: bool = True,
    stdin_filename: str | None = None,
    diff: str | None = None,
    write_baseline: bool = False,
    exit_zero: bool = False,
    jobs: int | None = None,
    progress: bool = False,
    formats: Collection[str] | None = None,
    notify: Callable[[str], None] | None = None,
    output: Path | None = None,
) -> RunResult:
    """Check files, folders or - (stdin) with the configuration found for the first path.

    `flags` are command-line settings keyed like the config file; `formats`, when given,
    are the report formats the caller can render; `notify` hears each note as it
    happens (they are also returned); `output`, the report's file, must not be an input.
    Raises UsageFailure for bad usage. Interrupted (Ctrl-C, or Terminated), it returns
    what it finished, the rest as not-checked errors, with status INTERRUPTED/TERMINATED.
    """
    from factcheck.config import ConfigError, load_config

    first = paths[0] if paths else None
    if first == "-" and stdin_filename:
        first = stdin_filename
    try:
        settings = load_config(first, flags, config_file=config_file, use_files=use_files)
    except ConfigError as exc:
        raise UsageFailure(str(exc)) from None
    if not paths:
        raise UsageFailure("no paths given: name files or folders to check, or - for stdin")
    if formats is not None and settings["format"] not in formats:
        origin = settings.settings["format"].origin
        raise UsageFailure(
            f"unknown format {settings['format']!r} ({origin}); choose from {', '.join(formats)}"
        )
    _check_kinds(settings)
    if write_baseline and not settings["baseline"]:
        raise UsageFailure("--write-baseline needs --baseline FILE (or baseline = in the config)")
    if paths.count("-") > 1:
        raise UsageFailure("standard input (-) can be read only once")

    notes = _Notes(notify)
    tasks = _tasks(paths, settings, stdin_filename, diff)
    if output is not None:
        _refuse_input_as_output(output, tasks)
    if not tasks:
        notes.append(f"no files to check (looked for {' '.join(settings['include'])})")
    references = _load_references(tasks, settings)

    from factcheck.batch import BatchInterrupted, install_references, run_batch

    install_references(references)
    interrupted: BatchInterrupted | None = None
    try:
        outcomes = run_batch(tasks, jobs=jobs, progress=progress)
    except BatchInterrupted as exc:
        interrupted, outcomes = exc, exc.outcomes
    reports = [o.report for o in outcomes]
    documents = {o.report.path: o.document for o in outcomes if o.document is not None}

    if settings["baseline"] and write_baseline and interrupted is not None:
        # Rewritten from part of a batch, a baseline would forget the unchecked files.
        notes.append(f"{settings['baseline']} not written: the run was interrupted")
    elif settings["baseline"]:
        _apply_baseline(Path(settings["baseline"]), reports, write_baseline, settings, notes)

    status = _exit_status(reports, [t.settings.fail_on for t in tasks], exit_zero or write_baseline)
    reference = references[tuple(settings["reference"])]
    result = RunResult(reports, documents, status, settings, reference, list(notes))
    if interrupted is not None:
        import signal

        result.unfinished = len(tasks) - interrupted.finished
        sigterm = interrupted.signum == signal.SIGTERM
        result.status = ExitStatus.TERMINATED if sigterm else ExitStatus.INTERRUPTED
    return result


def _refuse_input_as_output(output: Path, tasks: list) -> None:
    """`-o draft.md draft.md` would overwrite the article: a usage error, found by inode."""
    import os

    try:
        target = os.stat(output)
    except OSError:
        return  # not there yet, so not an input
    for task in tasks:
        if task.input.is_stdin or task.input.error:
            continue
        try:
            same = os.path.samestat(os.stat(task.input.path), target)
        except OSError:
            continue
        if same:
            from factcheck.read.inputs import display_name

            raise UsageFailure(
                f"--output {display_name(str(output))} is one of the files to check "
                f"({display_name(task.input.path)}); write the report somewhere else"
            )


def _check_kinds(settings: Any) -> None:
    """A misspelt kind in skip-kinds would silently skip nothing: refuse it."""
    from factcheck.kinds.registry import ORDER

    known = sorted(kind.NAME for kind in ORDER)
    given = [(settings["skip-kinds"], settings.settings["skip-kinds"].origin)]
    given += [(r.values.get("skip-kinds", ()), r.origin) for r in settings.per_file]
    for kinds, origin in given:
        for kind in kinds:
            if kind not in known:
                raise UsageFailure(
                    f"unknown claim kind {kind!r} in skip-kinds ({origin}); "
                    f"known: {', '.join(known)}"
                )


def _tasks(paths: list[str], settings: Any, stdin_filename: str | None, diff: str | None) -> list:
    from factcheck.batch import Task
    from factcheck.read.inputs import collect_inputs

    inputs = collect_inputs(paths, settings["include"], settings["exclude"])
    changed: dict[str, Any] = {}
    if diff is not None:
        from factcheck.gitdiff import ChangedLines, GitError, changed_lines

        files = [i.path for i in inputs if not i.is_stdin and i.error is None]
        try:
            changed = changed_lines(files, diff)
        except GitError as exc:
            raise UsageFailure(str(exc)) from None
        changed["-"] = ChangedLines(error="--diff cannot apply to standard input")
    tasks = []
    for item in inputs:
        name = (stdin_filename or "-") if item.is_stdin else item.path
        file_settings = settings.file_settings(name)
        # One byte over the cap is enough for the reader to refuse it.
        data = sys.stdin.buffer.read(file_settings.max_bytes + 1) if item.is_stdin else None
        tasks.append(
            Task(
                input=item,
                settings=file_settings,
                data=data,
                display_path=name,
                changed=changed.get(item.path),
            )
        )
    return tasks


def _load_references(tasks: list, settings: Any) -> dict:
    """Every reference the batch needs, loaded (and so validated) before any check starts."""
    from factcheck.reference.load import ReferenceDataError, load_reference

    top = tuple(settings["reference"])
    references = {}
    for paths in dict.fromkeys([top] + [t.settings.reference for t in tasks]):
        try:
            references[paths] = load_reference(paths)
        except ReferenceDataError as exc:
            raise UsageFailure(str(exc)) from None
        except OSError as exc:
            raise UsageFailure(f"reference: {exc}") from None
    return references


def _apply_baseline(
    location: Path, reports: list, write: bool, settings: Any, notes: list[str]
) -> None:
    from factcheck.baseline import WRITTEN_VERDICTS, Baseline, BaselineError
    from factcheck.config import FAIL_ON_VERDICTS

    try:
        known = Baseline.load(location) if (location.exists() or not write) else Baseline(location)
    except BaselineError as exc:
        raise UsageFailure(str(exc)) from None
    if write:
        verdicts = WRITTEN_VERDICTS | FAIL_ON_VERDICTS[settings["fail-on"]]
        written = known.rewrite(reports, verdicts)
        try:
            known.save()
        except OSError as exc:
            raise UsageFailure(f"{location}: cannot write: {exc.strerror or exc}") from None
        plural = "" if written == 1 else "s"
        notes.append(f"wrote {written} claim{plural} to {location}")
    known.mark(reports)


def _exit_status(reports: list, fail_on: list[str], exit_zero: bool) -> ExitStatus:
    from factcheck.config import FAIL_ON_VERDICTS

    if any(r.error for r in reports):
        return ExitStatus.ERROR
    if exit_zero:
        return ExitStatus.OK
    for report, level in zip(reports, fail_on, strict=True):
        verdicts = FAIL_ON_VERDICTS[level]
        if any(
            f.verdict in verdicts and not f.suppressed and not f.baselined for f in report.findings
        ):
            return ExitStatus.FINDINGS
    return ExitStatus.OK
