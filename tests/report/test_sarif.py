"""`--format sarif`: valid SARIF 2.1.0 that GitHub code scanning accepts.

tests/data/sarif-schema-2.1.0.json is the OASIS SARIF 2.1.0 schema (errata 01), from
oasis-tcs/sarif-spec, Schemata/sarif-schema-2.1.0.json, unmodified.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from factcheck.claims import Fix, Verdict
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


def test_only_the_shown_claims_are_results(reports):
    problems = frozenset({Verdict.FALSE, Verdict.UNVERIFIABLE, Verdict.APPROXIMATELY_TRUE})
    log = json.loads(sarif.render(reports, None, show=problems))
    validate(log)
    verdicts = [r["properties"]["verdict"] for r in log["runs"][0]["results"]]
    assert verdicts == ["false", "unverifiable", "approximately_true"]


def test_a_true_claim_listed_with_show_all_is_a_pass(reports):
    results = rendered(reports)["runs"][0]["results"]
    assert {r.get("kind", "fail") for r in results if r["properties"]["verdict"] == "true"} == {
        "pass"
    }
    assert all("kind" not in r for r in results if r["properties"]["verdict"] != "true")


def test_fingerprints_do_not_depend_on_what_is_shown(reports, documents):
    every = rendered(reports, documents)["runs"][0]["results"]
    only_false = json.loads(sarif.render(reports, None, documents, show=frozenset({Verdict.FALSE})))
    (false,) = only_false["runs"][0]["results"]
    assert false["partialFingerprints"] == every[1]["partialFingerprints"]


def test_a_claim_with_a_correction_carries_a_sarif_fix(reports, documents):
    false = reports[0].findings[1]
    false.fix = Fix("2,147", True, start=false.claim.start, end=false.claim.end)
    log = rendered(reports, documents)
    validate(log)
    result = log["runs"][0]["results"][1]
    (fix,) = result["fixes"]
    (change,) = fix["artifactChanges"]
    assert change["artifactLocation"] == {"uri": "drafts/copeland.txt"}
    assert change["replacements"] == [
        {
            "deletedRegion": {"startLine": 6, "startColumn": 53, "endLine": 6, "endColumn": 58},
            "insertedContent": {"text": "2,147"},
        }
    ]
    assert "2,147" in fix["description"]["text"] and fix["properties"] == {"safe": True}
    assert "; fix: 2,147" in result["message"]["text"]
    assert all("fixes" not in r for i, r in enumerate(log["runs"][0]["results"]) if i != 1)


def test_each_rule_links_its_help_to_its_row_in_the_readme(reports, monkeypatch):
    monkeypatch.setattr(sarif, "repository_uri", lambda: "https://github.com/OWNER/factcheck")
    rules = rendered(reports)["runs"][0]["tool"]["driver"]["rules"]
    readme = (Path(__file__).parents[2] / "README.md").read_text(encoding="utf-8")
    prefix = "https://github.com/OWNER/factcheck/blob/main/README.md#"
    for rule in rules:
        assert rule["helpUri"].startswith(prefix)
        anchor = rule["helpUri"].removeprefix(prefix)
        # The code's own anchor in the kinds table, or (the catch-all) the table's heading.
        assert f'<a id="{anchor}"></a>{rule["id"]} |' in readme or (
            anchor == "claim-kinds" and "\n## Claim kinds\n" in readme
        ), rule["id"]


def test_the_repository_comes_from_the_package_metadata():
    # pyproject.toml's project.urls; a stale editable install lacks it: pip install -e .
    assert sarif.repository_uri() == "https://github.com/OWNER/factcheck"
    log = rendered([])
    assert log["runs"][0]["tool"]["driver"]["rules"][0]["helpUri"].endswith("README.md#fc101")


def test_without_a_repository_there_is_no_help_link(reports, monkeypatch):
    monkeypatch.setattr(sarif, "repository_uri", lambda: None)
    log = rendered(reports)
    validate(log)
    assert all("helpUri" not in rule for rule in log["runs"][0]["tool"]["driver"]["rules"])
