"""The single entry point the CLI calls for --format and --output."""

from __future__ import annotations

import io
from types import SimpleNamespace

import pytest
from rich.console import Console

from factcheck.report import FORMATS, UnknownFormatError, render


def test_formats_are_the_documented_names():
    assert FORMATS == [
        "full", "concise", "json", "json-lines", "sarif", "github", "gitlab", "rdjson", "html",
        "claimreview",
    ]  # fmt: skip


@pytest.mark.parametrize("name", FORMATS)
def test_every_format_renders_text_for_a_file(name, reports, documents):
    text = render(name, reports, None, documents=documents)
    assert isinstance(text, str) and text.endswith("\n")
    assert "\x1b[" not in text  # nothing written to a file carries terminal codes


@pytest.mark.parametrize("name", FORMATS)
def test_every_format_renders_without_the_article_text(name, reports):
    assert render(name, reports, None)


def test_full_prints_to_a_given_console_and_returns_nothing(reports):
    buffer = io.StringIO()
    console = Console(file=buffer, highlight=False)
    assert render("full", reports, None, console=console) is None
    assert "drafts/copeland.txt:6:25" in buffer.getvalue()


def test_unknown_format_names_the_choices(reports):
    with pytest.raises(UnknownFormatError, match="full, concise"):
        render("xml", reports, None)


# --- writers: a report written one file at a time -----------------------------------
def many(reports, documents):
    """The fixture's file, an unreadable one, one with a warning only, and the first again."""
    from factcheck.pipeline import FileReport

    (report,) = reports
    unreadable = FileReport(path="drafts/binary.txt", error="looks like a binary file")
    warned = FileReport(path="drafts/empty.md", warnings=["decoded as cp1252 (guessed)"])
    again = FileReport(path="drafts/again.txt", findings=report.findings)
    docs = {**documents, "drafts/again.txt": documents[report.path]}
    return [report, unreadable, warned, again], docs


def written(name, reports, documents, reference=None):
    from factcheck.report import writer

    buffer = io.StringIO()
    to = writer(name, buffer, reference)
    for report in reports:
        to.add(report, documents.get(report.path))
    to.close()
    return buffer.getvalue()


@pytest.mark.parametrize("count", [0, 1, 4])
def test_streamed_json_sarif_and_claimreview_match_the_whole_report(count, reports, documents):
    import json

    from factcheck.report import claimreview, sarif
    from factcheck.report import json as json_report

    reports, documents = many(reports, documents)
    reports = reports[:count]
    for reference in (None, SimpleNamespace(elections={"ge-2017": 1}, digest="sha256:abc")):
        whole = json_report.report_to_dict(reports, reference, documents)
        assert written("json", reports, documents, reference) == (
            json.dumps(whole, indent=2, ensure_ascii=False) + "\n"
        )
        log = sarif.sarif_log(reports, reference, documents)
        assert written("sarif", reports, documents, reference) == (
            json.dumps(log, indent=2, ensure_ascii=False) + "\n"
        )
    assert json.loads(written("claimreview", reports, documents)) == claimreview.reviews(
        reports, documents
    )


@pytest.mark.parametrize("name", ["full", "concise", "json", "json-lines", "claimreview"])
def test_streaming_formats_write_each_file_as_it_arrives(name, reports, documents):
    from factcheck.report import writer

    reports, documents = many(reports, documents)
    buffer = io.StringIO()
    to = writer(name, buffer, None)
    to.add(reports[0], documents[reports[0].path])
    assert "13,748" in buffer.getvalue()  # the first file's claims, before any other file
    for report in reports[1:]:
        to.add(report, documents.get(report.path))
    to.close()
    assert buffer.getvalue() == render(name, reports, None, documents=documents)


@pytest.mark.parametrize("name", ["sarif", "github", "html"])
def test_reports_set_aside_on_disk_come_back_unchanged(name, reports, documents, monkeypatch):
    from factcheck.report.common import Spool

    reports, documents = many(reports, documents)
    in_memory = written(name, reports, documents)
    monkeypatch.setattr(Spool, "MEMORY", 16)  # every spool spills to a temporary file
    assert written(name, reports, documents) == in_memory
