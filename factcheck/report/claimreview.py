"""schema.org ClaimReview as JSON-LD: a JSON array with one review per checked claim.

`claimReviewed` is the claim in its sentence (the claim alone without the article text);
`reviewRating.alternateName` is the verdict as a reader says it (`True`, `Mostly true`,
`False`, `Unverified`) and `ratingExplanation` the one-line reason; `itemReviewed` is a
`Claim` whose `appearance` is the checked article: its URL when one is given
(`--claimreview-url`, or `claimreview-url` in the configuration; `{path}` and `{stem}` in
it stand for each file's path and name), else its path. The review is meant to be
published with the article it checks, so that URL is also the review's `url`. `author` is
the publishing organisation (`claimreview-organisation` and `claimreview-organisation-url`
in the configuration), or factcheck when none is given. When the article's date is known
it is the `datePublished` of the claim and of the review. Suppressed claims are left out.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import PurePath
from typing import Any, TextIO

from factcheck.claims import Finding, Verdict
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
    written,
)
from factcheck.report.escape import json_safe

CLAIM_MAX = 400  # characters of sentence kept in claimReviewed

# The rating as a fact-checker's reader sees it (Google's ClaimReview guidelines ask for
# the rating in words); the machine token stays in the JSON report.
RATING_NAMES = {
    Verdict.TRUE: "True",
    Verdict.APPROXIMATELY_TRUE: "Mostly true",
    Verdict.FALSE: "False",
    Verdict.UNVERIFIABLE: "Unverified",
}


@dataclass(frozen=True)
class Publisher:
    """Who publishes the reviews, and where: from `--claimreview-url` and the configuration."""

    # The reviewed article's URL; `{path}` and `{stem}` stand for each file's path and name.
    url: str | None = None
    organisation: str | None = None
    organisation_url: str | None = None

    def article_url(self, path: str) -> str | None:
        if self.url is None:
            return None
        from urllib.parse import quote as url_quote

        shown = PurePath(display_path(path))
        path_part = url_quote(shown.as_posix(), safe="/")
        return self.url.replace("{path}", path_part).replace("{stem}", url_quote(shown.stem))

    @classmethod
    def from_settings(cls, settings: Any) -> Publisher:
        """From a run's configuration (`Config`, keyed like the file)."""
        return cls(
            url=settings["claimreview-url"],
            organisation=settings["claimreview-organisation"],
            organisation_url=settings["claimreview-organisation-url"],
        )

    def author(self) -> dict[str, str]:
        author = {"@type": "Organization", "name": self.organisation or "factcheck"}
        if self.organisation_url:
            author["url"] = self.organisation_url
        return author


def review(
    path: str, finding: Finding, document: Document | None, publisher: Publisher | None = None
) -> dict[str, Any]:
    publisher = publisher or Publisher()
    claim_reviewed = quote(finding, document, context=CLAIM_MAX // 2).plain()
    url = publisher.article_url(path)
    appearance: dict[str, Any] = {"@type": "CreativeWork", "url": url or display_path(path)}
    item: dict[str, Any] = {"@type": "Claim", "appearance": appearance}
    if document is not None and document.info.date is not None:
        item["datePublished"] = document.info.date.isoformat()
    rating: dict[str, Any] = {
        "@type": "Rating",
        "alternateName": RATING_NAMES[finding.verdict],
        "ratingExplanation": one_line(finding.reason),
    }
    entry: dict[str, Any] = {
        "@context": "https://schema.org",
        "@type": "ClaimReview",
        "claimReviewed": claim_reviewed,
        "reviewRating": rating,
        "itemReviewed": item,
        "author": publisher.author(),
    }
    if url:
        entry["url"] = url
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


def file_reviews(
    report: FileReport, document: Document | None = None, publisher: Publisher | None = None
) -> list[dict[str, Any]]:
    return [review(report.path, f, document, publisher) for f in shown_findings(report)]


def reviews(
    reports: list[FileReport],
    documents: dict[str, Document] | None = None,
    publisher: Publisher | None = None,
) -> list[dict[str, Any]]:
    documents = documents or {}
    return [item for r in reports for item in file_reviews(r, documents.get(r.path), publisher)]


# JSON-LD is pasted into <script type="application/ld+json">: article text holding
# "</script>" must not end that element, so these are written as JSON escapes.
_HTML_SAFE = str.maketrans({"<": "\\u003c", ">": "\\u003e", "&": "\\u0026"})


class ClaimReviewWriter:
    """Writes each file's reviews as it arrives, then closes the array."""

    def __init__(self, out: TextIO, publisher: Publisher | None = None) -> None:
        self._out, self._publisher = out, publisher
        self._array = JsonArray(self._write, depth=0)

    def _write(self, text: str) -> None:
        self._out.write(json_safe(text.translate(_HTML_SAFE)))

    def add(self, report: FileReport, document: Document | None = None) -> None:
        for item in file_reviews(report, document, self._publisher):
            self._array.add(item)

    def close(self) -> None:
        self._array.close()
        self._out.write("\n")


def render(
    reports: list[FileReport],
    documents: dict[str, Document] | None = None,
    publisher: Publisher | None = None,
) -> str:
    """The whole report as text: what `ClaimReviewWriter` writes for these reports."""
    return written(lambda out: ClaimReviewWriter(out, publisher), reports, documents)
