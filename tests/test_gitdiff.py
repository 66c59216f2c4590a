"""`--changed-since REF`: changed lines from git against the merge base, untracked files,
files outside a repository."""

from __future__ import annotations

import shutil
import subprocess

import pytest

from factcheck.gitdiff import GitError, Since, changed_lines, parse_diff, parse_since

needs_git = pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")


def git(repo, *args):
    subprocess.run(
        ["git", "-c", "user.name=t", "-c", "user.email=t@example.com", *args],
        cwd=repo,
        check=True,
        capture_output=True,
    )


@pytest.fixture
def repo(tmp_path):
    git(tmp_path, "init", "-q")
    (tmp_path / "a.md").write_text("one\ntwo\nthree\nfour\nfive\n")
    (tmp_path / "same.md").write_text("unchanged\n")
    (tmp_path / "odd name [1].md").write_text("x\n")
    git(tmp_path, "add", ".")
    git(tmp_path, "commit", "-q", "-m", "first")
    return tmp_path


def test_parse_diff_reads_added_and_changed_lines():
    output = (
        "diff --git a/x.md b/x.md\n--- a/x.md\n+++ b/x.md\n"
        "@@ -2 +2 @@\n-old\n+new\n"
        "@@ -5,0 +6,3 @@\n+a\n+b\n+c\n"
        "@@ -9,2 +11,0 @@\n-gone\n-gone\n"
        'diff --git "a/caf\\303\\251.md" "b/caf\\303\\251.md"\n+++ "b/caf\\303\\251.md"\n'
        "@@ -1 +1 @@\n"
    )
    assert parse_diff(output) == {"x.md": {2, 6, 7, 8}, "café.md": {1}}


@needs_git
def test_changed_lines_against_head(repo):
    (repo / "a.md").write_text("one\nTWO\nthree\nfour\nfive\nsix\n")
    (repo / "new.md").write_text("brand new\n")
    (repo / "odd name [1].md").write_text("y\n")
    paths = [str(repo / n) for n in ("a.md", "same.md", "new.md", "odd name [1].md")]
    changed = changed_lines(paths, "HEAD")
    a, same, new, odd = (changed[p] for p in paths)
    assert a.lines == {2, 6}
    assert 2 in a and 3 not in a
    assert same.lines == frozenset() and not same.every_line
    assert new.every_line and 1000 in new
    assert odd.lines == {1}


@needs_git
def test_unknown_revision_is_an_error_for_the_run(repo):
    with pytest.raises(GitError, match="unknown git revision 'no-such-branch'"):
        changed_lines([str(repo / "a.md")], "no-such-branch")


@needs_git
def test_file_outside_a_repository_is_an_error_for_that_file(tmp_path_factory):
    outside = tmp_path_factory.mktemp("plain")
    (outside / "a.md").write_text("x\n")
    result = changed_lines([str(outside / "a.md")], "HEAD")
    assert "not in a git repository" in result[str(outside / "a.md")].error


def test_missing_git_is_an_error_for_the_run(monkeypatch, tmp_path):
    monkeypatch.setenv("PATH", str(tmp_path))
    with pytest.raises(GitError, match="needs git"):
        changed_lines([str(tmp_path / "a.md")], "HEAD")


@pytest.mark.parametrize(
    ("spec", "since"),
    [
        ("main", Since("main", True, None)),
        ("origin/main...HEAD", Since("origin/main", True, "HEAD")),
        ("main...", Since("main", True, None)),
        ("...HEAD", Since("HEAD", True, "HEAD")),
        ("main..HEAD", Since("main", False, "HEAD")),
        ("HEAD~2..", Since("HEAD~2", False, None)),
    ],
)
def test_revision_specs(spec, since):
    assert parse_since(spec) == since


@pytest.fixture
def branched(repo):
    """A feature branch that changed line 2 of a.md, off a main that then changed line 4."""
    git(repo, "branch", "-M", "main")
    git(repo, "checkout", "-q", "-b", "feature")
    (repo / "a.md").write_text("one\nTWO\nthree\nfour\nfive\n")
    git(repo, "commit", "-q", "-am", "feature")
    git(repo, "checkout", "-q", "main")
    (repo / "a.md").write_text("one\ntwo\nthree\nFOUR\nfive\n")
    git(repo, "commit", "-q", "-am", "main moves on")
    git(repo, "checkout", "-q", "feature")
    return repo


@needs_git
@pytest.mark.parametrize("spec", ["main", "main...HEAD", "main...", "main...feature"])
def test_lines_are_compared_with_the_merge_base(branched, spec):
    # Line 4 changed only on main: the branch did not touch it.
    assert changed_lines([str(branched / "a.md")], spec)[str(branched / "a.md")].lines == {2}


@needs_git
@pytest.mark.parametrize("spec", ["main..HEAD", "main.."])
def test_two_dots_compare_with_the_tip(branched, spec):
    assert changed_lines([str(branched / "a.md")], spec)[str(branched / "a.md")].lines == {2, 4}


@needs_git
def test_uncommitted_edits_count_as_changed(branched):
    (branched / "a.md").write_text("one\nTWO\nthree\nfour\nFIVE\n")
    assert changed_lines([str(branched / "a.md")], "main")[str(branched / "a.md")].lines == {2, 5}


@needs_git
def test_a_range_must_end_at_the_commit_checked_out(branched):
    with pytest.raises(GitError, match="'main' is not the commit checked out"):
        changed_lines([str(branched / "a.md")], "feature...main")
    with pytest.raises(GitError, match="unknown git revision 'nope'"):
        changed_lines([str(branched / "a.md")], "main...nope")


@needs_git
def test_no_common_ancestor_is_an_error_that_says_why(branched):
    git(branched, "checkout", "-q", "--orphan", "unrelated")
    git(branched, "commit", "-q", "-m", "unrelated history")
    with pytest.raises(GitError, match="no common ancestor.*fetch-depth: 0"):
        changed_lines([str(branched / "a.md")], "main")
