"""Applying fixes: the edits a file gets, where they land in HTML, and how it is written."""

from __future__ import annotations

import dataclasses
import os

import pytest

from factcheck.autofix import FilePlan, plan_fixes, write_fixed
from factcheck.claims import Claim, Finding, Fix, Quantity, Verdict
from factcheck.config import FAIL_ON_VERDICTS
from factcheck.read.document import document_from_text

FALSE_ONLY = FAIL_ON_VERDICTS["false"]
EVERY_FIXABLE = FAIL_ON_VERDICTS["approximately_true"]


def finding(
    document,
    span: str,
    replacement: str | None,
    *,
    safe: bool = True,
    verdict: Verdict = Verdict.FALSE,
    occurrence: int = 0,
) -> Finding:
    """A finding for the `occurrence`th `span` in the document's checked text."""
    start = -1
    for _ in range(occurrence + 1):
        start = document.text.index(span, start + 1)
    end = start + len(span)
    claim = Claim("votes", Quantity(0, span.split()[0], "votes"), start, end, span)
    fix = Fix(replacement, safe, start, end) if replacement is not None else None
    return Finding(claim, verdict, "official figure differs", fix=fix, line=1)


def test_safe_fixes_become_the_smallest_edits_and_unsafe_ones_are_left():
    doc = document_from_text("She took 2,552 votes.\nA majority of 3,564.\nUp 12 points.\n")
    findings = [
        finding(doc, "2,552 votes", "2,252 votes"),
        finding(doc, "3,564", "2,564"),
        finding(doc, "12 points", "9.0 points", safe=False),
    ]
    plan = plan_fixes(doc, findings, FALSE_ONLY)
    assert plan.fixed_text() == "She took 2,252 votes.\nA majority of 2,564.\nUp 12 points.\n"
    # One digit each: an edit never rewrites more of the line than the figure needs.
    assert [(doc.text[e.start : e.end], e.new) for e in plan.edits] == [("5", "2"), ("3", "2")]
    assert plan.fixed == 2
    assert [(left.finding.claim.text, left.why) for left in plan.left] == [
        ("12 points", "the fix ('9.0 points') is not safe to apply")
    ]


def test_a_fix_that_only_adds_characters_is_anchored_to_the_figure():
    doc = document_from_text("A lead of 980 votes.")
    plan = plan_fixes(doc, [finding(doc, "980", "1,980")], FALSE_ONLY)
    assert plan.fixed_text() == "A lead of 1,980 votes."
    assert plan.edits[0].end > plan.edits[0].start


def test_only_claims_at_the_fail_on_level_are_fixed_and_suppressed_ones_are_left_alone():
    doc = document_from_text("Took 11.4% and 2,552 and 7,000.\n")
    approx = finding(doc, "11.4%", "11.5%", verdict=Verdict.APPROXIMATELY_TRUE)
    false = finding(doc, "2,552", "2,252")
    suppressed = finding(doc, "7,000", "7,001")
    suppressed.suppressed = True
    plan = plan_fixes(doc, [approx, false, suppressed], FALSE_ONLY)
    assert plan.fixed_text() == "Took 11.4% and 2,252 and 7,000.\n"
    assert plan.left == []
    plan = plan_fixes(doc, [approx, false, suppressed], EVERY_FIXABLE)
    assert plan.fixed_text() == "Took 11.5% and 2,252 and 7,000.\n"


def test_a_false_claim_without_a_fix_is_left_and_said_so():
    doc = document_from_text("The largest swing.")
    plan = plan_fixes(doc, [finding(doc, "largest", None)], FALSE_ONLY)
    assert plan.edits == [] and plan.left[0].why == "no correction can be written for it"


def test_overlapping_fixes_are_all_left_but_the_same_fix_twice_is_one_edit():
    doc = document_from_text("Won 2,552 votes.")
    wide = finding(doc, "2,552 votes", "2,252 votes")
    narrow = finding(doc, "2,552", "2,255")
    plan = plan_fixes(doc, [wide, narrow], FALSE_ONLY)
    assert plan.edits == [] and plan.fixed_text() == "Won 2,552 votes."
    assert [left.why for left in plan.left] == ["its fix overlaps another fix: neither applied"] * 2
    twice = finding(doc, "2,552", "2,252")
    plan = plan_fixes(doc, [dataclasses.replace(twice), twice], FALSE_ONLY)
    assert plan.fixed_text() == "Won 2,252 votes." and plan.fixed == 2 and plan.left == []


def test_a_claim_whose_text_is_not_the_file_as_typed_is_left():
    doc = document_from_text("Won 2,552 votes.")
    f = finding(doc, "2,552", "2,252")
    f.claim.text = "2552"  # as a normalised reading would have it
    plan = plan_fixes(doc, [f], FALSE_ONLY)
    assert plan.edits == [] and "not in the file as it was read" in plan.left[0].why


HTML = (
    "<html><body><h1>Result</h1>\n"
    "<p>Morgan won <b>18,290</b>&nbsp;votes; a majority of 5,421 &amp; more.</p>\n"
    "<p>Drummond: 16&#44;763 votes.</p></body></html>\n"
)


def test_html_fixes_land_at_the_figure_in_the_source():
    doc = document_from_text(HTML, format="html")
    fixes = [finding(doc, "18,290", "18,209"), finding(doc, "5,421", "5,241")]
    # The comma is a character reference in the source, the changed digits are not.
    fixes.append(finding(doc, "16,763", "16,736"))
    plan = plan_fixes(doc, fixes, FALSE_ONLY)
    assert plan.left == []
    expected = HTML.replace("18,290", "18,209").replace("5,421", "5,241")
    assert plan.fixed_text() == expected.replace("16&#44;763", "16&#44;736")


def test_html_fix_across_a_tag_or_a_reference_is_left_not_guessed():
    source = "<p>Won 2,<b>5</b>52 votes and 1&#44;234 more.</p>"
    doc = document_from_text(source, format="html")
    across_tag = finding(doc, "2,552", "2,225")
    across_reference = finding(doc, "1,234", "1234")
    plan = plan_fixes(doc, [across_tag, across_reference], FALSE_ONLY)
    assert plan.edits == [] and plan.fixed_text() == source
    assert all("markup or written with character references" in left.why for left in plan.left)


def test_diff_is_unified_with_the_path_and_marks_a_missing_last_newline():
    doc = document_from_text("Line one.\nShe took 2,552 votes.", path="drafts/a.md")
    plan = plan_fixes(doc, [finding(doc, "2,552", "2,252")], FALSE_ONLY)
    assert plan.diff() == (
        "--- drafts/a.md\n+++ drafts/a.md\n@@ -1,2 +1,2 @@\n Line one.\n"
        "-She took 2,552 votes.\n\\ No newline at end of file\n"
        "+She took 2,252 votes.\n\\ No newline at end of file\n"
    )
    assert FilePlan("x", "same").diff() == ""


# --- writing --------------------------------------------------------------------------


def plan_for(path, text: str, span: str, replacement: str) -> FilePlan:
    doc = document_from_text(text, path=str(path))
    return plan_fixes(doc, [finding(doc, span, replacement)], FALSE_ONLY)


@pytest.mark.parametrize(
    ("encoding", "bom", "text"),
    [
        ("utf-8", b"", "Ynys Môn: 2,552 votes.\r\nNext line.\r\n"),
        ("utf-8", b"\xef\xbb\xbf", "Ynys Môn: 2,552 votes.\n"),
        ("cp1252", b"", "Ynys Môn – 2,552 votes.\n"),
        ("utf-16-le", b"\xff\xfe", "Ynys Môn: 2,552 votes.\n"),
    ],
)
def test_file_is_rewritten_in_its_own_encoding_bom_and_line_endings(tmp_path, encoding, bom, text):
    path = tmp_path / "a.txt"
    path.write_bytes(bom + text.encode(encoding))
    path.chmod(0o640)
    assert write_fixed(str(path), plan_for(path, text, "2,552", "2,252")) is None
    assert path.read_bytes() == bom + text.replace("2,552", "2,252").encode(encoding)
    assert oct(path.stat().st_mode & 0o777) == "0o640"
    assert [p.name for p in tmp_path.iterdir()] == ["a.txt"]  # no temporary file left


def test_a_file_changed_since_it_was_checked_is_not_written(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("She took 2,552 votes.\n")
    plan = plan_for(path, "She took 2,552 votes.\n", "2,552", "2,252")
    path.write_text("She took 2,552 votes, edited meanwhile.\n")
    assert write_fixed(str(path), plan) == "it changed since it was checked"
    assert path.read_text() == "She took 2,552 votes, edited meanwhile.\n"


def test_a_symlinked_file_is_fixed_where_it_points(tmp_path):
    real = tmp_path / "real.txt"
    real.write_text("She took 2,552 votes.\n")
    link = tmp_path / "link.txt"
    os.symlink(real, link)
    assert write_fixed(str(link), plan_for(link, real.read_text(), "2,552", "2,252")) is None
    assert link.is_symlink() and real.read_text() == "She took 2,252 votes.\n"


def test_a_replacement_the_encoding_cannot_hold_is_refused(tmp_path):
    path = tmp_path / "a.txt"
    path.write_bytes("Café: 2,552 votes.\n".encode("cp1252"))
    plan = plan_for(path, "Café: 2,552 votes.\n", "2,552", "2\u2009252")
    assert "cannot be written in the file's encoding (cp1252)" in write_fixed(str(path), plan)
    assert path.read_bytes() == "Café: 2,552 votes.\n".encode("cp1252")
