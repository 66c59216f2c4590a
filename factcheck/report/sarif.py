"""SARIF 2.1.0, for GitHub code scanning (`github/codeql-action/upload-sarif`) and other
viewers.

One rule per kind of claim, with the codes the kinds declare, each with a `helpUri` to
its row in the README's table of claim kinds. Only the claims `--show` lists are results
(by default all but the true ones, which code scanning would show as alerts). Levels:
false → `error`, unverifiable → `warning`, approximately true → `note`; a true claim
(with `--show all`) is a `pass` with level `none`. A claim with a suggested correction
carries it as a SARIF `fix`: the words to delete and the official figure to insert.
Suppressed claims are kept with an `inSource` suppression, so code scanning shows them
as dismissed. Columns count Unicode code points (`columnKind`), as factcheck's own
columns do. Each result carries a `partialFingerprints` entry that depends on the claim
and its sentence, not on its line, so an alert survives edits elsewhere in the article.
Unreadable files become tool execution notifications."""

from __future__ import annotations

import hashlib
import json
from collections import Counter
from pathlib import Path, PurePath
from typing import Any, TextIO
from urllib.parse import quote as url_quote

from factcheck.claims import Finding, Verdict
from factcheck.kinds.registry import CODES, OTHER_KIND, Code, code_for
from factcheck.pipeline import FileReport
from factcheck.read.document import Document
from factcheck.reference.index import Reference
from factcheck.report.common import (
    HOLE,
    VERDICT_LABELS,
    JsonArray,
    Show,
    Spool,
    around_hole,
    display_path,
    end_position,
    listed,
    one_line,
    quote,
    source_edit,
)
from factcheck.report.concise import message
from factcheck.report.escape import json_safe

SCHEMA_URI = "https://json.schemastore.org/sarif-2.1.0.json"
FINGERPRINT_KEY = "factcheckClaim/v1"
LEVELS = {
    Verdict.FALSE: "error",
    Verdict.UNVERIFIABLE: "warning",
    Verdict.APPROXIMATELY_TRUE: "note",
    Verdict.TRUE: "none",
}
# Where the README's table of claim kinds lives, and the anchor of the catch-all code's row.
README_PATH = "blob/main/README.md"
KINDS_ANCHOR = "claim-kinds"


def _project_urls() -> dict[str, str]:
    """The package metadata's Project-URL entries (pyproject's project.urls), by label."""
    from importlib import metadata

    try:
        meta = metadata.metadata("factcheck")
    except metadata.PackageNotFoundError:
        return {}
    urls = {}
    for entry in meta.get_all("Project-URL") or []:
        label, _, url = entry.partition(",")
        urls[label.strip().lower()] = url.strip()
    if meta.get("Home-page"):
        urls.setdefault("home-page", meta["Home-page"])
    return urls


def information_uri() -> str | None:
    """The project's home page from the installed package's metadata, if it declares one."""
    urls = _project_urls()
    labels = ("homepage", "home", "documentation", "source", "repository", "home-page")
    return next((urls[label] for label in labels if label in urls), None)


def repository_uri() -> str | None:
    """The project's repository on GitHub (project.urls in pyproject.toml), if declared."""
    urls = _project_urls()
    found = (urls.get(label) for label in ("repository", "source", "homepage", "home"))
    return next((u.rstrip("/") for u in found if u and "github.com/" in u), None)


def help_uri(code: Code) -> str | None:
    """The README row that explains a code (anchor `fc101`), on the repository's page."""
    repository = repository_uri()
    if repository is None:
        return None
    anchor = KINDS_ANCHOR if code is OTHER_KIND else code.code.lower()
    return f"{repository}/{README_PATH}#{anchor}"


def artifact_uri(path: str) -> str:
    """A relative URI for a path under the working directory, else an absolute file URI."""
    shown = display_path(path)
    if PurePath(shown).is_absolute():
        return Path(shown).as_uri()
    return url_quote(PurePath(shown).as_posix(), safe="/")


def rule(code: Code) -> dict[str, Any]:
    what = f"a claim about {code.about}" if code is not OTHER_KIND else "a numeric claim"
    help_text = (
        f"factcheck checked {what} against the official results in its reference data. "
        "A false claim is an error, an unverifiable one a warning and an approximately "
        "true one a note. The message gives the official figure, the reason and, where "
        "one can be written, the correction."
    )
    entry: dict[str, Any] = {
        "id": code.code,
        "name": code.kind if code is not OTHER_KIND else "other",
        "shortDescription": {"text": f"Check {what}"},
        "fullDescription": {"text": f"Checks {what} against official election results."},
        "help": {"text": help_text, "markdown": help_text},
        "defaultConfiguration": {"level": "warning"},
        "properties": {"tags": ["fact-check", "elections"]},
    }
    uri = help_uri(code)
    if uri:
        entry["helpUri"] = uri
    return entry


def _fingerprint(uri: str, finding: Finding, document: Document | None, seen: Counter) -> str:
    claim = finding.claim
    context = quote(finding, document, context=None).plain()
    key = "\0".join((uri, claim.kind, one_line(claim.text), context, finding.subject))
    seen[key] += 1
    return hashlib.sha256(f"{key}\0{seen[key]}".encode()).hexdigest()[:32]


def result(
    uri: str, finding: Finding, document: Document | None, rule_index: dict[str, int], seen: Counter
) -> dict[str, Any]:
    code = code_for(finding.claim.kind).code
    end_line, end_column = end_position(finding, document)
    region = {
        "startLine": max(finding.line, 1),
        "startColumn": max(finding.column, 1),
        "endLine": max(end_line, finding.line, 1),
        "endColumn": max(end_column, 1),
        "snippet": {"text": finding.claim.text},
    }
    entry: dict[str, Any] = {
        "ruleId": code,
        "ruleIndex": rule_index[code],
        "level": LEVELS[finding.verdict],
        "message": {
            "text": f"{VERDICT_LABELS[finding.verdict].capitalize()}: {message(finding, document)}"
        },
        "locations": [{"physicalLocation": {"artifactLocation": {"uri": uri}, "region": region}}],
        "partialFingerprints": {FINGERPRINT_KEY: _fingerprint(uri, finding, document, seen)},
        "properties": {
            "verdict": finding.verdict.value,
            "kind": finding.claim.kind,
            "claimed": finding.claim.quantity.as_written,
            "actual": finding.actual,
            "reason": finding.reason,
            "rule": finding.rule,
            "source": finding.source or None,
            "subject": finding.subject or None,
        },
    }
    if finding.verdict == Verdict.TRUE:
        entry["kind"] = "pass"
    fix = _fix(uri, finding, document)
    if fix is not None:
        entry["fixes"] = [fix]
    if finding.suppressed:
        entry["suppressions"] = [{"kind": "inSource"}]
    if finding.baselined:
        entry["baselineState"] = "unchanged"
    return entry


def _fix(uri: str, finding: Finding, document: Document | None) -> dict[str, Any] | None:
    """The suggested correction as a SARIF fix: the words to delete and what to insert."""
    edit = source_edit(finding, document)
    if edit is None or finding.fix is None:
        return None
    (start_line, start_column), (end_line, end_column) = edit.start, edit.end
    region = {
        "startLine": start_line,
        "startColumn": start_column,
        "endLine": end_line,
        "endColumn": end_column,
    }
    return {
        "description": {
            "text": f"Replace “{edit.deleted}” with the official figure, “{edit.inserted}”"
        },
        "artifactChanges": [
            {
                "artifactLocation": {"uri": uri},
                "replacements": [
                    {"deletedRegion": region, "insertedContent": {"text": edit.inserted}}
                ],
            }
        ],
        # `safe`: applying it cannot change the sentence beyond the figure (factcheck/fix.py).
        "properties": {"safe": finding.fix.safe},
    }


def _notification(uri: str, level: str, text: str) -> dict[str, Any]:
    return {
        "level": level,
        "message": {"text": one_line(text)},
        "locations": [{"physicalLocation": {"artifactLocation": {"uri": uri}}}],
    }


def _driver() -> dict[str, Any]:
    from factcheck import __version__

    codes = [*CODES.values(), OTHER_KIND]
    driver: dict[str, Any] = {
        "name": "factcheck",
        "version": __version__,
        "semanticVersion": __version__,
        "rules": [rule(c) for c in codes],
    }
    uri = information_uri()
    if uri:
        driver["informationUri"] = uri
    return driver


def _rule_index() -> dict[str, int]:
    return {c.code: i for i, c in enumerate([*CODES.values(), OTHER_KIND])}


def file_results(
    report: FileReport, document: Document | None, rule_index: dict[str, int], show: Show = None
) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """One file's results (the claims `show` lists), and its notifications (its error and
    input warnings)."""
    artifact = artifact_uri(report.path)
    notifications = []
    if report.error is not None:
        notifications.append(_notification(artifact, "error", report.error))
    notifications.extend(_notification(artifact, "warning", w) for w in report.warnings)
    seen: Counter = Counter()
    # Every claim is fingerprinted, listed or not, so a fingerprint never depends on --show.
    results = []
    for finding in report.findings:
        entry = result(artifact, finding, document, rule_index, seen)
        if listed(finding, show):
            results.append(entry)
    return results, notifications


def _log(
    reference: Reference | None, results: Any, notifications: list, failed: bool
) -> dict[str, Any]:
    run: dict[str, Any] = {
        "tool": {"driver": _driver()},
        "invocations": [
            {
                "executionSuccessful": not failed,
                "toolExecutionNotifications": notifications,
            }
        ],
        "columnKind": "unicodeCodePoints",
        "results": results,
    }
    if reference is not None:
        run["properties"] = {
            "referenceElections": len(reference.elections),
            "referenceDigest": reference.digest,
        }
    return {"$schema": SCHEMA_URI, "version": "2.1.0", "runs": [run]}


def sarif_log(
    reports: list[FileReport],
    reference: Reference | None,
    documents: dict[str, Document] | None = None,
    show: Show = None,
) -> dict[str, Any]:
    rule_index = _rule_index()
    results: list[dict[str, Any]] = []
    notifications: list[dict[str, Any]] = []
    for report in reports:
        document = (documents or {}).get(report.path)
        found, notes = file_results(report, document, rule_index, show)
        results.extend(found)
        notifications.extend(notes)
    return _log(reference, results, notifications, any(r.error for r in reports))


class SarifWriter:
    """Sets each file's results aside as it arrives; writes the log on close.

    The invocation (did every file read, and the notifications) comes before the
    results in the log, so the results wait in a Spool; the text is byte for byte what
    json.dumps(sarif_log(...), indent=2) gives.
    """

    def __init__(self, out: TextIO, reference: Reference | None, show: Show = None) -> None:
        self._out, self._reference, self._show = out, reference, show
        self._rule_index = _rule_index()
        self._spool = Spool()
        self._results = JsonArray(lambda text: self._spool.write(json_safe(text)), depth=3)
        self._notifications: list[dict[str, Any]] = []
        self._failed = False

    def add(self, report: FileReport, document: Document | None = None) -> None:
        found, notes = file_results(report, document, self._rule_index, self._show)
        for item in found:
            self._results.add(item)
        self._notifications.extend(notes)
        self._failed = self._failed or bool(report.error)

    def close(self) -> None:
        self._results.close()
        log = _log(self._reference, HOLE, self._notifications, self._failed)
        head, tail = around_hole(log)
        # No raw control code in the file, as in `render` (report/escape.py).
        self._out.write(json_safe(head))
        self._spool.copy_to(self._out)
        self._spool.close()
        self._out.write(json_safe(tail) + "\n")


def render(
    reports: list[FileReport],
    reference: Reference | None,
    documents: dict[str, Document] | None = None,
    show: Show = None,
) -> str:
    log = sarif_log(reports, reference, documents, show)
    # No raw control code in the file (C0 is escaped by json itself): see report/escape.py.
    return json_safe(json.dumps(log, indent=2, ensure_ascii=False)) + "\n"
