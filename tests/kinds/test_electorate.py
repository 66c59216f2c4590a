"""electorate: registered electors in a contest, on the 2017 Copeland by-election (60,602)."""

import datetime as dt

from factcheck.kinds.extract import extract_claims
from tests.kinds.conftest import COPELAND_DAY

INTRO = "The Conservatives won the Copeland by-election on Thursday. "


def test_exact_electorate_is_true(verdicts):
    got = verdicts(INTRO + "Trudy Harrison won from an electorate of 60,602.", COPELAND_DAY)
    assert got["60,602"] == ("electorate", "true")


def test_one_digit_wrong_is_false(verdicts):
    got = verdicts(INTRO + "Trudy Harrison won from an electorate of 60,612.", COPELAND_DAY)
    assert got["60,612"] == ("electorate", "false")


def test_a_round_figure_is_read_to_its_precision(verdicts):
    got = verdicts(INTRO + "Copeland has an electorate of 61,000.", COPELAND_DAY)
    assert got["61,000"] == ("electorate", "true")  # 60,602 to the nearest thousand
    got = verdicts(INTRO + "Copeland has an electorate of 65,000.", COPELAND_DAY)
    assert got["65,000"] == ("electorate", "false")


def test_a_near_miss_is_approximately_true(verdicts):
    got = verdicts(INTRO + "Copeland has an electorate of 60,700.", COPELAND_DAY)
    assert got["60,700"] == ("electorate", "approximately_true")
    got = verdicts(INTRO + "Copeland has an electorate of about 65,000.", COPELAND_DAY)
    assert got["65,000"] == ("electorate", "approximately_true")


def test_registered_voters_electors_and_a_results_block(verdicts):
    got = verdicts(
        INTRO + "The seat's 60,602 registered voters were called to the polls. "
        "Copeland has an electorate of 60,620 voters.\nElectorate: 60,602",
        COPELAND_DAY,
    )
    assert got["60,602 registered voters"] == ("electorate", "true")
    assert got["60,620"] == ("electorate", "false")
    assert got["60,602"] == ("electorate", "true")


def test_a_result_with_no_electorate_recorded_is_unverifiable(reference):
    from factcheck import check_text

    # The reference has no electorate for the 1982 Beaconsfield by-election.
    text = "The Conservatives held Beaconsfield in yesterday's by-election. "
    text += "The seat has an electorate of 70,000."
    (finding,) = check_text(text, reference, dt.date(1982, 5, 28))
    assert (finding.claim.kind, str(finding.verdict)) == ("electorate", "unverifiable")
    assert "no electorate" in finding.reason
    assert "Beaconsfield" in finding.subject


def test_voters_in_a_poll_are_not_an_electorate(verdicts):
    assert extract_claims("A poll of 2,000 voters put Labour ahead.") == []
    got = verdicts(INTRO + "A poll of 2,000 registered voters put Labour ahead.", COPELAND_DAY)
    # A poll's sample, if read at all, is never judged against the result.
    assert got.get("2,000 registered voters", (None, "unverifiable"))[1] == "unverifiable"


def test_an_electorate_beside_votes_and_turnout_is_its_own_claim():
    claims = extract_claims(
        "Labour won 20,000 votes, and turnout was 51%, out of an electorate of 60,602."
    )
    assert [(c.kind, c.text) for c in claims] == [
        ("votes", "20,000 votes"),
        ("turnout", "51%"),
        ("electorate", "60,602"),
    ]
