"""National figures: seat totals, turnout and shares across a whole general election."""

import datetime as dt

DAY_AFTER_2024 = dt.date(2024, 7, 5)


def test_seat_totals_are_counted_from_the_winners(verdicts):
    got = verdicts(
        "Labour won 411 seats at the 2024 general election, and the Conservatives were "
        "reduced to 131 seats.",
        DAY_AFTER_2024,
    )
    assert got["411 seats"] == ("seats", "true")
    assert got["131 seats"] == ("seats", "false")  # 121


def test_seat_totals_with_unrecorded_winners_are_not_called_false(verdicts):
    # Before 2010 Northern Ireland's winners are one "others" total: 418 is in range.
    got = verdicts("Labour's 418 seats at the 1997 general election were a record.")
    assert got["418 seats"][1] == "unverifiable"


def test_national_turnout_and_share(verdicts):
    got = verdicts(
        "Labour took 33.7% of the vote nationally. Turnout across the UK was 62%.", DAY_AFTER_2024
    )
    assert got["33.7%"] == ("share", "true")
    assert got["62%"] == ("turnout", "false")  # 59.7%


def test_a_seat_figure_beside_a_national_one_stays_the_seats(verdicts):
    got = verdicts("Turnout in Clacton was 58.7%, below the national figure.", DAY_AFTER_2024)
    assert got["58.7%"] == ("turnout", "true")


def test_a_commons_majority_is_seats_won_minus_the_rest(verdicts):
    got = verdicts("Boris Johnson won a Commons majority of 80 at the 2019 general election.")
    assert got["80"] == ("majority", "true")


def test_numbers_from_polls_dates_and_amounts_are_not_results(verdicts):
    got = verdicts(
        "A YouGov poll gave Labour 40% of the vote in Copeland. On 23 February the party "
        "spent £5,000 and won 4 million votes nationally.",
        DAY_AFTER_2024,
    )
    assert all(verdict != "false" for _, verdict in got.values())
