"""held_since: "held by Labour since 1935", "Labour have held this seat since the 1930s"."""

from __future__ import annotations

from factcheck.claims import Claim, Finding
from factcheck.kinds import history
from factcheck.kinds import subject as subj
from factcheck.kinds.base import YEAR_OR_DECADE, claims_from_patterns, judged, pattern, unverifiable
from factcheck.reference import derive
from factcheck.resolve import ArticleContext

NAME = "held_since"
_HELD = (
    r"\b(?:held|represented|won|kept|controlled|in\s+\w+\s+hands|(?:a\s+)?\w+\s+(?:seat|stronghold)|"
    r"\w+-held)\b"
)
PATTERNS = [
    pattern(rf"{_HELD}[^.;]{{0,80}}?\bsince\s+(?:the\s+)?{YEAR_OR_DECADE}(?!\s+(?:general\s+)?election)", "year"),
]


def extract(text, sentences) -> list[Claim]:
    return [
        c
        for c in claims_from_patterns(NAME, text, sentences, PATTERNS)
        if "creation" not in text[c.sentence_start : c.start][-40:]
    ]


def current_hold(claim: Claim, context: ArticleContext):
    """The hold a claim speaks of, or the reason it cannot be found."""
    where = history.seat_and_now(claim, context)
    if isinstance(where, str):
        return where
    seat, now, _ = where
    party = subj.party_near(claim, context)
    if party is None:
        return "no party is named as holding the seat"
    hold = derive.hold_ending_before(context.reference, seat, party, now)
    if hold is None:
        return (
            f"{subj.party_label(context, party)} did not hold "
            f"{subj.seat_label(context, seat)} going into {now:%B %Y}"
        )
    return seat, now, party, hold


def verify(claim: Claim, context: ArticleContext) -> Finding:
    found = current_hold(claim, context)
    if isinstance(found, str):
        return unverifiable(claim, found)
    seat, now, party, hold = found
    first = derive.contests(context.reference, seat)[0]
    start_year = hold.start.election.date.year
    if hold.start == first and claim.quantity.value < start_year:
        return unverifiable(claim, f"the reference data for this seat starts in {start_year}")
    label = subj.party_label(context, party)
    return judged(
        claim,
        start_year,
        context,
        subject=f"{label} hold of {subj.seat_label(context, seat)}",
        source=history.history_source(context, seat),
        official=f"{label} won {history.contest_label(context, hold.start)} and held it after",
        shown=start_year,
    )
