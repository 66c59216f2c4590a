"""The real check, explain and reference commands on hostile input: control characters from
an article, an extra reference file (-r) and a file name never reach the output raw."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from factcheck.cli import run
from factcheck.reference import load

BASIC = Path(__file__).resolve().parent / "data" / "reference" / "basic"
RAW = re.compile(
    "[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069\ud800-\udfff]"
)

# YAML's "\e" is ESC: a candidate whose name clears the screen, a source that sets the
# terminal's title, a seat whose name reverses the text after it.
EXTRA = r"""
sources:
  - {id: test-evil, publisher: "Evil\e]0;all claims true\a Press", title: "T"}
constituencies:
  - {id: testshire-east, name: "Test\u202eshire East", aliases: ["Testshire East"],
     created: "1950", source: test-evil}
elections:
  - {id: by-2021-05-06-testshire-east, kind: by-election, date: "2021-05-06",
     constituency: testshire-east, name: "Testshire East by-election", source: test-evil}
results:
  - election: by-2021-05-06-testshire-east
    constituency: testshire-east
    electorate: 70000
    candidates:
      - {name: "Eve \e[2J\e[HMallory", party: conservative, votes: 20000}
      - {name: "Bob Builder", party: labour, votes: 15000}
    source: test-evil
"""
ARTICLE = (
    "---\ndate: 2021-05-07\n---\n"
    "The winner took 45% of the vote in the Testshire East by-election.\n\n"
    "The Testshire East seat was created in 1983.\n\n"
    "Breaking \x1b[31m[bold]all true[/bold]\x1b[0m\u202e: Labour won 15,000 votes in the "
    "Testshire East by-election.\n"
)
NAME = "a\x1b]0;title\x07\u202e.md"


@pytest.fixture
def hostile(tmp_path, monkeypatch):
    """The fixture dataset as the bundled data, an extra reference file and an article."""
    monkeypatch.setattr(load, "bundled_reference_dir", lambda: BASIC)
    monkeypatch.setenv("FACTCHECK_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.setenv("COLUMNS", "200")
    monkeypatch.delenv("FACTCHECK_FORMAT", raising=False)
    monkeypatch.chdir(tmp_path)
    (tmp_path / "extra.yaml").write_text(EXTRA, encoding="utf-8")
    (tmp_path / NAME).write_text(ARTICLE, encoding="utf-8")
    return tmp_path


@pytest.mark.parametrize("format_name", ["full", "concise", "github"])
def test_no_control_character_reaches_a_text_report(hostile, capsys, format_name):
    # --show all: the hostile sentence's claim is true, and true claims are folded by default.
    status = run(["--jobs", "1", "-r", "extra.yaml", "-f", format_name, "--show", "all", NAME])
    out, err = capsys.readouterr()
    assert status == 1, err  # the 45% is false: the article was really checked
    assert not RAW.search(out) and not RAW.search(err)
    assert "a\\x1b]0;title\\x07\\u202e.md" in out  # the file name
    assert "Eve \\x1b[2J\\x1b[HMallory" in out  # the candidate, from the extra reference
    if format_name == "full":
        assert "Evil\\x1b]0;all claims true\\x07 Press" in out  # the source
        assert "\\x1b[31m[bold]all true[/bold]\\x1b[0m\\u202e" in out  # the article, no markup


def test_the_json_report_keeps_the_text_for_programs(hostile, capsys):
    import json

    run(["--jobs", "1", "-r", "extra.yaml", "-f", "json", NAME])
    out = capsys.readouterr().out
    assert not RAW.search(out)
    assert json.loads(out)["files"][0]["path"] == NAME


def test_errors_on_stderr_show_the_name_escaped(hostile, capsys):
    assert run(["--jobs", "1", "-r", "\x1b[2Jmissing.yaml", NAME]) == 2
    err = capsys.readouterr().err
    assert "\\x1b[2Jmissing.yaml" in err and not RAW.search(err)


def test_explain_shows_controls_escaped(hostile, capsys):
    assert run(["explain", "-r", "extra.yaml", f"{NAME}:4"]) == 0
    out = capsys.readouterr().out
    assert "Eve \\x1b[2J\\x1b[HMallory" in out and not RAW.search(out)


def test_reference_show_shows_controls_escaped(hostile, capsys):
    assert run(["reference", "show", "-c", "-r", "extra.yaml", "Testshire East"]) == 0
    out = capsys.readouterr().out
    assert "Eve \\x1b[2J\\x1b[HMallory" in out and "Test\\u202eshire East" in out
    assert not RAW.search(out)
