"""`check_paths`: the command's whole run as a library call, with stand-in stages."""

from __future__ import annotations

import pytest
from fake_pipeline import install_fake_pipeline

from factcheck import check_paths
from factcheck.exitcodes import ExitStatus
from factcheck.run import UsageFailure


@pytest.fixture
def folder(tmp_path, monkeypatch):
    install_fake_pipeline(monkeypatch)
    monkeypatch.chdir(tmp_path)
    (tmp_path / "true.txt").write_text("Won 1 true.\n")
    (tmp_path / "false.txt").write_text("Won 1 true and 2 false.\n")
    return tmp_path


def test_reports_documents_and_status_come_back_without_printing(folder, capsys):
    result = check_paths(["."], jobs=1)
    assert [r.path for r in result.reports] == ["false.txt", "true.txt"]
    assert set(result.documents) == {"false.txt", "true.txt"}
    assert result.status == ExitStatus.FINDINGS
    assert capsys.readouterr() == ("", "")


def test_exit_policy_and_notes(folder):
    assert check_paths(["true.txt"], jobs=1).status == ExitStatus.OK
    assert check_paths(["false.txt"], jobs=1, exit_zero=True).status == ExitStatus.OK
    heard: list[str] = []
    result = check_paths(["."], {"include": ("*.none",)}, jobs=1, notify=heard.append)
    assert result.warnings == heard == ["no files to check (looked for *.none)"]


def test_bad_usage_raises_rather_than_exits(folder):
    with pytest.raises(UsageFailure, match="no paths given"):
        check_paths([])
    with pytest.raises(UsageFailure, match="unknown format"):
        check_paths(["."], {"format": "pdf"}, formats=("json",))


def test_start_check_yields_each_file_and_lets_it_go(folder):
    import gc
    import weakref

    from factcheck.run import start_check

    for i in range(5):
        (folder / f"more-{i}.txt").write_text(f"Won {i} false.\n")
    run = start_check(["."], jobs=1)
    with pytest.raises(RuntimeError, match="once every file is checked"):
        _ = run.status
    assert run.files == 7
    earlier: list[weakref.ref] = []
    for outcome in run:
        earlier.append(weakref.ref(outcome.document))
        del outcome
        gc.collect()
        # Only the file in hand may be alive: nothing the run yielded is kept behind it.
        assert sum(ref() is not None for ref in earlier[:-1]) == 0
    assert len(earlier) == 7
    assert run.status == ExitStatus.FINDINGS


def test_pooled_run_holds_at_most_one_chunk_of_what_it_yielded(folder):
    import gc
    import weakref

    from factcheck.batch import chunk_size
    from factcheck.run import start_check

    for i in range(40):
        (folder / f"more-{i:02d}.txt").write_text(f"Won {i} true.\n")
    run = start_check(["."], jobs=2)
    alive = []
    refs: list[weakref.ref] = []
    for outcome in run:
        refs.append(weakref.ref(outcome.document))
        del outcome
        gc.collect()
        alive.append(sum(ref() is not None for ref in refs))
    assert len(refs) == 42
    assert max(alive) <= chunk_size(42, 2) < 42
    assert run.status == ExitStatus.FINDINGS
