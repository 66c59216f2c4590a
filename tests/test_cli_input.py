"""The real command in a subprocess: configuration per file, and inputs read as users give them.

Configuration is found per file, nearest first, as ruff does, so the order of the paths
never changes a result; `--output` given a format name is refused; json-lines says which
files could not be read; HTML on stdin is read as HTML; front matter dates not understood
are said.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

# One claim that cannot be verified (no such candidate), one true vote count and majority.
ARTICLE = (
    "Bob Smith won 1,234 votes in the Copeland by-election.\n\n"
    "Trudy Harrison won 13,748 votes in the Copeland by-election, a majority of 2,147.\n"
)
HTML = """\
<!doctype html>
<html><head><title>Copeland: 77,777 votes</title>
<meta name="date" content="2017-02-24"></head>
<body><nav><a href="/2019">2019 results</a></nav>
<p>Trudy Harrison won
   <b>13,748</b>&nbsp;votes in the Copeland by-election.</p>
<script>var shown = "66,666 votes";</script>
</body></html>
"""


@pytest.fixture(scope="module")
def cache(tmp_path_factory) -> Path:
    # One reference cache for the module, outside the user's own.
    return tmp_path_factory.mktemp("reference-cache")


def factcheck(
    *args: str, cwd: Path, cache: Path, stdin: bytes | None = None
) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if not k.startswith("FACTCHECK_")}
    env.update(NO_COLOR="1", FACTCHECK_CACHE_DIR=str(cache), COLUMNS="100")
    result = subprocess.run(
        [sys.executable, "-m", "factcheck", *args],
        cwd=cwd,
        env=env,
        input=stdin,
        capture_output=True,
        timeout=300,
    )
    assert "Traceback" not in result.stderr.decode(), result.stderr.decode()
    return result


@pytest.fixture
def two_folders(tmp_path) -> Path:
    """a/ fails on unverifiable claims and leaves out drafts; b/ skips majorities."""
    for name, config in (
        ("a", 'fail-on = "unverifiable"\nexclude = ["drafts"]\n'),
        ("b", 'skip-kinds = ["majority"]\n'),
    ):
        folder = tmp_path / name
        (folder / "drafts").mkdir(parents=True)
        (folder / "factcheck.toml").write_text(config + "date = 2017-02-24\n")
        (folder / "article.txt").write_text(ARTICLE)
        (folder / "drafts" / "draft.txt").write_text(ARTICLE)
    return tmp_path


def files_by_path(stdout: bytes) -> dict[str, dict]:
    return {f["path"].replace(os.sep, "/"): f for f in json.loads(stdout)["files"]}


def test_each_file_uses_its_nearest_config_whatever_the_order(two_folders, cache):
    forward = factcheck("-f", "json", "a", "b", cwd=two_folders, cache=cache)
    backward = factcheck("-f", "json", "b", "a", cwd=two_folders, cache=cache)
    assert forward.returncode == backward.returncode == 1  # a's unverifiable claim fails a
    assert files_by_path(forward.stdout) == files_by_path(backward.stdout)
    assert json.loads(forward.stdout)["summary"] == json.loads(backward.stdout)["summary"]

    files = files_by_path(forward.stdout)
    # a/ leaves out its drafts; b/ does not. b/ skips majorities; a/ does not.
    assert sorted(files) == ["a/article.txt", "b/article.txt", "b/drafts/draft.txt"]
    kinds = {path: [c["kind"] for c in f["claims"]] for path, f in files.items()}
    assert kinds["a/article.txt"] == ["votes", "votes", "majority"]
    assert kinds["b/article.txt"] == kinds["b/drafts/draft.txt"] == ["votes", "votes"]

    # b/ alone passes: its unverifiable claim is not at its fail-on level.
    assert factcheck("-f", "json", "b", cwd=two_folders, cache=cache).returncode == 0


def test_named_files_and_flags_and_an_explicit_config(two_folders, cache):
    named = factcheck("-f", "json", "b/article.txt", "a/article.txt", cwd=two_folders, cache=cache)
    assert named.returncode == 1
    # A flag beats every file's configuration.
    flagged = factcheck("--fail-on", "false", "b", "a", cwd=two_folders, cache=cache)
    assert flagged.returncode == 0
    # --config names one configuration for every path: b's, so nothing fails.
    given = factcheck(
        "-f", "json", "--config", "b/factcheck.toml", "a", "b", cwd=two_folders, cache=cache
    )
    assert given.returncode == 0
    files = files_by_path(given.stdout)
    assert [c["kind"] for c in files["a/article.txt"]["claims"]] == ["votes", "votes"]


def test_config_command_shows_the_config_of_the_path_named(two_folders, cache):
    shown = factcheck("config", "a/article.txt", cwd=two_folders, cache=cache)
    assert shown.returncode == 0
    text = shown.stdout.decode()
    a_config = str(two_folders / "a" / "factcheck.toml")
    assert f"# config file: {a_config}" in text
    assert 'fail-on = "unverifiable"' in text
    text = factcheck("config", "b", cwd=two_folders, cache=cache).stdout.decode()
    assert 'skip-kinds = ["majority"]' in text and 'fail-on = "false"' in text


def test_run_wide_settings_come_from_the_working_folder(two_folders, cache):
    (two_folders / "factcheck.toml").write_text('format = "json-lines"\n')
    (two_folders / "a" / "factcheck.toml").write_text('format = "concise"\ndate = 2017-02-24\n')
    result = factcheck("a", "b", cwd=two_folders, cache=cache)
    assert all("verdict" in json.loads(line) for line in result.stdout.decode().splitlines())
    text = factcheck("config", "a", cwd=two_folders, cache=cache).stdout.decode()
    top = two_folders / "factcheck.toml"
    assert f"# run-wide settings (format, show, baseline) from: {top}" in text
    assert 'format = "json-lines"' in text


@pytest.mark.parametrize("value", ["JSON", "sarif", "Json-Lines", "github"])
@pytest.mark.parametrize("spelling", ["--output={}", "-o {}"])
def test_output_given_a_format_name_is_a_usage_error(tmp_path, cache, value, spelling):
    (tmp_path / "a.txt").write_text(ARTICLE)
    args = spelling.format(value).split()
    result = factcheck(*args, "a.txt", cwd=tmp_path, cache=cache)
    assert result.returncode == 2
    lowered = value.lower()
    assert f"did you mean --format {lowered}?" in result.stderr.decode()
    assert not (tmp_path / value).exists()
    # A name with an extension is a file, whatever it spells.
    ok = factcheck("-o", f"{value}.txt", "a.txt", cwd=tmp_path, cache=cache)
    assert ok.returncode in (0, 1) and (tmp_path / f"{value}.txt").exists()


def test_json_lines_carries_the_files_that_could_not_be_read(tmp_path, cache):
    (tmp_path / "a.txt").write_text(ARTICLE)
    (tmp_path / "b.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    result = factcheck("-f", "json-lines", "a.txt", "b.txt", "gone.txt", cwd=tmp_path, cache=cache)
    assert result.returncode == 2
    records = [json.loads(line) for line in result.stdout.decode().splitlines()]
    errors = [r for r in records if "error" in r]
    assert [sorted(r) for r in errors] == [["error", "path"], ["error", "path"]]
    assert [r["path"] for r in errors] == ["b.txt", "gone.txt"]
    # The same message the json format gives the file.
    as_json = factcheck("-f", "json", "b.txt", "gone.txt", cwd=tmp_path, cache=cache)
    assert [f["error"] for f in json.loads(as_json.stdout)["files"]] == [r["error"] for r in errors]
    assert all("verdict" in r for r in records if "error" not in r)


def test_html_on_stdin_without_a_name_is_read_as_html(tmp_path, cache):
    result = factcheck("-f", "json", "-", cwd=tmp_path, cache=cache, stdin=HTML.encode())
    (file,) = json.loads(result.stdout)["files"]
    assert file["path"] == "-"
    numbers = [n["text"] for n in file["numbers"]]
    assert numbers == ["13,748"]  # not the title's, the script's or the navigation's
    (claim,) = file["claims"]
    assert (claim["line"], claim["column"], claim["verdict"]) == (6, 7, "true")


def test_front_matter_date_spellings_toml_and_a_warning_for_what_is_not_understood(tmp_path, cache):
    body = "Trudy Harrison won 13,748 votes in the Copeland by-election.\n"
    (tmp_path / "uk.md").write_text(f"---\ndate: 24 February 2017\n---\n{body}")
    (tmp_path / "hugo.md").write_text(f'+++\ntitle = "Copeland"\ndate = 2017-02-24\n+++\n{body}')
    (tmp_path / "odd.md").write_text(f"---\ntitle: x\npublished: last Friday\n---\n{body}")
    result = factcheck("-f", "json", "uk.md", "hugo.md", "odd.md", cwd=tmp_path, cache=cache)
    files = files_by_path(result.stdout)
    for name in ("uk.md", "hugo.md"):
        assert [c["verdict"] for c in files[name]["claims"]] == ["true"], name
        assert files[name]["warnings"] == []
        assert files[name]["claims"][0]["line"] in (4, 5)
    assert files["odd.md"]["warnings"] == [
        "line 3: front matter: published is not a date (want 2019-12-13, 13 December 2019, "
        "December 13, 2019 or 13/12/2019): 'last Friday'; ignored"
    ]
    concise = factcheck("-f", "concise", "odd.md", cwd=tmp_path, cache=cache).stdout.decode()
    assert "odd.md:1:1: warning" in concise and "line 3: front matter: published" in concise
