"""Bad reference data and settings through the real command: file:line:column, exit 2, no trace.

Each case is a user's `--reference` file with one thing wrong; the message must point at
it, the run must end with the usage status, and nothing else (a traceback, an internal
error, the file's other contents) may reach the terminal.
"""

from __future__ import annotations

import math
import re
from pathlib import Path

import pytest

from factcheck.cli import run
from factcheck.judge.tolerances import DEFAULT_TOLERANCES
from factcheck.reference.load import ReferenceDataError, load_records

BASIC = Path(__file__).resolve().parent.parent / "data" / "reference" / "basic"
ARTICLE = "Labour won Copeland at the 2019 general election.\n"

# A by-election unknown to every dataset, and one result in it with the given lines.
NEW_ELECTION = (
    "elections:\n"
    "  - {id: by-2031-01-01-copeland, kind: by-election, date: '2031-01-01',\n"
    "     constituency: copeland, name: Copeland by-election, source: test-official}\n"
)


def result(lines: str) -> str:
    return (
        NEW_ELECTION + "results:\n"
        "  - election: by-2031-01-01-copeland\n"
        "    constituency: copeland\n"
        f"{lines}"
        "    source: test-official\n"
    )


BIG = "1" + "0" * 308
HUGE = "1" + "0" * 5000
BOMB = (
    "a: &a [x, x, x, x, x, x, x, x, x]\n"
    + "".join(
        f"{n}: &{n} [{', '.join([f'*{p}'] * 9)}]\n"
        for p, n in zip("abcdefgh", "bcdefghi", strict=True)
    )
    + "parties: *i\n"
)

CASES = {
    "invalid unquoted date": (
        "events:\n  - {id: odd-day, name: Odd day, date: 2017-02-30, source: test-curated}\n",
        (2, 40, "'2017-02-30' is not a date: day is out of range for month"),
    ),
    "month 13": (
        "events:\n  - {id: odd-day, name: Odd day, date: 2017-13-01, source: test-curated}\n",
        (2, 40, "'2017-13-01' is not a date: month must be in 1..12"),
    ),
    "a general election dated by its month only": (
        "elections:\n  - {id: ge-2031, kind: general, date: '2031-05', name: GE,"
        " source: test-official}\n",
        (2, 40, 'date must be a full date "YYYY-MM-DD"'),
    ),
    "a by-election dated by a month that does not exist": (
        "elections:\n  - {id: by-2031-13-copeland, kind: by-election, date: '2031-13',\n"
        "     constituency: copeland, name: Copeland by-election, source: test-official}\n",
        (2, 56, "date: not a month: '2031-13'"),
    ),
    "coverage counting more than were held": (
        "coverage:\n  - {record: by-elections, from: '2031-01-01', imported: 3, known: 2,"
        " source: test-curated}\n",
        (2, 58, "imported (3) is more than known (2)"),
    ),
    "coverage called complete short of its total": (
        "coverage:\n  - {record: by-elections, from: '2031-01-01', imported: 1, known: 2,"
        " complete: true, source: test-curated}\n",
        (2, 81, "complete, but 1 of the 2 known are imported"),
    ),
    "coverage of an unknown kind of record": (
        "coverage:\n  - {record: polls, from: '2031-01-01', source: test-curated}\n",
        (2, 14, "record must be one of general-elections, by-elections, candidate-names"),
    ),
    "coverage naming an unknown seat as missing": (
        "coverage:\n  - {record: by-elections, from: '2031-01-01', missing: [atlantis],"
        " source: test-curated}\n",
        (2, 58, "unknown constituency 'atlantis'"),
    ),
    "coverage with a parliament as a number": (
        "coverage:\n  - {record: by-elections, from: '2031-01-01', parliament: 2031,"
        " source: test-curated}\n",
        (2, 60, 'parliament must be quoted text: "2031"'),
    ),
    "python tag": (
        "events:\n  - {id: odd-day, name: !!python/object:os.system X, date: '2017-02-03',"
        " source: test-curated}\n",
        (2, 25, "invalid YAML: could not determine a constructor for the tag"),
    ),
    "int tag on text": (
        result("    candidates: [{party: labour, votes: !!int x}]\n"),
        (7, 41, "'x' is not a whole number"),
    ),
    "bool tag on text": (
        "sources:\n  - {id: a-source, publisher: A, title: B, official: !!bool maybe}\n",
        (2, 54, "'maybe' is not true or false"),
    ),
    "candidate votes above the electorate": (
        result("    electorate: 100\n    candidates: [{party: labour, votes: 30000}]\n"),
        (8, 41, "votes 30000 are more than the electorate (100)"),
    ),
    "valid votes above the electorate": (
        result(
            "    electorate: 100\n    valid_votes: 30000\n"
            "    candidates: [{party: labour, votes: 60}]\n"
        ),
        (8, 18, "valid_votes 30000 is more than the electorate (100)"),
    ),
    "votes adding up to more than the electorate": (
        result(
            "    electorate: 100\n"
            "    candidates: [{party: labour, votes: 60}, {party: conservative, votes: 60}]\n"
        ),
        (7, 17, "electorate 100 is less than the candidates' votes added up (120)"),
    ),
    "negative votes": (
        result("    candidates: [{party: labour, votes: -3}]\n"),
        (7, 41, "votes must be at least 0, not -3"),
    ),
    "negative electorate": (
        result("    electorate: -5\n    candidates: [{party: labour, votes: 3}]\n"),
        (7, 17, "electorate must be at least 0, not -5"),
    ),
    "a 309-digit number": (
        result(f"    candidates: [{{party: labour, votes: {BIG}}}]\n"),
        (7, 41, "votes must be at most 1,000,000,000, not a 309-digit number"),
    ),
    "a 5001-digit number": (
        result(f"    candidates: [{{party: labour, votes: {HUGE}}}]\n"),
        (7, 41, "a 5001-character value is too long for a whole number"),
    ),
    "control character": (
        "events:\n  - {id: odd-day, name: \"a\x07b\", date: '2017-02-03', source: test-curated}\n",
        (2, 27, "invalid YAML: unacceptable character #x0007: control characters are not allowed"),
    ),
    "unknown nation": (
        "constituencies:\n  - {id: new-seat, name: New, nation: cornwall, source: test-curated}\n",
        (2, 39, "northern-ireland, ireland, not 'cornwall'"),
    ),
    "alias bomb": (BOMB, (6, 4, "expand the file past 1,000,000 values (an alias bomb?)")),
    "recursive alias": (
        "events: &e [*e]\n",
        (1, 9, "this node contains an alias of itself"),
    ),
}


@pytest.fixture
def article(tmp_path, monkeypatch) -> Path:
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("FACTCHECK_FORMAT", raising=False)
    path = tmp_path / "draft.txt"
    path.write_text(ARTICLE)
    return path


@pytest.mark.parametrize("case", CASES)
def test_each_bad_value_is_located(tmp_path, case):
    text, (line, column, message) = CASES[case]
    bad = tmp_path / "mine.yaml"
    bad.write_text(text)
    with pytest.raises(ReferenceDataError) as caught:
        load_records([BASIC, bad])
    err = caught.value
    assert (Path(err.path).name, err.line, err.column) == ("mine.yaml", line, column)
    assert message in err.message


@pytest.mark.parametrize("case", CASES)
def test_each_bad_value_stops_the_command_with_its_place(tmp_path, article, capsys, case):
    text, (line, column, message) = CASES[case]
    bad = tmp_path / "mine.yaml"
    # The command checks against the bundled dataset: cite one of its sources instead.
    for fixture_source in ("test-official", "test-curated"):
        text = text.replace(fixture_source, "hoc-cbp8647")
    bad.write_text(text)
    status = run(["--jobs", "1", "--reference", str(bad), str(article)])
    err = capsys.readouterr().err
    assert status == 2
    assert re.search(rf"{re.escape(str(bad))}:{line}:{column}: .*{re.escape(message)}", err), err
    assert "Traceback" not in err and "internal error" not in err
    assert len(err.strip().splitlines()) == 1


SECRET = "API_TOKEN=s3cret-value-do-not-print\nOTHER=1\n"


def test_a_non_yaml_reference_file_is_refused_without_reading_it(tmp_path, article, capsys):
    env = tmp_path / ".env"
    env.write_text(SECRET)
    status = run(["--jobs", "1", "--reference", str(env), str(article)])
    err = capsys.readouterr().err
    assert status == 2
    assert f"{env}: not a .yaml or .yml file or a folder" in err
    assert "s3cret" not in err and "API_TOKEN" not in err


def test_a_config_naming_a_non_yaml_reference_is_refused(tmp_path, article, capsys):
    (tmp_path / ".env").write_text(SECRET)
    (tmp_path / "factcheck.toml").write_text('format = "concise"\nreference = ".env"\n')
    status = run(["--jobs", "1", str(article)])
    err = capsys.readouterr().err
    assert status == 2
    assert f"{tmp_path / 'factcheck.toml'}:2: reference '.env' is not a .yaml" in err
    assert "s3cret" not in err and "API_TOKEN" not in err


def test_a_yaml_file_that_is_only_text_is_not_echoed(tmp_path, article, capsys):
    leaked = tmp_path / "notes.yaml"
    leaked.write_text(SECRET)  # one plain scalar: the whole file would be the value
    status = run(["--jobs", "1", "--reference", str(leaked), str(article)])
    err = capsys.readouterr().err
    assert status == 2
    assert f"{leaked}:1:1: a reference file must be a mapping of record lists, not text" in err
    assert "s3cret" not in err


def test_long_values_are_cut_short_in_messages(tmp_path):
    bad = tmp_path / "mine.yaml"
    bad.write_text(f"parties:\n  - {{id: {'x' * 5000}-Y, name: A, short: A, source: s}}\n")
    with pytest.raises(ReferenceDataError) as caught:
        load_records([BASIC, bad])
    assert len(str(caught.value)) < 300


@pytest.mark.parametrize("value", ["nan", "inf", "-inf", "-0.1"])
def test_a_tolerance_must_be_finite_and_not_negative(tmp_path, article, capsys, value):
    (tmp_path / "factcheck.toml").write_text(f"[tolerances]\nabout_fraction = {value}\n")
    status = run(["--jobs", "1", str(article)])
    err = capsys.readouterr().err
    assert status == 2
    assert "factcheck.toml:2: tolerance about_fraction must be a finite number" in err
    assert "Traceback" not in err


@pytest.mark.parametrize("value", [math.nan, math.inf, -1.0])
def test_the_library_refuses_bad_tolerances(value):
    with pytest.raises(ValueError, match="tolerance nearly_fraction must be a finite number"):
        DEFAULT_TOLERANCES.updated({"nearly_fraction": value})


def test_a_tolerance_built_directly_is_checked_too():
    from factcheck.judge.tolerances import Tolerances

    with pytest.raises(ValueError, match="tolerance about_fraction must be a finite number"):
        Tolerances(about_fraction=math.nan)


def test_modest_aliases_are_still_allowed(tmp_path):
    mine = tmp_path / "mine.yaml"
    mine.write_text(
        NEW_ELECTION + "results:\n"
        "  - election: by-2031-01-01-copeland\n"
        "    constituency: copeland\n"
        "    candidates: [{party: labour, votes: 3}]\n"
        "    source: &cited {id: test-official, note: as printed}\n"
        "events:\n"
        "  - {id: odd-day, name: Odd day, date: '2031-01-02', source: *cited}\n"
    )
    records = load_records([BASIC, mine])
    assert records.events["odd-day"].source.note == "as printed"


def test_a_fifo_named_like_yaml_is_refused_without_reading(tmp_path, article, capsys):
    import os

    fifo = tmp_path / "pipe.yaml"
    os.mkfifo(fifo)
    status = run(["--jobs", "1", "--reference", str(fifo), str(article)])
    assert status == 2
    assert f"{fifo}: not a regular file or a folder" in capsys.readouterr().err
