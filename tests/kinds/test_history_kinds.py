"""held_since, years_held, created, first_since, years_since, first_ever, count, trend."""

import datetime as dt

from tests.kinds.conftest import COPELAND_DAY

INTRO = "The Conservatives won the Copeland by-election on Thursday. "


def test_held_since_follows_a_renamed_seat_back(verdicts):
    got = verdicts(INTRO + "Labour had held Copeland since 1935.", COPELAND_DAY)
    assert got["1935"] == ("held_since", "true")


def test_held_since_the_wrong_year_is_false(verdicts):
    got = verdicts(INTRO + "Labour had held Copeland since 1945.", COPELAND_DAY)
    assert got["1945"] == ("held_since", "false")


def test_held_since_a_decade(verdicts):
    got = verdicts(INTRO + "Labour had held the seat since the 1930s.", COPELAND_DAY)
    assert got["1930s"] == ("held_since", "true")


def test_years_held_with_a_hedge(verdicts):
    got = verdicts(INTRO + "The seat had been Labour-held for more than 80 years.", COPELAND_DAY)
    assert got["80 years"] == ("years_held", "true")


def test_created(verdicts):
    got = verdicts(
        INTRO + "Copeland, held by Labour since its creation in 1983, fell.", COPELAND_DAY
    )
    assert got["1983"] == ("created", "true")


def test_first_governing_party_gain_since(verdicts):
    got = verdicts(
        INTRO + "It was the first by-election gain for a governing party since 1982.", COPELAND_DAY
    )
    assert got["1982"] == ("first_since", "true")


def test_years_since_a_governing_party_gain(verdicts):
    got = verdicts(
        INTRO + "A governing party had not won a seat at a by-election for 35 years.", COPELAND_DAY
    )
    assert got["35 years"] == ("years_since", "true")


def test_first_ever_and_count_under_a_leader(verdicts):
    text = (
        "Labour leader Keir Starmer conceded the Hartlepool by-election. The Conservatives took "
        "Hartlepool for the first time in its history. Labour won the seat twice under Jeremy "
        "Corbyn's leadership."
    )
    got = verdicts(text, dt.date(2021, 5, 7))
    assert got["first time in its history"] == ("first_ever", "true")
    assert got["twice"] == ("count", "true")


def test_trend_of_a_falling_share(verdicts):
    got = verdicts(
        INTRO + "Labour's share in Copeland has been falling for 20 years.", COPELAND_DAY
    )
    assert got["20 years"] == ("trend", "true")


def test_an_election_is_inferred_from_the_leaders_named(verdicts):
    # No date: "Prime Minister Theresa May" places the article in 2016-2019.
    got = verdicts(
        "Prime Minister Theresa May hailed the Copeland by-election win. "
        "Trudy Harrison polled 13,748 votes."
    )
    assert got["13,748 votes"] == ("votes", "true")
