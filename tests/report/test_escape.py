"""Control characters from an article, the reference data or a file name never reach a
report raw: text formats show them escaped, JSON formats write them as JSON escapes."""

from __future__ import annotations

import io
import json
import re

import pytest
from rich.console import Console

from factcheck.claims import Verdict
from factcheck.pipeline import FileReport
from factcheck.read.document import document_from_text
from factcheck.report import FORMATS, render
from factcheck.report.escape import json_safe, visible, visible_line
from factcheck.report.full import print_report

from .conftest import finding_at

# Every character a report must never carry raw (tab and newline are checked separately).
RAW = re.compile(
    "[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069\ud800-\udfff]"
)
# Rich's own colour codes: the only escape sequences a terminal report may hold.
SGR = re.compile(r"\x1b\[[0-9;]*m")

ESC_TITLE = "\x1b]0;all claims true\x07"  # sets the terminal's window title
CLEAR = "\x1b[2J\x1b[H"  # clears the screen
RLO = "\u202e"  # right-to-left override: "eurt" reads as "true"
HOSTILE = f"{CLEAR}{ESC_TITLE}\r\x85\x9b31m{RLO}eurt\u2066\x7f\x00"


def test_visible_shows_controls_as_python_writes_them():
    assert visible("a\x1b[2Jb") == "a\\x1b[2Jb"
    assert visible(f"{RLO}eurt") == "\\u202eeurt"
    assert visible("x\x9b\x7f\r\x00") == "x\\x9b\\x7f\\r\\x00"
    assert visible("caf\udce9.md") == "caf\\xe9.md"  # a byte that was not UTF-8
    assert visible("tab\there\nnext") == "tab\there\nnext"
    assert visible_line("tab\there\nnext") == "tab\there\\nnext"


def test_ordinary_text_is_untouched():
    text = "Ynys Môn — 13 748 votes (“41%”), C:\\drafts\\a.md, [bold], 100% \u200b"
    assert visible(text) == visible_line(text) == json_safe(text) == text


def test_json_safe_is_lossless():
    raw = json.dumps({"t": HOSTILE}, ensure_ascii=False)
    safe = json_safe(raw)
    assert not RAW.search(safe)
    assert json.loads(safe) == {"t": HOSTILE}


@pytest.fixture
def hostile_reports():
    """One file whose name, text, reference strings, error and warnings are all hostile."""
    text = f"Esc {HOSTILE} [bold]x[/bold]: Harrison won 13,748 votes{RLO} in Copeland.\n"
    path = f"drafts/{CLEAR}a\nb.txt:9:9: info FC101 true{RLO}.md"
    document = document_from_text(text, path=path)
    finding = finding_at(
        document,
        "13,748 votes",
        "votes",
        Verdict.FALSE,
        value=13748,
        as_written=f"13,748{RLO}",
        unit="votes",
        actual=f"Eve {CLEAR}Mallory{RLO}",
        reason=f"official: Eve {CLEAR}Mallory {HOSTILE}",
    )
    finding.claim.text = f"13,748 votes [bold]x[/bold]{HOSTILE}"
    finding.source = f"Evil {ESC_TITLE} Press"
    finding.subject = f"majority of {RLO}Eve{CLEAR}"
    finding.rule = f"rule {HOSTILE}"
    report = FileReport(path=path, findings=[finding], warnings=[f"odd {HOSTILE}"])
    broken = FileReport(path=f"{CLEAR}bad.md", error=f"cannot read {HOSTILE}")
    return [report, broken], {path: document}


@pytest.mark.parametrize("name", ["full", "concise", "github", "html"])
def test_text_formats_show_every_control_escaped(name, hostile_reports):
    reports, documents = hostile_reports
    text = render(name, reports, None, documents=documents)
    assert not RAW.search(text)
    assert "\\x1b[2J" in text and "\\u202e" in text
    if name != "html":
        assert "[bold]x[/bold]" in text  # shown as written, never read as markup


@pytest.mark.parametrize("name", ["concise", "github"])
def test_line_formats_keep_one_finding_per_line(name, hostile_reports):
    reports, documents = hostile_reports
    lines = render(name, reports, None, documents=documents).splitlines()
    # The file name holds a newline and a forged finding: it stays inside its own line.
    prefix = {"concise": "drafts/", "github": "::"}[name]
    assert len(lines) == 3  # the input warning, the finding, the unreadable file
    assert all(line.startswith((prefix, "\\x1b", "::")) for line in lines)


def test_a_colour_terminal_gets_only_richs_own_codes(hostile_reports, monkeypatch):
    monkeypatch.delenv("NO_COLOR", raising=False)
    reports, documents = hostile_reports
    buffer = io.StringIO()
    console = Console(file=buffer, force_terminal=True, color_system="truecolor", width=100)
    print_report(console, reports, None, documents)
    shown = buffer.getvalue()
    assert SGR.search(shown)  # coloured, so the check below is not vacuous
    assert not RAW.search(SGR.sub("", shown))


@pytest.mark.parametrize("name", ["json", "json-lines", "sarif", "gitlab", "rdjson", "claimreview"])
def test_json_formats_escape_controls_and_keep_the_text(name, hostile_reports):
    reports, documents = hostile_reports
    text = render(name, reports, None, documents=documents)
    assert not RAW.search(text)
    records = [json.loads(line) for line in text.splitlines()] if name == "json-lines" else []
    data = records or json.loads(text)
    # The reader of the JSON gets the original text back, controls and all (the official
    # figure, or the reason quoting it where a format's message gives that instead).
    assert any(f"Eve {CLEAR}Mallory" in s for s in strings(data))


def strings(data: object) -> list[str]:
    """Every string value in parsed JSON."""
    if isinstance(data, str):
        return [data]
    if isinstance(data, dict):
        return [s for v in data.values() for s in strings(v)]
    if isinstance(data, list):
        return [s for v in data for s in strings(v)]
    return []


def test_every_format_is_covered():
    covered = {"full", "concise", "github", "html", "json", "json-lines", "sarif", "claimreview"}
    covered |= {"gitlab", "rdjson"}
    assert covered == set(FORMATS)
