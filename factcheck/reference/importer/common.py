"""Small helpers the record builders share."""

from __future__ import annotations

import datetime as dt

from factcheck.reference.importer import sources as src

Record = dict[str, object]

GE_PARLIAMENT_OF_YEAR = {year: n for n, year in src.GE_YEARS.items()}


def ge_id(date: dt.date) -> str:
    """`ge-2015`; the two 1974 elections are `ge-1974-02` and `ge-1974-10`."""
    if date.year == 1974:
        return f"ge-1974-{date.month:02d}"
    return f"ge-{date.year}"


def ge_label(election_id: str) -> str:
    """A general election as a partial date: "1983", "1974-02"."""
    return election_id.removeprefix("ge-")


def ge_name(date: dt.date) -> str:
    if date.year == 1974:
        return f"{date:%B} 1974 general election"
    return f"{date.year} general election"


def by_election_record(date: object, seat_id: str, seat_name: str, source: object) -> Record:
    """A by-election's `elections` record: id `by-DATE-SEAT` (a month-only DATE stays so)."""
    return {
        "id": f"by-{date}-{seat_id}",
        "kind": "by-election",
        "date": str(date),
        "constituency": seat_id,
        "name": f"{seat_name} by-election",
        "source": source,
    }


def result_order(record: Record) -> tuple[str, str]:
    return (str(record["election"]), str(record["constituency"]))


def election_order(record: Record) -> tuple[str, str]:
    return (str(record["date"]), str(record["id"]))
