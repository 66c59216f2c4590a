"""years_held: "Labour-held ... for more than 80 years"."""

from __future__ import annotations

import re

from factcheck.claims import Claim, Finding
from factcheck.kinds import base, history
from factcheck.kinds.held_since import current_hold
from factcheck.reference import derive
from factcheck.resolve import subjects as subj
from factcheck.resolve.context import ArticleContext

NAME = "years_held"
CODE = "FC109"
SUMMARY = "how many years a party has held a seat"
PRECEDENCE = 60
# Words one of which must be in the text for this kind to match.
TRIGGERS = ("year",)
PATTERNS = [
    base.pattern(
        rf"\b(?:held|represented|kept|\w+-held|in\s+\w+\s+hands)\b{base.CLAUSE}{{0,100}}?\bfor\s+{base.HEDGED}{base.NUM}{base.YEARS}",
        "years",
    ),
]


def extract(text, sentences) -> list[Claim]:
    return base.claims_from_patterns(NAME, text, sentences, PATTERNS)


def verify(claim: Claim, context: ArticleContext) -> Finding:
    found = current_hold(claim, context)
    if isinstance(found, str):
        return base.unverifiable(claim, found)
    seat, now, party, hold = found
    # "held Ipswich for 25 years from 1945": a closed span from a stated year.
    start_year = re.match(
        r",?\s+from\s+((?:19|20)\d\d)\b", context.text[claim.end : claim.sentence_end]
    )
    if start_year:
        spells = [
            h
            for h in derive.holds(context.reference, seat, party)
            if h.start.election.date.year == int(start_year.group(1))
        ]
        if not spells:
            return base.unverifiable(
                claim,
                f"{subj.party_label(context, party)} did not win the seat in {start_year.group(1)}",
            )
        hold = spells[0]
    primary = _judge_spell(claim, context, seat, party, hold, now)
    # "Before that the party held it for 18 years": in the past tense any ended spell of
    # the party's is a reading, and a figure no spell fits is still false.
    head = context.text[claim.sentence_start : claim.start]
    past = re.search(r"\bheld\b", head) and not re.search(r"\b(?:has|have)\s+held\b", head)
    others = []
    if past and not start_year:
        others = [
            _judge_spell(claim, context, seat, party, h, now)
            for h in derive.holds(context.reference, seat, party)
            if h is not hold and h.lost_at is not None and h.lost_at.election.date <= now
        ]
    return base.over_readings(claim, *primary, others)


def _judge_spell(claim: Claim, context: ArticleContext, seat: str, party: str, hold, now):
    """The verdict if the figure is the length of this spell of the party's."""
    end = hold.lost_at.election.date if hold.lost_at and hold.lost_at.election.date <= now else now
    years = derive.years_between(hold.start.election.date, end)
    first = derive.contests(context.reference, seat)[0]
    ids = {"seat": seat, "contest": None, "party": party, "candidate": None}
    if hold.start == first and claim.quantity.value > years:
        finding = base.unverifiable(
            claim, "the reference data for this seat starts within the claimed span"
        )
        return finding, base.reading_of(finding, ids, [])
    label = subj.party_label(context, party)
    finding = base.judged(
        claim,
        years,
        context,
        subject=f"{label} hold of {subj.seat_label(context, seat)}",
        source=history.history_source(context, seat, hold.start.election.date, end),
        official=(
            f"{years:.1f} years, from {history.contest_label(context, hold.start)} "
            f"to {end:%-d %B %Y}"
        ),
        shown=round(years, 1),
    )
    return finding, base.reading_of(finding, ids, [])
