"""Inline suppression comments: ignore, off/on; suppressed claims are kept and counted."""

from __future__ import annotations

import pytest
from fake_pipeline import empty_reference, fake_extract, fake_verify, install_fake_pipeline

from factcheck.pipeline import check_document
from factcheck.read.document import document_from_text
from factcheck.read.suppress import apply_suppressions


@pytest.fixture
def fake_pipeline(monkeypatch):
    return install_fake_pipeline(monkeypatch)


def findings_for(text: str, format: str = "text"):
    doc = document_from_text(text, "article", format=format)
    findings = []
    for claim in fake_extract(doc.text, skipped=doc.skipped):
        f = fake_verify(claim, None)
        f.line, f.column = doc.line_column(claim.start)
        findings.append(f)
    warnings = apply_suppressions(doc, findings)
    return {f.claim.text.split()[0]: f.suppressed for f in findings}, warnings


def test_ignore_suppresses_the_next_claim_on_the_same_line():
    marks, warnings = findings_for("1 false <!-- factcheck: ignore --> 2 false 3 false\n")
    assert marks == {"1": False, "2": True, "3": False}
    assert warnings == []


def test_ignore_suppresses_the_first_claim_on_the_next_line():
    marks, _ = findings_for("<!-- factcheck: ignore -->\nWon 2 false and 3 false.\n4 false\n")
    assert marks == {"2": True, "3": False, "4": False}


def test_ignore_skips_blank_lines_but_no_further():
    marks, warnings = findings_for("<!-- factcheck: ignore -->\n\nWon 2 false.\n")
    assert marks == {"2": True}
    marks, warnings = findings_for("<!-- factcheck: ignore -->\ntext\nWon 2 false.\n")
    assert marks == {"2": False}
    assert warnings == [
        "line 1: 'factcheck: ignore' has no claim after it on this line or the next"
    ]


def test_off_and_on_suppress_a_block():
    text = "1 false\n<!-- factcheck: off -->\n2 false\n3 false\n<!-- factcheck: on -->\n4 false\n"
    marks, _ = findings_for(text)
    assert marks == {"1": False, "2": True, "3": True, "4": False}


def test_off_without_on_runs_to_the_end():
    marks, _ = findings_for("1 false <!-- factcheck: off --> 2 false\n3 false\n")
    assert marks == {"1": False, "2": True, "3": True}


def test_directives_are_case_and_space_tolerant_and_may_carry_a_note():
    marks, _ = findings_for("<!--FactCheck:IGNORE -- quoted from a leaflet-->1 false\n")
    assert marks == {"1": True}


def test_unknown_directive_is_a_warning_with_its_line():
    marks, warnings = findings_for("x\n<!-- factcheck: ignroe -->\n1 false\n")
    assert marks == {"1": False}
    assert warnings == ["line 2: unknown directive 'factcheck: ignroe' (want ignore, off or on)"]


def test_other_comments_are_not_directives():
    marks, warnings = findings_for("<!-- editor: check this -->\n1 false\n")
    assert marks == {"1": False} and warnings == []


def test_markdown_directive_inside_code_is_only_an_example():
    text = "```\n<!-- factcheck: off -->\n```\n1 false\n"
    marks, _ = findings_for(text, "markdown")
    assert marks == {"1": False}


def test_html_comment_positions_use_the_source():
    text = "<p>1 false</p>\n<!-- factcheck: ignore -->\n<p>Won 2 false</p>\n<p>3 false</p>"
    marks, _ = findings_for(text, "html")
    assert marks == {"1": False, "2": True, "3": False}


def test_check_document_marks_and_keeps_suppressed_findings(fake_pipeline):
    doc = document_from_text("<!-- factcheck: ignore -->\n1 false\n2 false\n")
    report = check_document(doc, empty_reference())
    assert [f.suppressed for f in report.findings] == [True, False]
    from factcheck.claims import Verdict

    assert report.count(Verdict.FALSE) == 1
