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


def test_output_naming_an_input_is_a_usage_error(folder):
    before = (folder / "true.txt").read_bytes()
    for output in ("true.txt", "./sub/../true.txt"):
        (folder / "sub").mkdir(exist_ok=True)
        with pytest.raises(UsageFailure, match=r"--output .* is one of the files to check"):
            check_paths(["."], jobs=1, output=folder / output)
    (folder / "link.json").symlink_to(folder / "true.txt")
    with pytest.raises(UsageFailure, match=r"\(true.txt\)"):
        check_paths(["true.txt"], jobs=1, output=folder / "link.json")
    assert (folder / "true.txt").read_bytes() == before
    # A new file, or one that is not checked, is fine.
    assert check_paths(["."], jobs=1, output=folder / "report.json").status == ExitStatus.FINDINGS
    (folder / "notes.rst").write_text("x")
    assert check_paths(["."], jobs=1, output=folder / "notes.rst").status == ExitStatus.FINDINGS


@pytest.mark.parametrize(
    ("error", "status"),
    [("KeyboardInterrupt", ExitStatus.INTERRUPTED), ("Terminated", ExitStatus.TERMINATED)],
)
def test_an_interrupted_run_returns_what_it_finished(folder, monkeypatch, error, status):
    import factcheck.batch
    from factcheck.batch import NOT_CHECKED
    from factcheck.exitcodes import Terminated

    raised = {"KeyboardInterrupt": KeyboardInterrupt, "Terminated": Terminated}[error]
    real = factcheck.batch.check_document

    def stop_at_true(document, *args, **kwargs):
        if document.path == "true.txt":
            raise raised()
        return real(document, *args, **kwargs)

    monkeypatch.setattr(factcheck.batch, "check_document", stop_at_true)
    result = check_paths(
        ["."], {"baseline": "base.json"}, jobs=1, write_baseline=True, exit_zero=True
    )
    assert result.status == status
    assert result.unfinished == 1
    assert [(r.path, r.error) for r in result.reports] == [
        ("false.txt", None),
        ("true.txt", NOT_CHECKED),
    ]
    assert len(result.reports[0].findings) == 2
    # A baseline written from half a batch would forget the other half.
    assert not (folder / "base.json").exists()
    assert result.warnings == ["base.json not written: the run was interrupted"]
