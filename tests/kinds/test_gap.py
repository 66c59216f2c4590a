"""gap: the difference between two candidates, in votes or points of share."""

import datetime as dt

from factcheck.kinds.extract import extract_claims
from tests.kinds.conftest import COPELAND_DAY

STOKE_DAY = COPELAND_DAY  # the Stoke-on-Trent Central by-election was the same day
INTRO = "Gareth Snell held Stoke-on-Trent Central for Labour. "


def test_more_votes_than_a_named_rival(verdicts):
    got = verdicts(INTRO + "He won 2,620 more votes than Paul Nuttall.", STOKE_DAY)
    assert got["2,620"] == ("gap", "true")
    got = verdicts(INTRO + "He won 2,602 more votes than Paul Nuttall.", STOKE_DAY)
    assert got["2,602"] == ("gap", "false")


def test_a_gap_between_second_and_third_is_not_the_majority(verdicts):
    got = verdicts(
        INTRO + "Ukip's Paul Nuttall finished 79 votes ahead of the Conservative Jack Brereton.",
        STOKE_DAY,
    )
    assert got["79 votes"] == ("gap", "true")


def test_behind_with_no_one_named_is_behind_the_winner(verdicts):
    got = verdicts(INTRO + "Paul Nuttall of Ukip finished 2,620 votes behind.", STOKE_DAY)
    assert got["2,620 votes"] == ("gap", "true")


def test_the_other_way_round_is_never_false(verdicts):
    got = verdicts(INTRO + "Gareth Snell finished 2,620 votes behind Paul Nuttall.", STOKE_DAY)
    assert got["2,620 votes"] == ("gap", "unverifiable")


def test_a_majority_in_points_of_share(verdicts):
    brecon = dt.date(2019, 8, 2)
    text = "Jane Dodds won the Brecon and Radnorshire by-election, a 4.5% majority over the Tories."
    assert verdicts(text, brecon)["4.5%"] == ("gap", "true")
    text = text.replace("4.5%", "6.5%")
    assert verdicts(text, brecon)["6.5%"] == ("gap", "false")


def test_a_count_during_the_night_is_not_read_as_the_result(verdicts):
    got = verdicts(INTRO + "Paul Nuttall was 300 votes behind after the first count.", STOKE_DAY)
    assert got["300 votes"] == ("gap", "unverifiable")


def test_comparisons_that_are_not_gaps_are_not_read():
    claims = extract_claims("Labour won 20 more seats than the Tories. He had 12 more leaflets.")
    assert not [c for c in claims if c.kind == "gap"]
