"""Judging one claim with the rule of its kind: the registry names the kind's module."""

from __future__ import annotations

from factcheck.claims import Claim, Finding, Verdict


def verify_claim(claim: Claim, context) -> Finding:  # context: resolve.ArticleContext
    """Resolve and judge one claim with the rule of its kind."""
    from factcheck.kinds.registry import KINDS
    from factcheck.resolve.subjects import (
        is_correction,
        is_denied_question,
        is_interim_tally,
        is_poll_or_forecast,
        is_record_bound,
        is_record_threshold,
        joint_owners,
        region_of,
        several_owners,
        writers_own,
    )

    kind = KINDS[claim.kind]
    if is_correction(claim, context):
        return Finding(
            claim,
            Verdict.UNVERIFIABLE,
            "a figure a correction withdraws ('an earlier version of this article said'): "
            "not a claim of the article",
        )
    if is_denied_question(claim, context):
        return Finding(
            claim,
            Verdict.UNVERIFIABLE,
            "a figure a question asks about and the text answers 'No': not a claim of the article",
        )
    if is_record_bound(claim, context):
        return Finding(
            claim,
            Verdict.UNVERIFIABLE,
            "a figure of the contest a record is counted from ('the lowest since X, where "
            "...'): not checked",
        )
    if is_record_threshold(claim, context):
        return Finding(
            claim,
            Verdict.UNVERIFIABLE,
            "the bound a record is measured against ('the last time it was below 10,000 "
            "was 2001'): not a result",
        )
    if is_poll_or_forecast(claim, context):
        return Finding(
            claim,
            Verdict.UNVERIFIABLE,
            "a poll, projection, target, negated figure or another kind of contest: not a result",
        )
    if is_interim_tally(claim, context):
        return Finding(
            claim,
            Verdict.UNVERIFIABLE,
            "a tally taken while counting went on ('so far', 'N of 650 declared'): not the "
            "declared result",
        )
    if several_owners(claim, context):
        joint = joint_owners(claim, context)
        if joint and claim.kind == "votes":
            # "Labour and the Lib Dems won 25,930 votes": the sum of their counts.
            return KINDS["votes"].verify_joint(claim, context, joint)
        return Finding(
            claim,
            Verdict.UNVERIFIABLE,
            "a figure for several parties or candidates at once ('each', 'between them'): "
            "not checked",
        )
    if claim.kind in ("share", "seats", "votes", "turnout", "share_change") and (
        region := region_of(claim, context)
    ):
        return Finding(
            claim,
            Verdict.UNVERIFIABLE,
            f"a figure for an area the record does not total ('{region}'): not checked",
        )
    if writers_own(claim, context):
        return Finding(
            claim,
            Verdict.UNVERIFIABLE,
            "a figure of the writer's own side ('our', 'we'), which the text does not name: "
            "not checked",
        )
    context.__dict__["pronoun_others"] = []
    try:
        finding = kind.verify(claim, context)
        finding = _other_referents(claim, context, kind, finding)
    except LookupError as exc:
        return Finding(claim, Verdict.UNVERIFIABLE, f"missing reference data: {exc}")
    return _undated_guess(finding, context)


def _other_referents(claim: Claim, context, kind, finding: Finding) -> Finding:
    """A figure false for the person a pronoun was taken to stand for, but true for
    another it may stand for (see `resolve.anaphora`), is unverifiable: the readings
    disagree. Each other person is tried by judging the claim again with the pronoun
    taken as them."""
    others = context.__dict__.get("pronoun_others") or []
    if finding.verdict != Verdict.FALSE or not others:
        return finding
    for person in others:
        context.__dict__["pronoun_forced"] = person
        try:
            other = kind.verify(claim, context)
        finally:
            context.__dict__["pronoun_forced"] = None
        if other.verdict in (Verdict.FALSE, Verdict.UNVERIFIABLE):
            continue
        from factcheck.kinds.base import _shown

        for r in [*finding.readings, *other.readings]:
            r.chosen = False
        return Finding(
            claim,
            Verdict.UNVERIFIABLE,
            f"the text allows two readings that disagree (whom the pronoun stands for): "
            f"{finding.subject} (official {_shown(finding.actual)}, false) or "
            f"{other.subject} (official {_shown(other.actual)}, {other.verdict})",
            subject=finding.subject,
            readings=[*finding.readings, *other.readings],
        )
    return finding


def _undated_guess(finding: Finding, context) -> Finding:
    """A figure judged false against a contest the article never fixes is unverifiable.

    An undated article whose text names neither the contest nor, through its candidates,
    the one it reports leaves the checker to guess (the latest contest it implies). A
    contradiction under a guess is not a reading the text allows, so it is not `false`.
    """
    if finding.verdict != Verdict.FALSE or context.info.date is not None or context.window:
        return finding
    chosen = next((r for r in finding.readings if r.chosen), None)
    if chosen is None or any(e.role == "contest" for e in chosen.evidence):
        return finding
    if any(e.role == "contest" for r in finding.readings for e in r.evidence):
        # (Every reading the text allows, "the last election" among them, contradicts it:
        # false whichever was meant.)
        return finding
    seat = chosen.ids.get("seat")
    if seat and context.focus.get(seat) is not None:
        return finding
    contest = chosen.ids.get("contest") or ""
    if context.names_contest(contest, seat, chosen.ids.get("candidate")):
        return finding
    finding.verdict = Verdict.UNVERIFIABLE
    chosen.verdict = Verdict.UNVERIFIABLE
    finding.reason = (
        "the article is undated and does not say which contest this figure is from "
        f"(give --date or name the election); against {chosen.label or 'the latest contest'}: "
        f"{finding.reason}"
    )
    return finding
