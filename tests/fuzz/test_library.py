"""Properties of the library on generated articles: it never raises, its spans and
positions hold, and every report format renders output its readers can parse."""

from __future__ import annotations

import json
import re

from hypothesis import given
from hypothesis import strategies as st

from factcheck.pipeline import FileReport, check_document, check_text
from factcheck.read.document import Document, document_from_text
from factcheck.report import FORMATS, render

from .conftest import budget
from .strategies import CONTROLS, articles, dates, html, markdown

# Characters no text report may carry raw (see factcheck/report/escape.py).
RAW = re.compile(
    "[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069\ud800-\udfff]"
)
# A GitHub workflow command: properties with `,` and `:` escaped, or a plain log line.
GITHUB_LINE = re.compile(
    r"::(?:error|warning|notice)(?: [A-Za-z]+=[^,:\r\n]*(?:,[A-Za-z]+=[^,:\r\n]*)*)?::[^\r\n]*"
    r"|factcheck: [^\r\n]*"
)
CONCISE_LINE = re.compile(r".+:\d+:\d+: (?:error|warning|info) FC\d{3} [a-z_ ]+: .*")
PATHS = st.one_of(
    st.sampled_from(["draft.txt", "drafts/copeland.md", "C:\\drafts\\a.md", "page.html"]),
    st.text(max_size=12).map(lambda name: name.replace("/", "_") + ".md"),
    st.lists(st.sampled_from(CONTROLS), min_size=1, max_size=3).map(lambda c: "".join(c) + ".txt"),
)


def strict_json(text: str) -> object:
    """Parse JSON as strict readers do: NaN and Infinity are not JSON."""

    def refuse(constant: str) -> None:
        raise AssertionError(f"{constant} in JSON output")

    return json.loads(text, parse_constant=refuse)


def assert_report_holds(report: FileReport, document: Document) -> None:
    """Every claim and number points at itself in the text, on a line of the file."""
    text = document.text
    lines = document.source_text.count("\n") + 1
    for finding in report.findings:
        claim = finding.claim
        assert 0 <= claim.start < claim.end <= len(text)
        assert 1 <= finding.line <= lines and finding.column >= 1
        assert finding.verdict is not None
    for number in report.numbers:
        assert 0 <= number.start < number.end <= len(text)
        assert number.text == text[number.start : number.end]
    starts = [n.start for n in report.numbers]
    assert starts == sorted(starts)


def assert_every_format_parses(report: FileReport, documents: dict) -> None:
    """json, json-lines and sarif load as JSON; concise and github lines keep their grammar;
    no text format carries a raw control character."""
    for name in FORMATS:
        text = render(name, [report], None, documents=documents)
        assert isinstance(text, str)
        text.encode("utf-8")  # writable, whatever the input held
        if name in ("json", "sarif", "claimreview", "gitlab", "rdjson"):
            strict_json(text)
        elif name == "json-lines":
            for line in text.splitlines():
                strict_json(line)
        if name in ("full", "concise", "github", "html"):
            assert not RAW.search(text), name
        if name == "github":
            for line in text.split("\n")[:-1]:
                assert GITHUB_LINE.fullmatch(line), line
        if name == "concise":
            for line in text.split("\n")[:-1]:
                assert CONCISE_LINE.fullmatch(line), line


@budget(100)
@given(text=articles(), date=dates())
def test_check_text_never_raises(reference, text, date):
    findings = check_text(text, reference, date=date)
    for finding in findings:
        assert 0 <= finding.claim.start < finding.claim.end <= len(text)


@budget(80)
@given(text=articles(), date=dates(), path=PATHS)
def test_plain_text_reports_hold_in_every_format(reference, text, date, path):
    document = document_from_text(text, path=path, date=date)
    report = check_document(document, reference)
    assert_report_holds(report, document)
    assert_every_format_parses(report, {path: document})


@budget(80)
@given(text=markdown(), default_date=dates())
def test_markdown_reports_hold_in_every_format(reference, text, default_date):
    document = document_from_text(
        text, path="draft.md", format="markdown", default_date=default_date
    )
    report = check_document(document, reference)
    assert_report_holds(report, document)
    assert_every_format_parses(report, {"draft.md": document})


@budget(80)
@given(text=html(), default_date=dates())
def test_html_reports_hold_in_every_format(reference, text, default_date):
    document = document_from_text(text, path="page.html", format="html", default_date=default_date)
    report = check_document(document, reference)
    assert_report_holds(report, document)  # lines and columns point into the HTML itself
    assert_every_format_parses(report, {"page.html": document})
