"""Extraction: which numbers are claims, of which kind, with which hedge and span."""

import pytest

from factcheck.claims import Qualifier
from factcheck.kinds.extract import extract_claims


def kinds(text):
    return [(c.kind, c.text) for c in extract_claims(text)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Jo Bloggs polled 12,034 votes.", [("votes", "12,034 votes")]),
        (
            "She won with 9,876 votes to 5,432 for the Greens.",
            [("votes", "9,876 votes"), ("votes", "5,432")],
        ),
        ("He held on with a majority of 1,234.", [("majority", "1,234")]),
        ("She defended a 4,500 majority.", [("majority", "4,500")]),
        ("Turnout was 38.2%.", [("turnout", "38.2%")]),
        ("The party took 41% of the vote.", [("share", "41%")]),
        ("Its share of the vote fell by 6.1 points.", [("share_change", "6.1 points")]),
        (
            "The Tories increased their share of the vote by more than 10%.",
            [("share_change", "10%")],
        ),
        ("The seat has been held by Labour since 1964.", [("held_since", "1964")]),
        ("Labour has held the seat since the 1920s.", [("held_since", "1920s")]),
        ("It had been Tory-held for more than 100 years.", [("years_held", "100 years")]),
        ("It was the party's first win in the seat since 1997.", [("first_since", "1997")]),
        (
            "The Liberals won it for the first time in its history.",
            [("first_ever", "first time in its history")],
        ),
        ("Labour has won the seat three times since then.", [("count", "three times")]),
        ("The Tories had not won it for 40 years.", [("years_since", "40 years")]),
        ("Labour's share has been falling for 15 years.", [("trend", "15 years")]),
        ("A milestone after 13 years in office.", [("years_in_office", "13 years")]),
        ("The seat, held since its creation in 1997, changed hands.", [("created", "1997")]),
        ("There was a swing of 9.5% from Labour to Reform.", [("swing", "9.5%")]),
        ("Labour's majority in Hartlepool was 3,595.", [("majority", "3,595")]),
        ("Labour regained the seat by 875 votes.", [("majority", "875 votes")]),
        ("Lab maj 6,436.", [("majority", "6,436")]),
        (
            "Gen Kitchen (Lab) 13,844; Helen Harrison (C) 7,408.",
            [("votes", "13,844"), ("votes", "7,408")],
        ),
        (
            "Electorate 79,376; turnout 30,145 (37.98%).",
            [("electorate", "79,376"), ("turnout", "37.98%")],
        ),
        ("Reform UK took 14.3% and five MPs.", [("share", "14.3%"), ("seats", "five MPs")]),
        ("The margin was 4,513.", [("majority", "4,513")]),
        ("Only 33.5% of the electorate turned out.", [("turnout", "33.5%")]),
        ("Labour's vote share, at 62.3%, was a record.", [("share", "62.3%")]),
        (
            "Its share of the vote was 43.2%, up from 36.8% in 2015.",
            [("share", "43.2%"), ("share", "36.8%")],
        ),
    ],
)
def test_claims_are_found_with_their_kind(sentence, expected):
    assert kinds(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "He spoke on the BBC Radio 4 Today programme.",
        "A No 10 spokesman declined to comment.",
        "The party is further from power than at any time in the last 30 years.",
        "Polls open at 7am and close at 10pm.",
        "At the 2019 general election the seat changed hands.",
        "On 23 February the party spent £5,000 and won 4 million votes.",
        "He increased his vote by 2,000 votes.",
    ],
)
def test_numbers_that_are_not_result_claims_are_left_alone(sentence):
    assert kinds(sentence) == []


def test_hedges_are_kept_on_the_claim():
    claims = extract_claims("Its share fell by nearly 4% while the Greens' rose by about 2%.")
    assert [c.quantity.qualifier for c in claims] == [Qualifier.NEARLY, Qualifier.ABOUT]


def test_spans_cover_the_number_as_written():
    text = "Labour's majority was cut to 2,620 on Thursday."
    (claim,) = extract_claims(text)
    assert text[claim.start : claim.end] == "2,620"


def test_skipped_spans_hold_no_claims():
    text = "Turnout was 38.2%. Turnout was 40.1%."
    claims = extract_claims(text, skipped=[(0, 19)])
    assert [c.text for c in claims] == ["40.1%"]
