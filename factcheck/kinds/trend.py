"""trend: "Labour's share of the vote in Copeland has been falling for 20 years"."""

from __future__ import annotations

from factcheck.claims import Claim, Finding
from factcheck.kinds import base, history
from factcheck.kinds.examples import Example
from factcheck.reference import derive
from factcheck.resolve import subjects as subj
from factcheck.resolve.context import ArticleContext

NAME = "trend"
CODE = "FC114"
SUMMARY = "a run of rises or falls over a span of years"
# What `factcheck rule` prints: the sorts of figure read (their verdict bands are in
# judge/semantics.py), the rule, and examples tests/kinds/test_examples.py checks.
FIGURES = ("years",)
RULE = (
    "A run of rises or falls in the party's share in the seat: the span from the first contest "
    "of the unbroken run to the one the article reports. A share that was not moving the way "
    "the words say at the last contest, or too few results with shares, is unverifiable."
)
EXAMPLES = (
    Example(
        (
            "The Conservatives won the Copeland by-election. Labour's share in Copeland has "
            "been falling for 20 years."
        ),
        "20 years",
        "true",
        official="19.8",
        date="2017-02-24",
    ),
    Example(
        (
            "The Conservatives won the Copeland by-election. Labour's share in Copeland has "
            "been falling for 40 years."
        ),
        "40 years",
        "false",
        official="19.8",
        date="2017-02-24",
    ),
)
PRECEDENCE = 40
# Words one of which must be in the text for this kind to match.
TRIGGERS = ("been",)
_FALL = r"falling|declining|dropping|shrinking|slipping|going\s+down|in\s+decline"
_RISE = r"rising|growing|increasing|climbing|going\s+up"
PATTERNS = [
    base.pattern(
        rf"\bshare\b{base.CLAUSE}{{0,60}}?\b(?:has|have|had)\s+been\s+(?P<dir>{_FALL}|{_RISE})\s+for\s+{base.HEDGED}{base.NUM}{base.YEARS}",
        "years",
    ),
]


def extract(text, sentences) -> list[Claim]:
    return base.claims_from_patterns(NAME, text, sentences, PATTERNS)


def verify(claim: Claim, context: ArticleContext) -> Finding:
    where = history.seat_and_now(claim, context)
    if isinstance(where, str):
        return base.unverifiable(claim, where)
    seat, now, _ = where
    party = subj.party_near(claim, context)
    if party is None:
        return base.unverifiable(claim, "no party is named")
    falling = not any(
        w in claim.cues.get("dir", "") for w in ("ris", "grow", "increas", "climb", "up")
    )
    series = []
    for c in derive.contests(context.reference, seat):
        if c.election.date > now:
            break
        r = context.reference.result(c.election.id, c.constituency)
        s = derive.share(context.reference, r, party) if r else None
        if s is not None:
            series.append((c, s))
    if len(series) < 2:
        return base.unverifiable(claim, "too few results with shares for this seat")
    start = len(series) - 1
    while start > 0 and (
        series[start - 1][1] > series[start][1]
        if falling
        else series[start - 1][1] < series[start][1]
    ):
        start -= 1
    if start == len(series) - 1:
        return base.unverifiable(
            claim, f"the share was not {'falling' if falling else 'rising'} at the last contest"
        )
    first, last = series[start], series[-1]
    years = derive.years_between(first[0].election.date, last[0].election.date)
    label = subj.party_label(context, party)
    return base.judged(
        claim,
        years,
        context,
        subject=f"{label} share in {subj.seat_label(context, seat)}",
        source=history.history_source(context, seat, first[0].election.date, last[0].election.date),
        official=(
            f"{label} share {'fell' if falling else 'rose'} at every contest from "
            f"{history.contest_label(context, first[0])} ({first[1]:.1f}%) to "
            f"{history.contest_label(context, last[0])} ({last[1]:.1f}%): {years:.1f} years"
        ),
        shown=round(years, 1),
    )
