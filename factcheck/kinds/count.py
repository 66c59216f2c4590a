"""count: "Labour won the seat twice under his leadership", "has won it three times"."""

from __future__ import annotations

import datetime as dt
import re

from factcheck.claims import Claim, Finding, Qualifier, Quantity
from factcheck.kinds import history
from factcheck.kinds.base import CLAUSE, YEAR, is_ratio, judged, sentences_holding, unverifiable
from factcheck.kinds.examples import Example
from factcheck.language.quantities import words_value
from factcheck.language.sentences import Sentence, lazy_compile
from factcheck.reference import coverage, derive
from factcheck.reference.derive import Contest
from factcheck.resolve import subjects as subj
from factcheck.resolve.context import ArticleContext

NAME = "count"
CODE = "FC113"
SUMMARY = "a count of seats, contests, candidates or elections"
# What `factcheck rule` prints: the sorts of figure read (their verdict bands are in
# judge/semantics.py), the rule, and examples tests/kinds/test_examples.py checks.
FIGURES = ("count",)
RULE = (
    "How many times the party won the seat in the span the words give ('under Jeremy Corbyn's "
    "leadership', 'since 2010'), counted from the record, with leaders' terms from the "
    "reference data. A candidate's own count of wins is unverifiable (winners are named only "
    "from 2010); a higher count that by-election wins missing where the coverage is incomplete "
    "could explain is unverifiable."
)
EXAMPLES = (
    Example(
        (
            "The Conservatives won the Hartlepool by-election. Labour won the seat twice under "
            "Jeremy Corbyn's leadership."
        ),
        "twice",
        "true",
        official="2",
        date="2021-05-07",
    ),
    Example(
        (
            "The Conservatives won the Hartlepool by-election. Labour won the seat three times "
            "under Jeremy Corbyn's leadership."
        ),
        "three times",
        "false",
        official="2",
        date="2021-05-07",
    ),
)
PRECEDENCE = 90
# Words one of which must be in the text for this kind to match.
TRIGGERS = ("once", "twice", "thrice", "times")
_TIMES = (
    r"(?P<n>once|twice|thrice|"
    r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+times)"
)
_PATTERN = lazy_compile(  # small enough to compile at import
    rf"\b(?P<verb>won|wins?|winning|held|retained|kept|taken|took|gained)\b\s+(?:(?:the\s+|this\s+|that\s+)?"
    rf"(?:seat|constituency)|it|[A-Z][\w'’-]+(?:\s+(?:and|[A-Z][\w'’-]+)){{0,3}})\s+{_TIMES}"
    rf"(?P<rest>{CLAUSE}{{0,60}})",
    re.I,
)


def _value(word: str) -> float | None:
    w = word.lower().split()[0]
    fixed = {"once": 1, "twice": 2, "thrice": 3}
    if w in fixed:
        return fixed[w]
    return float(w) if w.isdigit() else words_value(w)


def extract(text: str, sentences: list[Sentence]) -> list[Claim]:
    claims = []
    # (only the sentences holding a word the pattern needs)
    for s in sentences_holding(_PATTERN, text, sentences):
        for m in _PATTERN.finditer(text, s.start, s.end):
            value = _value(m.group("n"))
            if value is None or is_ratio(text, m.start("n"), m.end("n")):
                # ("won by four times that": a multiple of another figure)
                continue
            q = Quantity(
                value=value, as_written=m.group("n"), unit="count", qualifier=Qualifier.EXACT
            )
            claims.append(
                Claim(
                    NAME,
                    q,
                    m.start("n"),
                    m.end("n"),
                    m.group("n"),
                    s.start,
                    s.end,
                    {"rest": m.group("rest"), "verb": m.group("verb")},
                )
            )
    return claims


def _winner_names(context: ArticleContext, seat: str) -> list[tuple[Contest, str]]:
    """Each of the seat's own contests with its winner's name ("" where the record names
    none: before 2010, names are not recorded)."""
    named = []
    for c in derive.contests(context.reference, seat, follow_predecessors=False):
        result = context.reference.result(c.election.id, c.constituency)
        top = derive.ranked(context.reference, result) if result else []
        named.append((c, top[0].name if top and top[0].name else ""))
    return named


def _named_wins(context: ArticleContext, seat: str, name: str):
    """The contests of the seat a named person won, with all its contests, when the record
    names the winner of every one of them (a seat created since names were recorded);
    else None."""
    named = _winner_names(context, seat)
    if not named or not all(winner for _, winner in named):
        return None
    return [c for c, winner in named if winner == name], [c for c, _ in named]


_YEAR = lazy_compile(rf"\b{YEAR}\b")


def _recorded_wins(context: ArticleContext, seat: str, name: str, now):
    """The seat's contests up to `now` the record names `name` winning, and whether that is
    all of them (the person first stood after the record began naming candidates); None
    when the record names no win of theirs."""
    named = [(c, winner) for c, winner in _winner_names(context, seat) if c.election.date <= now]
    wins = [c for c, winner in named if winner == name]
    if not wins:
        return None
    stood = {e for e, where in context.people[name].candidacies if where == seat}
    first = next((i for i, (c, _) in enumerate(named) if c.election.id in stood), None)
    complete = first is not None and first > 0 and bool(named[first - 1][1])
    return wins, complete


# "held it twice more", "won it three times again": wins after one the sentence names.
_FURTHER = lazy_compile(r"\s+(?:more|again|further)\b", re.I)


# "Labour held Hove on twice": holds after a first win, which the count of wins is not.
_HELD_ON_BEFORE = lazy_compile(r"\bheld\s+(?:[\w'’-]+\s+){0,2}?on\s+$", re.I)


def verify(claim: Claim, context: ArticleContext) -> Finding:
    if _FURTHER.match(context.text, claim.end, claim.sentence_end):
        return unverifiable(
            claim, "a count of further wins after the one the text names, not of every win"
        )
    if _HELD_ON_BEFORE.search(
        context.text, max(claim.sentence_start, claim.start - 40), claim.start
    ):
        return unverifiable(claim, "a count of holds after a first win, not of every win")
    where = history.seat_and_now(claim, context)
    if isinstance(where, str):
        return unverifiable(claim, where)
    seat, now, _ = where
    person = subj.person_subject(claim, context)
    if person is not None and person.cue in context.people:
        own = _named_wins(context, seat, person.cue)
        if own is not None:
            # "Douglas Carswell won it three times" in a seat created in 2010: every winner
            # of the seat is named in the record, so the count is complete.
            wins, contests = own
            return judged(
                claim,
                len(wins),
                context,
                subject=f"{person.cue}'s wins in {subj.seat_label(context, seat)}",
                source=history.history_source(
                    context, seat, contests[0].election.date, contests[-1].election.date
                ),
                official=f"{person.cue} won {len(wins)} of the seat's {len(contests)} contests: "
                + ", ".join(history.contest_label(context, c) for c in wins),
            )
    if (
        person is not None
        and person.cue in context.people
        and not _YEAR.search(claim.cues.get("rest", ""))
    ):
        recorded = _recorded_wins(context, seat, person.cue, now)
        # ("who had won the seat twice before" may not count the contest reported: the wins
        # before it are a reading too, and the nearer count is judged)
        before = [c for c in recorded[0] if c.election.date < now] if recorded else []
        if (
            recorded
            and before
            and abs(len(before) - claim.quantity.value)
            < abs(len(recorded[0]) - claim.quantity.value)
        ):
            recorded = (before, recorded[1])
        if recorded is not None and (recorded[1] or len(recorded[0]) > claim.quantity.value):
            # "Greg Clark, who won the seat twice": the record names him winning it four
            # times from 2010, so twice is too few whatever came before; and a member who
            # first stood after the record began naming candidates has every win named.
            # (Years listed after the count, "twice, in 2017 and 2019", may be a subset.)
            wins, complete = recorded
            return judged(
                claim,
                len(wins),
                context,
                subject=f"{person.cue}'s wins in {subj.seat_label(context, seat)}",
                source=history.history_source(context, seat),
                official=f"{person.cue} won {'' if complete else 'at least '}{len(wins)}: "
                + ", ".join(history.contest_label(context, c) for c in wins),
            )
    if person is not None:
        # "The former leader ... winning the seat 10 times": a candidate's own wins, and
        # the record names candidates only from 2010.
        return unverifiable(
            claim,
            f"a count of a candidate's own wins ('{person.cue}'): the record names candidates "
            f"only from {history.names_from(context)}",
        )
    party = subj.party_near(claim, context)
    if party is None:
        return unverifiable(claim, "no party is named")
    lo, hi, period = None, now, ""
    rest = claim.cues.get("rest", "")
    if re.search(r"\bunder\s+(?:his|her|their|the)\s+(?:leadership|watch)|\bunder\s+[A-Z]", rest):
        leader = _leader_named(claim, context, party)
        if leader is None:
            return unverifiable(claim, "whose leadership is meant is unclear")
        name, (lo, end) = leader
        hi = min(hi, end)
        period = f" under {name} ({lo:%B %Y} to {end:%B %Y})"
    contests = [
        c
        for c in derive.contests(context.reference, seat, follow_predecessors=False)
        if c.election.date <= hi and (lo is None or c.election.date >= lo)
    ]
    if lo is None and contests and any(c.winner is None for c in contests):
        return unverifiable(claim, "some results in this seat do not say who won")
    general = [c for c in contests if c.election.kind == "general" and c.winner == party]
    wins = [c for c in contests if c.winner == party]
    # "Won the seat N times" may count by-elections or not: either reading is true. Where
    # the coverage says by-elections may be missing, a higher count is not disproved.
    if claim.quantity.value == len(general) and len(general) != len(wins):
        wins = general
    gap = (
        coverage.gap_reason(
            context.reference,
            contests[0].election.date,
            hi + dt.timedelta(days=1),
            seat,
        )
        if contests and claim.quantity.value > len(wins)
        else None
    )
    if gap:
        return unverifiable(claim, f"by-election wins may be missing: {gap}")
    label = subj.party_label(context, party)
    listed = ", ".join(str(c.election.date.year) for c in wins) or "none"
    return judged(
        claim,
        len(wins),
        context,
        subject=f"{label} general-election wins in {subj.seat_label(context, seat)}{period}",
        source=history.history_source(context, seat),
        official=f"{len(wins)} ({listed})",
        shown=len(wins),
    )


def _leader_named(claim: Claim, context: ArticleContext, party: str):
    """The leader meant: named after "under" in the clause, else the last one named before."""
    rest_end = claim.end + len(claim.cues.get("rest", ""))
    named = context.mentions_in(context.person_mentions, claim.end, rest_end)
    earlier = context.mentions_in(context.person_mentions, 0, claim.start)
    for m in named or list(reversed(earlier)):
        person = context.people.get(m.id)
        if not person or not person.leader_terms:
            continue
        for leader in context.reference.leaders:
            if leader.party == party and re.sub(r"\s*\(.*?\)", "", leader.name) == person.name:
                start = leader.start.earliest() if leader.start else None
                end = leader.end.latest() if leader.end else context.anchor_date
                if start and end:
                    return person.name, (start, end)
    return None
