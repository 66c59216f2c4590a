"""Which files to check: paths as given, folders walked, globs and exclusions applied.

Patterns are matched case-insensitively. A pattern without a slash matches a file's
name, or (for exclusions) any folder on its path: `--exclude archive` leaves out every
folder called archive. A pattern with a slash matches the whole path relative to the
folder being walked (or, for a file named on the command line, the path as given);
`**` spans folders. Hidden files and folders are skipped when walking a folder.
"""

from __future__ import annotations

import fnmatch
import functools
import os
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

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


def _excluded(relative: str, excludes: Sequence[str]) -> bool:
    return any(path_matches(p, relative, any_folder=True) for p in excludes)


def _walk(
    folder: str, globs: Sequence[str], excludes: Sequence[str]
) -> list[tuple[str, str | None]]:
    """The files to check under a folder, each with None, or a folder it could not list."""
    found: list[tuple[str, str | None]] = []

    def unlisted(exc: OSError) -> None:
        # os.walk would skip a folder it cannot list in silence: the files in it count too.
        where = os.path.normpath(exc.filename or folder)
        found.append((where, f"cannot list folder: {exc.strerror or exc}"))

    for root, dirs, files in os.walk(folder, onerror=unlisted):
        rel_root = os.path.relpath(root, folder)
        rel_root = "" if rel_root == "." else rel_root.replace(os.sep, "/") + "/"
        dirs[:] = sorted(
            d for d in dirs if not d.startswith(".") and not _excluded(rel_root + d, excludes)
        )
        for name in sorted(files):
            relative = rel_root + name
            if name.startswith(".") or _excluded(relative, excludes):
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
) -> list[InputFile]:
    """Expand paths into the files to check, in the order given, each file once.

    Files named directly are checked whatever their extension, unless excluded; a
    path that does not exist is returned with an error rather than raised.
    `patterns`, when given, gives each path its own (globs, excludes).
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
            for found, error in _walk(path, globs, excludes):
                add(found, error)
        elif os.path.lexists(path):
            if not _excluded(_as_given(path), excludes):
                add(path)
        else:
            add(path, "no such file or folder")
    return inputs
