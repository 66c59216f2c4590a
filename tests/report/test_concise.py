"""`--format concise`: one `path:line:col: SEVERITY CODE verdict: message` line per claim."""

from __future__ import annotations

import re
from dataclasses import replace

import pytest

from factcheck.claims import Fix, Verdict
from factcheck.kinds import registry
from factcheck.pipeline import FileReport
from factcheck.report import concise

LINE = re.compile(
    r"^(?P<path>[^:]+):(?P<line>\d+):(?P<col>\d+): (?P<severity>error|warning|info) "
    r"(?P<code>FC\d{3}) (?P<verdict>true|approximately_true|false|unverifiable): (?P<msg>.+)$"
)


def parsed(text: str) -> list[dict[str, str]]:
    lines = text.splitlines()
    matches = [LINE.match(line) for line in lines]
    assert all(matches), lines
    return [m.groupdict() for m in matches if m]


def test_one_line_per_shown_claim_in_text_order(reports):
    rows = parsed(concise.render(reports))
    assert [(r["line"], r["col"]) for r in rows] == [
        ("6", "25"), ("6", "53"), ("7", "60"), ("8", "24"), ("8", "69")
    ]  # fmt: skip
    assert all(r["path"] == "drafts/copeland.txt" for r in rows)


def test_severity_follows_the_verdict(reports):
    severity = {r["verdict"]: r["severity"] for r in parsed(concise.render(reports))}
    assert severity == {
        "false": "error",
        "approximately_true": "warning",
        "unverifiable": "warning",
        "true": "info",
    }


def test_message_quotes_the_claim_and_gives_the_reason(reports):
    row = next(r for r in parsed(concise.render(reports)) if r["verdict"] == "false")
    assert row["code"] == "FC102"
    assert row["msg"] == '"2,417": official majority: 2,147'


def test_message_adds_the_official_figure_when_the_reason_lacks_it(reports):
    finding = replace(reports[0].findings[1], reason="does not match the declaration")
    assert concise.message(finding) == (
        '"2,417": official 2,147 votes; does not match the declaration'
    )


def test_suppressed_claims_are_left_out(reports):
    assert "turnout" not in concise.render(reports)
    assert "51%" not in concise.render(reports)


def test_a_claim_spanning_lines_stays_on_one_line(reports):
    finding = reports[0].findings[0]
    finding.claim.text = "13,748\nvotes"
    finding.reason = "official result:\r\n13,748"
    (row,) = parsed(concise.render([FileReport("a.txt", [finding])]))
    assert row["msg"] == '"13,748 votes": official result: 13,748'


def test_unreadable_file_and_input_warning_get_their_own_codes():
    report = FileReport("gone.txt", error="gone.txt: cannot read: No such file")
    warned = FileReport("odd.md", warnings=["unclosed code block at line 3"])
    assert concise.render([report, warned]).splitlines() == [
        "gone.txt:1:1: error FC001 unreadable: gone.txt: cannot read: No such file",
        "odd.md:1:1: warning FC002 input: unclosed code block at line 3",
    ]


def test_a_kind_without_a_code_gets_the_catch_all_and_names_itself(reports):
    finding = reports[0].findings[0]
    finding.claim.kind = "national_seats"
    (row,) = parsed(concise.render([FileReport("a.txt", [finding])]))
    assert row["code"] == "FC100"
    assert row["msg"].startswith('"13,748 votes": [national_seats] ')


@pytest.mark.parametrize(
    "kind, code",
    [("votes", "FC101"), ("majority", "FC102"), ("share_change", "FC104"), ("turnout", "FC105"),
     ("held_since", "FC106"), ("first_since", "FC107")],
)  # fmt: skip
def test_codes_are_stable(kind, code):
    assert concise.code_for(kind).code == code


def test_codes_that_are_not_kinds_are_documented_in_the_module_docstring():
    doc = concise.__doc__ or ""
    for c in (concise.FILE_ERROR, concise.INPUT_WARNING, registry.OTHER_KIND):
        assert f"| {c.code} | {c.kind} " in doc and c.about in doc


def test_every_kind_has_a_code_of_its_own():
    codes = [concise.code_for(kind).code for kind in registry.KINDS]
    assert len(codes) == len(set(codes)) >= 16
    assert registry.OTHER_KIND.code not in codes


def test_counts_match_the_verdicts(reports):
    rows = parsed(concise.render(reports))
    assert sum(r["verdict"] == "true" for r in rows) == reports[0].count(Verdict.TRUE)


def test_only_the_claims_show_lists(reports):
    rows = parsed(concise.render(reports, show=frozenset({Verdict.FALSE})))
    assert [r["verdict"] for r in rows] == ["false"]


def test_the_message_gives_the_official_figure_with_its_unit_and_the_correction(reports):
    false = replace(reports[0].findings[1], reason="does not match the declaration")
    false.fix = Fix("2,147", True, start=false.claim.start, end=false.claim.end)
    assert concise.message(false) == (
        '"2,417": official 2,147 votes; does not match the declaration; fix: 2,147'
    )
