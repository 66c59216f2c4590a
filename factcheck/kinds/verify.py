"""Judging one claim with the rule of its kind: the registry names the kind's module."""

from __future__ import annotations

from factcheck.claims import Claim, Finding, Verdict


def verify_claim(claim: Claim, context) -> Finding:  # context: resolve.ArticleContext
    """Resolve and judge one claim with the rule of its kind."""
    from factcheck.kinds.registry import KINDS
    from factcheck.resolve.subjects import is_poll_or_forecast, several_owners

    kind = KINDS[claim.kind]
    if is_poll_or_forecast(claim, context):
        return Finding(
            claim,
            Verdict.UNVERIFIABLE,
            "a poll, projection, target, negated figure or another kind of contest: not a result",
        )
    if several_owners(claim, context):
        return Finding(
            claim,
            Verdict.UNVERIFIABLE,
            "a figure for several parties or candidates at once ('each', 'between them'): "
            "not checked",
        )
    try:
        return kind.verify(claim, context)
    except LookupError as exc:
        return Finding(claim, Verdict.UNVERIFIABLE, f"missing reference data: {exc}")
