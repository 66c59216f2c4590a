"""Each reason a number is not an election result, and the near misses it must not take."""

from __future__ import annotations

import pytest

from factcheck.claims import Claim, Quantity
from factcheck.language.exclusions import dispose, exclusion
from factcheck.language.numbers import find_numbers


def reason(text: str, number: str) -> str | None:
    (mention,) = [m for m in find_numbers(text) if m.text == number]
    return exclusion(text, mention)


@pytest.mark.parametrize(
    ("text", "number", "expected"),
    [
        ("The by-election was on 23 February.", "23", "date"),
        ("The by-election was on February 23.", "23", "date"),
        ("It was held on the 23rd of February.", "23rd", "date"),
        ("It was held in 2017.", "2017", "date"),
        ("It changed in the 1930s.", "1930s", "date"),
        ("Polls closed at 10pm.", "10pm", "time"),
        ("The count took 6 hours.", "6", "time"),
        ("Each leaflet cost £12.50.", "£12.50", "money"),
        ("They raised 500 pounds.", "500", "money"),
        ("The winner, aged 48, spoke.", "48", "age"),
        ("The 92-year-old voted.", "92-year-old", "age"),
        ("She is 62 years old.", "62 years", "age"),
        ("Jo Smith, 52, grew up in the town.", "52", "age"),
        ("He spent 19 days in the post.", "19", "time"),
        ("The multi-billion-pound bypass was promised.", "billion", "money"),
        ("Some 3,000 residents signed.", "3,000", "people"),
        ("There are 70,000 registrations.", "70,000", "people"),
        ("A poll gave Labour 40%.", "40%", "poll"),
        ("Labour were projected to take 38%.", "38%", "poll"),
        ("The referendum result was 52%.", "52%", "other_contest"),
        ("The Holyrood seat went with 41%.", "41%", "other_contest"),
        ("She did not win 13,748 votes.", "13,748", "negated"),
        ("It was never 40% for them.", "40%", "negated"),
        ("Labour didn't get 40% there.", "40%", "negated"),
        ("1. The candidates", "1", "list"),
        ("No one stood.", "one", "idiom"),
        ("This is a 5 min read.", "5", "reading_time"),
        ("See https://example.org/page/42 for more.", "42", "url"),
        ("Near the M6 junction.", "6", "code"),
    ],
)
def test_reason(text, number, expected):
    assert reason(text, number) == expected


@pytest.mark.parametrize(
    ("text", "number"),
    [
        # Hedges with "no"/"not" qualify a figure; they do not deny it.
        ("She won no fewer than 13,748 votes.", "13,748"),
        ("Turnout was not quite 40%.", "40%"),
        # A year after "since" is a history claim, not a date to skip.
        ("Labour has held this seat since 1935.", "1935"),
        # "At the polls" is the vote itself, not an opinion poll.
        ("Voters went to the polls and 40,100 of them chose Labour.", "40,100"),
        # A day-sized number without a month is not a date.
        ("She won by 23 votes.", "23"),
        # A number in the middle of a line is not list numbering.
        ("Labour got 2. The rest got none.", "2"),
        ("Trudy Harrison polled 13,748 votes.", "13,748"),
        # A number in commas that does not follow a name is no age.
        ("Turnout, at 40, was low.", "40"),
    ],
)
def test_near_misses_keep_no_reason(text, number):
    assert reason(text, number) is None


def test_windows_stop_at_the_sentence():
    # The poll in the previous sentence says nothing about this figure.
    text = "A poll was published. Trudy Harrison polled 13,748 votes."
    (mention,) = find_numbers(text)
    assert exclusion(text, mention, sentence_start=text.index("Trudy")) is None


def test_a_claim_the_grammar_missed_is_still_counted_as_a_claim():
    text = "Labour won a score of seats and 40% of the vote."
    score = Claim("count", Quantity(20, "a score", "count"), 11, 18, "a score")
    share = Claim("share", Quantity(40, "40%", "percent"), 32, 35, "40%")
    got = dispose(text, find_numbers(text), [share, score])
    assert [(n.text, n.disposition, n.kind) for n in got] == [
        ("a score", "claim", "count"),
        ("40%", "claim", "share"),
    ]
