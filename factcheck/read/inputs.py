"""Which files to check: paths as given, folders walked, globs and exclusions applied.

Patterns are matched case-insensitively. A pattern without a slash matches a file's
name, or (for exclusions) any folder on its path: `--exclude archive` leaves out every
folder called archive. A pattern with a slash matches the whole path relative to the
folder being walked (or, for a file named on the command line, the path as given);
`**` spans folders. Hidden files and folders are skipped when walking a folder.

Inside a git work tree, walking a folder also leaves out what git ignores: the rules of
every `.gitignore` from the work tree's top down (a deeper one overriding), then
`.git/info/exclude`, matched as git matches them (the `pathspec` library's gitwildmatch).
A file named on the command line is checked even if git ignores it, as ruff does; a
folder named is walked by the same rules, so a folder git ignores gives no files.
"""

from __future__ import annotations

import fnmatch
import functools
import os
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any

DEFAULT_GLOBS = ("*.txt", "*.md", "*.markdown", "*.html", "*.htm")
STDIN = "-"


@dataclass(frozen=True)
class InputFile:
    """One input: `path` is how it is named in the report; `error` if it cannot be checked."""

    path: str
    error: str | None = None

    @property
    def is_stdin(self) -> bool:
        return self.path == STDIN


def display_name(path: str) -> str:
    """A path as reports show it: a byte that is not UTF-8 in the name becomes `\\xNN`.

    Names come from the OS with such bytes as lone surrogates (surrogateescape), which
    no UTF-8 writer accepts; the escaped form is text every format can carry.
    """
    try:
        path.encode("utf-8")
    except UnicodeEncodeError:
        return "".join(
            f"\\x{ord(c) - 0xDC00:02x}"
            if "\udc80" <= c <= "\udcff"
            else (f"\\u{ord(c):04x}" if "\ud800" <= c <= "\udfff" else c)
            for c in path
        )
    return path


@functools.lru_cache(maxsize=256)
def _path_regex(pattern: str) -> re.Pattern[str]:
    """A glob with `**` as a regex over a '/'-separated relative path."""
    pattern = pattern.strip("/")
    if pattern.startswith("./"):
        pattern = pattern[2:]
    out = []
    i = 0
    while i < len(pattern):
        if pattern.startswith("**/", i):
            out.append("(?:.*/)?")
            i += 3
        elif pattern.startswith("**", i):
            out.append(".*")
            i += 2
        elif pattern[i] == "*":
            out.append("[^/]*")
            i += 1
        elif pattern[i] == "?":
            out.append("[^/]")
            i += 1
        elif pattern[i] == "[" and "]" in pattern[i + 2 :]:
            end = pattern.index("]", i + 2)
            body = pattern[i + 1 : end]
            if body.startswith("!"):
                body = "^" + body[1:]
            out.append(f"[{body}]")
            i = end + 1
        else:
            out.append(re.escape(pattern[i]))
            i += 1
    return re.compile("".join(out) + "(?:/.*)?", re.I | re.S)


def path_matches(pattern: str, relative: str, *, any_folder: bool = False) -> bool:
    """Whether a relative path matches a glob (see the module docstring).

    With `any_folder`, a slash-less pattern also matches any folder on the path.
    """
    relative = relative.replace(os.sep, "/")
    while relative.startswith("./"):
        relative = relative[2:]
    if "/" not in pattern.strip("/"):
        parts = relative.split("/")
        candidates = parts if any_folder else parts[-1:]
        return any(fnmatch.fnmatchcase(p.lower(), pattern.strip("/").lower()) for p in candidates)
    return _path_regex(pattern).fullmatch(relative) is not None


class GitIgnored:
    """What git ignores in one work tree: `.gitignore` files (read as the walk reaches
    them) and `.git/info/exclude`."""

    def __init__(self, top: str) -> None:
        self.top = top
        # Rules per folder relative to `top` ("" for the top), None where there are none.
        self._rules: dict[str, Any] = {}
        self._exclude = _rules_in(os.path.join(top, ".git", "info", "exclude"))

    @classmethod
    def around(cls, folder: str) -> GitIgnored | None:
        """The rules for the work tree holding `folder`, or None outside one."""
        here = os.path.abspath(folder)
        while True:
            # `.git` is a folder, or a file in a linked worktree or submodule.
            if os.path.exists(os.path.join(here, ".git")):
                return cls(here)
            parent = os.path.dirname(here)
            if parent == here:
                return None
            here = parent

    def relative(self, path: str) -> str | None:
        """`path` relative to the top, '/'-separated; None if outside the work tree."""
        relative = os.path.relpath(os.path.abspath(path), self.top)
        if relative == ".":
            return ""
        if relative == ".." or relative.startswith(".." + os.sep):
            return None
        return relative.replace(os.sep, "/")

    def ignores(self, relative: str, *, folder: bool) -> bool:
        """Whether git ignores the file (or `folder`) at `relative` to the top.

        The deepest `.gitignore` with a rule for it decides, as in git, and a rule for a
        folder covers what is in it; `!` rules re-include.
        """
        parts = relative.split("/")
        candidates = ["/".join(parts[:i]) for i in range(len(parts) - 1, -1, -1)]
        for base in candidates:
            rules = self._rules_for(base)
            if rules is None:
                continue
            decided = self._decide(rules, relative[len(base) + 1 :] if base else relative, folder)
            if decided is not None:
                return decided
        if self._exclude is not None:
            return bool(self._decide(self._exclude, relative, folder))
        return False

    @staticmethod
    def _decide(rules: Any, relative: str, folder: bool) -> bool | None:
        result = rules.check_file(relative + "/" if folder else relative)
        return result.include

    def _rules_for(self, base: str) -> Any:
        if base not in self._rules:
            self._rules[base] = _rules_in(os.path.join(self.top, base, ".gitignore"))
        return self._rules[base]


def _rules_in(path: str) -> Any:
    """A `.gitignore`-style file's rules (a pathspec GitIgnoreSpec), or None if none."""
    try:
        with open(path, "rb") as fh:
            lines = fh.read().decode("utf-8", "replace").splitlines()
    except OSError:
        return None
    import pathspec  # only when walking inside a git work tree

    rules = pathspec.GitIgnoreSpec.from_lines(lines)
    return rules if len(rules) else None


def _excluded(relative: str, excludes: Sequence[str]) -> bool:
    return any(path_matches(p, relative, any_folder=True) for p in excludes)


def _walk(
    folder: str, globs: Sequence[str], excludes: Sequence[str], gitignore: bool = True
) -> list[tuple[str, str | None]]:
    """The files to check under a folder, each with None, or a folder it could not list."""
    found: list[tuple[str, str | None]] = []
    git = GitIgnored.around(folder) if gitignore else None
    start = git.relative(folder) if git is not None else None
    if start is None:
        git = None  # a folder that is the work tree's .git or outside it: nothing applies

    def ignored(relative: str, *, is_folder: bool) -> bool:
        if git is None:
            return False
        return git.ignores(f"{start}/{relative}" if start else relative, folder=is_folder)

    def unlisted(exc: OSError) -> None:
        # os.walk would skip a folder it cannot list in silence: the files in it count too.
        where = os.path.normpath(exc.filename or folder)
        found.append((where, f"cannot list folder: {exc.strerror or exc}"))

    for root, dirs, files in os.walk(folder, onerror=unlisted):
        rel_root = os.path.relpath(root, folder)
        rel_root = "" if rel_root == "." else rel_root.replace(os.sep, "/") + "/"
        dirs[:] = sorted(
            d
            for d in dirs
            if not d.startswith(".")
            and not _excluded(rel_root + d, excludes)
            and not ignored(rel_root + d, is_folder=True)
        )
        for name in sorted(files):
            relative = rel_root + name
            if name.startswith(".") or _excluded(relative, excludes):
                continue
            if ignored(relative, is_folder=False):
                continue
            if any(path_matches(g, relative) for g in globs):
                found.append((os.path.normpath(os.path.join(folder, relative)), None))
    return found


def _as_given(path: str) -> str:
    """A named file's path for matching: relative to the working folder when inside it."""
    path = os.path.normpath(path)
    if os.path.isabs(path):
        relative = os.path.relpath(path)
        if not relative.startswith(".."):
            return relative
    return path


def collect_inputs(
    paths: Iterable[str],
    globs: Sequence[str] | None = None,
    excludes: Sequence[str] = (),
    *,
    patterns: Callable[[str], tuple[Sequence[str], Sequence[str]]] | None = None,
    gitignore: bool = True,
) -> list[InputFile]:
    """Expand paths into the files to check, in the order given, each file once.

    Files named directly are checked whatever their extension, unless excluded; in
    folders, what git ignores is left out unless `gitignore` is false. A path that
    does not exist is returned with an error rather than raised. `patterns`, when
    given, gives each path its own (globs, excludes).
    """
    default = (tuple(globs) if globs else DEFAULT_GLOBS, tuple(excludes))
    seen: set[str] = set()
    inputs: list[InputFile] = []

    def add(path: str, error: str | None = None) -> None:
        key = path if path == STDIN or error else os.path.realpath(path)
        if key not in seen:
            seen.add(key)
            inputs.append(InputFile(path, error))

    for path in paths:
        globs, excludes = patterns(path) if patterns and path != STDIN else default
        globs = tuple(globs) or DEFAULT_GLOBS
        if path == STDIN:
            add(STDIN)
        elif os.path.isdir(path):
            for found, error in _walk(path, globs, excludes, gitignore):
                add(found, error)
        elif os.path.lexists(path):
            if not _excluded(_as_given(path), excludes):
                add(path)
        else:
            add(path, "no such file or folder")
    return inputs
