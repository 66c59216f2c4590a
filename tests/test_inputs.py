"""Which files a run checks: folders walked, globs, exclusions, order and duplicates."""

from __future__ import annotations

import os

import pytest

from factcheck.read.inputs import collect_inputs, display_name, path_matches


@pytest.fixture
def tree(tmp_path, monkeypatch):
    for name in (
        "a.txt",
        "b.md",
        "c.html",
        "d.htm",
        "e.markdown",
        "notes.rst",
        "image.png",
        "sub/f.md",
        "sub/deeper/g.txt",
        "archive/old.txt",
        ".hidden/h.txt",
        ".dotfile.txt",
        "UPPER.TXT",
    ):
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text("x")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def paths(inputs) -> list[str]:
    return [i.path.replace(os.sep, "/") for i in inputs]


def test_folder_is_walked_recursively_for_article_files_in_sorted_order(tree):
    assert paths(collect_inputs(["."])) == [
        "UPPER.TXT",
        "a.txt",
        "b.md",
        "c.html",
        "d.htm",
        "e.markdown",
        "archive/old.txt",
        "sub/f.md",
        "sub/deeper/g.txt",
    ]


def test_globs_replace_the_defaults(tree):
    assert paths(collect_inputs(["."], globs=["*.rst", "*.png"])) == ["image.png", "notes.rst"]


def test_glob_with_a_slash_matches_the_relative_path(tree):
    assert paths(collect_inputs(["."], globs=["sub/**/*.txt"])) == ["sub/deeper/g.txt"]


def test_exclude_a_folder_by_name_or_files_by_pattern(tree):
    found = paths(collect_inputs(["."], excludes=["archive", "*.htm*"]))
    assert "archive/old.txt" not in found
    assert "c.html" not in found and "d.htm" not in found
    assert "a.txt" in found


def test_exclude_with_a_path_pattern(tree):
    found = paths(collect_inputs(["."], excludes=["sub/deeper/**"]))
    assert "sub/deeper/g.txt" not in found
    assert "sub/f.md" in found


def test_named_file_is_checked_whatever_its_extension_but_not_if_excluded(tree):
    assert paths(collect_inputs(["notes.rst"])) == ["notes.rst"]
    assert paths(collect_inputs(["archive/old.txt"], excludes=["archive"])) == []


def test_hidden_files_are_found_only_when_named(tree):
    assert ".dotfile.txt" not in paths(collect_inputs(["."]))
    assert paths(collect_inputs([".hidden/h.txt"])) == [".hidden/h.txt"]


def test_order_is_as_given_and_each_file_once(tree):
    found = paths(collect_inputs(["sub/f.md", "sub", "a.txt", "./a.txt"]))
    assert found == ["sub/f.md", "sub/deeper/g.txt", "a.txt"]


def test_missing_path_is_reported_not_raised(tree):
    (missing,) = collect_inputs(["nope.txt"])
    assert missing.path == "nope.txt"
    assert missing.error == "no such file or folder"


def test_stdin_is_an_input(tree):
    (item,) = collect_inputs(["-"])
    assert item.is_stdin and item.error is None


def test_empty_folder_gives_no_inputs(tmp_path):
    assert collect_inputs([str(tmp_path)]) == []


@pytest.mark.parametrize(
    ("pattern", "path", "expected"),
    [
        ("*.md", "a/b/c.md", True),
        ("*.md", "a/b/c.txt", False),
        ("*.MD", "c.md", True),
        ("drafts/*.md", "drafts/a.md", True),
        ("drafts/*.md", "drafts/x/a.md", False),
        ("drafts/**/*.md", "drafts/a.md", True),
        ("drafts/**/*.md", "drafts/x/y/a.md", True),
        ("**/old/*", "a/old/x.txt", True),
        ("drafts", "drafts/a.md", False),
        ("drafts/", "drafts/a.md", False),
        ("sub/**", "sub/a/b.md", True),
        ("[ab].md", "b.md", True),
        ("[!ab].md", "b.md", False),
    ],
)
def test_path_matches(pattern, path, expected):
    assert path_matches(pattern, path) is expected


def test_folder_names_match_only_for_exclusions():
    assert path_matches("drafts", "drafts/a.md", any_folder=True)
    assert not path_matches("drafts", "drafts/a.md")


def test_names_that_are_not_utf8_are_shown_escaped():
    assert display_name(os.fsdecode(b"drafts/caf\xe9.md")) == "drafts/caf\\xe9.md"
    assert display_name("drafts/café.md") == "drafts/café.md"
    # Escaped, the name is text any writer accepts.
    display_name(os.fsdecode(b"\xff\xfe.md")).encode("utf-8")


def test_a_folder_that_cannot_be_listed_is_reported_not_skipped(tree, monkeypatch):
    real = os.scandir

    def scandir(path="."):
        if os.path.basename(os.fspath(path)) == "deeper":  # as for a folder with mode 000
            raise PermissionError(13, "Permission denied", os.fspath(path))
        return real(path)

    monkeypatch.setattr(os, "scandir", scandir)
    inputs = collect_inputs(["sub"])
    assert [(i.path.replace(os.sep, "/"), i.error) for i in inputs] == [
        ("sub/f.md", None),
        ("sub/deeper", "cannot list folder: Permission denied"),
    ]


def test_each_path_may_bring_its_own_globs_and_exclusions(tree):
    rules = {"sub": (("*.md",), ()), ".": (("*.txt",), ("archive",))}
    found = collect_inputs(["sub", ".", "-"], patterns=lambda path: rules[path])
    assert paths(found) == ["sub/f.md", "UPPER.TXT", "a.txt", "sub/deeper/g.txt", "-"]


# --- what git ignores -------------------------------------------------------------------


@pytest.fixture
def work_tree(tmp_path, monkeypatch):
    """A git work tree (a `.git` folder is all it takes) with ignore rules at three levels."""
    for name in (
        "keep.md",
        "notes.draft.md",
        "build/out.md",
        "drafts/a.md",
        "drafts/private/b.md",
        "drafts/c.draft.md",
        "scratch.md",
        "sub/scratch.md",
    ):
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text("x")
    (tmp_path / ".git" / "info").mkdir(parents=True)
    (tmp_path / ".git" / "info" / "exclude").write_text("# mine\nscratch.md\n")
    (tmp_path / ".gitignore").write_text("build/\n*.draft.md\n")
    # A deeper file overrides the top one, both ways.
    (tmp_path / "drafts" / ".gitignore").write_text("private/\n!c.draft.md\n")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def test_folders_leave_out_what_git_ignores(work_tree):
    assert paths(collect_inputs(["."])) == ["keep.md", "drafts/a.md", "drafts/c.draft.md"]


def test_a_folder_inside_the_work_tree_uses_the_rules_from_the_top(work_tree):
    assert paths(collect_inputs(["drafts"])) == ["drafts/a.md", "drafts/c.draft.md"]
    assert paths(collect_inputs([str(work_tree / "sub")])) == []


def test_a_file_git_ignores_is_checked_when_named(work_tree):
    named = ["notes.draft.md", "build/out.md", "scratch.md"]
    assert paths(collect_inputs(named)) == named


def test_gitignore_can_be_turned_off(work_tree):
    found = paths(collect_inputs(["."], gitignore=False))
    assert "build/out.md" in found and "drafts/private/b.md" in found and "scratch.md" in found


def test_gitignore_outside_a_work_tree_is_just_a_file(tmp_path, monkeypatch):
    (tmp_path / "a.md").write_text("x")
    (tmp_path / ".gitignore").write_text("*.md\n")
    monkeypatch.chdir(tmp_path)
    assert paths(collect_inputs(["."])) == ["a.md"]
