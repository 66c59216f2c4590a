"""Readings: a claim is false only when every reading the text allows contradicts it.

Each passage is written for these tests; the figures are the official ones.
"""

from __future__ import annotations

import datetime as dt

import pytest

from factcheck.pipeline import check_text


def verdicts(text: str, reference, date: str | None = None) -> dict[str, str]:
    day = dt.date.fromisoformat(date) if date else None
    return {f.claim.text: str(f.verdict) for f in check_text(text, reference, date=day)}


def finding(text: str, number: str, reference, date: str | None = None):
    day = dt.date.fromisoformat(date) if date else None
    found = [f for f in check_text(text, reference, date=day) if number in f.claim.text]
    assert found, f"{number} not found"
    return found[0]


HARTLEPOOL = "2021-05-07"


def test_a_party_written_on_a_majority_it_lost_owns_the_one_before(reference):
    text = (
        "The Conservatives won the Hartlepool by-election, turning a Labour majority of "
        "3,595 into a Conservative majority of 6,940."
    )
    got = verdicts(text, reference, HARTLEPOOL)
    assert got["3,595"] == "true"
    assert got["6,940"] == "true"
    wrong = verdicts(text.replace("3,595", "3,959"), reference, HARTLEPOOL)
    assert wrong["3,959"] == "false"


def test_readings_that_disagree_make_a_claim_unverifiable_and_are_named(reference):
    # In a by-election report, an uncued majority may be the by-election's or the
    # general election's before it: 3,595 was the 2019 majority, not the 2021 one.
    text = "Hartlepool held a by-election this week. The majority in Hartlepool was 3,595."
    f = finding(text, "3,595", reference, HARTLEPOOL)
    assert str(f.verdict) == "unverifiable"
    assert "two readings" in f.reason
    assert [str(r.verdict) for r in f.readings] == ["false", "true"]
    assert not any(r.chosen for r in f.readings)


def test_a_figure_no_reading_supports_is_false_and_lists_its_readings(reference):
    text = "Hartlepool held a by-election this week. The majority in Hartlepool was 4,100."
    f = finding(text, "4,100", reference, HARTLEPOOL)
    assert str(f.verdict) == "false"
    assert len(f.readings) == 2
    assert f.readings[0].chosen
    assert f.ids["seat"] == "hartlepool"


@pytest.mark.parametrize("gap", ["a difference of 187 votes", "a margin of just 187 votes"])
def test_a_gap_noun_makes_a_majority_not_a_vote_count(reference, gap):
    text = f"Rosie Duffield beat Julian Brazier in Canterbury on 25,572 votes to 25,385, {gap}."
    f = finding(text, "187", reference, "2017-06-09")
    assert (f.claim.kind, str(f.verdict)) == ("majority", "true")
    wrong = finding(text.replace("187", "178"), "178", reference, "2017-06-09")
    assert str(wrong.verdict) == "false"


def test_a_figure_in_apposition_belongs_to_the_figure_before_it(reference):
    text = (
        "In 2015 Julian Brazier kept Canterbury for the Conservatives, and Labour's "
        "Hugh Lanning, who came second, finished on 13,120 votes - a 24.5% share."
    )
    got = verdicts(text, reference, "2017-06-09")
    assert got["24.5%"] == "true"
    assert verdicts(text.replace("24.5%", "29.5%"), reference, "2017-06-09")["29.5%"] == "false"


def test_an_apposition_shares_the_contest_named_in_the_clause_before(reference):
    text = (
        "Dame Cheryl Gillan had held Chesham and Amersham with a majority of 16,223 at the "
        "2019 general election - some 55 per cent of the vote."
    )
    got = verdicts(text, reference, "2021-06-18")
    assert got["16,223"] == "true"
    assert got["55 per cent"] == "true"


def test_tonight_is_the_contest_the_article_reports(reference):
    text = (
        "In 2017 the Liberal Democrats were third in Brecon and Radnorshire, but their "
        "margin over the Conservatives tonight was 1,425 votes."
    )
    assert verdicts(text, reference, "2019-08-02")["1,425 votes"] == "true"


def test_a_persons_own_win_count_is_not_judged_against_the_party(reference):
    text = (
        "The former Labour leader, a member for Islington North for decades, won the seat "
        "10 times at general elections."
    )
    f = finding(text, "10 times", reference, "2024-07-05")
    assert str(f.verdict) == "unverifiable"
    assert "2010" in f.reason


def test_a_speaker_is_not_the_subject_of_a_quoted_count(reference):
    text = 'In Islington North, she said: "Labour won the seat 23 times before this."'
    f = finding(text, "23 times", reference, "2024-07-05")
    assert "candidate's own wins" not in f.reason


def test_a_seat_formed_again_at_a_redistribution_is_not_called_false(reference):
    f = finding("Canterbury was formed in 1918.", "1918", reference, "2017-06-09")
    assert str(f.verdict) == "unverifiable"
    assert "redistribution" in f.reason


def test_a_year_near_by_election_before_complete_records_is_not_a_general_election(reference):
    text = (
        "The biggest majority overturned in a by-election came in Liverpool Wavertree in "
        "1935, when Labour wiped out a Conservative majority of 23,972."
    )
    f = finding(text, "23,972", reference, "2022-06-24")
    assert str(f.verdict) == "unverifiable"
    # The reason names the gap the coverage gives for 1935 (two parliaments, both partial).
    assert "the record of by-elections from 1931 to 1945 is incomplete" in f.reason


@pytest.mark.parametrize(
    "text, number",
    [
        ("Jeremy Corbyn won Islington North with 7,247 more votes than Labour.", "7,247"),
        ("Ed Balls was behind by about 260 votes after the first count.", "260"),
        ("The party counted 8,000 new voter registrations in Canterbury.", "8,000"),
    ],
)
def test_gaps_and_other_counts_are_not_vote_counts(reference, text, number):
    found = [f for f in check_text(text, reference) if number in f.claim.text]
    assert not [f for f in found if str(f.verdict) == "false"]
