"""first_since: "the first gain for a governing party in a by-election since 1982"."""

from __future__ import annotations

from factcheck.claims import Claim, Finding
from factcheck.kinds import base
from factcheck.kinds.records import previous_occurrence
from factcheck.resolve.context import ArticleContext

NAME = "first_since"
CODE = "FC107"
SUMMARY = "the first time something happened since a year"
PRECEDENCE = 20
# Words one of which must be in the text for this kind to match.
TRIGGERS = ("first",)
PATTERNS = [
    base.pattern(
        rf"\bfirst\b(?P<what>{base.CLAUSE}{{0,140}}?)\bsince\s+(?:the\s+)?{base.YEAR_OR_DECADE}",
        "year",
    ),
    base.pattern(
        rf"\bfirst\s+time\s+since\s+(?:the\s+)?{base.YEAR_OR_DECADE}(?P<what>{base.CLAUSE}{{0,140}})",
        "year",
    ),
]


def extract(text, sentences) -> list[Claim]:
    return base.claims_from_patterns(NAME, text, sentences, PATTERNS)


def verify(claim: Claim, context: ArticleContext) -> Finding:
    # The whole sentence says what the record is:
    # "the first time since 1982 the governing party had taken a seat ...".
    phrase = context.text[claim.sentence_start : claim.sentence_end]
    found = previous_occurrence(claim, context, phrase)
    if isinstance(found, str):
        return base.unverifiable(claim, found)
    return base.judged(
        claim,
        found.previous.year,
        context,
        subject=f"{found.what}: {found.current_label}",
        source=found.source,
        official=f"previous {found.what}: {found.previous_label}",
        shown=found.previous.year,
    )
