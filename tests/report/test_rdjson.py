"""`--format rdjson`: reviewdog's Diagnostic Format, with the correction as a suggestion.

tests/data/rdjson.schema.json is a minimal copy of reviewdog's published DiagnosticResult
schema (proto/rdf/jsonschema/DiagnosticResult.json), with the fields reviewdog.proto does
not call optional made required.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from factcheck.claims import Fix, UnusedSuppression, Verdict
from factcheck.kinds.registry import code_for
from factcheck.pipeline import FileReport
from factcheck.read.document import document_from_text
from factcheck.report import rdjson, sarif
from factcheck.report.concise import FILE_ERROR
from factcheck.report.sarif import help_uri

from .conftest import finding_at

jsonschema = pytest.importorskip(
    "jsonschema", reason="install the test extras: pip install -e '.[test]'"
)

SCHEMA = json.loads((Path(__file__).parents[1] / "data" / "rdjson.schema.json").read_text())


def validate(result: dict) -> None:
    validator = jsonschema.Draft4Validator(SCHEMA)
    errors = sorted(validator.iter_errors(result), key=lambda e: list(e.path))
    assert not errors, [f"{list(e.path)}: {e.message}" for e in errors]


def rendered(reports, documents=None, **kwargs) -> dict:
    return json.loads(rdjson.render(reports, documents, **kwargs))


# "ô" is two bytes in UTF-8 and "—" three: reviewdog counts columns in bytes.
ARTICLE = "Ynys Môn — Labour won 12,959 votes, a majority of 5,259.\n"


@pytest.fixture
def mon():
    document = document_from_text(ARTICLE, path="drafts/mon.txt")
    votes = finding_at(
        document,
        "12,959 votes",
        "votes",
        Verdict.TRUE,
        value=12959,
        as_written="12,959",
        unit="votes",
        actual=12959,
    )
    majority = finding_at(document, "5,259", "majority", Verdict.FALSE, value=5259,
                          as_written="5,259", unit="votes", actual=229,
                          reason="official majority: 229")  # fmt: skip
    start = ARTICLE.index("5,259")
    majority.fix = Fix("229", True, start, start + 5)
    return [FileReport(document.path, [votes, majority])], {document.path: document}


def test_validates_with_claims_errors_warnings_and_unused_suppressions(mon, reports, documents):
    (report,), docs = mon
    report.unused_suppressions = [UnusedSuppression(1, 1, "factcheck: ignore", (), "unused", 0)]
    broken = FileReport("gone.txt", error="gone.txt: cannot read", warnings=["odd"])
    result = rendered([report, *reports, broken], {**docs, **documents})
    validate(result)
    validate(rendered(reports))  # without the article text
    assert result["source"]["name"] == "factcheck"
    codes = [d["code"]["value"] for d in result["diagnostics"]]
    assert codes == ["FC004", "FC102", "FC102", "FC103", "FC104", "FC001", "FC002"]


def test_the_validator_does_catch_a_broken_result(mon):
    result = rendered(*mon)
    result["diagnostics"][0]["severity"] = "FATAL"
    del result["diagnostics"][0]["location"]["path"]
    with pytest.raises(AssertionError):
        validate(result)


def test_a_false_claim_is_an_error_at_its_range_in_bytes_with_the_correction(mon):
    (diagnostic,) = rendered(*mon)["diagnostics"]
    assert diagnostic["severity"] == "ERROR"
    assert diagnostic["message"] == 'False: "5,259": official majority: 229; fix: 229'
    assert diagnostic["code"] == {"value": "FC102", "url": help_uri(code_for("majority"))}
    # "5,259" is at code point 51; the "ô" and "—" before it add 1 and 2 bytes.
    start = len(ARTICLE[: ARTICLE.index("5,259")].encode()) + 1
    assert start == ARTICLE.index("5,259") + 1 + 3
    span = {"start": {"line": 1, "column": start}, "end": {"line": 1, "column": start + 5}}
    assert diagnostic["location"] == {"path": "drafts/mon.txt", "range": span}
    assert diagnostic["suggestions"] == [{"range": span, "text": "229"}]


def test_applying_each_suggestion_gives_the_corrected_text(mon):
    (diagnostic,) = rendered(*mon)["diagnostics"]
    (suggestion,) = diagnostic["suggestions"]
    raw = ARTICLE.encode()
    begin, end = (
        suggestion["range"]["start"]["column"] - 1,
        suggestion["range"]["end"]["column"] - 1,
    )
    fixed = (raw[:begin] + suggestion["text"].encode() + raw[end:]).decode()
    assert fixed == "Ynys Môn — Labour won 12,959 votes, a majority of 229.\n"


def test_only_problems_are_listed_by_default_and_every_claim_when_asked(mon, reports, documents):
    assert [d["severity"] for d in rendered(*mon)["diagnostics"]] == ["ERROR"]
    every = rendered(*mon, show=None)["diagnostics"]
    assert [d["severity"] for d in every] == ["INFO", "ERROR"]
    assert "suggestions" not in every[0]  # a true claim has nothing to correct
    listed = rendered(reports, documents, show=None)["diagnostics"]
    assert "FC105" not in {d["code"]["value"] for d in listed}  # the suppressed claim
    severities = {
        d["code"]["value"]: d["severity"] for d in rendered(reports, documents)["diagnostics"]
    }
    assert severities == {"FC102": "ERROR", "FC103": "WARNING", "FC104": "WARNING"}


def test_a_code_links_to_its_help_page_when_there_is_one(mon, monkeypatch):
    monkeypatch.setattr(sarif, "help_uri", lambda code: f"https://example.org/rules#{code.code}")
    (diagnostic,) = rendered(*mon)["diagnostics"]
    assert diagnostic["code"] == {"value": "FC102", "url": "https://example.org/rules#FC102"}


def test_in_html_the_range_is_in_the_source_and_markup_is_never_replaced():
    html = "<p>Ynys Môn: a majority of <b>5,259</b>, and 12,959&nbsp;votes.</p>\n"
    document = document_from_text(html, path="mon.html", format="html")
    document.text += "\n"  # finding_at ends the claim's sentence at a line break
    text = document.text
    majority = finding_at(
        document,
        "5,259",
        "majority",
        Verdict.FALSE,
        value=5259,
        as_written="5,259",
        unit="votes",
        actual=229,
    )
    votes = finding_at(document, "12,959 votes", "votes", Verdict.FALSE, value=12959,
                       as_written="12,959", unit="votes", actual=12958)  # fmt: skip
    majority.fix = Fix("229", True, text.index("5,259"), text.index("5,259") + 5)
    start = text.index("12,959")
    votes.fix = Fix("12,958 votes", True, start, start + len("12,959 votes"))
    report = FileReport("mon.html", [majority, votes])
    first, second = rendered([report], {"mon.html": document})["diagnostics"]
    column = len(html[: html.index("5,259")].encode()) + 1
    assert first["location"]["range"]["start"] == {"line": 1, "column": column}
    assert first["suggestions"][0]["text"] == "229"
    # "12,959&nbsp;votes": the entity is not the text the fix replaces, so no suggestion.
    assert "suggestions" not in second


def test_an_unreadable_file_and_an_unused_suppression_are_located():
    document = document_from_text("—— <!-- factcheck: ignore -->\n", path="a.md", format="markdown")
    unused = UnusedSuppression(1, 4, "factcheck: ignore", (), "nothing after it", 3)
    report = FileReport("a.md", unused_suppressions=[unused])
    broken = FileReport("b.md", error="looks like a binary file")
    first, second = rendered([report, broken], {"a.md": document})["diagnostics"]
    assert first["location"] == {"path": "a.md", "range": {"start": {"line": 1, "column": 8}}}
    assert first["severity"] == "WARNING" and first["code"]["value"] == "FC004"
    assert second == {
        "message": "Not checked: looks like a binary file",
        "location": {"path": "b.md"},
        "severity": "ERROR",
        "code": {"value": "FC001", "url": help_uri(FILE_ERROR)},
    }
