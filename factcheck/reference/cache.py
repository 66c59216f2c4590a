"""The parsed dataset as a verified SQLite image, so that a start need not read any YAML.

An index is one SQLite database image behind a one-line header that names the digest of
the YAML it was built from and the SHA-256 of the image itself; both are checked on every
open (hashing the ~6 MB image costs ~7 ms) and the image is then read from memory, so the
bytes checked are the bytes used. Small tables are one JSON blob read at start; results sit
in a table indexed by seat and by election and are read on demand.

The bundled dataset's index ships with the package (`bundled.index`, beside this file);
any other dataset, or the bundled one after an edit, is indexed into the user's cache
directory (see `private_dir.py`). A missing, stale, damaged or foreign index is rebuilt,
never trusted. The seal catches damage; what stops a forgery is that only the user can
write their cache (and whoever can write the package can change the code as well).
JSON, never pickle.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import sqlite3
from pathlib import Path
from typing import IO, Any

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
from factcheck.reference.private_dir import PrivateDir

# Bump when the layout or the encoding below changes: old files are then ignored.
CACHE_FORMAT = 5
_KEEP_FILES = 3  # index files kept per cache directory (one per dataset version)
_KEEP_SIGNATURES = 12
_MAX_PAYLOAD = 1 << 30  # a header claiming more is damage, not an index
SHIPPED_INDEX = Path(__file__).resolve().with_name("bundled.index")
REBUILD_COMMAND = "python -m factcheck.reference.cache"


def cache_dir() -> Path:
    """`$FACTCHECK_CACHE_DIR`, else `$XDG_CACHE_HOME/factcheck`, else `~/.cache/factcheck`."""
    explicit = os.environ.get("FACTCHECK_CACHE_DIR")
    if explicit:
        return Path(explicit)
    xdg = os.environ.get("XDG_CACHE_HOME")
    base = Path(xdg) if xdg else Path.home() / ".cache"
    return base / "factcheck"


def private_dir() -> PrivateDir | None:
    """The cache directory, opened; None when it is not the user's own (then: no cache)."""
    try:
        where = cache_dir()
    except RuntimeError:  # no home directory to put it in
        return None
    return PrivateDir.open(where)


def index_name(digest: str) -> str:
    return f"reference-{digest[:24]}-v{CACHE_FORMAT}.index"


# --- sealed files: a header naming what the payload is and its SHA-256 ---------------


def seal(kind: str, key: str, payload: bytes) -> bytes:
    """The payload behind a header line: its kind, the key it belongs to, its digest."""
    digest = hashlib.sha256(payload).hexdigest()
    return f"factcheck {kind} v{CACHE_FORMAT} {key} {digest} {len(payload)}\n".encode() + payload


def read_sealed(stream: IO[bytes], kind: str, key: str) -> bytes | None:
    """The payload if the header names this kind and key and the content matches, else None."""
    try:
        header = stream.readline(512).decode("ascii").split(" ")
        if header[:4] != ["factcheck", kind, f"v{CACHE_FORMAT}", key] or len(header) != 6:
            return None
        digest, size = header[4], int(header[5])
        if not 0 <= size <= _MAX_PAYLOAD:
            return None
        payload = stream.read(size + 1)
    except (OSError, ValueError, UnicodeDecodeError):
        return None
    if len(payload) != size or hashlib.sha256(payload).hexdigest() != digest:
        return None  # truncated, extended or changed
    return payload


def read_private(directory: PrivateDir, name: str, kind: str, key: str) -> bytes | None:
    stream = directory.open_file(name)
    if stream is None:
        return None
    with stream:
        return read_sealed(stream, kind, key)


# --- which content digest a set of unchanged files has ------------------------
# Hashing the YAML costs ~1 ms per MB at every start; a stat() of each file costs
# nothing. So the digest last computed for a given (path, size, mtime_ns, ctime_ns,
# inode) list is remembered in a tiny file, and the content is hashed only when a
# file changed. ctime cannot be set back by tools (cp -p, touch -d, rsync -t), and
# editors and the importer replace files (a new inode).


def _signature_name(signature: str) -> str:
    return f"stat-{signature[:32]}.digest"


def known_digest(directory: PrivateDir, signature: str) -> str | None:
    found = read_private(directory, _signature_name(signature), "stat", signature)
    text = found.decode("ascii", "replace") if found is not None else ""
    return text if len(text) == 64 and all(c in "0123456789abcdef" for c in text) else None


def remember_digest(directory: PrivateDir, signature: str, digest: str) -> None:
    name = _signature_name(signature)
    if directory.write(name, seal("stat", signature, digest.encode("ascii"))):
        directory.prune("stat-", (".digest",), keep=name, count=_KEEP_SIGNATURES)


# --- encoding: records <-> JSON-ready values ---------------------------------
# Only non-default fields are written, which keeps the blob and the rows small.


def _pdate(value: PartialDate | None) -> str | None:
    return None if value is None else str(value)


def _unpdate(text: str | None) -> PartialDate | None:
    if text is None:
        return None
    parts = text.split("-")
    return PartialDate(int(parts[0]), *(int(p) for p in parts[1:]))


def _ref(ref: SourceRef | None) -> Any:
    if ref is None:
        return None
    if not ref.url and not ref.note:
        return ref.source
    return [ref.source, ref.url, ref.note]


def _unref(value: Any) -> SourceRef | None:
    if value is None:
        return None
    if isinstance(value, str):
        return SourceRef(value)
    return SourceRef(*value)


def _compact(d: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in d.items() if v not in (None, "", (), [], False)}


def _counted(d: dict[str, Any], counts: tuple[str, ...]) -> dict[str, Any]:
    """_compact, keeping counts of zero (a real value)."""
    return {**_compact(d), **{k: 0 for k in counts if d.get(k) == 0}}


def encode_tables(records: ReferenceRecords) -> str:
    tables = {
        "sources": [
            _compact(
                {
                    "id": s.id,
                    "publisher": s.publisher,
                    "title": s.title,
                    "url": s.url,
                    "file": s.file,
                    "unofficial": not s.official,
                    "note": s.note,
                }
            )
            for s in records.sources.values()
        ],
        "parties": [
            _compact(
                {
                    "id": p.id,
                    "name": p.name,
                    "short": p.short,
                    "aliases": list(p.aliases),
                    "founded": _pdate(p.founded),
                    "dissolved": _pdate(p.dissolved),
                    "aggregate": p.aggregate,
                    "source": _ref(p.source),
                }
            )
            for p in records.parties.values()
        ],
        "constituencies": [
            _compact(
                {
                    "id": c.id,
                    "name": c.name,
                    "aliases": list(c.aliases),
                    "created": _pdate(c.created),
                    "abolished": _pdate(c.abolished),
                    "predecessors": list(c.predecessors),
                    "successors": list(c.successors),
                    "codes": list(c.codes),
                    "nation": c.nation,
                    "source": _ref(c.source),
                }
            )
            for c in records.constituencies.values()
        ],
        "elections": [
            _compact(
                {
                    "id": e.id,
                    "kind": e.kind,
                    "date": e.date_text(),
                    "name": e.name,
                    "constituency": e.constituency,
                    "base": e.base,
                    "boundaries": e.boundaries,
                    "source": _ref(e.source),
                }
            )
            for e in records.elections.values()
        ],
        "governments": [
            _compact(
                {
                    "start": g.start.isoformat(),
                    "end": g.end.isoformat() if g.end else None,
                    "prime_minister": g.prime_minister,
                    "parties": list(g.parties),
                    "source": _ref(g.source),
                }
            )
            for g in records.governments
        ],
        "leaders": [
            _compact(
                {
                    "party": le.party,
                    "name": le.name,
                    "start": _pdate(le.start),
                    "end": _pdate(le.end),
                    "source": _ref(le.source),
                }
            )
            for le in records.leaders
        ],
        "events": [
            _compact(
                {
                    "id": e.id,
                    "name": e.name,
                    "date": e.date.isoformat(),
                    "aliases": list(e.aliases),
                    "source": _ref(e.source),
                }
            )
            for e in records.events.values()
        ],
        "coverage": [
            _counted(
                {
                    "record": c.record,
                    "start": _pdate(c.start),
                    "end": _pdate(c.end),
                    "complete": c.complete,
                    "parliament": c.parliament,
                    "imported": c.imported,
                    "known": c.known,
                    "at_least": c.at_least,
                    "missing": list(c.missing),
                    "unplaced": c.unplaced,
                    "note": c.note,
                    "source": _ref(c.source),
                },
                ("imported", "known", "at_least"),
            )
            for c in records.coverage
        ],
    }
    return json.dumps(tables, ensure_ascii=False, separators=(",", ":"))


class _Shared:
    """Decoded dates and citations, shared between records (they are frozen).

    Thousands of seats cite the same source and share a few creation years; building
    each once halves the time to decode the tables at start.
    """

    def __init__(self) -> None:
        self._dates: dict[str, PartialDate] = {}
        self._refs: dict[str, SourceRef] = {}

    def date(self, text: str | None) -> PartialDate | None:
        if text is None:
            return None
        found = self._dates.get(text)
        if found is None:
            found = self._dates[text] = _unpdate(text)  # type: ignore[assignment]
        return found

    def ref(self, value: Any) -> SourceRef | None:
        if not isinstance(value, str):
            return _unref(value)
        found = self._refs.get(value)
        if found is None:
            found = self._refs[value] = SourceRef(value)
        return found


def decode_tables(text: str) -> ReferenceRecords:
    t = json.loads(text)
    date = dt.date.fromisoformat
    shared = _Shared()
    pdate, ref = shared.date, shared.ref
    none: tuple[str, ...] = ()
    records = ReferenceRecords()
    for d in t["sources"]:
        g = d.get
        records.sources[d["id"]] = Source(
            d["id"],
            g("publisher", ""),
            g("title", ""),
            g("url", ""),
            g("file", ""),
            not g("unofficial", False),
            g("note", ""),
        )
    for d in t["parties"]:
        g = d.get
        records.parties[d["id"]] = Party(
            d["id"],
            g("name", ""),
            g("short", ""),
            tuple(g("aliases", none)),
            pdate(g("founded")),
            pdate(g("dissolved")),
            g("aggregate", False),
            ref(g("source")),
        )
    for d in t["constituencies"]:
        g = d.get
        records.constituencies[d["id"]] = Constituency(
            d["id"],
            g("name", ""),
            tuple(g("aliases", none)),
            pdate(g("created")),
            pdate(g("abolished")),
            tuple(g("predecessors", none)),
            tuple(g("successors", none)),
            tuple(g("codes", none)),
            g("nation"),
            ref(g("source")),
        )
    for d in t["elections"]:
        g = d.get
        month_only = len(d["date"]) == 7  # "1937-10": the source gives no day
        records.elections[d["id"]] = Election(
            d["id"],
            d["kind"],
            date(d["date"] + "-01" if month_only else d["date"]),
            g("name", ""),
            g("constituency"),
            g("base"),
            g("boundaries"),
            ref(g("source")),
            "month" if month_only else "day",
        )
    for d in t["governments"]:
        g = d.get
        records.governments.append(
            Government(
                date(d["start"]),
                date(d["end"]) if "end" in d else None,
                g("prime_minister", ""),
                tuple(g("parties", none)),
                ref(g("source")),
            )
        )
    for d in t["leaders"]:
        g = d.get
        records.leaders.append(
            Leader(d["party"], g("name", ""), pdate(g("start")), pdate(g("end")), ref(g("source")))
        )
    for d in t["events"]:
        g = d.get
        records.events[d["id"]] = Event(
            d["id"], g("name", ""), date(d["date"]), tuple(g("aliases", none)), ref(g("source"))
        )
    for d in t.get("coverage", ()):
        g = d.get
        records.coverage.append(
            Coverage(
                d["record"],
                pdate(d["start"]),  # type: ignore[arg-type]
                pdate(g("end")),
                g("complete", False),
                g("parliament"),
                g("imported"),
                g("known"),
                g("at_least"),
                tuple(g("missing", none)),
                g("unplaced", 0),
                g("note", ""),
                ref(g("source")),
            )
        )
    return records


def encode_result(r: ElectionResult) -> str:
    """A result without its election and seat (those are columns of the row)."""
    d = _compact(
        {
            "candidates": [
                [c.party, c.votes, c.name, c.gender]
                if c.gender is not None
                else [c.party, c.votes, c.name]
                if c.name is not None
                else [c.party, c.votes]
                for c in r.candidates
            ],
            "electorate": r.electorate,
            "valid_votes": r.valid_votes,
            "invalid_votes": r.invalid_votes,
            "uncontested": r.uncontested,
            "partial": r.partial,
            "majority": r.majority,
            "turnout": r.turnout,
            "winner": r.winner,
            "winner_party": r.winner_party,
            "source": _ref(r.source),
        }
    )
    if r.seats != 1:
        d["seats"] = r.seats
    # Zero votes or electorate are real values that _compact would drop.
    for key in ("electorate", "valid_votes", "invalid_votes", "majority", "turnout"):
        if getattr(r, key) == 0:
            d[key] = getattr(r, key)
    return json.dumps(d, ensure_ascii=False, separators=(",", ":"))


def decode_result(
    election: str, constituency: str, text: str, shared: _Shared | None = None
) -> ElectionResult:
    d = json.loads(text)
    g = d.get
    source = g("source")
    return ElectionResult(
        election,
        constituency,
        tuple(Candidate(*c) for c in g("candidates", ())),
        g("electorate"),
        g("valid_votes"),
        g("invalid_votes"),
        g("seats", 1),
        g("uncontested", False),
        g("partial", False),
        g("majority"),
        g("turnout"),
        g("winner"),
        g("winner_party"),
        shared.ref(source) if shared is not None else _unref(source),
    )


# --- the index -------------------------------------------------------------


def build_index(digest: str, records: ReferenceRecords) -> bytes:
    """The sealed index of a dataset: the same records give the same bytes (one SQLite)."""
    db = sqlite3.connect(":memory:")
    try:
        db.execute("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)")
        db.execute(
            "CREATE TABLE results (election TEXT NOT NULL, constituency TEXT NOT NULL,"
            " data TEXT NOT NULL)"
        )
        db.executemany(
            "INSERT INTO results VALUES (?, ?, ?)",
            ((r.election, r.constituency, encode_result(r)) for r in records.results),
        )
        db.execute("CREATE INDEX results_by_seat ON results (constituency)")
        db.execute("CREATE INDEX results_by_election ON results (election)")
        meta = {
            "format": str(CACHE_FORMAT),
            "digest": digest,
            "results": str(len(records.results)),
            "tables": encode_tables(records),
        }
        db.executemany("INSERT INTO meta VALUES (?, ?)", meta.items())
        db.commit()
        db.execute("VACUUM")
        image = db.serialize()
    finally:
        db.close()
    return seal("reference-index", digest, image)


def _from_image(image: bytes) -> sqlite3.Connection:
    # In memory, read-only, usable from any thread (the store serialises access to it).
    db = sqlite3.connect(":memory:", check_same_thread=False)
    db.deserialize(image)
    db.execute("PRAGMA query_only = ON")
    return db


_RESULT_COLUMNS = [("election", "TEXT"), ("constituency", "TEXT"), ("data", "TEXT")]


def open_index(image: bytes, digest: str) -> tuple[ReferenceRecords, SqliteResultStore] | None:
    """The dataset in an unsealed index image, or None when its inside is not as written."""
    try:
        db = _from_image(image)
        columns = [(row[1], row[2]) for row in db.execute("PRAGMA table_info(results)")]
        meta = dict(db.execute("SELECT key, value FROM meta").fetchall())
        if (
            columns != _RESULT_COLUMNS
            or meta.get("format") != str(CACHE_FORMAT)
            or meta.get("digest") != digest
        ):
            db.close()
            return None
        records = decode_tables(meta["tables"])
        return records, SqliteResultStore(image, db, int(meta["results"]))
    except (sqlite3.Error, ValueError, KeyError, TypeError, IndexError, AttributeError):
        return None  # sealed by us yet unreadable: rebuild rather than fail


def read_index(stream: IO[bytes], digest: str) -> tuple[ReferenceRecords, SqliteResultStore] | None:
    image = read_sealed(stream, "reference-index", digest)
    return open_index(image, digest) if image is not None else None


def open_shipped(digest: str) -> tuple[ReferenceRecords, SqliteResultStore] | None:
    """The index that ships with the package, if it was built from this very data."""
    try:
        with open(SHIPPED_INDEX, "rb") as stream:
            return read_index(stream, digest)
    except OSError:
        return None


def shipped_digest() -> str | None:
    """The digest of the data the shipped index was built from (its header alone)."""
    try:
        with open(SHIPPED_INDEX, "rb") as stream:
            header = stream.readline(512).decode("ascii").split(" ")
    except (OSError, UnicodeDecodeError):
        return None
    return header[3] if len(header) == 6 and header[1] == "reference-index" else None


def open_cached(
    directory: PrivateDir, digest: str
) -> tuple[ReferenceRecords, SqliteResultStore] | None:
    stream = directory.open_file(index_name(digest))
    if stream is None:
        return None
    with stream:
        return read_index(stream, digest)


def write_cached(directory: PrivateDir, digest: str, sealed: bytes) -> bool:
    name = index_name(digest)
    if not directory.write(name, sealed):
        return False
    directory.prune("reference-", (".index", ".sqlite"), keep=name, count=_KEEP_FILES)
    return True


class SqliteResultStore:
    """Results read from an index image on demand (a `ResultStore`)."""

    def __init__(self, image: bytes, connection: sqlite3.Connection, count: int) -> None:
        self._image = image
        self._db = connection
        self._pid = os.getpid()
        self._count = count
        self._shared = _Shared()

    def _connection(self) -> sqlite3.Connection:
        # A connection must not cross a fork (worker processes): open one per process.
        if self._pid != os.getpid():
            self._db = _from_image(self._image)
            self._pid = os.getpid()
        return self._db

    def _fetch(self, column: str, value: str) -> list[ElectionResult]:
        rows = self._connection().execute(
            f"SELECT election, constituency, data FROM results WHERE {column} = ? ORDER BY rowid",
            (value,),
        )
        return [decode_result(e, c, data, self._shared) for e, c, data in rows]

    def for_constituency(self, constituency: str) -> list[ElectionResult]:
        return self._fetch("constituency", constituency)

    def for_election(self, election: str) -> list[ElectionResult]:
        return self._fetch("election", election)

    def count(self) -> int:
        return self._count

    def counts_by_election(self) -> dict[str, int]:
        """How many results each election has, without reading them."""
        rows = self._connection().execute(
            "SELECT election, count(*) FROM results GROUP BY election"
        )
        return dict(rows.fetchall())


def write_shipped(root: Path | None = None) -> Path:
    """Build the shipped index from the bundled YAML (`python -m factcheck.reference.cache`)."""
    from factcheck.reference import load

    root = root or load.bundled_reference_dir()
    files = load.bundled_files(root)
    digest = load.content_digest(files, root)
    sealed = build_index(digest, load.parse_bundled(files))
    tmp = SHIPPED_INDEX.with_suffix(".tmp")
    tmp.write_bytes(sealed)
    os.replace(tmp, SHIPPED_INDEX)
    return SHIPPED_INDEX


if __name__ == "__main__":
    written = write_shipped()
    print(f"wrote {written} ({written.stat().st_size / 1e6:.1f} MB) for {shipped_digest()}")
