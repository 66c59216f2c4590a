"""years_in_office: "after seven years in office", "13 years in government"."""

from __future__ import annotations

import re

from factcheck.claims import Claim, Finding
from factcheck.kinds import base
from factcheck.kinds.examples import Example
from factcheck.language.sentences import lazy_compile
from factcheck.reference import derive
from factcheck.resolve import subjects as subj
from factcheck.resolve.context import ArticleContext

NAME = "years_in_office"
CODE = "FC111"
SUMMARY = "how many years a government or leader has been in office"
# What `factcheck rule` prints: the sorts of figure read (their verdict bands are in
# judge/semantics.py), the rule, and examples tests/kinds/test_examples.py checks.
FIGURES = ("years",)
RULE = (
    "How long the party (the one named, or the only party in government) has been in "
    "government without a break, from the reference data's list of governments to the "
    "article's date. A party not in government at that date, or an undated article, is "
    "unverifiable."
)
EXAMPLES = (
    Example(
        "After 13 years in office, the Conservatives face a difficult election.",
        "13 years",
        "true",
        official="13.1",
        date="2023-06-01",
    ),
    Example(
        "After 15 years in office, the Conservatives face a difficult election.",
        "15 years",
        "false",
        official="13.1",
        date="2023-06-01",
    ),
)
PRECEDENCE = 70
# Words one of which must be in the text for this kind to match.
TRIGGERS = ("year",)
PATTERNS = [
    base.pattern(
        rf"\b{base.HEDGED}{base.NUM}{base.YEARS}\s+(?:in\s+(?:office|power|government)|of\s+\w+\s+government)\b",
        "years",
    ),
]


def extract(text, sentences) -> list[Claim]:
    return base.claims_from_patterns(NAME, text, sentences, PATTERNS)


def verify(claim: Claim, context: ArticleContext) -> Finding:
    now = context.anchor_date
    if now is None:
        return base.unverifiable(claim, "the article gives no date to measure from")
    governing = derive.governing_parties(context.reference, now)
    # "14 years of Conservative government": the party named in the phrase owns the span.
    named = [
        m
        for m in context.mentions_in(context.party_mentions, claim.end, claim.end + 30)
        if re.fullmatch(r"(?:\s+years?)?\s+of\s+", context.text[claim.end : m.start], re.I)
    ]
    party = named[0].id if named else subj.party_near(claim, context)
    if party is None and len(governing) == 1:
        party = governing[0]
    ended = _ENDING_BEFORE.search(
        context.text, max(claim.sentence_start, claim.start - 30), claim.start
    )
    run_ended = None
    if party is not None and party in governing and ended and named:
        # "ended thirteen years of Conservative government" in a piece whose date finds
        # the party in government (an anniversary): the run ended at another time.
        return base.unverifiable(
            claim,
            f"a run in government that ended, but {subj.party_label(context, party)} "
            "is in government at the article's date",
        )
    if party is not None and party not in governing and ended:
        # "Labour won ..., ending 14 years of Conservative government": the party's last
        # run in government, up to the day the next government began.
        run_ended = _last_day_in_government(context, party, now)
    if party is None or (party not in governing and run_ended is None):
        return base.unverifiable(
            claim, f"{subj.party_label(context, party)} was not in government then"
        )
    if run_ended is not None:
        now = run_ended
    start = now
    for g in reversed(context.reference.governments):
        if g.start > now or (run_ended is not None and g.start == now):
            continue
        if party not in g.parties:
            break
        start = g.start
    years = derive.years_between(start, now)
    label = subj.party_label(context, party)
    source = "; ".join(
        dict.fromkeys(
            context.reference.cite(g.source) for g in context.reference.governments if g.source
        )
    )
    return base.judged(
        claim,
        years,
        context,
        subject=f"{label} in government",
        source=source,
        official=f"{years:.1f} years, in government from {start:%-d %B %Y} to {now:%-d %B %Y}",
        shown=round(years, 1),
    )


# "ending 14 years of Conservative government", "brought to an end 13 years of ...".
_ENDING_BEFORE = lazy_compile(r"\b(?:end(?:ing|ed|s)?|end\s+to|brought\s+to\s+an\s+end)\s+$", re.I)


def _last_day_in_government(context: ArticleContext, party: str, now):
    """When the party's last run in government before `now` ended: the start of the
    government after it."""
    after = None
    for g in reversed(context.reference.governments):
        if g.start > now:
            continue
        if party in g.parties:
            return after
        after = g.start
    return None
