"""`--fix` and `--diff`: the safe fixes (fix.py) applied to the files, or shown as a diff.

A claim is fixed when it is at the run's `--fail-on` level (false by default), not
suppressed, and its fix is `safe` (an exact figure). Each fix becomes the smallest edit
of the file that turns the claim's text into the replacement ("2,552" -> "2,252" changes
one digit), placed in the file as typed: for HTML through the map from checked text back
to source, and only where that stretch of source is the very text that was read (not a
character reference or a tag). Fixes whose claims overlap are all left, not guessed
between. A file is rewritten atomically (a temporary file renamed over it) in its own
encoding, byte-order mark and line endings, and only if it is unchanged since it was read.
"""

from __future__ import annotations

import contextlib
import difflib
import html
import os
import re
import stat
import sys
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import IO, TYPE_CHECKING

from factcheck.claims import Finding, Verdict

if TYPE_CHECKING:
    from factcheck.batch import Outcome, Task
    from factcheck.read.document import Document

# Verdicts a fix is ever offered for (fix.py); unverifiable claims have no figure to fix.
_FIXABLE = frozenset({Verdict.FALSE, Verdict.APPROXIMATELY_TRUE})


@dataclass(frozen=True)
class Edit:
    """Replace `source_text[start:end]` with `new`, on behalf of `findings`."""

    start: int
    end: int
    new: str
    findings: tuple[Finding, ...]


@dataclass(frozen=True)
class Left:
    """A claim at the fix level that is not fixed, and why."""

    finding: Finding
    why: str


@dataclass
class FilePlan:
    """The edits for one file, the claims left as they are, and the file's text before."""

    path: str
    original: str
    edits: list[Edit] = field(default_factory=list)
    left: list[Left] = field(default_factory=list)

    @property
    def fixed(self) -> int:
        return sum(len(e.findings) for e in self.edits)

    def fixed_text(self) -> str:
        parts, at = [], 0
        for edit in self.edits:  # sorted and disjoint
            parts += [self.original[at : edit.start], edit.new]
            at = edit.end
        parts.append(self.original[at:])
        return "".join(parts)

    def diff(self) -> str:
        """A unified diff of the file before and after (`patch -p0` applies it)."""
        if not self.edits:
            return ""
        lines = difflib.unified_diff(
            _lines(self.original), _lines(self.fixed_text()), self.path, self.path
        )
        # difflib leaves a last line without its newline unmarked: mark it as diff(1) does.
        return "".join(
            line if line.endswith("\n") else line + "\n\\ No newline at end of file\n"
            for line in lines
        )


def _lines(text: str) -> list[str]:
    """Lines split at "\\n" only (a form feed or U+2028 inside a line is not an end)."""
    return [line for line in re.split(r"(?<=\n)", text) if line]


def plan_fixes(
    document: Document, findings: list[Finding], verdicts: frozenset[Verdict]
) -> FilePlan:
    """The edits that apply the safe fixes of `findings` with a verdict in `verdicts`."""
    plan = FilePlan(document.path, document.source_text)
    candidates: list[tuple[int, int, str, Finding]] = []
    for finding in findings:
        if finding.verdict not in verdicts or finding.verdict not in _FIXABLE:
            continue
        if finding.suppressed:
            continue
        fix = finding.fix
        if fix is None:
            plan.left.append(Left(finding, "no correction can be written for it"))
        elif not fix.safe:
            plan.left.append(Left(finding, f"the fix ({fix.replacement!r}) is not safe to apply"))
        else:
            candidates.append((fix.start, fix.end, fix.replacement, finding))
    # The same fix twice (one span read as two claims) is one edit; differing ones that
    # overlap are left, all of them: choosing between them would be a guess.
    candidates.sort(key=lambda c: (c[0], c[1]))
    groups: list[list[tuple[int, int, str, Finding]]] = []
    for candidate in candidates:
        if groups and candidate[0] < max(c[1] for c in groups[-1]):
            groups[-1].append(candidate)
        else:
            groups.append([candidate])
    for group in groups:
        if len({(s, e, r) for s, e, r, _ in group}) > 1:
            for *_, finding in group:
                plan.left.append(Left(finding, "its fix overlaps another fix: neither applied"))
            continue
        findings_here = tuple(c[3] for c in group)
        edit = _edit(document, group[0][3], group[0][2])
        if isinstance(edit, str):
            plan.left.extend(Left(f, edit) for f in findings_here)
        else:
            plan.edits.append(Edit(*edit, findings_here))
    plan.edits.sort(key=lambda e: e.start)
    plan.left.sort(key=lambda left: left.finding.claim.start)
    return plan


def _edit(document: Document, finding: Finding, replacement: str) -> tuple[int, int, str] | str:
    """The smallest edit of the source that applies the fix, or why it cannot be placed."""
    fix, claim = finding.fix, finding.claim
    assert fix is not None
    base = claim.text
    if (fix.start, fix.end) != (claim.start, claim.end) or document.text[
        fix.start : fix.end
    ] != base:
        return "the claim's text is not in the file as it was read"
    # The differing middle of the claim's text and the replacement, never empty on the
    # old side, so an insertion still has a character of the file to anchor it.
    prefix = 0
    limit = min(len(base), len(replacement))
    while prefix < limit and base[prefix] == replacement[prefix]:
        prefix += 1
    suffix = 0
    while (
        suffix < limit - prefix and base[-1 - suffix] == replacement[len(replacement) - 1 - suffix]
    ):
        suffix += 1
    if prefix + suffix == len(base):
        if prefix:
            prefix -= 1
        else:
            suffix -= 1
    start, end = fix.start + prefix, fix.start + len(base) - suffix
    new = replacement[prefix : len(replacement) - suffix]
    if document.offsets is None:
        return start, end, new
    # HTML: the stretch must be in the source verbatim, with no tag or reference inside.
    source_start = document.source_offset(start)
    source_end = document.source_offset(end - 1) + 1
    if document.source_text[source_start:source_end] != document.text[start:end]:
        return "the figure is split by markup or written with character references in the HTML"
    return source_start, source_end, html.escape(new, quote=False)


# --- reading and writing files in their own encoding ----------------------------------


@dataclass(frozen=True)
class _Encoded:
    """How a file's bytes became its text: the byte-order mark, codec and leading U+FEFF."""

    bom: bytes
    codec: str
    lead: str
    text: str

    def encode(self, text: str) -> bytes:
        return self.bom + (self.lead + text).encode(self.codec)


def _decoded(raw: bytes) -> _Encoded:
    """`raw` decoded as read/document.py decodes it, remembering how, to write it back."""
    if raw.startswith(b"\xff\xfe"):
        bom, codec = raw[:2], "utf-16-le"
    elif raw.startswith(b"\xfe\xff"):
        bom, codec = raw[:2], "utf-16-be"
    elif raw.startswith(b"\xef\xbb\xbf"):
        bom, codec = raw[:3], "utf-8"
    else:
        bom, codec = b"", "utf-8"
        try:
            raw.decode("utf-8")
        except UnicodeDecodeError:
            codec = "cp1252"
    text = raw[len(bom) :].decode(codec)
    # document_from_text drops one more leading U+FEFF; it is written back as it was.
    lead = "\ufeff" if text.startswith("\ufeff") else ""
    return _Encoded(bom, codec, lead, text[len(lead) :])


def write_fixed(path: str, plan: FilePlan) -> str | None:
    """Write the fixed text over `path` atomically; None, or why the file was not written."""
    target = os.path.realpath(path)  # through a symlink, as an editor saves
    try:
        with open(target, "rb") as fh:
            raw = fh.read()
    except OSError as exc:
        return f"cannot read it again: {exc.strerror or exc}"
    try:
        encoded = _decoded(raw)
    except UnicodeDecodeError:
        return "it changed since it was checked"
    if encoded.text != plan.original:
        return "it changed since it was checked"
    try:
        data = encoded.encode(plan.fixed_text())
    except UnicodeEncodeError:
        return f"a replacement cannot be written in the file's encoding ({encoded.codec})"
    folder = os.path.dirname(target) or "."
    try:
        mode = stat.S_IMODE(os.stat(target).st_mode)
        fd, temporary = tempfile.mkstemp(prefix=".factcheck-", suffix=".tmp", dir=folder)
    except OSError as exc:
        return f"cannot write: {exc.strerror or exc}"
    try:
        with os.fdopen(fd, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        os.chmod(temporary, mode)
        os.replace(temporary, target)
    except BaseException as exc:  # Ctrl-C too: never leave the temporary file behind
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        if isinstance(exc, OSError):
            return f"cannot write: {exc.strerror or exc}"
        raise
    return None


# --- the run's hook --------------------------------------------------------------------


class Fixer:
    """Applies (or, with `diff_only`, shows) each file's safe fixes as the run yields it.

    Called with each task and outcome before the outcome counts towards the exit
    status: fixed claims are marked `fixed`, and so do not fail the run. The fixed text
    of standard input, or the diffs, go to `out`; a line per file with anything fixed or
    left goes to `notify`.
    """

    def __init__(
        self,
        *,
        diff_only: bool,
        out: IO[bytes],
        notify: Callable[[str], None] | None = None,
    ) -> None:
        from factcheck.config import FAIL_ON_VERDICTS

        self._verdicts = FAIL_ON_VERDICTS
        self.diff_only, self._out, self._notify = diff_only, out, notify
        self.fixed = self.left = self.files_fixed = 0

    def __call__(self, task: Task, outcome: Outcome) -> None:
        document, report = outcome.document, outcome.report
        if document is None or report.error is not None:
            if task.input.is_stdin and not self.diff_only and task.data is not None:
                self._out.write(task.data)  # a filter passes its input on, even unread
                self._out.flush()
            return
        plan = plan_fixes(document, report.findings, self._verdicts[task.settings.fail_on])
        problem = None
        if self.diff_only:
            self._out.write(plan.diff().encode("utf-8", "backslashreplace"))
            self._out.flush()
        elif task.input.is_stdin:
            data = task.data or b""
            try:
                encoded = _decoded(data)
                data = encoded.encode(plan.fixed_text()) if plan.edits else data
            except (UnicodeDecodeError, UnicodeEncodeError):
                problem = "a replacement cannot be written in the input's encoding"
            self._out.write(data)
            self._out.flush()
        elif plan.edits:
            problem = write_fixed(task.input.path, plan)
        if problem is not None:
            for edit in plan.edits:
                plan.left.extend(Left(f, f"not fixed: {problem}") for f in edit.findings)
            plan.edits = []
        if not self.diff_only:
            for edit in plan.edits:
                for finding in edit.findings:
                    finding.fixed = True
        self.fixed += plan.fixed
        self.left += len(plan.left)
        self.files_fixed += bool(plan.edits)
        if self._notify is not None and (plan.edits or plan.left):
            self._notify(self.describe(report.path, plan))

    def describe(self, path: str, plan: FilePlan) -> str:
        """One line for a file: how many claims fixed, and each one left with why."""
        verb = "would fix" if self.diff_only else "fixed"
        line = f"{path}: {verb} {_claims(plan.fixed)}, left {len(plan.left)}"
        if plan.left:
            line += ": " + "; ".join(
                f"line {left.finding.line} {left.finding.claim.text!r} ({left.why})"
                for left in plan.left
            )
        return line

    def summary(self) -> str:
        verb = "would fix" if self.diff_only else "fixed"
        files = "file" if self.files_fixed == 1 else "files"
        return f"{verb} {_claims(self.fixed)} in {self.files_fixed} {files}, left {self.left}"


def _claims(n: int) -> str:
    return f"{n} claim" if n == 1 else f"{n} claims"


def stdout_bytes() -> IO[bytes]:
    """Standard output as bytes, for fixed text and diffs written exactly."""
    return getattr(sys.stdout, "buffer", None) or sys.stdout  # type: ignore[return-value]
