"""Checking plain YAML data against the reference schema and turning it into records.

The checker never sees YAML nodes: it reports each problem as a path into the file's
data (`("results", 12, "candidates", 3, "votes")`), and the loader turns that path
into a line and column only when there is something to report.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from factcheck.reference.model import (
    Candidate,
    Constituency,
    Coverage,
    Election,
    ElectionResult,
    Event,
    Government,
    Leader,
    PartialDate,
    Party,
    ReferenceRecords,
    Source,
    SourceRef,
)

Path = tuple[str | int, ...]

_SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
_FULL_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
# No count in one seat comes near this (the UK electorate is under 50 million); a bound
# keeps every sum and ratio exact in floating point, whatever digits a file holds.
MAX_COUNT = 1_000_000_000
ELECTION_KINDS = ("general", "by-election", "notional")
# A constituency's nation ("ireland": the whole island, before 1922).
NATIONS = ("england", "scotland", "wales", "northern-ireland", "ireland")
COVERAGE_RECORDS = ("general-elections", "by-elections", "candidate-names")
_MONTH = re.compile(r"^\d{4}-\d{2}$")

# Each kind of record: (singular noun for messages, required keys, optional keys).
RECORD_KEYS: dict[str, tuple[str, tuple[str, ...], tuple[str, ...]]] = {
    "sources": ("source", ("id", "publisher", "title"), ("url", "file", "official", "note")),
    "parties": (
        "party",
        ("id", "name", "short", "source"),
        ("aliases", "founded", "dissolved", "aggregate"),
    ),
    "constituencies": (
        "constituency",
        ("id", "name", "source"),
        ("aliases", "created", "abolished", "predecessors", "successors", "codes", "nation"),
    ),
    "elections": (
        "election",
        ("id", "kind", "date", "name", "source"),
        ("constituency", "base", "boundaries"),
    ),
    "results": (
        "result",
        ("election", "constituency", "candidates", "source"),
        (
            "electorate",
            "valid_votes",
            "invalid_votes",
            "seats",
            "uncontested",
            "partial",
            "majority",
            "turnout",
            "winner",
            "winner_party",
        ),
    ),
    "governments": ("government", ("from", "prime_minister", "parties", "source"), ("to",)),
    "leaders": ("leader", ("party", "name", "source"), ("from", "to")),
    "events": ("event", ("id", "name", "date", "source"), ("aliases",)),
    "coverage": (
        "coverage record",
        ("record", "from", "source"),
        (
            "to",
            "complete",
            "parliament",
            "imported",
            "known",
            "at_least",
            "missing",
            "unplaced",
            "note",
        ),
    ),
}
CANDIDATE_KEYS = frozenset({"party", "votes", "name", "gender"})
GENDERS = ("f", "m")
SOURCE_REF_KEYS = frozenset({"id", "url", "note"})
_ALLOWED = {kind: frozenset(req + opt) for kind, (_, req, opt) in RECORD_KEYS.items()}
_REQUIRED = {kind: req for kind, (_, req, _) in RECORD_KEYS.items()}


@dataclass
class Issue:
    """One problem, located by a path into one file's data (or by a known position)."""

    file: int
    path: Path
    message: str
    on_key: bool = False  # point at the key itself rather than its value
    line: int = 0  # set when the position is already known (YAML syntax, duplicate keys)
    column: int = 0
    first: tuple[int, Path] | None = None  # for a duplicate: where the first one is


@dataclass
class _Ref:
    """A reference to an id, checked once every file has been read."""

    kind: str  # "sources", "parties", "constituencies", "elections"
    id: str
    file: int
    path: Path


@dataclass
class KnownIds:
    """Records already loaded (the bundled dataset) that new files may refer to."""

    records: ReferenceRecords
    has_result: Callable[[str, str], bool] = lambda election, constituency: False
    label: str = "the bundled reference"


def shown(value: object, limit: int = 60) -> str:
    """A value as a message quotes it: repr, cut short so a message never carries a file."""
    text = repr(value)
    return text if len(text) <= limit else f"{text[: limit - 4]}...{text[-1]}"


def describe(value: object) -> str:
    """How a wrong value reads in a message; YAML 1.1's surprises get a hint."""
    if isinstance(value, bool):
        return f"{str(value).lower()} (YAML reads yes/no/on/off as true/false: quote text)"
    if isinstance(value, int) and abs(value) >= 10**20:
        return f"a {len(str(abs(value)))}-digit number"
    if isinstance(value, int | float):
        return f"the number {value}"
    if isinstance(value, dt.date):
        return f"the date {value.isoformat()}"
    if value is None:
        return "nothing (null)"
    if isinstance(value, dict):
        return "a mapping"
    if isinstance(value, list):
        return "a list"
    return shown(value)


class RecordChecker:
    """Checks files' data one at a time, building records; references are checked at the end."""

    def __init__(self, known: KnownIds | None = None) -> None:
        self.records = ReferenceRecords()
        self.issues: list[Issue] = []
        self.known = known
        self._refs: list[_Ref] = []
        # Where each id (and each result's seat and election) was first defined.
        self._defined: dict[str, dict[str, tuple[int, Path]]] = {
            kind: {} for kind in ("sources", "parties", "constituencies", "elections", "events")
        }
        self._result_at: dict[tuple[str, str], tuple[int, Path]] = {}
        self._file = 0

    # --- reporting -------------------------------------------------------
    def _issue(self, path: Path, message: str, on_key: bool = False) -> None:
        self.issues.append(Issue(self._file, path, message, on_key))

    def _ref(self, kind: str, value: str, path: Path) -> None:
        self._refs.append(_Ref(kind, value, self._file, path))

    # --- scalar checks ---------------------------------------------------
    def _text(self, value: object, path: Path) -> str | None:
        if isinstance(value, str):
            return value
        self._issue(path, f"{path[-1]} must be text, not {describe(value)}")
        return None

    def _optional_text(self, record: dict, key: str, path: Path) -> str:
        if key not in record:
            return ""
        return self._text(record[key], (*path, key)) or ""

    def _flag(self, record: dict, key: str, path: Path, default: bool) -> bool:
        value = record.get(key, default)
        if isinstance(value, bool):
            return value
        self._issue((*path, key), f"{key} must be true or false, not {describe(value)}")
        return default

    def _count(self, record: dict, key: str, path: Path, minimum: int = 0) -> int | None:
        """A whole number such as votes or an electorate; left out when unknown."""
        if key not in record:
            return None
        value = record[key]
        if type(value) is int and minimum <= value <= MAX_COUNT:
            return value
        if type(value) is int and value > MAX_COUNT:
            self._issue((*path, key), f"{key} must be at most {MAX_COUNT:,}, not {describe(value)}")
        elif type(value) is int:
            self._issue((*path, key), f"{key} must be at least {minimum}, not {value}")
        else:
            hint = " (write it without separators)" if isinstance(value, str) else ""
            self._issue((*path, key), f"{key} must be a whole number, not {describe(value)}{hint}")
        return None

    def _slug(self, record: dict, key: str, path: Path) -> str | None:
        value = self._text(record[key], (*path, key))
        if value is None:
            return None
        if not _SLUG.match(value):
            self._issue(
                (*path, key),
                f"{key} {shown(value)} is not a lower-case slug such as 'liberal-democrats'",
            )
            return None
        return value

    def _partial_date(self, record: dict, key: str, path: Path) -> PartialDate | None:
        if key not in record:
            return None
        value = record[key]
        if isinstance(value, dt.date) and not isinstance(value, dt.datetime):
            return PartialDate(value.year, value.month, value.day)
        if isinstance(value, str):
            try:
                return PartialDate.parse(value)
            except ValueError:
                pass
            self._issue(
                (*path, key),
                f'{key}: not a date: {shown(value)} (want "YYYY", "YYYY-MM" or "YYYY-MM-DD")',
            )
            return None
        hint = f' (quote it: "{value}")' if type(value) is int else ""
        self._issue(
            (*path, key),
            f'{key} must be a quoted date "YYYY", "YYYY-MM" or "YYYY-MM-DD", '
            f"not {describe(value)}{hint}",
        )
        return None

    def _date(self, record: dict, key: str, path: Path) -> dt.date | None:
        if key not in record:
            return None
        value = record[key]
        if isinstance(value, dt.date) and not isinstance(value, dt.datetime):
            return value
        if isinstance(value, str) and _FULL_DATE.match(value):
            try:
                return dt.date.fromisoformat(value)
            except ValueError:
                pass
        self._issue((*path, key), f'{key} must be a full date "YYYY-MM-DD", not {describe(value)}')
        return None

    def _text_list(self, record: dict, key: str, path: Path) -> tuple[str, ...]:
        if key not in record:
            return ()
        value = record[key]
        if not isinstance(value, list):
            self._issue((*path, key), f"{key} must be a list of text, not {describe(value)}")
            return ()
        items = []
        for i, item in enumerate(value):
            if isinstance(item, str):
                items.append(item)
            else:
                self._issue((*path, key, i), f"{key}[{i}] must be text, not {describe(item)}")
        return tuple(items)

    def _id_list(self, record: dict, key: str, path: Path, kind: str) -> tuple[str, ...]:
        ids = self._text_list(record, key, path)
        for i, value in enumerate(ids):
            self._ref(kind, value, (*path, key, i))
        return ids

    def _source_ref(self, value: object, path: Path) -> SourceRef | None:
        if isinstance(value, str):
            self._ref("sources", value, path)
            return SourceRef(value)
        if not isinstance(value, dict):
            self._issue(path, f"source must be a source id or a mapping, not {describe(value)}")
            return None
        for key in value:
            if key not in SOURCE_REF_KEYS:
                self._issue(
                    (*path, key),
                    f"unknown key {shown(key)} in a source reference (allowed: id, url, note)",
                    on_key=True,
                )
        if "id" not in value:
            self._issue(path, "a source reference needs 'id'")
            return None
        source_id = self._text(value["id"], (*path, "id"))
        if source_id is None:
            return None
        self._ref("sources", source_id, (*path, "id"))
        url = self._optional_text(value, "url", path)
        note = self._optional_text(value, "note", path)
        return SourceRef(source_id, url, note)

    # --- records ---------------------------------------------------------
    def _keys_ok(self, kind: str, record: object, path: Path) -> bool:
        """Unknown and missing keys; False when the record cannot be built."""
        noun = RECORD_KEYS[kind][0]
        if not isinstance(record, dict):
            self._issue(path, f"each entry of {kind} must be a mapping, not {describe(record)}")
            return False
        allowed = _ALLOWED[kind]
        if not allowed.issuperset(record):
            for key in record:
                if key not in allowed:
                    self._issue(
                        (*path, key),
                        f"unknown key {shown(key)} in {_a(noun)} "
                        f"(allowed: {', '.join(_REQUIRED[kind] + RECORD_KEYS[kind][2])})",
                        on_key=True,
                    )
        missing = [k for k in _REQUIRED[kind] if k not in record]
        for key in missing:
            self._issue(path, f"{_a(noun)} needs '{key}'")
        return not missing

    def _define(self, kind: str, record_id: str, path: Path) -> bool:
        """Record where an id is defined; False (and an issue) if it already was."""
        noun = RECORD_KEYS[kind][0]
        table = self._defined[kind]
        if self.known is not None and record_id in getattr(self.known.records, kind):
            self._issue(
                (*path, "id"),
                f"duplicate {noun} id {shown(record_id)}: already defined in {self.known.label}",
            )
            return False
        if record_id in table:
            first_file, first_path = table[record_id]
            self.issues.append(
                Issue(
                    self._file,
                    (*path, "id"),
                    f"duplicate {noun} id {shown(record_id)}",
                    first=(first_file, (*first_path, "id")),
                )
            )
            return False
        table[record_id] = (self._file, path)
        return True

    def add_file(self, file: int, data: object) -> None:
        """Check one file's parsed data and add its records."""
        self._file = file
        if data is None:
            return
        if not isinstance(data, dict):
            # Not the value itself: a file named by mistake (.env) must not be echoed.
            what = "text" if isinstance(data, str) else describe(data)
            self._issue((), f"a reference file must be a mapping of record lists, not {what}")
            return
        for kind, entries in data.items():
            if kind not in RECORD_KEYS:
                self._issue(
                    (kind,),
                    f"unknown key {shown(kind)} at the top level "
                    f"(allowed: {', '.join(RECORD_KEYS)})",
                    on_key=True,
                )
                continue
            if entries is None:
                continue
            if not isinstance(entries, list):
                self._issue((kind,), f"{kind} must be a list, not {describe(entries)}")
                continue
            add = getattr(self, f"_add_{kind}")
            for i, record in enumerate(entries):
                path = (kind, i)
                if self._keys_ok(kind, record, path):
                    add(record, path)

    def _add_sources(self, r: dict, path: Path) -> None:
        record_id = self._slug(r, "id", path)
        publisher = self._text(r["publisher"], (*path, "publisher"))
        title = self._text(r["title"], (*path, "title"))
        source = Source(
            id=record_id or "",
            publisher=publisher or "",
            title=title or "",
            url=self._optional_text(r, "url", path),
            file=self._optional_text(r, "file", path),
            official=self._flag(r, "official", path, True),
            note=self._optional_text(r, "note", path),
        )
        if record_id and self._define("sources", record_id, path):
            self.records.sources[record_id] = source

    def _add_parties(self, r: dict, path: Path) -> None:
        record_id = self._slug(r, "id", path)
        party = Party(
            id=record_id or "",
            name=self._text(r["name"], (*path, "name")) or "",
            short=self._text(r["short"], (*path, "short")) or "",
            aliases=self._text_list(r, "aliases", path),
            founded=self._partial_date(r, "founded", path),
            dissolved=self._partial_date(r, "dissolved", path),
            aggregate=self._flag(r, "aggregate", path, False),
            source=self._source_ref(r["source"], (*path, "source")),
        )
        if record_id and self._define("parties", record_id, path):
            self.records.parties[record_id] = party

    def _add_constituencies(self, r: dict, path: Path) -> None:
        record_id = self._slug(r, "id", path)
        seat = Constituency(
            id=record_id or "",
            name=self._text(r["name"], (*path, "name")) or "",
            aliases=self._text_list(r, "aliases", path),
            created=self._partial_date(r, "created", path),
            abolished=self._partial_date(r, "abolished", path),
            predecessors=self._id_list(r, "predecessors", path, "constituencies"),
            successors=self._id_list(r, "successors", path, "constituencies"),
            codes=self._text_list(r, "codes", path),
            nation=self._nation(r, path),
            source=self._source_ref(r["source"], (*path, "source")),
        )
        if record_id and self._define("constituencies", record_id, path):
            self.records.constituencies[record_id] = seat

    def _nation(self, r: dict, path: Path) -> str | None:
        if "nation" not in r:
            return None
        nation = self._text(r["nation"], (*path, "nation"))
        if nation is not None and nation not in NATIONS:
            allowed = ", ".join(NATIONS)
            self._issue((*path, "nation"), f"nation must be one of {allowed}, not {shown(nation)}")
            return None
        return nation

    def _add_elections(self, r: dict, path: Path) -> None:
        record_id = self._slug(r, "id", path)
        kind = self._text(r["kind"], (*path, "kind"))
        if kind is not None and kind not in ELECTION_KINDS:
            self._issue(
                (*path, "kind"),
                f"kind must be one of {', '.join(ELECTION_KINDS)}, not {shown(kind)}",
            )
            kind = None
        constituency = base = boundaries = None
        if "constituency" in r:
            constituency = self._text(r["constituency"], (*path, "constituency"))
            if kind is not None and kind != "by-election":
                self._issue((*path, "constituency"), "only a by-election has a constituency")
            elif constituency is not None:
                self._ref("constituencies", constituency, (*path, "constituency"))
        elif kind == "by-election":
            self._issue(path, "a by-election needs 'constituency'")
        for key in ("base", "boundaries"):
            if key in r and kind is not None and kind != "notional":
                self._issue((*path, key), f"only a notional election has '{key}'")
        if "base" in r:
            base = self._text(r["base"], (*path, "base"))
            if base is not None:
                self._ref("elections", base, (*path, "base"))
        elif kind == "notional":
            self._issue(path, "a notional election needs 'base' (the general election recast)")
        if "boundaries" in r:
            value = r["boundaries"]
            if type(value) is int:
                self._issue(
                    (*path, "boundaries"),
                    f'boundaries must be quoted text: "{value}", not a number',
                )
            else:
                boundaries = self._text(value, (*path, "boundaries"))
        date, precision = self._election_date(r, kind, path)
        election = Election(
            id=record_id or "",
            kind=kind or "",
            date=date,
            precision=precision,
            name=self._text(r["name"], (*path, "name")) or "",
            constituency=constituency,
            base=base,
            boundaries=boundaries,
            source=self._source_ref(r["source"], (*path, "source")),
        )
        if record_id and self._define("elections", record_id, path):
            self.records.elections[record_id] = election

    def _election_date(self, r: dict, kind: str | None, path: Path) -> tuple[dt.date, str]:
        """A full date, or for a by-election a month the source gives without a day
        ("1937-10"): kept as the month's first day with precision "month"."""
        value = r["date"]
        if kind == "by-election" and isinstance(value, str) and _MONTH.match(value):
            try:
                found = PartialDate.parse(value)
            except ValueError:
                found = None
            if found is not None:
                return found.earliest(), "month"
            self._issue((*path, "date"), f"date: not a month: {shown(value)}")
            return dt.date.min, "day"
        if (
            kind == "by-election"
            and not (isinstance(value, str) and _FULL_DATE.match(value))
            and not isinstance(value, dt.date)
        ):
            self._issue(
                (*path, "date"),
                f'date must be a full date "YYYY-MM-DD" or a month "YYYY-MM", '
                f"not {describe(value)}",
            )
            return dt.date.min, "day"
        return self._date(r, "date", path) or dt.date.min, "day"

    def _add_results(self, r: dict, path: Path) -> None:
        election = self._text(r["election"], (*path, "election"))
        constituency = self._text(r["constituency"], (*path, "constituency"))
        if election is not None:
            self._ref("elections", election, (*path, "election"))
        if constituency is not None:
            self._ref("constituencies", constituency, (*path, "constituency"))
        candidates = self._candidates(r["candidates"], (*path, "candidates"))
        turnout = None
        if "turnout" in r:
            value = r["turnout"]
            if type(value) in (int, float) and 0 <= value <= 100:
                turnout = float(value)
            else:
                self._issue(
                    (*path, "turnout"),
                    f"turnout must be a percentage from 0 to 100, not {describe(value)}",
                )
        winner_party = None
        if "winner_party" in r:
            winner_party = self._text(r["winner_party"], (*path, "winner_party"))
            if winner_party is not None:
                self._ref("parties", winner_party, (*path, "winner_party"))
        result = ElectionResult(
            election=election or "",
            constituency=constituency or "",
            candidates=candidates,
            electorate=self._count(r, "electorate", path),
            valid_votes=self._count(r, "valid_votes", path),
            invalid_votes=self._count(r, "invalid_votes", path),
            seats=self._count(r, "seats", path, minimum=1) or 1,
            uncontested=self._flag(r, "uncontested", path, False),
            partial=self._flag(r, "partial", path, False),
            majority=self._count(r, "majority", path),
            turnout=turnout,
            winner=self._text(r["winner"], (*path, "winner")) if "winner" in r else None,
            winner_party=winner_party,
            source=self._source_ref(r["source"], (*path, "source")),
        )
        self._within_electorate(result, path)
        if election is None or constituency is None:
            return
        key = (election, constituency)
        if key in self._result_at:
            self.issues.append(
                Issue(
                    self._file,
                    path,
                    f"duplicate result for {constituency} at {election}",
                    first=self._result_at[key],
                )
            )
            return
        if self.known is not None and self.known.has_result(election, constituency):
            self._issue(
                path,
                f"duplicate result for {constituency} at {election}: already in {self.known.label}",
            )
            return
        self._result_at[key] = (self._file, path)
        self.records.results.append(result)

    def _within_electorate(self, result: ElectionResult, path: Path) -> None:
        """No count above what the electorate could cast: a turnout over 100% is a typo.

        Each elector has one vote per seat (two-member seats before 1950), so totals are
        compared with the electorate times the seats and one candidate's votes with the
        electorate alone.
        """
        electorate = result.electorate
        if electorate is None:
            return
        ceiling = electorate * result.seats
        seats = f" x {result.seats} seats" if result.seats > 1 else ""
        for i, c in enumerate(result.candidates):
            if c.votes is not None and c.votes > electorate:
                self._issue(
                    (*path, "candidates", i, "votes"),
                    f"votes {c.votes} are more than the electorate ({electorate})",
                )
                return
        for key in ("valid_votes", "majority"):
            value = getattr(result, key)
            if value is not None and value > ceiling:
                self._issue(
                    (*path, key), f"{key} {value} is more than the electorate ({electorate}{seats})"
                )
                return
        cast = (result.valid_votes or 0) + (result.invalid_votes or 0)
        if result.invalid_votes is not None and cast > ceiling:
            self._issue(
                (*path, "invalid_votes"),
                f"valid and invalid votes add up to {cast}, more than the electorate "
                f"({electorate}{seats})",
            )
            return
        summed = sum(c.votes or 0 for c in result.candidates)
        if summed > ceiling:
            self._issue(
                (*path, "electorate"),
                f"electorate {electorate}{seats} is less than the candidates' votes "
                f"added up ({summed})",
            )

    def _candidates(self, value: object, path: Path) -> tuple[Candidate, ...]:
        if not isinstance(value, list):
            self._issue(path, f"candidates must be a list, not {describe(value)}")
            return ()
        found = []
        refs = self._refs
        file = self._file
        for i, c in enumerate(value):
            # The hot loop of a full load (100,000 candidates): the common case inline.
            if isinstance(c, dict) and CANDIDATE_KEYS.issuperset(c):
                party = c.get("party")
                votes = c.get("votes")
                name = c.get("name")
                gender = c.get("gender")
                if (
                    type(party) is str
                    and (
                        type(votes) is int
                        and 0 <= votes <= MAX_COUNT
                        or votes is None
                        and "votes" not in c
                    )
                    and (type(name) is str or name is None and "name" not in c)
                    and (gender in GENDERS or gender is None and "gender" not in c)
                ):
                    refs.append(_Ref("parties", party, file, (*path, i, "party")))
                    found.append(Candidate(party, votes, name, gender))
                    continue
            candidate = self._candidate(c, (*path, i))
            if candidate is not None:
                found.append(candidate)
        return tuple(found)

    def _candidate(self, c: object, path: Path) -> Candidate | None:
        if not isinstance(c, dict):
            self._issue(path, f"each candidate must be a mapping, not {describe(c)}")
            return None
        for key in c:
            if key not in CANDIDATE_KEYS:
                self._issue(
                    (*path, key),
                    f"unknown key {shown(key)} in a candidate "
                    "(allowed: name, party, votes, gender)",
                    on_key=True,
                )
        if "party" not in c:
            self._issue(path, "a candidate needs 'party'")
            return None
        party = self._text(c["party"], (*path, "party"))
        if party is not None:
            self._ref("parties", party, (*path, "party"))
        name = self._text(c["name"], (*path, "name")) if "name" in c else None
        votes = self._count(c, "votes", path)
        gender = c.get("gender")
        if gender is not None and gender not in GENDERS:
            self._issue((*path, "gender"), f"gender must be 'f' or 'm', not {shown(gender)}")
            gender = None
        return Candidate(party or "", votes, name, gender)

    def _add_governments(self, r: dict, path: Path) -> None:
        start = self._date(r, "from", path)
        end = self._date(r, "to", path)
        if start and end and end < start:
            self._issue((*path, "to"), f"to ({end}) is before from ({start})")
        parties = self._id_list(r, "parties", path, "parties")
        if isinstance(r["parties"], list) and not r["parties"]:
            self._issue((*path, "parties"), "a government needs at least one party")
        government = Government(
            start=start or dt.date.min,
            end=end,
            prime_minister=self._text(r["prime_minister"], (*path, "prime_minister")) or "",
            parties=parties,
            source=self._source_ref(r["source"], (*path, "source")),
        )
        self.records.governments.append(government)

    def _add_leaders(self, r: dict, path: Path) -> None:
        party = self._text(r["party"], (*path, "party"))
        if party is not None:
            self._ref("parties", party, (*path, "party"))
        start = self._partial_date(r, "from", path)
        end = self._partial_date(r, "to", path)
        if start and end and end.latest() < start.earliest():
            self._issue((*path, "to"), f"to ({end}) is before from ({start})")
        leader = Leader(
            party=party or "",
            name=self._text(r["name"], (*path, "name")) or "",
            start=start,
            end=end,
            source=self._source_ref(r["source"], (*path, "source")),
        )
        self.records.leaders.append(leader)

    def _add_events(self, r: dict, path: Path) -> None:
        record_id = self._slug(r, "id", path)
        event = Event(
            id=record_id or "",
            name=self._text(r["name"], (*path, "name")) or "",
            date=self._date(r, "date", path) or dt.date.min,
            aliases=self._text_list(r, "aliases", path),
            source=self._source_ref(r["source"], (*path, "source")),
        )
        if record_id and self._define("events", record_id, path):
            self.records.events[record_id] = event

    def _add_coverage(self, r: dict, path: Path) -> None:
        record = self._text(r["record"], (*path, "record"))
        if record is not None and record not in COVERAGE_RECORDS:
            self._issue(
                (*path, "record"),
                f"record must be one of {', '.join(COVERAGE_RECORDS)}, not {shown(record)}",
            )
        start = self._partial_date(r, "from", path)
        end = self._partial_date(r, "to", path)
        if start and end and end.latest() < start.earliest():
            self._issue((*path, "to"), f"to ({end}) is before from ({start})")
        parliament = None
        if "parliament" in r:
            value = r["parliament"]
            if type(value) is int:
                self._issue(
                    (*path, "parliament"),
                    f'parliament must be quoted text: "{value}", not a number',
                )
            else:
                parliament = self._text(value, (*path, "parliament"))
        counts = {k: self._count(r, k, path) for k in ("imported", "known", "at_least", "unplaced")}
        imported, known = counts["imported"], counts["known"]
        missing = self._id_list(r, "missing", path, "constituencies")
        complete = self._flag(r, "complete", path, False)
        if imported is not None and known is not None and imported > known:
            self._issue((*path, "imported"), f"imported ({imported}) is more than known ({known})")
        elif complete and known is not None and imported is not None and imported != known:
            self._issue(
                (*path, "complete"),
                f"complete, but {imported} of the {known} known are imported",
            )
        elif complete and (missing or counts["unplaced"]):
            self._issue((*path, "complete"), "complete, but some contests are listed as missing")
        if start is None or record is None:
            return
        self.records.coverage.append(
            Coverage(
                record=record,
                start=start,
                end=end,
                complete=complete,
                parliament=parliament,
                imported=imported,
                known=known,
                at_least=counts["at_least"],
                missing=missing,
                unplaced=counts["unplaced"] or 0,
                note=self._optional_text(r, "note", path),
                source=self._source_ref(r["source"], (*path, "source")),
            )
        )

    # --- after every file ------------------------------------------------
    def check_references(self) -> None:
        """Every id a record refers to must exist (here or in the known records)."""
        known = self.known.records if self.known is not None else ReferenceRecords()
        tables = {
            kind: (getattr(self.records, kind), getattr(known, kind))
            for kind in ("sources", "parties", "constituencies", "elections")
        }
        nouns = {kind: RECORD_KEYS[kind][0] for kind in tables}
        hints: dict[tuple[str, str], str] = {}
        for ref in self._refs:
            mine, theirs = tables[ref.kind]
            if ref.id in mine or ref.id in theirs:
                continue
            hint = hints.get((ref.kind, ref.id))
            if hint is None:
                hint = hints[ref.kind, ref.id] = _did_you_mean(ref.id, [*mine, *theirs])
            self.issues.append(
                Issue(ref.file, ref.path, f"unknown {nouns[ref.kind]} {shown(ref.id)}{hint}")
            )
        self._refs = []
        elections = {**known.elections, **self.records.elections}
        for e in self.records.elections.values():
            if e.kind == "notional" and e.base in elections and elections[e.base].kind != "general":
                file, path = self._defined["elections"][e.id]
                self.issues.append(
                    Issue(file, (*path, "base"), f"base {shown(e.base)} is not a general election")
                )
        for (election_id, seat), (file, path) in self._result_at.items():
            election = elections.get(election_id)
            if election and election.kind == "by-election" and election.constituency != seat:
                self.issues.append(
                    Issue(
                        file,
                        (*path, "constituency"),
                        f"{election_id} was held in {election.constituency}, not {seat}",
                    )
                )


def _a(noun: str) -> str:
    return f"an {noun}" if noun[0] in "aeiou" else f"a {noun}"


def _did_you_mean(wrong: str, ids: Iterable[str]) -> str:
    from rapidfuzz import fuzz, process

    # fuzz.ratio counts a swapped pair of letters (labuor) as a small slip.
    best = process.extractOne(wrong, list(ids), scorer=fuzz.ratio, score_cutoff=80)
    return f" (did you mean {best[0]!r}?)" if best is not None else ""
