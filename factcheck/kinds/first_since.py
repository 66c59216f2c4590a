"""first_since: "the first gain for a governing party in a by-election since 1982"."""

from __future__ import annotations

import re

from factcheck.claims import Claim, Finding
from factcheck.kinds import base
from factcheck.kinds.records import previous_occurrence
from factcheck.language.sentences import lazy_compile
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
    return [
        c
        for c in base.claims_from_patterns(NAME, text, sentences, PATTERNS)
        if not _HOLD_BETWEEN.search(text[c.sentence_start : c.start])
    ]


# "the first Conservative to win the seat, which has been held by Labour since 1935": a
# relative clause about a hold carries the "since", which is the hold's (held_since).
_HOLD_BETWEEN = lazy_compile(
    r"\bfirst\b[^.;]*,\s+(?:which|who|that)\s+(?:has|had|have)\s+(?:been\s+)?"
    r"(?:held|represented|controlled)\b[^,;]*$",
    re.I,
)


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
