"""The bundled reference/ against the files it was imported from: 25 records picked at random
(fixed seed) from each input, compared field by field. Needs ../shared/data (skipped if absent).
"""

from __future__ import annotations

import csv
import io
import json
import random
import re
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

import pytest
import yaml

from factcheck.reference.index import normalise_name

REPO = Path(__file__).resolve().parents[2]
RAW = REPO.parent / "shared" / "data" / "raw"
CURATED = REPO.parent / "shared" / "data" / "curated"
REFERENCE = REPO / "reference"
PSEPH = RAW / "ukparl-psephology"
SAMPLE = 25
GE_YEAR = {55: 2010, 56: 2015, 57: 2017, 58: 2019, 59: 2024}

pytestmark = pytest.mark.skipif(
    not (RAW.is_dir() and CURATED.is_dir()),
    reason="needs the input files in ../shared/data (raw and curated)",
)


def fold(text: str) -> str:
    return normalise_name(re.sub(r"['\u2019]", "", text))


def pick(rows: list, n: int = SAMPLE, seed: int = 8647) -> list:
    return random.Random(seed).sample(rows, min(n, len(rows)))


def read_rows(path: Path, encoding: str = "utf-8-sig", header: bool = True) -> list[dict | list]:
    text = path.read_bytes().decode(encoding)
    if header:
        return list(csv.DictReader(io.StringIO(text)))
    return [r for r in csv.reader(io.StringIO(text)) if r]


def unmangle(text: str) -> str:
    """UTF-8 read as Latin-1 or Mac Roman, as a few psephology names are."""
    for codec, mark in (("latin-1", "Ã"), ("mac_roman", "√")):
        if mark in text:
            try:
                return text.encode(codec).decode("utf-8")
            except (UnicodeEncodeError, UnicodeDecodeError):
                continue
    return text


@dataclass
class Reference:
    results: dict[tuple[str, str], dict] = field(default_factory=dict)
    by_election: dict[str, list[dict]] = field(default_factory=lambda: defaultdict(list))
    seats: dict[str, dict] = field(default_factory=dict)
    seat_names: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    seat_codes: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    elections: dict[str, dict] = field(default_factory=dict)
    parties: dict[str, dict] = field(default_factory=dict)
    party_names: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    sources: dict[str, dict] = field(default_factory=dict)
    governments: list[dict] = field(default_factory=list)
    leaders: list[dict] = field(default_factory=list)
    conflicts: list[dict] = field(default_factory=list)

    def seat_by_code(self, code: str, election: str) -> dict:
        """The seat with this ONS code that has a result in that election."""
        found = [s for s in self.seat_codes[code] if (election, s) in self.results]
        assert len(found) == 1, (code, election, found)
        return self.results[(election, found[0])]

    def party_named(self, name: str) -> set[str]:
        return self.party_names.get(fold(name), set())


@pytest.fixture(scope="module")
def ref() -> Reference:
    if not (REFERENCE / "sources.yaml").exists():
        pytest.skip("reference/ has not been imported")
    out = Reference()
    for path in sorted(REFERENCE.rglob("*.yaml")):
        data = yaml.load(path.read_text("utf-8"), Loader=yaml.CSafeLoader)
        for r in data.get("results", []):
            out.results[(r["election"], r["constituency"])] = r
            out.by_election[r["election"]].append(r)
        for s in data.get("constituencies", []):
            out.seats[s["id"]] = s
            for name in (s["name"], *s.get("aliases", ())):
                out.seat_names[fold(name)].add(s["id"])
            for code in s.get("codes", ()):
                out.seat_codes[code].add(s["id"])
        out.elections.update({e["id"]: e for e in data.get("elections", [])})
        for p in data.get("parties", []):
            out.parties[p["id"]] = p
            for name in (p["name"], p["short"], *p.get("aliases", ())):
                out.party_names[fold(name)].add(p["id"])
        out.sources.update({s["id"]: s for s in data.get("sources", [])})
        out.governments += data.get("governments", [])
        out.leaders += data.get("leaders", [])
        out.conflicts += data.get("conflicts", [])
    return out


# --- CBP-8647 --------------------------------------------------------------------------------


def cbp_party(group: str, row: dict) -> str:
    year = int(row["election"][:4])
    if group == "lib":
        return (
            "liberal"
            if year <= 1979
            else "sdp-liberal-alliance"
            if year <= 1987
            else ("liberal-democrats")
        )
    if group == "natSW":
        return (
            "snp"
            if "scot" in f"{row['country/region']} {row['constituency_name']}".lower()
            else ("plaid-cymru")
        )
    return {"con": "conservative", "lab": "labour", "oth": "others"}[group]


def test_cbp8647_rows(ref: Reference):
    rows = read_rows(RAW / "hoc-cbp8647" / "1918-2019election_results.csv", "cp1252")
    rows = [{k.strip(): v.strip() for k, v in r.items() if k} for r in rows]
    for row in pick(rows):
        code = row["election"]
        election = {"1974F": "ge-1974-02", "1974O": "ge-1974-10"}.get(code, f"ge-{code}")
        votes = {
            g: int(row[f"{g}_votes"])
            for g in ("con", "lib", "lab", "natSW", "oth")
            if row[f"{g}_votes"]
        }
        if int(code[:4]) >= 2010:
            r = ref.seat_by_code(row["constituency_id"], election)
            total = sum(c["votes"] for c in r["candidates"])
            assert total == int(row["total_votes"]), row
            con = sum(c["votes"] for c in r["candidates"] if c["party"] == "conservative")
            if row["country/region"] != "Northern Ireland":
                assert con == votes.get("con", 0), row
            continue
        expected = sorted(
            [{"party": cbp_party(g, row)} for g, n in votes.items() if n < 0]
            + [{"party": cbp_party(g, row), "votes": n} for g, n in votes.items() if n > 0],
            key=lambda c: (c["party"], c.get("votes", 0)),
        )
        candidates = [
            r
            for s in ref.seat_names.get(fold(row["constituency_name"]), ())
            if (r := ref.results.get((election, s)))
        ]
        if not candidates:  # a renamed seat (The Hartlepools in 1979): find it by content
            candidates = ref.by_election[election]
            assert any(row["constituency_name"] in c["subject"] for c in ref.conflicts), row
        matches = [
            r
            for r in candidates
            if sorted(r["candidates"], key=lambda c: (c["party"], c.get("votes", 0))) == expected
            and r.get("electorate") == (int(row["electorate"]) if row["electorate"] else None)
        ]
        assert len(matches) == 1, row
        r = matches[0]
        assert r.get("seats", 1) == int(row["seats"])
        assert r.get("uncontested", False) == (
            "-" in row["total_votes"] or any(v < 0 for v in votes.values())
        )
        if row["total_votes"] and not row["total_votes"].startswith("-"):
            assert r["valid_votes"] == int(row["total_votes"])
        assert r["source"] == "hoc-cbp8647"


# --- psephology general elections -----------------------------------------------------------


def candidacy_rows(n: int, by: bool = False) -> list[list[str]]:
    kind = "by-elections" if by else "general-election"
    rows = read_rows(PSEPH / f"results-by-parliament/{n}/{kind}/candidacies.csv", header=False)
    return [r for r in rows if r[0] not in ("ONS ID", "Election date")]


@pytest.mark.parametrize("n", sorted(GE_YEAR))
def test_general_election_candidacies(ref: Reference, n: int):
    for row in pick(candidacy_rows(n)):
        r = ref.seat_by_code(row[0], f"ge-{GE_YEAR[n]}")
        name = unmangle(" ".join(f"{row[12]} {row[13]}".split()))
        (candidate,) = [
            c for c in r["candidates"] if c["name"] == name and c["votes"] == int(row[18])
        ]
        assert candidate["party"] in ref.party_named(row[7]) | ref.party_named(row[8]), row
        assert r["source"] == f"hoc-psephology-ge-{n}"


@pytest.mark.parametrize("n", sorted(GE_YEAR))
def test_general_election_constituencies(ref: Reference, n: int):
    path = PSEPH / f"results-by-parliament/{n}/general-election/constituencies.csv"
    rows = [r for r in read_rows(path, header=False) if r[0] != "ONS ID"]
    for row in pick(rows):
        r = ref.seat_by_code(row[0], f"ge-{GE_YEAR[n]}")
        assert (r["electorate"], r["valid_votes"], r["invalid_votes"]) == tuple(
            int(v) for v in row[14:17]
        ), row
        assert fold(row[2]) in {
            fold(n)
            for n in (
                ref.seats[r["constituency"]]["name"],
                *ref.seats[r["constituency"]].get("aliases", ()),
            )
        }


# --- psephology by-elections ---------------------------------------------------------------


def by_election(ref: Reference, date: str, code: str) -> dict:
    iso = "-".join(reversed(date.split("/")))
    found = [
        ref.results[(e, s)]
        for s in ref.seat_codes[code]
        for e in (f"by-{iso}-{s}",)
        if (e, s) in ref.results
    ]
    assert len(found) == 1, (date, code)
    return found[0]


@pytest.mark.parametrize("n", sorted(GE_YEAR))
def test_by_election_candidacies(ref: Reference, n: int):
    for row in pick(candidacy_rows(n, by=True)):
        r = by_election(ref, row[0], row[1])
        name = unmangle(" ".join(f"{row[13]} {row[14]}".split()))
        (candidate,) = [c for c in r["candidates"] if c["name"] == name]
        assert candidate["votes"] == int(row[19]), row
        assert candidate["party"] in ref.party_named(row[8]) | ref.party_named(row[9]), row
        assert r["source"] == f"hoc-psephology-by-{n}"


@pytest.mark.parametrize("n", sorted(GE_YEAR))
def test_by_election_constituencies(ref: Reference, n: int):
    path = PSEPH / f"results-by-parliament/{n}/by-elections/constituencies.csv"
    for row in pick(read_rows(path)):
        r = by_election(ref, row["By-election date"], row["ONS ID"])
        for key, column in (
            ("electorate", "Electorate"),
            ("valid_votes", "Valid votes"),
            ("invalid_votes", "Invalid votes"),
        ):
            value = row[column].strip()
            assert r.get(key) == (None if value == "[x]" else int(value)), (row, key)
        election = ref.elections[r["election"]]
        assert election["kind"] == "by-election" and election["constituency"] == r["constituency"]


# --- notionals ------------------------------------------------------------------------------


def test_notional_2005(ref: Reference):
    rows = read_rows(PSEPH / "results-by-parliament/54/notional-general-election/results.csv")
    for row in pick(rows):
        r = ref.seat_by_code(row["constituency_id"], "notional-2005-on-2010")
        assert (r["electorate"], r["valid_votes"]) == (
            int(row["electorate"]),
            int(row["total_votes"]),
        )
        votes = int(row["votes"])
        if votes == 0:
            continue
        if row["mnis_party_id"] == "NA":
            assert {"party": "others", "votes": votes} in r["candidates"]
        else:
            named = ref.party_named(row["mnis_party_name"]) | ref.party_named(
                row["mnis_party_abbrev"]
            )
            assert any(c["votes"] == votes and c["party"] in named for c in r["candidates"]), row


def test_notional_2019(ref: Reference):
    rows = read_rows(
        PSEPH / "results-by-parliament/58/notional-general-election/results.csv", header=False
    )
    for row in pick(rows, 40):
        r = ref.seat_by_code(row[2], "notional-2019-on-2024")
        assert (r["electorate"], r["valid_votes"]) == (int(row[8]), int(row[9]))
        if row[11] in ("TOTOTHV", "MAXOTHV"):
            continue  # aggregates, left out
        votes = [c["votes"] for c in r["candidates"]]
        assert int(row[12]) in votes, row
        assert sum(votes) <= r["valid_votes"]


# --- lookups ---------------------------------------------------------------------------------


def test_parliament_periods_give_polling_days(ref: Reference):
    rows = [r for r in read_rows(PSEPH / "parliament_periods.csv", header=False) if int(r[0]) >= 31]
    for row in pick(rows):
        d, m, y = row[1].split("/")
        eid = f"ge-{y}-{m}" if y == "1974" else f"ge-{y}"
        assert ref.elections[eid]["date"] == f"{y}-{m}-{d}"
        assert ref.elections[eid]["kind"] == "general"


def test_general_elections_and_by_election_briefings(ref: Reference):
    for date, notional, url in read_rows(PSEPH / "general-elections.csv", header=False):
        kind = "notional" if notional == "true" else "general"
        assert any(e["date"] == date and e["kind"] == kind for e in ref.elections.values())
        if url:
            dataset = url.rstrip("/").rsplit("/", 1)[1].upper()
            assert any(s["title"].startswith(dataset) for s in ref.sources.values()), url
    for number, url in read_rows(PSEPH / "by-elections-in-parliament.csv", header=False):
        if int(number) >= 55:
            dataset = url.rstrip("/").rsplit("/", 1)[1].upper()
            assert ref.sources[f"hoc-psephology-by-{number}"]["title"].startswith(dataset)


def test_party_registrations(ref: Reference):
    standing = {r[10] for n in GE_YEAR for r in candidacy_rows(n)}
    rows = [
        r
        for r in read_rows(PSEPH / "political-party-registrations.csv")
        if r["MNIS ID"] in standing and r["MNIS name"] not in ("", "NA")
    ]
    for row in pick(rows):
        assert ref.party_named(row["MNIS name"]), row


def test_constituency_list(ref: Reference):
    rows = [r for r in read_rows(PSEPH / "constituencies/1997-2024.csv") if r["ONSCode"]]
    for row in pick(rows):
        seats = ref.seat_names[fold(row["Name"])]
        assert any(row["ONSCode"] in ref.seats[s].get("codes", ()) for s in seats), row


def test_area_overlaps(ref: Reference):
    rows = read_rows(PSEPH / "constituency-area-overlaps.csv", header=False)
    strong = [r for r in rows if max(float(r[9]), float(r[10])) >= 0.5 and fold(r[2]) != fold(r[4])]
    for row in pick(strong):
        (old,) = [s for s in ref.seat_codes[row[1]] if ("ge-2019", s) in ref.results]
        (new,) = [s for s in ref.seat_codes[row[3]] if ("ge-2024", s) in ref.results]
        assert new in ref.seats[old].get("successors", ()), row
        assert old in ref.seats[new].get("predecessors", ()), row


def test_parlparse_spellings_of_a_seat_stay_together(ref: Reference):
    entries = json.loads((RAW / "mysociety-parlparse" / "constituencies.json").read_text("utf-8"))
    bare = defaultdict(set)
    for i, e in enumerate(entries):
        for name in e["names"]:
            if "(" in name:
                bare[fold(name.split("(")[0])].add(i)
    named = [(i, e) for i, e in enumerate(entries) if fold(e["names"][0]) in ref.seat_names]
    for i, entry in pick(named):
        seats = ref.seat_names[fold(entry["names"][0])]
        if len(seats) != 1:
            continue  # a name two seats share (a later seat of the same name elsewhere)
        (seat,) = seats
        for name in entry["names"][1:]:
            if bare.get(fold(name), set()) - {i}:
                continue  # another seat's name without its bracket: not joined
            assert seat in ref.seat_names[fold(name)], (entry, name)


# --- curated ----------------------------------------------------------------------------------


def curated_rows(name: str) -> list[dict]:
    return read_rows(CURATED / name)


def test_curated_by_elections(ref: Reference):
    rows = [
        r
        for r in curated_rows("by-elections-1945-2010.csv")
        if len(r["date"]) == 10 and r["winning_party"]
    ]
    for row in pick(rows):
        (election,) = [
            e
            for e in ref.elections.values()
            if e["kind"] == "by-election"
            and e["date"] == row["date"]
            and e["constituency"] in ref.seat_names[fold(row["constituency"])]
        ]
        r = ref.results[(election["id"], election["constituency"])]
        assert r["partial"] is True and r["source"]["url"] == row["source_url"]
        if row["winner_votes"]:
            assert r["candidates"][0]["name"] == row["winner"]
            assert r["candidates"][0]["votes"] == int(row["winner_votes"])
        else:
            assert r["winner"] == row["winner"] and r["winner_party"] in ref.parties
        if row["turnout_pct"]:
            assert r["turnout"] == float(row["turnout_pct"])


def test_curated_governments(ref: Reference):
    for row in pick(curated_rows("governments.csv")):
        (g,) = [g for g in ref.governments if g["from"] == row["from"]]
        assert g["prime_minister"] == row["prime_minister"]
        assert g.get("to", "") == row["to"]
        assert len(g["parties"]) == len(row["parties"].split(";"))


def test_curated_leaders(ref: Reference):
    for row in pick(curated_rows("party-leaders.csv")):
        found = [
            r
            for r in ref.leaders
            if r["name"] == row["leader"]
            and r.get("from", "") == row["from"]
            and r.get("to", "") == row["to"]
        ]
        assert len(found) == 1, row
        assert found[0]["source"]["url"] == row["source_url"]


def test_curated_parties(ref: Reference):
    for row in pick(curated_rows("parties.csv")):
        (pid,) = {
            p
            for p in ref.party_named(row["party"])
            if isinstance(ref.parties[p]["source"], dict)
            and ref.parties[p]["source"]["url"] == row["source_url"]
        }
        party = ref.parties[pid]
        assert party.get("founded", "") == row["founded"]
        assert party.get("dissolved", "") == row["dissolved"]
        spellings = {party["name"], party["short"], *party.get("aliases", ())}
        assert set(filter(None, row["aliases"].split(";"))) <= spellings


def test_curated_lineage(ref: Reference):
    for row in pick(curated_rows("constituency-lineage.csv")):
        (seat,) = [
            s
            for s in ref.seat_names[fold(row["constituency"])]
            if isinstance(ref.seats[s]["source"], dict)
            and ref.seats[s]["source"].get("url") == row["source_url"]
        ]
        record = ref.seats[seat]
        assert record.get("created", "") == row["created"]
        assert record.get("abolished", "") == row["abolished"]
        for column, key in (("predecessors", "predecessors"), ("successors", "successors")):
            for name in filter(None, row[column].split(";")):
                assert ref.seat_names[fold(name)] & set(record.get(key, ())), (row, name)
