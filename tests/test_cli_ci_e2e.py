"""The real command in a subprocess, as CI and an editor run it: --fix and --diff on copies
of the sample drafts, --changed-since on a feature branch, and .gitignore in a work tree.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
SAMPLES = [
    REPO / "claims" / "copeland-2017.md",
    REPO / "claims" / "general-2019-bolsover.md",
    REPO / "tests" / "data" / "articles" / "probea-portsmouth-south-2017.html",
]
needs_git = pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")

_CACHE: dict[str, Path] = {}


@pytest.fixture(autouse=True, scope="module")
def _shared_cache(tmp_path_factory):
    # One reference cache for the module: built once, outside the user's own cache.
    _CACHE["dir"] = tmp_path_factory.mktemp("reference-cache")


def factcheck(*args: str, cwd: Path, stdin: bytes | None = None) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("FACTCHECK_", "GIT_"))}
    env.update(NO_COLOR="1", FACTCHECK_CACHE_DIR=str(_CACHE["dir"]), COLUMNS="100")
    return subprocess.run(
        [sys.executable, "-m", "factcheck", "--jobs", "1", *args],
        cwd=cwd,
        env=env,
        input=stdin,
        capture_output=True,
        timeout=300,
    )


def claims(result: subprocess.CompletedProcess) -> dict[str, list[dict]]:
    assert "Traceback" not in result.stderr.decode(), result.stderr.decode()
    report = json.loads(result.stdout)
    return {Path(f["path"]).name: f["claims"] for f in report["files"]}


# --- --fix and --diff -------------------------------------------------------------------


@pytest.fixture
def drafts(tmp_path) -> Path:
    folder = tmp_path / "drafts"
    folder.mkdir()
    for sample in SAMPLES:
        shutil.copy(sample, folder / sample.name)
    return folder


def safe_fixes(found: dict[str, list[dict]]) -> dict[str, list[dict]]:
    return {
        name: [c for c in file_claims if c["verdict"] == "false" and (c["fix"] or {}).get("safe")]
        for name, file_claims in found.items()
    }


def test_fix_turns_every_exact_false_figure_into_the_official_one(drafts):
    before = claims(factcheck("--format", "json", ".", cwd=drafts))
    to_fix = safe_fixes(before)
    assert all(to_fix.values()), "every sample has false claims with a safe fix"
    originals = {p.name: p.read_bytes() for p in drafts.iterdir()}

    shown = factcheck("--diff", ".", cwd=drafts)
    assert shown.returncode == 1  # there is something to fix, as with ruff --diff
    assert {p.name: p.read_bytes() for p in drafts.iterdir()} == originals  # nothing written
    diff = shown.stdout.decode()
    for name, fixes in to_fix.items():
        assert f"--- {name}\n+++ {name}\n" in diff
        for claim in fixes:
            added = [line for line in diff.splitlines() if line.startswith("+")]
            assert any(claim["fix"]["replacement"] in line for line in added)

    fixed = factcheck("--format", "json", "--fix", ".", cwd=drafts)
    stderr = fixed.stderr.decode()
    for name, fixes in to_fix.items():
        assert f"{name}: fixed {len(fixes)} claim" in stderr
        text = (drafts / name).read_text(encoding="utf-8")
        for claim in fixes:
            # The official figure now stands where the false one was (offsets into the
            # file, for HTML its source; each fix here keeps the claim's length).
            start, end = claim["fix"]["start"], claim["fix"]["end"]
            assert text[start:end] == claim["fix"]["replacement"], (name, claim["text"])
    # Copeland's swing fix is not safe: left, and said so.
    assert "copeland-2017.md: fixed 2 claims, left 1: line 19 '12 points'" in stderr

    after = claims(factcheck("--format", "json", ".", cwd=drafts))
    for name, fixes in to_fix.items():
        verdicts = {c["start"]: c["verdict"] for c in after[name]}
        assert [verdicts.get(c["start"]) for c in fixes] == ["true"] * len(fixes), name
    assert not any(safe_fixes(after).values())
    again = factcheck("--diff", ".", cwd=drafts)
    assert again.returncode == 0 and again.stdout == b""


def test_fix_exit_status_counts_only_what_is_left(drafts):
    bolsover = drafts / "general-2019-bolsover.md"
    before = claims(factcheck("--format", "json", str(bolsover), cwd=drafts))
    left = [c for c in before[bolsover.name] if c["verdict"] == "false" and not c["fix"]["safe"]]
    result = factcheck("--format", "json", "--fix", str(bolsover), cwd=drafts)
    assert result.returncode == (1 if left else 0)
    # The report is the check as run: every claim, the fixed ones as they were found.
    assert claims(result) == before


def test_fix_on_standard_input_writes_the_fixed_text_to_stdout(drafts):
    draft = (drafts / "copeland-2017.md").read_bytes()
    result = factcheck("--fix", "--stdin-filename", "c.md", "-", cwd=drafts, stdin=draft)
    assert result.stdout == draft.replace(b"2,552", b"2,252").replace(b"3,564", b"2,564")
    stderr = result.stderr.decode()
    assert "c.md" in stderr and "fixed 2 claims, left 1" in stderr  # the report went here
    shown = factcheck("--diff", "--stdin-filename", "c.md", "-", cwd=drafts, stdin=draft)
    assert shown.returncode == 1 and shown.stdout.startswith(b"--- c.md\n+++ c.md\n")


# --- --changed-since ------------------------------------------------------------------

ARTICLE = [
    "# Copeland by-election, February 2017",
    "",
    "Trudy Harrison won 13,748 votes in the Copeland by-election.",
    "",
    "Gillian Troughton won 11,601 votes for Labour in the Copeland by-election.",
    "",
    "Turnout in the Copeland by-election was 51.3%.",
    "",
]


def git(repo: Path, *args: str) -> str:
    result = subprocess.run(
        ["git", "-c", "user.name=t", "-c", "user.email=t@example.com", *args],
        cwd=repo,
        check=True,
        capture_output=True,
        text=True,
    )
    return result.stdout


def write(path: Path, lines: list[str]) -> None:
    path.write_text("\n".join(lines), encoding="utf-8")


@pytest.fixture
def feature_branch(tmp_path) -> Path:
    """A branch that changed line 3, off a main that has since changed line 5."""
    repo = tmp_path / "newsroom"
    repo.mkdir()
    git(repo, "init", "-q", "-b", "main")
    write(repo / "copeland.md", ARTICLE)
    git(repo, "add", ".")
    git(repo, "commit", "-q", "-m", "first draft")
    git(repo, "checkout", "-q", "-b", "feature")
    edited = list(ARTICLE)
    edited[2] = edited[2].replace("13,748", "13,784")
    write(repo / "copeland.md", edited)
    git(repo, "commit", "-q", "-am", "feature: edit line 3")
    git(repo, "checkout", "-q", "main")
    moved = list(ARTICLE)
    moved[4] = moved[4].replace("11,601", "11,610")
    write(repo / "copeland.md", moved)
    git(repo, "commit", "-q", "-am", "main: edit line 5")
    git(repo, "checkout", "-q", "feature")
    return repo


def lines_reported(result: subprocess.CompletedProcess) -> list[int]:
    return sorted({c["line"] for file_claims in claims(result).values() for c in file_claims})


@needs_git
@pytest.mark.parametrize("since", ["main", "main...HEAD", "main...feature", "main..."])
def test_changed_since_compares_with_the_merge_base(feature_branch, since):
    result = factcheck("--format", "json", "--changed-since", since, ".", cwd=feature_branch)
    # Line 5 changed only on main after the branch point: not the branch's doing.
    assert lines_reported(result) == [3]
    assert result.returncode == 1  # 13,784 is false


@needs_git
def test_changed_since_two_dots_compares_with_the_tip(feature_branch):
    result = factcheck("--format", "json", "--changed-since", "main..HEAD", ".", cwd=feature_branch)
    assert lines_reported(result) == [3, 5]


@needs_git
def test_changed_since_refuses_a_range_not_ending_at_head(feature_branch):
    result = factcheck("--changed-since", "feature...main", ".", cwd=feature_branch)
    assert result.returncode == 2
    assert "not the commit checked out" in result.stderr.decode()
    assert result.stderr.decode().count("\n") == 1  # one line, no traceback


# --- .gitignore -----------------------------------------------------------------------


@needs_git
def test_gitignore_is_respected_when_walking_and_named_files_are_checked(tmp_path):
    repo = tmp_path / "site"
    (repo / "articles" / "embargoed").mkdir(parents=True)
    (repo / "build").mkdir()
    git(repo, "init", "-q")
    line = "Trudy Harrison won 13,748 votes in the Copeland by-election.\n"
    for name in (
        "articles/copeland.md",
        "articles/embargoed/next.md",
        "articles/old.bak.md",
        "build/copeland.html",
        "notes.md",
    ):
        (repo / name).write_text(line)
    (repo / ".gitignore").write_text("build/\n*.bak.md\n")
    (repo / "articles" / ".gitignore").write_text("embargoed/\n")
    (repo / ".git" / "info" / "exclude").write_text("notes.md\n")

    def checked(*args: str) -> list[str]:
        result = factcheck("--format", "json", *args, cwd=repo)
        assert result.returncode in (0, 1), result.stderr.decode()
        return sorted(f["path"].replace(os.sep, "/") for f in json.loads(result.stdout)["files"])

    assert checked(".") == ["articles/copeland.md"]
    assert checked("articles") == ["articles/copeland.md"]
    assert checked("articles", "build/copeland.html") == [
        "articles/copeland.md",
        "build/copeland.html",
    ]
    assert len(checked("--no-respect-gitignore", ".")) == 5
