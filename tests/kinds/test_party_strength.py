"""party_strength: a party's MPs at the article's date, from the 2019 general election plus
by-election gains and losses (computed from the data), on 19 June 2021."""

import datetime as dt

DAY = dt.date(2021, 6, 19)
INTRO = "Sarah Green won the Chesham and Amersham by-election for the Liberal Democrats. "


def test_the_computed_total_is_true(verdicts):
    got = verdicts(INTRO + "The Liberal Democrats now have 12 MPs.", DAY)
    assert got["12 MPs"] == ("party_strength", "true")


def test_a_different_total_is_never_false(verdicts):
    # Defections and suspensions are not in the data: 14 may be a count they explain.
    got = verdicts(INTRO + "The Liberal Democrats now have 14 MPs.", DAY)
    assert got["14 MPs"] == ("party_strength", "unverifiable")


def test_by_election_gains_and_losses_count(verdicts):
    # 365 won in 2019, +1 at Hartlepool (May 2021), -1 at Chesham and Amersham.
    got = verdicts(INTRO + "The Conservatives now have 365 MPs.", DAY)
    assert got["365 MPs"] == ("party_strength", "true")


def test_without_a_date_it_is_not_judged(verdicts):
    got = verdicts("The Liberal Democrats now have 12 MPs.")
    assert got.get("12 MPs", ("party_strength", "unverifiable"))[1] == "unverifiable"
