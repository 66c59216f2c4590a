"""The loaded reference, indexed for the lookups the resolver and the rules make."""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterable
from functools import lru_cache
from typing import Protocol

from factcheck.reference.model import (
    Constituency,
    Coverage,
    Election,
    ElectionResult,
    Event,
    Government,
    Leader,
    Party,
    ReferenceRecords,
    Source,
    SourceRef,
)

_NOT_ALNUM = re.compile(r"[^a-z0-9]+")


def without_accents(text: str) -> str:
    """`text` with its letters' accents dropped ("Öpik" -> "Opik"); ASCII as it is (most
    names are, and have none to fold: 3x faster)."""
    if text.isascii():
        return text
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


@lru_cache(maxsize=65536)
def normalise_name(text: str) -> str:
    """Fold a name for lookup: accents, case, '&'/'and', punctuation and spacing."""
    text = without_accents(text)
    return _NOT_ALNUM.sub(" ", text.lower().replace("&", " and ")).strip()


class ResultStore(Protocol):
    """Where results live: in memory for small data, in the SQLite cache for the full set."""

    def for_constituency(self, constituency: str) -> list[ElectionResult]: ...

    def for_election(self, election: str) -> list[ElectionResult]: ...

    def count(self) -> int: ...


class MemoryResultStore:
    def __init__(self, results: Iterable[ElectionResult]) -> None:
        self._by_seat: dict[str, list[ElectionResult]] = defaultdict(list)
        self._by_election: dict[str, list[ElectionResult]] = defaultdict(list)
        n = 0
        for r in results:
            self._by_seat[r.constituency].append(r)
            self._by_election[r.election].append(r)
            n += 1
        self._count = n

    def for_constituency(self, constituency: str) -> list[ElectionResult]:
        return list(self._by_seat.get(constituency, ()))

    def for_election(self, election: str) -> list[ElectionResult]:
        return list(self._by_election.get(election, ()))

    def count(self) -> int:
        return self._count


class ChainedResultStore:
    """Results from several stores (bundled data first, then a user's files)."""

    def __init__(self, *stores: ResultStore) -> None:
        self._stores = stores

    def for_constituency(self, constituency: str) -> list[ElectionResult]:
        return [r for s in self._stores for r in s.for_constituency(constituency)]

    def for_election(self, election: str) -> list[ElectionResult]:
        return [r for s in self._stores for r in s.for_election(election)]

    def count(self) -> int:
        return sum(s.count() for s in self._stores)


class Reference:
    """Every record, with name indexes; results are fetched per seat on demand."""

    def __init__(
        self,
        records: ReferenceRecords,
        results: ResultStore | None = None,
        digest: str = "",
    ) -> None:
        self.sources: dict[str, Source] = records.sources
        self.parties: dict[str, Party] = records.parties
        self.constituencies: dict[str, Constituency] = records.constituencies
        self.elections: dict[str, Election] = records.elections
        self.governments: list[Government] = sorted(records.governments, key=lambda g: g.start)
        self.leaders: list[Leader] = records.leaders
        self.events: dict[str, Event] = records.events
        # What each kind of record covers, and how completely (see reference/coverage.py).
        self.coverage: list[Coverage] = records.coverage
        self.results: ResultStore = results or MemoryResultStore(records.results)
        self.digest = digest
        self._seat_cache: dict[str, list[ElectionResult]] = {}
        self._generals: list[Election] | None = None
        self._by_elections: dict[str | None, list[Election]] | None = None
        self.constituency_names: dict[str, set[str]] = defaultdict(set)
        for c in self.constituencies.values():
            for name in (c.name, *c.aliases):
                self.constituency_names[normalise_name(name)].add(c.id)
        self.party_names: dict[str, set[str]] = defaultdict(set)
        for p in self.parties.values():
            for name in (p.name, p.short, *p.aliases):
                self.party_names[normalise_name(name)].add(p.id)
        # A plural name's singular, as a chart's row or a label writes it ("Scottish Green
        # 1.7%" for the Scottish Greens), where no party has that name already.
        for p in self.parties.values():
            for name in (p.name, p.short, *p.aliases):
                key = normalise_name(name)
                if (
                    " " in key
                    and key.endswith("s")
                    and not key.endswith("ss")
                    and key[:-1] not in self.party_names
                ):
                    self.party_names[key[:-1]].add(p.id)
        self.event_names: dict[str, str] = {}
        for e in self.events.values():
            for name in (e.name, *e.aliases):
                self.event_names[normalise_name(name)] = e.id

    # --- elections -------------------------------------------------------
    def general_elections(self) -> list[Election]:
        """General elections, oldest first (computed once: the rules ask often)."""
        if self._generals is None:
            self._generals = sorted(
                (e for e in self.elections.values() if e.kind == "general"), key=lambda e: e.date
            )
        return self._generals

    def by_elections(self, constituency: str | None = None) -> list[Election]:
        """By-elections (in one seat, or all), oldest first; each list found once (the
        resolver asks for a seat's for every election cue) and handed out as a copy."""
        if self._by_elections is None:
            found: dict[str | None, list[Election]] = {None: []}
            for e in self.elections.values():
                if e.kind == "by-election":
                    found[None].append(e)  # (None asks for them all)
                    if e.constituency is not None:
                        found.setdefault(e.constituency, []).append(e)
            self._by_elections = {k: sorted(v, key=lambda e: e.date) for k, v in found.items()}
        return list(self._by_elections.get(constituency, ()))

    # --- results ---------------------------------------------------------
    def results_in(self, constituency: str) -> list[ElectionResult]:
        """Every result in a seat (notional ones included), oldest first."""
        if constituency not in self._seat_cache:
            found = self.results.for_constituency(constituency)
            found.sort(key=lambda r: (self.elections[r.election].date, r.election))
            self._seat_cache[constituency] = found
        return self._seat_cache[constituency]

    def result(self, election: str, constituency: str) -> ElectionResult | None:
        for r in self.results_in(constituency):
            if r.election == election:
                return r
        return None

    # --- citations -------------------------------------------------------
    def cite(self, ref: SourceRef | None) -> str:
        if ref is None:
            return ""
        src = self.sources.get(ref.source)
        if src is None:
            return ref.source
        return src.cite(ref.url or ref.note)
