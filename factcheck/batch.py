"""Checking many files: in worker processes when there are several, results in input order.

Each worker loads the reference once (from its cache) in its initializer. A file that
cannot be read, or whose check fails unexpectedly, becomes a FileReport with `error`
set; the batch always goes on to the next file.
"""

from __future__ import annotations

import os
import signal
import sys
from collections.abc import Callable, Generator, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from factcheck.config import FileSettings
from factcheck.exitcodes import Terminated
from factcheck.pipeline import FileReport, check_document
from factcheck.read.document import Document, DocumentError, read_document
from factcheck.read.inputs import InputFile, display_name
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
    paths: Sequence[tuple[str, ...]],
    loader: Callable[[tuple[str, ...]], Reference] | None,
    parent: int,
) -> None:
    global _loader
    # Ctrl-C goes to the whole process group: the main process handles it alone.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    # The parent's SIGTERM handler (inherited by fork) raises; here SIGTERM just ends it.
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    if hasattr(signal, "pthread_sigmask"):
        signal.pthread_sigmask(signal.SIG_UNBLOCK, _HELD)
    _die_with_parent(parent)
    # A forked worker already holds the references the main process loaded (and checked):
    # it keeps them rather than reading them again; a spawned one loads them here.
    _loader = loader
    for p in paths:
        reference_for(p)


_HELD = {signal.SIGINT, signal.SIGTERM}


def _hold_signals() -> set[int] | None:
    if not hasattr(signal, "pthread_sigmask"):
        return None
    return signal.pthread_sigmask(signal.SIG_BLOCK, _HELD)


def _restore_mask(previous: set[int] | None) -> None:
    if previous is not None:
        signal.pthread_sigmask(signal.SIG_SETMASK, previous)


_PR_SET_PDEATHSIG = 1  # from <linux/prctl.h>


def _die_with_parent(parent: int) -> None:
    """Have this worker killed when its parent dies, however it dies (even by SIGKILL).

    Otherwise orphaned workers run on under PID 1, holding the terminal's stdout.
    """
    if sys.platform.startswith("linux"):
        try:
            import ctypes

            libc = ctypes.CDLL(None, use_errno=True)
            if libc.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0) == 0:
                if os.getppid() != parent:  # it died before the call: end as if it came after
                    os.kill(os.getpid(), signal.SIGKILL)
                return
        except (OSError, AttributeError):
            pass
    import threading

    threading.Thread(target=_watch_parent, args=(parent,), daemon=True).start()


def _watch_parent(parent: int) -> None:
    """Where prctl is missing: poll for the parent's death, then leave at once."""
    import time

    while os.getppid() == parent:
        time.sleep(0.5)
    os._exit(1)


# --- one file -----------------------------------------------------------------------
def check_task(task: Task) -> Outcome:
    """Check one file; never raises for a bad file or a failing check."""
    # A name with bytes that are not UTF-8 is shown escaped: no report writer can fail on it.
    path = display_name(task.display_path or task.input.path)
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
            max_bytes=settings.max_bytes,
        )
    except DocumentError as exc:
        return Outcome(FileReport(path=path, error=exc.message))
    except Exception as exc:  # a bug in reading one file must not stop the batch either
        message = f"internal error while reading: {type(exc).__name__}: {exc}"
        return Outcome(FileReport(path=path, error=" ".join(message.split())))
    try:
        report = check_document(document, reference_for(settings.reference), settings.tolerances)
    except Exception as exc:  # a bug in one article's check must not stop the batch
        message = f"internal error while checking: {type(exc).__name__}: {exc}"
        return Outcome(FileReport(path=path, error=message, warnings=document.warnings), document)
    if settings.skip_kinds:
        report.findings = [f for f in report.findings if f.claim.kind not in settings.skip_kinds]
    if task.changed is not None:
        report.findings = [f for f in report.findings if f.line in task.changed]
        report.unused_suppressions = [
            u for u in report.unused_suppressions if u.line in task.changed
        ]
    return Outcome(report, document)


# --- many files ---------------------------------------------------------------------
def default_jobs() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def _serial(tasks: Sequence[Task]) -> Generator[Outcome, None, None]:
    for task in tasks:
        yield check_task(task)


def check_chunk(tasks: Sequence[Task]) -> list[Outcome]:
    return [check_task(t) for t in tasks]


def chunk_size(files: int, jobs: int) -> int:
    """Files per task sent to a worker.

    Small enough that the workers finish together (the last chunk is the only one a
    worker may wait alone for: at most 8 files, well under a second) and that results
    reach the report steadily; large enough that the round trip per chunk (about a
    millisecond) stays under 1% of checking it.
    """
    return max(1, min(8, files // (jobs * 16)))


WORKER_DIED = "not checked: the worker process checking this file died (out of memory, or killed)"


def _pooled(
    tasks: Sequence[Task],
    jobs: int,
    loader: Callable[[tuple[str, ...]], Reference] | None,
) -> Generator[Outcome, None, None]:
    # Imported here: multiprocessing costs start-up time a single draft never needs.
    from collections import deque
    from concurrent.futures.process import BrokenProcessPool

    reference_sets = list(dict.fromkeys(t.settings.reference for t in tasks))
    size = chunk_size(len(tasks), jobs)
    chunks = (tasks[i : i + size] for i in range(0, len(tasks), size))
    # A bounded window of chunks in flight, topped up as the oldest is taken: the workers
    # keep busy while the report is written, but results never pile up faster than the
    # report takes them (a slow reader, or one huge article holding up the ones after).
    window = 8 * jobs
    pending: deque = deque()
    executor = _new_pool(jobs, reference_sets, loader)
    try:
        _top_up(executor, pending, chunks, window)
        while pending:
            future, chunk = pending.popleft()
            try:
                outcomes = future.result()
            except BrokenProcessPool:
                # A worker died (the kernel's OOM killer, a signal): the pool and every
                # chunk in flight go with it. Those files are checked again, each alone in
                # a worker of its own, so only the file that kills a worker is lost; then
                # the batch goes on in a new pool.
                lost = [chunk, *(c for _, c in pending)]
                pending.clear()
                _stop(executor)
                for task in (t for c in lost for t in c):
                    yield _alone(task, reference_sets, loader)
                executor = _new_pool(jobs, reference_sets, loader)
                _top_up(executor, pending, chunks, window)
                continue
            if len(pending) < window:
                _top_up(executor, pending, chunks, len(pending) + 1)
            yield from outcomes
    except BaseException:  # also GeneratorExit: the caller stopped reading
        _stop(executor)
        raise
    executor.shutdown()


def _new_pool(jobs: int, reference_sets: list, loader):
    from concurrent.futures import ProcessPoolExecutor

    return ProcessPoolExecutor(
        max_workers=jobs,
        initializer=_init_worker,
        initargs=(reference_sets, loader, os.getpid()),
    )


def _top_up(executor, pending, chunks, window: int) -> None:
    """Submit chunks until `window` are in flight.

    Chunks, not executor.map: on Ctrl-C map cancels its futures, and cancelled futures in
    a pool then terminated make 3.11's manager thread print a traceback. Workers are
    forked by a submit with SIGINT and SIGTERM held: a child must not run the parent's
    raising handlers before _init_worker resets them, and in the parent a
    KeyboardInterrupt raised inside a fork hook is printed and then lost. A signal that
    came meanwhile is delivered when the mask is restored.
    """
    from concurrent.futures import Future
    from concurrent.futures.process import BrokenProcessPool

    held = _hold_signals()
    try:
        while len(pending) < window:
            chunk = next(chunks, None)
            if chunk is None:
                return
            try:
                future = executor.submit(check_chunk, chunk)
            except BrokenProcessPool as exc:
                # A worker died while an earlier chunk's result was being taken: the chunk
                # waits as a failed future, and is checked again with the others in flight
                # when the loop reaches the pool's failure (see `_pooled`).
                future = Future()
                future.set_exception(exc)
                pending.append((future, chunk))
                return
            pending.append((future, chunk))
    finally:
        _restore_mask(held)


def _stop(executor) -> None:
    for process in list((getattr(executor, "_processes", None) or {}).values()):
        process.terminate()
    # Waiting is quick once the workers are gone, and leaves nothing for exit to race.
    executor.shutdown(wait=True)


def _alone(task: Task, reference_sets: list, loader) -> Outcome:
    """Check one file in a worker of its own: its error if that worker dies too."""
    from concurrent.futures.process import BrokenProcessPool

    executor = _new_pool(1, reference_sets, loader)
    held = _hold_signals()
    try:
        future = executor.submit(check_chunk, [task])
    finally:
        _restore_mask(held)
    try:
        return future.result()[0]
    except BrokenProcessPool:
        path = display_name(task.display_path or task.input.path)
        return Outcome(FileReport(path=path, error=WORKER_DIED))
    finally:
        _stop(executor)


def iter_batch(
    tasks: Sequence[Task],
    *,
    jobs: int | None = None,
    progress: bool = False,
    loader: Callable[[tuple[str, ...]], Reference] | None = None,
) -> Generator[Outcome, None, None]:
    """Check every task, in worker processes when there are enough; outcomes in input order.

    Each outcome comes as soon as it and those before it are done, and only a few
    chunks' worth are ever held. `loader` (picklable) loads a reference in a worker.
    Ctrl-C or Terminated propagate; closing the generator stops the workers.
    """
    jobs = max(1, jobs or default_jobs())
    jobs = min(jobs, len(tasks)) if tasks else 1
    if jobs > 1 and len(tasks) >= POOL_MIN_FILES:
        outcomes = _pooled(tasks, jobs, loader)
    else:
        outcomes = _serial(tasks)
    if progress and len(tasks) >= PROGRESS_MIN_FILES:
        return _with_progress(outcomes, len(tasks))
    return outcomes


NOT_CHECKED = "not checked: the run was interrupted"


class BatchInterrupted(KeyboardInterrupt):
    """A batch stopped by Ctrl-C or SIGTERM; `outcomes` covers every task, in order.

    Files finished before the signal have their results; the rest have NOT_CHECKED as
    their error, so any report written from them says it is incomplete.
    """

    def __init__(self, outcomes: list[Outcome], finished: int, signum: int) -> None:
        super().__init__(f"interrupted after {finished} of {len(outcomes)} files")
        self.outcomes, self.finished, self.signum = outcomes, finished, signum


def not_checked(task: Task) -> Outcome:
    """The outcome of a file the run was interrupted before checking."""
    path = display_name(task.display_path or task.input.path)
    return Outcome(FileReport(path=path, error=NOT_CHECKED))


def signal_number(interruption: BaseException) -> int:
    """SIGTERM for Terminated, SIGINT for Ctrl-C."""
    return signal.SIGTERM if isinstance(interruption, Terminated) else signal.SIGINT


def run_batch(
    tasks: Sequence[Task],
    *,
    jobs: int | None = None,
    progress: bool = False,
    loader: Callable[[tuple[str, ...]], Reference] | None = None,
) -> list[Outcome]:
    """Every outcome of `iter_batch`, as a list.

    Raises BatchInterrupted, holding what was finished, on Ctrl-C or Terminated.
    """
    outcomes = iter_batch(tasks, jobs=jobs, progress=progress, loader=loader)
    done: list[Outcome] = []
    try:
        for outcome in outcomes:
            done.append(outcome)
    except (KeyboardInterrupt, Terminated) as exc:
        # Stop the workers now (the generator's cleanup), then hand back what is done.
        outcomes.close()
        rest = [not_checked(t) for t in tasks[len(done) :]]
        raise BatchInterrupted(done + rest, len(done), signal_number(exc)) from None
    finally:
        outcomes.close()
    return done


def _with_progress(
    outcomes: Generator[Outcome, None, None], total: int
) -> Generator[Outcome, None, None]:
    from rich.console import Console
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        Progress,
        TextColumn,
        TimeRemainingColumn,
    )

    console = Console(file=sys.stderr, highlight=False)
    # The pool is started by the first next(): before the progress thread exists, so
    # that workers are never forked from a process with threads.
    first = next(outcomes, None)
    if first is None:
        return
    columns = (
        TextColumn("checking"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeRemainingColumn(),
    )
    # The report is written to standard output while the bar runs: Rich must not
    # redirect it (it would send it to the bar's stream, standard error).
    try:
        with Progress(
            *columns,
            console=console,
            transient=True,
            redirect_stdout=False,
            redirect_stderr=False,
        ) as bar:
            task = bar.add_task("checking", total=total, completed=1)
            yield first
            for outcome in outcomes:
                bar.advance(task)
                yield outcome
    finally:
        outcomes.close()  # a reader that stops early stops the workers now, not at exit
