"""years_since: "hasn't won a by-election ... for 35 years", "it took us 23-odd years to ..."."""

from __future__ import annotations

import datetime as dt
import re

from factcheck.claims import Claim, Finding, Qualifier, Verdict
from factcheck.kinds import base, history
from factcheck.kinds.examples import Example
from factcheck.kinds.records import previous_occurrence
from factcheck.language import lexicon as lx
from factcheck.language.numbers import alternation
from factcheck.reference import coverage, derive
from factcheck.reference.index import normalise_name
from factcheck.resolve import subjects as subj
from factcheck.resolve.context import ArticleContext

NAME = "years_since"
CODE = "FC110"
SUMMARY = "how many years since an event"
# What `factcheck rule` prints: the sorts of figure read (their verdict bands are in
# judge/semantics.py), the rule, and examples tests/kinds/test_examples.py checks.
FIGURES = ("years",)
RULE = (
    "The years from the previous time the event the words name happened (as for first_since), "
    "or from a party's founding or a seat's creation, to the contest the article reports. A "
    "longer span that a by-election missing from the record (where its coverage is incomplete) "
    "could explain is unverifiable, never false."
)
EXAMPLES = (
    Example(
        (
            "The Conservatives won the Copeland by-election. A governing party had not won a "
            "seat at a by-election for 35 years."
        ),
        "35 years",
        "true",
        official="34.7",
        date="2017-02-24",
    ),
    Example(
        (
            "The Conservatives won the Copeland by-election. A governing party had not won a "
            "seat at a by-election for 45 years."
        ),
        "45 years",
        "false",
        official="34.7",
        date="2017-02-24",
    ),
)
PRECEDENCE = 50
# Words one of which must be in the text for this kind to match.
TRIGGERS = ("year",)
_NOT = r"(?:n['’]t|\bnot|\bnever|\bno\s+\w+)"
PATTERNS = [
    base.pattern(
        rf"(?P<what>{_NOT}{base.CLAUSE}{{0,120}}?)\bfor\s+{base.HEDGED}{base.NUM}{base.YEARS}",
        "years",
    ),
    base.pattern(
        rf"\bfirst\b(?P<what>{base.CLAUSE}{{0,100}}?)\b(?:in|for)\s+{base.HEDGED}{base.NUM}{base.YEARS}",
        "years",
    ),
    # "a Labour MP for the first time in its 105-year history": the seat's age.
    base.pattern(
        rf"\bfirst\b(?P<what>{base.CLAUSE}{{0,100}}?)\bin\s+(?:its|the\s+(?:seat|constituency)['’]s)\s+"
        rf"{base.NUM}{base.YEARS}\s+(?P<age>{alternation(lx.SEAT_AGE_NOUNS)})\b",
        "years",
    ),
    base.pattern(
        rf"\btook\s+(?P<who>us|them|the\s+party|it|\w+)\s+{base.HEDGED}{base.NUM}{base.YEARS}\s+to\s+(?P<goal>{base.CLAUSE}{{0,120}})",
        "years",
    ),
]


def extract(text, sentences) -> list[Claim]:
    return base.claims_from_patterns(NAME, text, sentences, PATTERNS)


def _event_in(context: ArticleContext, phrase: str):
    """A dated national event named in the phrase ('the EU referendum'), if exactly one fits."""
    words = set(normalise_name(phrase).split())
    hits = []
    for event in context.reference.events.values():
        for name in (event.name, *event.aliases):
            key = set(normalise_name(name).split()) - {"the", "a", "to", "of"}
            if key and key <= words:
                hits.append(event)
                break
    if not hits and "referendum" in words:
        # "win a referendum to get Britain out of the European Union"
        hits = [
            e
            for e in context.reference.events.values()
            if "referendum" in normalise_name(e.name)
            and set(normalise_name(" ".join(e.aliases)).split())
            & (words - {"referendum", "a", "the", "to", "win"})
        ]
    unique = {e.id: e for e in hits}
    return next(iter(unique.values())) if len(unique) == 1 else None


def _party_founding_to_event(claim: Claim, context: ArticleContext) -> Finding:
    party = subj.party_near(claim, context)
    if party is None:
        return base.unverifiable(claim, "who 'took' this long is not named")
    p = context.reference.parties[party]
    event = _event_in(context, claim.cues.get("goal", ""))
    if event is None:
        return base.unverifiable(claim, "the event measured to is not one the reference data holds")
    if p.founded is None:
        return base.unverifiable(claim, f"the reference data has no founding date for {p.short}")
    years = derive.years_between(p.founded.earliest(), event.date)
    return base.judged(
        claim,
        years,
        context,
        subject=f"{p.short}: from its founding to the {event.name}",
        source="; ".join(
            context.reference.cite(s) for s in (p.source, event.source) if s is not None
        ),
        official=(
            f"{years:.1f} years, {p.short} founded {p.founded}, {event.name} {event.date:%-d %B %Y}"
        ),
        shown=round(years, 1),
    )


def verify(claim: Claim, context: ArticleContext) -> Finding:
    if "goal" in claim.cues:
        return _party_founding_to_event(claim, context)
    phrase = claim.cues.get("what", "")
    if re.search(r"\b(?:last|past)\s*$", phrase):
        return base.unverifiable(claim, "a span of recent years, not a record")
    if claim.cues.get("age"):
        return _seat_age(claim, context)
    phrase = context.text[claim.sentence_start : claim.start]
    found = previous_occurrence(claim, context, phrase)
    if isinstance(found, str):
        return base.unverifiable(claim, found)
    years = derive.years_between(found.previous, found.current)
    if found.before_record:
        # None in the record: only "more than N years" within the record can be settled.
        q = claim.quantity
        if q.qualifier in (Qualifier.MORE_THAN, Qualifier.AT_LEAST) and years >= q.value:
            return base.judged(
                claim,
                years,
                context,
                subject=f"{found.what}: {found.current_label}",
                source=found.source,
                official=(
                    f"no earlier {found.what} in {years:.1f} years of record: "
                    f"{found.previous_label}"
                ),
                shown=round(years, 1),
            )
        return base.unverifiable(
            claim, f"no earlier {found.what} in the record, which starts {found.previous:%Y}"
        )
    finding = base.judged(
        claim,
        years,
        context,
        subject=f"{found.what}: {found.current_label}",
        source=found.source,
        official=f"{years:.1f} years since the previous {found.what}, {found.previous_label}",
        shown=round(years, 1),
    )
    # The claim puts the previous occurrence its number of years (give or take one) back.
    back = float(claim.quantity.value)
    span = (
        _years_before(found.current, back + 1),
        _years_before(found.current, max(back - 1, 0)),
    )
    return missing_by_election(finding, claim.quantity.value < years, found, context, span)


def _years_before(date: dt.date, years: float) -> dt.date:
    return date - dt.timedelta(days=round(years * 365.2425))


def missing_by_election(
    finding: Finding,
    claim_later: bool,
    found,
    context: ArticleContext,
    span: tuple[dt.date, dt.date],
) -> Finding:
    """A contradiction a by-election missing from the record could explain is unverifiable.

    Where the coverage says the record of by-elections may lack some in `span` (the time
    the claim puts the previous occurrence in), a previous occurrence more recent than the
    record's (`claim_later`) may be a missing by-election win; a member's time may also
    have ended earlier at a missing by-election loss.
    """
    if finding.verdict != Verdict.FALSE:
        return finding
    if found.missing_moves == "later" and not claim_later:
        return finding
    lo, hi = span
    if found.missing_moves == "later":
        lo = max(lo, found.previous)
    gap = coverage.gap_reason(context.reference, lo, min(hi, found.current), found.seat)
    if gap is None:
        return finding
    finding.verdict = Verdict.UNVERIFIABLE
    finding.reason = (
        f"the record gives {finding.reason}, but a by-election missing from it could move the "
        f"previous {found.what}: {gap}"
    )
    return finding


def _seat_age(claim: Claim, context: ArticleContext) -> Finding:
    """ "a Labour MP for the first time in its 105-year history": the seat's age, and a first."""
    where = history.seat_and_now(claim, context)
    if isinstance(where, str):
        return base.unverifiable(claim, where)
    seat, now, _ = where
    c = context.reference.constituencies[seat]
    if c.created is None:
        return base.unverifiable(claim, f"the reference data has no creation date for {c.name}")
    created = dt.date(int(str(c.created)[:4]), 1, 1)
    years = now.year - created.year
    finding = base.judged(
        claim,
        years,
        context,
        subject=f"the age of {c.name}",
        source=history.history_source(context, seat),
        official=f"{years} years, created {c.created}, to {now:%B %Y}",
        shown=years,
    )
    party = subj.party_near(claim, context)
    contests = [
        x
        for x in derive.contests(context.reference, seat, follow_predecessors=False)
        if x.election.date < now
    ]
    earlier = [x for x in contests if party is not None and x.winner == party]
    if earlier and finding.verdict != Verdict.FALSE:
        finding.verdict = Verdict.FALSE
        finding.reason = (
            f"{finding.reason}; but not a first: {subj.party_label(context, party)} won "
            f"{history.contest_label(context, earlier[0])}"
        )
    return finding
