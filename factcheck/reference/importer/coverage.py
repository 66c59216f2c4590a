"""`coverage.yaml`: what each kind of record covers and how completely, counted from the
records built; the totals the record is measured against are the ones a source states,
each in `STATED_TOTALS` with where it was read.

By-elections are counted per parliament (from one general election to the next): the
contests held in the data against a stated total. The official files list every
by-election of their parliaments; before 2010 a parliament is complete only when a stated
exact total is reached. The curated README's table of per-parliament counts is checked
against the files and the totals here, and any difference reported.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from typing import TYPE_CHECKING

from factcheck.reference.importer import curated, psephology
from factcheck.reference.importer import sources as src
from factcheck.reference.importer.common import Record, ge_label
from factcheck.reference.model import PartialDate

if TYPE_CHECKING:
    import datetime as dt

    from factcheck.reference.importer.build import Builder


@dataclass(frozen=True)
class StatedTotal:
    """A number of by-elections a source states for one parliament or a run of them."""

    first: str  # the parliament it starts with, by its general election: "1918", "1974-02"
    last: str  # the parliament it ends with
    total: int
    exact: bool  # False: a lower bound ("141 seats fell vacant in wartime")
    where: str  # the source, as the curated README quotes it


# From curated/README.md, "Per-parliament counts" and "Totals stated by the sources".
STATED_TOTALS = (
    StatedTotal(
        "1918",
        "1929",
        233,
        True,
        "'List of United Kingdom by-elections (1918-1931)' (list page): 233 by-elections",
    ),
    StatedTotal(
        "1931",
        "1945",
        333,
        True,
        "'List of United Kingdom by-elections (1931-1950)' (list page): 333",
    ),
    StatedTotal(
        "1935",
        "1935",
        141,
        False,
        "141 seats fell vacant in wartime, 1939-45 (Addison, via springer/taylorfrancis): "
        "a lower bound for the parliament",
    ),
    StatedTotal(
        "1945",
        "1945",
        52,
        True,
        "'the previous House saw fifty-two replacements' (Scammon, APSR 1951)",
    ),
    StatedTotal(
        "1974-02",
        "1974-02",
        1,
        True,
        "Newham South by-election page: 'the only by-election of the Parliament'",
    ),
    StatedTotal(
        "1974-10", "1974-10", 30, True, "kuneblog.wordpress.com 'By Elections 1974-79': 30"
    ),
    StatedTotal(
        "1979",
        "2005",
        131,
        True,
        "'List of United Kingdom by-elections (1979-2010)': 131 (130 in an older copy; "
        "the larger is taken, so no contest is assumed not to exist)",
    ),
    StatedTotal("2005", "2005", 14, True, "parliament.uk list of by-elections, 2005-10: 14"),
)


@dataclass
class _Parliament:
    label: str  # "1935", "1974-02"
    start: dt.date
    end: dt.date | None
    imported: int = 0
    unplaced: int = 0


def coverage_records(b: Builder) -> list[Record]:
    return [
        *_general_elections(b),
        *_candidate_names(b),
        *_by_elections(b),
    ]


def _general_elections(b: Builder) -> list[Record]:
    held = {
        str(r["election"])
        for f, lists in b.data.files.items()
        for r in lists.get("results", [])
        if f.startswith("results/general-")
    }
    dates = sorted(b.ge_dates.items(), key=lambda x: x[1])
    with_results = [eid for eid, _ in dates if eid in held]
    return [
        {
            "record": "general-elections",
            "from": dates[0][1].isoformat(),
            "complete": len(with_results) == len(dates),
            "imported": len(with_results),
            "known": len(dates),
            "note": "every general election from 1918, every seat: CBP-8647 party totals to "
            "2005, the Commons Library's results by candidate from 2010",
            "source": src.CBP8647,
        }
    ]


def _candidate_names(b: Builder) -> list[Record]:
    """Where the record names candidates: every one from the first general election whose
    results all name them; before it, some by-election winners and runners-up."""
    named: dict[str, bool] = {}
    for file, lists in b.data.files.items():
        if file.startswith("results/general-"):
            for r in lists.get("results", []):
                eid = str(r["election"])
                ok = all(c.get("name") for c in r["candidates"])  # type: ignore[union-attr]
                named[eid] = named.get(eid, True) and ok
    dates = sorted(b.ge_dates.items(), key=lambda x: x[1])
    first = None
    for eid, date in reversed(dates):
        if not named.get(eid):
            break
        first = date
    by_named = sorted(
        str(e["date"])
        for e in b.elections
        if e["kind"] == "by-election" and _has_named_candidate(b, str(e["id"]))
    )
    records: list[Record] = []
    if by_named and first is not None and by_named[0] < first.isoformat():
        records.append(
            {
                "record": "candidate-names",
                "from": by_named[0],
                "to": first.isoformat(),
                "complete": False,
                "note": "by-elections only, and only some: the winner (and runner-up where "
                "given) of the curated table's contests; general-election results before "
                f"{first.year} are party totals",
                "source": src.CURATED_BY_ELECTIONS,
            }
        )
    if first is not None:
        records.append(
            {
                "record": "candidate-names",
                "from": first.isoformat(),
                "complete": True,
                "note": "every candidate at every general election and by-election from "
                f"{first.year}",
                "source": src.ge(min(psephology.GE_PARLIAMENTS)),
            }
        )
    return records


def _has_named_candidate(b: Builder, eid: str) -> bool:
    memo = b.__dict__.setdefault("_named_by", None)
    if memo is None:
        memo = b.__dict__["_named_by"] = {
            str(r["election"])
            for f, lists in b.data.files.items()
            if "by-elections" in f
            for r in lists.get("results", [])
            if r.get("winner") or any(c.get("name") for c in r["candidates"])  # type: ignore[union-attr]
        }
    return eid in memo


def _by_elections(b: Builder) -> list[Record]:
    dates = sorted(b.ge_dates.items(), key=lambda x: x[1])
    parliaments = [
        _Parliament(ge_label(eid), date, dates[i + 1][1] if i + 1 < len(dates) else None)
        for i, (eid, date) in enumerate(dates)
    ]

    def parliament_of(date: dt.date) -> _Parliament | None:
        found = [p for p in parliaments if p.start < date]
        return found[-1] if found else None

    for e in b.elections:
        if e["kind"] == "by-election":
            p = parliament_of(PartialDate.parse(str(e["date"])).earliest())
            if p is not None:
                p.imported += 1
    for row in b.i.by_election_list:
        if b.listed_keys.get(row.row.line) is None:
            p = parliament_of(row.date.earliest())
            if p is not None:
                p.unplaced += 1
    official = {str(src.GE_YEARS[n]): n for n in psephology.BY_ELECTION_PARLIAMENTS}
    single = {t.first: t for t in STATED_TOTALS if t.first == t.last}
    _check_readme(b, parliaments)
    records: list[Record] = []
    for p in parliaments:
        record: Record = {
            "record": "by-elections",
            "parliament": p.label,
            "from": p.start.isoformat(),
        }
        if p.end is not None:
            record["to"] = p.end.isoformat()
        record["imported"] = p.imported
        stated = single.get(p.label)
        if p.label in official:
            record["known"] = p.imported
            record["complete"] = True
            record["note"] = "the Commons Library's results of every by-election of the parliament"
            record["source"] = src.by(official[p.label])
            records.append(record)
            continue
        if stated is not None and stated.exact:
            record["known"] = stated.total
        elif stated is not None:
            record["at_least"] = stated.total
        if p.unplaced:
            record["unplaced"] = p.unplaced
        record["complete"] = bool(
            stated and stated.exact and stated.total == p.imported and not p.unplaced
        )
        record["note"] = stated.where if stated else "no total for the parliament is stated"
        record["source"] = src.CURATED_COVERAGE
        records.append(record)
    for t in STATED_TOTALS:
        if t.first == t.last:
            continue
        run = [p for p in parliaments if t.first <= p.label <= t.last]
        if not run or (run[0].label, run[-1].label) != (t.first, t.last):
            continue  # the data does not hold those parliaments
        imported = sum(p.imported for p in run)
        unplaced = sum(p.unplaced for p in run)
        record = {"record": "by-elections", "from": run[0].start.isoformat()}
        if run[-1].end is not None:
            record["to"] = run[-1].end.isoformat()
        record["imported"] = imported
        record["known"] = t.total
        if unplaced:
            record["unplaced"] = unplaced
        record["complete"] = t.exact and imported == t.total and not unplaced
        record["note"] = t.where
        record["source"] = src.CURATED_COVERAGE
        records.append(record)
    undated = [row for row in b.i.by_elections if row.date is None]
    if undated:
        dated = sorted(str(r.date) for r in b.i.by_elections if r.date is not None)
        end = min((d for d in b.ge_dates.values() if d.isoformat() > dated[-1]), default=None)
        record = {"record": "by-elections", "from": dated[0]}
        if end is not None:
            record["to"] = end.isoformat()
        record["imported"] = len(b.detailed_rows)
        seats = [b.seats.known_id(b.by_election_keys[r.row.line]) for r in undated]
        if any(seats):
            record["missing"] = sorted({s for s in seats if s})
        if not all(seats):
            record["unplaced"] = sum(1 for s in seats if not s)
        record["complete"] = False
        record["note"] = (
            f"{curated.BY_ELECTIONS}: {len(undated)} rows with no date, left out "
            "(their seats are listed as missing, or counted as unplaced if no result names them)"
        )
        record["source"] = src.CURATED_BY_ELECTIONS
        records.append(record)
    return records


# A row of the README's per-parliament table: "| 1935 | 37 | 2 | n/s (141 ...) |".
_README_ROW = re.compile(r"^\|\s*(\d{4}[FO]?)\s*\|\s*(\d+)\s*\|\s*(\d+)\s*\|\s*([^|]*?)\s*\|\s*$")


def _check_readme(b: Builder, parliaments: list[_Parliament]) -> None:
    """The README's per-parliament table against the list's rows and STATED_TOTALS."""
    rows = Counter(
        row.parliament.replace("F", "-02").replace("O", "-10") for row in b.i.by_election_list
    )
    single = {t.first: t for t in STATED_TOTALS if t.first == t.last}
    for line in b.i.curated_readme.splitlines():
        m = _README_ROW.match(line)
        if not m:
            continue
        label = m.group(1).replace("F", "-02").replace("O", "-10")
        got, expected = int(m.group(2)), m.group(4)
        subject = f"parliament {label}"
        if rows.get(label, 0) != got:
            b.report.add(
                "coverage-count",
                subject,
                f"{curated.README} says the list has {got} rows; it has {rows.get(label, 0)}",
                "the rows as read",
                "counts come from the files",
                (src.CURATED_COVERAGE, src.CURATED_BY_ELECTION_LIST),
            )
        number = re.match(r"\d+", expected)
        stated = single.get(label)
        if number and (stated is None or stated.total != int(number.group())):
            b.report.add(
                "coverage-total",
                subject,
                f"{curated.README} states {number.group()} by-elections; "
                f"STATED_TOTALS has {stated.total if stated else 'none'}",
                f"{stated.total if stated else 'none'}",
                "the importer's table of stated totals is used; update it from the README",
                (src.CURATED_COVERAGE,),
            )
