"""Hand-built reports for the format tests: no extractor, no reference data."""

from __future__ import annotations

import pytest

from factcheck.claims import Claim, Finding, Qualifier, Quantity, Verdict
from factcheck.pipeline import FileReport
from factcheck.read.document import Document, document_from_text

# Every hostile thing an article can hold: markup for Rich, HTML, a GitHub workflow command.
ARTICLE = """\
---
date: 2017-02-24
---
Copeland by-election [bold red]result[/bold red]: a "shock" & a 'surprise'

Trudy Harrison won with 13,748 votes, a majority of 2,417 over Labour.
::error file=x.txt,line=1::pwned <script>alert(1)</script> 100% of "quoted" text
Labour's share fell by 5.1 points, and the seat had been held since 1935.
Turnout was about 51%.
"""


def finding_at(
    document: Document,
    needle: str,
    kind: str,
    verdict: Verdict,
    *,
    value: float,
    as_written: str,
    unit: str = "number",
    actual: float | int | str | None = None,
    reason: str = "",
    qualifier: Qualifier = Qualifier.EXACT,
    suppressed: bool = False,
) -> Finding:
    """A finding for the first `needle` in the document, located as the pipeline would."""
    start = document.text.index(needle)
    end = start + len(needle)
    sentence_start = document.text.rfind("\n", 0, start) + 1
    sentence_end = document.text.index("\n", end)
    claim = Claim(
        kind=kind,
        quantity=Quantity(value, as_written, unit, qualifier),
        start=start,
        end=end,
        text=needle,
        sentence_start=sentence_start,
        sentence_end=sentence_end,
    )
    line, column = document.line_column(start)
    return Finding(
        claim=claim,
        verdict=verdict,
        reason=reason,
        rule="exact figure" if qualifier == Qualifier.EXACT else "hedged figure",
        subject="Copeland by-election, 23 February 2017",
        actual=actual,
        source="House of Commons Library, CBP-7917",
        line=line,
        column=column,
        suppressed=suppressed,
    )


@pytest.fixture
def document() -> Document:
    return document_from_text(ARTICLE, path="drafts/copeland.txt")


@pytest.fixture
def findings(document: Document) -> list[Finding]:
    d = document
    return [
        finding_at(d, "13,748 votes", "votes", Verdict.TRUE, value=13748, as_written="13,748",
                   unit="votes", actual=13748, reason="official result: 13,748"),
        finding_at(d, "2,417", "majority", Verdict.FALSE, value=2417, as_written="2,417",
                   unit="votes", actual=2147, reason="official majority: 2,147"),
        finding_at(d, "100%", "share", Verdict.UNVERIFIABLE, value=100, as_written="100%",
                   unit="percent", reason="no election named near this figure"),
        finding_at(d, "5.1 points", "share_change", Verdict.APPROXIMATELY_TRUE, value=5.1,
                   as_written="5.1", unit="percent", actual=4.9,
                   reason="official fall: 4.9 points, within 0.5 of 5.1"),
        finding_at(d, "1935", "held_since", Verdict.TRUE, value=1935, as_written="1935",
                   unit="year", actual=1935, reason="Labour held Copeland from 1935"),
        finding_at(d, "51%", "turnout", Verdict.TRUE, value=51, as_written="51%",
                   unit="percent", actual=51.3, qualifier=Qualifier.ABOUT,
                   reason="official turnout 51.3%", suppressed=True),
    ]  # fmt: skip


@pytest.fixture
def reports(document: Document, findings: list[Finding]) -> list[FileReport]:
    return [FileReport(path=document.path, findings=findings)]


@pytest.fixture
def documents(document: Document) -> dict[str, Document]:
    return {document.path: document}
