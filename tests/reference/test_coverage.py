"""Coverage as data: what the bundled record of by-elections holds, per parliament, and the
answers the rules get when they ask whether a contest may be missing."""

from __future__ import annotations

import datetime as dt

from factcheck.reference import coverage
from factcheck.reference.index import Reference
from factcheck.reference.load import load_records
from factcheck.reference.model import ReferenceRecords

D = dt.date


def _parliament(reference, label):
    found = [c for c in reference.coverage if c.record == "by-elections" and c.parliament == label]
    assert len(found) == 1, label
    return found[0]


def test_every_parliament_since_1918_has_a_by_election_count(reference):
    labels = [c.parliament for c in reference.coverage if c.parliament]
    assert labels[0] == "1918" and labels[-1] == "2024"
    assert "1974-02" in labels and "1974-10" in labels
    wartime = _parliament(reference, "1935")
    assert (wartime.at_least, wartime.complete) == (141, False)
    assert wartime.imported == len(
        [e for e in reference.by_elections() if D(1935, 11, 14) < e.date < D(1945, 7, 5)]
    )


def test_official_and_fully_counted_parliaments_are_complete(reference):
    complete = [c.parliament for c in reference.coverage if c.parliament and c.complete]
    assert complete == ["1974-02", "2005", "2010", "2015", "2017", "2019", "2024"]
    assert _parliament(reference, "2005").known == 14


def test_general_elections_and_names_are_covered_from_their_first_year(reference):
    generals = [c for c in reference.coverage if c.record == "general-elections"]
    assert [(str(c.start), c.complete) for c in generals] == [("1918-12-14", True)]
    assert coverage.names_from(reference) == 2010


def test_a_hold_crossing_a_by_election_with_no_winner_names_that_contest(reference):
    # The list holds the Islington North by-election of October 1937, but not who won it.
    reason = coverage.gap_reason(reference, D(1935, 11, 14), D(1945, 7, 5), "islington-north")
    assert reason == (
        "the record does not say who won the Islington North by-election of October 1937"
    )


def test_an_incomplete_parliament_is_named_with_its_counts(reference):
    reason = coverage.gap_reason(reference, D(1938, 1, 1), D(1939, 1, 1), "hartlepool")
    assert reason == (
        "the record of by-elections from 1935 to 1945 is incomplete "
        "(38 of at least 141 held are in it)"
    )


def test_official_years_are_complete_and_so_is_the_2005_parliament(reference):
    assert coverage.by_elections_complete(reference, D(2011, 1, 1), D(2024, 1, 1))
    assert coverage.by_elections_complete(reference, D(2006, 1, 1), D(2009, 12, 31), "copeland")
    assert not coverage.by_elections_complete(reference, D(1990, 1, 1), D(1991, 1, 1))


def test_a_span_before_the_record_starts_is_not_complete(reference):
    reason = coverage.gap_reason(reference, D(1900, 1, 1), D(1920, 1, 1))
    assert reason == "the reference holds no record of by-elections before 1918"


def test_an_empty_span_has_nothing_missing(reference):
    assert coverage.gap_reason(reference, D(1937, 5, 1), D(1937, 5, 1)) is None


def test_a_dataset_that_states_no_coverage_is_never_taken_as_complete():
    bare = Reference(ReferenceRecords())
    assert coverage.gap_reason(bare, D(2015, 1, 1), D(2016, 1, 1)) == (
        "the reference does not say how complete its record of by-elections is"
    )


def test_a_month_only_by_election_keeps_its_month(tmp_path):
    path = tmp_path / "mine.yaml"
    path.write_text(
        "sources:\n  - {id: s, publisher: P, title: T}\n"
        "constituencies:\n  - {id: x, name: X, source: s}\n"
        "elections:\n  - {id: by-1937-10-x, kind: by-election, date: '1937-10',"
        " constituency: x, name: X by-election, source: s}\n"
    )
    election = load_records([path]).elections["by-1937-10-x"]
    assert (election.precision, election.when(), election.date_text()) == (
        "month",
        "October 1937",
        "1937-10",
    )


def test_summary_says_where_the_record_is_complete(reference):
    assert coverage.by_elections_summary(reference) == "some from 1918, every one from 2005"
