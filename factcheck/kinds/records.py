"""'The first X since YEAR' and 'for N years': finding the previous time X happened.

The kind of event is read from the words of the claim (a governing party's
by-election gain, a party's win in the seat, a party's by-election gain), the
current occurrence from what the article reports, and the previous one from the
reference data. Anything else is unverifiable: we say so rather than guess.
"""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_left
from dataclasses import dataclass

from factcheck.claims import Claim
from factcheck.kinds import history
from factcheck.language import lexicon as lx
from factcheck.language.numbers import alternation
from factcheck.language.sentences import lazy_compile
from factcheck.reference import derive
from factcheck.resolve import subjects as subj
from factcheck.resolve.context import _BY_ELECTION, ArticleContext

_GOVERNING = lazy_compile(
    r"\bgovern\w*|\bparty\s+(?:in|of)\s+power\b|\bruling\s+party\b|\bparty\s+in\s+office\b", re.I
)
# "the first Conservative MP for Hartlepool", "its first non-Conservative MP", "the first
# ever Labour member": the seat having a member of a party (or of none but one).
_MEMBER_FIRST = lazy_compile(
    rf"\bfirst\s+(?:ever\s+)?(?P<non>non-)?(?P<party>[\w’'-]+(?:\s+[\w’'-]+)?)\s+"
    rf"(?:{alternation(lx.MEMBER_NOUNS)})\b",
    re.I,
)
_GAIN = lazy_compile(r"\b(?:gain\w*|won|win\w*|taken|took|take|captur\w*|snatch\w*)\b", re.I)


@dataclass(frozen=True)
class Occurrence:
    previous: dt.date
    previous_label: str
    current: dt.date
    current_label: str
    source: str
    what: str
    # How a by-election missing from the record (where its coverage is incomplete) could
    # move the previous occurrence: "later" (a missing win would be more recent), "either"
    # (a member's time ends at a loss and starts at a win, both of which may be missing).
    missing_moves: str = "later"
    # No earlier occurrence in the record: `previous` is where the record starts, and only
    # a lower bound ("for more than 100 years") can be settled.
    before_record: bool = False
    # The seat of the previous occurrence, when it is one contest.
    previous_seat: str | None = None
    # The seat whose history the event is in; None for an event in any seat (a by-election
    # gain), whose record is every seat's.
    seat: str | None = None


def by_election_source(context: ArticleContext) -> str:
    """The sources of every by-election in the reference, cited once per reference."""
    reference = context.reference
    memo = reference.__dict__.setdefault("_derived", {})
    if "by_election_source" not in memo:
        ids = []
        for e in reference.by_elections():
            if e.source and e.source.source not in ids:
                ids.append(e.source.source)
        memo["by_election_source"] = "; ".join(
            reference.sources[i].cite() if i in reference.sources else i for i in ids
        )
    return memo["by_election_source"]


def previous_occurrence(
    claim: Claim, context: ArticleContext, phrase: str, skip: int = 0
) -> Occurrence | str:
    """The previous and current occurrence of the event a claim's phrase describes.

    `skip` passes over that many earlier occurrences: "Before that, the closest case was ...".
    """
    if _GOVERNING.search(phrase) and (_BY_ELECTION.search(phrase) or context.mentions_by_election):
        return _governing_gain(claim, context, skip)
    if _MAJORITY_GOVERNMENT.search(phrase):
        return _party_majority(claim, context, skip)
    if _SEVERAL_AT_ONCE.search(phrase):
        # "the first time the party has won two by-elections on the same day since 1962":
        # an event of several contests at once, which the record's list does not settle.
        return "a record of several contests at once: not in the reference data"
    loser = _loser(claim, context)
    if loser is not None:
        return _party_win_in_seat(claim, context, loser, skip, lost=True)
    party = _first_owner(claim, context) or subj.party_near(claim, context)
    member = _MEMBER_FIRST.search(phrase)
    if member:
        return _party_member_in_seat(claim, context, member)
    if party and _BY_ELECTION.search(phrase) and _GAIN.search(phrase) and "seat" not in phrase:
        return _party_by_election_gain(claim, context, party, skip)
    if party and _GAIN.search(phrase):
        return _party_win_in_seat(claim, context, party, skip)
    return "no reference data for this kind of record"


# "the first majority Conservative government since 1992", "the first Labour overall
# majority since 2005": a party's majority in the Commons, a national record.
_MAJORITY_GOVERNMENT = lazy_compile(
    r"\bmajority\s+(?:[\w'’-]+\s+){0,2}?government\b"
    r"|\b(?:overall|outright|working|commons|parliamentary)\s+majority\b",
    re.I,
)


def _party_majority(claim: Claim, context: ArticleContext, skip: int = 0) -> Occurrence | str:
    """The general election before the one reported at which the party won more than half
    of the seats."""
    lo = claim.sentence_start
    first = context.text.lower().rfind("first", lo, claim.start)
    named = context.mentions_in(context.party_mentions, first if first >= 0 else lo, claim.start)
    party = named[0].id if named else subj.party_near(claim, context)
    if party is None:
        return "no party is named for this majority"
    current = subj.general_election_for(claim, context)
    if isinstance(current, str):
        return current
    what = f"{subj.party_label(context, party)} majority in the Commons"
    # (latest first: an election whose majority the record cannot settle stops the walk)
    earlier = [e for e in context.reference.general_elections() if e.date < current.date]
    won = []
    for e in reversed(earlier):
        totals = derive.election_totals(context.reference, e.id)
        if totals is None:
            return f"no results for the {subj.election_label(e)}"
        seats = sum(totals.seats.values())
        mine, unknown = totals.seats.get(party, 0), totals.seats.get("", 0)
        if 2 * mine > seats:
            won.append(e)
            if len(won) > skip:
                break
        elif unknown and 2 * (mine + unknown) > seats:
            return (
                f"whether the {subj.party_label(context, party)} won a majority at the "
                f"{subj.election_label(e)} is unclear: {unknown} seats' winners are not "
                "recorded by party"
            )
    if len(won) <= skip:
        return f"no earlier {what} in the reference data"
    prev = won[skip]
    return Occurrence(
        prev.date,
        subj.election_label(prev),
        current.date,
        subj.election_label(current),
        subj.national_source(context, prev),
        what,
    )


_SEVERAL_AT_ONCE = lazy_compile(
    r"\b(?:two|three|four|both|several|multiple)\s+(?:by-?elections|seats|contests)\b.{0,40}?"
    r"\b(?:same\s+(?:day|night)|one\s+night|on\s+one\s+day|at\s+once)\b"
    r"|\b(?:same\s+(?:day|night))\b",
    re.I,
)


def _first_owner(claim: Claim, context: ArticleContext) -> str | None:
    """The party whose first it is: "Labour's first by-election gain from the Conservatives"."""
    head = context.text[claim.sentence_start : claim.start]
    at = head.lower().rfind("first")
    if at < 0:
        return None
    for m in reversed(
        context.mentions_in(context.party_mentions, claim.sentence_start, claim.start)
    ):
        gap = context.text[m.end : claim.sentence_start + at]
        if m.start < claim.sentence_start + at and re.fullmatch(r"['’]s?\s+(?:[\w-]+\s+)?", gap):
            return m.id
    return None


def _focused_seats(context: ArticleContext) -> list:
    """The seat mentions of seats whose reported contest is known, in text order."""
    memo = context.__dict__
    if "_focused_seats" not in memo:
        memo["_focused_seats"] = [m for m in context.seat_mentions if m.id in context.focus]
    return memo["_focused_seats"]


def _current_by_election(claim: Claim, context: ArticleContext):
    """The by-election a record is measured from: the nearest reported one named before."""
    seat = context.seat_for(claim.start)
    if seat in context.focus:
        return context.focus[seat]
    focused = _focused_seats(context)
    i = bisect_left(context._starts(focused), claim.end)
    if i:
        return context.focus[focused[i - 1].id]
    if len(context.focus) == 1:
        return next(iter(context.focus.values()))
    return None


def _governing_changes(context: ArticleContext):
    """The reference's by-election changes by election id, and those by a governing party,
    oldest first (gathered once per reference, not walked for every record claimed)."""
    memo = context.reference.__dict__.setdefault("_derived", {})
    found = memo.get("governing_changes")
    if found is None:
        by_id: dict[str, list] = {}
        governing = []
        for c in derive.by_election_changes(context.reference):
            by_id.setdefault(c.election.id, []).append(c)
            if c.governing:
                governing.append(c)
        found = memo["governing_changes"] = (by_id, governing)
    return found


def _governing_gain(claim: Claim, context: ArticleContext, skip: int = 0) -> Occurrence | str:
    current = _current_by_election(claim, context)
    if current is None:
        return "which by-election the claim measures from is unclear"
    by_id, governing = _governing_changes(context)
    now = by_id.get(current.id)
    if not now or not now[0].governing:
        return f"the {subj.election_label(current)} was not a gain by a governing party"
    earlier = [c for c in governing if c.election.date < current.date]
    if not earlier:
        return "no earlier by-election gain by a governing party in the reference data"
    if len(earlier) <= skip:
        return "no occurrence that far back in the reference data"
    prev = earlier[-1 - skip]
    label = (
        f"{subj.election_label(prev.election)}: {subj.party_label(context, prev.winner)} gain "
        f"from {subj.party_label(context, prev.previous)}"
    )
    return Occurrence(
        prev.election.date,
        label,
        current.date,
        subj.election_label(current),
        by_election_source(context),
        "by-election gain by a governing party",
        previous_seat=prev.election.constituency,
    )


def _party_by_election_gain(
    claim: Claim, context: ArticleContext, party: str, skip: int = 0
) -> Occurrence | str:
    current = _current_by_election(claim, context)
    if current is None:
        return "which by-election the claim measures from is unclear"
    changes = [c for c in derive.by_election_changes(context.reference) if c.winner == party]
    if not any(c.election.id == current.id for c in changes):
        return (
            f"the {subj.election_label(current)} was not a {subj.party_label(context, party)} gain"
        )
    earlier = [c for c in changes if c.election.date < current.date]
    what = f"{subj.party_label(context, party)} by-election gain"
    # "Labour's first by-election gain from the Conservatives in ten years": gains from that
    # party only, when "from" it stands between "first" and the figure.
    head = context.text[claim.sentence_start : claim.start]
    first = head.lower().rfind("first")
    loser = None
    if first >= 0:
        for m in context.mentions_in(
            context.party_mentions, claim.sentence_start + first, claim.start
        ):
            if m.id != party and re.search(
                r"\bfrom\s+(?:the\s+)?$", context.text[max(0, m.start - 10) : m.start]
            ):
                loser = m.id
    if loser is not None:
        if not any(c.election.id == current.id and c.previous == loser for c in changes):
            return f"the {subj.election_label(current)} was not a gain from {loser}"
        earlier = [c for c in earlier if c.previous == loser]
        what += f" from {subj.party_label(context, loser)}"
    if not earlier:
        return f"no earlier {what} in the reference data"
    if len(earlier) <= skip:
        return "no occurrence that far back in the reference data"
    prev = earlier[-1 - skip]
    return Occurrence(
        prev.election.date,
        subj.election_label(prev.election),
        current.date,
        subj.election_label(current),
        by_election_source(context),
        what,
        previous_seat=prev.election.constituency,
    )


def _party_win_in_seat(
    claim: Claim, context: ArticleContext, party: str, skip: int = 0, lost: bool = False
) -> Occurrence | str:
    """A party's previous win in the seat before the one reported; with `lost`, its previous
    loss ("the first time the Conservatives have lost the seat since 1923")."""
    where = history.seat_and_now(claim, context)
    if isinstance(where, str):
        return where
    seat, now, _ = where
    election, why = context.election_for(seat, claim.start)
    if election is not None and why.startswith("'"):
        now = election.date  # "in 1987 the Tories won it for the first time since 1974"
    contests = [c for c in derive.contests(context.reference, seat) if c.election.date <= now]
    label = subj.party_label(context, party)

    def happened(winner: str | None) -> bool:
        return winner is not None and (winner != party if lost else winner == party)

    if not contests or not happened(contests[-1].winner):
        return f"{label} did not {'lose' if lost else 'win'} the contest the article reports"
    earlier = [i for i, c in enumerate(contests[:-1]) if happened(c.winner)]
    if not earlier:
        return f"no earlier {label} {'loss' if lost else 'win'} in the reference data"
    if len(earlier) <= skip:
        return "no occurrence that far back in the reference data"
    at = earlier[-1 - skip]
    if lost and any(c.winner is None for c in contests[at:-1]):
        return f"some results in {subj.seat_label(context, seat)} do not say who won"
    prev = contests[at]
    return Occurrence(
        prev.election.date,
        history.contest_label(context, prev),
        contests[-1].election.date,
        history.contest_label(context, contests[-1]),
        history.history_source(context, seat),
        f"{label} {'loss' if lost else 'win'} in {subj.seat_label(context, seat)}",
        previous_seat=prev.constituency,
        seat=seat,
    )


# "the first time the Conservatives have lost the seat since 1923": a party that lost.
_LOST_AFTER = lazy_compile(
    rf"\s+(?:have\s+|has\s+|had\s+)?(?:{alternation(lx.LOSS_VERBS)})\b",
    re.I,
)


_CLAUSE_BREAK_BEFORE = lazy_compile(r"[,;:–—]|\s(?:and|but|while|as)\s")


def _loser(claim: Claim, context: ArticleContext) -> str | None:
    """The party the record's own clause says lost ("the first time the Conservatives have
    lost the seat since 1923", "the Conservatives lost Colchester for the first time since
    1945"), or None (a party losing in another clause is not the record's)."""
    head = context.text[claim.sentence_start : claim.start]
    at = head.lower().rfind("first")
    if at < 0:
        return None
    # (its clause: "In 1997 the Conservatives lost Colchester for the first time since 1945")
    breaks = list(_CLAUSE_BREAK_BEFORE.finditer(head, 0, at))
    lo = claim.sentence_start + (breaks[-1].end() if breaks else 0)
    for m in context.mentions_in(context.party_mentions, lo, claim.start):
        if _LOST_AFTER.match(context.text, m.end, claim.start):
            return m.id
    return None


def _party_member_in_seat(claim: Claim, context: ArticleContext, member) -> Occurrence | str:
    """ "The first Conservative MP for the seat in 57 years": when its last one left.

    A member of the party sat until the contest that ended the party's previous spell;
    "its first non-Conservative MP" counts any other party's member.
    """
    where = history.seat_and_now(claim, context)
    if isinstance(where, str):
        return where
    seat, now, _ = where
    lo = claim.sentence_start + member.start("party")
    named = context.mentions_in(context.party_mentions, lo, claim.sentence_start + member.end())
    party = named[0].id if named else subj.party_near(claim, context)
    if party is None:
        return "no party is named"
    other = bool(member.group("non"))
    label = ("non-" if other else "") + subj.party_label(context, party)

    def fits(winner: str | None) -> bool:
        return winner is not None and (winner != party if other else winner == party)

    contests = [c for c in derive.contests(context.reference, seat) if c.election.date <= now]
    if not contests or not fits(contests[-1].winner):
        return f"the contest the article reports did not return a {label} member"
    if any(c.winner is None for c in contests[:-1]):
        return f"some results in {subj.seat_label(context, seat)} do not say who won"
    earlier = [i for i, c in enumerate(contests[:-1]) if fits(c.winner)]
    source = history.history_source(context, seat)
    what = f"{label} member for {subj.seat_label(context, seat)}"
    current_label = history.contest_label(context, contests[-1])
    if not earlier:
        return Occurrence(
            contests[0].election.date,
            f"none in the record, which starts with {history.contest_label(context, contests[0])}",
            contests[-1].election.date,
            current_label,
            source,
            what,
            missing_moves="either",
            before_record=True,
            seat=seat,
        )
    ended = contests[earlier[-1] + 1]
    return Occurrence(
        ended.election.date,
        f"the last one's time ended at {history.contest_label(context, ended)}",
        contests[-1].election.date,
        current_label,
        source,
        what,
        missing_moves="either",
        seat=seat,
    )
