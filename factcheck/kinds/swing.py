"""swing: "a swing of 12% from Labour to the Conservatives", "a 7.5-point swing to Reform".

Swing is the Commons Library's two-party ("Butler") swing: the average of one
party's rise in share and the other's fall, in percentage points, measured
against the same baseline as share changes.
"""

from __future__ import annotations

import re

from factcheck.claims import Claim, Finding
from factcheck.kinds import base
from factcheck.reference import derive
from factcheck.resolve import subjects as subj
from factcheck.resolve.context import ArticleContext

NAME = "swing"
CODE = "FC115"
SUMMARY = "the two-party swing between two parties"
PRECEDENCE = 120
RESULT = True
# Words one of which must be in the text for this kind to match.
TRIGGERS = ("swing",)
_PCT = r"(?P<unit>\s?%|\s*per\s?cent\b|[\s-]*(?:percentage[\s-])?points?\b)"
PATTERNS = [
    base.pattern(
        rf"\bswing\s*:?\s+(?:of\s+)?{base.HEDGED}{base.NUM_DIGITS}{_PCT}(?P<rest>{base.CLAUSE}{{0,80}})",
        "percent",
    ),
    base.pattern(rf"{base.NUM_DIGITS}{_PCT}\s+swing(?P<rest>{base.CLAUSE}{{0,80}})", "percent"),
]


def extract(text, sentences) -> list[Claim]:
    return base.claims_from_patterns(NAME, text, sentences, PATTERNS)


def _parties(claim: Claim, context: ArticleContext) -> tuple[str | None, str | None]:
    """The parties swung from and to, named after the figure: "from Labour to the Tories"."""
    rest_start = claim.end
    rest_end = min(claim.sentence_end, rest_start + len(claim.cues.get("rest", "")) + 8)
    after = context.mentions_in(context.party_mentions, rest_start, rest_end)
    text = context.text
    source = target = None
    for m in after:
        lead = text[max(rest_start, m.start - 12) : m.start]
        if re.search(r"\bfrom\s+(?:the\s+)?$", lead) and source is None:
            source = m.id
        elif re.match(r"\s+to\s", text[m.end : m.end + 5]) and source is None:
            source = m.id  # "Con to LD"
        elif re.search(r"\bto(?:wards)?\s+(?:the\s+)?$", lead) and target is None:
            target = m.id
    return source, target


def verify(claim: Claim, context: ArticleContext) -> Finding:
    resolved = subj.resolve_result(claim, context)
    if isinstance(resolved, str):
        return base.unverifiable(claim, resolved)
    source, target = _parties(claim, context)
    baseline = derive.baseline_result(context.reference, resolved.result)
    if baseline is None:
        return base.unverifiable(claim, "no earlier result to measure a swing from")
    if target is None:
        return base.unverifiable(claim, "the party the swing went to is not named")
    if source is None:
        before = derive.winning_party(context.reference, baseline)
        if before is None or before == target:
            return base.unverifiable(claim, "the party the swing came from is not named")
        source = before
    gain = derive.share_change(context.reference, resolved.result, target)
    loss = derive.share_change(context.reference, resolved.result, source)
    if gain is None or loss is None:
        return base.unverifiable(
            claim, "shares for both parties are not available at both elections"
        )
    swing = (gain - loss) / 2
    a, b = subj.party_label(context, source), subj.party_label(context, target)
    if swing < 0:
        return base.judged(
            claim,
            -1.0,  # a swing the other way can never match a positive claimed figure
            context,
            subject=subj.describe(context, resolved, f"swing from {a} to {b}"),
            source=subj.cite(context, resolved),
            official=f"the swing was {abs(swing):.1f} points the other way, from {b} to {a}",
            shown=round(swing, 2),
        )
    return base.judged(
        claim,
        swing,
        context,
        subject=subj.describe(context, resolved, f"swing from {a} to {b}"),
        source=subj.cite(context, resolved),
        official=f"{swing:.1f} points ({b} {gain:+.1f}, {a} {loss:+.1f}, halved difference)",
        shown=round(swing, 2),
    )
