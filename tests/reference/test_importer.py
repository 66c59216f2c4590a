"""The importer end to end, on the tiny input tree in tests/data/importer/."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import yaml

from factcheck.reference.importer import ImportDataError, run_import
from factcheck.reference.importer.__main__ import main

DATA = Path(__file__).resolve().parent.parent / "data" / "importer"
RAW, CURATED = DATA / "raw", DATA / "curated"


@pytest.fixture(scope="module")
def imported(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, object]:
    out = tmp_path_factory.mktemp("reference")
    report = run_import(RAW, CURATED, out)
    return out, report


@pytest.fixture(scope="module")
def records(imported: tuple[Path, object]) -> dict[str, list[dict]]:
    out, _ = imported
    merged: dict[str, list[dict]] = {}
    for path in sorted(out.rglob("*.yaml")):
        if path.name == "conflicts.yaml":
            continue
        for key, items in yaml.load(path.read_text("utf-8"), Loader=yaml.CSafeLoader).items():
            merged.setdefault(key, []).extend(items)
    return merged


def result(records: dict[str, list[dict]], election: str, constituency: str) -> dict:
    found = [
        r
        for r in records["results"]
        if r["election"] == election and r["constituency"] == constituency
    ]
    assert len(found) == 1, (election, constituency, found)
    return found[0]


def by_id(records: dict[str, list[dict]], key: str) -> dict[str, dict]:
    return {r["id"]: r for r in records[key]}


def conflicts(imported: tuple[Path, object]) -> list[dict]:
    out, _ = imported
    return yaml.load((out / "conflicts.yaml").read_text("utf-8"), Loader=yaml.CSafeLoader)[
        "conflicts"
    ]


def test_writes_the_bundled_layout(imported):
    out, report = imported
    names = sorted(p.relative_to(out).as_posix() for p in out.rglob("*.yaml"))
    for expected in (
        "sources.yaml",
        "parties.yaml",
        "constituencies.yaml",
        "elections.yaml",
        "governments.yaml",
        "leaders.yaml",
        "events.yaml",
        "conflicts.yaml",
        "results/general-1935.yaml",
        "results/general-1974-02.yaml",
        "results/general-1974-10.yaml",
        "results/general-2015.yaml",
        "results/notional-2005-on-2010.yaml",
        "results/notional-2019-on-2024.yaml",
        "results/by-elections-1945-2010.yaml",
        "results/by-elections-2011-2026.yaml",
    ):
        assert expected in names
    assert report.counts["results"] == 36


def test_same_inputs_give_the_same_bytes(imported, tmp_path):
    out, _ = imported
    again = tmp_path / "again"
    run_import(RAW, CURATED, again)
    first = {p.relative_to(out): p.read_bytes() for p in out.rglob("*.yaml")}
    second = {p.relative_to(again): p.read_bytes() for p in again.rglob("*.yaml")}
    assert first == second


def test_output_loads_with_the_project_loader(imported):
    from factcheck.reference.load import load_records

    out, _ = imported
    loaded = load_records([out])
    assert len(loaded.results) == 36
    assert "hartlepool" in loaded.constituencies


def test_county_prefixed_cbp_name_is_the_modern_seat(records):
    r = result(records, "ge-1935", "whitehaven")
    assert r["candidates"] == [
        {"party": "labour", "votes": 14794},
        {"party": "conservative", "votes": 14442},
        {"party": "others", "votes": 1004},
    ]
    assert "Cumberland Whitehaven" in by_id(records, "constituencies")["whitehaven"]["aliases"]
    assert result(records, "ge-1935", "mitcham")["electorate"] == 91889


def test_the_hartlepools_after_1974_is_hartlepool(records, imported):
    held = sorted(r["election"] for r in records["results"] if r["constituency"] == "hartlepool")
    assert held[:5] == [
        "by-1977-05-05-hartlepool",  # the list's "Hartlepools", after the renaming
        "by-2021-05-06-hartlepool",
        "ge-1974-02",
        "ge-1974-10",
        "ge-1979",
    ]
    old = sorted(
        r["election"] for r in records["results"] if r["constituency"] == "the-hartlepools"
    )
    assert old == ["ge-1935", "ge-1970"]
    mapped = [c for c in conflicts(imported) if c["kind"] == "name-after-abolition"]
    assert [c["subject"] for c in mapped] == [
        "ge-1974-10 'The Hartlepools'",
        "ge-1979 'The Hartlepools'",
    ]


def test_uncontested_and_two_member_seats(records):
    armagh = result(records, "ge-1935", "armagh")
    assert armagh["uncontested"] is True
    assert armagh["candidates"] == [{"party": "conservative"}]
    assert "valid_votes" not in armagh
    bolton = result(records, "ge-1935", "bolton")
    assert bolton["seats"] == 2
    assert bolton["valid_votes"] == 73560


def test_party_that_did_not_stand_and_shares_are_left_out(records):
    accrington = result(records, "ge-1935", "accrington")
    assert [c["party"] for c in accrington["candidates"]] == ["others", "labour"]
    assert all("share" not in c for r in records["results"] for c in r["candidates"])


def test_cp1252_name_and_nationalist_column(records):
    seat = by_id(records, "constituencies")["ynys-mon"]
    assert seat["name"] == "Ynys Môn"
    parties = {c["party"] for c in result(records, "ge-1935", "ynys-mon")["candidates"]}
    assert "plaid-cymru" in parties


def test_liberal_column_follows_the_party_of_the_day(records):
    assert {c["party"] for c in result(records, "ge-1979", "whitehaven")["candidates"]} >= {
        "liberal"
    }
    assert {c["party"] for c in result(records, "ge-1983", "copeland")["candidates"]} >= {
        "sdp-liberal-alliance"
    }


def test_candidate_level_general_elections(records):
    r = result(records, "ge-2015", "copeland")
    assert r["candidates"][:2] == [
        {"name": "Jamie Reed", "party": "labour", "votes": 16750, "gender": "m"},
        {"name": "Stephen Haraldsen", "party": "conservative", "votes": 14186, "gender": "m"},
    ]
    assert (r["electorate"], r["valid_votes"], r["invalid_votes"]) == (62087, 39631, 151)
    assert r["source"] == "hoc-psephology-ge-56"
    # The 2024 file has a header and a 22nd column; a mis-decoded name is repaired.
    hartlepool = result(records, "ge-2024", "hartlepool")
    assert {"name": "Léonie Mathers", "party": "green", "votes": 1000, "gender": "f"} in hartlepool[
        "candidates"
    ]


def test_2010_ulster_conservatives_filed_as_independent(records, imported):
    r = result(records, "ge-2010", "belfast-east")
    parties = {c["name"]: c["party"] for c in r["candidates"]}
    assert parties == {
        "Naomi Long": "alliance",
        "Trevor Ringland": "ucunf",  # his votes are the constituency file's UUP column
        "Some Body": "independent",
    }
    assert [c["kind"] for c in conflicts(imported)].count("party-relabelled") == 1


def test_by_elections_from_psephology(records):
    elections = by_id(records, "elections")
    assert elections["by-2017-02-23-copeland"]["constituency"] == "copeland"
    r = result(records, "by-2017-02-23-copeland", "copeland")
    assert r["candidates"][0] == {
        "name": "Trudy Harrison",
        "party": "conservative",
        "votes": 13748,
        "gender": "f",
    }
    assert r["electorate"] == 60602
    assert "invalid_votes" not in r  # `[x]` in the file
    # BOM, misspelt `ONS ID2` header and upper-case result text in parliament 58's files
    assert (
        result(records, "by-2021-05-06-hartlepool", "hartlepool")["candidates"][0]["votes"] == 15529
    )


def test_curated_by_elections(records, imported):
    r = result(records, "by-1982-06-03-mitcham-and-morden", "mitcham-and-morden")
    assert r["partial"] is True
    assert r["candidates"][0] == {"name": "Angela Rumbold", "party": "conservative", "votes": 13306}
    assert r["turnout"] == 48.5
    assert "majority" not in r  # derived from the votes
    assert result(records, "ge-1979", "mitcham-and-morden")["candidates"][0]["party"] == "labour"
    no_votes = result(records, "by-1976-11-04-workington", "workington")
    assert (no_votes["winner"], no_votes["winner_party"], no_votes["majority"]) == (
        "Richard Page",
        "conservative",
        1065,
    )
    assert no_votes["candidates"] == []
    skipped = [c["subject"] for c in conflicts(imported) if c["kind"] == "skipped-row"]
    assert skipped == ["undated Bootle"]
    # A dated contest with no winner is held: the election, with no result.
    assert "by-1986-01-23-armagh" in by_id(records, "elections")
    assert not [r for r in records["results"] if r["election"] == "by-1986-01-23-armagh"]
    no_result = [c["subject"] for c in conflicts(imported) if c["kind"] == "no-result"]
    assert "1986-01-23 Armagh" in no_result


def test_notional_results(records, imported):
    r = result(records, "notional-2019-on-2024", "whitehaven-and-workington")
    assert r["candidates"] == [
        {"party": "conservative", "votes": 24000},
        {"party": "labour", "votes": 15000},
        {"party": "independent", "votes": 1000},
    ]  # TOTOTHV and MAXOTHV rows left out
    r2005 = result(records, "notional-2005-on-2010", "copeland")
    assert {"party": "others", "votes": 6000} in r2005["candidates"]
    assert all(
        c.get("votes") for c in result(records, "notional-2005-on-2010", "hartlepool")["candidates"]
    )
    elections = by_id(records, "elections")
    assert elections["notional-2019-on-2024"]["base"] == "ge-2019"
    assert elections["notional-2019-on-2024"]["boundaries"] == "2024"


def test_general_election_dates_from_parliament_periods(records):
    elections = by_id(records, "elections")
    assert elections["ge-1974-02"]["date"] == "1974-02-28"
    assert elections["ge-1974-10"]["date"] == "1974-10-10"
    assert elections["ge-1935"]["name"] == "1935 general election"


def test_cbp_totals_are_checked_against_candidates(imported):
    found = [c for c in conflicts(imported) if c["kind"] == "cbp-psephology-mismatch"]
    assert [c["subject"] for c in found] == [
        "ge-2015 Copeland lab",
        "ge-2015 Copeland total_votes",
    ]
    assert found[0]["used"] == "16750"


def test_lineage_and_overlaps(records):
    seats = by_id(records, "constituencies")
    assert seats["copeland"]["predecessors"] == ["whitehaven"]
    assert seats["copeland"]["successors"] == ["whitehaven-and-workington"]
    assert seats["hartlepool"]["created"] == "1974-02"
    assert seats["the-hartlepools"]["abolished"] == "1974-02"
    assert seats["whitehaven-and-workington"]["created"] == "2024-05-31"
    assert "E14000647" in seats["copeland"]["codes"]


def test_nation_from_ons_code_and_cbp_region(records):
    seats = by_id(records, "constituencies")
    # An ONS code's first letter (E14...), or CBP-8647's country/region: an English region
    # ("North West", "London") is England, "Wales" Wales.
    assert seats["copeland"]["nation"] == "england"
    assert seats["mitcham"]["nation"] == "england"
    assert seats["ynys-mon"]["nation"] == "wales"
    assert seats["armagh"]["nation"] == "northern-ireland"
    assert seats["belfast-east"]["nation"] == "northern-ireland"


def test_parties_governments_leaders_events(records):
    parties = by_id(records, "parties")
    assert parties["ukip"]["founded"] == "1993-09-03"
    assert parties["ukip"]["name"] == "UK Independence Party"
    assert "Ukip" in parties["ukip"]["aliases"]
    assert {"Tories", "Tory", "Con"} <= set(parties["conservative"]["aliases"])
    assert parties["others"]["aggregate"] is True
    assert parties["official-monster-raving-loony-party"]["founded"] == "1999-01-14"
    assert records["governments"][0]["parties"] == ["conservative", "liberal-democrats"]
    assert "to" not in records["governments"][-1]
    leaders = {(r["party"], r["name"]): r for r in records["leaders"]}
    assert leaders[("labour", "Jeremy Corbyn")]["from"] == "2015-09-12"
    assert leaders[("reform-uk", "Nigel Farage")]["to"] == "2021-03-06"
    assert "from" not in leaders[("sdp", "Roy Jenkins")]
    events = by_id(records, "events")
    assert events["eu-referendum-2016"]["date"] == "2016-06-23"
    assert "Brexit referendum" in events["eu-referendum-2016"]["aliases"]


def test_every_cited_source_exists(records):
    ids = {s["id"] for s in records["sources"]}
    for key, items in records.items():
        for item in items:
            if key == "sources":
                continue
            cited = item["source"]["id"] if isinstance(item["source"], dict) else item["source"]
            assert cited in ids, (key, item)


def test_command_line(tmp_path, capsys):
    out = tmp_path / "ref"
    assert main(["--raw", str(RAW), "--curated", str(CURATED), "--out", str(out)]) == 0
    assert (out / "results" / "general-1935.yaml").exists()
    assert "results: 36" in capsys.readouterr().out
    assert main(["--raw", str(tmp_path / "missing"), "--curated", str(CURATED)]) == 2


def test_a_bad_input_is_one_line_naming_file_and_line(tmp_path, capsys):
    raw = tmp_path / "raw"
    shutil.copytree(RAW, raw)
    cbp = raw / "hoc-cbp8647" / "1918-2019election_results.csv"
    cbp.write_bytes(cbp.read_bytes().replace(b"14442", b"14x42"))
    with pytest.raises(ImportDataError, match=r"1918-2019election_results\.csv:2: con_votes"):
        run_import(raw, CURATED, tmp_path / "out")
    assert main(["--raw", str(raw), "--curated", str(CURATED), "--out", str(tmp_path / "o")]) == 2
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1 and "not a whole number" in err


def test_stale_result_files_are_removed(tmp_path):
    out = tmp_path / "ref"
    (out / "results").mkdir(parents=True)
    (out / "results" / "general-1066.yaml").write_text("results: []\n")
    run_import(RAW, CURATED, out)
    assert not (out / "results" / "general-1066.yaml").exists()


# --- the list of by-elections 1918-2010 and coverage.yaml ------------------------------


def test_a_listed_contest_already_held_is_merged_with_its_disagreement(records, imported):
    mitcham = [e for e in records["elections"] if e.get("constituency") == "mitcham-and-morden"]
    assert [e["id"] for e in mitcham if e["kind"] == "by-election"] == [
        "by-1982-06-03-mitcham-and-morden"
    ]
    dates = [c for c in conflicts(imported) if c["kind"] == "by-election-date"]
    assert [(c["subject"], c["used"]) for c in dates] == [
        ("1982-06-04 Mitcham and Morden", "1982-06-03 (by-1982-06-03-mitcham-and-morden)")
    ]


def test_a_month_only_date_is_kept_as_a_month(records, imported):
    election = by_id(records, "elections")["by-1937-10-whitehaven"]
    assert (election["date"], election["constituency"]) == ("1937-10", "whitehaven")
    # The row cites a stored page with no address: its description is a note, not a url.
    assert "url" not in election["source"] and "navbox" in election["source"]["note"]
    assert not [r for r in records["results"] if r["election"] == "by-1937-10-whitehaven"]


def test_listed_seat_names_are_matched_to_the_seats_of_their_time(records, imported):
    elections = by_id(records, "elections")
    # CBP-8647 writes "Surrey Epsom"; the list writes "Epsom".
    assert elections["by-1937-03-18-epsom"]["constituency"] == "epsom"
    assert result(records, "by-1937-03-18-epsom", "epsom")["winner_party"] == "conservative"
    # "Hartlepools" in 1977 is the seat CBP-8647 calls "The Hartlepools", by then Hartlepool.
    assert elections["by-1977-05-05-hartlepool"]["constituency"] == "hartlepool"
    unknown = [c for c in conflicts(imported) if c["kind"] == "by-election-seat-unknown"]
    assert [c["subject"] for c in unknown] == ["1938-02-10 Atlantis North"]
    assert not [e for e in records["elections"] if "atlantis" in e["id"]]


def test_a_gain_that_contradicts_its_parties_is_reported(imported):
    found = [c for c in conflicts(imported) if c["kind"] == "by-election-gain"]
    assert [c["subject"] for c in found] == ["1972-01-20 Whitehaven"]


def test_coverage_counts_each_parliament_against_its_stated_total(records, imported):
    by_parliament = {
        c.get("parliament"): c for c in records["coverage"] if c["record"] == "by-elections"
    }
    wartime = by_parliament["1935"]
    # Epsom and the month-only Whitehaven; Atlantis North is counted as unplaced.
    assert (wartime["imported"], wartime["at_least"], wartime["unplaced"]) == (2, 141, 1)
    assert wartime["complete"] is False
    feb_1974 = by_parliament["1974-02"]
    assert (feb_1974["imported"], feb_1974["known"], feb_1974["complete"]) == (0, 1, False)
    official = by_parliament["2015"]
    assert official["complete"] is True and official["known"] == official["imported"]
    generals = [c for c in records["coverage"] if c["record"] == "general-elections"]
    assert generals[0]["from"] == "1935-11-14"
    # The README says 4 rows for 1935; the list has 3.
    counts = [c for c in conflicts(imported) if c["kind"] == "coverage-count"]
    assert [c["subject"] for c in counts] == ["parliament 1935"]
