"""The `sources` records: one per input file read, plus the pages cited for events."""

from __future__ import annotations

import re

from factcheck.reference.importer import cbp8647, curated, parlparse, psephology
from factcheck.reference.importer.psephology import Briefing

PSEPHOLOGY_COMMIT = "774c93e64c4d69a5094d0518aef68060c4d74df0"
PSEPHOLOGY_RAW = (
    f"https://raw.githubusercontent.com/ukparliament/psephology/{PSEPHOLOGY_COMMIT}/db/data"
)
PARLPARSE_COMMIT = "c2ced743af858dc31cf57a64a6cc8719a22671d2"
HOC = "House of Commons Library"
OPL = "Open Parliament Licence v3.0."

CBP8647 = "hoc-cbp8647"
PERIODS = "hoc-psephology-parliament-periods"
GE_BRIEFINGS = "hoc-psephology-general-elections"
BY_BRIEFINGS = "hoc-psephology-by-election-briefings"
REGISTRATIONS = "hoc-psephology-party-registrations"
CONSTITUENCY_LIST = "hoc-psephology-constituencies-1997-2024"
OVERLAPS = "hoc-psephology-area-overlaps"
NOTIONAL_2005 = "hoc-psephology-notional-2005"
NOTIONAL_2019 = "hoc-psephology-notional-2019"
PARLPARSE = "mysociety-parlparse"
CURATED_BY_ELECTIONS = "curated-by-elections"
CURATED_BY_ELECTION_LIST = "curated-by-election-list"
CURATED_COVERAGE = "curated-coverage"
CURATED_GOVERNMENTS = "curated-governments"
CURATED_LEADERS = "curated-leaders"
CURATED_PARTIES = "curated-parties"
CURATED_LINEAGE = "curated-lineage"
ELECTORAL_COMMISSION = "electoral-commission"
HOC_REFERENDUMS = "hoc-library-referendums"

GE_YEARS = {55: 2010, 56: 2015, 57: 2017, 58: 2019, 59: 2024}
# General elections whose briefing general-elections.csv does not name (raw/SOURCES.md does).
_KNOWN_GE_BRIEFINGS = {59: "CBP-10009"}


def ge(n: int) -> str:
    """Source id of a general election's candidacies file (what its results cite)."""
    return f"hoc-psephology-ge-{n}"


def ge_constituencies(n: int) -> str:
    return f"hoc-psephology-ge-{n}-constituencies"


def by(n: int) -> str:
    """Source id of a parliament's by-election candidacies file."""
    return f"hoc-psephology-by-{n}"


def by_constituencies(n: int) -> str:
    return f"hoc-psephology-by-{n}-constituencies"


def _briefing_id(url: str) -> str:
    """`.../research-briefings/cbp-7186/` -> `CBP-7186`."""
    m = re.search(r"/research-briefings/([a-z]+-?[0-9-]+)/?$", url)
    return m.group(1).upper() if m else ""


def _psephology(sid: str, path: str, title: str, note: str = "") -> dict[str, object]:
    inner = path.removeprefix(psephology.DIR + "/")
    record: dict[str, object] = {
        "id": sid,
        "publisher": HOC,
        "title": title,
        "url": f"{PSEPHOLOGY_RAW}/{inner}",
        "file": f"raw/{path}",
        "official": True,
    }
    if note:
        record["note"] = note
    return record


def build(ge_briefings: list[Briefing], by_briefings: list[Briefing]) -> list[dict[str, object]]:
    """Every source record, sorted by id."""
    ge_by_year = {b.date.year: b.url for b in ge_briefings if b.date and not b.notional and b.url}
    by_by_parliament = {b.parliament: b.url for b in by_briefings if b.parliament and b.url}
    via = "ukparliament/psephology, the data behind electionresults.parliament.uk"
    out: list[dict[str, object]] = [
        {
            "id": CBP8647,
            "publisher": HOC,
            "title": "CBP-8647, General election results from 1918 to 2019",
            "url": "https://researchbriefings.files.parliament.uk/documents/CBP-8647/"
            "1918-2019election_results.csv",
            "file": f"raw/{cbp8647.PATH}",
            "official": True,
            "note": "Party totals per seat (Con, Lib/Alliance/LD, Lab, SNP+PC, others). Briefing: "
            "https://commonslibrary.parliament.uk/research-briefings/cbp-8647/. " + OPL,
        }
    ]
    for n in psephology.GE_PARLIAMENTS:
        year = GE_YEARS[n]
        url = ge_by_year.get(year, "")
        dataset = _briefing_id(url) or _KNOWN_GE_BRIEFINGS.get(n, "")
        label = f"{dataset}, " if dataset else ""
        note = f"Via {via}. Briefing: {url}. {OPL}" if url else f"Via {via}. {OPL}"
        out.append(
            _psephology(
                ge(n),
                psephology.ge_path(n, "candidacies"),
                f"{label}General election {year}: results by candidate",
                note,
            )
        )
        out.append(
            _psephology(
                ge_constituencies(n),
                psephology.ge_path(n, "constituencies"),
                f"{label}General election {year}: results by constituency",
                note,
            )
        )
    for n in psephology.BY_ELECTION_PARLIAMENTS:
        url = by_by_parliament.get(n, "")
        dataset = _briefing_id(url)
        label = f"{dataset}, " if dataset else ""
        note = f"Via {via}. Briefing: {url}. {OPL}" if url else f"Via {via}. {OPL}"
        out.append(
            _psephology(
                by(n),
                psephology.by_path(n, "candidacies"),
                f"{label}By-elections in the {_ordinal(n)} Parliament: results by candidate",
                note,
            )
        )
        out.append(
            _psephology(
                by_constituencies(n),
                psephology.by_path(n, "constituencies"),
                f"{label}By-elections in the {_ordinal(n)} Parliament: results by constituency",
                note,
            )
        )
    notional_2019_url = next((b.url for b in ge_briefings if b.notional and b.url), "")
    out += [
        _psephology(
            NOTIONAL_2005,
            psephology.NOTIONAL_2005,
            "Notional results of the 2005 general election on the 2010 boundaries",
            f"Via {via}; the Commons Library's notional set. {OPL}",
        ),
        _psephology(
            NOTIONAL_2019,
            psephology.NOTIONAL_2019,
            "Notional results of the 2019 general election on the 2024 boundaries",
            f"Via {via}. {notional_2019_url} {OPL}".replace("  ", " "),
        ),
        _psephology(
            PERIODS,
            psephology.PERIODS,
            "Parliaments 1801-: election dates, summoning and dissolution",
            f"Via {via}. Polling days of the general elections. {OPL}",
        ),
        _psephology(
            GE_BRIEFINGS,
            psephology.GENERAL_ELECTIONS,
            "General elections and their Commons Library briefings",
            f"Via {via}. {OPL}",
        ),
        _psephology(
            BY_BRIEFINGS,
            psephology.BY_ELECTION_BRIEFINGS,
            "By-election briefings by Parliament",
            f"Via {via}. {OPL}",
        ),
        _psephology(
            REGISTRATIONS,
            psephology.REGISTRATIONS,
            "Political party registrations (MNIS and Electoral Commission ids)",
            f"Via {via}. Registration dates are the Electoral Commission's. {OPL}",
        ),
        _psephology(
            CONSTITUENCY_LIST,
            psephology.CONSTITUENCY_LIST,
            "Constituencies 1997-2024 (MNIS): names, ONS codes, start and end dates",
            f"Via {via}. {OPL}",
        ),
        _psephology(
            OVERLAPS,
            psephology.OVERLAPS,
            "Overlaps between the 2010 and 2024 constituencies (area, residents, population)",
            f"Via {via}. {OPL}",
        ),
        {
            "id": PARLPARSE,
            "publisher": "mySociety (TheyWorkForYou)",
            "title": "parlparse constituencies.json: constituency names and dates since 1660",
            "url": f"https://raw.githubusercontent.com/mysociety/parlparse/{PARLPARSE_COMMIT}/"
            "members/constituencies.json",
            "file": f"raw/{parlparse.PATH}",
            "official": False,
            "note": "Compiled from Hansard; not an official dataset. Used only for seat names "
            "and creation/abolition years where no official or curated source gives them.",
        },
    ]
    curated_titles = {
        CURATED_BY_ELECTIONS: (curated.BY_ELECTIONS, "By-elections 1945-2010 (partial)"),
        CURATED_BY_ELECTION_LIST: (
            curated.BY_ELECTION_LIST,
            "List of by-elections 1918-2010 (partial; no votes)",
        ),
        CURATED_COVERAGE: (
            curated.README,
            "Coverage of the curated tables: by-elections held, and held in the data, per "
            "parliament",
        ),
        CURATED_GOVERNMENTS: (curated.GOVERNMENTS, "UK governments 1916-"),
        CURATED_LEADERS: (curated.LEADERS, "Party leaders"),
        CURATED_PARTIES: (curated.PARTIES, "Parties: founding and dissolution dates, aliases"),
        CURATED_LINEAGE: (curated.LINEAGE, "Constituency lineage: created, abolished, links"),
    }
    for sid, (file, title) in curated_titles.items():
        note = "Hand-built from stored public pages; every record cites its row's page."
        if sid == CURATED_COVERAGE:
            note = (
                "The tables' README: how complete each is. Each coverage record's note names "
                "the source of its stated total."
            )
        out.append(
            {
                "id": sid,
                "publisher": "factcheck curated tables",
                "title": title,
                "file": f"curated/{file}",
                "official": False,
                "note": note,
            }
        )
    out += [
        {
            "id": ELECTORAL_COMMISSION,
            "publisher": "Electoral Commission",
            "title": "Past elections and referendums",
            "url": "https://www.electoralcommission.org.uk/who-we-are-and-what-we-do/"
            "elections-and-referendums/past-elections-and-referendums",
            "official": True,
            "note": "Dates of referendums; each event cites its page.",
        },
        {
            "id": HOC_REFERENDUMS,
            "publisher": HOC,
            "title": "Commons Library briefings on UK referendums",
            "url": "https://commonslibrary.parliament.uk/",
            "official": True,
            "note": "Each event cites its briefing.",
        },
    ]
    return sorted(out, key=lambda s: str(s["id"]))


def _ordinal(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"
