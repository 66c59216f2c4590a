"""Batches: results in input order, bad files reported, the same with one worker or several."""

from __future__ import annotations

import pytest
from fake_pipeline import install_fake_pipeline, load_empty_reference

from factcheck.batch import Task, check_task, install_references, run_batch
from factcheck.config import FileSettings
from factcheck.gitdiff import ChangedLines
from factcheck.read.inputs import InputFile

ARTICLE = "Labour won 13,748 votes in Copeland, a majority of 2,147.\n"


@pytest.fixture
def fake_pipeline(monkeypatch):
    return install_fake_pipeline(monkeypatch)


def tasks_for(tmp_path, count: int) -> list[Task]:
    tasks = []
    for i in range(count):
        path = tmp_path / f"{i:03d}.txt"
        if i % 5 == 3:
            path.write_bytes(b"\x00binary")
        else:
            path.write_text(ARTICLE * (1 + i % 3))
        tasks.append(Task(InputFile(str(path)), FileSettings()))
    missing = InputFile(str(tmp_path / "missing.txt"), "no such file or folder")
    tasks.append(Task(missing, FileSettings()))
    return tasks


def summary(outcomes):
    return [(o.report.path, o.report.error, len(o.report.findings)) for o in outcomes]


def test_pool_and_serial_give_the_same_results_in_input_order(tmp_path):
    install_references(None, load_empty_reference)
    tasks = tasks_for(tmp_path, 12)
    serial = run_batch(tasks, jobs=1, loader=load_empty_reference)
    pooled = run_batch(tasks, jobs=2, loader=load_empty_reference)
    assert summary(serial) == summary(pooled)
    assert [o.report.path for o in pooled] == [t.input.path for t in tasks]
    errors = [o.report.error for o in pooled]
    assert errors[3] == "looks like a binary file, not an article"
    assert errors[-1] == "no such file or folder"
    assert sum(e is None for e in errors) == 10
    assert all(o.document is not None for o in pooled if o.report.error is None)


def test_empty_batch():
    assert run_batch([], jobs=4) == []


def test_a_failing_check_is_an_error_for_that_file_only(tmp_path, monkeypatch):
    import factcheck.batch

    def broken(*args, **kwargs):
        raise ValueError("extractor fell over")

    install_references(None, load_empty_reference)
    monkeypatch.setattr(factcheck.batch, "check_document", broken)
    path = tmp_path / "a.txt"
    path.write_text(ARTICLE)
    outcome = check_task(Task(InputFile(str(path)), FileSettings()))
    assert outcome.report.error == "internal error while checking: ValueError: extractor fell over"


def test_skip_kinds_and_changed_lines_filter_findings(tmp_path, fake_pipeline):
    path = tmp_path / "a.txt"
    path.write_text("1 false\n2 false:turnout\n3 false\n")
    settings = FileSettings(skip_kinds=frozenset({"turnout"}))
    outcome = check_task(Task(InputFile(str(path)), settings))
    assert [f.claim.text for f in outcome.report.findings] == ["1 false", "3 false"]
    outcome = check_task(Task(InputFile(str(path)), FileSettings(), changed=ChangedLines({3})))
    assert [f.claim.text for f in outcome.report.findings] == ["3 false"]
    outcome = check_task(
        Task(InputFile(str(path)), FileSettings(), changed=ChangedLines(error="not in git"))
    )
    assert outcome.report.error == "not in git"


def test_tolerances_and_dates_reach_the_check(tmp_path, fake_pipeline):
    import datetime as dt

    from factcheck.judge.tolerances import Tolerances

    path = tmp_path / "a.txt"
    path.write_text("1 false\n")
    settings = FileSettings(
        tolerances=Tolerances(about_fraction=0.2), default_date=dt.date(2017, 2, 24)
    )
    check_task(Task(InputFile(str(path)), settings))
    (context,) = fake_pipeline.made
    assert context.tolerances.about_fraction == 0.2
    assert context.info.date == dt.date(2017, 2, 24)


def test_stdin_data_is_checked_under_its_display_name(fake_pipeline):
    task = Task(InputFile("-"), FileSettings(), data=b"1 false\n", display_path="draft.md")
    outcome = check_task(task)
    assert outcome.report.path == "draft.md"
    assert len(outcome.report.findings) == 1


def test_outcomes_come_one_at_a_time_as_files_are_checked(tmp_path, fake_pipeline):
    from factcheck.batch import iter_batch

    first, second = tmp_path / "1.txt", tmp_path / "2.txt"
    first.write_text("1 true\n")
    tasks = [Task(InputFile(str(p)), FileSettings()) for p in (first, second)]
    outcomes = iter_batch(tasks, jobs=1)
    assert next(outcomes).report.error is None
    # The second file is read only now: the first outcome did not wait for it.
    second.write_text("2 false\n")
    (last,) = list(outcomes)
    assert last.report.error is None and len(last.report.findings) == 1


def test_a_crash_while_reading_is_an_error_for_that_file_only(tmp_path, monkeypatch):
    import factcheck.batch

    def broken(*args, **kwargs):
        raise RecursionError("maximum recursion depth exceeded")

    monkeypatch.setattr(factcheck.batch, "read_document", broken)
    outcome = check_task(Task(InputFile(str(tmp_path / "a.html")), FileSettings()))
    assert outcome.report.error == (
        "internal error while reading: RecursionError: maximum recursion depth exceeded"
    )


def test_the_size_cap_reaches_the_reader(tmp_path, fake_pipeline):
    path = tmp_path / "a.txt"
    path.write_text("1 false\n" * 10)
    outcome = check_task(Task(InputFile(str(path)), FileSettings(max_bytes=40)))
    assert outcome.report.error.startswith("is 80 bytes, over the 40 bytes limit")


def test_a_name_that_is_not_utf8_is_reported_escaped(tmp_path, fake_pipeline):
    import os

    path = os.path.join(os.fsencode(tmp_path), b"caf\xe9.txt")
    with open(path, "wb") as fh:
        fh.write(b"1 false\n")
    outcome = check_task(Task(InputFile(os.fsdecode(path)), FileSettings()))
    assert outcome.report.path == f"{tmp_path}/caf\\xe9.txt"
    assert len(outcome.report.findings) == 1


@pytest.mark.parametrize("signal_error", ["KeyboardInterrupt", "Terminated"])
def test_an_interrupted_batch_hands_back_what_it_finished(tmp_path, monkeypatch, signal_error):
    import signal

    import factcheck.batch
    from factcheck.batch import NOT_CHECKED, BatchInterrupted
    from factcheck.exitcodes import Terminated

    error = {"KeyboardInterrupt": KeyboardInterrupt, "Terminated": Terminated}[signal_error]
    real = factcheck.batch.check_document
    calls = []

    def interrupted_on_the_third(document, *args, **kwargs):
        calls.append(document.path)
        if len(calls) == 3:
            raise error()
        return real(document, *args, **kwargs)

    install_references(None, load_empty_reference)
    monkeypatch.setattr(factcheck.batch, "check_document", interrupted_on_the_third)
    tasks = [t for t in tasks_for(tmp_path, 7) if t.input.error is None][:5]
    with pytest.raises(BatchInterrupted) as info:
        run_batch(tasks, jobs=1)
    stopped = info.value
    assert stopped.finished == 2
    assert stopped.signum == (signal.SIGINT if error is KeyboardInterrupt else signal.SIGTERM)
    assert [o.report.path for o in stopped.outcomes] == [t.input.path for t in tasks]
    assert [o.report.error for o in stopped.outcomes] == [None, None] + [NOT_CHECKED] * 3
    assert isinstance(stopped, KeyboardInterrupt)  # callers that know only Ctrl-C still stop


def _dies_on_boom(document, *args, **kwargs):
    """A check that kills its worker process outright on one file, as the OOM killer would."""
    import os
    import signal

    if document.path.endswith("boom.txt"):
        os.kill(os.getpid(), signal.SIGKILL)
    from factcheck.pipeline import FileReport

    return FileReport(path=document.path)


def test_a_worker_killed_mid_batch_costs_only_the_file_it_was_checking(tmp_path, monkeypatch):
    import factcheck.batch

    install_references(None, load_empty_reference)
    monkeypatch.setattr(factcheck.batch, "check_document", _dies_on_boom)
    names = [f"{i:03d}.txt" for i in range(30)]
    names[11] = "boom.txt"
    tasks = []
    for name in names:
        (tmp_path / name).write_text(ARTICLE)
        tasks.append(Task(InputFile(str(tmp_path / name)), FileSettings()))
    outcomes = run_batch(tasks, jobs=2, loader=load_empty_reference)
    assert [o.report.path for o in outcomes] == [t.input.path for t in tasks]
    errors = {o.report.path.rsplit("/", 1)[-1]: o.report.error for o in outcomes}
    assert errors.pop("boom.txt") == factcheck.batch.WORKER_DIED
    assert set(errors.values()) == {None}
