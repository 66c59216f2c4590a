"""Checking many files: in worker processes when there are several, results in input order.

Each worker loads the reference once (from its cache) in its initializer. A file that
cannot be read, or whose check fails unexpectedly, becomes a FileReport with `error`
set; the batch always goes on to the next file.
"""

from __future__ import annotations

import os
import signal
import sys
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from factcheck.config import FileSettings
from factcheck.pipeline import FileReport, check_document
from factcheck.read.document import Document, DocumentError, read_document
from factcheck.read.inputs import InputFile
from factcheck.reference.index import Reference

if TYPE_CHECKING:  # --diff only: not imported on the common path
    from factcheck.gitdiff import ChangedLines

PROGRESS_MIN_FILES = 20
# Below this many files a pool costs more than it saves: each worker loads the
# reference (about 0.2 s from the cache) and an article takes about 0.05 s.
POOL_MIN_FILES = 8


@dataclass(frozen=True)
class Task:
    """One file to check, with everything a worker needs to check it."""

    input: InputFile
    settings: FileSettings
    data: bytes | None = None  # standard input, read by the main process
    display_path: str | None = None  # --stdin-filename
    changed: ChangedLines | None = None  # --diff: report only claims on these lines


@dataclass
class Outcome:
    report: FileReport
    document: Document | None = None


# --- references, one per set of extra paths, loaded once per process ---------------
_references: dict[tuple[str, ...], Reference] = {}
_loader: Callable[[tuple[str, ...]], Reference] | None = None


def default_loader(paths: tuple[str, ...]) -> Reference:
    from factcheck.reference.load import load_reference

    return load_reference(paths)


def reference_for(paths: tuple[str, ...]) -> Reference:
    if paths not in _references:
        _references[paths] = (_loader or default_loader)(paths)
    return _references[paths]


def install_references(
    references: dict[tuple[str, ...], Reference] | None,
    loader: Callable[[tuple[str, ...]], Reference] | None = None,
) -> None:
    """Start a process's reference cache: already-loaded references and how to load others."""
    global _loader
    _references.clear()
    _references.update(references or {})
    _loader = loader


def _init_worker(
    paths: Sequence[tuple[str, ...]], loader: Callable[[tuple[str, ...]], Reference] | None
) -> None:
    # Ctrl-C goes to the whole process group: the main process handles it alone.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    install_references(None, loader)
    for p in paths:
        reference_for(p)


# --- one file -----------------------------------------------------------------------
def check_task(task: Task) -> Outcome:
    """Check one file; never raises for a bad file or a failing check."""
    path = task.display_path or task.input.path
    if task.input.error:
        return Outcome(FileReport(path=path, error=task.input.error))
    if task.changed is not None and task.changed.error:
        return Outcome(FileReport(path=path, error=task.changed.error))
    settings = task.settings
    try:
        document = read_document(
            task.input.path,
            date=settings.date_override,
            data=task.data,
            display_path=path,
            default_date=settings.default_date,
        )
    except DocumentError as exc:
        return Outcome(FileReport(path=path, error=exc.message))
    try:
        report = check_document(document, reference_for(settings.reference), settings.tolerances)
    except Exception as exc:  # a bug in one article's check must not stop the batch
        message = f"internal error while checking: {type(exc).__name__}: {exc}"
        return Outcome(FileReport(path=path, error=message, warnings=document.warnings), document)
    if settings.skip_kinds:
        report.findings = [f for f in report.findings if f.claim.kind not in settings.skip_kinds]
    if task.changed is not None:
        report.findings = [f for f in report.findings if f.line in task.changed]
    return Outcome(report, document)


# --- many files ---------------------------------------------------------------------
def default_jobs() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def _serial(tasks: Sequence[Task]) -> Iterator[Outcome]:
    for task in tasks:
        yield check_task(task)


def check_chunk(tasks: Sequence[Task]) -> list[Outcome]:
    return [check_task(t) for t in tasks]


def _pooled(
    tasks: Sequence[Task],
    jobs: int,
    loader: Callable[[tuple[str, ...]], Reference] | None,
) -> Iterator[Outcome]:
    # Imported here: multiprocessing costs start-up time a single draft never needs.
    from concurrent.futures import ProcessPoolExecutor

    reference_sets = list(dict.fromkeys(t.settings.reference for t in tasks))
    executor = ProcessPoolExecutor(
        max_workers=jobs, initializer=_init_worker, initargs=(reference_sets, loader)
    )
    size = max(1, min(32, len(tasks) // (jobs * 8)))
    try:
        # Chunks, not executor.map: on Ctrl-C map cancels its futures, and cancelled
        # futures in a pool then terminated make 3.11's manager thread print a traceback.
        futures = [
            executor.submit(check_chunk, tasks[i : i + size]) for i in range(0, len(tasks), size)
        ]
        for future in futures:
            yield from future.result()
    except BaseException:
        for process in list((getattr(executor, "_processes", None) or {}).values()):
            process.terminate()
        # Waiting is quick once the workers are gone, and leaves nothing for exit to race.
        executor.shutdown(wait=True)
        raise
    executor.shutdown()


def run_batch(
    tasks: Sequence[Task],
    *,
    jobs: int | None = None,
    progress: bool = False,
    loader: Callable[[tuple[str, ...]], Reference] | None = None,
) -> list[Outcome]:
    """Check every task, in worker processes when there are enough; outcomes in input order.

    `loader` (picklable) loads a reference in a worker; the default reads the cache.
    """
    jobs = max(1, jobs or default_jobs())
    jobs = min(jobs, len(tasks)) if tasks else 1
    if jobs > 1 and len(tasks) >= POOL_MIN_FILES:
        outcomes = _pooled(tasks, jobs, loader)
    else:
        outcomes = _serial(tasks)
    if not (progress and len(tasks) >= PROGRESS_MIN_FILES):
        return list(outcomes)
    return _with_progress(outcomes, len(tasks))


def _with_progress(outcomes: Iterator[Outcome], total: int) -> list[Outcome]:
    from rich.console import Console
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        Progress,
        TextColumn,
        TimeRemainingColumn,
    )

    console = Console(file=sys.stderr, highlight=False)
    results: list[Outcome] = []
    # The pool is started by the first next(): before the progress thread exists, so
    # that workers are never forked from a process with threads.
    first = next(outcomes, None)
    if first is None:
        return results
    results.append(first)
    columns = (
        TextColumn("checking"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeRemainingColumn(),
    )
    with Progress(*columns, console=console, transient=True) as bar:
        task = bar.add_task("checking", total=total, completed=1)
        for outcome in outcomes:
            results.append(outcome)
            bar.advance(task)
    return results
