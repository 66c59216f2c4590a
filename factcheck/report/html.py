"""One standalone HTML page: each article with its claims highlighted by verdict.

No script and no external assets: the CSS is inline, each highlighted claim carries its
details in a `title` (shown on hover) and links to a `<details>` entry in the list below
the article. Beside each false or approximately true claim the article shows, without
hovering, the official figure and the correction. The list holds the claims `--show`
lists, worst first; the rest are counted in one line. Every string from an article or a
finding passes through `html.escape`, after its control characters are shown escaped
(`report/escape.py`).
Without the article's text (no `documents`), a file shows its list of claims only.
"""

from __future__ import annotations

import html
from collections.abc import Iterable
from typing import TextIO

from factcheck.claims import Finding, Verdict
from factcheck.pipeline import FileReport
from factcheck.read.document import Document
from factcheck.reference.index import Reference
from factcheck.report.common import (
    UNICODE_SYMBOLS,
    VERDICT_LABELS,
    VERDICT_ORDER,
    Show,
    Spool,
    Totals,
    by_severity,
    claimed_figure,
    display_path,
    fix_text,
    listed,
    not_shown,
    not_shown_line,
    official_figure,
    one_line,
    quote,
    reason_text,
    short_source,
    suppressed_count,
    written,
)
from factcheck.report.escape import visible

CSS = """
body { font: 16px/1.5 system-ui, sans-serif; color: #1b1b1b; background: #fff;
       max-width: 60rem; margin: 2rem auto; padding: 0 1rem; }
h1 { font-size: 1.6rem; } h2 { font-size: 1.25rem; margin-top: 2.5rem; word-break: break-all; }
.summary span, .claims summary .verdict { white-space: nowrap; }
.article { white-space: pre-wrap; font: 15px/1.7 Georgia, serif; background: #fafafa;
           border: 1px solid #ddd; border-radius: 6px; padding: 1rem 1.25rem; }
mark.claim { border-radius: 3px; padding: 0 2px; color: inherit; text-decoration: none; }
mark.claim a { color: inherit; text-decoration: none; }
mark.claim .symbol { font-weight: bold; margin-right: 1px; }
.v-true { background: #d7f5dd; border-bottom: 2px solid #1a7f37; }
.v-approximately_true { background: #fff1c2; border-bottom: 2px solid #9a6700; }
.v-false { background: #ffd8d3; border-bottom: 2px solid #cf222e; }
.v-unverifiable { background: #e4e9f2; border-bottom: 2px dashed #57606a; }
.verdict.v-true, .verdict.v-approximately_true, .verdict.v-false, .verdict.v-unverifiable {
  border-radius: 3px; padding: 0 4px; font-weight: 600; }
.claims { padding-left: 1.5rem; } .claims li { margin: .35rem 0; }
.claims dl { display: grid; grid-template-columns: max-content 1fr; gap: .1rem 1rem;
             margin: .5rem 0 .75rem 1rem; }
.claims dt { color: #57606a; } .claims dd { margin: 0; }
.where { color: #57606a; font-size: .9em; }
.suppressed { opacity: .6; }
.error { color: #cf222e; font-weight: 600; } .warning { color: #9a6700; }
.claims li:target { outline: 2px solid #0969da; outline-offset: 2px; }
.correction { font: 13px/1.4 system-ui, sans-serif; white-space: nowrap; margin-left: 4px;
              padding: 0 4px; border-radius: 3px; border: 1px solid #cf222e; color: #82071e;
              background: #fff; }
.correction.v-approximately_true { border-color: #9a6700; color: #6b4700; }
.not-shown { color: #57606a; }
"""


def _e(text: object) -> str:
    return html.escape(visible(str(text)), quote=True)


def _badge(verdict: Verdict) -> str:
    label = f"{UNICODE_SYMBOLS[verdict]} {VERDICT_LABELS[verdict]}"
    return f'<span class="verdict v-{verdict.value}">{_e(label)}</span>'


def _counts(counts: dict[Verdict, int], suppressed: int) -> str:
    claims = sum(counts.values())
    parts = [f"<span>{counts[v]} {_badge(v)}</span>" for v in VERDICT_ORDER if counts[v]]
    text = f"{claims} claim{'s' if claims != 1 else ''}"
    if parts:
        text += ": " + ", ".join(parts)
    if suppressed:
        text += f" ({suppressed} suppressed)"
    return text


def _tooltip(finding: Finding) -> str:
    lines = [
        f"{UNICODE_SYMBOLS[finding.verdict]} {VERDICT_LABELS[finding.verdict]}",
        f"claimed: {claimed_figure(finding)}",
        f"official: {official_figure(finding)}",
        f"reason: {reason_text(finding)}",
    ]
    if finding.source:
        lines.append(f"source: {short_source(finding.source)}")
    return "\n".join(lines)


# Claims whose official figure (and correction) the article shows beside them, unhovered.
_NOTED = (Verdict.FALSE, Verdict.APPROXIMATELY_TRUE)


def _correction(finding: Finding, document: Document | None) -> str:
    """'official 2,147 votes · fix: 2,147' beside a false or approximately true claim."""
    official = official_figure(finding)
    if finding.verdict not in _NOTED or official == "—":
        return ""
    note = f"official {official}"
    fix = fix_text(finding, document)
    if fix:
        note += f" · fix: {fix}"
    return f'<span class="correction v-{finding.verdict.value}">{_e(note)}</span>'


def _highlighted_article(
    text: str, findings: Iterable[tuple[str | None, Finding]], document: Document | None = None
) -> str:
    """The article with each claim wrapped in a <mark>; overlapping claims keep the first.

    A claim with an anchor links to its entry in the list; one without (not listed) does not.
    """
    out = []
    at = 0
    for anchor, f in sorted(findings, key=lambda item: (item[1].claim.start, item[1].claim.end)):
        start, end = f.claim.start, f.claim.end
        if start < at or not (0 <= start < end <= len(text)):
            continue
        v = f.verdict
        out.append(_e(text[at:start]))
        inner = (
            f'<span class="symbol" aria-hidden="true">{_e(UNICODE_SYMBOLS[v])}</span>'
            f"{_e(text[start:end])}"
        )
        if anchor is not None:
            inner = f'<a href="#{anchor}">{inner}</a>'
        out.append(
            f'<mark class="claim v-{v.value}" data-verdict="{v.value}" title="{_e(_tooltip(f))}">'
            f"{inner}</mark>{_correction(f, document)}"
        )
        at = end
    out.append(_e(text[at:]))
    return "".join(out)


def _claim_entry(anchor: str, path: str, finding: Finding, document: Document | None) -> str:
    q = quote(finding, document)
    rows = [
        ("claimed", claimed_figure(finding)),
        ("official", official_figure(finding)),
        ("fix", fix_text(finding, document)),
        ("reason", reason_text(finding)),
        ("rule", one_line(finding.rule)),
        ("source", one_line(finding.source)),
        ("about", one_line(finding.subject)),
        ("kind", finding.claim.kind),
    ]
    details = "".join(f"<dt>{_e(k)}</dt><dd>{_e(v)}</dd>" for k, v in rows if v)
    css = ' class="suppressed"' if finding.suppressed else ""
    suppressed = " <em>(suppressed)</em>" if finding.suppressed else ""
    if finding.baselined:
        suppressed += " <em>(in baseline)</em>"
    return (
        f'<li id="{anchor}"{css}><details><summary>{_badge(finding.verdict)} '
        f"&ldquo;{_e(q.before)}<strong>{_e(q.claim)}</strong>{_e(q.after)}&rdquo; "
        f'<span class="where">{_e(path)}:{finding.line}:{finding.column}</span>{suppressed}'
        f"</summary><dl>{details}</dl></details></li>"
    )


def _file_section(
    index: int, report: FileReport, document: Document | None, show: Show = None
) -> str:
    path = display_path(report.path)
    parts = [f'<section class="file" id="file-{index}"><h2>{_e(path)}</h2>']
    if report.error is not None:
        parts.append(f'<p class="error">Could not be read: {_e(report.error)}</p>')
    parts.extend(f'<p class="warning">Warning: {_e(w)}</p>' for w in report.warnings)
    anchored = [(f"claim-{index}-{i}", f) for i, f in enumerate(report.findings, 1)]
    if report.error is None:
        counts = {v: report.count(v) for v in Verdict}
        parts.append(f'<p class="summary">{_counts(counts, suppressed_count(report))}</p>')
    if document is not None:
        # Every claim is highlighted; only those in the list link to it.
        marked = [(a if listed(f, show) else None, f) for a, f in anchored if not f.suppressed]
        article = _highlighted_article(document.text, marked, document)
        parts.append(f'<div class="article">{article}</div>')
    entries = [(a, f) for a, f in anchored if listed(f, show)]
    rank = {id(f): i for i, f in enumerate(by_severity([f for _, f in entries]))}
    entries.sort(key=lambda item: rank[id(item[1])])
    folded = not_shown_line(not_shown(report, show))
    if entries or folded:
        items = "".join(_claim_entry(a, path, f, document) for a, f in entries)
        parts.append(f'<h3>Claims</h3><ol class="claims">{items}</ol>')
        if folded:
            parts.append(f'<p class="not-shown">{_e(folded)}</p>')
    elif report.error is None:
        parts.append("<p>No numeric claims found.</p>")
    parts.append("</section>")
    return "\n".join(parts)


def _page_head(totals: Totals, reference: Reference | None, only_path: str | None) -> str:
    from factcheck import __version__

    files = totals.files
    overall = f"{files} file{'s' if files != 1 else ''}, " + _counts(
        totals.verdicts, totals.suppressed
    )
    if totals.errors:
        overall += f'; <span class="error">{totals.errors} not read</span>'
    about = f"factcheck {__version__}"
    if reference is not None:
        about += f", reference data: {len(reference.elections):,} elections"
    title = "factcheck report"
    if only_path is not None:
        title += f": {display_path(only_path)}"
    return (
        "<!DOCTYPE html>\n"
        '<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{_e(title)}</title>\n"
        f"<style>{CSS}</style>\n</head>\n<body>\n"
        f'<header><h1>factcheck report</h1><p class="summary" id="overall">{overall}</p>'
        f'<p class="where">{_e(about)}</p></header>\n'
    )


class HtmlWriter:
    """Sets each file's section aside as it arrives; writes the page on close.

    The overall summary opens the page, so the sections wait in a Spool.
    """

    def __init__(self, out: TextIO, reference: Reference | None, show: Show = None) -> None:
        self._out, self._reference, self._show = out, reference, show
        self._totals = Totals()
        self._spool = Spool()
        self._first_path: str | None = None

    def add(self, report: FileReport, document: Document | None = None) -> None:
        index = self._totals.files + 1
        self._spool.write(
            ("\n" if index > 1 else "") + _file_section(index, report, document, self._show)
        )
        if index == 1:
            self._first_path = report.path
        self._totals.add(report)

    def close(self) -> None:
        only = self._first_path if self._totals.files == 1 else None
        self._out.write(_page_head(self._totals, self._reference, only))
        self._spool.copy_to(self._out)
        self._spool.close()
        self._out.write("\n</body>\n</html>\n")


def render(
    reports: list[FileReport],
    reference: Reference | None,
    documents: dict[str, Document] | None = None,
    show: Show = None,
) -> str:
    """The whole report as text: what `HtmlWriter` writes for these reports."""
    return written(lambda out: HtmlWriter(out, reference, show), reports, documents)
