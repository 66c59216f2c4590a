"""`--show LEVEL`, and what the terminal report looks like in a pipe or a log.

In process with stand-in stages for the plumbing (which claims each format lists, the
config key, the summary on stderr); then the real command in a subprocess on the
sample draft, where the problems must come first and nothing is wrapped at 80 columns.
"""

from __future__ import annotations

import json
import re
import subprocess
from pathlib import Path

import pytest
from cli_process import run_factcheck
from fake_pipeline import install_fake_pipeline

from factcheck.cli import run

REPO = Path(__file__).resolve().parent.parent
SAMPLE = REPO / "claims" / "copeland-2017.md"


@pytest.fixture
def drafts(tmp_path, monkeypatch):
    install_fake_pipeline(monkeypatch)
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("FACTCHECK_FORMAT", raising=False)
    (tmp_path / "draft.txt").write_text("Won 1 true, 2 false, 3 unverifiable and 4 approx.\n")
    return tmp_path


def check(capsys, *args: str) -> tuple[int, str, str]:
    status = run(["--jobs", "1", *args, "draft.txt"])
    out, err = capsys.readouterr()
    return status, out, err


def headings(full_report: str) -> list[str]:
    """The verdict of each claim the full report lists, in order."""
    return re.findall(r"^  . (false|unverifiable|approximately true|true)  ", full_report, re.M)


def test_by_default_the_full_report_lists_the_problems_worst_first(drafts, capsys):
    _, out, _ = check(capsys)
    assert headings(out) == ["false", "unverifiable", "approximately true"]
    assert "  1 true claim not shown; --show all to list them" in out
    # ... and the summary still counts every claim.
    assert "draft.txt: 4 claims: 1 ✗ false, 1 ≈ approximately true, 1 ? unverifiable" in out


@pytest.mark.parametrize(
    "level, listed, folded",
    [
        ("false", ["false"], "1 unverifiable, 1 approximately true and 1 true claims not shown"),
        ("unverifiable", ["false", "unverifiable"], "1 approximately true and 1 true claims"),
        ("all", ["false", "unverifiable", "approximately true", "true"], None),
    ],
)
def test_show_levels(drafts, capsys, level, listed, folded):
    _, out, _ = check(capsys, "--show", level)
    assert headings(out) == listed
    if folded:
        assert folded in out
    else:
        assert "not shown" not in out


def test_show_in_the_config_file(drafts, capsys):
    (drafts / "factcheck.toml").write_text('show = "false"\n')
    _, out, _ = check(capsys)
    assert headings(out) == ["false"]
    _, out, _ = check(capsys, "--show", "all")  # the flag wins
    assert len(headings(out)) == 4


def test_a_bad_show_level_in_the_config_is_an_error_naming_the_line(drafts, capsys):
    (drafts / "factcheck.toml").write_text('fail-on = "false"\nshow = "everything"\n')
    status, _, err = check(capsys)
    assert status == 2
    assert "factcheck.toml:2: show must be one of false, unverifiable" in err


def test_json_lists_every_claim_unless_show_is_given_on_the_command_line(drafts, capsys):
    (drafts / "factcheck.toml").write_text('show = "false"\n')
    _, out, _ = check(capsys, "-f", "json")
    (file,) = json.loads(out)["files"]
    assert len(file["claims"]) == 4  # the config's level is for people, not programs
    _, out, _ = check(capsys, "-f", "json", "--show", "false")
    report = json.loads(out)
    assert [c["verdict"] for c in report["files"][0]["claims"]] == ["false"]
    assert report["summary"]["claims"] == 4  # the summary counts every claim


def test_json_lines_and_claimreview_likewise(drafts, capsys):
    _, out, _ = check(capsys, "-f", "json-lines")
    assert len(out.splitlines()) == 4
    _, out, _ = check(capsys, "-f", "json-lines", "--show", "unverifiable")
    assert sorted(json.loads(line)["verdict"] for line in out.splitlines()) == [
        "false",
        "unverifiable",
    ]


@pytest.mark.parametrize(
    "format_name, count_true",
    [
        ("concise", lambda out: out.count(" info FC101 true:")),
        ("github", lambda out: out.count("::notice ")),
        ("sarif", lambda out: sum(r["kind"] == "pass" for r in _results(out))),
        ("html", lambda out: out.count('<summary><span class="verdict v-true">')),
    ],
)
def test_true_claims_are_listed_only_with_show_all(drafts, capsys, format_name, count_true):
    _, out, _ = check(capsys, "-f", format_name)
    assert count_true(out) == 0
    _, out, _ = check(capsys, "-f", format_name, "--show", "all")
    assert count_true(out) == 1


def _results(sarif: str) -> list[dict]:
    return [{"kind": "fail", **r} for r in json.loads(sarif)["runs"][0]["results"]]


def test_sarif_results_are_the_shown_claims_with_levels_from_their_verdicts(drafts, capsys):
    _, out, _ = check(capsys, "-f", "sarif")
    levels = {r["properties"]["verdict"]: r["level"] for r in _results(out)}
    assert levels == {"false": "error", "unverifiable": "warning", "approximately_true": "note"}


def test_with_output_the_summary_line_still_goes_to_stderr(drafts, capsys):
    status, out, err = check(capsys, "-f", "sarif", "-o", "report.sarif")
    assert status == 1 and out == ""
    assert err == (
        "factcheck: 1 file, 4 claims: 1 false, 1 unverifiable, 1 approximately true, 1 true; "
        "report in report.sarif\n"
    )
    _, _, err = check(capsys, "-f", "sarif", "-o", "report.sarif", "-q")
    assert err == ""


def test_help_says_what_show_does_and_that_json_keeps_every_claim(capsys):
    run(["--help"])
    text = " ".join(capsys.readouterr().out.split())
    assert "--show" in text and "approximately_true" in text
    assert "json, json-lines and claimreview list every claim unless --show is given" in text


# --- the real command on the sample draft ------------------------------------------


def factcheck(*args: str, cwd: Path) -> subprocess.CompletedProcess:
    # A log's view: not a terminal, and Rich would otherwise take 80 columns from here.
    return run_factcheck("--no-config", *args, str(SAMPLE), cwd=cwd, columns=80)


def test_the_sample_draft_in_a_pipe(tmp_path):
    listed = json.loads(factcheck("-f", "json", cwd=tmp_path).stdout)["files"][0]["claims"]
    verdicts = [c["verdict"] for c in listed]
    assert "false" in verdicts and "true" in verdicts  # the sample has deliberate errors

    full = factcheck(cwd=tmp_path).stdout
    lines = full.splitlines()
    # The first false claim opens the report, just under the file's name.
    assert lines[2].startswith("  ✗ false  ")
    assert headings(full) == [v.replace("_", " ") for v in verdicts if v != "true"]
    assert f"{verdicts.count('true')} true claims not shown; --show all to list them" in full
    # Nothing is wrapped at 80 columns: each quote and source is whole on its line.
    assert max(len(line) for line in lines) > 80
    for claim in (c for c in listed if c["verdict"] == "false"):
        heading = next(i for i, line in enumerate(lines) if f":{claim['line']}:" in line)
        block = lines[heading : heading + 10]
        assert any(line.strip().startswith("official  ") for line in block)
        if claim["fix"]:
            assert f"fix       {claim['fix']['replacement']}" in "\n".join(block)

    github = factcheck("-f", "github", cwd=tmp_path).stdout
    assert "::notice" not in github
    assert github.count("::error ") == verdicts.count("false")

    sarif = json.loads(factcheck("-f", "sarif", cwd=tmp_path).stdout)
    results = sarif["runs"][0]["results"]
    assert len(results) == len(listed) - verdicts.count("true")
    fixed = [c for c in listed if c["verdict"] == "false" and c["fix"]]
    assert sum("fixes" in r for r in results) >= len(fixed) > 0
