"""`--format json-lines`: one factcheck/1 claim per line, with its path, and nothing else."""

from __future__ import annotations

import json

from factcheck.pipeline import FileReport
from factcheck.report import json_lines
from factcheck.report.json import finding_to_dict


def test_one_object_per_claim_with_the_path_added(reports):
    lines = json_lines.render(reports).splitlines()
    assert len(lines) == len(reports[0].findings)
    for line, finding in zip(lines, reports[0].findings, strict=True):
        record = json.loads(line)
        assert record == {"path": "drafts/copeland.txt", **finding_to_dict(finding)}


def test_claims_and_a_line_for_each_file_that_could_not_be_read(reports):
    broken = FileReport("gone.txt", error="cannot read: No such file or directory")
    text = json_lines.render([broken, *reports, FileReport("empty.txt")])
    records = [json.loads(line) for line in text.splitlines()]
    # The error line has the json format's file `error`, and no verdict to mistake it for a claim.
    assert records[0] == {"path": "gone.txt", "error": "cannot read: No such file or directory"}
    assert all("verdict" in r and "error" not in r for r in records[1:])
    assert len(records) == 1 + len(reports[0].findings)


def test_unicode_line_separators_cannot_split_a_record(reports):
    reports[0].findings[0].claim.text = "13,748\u2028votes\x85and\u2029more"
    text = json_lines.render(reports)
    assert len(text.splitlines()) == len(reports[0].findings)
    assert json.loads(text.splitlines()[0])["text"] == "13,748\u2028votes\x85and\u2029more"
