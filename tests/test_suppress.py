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
    result = apply_suppressions(doc, findings)
    marks = {f.claim.text.split()[0]: f.suppressed for f in findings}
    # Unused suppressions read as the full report words them.
    return marks, result.warnings + [f"line {u.line}: {u.message}" for u in result.unused]


def unused_for(text: str, format: str = "text"):
    doc = document_from_text(text, "article", format=format)
    findings = [fake_verify(c, None) for c in fake_extract(doc.text, skipped=doc.skipped)]
    return apply_suppressions(doc, findings).unused


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


# --- naming codes and kinds -----------------------------------------------------------


def test_ignore_with_a_code_suppresses_the_first_claim_of_that_code():
    # votes is FC101, turnout FC105: the code picks the turnout claim, not the first claim.
    marks, warnings = findings_for(
        "<!-- factcheck: ignore FC105 -->\nWon 2 false and 3 false:turnout.\n"
    )
    assert marks == {"2": False, "3": True}
    assert warnings == []


def test_ignore_with_a_kind_name_suppresses_the_first_claim_of_that_kind():
    marks, warnings = findings_for(
        "<!-- factcheck: ignore majority -->\n2 false:turnout, 3 false:majority, 4 false:majority\n"
    )
    assert marks == {"2": False, "3": True, "4": False}
    assert warnings == []


def test_codes_and_kinds_may_be_listed_with_commas_in_any_case_and_a_note():
    text = (
        "<!-- factcheck: ignore fc105, Majority -- both from the leaflet -->\n"
        "2 false, 3 false:turnout, 4 false:majority\n"
    )
    marks, warnings = findings_for(text)
    assert marks == {"2": False, "3": True, "4": True}
    assert warnings == []


def test_a_misspelt_name_is_a_warning_with_a_suggestion_and_suppresses_nothing():
    marks, warnings = findings_for("<!-- factcheck: ignore majorty -->\n2 false:majority\n")
    assert marks == {"2": False}
    assert warnings == [
        "line 1: unknown code or kind 'majorty' in 'factcheck: ignore' (did you mean "
        "'majority'?); `factcheck rule --all` lists them"
    ]


def test_a_misspelt_name_beside_a_known_one_leaves_the_known_one_working():
    marks, warnings = findings_for("<!-- factcheck: ignore FC999 turnout -->\n2 false:turnout\n")
    assert marks == {"2": True}
    assert len(warnings) == 1 and "'FC999'" in warnings[0]


# --- the trailing form (the noqa habit) ---------------------------------------------------


def test_a_trailing_ignore_suppresses_every_claim_before_it_on_its_line():
    text = "1 false and 2 false. <!-- factcheck: ignore -->\n3 false\n"
    marks, warnings = findings_for(text)
    assert marks == {"1": True, "2": True, "3": False}
    assert warnings == []


def test_a_trailing_ignore_with_a_code_suppresses_only_claims_of_that_code():
    text = "1 false, 2 false:turnout. <!-- factcheck: ignore FC105 -->\n3 false:turnout\n"
    marks, warnings = findings_for(text)
    assert marks == {"1": False, "2": True, "3": False}
    assert warnings == []


def test_a_trailing_ignore_in_html_ends_the_paragraph_it_follows():
    text = "<p>Won 1 false.<!-- factcheck: ignore --></p>\n<p>2 false</p>"
    marks, _ = findings_for(text, "html")
    assert marks == {"1": True, "2": False}


def test_an_ignore_with_a_claim_after_it_on_its_line_still_leads():
    # Claims both sides: it covers the one after it, as before.
    marks, _ = findings_for("1 false <!-- factcheck: ignore --> 2 false\n")
    assert marks == {"1": False, "2": True}


# --- off ... on with names ---------------------------------------------------------------


def test_off_with_a_kind_suppresses_only_that_kind_in_the_passage():
    text = (
        "<!-- factcheck: off turnout -->\n1 false\n2 false:turnout\n"
        "<!-- factcheck: on -->\n3 false:turnout\n"
    )
    marks, _ = findings_for(text)
    assert marks == {"1": False, "2": True, "3": False}


# --- unused suppressions -----------------------------------------------------------------


def test_an_ignore_with_nothing_to_suppress_is_unused_with_its_line_and_column():
    unused = unused_for("text\n  <!-- factcheck: ignore -->\nno claims here\n")
    assert [(u.line, u.column, u.directive, u.names) for u in unused] == [
        (2, 3, "factcheck: ignore", ())
    ]


def test_a_named_ignore_whose_code_matches_no_claim_is_unused():
    unused = unused_for("<!-- factcheck: ignore FC105 -->\n2 false\n")
    assert [(u.line, u.directive, u.names) for u in unused] == [
        (1, "factcheck: ignore FC105", ("FC105",))
    ]
    assert unused[0].message == (
        "'factcheck: ignore FC105' has no FC105 claim after it on this line or the next"
    )


def test_only_the_names_that_matched_nothing_are_unused():
    unused = unused_for("2 false, 3 false:turnout <!-- factcheck: ignore turnout, majority -->\n")
    assert [(u.directive, u.names) for u in unused] == [
        ("factcheck: ignore turnout, majority", ("majority",))
    ]
    assert unused[0].message == (
        "'factcheck: ignore turnout, majority' has no majority claim before it on this line"
    )


def test_an_off_passage_with_no_claim_in_it_is_unused():
    text = "1 false\n<!-- factcheck: off -->\nquoted text\n<!-- factcheck: on -->\n2 false\n"
    unused = unused_for(text)
    assert [(u.line, u.directive) for u in unused] == [(2, "factcheck: off")]


def test_used_suppressions_are_not_reported():
    text = (
        "<!-- factcheck: ignore -->\n1 false\n2 false <!-- factcheck: ignore votes -->\n"
        "<!-- factcheck: off -->\n3 false\n<!-- factcheck: on -->\n"
    )
    assert unused_for(text) == []


def test_check_document_reports_unused_suppressions(fake_pipeline):
    doc = document_from_text("<!-- factcheck: ignore FC105 -->\n1 false\n")
    report = check_document(doc, empty_reference())
    assert [u.line for u in report.unused_suppressions] == [1]
    assert report.warnings == []  # listed once, as unused, not again as a warning
    assert [f.suppressed for f in report.findings] == [False]


def test_the_readme_example_suppresses_every_claim_and_leaves_no_comment_unused(reference):
    import re
    from pathlib import Path

    readme = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")
    section = readme[readme.index("### Suppressing a claim") :]
    example = re.search(r"```markdown\n(.*?)```", section, re.S).group(1)
    report = check_document(document_from_text(example, "x.md", format="markdown"), reference)
    assert len(report.findings) >= 5  # one or more for each form shown
    assert all(f.suppressed for f in report.findings)
    assert report.unused_suppressions == [] and report.warnings == []
