"""Commons Library CBP-8647 `1918-2019election_results.csv`: party totals per seat, 1918-2019.

Quirks handled: cp1252 text; header names with trailing spaces and an empty last column;
names with stray spaces; `-n` for a party returned unopposed to n seats (so `-1` =
uncontested), `0` for a party that did not stand; shares as fractions (not imported: they
are derived); 2- and 3-member seats; `1974F`/`1974O` election codes.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from factcheck.reference.importer.csvio import Row, column_index, read_csv
from factcheck.reference.importer.names import fold

PATH = "hoc-cbp8647/1918-2019election_results.csv"

# The five party columns, in the file's order.
GROUPS = ("con", "lib", "lab", "natSW", "oth")


@dataclass(frozen=True)
class CbpRow:
    row: Row
    election: str  # the file's code: "1918", "1974F"
    boundary_set: str
    code: str  # per-boundary-set number before 2010, ONS code from 2010
    seats: int
    name: str
    region: str
    electorate: int | None
    votes: dict[str, int]  # group -> votes (0 = did not stand)
    unopposed: dict[str, int]  # group -> seats won unopposed (the file's `-n`)
    total: int | None  # None where the file leaves it blank or marks it uncontested
    turnout: float | None
    uncontested: bool  # a `-n` anywhere, including a total of `-1` with no party named

    @property
    def year(self) -> int:
        return int(self.election[:4])


def election_id(code: str) -> str:
    """`1974F` -> `ge-1974-02`, `1974O` -> `ge-1974-10`, `1918` -> `ge-1918`."""
    special = {"1974F": "ge-1974-02", "1974O": "ge-1974-10"}
    return special.get(code, f"ge-{code}")


def load(raw_dir: Path) -> list[CbpRow]:
    path = raw_dir / PATH
    names, rows = read_csv(path, encoding="cp1252")
    cols = column_index(
        names,
        path,
        "constituency_id",
        "seats",
        "constituency_name",
        "country/region",
        "electorate",
        *(f"{g}_votes" for g in GROUPS),
        "total_votes",
        "turnout",
        "election",
        "boundary_set",
    )
    out: list[CbpRow] = []
    for row in rows:
        votes: dict[str, int] = {}
        unopposed: dict[str, int] = {}
        for g in GROUPS:
            n = row.int_at(cols[f"{g}_votes"], f"{g}_votes")
            if n is None:
                continue
            if n < 0:
                unopposed[g] = -n
            else:
                votes[g] = n
        total = row.int_at(cols["total_votes"], "total_votes")
        election = row.get(cols["election"])
        if not election[:4].isdigit():
            raise row.fail(f"election: not a year code: {election!r}")
        seats = row.int_at(cols["seats"], "seats") or 1
        out.append(
            CbpRow(
                row=row,
                election=election,
                boundary_set=row.get(cols["boundary_set"]),
                code=row.get(cols["constituency_id"]),
                seats=seats,
                name=" ".join(row.get(cols["constituency_name"]).split()),
                region=row.get(cols["country/region"]),
                electorate=row.int_at(cols["electorate"], "electorate"),
                votes=votes,
                unopposed=unopposed,
                total=total if total is not None and total >= 0 else None,
                turnout=row.float_at(cols["turnout"], "turnout"),
                uncontested=bool(unopposed) or (total is not None and total < 0),
            )
        )
    return out


# The file's `country/region` names a nation, or one of England's nine regions (spelt
# several ways); "University" (the graduates' seats, 1918-1945) names no nation, and
# "Ireland" is the whole island before 1922.
NATION_REGIONS = {
    "scotland": "scotland",
    "wales": "wales",
    "northern ireland": "northern-ireland",
    "ireland": "ireland",
}
ENGLISH_REGIONS = (
    "north east", "north west", "yorkshire and the humber", "east midlands", "west midlands",
    "eastern", "london", "south east", "south west",
)  # fmt: skip
NO_NATION_REGIONS = ("university",)


def nation_of(row: CbpRow) -> str | None:
    """The nation of a row's seat, from its `country/region`; None for a university seat."""
    region = fold(row.region)
    if region in NATION_REGIONS:
        return NATION_REGIONS[region]
    if region in ENGLISH_REGIONS:
        return "england"
    if region in NO_NATION_REGIONS:
        return None
    raise row.row.fail(f"country/region: not a nation or English region: {row.region!r}")


def party_for(group: str, row: CbpRow) -> str:
    """The party id of a CBP party column, which depends on the year and the nation."""
    if group == "con":
        return "conservative"
    if group == "lab":
        return "labour"
    if group == "oth":
        return "others"
    if group == "lib":
        if row.year <= 1979:
            return "liberal"
        if row.year <= 1987:
            return "sdp-liberal-alliance"
        return "liberal-democrats"
    # natSW: the SNP in Scotland, Plaid Cymru in Wales (and the universities of each).
    place = f"{row.region} {row.name}".lower()
    if "scot" in place:
        return "snp"
    if "wales" in place or "welsh" in place:
        return "plaid-cymru"
    raise row.row.fail(f"natSW votes outside Scotland and Wales: {row.name!r} ({row.region})")
