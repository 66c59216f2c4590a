"""The single entry point the CLI calls for --format and --output."""

from __future__ import annotations

import io

import pytest
from rich.console import Console

from factcheck.report import FORMATS, UnknownFormatError, render


def test_formats_are_the_documented_names():
    assert FORMATS == [
        "full", "concise", "json", "json-lines", "sarif", "github", "html", "claimreview"
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
