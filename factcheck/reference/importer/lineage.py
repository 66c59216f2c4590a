"""Constituency records: names, lifespans and predecessor/successor links.

created/abolished come from the curated lineage table first, then the official MNIS list
(1997-2024), then parlparse, then the first and last general election in the data. One id
covers every seat of a name, so a creation date later than the seat's first result (it
describes only the latest seat of that name) is passed over; a lineage date that
contradicts the results gives way to them (reported).

Predecessors and successors come from the curated lineage table and, for 2010 -> 2024,
from the official population overlaps: an old seat is a predecessor of a new one when at
least half of the old seat's population went to the new seat, or at least half of the new
seat's population came from the old one. An abolished 2010 seat with no such link is linked
to the new seat that took the largest share of it; a new 2024 seat with none, to the old
seat that gave it the largest share.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from typing import TYPE_CHECKING

from factcheck.reference.importer import sources as src
from factcheck.reference.importer.constituencies import SeatBook, SeatRecordParts
from factcheck.reference.importer.names import fold, seat_key
from factcheck.reference.importer.report import ImportReport
from factcheck.reference.model import PartialDate

if TYPE_CHECKING:
    from factcheck.reference.importer.build import Inputs

SUCCESSION_SHARE = 0.5
# The MNIS list starts with the 1997 boundaries: a start date this early may be truncated.
LIST_FIRST_START = dt.date(1997, 4, 9)

Record = dict[str, object]


def constituency_records(
    seats: SeatBook,
    inputs: Inputs,
    ge_dates: dict[str, dt.date],
    ge_results: dict[str, set[tuple[dt.date, str]]],
    report: ImportReport,
) -> list[Record]:
    merged = seats.merged()
    ids = {root: seats.id_of(root) for root in merged}
    elections = sorted((d, e) for e, d in ge_dates.items())
    preds, succs = _links(seats, inputs, merged, report)
    records: list[Record] = []
    for root in sorted(merged, key=lambda r: ids[r]):
        parts = merged[root]
        name = seats.preferred_name(parts)
        held = sorted(ge_results.get(root, ()))
        created, abolished = _lifespan(name, parts, held, elections, report)
        record: Record = {"id": ids[root], "name": name}
        aliases = _aliases(name, parts.aliases)
        if aliases:
            record["aliases"] = aliases
        if created:
            record["created"] = created
        if abolished:
            record["abolished"] = abolished
        if preds.get(root):
            record["predecessors"] = sorted(ids[r] for r in preds[root])
        if succs.get(root):
            record["successors"] = sorted(ids[r] for r in succs[root])
        if parts.codes:
            record["codes"] = sorted(parts.codes)
        nation = _nation(name, parts, report)
        if nation:
            record["nation"] = nation
        record["source"] = _source(parts, held)
        records.append(record)
    return records


# The first letter of a constituency's ONS (GSS) code names its nation: E14 England,
# W07 Wales, S14 Scotland, N05/N06 Northern Ireland.
NATION_OF_CODE = {"E": "england", "W": "wales", "S": "scotland", "N": "northern-ireland"}


def _nation(name: str, parts: SeatRecordParts, report: ImportReport) -> str | None:
    """The nation of a seat: its ONS codes' and its CBP-8647 regions', when they agree.

    A seat with none (a university seat, or one only parlparse names) has no nation; one
    whose sources name two (no seat crosses a border) is reported and left without one. A
    seat of Ireland in 1918 and of Northern Ireland later ("Antrim East", "East Antrim")
    lies in Northern Ireland: the reader counts it as Ireland's before 1921
    (`derive.nation_at`).
    """
    found = {NATION_OF_CODE[c[0]] for c in parts.codes if c[:1] in NATION_OF_CODE}
    found |= parts.nations
    if found == {"ireland", "northern-ireland"}:
        found = {"northern-ireland"}
    if len(found) > 1:
        report.add(
            "nation-conflict",
            name,
            f"the seat's codes and regions name {', '.join(sorted(found))}",
            "no nation",
            "a seat lies in one nation; which one is not settled here",
            (src.CBP8647,),
        )
        return None
    return found.pop() if found else None


def _aliases(name: str, aliases: set[str]) -> list[str]:
    seen = {fold(name)}
    out: list[str] = []
    for alias in sorted(aliases, key=lambda a: ("'S" in a, a)):
        alias = " ".join(alias.split())
        if fold(alias) not in seen:
            seen.add(fold(alias))
            out.append(alias)
    return sorted(out)


def _source(parts: SeatRecordParts, held: list[tuple[dt.date, str]]) -> object:
    if parts.lineage:
        return {"id": src.CURATED_LINEAGE, "url": parts.lineage.url}
    if parts.latest_ge_source:
        return parts.latest_ge_source[1]
    if parts.listed:
        return src.CONSTITUENCY_LIST
    if held:
        return src.CBP8647
    if parts.by_election_url:
        return {"id": src.CURATED_BY_ELECTIONS, "url": parts.by_election_url}
    if parts.parlparse or not parts.mentioned_by:
        return src.PARLPARSE
    return {"id": src.CURATED_LINEAGE, "url": parts.mentioned_by}


def _label(election_id: str) -> str:
    return election_id.removeprefix("ge-")


def _lifespan(
    name: str,
    parts: SeatRecordParts,
    held: list[tuple[dt.date, str]],
    elections: list[tuple[dt.date, str]],
    report: ImportReport,
) -> tuple[str, str]:
    first_data = held[0] if held else None
    last_data = held[-1] if held else None
    data_created = first_data if first_data and first_data != elections[0] else None
    data_abolished = None
    if last_data and last_data != elections[-1]:
        data_abolished = elections[elections.index(last_data) + 1]

    # Every source's claim, for the comparison with the lineage table.
    listed_start = min((s for s, _ in parts.listed if s), default=None)
    listed_created = listed_start if listed_start and listed_start > LIST_FIRST_START else None
    listed_ends = [e for _, e in parts.listed]
    parl_starts = [s for s, _ in parts.parlparse if s]
    parl_ends = [e for _, e in parts.parlparse]

    created: PartialDate | None = None
    abolished: PartialDate | None = None
    claims_created: list[tuple[str, PartialDate]] = []
    if listed_created:
        claims_created.append((src.CONSTITUENCY_LIST, _day(listed_created)))
    if parl_starts:
        claims_created.append((src.PARLPARSE, min(parl_starts)))
    if data_created:
        claims_created.append((src.CBP8647, PartialDate.parse(_label(data_created[1]))))
    if parts.lineage and parts.lineage.created:
        created = parts.lineage.created
        _compare(name, "created", created, claims_created, report)
    else:
        # In order of preference; a date after the first result describes only the latest
        # seat of this name (one id covers them all), so it is passed over.
        created = next(
            (c for _, c in claims_created if not first_data or c.earliest() <= first_data[0]),
            None,
        )

    if parts.lineage:
        abolished = parts.lineage.abolished
        claims: list[tuple[str, PartialDate]] = []
        if listed_ends and all(listed_ends):
            claims.append((src.CONSTITUENCY_LIST, _day(max(e for e in listed_ends if e))))
        elif parl_ends and all(parl_ends) and not parts.listed:
            claims.append((src.PARLPARSE, max(e for e in parl_ends if e)))
        if abolished:
            _compare(name, "abolished", abolished, claims, report)
    elif parts.listed:
        if all(listed_ends):
            abolished = _day(max(e for e in listed_ends if e))
    elif parts.parlparse:
        if all(parl_ends):
            abolished = max(e for e in parl_ends if e)
    elif data_abolished:
        abolished = PartialDate.parse(_label(data_abolished[1]))

    # The results themselves win over a date that contradicts them.
    if created and first_data and created.earliest() > first_data[0]:
        used = PartialDate.parse(_label(first_data[1]))
        report.add(
            "constituency-date",
            f"{name} created",
            f"{created} from the lifespan sources, but it has a result at {first_data[1]}",
            str(used),
            "a seat exists at every election it has a result for (one id covers every seat "
            "of this name)",
            (src.CBP8647,),
        )
        created = used
    if abolished and last_data and abolished.latest() < last_data[0]:
        used_abolished = PartialDate.parse(_label(data_abolished[1])) if data_abolished else None
        report.add(
            "constituency-date",
            f"{name} abolished",
            f"{abolished} from the lifespan sources, but it has a result at {last_data[1]}",
            str(used_abolished) if used_abolished else "not abolished",
            "a seat exists at every election it has a result for",
            (src.CBP8647,),
        )
        abolished = used_abolished
    return (str(created) if created else "", str(abolished) if abolished else "")


def _compare(
    name: str,
    what: str,
    lineage_value: PartialDate,
    claims: list[tuple[str, PartialDate]],
    report: ImportReport,
) -> None:
    for source_id, value in claims:
        if value.year != lineage_value.year:
            report.add(
                "lineage-date",
                f"{name} {what}",
                f"curated lineage {lineage_value}, {source_id} {value}",
                str(lineage_value),
                "the curated lineage table is read first (it records the seat as the "
                "Commons Library and Wikipedia treat it)",
                (src.CURATED_LINEAGE, source_id),
            )


def _day(date: dt.date) -> PartialDate:
    return PartialDate(date.year, date.month, date.day)


def _links(
    seats: SeatBook,
    inputs: Inputs,
    merged: dict[str, SeatRecordParts],
    report: ImportReport,
) -> tuple[dict[str, set[str]], dict[str, set[str]]]:
    preds: dict[str, set[str]] = defaultdict(set)
    succs: dict[str, set[str]] = defaultdict(set)

    def link(old: str, new: str) -> None:
        if old != new and old in merged and new in merged:
            succs[old].add(new)
            preds[new].add(old)

    for root, parts in merged.items():
        facts = parts.lineage
        if facts is None:
            continue
        for name in facts.predecessors:
            link(seats.group(seat_key(name)), root)
        for name in facts.successors:
            link(root, seats.group(seat_key(name)))

    overlaps = [
        (seats.group(seat_key(o.from_name)), seats.group(seat_key(o.to_name)), o)
        for o in inputs.overlaps
    ]
    old_roots = {a for a, _, _ in overlaps}
    new_roots = {b for _, b, _ in overlaps}
    got_successor: set[str] = set()
    got_predecessor: set[str] = set()
    for old, new, o in overlaps:
        if old != new and max(o.share_of_old, o.share_of_new) >= SUCCESSION_SHARE:
            link(old, new)
            got_successor.add(old)
            got_predecessor.add(new)
    for old in sorted(old_roots - new_roots - got_successor):
        best = max(
            ((o.share_of_old, new) for a, new, o in overlaps if a == old and new != old),
            default=None,
        )
        if best:
            link(old, best[1])
    for new in sorted(new_roots - old_roots - got_predecessor):
        best = max(
            ((o.share_of_new, old) for old, b, o in overlaps if b == new and old != new),
            default=None,
        )
        if best:
            link(best[1], new)

    overlapping = {(a, b) for a, b, _ in overlaps}
    for root, parts in sorted(merged.items()):
        facts = parts.lineage
        if facts is None or root not in old_roots:
            continue
        for name in facts.successors:
            new = seats.group(seat_key(name))
            if new in new_roots and (root, new) not in overlapping:
                report.add(
                    "lineage-link",
                    f"{facts.name} -> {name}",
                    "the curated lineage names this 2024 successor, but the official overlaps "
                    "show no shared population",
                    "link kept",
                    "the curated lineage table is read first",
                    (src.CURATED_LINEAGE, src.OVERLAPS),
                )
    return preds, succs
