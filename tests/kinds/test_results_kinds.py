"""votes, majority, share, share_change, turnout and swing, on the 2017 Copeland by-election."""

from tests.kinds.conftest import COPELAND_DAY

INTRO = "The Conservatives won the Copeland by-election on Thursday. "


def test_votes_are_attributed_to_the_named_candidate(verdicts):
    got = verdicts(
        INTRO + "Trudy Harrison polled 13,748 votes to 11,601 for Labour's Gillian Troughton.",
        COPELAND_DAY,
    )
    assert got["13,748 votes"] == ("votes", "true")
    assert got["11,601"] == ("votes", "true")


def test_a_relative_clause_takes_the_name_before_it(verdicts):
    got = verdicts(
        INTRO + "Trudy Harrison beat Labour's Gillian Troughton, who took 11,601.", COPELAND_DAY
    )
    assert got["11,601"] == ("votes", "true")


def test_a_wrong_vote_count_is_false(verdicts):
    got = verdicts(INTRO + "Trudy Harrison polled 13,478 votes.", COPELAND_DAY)
    assert got["13,478 votes"] == ("votes", "false")


def test_majority_round_and_exact(verdicts):
    got = verdicts(
        INTRO + "Her majority was 2,147. It was a majority of about 2,000.", COPELAND_DAY
    )
    assert got["2,147"] == ("majority", "true")
    assert got["2,000"][1] in ("true", "approximately_true")


def test_majority_for_a_named_general_election(verdicts):
    got = verdicts(
        INTRO + "At the 2015 general election Jamie Reed had a majority of 3,564.", COPELAND_DAY
    )
    assert got["3,564"] == ("majority", "false")


def test_share_change_read_in_points_with_direction(verdicts):
    got = verdicts(
        INTRO + "The Conservative vote share rose by 8.5 points. Labour's share rose by 5 points.",
        COPELAND_DAY,
    )
    assert got["8.5 points"] == ("share_change", "true")
    assert got["5 points"] == ("share_change", "false")  # it fell


def test_turnout(verdicts):
    got = verdicts(INTRO + "Turnout was 51.3%. In the end turnout was 61%.", COPELAND_DAY)
    assert got["51.3%"] == ("turnout", "true")
    assert got["61%"] == ("turnout", "false")


def test_swing_between_named_parties(verdicts):
    got = verdicts(
        INTRO + "There was a swing of 6.7% from Labour to the Conservatives.", COPELAND_DAY
    )
    assert got["6.7%"] == ("swing", "true")


def test_share_of_the_vote(verdicts):
    got = verdicts(INTRO + "Ms Harrison took 44% of the vote.", COPELAND_DAY)
    assert got["44%"] == ("share", "true")


def test_no_seat_named_is_unverifiable_not_false(verdicts):
    got = verdicts("The winner polled 13,478 votes on Thursday.")
    assert got["13,478 votes"][1] == "unverifiable"
