"""The real command in a subprocess on a folder of mixed inputs: every file is reported.

These assert on structure (files, errors, warnings, positions, exit statuses, formats),
never on verdicts, which belong to the extraction and verification tests.
"""

from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent

TEXT = "Trudy Harrison won 13,748 votes in the Copeland by-election, a majority of 2,147.\n"
MARKDOWN = """\
---
date: 2017-02-24
election: Copeland by-election
---
# Copeland

Trudy Harrison won 13,748 votes in the Copeland by-election.

```
Example only: Labour won 99,999 votes.
```

    Indented example: Labour won 88,888 votes.

<!-- factcheck: ignore -->
Gillian Troughton won 11,601 votes.
"""
HTML = """\
<!doctype html>
<html><head><title>Copeland: 77,777 votes</title>
<meta name="date" content="2017-02-24"></head>
<body><h1>Copeland by-election</h1>
<p>Trudy Harrison won
   <b>13,748</b>&nbsp;votes &amp; a majority of 2,147 in Copeland.</p>
<script>var shown = "66,666 votes";</script>
</body></html>
"""
CP1252 = "Ynys Môn – Labour won 12,959 votes in the Ynys Môn by-election.\n"


@pytest.fixture
def mixed(tmp_path) -> Path:
    folder = tmp_path / "articles"
    (folder / "sub").mkdir(parents=True)
    (folder / "a-plain.txt").write_text(TEXT, encoding="utf-8")
    (folder / "b-front-matter.md").write_text(MARKDOWN, encoding="utf-8")
    (folder / "sub" / "c-page.html").write_text(HTML, encoding="utf-8")
    (folder / "d-windows.txt").write_bytes(CP1252.encode("cp1252"))
    (folder / "e-binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    (folder / "f-empty.md").write_bytes(b"")
    (folder / "g-bom.txt").write_bytes(b"\xef\xbb\xbf" + TEXT.encode("utf-8"))
    (folder / "ignored.rst").write_text(TEXT)
    return folder


# One reference cache for every run in this module: it is built once (a few seconds),
# not per test, and it lives outside the user's own cache.
_CACHE: dict[str, Path] = {}


@pytest.fixture(autouse=True, scope="module")
def _shared_cache(tmp_path_factory):
    _CACHE["dir"] = tmp_path_factory.mktemp("reference-cache")


def factcheck(*args: str, cwd: Path, stdin: bytes | None = None) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if not k.startswith("FACTCHECK_")}
    cache = _CACHE.get("dir", cwd / ".cache")
    env.update(NO_COLOR="1", FACTCHECK_CACHE_DIR=str(cache), COLUMNS="100")
    return subprocess.run(
        [sys.executable, "-m", "factcheck", *args],
        cwd=cwd,
        env=env,
        input=stdin,
        capture_output=True,
        timeout=300,
    )


def run_json(*args: str, cwd: Path) -> tuple[int, dict]:
    result = factcheck("--format", "json", *args, cwd=cwd)
    stderr = result.stderr.decode()
    assert result.stdout and "Traceback" not in stderr, stderr
    return result.returncode, json.loads(result.stdout)


def by_path(report: dict) -> dict[str, dict]:
    return {f["path"].replace(os.sep, "/"): f for f in report["files"]}


def test_mixed_folder_every_file_reported_and_the_batch_completes(mixed):
    status, report = run_json("articles", cwd=mixed.parent)
    files = by_path(report)
    assert list(files) == [
        "articles/a-plain.txt",
        "articles/b-front-matter.md",
        "articles/d-windows.txt",
        "articles/e-binary.txt",
        "articles/f-empty.md",
        "articles/g-bom.txt",
        "articles/sub/c-page.html",
    ]
    assert status == 2  # one input could not be read
    assert report["summary"]["files"] == 7
    assert report["summary"]["errors"] == 1

    binary = files["articles/e-binary.txt"]
    assert binary["error"] and "binary" in binary["error"]
    assert binary["claims"] == []

    empty = files["articles/f-empty.md"]
    assert empty["error"] is None and empty["claims"] == []

    windows = files["articles/d-windows.txt"]
    assert windows["error"] is None
    assert "decoded as cp1252 (guessed)" in windows["warnings"]

    for name in ("a-plain.txt", "b-front-matter.md", "g-bom.txt", "sub/c-page.html"):
        assert files[f"articles/{name}"]["error"] is None
        assert files[f"articles/{name}"]["warnings"] == []


def test_claims_point_at_their_text_in_every_format(mixed):
    _, report = run_json("articles", cwd=mixed.parent)
    located = 0
    for path, file in by_path(report).items():
        if file["error"]:
            continue
        source = (mixed.parent / path).read_bytes()
        text = source.decode("cp1252" if "windows" in path else "utf-8-sig")
        lines = text.split("\n")
        for claim in file["claims"]:
            line = lines[claim["line"] - 1]
            assert line[claim["column"] - 1 :].startswith(claim["claimed"]["as_written"]), (
                path,
                claim,
            )
            located += 1
    assert located > 0


def test_code_blocks_hidden_text_and_suppressed_claims(mixed):
    _, report = run_json("articles", cwd=mixed.parent)
    files = by_path(report)
    every_claim = [c for f in files.values() for c in f["claims"]]
    shown = " ".join(c["text"] for c in every_claim)
    for hidden in ("99,999", "88,888", "77,777", "66,666"):
        assert hidden not in shown
    markdown = files["articles/b-front-matter.md"]["claims"]
    suppressed = [c for c in markdown if c["suppressed"]]
    assert all("11,601" in c["text"] for c in suppressed)
    assert all(not c["suppressed"] for c in markdown if "11,601" not in c["text"])


def test_one_worker_and_two_give_the_same_report(mixed):
    _, one = run_json("--jobs", "1", "articles", cwd=mixed.parent)
    _, two = run_json("--jobs", "2", "articles", cwd=mixed.parent)
    assert one == two


def test_exit_status_without_bad_files_is_0_or_1(mixed):
    (mixed / "e-binary.txt").unlink()
    status, report = run_json("articles", cwd=mixed.parent)
    false_claims = report["summary"]["false"]
    assert status == (1 if false_claims else 0)
    status, _ = run_json("--exit-zero", "articles", cwd=mixed.parent)
    assert status == 0


def test_stdin_is_checked_with_its_name(mixed):
    result = factcheck(
        "--format", "json", "--stdin-filename", "draft.html", "-",
        cwd=mixed.parent, stdin=HTML.encode(),
    )  # fmt: skip
    (file,) = json.loads(result.stdout)["files"]
    assert file["path"] == "draft.html"
    assert file["error"] is None


@pytest.mark.parametrize("format_name", ["full", "concise", "json", "sarif", "github"])
def test_each_format_runs_on_the_mixed_folder(mixed, format_name):
    out = mixed.parent / f"report.{format_name}"
    result = factcheck("--format", format_name, "--output", str(out), "articles", cwd=mixed.parent)
    assert result.returncode == 2, result.stderr.decode()
    assert result.stdout == b""
    text = out.read_text(encoding="utf-8")
    assert "e-binary.txt" in text
    if format_name in ("json", "sarif"):
        json.loads(text)


def test_usage_error_is_one_line_and_exit_2(mixed):
    result = factcheck("--date", "yesterday", "articles", cwd=mixed.parent)
    assert result.returncode == 2
    assert result.stderr.decode().strip().splitlines() == [
        "factcheck: --date: not a date (want YYYY-MM-DD): 'yesterday'"
    ]


def test_config_command_and_project_file(mixed):
    (mixed.parent / "pyproject.toml").write_text(
        '[tool.factcheck]\nformat = "json"\nexclude = ["sub"]\n'
        '[[tool.factcheck.per-file]]\nglob = "*.md"\nfail-on = "unverifiable"\n'
    )
    result = factcheck("config", "articles/b-front-matter.md", cwd=mixed.parent)
    assert result.returncode == 0
    out = result.stdout.decode()
    assert 'format = "json"' in out
    assert 'fail-on = "unverifiable"' in out and "per-file rule 1" in out
    status, report = run_json("articles", cwd=mixed.parent)
    assert "articles/sub/c-page.html" not in by_path(report)


def test_version():
    result = subprocess.run(
        [sys.executable, "-m", "factcheck", "--version"], capture_output=True, text=True
    )
    assert result.returncode == 0
    assert result.stdout.startswith("factcheck ")


def _pypi_reachable() -> bool:
    try:
        socket.create_connection(("pypi.org", 443), timeout=3).close()
    except OSError:
        return False
    return True


@pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")
def test_pre_commit_hook_with_try_repo(tmp_path):
    pre_commit = shutil.which("pre-commit") or str(Path(sys.executable).parent / "pre-commit")
    if not Path(pre_commit).exists():
        pytest.skip("pre-commit is not installed (pip install -e '.[test]')")
    if not _pypi_reachable():
        pytest.skip("offline: installing the hook's environment needs PyPI")

    def git(cwd: Path, *args: str) -> None:
        subprocess.run(
            ["git", "-c", "user.name=t", "-c", "user.email=t@example.com", *args],
            cwd=cwd,
            check=True,
            capture_output=True,
        )

    # A committed copy of the project as it is now, uncommitted files included.
    hook_repo = tmp_path / "hook-repo"
    hook_repo.mkdir()
    for name in ("pyproject.toml", "README.md", ".pre-commit-hooks.yaml"):
        shutil.copy(REPO / name, hook_repo / name)
    ignore = shutil.ignore_patterns("__pycache__", "*.pyc")
    for folder in ("factcheck", "reference"):
        shutil.copytree(REPO / folder, hook_repo / folder, ignore=ignore)
    git(hook_repo, "init", "-q")
    git(hook_repo, "add", ".")
    git(hook_repo, "commit", "-q", "-m", "hook")

    newsroom = tmp_path / "newsroom"
    newsroom.mkdir()
    (newsroom / "article.md").write_text(MARKDOWN)
    (newsroom / "page.html").write_text(HTML)
    (newsroom / "notes.txt").write_text(TEXT)
    (newsroom / "LICENSE").write_text("Copyright 2017. 1,234 votes.\n")
    (newsroom / "README.md").write_text("Our 1,234 votes archive.\n")
    (newsroom / "script.py").write_text("votes = 13748\n")
    git(newsroom, "init", "-q")
    git(newsroom, "add", ".")
    git(newsroom, "commit", "-q", "-m", "articles")

    env = {k: v for k, v in os.environ.items() if not k.startswith("FACTCHECK_")}
    env.update(
        PRE_COMMIT_HOME=str(tmp_path / "pre-commit-home"),
        FACTCHECK_CACHE_DIR=str(tmp_path / "cache"),
        NO_COLOR="1",
    )
    args = [pre_commit, "try-repo", str(hook_repo), "factcheck", "--all-files", "--verbose"]
    result = subprocess.run(
        args,
        cwd=newsroom,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
    )
    output = result.stdout + result.stderr
    assert "An error has occurred" not in output, output
    assert "factcheck" in output
    for name in ("article.md", "page.html", "notes.txt"):
        assert name in output, output
    checked = output.split("hook id: factcheck", 1)[-1]
    assert "LICENSE" not in checked and "README.md" not in checked
    assert "script.py" not in output
    assert result.returncode in (0, 1), output
