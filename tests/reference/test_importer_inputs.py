"""The importer's readers: each quirk of the input files, on small files written per test."""

from __future__ import annotations

from pathlib import Path

import pytest

from factcheck.reference.importer import cbp8647, curated, psephology
from factcheck.reference.importer.csvio import read_csv
from factcheck.reference.importer.report import ImportDataError

DATA = Path(__file__).resolve().parent.parent / "data" / "importer"
RAW, CURATED = DATA / "raw", DATA / "curated"


def test_cbp_reads_cp1252_trailing_space_headers_and_markers():
    rows = {(r.election, r.name): r for r in cbp8647.load(RAW)}
    ynys = rows[("1935", "Ynys Môn")]
    assert ynys.votes == {"con": 9000, "lab": 12000, "natSW": 9000}
    assert ynys.total == 30000 and ynys.turnout == 0.7
    armagh = rows[("1935", "Armagh")]
    assert armagh.uncontested and armagh.unopposed == {"con": 1} and armagh.total is None
    accrington = rows[("1935", "Accrington")]
    assert accrington.votes["con"] == 0  # did not stand; the builder leaves it out
    assert rows[("1935", "Bolton")].seats == 2
    assert cbp8647.election_id("1974F") == "ge-1974-02"
    assert cbp8647.election_id("1974O") == "ge-1974-10"
    assert cbp8647.election_id("1935") == "ge-1935"


def test_cbp_party_columns_depend_on_year_and_nation():
    rows = {(r.election, r.name): r for r in cbp8647.load(RAW)}
    assert cbp8647.party_for("natSW", rows[("1935", "Ynys Môn")]) == "plaid-cymru"
    assert cbp8647.party_for("lib", rows[("1979", "Whitehaven")]) == "liberal"
    assert cbp8647.party_for("lib", rows[("1983", "Copeland")]) == "sdp-liberal-alliance"
    assert cbp8647.party_for("lib", rows[("2015", "Copeland")]) == "liberal-democrats"
    assert cbp8647.party_for("oth", rows[("1935", "Bolton")]) == "others"


def test_cbp_multi_seat_uncontested_counts(tmp_path):
    path = tmp_path / cbp8647.PATH
    path.parent.mkdir(parents=True)
    header = (RAW / cbp8647.PATH).read_bytes().splitlines()[0]
    row = b",3,Combined Scottish Universities,University,,-2,,-1,,,,,,,,-3,,1922,1918-1935,"
    path.write_bytes(header + b"\n" + row + b"\n")
    (only,) = cbp8647.load(tmp_path)
    assert only.unopposed == {"con": 2, "lib": 1} and only.seats == 3 and only.total is None


def test_general_election_files_with_and_without_header():
    old = psephology.load_general_election(RAW, 56)  # no header row
    copeland = old["E14000647"]
    assert (copeland.electorate, copeland.valid_votes, copeland.invalid_votes) == (
        62087,
        39631,
        151,
    )
    assert [c.name for c in copeland.candidates][:2] == ["Jamie Reed", "Stephen Haraldsen"]
    new = psephology.load_general_election(RAW, 59)  # header and a 22nd column
    assert new["E14001583"].candidates[0].votes == 20451
    assert new["E14001583"].party_columns["Lab"] == 20451
    crlf = psephology.load_general_election(RAW, 55)  # CRLF, spaces after Change
    assert crlf["E14000647"].candidates[1].votes == 15866


def test_by_election_files_bom_misspelt_header_and_missing_marker():
    (copeland,) = psephology.load_by_elections(RAW, 56)
    assert str(copeland.date) == "2017-02-23"
    assert copeland.invalid_votes is None  # `[x]`
    assert copeland.electorate == 60602
    (hartlepool,) = psephology.load_by_elections(RAW, 58)  # BOM and `ONS ID2`
    assert hartlepool.ons == "E14000733"
    assert [c.votes for c in hartlepool.candidates] == [15529, 8589]
    assert hartlepool.result_text == "CON GAIN FROM LAB"
    assert psephology.load_by_elections(RAW, 59) == []  # header only


def test_notional_files():
    seats, left_out = psephology.load_notional_2019(RAW)
    assert left_out == 2
    assert [p.code for p in seats["E14001583"].parties] == ["CONV", "LABV", "IND1V"]
    old = psephology.load_notional_2005(RAW)
    assert [p.mnis_party_id for p in old["E14000647"].parties] == ["4", "15", ""]


def test_lookup_files():
    periods = psephology.load_periods(RAW)
    assert str(periods[46]) == "1974-02-28" and 30 not in periods  # "03 December 1910 - ..."
    listed = psephology.load_constituency_list(RAW)  # BOM before `Name`
    assert listed[0].name == "Copeland" and str(listed[0].end) == "2010-04-12"
    (overlap, _) = psephology.load_overlaps(RAW)
    assert (overlap.share_of_old, overlap.share_of_new) == (0.77, 0.63)
    regs = psephology.load_registrations(RAW)
    assert regs[0].ec_id == "PP85" and regs[1].registered is None


def test_curated_tables():
    rows = curated.load_by_elections(CURATED)
    assert rows[0].winner_votes == 13306 and rows[0].turnout_pct == 48.5
    assert rows[2].date is None
    (lineage,) = [r for r in curated.load_lineage(CURATED) if r.constituency == "Copeland"]
    assert lineage.successors == ("Whitehaven and Workington",)
    leaders = curated.load_leaders(CURATED)
    assert leaders[2].start is None and str(leaders[2].end) == "1983"
    assert curated.load_governments(CURATED)[1].end is None


def test_optional_header_is_detected(tmp_path):
    path = tmp_path / "x.csv"
    path.write_bytes(b"ONS ID,Votes\r\nE1,5\r\n")
    names, rows = read_csv(path, header="ONS ID")
    assert names == ["ONS ID", "Votes"] and rows[0].values == ["E1", "5"]
    path.write_bytes(b"E1,5\nE2,6\n")
    names, rows = read_csv(path, header="ONS ID")
    assert names == [] and len(rows) == 2


def test_bad_values_name_the_file_and_line(tmp_path):
    path = tmp_path / "x.csv"
    path.write_bytes(b"a,b\n1,2\n3,x\n")
    _, rows = read_csv(path)
    with pytest.raises(ImportDataError, match=r"x\.csv:3: b: not a whole number: 'x'"):
        rows[1].int_at(1, "b")
    with pytest.raises(ImportDataError, match="file not found"):
        read_csv(tmp_path / "missing.csv")
    path.write_bytes("a\n\u00e9\n".encode("cp1252"))
    with pytest.raises(ImportDataError, match=r"x\.csv:2: not utf-8-sig text"):
        read_csv(path)
