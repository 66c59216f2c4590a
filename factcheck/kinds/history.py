"""What the seat-history kinds share: the moment an article speaks from, and the holds."""

from __future__ import annotations

import datetime as dt

from factcheck.claims import Claim
from factcheck.reference import derive
from factcheck.reference.model import Election
from factcheck.resolve import subjects as subj
from factcheck.resolve.context import ArticleContext


def seat_and_now(
    claim: Claim, context: ArticleContext
) -> tuple[str, dt.date, Election | None] | str:
    """The seat a history claim is about and the date it speaks from, or why unknown."""
    seat = context.seat_for(claim.start)
    if seat is None:
        return "no constituency is named for this claim"
    event = context.focus.get(seat)
    if event is not None:
        return seat, event.date, event
    if context.anchor_date is not None:
        # An article soon after a contest in the seat speaks from that contest.
        recent = [
            c
            for c in derive.contests(context.reference, seat)
            if dt.timedelta(0) <= context.anchor_date - c.election.date <= dt.timedelta(days=60)
        ]
        if recent:
            return seat, recent[-1].election.date, recent[-1].election
        return seat, context.anchor_date, None
    return f"{subj.seat_label(context, seat)}: the article gives no date to measure from"


def contest_label(context: ArticleContext, contest: derive.Contest) -> str:
    e = contest.election
    where = subj.seat_label(context, contest.constituency)
    if e.kind == "general":
        return f"{where}, general election {e.date.year}" + (
            f" ({e.date:%B})" if e.date.year == 1974 else ""
        )
    return f"{where} by-election, {e.date.day} {e.date:%B %Y}"


def history_source(
    context: ArticleContext,
    seat: str,
    since: dt.date | None = None,
    until: dt.date | None = None,
) -> str:
    """Citation for a figure computed over a seat's history: the sources of the results used."""
    names: list[str] = []
    for s in derive.lineage(context.reference, seat):
        for r in context.reference.results_in(s):
            when = context.reference.elections[r.election].date
            if (since and when < since) or (until and when > until):
                continue
            ref = r.source
            if ref is not None:
                src = context.reference.sources.get(ref.source)
                label = src.cite() if src else ref.source
                if label not in names:
                    names.append(label)
    return "; ".join(names)
