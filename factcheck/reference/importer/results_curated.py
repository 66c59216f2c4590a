"""Records from the curated tables: by-elections 1945-2010, governments and leaders, and the
check of each by-election's previous party against the general election before it."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from typing import TYPE_CHECKING

from factcheck.reference.importer import curated
from factcheck.reference.importer import sources as src
from factcheck.reference.importer.common import (
    Record,
    by_election_record,
    result_order,
)
from factcheck.reference.model import PartialDate

if TYPE_CHECKING:
    from factcheck.reference.importer.build import Builder

BY_FILE = "results/by-elections-1945-2010.yaml"


def curated_by_elections(b: Builder) -> None:
    records: list[Record] = []
    seen: set[str] = set()
    for row in b.i.by_elections:
        source = {"id": src.CURATED_BY_ELECTIONS, "url": row.url}
        subject = f"{row.date or 'undated'} {row.constituency}"
        if row.date is None or row.date.day is None:
            b.report.add(
                "skipped-row",
                subject,
                f"{curated.BY_ELECTIONS} line {row.row.line}: no full date",
                "row left out (counted as a contest the record lacks)",
                "a by-election needs a date",
                (src.CURATED_BY_ELECTIONS,),
            )
            continue
        cid = b.seats.id_of(b.by_election_keys[row.row.line])
        eid = f"by-{row.date}-{cid}"
        if eid in seen:
            raise row.row.fail(f"by-election {eid} appears twice")
        seen.add(eid)
        b.elections.append(by_election_record(row.date, cid, row.constituency, source))
        b.detailed_rows[eid] = row
        what = f"{curated.BY_ELECTIONS} line {row.row.line}"
        if not row.winning_party:
            b.report.add(
                "no-result",
                subject,
                f"{what}: no winning party",
                "the election without a result",
                "the contest is known to have been held; who won it is not",
                (src.CURATED_BY_ELECTIONS,),
            )
            continue
        winner_party = b.parties.curated_party(row.winning_party, source, what)
        candidates: list[Record] = []
        if row.winner_votes is not None:
            candidates.append(
                {"name": row.winner, "party": winner_party, "votes": row.winner_votes}
            )
        if row.runner_up and row.runner_up_votes is not None:
            party = b.parties.curated_party(row.runner_up_party, source, what)
            candidates.append({"name": row.runner_up, "party": party, "votes": row.runner_up_votes})
        record: Record = {
            "election": eid,
            "constituency": cid,
            "partial": True,
            "candidates": candidates,
        }
        both = row.winner_votes is not None and row.runner_up_votes is not None
        void = both and row.runner_up_votes > row.winner_votes  # type: ignore[operator]
        if row.winner_votes is None or void:
            if row.winner:
                record["winner"] = row.winner
            record["winner_party"] = winner_party
        if void:
            b.report.add(
                "by-election-void",
                subject,
                f"runner-up {row.runner_up} ({row.runner_up_votes}) polled more than the "
                f"member seated, {row.winner} ({row.winner_votes})",
                f"winner: {row.winner} ({winner_party})",
                "the curated row names the member seated; `winner` overrides the poll order",
                (src.CURATED_BY_ELECTIONS,),
            )
        if row.majority is not None and not both:
            record["majority"] = row.majority
        elif row.majority is not None and both:
            computed = abs(row.winner_votes - row.runner_up_votes)  # type: ignore[operator]
            if computed != row.majority:
                b.report.add(
                    "majority-mismatch",
                    subject,
                    f"majority printed {row.majority}, votes give {computed}",
                    f"{computed} (derived from the votes)",
                    "a majority is derived from the votes where both are known",
                    (src.CURATED_BY_ELECTIONS,),
                )
        if row.turnout_pct is not None:
            record["turnout"] = row.turnout_pct
        record["source"] = source
        records.append(record)
    b.data.add(BY_FILE, "results", sorted(records, key=result_order))


_SOURCE_OF = {
    curated.BY_ELECTIONS: src.CURATED_BY_ELECTIONS,
    curated.BY_ELECTION_LIST: src.CURATED_BY_ELECTION_LIST,
}


def check_previous_parties(b: Builder) -> None:
    """A curated by-election's `previous_party` (in either table) against the winner of the
    general election before it in CBP-8647, where no other by-election came between and both
    are one of CBP-8647's party groups (so Ulster Unionists, counted as Conservatives before
    1974, are not compared)."""
    rows = [
        (f"{row.date} {row.constituency}", curated.BY_ELECTIONS, row.date, key, row.previous_party)
        for row in b.i.by_elections
        if row.date is not None and row.date.day is not None and row.winning_party
        for key in (b.by_election_keys[row.row.line],)
    ] + [
        (
            f"{row.date} {row.constituency}",
            curated.BY_ELECTION_LIST,
            row.date,
            key,
            row.previous_party,
        )
        for row in b.listed_rows.values()
        for key in (b.listed_keys[row.row.line],)
        if key is not None and row.previous_party
    ]
    compared = {"conservative", "labour", "liberal", "liberal-democrats", "snp", "plaid-cymru"}
    results = {
        (str(r["election"]), str(r["constituency"])): r
        for file, lists in b.data.files.items()
        if file.startswith("results/general-")
        for r in lists.get("results", [])
    }
    by_seat: dict[str, list[dt.date]] = defaultdict(list)
    for e in b.elections:
        if e["kind"] == "by-election":
            by_seat[str(e["constituency"])].append(PartialDate.parse(str(e["date"])).earliest())
    checked = 0
    for subject, file, when, key, previous_name in rows:
        previous = b.parties.lookup(previous_name)
        if previous not in compared:
            continue
        date = when.earliest()
        cid = b.seats.id_of(key)
        prior = [(d, e) for d, e in b.ge_results_by_key.get(b.seats.group(key), ()) if d < date]
        if not prior:
            continue
        ge_date, eid = max(prior)
        if any(ge_date < d < date for d in by_seat.get(cid, ())):
            continue
        result = results.get((eid, cid))
        if result is None or result.get("seats", 1) != 1 or result.get("uncontested"):
            continue
        standing = [c for c in result["candidates"] if c["party"] != "others" and "votes" in c]  # type: ignore[union-attr]
        if not standing:
            continue
        checked += 1
        top = max(standing, key=lambda c: int(c["votes"]))["party"]
        if top != previous and not (previous == "liberal" and top == "sdp-liberal-alliance"):
            b.report.add(
                "previous-party",
                subject,
                f"{file} says the seat was {previous_name}; CBP-8647 has {top} first at {eid}",
                "both as given",
                "a party-level result cannot show a defection or a personal vote; reported "
                "to be checked",
                (_SOURCE_OF[file], src.CBP8647),
            )
    b.report.counts["by-elections checked against the previous general election"] = checked


def governments_and_leaders(b: Builder) -> None:
    governments: list[Record] = []
    for g in b.i.governments:
        source = {"id": src.CURATED_GOVERNMENTS, "url": g.url}
        what = f"{curated.GOVERNMENTS} line {g.row.line}"
        record: Record = {"from": str(g.start)}
        if g.end:
            record["to"] = str(g.end)
        record["prime_minister"] = g.prime_minister
        record["parties"] = [b.parties.curated_party(p, source, what) for p in g.parties]
        record["source"] = source
        governments.append(record)
    b.data.add("governments.yaml", "governments", sorted(governments, key=lambda r: str(r["from"])))
    leaders: list[Record] = []
    for row in b.i.leaders:
        source = {"id": src.CURATED_LEADERS, "url": row.url}
        what = f"{curated.LEADERS} line {row.row.line}"
        record = {
            "party": b.parties.curated_party(row.party, source, what),
            "name": row.name,
        }
        if row.start:
            record["from"] = str(row.start)
        if row.end:
            record["to"] = str(row.end)
        record["source"] = source
        leaders.append(record)
    b.data.add(
        "leaders.yaml",
        "leaders",
        sorted(leaders, key=lambda r: (str(r["party"]), str(r.get("from", "")), str(r["name"]))),
    )
