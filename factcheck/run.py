"""Checking paths as the `factcheck` command does: inputs, config, batch, baseline, fixes, exit.

The CLI parses arguments, calls `start_check` and writes each file's report as the run
yields it; scripts can do the same without a command line, or call `check_paths` for
every report at once.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Collection, Generator, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from factcheck.exitcodes import ExitStatus, Terminated

if TYPE_CHECKING:  # kept out of the import path: the CLI starts on every keystroke hook
    from factcheck.baseline import BaselineRun
    from factcheck.batch import Outcome, Task
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


def check_paths(paths: list[str], flags: dict[str, Any] | None = None, **options: Any) -> RunResult:
    """Check files, folders or - (stdin), each file with its nearest configuration.

    `options` are `start_check`'s keywords. Interrupted (Ctrl-C, or Terminated), it
    returns what it finished, the rest as not-checked errors, with status
    INTERRUPTED/TERMINATED. Every report and document is kept: for a large batch,
    iterate over `start_check`.
    """
    run = start_check(paths, flags, **options)
    reports = []
    documents = {}

    def keep(outcome: Outcome) -> None:
        reports.append(outcome.report)
        if outcome.document is not None:
            documents[outcome.report.path] = outcome.document

    run.each(keep)
    result = RunResult(reports, documents, run.status, run.settings, run.reference)
    result.warnings, result.unfinished = list(run.warnings), run.unfinished
    return result


class CheckRun:
    """A check under way: settings and reference known, results coming as it is iterated.

    Iterating yields each file's Outcome (report and document) in input order, with
    the baseline applied, as soon as it is done; only a few are held at a time. Once
    the iteration ends, `status` is the exit status and `warnings` holds every note.
    Iterate once. On Ctrl-C or Terminated the iteration raises; `interrupted` then
    stops the workers and gives the files not yet yielded as not checked. `each` does
    both: every file's outcome, whatever happens.
    """

    def __init__(
        self,
        settings: Config,
        reference: Reference | None,
        tasks: list,
        notes: _Notes,
        *,
        jobs: int | None,
        progress: bool,
        baseline: BaselineRun | None,
        exit_zero: bool,
        fixer: Callable[[Task, Outcome], object] | None = None,
    ) -> None:
        self.settings, self.reference, self.warnings = settings, reference, notes
        self.files = len(tasks)
        # Files left unchecked because the run was interrupted; 0 if none.
        self.unfinished = 0
        self._tasks, self._jobs, self._progress = tasks, jobs, progress
        self._baseline, self._exit_zero = baseline, exit_zero
        self._fixer = fixer
        self._status: ExitStatus | None = None
        self._yielded = 0
        self._iterator: Generator[Outcome, None, None] | None = None

    @property
    def status(self) -> ExitStatus:
        if self._status is None:
            raise RuntimeError("the exit status is known only once every file is checked")
        return self._status

    def __iter__(self) -> Iterator[Outcome]:
        self._iterator = self._checked()
        return self._iterator

    def each(self, take: Callable[[Outcome], object]) -> None:
        """Give `take` every file's outcome in order; if interrupted, the rest as not checked.

        The interruption may come while the batch works or while `take` does.
        """
        try:
            for outcome in self:
                take(outcome)
        except (KeyboardInterrupt, Terminated) as exc:
            for outcome in self.interrupted(exc):
                take(outcome)

    def interrupted(self, interruption: BaseException) -> list[Outcome]:
        """After Ctrl-C or Terminated: stop the workers; the files not yet yielded, unchecked.

        The status becomes INTERRUPTED or TERMINATED, and a baseline being written is
        left as it was (from part of a batch it would forget the files not checked).
        """
        import signal

        from factcheck.batch import not_checked, signal_number

        if self._iterator is not None:
            self._iterator.close()
        rest = [not_checked(task) for task in self._tasks[self._yielded :]]
        self._yielded = len(self._tasks)
        self.unfinished += len(rest)
        sigterm = signal_number(interruption) == signal.SIGTERM
        self._status = ExitStatus.TERMINATED if sigterm else ExitStatus.INTERRUPTED
        if self._baseline is not None and self._baseline.rewriting:
            location = self._baseline.baseline.location
            self.warnings.append(f"{location} not written: the run was interrupted")
            self._baseline = None
        return rest

    def _checked(self) -> Generator[Outcome, None, None]:
        from factcheck.batch import iter_batch
        from factcheck.config import FAIL_ON_VERDICTS

        tasks = self._tasks
        fail_on = [FAIL_ON_VERDICTS[t.settings.fail_on] for t in tasks]
        error = failing = False
        outcomes = iter_batch(tasks, jobs=self._jobs, progress=self._progress)
        try:
            for task, verdicts, outcome in zip(tasks, fail_on, outcomes, strict=True):
                report = outcome.report
                if self._baseline is not None:
                    self._baseline.apply(report)
                if self._fixer is not None:
                    self._fixer(task, outcome)
                error = error or report.error is not None
                # A claim fixed in the file no longer fails the run (ruff's --fix).
                failing = failing or any(
                    f.verdict in verdicts and not (f.suppressed or f.baselined or f.fixed)
                    for f in report.findings
                )
                self._yielded += 1
                yield outcome
        finally:
            outcomes.close()  # stops the workers when the reader stops early
        if self._baseline is not None and self._baseline.rewriting:
            _save_baseline(self._baseline, self.warnings)
        if error:
            self._status = ExitStatus.ERROR
        elif self._exit_zero:
            self._status = ExitStatus.OK
        else:
            self._status = ExitStatus.FINDINGS if failing else ExitStatus.OK


def start_check(
    paths: list[str],
    flags: dict[str, Any] | None = None,
    *,
    config_file: Path | None = None,
    use_files: bool = True,
    stdin_filename: str | None = None,
    changed_since: str | None = None,
    write_baseline: bool = False,
    exit_zero: bool = False,
    jobs: int | None = None,
    progress: bool = False,
    formats: Collection[str] | None = None,
    notify: Callable[[str], None] | None = None,
    output: Path | None = None,
    fixer: Callable[[Task, Outcome], object] | None = None,
    respect_gitignore: bool = True,
) -> CheckRun:
    """Everything `check_paths` does before the first file is checked; iterate for results.

    Raises UsageFailure for bad usage, here rather than part way through.

    `flags` are command-line settings keyed like the config file; `formats`,
    when given, are the report formats the caller can render; `notify` hears each note
    as it happens (they are also returned); `output`, the report's file, must not be an
    input; `fixer` sees each file's task and outcome before it counts (see
    `autofix.Fixer`); folders are walked leaving out what git ignores unless
    `respect_gitignore` is false.
    """
    from factcheck.config import ConfigError, ConfigFinder

    first = paths[0] if paths else None
    if first == "-" and stdin_filename:
        first = stdin_filename
    # Each file gets its nearest configuration; the run's own settings come from `settings`.
    configs = ConfigFinder(flags, config_file=config_file, use_files=use_files)
    try:
        settings = configs.for_run(first)
    except ConfigError as exc:
        raise UsageFailure(str(exc)) from None
    if not paths:
        raise UsageFailure("no paths given: name files or folders to check, or - for stdin")
    if formats is not None and settings["format"] not in formats:
        origin = settings.settings["format"].origin
        raise UsageFailure(
            f"unknown format {settings['format']!r} ({origin}); choose from {', '.join(formats)}"
        )
    if output is not None and formats is not None:
        _refuse_format_as_output(output, formats)
    _check_kinds(settings)
    if write_baseline and not settings["baseline"]:
        raise UsageFailure("--write-baseline needs --baseline FILE (or baseline = in the config)")
    if paths.count("-") > 1:
        raise UsageFailure("standard input (-) can be read only once")

    notes = _Notes(notify)
    try:
        tasks = _tasks(paths, configs, stdin_filename, changed_since, respect_gitignore)
    except ConfigError as exc:
        raise UsageFailure(str(exc)) from None
    for config in configs.loaded:
        _check_kinds(config)
    if output is not None:
        _refuse_input_as_output(output, tasks)
    if not tasks:
        notes.append(f"no files to check (looked for {' '.join(settings['include'])})")
    references = _load_references(tasks, settings)
    baseline = None
    if settings["baseline"]:
        baseline = _open_baseline(Path(settings["baseline"]), write_baseline, settings)

    from factcheck.batch import install_references

    install_references(references)
    reference = references[tuple(settings["reference"])]
    return CheckRun(
        settings,
        reference,
        tasks,
        notes,
        jobs=jobs,
        progress=progress,
        baseline=baseline,
        exit_zero=exit_zero or write_baseline,
        fixer=fixer,
    )


def _refuse_format_as_output(output: Path, formats: Collection[str]) -> None:
    """`--output=JSON` (Vale's habit) would write the default report to a file named JSON."""
    name = str(output)
    if output.suffix or output.name != name:
        return  # an extension or a folder: plainly a file
    wanted = {f.lower(): f for f in formats}.get(name.lower())
    if wanted is not None:
        raise UsageFailure(
            f"--output {name}: that is a format name; did you mean --format {wanted}? "
            "(--output takes a file: give it an extension, such as report.txt)"
        )


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


def _tasks(
    paths: list[str],
    configs: Any,
    stdin_filename: str | None,
    changed_since: str | None,
    respect_gitignore: bool = True,
) -> list:
    """One task per file, each with the settings of its own nearest configuration."""
    from factcheck.batch import Task
    from factcheck.read.inputs import collect_inputs

    def patterns(path: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
        # A folder named on the command line is walked with its own include and exclude.
        config = configs.for_path(path)
        return config["include"], config["exclude"]

    inputs = collect_inputs(paths, patterns=patterns, gitignore=respect_gitignore)
    changed: dict[str, Any] = {}
    if changed_since is not None:
        from factcheck.gitdiff import ChangedLines, GitError, changed_lines

        files = [i.path for i in inputs if not i.is_stdin and i.error is None]
        try:
            changed = changed_lines(files, changed_since)
        except GitError as exc:
            raise UsageFailure(str(exc)) from None
        changed["-"] = ChangedLines(error="--changed-since cannot apply to standard input")
    tasks = []
    for item in inputs:
        name = (stdin_filename or "-") if item.is_stdin else item.path
        file_settings = configs.for_path(name).file_settings(name)
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


def _open_baseline(location: Path, write: bool, settings: Any) -> BaselineRun:
    from factcheck.baseline import WRITTEN_VERDICTS, Baseline, BaselineError, BaselineRun
    from factcheck.config import FAIL_ON_VERDICTS

    try:
        known = Baseline.load(location) if (location.exists() or not write) else Baseline(location)
    except BaselineError as exc:
        raise UsageFailure(str(exc)) from None
    verdicts = WRITTEN_VERDICTS | FAIL_ON_VERDICTS[settings["fail-on"]] if write else None
    return BaselineRun(known, verdicts)


def _save_baseline(run: BaselineRun, notes: list[str]) -> None:
    location = run.baseline.location
    try:
        run.baseline.save()
    except OSError as exc:
        raise UsageFailure(f"{location}: cannot write: {exc.strerror or exc}") from None
    plural = "" if run.written == 1 else "s"
    notes.append(f"wrote {run.written} claim{plural} to {location}")
