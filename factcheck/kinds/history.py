"""What the seat-history kinds share: the moment an article speaks from, and the holds."""

from __future__ import annotations

import datetime as dt
import re

from factcheck.claims import Claim
from factcheck.language import lexicon as lx
from factcheck.language.scan import last_tokens_start
from factcheck.language.sentences import lazy_compile
from factcheck.reference import coverage, derive
from factcheck.reference.model import Election
from factcheck.resolve import subjects as subj
from factcheck.resolve.context import ArticleContext, one_slip_apart


def seat_and_now(
    claim: Claim, context: ArticleContext
) -> tuple[str, dt.date, Election | None] | str:
    """The seat a history claim is about and the date it speaks from, or why unknown."""
    seat = context.seat_for(claim.start)
    if seat is None:
        return "no constituency is named for this claim"
    # (the contest reported, or the one a piece looks back at: "Putney, held by the
    # Conservatives since 1979, fell to Labour" twenty years ago tonight)
    event = context.focus.get(seat) or context.looked_back(seat)
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


def lineage_of(party: str) -> tuple[str, ...]:
    """The party's line of succession (lexicon.PARTY_LINEAGES), or () when it has none."""
    return next((line for line in lx.PARTY_LINEAGES if party in line), ())


def names_forerunner(claim: Claim, context: ArticleContext, party: str) -> bool:
    """Whether the claim's sentence names another party of the line ("The Lib Dems and the
    Liberals before them", "four decades of Liberal representation" said of the Lib Dems)."""
    line = lineage_of(party)
    return any(
        m.id in line and m.id != party
        for m in context.mentions_in(
            context.party_mentions, claim.sentence_start, claim.sentence_end
        )
    )


def unnamed_before(context: ArticleContext, seat: str, party: str, hold) -> derive.Contest | None:
    """The contest just before a hold's first recorded win, when the record neither says
    who won it nor gives the party's own vote there (Northern Ireland before 2010, where
    results are party-less): the hold may have begun earlier than the record shows. (A
    winner stored without a party beside the party's own losing vote, "Bishop Auckland
    1931", settles that the party did not win.)"""
    before = [
        c
        for c in derive.contests(context.reference, seat)
        if c.election.date < hold.start.election.date
    ]
    if not before or before[-1].winner is not None:
        return None
    result = context.result_for(before[-1].constituency, before[-1].election)
    if result is not None and any(c.party == party for c in result.candidates):
        return None
    return before[-1]


def contest_label(context: ArticleContext, contest: derive.Contest) -> str:
    e = contest.election
    where = subj.seat_label(context, contest.constituency)
    if e.kind == "general":
        return f"{where}, general election {e.date.year}" + (
            f" ({e.date:%B})" if e.date.year == 1974 else ""
        )
    return f"{where} by-election, {e.when()}"


def by_election_gap(
    context: ArticleContext,
    seat: str | None,
    year: int,
    after: dt.date = dt.date.min,
    before: dt.date = dt.date.max,
    years: int = 1,
) -> str | None:
    """Why a by-election in the claimed year (or `years` from it), between two contests of
    the seat's history, may be missing from the record; None when the coverage says the
    record holds every one there, with its winner."""
    lo, hi = coverage.clip(coverage.year_span(year, years), after, before)
    return coverage.gap_reason(context.reference, lo, hi, seat)


def names_from(context: ArticleContext) -> str:
    """The year from which the record names every candidate (its coverage says), as text."""
    year = coverage.names_from(context.reference)
    return str(year) if year is not None else "a year the reference does not state"


def claim_years(claim: Claim) -> int:
    """How many years a claimed year stands for: ten for "the 1930s"."""
    return 10 if claim.quantity.unit == "decade" else 1


def history_source(
    context: ArticleContext,
    seat: str,
    since: dt.date | None = None,
    until: dt.date | None = None,
) -> str:
    """Citation for a figure computed over a seat's history: the sources of the results used."""
    # (kept per reference: the seat's history is walked once, not for each figure cited)
    memo = context.reference.__dict__.setdefault("_history_sources", {})
    key = (seat, since, until)
    found = memo.get(key)
    if found is None:
        found = memo[key] = _history_source(context, seat, since, until)
    return found


def _history_source(
    context: ArticleContext, seat: str, since: dt.date | None, until: dt.date | None
) -> str:
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


_PRONOUN_BEFORE_VERB = lazy_compile(
    r"\b(?:he|she)\s+(?:has|had|have|was|is)\s+(?:\w+\s+){0,2}$", re.I
)


def holder_person(claim: Claim, context: ArticleContext):
    """The member a "had held the seat since" or "represented it for" clause is about.

    The name before the hold verb in the sentence ("Helen Goodman, who had held the seat"),
    or the person "he"/"she" stands for; None when no one the record can name is found.
    """
    lead = context.text[claim.sentence_start : claim.start]
    verbs = list(re.finditer(r"\b(?:held|represented|kept|elected|been)\b", lead))
    if not verbs:
        return None
    at = claim.sentence_start + verbs[-1].start()
    after = claim.sentence_start + verbs[-1].end()
    if re.match(r"\s+by\s", context.text[after : after + 5]):
        # "Bolsover, held by Dennis Skinner since 1970": the holder after the verb
        named = context.people_in(after, claim.start)
        return named[-1] if named else None
    # (The phrase is at most four words ending at the verb: only they are searched, not
    # the whole text before it.)
    lead_at = max(0, last_tokens_start(context.text, 0, at, 4) - 1)
    if _PRONOUN_BEFORE_VERB.search(context.text[lead_at:at]):
        return subj.pronoun_person(claim, context)
    people = context.people_in(claim.sentence_start, at)
    relative = _RELATIVE_BEFORE_VERB.search(context.text, claim.sentence_start, at)
    if relative is not None and not (people and people[-1].end == relative.start()):
        # "paid tribute to his predecessor, who had represented the constituency": the
        # clause hangs on a noun, not on the name before it.
        return None
    return people[-1] if people else None


# ", who had represented", ", who has held": the relative pronoun before a hold verb.
_RELATIVE_BEFORE_VERB = lazy_compile(
    r"\s*,\s*(?:who|whose)\s+(?:had\s+|has\s+|have\s+)?(?:(?:first|long|since)\s+)?"
    r"(?:been\s+)?(?:\w+\s+){0,1}$",
    re.I,
)


def member_run(context: ArticleContext, seat: str, now: dt.date, name: str):
    """The first contest of the member's unbroken run of wins up to `now`, and whether the
    run may go back further than the record shows: to contests whose winners it does not
    name (before 2010) won by the same party, or past the first contest it holds for the
    seat (a predecessor seat it does not link). Then the start is only a floor.
    """
    contests = [c for c in derive.contests(context.reference, seat) if c.election.date <= now]
    start = None
    for i, c in enumerate(reversed(contests)):
        result = context.reference.result(c.election.id, c.constituency)
        winners = derive.winners(context.reference, result) if result else []
        names = [w.name for w in winners if w.name]
        if not names:
            # If another party won that unnamed contest, the run began where the named
            # wins start (barring a change of party); where the record does not say which
            # party won (Northern Ireland before 2010), it may go back further.
            return start, start is not None and (c.winner is None or c.winner == start.winner)
        if any(_same_person(n, name) for n in names):
            start = c
            continue
        if i == 0 and start is None:
            continue  # the contest the article reports, where the member lost
        return start, False
    return start, start is not None


def member_spells(context: ArticleContext, seat: str, now: dt.date, name: str) -> list:
    """The first contest of each unbroken run of the member's named wins up to `now`, in
    order ("Stephen Lloyd": 2010, then 2017). Runs reaching back to unnamed winners
    (before 2010) start at the first named win."""
    starts = []
    previous = False
    for c in derive.contests(context.reference, seat):
        if c.election.date > now:
            break
        result = context.reference.result(c.election.id, c.constituency)
        winners = derive.winners(context.reference, result) if result else []
        won = any(w.name and _same_person(w.name, name) for w in winners)
        if won and not previous:
            starts.append(c)
        previous = won
    return starts


def _same_person(recorded: str, named: str) -> bool:
    """ "Chris Pincher" is the record's "Christopher Pincher": the same surname and one
    first name the start of the other, or one slip apart (the record spells Bracknell's
    member "Philip Lee" in 2010 and "Phillip Lee" after)."""
    a, b = recorded.lower().split(), named.lower().split()
    if a == b:
        return True
    if not a or not b or a[-1] != b[-1] or len(b) < 2:
        return False
    x, y = a[0], b[0]
    return x.startswith(y) or y.startswith(x) or one_slip_apart(x, y) or _one_letter_more(x, y)


def _one_letter_more(a: str, b: str) -> bool:
    """Whether one name of 5+ letters is the other with one letter doubled or added
    ("phillip", "philip")."""
    short, long = sorted((a, b), key=len)
    if len(long) != len(short) + 1 or len(short) < 5:
        return False
    return any(long[:i] + long[i + 1 :] == short for i in range(len(long)))
