"""held_since: "held by Labour since 1935", "Labour have held this seat since the 1930s"."""

from __future__ import annotations

import re

from factcheck.claims import Claim, Finding
from factcheck.kinds import history
from factcheck.kinds import subject as subj
from factcheck.kinds.base import (
    CLAUSE,
    YEAR_OR_DECADE,
    claims_from_patterns,
    judged,
    pattern,
    unverifiable,
)
from factcheck.reference import derive
from factcheck.resolve import ArticleContext

NAME = "held_since"
# Words one of which must be in the text for this kind to match.
TRIGGERS = ("since",)
_HELD = (
    r"\b(?:held|represented|won|kept|controlled|in\s+\w+\s+hands|(?:a\s+)?\w+\s+(?:seat|stronghold)|"
    r"\w+-held)\b"
)
PATTERNS = [
    pattern(
        rf"{_HELD}{CLAUSE}{{0,80}}?\bsince\s+(?:the\s+)?{YEAR_OR_DECADE}(?!\s+(?:general\s+)?election)",
        "year",
    ),
]


def extract(text, sentences) -> list[Claim]:
    return [
        c
        for c in claims_from_patterns(NAME, text, sentences, PATTERNS)
        if "creation" not in text[c.sentence_start : c.start][-40:]
    ]


_PERSON_HOLDER = re.compile(r"\b(?:he|she)\s+(?:has|had)\s+(?:held|represented)\b", re.I)


def _named_holder(claim: Claim, context: ArticleContext) -> str | None:
    """A party named as the holder: "held by Labour", "Labour-held", "Labour have held"."""
    text = context.text
    for m in reversed(context.party_mentions):
        if not claim.sentence_start <= m.start < claim.start:
            continue
        before = text[max(claim.sentence_start, m.start - 20) : m.start]
        after = text[m.end : m.end + 25]
        if re.search(r"\b(?:held|represented|won|kept)\s+by\s+(?:the\s+)?$", before) or re.match(
            r"(?:['’]s)?(?:-held|\s+(?:has|have|had)\s+(?:been\s+)?(?:held|represented|kept))",
            after,
        ):
            return m.id
    return None


def current_hold(claim: Claim, context: ArticleContext):
    """The hold a claim speaks of, or the reason it cannot be found.

    The holder is the party named with "held" when there is one; otherwise ("held by
    the party") the party mentioned nearby whose hold was current at the contest
    the article reports, not one whose hold only began with it.
    """
    where = history.seat_and_now(claim, context)
    if isinstance(where, str):
        return where
    seat, now, _ = where
    lead = context.text[claim.sentence_start : claim.start]
    if _PERSON_HOLDER.search(lead) or any(
        re.match(r"\s*(?:,\s*who\s+)?(?:has|had)\s+(?:held|represented)", context.text[m.end :])
        for m in context.people_in(claim.sentence_start, claim.start)
    ):
        # "the seat he had represented for 50 years" is one MP's tenure, not a party's hold.
        return "a member's own tenure: the reference data names candidates only from 2010"
    party = _named_holder(claim, context)
    if party is None:
        i = context.sentence_index(claim.start)
        lo = context.sentences[max(0, i - 2)].start
        nearby = [m.id for m in context.party_mentions if lo <= m.start < claim.sentence_end]
        holds = {}
        for p in dict.fromkeys(reversed(nearby)):
            hold = derive.hold_ending_before(context.reference, seat, p, now)
            if hold is not None and hold.start.election.date < now:
                holds[p] = hold
        if not holds:
            return "no party named nearby held the seat"
        party = next(iter(holds))
        return seat, now, party, holds[party]
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
        source=history.history_source(context, seat, hold.start.election.date, now),
        official=f"{label} won {history.contest_label(context, hold.start)} and held it after",
        shown=start_year,
    )
