"""`factcheck rule CODE|KIND|--all` through the real command, and the README that lists it."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest
from cli_process import run_factcheck

from factcheck.kinds import registry

REPO = Path(__file__).resolve().parent.parent


def factcheck(*args: str, cwd: Path) -> subprocess.CompletedProcess:
    return run_factcheck(*args, cwd=cwd, timeout=120)


@pytest.fixture(scope="module")
def fc104(tmp_path_factory) -> subprocess.CompletedProcess:
    return factcheck("rule", "FC104", cwd=tmp_path_factory.mktemp("rule"))


def test_rule_fc104_prints_the_code_kind_and_summary_first(fc104):
    assert fc104.returncode == 0, fc104.stderr
    assert fc104.stdout.splitlines()[0] == (
        "FC104 share_change: a rise or fall in a share of the vote"
    )


def test_rule_fc104_says_what_it_reads_and_its_rule(fc104):
    text = fc104.stdout
    assert "Reads:\n" in text and '"increased their vote share by more than 8%"' in text
    assert "Rule:\n" in text and "read as percentage points" in text
    assert "The direction ('rose', 'fell', 'down') must match." in text


def test_rule_fc104_gives_each_verdict_with_its_tolerances(fc104):
    lines = fc104.stdout.splitlines()
    verdicts = lines[lines.index("Verdicts:") + 1 : lines.index("Examples:") - 1]
    assert [line.split(":")[0].strip() for line in verdicts] == [
        "true",
        "approximately true",
        "false",
        "unverifiable",
    ]
    assert "'8%' covers 7.5-8.5" in verdicts[0]  # the percent_half_step in force
    assert "'about X' within 5% of X" in verdicts[0]


def test_rule_fc104_shows_a_true_and_a_false_example_with_the_official_figure(fc104):
    text = fc104.stdout
    assert "  true: In the Copeland by-election the Conservative share" in text
    assert "  false: In the Copeland by-election Labour's share of the vote rose by 5 points." in (
        text
    )
    assert "(claim “5 points”, official -4.92, article dated 24 February 2017)" in text
    assert "<!-- factcheck: ignore FC104 -->" in text


def test_a_kind_name_gives_the_same_card_as_its_code(fc104, tmp_path):
    for name in ("share_change", "Share-Change", "fc104"):
        result = factcheck("rule", name, cwd=tmp_path)
        assert result.returncode == 0 and result.stdout == fc104.stdout


def test_the_tolerances_said_are_those_the_configuration_sets(tmp_path):
    (tmp_path / "factcheck.toml").write_text("[tolerances]\nabout_fraction = 0.1\n")
    result = factcheck("rule", "votes", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "'about X' within 10% of X" in result.stdout


def test_all_lists_every_code_and_kind_and_the_other_codes(tmp_path):
    result = factcheck("rule", "--all", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    listed = re.findall(r"^  (FC\d{3})  (\S+)", result.stdout, re.M)
    kinds = [(m.CODE, m.NAME) for m in sorted(registry.KINDS.values(), key=lambda m: m.CODE)]
    assert listed[: len(kinds)] == kinds
    assert [code for code, _ in listed[len(kinds) :]] == [
        "FC001",
        "FC002",
        "FC003",
        "FC004",
        "FC100",
    ]


def test_an_unknown_code_exits_2_and_suggests_the_nearest(tmp_path):
    result = factcheck("rule", "majorty", cwd=tmp_path)
    assert result.returncode == 2 and result.stdout == ""
    assert result.stderr == (
        "factcheck rule: unknown code or kind 'majorty' (did you mean 'majority'?); "
        "`factcheck rule --all` lists them\n"
    )


def test_no_code_and_no_all_is_a_usage_error(tmp_path):
    result = factcheck("rule", cwd=tmp_path)
    assert result.returncode == 2 and "give one code or kind" in result.stderr


def test_help_shows_an_example_and_the_check_help_names_the_command(tmp_path):
    result = factcheck("rule", "--help", cwd=tmp_path)
    assert result.returncode == 0 and "factcheck rule FC104" in result.stdout
    assert "factcheck rule FC104" in factcheck("--help", cwd=tmp_path).stdout


def test_the_readme_lists_the_command_with_a_code_it_knows():
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    used = re.findall(r"factcheck rule (FC\d{3}|[a-z_]+)", readme)
    assert used, "the README does not show `factcheck rule`"
    known = {m.CODE for m in registry.KINDS.values()} | set(registry.KINDS) | {"--all"}
    assert set(used) <= known
    assert "factcheck rule --all" in readme


def test_the_readme_sample_is_what_the_command_prints(fc104):
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    sample = re.search(r"```text\n\$ factcheck rule FC104\n(.*?)```", readme, re.S).group(1)
    printed = fc104.stdout.splitlines()
    for line in sample.splitlines():
        if line.endswith(" ..."):  # cut short in the README: the start must match
            assert any(p.startswith(line[:-4]) for p in printed), line
        else:
            assert line in printed, line


def test_a_kind_reading_two_sorts_of_figure_gives_each_its_own_line(tmp_path):
    result = factcheck("rule", "gap", cwd=tmp_path)
    assert "  true:\n    - a number (votes, electors): an exact figure" in result.stdout
    assert "\n    - a percentage or points: the official figure lies" in result.stdout


@pytest.mark.parametrize("name", sorted(registry.KINDS))
def test_on_a_terminal_every_card_wraps_to_its_width(name):
    from factcheck.cli_rule import describe

    lines = describe(name, width=72).splitlines()
    assert max(len(line) for line in lines) <= 72
    # In a pipe or a file, one line a paragraph: nothing is cut.
    assert len(describe(name).splitlines()) < len(lines)
