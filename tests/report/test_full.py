"""The default terminal report: readable in colour, and still readable without it."""

from __future__ import annotations

import io
import re

import pytest
from rich.console import Console

from factcheck.claims import Fix, Qualifier, Quantity, Verdict
from factcheck.pipeline import FileReport
from factcheck.report import full
from factcheck.report.common import claimed_text

from .conftest import finding_at

# An SGR sequence that sets a foreground or background colour.
COLOUR = re.compile(r"\x1b\[(?:[0-9;]*;)?(?:3[0-9]|4[0-9]|9[0-7]|10[0-7])(?:;[0-9;]*)?m")


def terminal(**kwargs) -> tuple[Console, io.StringIO]:
    buffer = io.StringIO()
    options = {"force_terminal": True, "color_system": "truecolor", "width": 120}
    return Console(file=buffer, highlight=False, **(options | kwargs)), buffer


def printed(reports, documents=None, **kwargs) -> str:
    console, buffer = terminal(**kwargs)
    full.print_report(console, reports, None, documents)
    return buffer.getvalue()


def test_each_claim_shows_place_quote_figures_verdict_rule_and_source(reports, documents):
    text = full.render_text(reports, None, documents)
    block = text[text.index("✗ false") : text.index("? unverifiable")]
    assert "drafts/copeland.txt:6:53" in block
    assert "“Trudy Harrison won with 13,748 votes, a majority of 2,417 over Labour.”" in block
    assert re.search(r"claimed +2,417 votes\n", block)
    assert re.search(r"official +2,147 votes\n", block)
    assert re.search(r"reason +official majority: 2,147\n", block)
    assert re.search(r"rule +exact figure\n", block)
    assert re.search(r"source +House of Commons Library, CBP-7917\n", block)


def test_summary_per_file_and_overall(reports, documents):
    text = full.render_text([*reports, FileReport("gone.txt", error="gone.txt: cannot read")], None)
    summary = (
        "5 claims: 1 ✗ false, 1 ≈ approximately true, 1 ? unverifiable, 2 ✓ true (1 suppressed)"
    )
    assert f"drafts/copeland.txt: {summary}" in text
    assert f"Overall: 2 files, {summary}; 1 file not read" in text
    assert "error: gone.txt: cannot read" in text


def test_suppressed_claims_are_counted_not_listed(reports, documents):
    text = full.render_text(reports, None, documents)
    assert "turnout" not in text
    assert "(1 suppressed)" in text


def test_colour_on_a_terminal(reports, documents, monkeypatch):
    monkeypatch.delenv("NO_COLOR", raising=False)
    assert COLOUR.search(printed(reports, documents))


def test_no_colour_with_NO_COLOR_but_the_symbols_stay(reports, documents, monkeypatch):
    monkeypatch.setenv("NO_COLOR", "1")
    text = printed(reports, documents)
    assert not COLOUR.search(text)
    for label in ("✓ true", "≈ approximately true", "✗ false", "? unverifiable"):
        assert label in text


def test_no_escape_codes_at_all_in_a_pipe(reports, documents, monkeypatch):
    monkeypatch.delenv("NO_COLOR", raising=False)
    monkeypatch.delenv("FORCE_COLOR", raising=False)
    buffer = io.StringIO()  # not a tty
    full.print_report(full.make_console(buffer), reports, None, documents)
    assert "\x1b" not in buffer.getvalue()
    assert "✗ false" in buffer.getvalue()


def test_article_text_is_never_read_as_markup(reports, documents):
    finding = reports[0].findings[0]
    finding.claim.text = "[bold red]13,748[/bold red]"
    finding.reason = "see [link=https://example.com]here[/link] :thumbs_up:"
    text = printed([FileReport("a.txt", [finding])], color_system=None)
    assert "[bold red]13,748[/bold red]" in text
    assert "see [link=https://example.com]here[/link] :thumbs_up:" in text


def test_numbers_are_not_highlighted(reports, monkeypatch):
    monkeypatch.delenv("NO_COLOR", raising=False)
    text = printed(reports)
    reason_line = next(line for line in text.splitlines() if "official majority" in line)
    assert reason_line.endswith("official majority: 2,147")  # no codes around the figures


def test_ascii_symbols_when_the_terminal_cannot_print_them(reports, documents):
    finding = reports[0].findings[1]
    finding.reason = "official majority in Ynys Môn: 2,147"
    raw = io.BytesIO()
    stream = io.TextIOWrapper(raw, encoding="ascii")
    console = Console(file=stream, highlight=False, force_terminal=False, width=120)
    full.print_report(console, reports, None, documents)
    stream.flush()
    text = raw.getvalue().decode("ascii")  # would raise on any character it cannot carry
    assert "x false" in text and "+ true" in text and "~ approximately true" in text
    assert "Ynys M?n" in text
    assert '"...share fell by' in text


def test_without_the_article_text_the_claim_alone_is_quoted(reports):
    text = full.render_text(reports, None)
    assert "“2,417”" in text


@pytest.mark.parametrize("count, word", [(0, "no numeric claims found"), (1, "1 claim: ")])
def test_small_files_read_naturally(reports, count, word):
    text = full.render_text([FileReport("a.txt", reports[0].findings[:count])], None)
    assert word in text


def test_render_prints_to_standard_output_by_default(reports, capsys):
    full.render(reports, None)
    assert "drafts/copeland.txt:6:25" in capsys.readouterr().out


def test_claimed_figures_keep_their_hedge_and_unit():
    assert claimed_text(Quantity(80, "80", "years", Qualifier.MORE_THAN)) == "more than 80 years"
    assert claimed_text(Quantity(23, "23", "count", Qualifier.ODD)) == "23-odd"
    assert claimed_text(Quantity(51, "51%", "percent", Qualifier.ABOUT)) == "about 51%"


# --- problems first, the correction, and text a reader can take in -----------------

PROBLEMS = frozenset({Verdict.FALSE, Verdict.UNVERIFIABLE, Verdict.APPROXIMATELY_TRUE})


def claim_headings(text: str) -> list[str]:
    return re.findall(r"^  . (false|unverifiable|approximately true|true)  ", text, re.M)


def test_claims_are_grouped_by_verdict_false_first(reports, documents):
    text = full.render_text(reports, None, documents)
    assert claim_headings(text) == ["false", "unverifiable", "approximately true", "true", "true"]


def test_the_claims_show_leaves_out_fold_into_one_line(reports, documents):
    text = full.render_text(reports, None, documents, show=PROBLEMS)
    assert claim_headings(text) == ["false", "unverifiable", "approximately true"]
    assert "\n  2 true claims not shown; --show all to list them\n" in text
    assert "5 claims: 1 ✗ false, 1 ≈ approximately true, 1 ? unverifiable, 2 ✓ true" in text


def test_a_false_claim_shows_the_correction(reports, documents):
    false = reports[0].findings[1]
    false.fix = Fix("2,147", True, start=false.claim.start, end=false.claim.end)
    text = full.render_text(reports, None, documents, show=PROBLEMS)
    assert re.search(r"official +2,147 votes\n +fix +2,147\n", text)


def test_a_correction_that_drops_a_hedge_says_what_it_replaces(document):
    start = document.text.index("about 51%")
    finding = finding_at(document, "51%", "turnout", Verdict.FALSE, value=51, as_written="51",
                         unit="percent", actual=38.2, qualifier=Qualifier.MORE_THAN)  # fmt: skip
    finding.fix = Fix("38.2%", False, start=start, end=finding.claim.end)
    text = full.render_text([FileReport(document.path, [finding])], None,
                            {document.path: document})  # fmt: skip
    assert re.search(r"fix +38\.2%, for “about 51%”\n", text)


def test_reason_does_not_repeat_the_rule(reports, documents):
    false = reports[0].findings[1]
    false.reason, false.rule = (
        "official: 2,147 (an exact figure must match)",
        "an exact figure must match",
    )
    text = full.render_text(reports, None, documents)
    assert re.search(r"reason +official: 2,147\n +rule +an exact figure must match\n", text)


def test_one_short_source_per_claim(reports, documents):
    reports[0].findings[1].source = "; ".join(
        f"House of Commons Library, CBP-{n}" for n in range(7)
    )
    text = full.render_text(reports, None, documents)
    assert re.search(r"source +House of Commons Library, CBP-0 \(\+6 more\)\n", text)


def test_baselined_and_suppressed_claims_are_said_to_be_so(reports, documents):
    reports[0].findings[1].baselined = True
    text = full.render_text(reports, None, documents, show=frozenset(Verdict))
    assert "majority  (in baseline: does not fail the run)" in text
    assert "turnout  (suppressed)" in text  # --show all lists the suppressed claim, marked
    assert "(1 suppressed, 1 in baseline)" in text


def test_no_hard_wrap_in_a_pipe_or_a_log(reports, documents, monkeypatch):
    monkeypatch.setenv("COLUMNS", "80")
    reports[0].findings[1].reason = "official majority: 2,147; " + "a long explanation " * 8
    buffer = io.StringIO()  # not a terminal
    full.print_report(full.make_console(buffer), reports, None, documents)
    (reason,) = [line for line in buffer.getvalue().splitlines() if "official majority" in line]
    assert len(reason) > 150 and reason.rstrip().endswith("a long explanation")


def test_on_a_terminal_lines_still_fit_its_width(reports, documents):
    reports[0].findings[1].reason = "official majority: 2,147; " + "a long explanation " * 8
    text = printed(reports, documents, width=80, color_system=None)
    assert max(len(line) for line in text.splitlines()) <= 80
