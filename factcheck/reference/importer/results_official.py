"""Results from the official files: CBP-8647 (1918-2005), psephology (general elections
2010-2024, notional results, by-elections 2011-2026), and the check of one against the other."""

from __future__ import annotations

from collections import defaultdict
from typing import TYPE_CHECKING

from factcheck.reference.importer import cbp8647, psephology
from factcheck.reference.importer import sources as src
from factcheck.reference.importer.common import (
    GE_PARLIAMENT_OF_YEAR,
    Record,
    ge_label,
    result_order,
)
from factcheck.reference.importer.names import seat_key

if TYPE_CHECKING:
    from factcheck.reference.importer.build import Builder

BY_FILE = "results/by-elections-2011-2026.yaml"


def cbp_results(b: Builder) -> None:
    rows = [r for r in b.i.cbp if r.year < 2010]
    by_file: dict[str, list[Record]] = defaultdict(list)
    for r, key in zip(rows, b.cbp_keys, strict=True):
        eid = cbp8647.election_id(r.election)
        record: Record = {"election": eid, "constituency": b.seats.id_of(key)}
        if r.seats > 1:
            record["seats"] = r.seats
        if r.electorate is not None:
            record["electorate"] = r.electorate
        if r.total is not None:
            record["valid_votes"] = r.total
        if r.uncontested:
            record["uncontested"] = True
        candidates: list[Record] = [
            {"party": cbp8647.party_for(g, r)} for g in cbp8647.GROUPS if g in r.unopposed
        ]
        votes = [(n, cbp8647.party_for(g, r)) for g, n in r.votes.items() if n > 0]
        candidates += [
            {"party": p, "votes": n} for n, p in sorted(votes, key=lambda v: (-v[0], v[1]))
        ]
        record["candidates"] = candidates
        record["source"] = src.CBP8647
        if r.uncontested and not candidates:
            b.report.add(
                "uncontested-party-unknown",
                f"{eid} {r.name}",
                "total_votes is -1 but no party column is marked",
                "uncontested: true, no candidates",
                "the file does not say which party was returned",
                (src.CBP8647,),
            )
        summed = sum(n for n, _ in votes)
        cast = max(r.total or 0, summed)
        if r.electorate is not None and cast > r.electorate * r.seats:
            # The loader refuses a result with more votes than electors (a turnout over
            # 100%); the counts add up, so the electorate is the misprint.
            del record["electorate"]
            b.report.add(
                "electorate-below-votes",
                f"{eid} {r.name}",
                f"electorate {r.electorate}, {cast} votes"
                + (f" ({r.seats}-member seat)" if r.seats > 1 else ""),
                "electorate left out",
                "more votes than electors: the electorate cannot be right",
                (src.CBP8647,),
            )
        if r.total is not None and votes and summed != r.total:
            b.report.add(
                "cbp-total-mismatch",
                f"{eid} {r.name}",
                f"total_votes {r.total}, party columns sum to {summed}"
                + (f" ({r.seats}-member seat)" if r.seats > 1 else ""),
                "both as given (valid_votes = total_votes)",
                "the dataset keeps what the source states",
                (src.CBP8647,),
            )
        by_file[f"results/general-{ge_label(eid)}.yaml"].append(record)
    for file, records in by_file.items():
        b.data.add(file, "results", sorted(records, key=result_order))


def psephology_results(b: Builder) -> None:
    cbp_by_code = {(r.year, r.code): r for r in b.i.cbp if r.year >= 2010}
    compared = 0
    for n, seats in b.i.ge_seats.items():
        eid = f"ge-{src.GE_YEARS[n]}"
        records: list[Record] = []
        for ons in sorted(seats):
            seat = seats[ons]
            record = _seat_record(b, eid, seat, src.ge(n))
            records.append(record)
            cbp_row = cbp_by_code.get((src.GE_YEARS[n], ons))
            if cbp_row is not None:
                _cross_check_cbp(b, eid, seat, cbp_row)
                compared += 1
            elif src.GE_YEARS[n] <= 2019:
                b.report.add(
                    "cbp-missing-seat",
                    f"{eid} {seat.name}",
                    f"ONS {ons} is in psephology but not in CBP-8647",
                    "psephology",
                    "psephology is the source for 2010-2024",
                    (src.ge(n), src.CBP8647),
                )
        b.data.add(
            f"results/general-{src.GE_YEARS[n]}.yaml",
            "results",
            sorted(records, key=result_order),
        )
    b.report.counts["2010-2019 seats checked against CBP-8647"] = compared


def _seat_record(b: Builder, eid: str, seat: psephology.SeatResult, source: str) -> Record:
    record: Record = {"election": eid, "constituency": b.seats.id_of(seat_key(seat.name))}
    for k, v in (
        ("electorate", seat.electorate),
        ("valid_votes", seat.valid_votes),
        ("invalid_votes", seat.invalid_votes),
    ):
        if v is not None:
            record[k] = v
    candidates = sorted(
        (
            {
                "name": c.name,
                "party": _candidate_party(b, eid, seat, c),
                "votes": c.votes,
                **({"gender": c.gender} if c.gender else {}),
            }
            for c in seat.candidates
        ),
        key=lambda c: (-int(c["votes"]), str(c["name"])),
    )
    record["candidates"] = candidates
    record["source"] = source
    summed = sum(int(c["votes"]) for c in candidates)
    if seat.valid_votes is not None and summed != seat.valid_votes:
        b.report.add(
            "valid-votes-mismatch",
            f"{eid} {seat.name}",
            f"valid votes {seat.valid_votes}, candidates sum to {summed}",
            "both as given",
            "the dataset keeps what the source states",
            (source,),
        )
    return record


def _candidate_party(
    b: Builder, eid: str, seat: psephology.SeatResult, c: psephology.Candidacy
) -> str:
    """The candidate's party; in 2010 the Ulster Conservatives and Unionists (UCUNF), filed as
    Independent, are told by their votes, which the constituency file counts as UUP."""
    party = b.parties.mnis_party(c.mnis_party_id, c.ec_party_id)
    if (
        eid == "ge-2010"
        and seat.country == "Northern Ireland"
        and party == "independent"
        and c.votes == seat.party_columns.get("UUP")
    ):
        b.report.add(
            "party-relabelled",
            f"{eid} {seat.name} {c.name}",
            f"candidacies.csv: Independent; constituencies.csv counts the {c.votes} votes as UUP",
            "ucunf",
            "the joint Conservative-UUP candidates of 2010 (raw/SOURCES.md)",
            (src.ge(55), src.ge_constituencies(55)),
        )
        return "ucunf"
    return party


def _cross_check_cbp(
    b: Builder, eid: str, seat: psephology.SeatResult, row: cbp8647.CbpRow
) -> None:
    """CBP-8647's party totals for 2010-2019 against the psephology candidate sums."""
    groups = {"4": "con", "15": "lab", "17": "lib", "29": "natSW", "22": "natSW"}
    sums = dict.fromkeys(cbp8647.GROUPS, 0)
    for c in seat.candidates:
        sums[groups.get(c.mnis_party_id, "oth")] += c.votes
    compare = [] if seat.country == "Northern Ireland" else list(cbp8647.GROUPS)
    found = [(g, row.votes.get(g, 0), sums[g]) for g in compare if row.votes.get(g, 0) != sums[g]]
    total = sum(sums.values())
    if row.total != total:
        found.append(("total_votes", row.total or 0, total))
    for group, cbp_value, psephology_value in found:
        b.report.add(
            "cbp-psephology-mismatch",
            f"{eid} {seat.name} {group}",
            f"CBP-8647 {cbp_value}, psephology candidates sum to {psephology_value}",
            str(psephology_value),
            "psephology (candidate level, corrected 2019 file) is the source for 2010-2019",
            (src.CBP8647, src.ge(GE_PARLIAMENT_OF_YEAR[int(eid[3:7])])),
        )


def notional_results(b: Builder) -> None:
    for eid, notional, sid in (
        ("notional-2005-on-2010", b.i.notional_2005, src.NOTIONAL_2005),
        ("notional-2019-on-2024", b.i.notional_2019, src.NOTIONAL_2019),
    ):
        records: list[Record] = []
        for ons in sorted(notional):
            seat = notional[ons]
            record: Record = {
                "election": eid,
                "constituency": b.seats.id_of(seat_key(seat.name)),
            }
            if seat.electorate is not None:
                record["electorate"] = seat.electorate
            if seat.valid_votes is not None:
                record["valid_votes"] = seat.valid_votes
            parties = [(p.votes, _notional_party(b, p)) for p in seat.parties if p.votes > 0]
            record["candidates"] = [
                {"party": pid, "votes": v}
                for v, pid in sorted(parties, key=lambda x: (-x[0], x[1]))
            ]
            record["source"] = sid
            records.append(record)
            summed = sum(v for v, _ in parties)
            if seat.valid_votes is not None and summed != seat.valid_votes:
                b.report.add(
                    "valid-votes-mismatch",
                    f"{eid} {seat.name}",
                    f"valid votes {seat.valid_votes}, party rows sum to {summed}",
                    "both as given",
                    "the dataset keeps what the source states",
                    (sid,),
                )
        b.data.add(f"results/{eid}.yaml", "results", sorted(records, key=result_order))
    b.report.counts["notional-2019 aggregate rows left out"] = b.i.notional_2019_aggregates


def _notional_party(b: Builder, p: psephology.NotionalParty) -> str:
    if p.mnis_party_id:
        return b.parties.mnis_party(p.mnis_party_id)
    if "speaker" in p.party_name.lower() or "speaker" in p.code.lower():
        return "speaker"
    return "others"


def psephology_by_elections(b: Builder) -> None:
    records: list[Record] = []
    for n, results in b.i.by_seats.items():
        for seat in results:
            assert seat.date is not None
            cid = b.seats.id_of(seat_key(seat.name))
            eid = f"by-{seat.date.isoformat()}-{cid}"
            b.elections.append(
                {
                    "id": eid,
                    "kind": "by-election",
                    "date": seat.date.isoformat(),
                    "constituency": cid,
                    "name": f"{seat.name} by-election",
                    "source": src.by_constituencies(n),
                }
            )
            records.append(_seat_record(b, eid, seat, src.by(n)))
    b.data.add(BY_FILE, "results", sorted(records, key=result_order))
