"""Configuration files: where they are found, what they may say, what wins."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from factcheck.config import ConfigError, ConfigFinder, describe, find_config, load_config
from factcheck.judge.tolerances import DEFAULT_TOLERANCES

PYPROJECT = """\
[project]
name = "newsroom"

[tool.factcheck]
format = "concise"
fail-on = "unverifiable"
reference = ["data/extra.yaml"]
skip-kinds = ["turnout"]
date = 2017-02-24
exclude = ["archive"]
baseline = "factcheck-baseline.json"

[tool.factcheck.tolerances]
about_fraction = 0.1

[[tool.factcheck.per-file]]
glob = "opinion/**"
fail-on = "false"
skip-kinds = ["majority"]
reference = "data/opinion.yaml"
tolerances = { nearly_fraction = 0.2 }

[[tool.factcheck.per-file]]
glob = ["*.html"]
date = "2019-12-13"
"""


@pytest.fixture
def project(tmp_path, monkeypatch):
    (tmp_path / "pyproject.toml").write_text(PYPROJECT)
    (tmp_path / "opinion").mkdir()
    (tmp_path / "news" / "2017").mkdir(parents=True)
    monkeypatch.chdir(tmp_path)
    return tmp_path


def load(first: str | None = None, flags=None, **kwargs):
    return load_config(first, flags, environ=kwargs.pop("environ", {}), **kwargs)


def test_found_upward_from_the_first_path(project):
    config = load("news/2017/article.md")
    assert config.file == project / "pyproject.toml"
    assert config["format"] == "concise"
    assert config.settings["format"].origin == f"file: {project / 'pyproject.toml'}"


def test_paths_are_relative_to_the_config_file(project):
    config = load("news/2017")
    assert config["reference"] == (str(project / "data" / "extra.yaml"),)
    assert config["baseline"] == str(project / "factcheck-baseline.json")


def test_pyproject_without_a_factcheck_table_is_passed_over(tmp_path):
    (tmp_path / "pyproject.toml").write_text('[tool.factcheck]\nformat = "json"\n')
    inner = tmp_path / "pkg"
    inner.mkdir()
    (inner / "pyproject.toml").write_text('[project]\nname = "x"\n')
    found, table = find_config(str(inner / "a.md"))
    assert found == tmp_path / "pyproject.toml"
    assert table == {"format": "json"}


def test_factcheck_toml_wins_in_the_same_folder(project):
    (project / "factcheck.toml").write_text('format = "json"\n')
    config = load("a.md")
    assert config.file == project / "factcheck.toml"
    assert config["format"] == "json"
    assert config["fail-on"] == "false"  # nothing from pyproject.toml


def test_no_file_gives_defaults(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    config = load("a.md")
    assert config.file is None
    assert config["format"] == "full"
    assert config["fail-on"] == "false"
    assert config.settings["format"].origin == "default"


def test_env_beats_file_and_flag_beats_env(project):
    config = load("a.md", environ={"FACTCHECK_FORMAT": "json"})
    assert (config["format"], config.settings["format"].origin) == ("json", "env: FACTCHECK_FORMAT")
    config = load("a.md", {"format": "sarif"}, environ={"FACTCHECK_FORMAT": "json"})
    assert (config["format"], config.settings["format"].origin) == ("sarif", "flag")


def test_per_file_rules_add_lists_merge_tolerances_and_replace_the_rest(project):
    config = load(".")
    settings = config.file_settings("opinion/column.md")
    assert settings.fail_on == "false"
    assert settings.skip_kinds == {"turnout", "majority"}
    assert settings.reference == (
        str(project / "data" / "extra.yaml"),
        str(project / "data" / "opinion.yaml"),
    )
    assert settings.tolerances.about_fraction == 0.1
    assert settings.tolerances.nearly_fraction == 0.2
    other = config.file_settings("news/a.md")
    assert other.fail_on == "unverifiable"
    assert other.skip_kinds == {"turnout"}
    assert other.tolerances.nearly_fraction == DEFAULT_TOLERANCES.nearly_fraction


def test_config_date_is_a_default_and_flag_date_an_override(project):
    config = load(".")
    assert config.file_settings("news/a.md").default_date == dt.date(2017, 2, 24)
    assert config.file_settings("news/a.md").date_override is None
    assert config.file_settings("news/page.html").default_date == dt.date(2019, 12, 13)
    flagged = load(".", {"date": dt.date(2020, 1, 1)})
    settings = flagged.file_settings("news/page.html")
    assert settings.date_override == dt.date(2020, 1, 1)
    assert settings.default_date is None


def test_flags_beat_per_file_rules(project):
    config = load(".", {"fail-on": "approximately_true"})
    assert config.file_settings("opinion/column.md").fail_on == "approximately_true"


def test_explicit_config_file_and_no_config(project, tmp_path):
    other = tmp_path / "other.toml"
    other.write_text('fail-on = "approximately_true"\n')
    assert load("a.md", config_file=other)["fail-on"] == "approximately_true"
    assert load("a.md", use_files=False).file is None


def write_config(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "factcheck.toml"
    path.write_text(text)
    return path


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ('formt = "json"\n', r"factcheck.toml:1: unknown key 'formt'.*did you mean 'format'"),
        ('fail_on = "false"\n', r"unknown key 'fail_on'.*did you mean 'fail-on'"),
        ('fail-on = "sometimes"\n', "fail-on must be one of false, unverifiable, approx"),
        ("skip-kinds = [1, 2]\n", "skip-kinds must be a string or a list of strings"),
        ('date = "yesterday"\n', "date must be a date"),
        (
            "\n[tolerances]\nabout_fractoin = 0.1\n",
            r"factcheck.toml:3: unknown tolerance 'about_fractoin'.*did you mean 'about_fraction'",
        ),
        ('[tolerances]\nabout_fraction = "lots"\n', "must be a number"),
        ('[[per-file]]\nfail-on = "false"\n', "per-file rule 1 has no glob"),
        ('[[per-file]]\nglob = "*.md"\nformat = "json"\n', "format applies to the whole report"),
        ('[[per-file]]\nglob = "*.md"\nexclude = ["x"]\n', "unknown key 'exclude' in per-file"),
        ("format = \n", "invalid TOML"),
        ('max-file-size = "lots"\n', r"factcheck.toml:1: max-file-size: not a size"),
        ("max-file-size = 0\n", "max-file-size: a size must be more than 0 bytes"),
        ("max-file-size = 1.5\n", "max-file-size: not a size: 1.5"),
        (
            'claimreview-url = "news.example.org/a"\n',
            r"factcheck.toml:1: claimreview-url must be an http or https URL",
        ),
        (
            'claimreview-organisation-url = "ftp://x.org"\n',
            "claimreview-organisation-url must be an http or https URL",
        ),
        ('claimreview-organisation = ""\n', "claimreview-organisation must be the organisation"),
    ],
)
def test_bad_configuration_is_one_clear_error_with_the_file(tmp_path, monkeypatch, text, message):
    monkeypatch.chdir(tmp_path)
    path = write_config(tmp_path, text)
    with pytest.raises(ConfigError, match=message) as info:
        load("a.md")
    assert str(path) in str(info.value)
    assert "\n" not in str(info.value)


def test_describe_says_where_each_value_came_from(project):
    config = load("opinion/column.md", {"date": dt.date(2020, 1, 1)})
    text = describe(config, "opinion/column.md")
    lines = {line.split("=")[0].strip(): line for line in text.splitlines() if "=" in line}
    assert lines["format"].endswith(f"# file: {project / 'pyproject.toml'}")
    assert lines["date"].startswith("date = 2020-01-01") and lines["date"].endswith("# flag")
    assert "per-file rule 1" in lines["fail-on"]
    assert "per-file rule 1" in lines["nearly_fraction"]
    assert lines["fuzzy_cutoff"].endswith("# default")
    assert "(applies)" in text


def test_max_file_size_from_the_file_a_rule_or_a_flag(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    write_config(
        tmp_path, 'max-file-size = "50MB"\n[[per-file]]\nglob = "*.html"\nmax-file-size = 1000\n'
    )
    config = load("a.md")
    assert config.file_settings("a.md").max_bytes == 50 * 1024**2
    assert config.file_settings("page.html").max_bytes == 1000
    assert load("a.md", {"max-file-size": 10}).file_settings("page.html").max_bytes == 10
    default = load_config("a.md", use_files=False, environ={})
    assert default.file_settings("a.md").max_bytes == 20 * 1024**2


def test_claimreview_url_and_organisation_from_the_file_and_the_flag(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    write_config(
        tmp_path,
        'claimreview-url = "https://news.example.org/{stem}"\n'
        'claimreview-organisation = "Example News"\n'
        'claimreview-organisation-url = "https://news.example.org"\n',
    )
    config = load("a.md")
    assert config["claimreview-url"] == "https://news.example.org/{stem}"
    assert config["claimreview-organisation"] == "Example News"
    assert config["claimreview-organisation-url"] == "https://news.example.org"
    flagged = load("a.md", {"claimreview-url": "https://news.example.org/today"})
    assert flagged.settings["claimreview-url"].origin == "flag"


def test_the_readme_example_configuration_is_valid(tmp_path, monkeypatch):
    import re

    readme = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")
    section = readme[readme.index("### Configuration") :]
    example = re.search(r"```toml\n(.*?)```", section, re.S).group(1)
    (tmp_path / "pyproject.toml").write_text(example)
    monkeypatch.chdir(tmp_path)
    config = load("a.md")
    assert config["claimreview-organisation"] == "Example News"
    assert config["format"] == "concise"


# --- each file its nearest configuration ------------------------------------------------


@pytest.fixture
def nested(tmp_path, monkeypatch):
    """A project file at the top, a factcheck.toml in opinion/, nothing in news/."""
    (tmp_path / "pyproject.toml").write_text('[tool.factcheck]\nfail-on = "unverifiable"\n')
    (tmp_path / "opinion" / "2019").mkdir(parents=True)
    (tmp_path / "news").mkdir()
    (tmp_path / "opinion" / "factcheck.toml").write_text('skip-kinds = ["majority"]\n')
    monkeypatch.chdir(tmp_path)
    return tmp_path


def test_each_path_gets_the_config_nearest_it(nested):
    finder = ConfigFinder(environ={})
    assert finder.for_path("opinion/2019/column.md").file == nested / "opinion" / "factcheck.toml"
    assert finder.for_path("opinion/not-yet-written.md").file == nested / "opinion/factcheck.toml"
    assert finder.for_path("news/report.md").file == nested / "pyproject.toml"
    assert finder.for_path(None).file == nested / "pyproject.toml"
    column = finder.for_path("opinion/2019/column.md").file_settings("opinion/2019/column.md")
    # The nearer file replaces the farther one: fail-on is the default again.
    assert (column.fail_on, column.skip_kinds) == ("false", frozenset({"majority"}))
    assert finder.for_path("news/report.md").file_settings("news/report.md").fail_on == (
        "unverifiable"
    )
    # Each file is read once, whatever the number of paths asking for it.
    assert finder.for_path("opinion/x.md") is finder.for_path("opinion/2019/y.md")
    assert len(finder.loaded) == 2


def test_flags_environment_and_an_explicit_file_apply_to_every_path(nested):
    finder = ConfigFinder({"fail-on": "false"}, environ={"FACTCHECK_FORMAT": "json"})
    for path in ("opinion/a.md", "news/b.md"):
        config = finder.for_path(path)
        assert (config["fail-on"], config["format"]) == ("false", "json")
    given = ConfigFinder(config_file=nested / "opinion" / "factcheck.toml", environ={})
    assert given.for_path("news/b.md").file == nested / "opinion" / "factcheck.toml"
    assert ConfigFinder(use_files=False, environ={}).for_path("opinion/a.md").file is None


def test_the_run_takes_the_working_folder_s_config_else_the_first_path_s(nested, monkeypatch):
    finder = ConfigFinder(environ={})
    assert finder.for_run("opinion/a.md").file == nested / "pyproject.toml"
    monkeypatch.chdir(nested.parent)  # no configuration at or above the working folder
    elsewhere = ConfigFinder(environ={})
    assert elsewhere.for_run(str(nested / "opinion")).file == nested / "opinion/factcheck.toml"


def test_describe_names_the_file_the_run_wide_settings_come_from(nested):
    (nested / "pyproject.toml").write_text('[tool.factcheck]\nformat = "concise"\n')
    finder = ConfigFinder(environ={})
    text = describe(finder.for_path("opinion/a.md"), "opinion/a.md", finder.for_run("opinion"))
    assert f"# config file: {nested / 'opinion' / 'factcheck.toml'}" in text
    assert f"# run-wide settings (format, show, baseline) from: {nested / 'pyproject.toml'}" in text
    assert 'format = "concise"' in text


def test_a_bad_config_found_for_any_file_is_the_run_s_usage_error(nested):
    from factcheck.run import UsageFailure, start_check

    (nested / "news" / "factcheck.toml").write_text('fail-on = "often"\n')
    (nested / "news" / "a.txt").write_text("x")
    with pytest.raises(UsageFailure, match=r"news/factcheck.toml:1: fail-on must be one of"):
        start_check(["opinion", "news"])
    (nested / "news" / "factcheck.toml").write_text('skip-kinds = ["majorty"]\n')
    with pytest.raises(UsageFailure, match=r"unknown claim kind 'majorty'.*news/factcheck.toml"):
        start_check(["opinion", "news"])
