"""Figures computed from the reference records: shares, majorities, holders, records.

Nothing here is typed in: every figure an article may quote is derived from votes,
electorates and dates, so a correction to a result corrects every figure with it.
"""

from __future__ import annotations

import datetime as dt
import json
from bisect import bisect_right
from dataclasses import dataclass

from factcheck.reference.index import Reference
from factcheck.reference.model import Candidate, Election, ElectionResult

# Bump when the meaning of a derived table changes, so old cached copies are not read.
DERIVED_FORMAT = 3
_KEEP_DERIVED = 64  # derived tables kept in the cache directory (a few per dataset)

# Seats held by these are not a party's: winning one is not a "gain from" anybody.
NON_PARTY_HOLDERS = frozenset({"speaker", "others", "independent"})


def _is_real(reference: Reference, candidate: Candidate) -> bool:
    party = reference.parties.get(candidate.party)
    return not (party and party.aggregate)


def ranked(reference: Reference, result: ElectionResult) -> list[Candidate]:
    """Named candidates (or party totals) with votes, most votes first; aggregates left out."""
    return sorted(
        (c for c in result.candidates if c.votes is not None and _is_real(reference, c)),
        key=lambda c: -(c.votes or 0),
    )


def _aggregate_votes(reference: Reference, result: ElectionResult) -> int:
    return sum(c.votes or 0 for c in result.candidates if not _is_real(reference, c))


def winners(reference: Reference, result: ElectionResult) -> list[Candidate]:
    """The winning candidate(s); empty when the data cannot tell (e.g. 'others' came top)."""
    if result.uncontested:
        return [c for c in result.candidates if _is_real(reference, c)][: result.seats]
    top = ranked(reference, result)
    if not top:
        if result.winner_party:
            return [Candidate(party=result.winner_party, votes=None, name=result.winner)]
        return []
    seats = max(result.seats, 1)
    if len(top) < seats:
        return []
    # An aggregate of other candidates could hide a candidate who beat the last winner.
    if _aggregate_votes(reference, result) >= (top[seats - 1].votes or 0):
        return []
    return top[:seats]


def winning_party(reference: Reference, result: ElectionResult) -> str | None:
    w = winners(reference, result)
    if len(w) == 1 or (w and len({c.party for c in w}) == 1):
        return w[0].party
    return None


def total_votes(reference: Reference, result: ElectionResult) -> int | None:
    if result.valid_votes:
        return result.valid_votes
    if result.partial or result.uncontested:
        return None
    votes = [c.votes for c in result.candidates]
    if not votes or any(v is None for v in votes):
        return None
    return sum(v for v in votes if v is not None)


def majority(reference: Reference, result: ElectionResult) -> int | None:
    """Winner's votes minus the runner-up's, for single-member seats."""
    if result.seats != 1 or result.uncontested:
        return None
    top = ranked(reference, result)
    if len(top) >= 2 and winners(reference, result):
        # With 'others' aggregated, the runner-up is known only if they cannot exceed it.
        if _aggregate_votes(reference, result) < (top[1].votes or 0):
            return (top[0].votes or 0) - (top[1].votes or 0)
        return None
    if len(top) < 2 and result.majority is not None:
        return result.majority
    return None


def party_votes(result: ElectionResult, party: str) -> int | None:
    votes = [c.votes for c in result.candidates if c.party == party]
    if not votes or any(v is None for v in votes):
        return None
    return sum(v for v in votes if v is not None)


def share(reference: Reference, result: ElectionResult, party: str) -> float | None:
    """A party's share of the valid vote, in percent; None when it cannot be computed."""
    total = total_votes(reference, result)
    if not total:
        return None
    votes = party_votes(result, party)
    if votes is None:
        if result.partial:
            return None
        # A party that did not stand has a share of zero only in a complete result.
        return 0.0 if any(c.party for c in result.candidates) else None
    return 100.0 * votes / total


def turnouts(result: ElectionResult) -> list[float]:
    """Turnout in percent: valid votes over electorate, and with spoilt ballots counted."""
    if result.turnout is not None:
        return [result.turnout]
    if not result.electorate or not result.valid_votes:
        return []
    found = [100.0 * result.valid_votes / result.electorate]
    if result.invalid_votes:
        found.append(100.0 * (result.valid_votes + result.invalid_votes) / result.electorate)
    return found


def baseline_result(reference: Reference, result: ElectionResult) -> ElectionResult | None:
    """The result a share change is measured from, as the Commons Library does.

    A by-election is compared with the last general election in the seat; a general
    election with the previous one, or with its notional recast on new boundaries.
    (Worked out once per result: every figure judged against a result asks it again.)
    """
    memo = reference.__dict__.setdefault("_baselines", {})
    key = (result.election, result.constituency)
    if key not in memo:
        memo[key] = _baseline_result(reference, result)
    return memo[key]


def _baseline_result(reference: Reference, result: ElectionResult) -> ElectionResult | None:
    election = reference.elections[result.election]
    earlier = [
        r
        for r in reference.results_in(result.constituency)
        if reference.elections[r.election].date < election.date
        and reference.elections[r.election].kind in ("general", "notional")
    ]
    if not earlier:
        return None
    last_date = max(reference.elections[r.election].date for r in earlier)
    same_day = [r for r in earlier if reference.elections[r.election].date == last_date]
    if election.kind == "general":
        # Notional figures exist exactly where boundaries changed; prefer them.
        notional = [r for r in same_day if reference.elections[r.election].kind == "notional"]
        if notional:
            return notional[0]
    actual = [r for r in same_day if reference.elections[r.election].kind == "general"]
    return (actual or same_day)[0]


def share_change(reference: Reference, result: ElectionResult, party: str) -> float | None:
    """Change in a party's share since the baseline result, in percentage points."""
    now = share(reference, result, party)
    base = baseline_result(reference, result)
    if now is None or base is None:
        return None
    before = share(reference, base, party)
    if before is None:
        return None
    return now - before


# --- holders over time ------------------------------------------------------


@dataclass(frozen=True)
class Contest:
    """One election in a seat's lineage, with who won it (None when unknown)."""

    election: Election
    constituency: str
    winner: str | None


def lineage(reference: Reference, constituency: str) -> list[str]:
    """The seat and its forerunners, newest first, following single-predecessor links."""
    chain = [constituency]
    seen = {constituency}
    current = reference.constituencies.get(constituency)
    while current is not None and len(current.predecessors) == 1:
        prev = current.predecessors[0]
        if prev in seen or prev not in reference.constituencies:
            break
        chain.append(prev)
        seen.add(prev)
        current = reference.constituencies[prev]
    return chain


def contests(
    reference: Reference, constituency: str, *, follow_predecessors: bool = True
) -> list[Contest]:
    """Every real contest (general and by-elections) in the seat, oldest first."""
    memo = reference.__dict__.setdefault("_contests", {})
    key = (constituency, follow_predecessors)
    if key not in memo:
        memo[key] = _contests(reference, constituency, follow_predecessors)
    return memo[key]


def _contests(reference: Reference, constituency: str, follow_predecessors: bool) -> list[Contest]:
    seats = lineage(reference, constituency) if follow_predecessors else [constituency]
    found: dict[tuple[dt.date, str], Contest] = {}
    for seat in seats:
        for r in reference.results_in(seat):
            election = reference.elections[r.election]
            if election.kind == "notional":
                continue
            key = (election.date, election.kind)
            # A date already covered by the newer seat (an overlap in the data) keeps the newer.
            found.setdefault(key, Contest(election, seat, winning_party(reference, r)))
    return sorted(found.values(), key=lambda c: c.election.date)


def holder_before(reference: Reference, constituency: str, date: dt.date) -> str | None:
    """Who held the seat going into an election on `date` (its last winner before)."""
    before = [c for c in contests(reference, constituency) if c.election.date < date]
    return before[-1].winner if before else None


@dataclass(frozen=True)
class Hold:
    """An unbroken run of wins by one party in a seat's lineage."""

    party: str
    start: Contest
    last_win: Contest
    lost_at: Contest | None  # the contest that ended the run, if any


def hold_ending_before(
    reference: Reference,
    constituency: str,
    party: str,
    until: dt.date,
    *,
    across_gaps: bool = False,
    family: tuple[str, ...] = (),
) -> Hold | None:
    """The party's run of wins that was current just before `until` (inclusive of wins on it).

    A spell when the seat did not exist breaks the run unless `across_gaps` is set: both
    "held since 1974, when the seat was re-created" and "held since 1935" are said. With a
    `family`, a win by any party in it counts (a party and its forerunners).
    """
    ours = set(family) | {party}
    history = [c for c in contests(reference, constituency) if c.election.date <= until]
    # The contest on `until` itself may be the loss that ends the run.
    settled = [c for c in history if c.election.date < until or c.winner in ours]
    if not settled or settled[-1].winner not in ours:
        return None
    last = settled[-1]
    run = next(
        r
        for r in holds(reference, constituency, party, across_gaps=across_gaps, family=family)
        if r.start.election.date <= last.election.date <= r.last_win.election.date
    )
    later = [c for c in history if c.election.date > last.election.date]
    return Hold(party, run.start, last, later[0] if later else None)


def _gap_between(reference: Reference, earlier: Contest, later: Contest) -> bool:
    """Whether general elections passed with no result in the seat (it was abolished a while).

    A seat abolished in 1955 and re-created in 1974 was not "held since 1945".
    """
    return _general_between(reference, earlier.election.date, later.election.date) and not any(
        earlier.election.date < c.election.date < later.election.date
        for c in contests(reference, later.constituency)
    )


def _general_between(reference: Reference, after: dt.date, before: dt.date) -> bool:
    """Whether a general election fell strictly between two dates (a binary search)."""
    memo = reference.__dict__.setdefault("_derived", {})
    dates = memo.get("general_dates")
    if dates is None:
        dates = memo["general_dates"] = [e.date for e in reference.general_elections()]
    i = bisect_right(dates, after)
    return i < len(dates) and dates[i] < before


def holds(
    reference: Reference,
    constituency: str,
    party: str,
    *,
    across_gaps: bool = False,
    family: tuple[str, ...] = (),
) -> list[Hold]:
    """Every unbroken run of wins by a party in the seat's lineage, oldest first (with a
    `family`, by any party in it: "the Lib Dems and the Liberals before them")."""
    ours = set(family) | {party}
    history = contests(reference, constituency)
    runs: list[Hold] = []
    i = 0
    while i < len(history):
        if history[i].winner not in ours:
            i += 1
            continue
        j = i
        while (
            j + 1 < len(history)
            and history[j + 1].winner in ours
            and (across_gaps or not _gap_between(reference, history[j], history[j + 1]))
        ):
            j += 1
        lost = history[j + 1] if j + 1 < len(history) else None
        runs.append(Hold(party, history[i], history[j], lost))
        i = j + 1
    return runs


def governing_parties(reference: Reference, date: dt.date) -> tuple[str, ...]:
    for g in reference.governments:
        if g.start <= date and (g.end is None or date < g.end):
            return g.parties
    return ()


def years_between(start: dt.date, end: dt.date) -> float:
    return (end - start).days / 365.2425


@dataclass(frozen=True)
class ByElectionGain:
    election: Election
    winner: str
    previous: str
    governing: bool


def by_election_changes(reference: Reference) -> list[ByElectionGain]:
    """By-elections where the seat changed from one party to another, oldest first.

    Computing this walks every by-election seat's history, so it is kept for the
    process and in the cache directory beside the parsed reference, keyed by its digest.
    """
    memo = reference.__dict__.setdefault("_derived", {})
    if "by_election_changes" not in memo:
        gains = _gains(reference, _load_derived(reference, "by-election-changes"))
        if gains is None:
            rows = [
                [c.election.id, c.winner, c.previous, c.governing]
                for c in _compute_by_election_changes(reference)
            ]
            _save_derived(reference, "by-election-changes", rows)
            gains = _gains(reference, rows)
        memo["by_election_changes"] = gains
    return memo["by_election_changes"]


def _gains(reference: Reference, rows: object) -> list[ByElectionGain] | None:
    """Cached rows as gains; None unless every row has the shape this code writes."""
    if not isinstance(rows, list):
        return None
    gains = []
    for row in rows:
        if not (
            isinstance(row, list)
            and len(row) == 4
            and all(isinstance(v, str) for v in row[:3])
            and isinstance(row[3], bool)
        ):
            return None
        if row[0] in reference.elections:
            gains.append(ByElectionGain(reference.elections[row[0]], row[1], row[2], row[3]))
    return gains


def _compute_by_election_changes(reference: Reference) -> list[ByElectionGain]:
    changes = []
    for election in reference.by_elections():
        if election.constituency is None:
            continue
        result = reference.result(election.id, election.constituency)
        if result is None:
            continue
        winner = winning_party(reference, result)
        previous = holder_before(reference, election.constituency, election.date)
        if not winner or not previous or winner == previous:
            continue
        if previous in NON_PARTY_HOLDERS or winner in NON_PARTY_HOLDERS:
            continue
        governing = winner in governing_parties(reference, election.date)
        changes.append(ByElectionGain(election, winner, previous, governing))
    return changes


def _derived_name(reference: Reference, name: str) -> str | None:
    if not reference.digest.startswith("sha256:"):
        return None
    return f"derived-{reference.digest[7:31]}-{name}-v{DERIVED_FORMAT}.json"


def _load_derived(reference: Reference, name: str):
    """A derived table from the user's cache, if it is theirs, intact and for this data."""
    from factcheck.reference.cache import private_dir, read_private

    file = _derived_name(reference, name)
    directory = private_dir() if file else None
    if directory is None:
        return None
    with directory:
        payload = read_private(directory, file, f"derived-{name}", reference.digest[7:])
    try:
        return json.loads(payload) if payload is not None else None
    except ValueError:
        return None


def _save_derived(reference: Reference, name: str, rows) -> None:
    from factcheck.reference.cache import private_dir, seal

    file = _derived_name(reference, name)
    directory = private_dir() if file else None
    if directory is None:
        return  # no cache of the user's own: computing again only costs time
    with directory:
        payload = json.dumps(rows).encode("utf-8")
        if directory.write(file, seal(f"derived-{name}", reference.digest[7:], payload)):
            directory.prune("derived-", (".json",), keep=file, count=_KEEP_DERIVED)


# --- national totals ----------------------------------------------------------


@dataclass
class ElectionTotals:
    """A general election summed over its seats (or one nation's): winners, votes, electorate."""

    seats: dict[str, int]  # winning party -> seats; "" for seats with no known winner
    votes: dict[str, int]  # party -> votes in contested seats
    valid: int | None  # all votes, for shares; None when a contested seat lacks its total
    voted: int | None  # valid votes where the electorate is known, for turnout
    electorate: int | None  # None when a contested seat lacks its electorate
    source: str  # the source id of the results
    # Valid and rejected ballots, for turnout counted with spoilt papers; None unless every
    # contested seat gives its rejected ballots.
    ballots: int | None = None


# Northern Ireland was made on 3 May 1921 (Government of Ireland Act 1920): at an election
# before it, a seat of Northern Ireland was one of Ireland's.
NORTHERN_IRELAND_FROM = dt.date(1921, 5, 3)


def nation_at(reference: Reference, constituency: str, date: dt.date) -> str | None:
    """The nation a seat was in at a date, from the reference's constituency record."""
    seat = reference.constituencies.get(constituency)
    nation = seat.nation if seat else None
    if nation == "northern-ireland" and date < NORTHERN_IRELAND_FROM:
        return "ireland"
    return nation


def unplaced_seats(reference: Reference, election: str) -> list[str]:
    """The seats of an election whose nation the reference does not give."""
    memo = reference.__dict__.setdefault("_derived", {})
    key = f"unplaced-{election}"
    if key not in memo:
        e = reference.elections.get(election)
        memo[key] = (
            [
                r.constituency
                for r in reference.results.for_election(election)
                if nation_at(reference, r.constituency, e.date) is None
            ]
            if e
            else []
        )
    return memo[key]


def election_totals(
    reference: Reference, election: str, nation: str | None = None
) -> ElectionTotals | None:
    """National totals for an election (or one nation's, over its seats), cached beside the
    reference like other derived tables. None when a seat of the election has no nation.

    Summing 650 results costs more than the rest of a check, so it is done once per dataset.
    """
    memo = reference.__dict__.setdefault("_derived", {})
    key = f"totals-{election}" + (f"-{nation}" if nation else "")
    if key not in memo:
        totals = _totals(_load_derived(reference, key))
        if totals is None:
            row = _compute_totals(reference, election, nation)
            _save_derived(reference, key, row)
            totals = _totals(row) if row else None
        memo[key] = totals
    return memo[key]


_TOTAL_KEYS = {"seats", "votes", "valid", "voted", "electorate", "source", "ballots"}


def _totals(row: object) -> ElectionTotals | None:
    """Cached totals; None unless the row has the shape this code writes."""
    counts = (int, type(None))
    if not (
        isinstance(row, dict)
        and row.keys() == _TOTAL_KEYS
        and all(
            isinstance(row[k], dict)
            and all(isinstance(p, str) and type(n) is int for p, n in row[k].items())
            for k in ("seats", "votes")
        )
        and all(type(row[k]) in counts for k in ("valid", "voted", "electorate", "ballots"))
        and isinstance(row["source"], str)
    ):
        return None
    return ElectionTotals(**row)


def _compute_totals(reference: Reference, election: str, nation: str | None = None) -> dict | None:
    results = reference.results.for_election(election)
    if nation is not None:
        if unplaced_seats(reference, election):
            return None
        date = reference.elections[election].date
        results = [r for r in results if nation_at(reference, r.constituency, date) == nation]
    if not results:
        return None
    seats: dict[str, int] = {}
    votes: dict[str, int] = {}
    for r in results:
        w = winning_party(reference, r) or ""
        seats[w] = seats.get(w, 0) + 1
        if not r.uncontested:
            for c in r.candidates:
                votes[c.party] = votes.get(c.party, 0) + (c.votes or 0)
    contested = [r for r in results if not r.uncontested]
    totals = [total_votes(reference, r) for r in contested]
    known_turnout = all(r.electorate and r.valid_votes for r in contested)
    voted = sum(r.valid_votes or 0 for r in contested) if known_turnout else None
    spoilt = all(r.invalid_votes is not None for r in contested)
    return {
        "seats": seats,
        "votes": votes,
        "valid": None if any(t is None for t in totals) else sum(t or 0 for t in totals),
        "voted": voted,
        "electorate": sum(r.electorate or 0 for r in contested) if known_turnout else None,
        "source": results[0].source.source if results[0].source else "",
        "ballots": (
            voted + sum(r.invalid_votes or 0 for r in contested)
            if voted is not None and spoilt
            else None
        ),
    }


def national_turnout(reference: Reference, election: str) -> float | None:
    """Valid votes over electorate across every seat of a general election, in percent."""
    t = election_totals(reference, election)
    if t is None or not t.electorate or not t.voted:
        return None
    return 100.0 * t.voted / t.electorate


def area_turnouts(reference: Reference, election: str, nation: str | None = None) -> list[float]:
    """Turnout over every seat of a general election, or a nation's: valid votes over the
    electorate, and with rejected ballots where every seat gives them (as `turnouts`)."""
    t = election_totals(reference, election, nation)
    if t is None or not t.electorate or not t.voted:
        return []
    found = [100.0 * t.voted / t.electorate]
    if t.ballots and t.ballots != t.voted:
        found.append(100.0 * t.ballots / t.electorate)
    return found


def unattributed_votes(reference: Reference, election: str, nation: str | None = None) -> int:
    """The votes the record files as "others" in seats whose winner it does not record by
    party (in 1951, Labour winners among them), outside Northern Ireland (whose parties
    stand nowhere else): a party's total over the area may hold some of them."""
    memo = reference.__dict__.setdefault("_derived", {})
    key = f"unattributed-{election}-{nation}"
    if key not in memo:
        date = reference.elections[election].date
        memo[key] = sum(
            c.votes or 0
            for r in reference.results.for_election(election)
            if not r.uncontested
            and winning_party(reference, r) is None
            and (where := nation_at(reference, r.constituency, date)) != "northern-ireland"
            and (nation is None or where == nation)
            for c in r.candidates
            if c.party == "others"
        )
    return memo[key]


def national_share(
    reference: Reference, election: str, party: str, nation: str | None = None
) -> float | None:
    """A party's share of all valid votes at a general election (or in a nation), in percent."""
    t = election_totals(reference, election, nation)
    if t is None or not t.valid:
        return None
    return 100.0 * t.votes.get(party, 0) / t.valid
