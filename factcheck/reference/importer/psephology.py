"""`ukparliament/psephology` data files: candidate-level results 2010-2024, by-elections
2011-2026, notional results, and the lookups (parliaments, parties, seats, overlaps).

Quirks handled: no header in the 55-58 general-election files (59 has one and a 22nd
column); byte-order marks; the misspelt `ONS ID2` header; `[x]` and `NA` for missing
values; `dd/mm/yyyy` dates; the `TOTOTHV`/`MAXOTHV` aggregate rows of the 2019 notionals.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path

from factcheck.reference.importer.csvio import Row, column_index, read_csv, row_date

DIR = "ukparl-psephology"
GE_PARLIAMENTS = (55, 56, 57, 58, 59)
BY_ELECTION_PARLIAMENTS = (55, 56, 57, 58, 59)


def ge_path(n: int, kind: str) -> str:
    return f"{DIR}/results-by-parliament/{n}/general-election/{kind}.csv"


def by_path(n: int, kind: str) -> str:
    return f"{DIR}/results-by-parliament/{n}/by-elections/{kind}.csv"


NOTIONAL_2005 = f"{DIR}/results-by-parliament/54/notional-general-election/results.csv"
NOTIONAL_2019 = f"{DIR}/results-by-parliament/58/notional-general-election/results.csv"
PERIODS = f"{DIR}/parliament_periods.csv"
GENERAL_ELECTIONS = f"{DIR}/general-elections.csv"
BY_ELECTION_BRIEFINGS = f"{DIR}/by-elections-in-parliament.csv"
REGISTRATIONS = f"{DIR}/political-party-registrations.csv"
CONSTITUENCY_LIST = f"{DIR}/constituencies/1997-2024.csv"
OVERLAPS = f"{DIR}/constituency-area-overlaps.csv"

# The 21 columns shared by the general-election and by-election candidacy files.
CANDIDACY_COLUMNS = (
    "ONS ID",
    "ONS region ID",
    "Constituency name",
    "County name",
    "Region name",
    "Country name",
    "Constituency type",
    "Party name",
    "Party abbreviation",
    "Electoral Commission party ID",
    "MNIS party ID",
    "Electoral Commission adjunct party ID",
    "Candidate first name",
    "Candidate surname",
    "Candidate gender",
    "Sitting MP",
    "Former MP",
    "Member MNIS ID",
    "Votes",
    "Share",
    "Change",
)
CONSTITUENCY_COLUMNS = (
    "ONS ID",
    "ONS region ID",
    "Constituency name",
    "County name",
    "Region name",
    "Country name",
    "Constituency type",
    "Declaration time",
    "Member first name",
    "Member surname",
    "Member gender",
    "Result",
    "First party",
    "Second party",
    "Electorate",
    "Valid votes",
    "Invalid votes",
    "Majority",
)


@dataclass(frozen=True)
class Candidacy:
    row: Row
    first_name: str
    surname: str
    party_name: str
    party_abbrev: str
    ec_party_id: str
    mnis_party_id: str
    adjunct_party_id: str
    votes: int
    gender: str | None = None  # "f" or "m"; None when the file gives neither

    @property
    def name(self) -> str:
        return " ".join(f"{self.first_name} {self.surname}".split())


@dataclass
class SeatResult:
    """One seat at one election, as the psephology files give it."""

    ons: str
    name: str
    country: str
    candidates: list[Candidacy] = field(default_factory=list)
    electorate: int | None = None
    valid_votes: int | None = None
    invalid_votes: int | None = None
    majority: int | None = None
    result_text: str = ""
    party_columns: dict[str, int] = field(default_factory=dict)  # "Con" -> votes
    date: dt.date | None = None  # by-elections only
    line: int = 0  # the constituency row, for messages


def _candidacy(row: Row, cols: dict[str, int]) -> Candidacy:
    votes = row.int_at(cols["Votes"], "Votes")
    if votes is None:
        raise row.fail("Votes: missing")
    return Candidacy(
        row=row,
        first_name=row.get(cols["Candidate first name"]),
        surname=row.get(cols["Candidate surname"]),
        party_name=row.get(cols["Party name"]),
        party_abbrev=row.get(cols["Party abbreviation"]),
        ec_party_id=row.get(cols["Electoral Commission party ID"]),
        mnis_party_id=row.get(cols["MNIS party ID"]),
        adjunct_party_id=row.get(cols["Electoral Commission adjunct party ID"]),
        votes=votes,
        gender=_GENDERS.get(row.get(cols["Candidate gender"]).strip().lower()),
    )


# The file's gender words (`M`/`F` in some years, `Male`/`Female` in others); anything
# else ("Non-binary", "?") is no gender a pronoun could be checked against.
_GENDERS = {"m": "m", "male": "m", "f": "f", "female": "f"}


def _positional(names: list[str], expected: tuple[str, ...]) -> list[str]:
    """Header names for a file that may lack a header row (the columns are then in order)."""
    return names if names else list(expected)


def _fill_seat(seat: SeatResult, row: Row, cols: dict[str, int], names: list[str]) -> None:
    seat.electorate = row.int_at(cols["Electorate"], "Electorate")
    seat.valid_votes = row.int_at(cols["Valid votes"], "Valid votes")
    seat.invalid_votes = row.int_at(cols["Invalid votes"], "Invalid votes")
    seat.majority = row.int_at(cols["Majority"], "Majority")
    seat.result_text = row.get(cols["Result"])
    seat.line = row.line
    first_party_col = cols["Majority"] + 1
    for i in range(first_party_col, len(row.values)):
        label = names[i] if i < len(names) else f"column {i + 1}"
        value = row.int_at(i, label)
        if value is not None:
            seat.party_columns[label] = value


# Party vote columns of the header-less constituency files (55-58), after `Majority`.
_GE_PARTY_COLUMNS = {
    55: ("Con", "Lab", "LD", "UKIP", "Green", "SNP", "PC", "DUP", "SF", "SDLP", "UUP", "APNI")
    + ("All other",),
    56: ("Con", "Lab", "LD", "UKIP", "Green", "SNP", "PC", "DUP", "SF", "SDLP", "UUP", "APNI")
    + ("All other",),
    57: ("Con", "Lab", "LD", "UKIP", "Green", "SNP", "PC", "DUP", "SF", "SDLP", "UUP", "APNI")
    + ("All other", "Of which other winner"),
    58: ("Con", "Lab", "LD", "BRX", "Green", "SNP", "PC", "DUP", "SF", "SDLP", "UUP", "APNI")
    + ("All other", "Of which other winner"),
}


def load_general_election(raw_dir: Path, n: int) -> dict[str, SeatResult]:
    """Seats of one general election, keyed by ONS code, with candidates and totals."""
    seats: dict[str, SeatResult] = {}
    path = raw_dir / ge_path(n, "constituencies")
    names, rows = read_csv(path, header="ONS ID")
    names = _positional(names, CONSTITUENCY_COLUMNS + _GE_PARTY_COLUMNS.get(n, ()))
    cols = column_index(names, path, *CONSTITUENCY_COLUMNS)
    for row in rows:
        ons = row.get(cols["ONS ID"])
        seat = SeatResult(ons, row.get(cols["Constituency name"]), row.get(cols["Country name"]))
        _fill_seat(seat, row, cols, names)
        if ons in seats:
            raise row.fail(f"ONS ID {ons} appears twice")
        seats[ons] = seat
    path = raw_dir / ge_path(n, "candidacies")
    names, rows = read_csv(path, header="ONS ID")
    cols = column_index(_positional(names, CANDIDACY_COLUMNS), path, *CANDIDACY_COLUMNS)
    for row in rows:
        ons = row.get(cols["ONS ID"])
        if ons not in seats:
            raise row.fail(f"ONS ID {ons} is not in {ge_path(n, 'constituencies')}")
        seats[ons].candidates.append(_candidacy(row, cols))
    return seats


def load_by_elections(raw_dir: Path, n: int) -> list[SeatResult]:
    """By-elections of one parliament, in file order, with candidates and totals."""
    path = raw_dir / by_path(n, "constituencies")
    names, rows = read_csv(path)
    cols = column_index(names, path, "By-election date", *CONSTITUENCY_COLUMNS)
    found: dict[tuple[dt.date, str], SeatResult] = {}
    for row in rows:
        date = row_date(row, cols["By-election date"], "By-election date")
        if date is None:
            raise row.fail("By-election date: missing")
        ons = row.get(cols["ONS ID"])
        seat = SeatResult(ons, row.get(cols["Constituency name"]), row.get(cols["Country name"]))
        seat.date = date
        _fill_seat(seat, row, cols, names)
        found[(date, ons)] = seat
    path = raw_dir / by_path(n, "candidacies")
    names, rows = read_csv(path)
    cols = column_index(names, path, "Election date", *CANDIDACY_COLUMNS)
    for row in rows:
        date = row_date(row, cols["Election date"], "Election date")
        key = (date, row.get(cols["ONS ID"]))
        if key not in found:
            raise row.fail(f"no by-election {key[1]} on {date} in {by_path(n, 'constituencies')}")
        found[key].candidates.append(_candidacy(row, cols))
    return list(found.values())


@dataclass(frozen=True)
class NotionalParty:
    mnis_party_id: str  # "" for an aggregate of other parties
    party_name: str
    party_abbrev: str
    votes: int
    code: str = ""  # the 2019 file's vote code: CONV, IND1V, ...


def _notional_party(
    row: Row, votes_at: int, mnis_at: int, name_at: int, abbrev_at: int, code: str = ""
) -> NotionalParty:
    """One party's line of a notional results file ("NA" marks an aggregate of others)."""
    votes = row.int_at(votes_at, "votes")
    if votes is None:
        raise row.fail("votes: missing")
    mnis = row.get(mnis_at)
    return NotionalParty(
        "" if mnis in ("NA", "") else mnis, row.get(name_at), row.get(abbrev_at), votes, code
    )


@dataclass
class NotionalSeat:
    ons: str
    name: str
    electorate: int | None
    valid_votes: int | None
    parties: list[NotionalParty] = field(default_factory=list)
    line: int = 0


def load_notional_2005(raw_dir: Path) -> dict[str, NotionalSeat]:
    """The 2005 general election recast on the 2010 boundaries. `NA` party = all others."""
    path = raw_dir / NOTIONAL_2005
    names, rows = read_csv(path)
    cols = column_index(
        names, path, "constituency_id", "constituency_name", "mnis_party_id", "mnis_party_name"
    )
    cols |= column_index(names, path, "mnis_party_abbrev", "votes", "total_votes", "electorate")
    seats: dict[str, NotionalSeat] = {}
    for row in rows:
        ons = row.get(cols["constituency_id"])
        seat = seats.get(ons)
        if seat is None:
            seat = seats[ons] = NotionalSeat(
                ons,
                row.get(cols["constituency_name"]),
                row.int_at(cols["electorate"], "electorate"),
                row.int_at(cols["total_votes"], "total_votes"),
                line=row.line,
            )
        seat.parties.append(
            _notional_party(
                row,
                cols["votes"],
                cols["mnis_party_id"],
                cols["mnis_party_name"],
                cols["mnis_party_abbrev"],
            )
        )
    return seats


# The 2019-on-2024 notional file has no header; columns per the psephology loader.
_NOTIONAL_2019_COLUMNS = (
    "name",
    "name2",
    "ons",
    "seq",
    "region code",
    "country",
    "type",
    "turnout",
    "electorate",
    "valid votes",
    "majority",
    "code",
    "votes",
    "abbrev",
    "party name",
    "mnis party id",
)
NOTIONAL_AGGREGATE_CODES = {"TOTOTHV", "MAXOTHV"}


def load_notional_2019(raw_dir: Path) -> tuple[dict[str, NotionalSeat], int]:
    """The 2019 general election recast on the 2024 boundaries, and how many aggregate
    (`TOTOTHV`/`MAXOTHV`) rows were left out."""
    path = raw_dir / NOTIONAL_2019
    _, rows = read_csv(path, header=False)
    c = {name: i for i, name in enumerate(_NOTIONAL_2019_COLUMNS)}
    seats: dict[str, NotionalSeat] = {}
    skipped = 0
    for row in rows:
        if len(row.values) != len(_NOTIONAL_2019_COLUMNS):
            raise row.fail(f"expected {len(_NOTIONAL_2019_COLUMNS)} columns, got {len(row.values)}")
        ons = row.get(c["ons"])
        seat = seats.get(ons)
        if seat is None:
            seat = seats[ons] = NotionalSeat(
                ons,
                row.get(c["name"]),
                row.int_at(c["electorate"], "electorate"),
                row.int_at(c["valid votes"], "valid votes"),
                line=row.line,
            )
        code = row.get(c["code"])
        if code in NOTIONAL_AGGREGATE_CODES:
            skipped += 1
            continue
        seat.parties.append(
            _notional_party(row, c["votes"], c["mnis party id"], c["party name"], c["abbrev"], code)
        )
    return seats, skipped


def load_periods(raw_dir: Path) -> dict[int, dt.date]:
    """Parliament number -> the general election's polling day, where the file gives a
    single date (parliaments 31-59, i.e. 1918 onwards)."""
    path = raw_dir / PERIODS
    _, rows = read_csv(path, header=False)
    dates: dict[int, dt.date] = {}
    for row in rows:
        number = row.int_at(0, "parliament number")
        text = row.get(1)
        if number is None or "/" not in text or " " in text:
            continue
        date = row_date(row, 1, "election date")
        if date is not None:
            dates[number] = date
    return dates


@dataclass(frozen=True)
class Briefing:
    date: dt.date | None  # general elections: polling day
    parliament: int | None  # by-elections: the parliament covered
    notional: bool
    url: str


def load_general_election_briefings(raw_dir: Path) -> list[Briefing]:
    path = raw_dir / GENERAL_ELECTIONS
    _, rows = read_csv(path, header=False)
    return [Briefing(_iso(row), None, row.get(1) == "true", row.get(2)) for row in rows]


def _iso(row: Row) -> dt.date:
    try:
        return dt.date.fromisoformat(row.get(0))
    except ValueError:
        raise row.fail(f"not a date: {row.get(0)!r}") from None


def load_by_election_briefings(raw_dir: Path) -> list[Briefing]:
    path = raw_dir / BY_ELECTION_BRIEFINGS
    _, rows = read_csv(path, header=False)
    return [Briefing(None, row.int_at(0, "parliament"), False, row.get(1)) for row in rows]


@dataclass(frozen=True)
class Registration:
    mnis_id: str
    mnis_name: str
    ec_id: str
    jurisdiction: str
    registered: dt.date | None
    deregistered: dt.date | None


def load_registrations(raw_dir: Path) -> list[Registration]:
    path = raw_dir / REGISTRATIONS
    names, rows = read_csv(path)
    cols = column_index(
        names, path, "MNIS ID", "MNIS name", "Electoral Commission ID", "Jurisdiction"
    )
    cols |= column_index(names, path, "Registered on", "Deregistered on")
    return [
        Registration(
            row.get(cols["MNIS ID"]),
            row.get(cols["MNIS name"]),
            row.get(cols["Electoral Commission ID"]),
            row.get(cols["Jurisdiction"]),
            row_date(row, cols["Registered on"], "Registered on"),
            row_date(row, cols["Deregistered on"], "Deregistered on"),
        )
        for row in rows
    ]


@dataclass(frozen=True)
class ListedSeat:
    """A row of the MNIS constituency list (1997-2024)."""

    name: str
    ons: str
    mnis_id: str
    start: dt.date | None
    end: dt.date | None
    line: int


def load_constituency_list(raw_dir: Path) -> list[ListedSeat]:
    path = raw_dir / CONSTITUENCY_LIST
    names, rows = read_csv(path)
    cols = column_index(names, path, "Name", "ONSCode", "Constituency_Id", "StartDate", "EndDate")
    return [
        ListedSeat(
            row.get(cols["Name"]),
            row.get(cols["ONSCode"]),
            row.get(cols["Constituency_Id"]),
            row_date(row, cols["StartDate"], "StartDate"),
            row_date(row, cols["EndDate"], "EndDate"),
            row.line,
        )
        for row in rows
    ]


@dataclass(frozen=True)
class Overlap:
    """How much of a 2010-set seat went to a 2024-set seat (fractions of population)."""

    from_ons: str
    from_name: str
    to_ons: str
    to_name: str
    share_of_old: float  # the part of the old seat's population now in the new seat
    share_of_new: float  # the part of the new seat's population that came from the old one


def load_overlaps(raw_dir: Path) -> list[Overlap]:
    path = raw_dir / OVERLAPS
    _, rows = read_csv(path, header=False)
    out: list[Overlap] = []
    for row in rows:
        if len(row.values) < 11:
            raise row.fail(f"expected 11 columns, got {len(row.values)}")
        old, new = row.float_at(9, "from population"), row.float_at(10, "to population")
        if old is None or new is None:
            raise row.fail("population overlap missing")
        out.append(Overlap(row.get(1), row.get(2), row.get(3), row.get(4), old, new))
    return out
