"""Baselines: known claims are reported but do not fail; keyed on file, kind and text."""

from __future__ import annotations

import json
import os

import pytest

from factcheck.baseline import SCHEMA, WRITTEN_VERDICTS, Baseline, BaselineError
from factcheck.claims import Claim, Finding, Quantity, Verdict
from factcheck.pipeline import FileReport


def finding(text: str, verdict: Verdict, kind: str = "votes", line: int = 1) -> Finding:
    claim = Claim(kind, Quantity(1, text, "votes"), 0, len(text), text)
    return Finding(claim, verdict, reason="", line=line)


def report(path: str, *findings: Finding) -> FileReport:
    return FileReport(path=path, findings=list(findings))


def test_written_claims_are_matched_whatever_their_line(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    location = tmp_path / "baseline.json"
    baseline = Baseline(location)
    written = baseline.rewrite(
        [
            report(
                "drafts/a.md",
                finding("13,748 votes", Verdict.FALSE),
                finding("51%", Verdict.UNVERIFIABLE, kind="turnout"),
                finding("2,147", Verdict.TRUE, kind="majority"),
                finding("8 points", Verdict.APPROXIMATELY_TRUE, kind="share_change"),
            )
        ],
        WRITTEN_VERDICTS,
    )
    assert written == 2
    baseline.save()
    data = json.loads(location.read_text())
    assert data["schema"] == SCHEMA
    assert [(c["path"], c["kind"], c["text"], c["verdict"]) for c in data["claims"]] == [
        ("drafts/a.md", "turnout", "51%", "unverifiable"),
        ("drafts/a.md", "votes", "13,748 votes", "false"),
    ]

    later = report(
        "drafts/a.md",
        finding("13,748\n  votes", Verdict.FALSE, line=40),  # moved and re-wrapped
        finding("9,999 votes", Verdict.FALSE),
    )
    assert Baseline.load(location).mark([later]) == 1
    assert [f.baselined for f in later.findings] == [True, False]


def test_same_file_from_another_working_folder_matches(tmp_path, monkeypatch):
    (tmp_path / "drafts").mkdir()
    monkeypatch.chdir(tmp_path)
    location = tmp_path / "baseline.json"
    baseline = Baseline(location)
    baseline.rewrite([report("drafts/a.md", finding("12", Verdict.FALSE))], WRITTEN_VERDICTS)
    baseline.save()
    monkeypatch.chdir(tmp_path / "drafts")
    later = report("a.md", finding("12", Verdict.FALSE))
    assert Baseline.load(location).mark([later]) == 1


def test_counts_make_it_a_multiset(tmp_path):
    location = tmp_path / "baseline.json"
    baseline = Baseline(location)
    baseline.rewrite([report("a.md", finding("12", Verdict.FALSE))], WRITTEN_VERDICTS)
    twice = report("a.md", finding("12", Verdict.FALSE), finding("12", Verdict.FALSE))
    assert baseline.mark([twice]) == 1
    assert [f.baselined for f in twice.findings] == [True, False]


def test_kind_and_file_are_part_of_the_key(tmp_path):
    baseline = Baseline(tmp_path / "b.json")
    baseline.rewrite([report("a.md", finding("12", Verdict.FALSE))], WRITTEN_VERDICTS)
    other_kind = report("a.md", finding("12", Verdict.FALSE, kind="majority"))
    other_file = report("b.md", finding("12", Verdict.FALSE))
    assert baseline.mark([other_kind, other_file]) == 0


def test_suppressed_claims_are_neither_written_nor_marked(tmp_path):
    suppressed = finding("12", Verdict.FALSE)
    suppressed.suppressed = True
    baseline = Baseline(tmp_path / "b.json")
    assert baseline.rewrite([report("a.md", suppressed)], WRITTEN_VERDICTS) == 0


def test_rewrite_keeps_entries_for_files_not_checked(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    baseline = Baseline(tmp_path / "b.json")
    baseline.rewrite(
        [report("a.md", finding("1", Verdict.FALSE)), report("b.md", finding("2", Verdict.FALSE))],
        WRITTEN_VERDICTS,
    )
    baseline.rewrite([report("a.md")], WRITTEN_VERDICTS)
    assert [k.path for k in baseline.entries] == ["b.md"]


def test_paths_use_forward_slashes(tmp_path):
    baseline = Baseline(tmp_path / "b.json")
    key = baseline.path_key(str(tmp_path / "x" / "y.md"))
    assert key == "x/y.md"
    assert os.sep not in key or os.sep == "/"


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (None, "baseline file not found"),
        ("{not json", "not a JSON baseline file"),
        ('{"schema": "other"}', "not a baseline file"),
        ('{"schema": "factcheck-baseline/1", "claims": [{"path": "a"}]}', "claim 1 needs"),
    ],
)
def test_bad_baseline_is_a_clear_error(tmp_path, content, message):
    location = tmp_path / "b.json"
    if content is not None:
        location.write_text(content)
    with pytest.raises(BaselineError, match=message):
        Baseline.load(location)


def test_applied_one_report_at_a_time_it_rewrites_and_marks_as_the_whole_batch_would(
    tmp_path, monkeypatch
):
    from factcheck.baseline import BaselineRun

    monkeypatch.chdir(tmp_path)

    def batch():
        # The same text twice in a file, true then false: the true one is met first.
        twice = report(
            "a.md", finding("12 votes", Verdict.TRUE), finding("12 votes", Verdict.FALSE)
        )
        dropped = report("b.md", finding("7 votes", Verdict.TRUE))
        return [twice, dropped, report("c.md", finding("9 votes", Verdict.FALSE))]

    old = Baseline(tmp_path / "b.json")
    old.rewrite([report("b.md", finding("7 votes", Verdict.FALSE))], WRITTEN_VERDICTS)
    old.rewrite([report("z.md", finding("3 votes", Verdict.FALSE))], WRITTEN_VERDICTS)
    old.save()

    whole, reports = Baseline.load(old.location), batch()
    written = whole.rewrite(reports, WRITTEN_VERDICTS)
    whole.mark(reports)
    expected = ([f.baselined for r in reports for f in r.findings], whole.to_json(), written)

    streamed, reports = Baseline.load(old.location), batch()
    run = BaselineRun(streamed, WRITTEN_VERDICTS)
    for r in reports:
        run.apply(r)
    assert ([f.baselined for r in reports for f in r.findings], streamed.to_json()) == expected[:2]
    assert run.written == expected[2] == 2
    assert expected[0] == [True, False, False, True]  # the first "12 votes" takes the entry
    assert '"z.md"' in streamed.to_json() and '"b.md"' not in streamed.to_json()
