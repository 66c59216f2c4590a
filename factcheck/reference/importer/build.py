"""Turn the loaded inputs into the reference records: the order of the steps, the election
and seat registers they share, and the records built from more than one input."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass, field, replace
from pathlib import Path

from factcheck.reference.importer import by_election_list as from_list
from factcheck.reference.importer import cbp8647, curated, parlparse, psephology
from factcheck.reference.importer import coverage as cover
from factcheck.reference.importer import results_curated as from_curated
from factcheck.reference.importer import results_official as official
from factcheck.reference.importer import sources as src
from factcheck.reference.importer.common import (
    GE_PARLIAMENT_OF_YEAR,
    Record,
    election_order,
    ge_id,
    ge_name,
)
from factcheck.reference.importer.constituencies import (
    RANK_BY_ELECTION,
    RANK_LINEAGE,
    RANK_PARLPARSE,
    RANK_PSEPHOLOGY_GE,
    RANK_PSEPHOLOGY_LIST,
    CbpName,
    LineageFacts,
    SeatBook,
    resolve_cbp_names,
    unambiguous_spellings,
)
from factcheck.reference.importer.events import EVENTS
from factcheck.reference.importer.lineage import constituency_records
from factcheck.reference.importer.names import repair_mojibake, seat_key
from factcheck.reference.importer.parties import PartyBook
from factcheck.reference.importer.report import ImportReport


@dataclass
class Dataset:
    """Every record, grouped by the file it is written to."""

    files: dict[str, dict[str, list[Record]]] = field(default_factory=dict)

    def add(self, file: str, key: str, records: list[Record]) -> None:
        self.files.setdefault(file, {}).setdefault(key, []).extend(records)


@dataclass
class Inputs:
    periods: dict[int, dt.date]
    ge_briefings: list[psephology.Briefing]
    by_briefings: list[psephology.Briefing]
    registrations: list[psephology.Registration]
    listed: list[psephology.ListedSeat]
    overlaps: list[psephology.Overlap]
    ge_seats: dict[int, dict[str, psephology.SeatResult]]
    by_seats: dict[int, list[psephology.SeatResult]]
    notional_2005: dict[str, psephology.NotionalSeat]
    notional_2019: dict[str, psephology.NotionalSeat]
    notional_2019_aggregates: int
    parlparse: list[parlparse.ParlparseSeat]
    cbp: list[cbp8647.CbpRow]
    by_elections: list[curated.CuratedByElection]
    by_election_list: list[curated.ListedByElection]
    curated_readme: str  # the curated tables' README: its per-parliament counts are checked
    governments: list[curated.CuratedGovernment]
    leaders: list[curated.CuratedLeader]
    parties: list[curated.CuratedParty]
    lineage: list[curated.CuratedLineage]


def load_inputs(raw_dir: Path, curated_dir: Path) -> Inputs:
    notional_2019, aggregates = psephology.load_notional_2019(raw_dir)
    return Inputs(
        periods=psephology.load_periods(raw_dir),
        ge_briefings=psephology.load_general_election_briefings(raw_dir),
        by_briefings=psephology.load_by_election_briefings(raw_dir),
        registrations=psephology.load_registrations(raw_dir),
        listed=psephology.load_constituency_list(raw_dir),
        overlaps=psephology.load_overlaps(raw_dir),
        ge_seats={
            n: psephology.load_general_election(raw_dir, n) for n in psephology.GE_PARLIAMENTS
        },
        by_seats={
            n: psephology.load_by_elections(raw_dir, n) for n in psephology.BY_ELECTION_PARLIAMENTS
        },
        notional_2005=psephology.load_notional_2005(raw_dir),
        notional_2019=notional_2019,
        notional_2019_aggregates=aggregates,
        parlparse=parlparse.load(raw_dir),
        cbp=cbp8647.load(raw_dir),
        by_elections=curated.load_by_elections(curated_dir),
        by_election_list=curated.load_by_election_list(curated_dir),
        curated_readme=curated.load_readme(curated_dir),
        governments=curated.load_governments(curated_dir),
        leaders=curated.load_leaders(curated_dir),
        parties=curated.load_parties(curated_dir),
        lineage=curated.load_lineage(curated_dir),
    )


class Builder:
    def __init__(self, inputs: Inputs, report: ImportReport) -> None:
        self.i = inputs
        self.report = report
        self.data = Dataset()
        self.parties = PartyBook(report)
        self.seats = SeatBook()
        self.ge_dates: dict[str, dt.date] = {}
        self.elections: list[Record] = []
        # Seat key -> dates of its general-election results (for lifespans and by-elections).
        self.ge_results_by_key: dict[str, set[tuple[dt.date, str]]] = defaultdict(set)
        self.referenced: set[str] = set()  # seat keys that records name
        self.cbp_keys: list[str] = []  # the seat key of each CBP row (pre-2010)
        self.by_election_keys: dict[int, str] = {}  # curated by-election line -> seat key
        self.cbp_names: list[CbpName] = []  # CBP-8647's seat names (pre-2010), resolved
        self.listed_keys: dict[int, str | None] = {}  # by-election list line -> seat key
        self.listed_rows: dict[str, curated.ListedByElection] = {}  # election id -> row
        self.detailed_rows: dict[str, curated.CuratedByElection] = {}  # election id -> row
        self.list_parties_reported: set[str] = set()

    def run(self) -> Dataset:
        self.repair_text()
        self.general_elections()
        self.register_parties()
        self.register_seats()
        self.resolve_cbp()
        self.check_curated_by_election_seats()
        from_list.place_seats(self)
        self.seats.finalise(self.report, {self.seats.group(k) for k in self.referenced})
        official.cbp_results(self)
        official.psephology_results(self)
        official.notional_results(self)
        official.psephology_by_elections(self)
        from_curated.curated_by_elections(self)
        from_list.listed_by_elections(self)
        from_curated.governments_and_leaders(self)
        from_curated.check_previous_parties(self)
        self.data.add("coverage.yaml", "coverage", cover.coverage_records(self))
        self.data.add("elections.yaml", "elections", sorted(self.elections, key=election_order))
        self.data.add(
            "constituencies.yaml",
            "constituencies",
            constituency_records(
                self.seats, self.i, self.ge_dates, self.ge_results_by_key, self.report
            ),
        )
        self.data.add("parties.yaml", "parties", self.parties.records())
        self.data.add("events.yaml", "events", [dict(e) for e in EVENTS])
        self.data.add(
            "sources.yaml", "sources", src.build(self.i.ge_briefings, self.i.by_briefings)
        )
        return self.data

    # --- text ---------------------------------------------------------------------------------
    def repair_text(self) -> None:
        """Names in the psephology files that are UTF-8 decoded with another codec, repaired
        before anything uses them (each reported)."""

        def fixed(text: str, where: str, source: str) -> str:
            repaired = repair_mojibake(text)
            if repaired != text:
                self.report.add(
                    "text-repaired",
                    where,
                    f"{text!r} is UTF-8 text decoded with another codec",
                    repaired,
                    "the name as its owner writes it",
                    (source,),
                )
            return repaired

        results = [
            (seat, psephology.ge_path(n, "constituencies"), src.ge(n))
            for n, seats in self.i.ge_seats.items()
            for seat in seats.values()
        ] + [
            (seat, psephology.by_path(n, "constituencies"), src.by(n))
            for n, seats in self.i.by_seats.items()
            for seat in seats
        ]
        for seat, path, source in results:
            seat.name = fixed(seat.name, f"{path} line {seat.line}", source)
            candidates = []
            for c in seat.candidates:
                where = f"{_relative(c.row.path)} line {c.row.line}"
                candidates.append(
                    replace(
                        c,
                        first_name=fixed(c.first_name, where, source),
                        surname=fixed(c.surname, where, source),
                        party_name=fixed(c.party_name, where, source),
                    )
                )
            seat.candidates = candidates
        for notional, path, source in (
            (self.i.notional_2005, psephology.NOTIONAL_2005, src.NOTIONAL_2005),
            (self.i.notional_2019, psephology.NOTIONAL_2019, src.NOTIONAL_2019),
        ):
            for seat in notional.values():
                where = f"{path} line {seat.line}"
                seat.name = fixed(seat.name, where, source)
                seat.parties = [
                    replace(p, party_name=fixed(p.party_name, where, source)) for p in seat.parties
                ]

    # --- general elections ----------------------------------------------------------
    def general_elections(self) -> None:
        """Polling days from parliament_periods.csv, checked against general-elections.csv."""
        for number, date in sorted(self.i.periods.items()):
            if number >= 31:  # the 1918 election onwards
                self.ge_dates[ge_id(date)] = date
        for b in self.i.ge_briefings:
            if b.date is None or b.notional or ge_id(b.date) not in self.ge_dates:
                continue
            listed = self.ge_dates[ge_id(b.date)]
            if listed != b.date:
                self.report.add(
                    "election-date",
                    ge_id(b.date),
                    f"parliament_periods.csv {listed}, general-elections.csv {b.date}",
                    str(listed),
                    "parliament_periods.csv is the one list of every polling day",
                    (src.PERIODS, src.GE_BRIEFINGS),
                )
        for code in sorted({r.election for r in self.i.cbp}):
            eid = cbp8647.election_id(code)
            if eid not in self.ge_dates:
                raise self.i.cbp[0].row.fail(
                    f"no polling day for election {code} in {psephology.PERIODS}"
                )
            if self.ge_dates[eid].year != int(code[:4]):
                raise self.i.cbp[0].row.fail(f"election {code} does not match {self.ge_dates[eid]}")
        for eid, date in self.ge_dates.items():
            self.elections.append(
                {
                    "id": eid,
                    "kind": "general",
                    "date": date.isoformat(),
                    "name": ge_name(date),
                    "source": src.PERIODS,
                }
            )
        self.elections += [
            {
                "id": "notional-2005-on-2010",
                "kind": "notional",
                "date": self.ge_dates["ge-2005"].isoformat(),
                "base": "ge-2005",
                "boundaries": "2010",
                "name": "2005 general election, notional results on 2010 boundaries",
                "source": src.NOTIONAL_2005,
            },
            {
                "id": "notional-2019-on-2024",
                "kind": "notional",
                "date": self.ge_dates["ge-2019"].isoformat(),
                "base": "ge-2019",
                "boundaries": "2024",
                "name": "2019 general election, notional results on 2024 boundaries",
                "source": src.NOTIONAL_2019,
            },
        ]

    # --- parties -----------------------------------------------------------------------
    def register_parties(self) -> None:
        self.parties.add_curated(self.i.parties)
        for n, seats in self.i.ge_seats.items():
            for seat in seats.values():
                for c in seat.candidates:
                    self.parties.note_mnis_party(
                        c.mnis_party_id, c.ec_party_id, c.party_name, c.party_abbrev, src.ge(n)
                    )
        for n, results in self.i.by_seats.items():
            for seat in results:
                for c in seat.candidates:
                    self.parties.note_mnis_party(
                        c.mnis_party_id, c.ec_party_id, c.party_name, c.party_abbrev, src.by(n)
                    )
        # The notional files label parties loosely ("Independent 2 etc.", abbreviation "NA"):
        # their names are used only for a party no candidacy file names.
        known = self.parties.noted_mnis_ids()
        for sid, notional in (
            (src.NOTIONAL_2005, self.i.notional_2005),
            (src.NOTIONAL_2019, self.i.notional_2019),
        ):
            for seat in notional.values():
                for p in seat.parties:
                    if p.mnis_party_id and p.mnis_party_id not in known:
                        self.parties.note_mnis_party(
                            p.mnis_party_id, "", p.party_name, p.party_abbrev, sid
                        )
        self.parties.finish_psephology(self.i.registrations)

    # --- seats ----------------------------------------------------------------------------
    def register_seats(self) -> None:
        book = self.seats
        spellings = unambiguous_spellings([e.names for e in self.i.parlparse])
        for entry, names in zip(self.i.parlparse, spellings, strict=True):
            start = entry.start.year if entry.start else 0
            keys = [book.name(n, RANK_PARLPARSE, start, position=j) for j, n in enumerate(names)]
            for k in keys[1:]:
                book.join(keys[0], k)
            book.span(
                keys[0],
                entry.start.year if entry.start else None,
                entry.end.year if entry.end else None,
            )
            book.parts(keys[0]).parlparse.append((entry.start, entry.end))
        for s in self.i.listed:
            key = book.name(s.name, RANK_PSEPHOLOGY_LIST, s.start.year if s.start else 0)
            book.span(key, s.start.year if s.start else None, s.end.year if s.end else None)
            book.parts(key).listed.append((s.start, s.end))
            if s.ons:
                book.parts(key).codes.add(s.ons)
        for n, seats in self.i.ge_seats.items():
            year = src.GE_YEARS[n]
            for seat in seats.values():
                key = book.name(seat.name, RANK_PSEPHOLOGY_GE, n)
                book.span(key, year, year)
                book.parts(key).codes.add(seat.ons)
                parts = book.parts(key)
                if parts.latest_ge_source is None or parts.latest_ge_source < (
                    n,
                    src.ge_constituencies(n),
                ):
                    parts.latest_ge_source = (n, src.ge_constituencies(n))
        for n, results in self.i.by_seats.items():
            for seat in results:
                key = book.name(seat.name, RANK_PSEPHOLOGY_GE, n)
                book.parts(key).codes.add(seat.ons)
                self.referenced.add(key)
        for n, notional in ((55, self.i.notional_2005), (59, self.i.notional_2019)):
            for seat in notional.values():
                key = book.name(seat.name, RANK_PSEPHOLOGY_GE, n)
                book.parts(key).codes.add(seat.ons)
                self.referenced.add(key)
        for o in self.i.overlaps:
            book.parts(book.name(o.from_name, RANK_PSEPHOLOGY_GE, 55)).codes.add(o.from_ons)
            book.parts(book.name(o.to_name, RANK_PSEPHOLOGY_GE, 59)).codes.add(o.to_ons)
        for row in self.i.lineage:
            key = book.name(row.constituency, RANK_LINEAGE)
            book.parts(key).lineage = LineageFacts(
                row.constituency,
                row.created,
                row.abolished,
                row.predecessors,
                row.successors,
                row.url,
            )
            book.span(
                key,
                row.created.year if row.created else None,
                row.abolished.year if row.abolished else None,
            )
            self.referenced.add(key)
            for name in (*row.predecessors, *row.successors):
                linked = book.name(name, RANK_LINEAGE)
                book.parts(linked).mentioned_by = book.parts(linked).mentioned_by or row.url
                self.referenced.add(linked)
        for row in self.i.by_elections:
            key = book.name(row.constituency, RANK_BY_ELECTION)
            book.parts(key).by_election_url = book.parts(key).by_election_url or row.url
        # CBP-8647's own spellings from 2010 are aliases of the seat with that ONS code.
        for r in self.i.cbp:
            if r.year >= 2010:
                seat = self.i.ge_seats[GE_PARLIAMENT_OF_YEAR[r.year]].get(r.code)
                if seat is None:
                    raise r.row.fail(f"ONS code {r.code} is not in the {r.year} psephology files")
                book.alias(seat_key(seat.name), r.name)

    def resolve_cbp(self) -> None:
        rows = [r for r in self.i.cbp if r.year < 2010]
        groups: dict[str, set[str]] = defaultdict(set)
        for r in rows:
            if r.code:
                groups[f"{r.boundary_set}/{r.code}"].add(r.election)
        names = [
            CbpName(
                index=i,
                election=cbp8647.election_id(r.election),
                year=r.year,
                date=self.ge_dates[cbp8647.election_id(r.election)],
                group=f"{r.boundary_set}/{r.code}" if r.code else "",
                raw=r.name,
                region=r.region,
                weight=len(groups.get(f"{r.boundary_set}/{r.code}", ())),
            )
            for i, r in enumerate(rows)
        ]
        resolve_cbp_names(names, self.seats, self.report)
        self._map_renamed_seats(names)
        self.cbp_names = names
        mapped: dict[tuple[str, str, str], list[str]] = defaultdict(list)
        for name in names:
            self.cbp_keys.append(name.key)
            nation = cbp8647.nation_of(rows[name.index])
            if nation:
                self.seats.parts(name.key).nations.add(nation)
            self.referenced.add(name.key)
            self.ge_results_by_key[self.seats.group(name.key)].add((name.date, name.election))
            if name.how in _HOW:
                mapped[(name.raw, name.how, name.key)].append(name.election)
        for (raw, how, key), elections in sorted(mapped.items()):
            if how == "cbp-only":
                self.report.add(
                    "name-unconfirmed",
                    raw,
                    f"CBP-8647 name in {', '.join(elections)}; no other source names this seat",
                    f"seat {key!r}",
                    _HOW[how],
                    (src.CBP8647,),
                )
            else:
                self.report.add(
                    "name-mapped",
                    raw,
                    f"CBP-8647 name in {', '.join(elections)}; rule {how!r}",
                    f"seat {key!r}",
                    _HOW[how],
                    (src.CBP8647,),
                )
        for n, seats in self.i.ge_seats.items():
            eid = f"ge-{src.GE_YEARS[n]}"
            for seat in seats.values():
                key = seat_key(seat.name)
                self.referenced.add(key)
                self.ge_results_by_key[self.seats.group(key)].add((self.ge_dates[eid], eid))

    def _map_renamed_seats(self, names: list[CbpName]) -> None:
        """A name whose seat was abolished before the election, and that has exactly one
        successor, is that successor ("The Hartlepools" in 1974-10 and 1979 is Hartlepool)."""
        lineage = self.seats.lineage_by_group()
        used = {(n.election, self.seats.group(n.key)) for n in names}
        for n in names:
            facts = lineage.get(self.seats.group(n.key))
            if not facts or not facts.abolished or len(facts.successors) != 1:
                continue
            if n.date < facts.abolished.earliest():
                continue
            successor = seat_key(facts.successors[0])
            slot = (n.election, self.seats.group(successor))
            if slot in used:
                self.report.add(
                    "name-after-abolition",
                    f"{n.election} {n.raw!r}",
                    f"seat abolished {facts.abolished}; successor {facts.successors[0]} has its "
                    "own result in this election",
                    f"seat {n.key!r}",
                    "two results of one election cannot share a constituency",
                    (src.CBP8647, src.CURATED_LINEAGE),
                )
                continue
            self.report.add(
                "name-after-abolition",
                f"{n.election} {n.raw!r}",
                f"CBP-8647 uses this name, but the seat was abolished {facts.abolished} "
                f"(curated lineage) with one successor, {facts.successors[0]}",
                f"seat {successor!r}",
                "a name used after its seat's abolition, with one successor, is the successor",
                (src.CBP8647, src.CURATED_LINEAGE),
            )
            used.discard((n.election, self.seats.group(n.key)))
            used.add(slot)
            n.key = successor

    # --- by-election seats (curated) -----------------------------------------------------
    def check_curated_by_election_seats(self) -> None:
        """Each curated by-election's seat, preferring one with a general-election result
        before it; the choice is stored for `curated_by_elections`."""
        for row in self.i.by_elections:
            key = seat_key(row.constituency)
            if row.date is None:
                self.by_election_keys[row.row.line] = key
                continue
            date = row.date.earliest()
            chosen = ""
            for candidate in _name_variants(row.constituency):
                if self._has_ge_before(candidate, date):
                    chosen = candidate
                    break
            if not chosen:
                self.report.add(
                    "by-election-seat",
                    f"{row.date} {row.constituency}",
                    "no general-election result in this constituency before the by-election",
                    f"seat {key!r}",
                    "kept under its own name; its earlier results may be filed under another "
                    "spelling",
                    (src.CURATED_BY_ELECTIONS, src.CBP8647),
                )
                chosen = key
            elif chosen != key:
                self.seats.alias(chosen, row.constituency)
                self.report.add(
                    "by-election-seat",
                    f"{row.date} {row.constituency}",
                    "the name as written has no earlier general-election result",
                    f"seat {chosen!r}",
                    "the same name without its bracketed qualifier has one",
                    (src.CURATED_BY_ELECTIONS,),
                )
            self.by_election_keys[row.row.line] = chosen
            self.referenced.add(chosen)

    def _has_ge_before(self, key: str, date: dt.date) -> bool:
        return any(d < date for d, _ in self.ge_results_by_key.get(self.seats.group(key), ()))


_HOW = {
    "prefix": "an area prefix shared by other seats of that election is dropped when the rest "
    "names a seat that existed then",
    "same-id": "the name used for the same constituency_id in the boundary set",
    "bare": "the one seat of that time (told apart by region if two) named this with a "
    "bracketed qualifier",
    "similar": "differs only in spacing or by a small misspelling (90% similar, same compass "
    "words) from a seat that existed then",
    "cbp-only": "kept as CBP-8647 writes it",
}


def _relative(path: str) -> str:
    """An input path from its origin directory on (`ukparl-psephology/...`)."""
    marker = psephology.DIR + "/"
    return marker + path.split(marker, 1)[1] if marker in path else path


def _name_variants(name: str) -> list[str]:
    """The seat key of a curated name, then the key without a bracketed qualifier."""
    keys = [seat_key(name)]
    if "(" in name:
        keys.append(seat_key(name.split("(")[0]))
    return keys
