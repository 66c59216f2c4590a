"""`--diff REF`: the lines of each file changed since a git revision.

One `git diff -U0 REF` per repository gives the added or changed lines (deletions add
none); a file git does not track is new, so every line counts as changed.
"""

from __future__ import annotations

import os
import re
import subprocess
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

_HUNK = re.compile(r"^@@ -\d+(?:,\d+)? \+(\d+)(?:,(\d+))? @@")
_DIFF_OPTIONS = (
    "-c",
    "core.quotepath=false",
    "diff",
    "--no-color",
    "--no-ext-diff",
    "--no-textconv",
    "--no-renames",
    "--no-relative",
    "-U0",
    "--src-prefix=a/",
    "--dst-prefix=b/",
)


class GitError(Exception):
    """git is missing, or the revision is unknown: the whole run cannot go on."""


@dataclass(frozen=True)
class ChangedLines:
    """Lines changed in one file; `every_line` for a file git does not track yet."""

    lines: frozenset[int] = frozenset()
    every_line: bool = False
    error: str | None = None

    def __contains__(self, line: int) -> bool:
        return self.every_line or line in self.lines


def _git(args: Sequence[str], cwd: str) -> subprocess.CompletedProcess[str]:
    try:
        return subprocess.run(
            ["git", "--literal-pathspecs", *args],
            cwd=cwd,
            capture_output=True,
            text=True,
            encoding="utf-8",
            errors="surrogateescape",
            env={**os.environ, "GIT_OPTIONAL_LOCKS": "0"},
        )
    except FileNotFoundError:
        raise GitError("--diff needs git, which was not found on PATH") from None


_ESCAPES = {"a": 7, "b": 8, "t": 9, "n": 10, "v": 11, "f": 12, "r": 13}


def _unquote(path: str) -> str:
    """Undo git's C-style quoting of unusual file names ("a\\tb.md", octal UTF-8 bytes)."""
    if not (len(path) >= 2 and path.startswith('"') and path.endswith('"')):
        return path
    out = bytearray()
    body = path[1:-1]
    i = 0
    while i < len(body):
        ch = body[i]
        if ch == "\\" and i + 1 < len(body):
            nxt = body[i + 1]
            if re.match(r"[0-7]{3}", body[i + 1 : i + 4]):
                out.append(int(body[i + 1 : i + 4], 8))
                i += 4
                continue
            out.append(_ESCAPES.get(nxt, ord(nxt)))
            i += 2
            continue
        out += ch.encode("utf-8")
        i += 1
    return out.decode("utf-8", "replace")


def parse_diff(output: str) -> dict[str, set[int]]:
    """Changed lines per new-side path (relative to the repository) from `git diff -U0`."""
    changed: dict[str, set[int]] = defaultdict(set)
    current: str | None = None
    for line in output.splitlines():
        if line.startswith("+++ "):
            target = _unquote(line[4:].rstrip("\t"))
            current = target[2:] if target.startswith("b/") else None
            if current is not None:
                changed.setdefault(current, set())
        elif current is not None and (m := _HUNK.match(line)):
            start = int(m.group(1))
            count = int(m.group(2)) if m.group(2) is not None else 1
            changed[current].update(range(start, start + count))
    return changed


def _toplevel(folder: str) -> str | None:
    result = _git(["rev-parse", "--show-toplevel"], folder)
    return result.stdout.strip() if result.returncode == 0 else None


def changed_lines(paths: Sequence[str], revision: str) -> dict[str, ChangedLines]:
    """For each path, the lines changed since `revision` (working tree against it).

    A path outside any git repository gets `ChangedLines(error=...)`; an unknown
    revision or a missing git raises GitError.
    """
    result: dict[str, ChangedLines] = {}
    by_repo: dict[str, list[tuple[str, str]]] = defaultdict(list)
    toplevels: dict[str, str | None] = {}
    for path in paths:
        folder = os.path.dirname(os.path.abspath(path))
        if folder not in toplevels:
            toplevels[folder] = _toplevel(folder) if os.path.isdir(folder) else None
        top = toplevels[folder]
        if top is None:
            result[path] = ChangedLines(error="not in a git repository, so --diff cannot apply")
            continue
        relative = os.path.relpath(os.path.realpath(path), os.path.realpath(top))
        by_repo[top].append((path, relative.replace(os.sep, "/")))
    for top, files in by_repo.items():
        check = _git(["rev-parse", "--verify", "--quiet", f"{revision}^{{commit}}"], top)
        if check.returncode != 0:
            raise GitError(f"--diff: unknown git revision {revision!r} in {top}")
        relatives = [rel for _, rel in files]
        diff = _git([*_DIFF_OPTIONS, revision, "--", *relatives], top)
        if diff.returncode != 0:
            raise GitError(f"--diff: git diff failed in {top}: {diff.stderr.strip()}")
        changed = parse_diff(diff.stdout)
        untracked = _git(["ls-files", "--others", "-z", "--", *relatives], top)
        new = set(untracked.stdout.split("\0")) if untracked.returncode == 0 else set()
        for path, rel in files:
            if rel in new:
                result[path] = ChangedLines(every_line=True)
            else:
                result[path] = ChangedLines(frozenset(changed.get(rel, ())))
    return result
