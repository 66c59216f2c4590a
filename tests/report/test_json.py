"""`--format json`: the factcheck/1 contract (docs/json-report.md)."""

from __future__ import annotations

import json
from types import SimpleNamespace

from factcheck.pipeline import FileReport
from factcheck.report import json as json_report

# Every field factcheck/1 has promised; they may gain company, never go away.
CLAIM_FIELDS = {
    "kind", "text", "start", "end", "line", "column", "subject", "claimed", "actual",
    "verdict", "reason", "rule", "source", "suppressed",
}  # fmt: skip
SUMMARY_FIELDS = {
    "files", "claims", "true", "approximately_true", "false", "unverifiable", "errors"
}  # fmt: skip


def test_the_contract_fields_are_all_there(reports):
    report = json.loads(json_report.render(reports, None))
    assert report["schema"] == "factcheck/1"
    assert report["reference"] is None
    (file,) = report["files"]
    assert file["path"] == "drafts/copeland.txt" and file["error"] is None
    for claim in file["claims"]:
        assert claim.keys() >= CLAIM_FIELDS
        assert {"value", "qualifier", "as_written"} == claim["claimed"].keys()
    assert report["summary"].keys() >= SUMMARY_FIELDS


def test_claims_keep_their_offsets_figures_and_verdicts(reports, document):
    claims = json.loads(json_report.render(reports, None))["files"][0]["claims"]
    majority = claims[1]
    assert document.text[majority["start"] : majority["end"]] == "2,417"
    assert (majority["line"], majority["column"]) == (6, 53)
    assert majority["claimed"] == {"value": 2417, "qualifier": "exact", "as_written": "2,417"}
    assert majority["actual"] == 2147
    assert majority["verdict"] == "false"
    assert claims[3]["claimed"]["value"] == 5.1
    assert claims[5]["claimed"]["qualifier"] == "about"


def test_summary_counts_shown_claims_and_suppressed_ones_apart(reports):
    summary = json.loads(json_report.render(reports, None))["summary"]
    assert summary == {
        "files": 1, "claims": 5, "errors": 0, "true": 2, "approximately_true": 1,
        "false": 1, "unverifiable": 1, "suppressed": 1, "unused_suppressions": 0,
        # Hand-built reports hold no number mentions: all three counts are still there.
        "numbers": {"claim": 0, "not_a_result": 0, "not_understood": 0},
    }  # fmt: skip


def test_added_fields_code_and_baselined(reports):
    reports[0].findings[1].baselined = True
    claims = json.loads(json_report.render(reports, None))["files"][0]["claims"]
    assert [c["code"] for c in claims] == ["FC101", "FC102", "FC103", "FC104", "FC106", "FC105"]
    assert [c["baselined"] for c in claims] == [False, True, False, False, False, False]


def test_an_unreadable_file_has_its_error_and_no_claims(reports):
    broken = FileReport("gone.txt", error="gone.txt: cannot read: No such file")
    report = json.loads(json_report.render([*reports, broken], None))
    assert report["files"][1] == {
        "path": "gone.txt", "error": "gone.txt: cannot read: No such file",
        "warnings": [], "numbers": [], "claims": [], "unused_suppressions": [],
    }  # fmt: skip
    assert report["summary"]["errors"] == 1


def test_reference_is_described_by_size_and_digest(reports):
    reference = SimpleNamespace(elections={"ge-2015": 1, "ge-2017": 2}, digest="sha256:abc")
    report = json.loads(json_report.render(reports, reference))
    assert report["reference"] == {"elections": 2, "source_digest": "sha256:abc"}


def test_article_text_is_kept_exactly(reports):
    reports[0].findings[0].claim.text = "Ynys Môn “13,748” <b>\n"
    claims = json.loads(json_report.render(reports, None))["files"][0]["claims"]
    assert claims[0]["text"] == "Ynys Môn “13,748” <b>\n"
