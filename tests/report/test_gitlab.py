"""`--format gitlab`: GitLab Code Quality issues, checked against the documented format.

tests/data/gitlab-codequality.schema.json is written from GitLab's documented Code Quality
report format (https://docs.gitlab.com/ci/testing/code_quality/#code-quality-report-format).
"""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

import pytest

from factcheck.claims import UnusedSuppression, Verdict
from factcheck.pipeline import FileReport
from factcheck.read.document import document_from_text
from factcheck.report import gitlab

from .conftest import ARTICLE

jsonschema = pytest.importorskip(
    "jsonschema", reason="install the test extras: pip install -e '.[test]'"
)

SCHEMA = json.loads(
    (Path(__file__).parents[1] / "data" / "gitlab-codequality.schema.json").read_text()
)


def validate(report: list) -> None:
    validator = jsonschema.Draft7Validator(SCHEMA)
    errors = sorted(validator.iter_errors(report), key=lambda e: list(e.path))
    assert not errors, [f"{list(e.path)}: {e.message}" for e in errors]
    fingerprints = [issue["fingerprint"] for issue in report]
    assert len(fingerprints) == len(set(fingerprints)), "GitLab shows one issue a fingerprint"


def rendered(reports, documents=None, **kwargs) -> list:
    return json.loads(gitlab.render(reports, documents, **kwargs))


def test_validates_with_claims_errors_warnings_and_unused_suppressions(reports, documents):
    reports[0].unused_suppressions = [
        UnusedSuppression(3, 1, "factcheck: ignore", (), "'factcheck: ignore' has no claim", 40)
    ]
    broken = FileReport("gone.txt", error="gone.txt: cannot read", warnings=["odd"])
    issues = rendered([*reports, broken], documents)
    validate(issues)
    assert [i["check_name"] for i in issues] == [
        "FC004", "FC102", "FC103", "FC104", "FC001", "FC002",
    ]  # fmt: skip


def test_the_validator_does_catch_a_broken_report(reports, documents):
    issues = rendered(reports, documents)
    issues[0]["severity"] = "fatal"
    del issues[1]["location"]["lines"]
    with pytest.raises(AssertionError):
        validate(issues)


def test_only_problems_are_listed_by_default_and_suppressed_claims_never(reports, documents):
    issues = rendered(reports, documents)
    assert [(i["check_name"], i["severity"]) for i in issues] == [
        ("FC102", "major"),  # false
        ("FC103", "minor"),  # unverifiable
        ("FC104", "minor"),  # approximately true
    ]
    every = rendered(reports, documents, show=None)
    assert [i["check_name"] for i in every] == ["FC101", "FC102", "FC103", "FC104", "FC106"]
    assert every[0]["severity"] == "info"  # a true claim, listed when asked for
    assert "FC105" not in {i["check_name"] for i in every}  # the suppressed turnout claim


def test_an_issue_says_the_verdict_claim_official_figure_and_reason(reports, documents):
    (false,) = [i for i in rendered(reports, documents) if i["check_name"] == "FC102"]
    assert false["description"] == 'False: "2,417": official majority: 2,147'
    assert false["location"] == {"path": "drafts/copeland.txt", "lines": {"begin": 6}}


def test_fingerprints_survive_edits_elsewhere_and_do_not_depend_on_show(reports, documents):
    before = {i["check_name"]: i["fingerprint"] for i in rendered(reports, documents)}
    # Two lines added above the claims: every line number moves, no fingerprint does.
    added = "A new paragraph.\n\nAnother.\n\n"
    moved = ARTICLE.replace("\n\n", "\n\n" + added, 1)
    document = document_from_text(moved, path="drafts/copeland.txt")
    shifted = [
        dataclasses.replace(
            f,
            claim=dataclasses.replace(
                f.claim,
                start=f.claim.start + len(added),
                end=f.claim.end + len(added),
                sentence_start=f.claim.sentence_start + len(added),
                sentence_end=f.claim.sentence_end + len(added),
            ),
            line=f.line + 4,
        )
        for f in reports[0].findings
    ]
    after_issues = rendered([FileReport(reports[0].path, shifted)], {reports[0].path: document})
    after = {i["check_name"]: i["fingerprint"] for i in after_issues}
    assert after == before
    assert after_issues[0]["location"]["lines"]["begin"] == 10
    every = {i["check_name"]: i["fingerprint"] for i in rendered(reports, documents, show=None)}
    assert {k: every[k] for k in before} == before


def test_the_same_claim_twice_gets_two_fingerprints(reports, documents):
    twice = reports[0].findings[1]
    report = FileReport(reports[0].path, [twice, dataclasses.replace(twice)])
    issues = rendered([report], documents)
    assert len({i["fingerprint"] for i in issues}) == 2


def test_an_unreadable_file_says_why_on_its_first_line():
    (issue,) = rendered([FileReport("drafts/x.md", error="looks like a binary file")])
    assert issue["check_name"] == "FC001" and issue["severity"] == "critical"
    assert issue["description"] == "Not checked: looks like a binary file"
    assert issue["location"] == {"path": "drafts/x.md", "lines": {"begin": 1}}


def test_paths_are_relative_with_forward_slashes(tmp_path, monkeypatch, reports):
    monkeypatch.chdir(tmp_path)
    finding = dataclasses.replace(reports[0].findings[1], verdict=Verdict.FALSE)
    report = FileReport(str(tmp_path / "drafts" / "a.md"), [finding])
    (issue,) = rendered([report])
    assert issue["location"]["path"] == "drafts/a.md"
