"""`--format html`: one self-contained page, every article string escaped."""

from __future__ import annotations

import re
import shutil
import subprocess
from html.parser import HTMLParser
from pathlib import Path

import pytest

from factcheck.claims import Fix, Verdict
from factcheck.pipeline import FileReport
from factcheck.read.document import document_from_text
from factcheck.report import html as html_report

from .conftest import finding_at


class Elements(HTMLParser):
    """Every start tag with its attributes, and the text inside <mark> elements."""

    def __init__(self, page: str) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.marks: list[str] = []
        self._in_mark = 0
        self.feed(page)

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))
        if tag == "mark":
            self._in_mark += 1
            self.marks.append("")

    def handle_endtag(self, tag):
        if tag == "mark":
            self._in_mark -= 1

    def handle_data(self, data):
        if self._in_mark:
            self.marks[-1] += data

    def named(self, tag: str) -> list[dict[str, str | None]]:
        return [attrs for t, attrs in self.tags if t == tag]


def test_claims_are_highlighted_in_the_article_by_verdict(reports, documents):
    page = Elements(html_report.render(reports, None, documents))
    marks = page.named("mark")
    assert [m["data-verdict"] for m in marks] == [
        "true", "false", "unverifiable", "approximately_true", "true"
    ]  # fmt: skip
    assert all(m["class"] == f"claim v-{m['data-verdict']}" for m in marks)
    assert page.marks == ["✓13,748 votes", "✗2,417", "?100%", "≈5.1 points", "✓1935"]


def test_details_on_hover_and_in_the_list(reports, documents):
    page_text = html_report.render(reports, None, documents)
    page = Elements(page_text)
    false_mark = page.named("mark")[1]
    assert false_mark["title"] == (
        "✗ false\nclaimed: 2,417 votes\nofficial: 2,147 votes\nreason: official majority: 2,147\n"
        "source: House of Commons Library, CBP-7917"
    )
    assert len(page.named("details")) == len(reports[0].findings)
    assert "<dt>official</dt><dd>2,147 votes</dd>" in page_text


def test_summary_counts_the_verdicts(reports, documents):
    page = html_report.render(reports, None, documents)
    assert '<span>1 <span class="verdict v-false">✗ false</span></span>' in page
    assert "(1 suppressed)" in page


def test_article_script_is_escaped_never_run(reports, documents):
    page = html_report.render(reports, None, documents)
    assert "<script" not in page.lower()
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert not Elements(page).named("script")


def test_quotes_in_article_and_findings_cannot_break_out_of_attributes(document):
    hostile = 'x" onmouseover="alert(1)" data-x=\'y'
    finding = finding_at(
        document, "2,417", "majority", Verdict.FALSE, value=2417, as_written="2,417", reason=hostile
    )
    page = html_report.render(
        [FileReport(document.path, [finding])], None, {document.path: document}
    )
    for _, attrs in Elements(page).tags:
        assert "onmouseover" not in attrs
    assert "&quot; onmouseover=&quot;alert(1)&quot;" in page


def test_hostile_path_is_escaped(reports):
    reports[0].path = '<img src=x onerror="alert(1)">.txt'
    page = html_report.render(reports, None)
    assert not Elements(page).named("img")


def test_no_external_assets_and_no_script(reports, documents):
    page = Elements(html_report.render(reports, None, documents))
    assert not page.named("script") and not page.named("link") and not page.named("img")
    assert all(
        not attrs.get("href", "#").strip().startswith(("http", "//")) for _, attrs in page.tags
    )
    assert page.named("style") == [{}]


def test_without_the_article_the_claims_are_still_listed(reports):
    page = Elements(html_report.render(reports, None))
    assert not page.named("mark")
    assert len(page.named("details")) == len(reports[0].findings)


def test_several_files_get_a_section_each(reports, documents):
    other = document_from_text("Turnout was 51%.\n", path="b.txt")
    finding = finding_at(
        other, "51%", "turnout", Verdict.TRUE, value=51, as_written="51%", actual=51.3
    )
    page = Elements(html_report.render(
        [*reports, FileReport("b.txt", [finding]), FileReport("gone.txt", error="cannot read")],
        None, {**documents, "b.txt": other},
    ))  # fmt: skip
    assert [a["id"] for a in page.named("section")] == ["file-1", "file-2", "file-3"]
    assert len(page.named("mark")) == 6


CHROMIUM_NAMES = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable", "chrome")


def find_chromium() -> str | None:
    return next((path for name in CHROMIUM_NAMES if (path := shutil.which(name))), None)


def with_a_fix(reports) -> None:
    false = reports[0].findings[1]
    false.fix = Fix("2,147", True, start=false.claim.start, end=false.claim.end)


# A false or approximately true claim's <mark>, then the note beside it.
NOTED = re.compile(
    r'<mark class="claim v-(false|approximately_true)"[^>]*>.*?</mark>'
    r'<span class="correction v-\1">([^<]*)</span>'
)


def test_the_official_figure_and_the_fix_stand_beside_each_problem(reports, documents):
    with_a_fix(reports)
    page = html_report.render(reports, None, documents)
    assert NOTED.findall(page) == [
        ("false", "official 2,147 votes · fix: 2,147"),
        ("approximately_true", "official 4.9 points"),
    ]


def test_the_list_holds_the_shown_claims_worst_first(reports, documents):
    problems = frozenset({Verdict.FALSE, Verdict.UNVERIFIABLE, Verdict.APPROXIMATELY_TRUE})
    page_text = html_report.render(reports, None, documents, show=problems)
    page = Elements(page_text)
    listed = [a["class"] for a in page.named("span") if a.get("class", "").startswith("verdict")]
    entries = listed[-3:]  # after the summaries' badges
    assert entries == ["verdict v-false", "verdict v-unverifiable", "verdict v-approximately_true"]
    assert len(page.named("details")) == 3
    assert "2 true claims not shown; --show all to list them" in page_text
    # True claims are still highlighted in the article, but link to no entry.
    true_marks = [m for m in page.named("mark") if m["data-verdict"] == "true"]
    assert len(true_marks) == 2
    assert len(page.named("a")) == 3


def chromium(tmp_path) -> list[str]:
    browser = find_chromium()
    if browser is None:
        pytest.skip("no chromium binary on PATH (apt-get install -y chromium)")
    return [
        browser, "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run",
        "--hide-scrollbars", f"--user-data-dir={tmp_path / 'profile'}",
    ]  # fmt: skip


def screenshot(common: list[str], page: Path, shot: Path) -> bytes:
    subprocess.run(
        [*common, "--window-size=1200,1600", f"--screenshot={shot}", page.as_uri()],
        capture_output=True, timeout=120, check=True,
    )  # fmt: skip
    data = shot.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n" and len(data) > 1000
    return data


def test_a_browser_shows_the_highlighted_claims(reports, documents, tmp_path):
    common = chromium(tmp_path)
    with_a_fix(reports)
    text = html_report.render(reports, None, documents)
    page = tmp_path / "report.html"
    page.write_text(text, encoding="utf-8")
    dom = subprocess.run(
        [*common, "--dump-dom", page.as_uri()], capture_output=True, text=True, timeout=120
    )
    assert dom.returncode == 0, dom.stderr[-2000:]
    rendered = Elements(dom.stdout)
    assert [m["data-verdict"] for m in rendered.named("mark")] == [
        "true", "false", "unverifiable", "approximately_true", "true"
    ]  # fmt: skip
    assert not rendered.named("script")
    # As the browser built the page: the official figure and the correction are text set
    # right after each false claim's highlight, not in a title that needs hovering.
    assert ("false", "official 2,147 votes · fix: 2,147") in NOTED.findall(dom.stdout)

    # And they are painted on load: hiding them (and nothing else) changes the picture,
    # while the same page drawn twice gives the same picture.
    shown = screenshot(common, page, tmp_path / "shown.png")
    assert screenshot(common, page, tmp_path / "again.png") == shown
    hidden = tmp_path / "hidden.html"
    hidden.write_text(
        text.replace("</style>", ".correction { visibility: hidden; }</style>"), encoding="utf-8"
    )
    assert screenshot(common, hidden, tmp_path / "hidden.png") != shown
