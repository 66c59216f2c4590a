"""turnout: "turnout was 38.2%", "a 52% turnout"."""

from __future__ import annotations

from factcheck.claims import Claim, Finding, Reading, Verdict
from factcheck.kinds import base
from factcheck.reference import derive
from factcheck.resolve import subjects as subj
from factcheck.resolve.context import ArticleContext

NAME = "turnout"
CODE = "FC105"
SUMMARY = "turnout"
PRECEDENCE = 110
RESULT = True
# Words one of which must be in the text for this kind to match.
TRIGGERS = ("turnout", "turned out", "electorate")
_PCT = r"(?P<unit>\s?%|\s*per\s?cent\b)"
PATTERNS = [
    base.pattern(
        rf"\bturnout\b[^.;%]{{0,40}}?\b(?:was|of|at|stood\s+at|fell\s+to|rose\s+to|reached|is|dropped\s+to|"
        rf"down\s+to|up\s+to|just|only)\s+{base.HEDGED}{base.NUM_DIGITS}{_PCT}",
        "percent",
    ),
    base.pattern(rf"{base.NUM_DIGITS}{_PCT}\s+turnout\b", "percent"),
    base.pattern(rf"\bturnout\s*(?:of|:)?\s*{base.HEDGED}{base.NUM_DIGITS}{_PCT}", "percent"),
    # "Turnout was 35%, compared with 60.3% at the 2019 general election"
    base.pattern(
        rf"\bturnout\b{base.CLAUSE}{{0,60}}?\b(?:compared\s+(?:with|to)|against|from|than)\s+{base.HEDGED}{base.NUM_DIGITS}{_PCT}",
        "percent",
        needs=("compared", "against", "from", "than"),
    ),
    # "Only 33.5% of the electorate turned out"
    base.pattern(
        rf"{base.NUM_DIGITS}{_PCT}\s+of\s+(?:the\s+)?(?:electorate|voters|those\s+eligible)\s+"
        rf"(?:turned\s+out|voted|cast|went\s+to)",
        "percent",
        needs=("electorate", "voters", "eligible"),
    ),
    # "turnout 30,145 (37.98%)" in a results block; "down from 56.8%" after a turnout
    base.pattern(
        rf"\bturnout\s*:?\s+[\d,]+\s*\(\s*{base.NUM_DIGITS}{_PCT}\s*\)", "percent", needs=("(",)
    ),
    base.pattern(
        rf"\bturnout\b[^.;]{{0,40}}?\b(?:down|up)\s+from\s+{base.HEDGED}{base.NUM_DIGITS}{_PCT}",
        "percent",
    ),
]


def extract(text, sentences) -> list[Claim]:
    return base.claims_from_patterns(NAME, text, sentences, PATTERNS)


def _national(claim: Claim, context: ArticleContext) -> Finding:
    election = subj.general_election_for(claim, context)
    if isinstance(election, str):
        return base.unverifiable(claim, election)
    actual = derive.national_turnout(context.reference, election.id)
    if actual is None:
        return base.unverifiable(claim, "some seats' electorates are missing for that election")
    source = subj.national_source(context, election)
    return base.judged(
        claim,
        actual,
        context,
        subject=f"national turnout — {subj.election_label(election)}",
        source=source,
        official=f"turnout {actual:.1f}% across all seats",
    )


def verify(claim: Claim, context: ArticleContext) -> Finding:
    if subj.is_national(claim, context):
        return _national(claim, context)
    resolved = subj.resolve_result(claim, context)
    if isinstance(resolved, str):
        return base.unverifiable(claim, resolved)
    primary = _judge_under(claim, context, resolved)
    others = (
        _judge_under(claim, context, o) for o in subj.other_readings(claim, context, resolved)
    )
    return base.over_readings(claim, *primary, others)


def _judge_under(
    claim: Claim, context: ArticleContext, resolved: subj.ResultSubject
) -> tuple[Finding, Reading]:
    """The verdict if the figure is this contest's turnout."""
    ids = resolved.ids()
    figures = derive.turnouts(resolved.result)
    if not figures:
        finding = base.unverifiable(claim, "the official result gives no electorate or valid vote")
        return finding, base.reading_of(finding, ids, resolved.evidence)
    subject = subj.describe(context, resolved, "turnout")
    source = subj.cite(context, resolved)
    # Turnout is published both with and without spoilt ballots: either reading counts.
    findings = [
        base.judged(claim, t, context, subject=subject, source=source, official=f"turnout {t:.1f}%")
        for t in figures
    ]
    order = [Verdict.TRUE, Verdict.APPROXIMATELY_TRUE, Verdict.FALSE]
    finding = min(findings, key=lambda f: order.index(f.verdict))
    return finding, base.reading_of(finding, ids, resolved.evidence)
