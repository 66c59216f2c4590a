"""years_since: "hasn't won a by-election ... for 35 years", "it took us 23-odd years to ..."."""

from __future__ import annotations

import re

from factcheck.claims import Claim, Finding
from factcheck.kinds import base
from factcheck.kinds.records import previous_occurrence
from factcheck.reference import derive
from factcheck.reference.index import normalise_name
from factcheck.resolve import subjects as subj
from factcheck.resolve.context import ArticleContext

NAME = "years_since"
CODE = "FC110"
SUMMARY = "how many years since an event"
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
        rf"\bfirst\b(?P<what>{base.CLAUSE}{{0,100}}?)\bin\s+{base.HEDGED}{base.NUM}{base.YEARS}",
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
    phrase = context.text[claim.sentence_start : claim.start]
    found = previous_occurrence(claim, context, phrase)
    if isinstance(found, str):
        return base.unverifiable(claim, found)
    years = derive.years_between(found.previous, found.current)
    return base.judged(
        claim,
        years,
        context,
        subject=f"{found.what}: {found.current_label}",
        source=found.source,
        official=f"{years:.1f} years since the previous {found.what}, {found.previous_label}",
        shown=round(years, 1),
    )
