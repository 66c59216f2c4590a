"""Ordinal counts and records: position, streak, contest_count, by_election_record.

Each kind's frames are in tests/cases/history.case too; these pin the kind names and the
reasons a verdict gives.
"""

import datetime as dt

from factcheck import check_text
from factcheck.kinds.extract import extract_claims

CHESHAM_DAY = dt.date(2021, 6, 18)
PETERBOROUGH_DAY = dt.date(2019, 6, 7)
MID_BEDS_DAY = dt.date(2023, 10, 20)


def test_position_from_the_official_order(verdicts):
    text = "Sarah Green won Chesham and Amersham. The Green Party came third with 1,480 votes."
    assert verdicts(text, CHESHAM_DAY)["third"] == ("position", "true")
    text = text.replace("third", "second")
    assert verdicts(text, CHESHAM_DAY)["second"] == ("position", "false")


def test_position_is_not_read_in_idioms_or_other_races():
    text = "Her constituents came first. He finished second in the selection race."
    assert [c for c in extract_claims(text) if c.kind == "position"] == []


def test_a_wrong_place_is_fixed_as_a_place(reference):
    text = "Sarah Green won Chesham and Amersham. The Green Party came second with 1,480 votes."
    (finding,) = [f for f in check_text(text, reference, CHESHAM_DAY) if f.claim.text == "second"]
    assert finding.fix is not None and finding.fix.replacement == "third"


def test_streak_counts_a_party_s_wins_in_a_row(verdicts):
    text = "Lisa Forbes held Peterborough, a second successive victory in the seat for Labour."
    assert verdicts(text, PETERBOROUGH_DAY)["second"] == ("streak", "true")


def test_candidates_standing_and_a_by_election_s_place(verdicts):
    text = "Lisa Forbes held Peterborough for Labour. In all, 15 candidates stood."
    assert verdicts(text, PETERBOROUGH_DAY)["15"] == ("contest_count", "true")
    text = "Reform UK won Runcorn and Helsby, the first by-election of this parliament."
    assert verdicts(text, dt.date(2025, 5, 2))["first"] == ("contest_count", "true")


def test_by_election_record_is_computed_from_the_record(reference):
    text = (
        "Alistair Strathern's win in Mid Bedfordshire is the largest majority ever "
        "overturned at a by-election."
    )
    (finding,) = [f for f in check_text(text, reference, MID_BEDS_DAY) if f.claim.text == "largest"]
    assert (finding.claim.kind, str(finding.verdict)) == ("by_election_record", "true")
    assert "24,664" in finding.reason and "Tiverton and Honiton" in finding.reason
    assert finding.fix is None


def test_record_since_names_the_last_contest_as_high(reference):
    text = (
        "Labour gained Portsmouth South from the Conservatives. Turnout rose to 63.9%, the "
        "highest in the seat since 1992."
    )
    day = dt.date(2017, 6, 12)
    (finding,) = [f for f in check_text(text, reference, day) if f.claim.text == "1992"]
    assert (finding.claim.kind, str(finding.verdict)) == ("record_since", "true")
    assert "general election 1992" in finding.reason
    text = text.replace("1992", "1987")
    (finding,) = [f for f in check_text(text, reference, day) if f.claim.text == "1987"]
    assert str(finding.verdict) == "false" and finding.actual == 1992
