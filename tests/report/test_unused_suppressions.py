"""Unused suppressions: a warning line each in `full`, counted in summaries, listed in JSON."""

from __future__ import annotations

import json

import pytest

from factcheck.claims import UnusedSuppression
from factcheck.report import concise, full
from factcheck.report import json as json_report

UNUSED = UnusedSuppression(
    line=7,
    column=1,
    directive="factcheck: ignore FC105",
    names=("FC105",),
    message="'factcheck: ignore FC105' has no FC105 claim after it on this line or the next",
)


@pytest.fixture
def with_unused(reports):
    reports[0].unused_suppressions = [UNUSED]
    return reports


def test_full_warns_once_per_unused_suppression_with_its_line(with_unused, documents):
    text = full.render_text(with_unused, None, documents)
    warnings = [line for line in text.splitlines() if line.startswith("warning:")]
    assert warnings == [
        "warning: line 7: unused suppression: 'factcheck: ignore FC105' has no FC105 claim "
        "after it on this line or the next"
    ]


def test_full_counts_unused_suppressions_in_the_file_and_overall_summaries(with_unused):
    text = full.render_text(with_unused, None)
    assert "drafts/copeland.txt: 5 claims: " in text
    summaries = [line for line in text.splitlines() if "unused suppression" in line]
    assert len(summaries) == 3  # the warning, the file's summary, the overall line
    assert summaries[1].endswith("(1 suppressed, 1 unused suppression)")
    assert summaries[2].startswith("Overall: 1 file, 5 claims")
    assert "(1 suppressed, 1 unused suppression)" in summaries[2]


def test_full_says_nothing_of_unused_suppressions_when_there_are_none(reports):
    assert "unused" not in full.render_text(reports, None)


def test_concise_gives_each_unused_suppression_a_line_at_its_own_position(with_unused):
    lines = concise.render(with_unused).splitlines()
    assert (
        "drafts/copeland.txt:7:1: warning FC004 unused_suppression: 'factcheck: ignore FC105' "
        "has no FC105 claim after it on this line or the next"
    ) in lines


def test_json_lists_them_per_file_and_counts_them_in_the_summary(with_unused):
    report = json.loads(json_report.render(with_unused, None))
    assert report["files"][0]["unused_suppressions"] == [
        {
            "line": 7,
            "column": 1,
            "directive": "factcheck: ignore FC105",
            "names": ["FC105"],
            "message": UNUSED.message,
        }
    ]
    assert report["summary"]["unused_suppressions"] == 1
    # Suppressed claims stay listed, marked as before.
    assert [c["suppressed"] for c in report["files"][0]["claims"]].count(True) == 1
