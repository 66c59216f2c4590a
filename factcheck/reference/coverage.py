"""What the record covers, as the rules ask it: whether every by-election over a span is in
the record (in one seat's history, or anywhere), and if not, why, in words a verdict's
reason can carry.

The answers come from the `coverage` records (coverage.yaml, written by the importer): per
parliament, the by-elections held in the data against the total a source states. A span
no record covers is not known to be complete. A by-election the record holds without a
winner is a gap in any history that crosses it.
"""

from __future__ import annotations

import datetime as dt

from factcheck.reference import derive
from factcheck.reference.index import Reference
from factcheck.reference.model import Coverage, Election

BY_ELECTIONS = "by-elections"
NAMES = "candidate-names"


def _start(c: Coverage) -> dt.date:
    return c.start.earliest()


def _end(c: Coverage) -> dt.date:
    """The end of a span: the general election that ends a parliament (by-elections fall
    strictly before it); a span with no end runs on."""
    return c.end.earliest() if c.end is not None else dt.date.max


def _records(reference: Reference) -> tuple[list[Coverage], list[Coverage]]:
    """By-election coverage: per-parliament records and spans of several, oldest first."""
    memo = reference.__dict__.setdefault("_coverage", {})
    if "by" not in memo:
        found = sorted((c for c in reference.coverage if c.record == BY_ELECTIONS), key=_start)
        memo["by"] = (
            [c for c in found if c.parliament is not None],
            [c for c in found if c.parliament is None],
        )
    return memo["by"]


def _complete(reference: Reference, c: Coverage) -> bool:
    """A parliament is complete by its own count, or by a complete span that holds it."""
    if c.complete:
        return True
    _, spans = _records(reference)
    return any(s.complete and _start(s) <= _start(c) and _end(c) <= _end(s) for s in spans)


def _counts(c: Coverage) -> str:
    if c.known is not None and c.imported is not None:
        return f"{c.imported} of the {c.known} held are in it"
    if c.at_least is not None and c.imported is not None:
        return f"{c.imported} of at least {c.at_least} held are in it"
    if c.imported is not None:
        return f"{c.imported} are in it; how many were held is not known"
    return "how many were held is not known"


def _years(start: dt.date, end: dt.date) -> str:
    if end == dt.date.max:
        return f"since {start.year}"
    return f"from {start.year} to {end.year}"


def incomplete_reason(reference: Reference, start: dt.date, end: dt.date) -> str | None:
    """Why the record of by-elections strictly between two dates may lack some (anywhere);
    None when every parliament the span touches is complete."""
    if end <= start:
        return None
    parliaments, _ = _records(reference)
    touched = [c for c in parliaments if _start(c) < end and start < _end(c)]
    if not touched:
        return "the reference does not say how complete its record of by-elections is"
    if start < _start(touched[0]):
        return f"the reference holds no record of by-elections before {_start(touched[0]).year}"
    gaps = [c for c in touched if not _complete(reference, c)]
    if not gaps:
        return None
    if len(gaps) == 1:
        c = gaps[0]
        return (
            f"the record of by-elections {_years(_start(c), _end(c))} is incomplete ({_counts(c)})"
        )
    return f"the record of by-elections {_years(_start(gaps[0]), _end(gaps[-1]))} is incomplete"


def without_winner(
    reference: Reference, start: dt.date, end: dt.date, seat: str | None = None
) -> list[Election]:
    """By-elections strictly between two dates (in the seat's lineage, or anywhere) that the
    record holds without saying who won."""
    if end <= start:
        return []
    seats = derive.lineage(reference, seat) if seat is not None else [None]
    found = []
    for s in seats:
        for e in reference.by_elections(s):
            if not start < e.date < end or e.constituency is None:
                continue
            result = reference.result(e.id, e.constituency)
            if result is None or derive.winning_party(reference, result) is None:
                found.append(e)
    return sorted(found, key=lambda e: e.date)


def gap_reason(
    reference: Reference, start: dt.date, end: dt.date, seat: str | None = None
) -> str | None:
    """Why a by-election strictly between two dates may be missing from a history (the
    seat's, or every seat's), or None when the record has them all, with their winners.

    For one seat a held contest with no winner is named first ("the record does not say who
    won the Islington North by-election of October 1937"); then an incomplete parliament.
    """
    unknown = without_winner(reference, start, end, seat)
    if unknown and seat is not None:
        e = unknown[0]
        return f"the record does not say who won the {e.name} of {e.when()}"
    reason = incomplete_reason(reference, start, end)
    if reason is None and unknown:
        more = f" and {len(unknown) - 1} more" if len(unknown) > 1 else ""
        e = unknown[0]
        return f"the record does not say who won the {e.name} of {e.when()}{more}"
    return reason


def by_elections_complete(
    reference: Reference, start: dt.date, end: dt.date, seat: str | None = None
) -> bool:
    """Whether the record holds every by-election strictly between two dates, with its
    winner (in the seat's lineage, or anywhere)."""
    return gap_reason(reference, start, end, seat) is None


def year_span(year: int, years: int = 1) -> tuple[dt.date, dt.date]:
    """A claimed year (or decade, `years=10`) as the open span of dates it allows."""
    return dt.date(year - 1, 12, 31), dt.date(year + years, 1, 1)


def clip(span: tuple[dt.date, dt.date], lo: dt.date, hi: dt.date) -> tuple[dt.date, dt.date]:
    """The part of an open span within another (lo, hi)."""
    return max(span[0], lo), min(span[1], hi)


def by_elections_summary(reference: Reference) -> str:
    """What the record of by-elections holds, in a few words: "some from 1918, every one
    from 2005"."""
    parliaments, _ = _records(reference)
    if not parliaments:
        return "its coverage is not stated"
    complete_from = None
    for c in reversed(parliaments):
        if not _complete(reference, c):
            break
        complete_from = c
    first = _start(parliaments[0]).year
    if complete_from is None:
        return f"some from {first}, none complete"
    if complete_from is parliaments[0]:
        return f"every one from {first}"
    return f"some from {first}, every one from {_start(complete_from).year}"


def incomplete_before(reference: Reference, end: dt.date) -> str | None:
    """Why the record of by-elections from its start up to a date may lack some."""
    parliaments, _ = _records(reference)
    if not parliaments:
        return "the reference does not say how complete its record of by-elections is"
    return incomplete_reason(reference, _start(parliaments[0]), end)


def names_from(reference: Reference) -> int | None:
    """The year from which the record names every candidate, if it says."""
    complete = [c for c in reference.coverage if c.record == NAMES and c.complete]
    return min(c.start.year for c in complete) if complete else None
