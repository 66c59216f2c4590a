"""`--format sarif`: valid SARIF 2.1.0 that GitHub code scanning accepts.

tests/data/sarif-schema-2.1.0.json is the OASIS SARIF 2.1.0 schema (errata 01), from
oasis-tcs/sarif-spec, Schemata/sarif-schema-2.1.0.json, unmodified.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from factcheck.pipeline import FileReport
from factcheck.read.document import document_from_text
from factcheck.report import sarif
from factcheck.report.concise import CODES

from .conftest import ARTICLE, finding_at

jsonschema = pytest.importorskip(
    "jsonschema", reason="install the test extras: pip install -e '.[test]'"
)

SCHEMA = json.loads((Path(__file__).parents[1] / "data" / "sarif-schema-2.1.0.json").read_text())


def validate(log: dict) -> None:
    validator = jsonschema.Draft4Validator(
        SCHEMA, format_checker=jsonschema.Draft4Validator.FORMAT_CHECKER
    )
    errors = sorted(validator.iter_errors(log), key=lambda e: list(e.path))
    assert not errors, [f"{list(e.path)}: {e.message}" for e in errors]


def rendered(reports, documents=None) -> dict:
    return json.loads(sarif.render(reports, None, documents))


def test_validates_against_the_sarif_schema(reports, documents):
    broken = FileReport("gone.txt", error="gone.txt: cannot read", warnings=["odd"])
    validate(rendered([*reports, broken], documents))
    validate(rendered(reports))


def test_the_validator_does_catch_a_broken_log(reports):
    log = rendered(reports)
    log["runs"][0]["results"][0]["level"] = "fatal"
    with pytest.raises(AssertionError):
        validate(log)


def test_driver_describes_the_tool_and_its_rules(reports, monkeypatch):
    monkeypatch.setattr(sarif, "information_uri", lambda: "https://example.org/factcheck")
    log = rendered(reports)
    validate(log)
    driver = log["runs"][0]["tool"]["driver"]
    from factcheck import __version__

    assert driver["name"] == "factcheck"
    assert driver["version"] == __version__
    assert driver["informationUri"] == "https://example.org/factcheck"
    ids = [rule["id"] for rule in driver["rules"]]
    assert set(ids) >= {c.code for c in CODES.values()} and len(ids) == len(set(ids))
    for rule in driver["rules"]:
        assert rule["shortDescription"]["text"] and rule["help"]["text"]


def test_results_point_at_the_claim(reports, documents):
    run = rendered(reports, documents)["runs"][0]
    rules = run["tool"]["driver"]["rules"]
    first = run["results"][0]
    assert first["ruleId"] == "FC101" and rules[first["ruleIndex"]]["id"] == "FC101"
    assert first["level"] == "none" and first["kind"] == "pass"
    location = first["locations"][0]["physicalLocation"]
    assert location["artifactLocation"]["uri"] == "drafts/copeland.txt"
    assert location["region"] == {
        "startLine": 6, "startColumn": 25, "endLine": 6, "endColumn": 37,
        "snippet": {"text": "13,748 votes"},
    }  # fmt: skip
    assert run["columnKind"] == "unicodeCodePoints"


def test_levels_follow_the_verdicts(reports):
    levels = {
        r["properties"]["verdict"]: r["level"] for r in rendered(reports)["runs"][0]["results"]
    }
    assert levels == {
        "false": "error", "unverifiable": "warning", "approximately_true": "note",
        "true": "none",
    }  # fmt: skip


def test_message_gives_the_verdict_and_the_official_figure(reports):
    result = rendered(reports)["runs"][0]["results"][1]
    assert result["message"]["text"] == 'False: "2,417": official majority: 2,147'


def test_suppressed_and_baselined_claims_are_marked(reports):
    reports[0].findings[1].baselined = True
    results = rendered(reports)["runs"][0]["results"]
    assert results[5]["suppressions"] == [{"kind": "inSource"}]
    assert results[1]["baselineState"] == "unchanged"
    assert "suppressions" not in results[0] and "baselineState" not in results[0]


def test_fingerprints_survive_lines_added_above(reports, documents, findings):
    before = [r["partialFingerprints"] for r in rendered(reports, documents)["runs"][0]["results"]]
    moved_text = ARTICLE.replace("\nTrudy", "\nA new intro.\n\n\nTrudy", 1)
    moved = document_from_text(moved_text, path="drafts/copeland.txt")
    shifted = [
        finding_at(moved, f.claim.text, f.claim.kind, f.verdict, value=f.claim.quantity.value,
                   as_written=f.claim.quantity.as_written, actual=f.actual, reason=f.reason)
        for f in findings
    ]  # fmt: skip
    after_run = rendered([FileReport(moved.path, shifted)], {moved.path: moved})["runs"][0]
    assert after_run["results"][0]["locations"][0]["physicalLocation"]["region"]["startLine"] == 9
    assert [r["partialFingerprints"] for r in after_run["results"]] == before
    assert len({json.dumps(f) for f in before}) == len(before)


def test_unreadable_files_are_tool_notifications(reports):
    broken = FileReport("gone.txt", error="gone.txt: cannot read")
    invocation = rendered([*reports, broken])["runs"][0]["invocations"][0]
    assert invocation["executionSuccessful"] is False
    (note,) = invocation["toolExecutionNotifications"]
    assert note["level"] == "error" and note["message"]["text"] == "gone.txt: cannot read"


def test_paths_become_relative_uris(reports):
    findings = reports[0].findings
    log = rendered([FileReport("drafts/by election #2.txt", findings)])
    validate(log)
    uri = log["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["artifactLocation"]
    assert uri == {"uri": "drafts/by%20election%20%232.txt"}
