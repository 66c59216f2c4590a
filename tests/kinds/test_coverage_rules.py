"""The coverage rule in the seat-history kinds: a verdict is `false` only where the record's
coverage says no by-election can be missing, and an `unverifiable` reason names the gap."""

from __future__ import annotations

import datetime as dt

from factcheck import check_text


def _finding(reference, text: str, number: str, day: dt.date):
    found = [f for f in check_text(text, reference, day) if number in f.claim.text]
    assert len(found) == 1, [f.claim.text for f in found]
    return found[0]


def test_a_hold_from_a_by_election_the_record_holds_without_a_winner(reference):
    f = _finding(
        reference,
        "Jeremy Corbyn held Islington North for Labour. Labour has held Islington North "
        "since 1937, when it won a by-election.",
        "1937",
        dt.date(2019, 12, 13),
    )
    assert str(f.verdict) == "unverifiable"
    assert "who won the Islington North by-election of October 1937" in f.reason


def test_a_hold_from_a_1930s_by_election_the_record_lacks_names_the_parliament(reference):
    f = _finding(
        reference,
        "Labour held Dartford at the general election. The party has held the seat since "
        "1938, when it won a by-election.",
        "1938",
        dt.date(1966, 4, 2),
    )
    assert str(f.verdict) == "unverifiable"
    assert "the record of by-elections from 1935 to 1945 is incomplete" in f.reason
    assert "of at least 141 held" in f.reason


def test_a_hold_length_from_a_missing_by_election_is_not_false(reference):
    f = _finding(
        reference,
        "Labour held Dartford at the general election. Labour, which has held Dartford for "
        "28 years, increased its majority.",
        "28 years",
        dt.date(1966, 4, 2),
    )
    assert str(f.verdict) == "unverifiable"
    assert "may have begun earlier, at a by-election the record lacks" in f.reason


def test_a_hold_length_no_by_election_could_reach_is_still_false(reference):
    # The Liberals won Mid Bedfordshire in 1929: no gain after that makes a century.
    f = _finding(
        reference,
        "Alistair Strathern won Mid Bedfordshire, a seat the Conservatives had held for more "
        "than a century.",
        "century",
        dt.date(2023, 10, 20),
    )
    assert str(f.verdict) == "false"


def test_a_wrong_start_across_a_renaming_is_false_where_the_record_is_complete(reference):
    text = (
        "Martin Vickers held Brigg and Immingham for the Conservatives. The party has held "
        "the seat, Cleethorpes until this year, since {}."
    )
    day = dt.date(2024, 7, 5)
    right = _finding(reference, text.format(2010), "2010", day)
    wrong = _finding(reference, text.format(2007), "2007", day)
    assert (str(right.verdict), str(wrong.verdict)) == ("true", "false")
    assert "Cleethorpes, general election 2010" in wrong.reason


def test_a_first_by_election_gain_the_coverage_cannot_settle(reference):
    f = _finding(
        reference,
        "Labour captured Wandsworth Central at yesterday's by-election. It was Labour's first "
        "by-election gain since 1936.",
        "1936",
        dt.date(1937, 4, 30),
    )
    assert str(f.verdict) == "unverifiable"
    assert "Fulham East by-election, 25 October 1933" in f.reason
    assert "the record of by-elections from 1935 to 1945 is incomplete" in f.reason


def test_a_first_by_election_gain_where_the_record_is_complete_can_be_false(reference):
    f = _finding(
        reference,
        "Trudy Harrison won the Copeland by-election for the Conservatives. It was the "
        "Conservatives' first by-election gain since 2010.",
        "2010",
        dt.date(2017, 2, 24),
    )
    assert str(f.verdict) == "false"
    assert "Norwich North by-election, 23 July 2009" in f.reason


def test_a_seat_named_by_its_by_election_in_an_undated_article_is_the_latest_one(reference):
    # Wakefield's by-elections in the record: 1954 (the list) and 2022. An undated report
    # that writes "in 2019" is about the 2022 one.
    found = check_text(
        "Labour won the Wakefield by-election with a majority of 4,925. The Conservatives had "
        "taken the seat in 2019.",
        reference,
    )
    majority = [f for f in found if f.claim.text == "4,925"]
    assert [str(f.verdict) for f in majority] == ["true"]
