"""`--format github`: workflow commands that article text can never hijack."""

from __future__ import annotations

import copy
import re

from factcheck.claims import Fix, Verdict
from factcheck.pipeline import FileReport
from factcheck.report import github

OUR_LINE = re.compile(r"^(::(error|warning|notice) [^:]*::|factcheck: )")


def lines(reports, documents=None, **kwargs) -> list[str]:
    out = github.render(reports, documents, **kwargs).splitlines()
    assert all(OUR_LINE.match(line) for line in out), out
    return out


def test_one_annotation_per_claim_false_first(reports, documents):
    out = lines(reports, documents)
    assert [line.split(" ", 1)[0] for line in out] == [
        "::error", "::warning", "::warning", "::notice", "::notice"
    ]  # fmt: skip
    assert out[0] == (
        "::error file=drafts/copeland.txt,line=6,col=53,endColumn=58,"
        'title=FC102 false (majority)::"2,417": official majority: 2,147'
    )


def test_escaping_follows_the_actions_toolkit():
    assert github.escape_data("100% sure\r\nreally") == "100%25 sure%0D%0Areally"
    assert github.escape_property("a:b,c%\n") == "a%3Ab%2Cc%25%0A"


def test_article_text_cannot_start_or_end_a_command(reports):
    finding = reports[0].findings[1]
    finding.claim.text = "2,417\n::error file=evil.txt::pwned"
    finding.reason = "official::majority, 100%\r\n::add-mask::secret"
    out = lines([FileReport("drafts/a,b::c.txt", [finding])])
    assert len(out) == 1
    assert out[0].startswith("::error file=drafts/a%2Cb%3A%3Ac.txt,line=6,")
    assert "\n" not in out[0] and "100%25" in out[0]
    # The only "::" that ends the properties is ours; the rest is message data.
    head, data = out[0].split("::", 2)[1:]
    assert "evil" not in head and data.startswith('"2,417 ::error file=evil.txt::pwned"')


def test_a_line_of_the_article_starting_with_colons_comes_out_harmless(reports, documents):
    text = github.render(reports, documents)
    assert "\n::error file=x.txt" not in "\n" + text


def test_unreadable_files_come_first_as_errors(reports):
    broken = FileReport("gone.txt", error="gone.txt: cannot read", warnings=[])
    out = lines([*reports, broken])
    assert out[0] == "::error file=gone.txt,title=FC001 unreadable::gone.txt: cannot read"


def test_input_warnings_are_annotated(reports):
    out = lines([FileReport("odd.md", warnings=["unclosed code block, line 3"])])
    assert out == ["::warning file=odd.md,title=FC002 input::unclosed code block, line 3"]


def test_beyond_the_per_level_cap_claims_go_to_the_log_and_a_notice_says_so(reports):
    false = reports[0].findings[1]
    true = reports[0].findings[0]
    many = [copy.deepcopy(false) for _ in range(25)] + [copy.deepcopy(true) for _ in range(12)]
    out = lines([FileReport("a.txt", many)])
    assert sum(line.startswith("::error ") for line in out) == 10
    assert sum(line.startswith("::notice ") for line in out) == 10  # 9 claims + the summary
    logged = [line for line in out if line.startswith("factcheck: ")]
    assert len(logged) == 15 + 3
    assert logged[0].startswith("factcheck: a.txt:6:53: error FC102 false: ")
    assert out[-1].startswith("::notice title=factcheck%3A annotations left out::")
    assert "18 more findings (15 errors, 3 notices)" in out[-1]
    assert out.index(next(x for x in out if x.startswith("::notice"))) > out.index(logged[0])


def test_no_notice_about_the_cap_when_everything_fits(reports):
    assert "left out" not in github.render(reports)


def test_suppressed_claims_are_not_annotated(reports):
    assert "turnout" not in github.render(reports)
    assert sum(not f.suppressed for f in reports[0].findings) == len(lines(reports))


def test_multi_line_claim_gets_end_line_and_no_columns(reports):
    finding = reports[0].findings[0]
    finding.claim.text = "13,748\nvotes"
    (line,) = lines([FileReport("a.txt", [finding])])
    assert line.startswith("::notice file=a.txt,line=6,endLine=7,title=")
    assert finding.verdict == Verdict.TRUE


def test_true_claims_are_not_annotated_unless_shown(reports, documents):
    problems = frozenset({Verdict.FALSE, Verdict.UNVERIFIABLE, Verdict.APPROXIMATELY_TRUE})
    out = lines(reports, documents, show=problems)
    assert [line.split(" ", 1)[0] for line in out] == ["::error", "::warning", "::warning"]


def test_the_annotation_carries_the_correction(reports, documents):
    false = reports[0].findings[1]
    false.fix = Fix("2,147", True, start=false.claim.start, end=false.claim.end)
    assert lines(reports, documents)[0].endswith('::"2,417": official majority: 2,147; fix: 2,147')
