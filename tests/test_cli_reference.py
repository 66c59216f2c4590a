"""`factcheck reference show|stats|validate|import`, run on the fixture dataset."""

from __future__ import annotations

import sys
import types
from pathlib import Path

import pytest
from typer.testing import CliRunner

from factcheck.cli_reference import reference_app
from factcheck.reference import load

BASIC = Path(__file__).resolve().parent / "data" / "reference" / "basic"


@pytest.fixture(autouse=True)
def fixture_dataset(tmp_path, monkeypatch):
    """Every command sees the basic fixture as the bundled data, with a private cache."""
    monkeypatch.setattr(load, "bundled_reference_dir", lambda: BASIC)
    monkeypatch.setenv("FACTCHECK_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.setenv("COLUMNS", "160")


def invoke(*args: str):
    result = CliRunner().invoke(reference_app, list(args))
    # A clean exit, never an escaped exception with a traceback.
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    assert "Traceback" not in result.output
    return result


def one_line_error(result) -> str:
    assert result.exit_code == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("factcheck: ")
    return lines[0]


# --- show ------------------------------------------------------------------------


def test_show_prints_every_election_with_derived_figures():
    result = invoke("show", "Copeland")
    assert result.exit_code == 0, result.output
    out = result.stdout
    assert "Copeland (copeland)" in out
    assert "Predecessors: Whitehaven (whitehaven, 1832-1983)" in out
    assert "Successors: Whitehaven and Workington (whitehaven-and-workington, 2024-)" in out
    lines = {line.split()[0]: line for line in out.splitlines() if line[:2] == "20"}
    # 2017 by-election: 13,748 - 11,601; 31,068 valid of 60,602; 13,748 / 31,068.
    assert "by-election" in lines["2017-02-23"]
    assert "Trudy Harrison" in lines["2017-02-23"]
    assert "2,147" in lines["2017-02-23"]
    assert "51.3" in lines["2017-02-23"]
    assert "Con 44.3" in lines["2017-02-23"]
    # 2015 general election: 16,750 - 14,186 = 2,564, 6.5% of 39,631.
    assert "Jamie Reed" in lines["2015-05-07"]
    assert "2,564" in lines["2015-05-07"]
    assert "6.5" in lines["2015-05-07"]


def test_show_finds_a_seat_by_alias_and_id():
    assert "Whitehaven (whitehaven)" in invoke("show", "Cumberland Whitehaven").stdout
    assert "Mitcham and Morden" in invoke("show", "Mitcham & Morden").stdout
    assert "Ynys Môn (ynys-mon)" in invoke("show", "ynys mon").stdout
    assert "Stoke-on-Trent Central" in invoke("show", "stoke-on-trent-central").stdout


def test_show_accepts_a_close_misspelling():
    result = invoke("show", "Copland")
    assert result.exit_code == 0
    assert "Copeland (copeland)" in result.stdout


def test_show_lists_the_candidates_when_ambiguous():
    line = one_line_error(invoke("show", "Newcastle upon Tyne"))
    assert "matches several constituencies" in line
    assert "newcastle-upon-tyne-north" in line
    assert "newcastle-upon-tyne-east" in line


def test_show_unknown_name_suggests_close_seats():
    line = one_line_error(invoke("show", "Newcastle"))
    assert line.startswith("factcheck: no constituency matches 'Newcastle'; close: ")
    assert "newcastle-upon-tyne-east" in line
    assert one_line_error(invoke("show", "Xyzzy")) == "factcheck: no constituency matches 'Xyzzy'"
    # Every word asked for is in the name: a suggestion, not a guess.
    assert one_line_error(invoke("show", "Stoke Central")) == (
        "factcheck: no constituency matches 'Stoke Central'; "
        "close: Stoke-on-Trent Central (stoke-on-trent-central, 1950-)"
    )


def test_show_candidates_lists_votes_and_shares():
    out = invoke("show", "copeland", "--candidates").stdout
    assert "Copeland by-election (2017-02-23)" in out
    roy = next(line for line in out.splitlines() if "Roy Ivinson" in line)
    assert "116" in roy and "0.4" in roy
    assert "Electorate 60,602; Valid votes 31,068; Invalid votes 40" in out


def test_show_party_level_result_has_no_names_but_a_winner_party():
    out = invoke("show", "whitehaven").stdout
    row = next(line for line in out.splitlines() if line.startswith("1979-05-03"))
    # Lab 22,000 over Con 18,000; the 'others' aggregate is never a runner-up.
    assert "Lab" in row and "4,000" in row


def test_show_with_a_user_reference_file(tmp_path):
    mine = tmp_path / "mine.yaml"
    mine.write_text(
        "results:\n"
        "  - election: ge-2019\n"
        "    constituency: copeland\n"
        "    candidates: [{name: A Winner, party: conservative, votes: 20000},"
        " {name: B Second, party: labour, votes: 15000}]\n"
        "    source: test-official\n"
    )
    out = invoke("show", "Copeland", "--reference", str(mine)).stdout
    assert "A Winner" in out and "5,000" in out


def test_show_with_a_malformed_user_file_is_one_line(tmp_path):
    bad = tmp_path / "bad.yaml"
    bad.write_text("parties:\n  - {id: x, name: X, short: X, source: nobody}\n")
    line = one_line_error(invoke("show", "Copeland", "-r", str(bad)))
    assert line == f"factcheck: {bad}:2:40: unknown source 'nobody'"


# --- stats -------------------------------------------------------------------------


def test_stats_counts_and_lists_general_elections():
    result = invoke("stats")
    assert result.exit_code == 0
    out = result.stdout
    assert "digest sha256:" in out
    counts = dict(line.split("│") for line in out.splitlines() if line.count("│") == 1)
    counts = {k.strip(): v.strip() for k, v in counts.items()}
    assert counts["constituencies"] == "8"
    assert counts["results"] == "7"
    assert counts["by-election"] == "3"
    assert "Results cover 1979-2017." in out
    assert "General elections (4)" in out
    for election in ("ge-1979", "ge-2015", "ge-2017", "ge-2019"):
        assert election in out
    by_elections = [line.split("│") for line in out.splitlines() if " to " in line]
    assert [[cell.strip() for cell in row] for row in by_elections] == [
        ["1979-03-01 to 1979-03-01", "Test Curator", "no", "1", "0"],
        ["2017-02-23 to 2017-02-23", "Test Publisher", "yes", "2", "2"],
    ]
    assert "Per decade: 1970s 1, 1980s 0, 1990s 0, 2000s 0, 2010s 2" in out
    assert "General elections with no results (1): ge-2019" in out
    assert "By-elections with no results (1): by-1979-03-01-somewhere" in out


def test_stats_says_when_the_reference_states_no_coverage():
    assert "The reference does not state what it covers." in invoke("stats").stdout


def test_stats_shows_coverage_per_kind_and_by_elections_per_parliament(tmp_path):
    mine = tmp_path / "coverage.yaml"
    mine.write_text(
        "coverage:\n"
        "  - {record: general-elections, from: '1979-05-03', complete: true,"
        " note: every seat, source: test-official}\n"
        "  - {record: by-elections, parliament: '1974-10', from: '1974-10-10',"
        " to: '1979-05-03', imported: 1, known: 30, unplaced: 3, source: test-curated}\n"
        "  - {record: by-elections, parliament: '2015', from: '2015-05-07', to: '2017-06-08',"
        " imported: 2, known: 2, complete: true, source: test-official}\n"
        "  - {record: by-elections, from: '1974-10-10', to: '2017-06-08', imported: 3,"
        " missing: [copeland], note: a span, source: test-curated}\n"
    )
    result = invoke("stats", "--reference", str(mine))
    assert result.exit_code == 0, result.stdout
    rows = [
        [cell.strip() for cell in line.split("│")]
        for line in result.stdout.splitlines()
        if line.count("│") >= 4
    ]
    assert ["general-elections", "1979-05-03", "", "yes", "every seat"] in rows
    # Parliament, from, to, in the record, of those with no winner, held, complete.
    assert ["1974-10", "1974-10-10", "1979-05-03", "1 (+3 seat unknown)", "1", "30", "no"] in rows
    assert ["2015", "2015-05-07", "2017-06-08", "2", "0", "2", "yes"] in rows
    assert "1974-10-10 to 2017-06-08: 3 in the record, incomplete; missing: copeland" in (
        result.stdout
    )


# --- validate ----------------------------------------------------------------------


def test_validate_a_good_file(tmp_path):
    mine = tmp_path / "mine.yaml"
    mine.write_text("leaders:\n  - {party: labour, name: Someone, source: test-curated}\n")
    result = invoke("validate", str(mine))
    assert result.exit_code == 0
    assert result.stdout == f"ok: {mine}: leaders 1\n"


def test_validate_prints_every_problem_located(tmp_path):
    mine = tmp_path / "mine.yaml"
    mine.write_text(
        "parties:\n"
        "  - {id: labour, name: Labour, short: Lab, source: test-curated}\n"
        "  - {id: new-party, name: New, short: New, founded: 2020, source: test-curated}\n"
    )
    result = invoke("validate", str(mine))
    assert result.exit_code == 2
    assert result.stdout.splitlines() == [
        f"{mine}:2:10: duplicate party id 'labour': already defined in the bundled reference",
        f'{mine}:3:53: founded must be a quoted date "YYYY", "YYYY-MM" or "YYYY-MM-DD", '
        'not the number 2020 (quote it: "2020")',
    ]
    assert result.stderr == f"factcheck: 2 problems in {mine}\n"


def test_validate_without_paths_checks_the_bundled_data():
    result = invoke("validate")
    assert result.exit_code == 0
    assert result.stdout.startswith(f"ok: {BASIC}: sources 2, parties 8, constituencies 8")


def test_validate_missing_file(tmp_path):
    line = one_line_error(invoke("validate", str(tmp_path / "typo.yaml")))
    assert line == f"factcheck: {tmp_path / 'typo.yaml'}: no such file or folder"


def test_a_broken_bundled_dataset_is_one_line(tmp_path, monkeypatch):
    broken = tmp_path / "broken"
    broken.mkdir()
    (broken / "parties.yaml").write_text("parties:\n  - {id: x}\n")
    monkeypatch.setattr(load, "bundled_reference_dir", lambda: broken)
    line = one_line_error(invoke("stats"))
    assert line == f"factcheck: {broken / 'parties.yaml'}:2:5: a party needs 'name'"


# --- import --------------------------------------------------------------------------


@pytest.fixture
def fake_importer(monkeypatch):
    """Stands in for factcheck.reference.importer: copies the fixture to the output."""
    calls: list[tuple[Path, Path, Path]] = []

    def run_import(raw_dir: Path, curated_dir: Path, out_dir: Path) -> str:
        import shutil

        calls.append((raw_dir, curated_dir, out_dir))
        shutil.copytree(BASIC, out_dir, dirs_exist_ok=True)
        return "imported 5 results"

    module = types.ModuleType("factcheck.reference.importer")
    module.run_import = run_import  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "factcheck.reference.importer", module)
    return calls


def test_import_runs_the_importer_and_checks_its_output(tmp_path, fake_importer):
    raw, curated, out = tmp_path / "raw", tmp_path / "curated", tmp_path / "out"
    raw.mkdir()
    curated.mkdir()
    result = invoke("import", "--raw", str(raw), "--curated", str(curated), "--out", str(out))
    assert result.exit_code == 0, result.output
    assert fake_importer == [(raw, curated, out)]
    assert result.stdout == f"imported 5 results\nok: wrote and checked {out}\n"


def test_import_reports_a_missing_input_folder(tmp_path, fake_importer):
    line = one_line_error(invoke("import", "--raw", str(tmp_path / "no"), "--out", str(tmp_path)))
    assert line == f"factcheck: --raw {tmp_path / 'no'}: no such folder"
    assert fake_importer == []


def test_import_defaults_sit_beside_the_repository(fake_importer, monkeypatch, tmp_path):
    from factcheck import cli_reference

    repo = tmp_path / "repo"
    (tmp_path / "shared" / "data" / "raw").mkdir(parents=True)
    (tmp_path / "shared" / "data" / "curated").mkdir(parents=True)
    monkeypatch.setattr(cli_reference, "_repo_dir", lambda: repo)
    assert invoke("import").exit_code == 0
    assert fake_importer == [
        (
            tmp_path / "shared" / "data" / "raw",
            tmp_path / "shared" / "data" / "curated",
            repo / "reference",
        )
    ]


# --- the main command with a malformed --reference -----------------------------------


def test_check_with_a_malformed_reference_file_exits_2_with_its_location(tmp_path, capsys):
    from factcheck.cli import run

    article = tmp_path / "article.txt"
    article.write_text("Labour won Copeland with a majority of 2,564.\n")
    bad = tmp_path / "bad.yaml"
    bad.write_text(
        "results:\n  - {election: ge-2019, constituency: copeland, votes: 1, candidates: [],"
        " source: test-official}\n"
    )
    status = run(["--reference", str(bad), str(article)])
    captured = capsys.readouterr()
    assert status == 2
    assert "Traceback" not in captured.err
    assert f"{bad}:2:49: unknown key 'votes' in a result" in captured.err
    assert len(captured.err.strip().splitlines()) == 1
