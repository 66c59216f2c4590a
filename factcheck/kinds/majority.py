"""majority: "a 2,500 majority", "a majority of 2,620", "won by 1,234 votes"."""

from __future__ import annotations

from factcheck.claims import Claim, Finding
from factcheck.kinds import subject as subj
from factcheck.kinds.base import HEDGED, NUM, claims_from_patterns, judged, pattern, unverifiable
from factcheck.reference import derive
from factcheck.resolve import ArticleContext

NAME = "majority"
# Words one of which must be in the text for this kind to match.
TRIGGERS = ("majority", " by ")
PATTERNS = [
    pattern(rf"{HEDGED}{NUM}(?P<unit>(?:-|\s)votes?)?\s+majority", "votes"),
    pattern(
        rf"\bmajority\s+(?:(?:was|is|had\s+been|has\s+been|now)\s+)?(?:(?:of|to|at|down\s+to|up\s+to|"
        rf"(?:cut|reduced|increased|slashed|trimmed|halved|doubled|rose|fell|grew|shrank)\s+to)\s+)?"
        rf"(?:just\s+|only\s+|a\s+mere\s+)?{HEDGED}{NUM}(?!\s*(?:%|per\s?cent|points?))\b",
        "votes",
    ),
    pattern(
        rf"\b(?:won|win|wins|winning|held|hold|holds|holding|took|take|lost|losing|gained)\b[^.;]{{0,60}}?"
        rf"\bby\s+(?:just\s+|only\s+|a\s+mere\s+)?{HEDGED}{NUM}(?P<unit>\s+votes?)\b",
        "votes",
    ),
]


def extract(text, sentences) -> list[Claim]:
    return claims_from_patterns(NAME, text, sentences, PATTERNS)


def verify(claim: Claim, context: ArticleContext) -> Finding:
    person = subj.person_near(claim, context)
    resolved = subj.resolve_result(claim, context, person)
    if isinstance(resolved, str):
        return unverifiable(claim, resolved)
    result = resolved.result
    actual = derive.majority(context.reference, result)
    if actual is None:
        return unverifiable(claim, "the official result does not give a majority for this seat")
    winner = derive.winning_party(context.reference, result)
    party = person.party if person else subj.party_near(claim, context)
    note = ""
    if party and winner and party != winner:
        # Naming the wrong winner means we may have the wrong contest: do not guess.
        return unverifiable(
            claim,
            f"{subj.party_label(context, party)} did not win the "
            f"{subj.election_label(resolved.election)} "
            f"in {subj.seat_label(context, resolved.seat)}",
        )
    top = derive.ranked(context.reference, result)
    who = subj.party_label(context, winner)
    if top and top[0].name:
        who = f"{top[0].name} ({who})"
        note = f"{top[0].votes:,} to {top[1].votes:,}" if len(top) > 1 else ""
    return judged(
        claim,
        actual,
        context,
        subject=subj.describe(context, resolved, f"majority of {who}"),
        source=subj.cite(context, resolved),
        official=f"majority {actual:,}",
        note=note,
    )
