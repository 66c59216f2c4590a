"""The curated list of by-elections 1918-2010 (no votes; some dates a month only), merged
with the by-elections already built from the detailed 1945-2010 table and the official
files: one record per contest. A listed contest already held is compared, not added; a new
one is an election (its date as precise as the list gives it) and, where the list names the
winning party, a result with that party and no votes."""

from __future__ import annotations

import re
from collections import defaultdict
from typing import TYPE_CHECKING

from factcheck.reference.importer import curated
from factcheck.reference.importer import sources as src
from factcheck.reference.importer.common import (
    Record,
    by_election_record,
    ge_label,
    result_order,
)
from factcheck.reference.importer.names import seat_key
from factcheck.reference.model import PartialDate

if TYPE_CHECKING:
    from factcheck.reference.importer.build import Builder

LIST_FILE = "results/by-elections-1918-2010-list.yaml"

# Party names in the list that the general-election data codes as another party, so that
# a seat's history compares like with like: (party id, why).
LIST_PARTIES = {
    "Coalition Liberal": (
        "liberal",
        "CBP-8647 counts Coalition Liberals in its Liberal column, as the general elections "
        "around the by-election do",
    ),
}

# A listed contest and a held one in the same seat this close together are one contest.
SAME_CONTEST_DAYS = 31

# "Norfolk Southern" is "South Norfolk": the adjective form of a compass word.
_ERN = re.compile(r"\b(north|south|east|west)ern\b", re.I)


def _variants(name: str) -> set[str]:
    """Seat keys a name may match: as written, without a bracketed qualifier, and with
    "Southern" read as "South"."""
    bare = name.split("(")[0].strip() if "(" in name else name
    found = set()
    for text in {name, bare}:
        for form in (text, _ERN.sub(lambda m: m.group(1), text)):
            if form.strip():
                found.add(seat_key(form))
    return found


def _prefix_remainders(raw: str, prefixes: dict[str, int]) -> set[str]:
    """ "Camberwell Dulwich" -> "Dulwich": an area prefix that other seats of the election
    share (CBP-8647 writes old borough and county seats so), dropped."""
    words = raw.split()
    found = set()
    for k in range(1, min(4, len(words))):
        if prefixes.get(" ".join(words[:k]).lower(), 0) >= 2:
            found |= _variants(" ".join(words[k:]))
    return found


class _SeatsAtElection:
    """The seats that had a result at one general election, by every key their names give."""

    def __init__(self, b: Builder, election: str) -> None:
        self.by_variant: dict[str, set[str]] = defaultdict(set)
        self.key_of: dict[str, str] = {}  # group -> a key of it
        raws = [n for n in b.cbp_names if n.election == election]
        prefixes: dict[str, int] = defaultdict(int)
        for n in raws:
            words = n.raw.split()
            for k in range(1, min(4, len(words))):
                prefixes[" ".join(words[:k]).lower()] += 1
        for n in raws:
            group = b.seats.group(n.key)
            self.key_of.setdefault(group, n.key)
            for v in _variants(n.raw) | _prefix_remainders(n.raw, prefixes):
                self.by_variant[v].add(group)
        for group, dates in b.ge_results_by_key.items():
            if any(e == election for _, e in dates):
                self.key_of.setdefault(group, group)
        for group, key in self.key_of.items():
            for name in b.seats.spellings(key):
                for v in _variants(name):
                    self.by_variant[v].add(group)

    def find(self, name: str) -> set[str]:
        return {g for v in _variants(name) for g in self.by_variant.get(v, ())}


def place_seats(b: Builder) -> None:
    """Each listed by-election's seat: the one seat with a result at the general election
    before it that the name matches (as written, with "The" or an area prefix dropped, a
    compass adjective read as the compass word), else at the one after (boundaries change
    only at general elections; CBP-8647 misnames some seats in October 1974). A name
    matching none, or several, is reported and the row left out: a seat is never guessed."""
    ge_dates = sorted((d, eid) for eid, d in b.ge_dates.items())
    seats: dict[str, _SeatsAtElection] = {}
    for row in b.i.by_election_list:
        subject = f"{row.date} {row.constituency}"
        before = [eid for d, eid in ge_dates if d < row.date.earliest()]
        after = [eid for d, eid in ge_dates if d > row.date.latest()]
        if not before:
            b.listed_keys[row.row.line] = None
            _unplaced(b, row, "no general election before it in the data")
            continue
        found: set[str] = set()
        for election in (before[-1], *after[:1]):
            if election not in seats:
                seats[election] = _SeatsAtElection(b, election)
            found = seats[election].find(row.constituency)
            if found:
                break
        if len(found) != 1:
            b.listed_keys[row.row.line] = None
            names = sorted(b.seats.spellings(seats[election].key_of[g])[0] for g in found)
            _unplaced(
                b,
                row,
                f"names {len(found)} seats with a result at {' or '.join((before[-1], *after[:1]))}"
                + (f": {', '.join(names)}" if names else ""),
            )
            continue
        group = found.pop()
        key = seats[election].key_of[group]
        b.listed_keys[row.row.line] = key
        b.referenced.add(key)
        if seat_key(row.constituency) not in {seat_key(n) for n in b.seats.spellings(key)}:
            b.report.add(
                "by-election-seat",
                subject,
                f"{curated.BY_ELECTION_LIST} line {row.row.line}: no source spells the seat so",
                f"seat {key!r} (CBP-8647: {_cbp_name(b, key, election)})",
                "the one seat with a result at the general election before whose name matches "
                "with 'The', an area prefix or a compass adjective set aside",
                (src.CURATED_BY_ELECTION_LIST, src.CBP8647),
            )


def _cbp_name(b: Builder, key: str, election: str) -> str:
    group = b.seats.group(key)
    for n in b.cbp_names:
        if n.election == election and b.seats.group(n.key) == group:
            return repr(n.raw.strip())
    return "no row"


def _unplaced(b: Builder, row: curated.ListedByElection, why: str) -> None:
    b.report.add(
        "by-election-seat-unknown",
        f"{row.date} {row.constituency}",
        f"{curated.BY_ELECTION_LIST} line {row.row.line}: {why}",
        "row left out (counted as a contest the record lacks)",
        "a seat the lineage does not know is reported, not guessed",
        (src.CURATED_BY_ELECTION_LIST,),
    )


def _party(b: Builder, name: str, source: dict[str, str], what: str) -> str:
    if name in LIST_PARTIES:
        pid, why = LIST_PARTIES[name]
        if name not in b.list_parties_reported:
            b.list_parties_reported.add(name)
            b.report.add(
                "party-mapped",
                name,
                f"{curated.BY_ELECTION_LIST} names the party {name!r}",
                f"party {pid!r}",
                why,
                (src.CURATED_BY_ELECTION_LIST, src.CBP8647),
            )
        return pid
    return b.parties.curated_party(name, source, what)


def _days_apart(held: str, listed: PartialDate) -> int | None:
    """Days between a held contest's date and a listed one; 0 within a month the list gives
    without a day; None when they cannot be one contest."""
    day = PartialDate.parse(held)
    if listed.day is None or day.day is None:
        same = (day.year, day.month) == (listed.year, listed.month)
        return 0 if same else None
    gap = abs((day.earliest() - listed.earliest()).days)
    return gap if gap <= SAME_CONTEST_DAYS else None


def _winner_of(record: Record | None) -> str | None:
    if record is None:
        return None
    if record.get("winner_party"):
        return str(record["winner_party"])
    voted = [c for c in record.get("candidates", ()) if c.get("votes") is not None]  # type: ignore[union-attr]
    return str(max(voted, key=lambda c: c["votes"])["party"]) if voted else None


def listed_by_elections(b: Builder) -> None:
    held: dict[str, list[Record]] = defaultdict(list)
    for e in b.elections:
        if e["kind"] == "by-election":
            held[str(e["constituency"])].append(e)
    results = {
        str(r["election"]): r
        for file, lists in b.data.files.items()
        if "by-elections" in file
        for r in lists.get("results", [])
    }
    records: list[Record] = []
    merged = 0
    # Rows with a day first, so a month-only row of the same contest finds it.
    rows = sorted(b.i.by_election_list, key=lambda r: (r.date.day is None, r.row.line))
    for row in rows:
        key = b.listed_keys.get(row.row.line)
        if key is None:
            continue
        cid = b.seats.id_of(key)
        what = f"{curated.BY_ELECTION_LIST} line {row.row.line}"
        # A few rows cite a stored page with no address: its description is a note.
        where = "url" if row.url.startswith(("http://", "https://")) else "note"
        source = {"id": src.CURATED_BY_ELECTION_LIST, where: row.url}
        winner = _party(b, row.winning_party, source, what) if row.winning_party else None
        _check_row(b, row)
        near = [
            (d, e) for e in held[cid] if (d := _days_apart(str(e["date"]), row.date)) is not None
        ]
        if near:
            merged += 1
            _compare(b, row, min(near, key=lambda x: x[0])[1], winner, results)
            continue
        election = by_election_record(row.date, cid, row.constituency, source)
        eid = str(election["id"])
        b.elections.append(election)
        held[cid].append(election)
        b.listed_rows[eid] = row
        if winner is None:
            b.report.add(
                "no-result",
                f"{row.date} {row.constituency}",
                f"{what}: no winning party",
                "the election without a result",
                "the contest is known to have been held; who won it is not",
                (src.CURATED_BY_ELECTION_LIST,),
            )
            continue
        records.append(
            {
                "election": eid,
                "constituency": cid,
                "partial": True,
                "candidates": [],
                "winner_party": winner,
                "source": source,
            }
        )
    b.data.add(LIST_FILE, "results", sorted(records, key=result_order))
    b.report.counts["by-elections in the list already held"] = merged
    b.report.counts["by-elections added from the list"] = len(b.listed_rows)


def _check_row(b: Builder, row: curated.ListedByElection) -> None:
    """The row's parliament against its date, and its gain against its parties."""
    subject = f"{row.date} {row.constituency}"
    starts = sorted((d, eid) for eid, d in b.ge_dates.items() if d < row.date.earliest())
    if starts and row.parliament:
        computed = ge_label(starts[-1][1])
        written = row.parliament.replace("F", "-02").replace("O", "-10")
        if written != computed:
            b.report.add(
                "by-election-parliament",
                subject,
                f"{curated.BY_ELECTION_LIST} line {row.row.line}: parliament {row.parliament}, "
                f"but the date falls in the parliament elected in {computed}",
                f"the {computed} parliament",
                "the date decides",
                (src.CURATED_BY_ELECTION_LIST, src.PERIODS),
            )
    if row.gain and row.previous_party and row.winning_party:
        changed = b.parties.lookup(row.previous_party) != b.parties.lookup(row.winning_party)
        if changed != (row.gain == "yes"):
            b.report.add(
                "by-election-gain",
                subject,
                f"{curated.BY_ELECTION_LIST} line {row.row.line}: gain={row.gain}, previous "
                f"{row.previous_party}, winning {row.winning_party}",
                "the winning party as given",
                "a gain is derived from the seat's history, never stored",
                (src.CURATED_BY_ELECTION_LIST,),
            )


def _compare(
    b: Builder,
    row: curated.ListedByElection,
    held: Record,
    winner: str | None,
    results: dict[str, Record],
) -> None:
    """A listed contest the dataset already holds: every disagreement reported, the held
    record (with votes, or official) kept."""
    subject = f"{row.date} {row.constituency}"
    eid = str(held["id"])
    source = held["source"]
    sid = str(source["id"] if isinstance(source, dict) else source)
    kept = "the detailed table" if sid == src.CURATED_BY_ELECTIONS else "the official results"
    sources = (src.CURATED_BY_ELECTION_LIST, sid)
    if str(held["date"]) != str(row.date) and row.date.day is not None:
        b.report.add(
            "by-election-date",
            subject,
            f"{curated.BY_ELECTION_LIST} line {row.row.line} gives {row.date}; {kept} gives "
            f"{held['date']}",
            f"{held['date']} ({eid})",
            f"one contest: {kept} is kept",
            sources,
        )
    other = _winner_of(results.get(eid))
    if winner and other and winner != other:
        b.report.add(
            "by-election-winner",
            subject,
            f"{curated.BY_ELECTION_LIST} line {row.row.line} gives {winner}; {kept} gives {other}",
            f"{other} ({eid})",
            f"one contest: {kept} is kept",
            sources,
        )
    detailed = b.detailed_rows.get(eid)
    if detailed is not None and row.previous_party and detailed.previous_party:
        mine, theirs = (
            b.parties.lookup(row.previous_party),
            b.parties.lookup(detailed.previous_party),
        )
        if mine and theirs and mine != theirs:
            b.report.add(
                "by-election-previous",
                subject,
                f"{curated.BY_ELECTION_LIST} line {row.row.line} gives {row.previous_party}; "
                f"{kept} gives {detailed.previous_party}",
                "the seat's history (the previous party is derived, never stored)",
                "reported to be checked",
                sources,
            )
