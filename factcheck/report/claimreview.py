"""schema.org ClaimReview as JSON-LD: a JSON array with one review per checked claim.

`claimReviewed` is the claim in its sentence (the claim alone without the article text);
`reviewRating.alternateName` is the verdict as in factcheck/1 (`true`,
`approximately_true`, `false`, `unverifiable`) and `ratingExplanation` the one-line reason;
`itemReviewed` is a `Claim` whose `appearance` is the checked file. When the article's
date is known it is the `datePublished` of the claim and of the review (the review is
meant to be published with the article it checks). Suppressed claims are left out.
"""

from __future__ import annotations

import json
from typing import Any, TextIO

from factcheck.claims import Finding
from factcheck.pipeline import FileReport
from factcheck.read.document import Document
from factcheck.report.common import (
    JsonArray,
    claimed_text,
    display_path,
    official_text,
    one_line,
    quote,
    shown_findings,
)
from factcheck.report.escape import json_safe

CLAIM_MAX = 400  # characters of sentence kept in claimReviewed


def review(path: str, finding: Finding, document: Document | None) -> dict[str, Any]:
    claim_reviewed = quote(finding, document, context=CLAIM_MAX // 2).plain()
    appearance: dict[str, Any] = {"@type": "CreativeWork", "url": path}
    item: dict[str, Any] = {"@type": "Claim", "appearance": appearance}
    if document is not None and document.info.date is not None:
        item["datePublished"] = document.info.date.isoformat()
    rating: dict[str, Any] = {
        "@type": "Rating",
        "alternateName": finding.verdict.value,
        "ratingExplanation": one_line(finding.reason),
    }
    entry: dict[str, Any] = {
        "@context": "https://schema.org",
        "@type": "ClaimReview",
        "claimReviewed": claim_reviewed,
        "reviewRating": rating,
        "itemReviewed": item,
        "author": {"@type": "Organization", "name": "factcheck"},
    }
    if item.get("datePublished"):
        entry["datePublished"] = item["datePublished"]
    extras = {
        "claimed": claimed_text(finding.claim.quantity),
        "official": official_text(finding) if finding.actual is not None else None,
        "source": one_line(finding.source) or None,
        "about": one_line(finding.subject) or None,
    }
    described = "; ".join(f"{k}: {v}" for k, v in extras.items() if v)
    if described:
        entry["description"] = described
    return entry


def file_reviews(report: FileReport, document: Document | None = None) -> list[dict[str, Any]]:
    path = display_path(report.path)
    return [review(path, f, document) for f in shown_findings(report)]


def reviews(
    reports: list[FileReport], documents: dict[str, Document] | None = None
) -> list[dict[str, Any]]:
    documents = documents or {}
    return [item for r in reports for item in file_reviews(r, documents.get(r.path))]


# JSON-LD is pasted into <script type="application/ld+json">: article text holding
# "</script>" must not end that element, so these are written as JSON escapes.
_HTML_SAFE = str.maketrans({"<": "\\u003c", ">": "\\u003e", "&": "\\u0026"})


class ClaimReviewWriter:
    """Writes each file's reviews as it arrives, then closes the array."""

    def __init__(self, out: TextIO) -> None:
        self._out = out
        self._array = JsonArray(self._write, depth=0)

    def _write(self, text: str) -> None:
        self._out.write(json_safe(text.translate(_HTML_SAFE)))

    def add(self, report: FileReport, document: Document | None = None) -> None:
        for item in file_reviews(report, document):
            self._array.add(item)

    def close(self) -> None:
        self._array.close()
        self._out.write("\n")


def render(reports: list[FileReport], documents: dict[str, Document] | None = None) -> str:
    text = json.dumps(reviews(reports, documents), indent=2, ensure_ascii=False)
    return json_safe(text.translate(_HTML_SAFE)) + "\n"
