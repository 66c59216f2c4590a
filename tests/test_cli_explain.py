"""`factcheck explain FILE[:LINE[:COL]]`: each number's disposition, frame, readings and verdict."""

from __future__ import annotations

import pytest
from typer.testing import CliRunner

from factcheck import explain as explain_module
from factcheck.claims import Evidence, NumberMention, Reading, Verdict
from factcheck.cli import run
from factcheck.cli_explain import explain_app
from factcheck.reference import load

# Written for these tests: a by-election report with one wrong majority and some markup.
ARTICLE = """\
Voters in Copeland went to the polls in a by-election.
Trudy Harrison won with 13,748 votes [bold]and[/bold] a majority of 2,417.
Turnout was 51.3%.
"""
LAST_GE = "At the last general election Jamie Reed held Copeland with a majority of 2,564.\n"


@pytest.fixture(autouse=True)
def quick_reference(reference, monkeypatch):
    """The session's bundled reference, whatever extra paths are asked for (recorded)."""
    asked: list[tuple[str, ...]] = []

    def loader(paths=(), **_):
        asked.append(tuple(str(p) for p in paths))
        return reference

    monkeypatch.setattr(load, "load_reference", loader)
    monkeypatch.setenv("COLUMNS", "200")
    return asked


@pytest.fixture
def article(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "copeland.txt").write_text(ARTICLE)
    (tmp_path / "last.txt").write_text(LAST_GE)
    return "copeland.txt"


def invoke(*args: str):
    result = CliRunner().invoke(explain_app, list(args))
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    assert "Traceback" not in result.output
    return result


def blocks(output: str) -> list[str]:
    """One block of output per number explained."""
    return [b for b in output.split("\n\n") if b.strip()]


def test_every_number_is_explained_with_its_place_kind_verdict_and_source(article):
    result = invoke(article)
    assert result.exit_code == 0
    votes, majority, turnout = blocks(result.stdout)
    assert votes.startswith("copeland.txt:2:25  “13,748 votes”")
    assert "claim of kind votes" in votes and "verdict: true (official: 13,748)" in votes
    assert "House of Commons Library" in votes
    assert majority.startswith("copeland.txt:2:69  “2,417”")
    assert "frame: unit votes, exact, as written “2,417”" in majority
    assert "verdict: false (official: 2,147)" in majority
    assert "rule: an exact figure must match exactly" in majority
    assert "fix: “2,147” (safe)" in majority
    assert "claim of kind turnout" in turnout


def test_markup_in_the_article_is_printed_as_written(article):
    assert "[bold]and[/bold]" in invoke(article).stdout


def test_a_line_gives_the_numbers_on_it(article):
    result = invoke(f"{article}:3")
    (only,) = blocks(result.stdout)
    assert only.startswith("copeland.txt:3:13  “51.3%”")


def test_a_line_and_column_inside_a_number_gives_that_number(article):
    (only,) = blocks(invoke(f"{article}:2:71").stdout)
    assert only.startswith("copeland.txt:2:69  “2,417”")


def test_a_column_between_numbers_gives_the_next_one(article):
    (only,) = blocks(invoke(f"{article}:2:40").stdout)
    assert "“2,417”" in only


def test_a_line_without_numbers_says_so(article):
    result = invoke(f"{article}:1")
    assert result.exit_code == 0
    assert result.stdout.strip() == "copeland.txt:1: no numbers here"


def test_the_date_decides_which_election_is_the_last(tmp_path, article):
    later = invoke("--date", "2016-01-01", "last.txt").stdout
    earlier = invoke("--date", "2011-01-01", "last.txt").stdout
    assert "verdict: true (official: 2,564)" in later
    assert "verdict: false (official: 3,833)" in earlier


def test_extra_reference_paths_are_loaded_as_for_a_check(article, quick_reference, tmp_path):
    (tmp_path / "extra.yaml").write_text("elections: []\n")
    assert invoke("-r", "extra.yaml", article).exit_code == 0
    assert any(paths and paths[0].endswith("extra.yaml") for paths in quick_reference)


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["missing.txt"], "missing.txt: cannot read"),
        (["copeland.txt:x"], "LINE and COL must be whole numbers"),
        (["copeland.txt:2:0"], "LINE and COL must be whole numbers"),
        (["copeland.txt:40"], "line 40 is past the end of copeland.txt"),
        (["--date", "24/02/2017", "copeland.txt"], "--date: not a date"),
    ],
)
def test_bad_input_is_one_line_and_exit_2(article, args, message):
    result = invoke(*args)
    assert result.exit_code == 2
    (line,) = result.stderr.strip().splitlines()
    assert line.startswith("factcheck explain: ") and message in line


def test_help_shows_examples():
    result = invoke("--help")
    assert result.exit_code == 0
    assert "factcheck explain draft.md:12:40" in result.stdout


def test_the_main_command_dispatches_to_explain(article, capsys):
    assert run(["explain", f"{article}:3"]) == 0
    assert "“51.3%”" in capsys.readouterr().out


def test_readings_show_their_evidence_figures_and_the_one_chosen(article, monkeypatch):
    """Readings filled in by hand, as the kinds will: each shown with cue, place and verdict."""
    check = explain_module.check_document

    def with_readings(document, reference, tolerances=None):
        report = check(document, reference, tolerances)
        majority = next(f for f in report.findings if f.claim.kind == "majority")
        cue = document.text.index("by-election")
        majority.readings = [
            Reading(
                ids={"seat": "copeland", "contest": "by-2017"},
                evidence=[Evidence("by-election", cue, cue + 11, role="contest")],
                actual=2147,
                verdict=Verdict.FALSE,
                chosen=True,
                label="Copeland by-election, 2017",
                reason="the article reports the by-election",
            ),
            Reading(ids={"seat": "copeland", "contest": "ge-2015"}, actual=2564),
        ]
        return report

    monkeypatch.setattr(explain_module, "check_document", with_readings)
    (majority,) = blocks(invoke("copeland.txt:2:69").stdout)
    assert "reading (chosen): Copeland by-election, 2017" in majority
    assert "ids: seat copeland, contest by-2017" in majority
    assert "evidence: “by-election” at 1:43 (contest)" in majority
    assert "official: 2,147; verdict false" in majority
    assert "why: the article reports the by-election" in majority
    assert "reading (considered): seat copeland, contest ge-2015" in majority
    assert "official: 2,564; verdict unverifiable" in majority


def test_numbers_that_are_not_claims_say_what_they_were_taken_for(article, monkeypatch):
    check = explain_module.check_document

    def with_numbers(document, reference, tolerances=None):
        report = check(document, reference, tolerances)
        start = document.text.index("13,748")
        report.numbers = [
            NumberMention("54", 0, 2, "not_a_result", reason="age"),
            NumberMention("13,748", start, start + 6, "claim", kind="votes"),
            NumberMention("7", 5, 6, "not_understood"),
        ]
        return report

    monkeypatch.setattr(explain_module, "check_document", with_numbers)
    age, votes, unknown = blocks(invoke(article).stdout)
    assert age.splitlines()[1].strip() == "not a result: age"
    assert "claim of kind votes" in votes and "“13,748 votes”" in votes
    assert unknown.splitlines()[1].strip() == "not understood"


def test_a_bad_file_is_one_line_and_exit_2(article, tmp_path):
    (tmp_path / "bad.md").write_text("---\ndate: 2017-02-30\n---\nLabour won 12 votes.\n")
    result = invoke("bad.md")
    assert result.exit_code == 2
    assert result.stderr == (
        "factcheck explain: bad.md: line 2: front matter: '2017-02-30' is not a valid date "
        "(day is out of range for month)\n"
    )
