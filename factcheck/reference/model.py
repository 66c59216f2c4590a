"""The reference data model: plain records, as read from `reference/*.yaml`.

Only facts that a source states are stored here. Shares, changes, majorities,
turnout, holders and "first since" records are derived in `factcheck.reference.derive`.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass, field

_PARTIAL_DATE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")


@dataclass(frozen=True, order=True)
class PartialDate:
    """A date only as precise as its source: a year, a month or a day."""

    year: int
    month: int | None = None
    day: int | None = None

    @classmethod
    def parse(cls, text: str) -> PartialDate:
        """Read `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; raise ValueError otherwise."""
        m = _PARTIAL_DATE.match(str(text).strip())
        if not m:
            raise ValueError(f"not a date (want YYYY, YYYY-MM or YYYY-MM-DD): {text!r}")
        year, month, day = (int(g) if g else None for g in m.groups())
        if month is not None and not 1 <= month <= 12:
            raise ValueError(f"month out of range: {text!r}")
        if day is not None:
            dt.date(year, month, day)  # raises ValueError on 2019-02-30
        return cls(year, month, day)

    def earliest(self) -> dt.date:
        return dt.date(self.year, self.month or 1, self.day or 1)

    def latest(self) -> dt.date:
        month = self.month or 12
        day = self.day or calendar.monthrange(self.year, month)[1]
        return dt.date(self.year, month, day)

    def __str__(self) -> str:
        if self.month is None:
            return f"{self.year:04d}"
        if self.day is None:
            return f"{self.year:04d}-{self.month:02d}"
        return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"


@dataclass(frozen=True)
class Source:
    """Where a record comes from: a publisher's dataset and the file or page read."""

    id: str
    publisher: str
    title: str
    url: str = ""
    file: str = ""
    official: bool = True
    note: str = ""

    def cite(self, detail: str = "") -> str:
        text = f"{self.publisher}, {self.title}"
        return f"{text} ({detail})" if detail else text


@dataclass(frozen=True)
class SourceRef:
    """A record's citation: a source id plus an optional page or row detail."""

    source: str
    url: str = ""
    note: str = ""


@dataclass(frozen=True)
class Party:
    id: str
    name: str
    short: str
    aliases: tuple[str, ...] = ()
    founded: PartialDate | None = None
    dissolved: PartialDate | None = None
    # An aggregate is a column such as "all other parties": never one candidate.
    aggregate: bool = False
    source: SourceRef | None = None


@dataclass(frozen=True)
class Constituency:
    id: str
    name: str
    aliases: tuple[str, ...] = ()
    created: PartialDate | None = None
    abolished: PartialDate | None = None
    predecessors: tuple[str, ...] = ()
    successors: tuple[str, ...] = ()
    # Official codes (ONS E14000647, or the Library's per-boundary-set numbers).
    codes: tuple[str, ...] = ()
    # The nation the seat lies in: england, scotland, wales, northern-ireland, or ireland
    # (the whole island, before 1922); None where the source gives none (university seats).
    nation: str | None = None
    source: SourceRef | None = None


# `Election.when` by (date, precision).
_WHEN: dict[tuple[dt.date, str], str] = {}


@dataclass(frozen=True)
class Election:
    """A general election, a by-election, or a notional recast of a general election."""

    id: str
    kind: str  # "general" | "by-election" | "notional"
    date: dt.date
    name: str
    constituency: str | None = None  # by-elections only
    base: str | None = None  # notional only: the general election recast
    boundaries: str | None = None  # notional only: the boundary set, e.g. "2024"
    source: SourceRef | None = None
    # "day", or "month" where the source gives only the month: `date` is then the month's
    # first day, kept for ordering, never printed or compared as a day.
    precision: str = "day"

    def when(self) -> str:
        """The date as the source gives it: "23 February 2017", or "October 1937"."""
        key = (self.date, self.precision)
        found = _WHEN.get(key)
        if found is None:
            # (formatted once per date: every label of a contest is written with it)
            if self.precision == "month":
                found = f"{self.date:%B %Y}"
            else:
                found = f"{self.date.day} {self.date:%B %Y}"
            _WHEN[key] = found
        return found

    def date_text(self) -> str:
        """The date as the reference writes it: "2017-02-23", or "1937-10"."""
        return self.date.isoformat()[:7] if self.precision == "month" else self.date.isoformat()


@dataclass(frozen=True)
class Candidate:
    """A candidate, or for party-level data a party's total in the seat (no name)."""

    party: str
    votes: int | None
    name: str | None = None
    # "f" or "m" as the official candidate lists give it (2010 on); None when not known.
    gender: str | None = None


@dataclass(frozen=True)
class ElectionResult:
    """One seat at one election."""

    election: str
    constituency: str
    candidates: tuple[Candidate, ...]
    electorate: int | None = None
    valid_votes: int | None = None
    invalid_votes: int | None = None
    seats: int = 1
    uncontested: bool = False
    # True when the source lists only some candidates (e.g. winner and runner-up).
    partial: bool = False
    # Stated by a source where votes are missing; otherwise computed, never typed.
    majority: int | None = None
    turnout: float | None = None
    winner: str | None = None  # a winner's name where votes are missing
    winner_party: str | None = None
    source: SourceRef | None = None


@dataclass(frozen=True)
class Government:
    start: dt.date
    end: dt.date | None
    prime_minister: str
    parties: tuple[str, ...]
    source: SourceRef | None = None


@dataclass(frozen=True)
class Leader:
    party: str
    name: str
    start: PartialDate | None
    end: PartialDate | None
    source: SourceRef | None = None


@dataclass(frozen=True)
class Event:
    """A dated national event an article may measure from, such as a referendum."""

    id: str
    name: str
    date: dt.date
    aliases: tuple[str, ...] = ()
    source: SourceRef | None = None


@dataclass(frozen=True)
class Coverage:
    """What one kind of record covers over a period, and how completely (coverage.yaml).

    `record` is "general-elections", "by-elections" or "candidate-names". For by-elections,
    `imported` counts the contests the dataset holds in the period, `known` the total a
    source states (exact), `at_least` a stated lower bound; `missing` names the seats
    (constituency ids) of contests known to have been held that the dataset lacks (no date
    or no seat it can place), and `unplaced` counts those whose seat is not known.
    """

    record: str
    start: PartialDate
    end: PartialDate | None = None
    complete: bool = False
    parliament: str | None = None  # the general election that began it: "1935", "1974-02"
    imported: int | None = None
    known: int | None = None
    at_least: int | None = None
    missing: tuple[str, ...] = ()
    unplaced: int = 0
    note: str = ""
    source: SourceRef | None = None


@dataclass
class ReferenceRecords:
    """Every record of a reference dataset, before indexing."""

    sources: dict[str, Source] = field(default_factory=dict)
    parties: dict[str, Party] = field(default_factory=dict)
    constituencies: dict[str, Constituency] = field(default_factory=dict)
    elections: dict[str, Election] = field(default_factory=dict)
    results: list[ElectionResult] = field(default_factory=list)
    governments: list[Government] = field(default_factory=list)
    leaders: list[Leader] = field(default_factory=list)
    events: dict[str, Event] = field(default_factory=dict)
    coverage: list[Coverage] = field(default_factory=list)
