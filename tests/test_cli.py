"""The check command in-process, with stand-in stages: exit statuses, gates, config, output."""

from __future__ import annotations

import json
import shutil
import subprocess

import pytest
from fake_pipeline import install_fake_pipeline

from factcheck.cli import run
from factcheck.report import FORMATS


@pytest.fixture
def fake_pipeline(monkeypatch):
    return install_fake_pipeline(monkeypatch)


@pytest.fixture
def articles(tmp_path, monkeypatch, fake_pipeline):
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("FACTCHECK_FORMAT", raising=False)
    (tmp_path / "true.txt").write_text("Won 1 true.\n")
    (tmp_path / "false.txt").write_text("Won 1 true and 2 false.\n")
    (tmp_path / "unverifiable.txt").write_text("Won 3 unverifiable.\n")
    (tmp_path / "approx.txt").write_text("Won 4 approx.\n")
    return tmp_path


def check(*args: str) -> int:
    return run(["--jobs", "1", *args])


def json_report(capsys) -> dict:
    return json.loads(capsys.readouterr().out)


@pytest.mark.parametrize(
    ("file", "fail_on", "status"),
    [
        ("true.txt", None, 0),
        ("false.txt", None, 1),
        ("unverifiable.txt", None, 0),
        ("unverifiable.txt", "unverifiable", 1),
        ("approx.txt", "unverifiable", 0),
        ("approx.txt", "approximately_true", 1),
        ("false.txt", "approximately_true", 1),
    ],
)
def test_fail_on_levels(articles, file, fail_on, status):
    args = ["-f", "json", file] + (["--fail-on", fail_on] if fail_on else [])
    assert check(*args) == status


def test_exit_zero_hides_findings_but_not_errors(articles):
    assert check("--exit-zero", "-f", "json", "false.txt") == 0
    assert check("--exit-zero", "-f", "json", "false.txt", "missing.txt") == 2


def test_unreadable_file_exits_2_but_every_other_file_is_reported(articles, capsys):
    (articles / "binary.txt").write_bytes(b"\x00\x01")
    assert check("-f", "json", ".") == 2
    report = json_report(capsys)
    files = {f["path"]: f for f in report["files"]}
    assert set(files) == {"approx.txt", "binary.txt", "false.txt", "true.txt", "unverifiable.txt"}
    assert files["binary.txt"]["error"] == "looks like a binary file, not an article"
    assert len(files["false.txt"]["claims"]) == 2


def test_suppressed_claims_do_not_fail(articles):
    (articles / "quoted.txt").write_text("<!-- factcheck: ignore -->\nHe said 2 false.\n")
    assert check("-f", "json", "quoted.txt") == 0


def test_skip_kinds_from_flag(articles, capsys):
    (articles / "kinds.txt").write_text("2 false:turnout and 1 true\n")
    assert check("-f", "json", "--skip-kind", "turnout", "kinds.txt") == 0
    assert [c["kind"] for c in json_report(capsys)["files"][0]["claims"]] == ["votes"]


def test_output_file_gets_the_report(articles, capsys):
    assert check("-f", "json", "-o", "out.json", "false.txt") == 1
    assert capsys.readouterr().out == ""
    assert json.loads((articles / "out.json").read_text())["summary"]["false"] == 1


def test_full_report_to_a_file_is_plain_text(articles):
    assert check("-o", "out.txt", "false.txt") == 1
    text = (articles / "out.txt").read_text()
    assert "false.txt" in text and "\x1b[" not in text


def test_stdin_with_a_name(articles, capsys, monkeypatch):
    import io
    import sys

    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b"<p>2 false</p>")))
    assert check("-f", "json", "--stdin-filename", "draft.html", "-") == 1
    (file,) = json_report(capsys)["files"]
    assert file["path"] == "draft.html"


def test_config_file_sets_the_gate_and_tolerances(articles, fake_pipeline, capsys):
    (articles / "pyproject.toml").write_text(
        '[tool.factcheck]\nfail-on = "unverifiable"\nformat = "json"\n'
        "[tool.factcheck.tolerances]\nabout_fraction = 0.25\n"
    )
    assert check("unverifiable.txt") == 1
    json_report(capsys)
    assert fake_pipeline.made[-1].tolerances.about_fraction == 0.25
    assert check("--fail-on", "false", "unverifiable.txt") == 0


def test_env_sets_the_format(articles, capsys, monkeypatch):
    monkeypatch.setenv("FACTCHECK_FORMAT", "json")
    check("true.txt")
    assert json_report(capsys)["schema"] == "factcheck/1"


def test_baseline_round_trip(articles, capsys):
    assert check("-f", "json", "--baseline", "b.json", "false.txt") == 2  # no file yet
    assert "baseline file not found" in capsys.readouterr().err
    assert check("-f", "json", "--baseline", "b.json", "--write-baseline", "false.txt") == 0
    assert "wrote 1 claim to b.json" in capsys.readouterr().err
    assert check("-f", "json", "--baseline", "b.json", "false.txt") == 0
    (articles / "false.txt").write_text("New para.\n\nWon 1 true and 2 false. Also 9 false.\n")
    assert check("-f", "json", "--baseline", "b.json", "false.txt") == 1


def test_write_baseline_needs_a_file(articles, capsys):
    assert check("--write-baseline", "false.txt") == 2
    assert "--write-baseline needs --baseline" in capsys.readouterr().err


@pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")
def test_changed_since_reports_only_changed_lines(articles, capsys):
    def git(*args):
        subprocess.run(
            ["git", "-c", "user.name=t", "-c", "user.email=t@example.com", *args],
            check=True,
            capture_output=True,
        )

    git("init", "-q")
    (articles / "a.txt").write_text("1 false\n2 true\n")
    git("add", "a.txt")
    git("commit", "-q", "-m", "x")
    (articles / "a.txt").write_text("1 false\n2 true\n3 false\n")
    assert check("-f", "json", "--changed-since", "HEAD", "a.txt") == 1
    claims = json_report(capsys)["files"][0]["claims"]
    assert [c["text"] for c in claims] == ["3 false"]
    (articles / "a.txt").write_text("1 false\n2 true\n")
    assert check("-f", "json", "--changed-since", "HEAD", "a.txt") == 0
    assert check("-f", "json", "--changed-since", "nope", "a.txt") == 2
    assert "unknown git revision 'nope'" in capsys.readouterr().err
    # `--diff REF` as typed before the rename: said, not read as a missing file.
    assert check("-f", "json", "--diff", "HEAD", "a.txt") == 2
    assert "use --changed-since HEAD" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--date", "24/02/2017", "true.txt"], "--date: not a date"),
        (["-f", "yaml", "true.txt"], "unknown format 'yaml' (flag)"),
        ([], "no paths given"),
        (["--fail-on", "sometimes", "true.txt"], "sometimes"),
        (["--no-such-flag", "true.txt"], "No such option"),
        (["-", "-"], "standard input (-) can be read only once"),
        (
            ["--skip-kind", "turnuot", "true.txt"],
            "unknown claim kind 'turnuot' in skip-kinds (flag)",
        ),
    ],
)
def test_usage_errors_exit_2_with_one_clear_message(articles, capsys, args, message):
    assert check(*args) == 2
    assert message in capsys.readouterr().err


def test_bad_config_exits_2(articles, capsys):
    (articles / "factcheck.toml").write_text('formt = "json"\n')
    assert check("true.txt") == 2
    err = capsys.readouterr().err
    assert "factcheck.toml:1: unknown key 'formt'" in err
    assert "Traceback" not in err


def test_unexpected_exception_is_one_line_and_exit_2(articles, capsys, monkeypatch):
    import factcheck.report

    def broken(*args, **kwargs):
        raise RuntimeError("renderer\nexploded")

    monkeypatch.setattr(factcheck.report, "writer", broken)
    assert check("-f", "json", "true.txt") == 2
    err = capsys.readouterr().err
    assert err == "factcheck: internal error: RuntimeError: renderer exploded\n"


def test_keyboard_interrupt_exits_130(articles, capsys, monkeypatch):
    import factcheck.batch

    def interrupted(*args, **kwargs):
        raise KeyboardInterrupt

    monkeypatch.setattr(factcheck.batch, "iter_batch", interrupted)
    assert check("true.txt") == 130
    assert "interrupted" in capsys.readouterr().err


def test_no_files_found_is_a_note_not_an_error(articles, capsys):
    (articles / "empty").mkdir()
    assert check("-f", "json", "empty") == 0
    captured = capsys.readouterr()
    assert "no files to check" in captured.err
    assert json.loads(captured.out)["summary"]["files"] == 0


def test_version_and_help(capsys):
    from factcheck import __version__

    assert run(["--version"]) == 0
    assert capsys.readouterr().out == f"factcheck {__version__}\n"
    assert run(["--help"]) == 0
    out = capsys.readouterr().out
    assert "Examples:" in out and "Exit status:" in out and "--fail-on" in out


def test_config_command_shows_origins(articles, capsys):
    (articles / "factcheck.toml").write_text('fail-on = "unverifiable"\n')
    assert run(["config", "--format", "json", "true.txt"]) == 0
    out = capsys.readouterr().out
    assert 'format = "json"' in out and "# flag" in out
    assert f"# file: {articles / 'factcheck.toml'}" in out


NOT_UTF8 = b"caf\xe9.txt"


@pytest.mark.parametrize("format_name", FORMATS)
@pytest.mark.parametrize("to_file", [True, False], ids=["output", "stdout"])
def test_a_file_name_that_is_not_utf8_is_written_escaped(articles, capsys, format_name, to_file):
    import os

    with open(os.path.join(os.fsencode(articles), NOT_UTF8), "wb") as fh:
        fh.write(b"Won 2 false.\n")
    args = ["-o", "report.out"] if to_file else []
    assert check("-f", format_name, *args, os.fsdecode(NOT_UTF8)) == 1
    captured = capsys.readouterr()
    text = (articles / "report.out").read_bytes().decode("utf-8") if to_file else captured.out
    # As the format writes a backslash; ClaimReview names no files.
    escaped = {"sarif": "caf%5Cxe9.txt", "json": "caf\\\\xe9.txt", "json-lines": "caf\\\\xe9.txt"}
    assert escaped.get(format_name, "caf\\xe9.txt") in text or format_name == "claimreview"
    assert "\udce9" not in text
    # With --output, stderr has the one-line summary and nothing else.
    summary = "factcheck: 1 file, 1 claim: 1 false; report in report.out\n"
    assert captured.err == (summary if to_file else "")


def test_output_naming_an_input_is_a_usage_error(articles, capsys):
    before = (articles / "false.txt").read_bytes()
    assert check("-f", "json", "-o", "false.txt", ".") == 2
    assert "--output false.txt is one of the files to check" in capsys.readouterr().err
    assert (articles / "false.txt").read_bytes() == before


def test_max_file_size_flag(articles, capsys):
    assert check("-f", "json", "--max-file-size", "10", "false.txt", "true.txt") == 2
    files = json_report(capsys)["files"]
    assert [f["error"] for f in files] == [
        "is 24 bytes, over the 10 bytes limit "
        "(raise it with --max-file-size or max-file-size in the configuration)",
        "is 12 bytes, over the 10 bytes limit "
        "(raise it with --max-file-size or max-file-size in the configuration)",
    ]
    assert check("-f", "json", "--max-file-size", "1K", "false.txt") == 1
    capsys.readouterr()
    assert check("--max-file-size", "lots", "false.txt") == 2
    assert "--max-file-size: not a size" in capsys.readouterr().err


def test_sigterm_while_checking_writes_what_finished_and_exits_143(articles, capsys, monkeypatch):
    import os
    import signal

    import factcheck.batch

    real = factcheck.batch.check_document

    def terminated_at_true(document, *args, **kwargs):
        if document.path == "true.txt":
            os.kill(os.getpid(), signal.SIGTERM)  # the handler raises before this returns
        return real(document, *args, **kwargs)

    monkeypatch.setattr(factcheck.batch, "check_document", terminated_at_true)
    before = signal.getsignal(signal.SIGTERM)
    assert check("-f", "json", "false.txt", "true.txt") == 143
    captured = capsys.readouterr()
    files = json.loads(captured.out)["files"]
    assert [(f["path"], f["error"]) for f in files] == [
        ("false.txt", None),
        ("true.txt", "not checked: the run was interrupted"),
    ]
    assert "the report is incomplete: 1 of 2 files were not checked" in captured.err
    assert signal.getsignal(signal.SIGTERM) == before  # the handler lives only while checking
