"""Every suppression form through the real command: which claims it hides, and the unused ones.

The article is checked against the bundled reference in a subprocess, as a newsroom's CI
would run it; the assertions are on what is suppressed and reported, not on verdicts.
"""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest
from cli_process import run_factcheck

ARTICLE = """\
---
date: 2017-02-24
---
# Copeland by-election

Trudy Harrison polled 13,748 votes. Her majority was 2,417. <!-- factcheck: ignore FC102 -->

<!-- factcheck: ignore turnout -->
Turnout was 52.9%, and her majority was 2,417.

<!-- factcheck: ignore -->
Labour's Gillian Troughton took 11,061 votes.

Labour had held the seat since 1935. <!-- factcheck: ignore majority -->

<!-- factcheck: off share -- quoted from the leaflet -->
The Ukip share was 6.5%, and Labour polled 11,601 votes.
<!-- factcheck: on -->
"""


@pytest.fixture(scope="module")
def article(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("suppress")
    (folder / "copeland.md").write_text(ARTICLE, encoding="utf-8")
    return folder


def factcheck(*args: str, cwd: Path) -> subprocess.CompletedProcess:
    return run_factcheck(*args, cwd=cwd, columns=200)


@pytest.fixture(scope="module")
def report(article) -> dict:
    result = factcheck("--format", "json", "copeland.md", cwd=article)
    assert "Traceback" not in result.stderr, result.stderr
    return json.loads(result.stdout)


def suppressed(report: dict) -> dict[tuple[int, str], bool]:
    return {(c["line"], c["text"]): c["suppressed"] for c in report["files"][0]["claims"]}


def test_a_trailing_comment_naming_a_code_hides_that_claim_on_its_line_only(report):
    marks = suppressed(report)
    assert marks[(6, "2,417")] is True  # FC102, majority, before the comment
    assert marks[(6, "13,748 votes")] is False  # FC101 on the same line is not named


def test_a_leading_comment_naming_a_kind_hides_the_first_claim_of_it_on_the_next_line(report):
    marks = suppressed(report)
    assert marks[(9, "52.9%")] is True
    assert marks[(9, "2,417")] is False  # a majority: not named, so still reported


def test_the_bare_form_still_hides_the_next_claim(report):
    assert suppressed(report)[(12, "11,061 votes")] is True


def test_an_off_passage_naming_a_kind_hides_only_claims_of_that_kind(report):
    marks = suppressed(report)
    assert marks[(17, "6.5%")] is True
    assert marks[(17, "11,601 votes")] is False


def test_suppressed_claims_stay_listed_and_are_counted_apart(report):
    summary = report["summary"]
    assert summary["suppressed"] == 4
    assert summary["claims"] == len(report["files"][0]["claims"]) - 4


def test_the_comment_that_matched_nothing_is_counted_and_listed_with_its_line(report):
    assert report["summary"]["unused_suppressions"] == 1
    (unused,) = report["files"][0]["unused_suppressions"]
    assert unused["line"] == 14 and unused["column"] == 38
    assert unused["directive"] == "factcheck: ignore majority"
    assert unused["names"] == ["majority"]


def test_full_warns_of_the_unused_comment_and_counts_it(article):
    result = factcheck("--format", "full", "copeland.md", cwd=article)
    lines = result.stdout.splitlines()
    assert (
        "warning: line 14: unused suppression: 'factcheck: ignore majority' has no majority "
        "claim before it on this line"
    ) in lines
    assert any("4 suppressed, 1 unused suppression" in line for line in lines)


def test_an_unused_suppression_does_not_fail_the_run(tmp_path):
    (tmp_path / "a.md").write_text(
        "---\ndate: 2017-02-24\n---\nTrudy Harrison polled 13,748 votes in the Copeland "
        "by-election. <!-- factcheck: ignore FC102 -->\n",
        encoding="utf-8",
    )
    result = factcheck("--format", "concise", "a.md", cwd=tmp_path)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "a.md:4:" in result.stdout and " warning FC004 unused_suppression: " in result.stdout
