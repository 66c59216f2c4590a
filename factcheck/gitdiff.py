"""`--changed-since REF`: the lines of each file changed since a git revision.

Lines are compared against the merge base of REF and HEAD (`git merge-base REF HEAD`),
as `git diff REF...` does, so a branch is not blamed for lines that changed only on REF
after it branched off. `A...B` is accepted (B must be HEAD: the files checked are those
on disk), and `A..B` or `A..` compares with A's tip instead. One `git diff -U0 BASE` per
repository, working tree against the base, gives the added or changed lines (deletions
add none); a file git does not track is new, so every line counts as changed.
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


@dataclass(frozen=True)
class Since:
    """A parsed `--changed-since` value: compare with `ref`'s merge base with HEAD, or its tip."""

    ref: str
    merge_base: bool = True
    # B in `A...B` / `A..B`, which must be HEAD; None when not given.
    tip: str | None = None


def parse_since(spec: str) -> Since:
    """`REF`, `A...B`, `A...`, `A..B` or `A..` as a Since; an empty side means HEAD (as in git)."""
    for separator, merge_base in (("...", True), ("..", False)):
        if separator in spec:
            ref, _, tip = spec.partition(separator)
            return Since(ref or "HEAD", merge_base, tip or None)
    return Since(spec, True, None)


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
        raise GitError("--changed-since needs git, which was not found on PATH") from None


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
    """For each path, the lines changed since `revision` (see the module docstring).

    A path outside any git repository gets `ChangedLines(error=...)`; an unknown
    revision, a range not ending at HEAD, no merge base or a missing git raises GitError.
    """
    since = parse_since(revision)
    result: dict[str, ChangedLines] = {}
    by_repo: dict[str, list[tuple[str, str]]] = defaultdict(list)
    toplevels: dict[str, str | None] = {}
    for path in paths:
        folder = os.path.dirname(os.path.abspath(path))
        if folder not in toplevels:
            toplevels[folder] = _toplevel(folder) if os.path.isdir(folder) else None
        top = toplevels[folder]
        if top is None:
            result[path] = ChangedLines(
                error="not in a git repository, so --changed-since cannot apply"
            )
            continue
        relative = os.path.relpath(os.path.realpath(path), os.path.realpath(top))
        by_repo[top].append((path, relative.replace(os.sep, "/")))
    for top, files in by_repo.items():
        base = _base(since, top)
        relatives = [rel for _, rel in files]
        diff = _git([*_DIFF_OPTIONS, base, "--", *relatives], top)
        if diff.returncode != 0:
            raise GitError(f"--changed-since: git diff failed in {top}: {diff.stderr.strip()}")
        changed = parse_diff(diff.stdout)
        untracked = _git(["ls-files", "--others", "-z", "--", *relatives], top)
        new = set(untracked.stdout.split("\0")) if untracked.returncode == 0 else set()
        for path, rel in files:
            if rel in new:
                result[path] = ChangedLines(every_line=True)
            else:
                result[path] = ChangedLines(frozenset(changed.get(rel, ())))
    return result


def _commit(revision: str, top: str) -> str | None:
    found = _git(["rev-parse", "--verify", "--quiet", f"{revision}^{{commit}}"], top)
    return found.stdout.strip() if found.returncode == 0 else None


def _base(since: Since, top: str) -> str:
    """The commit to compare the working tree with, in the repository at `top`."""
    ref = _commit(since.ref, top)
    if ref is None:
        raise GitError(f"--changed-since: unknown git revision {since.ref!r} in {top}")
    head = _commit("HEAD", top)
    if since.tip is not None:
        tip = _commit(since.tip, top)
        if tip is None:
            raise GitError(f"--changed-since: unknown git revision {since.tip!r} in {top}")
        if tip != head:
            raise GitError(
                f"--changed-since: {since.tip!r} is not the commit checked out (HEAD) in "
                f"{top}; the files checked are those on disk, so the range must end at HEAD"
            )
    if not since.merge_base:
        return ref
    if head is None:
        raise GitError(f"--changed-since: {top} has no commit yet, so no merge base")
    found = _git(["merge-base", ref, head], top)
    base = found.stdout.strip()
    if found.returncode != 0 or not base:
        raise GitError(
            f"--changed-since: {since.ref!r} and HEAD have no common ancestor in {top} "
            "(a shallow clone? fetch the history, e.g. actions/checkout with fetch-depth: 0)"
        )
    return base


def renamed_diff_hint(paths: Sequence[str]) -> str | None:
    """For `--diff REF` as typed before the rename: a usage message when a missing path is
    a git revision (so `factcheck --diff origin/main articles/` does not just fail on it)."""
    for path in paths:
        if path == "-" or os.path.lexists(path):
            continue
        try:
            found = _git(["rev-parse", "--verify", "--quiet", f"{path}^{{commit}}"], os.getcwd())
        except GitError:
            return None
        if found.returncode == 0:
            return (
                f"--diff now shows fixes as a diff and takes no revision; {path!r} is a git "
                f"revision, not a file: to check only changed lines, use --changed-since {path}"
            )
    return None
