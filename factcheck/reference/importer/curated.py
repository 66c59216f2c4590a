"""The hand-curated tables in `shared/data/curated/`: each row cites its page in `source_url`."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from factcheck.reference.importer.csvio import Row, column_index, read_csv, read_text
from factcheck.reference.model import PartialDate

BY_ELECTIONS = "by-elections-1945-2010.csv"
BY_ELECTION_LIST = "by-elections-1918-2010-list.csv"
README = "README.md"
GOVERNMENTS = "governments.csv"
LEADERS = "party-leaders.csv"
PARTIES = "parties.csv"
LINEAGE = "constituency-lineage.csv"
FILES = (BY_ELECTIONS, BY_ELECTION_LIST, GOVERNMENTS, LEADERS, PARTIES, LINEAGE)


def _table(path: Path, *columns: str) -> tuple[dict[str, int], list[Row]]:
    names, rows = read_csv(path)
    return column_index(names, path, *columns), rows


def _date(row: Row, index: int, what: str) -> PartialDate | None:
    text = row.get(index)
    if not text:
        return None
    try:
        return PartialDate.parse(text)
    except ValueError as exc:
        raise row.fail(f"{what}: {exc}") from None


def _split(text: str) -> tuple[str, ...]:
    return tuple(part.strip() for part in text.split(";") if part.strip())


@dataclass(frozen=True)
class CuratedByElection:
    row: Row
    date: PartialDate | None
    constituency: str
    previous_party: str
    winning_party: str
    winner: str
    winner_votes: int | None
    runner_up: str
    runner_up_party: str
    runner_up_votes: int | None
    majority: int | None
    turnout_pct: float | None
    url: str


def load_by_elections(curated_dir: Path) -> list[CuratedByElection]:
    cols, rows = _table(
        curated_dir / BY_ELECTIONS,
        "date",
        "constituency",
        "previous_party",
        "winning_party",
        "winner",
        "winner_votes",
        "runner_up",
        "runner_up_party",
        "runner_up_votes",
        "majority",
        "turnout_pct",
        "source_url",
    )
    return [
        CuratedByElection(
            row=row,
            date=_date(row, cols["date"], "date"),
            constituency=row.get(cols["constituency"]),
            previous_party=row.get(cols["previous_party"]),
            winning_party=row.get(cols["winning_party"]),
            winner=row.get(cols["winner"]),
            winner_votes=row.int_at(cols["winner_votes"], "winner_votes"),
            runner_up=row.get(cols["runner_up"]),
            runner_up_party=row.get(cols["runner_up_party"]),
            runner_up_votes=row.int_at(cols["runner_up_votes"], "runner_up_votes"),
            majority=row.int_at(cols["majority"], "majority"),
            turnout_pct=row.float_at(cols["turnout_pct"], "turnout_pct"),
            url=row.get(cols["source_url"]),
        )
        for row in rows
    ]


def load_readme(curated_dir: Path) -> str:
    """The tables' README (its per-parliament counts are checked), or "" if there is none."""
    path = curated_dir / README
    return read_text(path) if path.is_file() else ""


@dataclass(frozen=True)
class ListedByElection:
    """A row of the list of by-elections 1918-2010: no votes; a date may be a month only."""

    row: Row
    date: PartialDate
    constituency: str
    parliament: str  # the general election that began it, as written: "1918", "1974F"
    previous_party: str
    winning_party: str
    gain: str  # "yes", "no" or ""
    url: str


def load_by_election_list(curated_dir: Path) -> list[ListedByElection]:
    cols, rows = _table(
        curated_dir / BY_ELECTION_LIST,
        "date",
        "constituency",
        "parliament_elected",
        "previous_party",
        "winning_party",
        "gain",
        "source_url",
    )
    out = []
    for row in rows:
        date = _date(row, cols["date"], "date")
        if date is None or date.month is None:
            raise row.fail("date: a by-election needs at least a month (YYYY-MM)")
        if not row.get(cols["constituency"]):
            raise row.fail("constituency: missing")
        gain = row.get(cols["gain"]).lower()
        if gain not in ("yes", "no", ""):
            raise row.fail(f"gain: want yes, no or nothing, not {gain!r}")
        out.append(
            ListedByElection(
                row=row,
                date=date,
                constituency=row.get(cols["constituency"]),
                parliament=row.get(cols["parliament_elected"]),
                previous_party=row.get(cols["previous_party"]),
                winning_party=row.get(cols["winning_party"]),
                gain=gain,
                url=row.get(cols["source_url"]),
            )
        )
    return out


@dataclass(frozen=True)
class CuratedGovernment:
    row: Row
    start: PartialDate
    end: PartialDate | None
    prime_minister: str
    parties: tuple[str, ...]
    url: str


def load_governments(curated_dir: Path) -> list[CuratedGovernment]:
    cols, rows = _table(
        curated_dir / GOVERNMENTS, "from", "to", "prime_minister", "parties", "source_url"
    )
    out: list[CuratedGovernment] = []
    for row in rows:
        start = _date(row, cols["from"], "from")
        if start is None:
            raise row.fail("from: missing")
        out.append(
            CuratedGovernment(
                row,
                start,
                _date(row, cols["to"], "to"),
                row.get(cols["prime_minister"]),
                _split(row.get(cols["parties"])),
                row.get(cols["source_url"]),
            )
        )
    return out


@dataclass(frozen=True)
class CuratedLeader:
    row: Row
    party: str
    name: str
    start: PartialDate | None
    end: PartialDate | None
    url: str


def load_leaders(curated_dir: Path) -> list[CuratedLeader]:
    cols, rows = _table(curated_dir / LEADERS, "party", "leader", "from", "to", "source_url")
    return [
        CuratedLeader(
            row,
            row.get(cols["party"]),
            row.get(cols["leader"]),
            _date(row, cols["from"], "from"),
            _date(row, cols["to"], "to"),
            row.get(cols["source_url"]),
        )
        for row in rows
    ]


@dataclass(frozen=True)
class CuratedParty:
    row: Row
    party: str
    founded: PartialDate | None
    dissolved: PartialDate | None
    aliases: tuple[str, ...]
    url: str


def load_parties(curated_dir: Path) -> list[CuratedParty]:
    cols, rows = _table(
        curated_dir / PARTIES, "party", "founded", "dissolved", "aliases", "source_url"
    )
    return [
        CuratedParty(
            row,
            row.get(cols["party"]),
            _date(row, cols["founded"], "founded"),
            _date(row, cols["dissolved"], "dissolved"),
            _split(row.get(cols["aliases"])),
            row.get(cols["source_url"]),
        )
        for row in rows
    ]


@dataclass(frozen=True)
class CuratedLineage:
    row: Row
    constituency: str
    created: PartialDate | None
    abolished: PartialDate | None
    predecessors: tuple[str, ...]
    successors: tuple[str, ...]
    url: str


def load_lineage(curated_dir: Path) -> list[CuratedLineage]:
    cols, rows = _table(
        curated_dir / LINEAGE,
        "constituency",
        "created",
        "abolished",
        "predecessors",
        "successors",
        "source_url",
    )
    return [
        CuratedLineage(
            row,
            row.get(cols["constituency"]),
            _date(row, cols["created"], "created"),
            _date(row, cols["abolished"], "abolished"),
            _split(row.get(cols["predecessors"])),
            _split(row.get(cols["successors"])),
            row.get(cols["source_url"]),
        )
        for row in rows
    ]
