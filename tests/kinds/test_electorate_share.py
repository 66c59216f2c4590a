"""electorate_share: a winner's votes over the electorate, on the 2017 Copeland by-election
(Trudy Harrison 13,748 of 60,602 electors: 22.69%; turnout 51.3%; her share of the vote
44.3%)."""

from tests.kinds.conftest import COPELAND_DAY

INTRO = "The Conservatives won the Copeland by-election on Thursday. "


def test_backing_of_a_share_of_the_electorate_is_votes_over_electors(verdicts):
    got = verdicts(
        INTRO + "Trudy Harrison won with the backing of 22.7% of the electorate.", COPELAND_DAY
    )
    assert got["22.7%"] == ("electorate_share", "true")
    got = verdicts(
        INTRO + "Trudy Harrison won with the backing of 27.2% of the electorate.", COPELAND_DAY
    )
    assert got["27.2%"] == ("electorate_share", "false")


def test_a_share_of_the_electorate_is_neither_turnout_nor_vote_share(verdicts):
    # The turnout (51.3%) or her share of the vote (44.3%) put in its place is wrong.
    for wrong in ("51.3%", "44.3%"):
        got = verdicts(
            INTRO + f"Trudy Harrison was elected, but only {wrong} of the electorate voted for "
            "her.",
            COPELAND_DAY,
        )
        assert got[wrong] == ("electorate_share", "false")


def test_a_pronoun_after_the_figure_names_whose_backing(verdicts):
    got = verdicts(
        INTRO + "Trudy Harrison took 44.3% of the vote. Turnout was 51.3%, so only 22.7% of "
        "the electorate voted for her.",
        COPELAND_DAY,
    )
    assert got["44.3%"] == ("share", "true")
    assert got["51.3%"] == ("turnout", "true")
    assert got["22.7%"] == ("electorate_share", "true")


def test_those_eligible_and_the_register(verdicts):
    got = verdicts(
        INTRO + "Trudy Harrison won with the support of 22.7% of those eligible to vote.",
        COPELAND_DAY,
    )
    assert got["22.7%"] == ("electorate_share", "true")
    got = verdicts(
        INTRO + "Trudy Harrison was backed by 23% of those on the register.", COPELAND_DAY
    )
    assert got["23%"] == ("electorate_share", "true")


def test_the_share_of_the_electorate_voting_is_still_turnout(verdicts):
    got = verdicts(INTRO + "Only 51.3% of the electorate voted.", COPELAND_DAY)
    assert got["51.3%"] == ("turnout", "true")


def test_a_national_share_of_the_electorate_is_not_checked(verdicts):
    got = verdicts(
        "The Conservatives won the 2019 general election, backed by 29.4% of the electorate "
        "across the UK.",
    )
    assert got["29.4%"] == ("electorate_share", "unverifiable")


def test_beside_a_share_of_the_vote_and_as_the_source_of_the_votes(verdicts):
    got = verdicts(
        INTRO + "Trudy Harrison was elected with 44.3% of the vote and just 22.7% of eligible "
        "voters.",
        COPELAND_DAY,
    )
    assert got["44.3%"] == ("share", "true")
    assert got["22.7%"] == ("electorate_share", "true")
    got = verdicts(
        INTRO + "Turnout was 51.3%, and Trudy Harrison's votes came from 27.2% of those on the "
        "register.",
        COPELAND_DAY,
    )
    assert got["27.2%"] == ("electorate_share", "false")
