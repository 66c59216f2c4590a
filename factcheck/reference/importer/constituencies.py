"""Constituency identity: one id per seat name, unified across sources and boundary sets.

Every source's spelling of a seat is reduced to a key (`names.seat_key`). Keys that one
source lists as spellings of one seat (parlparse's name lists, an ONS code's names in two
files) are joined. A group of joined keys is one constituency; its id is the slug of its
preferred name. CBP-8647 names that no other source knows are mapped by the rules in
`resolve_cbp_names`, each mapping reported.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict
from dataclasses import dataclass, field

from rapidfuzz import fuzz, process

from factcheck.reference.importer.names import display_name, fold, seat_key, slug
from factcheck.reference.importer.report import ImportReport
from factcheck.reference.model import PartialDate

# Name ranks: a lower rank is preferred as the printed name of a seat.
RANK_PSEPHOLOGY_GE = 0
RANK_PSEPHOLOGY_LIST = 1
RANK_LINEAGE = 2
RANK_BY_ELECTION = 3
RANK_PARLPARSE = 4
RANK_CBP = 5

_FOREVER = 9999


class KeyUnion:
    """Union-find over name keys."""

    def __init__(self) -> None:
        self._parent: dict[str, str] = {}

    def add(self, key: str) -> None:
        self._parent.setdefault(key, key)

    def find(self, key: str) -> str:
        self.add(key)
        root = key
        while self._parent[root] != root:
            root = self._parent[root]
        while self._parent[key] != root:
            self._parent[key], key = root, self._parent[key]
        return root

    def union(self, a: str, b: str) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            # The smaller key becomes the root, so the result does not depend on call order.
            lo, hi = sorted((ra, rb))
            self._parent[hi] = lo

    def all_keys(self) -> list[str]:
        return sorted(self._parent)


@dataclass
class Span:
    start: int  # first year
    end: int  # last year (inclusive); _FOREVER if still in use


@dataclass
class LineageFacts:
    name: str
    created: PartialDate | None
    abolished: PartialDate | None
    predecessors: tuple[str, ...]
    successors: tuple[str, ...]
    url: str


@dataclass
class SeatRecordParts:
    """What is known about one constituency (a group of keys) before it is written."""

    # (rank, -recency, position in the source's list, name): the lowest is printed.
    names: list[tuple[int, int, int, str]] = field(default_factory=list)
    aliases: set[str] = field(default_factory=set)
    codes: set[str] = field(default_factory=set)
    nations: set[str] = field(default_factory=set)  # from CBP-8647's country/region column
    lineage: LineageFacts | None = None
    listed: list[tuple[dt.date | None, dt.date | None]] = field(default_factory=list)
    parlparse: list[tuple[PartialDate | None, PartialDate | None]] = field(default_factory=list)
    ge_dates: set[tuple[dt.date, str]] = field(default_factory=set)  # (date, election id)
    latest_ge_source: tuple[int, str] | None = None  # (parliament, source id)
    by_election_url: str = ""
    mentioned_by: str = ""  # the lineage row that names this seat as a predecessor or successor
    predecessors: set[str] = field(default_factory=set)  # keys
    successors: set[str] = field(default_factory=set)  # keys


class SeatBook:
    """Collects every source's seat names and facts, then assigns ids and writes records."""

    def __init__(self) -> None:
        self.keys = KeyUnion()
        self.confirmed: set[str] = set()  # keys some source other than CBP-8647 names
        self.spans: dict[str, list[Span]] = defaultdict(list)
        self._parts: dict[str, SeatRecordParts] = defaultdict(SeatRecordParts)
        self._ids: dict[str, str] | None = None
        self._members_cache: dict[str, list[str]] | None = None

    # --- collecting -------------------------------------------------------
    def parts(self, key: str) -> SeatRecordParts:
        """Facts are filed under the key; `finalise` merges each group's parts."""
        if key not in self._parts:
            self.keys.add(key)
            self._members_cache = None
        return self._parts[key]

    def name(
        self, name: str, rank: int, recency: int = 0, confirm: bool = True, position: int = 0
    ) -> str:
        """Record a spelling of a seat; return its key."""
        key = seat_key(name)
        parts = self.parts(key)
        parts.names.append((rank, -recency, position, name))
        parts.aliases.add(name)
        if confirm:
            self.confirmed.add(key)
        return key

    def join(self, a: str, b: str) -> None:
        self.keys.union(a, b)
        self._members_cache = None

    def span(self, key: str, start: int | None, end: int | None) -> None:
        self.spans[key].append(Span(start or 0, end or _FOREVER))

    def alias(self, key: str, name: str) -> None:
        self.parts(key).aliases.add(name)

    # --- queries while collecting --------------------------------------------
    def confirmed_names(self) -> list[tuple[str, str]]:
        """(key, spelling) for every spelling a source other than CBP-8647 gives."""
        return [
            (key, name)
            for key in sorted(self.confirmed)
            for _, _, _, name in sorted(self._parts[key].names)
        ]

    def bare_names(self) -> dict[str, set[str]]:
        """Keys of bracket-qualified names ("Richmond (Yorks)"), by the key of the name
        without the qualifier ("richmond")."""
        found: dict[str, set[str]] = defaultdict(set)
        for key, name in self.confirmed_names():
            if "(" in name:
                found[seat_key(name.split("(")[0])].add(key)
        return found

    def group(self, key: str) -> str:
        return self.keys.find(key)

    def alive(self, key: str, year: int) -> bool:
        """Whether some source says a seat of this name existed in that year."""
        root = self.group(key)
        return any(
            s.start <= year <= s.end
            for k in self._members().get(root, [key])
            for s in self.spans.get(k, ())
        )

    def _members(self) -> dict[str, list[str]]:
        if self._members_cache is None:
            members: dict[str, list[str]] = defaultdict(list)
            for k in self.keys.all_keys():
                members[self.keys.find(k)].append(k)
            self._members_cache = members
        return self._members_cache

    def spellings(self, key: str) -> list[str]:
        """Every spelling any source gives for the seat this key belongs to, aliases too."""
        root = self.group(key)
        found: set[str] = set()
        for k in self._members().get(root, [key]):
            if k in self._parts:
                found.update(n for *_, n in self._parts[k].names)
                found.update(self._parts[k].aliases)
        return sorted(found)

    # --- ids --------------------------------------------------------------
    def lineage_by_group(self) -> dict[str, LineageFacts]:
        found: dict[str, LineageFacts] = {}
        for key in sorted(self._parts):
            facts = self._parts[key].lineage
            if facts is not None:
                found.setdefault(self.group(key), facts)
        return found

    def finalise(self, report: ImportReport, needed: set[str]) -> None:
        """Merge each group's facts, and give each needed group (a root key) an id: the slug
        of its preferred name."""
        merged: dict[str, SeatRecordParts] = {}
        for key in self.keys.all_keys():
            root = self.keys.find(key)
            target = merged.setdefault(root, SeatRecordParts())
            part = self._parts.get(key)
            if part is None:
                continue
            target.names += part.names
            target.aliases |= part.aliases
            target.codes |= part.codes
            target.nations |= part.nations
            target.listed += part.listed
            target.parlparse += part.parlparse
            target.ge_dates |= part.ge_dates
            target.predecessors |= part.predecessors
            target.successors |= part.successors
            if part.latest_ge_source and (
                target.latest_ge_source is None or part.latest_ge_source > target.latest_ge_source
            ):
                target.latest_ge_source = part.latest_ge_source
            if part.lineage and not target.lineage:
                target.lineage = part.lineage
            target.by_election_url = target.by_election_url or part.by_election_url
            target.mentioned_by = target.mentioned_by or part.mentioned_by
        ids: dict[str, str] = {}
        taken: dict[str, str] = {}
        for root in sorted(needed):
            parts = merged[root]
            sid = slug(self.preferred_name(parts))
            if sid in taken:
                report.add(
                    "constituency-id-clash",
                    sid,
                    f"two seats share the id: {taken[sid]!r} and {root!r}",
                    f"{sid}-2 for the second",
                    "ids must be unique",
                )
                sid = f"{sid}-2"
            taken[sid] = root
            ids[root] = sid
        self._merged = merged
        self._ids = ids

    def id_of(self, key: str) -> str:
        assert self._ids is not None, "finalise() first"
        return self._ids[self.keys.find(key)]

    def known_id(self, key: str) -> str | None:
        """The id of a seat that has one (a record names it), else None."""
        assert self._ids is not None, "finalise() first"
        return self._ids.get(self.keys.find(key))

    def merged(self) -> dict[str, SeatRecordParts]:
        """The facts of every group that has an id, by root key."""
        assert self._ids is not None, "finalise() first"
        return {root: self._merged[root] for root in self._ids}

    def root_of_id(self) -> dict[str, str]:
        assert self._ids is not None, "finalise() first"
        return {sid: root for root, sid in self._ids.items()}

    @staticmethod
    def preferred_name(parts: SeatRecordParts) -> str:
        rank, _, _, name = min(parts.names)
        return display_name(name) if rank == RANK_CBP else name


# --- CBP-8647 name resolution --------------------------------------------------


@dataclass
class CbpName:
    """One CBP-8647 row's seat name, to be resolved to a key."""

    index: int
    election: str  # election id
    year: int
    date: dt.date
    group: str  # boundary set + constituency_id: the same seat within one boundary set
    raw: str
    region: str
    weight: int = 0  # how many elections the row's boundary-set id spans (clash tie-break)
    key: str = ""
    how: str = ""


def resolve_cbp_names(rows: list[CbpName], book: SeatBook, report: ImportReport) -> None:
    """Give each pre-2010 CBP-8647 row a seat key.

    In order: (1) the name as written, if another source knows it; (2) the name without a
    leading area prefix that other seats of that election share ("Cumberland Whitehaven"
    -> Whitehaven), if the rest is a seat that existed that year; (3) the name used for the
    same constituency_id elsewhere in the boundary set (misspellings such as "Bishop
    Aukland"); (4) the one seat existing that year whose name is this one plus a bracketed
    qualifier ("Richmond" -> Richmond (Yorks)), told apart by region if two; (5) a name, or
    the rest after an area prefix, that differs from a seat that existed that year only in
    spacing or by a small misspelling (90% similar, same compass words); (6) otherwise the
    name as written, reported as known only to CBP-8647.
    """
    by_election: dict[str, list[CbpName]] = defaultdict(list)
    for r in rows:
        by_election[r.election].append(r)
    remainders: dict[int, list[str]] = {}
    for items in by_election.values():
        direct = {seat_key(r.raw) for r in items}
        prefixes = Counter(
            " ".join(words[:i])
            for words in (fold(r.raw).split() for r in items)
            for i in range(1, len(words))
        )
        for r in items:
            key = seat_key(r.raw)
            rests = _area_remainders(r.raw, prefixes)
            remainders[r.index] = rests
            if key in book.confirmed:
                r.key, r.how = key, "direct"
                continue
            stripped = next(
                (
                    k
                    for k in rests
                    if k in book.confirmed and k not in direct and book.alive(k, r.year)
                ),
                "",
            )
            r.key, r.how = (stripped, "prefix") if stripped else (key, "")
    by_group: dict[str, list[CbpName]] = defaultdict(list)
    for r in rows:
        if r.group:
            by_group[r.group].append(r)
    for r in rows:
        if r.how or not r.group:
            continue
        known = Counter(
            book.group(o.key) for o in by_group[r.group] if o.how in ("direct", "prefix")
        )
        if known:
            best = min(known, key=lambda k: (-known[k], k))
            r.key, r.how = best, "same-id"
    regions: dict[str, set[str]] = defaultdict(set)
    for r in rows:
        if r.how == "direct":
            regions[book.group(r.key)].add(_region(r.region))
    bare = book.bare_names()
    for r in rows:
        if r.how:
            continue
        found = sorted(
            {book.group(k) for k in bare.get(seat_key(r.raw), ()) if book.alive(k, r.year)}
        )
        if len(found) > 1:
            found = [k for k in found if _region(r.region) in regions.get(book.group(k), ())]
        if len(found) == 1:
            r.key, r.how = found[0], "bare"
    choices_by_year: dict[int, tuple[list[str], dict[str, str]]] = {}
    for r in rows:
        if r.how:
            continue
        if r.year not in choices_by_year:
            alive = sorted(k for k in book.confirmed if book.alive(k, r.year))
            unspaced = {k.replace(" ", ""): k for k in alive}
            for k, name in book.confirmed_names():
                if book.alive(k, r.year):
                    unspaced.setdefault(fold(name).replace(" ", ""), k)
            choices_by_year[r.year] = (alive, unspaced)
        choices, unspaced = choices_by_year[r.year]
        match = ""
        for candidate in (seat_key(r.raw), fold(r.raw), *remainders[r.index]):
            match = unspaced.get(candidate.replace(" ", "")) or _near_match(candidate, choices)
            if match:
                break
        r.key, r.how = (match, "similar") if match else (seat_key(r.raw), "cbp-only")
    _undo_clashes(rows, book, report)
    for r in rows:
        if r.how in ("prefix", "same-id", "bare", "similar"):
            book.alias(r.key, r.raw)
        else:
            book.name(r.raw, RANK_CBP, r.year, confirm=False)


_COMPASS_WORDS = {"north", "south", "east", "west", "mid", "central"}


def _region(region: str) -> str:
    return fold(region)


def _area_remainders(raw: str, prefixes: Counter[str]) -> list[str]:
    """Keys of what is left after each leading area prefix that another seat shares: the
    rest alone, then the rest qualified by the area ("Richmond (Yorkshire)")."""
    words = fold(raw).split()
    out: list[str] = []
    for i in range(len(words) - 1, 0, -1):
        if words[0] in _COMPASS_WORDS or prefixes[" ".join(words[:i])] < 2:
            continue
        rest = " ".join(words[i:])
        if rest not in _COMPASS_WORDS:
            out += [seat_key(rest), seat_key(f"{rest} {words[0]}")]
    return out


def unambiguous_spellings(name_lists: list[tuple[str, ...]]) -> list[tuple[str, ...]]:
    """Each seat's spellings, less any that is another seat's name without its bracketed
    qualifier (parlparse gives Richmond (Yorks) the spelling "Richmond", which is also
    Richmond (Surrey) without "(Surrey)")."""
    bare_owner: dict[str, set[int]] = defaultdict(set)
    for i, names in enumerate(name_lists):
        for name in names:
            if "(" in name:
                bare_owner[seat_key(name.split("(")[0])].add(i)
    return [
        tuple(
            n
            for j, n in enumerate(names)
            if j == 0 or "(" in n or not (bare_owner.get(seat_key(n), set()) - {i})
        )
        for i, names in enumerate(name_lists)
    ]


def _near_match(key: str, choices: list[str]) -> str:
    found = process.extract(key, choices, scorer=fuzz.ratio, limit=3, score_cutoff=90)
    compass = _COMPASS_WORDS & set(key.split())
    found = [f for f in found if _COMPASS_WORDS & set(str(f[0]).split()) == compass]
    if not found or (len(found) > 1 and found[1][1] == found[0][1]):
        return ""
    return str(found[0][0])


def _undo_clashes(rows: list[CbpName], book: SeatBook, report: ImportReport) -> None:
    """Two rows of one election must not become one seat.

    A mapped row gives way to one whose name matched as written; two rows with the same
    name (Louth in Lincolnshire and in Ireland, 1918) are told apart by their region.
    """
    seen: dict[tuple[str, str], CbpName] = {}
    order = sorted(rows, key=lambda r: (r.how not in ("direct", "cbp-only"), -r.weight, r.index))
    for r in order:
        slot = (r.election, book.group(r.key))
        if slot not in seen:
            seen[slot] = r
            continue
        other = seen[slot]
        key = seat_key(r.raw)
        if (r.election, book.group(key)) in seen:
            key = seat_key(f"{r.raw} ({r.region})")
            r.raw = f"{r.raw} ({r.region})"
        report.add(
            "constituency-clash",
            f"{r.election} {r.raw!r}",
            f"would be the same seat as {other.raw!r} ({r.how} match to {r.key!r})",
            f"kept as its own seat {key!r}",
            "two results of one election cannot share a constituency",
            ("hoc-cbp8647",),
        )
        r.key, r.how = key, "cbp-only"
        seen[(r.election, book.group(key))] = r
