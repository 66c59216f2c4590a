"""`--baseline FILE`: known claims that are reported but do not fail the run.

A claim is known by its file, its kind and its text (white space collapsed), never its
line, so edits elsewhere in an article keep it matched. Counts make it a multiset: two
identical false claims in one file need two entries. File paths are stored relative to
the baseline's folder with '/' separators, so the file works from any working folder.
"""

from __future__ import annotations

import json
import os
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from factcheck.claims import Finding, Verdict
from factcheck.pipeline import FileReport
from factcheck.read.inputs import STDIN

SCHEMA = "factcheck-baseline/1"
# What --write-baseline records, beyond the --fail-on level.
WRITTEN_VERDICTS = frozenset({Verdict.FALSE, Verdict.UNVERIFIABLE})


class BaselineError(Exception):
    """A baseline file that cannot be read."""


@dataclass(frozen=True, order=True)
class BaselineKey:
    path: str
    kind: str
    text: str


class Baseline:
    def __init__(self, location: Path, entries: Counter[BaselineKey] | None = None) -> None:
        self.location = location
        self.entries: Counter[BaselineKey] = entries or Counter()
        # The verdict each entry had when written: for people reviewing the file.
        self.verdicts: dict[BaselineKey, str] = {}

    # --- keys -----------------------------------------------------------------------
    def path_key(self, path: str) -> str:
        if path == STDIN:
            return path
        folder = os.path.dirname(os.path.abspath(self.location))
        try:
            relative = os.path.relpath(os.path.abspath(path), folder)
        except ValueError:  # another drive on Windows
            relative = os.path.abspath(path)
        return relative.replace(os.sep, "/")

    def key(self, path: str, finding: Finding) -> BaselineKey:
        return BaselineKey(
            self.path_key(path), finding.claim.kind, " ".join(finding.claim.text.split())
        )

    # --- reading and matching -------------------------------------------------------
    @classmethod
    def load(cls, location: Path) -> Baseline:
        try:
            data = json.loads(location.read_text(encoding="utf-8"))
        except FileNotFoundError:
            raise BaselineError(
                f"{location}: baseline file not found (create it with --write-baseline)"
            ) from None
        except OSError as exc:
            raise BaselineError(f"{location}: cannot read: {exc.strerror or exc}") from None
        except (json.JSONDecodeError, UnicodeDecodeError) as exc:
            raise BaselineError(f"{location}: not a JSON baseline file: {exc}") from None
        if not isinstance(data, dict) or data.get("schema") != SCHEMA:
            raise BaselineError(f"{location}: not a baseline file (want schema {SCHEMA!r})")
        entries: Counter[BaselineKey] = Counter()
        verdicts: dict[BaselineKey, str] = {}
        for number, item in enumerate(data.get("claims", []), 1):
            try:
                key = BaselineKey(str(item["path"]), str(item["kind"]), str(item["text"]))
                count = int(item.get("count", 1))
            except (KeyError, TypeError, ValueError):
                raise BaselineError(
                    f"{location}: claim {number} needs path, kind and text"
                ) from None
            entries[key] += count
            if isinstance(item.get("verdict"), str):
                verdicts[key] = item["verdict"]
        baseline = cls(location, entries)
        baseline.verdicts = verdicts
        return baseline

    def mark(self, reports: Iterable[FileReport]) -> int:
        """Set `baselined` on findings the baseline lists; return how many matched."""
        run = BaselineRun(self)
        return sum(run.apply(report) for report in reports)

    # --- writing --------------------------------------------------------------------
    def rewrite(self, reports: Iterable[FileReport], verdicts: frozenset[Verdict]) -> int:
        """Replace the entries of the files in `reports` with their claims in `verdicts`.

        Entries for files not checked in this run are kept. Returns the number written
        for these files.
        """
        reports = list(reports)
        checked = {self.path_key(r.path) for r in reports}
        entries = Counter({k: n for k, n in self.entries.items() if k.path not in checked})
        written = 0
        for report in reports:
            for key, verdict in self._claims(report, verdicts):
                entries[key] += 1
                self.verdicts[key] = verdict.value
                written += 1
        self.entries = entries
        return written

    def _claims(
        self, report: FileReport, verdicts: frozenset[Verdict]
    ) -> Iterator[tuple[BaselineKey, Verdict]]:
        """The keys --write-baseline records for a report's findings."""
        for finding in report.findings:
            if not finding.suppressed and finding.verdict in verdicts:
                yield self.key(report.path, finding), finding.verdict

    def to_json(self) -> str:
        claims = []
        for key, count in sorted(self.entries.items()):
            item: dict[str, object] = {"path": key.path, "kind": key.kind, "text": key.text}
            if key in self.verdicts:
                item["verdict"] = self.verdicts[key]
            item["count"] = count
            claims.append(item)
        return json.dumps({"schema": SCHEMA, "claims": claims}, indent=2, ensure_ascii=False) + "\n"

    def save(self) -> None:
        tmp = self.location.with_name(self.location.name + ".tmp")
        tmp.write_text(self.to_json(), encoding="utf-8")
        os.replace(tmp, self.location)


class BaselineRun:
    """A baseline applied to reports one at a time, as a batch streams them.

    Each report is marked as `Baseline.mark` would mark it; with `rewrite` verdicts its
    file's entries are first replaced by its claims, as `Baseline.rewrite` would do for
    the whole batch before marking (entries are per file, so the order cannot matter).
    """

    def __init__(self, baseline: Baseline, rewrite: frozenset[Verdict] | None = None) -> None:
        self.baseline = baseline
        self.written = 0
        self._rewrite = rewrite
        self._left: Counter[BaselineKey] = Counter(baseline.entries)
        self._by_path: dict[str, list[BaselineKey]] = {}
        if rewrite is not None:
            for key in baseline.entries:
                self._by_path.setdefault(key.path, []).append(key)

    @property
    def rewriting(self) -> bool:
        return self._rewrite is not None

    def apply(self, report: FileReport) -> int:
        """Mark the report's findings (after rewriting its entries); return how many matched."""
        if self._rewrite is not None:
            self._rewrite_file(report, self._rewrite)
        matched = 0
        for finding in report.findings:
            if finding.suppressed:
                continue
            key = self.baseline.key(report.path, finding)
            if self._left[key] > 0:
                self._left[key] -= 1
                finding.baselined = True
                matched += 1
        return matched

    def _rewrite_file(self, report: FileReport, verdicts: frozenset[Verdict]) -> None:
        baseline = self.baseline
        # A file's old entries go the first time the file is met (pop: once only).
        for key in self._by_path.pop(baseline.path_key(report.path), []):
            del baseline.entries[key]
            self._left.pop(key, None)
        for key, verdict in baseline._claims(report, verdicts):
            baseline.entries[key] += 1
            baseline.verdicts[key] = verdict.value
            self._left[key] += 1
            self.written += 1
